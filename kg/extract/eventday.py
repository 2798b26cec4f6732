"""The day of a post's event, from where posts put it: the title's parenthesis, a 📍 line, the title, a
first sentence that opens or ends with the date, a dateline, a header line that is a date, a press
release's closing place and date. Not the dates that are someone else's: the day an anniversary counts
from, a holiday's day, a deadline, another event's ("after the attack of 7 October").
"""
from __future__ import annotations

import functools
from dataclasses import replace

import regex

from kg import cues
from kg.extract import arabic
from kg.extract.dates import FoundDate, find_dates
from kg.extract.placenames import DATELINE_PLACE, DATELINE_PROVINCE, place_named
from kg.extract.daywords import table
from kg.gazetteer import Gazetteer
from kg.literals import required
from kg.models import Entity
from kg.textutil import first_sentence

_PARENTHESES = regex.compile(r"\(([^()]*)\)")
_LEADING_PUNCTUATION = regex.compile(r"^[\W_]*")
# the words before a date that opens a sentence: "On 5 May", "On the morning of 5 May", "Le 5 mai", "Les 10
# et 11 février", "В", "El 5 de mayo", "Em 5 de maio", "Am 5. Mai"; a dateline, its place in capitals or in
# title case: "MOSCOW, March 12.", "Астана, 20 мая 2024 года –", "Нью-Йорк, 24 сентября"; "today" and its date:
# "Effective today, Sunday 21 September 2025, …"; a range's "Los días 10 y 11 de octubre"
_DATELINE_LEAD = regex.compile(r"(?:On|On the|On the (?:morning|afternoon|evening|night) of|From|Le|Les|Du|В|El|Del|Em"
                               r"|Los días|El día|Entre el|Entre los días|Os dias|Nos dias|Entre os dias"
                               r"|(?i:(?:effective )?(?:today|hoje|hoy|aujourd['’]hui|heute|сегодня)),?(?: \p{L}+,?)?"
                               r"|No dia|De|Am|Vom|当地时间|北京时间|(?-i:" + DATELINE_PLACE + ")" + DATELINE_PROVINCE + ","
                               r"(?:\s*(?-i:\p{Lu}[\p{Ll}\p{M}'’]+(?:[ -]\p{Lu}[\p{Ll}\p{M}'’]+){0,2}),){0,2}(?:\s*(?:le|les|el|los|du|o|os))?)?\s*")
# (a dateline's place may be a city and where in it: "Москва, Кремль, 22 сентября 2025 года"; its province: "Abuja
# (Nigeria), les 19 et 20 juin 2025 –"; an article before the date: "Séville, le 30 juin 2025 –")
# Chinese "local time" and "Beijing time" before the date, run on to it: "当地时间2025年5月8日，…" (Xinhua's and China's UN
# mission's way to open a sentence)
# an Arabic date after its weekday in the first sentence: "عقد الوزير، يوم الثلاثاء ٩ سبتمبر ٢٠٢٥ بالقاهرة، مؤتمراً
# صحفياً" (not one a validity or a deadline counts from: "اعتباراً من يوم الأحد ١٩ يناير", "حتى يوم …")
_AR_ON_WEEKDAY = regex.compile(r"(?:(?<![\p{L}\p{M}])(?P<before>\p{L}+)\s+)?يوم\s+ال(?:أحد|اثنين|إثنين|ثلاثاء|أربعاء|خميس"
                               r"|جمعة|سبت)\s*،?\s*$")
_AR_NOT_ON = frozenset("من منذ حتى قبل بعد إلى الى اعتبارا اعتباراً".split())
# a date an anniversary counts from, not the day of the event: "76 years ago, on December 10, 1948", "Il y a
# 76 ans, le 10 décembre 1948", "33 года назад, 16 декабря 1991 года", "vor 35 Jahren", "hace 65 años"
_YEARS_AGO = regex.compile(r"(?<![\p{L}\p{N}])(?:\p{N}+|\p{L}+)[\s-]+(?:years?|лет|года?)\s+(?:ago|назад)(?![\p{L}\p{N}])"
                           r"|(?<![\p{L}\p{N}])(?:il y a \p{N}+ ans|vor \p{N}+ Jahren|hace \p{N}+ años|há \p{N}+ anos)"
                           r"(?![\p{L}\p{N}])", regex.IGNORECASE)
# strings one of which (folded) every match has: 'ago', 'назад', 'il y a ' … (kg.literals)
_YEARS_AGO_LITERALS = required(_YEARS_AGO.pattern, cues.fold)


def years_ago(text: str, pos: int = 0, endpos: int | None = None, match: bool = False) -> bool:
    """Whether _YEARS_AGO is in text[pos:endpos] (or starts it, with ``match``). Its literals are
    looked for in the fold first: the search tries the pattern at every letter of the text, ten
    times the cost (a title's, 19 µs), and nearly no text has one."""
    endpos = len(text) if endpos is None else endpos
    folded = cues.fold(text[pos:endpos])
    if _YEARS_AGO_LITERALS is not None and not any(s in folded for s in _YEARS_AGO_LITERALS):
        return False
    return bool((_YEARS_AGO.match if match else _YEARS_AGO.search)(text, pos, endpos))


# a deadline, not the day of an event: "… продлен до 31 декабря 2025 г.", "valid until 30 June 2025"
_UNTIL = regex.compile(r"(?<![\p{L}\p{N}])(?i:until|till|by|before|through|до|jusqu['’]?(?:au|à)|avant|bis|hasta|até|fino al|entro il)\s+$")
# a date that ends a sentence as another event's: "… on the situation in Mozambique following the general elections
# of 9 October 2024" (the call was "yesterday"), "… since the attack of 7 October 2023", "… tras las elecciones del 28 de julio"
_OF_ANOTHER = frozenset("of following since after de del du des tras desde depuis seit от после".split())
# a date's "(local time)" ("… in Washington, D.C. on July 31 (local time).")
_LOCAL_TIME = regex.compile(r"^\s*\((?i:local time|heure locale|hora local|horário local|ora locale|Ortszeit|по местному времени)\)")
# a participle clause after a date that ends its sentence's account of the event: "… in Vientiane, on 25 July 2024,
# chaired by the Foreign Minister of Laos", "…, el 3 de mayo, presidida por …", "…, le 3 mai, présidée par …"
_CLAUSE_AFTER = regex.compile(r"\s*,\s*(?:\p{Ll}+(?:ed|ing)|co-chaired|under|presidid[oa]s?|encabezad[oa]s?|organizad[oa]s?"
                              r"|convocad[oa]s?|présidée?s?|organisée?s?|под)\s")
# a date of another event the sentence names, not of the post's: "on the incident of 17 June near …", "after the attack of
# 7 October", "las elecciones del 28 de julio", "l'attentat du 7 janvier", "der Anschlag vom 19. Dezember", "теракта 22 марта"
_OF_AN_EVENT = regex.compile(r"(?<![\p{L}])(?i:incidents?|attacks?|strikes?|bombings?|explosions?|earthquake|crash|tragedy|massacre"
                             r"|elections?|coup|invasion|incidente|ataques?|atentados?|bombardeos?|explosión|terremoto|sismo|tragedia"
                             r"|masacre|elecciones|comicios|golpe|attaque|attentat|frappes?|séisme|tragédie|élections?|scrutin"
                             r"|explosão|tragédia|eleições|Vorfall\p{L}*|Angriff\p{L}*|Anschlag\p{L}*|Erdbeben\p{L}*|Wahl(?:en)?"
                             r"|attacco|attentato|elezioni|инцидент\p{L}*|нападени\p{L}*|атак\p{L}*|теракт\p{L}*|удар\p{L}*"
                             r"|взрыв\p{L}*|землетрясени\p{L}*|трагеди\p{L}*|выбор\p{L}*)"
                             r"\s+(?:(?i:of|on|del?|du|d[oa]|vom|am|от|di|dell['’])\s*)?(?:(?i:the|la|le)\s+)?$",
                             regex.REVERSE)  # (searched backwards from the date: only where it ends can it match)


@functools.lru_cache(maxsize=1)
def _weekday_lead() -> regex.Pattern:
    """A weekday, after the word a language puts before it, opening a sentence right before its date: "On Saturday,",
    "У суботу,", "Le samedi", "El sábado", "Am Samstag, dem" (the weekdays and lead words of kg/data/relative_days.tsv)."""
    words = table()
    leads = "|".join(words["lead"].values())
    days = "|".join(day for names in words["weekdays"].values() for day in names.split())
    return regex.compile(rf"(?i:(?:(?:{leads})\s+)?(?:{days})(?:,\s*|\s+)(?:(?:the|le|el|dem|den|il|o)\s+)?)")


# the Turkish (and Azerbaijani) locative after a date, "on" that day: "14 Mayıs'ta", "3 Haziran'da", "5 iyun'da"
_ON_THE_DAY = regex.compile(r"['’](?:d|t)[ae](?!\p{L})")
# words saying how long an event lasts, then its range: "продлится с 31 августа по 3 сентября", "will last from 3 to 5 May",
# "durera du 3 au 5 mai", "durará del 3 al 5 de mayo", "dauert vom 3. bis 5. Mai"
_LASTING = r"продлится|продлятся|продлился|продлилась|will last|lasting|lasts|durera|durará|durerà|dauert|dauern"
_LASTS_WORDS = regex.compile(rf"(?i){_LASTING}")  # (searched first: the dates of a line are read only where it has one)
_LASTS = regex.compile(rf"(?i)(?:{_LASTING})[^.;:!?\n]{{0,25}}$")


def event_date(title: str, head: list[str], body: bool = True) -> FoundDate | None:
    """The day of the event: the title's parenthesis, a 📍 line, the title, then the first sentence
    where it begins with the date ("On May 20, …", "15 января 2025 года состоялся …", "Am 3. Oktober
    2023 traf …") or a dateline ("Астана, 20 мая 2024 года – …"); not the body of a summary of the
    year, whose dates are of other events, nor the date an anniversary counts from (:func:`_dates`)."""
    paren = _PARENTHESES.findall(title)
    for part in paren:
        dates = _dates(part)
        if dates:
            return dates[0]
    for line in head[1:]:
        if line.lstrip().startswith("📍"):
            dates = _dates(line)
            if dates:
                return dates[0]
    dates = _dates(title)
    if dates and not (dates[0].year is None and (dates[0].month, dates[0].day) in _recalled(head[1:3])):
        return dates[0]
    if not body:
        return None
    for line in head[1:3]:
        dates = _dates(line[:300])
        if not dates:
            continue
        lead = _LEADING_PUNCTUATION.sub("", line[: dates[0].start])
        if (line.lstrip().startswith(("📍", "🗓", "(", "🔹(")) or _DATELINE_LEAD.fullmatch(lead)
                or (arabic.ARABIC_LETTER.search(lead) and arabic.dateline_place(line))):  # "بغداد، السبت 17 أيار 2025 –"
            return dates[0]
        if _weekday_lead().fullmatch(lead):  # "У суботу, 22 листопада, …", "Le samedi 22 novembre, …", "Am Samstag, dem 22. November"
            return dates[0]
        if _ON_THE_DAY.match(line, dates[0].end) and dates[0].end <= len(first_sentence(line)):
            return dates[0]  # Turkish "on": "Dışişleri Bakanı X, 14 Mayıs'ta Antalya'da … ile görüştü"
        if "يوم" in line and dates[0].end <= len(first_sentence(line)):
            weekday = _AR_ON_WEEKDAY.search(line, max(0, dates[0].start - 40), dates[0].start)
            if weekday and weekday.group("before") not in _AR_NOT_ON:
                return dates[0]
        # a date that ends the sentence: "… will travel to Munich, Germany; Israel; …, February 13-18." (not
        # a label's: "Last date to apply: 31 March 2025"; nor a deadline's: "… продлен до 31 декабря 2025 г.")
        sentence = first_sentence(line)
        last = [d for d in _dates(sentence) if not _LOCAL_TIME.sub("", sentence[d.end :]).strip(" .") or _CLAUSE_AFTER.match(sentence, d.end)]
        before = sentence[: last[0].start] if last else ""
        if (last and not before.rstrip().endswith(":") and len(before.split()) >= 5 and not _UNTIL.search(before)
                and before.rsplit(None, 1)[-1].casefold() not in _OF_ANOTHER):
            return last[0]
    for line in head[1:3]:  # how long the event lasts, later in the paragraph: "Программа визита, который продлится с 31
        # августа по 3 сентября, …", "The visit, which will last from 3 to 5 May, …", "la visite, qui durera du 3 au 5 mai"
        for found in _dates(line[:400]) if _LASTS_WORDS.search(line[:400]) else ():
            if found.end_day is not None and _LASTS.search(line, max(0, found.start - 40), found.start):
                return found
    for line in head[1:]:  # a header line that is a full date and nothing else: "Press Statement" / "March 4, 2025"
        if found := date_alone(line):
            return found
    return None


_WORD = regex.compile(r"\p{L}+")


def date_alone(line: str, beside: int = 0) -> FoundDate | None:
    """The date a head line is, with its year: nothing else on the line but punctuation, or at most ``beside`` words
    (a weekday: "Tuesday, September 9, 2025" between a briefing's title and its story); else None."""
    dates = _dates(line) if len(line) <= 40 else []
    if len(dates) != 1 or not dates[0].year:
        return None
    rest = line[: dates[0].start] + line[dates[0].end :]
    return dates[0] if (len(_WORD.findall(rest)) <= beside if beside else not rest.strip(" .,")) else None


def announced_days(head: list[str]) -> FoundDate | None:
    """A notice's days: the first span of days in the first sentence of its story ("… reçoit les demandes de passeport
    du 16 au 20 décembre 2024 à Paris", "… informa que los días 15 y 16 de octubre se realizará …"), not the span
    something lasts until ("… bis 20. Dezember")."""
    for line in head[1:3]:
        sentence = first_sentence(line)
        for found in _dates(sentence):
            if found.end_day is not None and not _UNTIL.search(sentence, 0, found.start):
                return found
    return None


def range_from_body(found: FoundDate, lines: list[str]) -> FoundDate:
    """A day a 📍 line gives, with the last day of a range the first sentences give from that same day ("📍 New York,
    28 July 2025" / "… the conference, held on 28 and 29 July, …"): the event's days. (Asked only of posts with a 📍
    line: read for every post, the first sentences' dates cost 2% of the 10k export's extraction.)"""
    for line in lines:
        for other in find_dates(first_sentence(line)):
            if other.end_day is not None and (other.month, other.day) == (found.month, found.day) \
                    and other.year in (None, found.year):
                return replace(found, end_month=other.end_month, end_day=other.end_day, end_year=other.end_year)
    return found


# a news agency's dateline, which gives the day the story was filed: "MUNICH, 15th February, 2025 (WAM) --" (the Gulf's
# agencies: WAM, QNA, SPA, KUNA, BNA, ONA; Egypt's MENA; Jordan's Petra)
_AGENCY_DATELINE = regex.compile(r"[^\n]{0,80}\((?:WAM|QNA|SPA|KUNA|BNA|ONA|MENA|Petra)\)\s*[-–—]")


def range_around(found: FoundDate, lines: list[str]) -> FoundDate:
    """A day an agency's dateline gives ("MUNICH, 15th February, 2025 (WAM) --"), with the range of days that the same
    sentence gives around it ("… the conference, held from 14th to 16th February"): the event's days, not the filing's."""
    for line in lines:
        if not _AGENCY_DATELINE.match(line):
            continue
        for other in find_dates(first_sentence(line)):
            same_year = None in (other.year, found.year) or other.year == found.year
            if (other.end_day is not None and same_year and other.end_month in (None, other.month)
                    and other.month == found.month and other.day <= found.day <= other.end_day):
                return replace(found, day=other.day, end_day=other.end_day, year=found.year or other.year)
    return found


def _recalled(lines: list[str]) -> set[tuple[int, int]]:
    """The days and months of the dates an anniversary counts from: a title's "25 de Abril" or "9 May" without a year,
    recalled so ("Há 50 anos, a 25 de Abril de 1974, …"), names the day remembered, not the post's event."""
    return {(d.month, d.day) for line in lines if years_ago(line) for d in find_dates(line)}


def _dates(text: str) -> list[FoundDate]:
    """The dates of a text, less those an anniversary counts from ("76 years ago, on December 10, 1948")."""
    holiday = any(word in text for word in _HOLIDAY_WORDS)
    return [d for d in find_dates(text) if not years_ago(text, max(0, d.start - 60), d.start)
            and not years_ago(text[d.end : d.end + 30].lstrip(" ,"), match=True)
            and not (holiday and _HOLIDAY.match(text, d.end))
            and not _OF_AN_EVENT.search(text, max(0, d.start - 40), d.start)
            and not _CELEBRATED.search(text, max(0, d.start - 40), d.start)]


# a holiday's day, named after it: "… Дня образования КНР, который отмечается 1 октября", "National Day, celebrated on
# 1 October", "la fête nationale, célébrée le 14 juillet", "el Día Nacional, que se celebra el 12 de octubre"
_CELEBRATED = regex.compile(r"(?i:отмечается|отмечаемо\p{L}+|празднуется|празднуемо\p{L}+|(?:is |are )?(?:celebrated|observed|marked)"
                            r" on(?: the)?|célébrée?s? le|fêtée?s? le|se celebra el|celebrad[oa]s? el|comemorad[oa]s? em"
                            r"|gefeiert am|begangen am)\s*$")


# the day a holiday or anniversary falls on, not an event's: "11 listopada – Narodowe Święto Niepodległości",
# "3 maja – Święto Konstytucji", "1 sierpnia – rocznica wybuchu Powstania Warszawskiego", "21 сентября — День
# независимости", "12 June – Russia Day", "18 de septiembre – Fiestas Patrias", "14 juillet – Fête nationale"
_HOLIDAY_WORDS = ("Święt", "Dzień", "ocznic", "День", "Day", "Día", "Dia", "Journée", "Fête", "Tag", "Giornata", "Festa",
                  "Fiesta", "праздник", "годовщин", "nniversar")
_HOLIDAY = regex.compile(r"\s*[–—-]\s*(?:\p{L}+\s+){0,2}?(?:Święt\p{L}*|Dzień|[Rr]ocznic\p{L}*|День|Day|Día|Dia|Journée|Fête"
                         r"|Tag|Giornata|Festa|Fiestas?|праздник\p{L}*|годовщин\p{L}*|[Aa]nniversary|[Aa]niversario|[Aa]niversário)"
                         r"(?!\p{L})")


_POSTAL_CODE = regex.compile(r"(?=[A-Z0-9 -]*\d)[A-Z0-9][A-Z0-9 -]{2,8}")


# a treaty's or communiqué's closing words around the place: "Fait à Rabat, le 1er juin 2025", "Done at
# Brussels on 3 May 2024", "Hecho en Madrid, el 5 de mayo de 2024"
_SIGNED_AT = regex.compile(r"^(?:Fait (?:à|au)|Done at|Signed (?:at|in)|Hecho en|Dado en|Feito em|Fatto a|Geschehen zu)\s+"
                           r"|(?:,?\s+(?:le|on|el|em|il|am))$")


def closing_dateline(lines: list[str], gz: Gazetteer) -> tuple[FoundDate, tuple[Entity, str]] | None:
    """The place and full date a press release ends with: "La Habana, 7 de noviembre de 2024.",
    "Beijing, March 5, 2025", "13 Aralık 2024, Ankara", or the place and the date on two lines ("New Delhi" / "December 05, 2024"),
    or an address's town, postcode and date ("Pretoria" / "0084" / "28 October 2024"), or a treaty's
    "Fait à Rabat, le 1er juin 2025"."""
    texts = [lines[-1], " ".join(lines[-2:])] if len(lines) > 2 else []
    if len(lines) > 3 and _POSTAL_CODE.fullmatch(lines[-2].strip()):  # an address's town, postcode, date: "Pretoria" / "0084" / "28 October 2024"
        texts.append(f"{lines[-3]} {lines[-1]}")
    for text in texts:
        if len(text) > 80:
            continue
        dates = find_dates(text)
        if len(dates) != 1 or dates[0].year is None:
            continue
        after = text[dates[0].end :].strip(" .")
        if not dates[0].start and after.startswith(","):  # the date first: "13 Aralık 2024, Ankara" (Türkiye's releases)
            name = after.strip(" ,")
        elif after or not dates[0].start:
            continue
        else:
            name = _SIGNED_AT.sub("", text[: dates[0].start].strip(" ,")).strip(" ,")
        place = place_named(name, gz)
        if place:
            return dates[0], (place, name)
    return None
