"""Days a post names relative to its publication: "today", "on Tuesday", "hoy", "este martes",
"сегодня", "во вторник", "aujourd'hui", "heute".

A post that gives no date of its event but says it happened "today" or "on Tuesday" dates it from
its publication time (a Telegram export's; a plain-text copy has none): today is the day it was
published (in UTC: an export gives no time zone of the channel), yesterday the day before, a weekday
the last such day up to the publication ("on Tuesday" in a post of Wednesday is the day before),
or the next one after it where the sentence speaks of what is to come ("will meet on Friday" in a
post of Thursday is the day after). A weekday after "next", "prochain", "próximo" or "следующ…" is
not read.
"""
from __future__ import annotations

import functools
from datetime import date, timedelta

import regex

# words for "today" and "yesterday", by the days before the publication they mean
_DAYS_BACK = {
    0: ("today", "tonight", "this morning", "this afternoon", "this evening", "hoy", "esta mañana", "esta tarde",
        "aujourd['’]hui", "ce matin", "cet après-midi", "сегодня", "heute", "hoje"),
    1: ("yesterday", "ayer", "hier", "вчера", "gestern", "ontem"),
}
# weekdays, Monday first, as written after "on", "este/el", "ce/le", "в/во", "am"
_WEEKDAYS = {
    "en": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "ru": ("понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"),
    "de": ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
}
_WEEKDAY_LEADS = r"on|this|last|este|el|ce|le|в|во|am|diesen"
_NOT_PAST = r"next|coming|próximo|prochain|следующ\w*|nächsten"
# words before a weekday that put it ahead of the publication
_FUTURE = regex.compile(r"(?<![\p{L}\p{N}])(?:will|shall|is to|are to|to be|будет|будут|состоится|пройд[её]т"
                        r"|se celebrará|tendrá lugar|aura lieu|se tiendra|wird|werden)(?![\p{L}\p{N}])",
                        regex.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _pattern() -> regex.Pattern:
    days = "|".join(f"(?P<back{n}>{'|'.join(words)})" for n, words in _DAYS_BACK.items())
    names = "|".join(name for names in _WEEKDAYS.values() for name in names)
    weekday = rf"(?:(?P<lead>{_WEEKDAY_LEADS})\s+)(?:(?P<future>{_NOT_PAST})\s+)?(?P<weekday>{names})"
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{days}|{weekday})(?![\p{{L}}\p{{N}}])", regex.IGNORECASE)


def _weekday_number(name: str) -> int:
    name = name.casefold()
    return next(names.index(name) for names in _WEEKDAYS.values() if name in names)


def relative_day(texts: list[str], published: date) -> date | None:
    """The day the first relative word of ``texts`` names, counted from ``published``."""
    pattern = _pattern()
    for text in texts:
        for match in pattern.finditer(text):
            if match.group("weekday"):
                if match.group("future"):
                    continue
                weekday = _weekday_number(match.group("weekday"))
                if _FUTURE.search(text, 0, match.start()):
                    return published + timedelta(days=(weekday - published.weekday() - 1) % 7 + 1)
                return published - timedelta(days=(published.weekday() - weekday) % 7)
            for n in _DAYS_BACK:
                if match.group(f"back{n}"):
                    return published - timedelta(days=n)
    return None
