"""Foreign ministries a post names by the pattern of a foreign ministry's name and a country, for any country:
"the Ministry of Foreign Affairs of Ghana", "Ghana's Foreign Ministry", "el Ministerio de Relaciones Exteriores de
Guatemala", "le ministère des Affaires étrangères du Mali", "Министерство иностранных дел Армении", "МИД Армении". The
ministry is the one kg's data holds for that country (kg/data/organisations.ttl), else an organisation made for it and
labelled in English as the data labels them: "Ministry of Foreign Affairs of Ghana" (as :mod:`kg.extract.missions`
makes embassies). Only the country named right beside the ministry's words is its country; a name kg's data has whole
("Ministry of Foreign Affairs of the Russian Federation") is read as the gazetteer reads it.
"""
from __future__ import annotations

import regex

from kg.extract.bodies import foreign_ministry_of
from kg.extract.missions import english_name
from kg.gazetteer import Gazetteer
from kg.iris import slug
from kg.models import Entity, Mention

# a foreign ministry's words, then what joins them to the country after them
_BEFORE_COUNTRY = regex.compile(
    r"(?:Ministry (?:of|for) Foreign Affairs|Foreign Ministry|Ministerio de (?:Relaciones|Asuntos) Exteriores|Cancillería"
    r"|[Mm]inistère des [Aa]ffaires [ée]trangères|Ministério d(?:as|os) (?:Relações Exteriores|Negócios Estrangeiros)"
    r"|[Мм]инистерств(?:о|а|у|ом|е|ами|ам|ах) иностранных дел|МИД)"
    r"\s+(?:of\s+(?:the\s+)?|de\s+(?:la\s+|las\s+|los\s+|l['’])?|d['’]|du\s+|des\s+|do\s+|da\s+|dos\s+)?$")
# the country before them: "Ghana's Foreign Ministry", "the Ghanaian Ministry of Foreign Affairs", "Ghana MFA"
_AFTER_COUNTRY = regex.compile(r"(?:['’]s)?\s+(?:Foreign Ministry|Ministry (?:of|for) Foreign Affairs|MFA)\b")
# one of which each pattern needs: most texts have none
_WORDS = ("Foreign Ministry", "Foreign Affairs", "Exteriores", "trangères", "Estrangeiros", "иностранных дел", "МИД", "Cancillería",
          "MFA")
_REACH = 64  # how far before a country its ministry's words may start


def foreign_ministries(text: str, named: list[Mention], orgs: list[Mention], gz: Gazetteer) -> list[tuple[Entity | None, Mention]]:
    """The foreign ministries ``text`` names by their words and a country (``named``: the gazetteer's mentions in it)
    that ``orgs`` (the organisations read so far) do not already hold there: each with the organisation made for it
    (None for one kg's data has) and where it is named."""
    if not any(word in text for word in _WORDS):
        return []
    found: list[tuple[Entity | None, Mention]] = []
    taken = [(m.start, m.end) for m in orgs]
    for country in (m for m in named if m.kind == "country"):
        before = _BEFORE_COUNTRY.search(text, max(0, country.start - _REACH), country.start)
        after = None if before else _AFTER_COUNTRY.match(text, country.end)
        span = (before.start(), country.end) if before else (country.start, after.end()) if after else None
        if span is None or any(a < span[1] and span[0] < b for a, b in taken):
            continue
        known = foreign_ministry_of(country.ident, gz)
        made = None if known else _made(country.ident, gz)
        if made is None and known is None:
            continue
        ident = known or made.ident
        if all(m.ident != ident for _, m in found):
            found.append((made, Mention("org", ident, text[span[0] : span[1]], span[0], span[1])))
        taken.append(span)
    return found


def _made(code: str, gz: Gazetteer) -> Entity | None:
    country = gz.country(code)
    if country is None:
        return None
    label = f"Ministry of Foreign Affairs of {english_name(country, True)}"
    bare = f"Ministry of Foreign Affairs of {english_name(country)}"
    return Entity("org", slug(label), (("en", label),), (("en", bare),) if bare != label else ())


__all__ = ["foreign_ministries"]
