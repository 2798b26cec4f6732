"""Two people of the channel's own country named together before the verb act together: "Bundespräsidentin
Viola Amherd und Bundesrat Ignazio Cassis empfangen …" has two hosts, both speakers (the fourth held-out
set's cause 18, the eighth's cause 9). :func:`kg.extract.sides.speakers_and_participants` joins a second
person to the speaker only where both are of one known country; a speaker kg made from an office that
names no country ("Bundespräsidentin") gets the channel's country only later
(:func:`kg.extract.bodies.own_officials`), so this is asked again then."""
from __future__ import annotations

from kg.extract.cuepatterns import counterpart_cue
from kg.extract.sides import and_only

# "and" alone between the two, with the second's office, up to 80 characters here: "et le Vice-Premier ministre et
# ministre des Affaires étrangères Maxime Prévot"
_AND_ONLY = and_only(80)


def own_fellows(text: str, speakers: list, participants: list, own: str | None) -> tuple[list, list]:
    """``speakers`` and ``participants`` with a participant of the channel's country ``own`` named right after the
    first speaker, also the channel's, joined by "and" alone, moved to the speakers."""
    if not own or not speakers or speakers[0].entity.country != own:
        return speakers, participants
    first = speakers[0]
    start = text.find(first.mention.surface)
    if start < 0:
        return speakers, participants
    end = start + len(first.mention.surface)
    moved = []
    for hit in participants:
        at = text.find(hit.mention.surface, end)
        if (hit.entity.country == own and 0 <= at - end <= 80 and _AND_ONLY.fullmatch(text, end, at)
                and not counterpart_cue().search(text[end:at])):
            moved.append(hit)
    if not moved:
        return speakers, participants
    return speakers + moved, [h for h in participants if h not in moved]
