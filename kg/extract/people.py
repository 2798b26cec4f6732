"""People named in a text: the curated ones by name, and anyone a role introduces.

"Minister of Foreign Affairs and Diaspora of the Republic of Seychelles Barry Faure" is the person
Barry Faure, Foreign Minister, of Seychelles, whether or not the gazetteer knows him. The offices
are data (``kg/data/roles.tsv``); a name is two to four capitalised words.
"""
from __future__ import annotations

import functools
from dataclasses import replace
from typing import Iterator

import regex

from kg.cues import cue_at
from kg.extract.authored import authored_names
from kg.extract.bodies import country_named
from kg.extract.known import handle_person, malay_short, malay_titled, plain_name, polish_declined, polish_declined_in
from kg.extract.namegrammar import (GENITIVE_S, HANDLE, INITIALS_NAME, NAME_BEFORE_COMMA, PARTICLES, SURNAME,
                                    cyrillic_holder, name_at, office_words)
from kg.extract.offices import offices_at, only_country, roles
from kg.extract.persons import PersonHit, person_at, person_named
from kg.extract.placeindex import Places
from kg.gazetteer import Gazetteer
from kg.models import Entity, Mention

_WORD_START = regex.compile(r"(?<=\s)\S")

# what may stand between an office and its holder's name: "of the Republic of Seychelles",
# "de Russie au Sénégal", "of Russia to Indonesia", "del Gobierno de Rusia", "России" (a Russian
# genitive), "Китая в России", "Jepang untuk Indonesia", "de Portugal em Angola", "da Santa Sé"
_LINK = regex.compile(r"\s*(?:(?:of|for|to|in|at|de|del|du|des|d'|d’|au|aux|en|à|da|do|dos|das|em|в|во|при|untuk|dari)\s+(?:the\s+|la\s+|las\s+|los\s+|l'|l’)?)?")
# a Spanish state or body whose name goes on with "de …": "el vicepresidente del Gobierno de Rusia",
# "el embajador de la República de Angola"; a French ministry: "le porte-parole du ministère des Armées"
_BODY = regex.compile(r"(?:Gobierno|Consejo de Ministros|Ministerio|Asamblea Nacional|Federación|República|Reino|Estado"
                      r"|Confederación)(?:\s+\p{Lu}[\p{L}\p{M}]+)*(?=\s+(?:de|del)\s)"
                      # "Président de la Commission de la CEDEAO, M. X": a body its owner's name follows
                      r"|(?:Commission|Comisión|Comissão|Gouvernement|Conseil)(?=\s+(?:de|du|des|del|da|do)\b)"
                      r"|[Mm]inistère (?:de l['’]|de la |du |des |d['’]|de )\p{Lu}\p{L}+(?: (?:et (?:de l['’]|de la |du |des |d['’])?)?\p{Lu}\p{L}+)*")
# an English office's portfolio set off by commas before its holder: "The Principal Secretary for Diaspora Affairs, Ms X"
_PORTFOLIO_THEN_NAME = regex.compile(r"\s+(?:for|of)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}\p{M}]*)*,[^\S\n]*")
# a name set off by a comma: "el canciller de Cuba, Bruno Rodríguez", "Foreign Minister of India, S. Jaishankar"
_APPOSITION = regex.compile(r"[^\S\n]*,?[^\S\n]*")  # not the next line's name: "X MP, Prime Minister" / "Y MP, Minister …"
# an organisation the gazetteer does not know, named after an office: "the Information and Press Department"
_UNKNOWN_ORG = regex.compile(
    r"(?:\p{Lu}[\p{L}\p{M}-]*|\((?:\p{Lu}\p{L}*)\))(?:\s+(?:and|for|of|de|des|du)?\s*(?:\p{Lu}[\p{L}\p{M}-]*|\((?:\p{Lu}\p{L}*)\)))*?"
    r"\s+(?:Department|Ministry|Academy|University|Institute|Council|Committee|Commission|Agency|Service|Office|Bank|Fund|"
    r"Centre|Center|Foundation|Party|Assembly|Parliament|Mission|Embassy|Secretariat|Directorate|Administration|Board|"
    r"Organi[sz]ation|Union|Association|Chamber|Court|Police|Forces|Army|Navy|Guard)\b"
)


def find_people(
    text: str, gazetteer: Gazetteer, language: str | None, known: list[Mention] | None = None
) -> list[PersonHit]:
    """People in a text, each once, in order of first appearance.

    ``known`` are the gazetteer's mentions in the text, where the caller has them already.
    """
    if known is not None:
        return _find_people(text, gazetteer, language, known)
    return list(_people_in(text, gazetteer, language, gazetteer.generation))


@functools.lru_cache(maxsize=256)
def _people_in(text: str, gazetteer: Gazetteer, language: str | None, generation: int) -> tuple[PersonHit, ...]:
    """find_people's last few hundred answers (``generation``: the gazetteer's, which grows as forms are added):
    a post's title and first sentence are asked about by several steps; 6,300 of the 10k export's 31,000 asks
    repeat one."""
    return tuple(_find_people(text, gazetteer, language, None))


def _find_people(
    text: str, gazetteer: Gazetteer, language: str | None, known: list[Mention] | None
) -> list[PersonHit]:
    hits: dict[str, PersonHit] = {}
    office: dict[str, int] = {}  # where the office that introduced each person starts
    known = gazetteer.find(text) if known is None else known
    places = Places([m for m in known if m.kind in ("country", "org")])
    # where some office starts, found once for all of them, instead of one scan a role: titles are
    # short and read many times
    starts: dict[int, list[int]] = {}  # row of roles.tsv -> where its office may start
    for start, rows in offices_at(text):
        for row in rows:
            starts.setdefault(row, []).append(start)
    table = roles()
    found: list[tuple[int, regex.Match]] = []
    for row in sorted(starts):
        pattern = table[row][1]
        after = 0  # each role's own matches do not overlap, as finditer would find them
        for start in starts[row]:
            match = pattern.match(text, start) if start >= after else None
            if match is not None:
                found.append((row, match))
                after = match.end()
    # the tail of a longer office is read with it: "Minister" in "Prime Minister X", "Foreign Minister X";
    # and a bare one-word office the start of one: "Minister" of "Minister of Energy X" (whose shorter
    # endings the longer office tries: _office_ends)
    ends: dict[int, int] = {}  # where the offices starting at each position end, at the furthest
    for _, match in found:
        ends[match.start()] = max(ends.get(match.start(), 0), match.end())
    furthest, reach = 0, {}  # position -> the furthest end of the offices starting before it
    for start in sorted(ends):
        reach[start] = furthest
        furthest = max(furthest, ends[start])
    for row, match in found:
        if match.end() <= reach[match.start()] or (match.end() < ends[match.start()] and " " not in match.group(0)):
            continue
        role = table[row][0]
        hit = None
        # an office written with capitalised words may have swallowed the name: "Minister of
        # Energy Sergey Tsivilev" -> try shorter offices, longest first
        for end in _office_ends(match):
            hit = _after_role(text, match.start(), end, role, places, gazetteer, language)
            if hit:
                break
        if hit is None:
            hit = _before_role(text, match.start(), role, places, gazetteer, language)
        # the first mention of a person, by the office that starts first: "Deputy Foreign Minister X"
        # is not "Foreign Minister X"
        ident = hit.entity.ident if hit else None
        if hit and (ident not in hits or (hit.mention.start, match.start()) < (hits[ident].mention.start, office[ident])):
            if ident in hits and hit.entity.country is None and hits[ident].entity.country:
                hit = PersonHit(replace(hit.entity, country=hits[ident].entity.country), hit.mention)
            hits[ident], office[ident] = hit, match.start()
        elif hit and hits[ident].entity.country is None and hit.entity.country and gazetteer.entity("person", ident) is None:
            # "COP29 President X, Azerbaijan's Minister of …": the country a later office gives, to a new person
            hits[ident] = PersonHit(replace(hits[ident].entity, country=hit.entity.country), hits[ident].mention)
    named: list[PersonHit] = []  # people named without an office of their own before them
    if any(word in text for word in _COUNTERPART_WORDS):  # "his Mozambican counterpart, Minister Verónica Macamo"
        named += _counterparts_named(text, places, gazetteer, language)
    if "Ministers " in text:  # "Ministers Ronald Lamola (International Relations …), Parks Tau (…) and X (…)"
        named += _listed(text, places, gazetteer, language)
    for start in malay_titled(text):  # a known person after a Malay title: "Dato' Seri Utama Haji Mohamad bin Haji Hasan"
        span = name_at(text, start, language)
        known_one = gazetteer.lookup(malay_short(plain_name(text[span[0] : span[1]])), ("person",)) if span else None
        named += [PersonHit(known_one, Mention("person", known_one.ident, text[span[0] : span[1]], *span))] if known_one else []
    for start, end in authored_names(text, language):  # "Statement by Maka Botchorishvili at …", no office before
        if all(end <= h.mention.start or start >= h.mention.end for h in hits.values()):
            named += [hit] if (hit := person_at(text, (start, end), None, None, places, gazetteer, language)) else []
    for hit in named:
        if hit.entity.ident not in hits:
            hits[hit.entity.ident], office[hit.entity.ident] = hit, hit.mention.start
    # known people only: by initials ("С.А.Рябкова", "S. Jaishankar"), then by X handle ("@narendramodi")
    # (a middle initial after a given name, "Enrique A. Manalo": the given name is the one to fit)
    for pattern, person in ((INITIALS_NAME, lambda m: gazetteer.by_initials(m.group(0), _GIVEN_BEFORE.search(text, 0, m.start()))),
                            (HANDLE, lambda m: handle_person(m.group(1), gazetteer))):
        for match in pattern.finditer(text):
            entity = person(match)
            if entity and entity.ident not in hits:
                hits[entity.ident] = _known_hit(entity, match)
    for mention in known:
        if mention.kind == "person" and mention.ident not in hits:
            hits[mention.ident] = PersonHit(gazetteer.entity("person", mention.ident), mention)
    if language == "pl":  # known people in another case: "Jean-Noëla Barrota", "Antonia Tajaniego"
        for given, surname, start, end in polish_declined_in(text):
            entity = polish_declined([given, surname], gazetteer)
            if entity and entity.ident not in hits:
                hits[entity.ident] = PersonHit(entity, Mention("person", entity.ident, text[start:end], start, end))
    kept: list[PersonHit] = []  # a name inside a longer one is the same person read badly
    for hit in sorted(hits.values(), key=lambda h: (h.mention.start, -(h.mention.end - h.mention.start))):
        if all(hit.mention.start >= k.mention.end or hit.mention.end <= k.mention.start for k in kept):
            kept.append(hit)
    return kept


# the word an office cut short must not end with: it goes on ("Minister of" / "International Relations
# and Cooperation" is no office and name, "Minister of Ecology and" / "Natural Resources" neither)
_GIVEN_BEFORE = regex.compile(r"(?<![\p{L}.])\p{Lu}\p{Ll}+[^\S\n]$")
_OPEN_WORDS = frozenset("of for and the on de del la las los el y e du des et für und der".split())
_COMMA_WORD = regex.compile(r",\s+(?=\S)")


def _office_ends(match: regex.Match) -> Iterator[int]:
    """Where the office ``match`` may end, longest first: its whole match, then before each of its
    words, less those that leave it open ("Minister of"). A portfolio listed with commas ends at
    the comma before its holder: "Minister of Foreign Affairs, European Union and Cooperation, José
    Manuel Albares" is tried at its last comma before its words, so that no given name is cut off
    as the portfolio's last word ("… Cooperation, José" / "Manuel Albares"). (A generator: most
    offices are read whole.)"""
    yield match.end()
    start, words = match.start(), match.group(0)
    cuts = [m.start() for m in reversed(list(_COMMA_WORD.finditer(words)))] if "," in words else []
    cuts += [m.start() - 1 for m in reversed(list(_WORD_START.finditer(words)))]
    for cut in dict.fromkeys(cuts):
        last = words[:cut].rstrip(" ,").rsplit(None, 1)
        if not last or last[-1].casefold() not in _OPEN_WORDS:
            yield start + cut


# a counterpart, then (a bare title and) the name: "his Mozambican counterpart, Minister Verónica Macamo", "su homóloga
# británica, la ministra X", "son homologue, M. X"; not "son homologue de RD Congo" (a country's name after a preposition)
_COUNTERPART_WORDS = ("counterpart", "homólog", "homolog", "omolog", "ambtgeno")
_COUNTERPART_NAME = regex.compile(r"(?<![\p{L}])(?:counterparts?|homólog[oa]s?|homologues?|omolog[oa]|ambtgeno(?:ot|te))"
                                  r"(?P<adjective>\s+(?!(?:of|from|in|at|de|du|des|del|di|da|do|dos|das|della|en|à|aus|von|из|в)\b)"
                                  r"\p{Ll}+)?,?\s+(?:(?:Minister|President|Prime Minister|Mr\.?|Ms\.?|Mrs\.?"
                                  r"|Dr\.?|Madam|M\.|Mme|(?:el|la|le|il|o|a)\s+(?:ministr[oae]|canciller|president[ea]|chanceler)|minister|premier|president)\s+)?")


def _counterparts_named(text: str, places: Places, gazetteer: Gazetteer, language: str | None) -> list[PersonHit]:
    """The people named right after "counterpart" and a bare title, of the country the word is qualified
    by ("his Mozambican counterpart, Minister X"; "su homóloga británica, X")."""
    found = []
    for match in _COUNTERPART_NAME.finditer(text):
        span = name_at(text, match.end())
        if span is None:
            continue
        country = _country_before(text, match.start() - 1, places)
        if country is None and match.group("adjective"):
            at = match.start("adjective") + 1
            country = next((m.ident for m in places.countries_starting_in(at, at)), None)
        hit = person_at(text, span, "Minister" if "inist" in match.group(0) else None, country, places, gazetteer, language)
        if hit:
            found.append(hit)
    return found


# a plural office before a list of its holders, each with their portfolio in parentheses or not
_PLURAL_OFFICE = regex.compile(r"(?<![\p{L}\p{N}])Ministers\s+")
_PORTFOLIO = regex.compile(r"\s*\([^()\n]{1,80}\)")
_LIST_SEPARATOR = regex.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _listed(text: str, places: Places, gazetteer: Gazetteer, language: str | None) -> list[PersonHit]:
    """The holders a plural office lists: "accompanied by Ministers Ronald Lamola (International
    Relations and Cooperation), Parks Tau (Trade, Industry and Competition) and John Steenhuisen
    (Agriculture)", each a minister (of the channel's country, where the office names none)."""
    found = []
    for office in _PLURAL_OFFICE.finditer(text):
        pos = office.end()
        while True:
            span = name_at(text, pos)
            hit = person_at(text, span, "Minister", None, places, gazetteer, language) if span else None
            if hit is None:
                break
            found.append(hit)
            pos = span[1]
            portfolio = _PORTFOLIO.match(text, pos)
            pos = portfolio.end() if portfolio else pos
            separator = _LIST_SEPARATOR.match(text, pos)
            if separator is None:
                break
            pos = separator.end()
    return found


def _german_genitive(text: str, at: int, gazetteer: Gazetteer) -> Mention | None:
    """A country's German name in the genitive after an office: "Botschafterin Polens", "Außenminister Chinas"."""
    word = GENITIVE_S.match(text, at)
    country = gazetteer.lookup(word.group(1), ("country",)) if word else None
    return Mention("country", country.ident, word.group(0), at, word.end()) if country else None


# a counterpart's country told before the office: "his Mozambican counterpart, Minister Verónica Macamo"
_COUNTERPART_GAP = regex.compile(r"\s+(?:counterparts?|colleagues?|ambtgeno(?:ot|te|ten))\s*,?\s*$")


def _country_before(text: str, start: int, places: Places) -> str | None:
    """The country just before a role: "Russia's Foreign Minister", "Russian Foreign Minister", "his
    Mozambican counterpart, Minister"."""
    mention = places.country_ending_near(start, 3)
    if mention is None and (gap := _COUNTERPART_GAP.search(text, max(0, start - 20), start)):
        mention = places.country_ending_near(gap.start(), 0)
    return mention.ident if mention else None


def _after_role(text, start, end, role, places, gazetteer, language) -> PersonHit | None:
    """ "Foreign Minister of China Wang Yi", "Russia's Foreign Minister Sergey Lavrov",
    "Ambassador of Russia to Indonesia Sergei Tolchenov", "Deputy Director of the Information and
    Press Department of the Russian Foreign Ministry Artyom Studennikov"."""
    # "Russia's Foreign Minister", "la ministre polonaise des Affaires étrangères"
    country = _country_before(text, start, places) or only_country(text, start)
    if country is None and " " in text[start:end]:
        country = next((m.ident for m in places.countries_starting_in(start, end - 1)), None)
    pos, adjective = end, False
    for _ in range(4):  # the office's qualifiers, each a country or an organisation
        link = _LINK.match(text, pos)
        at = link.end()
        owner = places.starting_at(at) or (_german_genitive(text, at, gazetteer) if language == "de" else None)
        if owner is not None:
            if country is None:  # "of Belarus", "of the Belarusian Foreign Ministry" (a body its name says whose)
                country = owner.ident if owner.kind == "country" else country_named(owner.surface, gazetteer)
            # "of the Russian Export Center": a country after "the" qualifies the organisation named next
            pos, adjective = owner.end, owner.kind == "country" and link.group(0).endswith("the ")
            continue
        unknown = (_UNKNOWN_ORG.match(text, at) or _BODY.match(text, at)) if link.group(0).strip() or adjective else None
        adjective = False
        if unknown:
            pos = unknown.end()
            continue
        break
    pos = _APPOSITION.match(text, pos).end()
    holder = cyrillic_holder(text, pos, gazetteer)
    span = name_at(text, pos, language) if holder is None else holder or None
    if span is None and (portfolio := _PORTFOLIO_THEN_NAME.match(text, end)):  # "Secretary for Defence, H.E. Hon. X"
        span = name_at(text, portfolio.end(), language)
    if span is None:
        return _by_surname(text, pos, gazetteer)
    return person_at(text, span, role, country, places, gazetteer, language)


def _by_surname(text: str, pos: int, gazetteer: Gazetteer) -> PersonHit | None:
    """An office and a known person's surname alone: "Secretary Rubio's call", "Minister Lavrov said"
    (the one known person of that surname; never a new person of one word)."""
    word = SURNAME.match(text, pos)
    known = gazetteer.by_surname(word.group(0)) if word else None
    return _known_hit(known, word) if known else None


def _known_hit(entity: Entity, match: regex.Match) -> PersonHit:
    """A known person where ``match`` names them."""
    return PersonHit(entity, Mention("person", entity.ident, match.group(0), match.start(), match.end()))


_OFFICE_WORD = regex.compile(r"(\p{L}+)\s+")


def _before_role(text, start, role, places, gazetteer, language) -> PersonHit | None:
    """ "Sanjay Kumar Agarwal, Chairman of …": the name just before ", <role>"."""
    before = text[max(0, start - 60) : start]
    match = NAME_BEFORE_COMMA.search(before)
    if not match:
        return None
    first = match.start(1)
    cue_end = cue_at(before, first)  # "Déplacement de Benjamin Haddad, ministre …": the event, then the name
    if cue_end is not None:
        first = PARTICLES.match(before, cue_end).end()
        if " " not in before[first : match.end(1)].strip():
            return None
    office = _OFFICE_WORD.match(before, first, match.end(1))  # "COP29 President X, …": the office is no name
    while office and office.group(1).casefold() in office_words():
        first = office.end()
        office = _OFFICE_WORD.match(before, first, match.end(1))
    if " " not in before[first : match.end(1)].strip():
        return None
    offset = start - len(before)
    span = (offset + first, offset + match.end(1))
    after = text[start : start + 200]
    # "X, Azerbaijan's Minister of …", "X, Minister of Foreign Affairs of Y"
    country = _country_before(text, start, places) or next(
        (m.ident for m in places.countries_starting_in(start, start + len(after)) if "," not in text[start : m.start]), None)
    return person_at(text, span, role, country, places, gazetteer, language)


__all__ = ["PersonHit", "find_people", "person_named"]
