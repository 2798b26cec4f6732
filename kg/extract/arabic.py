"""Arabic: the dates of Arabic posts (kg/extract/dates.py asks only for a text with Arabic letters).

Gregorian dates as the Gulf and Egypt write them ("18 فبراير 2025م", "١٠ مايو ٢٠٢٥م") and as the Levant
does ("5 أيار 2024"), in Western or Arabic-Indic digits, the year with or without its "م" (of the Christian
era); ranges "يومي 28 و29 يوليو", "من 5 إلى 7 مايو". A Hijri date with its year ("الثلاثاء 15 ذو القعدة
1446هـ") is its Gregorian day by the Umm al-Qura calendar (Saudi Arabia's; the ``hijridate`` package's tables,
1343-1500 AH), unless the Gregorian day is written beside it ("19 شعبان 1446هـ الموافق 18 فبراير 2025م",
"١٢ ذو القعدة ١٤٤٦هـ / ١٠ مايو ٢٠٢٥م"): then that is the date, read once.
"""
from __future__ import annotations

import functools

import regex

# Gregorian months: the Egyptian and Gulf names (CLDR's "ar") with their other spellings, and the Levantine ones ("ar_LB")
_MONTHS = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
    "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11,
    "ديسمبر": 12,
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "اذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5, "حزيران": 6, "تموز": 7,
    "آب": 8, "اب": 8, "أيلول": 9, "ايلول": 9, "تشرين الأول": 10, "تشرين الاول": 10, "تشرين الثاني": 11,
    "كانون الأول": 12, "كانون الاول": 12,
}
ARABIC_LETTERS = "\u0620-\u064A"  # the letters of Arabic (not Persian's or Urdu's own)
ARABIC_LETTER = regex.compile(f"[{ARABIC_LETTERS}]")


@functools.lru_cache(maxsize=1)
def _grammar() -> regex.Pattern:
    months = "|".join(regex.escape(m) for m in sorted(_MONTHS, key=len, reverse=True))
    day = r"(?:\d{1,2})"  # Western or Arabic-Indic digits (int() reads both)
    # "28 و29", "28-29", "من 5 إلى 7", "5 حتى 7"
    to = r"(?:\s*[-–]\s*|\s+و\s*|\s+(?:إلى|الى|حتى)\s+)"
    return regex.compile(rf"(?<![\p{{N}}])(?P<d1>{day})(?:{to}(?P<d2>{day}))?\s+(?:من\s+)?(?P<m>{months})(?![\p{{L}}])"
                         rf"(?:\s+(?:(?:عام|سنة)\s+)?(?P<y>\d{{4}})(?!\d)\s*(?:م(?![\p{{L}}])|ميلادي(?:ة)?)?)?")


# the nouns a name holding a day and month begins with: a movement, a revolution, a street, a square, a city, a bridge
# ("حركة 23 مارس", "ثورة 25 يناير", "شارع 26 يوليو", "ميدان 6 أكتوبر", "مدينة 6 أكتوبر", "كوبري 15 مايو")
_NAMED_AFTER = regex.compile(r"(?<![\p{L}\p{M}])[وب]?(?:ال)?(?:حركة|ثورة|شارع|ميدان|مدينة|جسر|كوبري|محور|انتفاضة)\s+$")


def find_dates(text: str) -> list:
    """The Gregorian dates of an Arabic text, as :class:`kg.extract.dates.FoundDate`."""
    from kg.extract.dates import FoundDate

    found = []
    for match in _grammar().finditer(text):
        day, month = int(match["d1"]), _MONTHS[match["m"]]
        end = int(match["d2"]) if match["d2"] else None
        year = int(match["y"]) if match["y"] else None
        if year is not None and not 1900 <= year < 2100:
            continue
        if not 1 <= day <= 31 or (end is not None and not day < end <= 31):
            continue
        if year is None and _NAMED_AFTER.search(text, max(0, match.start() - 20), match.start()):
            continue  # a name that holds a date: "حركة 23 مارس" (the M23), "ثورة 30 يونيو", "مدينة 6 أكتوبر"
        found.append(FoundDate(month, day, year, None, end, None, match.start(), match.end()))
    hijri = hijri_dates(text, found)
    return sorted(found + hijri, key=lambda d: d.start) if hijri else found


# a Hijri date, which a post may write alone or before or beside the Gregorian one: "١٢ ذو القعدة ١٤٤٦هـ"
_HIJRI_MONTHS = {
    "محرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الاول": 3, "ربيع الآخر": 4, "ربيع الثاني": 4, "جمادى الأولى": 5,
    "جمادى الاولى": 5, "جمادى الآخرة": 6, "جمادى الثانية": 6, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
    "ذو القعدة": 11, "ذي القعدة": 11, "ذو الحجة": 12, "ذي الحجة": 12,
}
_HIJRI = regex.compile(r"(?<![\p{N}])(?P<d>\d{1,2})\s+(?P<m>"
                       + "|".join(sorted(map(regex.escape, _HIJRI_MONTHS), key=len, reverse=True))
                       + r")\s+(?P<y>\d{4})\s*(?:هـ|ه)?(?![\p{L}\p{M}])")
# what stands between a Hijri date and the Gregorian one written beside it: "الموافق", a slash, a comma
_BESIDE = regex.compile(r"[\s/،,()\-–]*(?:الموافق|ويوافق|الموافقة)?[\s/،,()\-–:]*")


def hijri_dates(text: str, gregorian: list) -> list:
    """The Hijri dates of a text with their year, as the Gregorian :class:`kg.extract.dates.FoundDate` of their
    day, but those written beside a Gregorian date (one of ``gregorian``, just before or after)."""
    from hijridate import Hijri

    from kg.extract.dates import FoundDate

    found = []
    for match in _HIJRI.finditer(text):
        if any(_BESIDE.fullmatch(text, match.end(), g.start) or _BESIDE.fullmatch(text, g.end, match.start())
               for g in gregorian):
            continue
        try:
            day = Hijri(int(match["y"]), _HIJRI_MONTHS[match["m"]], int(match["d"])).to_gregorian()
        except (ValueError, OverflowError):  # no such day, or a year outside the tables
            continue
        found.append(FoundDate(day.month, day.day, day.year, None, None, None, match.start(), match.end()))
    return found


_WEEKDAYS = "الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت"
# a dateline's lead, before its date: a city of one or two words, a comma, perhaps the weekday ("بغداد، السبت 17 أيار
# 2025 –", "الجزائر، 12 يناير 2025 –"); with no comma, the date must be followed by the dateline's dash ("عمّان 27 تموز –")
DATELINE_LEAD = regex.compile(rf"(?P<place>[{ARABIC_LETTERS}ّ]+(?:\s[{ARABIC_LETTERS}ّ]+)?)\s*(?P<comma>[،,]\s*)?"
                              rf"(?:(?:يوم\s+)?(?:{_WEEKDAYS})\s*[،,]?\s*)?")
_DASH = regex.compile(r"\s*[–—-]")


def dateline_place(line: str) -> str | None:
    """The place of a dateline that opens ``line``, or None: "بغداد" of "بغداد، السبت 17 أيار 2025 – عقد …"."""
    dates = find_dates(line[:120]) if ARABIC_LETTER.search(line, 0, 40) else []
    if not dates:
        return None
    lead = DATELINE_LEAD.fullmatch(line[: dates[0].start].strip())
    if lead and (lead.group("comma") or _DASH.match(line, dates[0].end)):
        return lead.group("place")
    return None


def closing_date(lines: list[str]):
    """The full Gregorian date a statement's last line is, alone or beside its Hijri date ("١٢ ذو القعدة ١٤٤٦هـ" /
    "١٠ مايو ٢٠٢٥م", "١٢ ذو القعدة ١٤٤٦هـ الموافق ١٠ مايو ٢٠٢٥م"), or None."""
    if len(lines) < 3 or len(lines[-1]) > 80:
        return None
    line = lines[-1]
    dates = find_dates(line)
    if len(dates) != 1 or dates[0].year is None:
        return None
    rest = _HIJRI.sub("", line[: dates[0].start] + line[dates[0].end :]).replace("الموافق", "")
    return dates[0] if not rest.strip(" /-–،,.") else None
