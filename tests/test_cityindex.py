"""The city index is cached on disk across runs; the cached index is the built one, and a broken or
unwritable cache never breaks kg."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg import cityindex
from kg.citylookup import MIN_CITY_POPULATION as _MIN_CITY_POPULATION
from kg.citylookup import city_key as _city_key

RECIPE = Path(cityindex.__file__).read_bytes()


@pytest.fixture(scope="module")
def built() -> dict:
    return cityindex.build_city_index(_city_key, _MIN_CITY_POPULATION)


def test_the_cached_index_is_the_built_one_and_is_used(tmp_path, monkeypatch, built):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(cityindex, "build_city_index", lambda *a: built)
    assert cityindex.city_index(_city_key, _MIN_CITY_POPULATION, RECIPE) == built
    [saved] = tmp_path.glob("cities-*.marshal")

    def refuse(*args):
        raise AssertionError("built again although cached")

    monkeypatch.setattr(cityindex, "build_city_index", refuse)
    assert cityindex.city_index(_city_key, _MIN_CITY_POPULATION, RECIPE) == built
    assert built["moscow"][:3] == (524901, "Moscow", "RU")
    assert built["new delhi"][4] is True  # a capital beats the other cities of the name


def test_another_recipe_gets_its_own_cache(tmp_path, monkeypatch, built):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(cityindex, "build_city_index", lambda *a: built)
    cityindex.city_index(_city_key, _MIN_CITY_POPULATION, RECIPE)
    cityindex.city_index(_city_key, _MIN_CITY_POPULATION, RECIPE + b"changed normalisation")
    assert len(list(tmp_path.glob("cities-*.marshal"))) == 2


def test_a_damaged_cache_file_is_rebuilt(tmp_path, monkeypatch, built):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(cityindex, "build_city_index", lambda *a: built)
    cityindex.city_index(_city_key, _MIN_CITY_POPULATION, RECIPE)
    [saved] = tmp_path.glob("cities-*.marshal")
    saved.write_bytes(saved.read_bytes()[:1000])
    assert cityindex.city_index(_city_key, _MIN_CITY_POPULATION, RECIPE) == built
    assert len(saved.read_bytes()) > 1000


def test_an_unwritable_cache_directory_only_costs_time(tmp_path, monkeypatch, built):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("KG_CACHE_DIR", str(blocker / "kg"))
    monkeypatch.setattr(cityindex, "build_city_index", lambda *a: built)
    assert cityindex.city_index(_city_key, _MIN_CITY_POPULATION, RECIPE) == built


@pytest.mark.parametrize("name, city, country", [
    ("New Delhi", "New Delhi", "IN"),  # a capital first
    # a city's own name beats another city's alternate name ("Annapolis" is also one of Simão Dias's, a larger
    # town; "Porto" one of Bordeaux's, "Zaragoza" one of Tijuana's) ...
    ("Annapolis", "Annapolis", "US"),
    ("Porto", "Porto", "PT"),
    ("Zaragoza", "Zaragoza", "ES"),
    # ... unless the other city is ten times as large: a big city's other name
    ("St Petersburg", "Saint Petersburg", "RU"),
    # regression: a capital's alternate name beat another city's own name: "Delhi" was Dili, Timor-Leste
    ("Delhi", "Delhi", "IN"),
    ("Moscow", "Moscow", "RU"),  # both own names: the capital
    # a Chinese name GeoNames gives in traditional characters only is also read in simplified ones, as mainland
    # China writes it (tenth held-out set: "📍 纽约" was no place; GeoNames has "紐約")
    ("纽约", "New York City", "US"),
    ("紐約", "New York City", "US"),
])
def test_the_city_a_name_means(built, name, city, country):
    assert built[_city_key(name)][1:3] == (city, country)


@pytest.mark.parametrize("name, city", [
    # an alternate name in capitals that is no initials of the city's own name is an airport's or an agency's code, no
    # place (seventh held-out set: "at the DFA in Pasay City" was Shangluo, China, whose alternate names hold "DFA")
    ("DFA", None),
    ("MNL", None),
    ("BJS", None),
    # initials are the city's: "NYC", "KL", "HCMC"; and a city's "<Name> City" as GeoNames has it
    ("NYC", "New York City"),
    ("KL", "Kuala Lumpur"),
    ("HCMC", "Ho Chi Minh City"),
    ("Pasay City", "Pasay"),
])
def test_a_code_in_capitals_is_no_city(built, name, city):
    found = built.get(_city_key(name))
    assert (found[1] if found else None) == city
