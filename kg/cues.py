"""Event-type cues: title words that name the kind of event, loaded from ``kg/data/event_cues.tsv``."""
from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from kg.datafiles import tsv_rows

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
        pattern = regex.compile(_bounded(row["cue"], row["language"]), regex.IGNORECASE)
        cues.append(Cue(row["type"], row["language"], pattern, row["cue"], _script_of(row["cue"])))
    return tuple(cues)


_SCRIPTS = {name: regex.compile(rf"\p{{{name}}}") for name in ("Latin", "Cyrillic", "Arabic", "Han", "Devanagari")}
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


@functools.lru_cache(maxsize=1)
def any_cue() -> regex.Pattern:
    """One pattern matching any cue: does a line name an event at all? (The word boundaries are
    tested once a position, not once a cue: a third faster on a text copy's lines, the same matches.
    The cues of a language written without spaces have no boundaries: they are one more alternative.)"""
    bounded = "|".join(f"(?:{cue.text})" for cue in event_cues() if cue.language not in UNSPACED)
    pattern = f"{_BEFORE}(?:{bounded}){_AFTER}"
    unspaced = "|".join(f"(?:{cue.text})" for cue in event_cues() if cue.language in UNSPACED)
    if unspaced:
        pattern = f"{pattern}|{unspaced}"
    return regex.compile(pattern, regex.IGNORECASE)
