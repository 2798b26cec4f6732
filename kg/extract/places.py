"""Where an event happened: the 📍 line, the title's parenthesis or dateline, or a sentence.

"📍 New York, July 17, 2024", "(Moscow, September 2, 2024)", "…, Minsk, October 31, 2024",
"held talks in Moscow", "visited Tehran", "Beijing hosted talks", "took part in … in Rio de Janeiro",
"welcome you to Nizhny Novgorod", "the 21st Doha Forum"; not an ambassador's posting ("Ambassador
of Russia in Singapore", "Посла России в Индии"). A 📍 that is a bullet ("📍FYI: …")
names no place. A city beats a country named in the same breath ("visit to China … arrival in
Beijing"); quoted words speak of other times and places, so only "welcome … to X" counts there.
"""
from __future__ import annotations

import functools

import regex

from kg.extract.dates import find_dates
from kg.extract.placenames import DATELINE_PLACE, DATELINE_PROVINCE, LOCATIVE, SENTENCE_CITY, in_case, longest_place, place_named, venue_in
from kg.extract.relative import future_words
from kg.extract.topics import topical
from kg.gazetteer import Gazetteer
from kg.literals import required
from kg.models import Entity, Mention
from kg.textutil import first_sentence, has_digit

_DATED_PARENTHESES = regex.compile(r"\(([^()]*\b(?:19|20)\d\d[^()]*)\)")

_SENTENCE_END = regex.compile(r"\p{Ll}{2}[.!?]\s*$")  # "… will close." (not "D.C.")
_PLACE_LINE = regex.compile(r"(?P<place>\p{Lu}[\p{L}\p{M}'’ -]{1,30}?)(?:,\s*(?:D\.\s?C\.|\p{Lu}[\p{L}\p{M} -]{1,30}))?")
_VENUE_THEN_PLACE = regex.compile(r"\s*(?P<place>[^,:|\n]{2,60}?)\s*(?:[,|]|$)")
_PIN = regex.compile(r"^\s*📍\s*(?P<place>[^,:|\n]{2,60}?)\s*(?:[,|]|$)")
# a dateline, its place in capitals (a wire's) or in title case (a press release's): "MOSCOW, March 12. /TASS/.",
# "RIO DE JANEIRO, April 28 (Reuters) -", "Астана, 20 мая 2024 года –", "Нью-Йорк, 24 сентября", "Kazan, Kamis (24/10) –",
# the city and where in it: "Москва, Кремль, 22 сентября 2025 года"; the city and its province: "Ottawa (Ontario), le 28 mai
# 2025 —" (the post's first line where the story opens with its dateline)
_WIRE = regex.compile(rf"^\s*(?P<place>{DATELINE_PLACE}){DATELINE_PROVINCE},"
                      r"(?:\s*\p{Lu}[\p{Ll}\p{M}'’]+(?:[ -]\p{Lu}?[\p{Ll}\p{M}'’]+){0,2},)?\s*\p{L}*\s*\(?\d")
_CAPS = r"\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:de|do|da|al|el|es|upon|on|am|of)?\s*\p{Lu}[\p{L}\p{M}'’.-]*){0,3}"  # ("Dar es Salaam")
# (after a comma, or after a bar or a dash that sets the place and date off a title: "Foreign Affairs Council | Brussels,
# 16 December 2024", "EU-Central Asia Summit – Samarkand, 3-4 April 2025")
_PLACE_BEFORE_DATE = regex.compile(rf"(?:,|\s[|–—])\s*(?P<place>{_CAPS})$")
# where someone lives or is posted ("Australians in New Caledonia", "citizens in Iran"), and what a meeting is about
# ("discussed the situation in Syria"), are not venues
# (one lookbehind, tried only at a word's start: after the \b before it)
_NOT_VENUE = (r"(?<!(?:accredited|based|stationed|located|born|resident|living|situation|crisis|conflict|war|developments"
              r"|events|settlement|[Ll]age|[Ss]ituation in|Krieg|Konflikt|citizens|nationals|residents|compatriots"
              r"|\p{Lu}\p{Ll}+(?:ians|ans|ese)) )")
# the same in French, Portuguese and Russian: "la situation au Liban", "le conflit en Ukraine", "a situação em
# Moçambique", "ситуация в Сирии"; and
# "воздержаться от поездок в Ливан": advice, not a venue
_NOT_VENUE_FR_RU = r"(?<!(?:[Ss]ituation|[Ss]ituação|crise|conflit|conflito|guerre|guerra|[Сс]итуаци\p{L}{1,2}|конфликт\p{L}{0,2}|от поездок) )"
# a city named as one: "en la ciudad de Valencia", "na cidade de Nampula", "à la ville de Nice" (Spanish "ciudad" only
# after "en la": "la Ciudad de México" is a city's name)
_CITY_OF = r"(?:(?:ciudad|cidade|ville)\s+de\s+)?"
_SENTENCES = [
    regex.compile(rf"\b{_NOT_VENUE}(?:[Ii]n|[Aa]t|arrives? in|arrived in|visit to|trip to|visit(?:s|ed|ing)?)\s+(?:the\s+)?(?P<place>{_CAPS})"),
    regex.compile(rf"(?P<place>{_CAPS})\s+(?:hosted|will host|hosts)\b"),
    # (also opening a sentence, "В Бишкеке состоялись переговоры", and Portuguese "em": "recebeu hoje, em Brasília")
    regex.compile(rf"\b{_NOT_VENUE_FR_RU}(?:[àÀ]|[eE]n|au|aux|[вВ]|[вВ]о|[eE]m|en la|en el|посетил[аи]?|посетит|посещает|(?i:llegó|llega|arribó) a|visitó|visita a|nach)\s+{_CITY_OF}(?P<place>{_CAPS})"),
    regex.compile(r"(?P<place>[\p{Devanagari}\p{M}]+)\s+(?:में|पहुंचे|पहुँचे)"),
]
_SENTENCES_NL = tuple(regex.compile(p.pattern.replace("|[eE]n|", "|", 1)) for p in _SENTENCES)
# prepositions of a place in one language only, where they are other words in others (Italian "di" is "of",
# Ukrainian "у" is Serbian's too, read by the post's language): Indonesian (and Malay) "di Kazan", "kunjungan kenegaraan ke RRT",
# "tiba di"; Serbian "у Москви", "у Бечу", "u Beogradu", "посетио Москву", "у посети Србији", its place in the locative
# (:func:`_nominatives`)
_IN_LANGUAGE = {
    "id": regex.compile(rf"\b(?:di|(?:kunjungan(?: \p{{Ll}}+)?|berkunjung|lawatan) ke|mengunjungi)\s+(?P<place>{_CAPS})"),
    "sr": regex.compile(rf"\b(?:[уУ]|[uU]|посет(?:и|у|ио|ила|или)|poset(?:i|u|io|ila|ili))\s+(?P<place>{_CAPS})"),
}
_IN_LANGUAGE["ms"] = _IN_LANGUAGE["id"]
# Portuguese "no", "na" (Spanish "no" is "not"): "recebido … no Vaticano", "reuniu-se na Cidade da Praia"
_IN_LANGUAGE["pt"] = regex.compile(rf"\b{_NOT_VENUE_FR_RU}(?:no|na|nos|nas)\s+{_CITY_OF}(?P<place>{_CAPS})")
# Polish "w Warszawie", "we Wrocławiu", "W Brukseli": the place in the locative
# (not where someone stays or lives, what a war or situation is in, nor a street's town: "osoby przebywające w
# Izraelu", "wojna w Ukrainie", "przy ul. Marszałkowskiej w Warszawie")
_IN_LANGUAGE["pl"] = regex.compile(r"\b(?<!(?:przebywając|mieszkając|sytuacj|wojn|agresj|konflikt|kryzys|ul\.\s\p{Lu}\p{L}+)"
                                   rf"\p{{L}}{{0,3}} )(?:[wW]|[wW]e)\s+(?P<place>{_CAPS})")
# Dutch: a visit's or trip's place ("bezocht Kyiv", "werkbezoek aan Japan", "reist naar Tokio"); "in" is English's
_IN_LANGUAGE["nl"] = regex.compile(rf"\b(?:(?:bezocht(?:en)?|bezoekt)(?:\s+\p{{Ll}}+){{0,2}}|\p{{Ll}}*bezoek aan|aankomst in"
                                   rf"|(?:reist|reisde|reisden|reizen) (?:af )?naar)\s+(?P<place>{_CAPS})")
# Ukrainian "у Брюсселі", "в Києві", "У Вашингтоні", a visit's place ("відвідав Варшаву", "прибув до Берліна"): most
# places in the locative or genitive are found by their keys (kg.wordkeys.ukrainian_spelling: "Брюсселі" and
# "Брюссель" meet), the others by LOCATIVE's endings ("Празі" Прага); not where someone stays or lives
# ("громадяни, які перебувають у Ізраїлі", "українці в Польщі")
_IN_LANGUAGE["uk"] = regex.compile(r"\b(?<!(?:перебува\p{L}*|прожива\p{L}*|знаход\p{L}*|громадян\p{L}*|українц\p{L}*|біженц\p{L}*) )"
                                   r"(?:[уУвВ]|відвіда(?:в|ла|ли|є|ють)|(?:прибу(?:в|ла|ли)|прибуває|візит\p{L}*) до)"
                                   rf"\s+(?P<place>{_CAPS})")
# Turkish marks a place with a suffix after an apostrophe, no preposition: "Şam'ı ziyaret etti" (visited Damascus,
# the accusative: a city or a country); "Ankara'da kabul etti", "İstanbul'da başladı" (the locative: a city only, as
# "Suriye'de istikrar" is mostly a topic); not "Gazze'deki saldırılar" (an adjective: "in Gaza's")
_TR_NAME = r"(?P<place>\p{Lu}[\p{L}\p{M}]*(?:[ -]\p{Lu}[\p{L}\p{M}]*){0,2})['’]"
_IN_LANGUAGE["tr"] = regex.compile(rf"{_TR_NAME}(?:y?[ıiuü]|n[ıiuü]|y?[ae]) (?:ziyaret|resmi ziyaret)")
_CITY_IN_LANGUAGE = {"tr": regex.compile(rf"{_TR_NAME}(?:da|de|ta|te)(?![\p{{L}}\p{{M}}])")}
# (searched overlapped: "Bakan Fidan Şam'ı" is tried as "Fidan Şam" and as "Şam")
_OVERLAPPED = {_IN_LANGUAGE["tr"], _CITY_IN_LANGUAGE["tr"]}
# Italian (and Spanish, Portuguese) "a" before a city: "ha ricevuto oggi a Roma", "Il Ministro oggi a Damasco";
# a city only (English "a" is an article: "a Russian delegation")
_A_CITY = regex.compile(rf"(?<![\p{{L}}'’-])(?:a|ad)\s+(?P<place>{_CAPS})")
# a venue, then its city after a comma: "at Tafawa Balewa House, Abuja", "at the State House, Abuja", "en el Palacio de
# López, Asunción", "au Palais de la Nation, Kinshasa" (a city only: "in Beijing, China" is Beijing's country)
_VENUE = r"\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:de|del|des|du|do|da|of|am)(?:\s+(?:la|l['’]|the))?)?\s*\p{Lu}[\p{L}\p{M}'’.-]*){0,4}"
_VENUE_CITY = regex.compile(rf"\b(?:[Aa]t|[Ii]n|en(?: el| la)?|au|à(?: la| l['’])?|no|na|em)\s+(?:the\s+)?{_VENUE},[^\S\n]+(?P<place>{_CAPS})"
                         r"(?![\p{L}\p{M}'’.-]|\s+(?:and|y|et|e|und|и)\s+\p{Lu})")  # (not a region's first name: "Pahalgam, Jammu y Cachemira")
_WELCOME = regex.compile(rf"\b(?i:welcome)\b[^.]{{0,60}}?\bto\s+(?:the\s+)?(?:\p{{Lu}}\w+\s+and\s+)?(?P<place>{_CAPS})")
_FORUM = regex.compile(
    rf"(?P<place>{_CAPS})\s+(?:International\s+)?(?:Economic\s+)?(?:Forum|Congress|Summit|Conference|Dialogue|Symposium)\b"
)
# "Ambassador of Russia in Singapore", "l’Ambassadrice de la Russie au Niger", "Посла России в Индии":
# where someone is posted, not where the event is (an embassy's "in X", a building, is not one of these)
_POSTING = regex.compile(
    r"(?i:\b(?:ambassador|ambassadress|envoy|consul(?:[- ]general)?|charg[ée] d['’]affaires|permanent representative"
    r"|ambassadeur|ambassadrice|consul général|représentant permanent|посол|посл(?:а|у|ом)|генконсул\w*|консул(?:а|у|ом)?"
    r"|постпред\w*|постоянн\w+ представител\w*)\b)"
    # of whom: "of (the) Russia(n Federation)", "de (la) Russie", "России"; not a name ("Ambassador
    # Bashar Jaafari in Moscow" is where he met someone)
    r"(?:\s+(?:of|de|du|des|d['’])\s*(?:(?:the|la|le|les|l['’])\s*)?(?:\p{Lu}[\p{L}\p{M}'’-]*\s*){1,3}"
    r"|\s+\p{Lu}\p{Cyrillic}+(?:\s+Федерации)?)?"
    r"\s*\b(?:in|to|at|à|en|au|aux|в|во|на|при)\s+(?:the\s+)?$"
)
# ", X", "and X", "e na X" after a place: another place ("em Mianmar e na Tailândia", "in Egypt and in Jordan")
_ANOTHER_PLACE = regex.compile(r"(?:\s*,\s*|\s+)(?:(?:and|und|et|и|y|e|dan|i)\s+(?:(?:in|en|em|na|no|nel|nella|в|à|au)\s+)?)?(?P<next>\p{Lu}[\p{L}\p{M}'’-]*(?:[^\S\n]+\p{Lu}[\p{L}\p{M}'’-]*){0,2})")
_QUOTED = regex.compile(r"^[\p{Extended_Pictographic}\ufe0f\s]*(?:💬|❓|[^:\n]{1,60}:\s)")
_BULLET = regex.compile(r"^\s*(?:[•·▪◦‣\-–—*]|\p{Extended_Pictographic})")
_ANOTHER_DAY = regex.compile(r"\s+(?:on|from)\s+\p{Lu}\p{Ll}+\s+\d|\s+(?:on|from)\s+\d{1,2}\s+\p{Lu}")
# the act a post gives the words of, and its place: "Speaking to reporters in New York today, UN Spokesperson …",
# "addressing journalists in Geneva", "told reporters in Brussels"
_SPEAKING = regex.compile(rf"\b(?:[Ss]peaking|spoke|briefed|[Aa]ddressing|told|[Hh]ablando|habló)\s+(?:(?:to|with|ante|con|a)\s+)?(?:the\s+|los\s+|la\s+)?"
                          rf"(?:reporters|journalists|press|media|periodistas|prensa|medios)\s+(?:in|at|en)\s+(?P<place>{_CAPS})")
# where a press conference was given, which is where its speakers spoke: "held a joint press conference in Budapest",
# "gaben heute in Wien eine gemeinsame Pressekonferenz", "ofrecieron una rueda de prensa en Caracas"
_PRESS_CONFERENCE = r"(?:(?:joint |news )?press conference|(?:gemeinsame )?Pressekonferenz|(?:rueda|conferencia) de prensa(?: conjunta)?)"
_PRESS_CONFERENCE_IN = (
    regex.compile(rf"\b(?:held|holds|hold|gave|give|gives)\s+(?:a|an|the|their)\s+{_PRESS_CONFERENCE}\s+(?:\p{{Ll}}+\s+)?(?:in|en)\s+(?P<place>{_CAPS})"),
    regex.compile(rf"\b(?:eine|einer)\s+{_PRESS_CONFERENCE}\s+in\s+(?P<place>{_CAPS})"),
    regex.compile(rf"\b(?:ofrecieron|ofreció|dieron|dio)\s+(?:una|la)\s+{_PRESS_CONFERENCE}\s+en\s+(?P<place>{_CAPS})"),
    regex.compile(rf"\b(?:gaben|gab|hielten|hielt)\s+(?:\p{{Ll}}+\s+)?in\s+(?P<place>{_CAPS})\s+(?:eine|ihre)\s+{_PRESS_CONFERENCE}"),
)
# a city's name that names a region with the word after it
_REGION_AFTER = regex.compile(r"\s+(?:Governorate|Province|Region|Oblast|District|Strip|Prefecture|County|Territory|Territories)\b")
def find_location(
    title: str, lines: list[str], gazetteer: Gazetteer, names: list[Mention] = (), narrative: bool = True,
    call: bool = False, anniversary: bool = False, language: str | None = None, day: tuple[int, int] | None = None,
) -> tuple[Entity, str] | None:
    """The place of the event and the words that named it, or None.

    ``names`` are the organisations and people already found in the text: a place inside one of
    them ("Rossiya Segodnya", "Kazan Federal University") is not where the event was. Where the
    post is not ``narrative`` (it gives someone's words: remarks, an interview), its body speaks of
    other events, and only the title, the dateline and "welcome … to X" tell the place. A wire's
    dateline is the place of what it reports, unless that is a ``call``. Neither a call nor an
    ``anniversary`` takes a place from a sentence. The post's ``language`` adds its own prepositions
    (:data:`_IN_LANGUAGE`). A place followed by a date is another event's unless that date is the event's
    ``day`` (month, day): "in Washington on 21 January" of a meeting of 21 January.
    """
    for line in lines[:6]:
        match = _PIN.match(line)
        if match:
            place = place_named(match.group("place"), gazetteer)
            if place:
                return place, match.group("place")
            venue = _VENUE_THEN_PLACE.match(line, match.end())  # "📍 Grand Palais, Paris": a venue, then its city
            place = place_named(venue.group("place"), gazetteer) if venue else None
            if place:
                return place, venue.group("place")
    for line in lines[:3] if not call else ():  # a call has no one place: the wire's is where it was filed
        match = _WIRE.match(line)
        place = place_named(match.group("place"), gazetteer) if match else None
        if place:
            return place, match.group("place")
    for line in lines[1:4] if not call else ():  # a header line, before the story, that is only a city: "Washington, D.C."
        if len(line) > 40 or _SENTENCE_END.search(line):
            break
        match = _PLACE_LINE.fullmatch(line.strip())
        place = place_named(match.group("place"), gazetteer, min_population=SENTENCE_CITY) if match else None
        if place and place.kind == "place":
            return place, match.group("place")
    for part in _DATED_PARENTHESES.findall(title):  # (Moscow, June 11, 2024, Sochi)
        for piece in part.split(","):
            piece = piece.strip()
            if piece and not has_digit(piece):
                place = place_named(piece, gazetteer)
                if place:
                    return place, piece
    dates = find_dates(title)
    if dates:  # "…'s remarks at …, Minsk, October 31, 2024"
        before = title[: dates[0].start].rstrip(" ,(")
        match = _PLACE_BEFORE_DATE.search(before)
        if match:
            place = place_named(match.group("place"), gazetteer)
            if place and place.kind == "country":  # "…, Malabo, Equatorial Guinea, 10 July 2025": the city in it
                city = _PLACE_BEFORE_DATE.search(before, 0, match.start())
                named = place_named(city.group("place"), gazetteer) if city else None
                if named and named.kind == "place" and named.country == place.ident:
                    return named, city.group("place")
            if place:
                return place, match.group("place")
    # a call has no one place: a sentence's place is what the callers spoke of ("le sommet de l'OTAN à La Haye");
    # an anniversary's is that of what it recalls ("Il y a 76 ans, … l'Assemblée générale … adoptait à Paris …")
    if call or anniversary:
        return None
    head = [title] + ([first_sentence(line) for line in lines[1:3] if not _BULLET.match(line)] if narrative else [])
    surfaces = _name_surfaces(names)
    several: list[Entity] = []
    candidates = _in_sentences(head, gazetteer, surfaces, several, language=language, day=day)
    if not narrative:  # someone's words: where they spoke them, as the story's first sentence tells it
        # not where what they say is to happen: "confirmou que representará Portugal na tomada de posse …, em Maputo"
        candidates = [c for c in candidates if not _coming(title, c[1])]
        candidates += [c for line in lines[1:3] if not _BULLET.match(line)
                       for c in _matches(_SPEAKING, first_sentence(line), gazetteer)]
        candidates += [c for line in lines[1:3] if not _BULLET.match(line) and ("onferen" in line or "prensa" in line)
                       for pattern in _PRESS_CONFERENCE_IN for c in _matches(pattern, first_sentence(line), gazetteer)]
    if several:  # a title naming a trip to several places ("nach Georgien und Armenien") gives no one place
        return None
    welcome = [c for line in lines[:8] for c in _matches(_WELCOME, line, gazetteer)]
    cities = [c for c in welcome + candidates if c[0].kind == "place"]
    if cities:
        return cities[0]
    if candidates:
        country = candidates[0][0]
        for line in lines[:6]:  # "visit to China" ... "arrival in Beijing": the city, in that country
            for place, name in _in_sentences([line], gazetteer, surfaces, quotes=True, language=language, day=day):
                if place.kind == "place" and place.country == country.ident:
                    return place, name
        return candidates[0]
    return venue_in(head, gazetteer)  # "auf dem Bürgenstock": a venue that is no city gives its country


def _in_sentences(texts: list[str], gazetteer: Gazetteer, surfaces: list[str], several: list | None = None,
                  quotes: bool = False, language: str | None = None, day: tuple[int, int] | None = None,
                  ) -> list[tuple[Entity, str]]:
    """The places the sentences name (``several`` gets those the first text names as one of several)."""
    found = []
    own = _IN_LANGUAGE.get(language)
    sentences = _SENTENCES_NL if language == "nl" else _SENTENCES  # Dutch "en" is "and": "Nederland en België"
    sentences = (*sentences, own) if own is not None else sentences
    cities = (_CITY_IN_LANGUAGE[language],) if language in _CITY_IN_LANGUAGE else ()
    for text in texts:
        if not quotes and _QUOTED.match(text) and text is not texts[0]:
            continue
        for pattern in (*sentences, _FORUM, _A_CITY, _VENUE_CITY, *cities):
            matches = _matches(pattern, text, gazetteer, several if text is texts[0] and pattern in sentences else None,
                               LOCATIVE.get(language) if pattern is own else None, day)
            if pattern is _A_CITY or pattern is _VENUE_CITY or pattern in cities:
                matches = [c for c in matches if c[0].kind == "place"]
            found.extend(c for c in matches if not _inside_name(c[1], text, surfaces))
    return found


def _name_surfaces(names) -> list[str]:
    """The distinct surfaces of the people and organisations named (a long post repeats them)."""
    return list(dict.fromkeys(m.surface for m in names if m.kind in ("org", "person") and m.surface))


@functools.lru_cache(maxsize=None)
def _literals(pattern: regex.Pattern) -> tuple[str, ...] | None:
    """Strings one of which every match of a case-sensitive pattern has (kg.literals), where they are
    rare enough to be worth looking for first ("hosts", "Forum"; not "in")."""
    if pattern.flags & regex.IGNORECASE or regex.search(r"\(\?[a-zA-Z-]*i", pattern.pattern):
        return None  # (a letter may then be written in another case than the string has it)
    found = required(pattern.pattern, str)  # (str: each character as it is, not folded)
    return tuple(found) if found and min(map(len, found)) >= 4 else None


def _matches(pattern: regex.Pattern, text: str, gazetteer: Gazetteer, several: list | None = None,
             endings: tuple[tuple[str, str | tuple[str, ...]], ...] | None = None, day: tuple[int, int] | None = None,
             ) -> list[tuple[Entity, str]]:
    """The places a pattern finds in a text (``several`` gets those that are one of several; a place in
    a case whose ``endings`` :func:`_nominatives` undoes is found by its nominative too)."""
    # a text with none of the words the pattern needs is not searched: "X hosted" and "the X Forum"
    # start at every capital. The six patterns' _matches over the 55,246 texts of 6,000 posts of the
    # 10k export and copy: 0.40-0.41 -> 0.24-0.25 CPU s ("hosts" 0.10 -> 0.03, "Forum" 0.11 -> 0.04)
    literals = _literals(pattern)
    if literals is not None and not any(s in text for s in literals):
        return []
    found = []
    for match in pattern.finditer(text, overlapped=pattern in _OVERLAPPED):
        if _ANOTHER_DAY.match(text, match.end()) and not _on_day(text, match.end(), day):
            continue  # "… in Astana on July 3-4": another event, on another day
        if _POSTING.search(text, max(0, match.start("place") - 120), match.start("place")):
            continue  # "the Ambassador of Russia in Singapore": a posting, not a venue
        named = longest_place(match.group("place"), gazetteer)
        if named is None and endings:
            named = in_case(match.group("place"), gazetteer, endings)
            named = named and (named[0], " ".join(match.group("place").split()[: len(named[1].split())]))
        if named is None:
            continue
        place, name = named
        if topical(text, match.start("place")):
            continue  # "talks on the ceasefire in Gaza", "Filipinos in Lebanon": a topic, not a venue
        if place.kind == "place" and _REGION_AFTER.match(text, match.start("place") + len(name)):
            continue  # "in Gaza Governorate", "in the Gaza Strip", "Kherson Oblast": a region, not the city
        if not _one_of_several(place, text, match.start("place") + len(name), gazetteer):
            found.append((place, name))
        elif several is not None:
            several.append(place)
    return found


def _coming(text: str, name: str) -> bool:
    """Whether a place's name first comes after a word of the future in its sentence ("will", "representará")."""
    at = text.find(name)
    if at < 0:
        return False
    start = max((text.rfind(end, 0, at) for end in (". ", "! ", "? ", "\n")), default=-1) + 1
    return future_words().search(text, start, at) is not None


def _on_day(text: str, end: int, day: tuple[int, int] | None) -> bool:
    """Whether the date right after a place (at ``end``) is the event's ``day``."""
    dates = find_dates(text[end : end + 40]) if day else ()
    return bool(dates) and (dates[0].month, dates[0].day) == day


def _one_of_several(place: Entity, text: str, end: int, gazetteer: Gazetteer) -> bool:
    """Whether a place is the first of several a sentence names ("nach Georgien und Armenien", "to
    Egypt and Jordan"): then none is the event's one place. ("Munich, Germany" is one.)"""
    after = _ANOTHER_PLACE.match(text, end)
    named = longest_place(after.group("next"), gazetteer) if after else None  # "and Saudi Arabia"
    if named is None:
        return False
    other = named[0]
    return other.ident != place.ident and place.country != other.ident


def _inside_name(name: str, text: str, surfaces: list[str]) -> bool:
    """Whether a place name is part of a person's or organisation's name ("Moscow State University"):
    inside one of their surfaces, or where it first occurs in the text, inside one's first occurrence."""
    if any(name in surface and name != surface for surface in surfaces):
        return True
    start = text.find(name)
    if start > 0:
        for surface in surfaces:
            at = text.find(surface)
            if 0 <= at <= start < at + len(surface):
                return True
    return False
