"""Which place a name is: the city (large enough where running text names it) or the country a name
names, a venue's country, a name in a language's locative undone to its nominative ("Krakowie" is
Kraków), the longest start of some words that names a place, a city's Kremlin. Used by
:mod:`kg.extract.places` (where an event happened) and the steps that read places in names.
"""
from __future__ import annotations

import functools

import regex

from kg.datafiles import tsv_rows
from kg.gazetteer import Gazetteer
from kg.models import Entity, Mention

# a dateline's place, in capitals (a wire's) or in title case (a press release's): "MOSCOW", "RIO DE JANEIRO",
# "Нью-Йорк", "Kazan" (kg.extract.places reads the place of a dateline, kg.extract.eventday its date)
DATELINE_PLACE = r"\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,3}|\p{Lu}[\p{Ll}\p{M}'’]+(?:[ -]\p{Lu}[\p{Ll}\p{M}'’]+){0,2}"
# and its province, which may follow it: "Ottawa (Ontario)", "Abuja (Nigeria)"
DATELINE_PROVINCE = r"(?:\s\(\p{Lu}[\p{L}\p{M}.' -]{1,30}\))?"
# a city named only in running text must be large: "at the Summit" is not Summit, New Jersey
SENTENCE_CITY = 100_000
# a locative's endings and the nominatives each may undo to, in order ("Krakowie" is Kraków, "Warszawie"
# Warszawa, "Tel Awiwie" Tel Awiw, "Berlinie" Berlin, "Wilnie" Wilno, "Pradze" Praga, "Brukseli" Bruksela)
LOCATIVE = {"sr": (("ији", "ија"), ("iji", "ija"), ("и", "а"), ("i", "a"), ("у", ""), ("u", "")),
            "pl": (("owie", ("ów", "owa")), ("szcie", ("szt",)), ("ście", ("st", "sta")), ("cie", ("t", "ta")),
                   ("dzie", ("d", "da")), ("dze", ("ga",)), ("rze", ("r", "ra")), ("sze", ("cha",)),
                   ("wie", ("wa", "w")), ("nie", ("n", "na", "no")), ("mie", ("m", "ma")), ("bie", ("b", "ba")),
                   ("pie", ("p", "pa")), ("sie", ("s", "sa")), ("zie", ("z", "za")), ("ce", ("ka",)), ("niu", ("ń",)),
                   ("iu", ("",)), ("ii", ("ia",)), ("ji", ("ja",)), ("li", ("la", "l")), ("u", ("",))),
            # Ukrainian: what the keys do not undo, a consonant's change ("Празі" Прага, "Ризі" Рига, "Америці"
            # Америка) and a short name ("Римі" Рим)
            "uk": (("зі", ("га",)), ("ці", ("ка",)), ("і", ("",)))}
# a Kremlin named after its city is that city's fortress, not Russia's presidency: "the Kazan
# Kremlin", "в Казанском Кремле", "Псковский Кремль" (Moscow's is the presidency's seat)
_KREMLIN = regex.compile(r"(?i:kremlin|кремл\p{L}*)")
_PLACE_ADJECTIVE = regex.compile(r"(?<!\p{L})(?!Московск)\p{Lu}\p{Ll}+ск(?:ий|ого|ому|им|ом)\s+$")
_BEFORE = regex.compile(r"(?:(?=\p{Latin})\p{Lu}[\p{Latin}\p{M}-]*\s+){1,3}$")  # a city in Latin letters


def _nominatives(words: str, endings: tuple[tuple[str, str | tuple[str, ...]], ...]) -> list[str]:
    """A place's name in the nominative, as a language's case endings would have it ("Бечу" -> "Беч",
    "Москви" -> "Москва", "Rusiji" -> "Rusija"): each ending's undoing of the first word (of at least three
    letters left) that has it, up to the words after it."""
    split = words.split()
    found = []
    for n in range(min(len(split), 3), 0, -1):
        last = split[n - 1].rstrip(".,’'")
        for ending, nominative in endings:
            if last.endswith(ending) and len(last) - len(ending) >= 3:
                for each in (nominative,) if isinstance(nominative, str) else nominative:  # one, or several in turn
                    found.append(" ".join(split[: n - 1] + [last[: -len(ending)] + each]))
                break
    return found


def longest_place(words: str, gazetteer: Gazetteer) -> tuple[Entity, str] | None:
    """The place the longest start of some words names, as running text names one (a city of
    :data:`SENTENCE_CITY` or more, or a country), and that start: "Rio de Janeiro, the first…" is
    Rio de Janeiro, "Federación de Rusia depositó" Russia."""
    split = words.split()
    for n in range(len(split), 0, -1):
        name = " ".join(split[:n]).rstrip(".,’'")
        place = place_named(name, gazetteer, min_population=SENTENCE_CITY)
        if place:
            return place, name
    return None


def place_in_case(words: str, gazetteer: Gazetteer, language: str) -> tuple[Entity, str] | None:
    """:func:`longest_place` of words in a language's locative ("Krakowie": Kraków), by the nominatives
    its endings undo to."""
    endings = LOCATIVE.get(language)
    return in_case(words, gazetteer, endings) if endings else None


def in_case(words: str, gazetteer: Gazetteer, endings: tuple[tuple[str, str | tuple[str, ...]], ...]) -> tuple[Entity, str] | None:
    """:func:`longest_place` of the first of the nominatives ``endings`` undo words to that names a place."""
    return next(filter(None, (longest_place(name, gazetteer) for name in _nominatives(words, endings))), None)


def place_named(name: str, gazetteer: Gazetteer, min_population: int = 0) -> Entity | None:
    """The city (the most populous of the name, of ``min_population`` or more) or else the country a
    name names, its surrounding punctuation ignored; None if neither. A name of both a country and
    a city is the country's, unless the city is the country's namesake capital (Singapore,
    Djibouti, Luxembourg)."""
    name = name.strip(" .,;:–-")
    if not name or len(name) < 2:
        return None
    city = gazetteer.city(name, min_population)
    country = gazetteer.lookup(name, ("country",))
    if city and country and _country_not_capital(name, city, country, gazetteer):
        return country
    return city or country or _venue_country(name, gazetteer)


@functools.lru_cache(maxsize=1)
def _venues() -> tuple[dict[str, str], regex.Pattern]:
    """kg/data/venues.tsv: each venue's country code, and a pattern of the venues' names as whole words."""
    venues = {row["name"]: row["code"].lower() for _, row in tsv_rows("venues.tsv")}
    names = "|".join(regex.escape(n) for n in sorted(venues, key=len, reverse=True))
    return venues, regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{names})(?![\p{{L}}\p{{N}}])")


def _venue_country(name: str, gazetteer: Gazetteer) -> Entity | None:
    """The country of a venue that is no city ("Bürgenstock"), where kg/data/venues.tsv lists it."""
    code = _venues()[0].get(name)
    return gazetteer.entity("country", code) if code else None


def venue_in(texts: list[str], gazetteer: Gazetteer) -> tuple[Entity, str] | None:
    """The country of the first listed venue the texts name ("… auf dem Bürgenstock"), or None."""
    venues, pattern = _venues()
    for text in texts:
        match = pattern.search(text)
        country = gazetteer.entity("country", venues[match.group(0)]) if match else None
        if country:
            return country, match.group(0)
    return None


def _country_not_capital(name: str, city: Entity, country: Entity, gazetteer: Gazetteer) -> bool:
    """Whether a name of both is the country's: one of its names in some language ("México",
    "Kuwait", "Panama"), which GeoNames gives its own city too (Mexico City), when that city does not
    share the country's name (Singapore, Djibouti, Luxembourg do). Not a name of a city of another
    country ("Guadalupe"), nor an alternative spelling ("San Salvador" for El Salvador)."""
    folded = name.casefold()
    return (city.country == country.ident and any(text.casefold() == folded for _, text in country.labels)
            and gazetteer.lookup(city.name, ("country",)) != country)


def city_landmark(text: str, mention: Mention, gazetteer: Gazetteer) -> bool:
    """Whether an organisation's mention is a city's namesake building: "the Kazan Kremlin",
    "в Казанском Кремле", "Nizhny Novgorod Kremlin" (not "the Moscow Kremlin", nor "the Kremlin")."""
    if mention.kind != "org" or not _KREMLIN.fullmatch(mention.surface):
        return False
    before = text[max(0, mention.start - 60) : mention.start]
    if _PLACE_ADJECTIVE.search(before):
        return True
    words = _BEFORE.search(before)
    names = words.group(0).split() if words else []
    return any((city := gazetteer.city(" ".join(names[i:]))) and city.same_as != _moscow(gazetteer)
               for i in range(len(names)))


def _moscow(gazetteer: Gazetteer) -> tuple[str, ...]:
    return gazetteer.city("Moscow").same_as
