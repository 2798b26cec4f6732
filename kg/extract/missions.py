"""Embassies and consulates a post names: "la Embajada de Cuba en la Federación de Rusia",
"Посольства Казахстана в Ливане", "A Embaixada do Brasil em Bangkok", "el Consulado General de México
en Los Ángeles", "Амбасада Републике Србије у Техерану", "KBRI Bangkok", "the Russian Embassy in
India", and, in a channel that speaks for a country, "our Embassy in Tehran". kg's data has no entry
for each of the world's missions, so each is an organisation made from the two places its name joins
(read as running text names a place: :func:`kg.extract.placenames.longest_place`), labelled in English
as one is whatever language named it: "Embassy of Cuba in Russia" (an embassy is to a country: "em
Bangkok" is Thailand's), "Consulate General of Mexico in Los Angeles" (a consulate is in a city). A
plural ("nuestras Embajadas"), a mission without its two places ("the Embassy", "la embajada cubana")
or a place kg does not know is none.
"""
from __future__ import annotations

import functools

import regex

from kg.cues import fold
from kg.datafiles import tsv_rows
from kg.extract.placenames import longest_place, place_in_case
from kg.gazetteer import Gazetteer
from kg.iris import slug
from kg.literals import required, trie
from kg.models import Entity, Mention

_EMBASSY = (r"(?i:Embassy|Embaixada|Embajada|Ambasciata|Ambassade|Botschaft|Посольств(?:о|а|у|е|ом|і)|Kedutaan Besar"
            r"|Амбасад(?!ор)\w{1,2}|Ambasad(?!or)\w{1,3}"  # (one literal each: "амбасад", not five)
            r"|(?P<high>High Commission|Alto Comissariado|Haut[- ]Commissariat))")  # a Commonwealth's or CPLP's embassy
_CONSULATE = (r"(?i:(?P<general>Consulate[- ]General|Consulado[- ]Geral|Consulado General|Consolato Generale|Consulat général"
              r"|Generalkonsulat|Генеральн\w+ консульств\w+|Konsulat Jenderal|Генерални?\w* конзулат\w*|Generaln\w* konzulat\w*|Konsulat\w* Generaln\w*)"
              r"|Consulate|Consulado|Consolato|Consulat|Konsulat(?:u|em|owi|y)?|Консульств\w+|Конзулат\w*|Konzulat\w*)")
_PLACE = r"\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:de|do|da|del|of|the|la|di)?\s*\p{Lu}[\p{L}\p{M}'’.-]*){0,3}"
_OF = r"(?i:of(?: the)?|de(?: la)?|do|da|del|di|d['’]|dell['’]|du|des|von|der)"
_IN = r"(?P<at>(?i:in(?: the)?|en(?: la| el)?|em|no|na|a|à|au|aux|in der|im|в|во|di|у|u|w|we))"
# "Embassy of X in Y", "Посольства X в Y" (the Russian genitive needs no "of")
_MISSION = regex.compile(rf"(?<![\p{{L}}])(?:(?P<embassy>{_EMBASSY})|(?P<consulate>{_CONSULATE}))\s+(?:{_OF}(?:\s+|(?<=['’])))?"
                         rf"(?P<of>{_PLACE})\s+{_IN}\s+(?P<in>{_PLACE})")
# "the Russian Embassy in India", "the Indian Consulate General in Dubai"
_ADJECTIVE = regex.compile(rf"(?<![\p{{L}}])(?P<of>\p{{Lu}}[\p{{L}}-]+)\s+(?:(?P<embassy>{_EMBASSY})|(?P<consulate>{_CONSULATE}))\s+"
                           rf"{_IN}\s+(?P<in>{_PLACE})")
# "our Embassy in Tehran": the channel's own mission
_OURS = regex.compile(rf"(?<![\p{{L}}])(?i:our|nuestr[oa]|noss[oa]|notre|nostr[oa]|unser[e]?|наш[еа]?)\s+"
                      rf"(?:(?P<embassy>{_EMBASSY})|(?P<consulate>{_CONSULATE}))\s+{_IN}\s+(?P<in>{_PLACE})")
# Indonesia's missions by their acronyms, which name the sending country: "KBRI Bangkok" (Kedutaan Besar Republik
# Indonesia), "KJRI Jeddah" (Konsulat Jenderal RI)
_ACRONYM = regex.compile(rf"\b(?:(?P<embassy>KBRI)|(?P<consulate>(?P<general>KJRI)))\s+(?P<in>{_PLACE})")
_ACRONYM_SENDERS = {"KBRI": "ID", "KJRI": "ID"}
# Turkish names a mission by its city, before it: "Beyrut Büyükelçiliğimiz(in)" (our embassy in Beirut: the channel's),
# "Erbil Başkonsolosluğumuz"; "Rusya'nın Ankara Büyükelçiliği" (Russia's embassy in Ankara)
_TR_CITY = r"(?P<in>(?:\p{Lu}[\p{L}\p{M}]*\s+)?\p{Lu}[\p{L}\p{M}]*)"
_TR_MISSION = r"(?:(?P<embassy>Büyükelçiliğ)|(?P<consulate>(?P<general>Başkonsolosluğ)|Konsolosluğ))"
_OURS_TR = regex.compile(rf"(?<![\p{{L}}]){_TR_CITY}\s+{_TR_MISSION}(?:umuz|imiz)")
_GENITIVE_TR = regex.compile(rf"(?<![\p{{L}}])(?P<of>\p{{Lu}}[\p{{L}}\p{{M}}]*)['’]n?[ıiuü]n\s+{_TR_CITY}\s+{_TR_MISSION}[ıiuü](?![\p{{L}}])")
_PATTERNS = (_MISSION, _ADJECTIVE, _OURS, _ACRONYM, _OURS_TR, _GENITIVE_TR)
# a second host of the same sender's missions: "Посольства Узбекистана в Иране и Израиле", "the Embassy of X in Iran and
# in Israel"
_AND_IN = regex.compile(rf"\s*(?:,\s*)?(?:and|и|e|y|et|und|dan|i|та)\s+(?:{_IN}\s+)?(?P<in>{_PLACE})")
# the words one of which each pattern needs ("embassy", "посольств", "consulat", … folded: kg.literals): the
# patterns are tried only in a text whose fold has one (their look-behind, tried at every character, took
# 1.27 CPU s over the 10,000 posts of the 10k export, which name none; fold() and `in` 0.17 s)
_NEEDS = [required(pattern.pattern, fold) for pattern in _PATTERNS]
_WORDS = None if None in _NEEDS else frozenset().union(*_NEEDS)
_HAS_WORD = None if _WORDS is None else trie(_WORDS).search  # (one scan, not an `in` test a word: kg.literals.trie)


def missions(text: str, gz: Gazetteer, own: str | None) -> list[tuple[Entity, Mention]]:
    """The embassies and consulates ``text`` names, each once: the organisation made for it and where
    it was named. ``own`` is the channel's country (for "our Embassy in …")."""
    found: dict[str, tuple[Entity, Mention]] = {}
    if _HAS_WORD is not None and _HAS_WORD(fold(text)) is None:
        return []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            sender = (gz.country(own or "") if pattern is _OURS or pattern is _OURS_TR
                      else gz.country(_ACRONYM_SENDERS[match.group(0).split()[0]]) if pattern is _ACRONYM
                      else _country_of(match.group("of"), gz))
            made = _mission(match, sender, gz)
            _keep(found, made, match, 0)
            second = _AND_IN.match(text, match.end()) if made else None
            if second:
                _keep(found, _mission(match, sender, gz, second.group("in")), second, "in")
    return list(found.values())


# a mission naming itself bare in its own channel: "the Embassy staff", "сотрудники Посольства", "大使馆" (capitalised, as
# missions write their own name; not the start of another mission's name: "the Embassy of Nigeria in Beirut")
_BARE = regex.compile(r"(?<![\p{L}])(?:[Tt]he Embassy|Embassy staff|Посольств(?:о|а|у|е|ом)|[Ll]['’]Ambassade|[Ll]a Embajada"
                      r"|[Aa] Embaixada|[Dd]ie Botschaft|[Dd]er Botschaft|(?<!驻\p{Han}{1,6})大使馆)(?![\p{L}])")
_ANOTHER = regex.compile(r"\s+(?:of|de|d['’]|du|del|do|da|в|во|der|des|von)\s*\p{Lu}|\s*\p{Lu}\p{Ll}+\s+(?:in|en|em|в)\s")


@functools.lru_cache(maxsize=1024)
def channel_mission(channel: str | None, gz: Gazetteer) -> Entity | None:
    """The mission a channel is named as ("Посольство России в Турции", "Embassy of India in Russia"), or None."""
    found = missions(channel.strip(), gz, None) if channel else []
    return found[0][0] if found else None


def own_mission(text: str, channel: str | None, gz: Gazetteer, made: list[tuple[Entity, Mention]]) -> list[tuple[Entity, Mention]]:
    """The channel's own mission where its channel is named as one ("Посольство России в Турции") and the text names it
    bare ("сотрудники Посольства возложили цветы", "Ambassador X and the Embassy staff"), once, unless already found."""
    mission = channel_mission(channel, gz)
    if mission is None or any(entity.ident == mission.ident for entity, _ in made):
        return []
    taken = [(m.start, m.end) for _, m in made]
    for match in _BARE.finditer(text):
        if not _ANOTHER.match(text, match.end()) and all(not (a <= match.start() < b) for a, b in taken):
            return [(mission, Mention("org", mission.ident, match.group(0), match.start(), match.end()))]
    return []


def _keep(found: dict[str, tuple[Entity, Mention]], made: Entity | None, match, group: int | str) -> None:
    """``made`` into ``found``, named where ``match``'s ``group`` is, unless it is there already."""
    if made and made.ident not in found:
        found[made.ident] = (made, Mention("org", made.ident, match.group(group), match.start(group), match.end(group)))


def _mission(match, sender: Entity | None, gz: Gazetteer, host_name: str | None = None) -> Entity | None:
    named = longest_place(host_name or match.group("in"), gz)
    if named is None and match.re in (_OURS_TR, _GENITIVE_TR):  # "vatandaşlarımızın Beyrut …", "Dikkatine Beyrut …"
        named = longest_place(match.group("in").split()[-1], gz)
    if named is None and match.groupdict().get("at") in ("w", "we"):  # Polish "w Krakowie", "w Tel Awiwie": the locative
        named = place_in_case(host_name or match.group("in"), gz, "pl")
    if sender is None or named is None:
        return None
    host = named[0]
    if match.group("embassy"):
        country = host if host.kind == "country" else gz.country(host.country or "")
        if country is None or country.ident == sender.ident:
            return None
        kind, place = "High Commission" if match.groupdict().get("high") else "Embassy", country
    else:
        if host.kind != "place" or host.country == sender.ident:
            return None
        kind, place = "Consulate General" if match.group("general") else "Consulate", host
    label = f"{kind} of {english_name(sender, True)} in {english_name(place, True)}"
    bare = f"{kind} of {english_name(sender)} in {english_name(place)}"  # "Embassy of Philippines in Lebanon", as kg wrote it before
    return Entity("org", slug(label), (("en", label),), (("en", bare),) if bare != label else ())


def _country_of(name: str, gz: Gazetteer) -> Entity | None:
    """The country a mission is of: "Cuba", "Казахстана", "Brasil", "México"."""
    named = longest_place(name, gz)
    return named[0] if named is not None and named[0].kind == "country" else None


def english_name(entity: Entity, article: bool = False) -> str:
    """An entity's English name; with ``article``, a country's as English writes it after "of" ("the Philippines")."""
    if article and entity.kind == "country" and (name := _with_article().get(entity.ident)):
        return name
    return next((text for language, text in entity.labels if language == "en"), entity.labels[0][1])


@functools.lru_cache(maxsize=1)
def _with_article() -> dict[str, str]:
    """kg/data/country_names_with_article.tsv: country code (lower case, as kg's country idents) -> "the Philippines"."""
    return {row["code"].lower(): row["name"] for _, row in tsv_rows("country_names_with_article.tsv")}


__all__ = ["channel_mission", "english_name", "missions", "own_mission"]
