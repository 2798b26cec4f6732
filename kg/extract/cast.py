"""Who takes part in an event by what the head of its post says they do there: who
chairs or moderates it takes part ("The meeting is chaired by Brazil's Foreign Minister X", "X
chaired the meeting", "The session was moderated by X", "Moderator – X", "под председательством X"); who delivers
its remarks, or is listed among its speakers, speaks ("Opening remarks were delivered by X and Y",
"Speakers:" and a list).
"""
from __future__ import annotations

import regex

from kg.extract.people import PersonHit

# a cue, then up to the name: the rest of the sentence
_GAP = r"[^.;!?\n]{0,200}$"
_CHAIR_BEFORE = regex.compile(
    r"(?i:\b(?:co-?)?chaired\s+by|\bmoderated\s+by|\bmoderator\s*[:–—-]|\bunder\s+the\s+chairmanship\s+of|\bpresidid[ao]\s+por"
    r"|\bmoderad[ao]\s+por|под\s+председательством|модератор\w*\s+(?:выступил\w*|стал\w*)?)\s+" + _GAP)
_CHAIR_AFTER = regex.compile(r"\s+(?:(?:co-?)?chair(?:ed|s)|moderat(?:ed|es)|presidió|moderó|председательствовал\w*)\b")
_SPEAKER_BEFORE = regex.compile(
    r"(?i:\b(?:remarks|speech(?:es)?|addresses|presentations?)\s+(?:were\s+|was\s+)?(?:delivered|made|given)\s+by"
    r"|\bwith\s+(?:opening\s+|welcoming\s+|keynote\s+)?(?:remarks|speeches)\s+(?:by|from)|\baddressed\s+by)\s+" + _GAP)
# a list's header: "Speakers:", "Спикеры:", "Ponentes:"; its items are the lines after it
_SPEAKERS_HEADER = regex.compile(r"(?im)^[\W_]*(?:speakers|panelists|panellists|спикеры|выступающие|ponentes|oradores)\s*:\s*$")
_ITEM = regex.compile(r"^[^\S\n]*(?:[•·▪◦‣\-–—*]|\p{Extended_Pictographic})")


def chairs(text: str, people: list[PersonHit]) -> list[PersonHit]:
    """The people the text says chair or moderate the event."""
    return [h for h in people if _CHAIR_BEFORE.search(text[max(0, h.mention.start - 260) : h.mention.start])
            or _CHAIR_AFTER.match(text, h.mention.end)]


def billed_speakers(text: str, people: list[PersonHit]) -> list[PersonHit]:
    """The people the text says deliver remarks at the event, or lists under "Speakers:"."""
    listed = []
    for header in _SPEAKERS_HEADER.finditer(text):
        end = header.end()
        for line in regex.finditer(r"\n([^\n]*)", text, pos=end):
            if not line.group(1).strip():
                continue
            if not _ITEM.match(line.group(1)):
                break
            end = line.end()
        listed.append((header.end(), end))
    return [h for h in people if _SPEAKER_BEFORE.search(text[max(0, h.mention.start - 260) : h.mention.start])
            or any(start <= h.mention.start < end for start, end in listed)]


__all__ = ["billed_speakers", "chairs"]
