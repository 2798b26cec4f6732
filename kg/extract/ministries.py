"""Foreign ministries a post names by the pattern of a foreign ministry's name and a country, for any country:
"the Ministry of Foreign Affairs of Ghana", "Ghana's Foreign Ministry", "el Ministerio de Relaciones Exteriores de
Guatemala", "le ministère des Affaires étrangères du Mali", "Министерство иностранных дел Армении", "МИД Армении". The
ministry is the one kg's data holds for that country (kg/data/organisations.ttl), else an organisation made for it and
labelled in English as the data labels them: "Ministry of Foreign Affairs of Ghana" (as :mod:`kg.extract.missions`
makes embassies). Only the country named right beside the ministry's words is its country; a name kg's data has whole
("Ministry of Foreign Affairs of the Russian Federation") is read as the gazetteer reads it. Ministries named together
("между министерствами иностранных дел Армении и России", "the foreign ministries of Chile and Peru") are each
country's.
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
# the country before them: "Ghana's Foreign Ministry", "the Ghanaian Ministry of Foreign Affairs", "Ghana MFA"; Turkish
# "Yunanistan Dışişleri Bakanlığı(nın)"
_AFTER_COUNTRY = regex.compile(r"(?:['’]s)?\s+(?:Foreign Ministry|Ministry (?:of|for) Foreign Affairs|MFA)\b"
                               r"|\s+Dışişleri Bakanlığı\p{Ll}*")
# one of which each pattern needs: most texts have none
_WORDS = ("Foreign Ministry", "Foreign Affairs", "Exteriores", "trangères", "Estrangeiros", "иностранных дел", "МИД", "Cancillería",
          "MFA", "Dışişleri Bakanlığı")
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


# foreign ministries named together, then their countries: "между министерствами иностранных дел Армении и России", "the
# foreign ministries of Chile and Peru", "los ministerios de Relaciones Exteriores de Chile y Perú", "les ministères des
# Affaires étrangères de la France et de l'Allemagne", "os ministérios das Relações Exteriores do Brasil e da Argentina"
_MINISTRIES = regex.compile(r"(?i:министерств(?:ами|ам|ах|а)\s+иностранных\s+дел|МИД(?:ами|ов)|foreign\s+ministries"
                            r"|ministries\s+of\s+foreign\s+affairs|ministerios\s+de\s+(?:relaciones|asuntos)\s+exteriores"
                            r"|cancillerías|ministères\s+des\s+affaires\s+étrangères|ministérios\s+d[oa]s\s+(?:relações\s+exteriores"
                            r"|negócios\s+estrangeiros)|ministeri\s+degli\s+(?:affari\s+)?esteri|Außenministerien)"
                            r"(?:\s+(?:of|de|des|dos|das|degli|der))?\s+(?P<list>[^.;:!?\n]{3,120})")
# (one of which, folded, starts each match: where each is, the pattern is tried, not at every place of a text)
_MINISTRIES_WORDS = ("министерствами", "министерствам", "министерствах", "министерства иностранных", "мидами", "мидов",
                     "foreign ministries", "ministries of", "ministerios de", "cancillerías", "ministères des", "ministérios d",
                     "ministeri degli", "außenministerien")
_MINISTRIES_STEMS = ("министерств", "мид", "minist", "cancill")  # one of which each of those words has
# what joins the countries of the list: "Армении и России", "of Chile and Peru", "de la France et de l'Allemagne"
_JOINED = regex.compile(r"\s*(?:,|и|and|y|e|et|und)?\s*(?:(?:of|de|des|du|do|da|dos|das|del|della|der)\s+)?"
                        r"(?:(?:the|la|le|les|el|o|a|l['’])\s*)?")


def coordinated_ministries(text: str, gz: Gazetteer) -> list[tuple[Entity | None, Mention]]:
    """The foreign ministries a text names together by their countries (two or more: "the foreign ministries of
    Chile and Peru"), each with the organisation made for it (None for one kg's data has), as
    :func:`foreign_ministries`."""
    folded = text.casefold()
    if not any(stem in folded for stem in _MINISTRIES_STEMS):
        return []
    starts = sorted({at for word in _MINISTRIES_WORDS for at in _places_of(folded, word)})
    if not starts:
        return []
    found = []
    # (a text whose fold is as long as it has each word where its fold has it: nearly every one)
    matches = (_MINISTRIES.match(text, at) for at in starts) if len(folded) == len(text) else _MINISTRIES.finditer(text)
    for match in filter(None, matches):
        start = match.start("list")
        listed = []
        for country in gz.find(match.group("list"), ("country",)):
            if not _JOINED.fullmatch(text, start, match.start("list") + country.start):
                break
            listed.append(country)
            start = match.start("list") + country.end
        if len(listed) >= 2:
            for country in listed:
                known = _ministry_of(country, gz)
                made = None if known else _made(country.ident, gz)
                if known or made:
                    found.append((made, Mention("org", known or made.ident, match.group(0), match.start(), match.end())))
    return found


def _places_of(text: str, word: str) -> list[int]:
    """Where a word is in a text, each place."""
    found, at = [], text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


# how kg's data names a country's foreign ministry, the country as the text writes it ("МИД России") or by its English name
_MINISTRY_NAMES = ("МИД {}", "Министерство иностранных дел {}", "Ministry of Foreign Affairs of {}", "Foreign Ministry of {}",
                   "{}'s Foreign Ministry", "MFA of {}")


def _ministry_of(country: Mention, gz: Gazetteer) -> str | None:
    """The foreign ministry of a country a text names, as kg's data names it, else the one kg knows for that country."""
    entity = gz.country(country.ident)
    names = [country.surface] + [label for language, label in (entity.labels if entity else ()) if language == "en"]
    for name in names:
        for form in _MINISTRY_NAMES:
            found = gz.lookup(form.format(name), ("org",))
            if found:
                return found.ident
    return foreign_ministry_of(country.ident, gz)


__all__ = ["coordinated_ministries", "foreign_ministries"]
