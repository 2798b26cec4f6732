"""Names and places in Arabic and Chinese posts, which kg's word-by-word readers do not find: Arabic writes no
capitals and joins its clitics to the next word ("وروسيا", "بالرياض"), Chinese writes no spaces
("王毅同美国国务卿鲁比奥通电话").

Only posts told to be in Arabic or Chinese (:data:`LANGUAGES`) are read here: a post in another language costs
one look at its language. The names are the gazetteer's Arabic and Chinese labels of people, organisations and
countries, and the rows of kg/data/script_names.tsv; an Arabic name is found at word boundaries, after any of the
clitics "و ف" and "ب ل ك", a Chinese one anywhere in the text, the longest first. The channel's own foreign
ministry named bare ("外交部", "وزارة الخارجية") is that of the channel's country. A place is a city of GeoNames
named after "在" (Chinese), after "في" or with the clitic "ب" (Arabic), or on a 📍 line before its "،".
"""
from __future__ import annotations

import functools

import regex

from kg.datafiles import tsv_rows
from kg.extract.arabic import dateline_place
from kg.extract.bodies import foreign_ministry_of
from kg.extract.missions import english_name
from kg.extract.placenames import place_named
from kg.gazetteer import Gazetteer
from kg.iris import slug
from kg.models import Entity, Mention
from kg.scripts import HAS
from kg.textutil import first_sentence

LANGUAGES = frozenset({"ar", "zh"})
_KINDS = ("person", "org", "country")
_HAN, _ARABIC = HAS["Han"], HAS["Arabic"]


@functools.lru_cache(maxsize=4)
def _index(gz: Gazetteer, generation: int) -> dict[str, tuple[regex.Pattern | None, dict[str, list[tuple[str, str]]]]]:
    """For each language, a pattern of its names (longest first) and what each name names (``generation``: the
    gazetteer's, which grows as forms are added)."""
    names: dict[str, dict[str, list[tuple[str, str]]]] = {"ar": {}, "zh": {}}
    for kind in _KINDS:
        for entity in gz.entities(kind):
            for _, text in entity.labels + entity.alt_labels:
                language = "zh" if _HAN.search(text) else "ar" if _ARABIC.search(text) else None
                if language and len(text) >= 2:
                    names[language].setdefault(text, []).append((kind, entity.ident))
    for _, row in tsv_rows("script_names.tsv"):
        if gz.entity(row["kind"], row["ident"]) is not None:
            keys = names[row["language"]].setdefault(row["name"], [])
            if (row["kind"], row["ident"]) not in keys:
                keys.append((row["kind"], row["ident"]))
    for name, keys in list(names["ar"].items()):  # "ل" before "ال" drops its alif: "للأمم المتحدة" (to the UN)
        if name.startswith("ال") and len(name) > 3:
            names["ar"].setdefault("ل" + name[1:], keys)
    found = {}
    for language, table in names.items():
        alternatives = "|".join(regex.escape(n) for n in sorted(table, key=len, reverse=True))
        if not alternatives:
            found[language] = (None, table)
        elif language == "ar":  # a word, after its clitics: "وروسيا", "بالرياض", "ولافروف"
            found[language] = (regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:[وف]?[بلك]?)(?P<name>{alternatives})(?![\p{{L}}\p{{M}}])"), table)
        else:
            found[language] = (regex.compile(rf"(?P<name>{alternatives})"), table)
    return found


def names_in(text: str, gz: Gazetteer, language: str) -> list[Mention]:
    """The known people, organisations and countries an Arabic or Chinese text names."""
    pattern, table = _index(gz, gz.generation)[language]
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(text):
        start, end = match.span("name")
        for kind, ident in table[match.group("name")]:
            found.append(Mention(kind, ident, match.group("name"), start, end))
    if language == "ar" and "بن " in text:
        found += _with_patronymic(text, table, found)
    return sorted(found, key=lambda m: (m.start, -m.end))


# a given name, the father's (and grandfather's) after "bin", then the family name: "بدر بن حمد البوسعيدي" is "بدر
# البوسعيدي" (Badr bin Hamad Albusaidi), "جاسم بن محمد البديوي" "جاسم البديوي" (Jasem Albudaiwi)
_PATRONYMIC = regex.compile(r"(?<![\p{L}\p{M}])(?P<given>\p{Arabic}{2,})(?:\s+(?:بن|ابن)\s+\p{Arabic}{2,}){1,2}"
                            r"\s+(?P<family>(?:آل\s+)?\p{Arabic}{2,})(?![\p{L}\p{M}])")


def _with_patronymic(text: str, table: dict[str, list[tuple[str, str]]], found: list[Mention]) -> list[Mention]:
    """Known people named with their father's name, which the name kg has leaves out (where no name found covers them)."""
    more = []
    for match in _PATRONYMIC.finditer(text, overlapped=True):
        start, end = match.span()
        if any(m.start < end and start < m.end for m in found + more):
            continue
        for kind, ident in table.get(f"{match.group('given')} {match.group('family')}", ()):
            if kind == "person":
                more.append(Mention(kind, ident, match.group(0), start, end))
    return more


def with_names(text: str, named: list[Mention], gz: Gazetteer, language: str) -> list[Mention]:
    """``named`` (the gazetteer's mentions in ``text``) and the names :func:`names_in` finds where none of them is."""
    more = [m for m in names_in(text, gz, language) if all(m.end <= n.start or m.start >= n.end for n in named)]
    return sorted(named + more, key=lambda m: (m.start, -m.end)) if more else named


def not_subjects(text: str, hits: list) -> list:
    """``hits`` (people found in a Chinese text) less those first named as what the post is about: right after "介绍"
    (presents) or "就" (on), "介绍习近平主席对俄罗斯进行国事访问", "就普京总统出席……回答记者提问"."""
    return [h for h in hits if not text[max(0, h.mention.start - 2) : h.mention.start].endswith(_ABOUT)]


_ABOUT = ("介绍", "就")


# the foreign ministry named bare, in the channel's own posts: "外交部发言人", "تعرب وزارة الخارجية عن …"; not another
# country's ("俄罗斯外交部" has a country before it; "وزارة الخارجية الروسية" an adjective after it)
_OWN_MINISTRY = {"zh": regex.compile(r"外交部(?!长)"),  # (not "外交部长", the minister)
                 # (nor a Minister of State's title: "وزير الدولة بوزارة الخارجية" names an office, not the ministry)
                 "ar": regex.compile(r"(?<![\p{L}\p{M}])(?<!وزيرة?\s+الدولة\s+)[وف]?(?:ل|ب)?وزارة الخارجية(?![\p{L}\p{M}])"
                                     r"(?!\s+ال\p{L}+ي(?:ة|ه)(?![\p{L}\p{M}]))")}


def own_ministry(text: str, named: list[Mention], orgs: list[Mention], own: str | None, gz: Gazetteer,
                 language: str) -> list[Mention]:
    """The channel's own foreign ministry where the text names a foreign ministry bare, and ``orgs`` do not hold it."""
    ministry = foreign_ministry_of(own, gz) if own else None
    if ministry is None or any(m.ident == ministry for m in orgs):
        return []
    countries = {m.end for m in named if m.kind == "country"}
    # (nor one inside another body's name kg knows: "俄罗斯外交部", Russia's)
    bodies = [(m.start, m.end) for m in named if m.kind == "org"]
    for match in _OWN_MINISTRY[language].finditer(text):
        if match.start() not in countries and not any(s <= match.start() and match.end() <= e for s, e in bodies):
            return [Mention("org", ministry, match.group(0), match.start(), match.end())]
    return []


# a city after "在" (Chinese: "在北京同…", "在莫斯科举行"), the longest of up to six characters; after "في" or with the
# clitic "ب" (Arabic: "في نيويورك", "بالرياض", "بدمشق")
_ZH_AT = regex.compile(r"在(?P<place>\p{Han}{2,6})")
# a reporter's question in a Chinese spokesperson's answer ("问：今天，……举行会谈。中方对此有何评论？"): its day and place
# are the subject's, not the answer's
QUESTION_OPEN = regex.compile(r"^\s*问\s*[：:]")
_AR_AT = regex.compile(r"(?<![\p{L}\p{M}])(?:في\s+(?P<place>\p{L}+(?:\s+\p{L}+)?)|ب(?P<joined>\p{L}{3,}))")
_PIN = regex.compile(r"^\s*📍\s*(?P<place>[^،,\n]{2,40}?)\s*(?:[،,]|$)")
# arrived ("وصل", "يصل", "حطّ"), then whoever, then "to" a city, perhaps "the capital of …" first
_AR_ARRIVED = regex.compile(r"(?<![\p{L}\p{M}])(?:وصل|يصل|وصلت|تصل)(?![\p{L}\p{M}])[^.،\n]{0,120}?\s(?:إلى|الى)\s+"
                            r"(?:(?:العاصمة|مدينة)\s+(?:ال\p{L}+ية\s+)?)?(?P<place>\p{L}+)")
_TODAY = frozenset({"اليوم", "أمس"})
_AR_TODAY = regex.compile(r"\s*،?\s*(?:اليوم|أمس)(?![\p{L}\p{M}])")
_CITY = 100_000  # a city a sentence names: a large one (common words are names of small places too)


def place_in(title: str, lines: list[str], gz: Gazetteer, language: str) -> tuple[Entity, str] | None:
    """The city a 📍 line, the title or the first sentence names, as :func:`kg.extract.places.find_location` gives it."""
    for line in lines[:6]:
        match = _PIN.match(line)
        place = place_named(match.group("place"), gz) if match else None
        if place:
            return place, match.group("place")
    if language == "ar":  # a dateline's city: "بغداد، السبت 17 أيار 2025 – …" (also opening a post of one paragraph)
        for line in lines[:3]:
            name = dateline_place(line)
            place = place_named(name, gz) if name else None
            if place:
                return place, name
    if language == "ar":  # where the actor arrived: "وصل … وزير الخارجية … إلى العاصمة الإيرانية طهران في زيارة رسمية"
        for line in [title] + lines[1:2]:
            arrived = _AR_ARRIVED.search(first_sentence(line)[:400])
            city = gz.city(arrived.group("place"), _CITY) if arrived else None
            if city:
                return city, arrived.group("place")
    if language == "ar":  # the city the first sentence says the event is in "today": "اجتمع …، في الدوحة اليوم، مع …"
        for line in lines[1:2]:
            for match in _AR_AT.finditer(line[:400]):
                names = _arabic_names(match)
                if names[0].split()[-1] in _TODAY or _AR_TODAY.match(line, match.end()):
                    for name in names if names[0].split()[-1] not in _TODAY else names[1:]:
                        city = gz.city(name, _CITY)
                        if city:
                            return city, name
    for line in [title] + lines[1:2]:
        sentence = line[:400]
        if language == "zh":
            if QUESTION_OPEN.match(sentence):  # a reporter's question: its place is the subject's ("问：……在伊斯坦布尔举行……")
                continue
            longer = {m.start: m.end for m in names_in(sentence, gz, language)} if "在" in sentence else {}
            for match in _ZH_AT.finditer(sentence):
                words, at = match.group("place"), match.start("place")
                for n in range(len(words), 1, -1):
                    # not the start of a longer known name ("在联合国日之际": "联合" is a town), nor a place a noun is
                    # of ("在加沙的军事行动", the operation in Gaza)
                    if longer.get(at, 0) > at + n or sentence[at + n : at + n + 1] == "的":
                        continue
                    city = gz.city(words[:n], _CITY)
                    if city:
                        return city, words[:n]
        else:
            for match in _AR_AT.finditer(sentence):
                for name in _arabic_names(match):
                    city = gz.city(name, _CITY)
                    if city:
                        return city, name
    return None


def _arabic_names(match: regex.Match) -> list[str]:
    if match.group("joined"):
        return [match.group("joined")]
    words = match.group("place").split()
    return [" ".join(words), words[0]] if len(words) > 1 else words


def sides(people: list, own: str | None) -> tuple[list, list]:
    """Speakers and participants of a post in these scripts, where the readers of sides found none: the channel's own
    officials among the people it names are speakers ("王毅同美国国务卿鲁比奥通电话", "استقبل … ولي العهد …، … الرئيس
    دونالد ترمب …"), and the others participants; where none is the channel country's, the first named is the
    speaker."""
    if not people:
        return [], []
    ours = [h for h in people if own and h.entity.country == own]
    speakers = ours or people[:1]
    return speakers, [h for h in people if h not in speakers]


# an embassy: "中国驻伊朗使馆", "中国驻伊朗大使馆"; "سفارة خادم الحرمين الشريفين في بيروت" (Saudi Arabia's: the King's title,
# "the Custodian of the Two Holy Mosques"), "سفارة المملكة العربية السعودية لدى لبنان"
# (a consulate general in a city, "驻喀山总领事馆"; the channel's own country's where none is named before "驻": a Chinese
# embassy's channel names itself "驻俄罗斯使馆", as Chinese writes China's missions)
_ZH_EMBASSY = regex.compile(r"驻(?P<in>\p{Han}{2,8}?)(?:(?P<consulate>总领事馆|领事馆)|(?:大)?使馆)")
_AR_EMBASSY = regex.compile(r"(?<![\p{L}\p{M}])[وف]?[بلك]?سفارة\s+(?P<of>[^،,.\n]{2,40}?)\s+(?:في|لدى)\s+(?P<in>\p{L}+(?:\s+\p{L}+)?)")
_CUSTODIAN = "خادم الحرمين الشريفين"


def embassies(text: str, gz: Gazetteer, language: str, own: str | None = None) -> list[tuple[Entity, Mention]]:
    """The embassies (and Chinese consulates) an Arabic or Chinese text names by the country they are of and where they
    are, each an organisation made as :mod:`kg.extract.missions` makes them ("Embassy of China in Iran", "Consulate
    General of China in Kazan"); a Chinese one without its country is the channel's own country's (``own``)."""
    found = []
    pattern = _ZH_EMBASSY if language == "zh" else _AR_EMBASSY
    if ("驻" if language == "zh" else "سفارة") not in text:
        return found
    countries = [m for m in names_in(text, gz, language) if m.kind == "country"]
    for match in pattern.finditer(text):
        if language == "zh":
            sender = next((gz.country(m.ident) for m in countries if m.end == match.start()), None)
            if sender is None and own and not (match.start() and _HAN.match(text, match.start() - 1)
                                                and any(m.end == match.start() for m in names_in(text, gz, language))):
                sender = gz.country(own)
        else:
            of = match.group("of")
            sender = gz.country("sa") if of == _CUSTODIAN else next(
                (gz.country(m.ident) for m in countries if match.start("of") <= m.start < match.end("of")), None)
        if language == "zh" and match.group("consulate"):
            city = _city(match.group("in"), gz)
            if sender is None or city is None or city.country == sender.ident:
                continue
            kind, host = "Consulate General" if match.group("consulate") == "总领事馆" else "Consulate", city
        else:
            kind, host = "Embassy", _host(match.group("in"), countries, match.start("in"), gz)
            if sender is None or host is None or host.ident == sender.ident:
                continue
        label = f"{kind} of {english_name(sender, True)} in {english_name(host, True)}"
        bare = f"{kind} of {english_name(sender)} in {english_name(host)}"
        made = Entity("org", slug(label), (("en", label),), (("en", bare),) if bare != label else ())
        found.append((made, Mention("org", made.ident, match.group(0), match.start(), match.end())))
    return found


def _city(words: str, gz: Gazetteer) -> Entity | None:
    """The city a Chinese consulate is in: the longest start of ``words`` that names one ("喀山")."""
    for n in range(len(words), 1, -1):
        city = gz.city(words[:n], _CITY)
        if city is not None:
            return city
    return None


def _host(words: str, countries: list[Mention], at: int, gz: Gazetteer) -> Entity | None:
    """The country an embassy is in: one named where ``words`` start, or the country of the city they name."""
    country = next((m for m in countries if m.start == at), None)
    if country is not None:
        return gz.country(country.ident)
    for name in (words, words.split()[0]) if " " in words else (words,):
        for n in range(len(name), 1, -1) if _HAN.match(name) else (len(name),):
            city = gz.city(name[:n], _CITY)
            if city is not None:
                return gz.country(city.country or "")
    return None
