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


_rows = tsv_rows


@functools.lru_cache(maxsize=1)
def event_cues() -> tuple[Cue, ...]:
    """Every cue, in order of precedence."""
    cues = []
    for number, row in _rows("event_cues.tsv"):
        if row["type"] not in EVENT_TYPES:
            raise ValueError(f"kg/data/event_cues.tsv:{number}: unknown event type {row['type']!r}")
        pattern = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{row['cue']})(?![\p{{L}}\p{{N}}])", regex.IGNORECASE)
        cues.append(Cue(row["type"], row["language"], pattern))
    return tuple(cues)


@functools.lru_cache(maxsize=1)
def any_cue() -> regex.Pattern:
    """One pattern matching any cue: does a line name an event at all?"""
    alternatives = "|".join(f"(?:{cue.pattern.pattern})" for cue in event_cues())
    return regex.compile(alternatives, regex.IGNORECASE)
