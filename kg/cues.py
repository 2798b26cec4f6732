"""Event-type cues: title words that name the kind of event, loaded from ``kg/data/event_cues.tsv``."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterator

import regex

from kg.datafiles import tsv_rows
from kg.literals import required, trie
from kg.scripts import HAS

EVENT_TYPES = (
    "Statement", "Interview", "PressConference", "Briefing", "Meeting", "PhoneCall", "Visit",
    "MultilateralMeeting", "Consultations", "Commentary", "Announcement", "Summary", "Other",
)


@dataclass(frozen=True)
class Cue:
    type: str
    language: str
    pattern: regex.Pattern
    text: str  # the cue as written in the file, without the word boundaries ``pattern`` adds
    script: str | None = None  # the one script its letters are all in: a text without it has no such cue
    # strings (folded, see :func:`fold`) one of which every match has: a text whose fold has none of
    # them need not be searched (None: no such strings known; search)
    literals: frozenset[str] | None = None

    def may_match(self, folded: str) -> bool:
        """Whether the cue can match a text, told by the text's :func:`fold`: a few substring tests,
        where a search is one scan of the text per cue (4 µs a title)."""
        return self.literals is None or any(s in folded for s in self.literals)


_BEFORE, _AFTER = r"(?<![\p{L}\p{N}])", r"(?![\p{L}\p{N}])"  # a cue is whole words
# Languages written without spaces between words: a word boundary there is the end of a run of
# several words ("王毅会见布林肯" is one run of letters), so their cues are matched anywhere, and a
# cue that is part of a longer word says so itself ("(?<!普)通话": "通话" is a call, "普通话" Mandarin).
UNSPACED = frozenset({"zh", "ja"})
_rows = tsv_rows


def _bounded(cue: str, language: str) -> str:
    """The cue as a pattern: whole words, except in a language written without spaces."""
    return f"(?:{cue})" if language in UNSPACED else f"{_BEFORE}(?:{cue}){_AFTER}"


@functools.lru_cache(maxsize=1)
def event_cues() -> tuple[Cue, ...]:
    """Every cue, in order of precedence."""
    cues = []
    for number, row in _rows("event_cues.tsv"):
        if row["type"] not in EVENT_TYPES:
            raise ValueError(f"kg/data/event_cues.tsv:{number}: unknown event type {row['type']!r}")
        # German's "ß" is Swiss German's "ss" ("Grußwort", "Grusswort"; "Massnahmen", "Maßnahmen"): full case folding
        flags = regex.IGNORECASE | (regex.FULLCASE if row["language"] == "de" else 0)
        pattern = regex.compile(_bounded(row["cue"], row["language"]), flags)
        literals = required(row["cue"], fold)
        cues.append(Cue(row["type"], row["language"], pattern, row["cue"], _script_of(row["cue"]), literals))
    return tuple(cues)


# What casefold() leaves apart that the cues' case-insensitive matching does not (tests/test_literals.py
# asks the regex module about every letter of every cue): "İ" folds to "i" and a dot above, "ı" matches
# "I", and U+1DF95 (a letter newer than Python's Unicode tables) matches "ß"
_FOLD_MORE = str.maketrans({"\u0307": None, "ı": "i", "\U0001df95": "ss"})


def fold(text: str) -> str:
    """A text as :attr:`Cue.literals` are written: case-folded, and folded where the cues' matching
    ignores more than case folding does. (Each character is folded on its own, so a part of a text
    folds to a part of its fold.)"""
    folded = text.casefold()
    # (translate() looks up every character, and most texts have none of the three: _by_cues over the
    # 6,939 texts of 6,000 posts 0.27 -> 0.22 CPU s; the three asked one by one, not by a generator:
    # 144,108 folds of the 10k build's texts 0.076 -> 0.055 CPU s)
    if folded.isascii() or ("\u0307" not in folded and "ı" not in folded and "\U0001df95" not in folded):
        return folded  # (the keys of _FOLD_MORE)
    return folded.translate(_FOLD_MORE)


_SCRIPTS = HAS  # the scripts cues are written in
_LETTER = regex.compile(r"\p{L}")
_SYNTAX = regex.compile(r"\\[pPN]\{[^}]*\}|\\.|\(\?[a-zA-Z-]*[:)]")  # \p{L}, \w, (?i: … : no letters of the cue


def _script_of(cue: str) -> str | None:
    """The one script of :data:`_SCRIPTS` every letter of a cue is in (every match of the cue then
    has a letter of it), or None (letters of several scripts, or of another one)."""
    letters = "".join(_LETTER.findall(_SYNTAX.sub("", cue)))
    found = [name for name, script in _SCRIPTS.items() if script.search(letters)]
    if len(found) == 1 and not regex.search(rf"\P{{{found[0]}}}", letters):
        return found[0]
    return None


def scripts_in(text: str) -> frozenset[str]:
    """The scripts of :data:`_SCRIPTS` a text has letters of: the cues worth looking for in it."""
    if text.isascii():
        return frozenset(("Latin",)) if _LETTER.search(text) else frozenset()
    return frozenset(name for name, script in _SCRIPTS.items() if script.search(text))


def has_cue(text: str) -> bool:
    """Whether a text has any cue: does a line name an event at all? (One pattern of every cue, its
    word boundaries tested once a position, was a third faster than 70 cues one by one; with 162
    cues it took 4.5 of the 7.3 CPU s of reading the 10k text copy, 320 µs a line; :func:`cues_in`
    takes 0.6, 45 µs.)"""
    return next(cues_in(text), None) is not None


def cues_in(text: str, only: str | None = None) -> Iterator[Cue]:
    """The cues a text has (of type ``only``, if given), in the table's order. Only the cues of the
    text's scripts one of whose literals its fold has are searched for (a substring test costs a
    fiftieth of a search, and 9 searches in 10 are saved); which literals it has is one scan of the
    fold (:func:`_index`: 93 -> 27 µs a text of kinds.event_type, where up to 700 ``in`` tests were)."""
    cues, finder, by_longest, always = _index(scripts_in(text))
    found = set(always)
    for longest in set(finder(fold(text))):
        found.update(by_longest[longest])
    for number in sorted(found):
        cue = cues[number]
        if (only is None or cue.type == only) and cue.pattern.search(text):
            yield cue


def cue_at(text: str, position: int) -> int | None:
    """The end of the first cue (in the table's order) that starts at ``position``, or None:
    "Déplacement de Benjamin Haddad" opens with an event, not a name. (One anchored match a cue;
    asked rarely, of a few dozen characters.)"""
    for cue in event_cues():
        match = cue.pattern.match(text, position)
        if match:
            return match.end()
    return None


@functools.lru_cache(maxsize=64)
def _index(scripts: frozenset[str]):
    """The cues a text with letters of these scripts may have, in order; a function of a fold giving
    the longest literal of theirs at each place it has one (the others there are prefixes of it); the
    cues (their numbers) that each such literal tells are worth a search, it and its prefixes being
    theirs; and the cues to search in any case (no literals known)."""
    cues = tuple(cue for cue in event_cues() if cue.script is None or cue.script in scripts)
    owners: dict[str, set[int]] = {}
    for number, cue in enumerate(cues):
        for literal in cue.literals or ():
            owners.setdefault(literal, set()).add(number)
    by_longest = {literal: frozenset().union(*(owners.get(literal[:end], ()) for end in range(1, len(literal) + 1)))
                  for literal in owners}
    finder = re.compile(f"(?=({trie(owners, longest=True).pattern}))").findall  # (a look-ahead: at every place)
    return cues, finder, by_longest, tuple(number for number, cue in enumerate(cues) if cue.literals is None)
