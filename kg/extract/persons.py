"""One person from a name in a text, known to the gazetteer or new (:func:`person_at`), and a bare name's person
(:func:`person_named`). kg/extract/people.py finds where names stand; this module says who they are."""
from __future__ import annotations

from dataclasses import dataclass

from kg.extract.known import (HONORIFIC, POST_NOMINALS, known_within, malay_short, plain_name, polish_nominative,
                             russian_nominative, ukrainian_nominative)
from kg.extract.namegrammar import SURNAME_IN_CAPITALS, name_at
from kg.extract.placeindex import Places
from kg.gazetteer import Gazetteer
from kg.iris import slug
from kg.models import Entity, Mention
from kg.names import latin, serbian_latin, ukrainian_latin


@dataclass(frozen=True)
class PersonHit:
    entity: Entity
    mention: Mention


_NOMINATIVE = {"pl": polish_nominative, "uk": ukrainian_nominative, "ru": russian_nominative}


def person_at(text, span, role, country, places, gazetteer, language) -> PersonHit | None:
    """The person a name at ``span`` of ``text`` is: the gazetteer's, where it knows the name (as written, by initials,
    within a longer name, by a long surname, in a Malay short form), else a new person of ``role`` and ``country``
    minted in the nominative (:data:`_NOMINATIVE`); None where the name is a country's, an organisation's or a city's,
    or inside one of ``places``."""
    name = text[span[0] : span[1]]
    if places.covers(span[0]):
        return None  # a country or organisation, not a person
    titled = HONORIFIC.match(name).end()  # "the Honorable Penny Wong, Minister …": the name after the title
    if titled and len(name[titled:].split()) >= 2:
        span = (span[0] + titled, span[1])
        name = text[span[0] : span[1]]
    words = name.split()
    while len(words) > 2 and words[-1] in POST_NOMINALS:  # "Anthony Albanese MP, Prime Minister"
        words.pop()
    if len(words) < len(name.split()):
        name = text[span[0] : span[0] + len(" ".join(words))]
        span = (span[0], span[0] + len(name))
    capitals = SURNAME_IN_CAPITALS.fullmatch(name)
    if capitals:  # "IWAYA Takeshi" is Takeshi Iwaya, "CHO Tae-yul" Cho Tae-yul
        surname, given = capitals.group("surname").title(), capitals.group("given")
        name = next((n for n in (f"{surname} {given}", f"{given} {surname}") if gazetteer.lookup(n, ("person",))),
                    f"{surname} {given}")
    name = plain_name(name)  # "Gilberto C. Teodoro Jr." is Gilberto Teodoro
    known = (gazetteer.lookup(name, ("person",)) or gazetteer.by_initials(name) or known_within(name, gazetteer, language)
             or gazetteer.by_long_surname(name) or gazetteer.lookup(malay_short(name), ("person",)))  # "el canciller De la Fuente"
    if known:
        entity = known
    elif gazetteer.lookup(name, ("org", "country")) or gazetteer.city(name):
        return None
    else:
        # "Фарид Мухаметшин" is found by "Farid Mukhametshin" too, a Serbian post's "Ана Брнабић" by "Ana Brnabić"
        # "z ministrem Kęstutisem Budrysem": Kęstutis Budrys; "з Міністром … Кястутісом Будрісом", "Анны Евстигнеевой"
        name = _NOMINATIVE[language](name) if language in _NOMINATIVE else name
        spelled = serbian_latin(name) if language == "sr" else ukrainian_latin(name) if language == "uk" else latin(name)
        entity = Entity("person", slug(name), ((language or "en", name),), (("en", spelled),) if spelled else (),
                        role=role, country=country)
    return PersonHit(entity, Mention("person", entity.ident, text[span[0] : span[1]], span[0], span[1]))


def person_named(name: str, gazetteer: Gazetteer, language: str | None) -> Entity | None:
    """The person a bare name is (a channel's name: "José Manuel Albares"), known or new; None where the
    name is not two to four capitalised words of a personal name alone, or names an organisation,
    country or city ("Russian Mission to ASEAN", "MFA Russia")."""
    span = name_at(name, 0)  # "Senator Penny Wong": the name after its title
    if span is None or span != (HONORIFIC.match(name).end(), len(name)) or gazetteer.find(name, ("org", "country")):
        return None
    places = Places([])
    hit = person_at(name, span, None, None, places, gazetteer, language)
    return hit.entity if hit else None


__all__ = ["PersonHit", "person_at", "person_named"]
