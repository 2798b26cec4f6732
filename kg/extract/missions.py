"""Embassies and consulates a post names: "la Embajada de Cuba en la Federación de Rusia",
"Посольства Казахстана в Ливане", "A Embaixada do Brasil em Bangkok", "el Consulado General de México
en Los Ángeles", "the Russian Embassy in India", and, in a channel that speaks for a country, "our Embassy in Tehran". kg's data has
no entry for each of the world's missions, so each is an organisation made from the two places its
name joins, labelled in English as one is whatever language named it: "Embassy of Cuba in Russia"
(an embassy is to a country: "em Bangkok" is Thailand's), "Consulate General of Mexico in Los
Angeles" (a consulate is in a city). A plural ("nuestras Embajadas"), a mission without its two
places ("the Embassy", "la embajada cubana") or a place kg does not know is none.
"""
from __future__ import annotations

import regex

from kg.gazetteer import Gazetteer
from kg.iris import slug
from kg.models import Entity, Mention

_EMBASSY = r"(?i:Embassy|Embaixada|Embajada|Ambasciata|Ambassade|Botschaft|Посольств(?:о|а|у|е|ом))"
_CONSULATE = (r"(?i:(?P<general>Consulate[- ]General|Consulado[- ]Geral|Consulado General|Consolato Generale|Consulat général"
              r"|Generalkonsulat|Генеральн\w+ консульств\w+)|Consulate|Consulado|Consolato|Consulat|Konsulat|Консульств\w+)")
_PLACE = r"\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:de|do|da|del|of|the|la|di)?\s*\p{Lu}[\p{L}\p{M}'’.-]*){0,3}"
_OF = r"(?i:of(?: the)?|de(?: la)?|do|da|del|di|d['’]|dell['’]|du|des|von|der)"
_IN = r"(?i:in(?: the)?|en(?: la| el)?|em|no|na|a|à|au|aux|in der|im|в|во)"
# "Embassy of X in Y", "Посольства X в Y" (the Russian genitive needs no "of")
_MISSION = regex.compile(rf"(?<![\p{{L}}])(?:(?P<embassy>{_EMBASSY})|(?P<consulate>{_CONSULATE}))\s+(?:{_OF}\s+)?"
                         rf"(?P<of>{_PLACE})\s+{_IN}\s+(?P<in>{_PLACE})")
# "the Russian Embassy in India", "the Indian Consulate General in Dubai"
_ADJECTIVE = regex.compile(rf"(?<![\p{{L}}])(?P<of>\p{{Lu}}[\p{{L}}-]+)\s+(?:(?P<embassy>{_EMBASSY})|(?P<consulate>{_CONSULATE}))\s+"
                           rf"{_IN}\s+(?P<in>{_PLACE})")
# a word every mission's name has, in lower case: the patterns are tried only in a text that has one
# (their look-behind, tried at every character, took 1.27 CPU s over the 10,000 posts of the 10k export,
# which name none; a case-insensitive regex for these words 0.55 s, lower() and `in` 0.12 s)
_WORDS = ("embass", "embaixad", "embajad", "ambasciat", "ambassade", "botschaft", "посольств", "consula", "consolato",
          "konsulat", "консульств")
# "our Embassy in Tehran": the channel's own mission
_OURS = regex.compile(rf"(?<![\p{{L}}])(?i:our|nuestr[oa]|noss[oa]|notre|nostr[oa]|unser[e]?|наш[еа]?)\s+"
                      rf"(?:(?P<embassy>{_EMBASSY})|(?P<consulate>{_CONSULATE}))\s+{_IN}\s+(?P<in>{_PLACE})")


def missions(text: str, gz: Gazetteer, own: str | None, place_named) -> list[tuple[Entity, Mention]]:
    """The embassies and consulates ``text`` names, each once: the organisation made for it and where
    it was named. ``own`` is the channel's country (for "our Embassy in …"); ``place_named`` reads a
    place's name (:func:`kg.extract.places.place_named` with the gazetteer)."""
    found: dict[str, tuple[Entity, Mention]] = {}
    folded = text.lower()
    if not any(word in folded for word in _WORDS):
        return []
    for pattern in (_MISSION, _ADJECTIVE, _OURS):
        if not pattern.search(text):
            continue
        for match in pattern.finditer(text):
            sender = gz.country(own or "") if pattern is _OURS else _country_of(match.group("of"), gz, place_named)
            made = _mission(match, sender, gz, place_named)
            if made and made.ident not in found:
                found[made.ident] = (made, Mention("org", made.ident, match.group(0), match.start(), match.end()))
    return list(found.values())


def _mission(match, sender: Entity | None, gz: Gazetteer, place_named) -> Entity | None:
    host = _longest_place(match.group("in"), place_named)
    if sender is None or host is None:
        return None
    if match.group("embassy"):
        country = host if host.kind == "country" else gz.country(host.country or "")
        if country is None or country.ident == sender.ident:
            return None
        label = f"Embassy of {_english(sender)} in {_english(country)}"
    else:
        if host.kind != "place" or host.country == sender.ident:
            return None
        label = f"{'Consulate General' if match.group('general') else 'Consulate'} of {_english(sender)} in {_english(host)}"
    return Entity("org", slug(label), (("en", label),))


def _country_of(name: str, gz: Gazetteer, place_named) -> Entity | None:
    """The country a mission is of: "Cuba", "Казахстана", "Brasil", "México"."""
    place = _longest_place(name, place_named)
    return place if place is not None and place.kind == "country" else None


def _longest_place(name: str, place_named) -> Entity | None:
    """The place the longest start of ``name`` names ("Federación de Rusia depositó" -> Russia)."""
    words = name.split()
    for n in range(len(words), 0, -1):
        place = place_named(" ".join(words[:n]).rstrip(".,’'"))
        if place is not None:
            return place
    return None


def _english(entity: Entity) -> str:
    return next((text for language, text in entity.labels if language == "en"), entity.labels[0][1])


__all__ = ["missions"]
