"""Whose body an organisation's name is, and which country a channel speaks for: "МИД Казахстана"
is Kazakhstan's ministry, not Russia's, whose bare "МИД" kg's data holds; a channel named "МИД
Беларуси" or flying 🇧🇷 speaks for Belarus or Brazil, and its own bare "МИД" or "Foreign Ministry" is
that country's, as is a minister kg makes from an office that names no country ("El canciller X")."""
from __future__ import annotations

import functools
from dataclasses import replace

import regex

from kg.datafiles import tsv_rows
from kg.extract.missions import channel_mission
from kg.extract.offices import offices_at, roles
from kg.extract.principals import principal_of
from kg.gazetteer import Gazetteer
from kg.models import Mention
from kg.scripts import arabic_or_han

# words of a government body's name: a channel so named speaks for its country ("MEA India", "МИД Беларуси",
# "Kementerian Luar Negeri RI", "Министарство спољних послова Србије")
_GOVERNMENT = regex.compile(r"(?i)(?<!\w)(?:ministr\w*|minist[eéè]r\w*|министерств\w*|мид|mfa|mea|sre|foreign|affaires"
                            r"|embass\w*|ambassade|embajada|embaixada|ambasciata|botschaft|посольств\w*|mission|миссия|misión"
                            r"|consulat\w*|consulado|консульств\w*|government|gouvernement|gobierno|governo|regierung"
                            r"|правительств\w*|cancillería|chancellerie|secretaría|department|diplomatie|diplomacy"
                            r"|auswärtig\w*|dışişleri|kementerian|kemlu|kemenlu|kedutaan|konsulat|pemerintah"
                            r"|министарств\w*|ministarstv\w*|амбасад\w*|ambasad\w*|конзулат\w*|konzulat\w*|влад[аеиу]|vlad[aeiu]|msz|rząd\w*"
                            r"|bundesrat|conseil fédéral|consiglio federale|federal council"
                            r"|मंत्रालय|सरकार|दूतावास|उच्चायोग"  # Hindi: ministry, government, embassy, high commission
                            r"|\w+ministeri(?:um|ums|en))(?!\w)")  # German compounds: "Außenministerium Österreich"
# an organisation whose English names say it is a foreign ministry
_FOREIGN_MINISTRY = regex.compile(r"(?i)\b(?:foreign (?:ministry|office)|ministry (?:of|for) (?:europe and )?foreign affairs"
                                  r"|secretariat of foreign affairs|ministry of external affairs|department of state)\b")


# a mission's name, its country before where it is: "Embassy of the Russian Federation in the United Kingdom", "Russian
# Embassy in India", "Посольство России в Индии", "Embajada de Cuba en España", "Ambassade de France au Maroc",
# "Botschaft der Russischen Föderation in Österreich": the country it speaks for is the one before the preposition
_MISSION = regex.compile(r"(?i)(?P<of>[^()\n]{0,60}?(?:embass\w*|consulat\w*|(?:permanent )?mission|ambassade|embajada|embaixada"
                         r"|ambasciata|botschaft|посольств\w*|консульств\w*|постпредств\w*|представительств\w*)[^()\n]{0,60}?)"
                         r"\s+(?:in|to|at|в|во|при|en|em|au|aux|à|a|presso|bei)\s+\S")
_AR_MISSION = regex.compile(r"(?:ال)?(?:سفارة|قنصلية|القنصلية العامة ل|البعثة الدائمة ل)\s*(?P<of>[^،,]{2,40}?)\s+(?:في|لدى)\s+[^،,]{2,40}")
_ZH_MISSION = regex.compile(r"(?P<of>\p{Han}{2,8}?)常?驻\p{Han}{1,12}?(?:大使馆|使馆|总领事馆|领事馆|代表团)")


@functools.lru_cache(maxsize=4096)
def channel_country(name: str | None, gz: Gazetteer) -> str | None:
    """The country a channel speaks for, where its name tells one: its flag ("Farnesina 🇮🇹"), else
    the one country the name of a government body names ("МИД Беларуси", "SRE México"); None for
    "Russian Embassy in India" (two), "Valdai Club" (none) or "Sputnik भारत" (a medium, not a
    government body: it does not speak for India)."""
    if not name:
        return None
    flags = {m.ident for m in gz.flags(name) if m.kind == "country"}
    if len(flags) == 1:
        return flags.pop()
    if not flags and (principal := principal_of(name)) is not None:  # "Президент России", "Élysée", "Bundesregierung"
        return principal.country
    mission = _ZH_MISSION.fullmatch(name.strip()) or _AR_MISSION.fullmatch(name.strip()) or _MISSION.match(name.strip())
    if mission:  # a mission's name: "中国驻俄罗斯大使馆", "中国常驻联合国代表团" (the country before "驻"), "سفارة مصر في بيروت",
        # "Embassy of the Russian Federation in the United Kingdom", "Посольство России в Индии"; with both countries' flags,
        # the sender's ("Посольство России в Турции 🇷🇺🇹🇷")
        sender = country_named(mission["of"], gz)
        return sender if not flags or sender in flags else None
    if flags or not _GOVERNMENT.search(name):
        return None
    # a body by its own name (its label, not a bare alternative: "Foreign Ministry" is Russia's), whose other names say
    # whose it is: "Ministerie van Buitenlandse Zaken" (the Netherlands')
    body = country_named(name, gz) or gz.lookup(name.strip(), ("org",))
    if body is None or isinstance(body, str):
        return body
    return _home(body.ident, gz) if any(label == name.strip() for _, label in body.labels) else None


@functools.lru_cache(maxsize=4096)
def country_named(name: str, gz: Gazetteer) -> str | None:
    """The one country a name as written names ("МИД Беларуси", "Russian Foreign Ministry", "MEA
    India"); None for a bare name ("МИД", "Foreign Ministry": whose, the text must say) or two."""
    found = {m.ident for m in gz.find(name, ("country",))}
    return found.pop() if len(found) == 1 else None


@functools.lru_cache(maxsize=1)
def _shared_name() -> regex.Pattern:
    """A foreign ministry's name that many countries' ministries share (kg/data/shared_ministry_names.tsv)."""
    names = "|".join(row["name"].replace(" ", r"\s+") for _, row in tsv_rows("shared_ministry_names.tsv"))
    return regex.compile(rf"(?i:(?:the\s+)?(?:{names}))")


def own_bodies(orgs: list[Mention], own: str | None, gz: Gazetteer, named: frozenset[str] = frozenset()) -> list[Mention]:
    """``orgs`` with a foreign ministry named bare ("МИД", "Foreign Ministry": kg's data gives those
    names to Russia's) read as the ministry of the channel's country ``own``, where that is another
    country: in "МИД Беларуси"'s channel, "на сайте МИД" is Belarus's ministry (left out where kg does
    not know it). Another country's ministry by a name many ministries have is the channel's too where the post names
    that country nowhere (``named``: the countries it names): "o Ministério das Relações Exteriores" (Brazil's
    name, and Angola's) in Angola's channel; a name of one ministry's own ("the Foreign Office") stays its own."""
    if own is None:
        return orgs
    kept = []
    for mention in orgs:
        home = _home(mention.ident, gz)
        if (home is None or home == own or not _is_foreign_ministry(mention.ident, gz) or gz.find(mention.surface, ("country",))
                or arabic_or_han(mention.surface)  # (no Arabic or Chinese name of one is bare: "俄罗斯外交部")
                or (mention.ident != _generic_ministry(gz) and (home in named or not _shared_name().fullmatch(mention.surface)))):
            kept.append(mention)  # "the Foreign Office", "the Federal Foreign Office": the UK's, Germany's in any channel
        elif (ministry := _foreign_ministries(gz).get(own)) is not None:
            kept.append(Mention("org", ministry, mention.surface, mention.start, mention.end))
    return kept


@functools.lru_cache(maxsize=4)
def _generic_ministry(gz: Gazetteer) -> str | None:
    """The ministry kg's data gives the generic bare names to ("Foreign Ministry", "МИД": Russia's), the only one whose
    bare names :func:`own_bodies` reads as the channel's own ministry; another's own bare name ("the Foreign Office",
    the UK's) stays its own."""
    found = gz.lookup("Foreign Ministry", ("org",))
    return found.ident if found is not None else None


# what goes on after a bare name to another body's: "the Ministry of Health", "la Cancillería de Argentina"
_GOES_ON = r"\s+(?:of|for|on|de|del|da|do|des|du|van|voor|für)\b"


@functools.lru_cache(maxsize=1)
def _own_names() -> list[tuple[str, regex.Pattern, regex.Pattern]]:
    """kg/data/own_ministry_names.tsv: each bare name, the pattern of it standing alone, and of it going on to another body."""
    rows = []
    for _, row in tsv_rows("own_ministry_names.tsv"):
        name = row["name"]
        first = regex.escape(name[0])
        body = f"(?i:{first}){regex.escape(name[1:])}"
        after = [regex.escape(word) for word in (row.get("not after") or "").split("|") if word]
        not_after = f"(?<!(?i:{'|'.join(after)})\\s+)" if after else ""
        rows.append((name[1:], regex.compile(rf"(?<![\p{{L}}]){not_after}{body}(?![\p{{L}}])(?!{_GOES_ON})"),
                     regex.compile(rf"(?<![\p{{L}}]){body}{_GOES_ON}")))
    return rows


def own_bare_ministry(text: str, orgs: list[Mention], own: str | None, channel: str | None, gz: Gazetteer) -> list[Mention]:
    """The channel's own foreign ministry where ``text`` names it bare ("the Ministry's headquarters", "la
    Cancillería saluda …", "Registreer u bij … Buitenlandse Zaken") and ``orgs`` do not already hold it: only in a
    channel named as a government body ("Egypt MFA", "Cancillería Chile") or by the ministry's own name ("DFA
    Philippines") that speaks for ``own``, and not in a text that names another body so ("the Ministry of Health")."""
    if own is None or not channel:
        return []
    for tail, alone, going_on in _own_names():
        if tail not in text:  # the name less its first letter, a literal: most texts have none
            continue
        ministry = _own_ministry(channel, own, gz)
        if ministry is None or any(m.ident == ministry for m in orgs):
            return []
        found = alone.search(text)
        if found and not going_on.search(text):
            return [Mention("org", ministry, found.group(0), found.start(), found.end())]
    return []


@functools.lru_cache(maxsize=1024)
def _own_ministry(channel: str, own: str, gz: Gazetteer) -> str | None:
    """The foreign ministry of ``own`` where ``channel`` is named as a government body or by the ministry's name."""
    ministry = _foreign_ministries(gz).get(own)
    if ministry is None or (not _GOVERNMENT.search(channel) and all(m.ident != ministry for m in gz.find(channel, ("org",)))):
        return None
    return ministry


# offices a person holds for a country's government; an ambassador, a secretary-general or a spokesperson
# a post names without a country may serve another (the ambassador the minister received)
NATIONAL_OFFICES = frozenset({"Foreign Minister", "Deputy Foreign Minister", "President", "Vice President", "Prime Minister",
                               "Deputy Prime Minister", "Chancellor", "Defence Minister", "Minister"})


def own_officials(people: list, own: str | None, gz: Gazetteer, channel: str | None = None) -> list:
    """``people`` (PersonHits) with the channel's country ``own`` given to those kg made from a national
    office that names no country ("El canciller Gerardo Werthein" in Argentina's channel, "Le premier
    ministre Mark Carney" in Canada's): the office is the channel's country's."""
    if own is None:
        return people
    embassy = channel_mission(channel, gz) is not None  # an embassy's channel: "Посол А.В.Ерхов" is its own ambassador
    return [replace(hit, entity=replace(hit.entity, country=own))
            if _own_official(hit.entity, gz) or (embassy and _own_official(hit.entity, gz, ("Ambassador",))) else hit
            for hit in people]


# what stands between a body's name and the name of the official its office makes: "DFA Spokesperson Ma. ", "DFAT
# Deputy Secretary " (an office's few words, an initial; no punctuation, no line break)
_OFFICE_BETWEEN = regex.compile(r"[^\S\n]+(?:\p{L}+[^\S\n]+){1,4}(?:\p{Lu}\p{Ll}?\.[^\S\n]+)?")


def body_officials(text: str, people: list, orgs: list[Mention], gz: Gazetteer) -> list:
    """``people`` (PersonHits) with a country given to those kg made from an office that names none, but that a
    government body's name just before qualifies: "DFA Spokesperson Ma. Teresita C. Daza" is the Philippines' (the
    body as ``orgs`` read it, a foreign ministry named bare being the channel's own), where the body's names name
    one country."""
    ends = {m.end: m.ident for m in orgs if m.kind == "org"}
    if not ends:
        return people
    kept = []
    for hit in people:
        if hit.entity.country is None and hit.entity.role and gz.entity("person", hit.entity.ident) is None:
            low = max(0, hit.mention.start - 48)
            for end, ident in ends.items():
                if low <= end < hit.mention.start and _OFFICE_BETWEEN.fullmatch(text, end, hit.mention.start):
                    if (home := _home(ident, gz)) is not None:
                        hit = replace(hit, entity=replace(hit.entity, country=home))
                    break
        kept.append(hit)
    return kept


def _own_official(entity, gz: Gazetteer, offices: frozenset[str] | tuple[str, ...] = NATIONAL_OFFICES) -> bool:
    return (entity.country is None and entity.role in offices
            and gz.entity("person", entity.ident) is None)  # made from the text, not known


@functools.lru_cache(maxsize=4096)
def _is_foreign_ministry(ident: str, gz: Gazetteer) -> bool:
    entity = gz.entity("org", ident)
    return bool(entity) and any(_FOREIGN_MINISTRY.search(label) for _, label in entity.labels + entity.alt_labels)


@functools.lru_cache(maxsize=8)
def _foreign_ministries(gz: Gazetteer) -> dict[str, str]:
    """Each country's foreign ministry, where kg knows one (and only one)."""
    found: dict[str, list[str]] = {}
    for entity in gz.entities("org"):
        home = _home(entity.ident, gz)
        if home and _is_foreign_ministry(entity.ident, gz):
            found.setdefault(home, []).append(entity.ident)
    # of several, the one an English name calls a foreign ministry from its start: Russia's, not the Diplomatic Academy
    # "of the Russian Foreign Ministry"
    found = {country: idents if len(idents) == 1 else [i for i in idents if any(
        language == "en" and _FOREIGN_MINISTRY.match(label) for language, label in gz.entity("org", i).labels)]
        for country, idents in found.items()}
    return {country: idents[0] for country, idents in found.items() if len(idents) == 1}


def foreign_ministry_of(country: str, gz: Gazetteer) -> str | None:
    """The foreign ministry kg's data holds for a country (its code in lower case, as kg's country idents), if one."""
    return _foreign_ministries(gz).get(country)


# what may stand between a body's bare name and its country: "МИД Казахстана", "Foreign Ministry of
# Kazakhstan", "ministère des Affaires étrangères du Mali", "Kazakh Foreign Ministry", "Kazakhstan's MFA"
_OF = regex.compile(r"\s*(?:(?:of the|de la|of|de|du|des)\s+)?")  # "of the" first: "the Foreign Ministry of the Philippines"
_OWNS = regex.compile(r"(?:['’]s)?[^\S\n]*$")  # (not across a line: a title ending in a country owns no body below it)


def without_foreign_bodies(text: str, named: list[Mention], gz: Gazetteer) -> list[Mention]:
    """``named`` less the organisations whose bare name ("МИД", "Foreign Ministry") stands for one
    country's body but is written beside another country's name: "МИД Казахстана" and "the Foreign
    Ministry of Kazakhstan" are Kazakhstan's ministry, not Russia's (kg may not know it). (They stay
    in what people are read from: "представитель МИД РК X" is an office of a ministry, whichever.)
    Each organisation looks only at the few characters beside it: time grows with the text."""
    starts = {m.start: m.ident for m in named if m.kind == "country"}
    ends = {m.end: m.ident for m in named if m.kind == "country"}
    if not starts:
        return named
    kept = []
    for mention in named:
        home = _home(mention.ident, gz) if mention.kind == "org" else None
        if home is None:
            kept.append(mention)
            continue
        after = starts.get(_OF.match(text, mention.end, mention.end + 12).end())
        owner = _OWNS.search(text, max(0, mention.start - 8), mention.start)
        before = ends.get(owner.start()) if owner else None
        if {after, before} <= {None, home}:
            kept.append(mention)
    return kept


# the offices whose portfolio is a list of capitalised words, one of which may be a body's name
_MINISTERS = frozenset({"Foreign Minister", "Minister", "Minister of State"})
_MINISTER_WORD = regex.compile(r"(?i)minist")
# what goes on after a body's name inside a portfolio: the list's next item ("…, Unión Europea y Cooperación")
_LIST_GOES_ON = regex.compile(r"(?:,|\s+(?:and|y|e|et|und))\s+(?:(?:de la|de l['’]|du|des)\s*)?\p{Lu}")  # French: "…, de l'Union européenne et de la Coopération"
_OFFICE_REACH = 120  # how far before a body's name the office naming it may start


def outside_offices(text: str, orgs: list[Mention]) -> list[Mention]:
    """``orgs`` less the bodies whose name is an item of a minister's portfolio: "el ministro de Asuntos
    Exteriores, Unión Europea y Cooperación" names an office, not the EU ("Minister of Foreign Affairs,
    European Union and Cooperation"; the gold's convention that an office's words name no organisation).
    Only a name that a listed portfolio goes on after is one; the offices are looked for only before a
    name with a minister's word a little before it."""
    kept = []
    table = roles()
    for mention in orgs:
        low = max(0, mention.start - _OFFICE_REACH)
        inside = False
        if _LIST_GOES_ON.match(text, mention.end) and _MINISTER_WORD.search(text, low, mention.start):
            for at, rows in offices_at(text[low : mention.start]):
                for row in rows:
                    role, pattern = table[row]
                    found = pattern.match(text, low + at) if role in _MINISTERS else None
                    if found and found.end() > mention.end and low + at < mention.start:
                        inside = True
        if not inside and not _last_portfolio(text, mention, low):
            kept.append(mention)
    return kept


# a ministry's or minister's name listing its portfolios, its last item the body's name: "Ministre des Affaires
# étrangères, Coopération internationale et Francophonie" (the DR Congo's), not the Francophonie
_MINISTRY_LIST = regex.compile(r"(?<!\p{L})(?i:minist\p{L}*)\s+(?:of|for|des?|du|de la|de l['’])\s+(?P<list>[^.;:\n]{3,100}),?\s+(?:and|y|e|et)\s+$")
_ITEM = regex.compile(r"\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’-]*|\p{Ll}{4,}))?")
_ITEM_SEPARATOR = regex.compile(r"\s*,\s*|\s+(?:and|y|e|et)\s+")


def _last_portfolio(text: str, mention: Mention, low: int) -> bool:
    """Whether a body's name, right after "and"/"et", closes the list of a ministry's portfolios: each item of the list
    before it a capitalised word, with another or an adjective ("Affaires étrangères", "Coopération internationale")."""
    match = _MINISTRY_LIST.search(text, low, mention.start)
    if match is None or match.end() != mention.start:
        return False
    items = _ITEM_SEPARATOR.split(match.group("list"))
    return len(items) >= 2 and all(_ITEM.fullmatch(item) for item in items)


def not_titles(text: str, orgs: list[Mention]) -> list[Mention]:
    """``orgs`` less a body whose name is also its members' title, written before a member's name:
    "Bundesrat Ignazio Cassis", "la conseillère fédérale Karin Keller-Sutter" (a Swiss Federal
    Councillor, not the Federal Council, which "Der Bundesrat nimmt … zur Kenntnis" names)."""
    return [m for m in orgs if m.ident not in _MEMBERS_TITLED or m.end < 0 or not _NAME_AFTER.match(text, m.end)]


_MEMBERS_TITLED = frozenset({"swiss-federal-council"})
_NAME_AFTER = regex.compile(r"[^\S\n]{1,2}\p{Lu}\p{Ll}")  # (a German verb after the body is written in lower case)


# a convention named after the body under which it was adopted: "the United Nations Convention on the Law of the Sea",
# "the UN Framework Convention on Climate Change", "la Convención de las Naciones Unidas sobre …", "Конвенции ООН по
# морскому праву" (the body is no party to it; its Charter, the body's own, still names it: "the UN Charter")
_CONVENTION_AFTER = regex.compile(r"\s+(?:Framework\s+)?Convention\b")
_CONVENTION_BEFORE = regex.compile(r"(?:Convention|Convenci[oó]n|Convenção|Convenzione|Конвенци[яиюе]|Конвенцией)(?:\s+(?:des|de\s+las|das|delle|"
                                   r"of\s+the|de\s+la|de\s+l['’]))?\s+$")


_CONVENTION_WORDS = ("Convention", "Convenci", "Convenç", "Convenz", "Конвенци")


def outside_conventions(text: str, orgs: list[Mention]) -> list[Mention]:
    """``orgs`` less the names that are part of a convention's name ("the 1982 United Nations Convention on the Law of the
    Sea (UNCLOS)" names no UN)."""
    if not any(word in text for word in _CONVENTION_WORDS):
        return orgs
    return [m for m in orgs if not (_CONVENTION_AFTER.match(text, m.end)
                                     or _CONVENTION_BEFORE.search(text, max(0, m.start - 24), m.start))]


@functools.lru_cache(maxsize=4096)
def _home(ident: str, gz: Gazetteer) -> str | None:
    """The one country an organisation's names name ("Russian Foreign Ministry", "МИД России": Russia), if any."""
    entity = gz.entity("org", ident)
    found = {m.ident for _, label in (entity.labels + entity.alt_labels if entity else ())
             for m in gz.find(label, ("country",))}
    return next(iter(found)) if len(found) == 1 else None


# a UN principal organ named bare where the post names the UN: "the UN Charter, … and General Assembly resolutions"
# (not another body's: "the General Assembly of the OAS", "Interpol's General Assembly")
_BARE_UN_ORGANS = {"General Assembly": "united-nations-general-assembly"}
_UN = "united-nations"
_OF_ANOTHER_BODY = regex.compile(r"\s+of\b")  # "General Assembly of the OAS"
_ANOTHER_BODYS = regex.compile(r"['’]s\s*$")  # "Interpol's General Assembly"


def un_organs(text: str, orgs: list[Mention]) -> list[Mention]:
    """The UN organs a text names bare ("General Assembly") where it names the UN itself, and not their full names."""
    if not any(m.ident == _UN for m in orgs):
        return []
    found = []
    for name, ident in _BARE_UN_ORGANS.items():
        if any(m.ident == ident for m in orgs):
            continue
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            inside = any(m.start <= at < m.end for m in orgs)
            if not inside and not _OF_ANOTHER_BODY.match(text, end) and not _ANOTHER_BODYS.search(text, max(0, at - 12), at):
                found.append(Mention("org", ident, name, at, end))
                break
            at = text.find(name, end)
    return found


__all__ = ["NATIONAL_OFFICES", "body_officials", "channel_country", "country_named", "foreign_ministry_of", "outside_conventions",
           "outside_offices", "own_bare_ministry", "own_bodies", "own_officials", "un_organs", "without_foreign_bodies"]
