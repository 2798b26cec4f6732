"""Days a post names relative to its publication: "today", "on Tuesday", "hoy", "este martes",
"сегодня", "во вторник", "aujourd'hui", "heute", "hoje", "oggi"; "today and tomorrow", "heute und morgen"
as two days (the words: kg/data/relative_days.tsv).

A post that gives no date of its event but says it happened "today" or "on Tuesday" dates it from
its publication time (a Telegram export's; a plain-text copy has none): today is the day it was
published where it was written (:func:`local_day` reads that day on the clock
of the channel's country, or of the city the post happens in, else in UTC; an export gives no time
zone of the channel), yesterday the day before, a weekday
the last such day up to the publication ("on Tuesday" in a post of Wednesday is the day before),
or the next one after it where the sentence speaks of what is to come ("will meet on Friday" in a
post of Thursday is the day after). A weekday after "next", "prochain", "próximo" or "следующ…" is
not read.
"""
from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import regex

from kg.cues import fold
from kg.extract.dates import FoundDate, find_dates
from kg.extract.daywords import table
from kg.gazetteer import Gazetteer
from kg.literals import prefilter
from kg.models import Entity

_BACK = {"today": 0, "yesterday": 1, "daybefore": 2}  # days before the publication each kind means
# (a Han character is no edge: Chinese writes no spaces, "今天，驻俄罗斯大使…", "…于今天举行")
_WORD_EDGE = (r"(?<![^\P{L}\p{Han}]|\p{N})", r"(?![^\P{L}\p{Han}]|\p{N})")


def _either(kind: str) -> str:
    return "|".join(table()[kind].values())


@functools.lru_cache(maxsize=1)
def _pattern() -> regex.Pattern:
    days = "|".join(f"(?P<{kind}>{_either(kind)})" for kind in _BACK)
    by_day = zip(*(names.split() for names in table()["weekdays"].values()))
    names = "|".join(f"(?P<day{n}>{'|'.join(day)})" for n, day in enumerate(by_day))
    weekday = rf"(?:(?:{_either('lead')})\s+)(?:(?P<next>{_either('next')})\s+)?(?:{names})"
    if table()["after"]:  # "Salı günü": a weekday read before its word, without a lead (not after "next": "önümüzdeki")
        weekday += rf"|(?<!(?:{_either('next')})\s+)(?P<bare>{names})(?=\s+(?:{_either('after')}))"
    before, after = _WORD_EDGE
    two = f"(?P<two>{_either('two')})"  # before "today", which it begins with
    return regex.compile(rf"{before}(?:{two}|{days}|{weekday}){after}", regex.IGNORECASE)


# a weekday's written date right after it: "el domingo 16 de noviembre", "on Sunday, 16 November", "в воскресенье,
# 16 ноября", "on Sunday, November 16" (a month's name, then the day)
_DATE_AFTER = regex.compile(r",?\s+(?:[0-3]?\d(?!\d)|\p{L}+\.?\s+[0-3]?\d(?!\d))")


def _written(text: str, end: int, published: date) -> date | None:
    """The written date right after a weekday that ends at ``end`` (its year, where not written, the one
    that puts it nearest ``published``), or None."""
    if not _DATE_AFTER.match(text, end):
        return None
    after = text[end : end + 40].lstrip(" ,")
    found = find_dates(after)
    if not found or found[0].start:
        return None
    years = (found[0].year,) if found[0].year else (published.year - 1, published.year, published.year + 1)
    days = [d for d in (found[0].resolve(year)[0] for year in years) if d]
    return min(days, key=lambda d: abs((d - published).days), default=None)


@functools.lru_cache(maxsize=1)
def future_words() -> regex.Pattern:
    """The words of every language that put what follows them ahead ("will", "состоится", "representará")."""
    before, after = _WORD_EDGE
    return regex.compile(rf"{before}(?:{_either('future')}){after}", regex.IGNORECASE)


def relative_day(texts: list[str], published: date) -> tuple[date, date | None] | None:
    """The day the first relative word of ``texts`` names, counted from ``published``, and the last
    day where it names two ("today and tomorrow")."""
    pattern, needs = _pattern(), _needs()
    for text in texts:
        if needs is not None and needs(fold(text)) is None:
            continue  # none of the strings a relative word needs (nearly every text)
        for match in pattern.finditer(text):
            if match.group("two"):
                return published, published + timedelta(days=1)
            weekday = next((n for n in range(7) if match.group(f"day{n}")), None)
            if weekday is not None:
                if match.group("next"):
                    continue
                written = _written(text, match.end(), published)
                if written:  # "el domingo 16 de noviembre", "on Sunday, 16 November": the written date says which
                    return written, None
                # (a language that reads a weekday before its word puts the verb last: "Cuma günü görüşecek")
                if future_words().search(text, 0, len(text) if match.group("bare") else match.start()):
                    return published + timedelta(days=(weekday - published.weekday() - 1) % 7 + 1), None
                return published - timedelta(days=(published.weekday() - weekday) % 7), None
            return published - timedelta(days=next(n for kind, n in _BACK.items() if match.group(kind))), None
    return None


@functools.lru_cache(maxsize=1)
def _needs() -> Callable[[str], object] | None:
    """The search of a text's fold (kg.cues.fold) for the strings one of which every match of
    :func:`_pattern` has (kg.literals; None: not known): a text where it finds none is not searched
    (relative_day's 1,213 calls in the 10k build 0.155 -> 0.012 CPU s)."""
    return prefilter(_pattern().pattern, fold)


@functools.lru_cache(maxsize=1)
def _dateline() -> regex.Pattern:
    """A dateline that gives the weekday and the day and month in digits, no year: "Kazan, Kamis
    (24/10) –", "Beijing, Senin (21/4) –" (Indonesia's foreign ministry writes them so)."""
    by_day = zip(*(names.split() for names in table()["weekdays"].values()))
    names = "|".join(f"(?P<day{n}>{'|'.join(day)})" for n, day in enumerate(by_day))
    return regex.compile(rf"\s*(?-i:\p{{Lu}})[\p{{L}}\p{{M}}'’. -]{{0,40}}?,\s*(?:{names})\s*"
                         r"\((?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)\)", regex.IGNORECASE)


def dateline_day(lines: list[str], published: date | None) -> FoundDate | None:
    """The day a dateline of a weekday and a day and month in digits names (its year left to
    :mod:`kg.extract.years`): day/month, or month/day where only that falls on the weekday in the
    year nearest the publication; a dateline whose weekday neither does is none."""
    for line in lines:
        match = _dateline().match(line)
        if not match:
            continue
        weekday = next(n for n in range(7) if match.group(f"day{n}"))
        first, second = int(match.group("first")), int(match.group("second"))
        for day, month in ((first, second), (second, first)):
            if not 1 <= month <= 12 or not 1 <= day <= 31:
                continue
            if published is not None:
                days = [_day(year, month, day) for year in (published.year - 1, published.year, published.year + 1)]
                nearest = min(filter(None, days), key=lambda d: abs((d - published).days), default=None)
                if nearest is None or nearest.weekday() != weekday:
                    continue
            return FoundDate(month, day, None, start=match.start("first") - 1, end=match.end())
        return None
    return None


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def local_day(published: datetime, own: str | None, place: tuple[Entity, str] | None, gz: Gazetteer) -> date:
    """The day a post was published where it was written, which its "today" means: on the clock of
    the channel's country's capital, where kg knows the channel's country; else on that of the city
    the post says it happens in ("Speaking to reporters in New York today", UN News at 20:10 in New
    York, 00:10 UTC the next day); else in UTC (an export gives no time zone of the channel)."""
    zone = gz.country_zone(own) if own else None
    if zone is None and place is not None and place[0].kind == "place":
        zone = gz.city_zone(place[0].ident)
    if zone is None or published.tzinfo is None:
        return published.date()
    try:
        return published.astimezone(_zone(zone)).date()
    except (ZoneInfoNotFoundError, ValueError):
        return published.date()


@functools.lru_cache(maxsize=512)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)
