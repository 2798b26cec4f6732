"""A date grammar for channel posts: "September 2, 2024", "10–13 September 2023", "February 21-22",
"le 9 septembre 2024", "4 ноября", "30 September – 2 October 2024", "2024-09-02", "02.09.2024",
"5 de mayo de 2024", "1º de maio de 2024", "5. Mai 2024", "5.–6. Mai", "the 30th of August".

Month names and their abbreviations come from CLDR through babel, in every language listed in
``_LANGUAGES`` (both the standalone and the "format" forms, so Russian genitives such as "ноября"
are there). A found date may lack its year; :mod:`kg.extract.years` infers it later.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date

import regex

from kg.extract.arabic import ARABIC_LETTERS
from kg.extract.chinese import HAN_CHARACTERS
from kg.extract.daywords import table
from kg.textutil import has_digit

_DIGITS = regex.compile(r"\d+")

_LANGUAGES = ("en", "fr", "ru", "de", "es", "it", "pt", "uk", "hi", "tr", "id", "sr", "sr_Latn", "pl", "nl")


@dataclass(frozen=True)
class FoundDate:
    """A date as written: the year may be missing; ``end`` closes a range."""

    month: int
    day: int
    year: int | None
    end_month: int | None = None
    end_day: int | None = None
    end_year: int | None = None
    start: int = 0
    end: int = 0

    def resolve(self, year: int) -> tuple[date | None, date | None]:
        """The start and end dates in a year (the end's year follows: Dec 30 – Jan 2 crosses it)."""
        first = _safe_date(self.year or year, self.month, self.day)
        last = None
        if self.end_day is not None:
            end_year = self.end_year or (self.year or year)
            end_month = self.end_month or self.month
            if self.end_year is None and end_month < self.month:
                end_year += 1
            last = _safe_date(end_year, end_month, self.end_day)
            if first and last and last < first:
                last = None
        return first, last


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _names_in(language: str) -> dict[str, int]:
    from babel.dates import get_month_names

    names: dict[str, int] = {}
    # Polish abbreviations ("lip", "sie", "lis") are words of other languages, and dates write months in full
    for width in ("wide",) if language == "pl" else ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for number, name in get_month_names(width, context, language).items():
                name = name.casefold().rstrip(".")
                if len(name) >= 3:
                    names.setdefault(name, number)
                    if language.startswith("sr") and width == "wide":  # CLDR has the nominative only
                        names.setdefault(_serbian_genitive(name), number)
    return names


def _serbian_genitive(month: str) -> str:
    """A Serbian month's genitive, as a date writes it ("21. октобра 2025."): "октобар" -> "октобра"
    (its fleeting a), "март" -> "марта", "мај" -> "маја"."""
    cyrillic = "\u0400" <= month[-1] <= "\u04ff"
    return month[:-2] + month[-1] + month[-2] if month.endswith(("бар", "bar")) else month + ("а" if cyrillic else "a")


@functools.lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    names: dict[str, int] = {}
    for language in _LANGUAGES:
        for name, number in _names_in(language).items():
            names.setdefault(name, number)
    for extra, number in (("sept", 9), ("sep", 9), ("febr", 2), ("setiembre", 9)):
        names.setdefault(extra, number)
    return names


# Languages that write a day as an ordinal number with a dot: German "5. Mai 2024", "5.–6. Mai",
# Serbian "21. октобар 2025.", "21. oktobra".
_DOTTED_DAY_LANGUAGES = ("de", "sr", "sr_Latn")

# Words between the two days of a range ("5 y 6 de mayo", "5. bis 6. Mai", "du 5 au 7 mai", "5 и 6 ноября",
# "od 3. do 5. decembra", "8 hingga 10 November", "24 en 25 juni", "van 3 tot 5 maart").
_RANGE_WORDS = ("to", "and", "au", "et", "по", "и", "bis", "und", "al", "a", "y", "e", "до", "do", "hingga", "sampai", "en", "tot")


# Month abbreviations that are also words of English or French ("2 out of 3", "5 set pieces", "sold out 5
# times"; French "des", Indonesian's December: "les ministres des 27 États membres", "Conseil européen des 26 et 27
# juin"): a month only with their dot ("5 set.", "out. 5") or a year after them ("10 out 2024", "26 Des 2025").
_WORDS = frozenset({"ago", "avg", "des", "gen", "lug", "mag", "mar", "out", "set", "tem"})


def _any_month(names) -> str:
    """An alternation of month names, longest first, those in :data:`_WORDS` with the condition they need."""
    needs = r"(?=\.|\s+(?:de\s+)?(?:19|20)\d\d(?!\d))"
    return "|".join(regex.escape(n) + (needs if n in _WORDS else "") for n in sorted(names, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _weekdays() -> str:
    """The weekdays of kg/data/relative_days.tsv (every language's), as one alternation."""
    return "|".join(day for names in table()["weekdays"].values() for day in names.split())


@functools.lru_cache(maxsize=1)
def _grammar() -> regex.Pattern:
    m = rf"(?:{_any_month(_months())})\.?"
    dotted = rf"(?:{_any_month({n for lang in _DOTTED_DAY_LANGUAGES for n in _names_in(lang)})})\.?"
    d = r"(?:[0-3]?\d)(?:st|nd|rd|th|er|ᵉʳ|\.?º|°)?"
    y = r"(?:19|20)\d\d"
    # (a weekday may stand before the second day: "du lundi 3 au samedi 8 mars 2025", "del lunes 3 al sábado 8 de marzo")
    to = rf"(?:\s*[-–—‑]\s*|\s+(?:{'|'.join(_RANGE_WORDS)})\s+(?:(?:{_weekdays()})\s+)?)"
    # a day, then its month: "5 May", "5 de mayo", "30th of August"; a dotted day only before a
    # month of a language that writes it so ("5. Mai", but not a numbered list's "3. May we …"),
    # and never before a day ("2. April 8 …")
    # "the 30th of August", but not the city "6th of October City" (a capitalised word after it)
    day_month = (rf"(?:\s+(?:de\s+)?(?P<{{0}}>{m})|\s+of\s+(?P<{{0}}>{m})(?!\s+(?-i:\p{{{{Lu}}}}\p{{{{Ll}}}}))"
                 rf"|\.\s*(?P<{{0}}>{dotted})(?!\.?\s*[0-3]?\d(?!\d)))")
    year_tail = rf"(?:(?:,?\s*|\s+del?\s+)(?P<{{0}}>{y})(?:\s*(?:г\.|года|год|yılı|r\.(?!\w)|roku))?)"
    patterns = [
        # 30 September – 2 October 2024, 30. September – 2. Oktober 2024
        rf"(?P<d1>{d}){day_month.format('m1')}{to}(?P<d2>{d}){day_month.format('m2')}{year_tail.format('y2')}?",
        # September 30 – October 2, 2024
        rf"(?P<m3>{m})\s+(?P<d3>{d}){to}(?P<m4>{m})\s+(?P<d4>{d}){year_tail.format('y4')}?",
        # 10–13 September 2023, le 9 septembre 2024, 4 ноября, 5 y 6 de mayo de 2024, 5.–6. Mai 2024
        rf"(?P<d5>{d})(?:\.?{to}(?P<d6>{d}))?{day_month.format('m5')}{year_tail.format('y5')}?",
        # September 2, 2024; February 21-22; On September 20
        rf"(?P<m7>{m})\s+(?P<d7>{d})(?:{to}(?P<d8>{d}))?(?!\d){year_tail.format('y7')}?",
        # 2024-09-02
        rf"(?P<y9>{y})-(?P<n9>[01]\d)-(?P<d9>[0-3]\d)",
        # 02.09.2024
        rf"(?P<d10>[0-3]?\d)\.(?P<n10>[01]?\d)\.(?P<y10>{y})",
    ]
    # every date starts with a digit or a month name: a look-ahead for one of their first characters
    # fails at most places before the whole grammar is tried (the same matches, tests/test_scan_shortcuts.py;
    # find_dates of the 8,616 texts of 6,000 posts of the 10k export and copy: 0.31 -> 0.25 CPU s). A month
    # name (no white space in any, _lead() - 1 characters at most) and its dot are then white space and a
    # digit ("September 2", "Sept. 30"; m3, m7): a word start that is not so is left at once, where the
    # month names were all tried (_scan of the 11,077 texts of the 10k build 0.36 -> 0.23 CPU s); the
    # look-behind, true at fewer places, goes first
    firsts = regex.escape("".join(sorted({name[0] for name in _months()})))
    spaced = any(regex.search(r"\s", name) for name in _months())  # (none is: else only the first letter)
    starts = rf"(?=\d|[{firsts}]" + ("" if spaced else rf"\S{{0,{_lead() - 1}}}\s+\d") + ")"
    return regex.compile(
        r"(?<![\p{L}\p{N}])" + starts + "(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?![\p{L}\p{N}])",
        regex.IGNORECASE,
    )


# Every date the grammar reads starts with a digit, or with a month name (and a dot) right before
# the white space and the digit that follow it: a scan can skip to a little before the next digit.
_SPACED_DIGIT = regex.compile(r"\s*\d")


@functools.lru_cache(maxsize=1)
def _lead() -> int:
    """How far before its first digit (and the white space before that) a date can start."""
    return max(map(len, _months())) + 1


def _scan(text: str):
    """The grammar's matches, as its finditer finds them, without trying it at every character:
    a search starts a month name's length before the next digit (three times as fast on the lines
    of posts)."""
    grammar, lead, pos = _grammar(), _lead(), 0
    while digit := _SPACED_DIGIT.search(text, pos):
        match = grammar.search(text, max(pos, digit.start() - lead))
        if match is None:
            return
        yield match
        pos = match.end()


def _month(name: str | None) -> int | None:
    return _months().get(name.casefold().rstrip(".")) if name else None


def _int(text: str | None) -> int | None:
    return int(_DIGITS.match(text).group(0)) if text else None


@functools.lru_cache(maxsize=256)
def find_dates(text: str) -> tuple[FoundDate, ...]:
    """Every date written in a text, in order. (Cached: a post's title is read for its date and
    for the place before its date, and the grammar of every month name in eleven languages is slow.)"""
    found: list[FoundDate] = []
    if not has_digit(text):
        return ()
    for match in _scan(text):
        g = match.groupdict()
        if g["d1"]:
            parts = (_month(g["m1"]), _int(g["d1"]), None, _month(g["m2"]), _int(g["d2"]), _int(g["y2"]))
            parts = (parts[0], parts[1], _int(g["y2"]), parts[3], parts[4], None)
        elif g["m3"]:
            parts = (_month(g["m3"]), _int(g["d3"]), _int(g["y4"]), _month(g["m4"]), _int(g["d4"]), None)
        elif g["m5"]:
            parts = (_month(g["m5"]), _int(g["d5"]), _int(g["y5"]), None, _int(g["d6"]), None)
        elif g["m7"]:
            parts = (_month(g["m7"]), _int(g["d7"]), _int(g["y7"]), None, _int(g["d8"]), None)
        elif g["y9"]:
            parts = (_int(g["n9"]), _int(g["d9"]), _int(g["y9"]), None, None, None)
        else:
            parts = (_int(g["n10"]), _int(g["d10"]), _int(g["y10"]), None, None, None)
        month, day, year, end_month, end_day, end_year = parts
        if not month or not day or not 1 <= month <= 12 or not 1 <= day <= 31:
            continue
        if end_day is not None and not 1 <= end_day <= 31:
            end_day = end_month = None
        found.append(FoundDate(month, day, year, end_month, end_day, end_year, match.start(), match.end()))
    if _ARABIC_OR_HAN_LETTER.search(text):  # a cheap test: only Arabic and Chinese texts are read by their own grammars
        found = _other_scripts(text, found)
    if "/" in text:  # "24-25/06/2025" (kg/extract/slashdates.py)
        found = _slashed(text, found)
    return tuple(found)


# an Arabic letter or a Han character: kg/extract/arabic.py and chinese.py read the dates of such texts (the
# union of their own tests, arabic.ARABIC_LETTER and chinese.HAN, so that it lets through all they would read)
_ARABIC_OR_HAN_LETTER = regex.compile(rf"[{ARABIC_LETTERS}{HAN_CHARACTERS}]")


def _other_scripts(text: str, found: list[FoundDate]) -> list[FoundDate]:
    from kg.extract import arabic, chinese

    return _with(found, (arabic.find_dates(text) if arabic.ARABIC_LETTER.search(text) else []) + (
        chinese.find_dates(text) if chinese.HAN.search(text) else []))


def _slashed(text: str, found: list[FoundDate]) -> list[FoundDate]:
    from kg.extract import slashdates

    return _with(found, slashdates.find_dates(text))


def _with(found: list[FoundDate], more: list[FoundDate]) -> list[FoundDate]:
    """``found`` and those of ``more`` that overlap none of them, in the text's order."""
    more = [d for d in more if all(d.end <= f.start or d.start >= f.end for f in found)]
    return sorted(found + more, key=lambda d: d.start) if more else found
