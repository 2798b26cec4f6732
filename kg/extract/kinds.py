"""The type of event a post reports, from the wording of its title (``kg/data/event_cues.tsv``)."""
from __future__ import annotations

import regex

from kg.cues import event_cues


def event_type(title: str, text: str = "") -> str:
    """The first event type, in order of precedence, whose cue the title has; else 'Other'.

    A title with no cue at all ("🗓 On May 2, …") is read together with its first sentence.
    """
    for cue in event_cues():
        if cue.pattern.search(title):
            return cue.type
    first = regex.split(r"(?<=[.!?])\s", text.split("\n", 2)[1] if text.count("\n") else "", maxsplit=1)[0]
    for cue in event_cues():
        if first and cue.pattern.search(first):
            return cue.type
    return "Other"
