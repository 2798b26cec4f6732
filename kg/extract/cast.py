"""Who takes part in an event by what the head of its post says they do there: who
chairs or moderates it takes part ("The meeting is chaired by Brazil's Foreign Minister X", "X
chaired the meeting", "The session was moderated by X", "Moderator – X", "под председательством X"); who delivers
its remarks, addresses it or is listed among its speakers, speaks ("Opening remarks were delivered by
X and Y", "X addressed the opening session", "intervengono X e Y", "Speakers:" and a list).
"""
from __future__ import annotations

import regex

from kg.extract.people import PersonHit

# a cue, then up to the name: the rest of the sentence
_GAP = r"(?P<gap>[^.;!?\n]{0,200})$"
# who is there as a guest does not speak: "intervengono X e Y, alla presenza della Presidente … Z"
_PRESENCE = regex.compile(r"(?i:\bin\s+the\s+presence\s+of|\balla\s+presenza\s+d|\ben\s+présence\s+d|\bв\s+присутствии"
                          r"|\ben\s+presencia\s+d|\bna\s+presença\s+d)")
_CHAIR_BEFORE = regex.compile(
    r"(?i:\b(?:co-?)?chaired\s+by|\bmoderated\s+by|\bmoderator\s*[:–—-]|\bunder\s+the\s+chairmanship\s+of|\bpresidid[ao]\s+por|\bpresiedut[ao]\s+da\w*|\bsotto\s+la\s+presidenza\s+d\w*"
    r"|\bmoderad[ao]\s+por|под\s+председательством|модератор\w*\s+(?:выступил\w*|стал\w*)?"
    # Indonesian "(yang) dipimpin oleh X", "dibuka oleh X" (who opens it takes part as who chairs it does);
    # Serbian "под председавањем X", "председавајући(м) … X"
    r"|\b(?:dipimpin|diketuai|dibuka|dimoderatori)\s+oleh|\bdi\s+bawah\s+pimpinan|под\s+председавањем|\bpod\s+predsedavanjem"
    r"|председавајућ\w*|\bpredsedavajuć\w*)\s+" + _GAP)
_CHAIR_AFTER = regex.compile(r"\s+(?:(?:co-?)?chair(?:ed|s)|moderat(?:ed|es)|presidió|moderó|председательствовал\w*"
                             r"|председава(?:о|ла|ли)|predsedava(?:o|la|li))\b")
_SPEAKER_BEFORE = regex.compile(
    r"(?i:\b(?:remarks|speech(?:es)?|addresses|presentations?)\s+(?:were\s+|was\s+)?(?:delivered|made|given)\s+by"
    r"|\bwith\s+(?:opening\s+|welcoming\s+|keynote\s+)?(?:remarks|speeches)\s+(?:by|from)|\baddressed\s+by"
    r"|\bintervengono|\bс\s+приветственным\s+словом"
    # the actor's own delegation: "President X, accompanied by the Minister of …, Mr Y, is participating …"
    r"|\b(?P<with>accompanied\s+by|acompañad[oa]s?\s+(?:por|de)))\s+" + _GAP)
# whom another accompanies: "… met Y, who was accompanied by Z" (Z is Y's side)
_WHO_WAS = regex.compile(r"(?i:\b(?:who|que)\s+(?:is|was|were|are|iba|fue|estaba|va)\s*)$")
# who addresses the event: "President X addressed the opening session"
_SPEAKER_AFTER = regex.compile(r"\s+addressed\s+the\s+(?:\w+\s+){0,2}(?:session|meeting|conference|forum|summit|participants"
                               r"|assembly|council|plenary|audience|gathering)\b")
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
    return [h for h in people if _billed(text[max(0, h.mention.start - 260) : h.mention.start])
            or _SPEAKER_AFTER.match(text, h.mention.end) or any(start <= h.mention.start < end for start, end in listed)]


def _billed(before: str) -> bool:
    """Whether a speaker cue comes before a name in its sentence, and no word that makes it a guest."""
    cue = _SPEAKER_BEFORE.search(before)
    if cue and cue.group("with") and _WHO_WAS.search(before, max(0, cue.start() - 20), cue.start()):
        return False
    return bool(cue) and not _PRESENCE.search(cue.group("gap"))


__all__ = ["billed_speakers", "chairs"]
