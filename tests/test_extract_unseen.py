"""The extractor on posts it has never seen: the patterns real channels use, other names.

Every post below is written in the style of the Russian Foreign Ministry's channels (the style of
seeds/), but with ministers, counterparts, countries, cities, organisations, dates and wordings
that do not occur in seeds/. The expectations are what a careful human annotator would write,
following the extraction guidelines (event type by the title's wording and its precedence; the day
of the event; its place as a city with its country, or a country; the title's actor and the people
quoted as speakers, the named counterparts as participants; organisations and parties; what each
hashtag denotes). They were written from the guidelines, not from kg's output.
"""
from __future__ import annotations

import functools
import io
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timezone

import pytest

from kg.extract import Extractor, resolve_years
from kg.models import Extraction, Post
from kg.readers.text import read_text_copy


# ------------------------------------------------------------------------------------------------
# The posts
# ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    lines: tuple[str, ...]
    language: str = "en"
    hashtags: tuple[str, ...] = ()
    published: datetime | None = None


def _utc(*args) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


CASES: dict[str, Case] = {
    # --- meetings ---------------------------------------------------------------------------
    "seychelles_meeting": Case(
        (
            "🇷🇺🇸🇨 On March 14, Deputy Foreign Minister Mikhail Bogdanov met with Minister of Foreign "
            "Affairs and Diaspora of the Republic of Seychelles Barry Faure, who is in Moscow on a working visit.",
            "The sides discussed the current state and prospects of #RussiaSeychelles relations, including "
            "cooperation in tourism and fisheries, as well as interaction within the #UN and the #AfricanUnion.",
        ),
        hashtags=("RussiaSeychelles", "UN", "AfricanUnion"),
        published=_utc(2025, 3, 15, 9, 30),
    ),
    "peru_talks": Case(
        (
            "🎙 Deputy Foreign Minister Sergey Ryabkov’s opening remarks at talks with Foreign Minister of Peru "
            "Elmer Schialer (Lima, March 3, 2025)",
            "💬 Mr Minister, colleagues, thank you for your hospitality. This year marks 56 years since the "
            "establishment of diplomatic relations between our countries. <...>",
            "#RussiaPeru",
        ),
        hashtags=("RussiaPeru",),
    ),
    "ulaanbaatar_hosted": Case(
        (
            "🇷🇺🇲🇳 On 27 February 2025, Ulaanbaatar hosted talks between Deputy Foreign Minister Andrey Rudenko "
            "and Minister of Foreign Affairs of Mongolia Battsetseg Batmunkh.",
            "The parties discussed preparations for upcoming high-level contacts and the implementation of joint "
            "projects in energy and transport.",
        ),
    ),
    "lesotho_received": Case(
        (
            "🇷🇺🇱🇸 On 14 May 2025, Deputy Foreign Minister Mikhail Bogdanov was received by Lesotho's Prime "
            "Minister Sam Matekane in Maseru.",
            "The Russian side handed over a message of greetings. Cooperation in healthcare, education and "
            "mining was discussed.",
        ),
    ),
    "kazakhstan_chairman": Case(
        (
            "🇷🇺🇰🇿 On 18 April 2025, Speaker of the State Duma Vyacheslav Volodin held a meeting with Yerlan "
            "Koshanov, Chairman of the Mazhilis of Kazakhstan.",
            "The interlocutors discussed inter-parliamentary cooperation and harmonisation of legislation "
            "within the #EAEU.",
        ),
        hashtags=("EAEU",),
    ),
    "guinea_bissau_meeting": Case(
        (
            "🇷🇺🇬🇼 On 22 January 2025, Deputy Foreign Minister Georgy Borisenko held a meeting with Minister of "
            "Foreign Affairs of the Republic of Guinea-Bissau Carlos Pinto Pereira in Moscow.",
            "The sides reviewed the bilateral agenda, including the training of Guinea-Bissau specialists at "
            "Russian universities.",
        ),
    ),
    "moscow_meeting_with_past_city": Case(
        (
            "🇷🇺🇸🇾 On February 11, 2025, Deputy Foreign Minister Mikhail Bogdanov met with Syria's Ambassador "
            "Bashar Jaafari in Moscow.",
            "The sides recalled the understandings reached in Astana on 23 January 2024 and stressed the need "
            "to respect the sovereignty and territorial integrity of Syria.",
        ),
    ),
    "tehran_received": Case(
        (
            "🤝 Secretary of the Security Council of Russia Sergei Shoigu was received by President of Iran "
            "Masoud Pezeshkian",
            "📍 Tehran, 30 December 2024",
            "The sides discussed the implementation of the Treaty on Comprehensive Strategic Partnership "
            "between Russia and Iran.",
        ),
        hashtags=("RussiaIran",),
    ),
    "china_ambassador_meeting": Case(
        (
            "🇷🇺🇨🇳 Deputy Foreign Minister Andrey Rudenko met with Ambassador of China to Russia Zhang Hanhui "
            "(Moscow, 19 March 2025)",
            "The sides discussed preparations for upcoming contacts at the highest level and coordination "
            "within the #SCO and #BRICS.",
            "#RussiaChina",
        ),
        hashtags=("SCO", "BRICS", "RussiaChina"),
    ),
    "brasilia_talks": Case(
        (
            "🇮🇳🇧🇷 On 18 March 2025, Minister of State for External Affairs Pabitra Margherita held talks with "
            "Brazil's Foreign Minister Mauro Vieira in Brasília.",
            "The ministers reviewed the #IndiaBrazil strategic partnership and coordination in #BRICS and the "
            "#G20.",
        ),
        hashtags=("IndiaBrazil", "BRICS", "G20"),
    ),
    # --- press conferences, interviews, briefings ----------------------------------------------
    "almaty_press": Case(
        (
            "🎙 Deputy Prime Minister Alexei Overchuk’s statement and answers to questions following the "
            "meeting of the Eurasian Intergovernmental Council (Almaty, February 3, 2025)",
            "💬 We agreed on the main parameters of the common electricity market of the #EAEU. <...>",
        ),
        hashtags=("EAEU",),
    ),
    "minsk_news_conference": Case(
        (
            "🎙 Foreign Minister of Belarus Maxim Ryzhenkov’s news conference following talks with Foreign "
            "Minister of Zimbabwe Amon Murwira",
            "📍 Minsk, October 8, 2024",
            "💬 Our countries are ready to expand cooperation in agriculture, mining and the supply of "
            "machinery. <...>",
        ),
    ),
    "dakar_conference_fr": Case(
        (
            "🎙 Conférence de presse de l'Ambassadeur de Russie au Sénégal Dmitri Kourakov (Dakar, le 9 "
            "septembre 2024)",
            "💬 La Russie est prête à développer la coopération avec le Sénégal dans les domaines de l'énergie "
            "et de l'éducation. <...>",
        ),
        language="fr",
    ),
    "ryabkov_press_ru": Case(
        (
            "🎙 Пресс-конференция заместителя Министра иностранных дел России С.А.Рябкова",
            "📍 Москва, 21 ноября 2024 года",
            "💬 Мы видим, что американская сторона не готова к серьёзному разговору о стратегической "
            "стабильности. <...>",
        ),
        language="ru",
    ),
    "indonesia_interview": Case(
        (
            "📰 Ambassador of Russia to Indonesia Sergei Tolchenov’s interview with the Kompas newspaper "
            "(January 22, 2025)",
            "❓ How do you assess the current state of bilateral relations?",
            "💬 Sergei Tolchenov: Our relations are developing steadily in all areas. <...>",
        ),
    ),
    "niger_interview_fr": Case(
        (
            "📰 L’entretien de l’Ambassadrice de la Russie au Niger Olga Sokolova pour Le Sahel:",
            "Q: Comment évaluez-vous la coopération entre nos deux pays ?",
            "R: Elle se développe dans tous les domaines. <...>",
        ),
        language="fr",
    ),
    "hindu_interview_ru": Case(
        (
            "📰 Интервью Посла России в Индии Д.А.Алипова газете The Hindu",
            "❓ Как Вы оцениваете отношения между нашими странами?",
            "💬 Д.А.Алипов: Они развиваются во всех областях. <...>",
        ),
        language="ru",
    ),
    "ambassador_in_singapore": Case(
        (
            "📰 Interview of the Ambassador of Russia in Singapore Nikolay Kudashev to The Straits Times",
            "❓ How do you see the prospects of trade between our countries?",
            "💬 Nikolay Kudashev: They are good. <...>",
        ),
    ),
    "ambassador_talks_in_jakarta": Case(
        (
            "🇷🇺🇮🇩 Ambassador of Russia to Indonesia Sergei Tolchenov held talks in Jakarta with the Minister "
            "of Trade of Indonesia",
            "The sides discussed trade and investment. <...>",
        ),
    ),
    "tehran_visited": Case(
        (
            "🇷🇺🇮🇷 On April 8, 2025, Foreign Minister Sergey Lavrov visited Tehran, where he held talks with "
            "Foreign Minister of Iran Abbas Araghchi",
            "The ministers discussed the situation in the Middle East. <...>",
        ),
    ),
    "baku_visited_ru": Case(
        (
            "🇷🇺🇦🇿 8 апреля Министр иностранных дел Российской Федерации С.В.Лавров посетил Баку",
            "Состоялись переговоры с Министром иностранных дел Азербайджана. <...>",
        ),
        language="ru",
    ),
    "izvestia_questions": Case(
        (
            "🎙 Deputy Foreign Minister Mikhail Galuzin answers questions from Izvestia newspaper",
            "❓ What results did the CSTO summit held in Astana on November 28, 2024 bring?",
            "💬 Mikhail Galuzin: The summit confirmed the commitment of the member states to collective "
            "security. <...>",
        ),
    ),
    "cairo_interview_ru": Case(
        (
            "📰 Интервью Посла России в Египте Георгия Борисенко газете «Аль-Ахрам» (Каир, 12 марта 2025 года)",
            "❓ Как Вы оцениваете перспективы российско-египетского сотрудничества?",
            "💬 Сотрудничество развивается по всем направлениям. <...>",
        ),
        language="ru",
    ),
    "studennikov_briefing": Case(
        (
            "🎙 Briefing by Deputy Director of the Information and Press Department of the Russian Foreign "
            "Ministry Artyom Studennikov (Moscow, November 14, 2024)",
            "🔹 On the upcoming visit of the Foreign Minister of Laos to Russia",
            "🔹 On the situation in the Middle East",
        ),
    ),
    # --- phone calls ------------------------------------------------------------------------
    "vietnam_phone": Case(
        (
            "📞 On January 9, Prime Minister Mikhail Mishustin had a telephone conversation with Prime "
            "Minister of Vietnam Pham Minh Chinh.",
            "The heads of government discussed trade, energy and the 75th anniversary of #RussiaVietnam "
            "diplomatic relations.",
        ),
        hashtags=("RussiaVietnam",),
        published=_utc(2025, 1, 10, 8, 0),
    ),
    "chad_phone_fr": Case(
        (
            "📞 Entretien téléphonique du vice-ministre russe des Affaires étrangères Mikhaïl Bogdanov avec le "
            "ministre des Affaires étrangères du Tchad Abderaman Koulamallah",
            "Le 1er octobre 2024, les parties ont examiné l'état des relations bilatérales et la situation au "
            "Sahel.",
        ),
        language="fr",
    ),
    "armenia_phone_ru": Case(
        (
            "📞 Телефонный разговор заместителя Министра иностранных дел России М.Ю.Галузина с Министром "
            "иностранных дел Армении А.Мирзояном",
            "15 января 2025 года состоялся телефонный разговор, в ходе которого стороны обсудили актуальные "
            "вопросы двусторонней повестки дня.",
        ),
        language="ru",
    ),
    # --- consultations ------------------------------------------------------------------------
    "delhi_consultations": Case(
        (
            "🇷🇺🇮🇳 On 10–13 September 2023, Deputy Foreign Minister Andrey Rudenko held consultations with "
            "Secretary (East) of the Ministry of External Affairs of India Saurabh Kumar in New Delhi.",
            "The sides exchanged views on the situation in the Asia-Pacific region.",
        ),
    ),
    "vietnam_consultations_ru": Case(
        (
            "🇷🇺🇻🇳 4 ноября 2024 года заместитель Министра иностранных дел России А.Ю.Руденко провёл "
            "консультации с заместителем Министра иностранных дел Вьетнама Нгуен Минь Ву.",
            "Стороны обсудили ход реализации договорённостей, достигнутых на высшем уровне.",
        ),
        language="ru",
    ),
    # --- multilateral -------------------------------------------------------------------------
    "valletta_osce": Case(
        (
            "🗓 On December 5, 2024, Deputy Foreign Minister Alexander Grushko took part in the 31st OSCE "
            "Ministerial Council in Valletta.",
            "He stressed that the organisation can only survive if it returns to its original principles.",
        ),
    ),
    "johannesburg_g20": Case(
        (
            "🌐 On February 20-21, 2025, Deputy Foreign Minister Sergey Ryabkov took part in the G20 Foreign "
            "Ministers’ Meeting in Johannesburg, held under South Africa’s presidency.",
            "The Russian delegation presented its assessments of the international situation.",
        ),
        hashtags=("G20",),
    ),
    "tianjin_sco_council": Case(
        (
            "🌏 Session of the Shanghai Cooperation Organisation Heads of State Council (Tianjin, 1 September "
            "2025)",
            "The leaders adopted a development strategy of the organisation until 2035.",
            "#SCO",
        ),
        hashtags=("SCO",),
    ),
    "vientiane_asean": Case(
        (
            "🗓 On 26 July 2024, Deputy Foreign Minister Alexander Alimov took part in the ASEAN–Russia Senior "
            "Officials' Meeting in Vientiane.",
            "The participants reviewed the implementation of the Comprehensive Plan of Action.",
            "#RussiaASEAN",
        ),
        hashtags=("RussiaASEAN",),
    ),
    "islamabad_sco_ru": Case(
        (
            "📄 Заявление Совета глав правительств государств – членов ШОС (Исламабад, 16 октября 2024 года)",
            "Главы правительств подтвердили приверженность принципам Хартии #ШОС.",
        ),
        language="ru",
        hashtags=("ШОС",),
    ),
    # --- statements --------------------------------------------------------------------------
    "polyanskiy_unsc": Case(
        (
            "🎙 Remarks by First Deputy Permanent Representative of Russia Dmitry Polyanskiy at a UN Security "
            "Council meeting on Sudan (New York, December 17, 2024)",
            "💬 The humanitarian situation in Sudan remains extremely difficult. <...>",
        ),
    ),
    "zabolotskaya_unga": Case(
        (
            "🇺🇳 Statement by Deputy Permanent Representative of Russia Maria Zabolotskaya at the UN General "
            "Assembly plenary meeting on the use of the veto",
            "📍 New York, October 3, 2024",
            "💬 The veto is an important instrument that encourages the members of the Security Council to "
            "seek compromise. <...>",
            "#UNGA79",
        ),
        hashtags=("UNGA79",),
    ),
    "novak_address": Case(
        (
            "✍️ Deputy Prime Minister Alexander Novak’s address to participants in the Russian Energy Week "
            "international forum",
            "📍 Moscow, October 15",
            "💬 Dear friends, global energy markets are going through a period of profound change. <...>",
        ),
        published=_utc(2025, 10, 16, 7, 0),
    ),
    "matviyenko_greetings": Case(
        (
            "✉️ Chairwoman of the Federation Council Valentina Matviyenko’s greetings to the participants of "
            "the Inter-Parliamentary Assembly of the CIS (Saint Petersburg, 20 November 2024)",
            "💬 Dear colleagues, the parliamentary dimension of the Commonwealth is more in demand than "
            "ever. <...>",
        ),
    ),
    "volodin_speech_bishkek": Case(
        (
            "🎙 Speech by Speaker of the State Duma Vyacheslav Volodin at the plenary session of the "
            "Parliamentary Assembly of the Collective Security Treaty Organization",
            "📍 Bishkek, 25 November 2024",
            "💬 Our common task is to ensure the security of our citizens. <...>",
        ),
    ),
    "ghana_quote_card": Case(
        (
            "🇬🇭 Foreign Minister of Ghana Samuel Okudzeto Ablakwa: Africa will no longer accept being "
            "lectured on democracy",
            "Read more on our website.",
        ),
    ),
    "vershinin_quote_card": Case(
        (
            "💬 Deputy Foreign Minister Sergey Vershinin: The humanitarian situation in Gaza demands an "
            "immediate and lasting ceasefire",
            "#Palestine",
        ),
        hashtags=("Palestine",),
    ),
    "galuzin_minsk_title": Case(
        (
            "🎙 Deputy Foreign Minister Mikhail Galuzin’s remarks at the 3rd Eurasian Security Conference, "
            "Minsk, 31 October 2024",
            "💬 The Eurasian security architecture must be built by the countries of the continent "
            "themselves. <...>",
        ),
    ),
    "doha_ordinal": Case(
        (
            "🎙 Deputy Foreign Minister Sergey Vershinin’s remarks at the 22th Doha Forum, 7 December 2024",
            "💬 The Middle East needs a collective security system. <...>",
        ),
    ),
    "kazan_welcome": Case(
        (
            "🎙 Deputy Foreign Minister Alexander Alimov’s greetings to participants in the International "
            "Forum of Young Diplomats",
            "💬 Dear friends, I am glad to welcome you to Kazan, one of the largest scientific and educational "
            "centres of our country. <...>",
        ),
    ),
    # --- visits ------------------------------------------------------------------------------
    "tashkent_arrival": Case(
        (
            "🛬 Chairman of the Government of the Russian Federation Mikhail Mishustin arrives in Tashkent on "
            "an official visit to Uzbekistan",
            "📍 Tashkent, October 3",
        ),
        published=_utc(2024, 10, 3, 11, 15),
    ),
    "peru_visit": Case(
        (
            "🇷🇺🇵🇪 Deputy Foreign Minister Sergey Ryabkov’s working visit to Peru",
            "On April 7-8, 2025, Deputy Foreign Minister Sergey Ryabkov paid a working visit to Peru.",
            "The programme included a discussion of cooperation in science, education and culture.",
        ),
    ),
    "namibia_visit": Case(
        (
            "🇷🇺🇳🇦 Deputy Foreign Minister Mikhail Bogdanov’s working visit to Namibia",
            "On 30 April – 2 May 2025, Deputy Foreign Minister Mikhail Bogdanov paid a working visit to "
            "Windhoek, where he was received by Namibia's President Netumbo Nandi-Ndaitwah.",
            "The sides discussed cooperation in geological exploration and energy.",
        ),
    ),
    # --- summary, commentary, announcement, other ----------------------------------------------
    "summary_2024": Case(
        (
            "📊 Foreign policy outcomes of the year: the Russian Foreign Ministry’s review of 2024",
            "On October 22-24, Kazan hosted the #BRICS summit, the largest international event ever held in "
            "Russia.",
            "🔹 Russia chaired #BRICS and strengthened cooperation with the countries of the Global Majority.",
        ),
        hashtags=("BRICS",),
        published=_utc(2024, 12, 30, 10, 0),
    ),
    "osce_comment": Case(
        (
            "🗣 Comment by the Information and Press Department on the decision of the OSCE Chairmanship "
            "regarding observers",
            "We regret that the Chairmanship has once again chosen to ignore the principle of consensus. <...>",
        ),
        published=_utc(2025, 5, 5, 12, 0),
    ),
    "forum_announcement": Case(
        (
            "📢 The International Forum of Young Diplomats will be held in Nizhny Novgorod on 14–16 May 2025",
            "Applications are accepted until April 1.",
        ),
    ),
    "lusaka_concert": Case(
        (
            "🎶 A concert of Russian folk music at the Russian House in Lusaka",
            "On 12 June 2024, on the occasion of Russia Day, the Russian House in Lusaka gathered friends of "
            "our country for a concert of folk music.",
            "#DruzhbaDosti",
        ),
        hashtags=("DruzhbaDosti",),
    ),
    "roundtable_quotes": Case(
        (
            "🎙 Roundtable on Russia–Africa cooperation at the Diplomatic Academy (Moscow, 15 May 2025)",
            "💬 Deputy Foreign Minister Mikhail Bogdanov: Africa is becoming one of the centres of the "
            "multipolar world.",
            "💬 Rector of the Diplomatic Academy Alexander Yakovenko: Our students are the future of this "
            "partnership.",
        ),
    ),
    # --- Spanish, Portuguese and German dates ----------------------------------------------------
    "mexico_consultations_es": Case(
        (
            "🇷🇺🇲🇽 Consultas políticas entre los Ministerios de Asuntos Exteriores de Rusia y México",
            "El 12 de octubre de 2023, en Ciudad de México se celebró una nueva ronda de consultas políticas "
            "entre los Ministerios de Asuntos Exteriores de ambos países.",
            "Las partes intercambiaron opiniones sobre la agenda regional e internacional.",
        ),
        language="es",
    ),
    "caracas_reception_es": Case(
        (
            "🎙 Discurso del Embajador de Rusia en Venezuela en la recepción con motivo del Día de la Victoria "
            "(Caracas, 9 de mayo de 2024)",
            "💬 Queridos amigos, hoy recordamos a quienes dieron su vida por la paz. <...>",
        ),
        language="es",
    ),
    "bogota_forum_es": Case(
        (
            "📢 Los días 5 y 6 de junio de 2025 se celebrará en Bogotá un foro de cooperación entre Rusia y "
            "América Latina",
            "Se aceptan inscripciones hasta el 20 de mayo.",
        ),
        language="es",
    ),
    "brasilia_meeting_pt": Case(
        (
            "🇷🇺🇧🇷 Em 1º de outubro, o Embaixador da Rússia no Brasil reuniu-se com o Secretário de Ásia e "
            "Pacífico do Itamaraty.",
            "As partes discutiram a preparação da cúpula do BRICS.",
        ),
        language="pt",
        published=_utc(2024, 10, 2, 14, 0),
    ),
    "lisbon_victory_day_pt": Case(
        (
            "🎙 Discurso do Embaixador da Rússia em Portugal na cerimónia do Dia da Vitória",
            "📍 Lisboa, 9 de maio de 2024",
            "💬 Caros amigos, hoje prestamos homenagem aos heróis. <...>",
        ),
        language="pt",
    ),
    "berlin_remarks_de": Case(
        (
            "🎙 Rede des Botschafters Russlands in Deutschland beim Empfang zum Tag Russlands (Berlin, 12. Juni 2024)",
            "💬 Liebe Freunde, ich freue mich, Sie heute begrüßen zu dürfen. <...>",
        ),
        language="de",
    ),
    "vienna_talks_de": Case(
        (
            "🇷🇺🇦🇹 Gespräche im österreichischen Außenministerium",
            "Am 3. Oktober 2023 traf der Botschafter Russlands in Österreich den Generalsekretär des "
            "österreichischen Außenministeriums.",
            "Die Seiten erörterten Fragen der europäischen Sicherheit.",
        ),
        language="de",
    ),
    "forum_announcement_de": Case(
        (
            "📢 Das Internationale Forum junger Diplomaten findet vom 14. bis 16. Mai 2025 in Nischni "
            "Nowgorod statt",
            "Bewerbungen werden bis zum 1. April angenommen.",
        ),
        language="de",
    ),
    # --- hard negatives -----------------------------------------------------------------------
    "fyi_bullet": Case(
        (
            "🎙 Deputy Foreign Minister Sergey Vershinin’s remarks at the international conference on Middle "
            "East security (June 5, 2025)",
            "💬 Only a comprehensive settlement based on international law can bring peace to the region. <...>",
            "📍FYI: the previous round of the conference took place in Doha.",
        ),
    ),
    "kfu_delegation": Case(
        (
            "🎙 Deputy Foreign Minister Alexander Alimov’s remarks at a meeting with a delegation of Kazan "
            "Federal University (Moscow, April 2, 2025)",
            "💬 Dear friends, the Foreign Ministry values its cooperation with leading regional "
            "universities. <...>",
        ),
    ),
}


# ------------------------------------------------------------------------------------------------
# Helpers
# ------------------------------------------------------------------------------------------------


def make_post(lines, *, source="unseen.txt", language="en", hashtags=(), published=None, index=0) -> Post:
    text = "\n".join(lines)
    return Post(
        source=source,
        title=lines[0],
        text=text,
        language=language,
        hashtags=tuple(hashtags),
        published=published,
        start_line=1,
        end_line=len(lines),
        index=index,
    )


@functools.lru_cache(maxsize=None)
def _extractor() -> Extractor:
    return Extractor()


@functools.lru_cache(maxsize=None)
def extract(name: str) -> Extraction:
    case = CASES[name]
    post = make_post(
        case.lines, source=f"{name}.txt", language=case.language, hashtags=case.hashtags, published=case.published
    )
    return next(resolve_years([_extractor().extract(post)]))


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().replace("-", " ")


def entity(ex: Extraction, kind: str, ident: str):
    for e in ex.entities:
        if e.kind == kind and e.ident == ident:
            return e
    return None


def _describe(ex: Extraction):
    """The location as (kind, English name or code, country) for readable failures."""
    if ex.event.location is None:
        return None
    kind, ident = ex.event.location
    if kind == "country":
        return ("country", ident)
    place = entity(ex, kind, ident)
    if place is None:
        return (kind, ident, "<no entity>")
    return ("city", place.name, place.country)


# ------------------------------------------------------------------------------------------------
# Event type
# ------------------------------------------------------------------------------------------------

TYPES = [
    ("seychelles_meeting", "Meeting"),  # "met with"
    ("peru_talks", "Meeting"),  # "opening remarks at talks with <named person>"
    ("ulaanbaatar_hosted", "Meeting"),  # "hosted talks between"
    ("lesotho_received", "Meeting"),  # "was received by"
    ("kazakhstan_chairman", "Meeting"),  # "held a meeting with"
    ("guinea_bissau_meeting", "Meeting"),
    ("moscow_meeting_with_past_city", "Meeting"),
    ("tehran_received", "Meeting"),
    ("china_ambassador_meeting", "Meeting"),
    ("brasilia_talks", "Meeting"),  # "held talks with"
    ("almaty_press", "PressConference"),  # "statement and answers to questions following"
    ("minsk_news_conference", "PressConference"),  # "news conference following talks with" (PC > Meeting)
    ("dakar_conference_fr", "PressConference"),
    ("ryabkov_press_ru", "PressConference"),
    ("indonesia_interview", "Interview"),
    ("izvestia_questions", "Interview"),  # "answers questions from <media>"
    ("niger_interview_fr", "Interview"),  # "L’entretien"
    ("hindu_interview_ru", "Interview"),  # "Интервью"
    ("ambassador_in_singapore", "Interview"),
    ("ambassador_talks_in_jakarta", "Meeting"),  # "held talks"
    ("cairo_interview_ru", "Interview"),
    ("studennikov_briefing", "Briefing"),  # "Briefing" beats the "Press" of "Press Department"
    ("vietnam_phone", "PhoneCall"),
    ("chad_phone_fr", "PhoneCall"),
    ("armenia_phone_ru", "PhoneCall"),
    ("delhi_consultations", "Consultations"),
    ("vietnam_consultations_ru", "Consultations"),
    ("valletta_osce", "MultilateralMeeting"),  # "took part in ... Ministerial Council"
    ("johannesburg_g20", "MultilateralMeeting"),
    ("tianjin_sco_council", "MultilateralMeeting"),  # council session without "took part"
    ("vientiane_asean", "MultilateralMeeting"),
    ("islamabad_sco_ru", "Statement"),  # "Заявление" (a statement) of a council: Statement > summit/council
    ("polyanskiy_unsc", "Statement"),  # "remarks at <a multilateral event>"
    ("zabolotskaya_unga", "Statement"),
    ("novak_address", "Statement"),
    ("matviyenko_greetings", "Statement"),
    ("volodin_speech_bishkek", "Statement"),  # "speech at the plenary session": Statement > MultilateralMeeting
    ("ghana_quote_card", "Statement"),  # quote card "<person>: <quote>"
    ("vershinin_quote_card", "Statement"),
    ("galuzin_minsk_title", "Statement"),
    ("doha_ordinal", "Statement"),
    ("kazan_welcome", "Statement"),
    ("kfu_delegation", "Statement"),  # "remarks at a meeting with a delegation": no counterpart named
    ("fyi_bullet", "Statement"),
    ("tashkent_arrival", "Visit"),  # "arrives in" (Visit > "visit" wording alone)
    ("peru_visit", "Visit"),
    ("namibia_visit", "Visit"),
    ("summary_2024", "Summary"),  # outcomes of the year, even with "summit" in the text
    ("osce_comment", "Commentary"),
    ("forum_announcement", "Announcement"),
    ("lusaka_concert", "Other"),
]


@pytest.mark.parametrize("name, expected", TYPES, ids=[t[0] for t in TYPES])
def test_event_type(name, expected):
    assert extract(name).event.type == expected


# ------------------------------------------------------------------------------------------------
# Date
# ------------------------------------------------------------------------------------------------

D = date
DATES = [
    # name, date, end_date, date_inferred
    ("seychelles_meeting", D(2025, 3, 14), None, True),  # "On March 14" + published 2025-03-15
    ("peru_talks", D(2025, 3, 3), None, False),  # "(Lima, March 3, 2025)"
    ("ulaanbaatar_hosted", D(2025, 2, 27), None, False),  # "On 27 February 2025"
    ("lesotho_received", D(2025, 5, 14), None, False),
    ("kazakhstan_chairman", D(2025, 4, 18), None, False),
    ("moscow_meeting_with_past_city", D(2025, 2, 11), None, False),  # not the 2024 date in the body
    ("tehran_received", D(2024, 12, 30), None, False),  # "📍 Tehran, 30 December 2024"
    ("china_ambassador_meeting", D(2025, 3, 19), None, False),
    ("brasilia_talks", D(2025, 3, 18), None, False),
    ("almaty_press", D(2025, 2, 3), None, False),
    ("minsk_news_conference", D(2024, 10, 8), None, False),
    ("dakar_conference_fr", D(2024, 9, 9), None, False),  # "le 9 septembre 2024"
    ("ryabkov_press_ru", D(2024, 11, 21), None, False),  # "📍 Москва, 21 ноября 2024 года"
    ("indonesia_interview", D(2025, 1, 22), None, False),
    ("izvestia_questions", None, None, False),  # the only date is a past summit's
    ("cairo_interview_ru", D(2025, 3, 12), None, False),  # "(Каир, 12 марта 2025 года)"
    ("studennikov_briefing", D(2024, 11, 14), None, False),
    ("vietnam_phone", D(2025, 1, 9), None, True),  # year from publication
    ("chad_phone_fr", D(2024, 10, 1), None, False),  # "Le 1er octobre 2024"
    ("armenia_phone_ru", D(2025, 1, 15), None, False),  # "15 января 2025 года состоялся …"
    ("delhi_consultations", D(2023, 9, 10), D(2023, 9, 13), False),  # "10–13 September 2023"
    ("vietnam_consultations_ru", D(2024, 11, 4), None, False),  # "4 ноября 2024 года"
    ("valletta_osce", D(2024, 12, 5), None, False),
    ("johannesburg_g20", D(2025, 2, 20), D(2025, 2, 21), False),  # "February 20-21, 2025"
    ("tianjin_sco_council", D(2025, 9, 1), None, False),
    ("vientiane_asean", D(2024, 7, 26), None, False),
    ("islamabad_sco_ru", D(2024, 10, 16), None, False),
    ("polyanskiy_unsc", D(2024, 12, 17), None, False),
    ("zabolotskaya_unga", D(2024, 10, 3), None, False),
    ("novak_address", D(2025, 10, 15), None, True),  # "📍 Moscow, October 15" + published
    ("matviyenko_greetings", D(2024, 11, 20), None, False),
    ("volodin_speech_bishkek", D(2024, 11, 25), None, False),
    ("ghana_quote_card", None, None, False),
    ("galuzin_minsk_title", D(2024, 10, 31), None, False),  # ", Minsk, 31 October 2024"
    ("doha_ordinal", D(2024, 12, 7), None, False),  # "22th Doha Forum, 7 December 2024": not the 22nd
    ("kazan_welcome", None, None, False),
    ("tashkent_arrival", D(2024, 10, 3), None, True),
    ("peru_visit", D(2025, 4, 7), D(2025, 4, 8), False),  # "On April 7-8, 2025"
    ("namibia_visit", D(2025, 4, 30), D(2025, 5, 2), False),  # "On 30 April – 2 May 2025"
    ("summary_2024", None, None, False),  # the Kazan summit's date is not the summary's; never the publication date
    ("osce_comment", None, None, False),  # no date in the post: never the publication date
    ("forum_announcement", D(2025, 5, 14), D(2025, 5, 16), False),  # "on 14–16 May 2025"
    ("lusaka_concert", D(2024, 6, 12), None, False),
    ("roundtable_quotes", D(2025, 5, 15), None, False),
    ("fyi_bullet", D(2025, 6, 5), None, False),
    ("kfu_delegation", D(2025, 4, 2), None, False),
    ("mexico_consultations_es", D(2023, 10, 12), None, False),  # "El 12 de octubre de 2023, …"
    ("caracas_reception_es", D(2024, 5, 9), None, False),  # "(Caracas, 9 de mayo de 2024)"
    ("bogota_forum_es", D(2025, 6, 5), D(2025, 6, 6), False),  # "Los días 5 y 6 de junio de 2025"
    ("brasilia_meeting_pt", D(2024, 10, 1), None, True),  # "Em 1º de outubro" + published
    ("lisbon_victory_day_pt", D(2024, 5, 9), None, False),  # "📍 Lisboa, 9 de maio de 2024"
    ("berlin_remarks_de", D(2024, 6, 12), None, False),  # "(Berlin, 12. Juni 2024)"
    ("vienna_talks_de", D(2023, 10, 3), None, False),  # "Am 3. Oktober 2023 traf …"
    ("forum_announcement_de", D(2025, 5, 14), D(2025, 5, 16), False),  # "vom 14. bis 16. Mai 2025"
]


@pytest.mark.parametrize("name, start, end, inferred", DATES, ids=[d[0] for d in DATES])
def test_event_date(name, start, end, inferred):
    event = extract(name).event
    assert (event.date, event.end_date, event.date_inferred) == (start, end, inferred)


def _seq(source, *posts):
    """Posts of one source, in order, through the extractor and resolve_years."""
    made = [
        make_post(lines, source=source, published=published, index=i)
        for i, (lines, published) in enumerate(posts)
    ]
    return list(resolve_years([_extractor().extract(p) for p in made]))


LIMA = (
    "🎙 Deputy Foreign Minister Sergey Ryabkov’s opening remarks at talks with Foreign Minister of Peru Elmer "
    "Schialer (Lima, March 3, 2025)",
    "💬 Mr Minister, thank you for your hospitality. <...>",
)
QUITO = (
    "🎙 Deputy Foreign Minister Sergey Ryabkov’s remarks at a meeting with representatives of the Russian "
    "community in Ecuador",
    "📍 Quito, March 5",
    "💬 Dear compatriots, I am glad to have this opportunity to meet you. <...>",
)


def test_year_from_the_previous_post_of_the_same_source():
    lima, quito = _seq("latam.txt", (LIMA, None), (QUITO, None))
    assert (lima.event.date, lima.event.date_inferred) == (D(2025, 3, 3), False)
    assert (quito.event.date, quito.event.date_inferred) == (D(2025, 3, 5), True)
    assert quito.event.type == "Statement"  # "remarks at a meeting with representatives": no named counterpart
    assert _describe(quito) == ("city", "Quito", "ec")


def test_year_from_the_next_post_when_the_copy_starts_without_one():
    first, second = _seq(
        "copy2.txt",
        (
            (
                "🗓 On November 28, Deputy Foreign Minister Alexander Grushko held consultations with "
                "Director for Security Policy of the Federal Department of Foreign Affairs of Switzerland "
                "Gabriel Lüchinger.",
                "The sides exchanged views on European security.",
            ),
            None,
        ),
        (
            (
                "🎙 Deputy Foreign Minister Alexander Grushko’s remarks at the OSCE Ministerial Council "
                "(Valletta, December 5, 2024)",
                "💬 The OSCE is going through the deepest crisis in its history. <...>",
            ),
            None,
        ),
    )
    assert (first.event.date, first.event.date_inferred) == (D(2024, 11, 28), True)
    assert (second.event.date, second.event.date_inferred) == (D(2024, 12, 5), False)


def test_year_back_across_new_year_from_the_next_post():
    hanoi, moscow = _seq(
        "asia.txt",
        (
            (
                "🇷🇺🇻🇳 Deputy Foreign Minister Andrey Rudenko held talks with Vice Minister of Foreign Affairs "
                "of Vietnam Nguyen Minh Vu",
                "📍 Hanoi, December 27",
            ),
            None,
        ),
        (
            (
                "🎙 Deputy Foreign Minister Mikhail Galuzin’s interview with TASS (Moscow, January 15, 2025)",
                "❓ What are the priorities for this year?",
            ),
            None,
        ),
    )
    assert (hanoi.event.date, hanoi.event.date_inferred) == (D(2024, 12, 27), True)
    assert moscow.event.date == D(2025, 1, 15)


def test_year_forward_across_new_year_from_the_previous_post():
    lima, havana = _seq(
        "caribbean.txt",
        (
            (
                "🎙 Deputy Foreign Minister Sergey Ryabkov’s remarks at a reception on the occasion of "
                "Russian Diplomats' Day (Lima, December 20, 2024)",
                "💬 Dear friends, <...>",
            ),
            None,
        ),
        (
            (
                "🇷🇺🇨🇺 Deputy Foreign Minister Sergey Ryabkov met with Foreign Minister of Cuba Bruno Rodríguez "
                "Parrilla",
                "📍 Havana, January 8",
            ),
            None,
        ),
    )
    assert lima.event.date == D(2024, 12, 20)
    assert (havana.event.date, havana.event.date_inferred) == (D(2025, 1, 8), True)


def test_year_is_not_taken_from_another_source():
    dated = make_post(LIMA, source="peru-channel.txt", index=0)
    undated = make_post(QUITO, source="ecuador-channel.txt", index=0)
    _, quito = list(resolve_years([_extractor().extract(dated), _extractor().extract(undated)]))
    assert quito.event.date is None


def test_year_from_publication_is_the_closest_one():
    post = make_post(
        (
            "🎙 Deputy Foreign Minister Mikhail Bogdanov’s remarks at the Russia–Arab Business Council",
            "📍 Cairo, December 29",
            "💬 Trade between Russia and the Arab states keeps growing. <...>",
        ),
        published=_utc(2025, 1, 2, 6, 0),
    )
    ex = next(resolve_years([_extractor().extract(post)]))
    assert (ex.event.date, ex.event.date_inferred) == (D(2024, 12, 29), True)
    assert _describe(ex) == ("city", "Cairo", "eg")


MADRID = (
    "🇷🇺🇪🇸 El 5 de mayo de 2019, el viceministro de Asuntos Exteriores de Rusia se reunió en Madrid con el "
    "secretario de Estado de Asuntos Exteriores de España.",
    "Las partes intercambiaron opiniones sobre las relaciones bilaterales.",
)


def test_a_spanish_date_keeps_its_own_year_when_an_english_post_follows():
    """Regression: "5 de mayo de 2019" was read without its year ("de 2019" was not a year), so the
    Spanish post took the year of the next post, "(Lima, March 3, 2025)": 2025-05-05, inferred."""
    madrid, lima = _seq("mixed.txt", (MADRID, None), (LIMA, None))
    assert (madrid.event.date, madrid.event.date_inferred) == (D(2019, 5, 5), False)
    assert (lima.event.date, lima.event.date_inferred) == (D(2025, 3, 3), False)


def test_spanish_portuguese_and_german_dates_of_a_plain_text_copy_keep_their_years():
    """Regression: in a copy of posts in four languages, the Spanish and Portuguese posts' "5 de mayo
    de 2019", "1º de outubro de 2021" lost their years and the German "Am 5. Mai 2022" was not a date:
    each post took the year, or the whole date, of an English neighbour."""
    copy = "\n".join([
        "Forwarded from Embajada de Rusia en España", *MADRID, "",
        "Forwarded from Embaixada da Rússia no Brasil",
        "🇷🇺🇧🇷 Em 1º de outubro de 2021, o Embaixador da Rússia reuniu-se em Brasília com o Secretário de "
        "Ásia e Pacífico do Itamaraty.",
        "As partes discutiram a preparação da cúpula do BRICS.", "",
        "Forwarded from Russische Botschaft in Deutschland",
        "🇷🇺🇩🇪 Gespräche im Auswärtigen Amt",
        "Am 5. Mai 2022 traf der Botschafter Russlands in Berlin den Staatssekretär des Auswärtigen Amtes.",
        "Die Seiten erörterten Fragen der europäischen Sicherheit.", "",
        "Forwarded from MFA Russia", *LIMA, "",
    ])
    posts = list(read_text_copy("mixed.txt", io.BytesIO(copy.encode()), lambda problem: None))
    assert [p.title.split()[1] for p in posts] == ["El", "Em", "Gespräche", "Deputy"]
    dated = [(e.event.date, e.event.date_inferred) for e in resolve_years(map(_extractor().extract, posts))]
    assert dated == [(D(2019, 5, 5), False), (D(2021, 10, 1), False), (D(2022, 5, 5), False), (D(2025, 3, 3), False)]


# ------------------------------------------------------------------------------------------------
# Location
# ------------------------------------------------------------------------------------------------

# ("city", [accepted English names], country) | ("country", code) | None
LOCATIONS = [
    ("seychelles_meeting", ("city", ["Moscow"], "ru")),  # "who is in Moscow on a working visit"
    ("peru_talks", ("city", ["Lima"], "pe")),  # the title's parenthesis
    ("ulaanbaatar_hosted", ("city", ["Ulaanbaatar", "Ulan Bator"], "mn")),  # "<City> hosted talks"
    ("lesotho_received", ("city", ["Maseru"], "ls")),
    ("kazakhstan_chairman", None),  # no place given
    ("guinea_bissau_meeting", ("city", ["Moscow"], "ru")),
    ("moscow_meeting_with_past_city", ("city", ["Moscow"], "ru")),  # not Astana ("in X on <another date>")
    ("tehran_received", ("city", ["Tehran", "Teheran"], "ir")),  # 📍 line
    ("china_ambassador_meeting", ("city", ["Moscow"], "ru")),
    ("brasilia_talks", ("city", ["Brasília", "Brasilia"], "br")),
    ("almaty_press", ("city", ["Almaty"], "kz")),
    ("minsk_news_conference", ("city", ["Minsk"], "by")),
    ("dakar_conference_fr", ("city", ["Dakar"], "sn")),
    ("ryabkov_press_ru", ("city", ["Moscow"], "ru")),  # "📍 Москва, …"
    ("indonesia_interview", None),  # no place: "to Indonesia" is the ambassador's posting
    ("izvestia_questions", None),  # "Astana on November 28, 2024" is another event
    ("tehran_visited", ("city", ["Tehran", "Teheran"], "ir")),  # "visited <City>"
    ("baku_visited_ru", ("city", ["Baku"], "az")),  # "посетил <City>"
    ("niger_interview_fr", None),  # "au Niger" is the ambassador's posting
    ("hindu_interview_ru", None),  # "в Индии" is the ambassador's posting
    ("ambassador_in_singapore", None),  # "in Singapore" is the ambassador's posting
    ("ambassador_talks_in_jakarta", ("city", ["Jakarta"], "id")),  # the posting, then where the talks were
    ("cairo_interview_ru", ("city", ["Cairo"], "eg")),  # "(Каир, …)"
    ("studennikov_briefing", ("city", ["Moscow"], "ru")),
    ("delhi_consultations", ("city", ["New Delhi"], "in")),
    ("valletta_osce", ("city", ["Valletta"], "mt")),
    ("johannesburg_g20", ("city", ["Johannesburg"], "za")),  # "took part in … in Johannesburg"
    ("tianjin_sco_council", ("city", ["Tianjin"], "cn")),
    ("vientiane_asean", ("city", ["Vientiane"], "la")),
    ("islamabad_sco_ru", ("city", ["Islamabad"], "pk")),
    ("polyanskiy_unsc", ("city", ["New York", "New York City"], "us")),
    ("zabolotskaya_unga", ("city", ["New York", "New York City"], "us")),
    ("novak_address", ("city", ["Moscow"], "ru")),
    ("matviyenko_greetings", ("city", ["Saint Petersburg", "St Petersburg"], "ru")),
    ("volodin_speech_bishkek", ("city", ["Bishkek"], "kg")),
    ("ghana_quote_card", None),
    ("vershinin_quote_card", None),  # Gaza is the topic, not the place of the statement
    ("galuzin_minsk_title", ("city", ["Minsk"], "by")),  # ", City, Date" in the title
    ("doha_ordinal", ("city", ["Doha"], "qa")),
    ("kazan_welcome", ("city", ["Kazan", "Kazan'"], "ru")),  # "welcome you to Kazan"
    ("tashkent_arrival", ("city", ["Tashkent"], "uz")),  # "arrives in Tashkent"
    ("peru_visit", ("country", "pe")),  # "visit to Peru", nothing more precise
    ("namibia_visit", ("city", ["Windhoek"], "na")),  # the city, more precise than "visit to Namibia"
    ("summary_2024", None),  # "Kazan hosted the BRICS summit" is one of the year's events
    ("osce_comment", None),
    ("forum_announcement", ("city", ["Nizhny Novgorod", "Nizhniy Novgorod"], "ru")),
    ("lusaka_concert", ("city", ["Lusaka"], "zm")),
    ("roundtable_quotes", ("city", ["Moscow"], "ru")),
    ("fyi_bullet", None),  # "📍FYI: …" is a bullet, and its Doha is a past round's
    ("kfu_delegation", ("city", ["Moscow"], "ru")),  # not the Kazan of "Kazan Federal University"
]


@pytest.mark.parametrize("name, expected", LOCATIONS, ids=[loc[0] for loc in LOCATIONS])
def test_event_location(name, expected):
    ex = extract(name)
    got = ex.event.location
    if expected is None:
        assert got is None, f"expected no location, got {_describe(ex)}"
        return
    if expected[0] == "country":
        assert got == expected, f"expected country {expected[1]}, got {_describe(ex)}"
        return
    _, names, country = expected
    assert got is not None and got[0] == "place", f"expected city {names[0]} ({country}), got {_describe(ex)}"
    place = entity(ex, *got)
    assert place is not None, "the location has no entity"
    forms = {_fold(text) for _, text in place.labels + place.alt_labels}
    assert forms & {_fold(n) for n in names} and place.country == country, (
        f"expected city {names[0]} ({country}), got {_describe(ex)}"
    )


# ------------------------------------------------------------------------------------------------
# Speakers and participants
# ------------------------------------------------------------------------------------------------

PEOPLE = [
    # name, speakers, participants
    ("seychelles_meeting", {"mikhail-bogdanov"}, {"barry-faure"}),
    ("peru_talks", {"sergey-ryabkov"}, {"elmer-schialer"}),
    ("ulaanbaatar_hosted", {"andrey-rudenko"}, {"battsetseg-batmunkh"}),
    ("lesotho_received", {"mikhail-bogdanov"}, {"sam-matekane"}),
    ("kazakhstan_chairman", {"vyacheslav-volodin"}, {"yerlan-koshanov"}),
    ("guinea_bissau_meeting", {"georgy-borisenko"}, {"carlos-pinto-pereira"}),
    ("moscow_meeting_with_past_city", {"mikhail-bogdanov"}, {"bashar-jaafari"}),
    ("tehran_received", {"sergei-shoigu"}, {"masoud-pezeshkian"}),
    ("china_ambassador_meeting", {"andrey-rudenko"}, {"zhang-hanhui"}),
    ("brasilia_talks", {"pabitra-margherita"}, {"mauro-vieira"}),
    ("almaty_press", {"alexei-overchuk"}, set()),
    ("minsk_news_conference", {"maxim-ryzhenkov"}, {"amon-murwira"}),
    ("dakar_conference_fr", {"dmitri-kourakov"}, set()),
    ("ryabkov_press_ru", {"sergey-ryabkov"}, set()),  # "С.А.Рябкова"
    ("indonesia_interview", {"sergey-tolchenov"}, set()),  # known since Russia's ambassadors were added
    ("izvestia_questions", {"mikhail-galuzin"}, set()),
    ("studennikov_briefing", {"artyom-studennikov"}, set()),
    ("vietnam_phone", {"mikhail-mishustin"}, {"pham-minh-chinh"}),
    ("chad_phone_fr", {"mikhail-bogdanov"}, {"abderaman-koulamallah"}),  # "Mikhaïl Bogdanov"
    ("armenia_phone_ru", {"mikhail-galuzin"}, {"ararat-mirzoyan"}),  # "М.Ю.Галузина", "А.Мирзояном"
    ("delhi_consultations", {"andrey-rudenko"}, {"saurabh-kumar"}),
    ("valletta_osce", {"alexander-grushko"}, set()),
    ("johannesburg_g20", {"sergey-ryabkov"}, set()),
    ("vientiane_asean", {"alexander-alimov"}, set()),
    ("polyanskiy_unsc", {"dmitry-polyanskiy"}, set()),
    ("zabolotskaya_unga", {"maria-zabolotskaya"}, set()),
    ("novak_address", {"alexander-novak"}, set()),
    ("matviyenko_greetings", {"valentina-matviyenko"}, set()),
    ("volodin_speech_bishkek", {"vyacheslav-volodin"}, set()),
    ("ghana_quote_card", {"samuel-okudzeto-ablakwa"}, set()),
    ("vershinin_quote_card", {"sergey-vershinin"}, set()),
    ("galuzin_minsk_title", {"mikhail-galuzin"}, set()),
    ("doha_ordinal", {"sergey-vershinin"}, set()),
    ("kazan_welcome", {"alexander-alimov"}, set()),
    ("tashkent_arrival", {"mikhail-mishustin"}, set()),
    ("peru_visit", {"sergey-ryabkov"}, set()),
    ("namibia_visit", {"mikhail-bogdanov"}, {"netumbo-nandi-ndaitwah"}),  # received by, in the first sentence
    ("roundtable_quotes", {"mikhail-bogdanov", "alexander-yakovenko"}, set()),  # "💬 Name: …"
    ("fyi_bullet", {"sergey-vershinin"}, set()),
    ("kfu_delegation", {"alexander-alimov"}, set()),  # no counterpart person named
]


@pytest.mark.parametrize("name, speakers, participants", PEOPLE, ids=[p[0] for p in PEOPLE])
def test_speakers_and_participants(name, speakers, participants):
    event = extract(name).event
    assert (set(event.speakers), set(event.participants)) == (speakers, participants)


ROLES = [
    # name, person ident, role, country
    ("seychelles_meeting", "barry-faure", "Foreign Minister", "sc"),
    ("peru_talks", "elmer-schialer", "Foreign Minister", "pe"),
    ("lesotho_received", "sam-matekane", "Prime Minister", "ls"),  # "Lesotho's Prime Minister X Y"
    ("kazakhstan_chairman", "yerlan-koshanov", "Chairman", "kz"),  # "X Y, Chairman of the Z of Country"
    ("guinea_bissau_meeting", "carlos-pinto-pereira", "Foreign Minister", "gw"),
    ("minsk_news_conference", "amon-murwira", "Foreign Minister", "zw"),
    ("indonesia_interview", "sergey-tolchenov", "Ambassador of Russia to Indonesia", "ru"),  # known, its data's role
    ("ghana_quote_card", "samuel-okudzeto-ablakwa", "Foreign Minister", "gh"),
    ("namibia_visit", "netumbo-nandi-ndaitwah", "President", "na"),
    ("brasilia_talks", "mauro-vieira", "Foreign Minister", "br"),
    ("tehran_received", "masoud-pezeshkian", "President", "ir"),
]


@pytest.mark.parametrize("name, ident, role, country", ROLES, ids=[f"{r[0]}:{r[1]}" for r in ROLES])
def test_person_entity_role_and_country(name, ident, role, country):
    person = entity(extract(name), "person", ident)
    assert person is not None, f"no person entity {ident}; people: {[e.ident for e in extract(name).entities if e.kind == 'person']}"
    assert (person.role, person.country) == (role, country)


UNKNOWN_PEOPLE = [
    ("seychelles_meeting", "barry-faure", "Barry Faure"),
    ("guinea_bissau_meeting", "carlos-pinto-pereira", "Carlos Pinto Pereira"),
    ("moscow_meeting_with_past_city", "bashar-jaafari", "Bashar Jaafari"),
    ("delhi_consultations", "saurabh-kumar", "Saurabh Kumar"),
    ("studennikov_briefing", "artyom-studennikov", "Artyom Studennikov"),
    ("roundtable_quotes", "alexander-yakovenko", "Alexander Yakovenko"),
    ("namibia_visit", "netumbo-nandi-ndaitwah", "Netumbo Nandi-Ndaitwah"),
]


@pytest.mark.parametrize("name, ident, label", UNKNOWN_PEOPLE, ids=[u[1] for u in UNKNOWN_PEOPLE])
def test_unknown_people_become_entities(name, ident, label):
    person = entity(extract(name), "person", ident)
    assert person is not None, f"{label} was dropped"
    assert ("en", label) in person.labels


# ------------------------------------------------------------------------------------------------
# Organisations
# ------------------------------------------------------------------------------------------------

SCO = "shanghai-cooperation-organisation"
ORGS = [
    ("seychelles_meeting", {"united-nations", "african-union"}),  # #UN, #AfricanUnion
    ("kazakhstan_chairman", {"state-duma", "eurasian-economic-union"}),
    ("china_ambassador_meeting", {SCO, "brics"}),
    ("brasilia_talks", {"brics", "group-of-twenty"}),
    ("almaty_press", {"eurasian-economic-union"}),
    ("izvestia_questions", {"izvestia", "collective-security-treaty-organization"}),  # "CSTO"
    ("studennikov_briefing", {"ministry-of-foreign-affairs-of-the-russian-federation"}),
    ("valletta_osce", {"organization-for-security-and-co-operation-in-europe"}),
    ("johannesburg_g20", {"group-of-twenty"}),
    ("tianjin_sco_council", {SCO}),  # full name and #SCO: one ident
    ("vientiane_asean", {"association-of-southeast-asian-nations"}),  # "ASEAN", #RussiaASEAN
    ("islamabad_sco_ru", {SCO}),  # "ШОС", #ШОС
    ("polyanskiy_unsc", {"united-nations-security-council"}),
    ("zabolotskaya_unga", {"united-nations", "united-nations-general-assembly"}),  # 🇺🇳, UN GA, #UNGA79
    ("matviyenko_greetings", {"federation-council-of-the-russian-federation", "commonwealth-of-independent-states"}),
    ("volodin_speech_bishkek", {"state-duma", "collective-security-treaty-organization"}),
    ("tashkent_arrival", {"government-of-the-russian-federation"}),
    ("summary_2024", {"brics", "ministry-of-foreign-affairs-of-the-russian-federation"}),
    ("osce_comment", {"organization-for-security-and-co-operation-in-europe"}),
    ("roundtable_quotes", {"diplomatic-academy-of-the-russian-foreign-ministry"}),
    ("peru_talks", set()),
    ("lusaka_concert", set()),
]


@pytest.mark.parametrize("name, expected", ORGS, ids=[o[0] for o in ORGS])
def test_organisations(name, expected):
    assert set(extract(name).event.organisations) == expected


SCO_FORMS = [
    ("SCO", "en", ()),
    ("#SCO", "en", ("SCO",)),
    ("Shanghai Cooperation Organisation", "en", ()),
    ("Shanghai Cooperation Organization", "en", ()),
    ("ШОС", "ru", ()),
    ("Шанхайской организации сотрудничества", "ru", ()),
]


@pytest.mark.parametrize("surface, language, tags", SCO_FORMS, ids=[s[0] for s in SCO_FORMS])
def test_one_ident_whatever_the_surface_form(surface, language, tags):
    title = {
        "en": f"🎙 Deputy Foreign Minister Alexander Alimov’s remarks at a meeting of the {surface} National Coordinators (Moscow, April 14, 2025)",
        "ru": f"🎙 Выступление заместителя Министра иностранных дел России А.В.Алимова на заседании национальных координаторов {surface} (Москва, 14 апреля 2025 года)",
    }[language]
    post = make_post((title, "💬 Dear colleagues, <...>"), language=language, hashtags=tags)
    assert set(_extractor().extract(post).event.organisations) == {SCO}


# ------------------------------------------------------------------------------------------------
# Countries (parties)
# ------------------------------------------------------------------------------------------------

COUNTRIES = [
    ("seychelles_meeting", {"ru", "sc"}),  # flags, actors, #RussiaSeychelles
    ("peru_talks", {"ru", "pe"}),  # actors' countries, #RussiaPeru
    ("ulaanbaatar_hosted", {"ru", "mn"}),
    ("lesotho_received", {"ru", "ls"}),
    ("kazakhstan_chairman", {"ru", "kz"}),
    ("guinea_bissau_meeting", {"ru", "gw"}),
    ("tehran_received", {"ru", "ir"}),
    ("china_ambassador_meeting", {"ru", "cn"}),
    ("brasilia_talks", {"in", "br"}),  # flags 🇮🇳🇧🇷, #IndiaBrazil
    ("minsk_news_conference", {"by", "zw"}),
    ("vietnam_phone", {"ru", "vn"}),
    ("chad_phone_fr", {"ru", "td"}),
    ("armenia_phone_ru", {"ru", "am"}),
    ("delhi_consultations", {"ru", "in"}),
    ("vietnam_consultations_ru", {"ru", "vn"}),
    ("indonesia_interview", {"ru", "id"}),  # "Ambassador of Russia to Indonesia"
    ("tashkent_arrival", {"ru", "uz"}),  # "official visit to Uzbekistan"
    ("peru_visit", {"ru", "pe"}),
    ("namibia_visit", {"ru", "na"}),
    ("valletta_osce", {"ru"}),
    ("johannesburg_g20", {"ru", "za"}),  # "South Africa's presidency" is in the title
    ("ghana_quote_card", {"gh"}),
    ("tianjin_sco_council", set()),  # no actor, no flag, no country named: Tianjin is only the place
]


@pytest.mark.parametrize("name, expected", COUNTRIES, ids=[c[0] for c in COUNTRIES])
def test_countries(name, expected):
    assert set(extract(name).event.countries) == expected


# ------------------------------------------------------------------------------------------------
# Hashtags
# ------------------------------------------------------------------------------------------------

HASHTAGS = [
    ("seychelles_meeting", "RussiaSeychelles", {("country", "ru"), ("country", "sc")}),
    ("seychelles_meeting", "UN", {("org", "united-nations")}),
    ("seychelles_meeting", "AfricanUnion", {("org", "african-union")}),
    ("peru_talks", "RussiaPeru", {("country", "ru"), ("country", "pe")}),
    ("tehran_received", "RussiaIran", {("country", "ru"), ("country", "ir")}),
    ("china_ambassador_meeting", "SCO", {("org", SCO)}),
    ("china_ambassador_meeting", "RussiaChina", {("country", "ru"), ("country", "cn")}),
    ("brasilia_talks", "IndiaBrazil", {("country", "in"), ("country", "br")}),
    ("brasilia_talks", "G20", {("org", "group-of-twenty")}),
    ("vietnam_phone", "RussiaVietnam", {("country", "ru"), ("country", "vn")}),
    ("almaty_press", "EAEU", {("org", "eurasian-economic-union")}),
    ("vientiane_asean", "RussiaASEAN", {("country", "ru"), ("org", "association-of-southeast-asian-nations")}),
    ("islamabad_sco_ru", "ШОС", {("org", SCO)}),
    ("zabolotskaya_unga", "UNGA79", {("org", "united-nations-general-assembly")}),
    ("summary_2024", "BRICS", {("org", "brics")}),
    ("lusaka_concert", "DruzhbaDosti", set()),  # names nothing
]


@pytest.mark.parametrize("name, tag, denotes", HASHTAGS, ids=[f"{h[0]}:{h[1]}" for h in HASHTAGS])
def test_hashtag_denotes(name, tag, denotes):
    refs = {ref.tag: ref for ref in extract(name).hashtags}
    assert tag in refs, f"hashtag {tag} missing from {sorted(refs)}"
    assert set(refs[tag].denotes) == denotes
    for key in denotes:  # what a tag denotes is described among the post's entities
        assert entity(extract(name), *key) is not None, f"{key} denoted by #{tag} has no entity"


def test_a_hashtag_told_again_names_what_it_named_and_a_new_name_is_heard():
    """Gazetteer.hashtag keeps what it told of each tag (speed): the same answer the second time,
    and a name added after (add_form) is not hidden by an answer kept from before."""
    from kg.gazetteer import Gazetteer

    gz = Gazetteer()
    first = [gz.hashtag(tag) for _, tag, _ in HASHTAGS]
    assert [gz.hashtag(tag) for _, tag, _ in HASHTAGS] == first
    assert gz.hashtag("DruzhbaDosti") == ()
    gz.add_form("org", "druzhba-dosti", "Druzhba Dosti")
    assert gz.hashtag("DruzhbaDosti") == (("org", "druzhba-dosti"),)
