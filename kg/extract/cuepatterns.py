"""The cues of kg/data/counterpart_cues.tsv as patterns: a cue of some kinds and the rest of its
sentence (who is met, who takes part, whose side someone is on), the last cue before a place in its
sentence and its kind, whether a text may have a cue at all (a literal prefilter), and whether what
follows is whom a post is about (a `subject` cue). Used by :mod:`kg.extract.sides` and the title's
countries (:mod:`kg.extract`)."""
from __future__ import annotations

import functools
import re
from collections.abc import Callable

import regex

from kg import cues
from kg.cues import _script_of
from kg.datafiles import tsv_rows
from kg.literals import prefilter, required, trie

# a title's abbreviation or an initial, whose dot ends no sentence ("… held a summit meeting with H.E. Mr.
# Pham Minh Chinh", "… and Dr S. Jaishankar")
_ABBREVIATION = (r"(?<![\p{L}\p{N}])(?:Dr|Mr|Mrs|Ms|Prof|St|Gen|Sen|Amb|Gov|Hon|Rev|Lt|Col|Capt|Jr|Sr|Sra|Mme"
                 r"|\p{Lu})")
# the rest of a sentence: no full stop or semicolon, but for an abbreviation's
_REST = rf"(?:[^.;]|(?-i:(?<={_ABBREVIATION})\.))*$"


class _Cues:
    """A pattern made of rows of kg/data/counterpart_cues.tsv, and, for a text without a Cyrillic letter
    (most posts), the same made of the rows not written in Cyrillic letters, which cannot match it: the
    patterns are searched at every character before each person, and grow slower with every cue (the
    Indonesian and Serbian rows made them two fifths slower)."""

    def __init__(self, rows: list[dict[str, str]], make: Callable[[list[dict[str, str]]], regex.Pattern]):
        self._every = make(rows)
        self._not_cyrillic = make([row for row in rows if _script_of(row["cue"]) != "Cyrillic"])
        # a text with none of the strings every match needs is not searched (kg.literals; None: search)
        self._may_match = prefilter("|".join(f"(?:{row['cue']})" for row in rows), cues.fold) if rows else None

    def pattern(self, text: str, pos: int = 0) -> regex.Pattern:
        """The pattern for ``text`` from ``pos`` on."""
        return self._every if _CYRILLIC.search(text, pos) else self._not_cyrillic

    def search(self, text: str) -> regex.Match | None:
        """The pattern's first match in ``text``. (Most texts asked have none of the strings a match
        needs: the search of the 8,419 texts of the 10k build 0.12 -> 0.03 CPU s.)"""
        if self._may_match is not None and self._may_match(cues.fold(text)) is None:
            return None
        return self.pattern(text).search(text)


_CYRILLIC = re.compile("[\u0400-\u052f]")  # (the standard library's re: a fast scan of a short text)


def _rest_of_sentence(rows: list[dict[str, str]]) -> regex.Pattern:
    """A cue of ``rows``, and the rest of its sentence."""
    alternatives = "|".join(f"(?:{row['cue']})" for row in rows) or "(?!)"
    return regex.compile(rf"\b(?:{alternatives})\b{_REST}", regex.IGNORECASE)


def _by_kind(rows: list[dict[str, str]]) -> regex.Pattern:
    """A cue of ``rows``, in a group named after its kind."""
    kinds: dict[str, list[str]] = {}
    for row in rows:
        kinds.setdefault(row["kind"], []).append(f"(?:{row['cue']})")
    groups = "|".join(f"(?P<{kind}>{'|'.join(alternatives)})" for kind, alternatives in kinds.items())
    return regex.compile(rf"\b(?:{groups})\b", regex.IGNORECASE)


@functools.lru_cache(maxsize=None)
def counterpart_cue(kinds: tuple[str, ...] = ("counterpart", "part")) -> _Cues:
    """A cue of kg/data/counterpart_cues.tsv of one of ``kinds``, and the rest of its sentence."""
    return _Cues([row for _, row in tsv_rows("counterpart_cues.tsv") if row["kind"] in kinds], _rest_of_sentence)


@functools.lru_cache(maxsize=1)
def any_cue() -> _Cues:
    """Any cue of kg/data/counterpart_cues.tsv, in a group named after its kind."""
    return _Cues([row for _, row in tsv_rows("counterpart_cues.tsv")], _by_kind)


@functools.lru_cache(maxsize=None)
def literals(kinds: tuple[str, ...]) -> tuple[str, ...] | None:
    """Strings one of which (folded) a text has where a cue of ``kinds`` is in it (kg.literals; None:
    not known, search)."""
    rows = [row["cue"] for _, row in tsv_rows("counterpart_cues.tsv") if row["kind"] in kinds]
    found = required("|".join(f"(?:{cue})" for cue in rows), cues.fold)
    return None if found is None else tuple(sorted(found))


def may_have(folded: str, kinds: tuple[str, ...]) -> bool:
    """Whether a folded text may have a cue of ``kinds``: one of the strings they need is in it."""
    find = _finder(kinds)
    return find is None or find(folded) is not None


@functools.lru_cache(maxsize=1)
def _every_kind() -> tuple[str, ...]:
    """Every kind of row of kg/data/counterpart_cues.tsv (those any_cue() finds)."""
    return tuple(sorted({row["kind"] for _, row in tsv_rows("counterpart_cues.tsv")}))


@functools.lru_cache(maxsize=None)
def _finder(kinds: tuple[str, ...]) -> Callable[[str], object] | None:
    """The search of a trie of :func:`literals` (kg.literals.trie: one scan of a text, where a loop of
    ``in`` tests of up to 330 strings was; may_have over its 17,759 texts of the 10k build 0.26 -> 0.16
    CPU s), or None (no strings known)."""
    strings = literals(kinds)
    return None if strings is None else trie(strings).search


# where a sentence ends, as for _REST
CLAUSE_END = regex.compile(rf";|(?<!{_ABBREVIATION})\.")


@functools.lru_cache(maxsize=256)
def may_be_about(text: str) -> bool:
    """Whether a text may have a subject cue (one of the strings they need is in it): where it has none,
    :func:`about` is False at every place in it. (Nearly no title has one, and every title's people and
    countries would ask; a title is asked twice, for its people and for its countries.)"""
    return may_have(cues.fold(text), ("subject",))


def about(before: str) -> bool:
    """Whether what follows ``before`` is whom or what the post is about (a subject cue of
    kg/data/counterpart_cues.tsv last in its sentence: "X mourns the passing of Namibia's …")."""
    return (cue_before(before) or ("",))[0] == "subject"


def cue_before(before: str) -> tuple[str, int, int] | None:
    """The last cue of kg/data/counterpart_cues.tsv in the sentence ``before`` ends (its kind, where
    it starts and ends), if any."""
    tail = 0
    for tail_match in CLAUSE_END.finditer(before):
        tail = tail_match.end()
    # a sentence with none of the strings every cue needs has no cue: two in three of those asked
    # (cue_before over its 7,176 texts of the 10k build 0.27 -> 0.22 CPU s)
    if not may_have(cues.fold(before[tail:]), _every_kind()):
        return None
    found = None
    for found in any_cue().pattern(before, tail).finditer(before, tail):
        pass
    return (found.lastgroup, found.start(), found.end()) if found else None


__all__ = ["CLAUSE_END", "about", "any_cue", "counterpart_cue", "cue_before", "literals", "may_be_about", "may_have"]
