"""The countries that are parties to an event: its actors', the title's flags and names less those it
names as a topic ("sanctions against Russia"), a venue ("en Jamaica"), a notice's subject, a
subject cue's ("mourns the passing of Namibia's …") or a mission's ("Embassy of X in Y"), a
bilateral hashtag's, and the countries a joint statement opens by listing as its authors."""
from __future__ import annotations

import regex

from kg.extract.cuepatterns import about, may_be_about
from kg.extract.people import PersonHit
from kg.extract.topics import topical as _topical
from kg.gazetteer import Gazetteer
from kg.models import HashtagRef

# a country a title names as what the event is about, not as a side to it: "Joint Statement on Ukraine",
# "sanctions against Russia", "discuss Syria", "sur la situation au Liban", "Lage in Gaza", "переговоры по Сирии",
# "el apoyo a Ucrania", "the passing of Namibia's Founding President" (its venue: _venue); where a notice's readers are
# ("К сведению граждан, находящихся в Иране"), what travel advice is about ("Conselho aos viajantes | Israel e Irão")
_TOPIC = regex.compile(r"(?:\b(?i:on|regarding|about|concerning|against|over|discuss(?:es|ed)?|sur|concernant|contre"
                       r"|support (?:for|to)|apoyo a|soutien à|(?:passing|death|funeral) of|(?:fallecimiento|muerte) de"
                       r"|au sujet de|über|gegen|о|об|по|против|обсудил[аи]?|sobre|contra"
                       r"|w sprawie|dotycząc\w+|wobec|przeciw(?:ko)?|na temat|dla podróżujących:"
                       r"|inzake|betreffende|tegen|steun aan|met betrekking tot|reisadvies(?: voor)?)"
                       r"|(?i:situation|Lage|ситуаци\w+|sytuacj\w+|situatie|находящ\w+)\s+(?:in|im|au|aux|en|à|в|на|w)"
                       r"|(?i:travel advi(?:ce|sory)|conselho aos viajantes|conseils aux voyageurs)\s*[|:–—-])"
                       r"\s+(?:(?i:the|la|le|les|der|die|dem|den|de|het)\s+|l['’])?$")


# the venue of an event: "participa hoy en Luxemburgo en el Consejo", "Recomendaciones a los españoles en Jamaica";
# not the place an actor arrives in or visits, which is a side ("Lavrov arrives in Turkey on a working visit")
_VENUE = regex.compile(r"\b(?i:in|en)\s+(?:(?i:the|la|el|le|les|der|die|dem|den)\s+|l['’])?$")
_VENUE_NL = regex.compile(r"\b(?i:in)\s+(?:(?i:de|het)\s+)?$")  # Dutch "en" is "and": "Nederland en België"
_ARRIVES = regex.compile(r"(?i:arriv\w*|lleg\w*|arrib\w*|visit\w*|stay\w*)\s+$")


def _venue(title: str, start: int, language: str | None = None) -> bool:
    """Whether a country at ``start`` of a title is named as the venue ("in X", "en X") of the event."""
    venue = (_VENUE_NL if language == "nl" else _VENUE).search(title, max(0, start - 12), start)
    return bool(venue) and not _ARRIVES.search(title, max(0, venue.start() - 20), venue.start())


# a notice's heading, a warning sign and the country it is about: "⚠️ New Caledonia: assistance for Australians"
_NOTICE_SUBJECT = regex.compile(r"\s*(?:⚠️?|❗️?|‼️?|🔴|🚨|ℹ️?)\s*")
_HEADING_COLON = regex.compile(r"\s*[:|]")
_AND_NEXT = regex.compile(r"\s*(?:,|and|y|e|et|und|и|en)\s*|\s*,\s*(?:and|y|e|et|und|и|en)\s+")


def parties_of(title, actors: list[PersonHit], gz: Gazetteer, hashtags: tuple[HashtagRef, ...],
             missions: list[tuple[int, int]] = (), language: str | None = None) -> list[str]:
    """Countries that are parties to the event: the actors', the title's flags and names (not those in
    the name of an embassy or consulate, ``missions``' spans), bilateral tags."""
    codes = [h.entity.country for h in actors if h.entity.country]
    codes += [m.ident for m in gz.flags(title) if m.kind == "country"]
    subject = may_be_about(title)  # "X mourns the passing of Namibia's Founding President"
    named, topical = gz.find(title, ("country",)), False
    for i, m in enumerate(named):
        # a topic's or venue's list goes on: "en Jamaica y Cuba", "on Cambodia and Thailand"
        listed = topical and i and _AND_NEXT.fullmatch(title, named[i - 1].end, m.start)
        topical = bool(listed or _TOPIC.search(title, max(0, m.start - 40), m.start) or _venue(title, m.start, language)
                       or _topical(title, m.start, m.end)  # "the ceasefire in Gaza", "the South China Sea"
                       or _NOTICE_SUBJECT.fullmatch(title[: m.start]) and _HEADING_COLON.match(title, m.end))
        if not topical and not (subject and about(title[: m.start])) and not any(a <= m.start < b for a, b in missions):
            codes.append(m.ident)
    for ref in hashtags:
        if len(ref.denotes) >= 2:
            codes += [ident for kind, ident in ref.denotes if kind == "country"]
    return list(dict.fromkeys(codes))


# a joint statement's opening: "We, the Foreign Ministers of Canada, France, … and the United States,
# welcome …", "Nous, ministres des Affaires étrangères de …", "Wir, die Außenminister …"
_WE_THE = regex.compile(r"^[\W_]*(?:We|Nous|Wir|Мы),\s+[^,]{0,80}?\b(?:of|de|des|du|d['’]|aus|der|из)\s+")
_LIST_END = regex.compile(r",\s+(?!(?:and|the|of|et|les?|la|l['’]|de|du|des|d['’]|und|die|der|и)\b)\p{Ll}|[.;:]")


def signatories(lines: list[str], gz: Gazetteer) -> list[str]:
    """The countries a joint statement opens by listing as its authors (up to the list's verb), in
    the title or the first line after it."""
    for line in lines:
        opening = _WE_THE.match(line)
        if opening:
            end = _LIST_END.search(line, opening.end())
            return [m.ident for m in gz.find(line[opening.end() : end.start() if end else len(line)], ("country",))]
    return []


__all__ = ["parties_of", "signatories"]
