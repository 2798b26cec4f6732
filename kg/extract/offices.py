"""The offices of ``kg/data/roles.tsv`` and where a text has one: the table is tried only where some
office can start (a letter one can begin with, at the start of a word), and each row only where its
first characters can begin it."""
from __future__ import annotations

import functools
import sys

import regex

from kg.datafiles import tsv_rows as _rows
from kg.literals import first_chars
from kg.wordkeys import scanned


@functools.lru_cache(maxsize=1)
def roles() -> tuple[tuple[str, regex.Pattern], ...]:
    """(role, pattern) of each row, in the file's order: the pattern matches whole words only."""
    rows = [(row["role"], row["pattern"]) for _, row in _rows("roles.tsv")]
    return tuple((role, regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{pattern})(?![\p{{L}}\p{{N}}])")) for role, pattern in rows)


@functools.lru_cache(maxsize=1)
def any_role() -> regex.Pattern:
    """One pattern matching any office."""
    return regex.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in roles()))


@functools.lru_cache(maxsize=1)
def role_starts() -> regex.Pattern:
    """Where an office may start: a letter that some role pattern can begin with, not inside a
    word. The letters are asked of the patterns themselves (a partial match of the one letter), so
    this finds every place :func:`any_role` matches, and few more; a scan of the whole alternation
    at every character is over twice as slow. (roles.tsv's patterns start with a letter: checked
    by tests/test_scan_shortcuts.py.)"""
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])[{regex.escape(''.join(sorted(_start_letters())))}]")


@functools.lru_cache(maxsize=1)
def _start_letters() -> frozenset[str]:
    anyone = any_role()
    # only the characters kg.literals.first_chars says the patterns' matches start with are asked,
    # not all 1.1M code points: 0.19 -> 0.01 CPU s in every process that extracts
    asked = first_chars(anyone.pattern) or map(chr, range(sys.maxunicode + 1))
    return frozenset(c for c in asked if c.isalpha() and anyone.match(c, partial=True))


@functools.lru_cache(maxsize=1 << 16)
def roles_starting(prefix: str) -> frozenset[int]:
    """The rows of roles.tsv whose office can begin with these few characters (a partial match:
    a cheap test before the full one). Only the rows that can begin with its first character are
    asked about a longer prefix: a match of the prefix, whole or partial, begins with that
    character (an office begins with a letter), so the others cannot match it (the 10k export's
    4,434 prefixes: 35,000 partial matches instead of 284,000, 0.29 -> 0.04 s under cProfile)."""
    rows = range(len(roles())) if len(prefix) <= 1 else roles_starting(prefix[:1])
    table = roles()
    return frozenset(i for i in rows if table[i][1].match(prefix, partial=True))


def offices_at(text: str) -> list[tuple[int, frozenset[int]]]:
    """Every position where some office matches (where :func:`any_role` would match, overlapped),
    with the roles that may match there."""
    anyone = any_role()
    found = []
    for at in start_positions(text):
        rows = roles_starting(text[at : at + 4])
        if rows and anyone.match(text, at):
            found.append((at, rows))
    return found


def start_positions(text: str) -> list[int]:
    """Where :func:`role_starts` matches, read off the words the gazetteer has just found in the
    text (:func:`kg.wordkeys.scanned`, cached): a word Python calls alphanumeric is letters and
    numbers to the regex module too (tests/test_scan_shortcuts.py), so an office can start only at
    its start; other words (with a hyphen or a mark) are scanned. offices_at on 18,945 texts of
    6,000 posts (the 10k export and text copy): 0.70-0.78 -> 0.41-0.44 CPU s."""
    words, bounds, _ = scanned(text)
    letters, starts = _start_letters(), role_starts()
    found = []
    for i in [i for i, word in enumerate(words) if word[0] in letters or not word.isalnum()]:
        at = bounds[2 * i]
        if words[i].isalnum():
            found.append(at)
        else:
            found.extend(m.start() for m in starts.finditer(text, at, bounds[2 * i + 1]))
    return found


# an office only one country has by that name: "Bundesaussenminister" (Germany's; Austria's and Switzerland's are
# otherwise), "Bundesrat X", "Bundesrätin X" (a member of Switzerland's Federal Council)
_ONE_COUNTRY = regex.compile(r"(?P<de>Bundesau(?:ß|ss)enminister)|(?P<ch>Bundesr(?:at|ätin)\b)")


def only_country(text: str, start: int) -> str | None:
    """The country (its kg ident) of the office at ``start`` where only one country has an office so named."""
    match = _ONE_COUNTRY.match(text, start)
    return match.lastgroup if match else None


__all__ = ["any_role", "offices_at", "only_country", "role_starts", "roles", "start_positions"]
