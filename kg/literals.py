"""The literal strings a regular expression cannot match without: a cheap test before a search.

``required(r"(?:main )?outcomes of (?:the year|20\\d\\d)")`` is ``{"outcomes of "}``: every match
of the pattern has one of the strings of the set in it. Each character is folded (``casefold`` by
default), so that a pattern searched ignoring case can only match a text whose fold has one of them,
when the fold folds alike whatever each letter matches (kg.cues.fold: tests/test_literals.py asks the
regex module about every letter of every cue). The reading is a small parser of the syntax kg's data
files use; anything it does not know gives ``None`` (no test: search the text).
"""
from __future__ import annotations

import re
from typing import Callable

import regex

_MAX_STRINGS = 32  # a concatenation's set of whole strings grows no larger (then it is cut there)
_LONG_ENOUGH = 4  # a string this long is rare enough in a title: fewer strings are worth more than longer
_ZERO_WIDTH_ESCAPES = frozenset("bBAZzG")  # \b, \A, \Z … match no character
_CLASS_ESCAPES = frozenset("wWdDsSpPX")  # \w, \d, \p{L} … match a character that is not one literal
# (?i: … ), (?-i: … ), (?s: … ): flags that change no literal (not x, where a space is no space)
_INLINE_FLAGS = regex.compile(r"\?[imsu]*(?:-[imsu]+)?:")


class _Unknown(Exception):
    """Syntax this reader does not know."""


class _Node:
    """What is known of a piece of a pattern: ``exact``, the set of every string it matches (when few
    and known), else ``needs``, strings one of which every match has (None: nothing is known);
    ``first``, the characters a match that is not empty can start with (None: not known), and
    ``empty``, whether it can match the empty string."""

    __slots__ = ("exact", "needs", "first", "empty")

    def __init__(self, exact: frozenset[str] | None = None, needs: frozenset[str] | None = None,
                 first: frozenset[str] | None = None, empty: bool = False):
        self.exact, self.needs = exact, needs
        self.first = first if exact is None else frozenset(s[0] for s in exact if s)
        self.empty = empty if exact is None else "" in exact

    def requirement(self) -> frozenset[str] | None:
        return _better(self.exact, self.needs)


def required(pattern: str, fold: Callable[[str], str] = str.casefold) -> frozenset[str] | None:
    """Strings one of which is in every match of ``pattern`` (None: none known), each character
    folded by ``fold`` (which must fold a string character by character)."""
    try:
        node, at = _alternation(pattern, 0, fold)
        if at != len(pattern):
            raise _Unknown(pattern[at:])
    except (_Unknown, IndexError):
        return None
    found = node.requirement()
    return None if found is None else _minimal(found)


def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of a case-sensitive ``pattern`` that is not empty can start with (None:
    not known)."""
    if regex.search(r"\(\?[a-zA-Z-]*i", pattern):
        return None  # a part that ignores case: its letters match others
    try:
        node, at = _alternation(pattern, 0, str)
        if at != len(pattern):
            raise _Unknown(pattern[at:])
    except (_Unknown, IndexError):
        return None
    return node.first


def _first(nodes: list[_Node]) -> tuple[frozenset[str] | None, bool]:
    """``first`` and ``empty`` of a concatenation of nodes."""
    found: set[str] = set()
    for node in nodes:
        if node.first is None:
            return None, False
        found |= node.first
        if not node.empty:
            return frozenset(found), False
    return frozenset(found), True


def _minimal(strings: frozenset[str]) -> frozenset[str]:
    """Without the strings that have another of the set in them (that one is there whenever they are)."""
    return frozenset(s for s in strings if not any(t != s and t in s for t in strings))


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more useful of two requirements: the one with the longer shortest string (up to
    :data:`_LONG_ENOUGH` characters), then the one with fewer strings to look for."""
    a = None if a is None or "" in a else a
    b = None if b is None or "" in b else b
    if a is None or b is None:
        return a if b is None else b
    return a if _score(a) >= _score(b) else b


def _score(strings: frozenset[str]) -> tuple[int, int, int]:
    shortest = min(map(len, strings))
    return min(shortest, _LONG_ENOUGH), -len(strings), shortest


def _alternation(pattern: str, at: int, fold) -> tuple[_Node, int]:
    branches = []
    node, at = _sequence(pattern, at, fold)
    branches.append(node)
    while at < len(pattern) and pattern[at] == "|":
        node, at = _sequence(pattern, at + 1, fold)
        branches.append(node)
    if len(branches) == 1:
        return branches[0], at
    needs = [b.requirement() for b in branches]
    needs = None if None in needs else frozenset().union(*needs)
    if all(b.exact is not None for b in branches):
        exact = frozenset().union(*(b.exact for b in branches))
        if len(exact) <= _MAX_STRINGS:
            return _Node(exact=exact, needs=needs), at
    first = None if any(b.first is None for b in branches) else frozenset().union(*(b.first for b in branches))
    return _Node(needs=needs, first=first, empty=any(b.empty for b in branches)), at


def _sequence(pattern: str, at: int, fold) -> tuple[_Node, int]:
    """A concatenation: whole strings while its pieces are known exactly, else the best requirement
    of a run of exact pieces, of a run of single strings in it ("answer" in "answers? to"), or of one piece."""
    run: frozenset[str] = frozenset({""})  # the strings of the current run of exact pieces
    plain = ""  # the current run of pieces that are one string each
    best: frozenset[str] | None = None
    exact = True
    nodes = []
    while at < len(pattern) and pattern[at] not in "|)":
        node, at = _quantified(pattern, at, fold)
        nodes.append(node)
        if node.exact is not None and len(node.exact) == 1:
            plain += next(iter(node.exact))
        else:
            best, plain = _better(best, frozenset({plain})), ""
        if node.exact is not None and len(run) * len(node.exact) <= _MAX_STRINGS:
            run = frozenset(a + b for a in run for b in node.exact)
            continue
        best = _better(best, run)
        if node.exact is not None:  # too many strings: a new run starts with this piece
            run, exact = node.exact, False
        else:
            best, run, exact = _better(best, node.requirement()), frozenset({""}), False
    if exact:
        return _Node(exact=run, needs=_better(best, frozenset({plain}))), at
    first, empty = _first(nodes)
    return _Node(needs=_better(_better(best, run), frozenset({plain})), first=first, empty=empty), at


def _quantified(pattern: str, at: int, fold) -> tuple[_Node, int]:
    node, at = _atom(pattern, at, fold)
    if at >= len(pattern) or pattern[at] not in "?*+{":
        return node, at
    if pattern[at] == "{":
        bounds = regex.match(r"\{(\d*)(,?)(\d*)\}", pattern[at:])
        if bounds is None:
            raise _Unknown(pattern[at:])  # a literal "{" or fuzzy matching: not read here
        low = int(bounds.group(1) or 0)
        high = low if not bounds.group(2) else (int(bounds.group(3)) if bounds.group(3) else None)
        at += bounds.end()
    else:
        low, high = {"?": (0, 1), "*": (0, None), "+": (1, None)}[pattern[at]]
        at += 1
    if at < len(pattern) and pattern[at] in "?+":  # lazy or possessive: the same strings
        at += 1
    if low == 0 and high == 1 and node.exact is not None:
        return _Node(exact=node.exact | {""}), at
    if low == 0:
        return _Node(first=node.first, empty=True), at
    return _Node(needs=node.requirement(), first=node.first, empty=node.empty), at  # at least once


def _atom(pattern: str, at: int, fold) -> tuple[_Node, int]:
    char = pattern[at]
    if char == "(":
        return _group(pattern, at + 1, fold)
    if char == "[":
        return _class(pattern, at + 1, fold)
    if char == "\\":
        following = pattern[at + 1]
        if following in _ZERO_WIDTH_ESCAPES:
            return _Node(exact=frozenset({""})), at + 2
        if following in _CLASS_ESCAPES:
            if following in "pP":
                close = pattern.index("}", at) if pattern[at + 2] == "{" else at + 2
                return _Node(), close + 1
            return _Node(), at + 2
        if following.isalnum() or following.isspace():
            raise _Unknown(pattern[at:])  # \n, \t, \1, \N{…}, \x41: not read here
        return _Node(exact=frozenset({fold(following)})), at + 2
    if char in "^$":
        return _Node(exact=frozenset({""})), at + 1
    if char == ".":
        return _Node(), at + 1
    if char in "*+?{)|":
        raise _Unknown(pattern[at:])
    return _Node(exact=frozenset({fold(char)})), at + 1


def _group(pattern: str, at: int, fold) -> tuple[_Node, int]:
    lookaround = False
    if pattern.startswith(("?=", "?!", "?<=", "?<!"), at):
        lookaround = True
        at += 3 if pattern[at + 1] == "<" else 2
    elif pattern.startswith(("?:", "?>"), at):
        at += 2
    elif pattern.startswith(("?P<", "?<"), at):
        at = pattern.index(">", at) + 1
    elif pattern.startswith("?", at):
        flags = _INLINE_FLAGS.match(pattern, at)
        if flags is None:
            raise _Unknown(pattern[at:])  # (?i) for the whole pattern, (?#…), (?(1)…): not read here
        at = flags.end()
    node, at = _alternation(pattern, at, fold)
    if pattern[at] != ")":
        raise _Unknown(pattern[at:])
    return (_Node(exact=frozenset({""})) if lookaround else node), at + 1


def _class(pattern: str, at: int, fold) -> tuple[_Node, int]:
    """A set of characters: each one, when the set is a few plain characters ("[вф]", "['’]")."""
    negated = pattern[at] == "^"
    close = at + negated
    if pattern[close] == "]":
        raise _Unknown(pattern[at:])  # "[]…]", "[^]…]": not read here
    while pattern[close] != "]":
        if pattern[close] == "[":
            raise _Unknown(pattern[at:])  # "[[:alpha:]]", nested sets: not read here
        close += 2 if pattern[close] == "\\" else 1
    members = pattern[at:close]
    if negated or "\\" in members or "-" in members[1:-1] or len(members) > 8:
        return _Node(), close + 1  # negated, ranges, escapes: some character
    return _Node(exact=frozenset(map(fold, members))), close + 1


def prefilter(pattern: str, fold: Callable[[str], str] = str.casefold) -> Callable[[str], re.Match | None] | None:
    """The search of a folded text for the strings one of which every match of ``pattern`` has (:func:`required`,
    as one :func:`trie`): where it finds none, the text has no match and need not be searched. None where the
    strings are not known (search the text)."""
    strings = required(pattern, fold)
    return None if strings is None else trie(strings).search


def trie(strings, longest: bool = False) -> re.Pattern:
    """One pattern of a set of strings, ``re.compile(a|b|…)`` but as a trie ("me(?:et(?:ing)?|t)"), so
    that a search tries one branch a character, not every string: whether a text has any of the strings
    is one scan of it, not one ``in`` test a string (a loop of 661 of them costs 80 µs a title, the scan 3).
    The standard library's re: exact comparison of code points, no flags. Where ``longest``, a match
    at a place is the longest of the strings there (the others there are its prefixes in the set);
    else a string with another as its prefix is left out (wherever it is, the other is too)."""
    root: dict = {}
    for string in sorted(set(strings), key=len):
        if not string:
            raise ValueError("an empty string is in every text")
        node = root
        for char in string:
            if not longest and "" in node:
                break  # a shorter string is a prefix of this one
            node = node.setdefault(char, {})
        else:
            node[""] = {}
    return re.compile(_trie(root) or "(?!)")


def _trie(node: dict) -> str:
    branches = [re.escape(char) + _trie(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    either = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return either
    return f"(?:{either})?" if len(branches) == 1 else either + "?"  # (greedy: the longest string first)
