"""People named in a text: the curated ones by name, and anyone a role introduces.

"Minister of Foreign Affairs and Diaspora of the Republic of Seychelles Barry Faure" is the person
Barry Faure, Foreign Minister, of Seychelles, whether or not the gazetteer knows him. The offices
are data (``kg/data/roles.tsv``); a name is two to four capitalised words.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from kg.cues import _rows
from kg.gazetteer import Gazetteer
from kg.iris import slug
from kg.models import Entity, Mention

_PARTICLE = r"(?:bin|ibn|al|el|de|da|do|dos|das|di|van|von|der|le|la|ul|ud|Ould|y)"
_WORD = r"\p{Lu}[\p{L}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*)*(?:[’']\p{Lu}[\p{L}\p{M}]*)?"
_NAME = regex.compile(rf"{_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_WORD}){{1,3}}")
_HONORIFIC = regex.compile(
    r"(?:(?:H\.\s?E\.|HE|His Excellency|Her Excellency|Mr\.?|Ms\.?|Mrs\.?|Madam|Madame|Dr\.?|Prof\.?|Sheikh|Sir|General|Admiral|Ambassador)\s+)*"
)
_OF = regex.compile(r"\s+(?:of|for)\s+(?:the\s+)?")
# capitalised words that end a name: they start the next phrase, not a surname
_NOT_NAME = {"On", "The", "In", "At", "During", "Following", "After", "And", "Of", "For", "With", "To"}


@dataclass(frozen=True)
class PersonHit:
    entity: Entity
    mention: Mention


@functools.lru_cache(maxsize=1)
def _roles() -> tuple[tuple[str, regex.Pattern], ...]:
    rows = [(row["role"], row["pattern"]) for _, row in _rows("roles.tsv")]
    return tuple((role, regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{pattern})(?![\p{{L}}\p{{N}}])")) for role, pattern in rows)


def _name_at(text: str, pos: int) -> tuple[int, int] | None:
    """The span of a personal name starting at ``pos`` (after honorifics), or None."""
    pos = _HONORIFIC.match(text, pos).end()
    match = _NAME.match(text, pos)
    if not match:
        return None
    words = match.group(0).split()
    while words and words[-1] in _NOT_NAME:
        words.pop()
    if len(words) < 2 or words[0] in _NOT_NAME:
        return None
    end = pos + len(" ".join(words))
    return pos, end


def find_people(
    text: str, gazetteer: Gazetteer, language: str | None, known: list[Mention] | None = None
) -> list[PersonHit]:
    """People in a text, each once, in order of first appearance.

    ``known`` are the gazetteer's mentions in the text, where the caller has them already.
    """
    hits: dict[str, PersonHit] = {}
    known = gazetteer.find(text) if known is None else known
    places = [m for m in known if m.kind in ("country", "org")]
    for role, pattern in _roles():
        for match in pattern.finditer(text):
            hit = _after_role(text, match, role, places, gazetteer, language)
            if hit is None:
                hit = _before_role(text, match.start(), role, places, gazetteer, language)
            if hit and (hit.entity.ident not in hits or hit.mention.start < hits[hit.entity.ident].mention.start):
                hits[hit.entity.ident] = hit
    for mention in known:
        if mention.kind == "person" and mention.ident not in hits:
            hits[mention.ident] = PersonHit(gazetteer.entity("person", mention.ident), mention)
    return sorted(hits.values(), key=lambda h: h.mention.start)


def _country_before(text: str, start: int, places: list[Mention]) -> str | None:
    """The country just before a role: "Russia's Foreign Minister", "Russian Foreign Minister"."""
    for mention in places:
        if mention.kind == "country" and 0 <= start - mention.end <= 3:
            return mention.ident
    return None


def _after_role(text, match, role, places, gazetteer, language) -> PersonHit | None:
    """ "Foreign Minister of China Wang Yi", "Russia's Foreign Minister Sergey Lavrov"."""
    country = _country_before(text, match.start(), places)
    pos = match.end()
    of = _OF.match(text, pos)
    if of:
        owner = next((m for m in places if m.start == of.end()), None)
        if owner is None:
            return None
        if owner.kind == "country":
            country = owner.ident
        pos = owner.end
    span = _name_at(text, pos + (len(text[pos:]) - len(text[pos:].lstrip())))
    if span is None:
        return None
    return _person(text, span, role, country, places, gazetteer, language)


def _before_role(text, start, role, places, gazetteer, language) -> PersonHit | None:
    """ "Sanjay Kumar Agarwal, Chairman of …": the name just before ", <role>"."""
    before = text[max(0, start - 60) : start]
    match = regex.search(rf"({_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_WORD}){{1,3}}),\s*$", before)
    if not match:
        return None
    offset = start - len(before)
    span = (offset + match.start(1), offset + match.end(1))
    after = text[start : start + 200]
    country = next((m.ident for m in places if m.kind == "country" and start <= m.start <= start + len(after)
                    and "," not in text[start : m.start]), None)
    return _person(text, span, role, country, places, gazetteer, language)


def _person(text, span, role, country, places, gazetteer, language) -> PersonHit | None:
    name = text[span[0] : span[1]]
    if any(m.start <= span[0] < m.end for m in places):
        return None  # a country or organisation, not a person
    known = gazetteer.lookup(name, ("person",))
    if known:
        entity = known
    elif gazetteer.lookup(name, ("org", "country")) or gazetteer.city(name):
        return None
    else:
        entity = Entity("person", slug(name), ((language or "en", name),), role=role, country=country)
    return PersonHit(entity, Mention("person", entity.ident, name, span[0], span[1]))


__all__ = ["PersonHit", "find_people"]
