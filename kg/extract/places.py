"""Where an event happened: the 📍 line, the title's parenthesis or dateline, or a sentence.

"📍 New York, July 17, 2024", "(Moscow, September 2, 2024)", "…, Minsk, October 31, 2024",
"held talks in Moscow", "Beijing hosted talks", "took part in … in Rio de Janeiro",
"welcome you to Nizhny Novgorod". A 📍 that is a bullet ("📍FYI: …") names no place.
"""
from __future__ import annotations

import regex

from kg.extract.dates import find_dates
from kg.gazetteer import Gazetteer
from kg.models import Entity

_PIN = regex.compile(r"^\s*📍\s*(?P<place>[^,:\n]{2,60}?)\s*(?:,|$)")
_PAREN = regex.compile(r"\((?P<place>[^(),]{2,60}),\s*[^()]*\b(?:19|20)\d\d\s*\)")
_CAPS = r"\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:de|do|da|al|el|upon|on|am)?\s*\p{Lu}[\p{L}\p{M}'’.-]*){0,3}"
# a city named only in running text must be large: "at the Summit" is not Summit, New Jersey
_SENTENCE_CITY = 100_000
_SENTENCES = [
    regex.compile(rf"\b(?:in|at|to|arrives? in|arrived in|visit to|welcome you to)\s+(?:the\s+)?(?P<place>{_CAPS})"),
    regex.compile(rf"(?P<place>{_CAPS})\s+(?:hosted|will host|hosts)\b"),
    regex.compile(rf"\b(?:à|en|au|в|во)\s+(?P<place>{_CAPS})"),
]


def find_location(title: str, lines: list[str], gazetteer: Gazetteer) -> tuple[Entity, str] | None:
    """The place of the event and the words that named it, or None."""
    for line in lines[:6]:
        match = _PIN.match(line)
        if match:
            place = _place(match.group("place"), gazetteer)
            if place:
                return place, match.group("place")
    for match in _PAREN.finditer(title):
        place = _place(match.group("place"), gazetteer)
        if place:
            return place, match.group("place")
    dates = find_dates(title)
    if dates:  # "…'s remarks at …, Minsk, October 31, 2024"
        before = title[: dates[0].start].rstrip(" ,(")
        match = regex.search(rf",\s*(?P<place>{_CAPS})$", before)
        if match:
            place = _place(match.group("place"), gazetteer)
            if place:
                return place, match.group("place")
    first = lines[1] if len(lines) > 1 else ""
    for text in (title, _first_sentence(first)):
        for pattern in _SENTENCES:
            for match in pattern.finditer(text):
                words = match.group("place").split()
                for n in range(len(words), 0, -1):  # "Rio de Janeiro, the first…" -> longest known prefix
                    name = " ".join(words[:n]).rstrip(".,")
                    place = _place(name, gazetteer, min_population=_SENTENCE_CITY)
                    if place:
                        return place, name
    return None


def _place(name: str, gazetteer: Gazetteer, min_population: int = 0) -> Entity | None:
    name = name.strip(" .,;:–-")
    if not name or len(name) < 2:
        return None
    city = gazetteer.city(name, min_population)
    if city:
        return city
    country = gazetteer.lookup(name, ("country",))
    return country


def _first_sentence(line: str) -> str:
    return regex.split(r"(?<=[.!?])\s", line, maxsplit=1)[0]
