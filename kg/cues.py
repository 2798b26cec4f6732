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


_BEFORE, _AFTER = r"(?<![\p{L}\p{N}])", r"(?![\p{L}\p{N}])"  # a cue is whole words
_rows = tsv_rows


@functools.lru_cache(maxsize=1)
def event_cues() -> tuple[Cue, ...]:
    """Every cue, in order of precedence."""
    cues = []
    for number, row in _rows("event_cues.tsv"):
        if row["type"] not in EVENT_TYPES:
            raise ValueError(f"kg/data/event_cues.tsv:{number}: unknown event type {row['type']!r}")
        pattern = regex.compile(f"{_BEFORE}(?:{row['cue']}){_AFTER}", regex.IGNORECASE)
        cues.append(Cue(row["type"], row["language"], pattern, row["cue"]))
    return tuple(cues)


@functools.lru_cache(maxsize=1)
def any_cue() -> regex.Pattern:
    """One pattern matching any cue: does a line name an event at all? (The word boundaries are
    tested once a position, not once a cue: a third faster on a text copy's lines, the same matches.)"""
    alternatives = "|".join(f"(?:{cue.text})" for cue in event_cues())
    return regex.compile(f"{_BEFORE}(?:{alternatives}){_AFTER}", regex.IGNORECASE)
