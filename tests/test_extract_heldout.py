"""The extractor on the styles of channels its rules were not written from, one table per field.

Each row is a regression test of something the held-out set (tests/data/heldout/, scored against
tests/data/gold/heldout.json by tests/test_heldout_gold.py) showed kg getting wrong: wire
datelines, relative dates, Spanish wordings, honorifics... The sentences are written for these
tests, in the same styles; they are not the held-out posts, so the held-out set stays a fair measure.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone

import pytest

from kg.extract import resolve_years
from kg.models import Extraction
from test_extract_unseen import _extractor, make_post


def extract(text: str, language: str = "en", published: datetime | None = None) -> Extraction:
    lines = [line for line in text.split("\n")]
    post = make_post(lines, language=language, published=published)
    return next(resolve_years([_extractor().extract(post)]))


def _in_channel(text: str, language: str = "en", channel: str | None = None, forwarded: str | None = None) -> Extraction:
    """What kg extracts from a post published in ``channel``, forwarded from ``forwarded``."""
    post = replace(make_post(text.split("\n"), language=language), channel=channel, forwarded_from=forwarded)
    return _extractor().extract(post)


def _utc(*args) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


# ------------------------------------------------------------------------------------------------
# Event type
# ------------------------------------------------------------------------------------------------

TYPES = [
    # Spanish: a language the cues did not have
    ("es_talks", "es", "🇨🇺🇨🇳 El canciller Bruno Rodríguez sostuvo conversaciones oficiales con su homólogo chino en "
                       "Pekín.", "Meeting"),
    ("es_received", "es", "El Presidente de Venezuela recibió en Miraflores al canciller de Irán.", "Meeting"),
    ("es_met", "es", "La vicecanciller se reunió con el embajador de Egipto en La Habana.", "Meeting"),
    ("es_phone", "es", "📞 El ministro conversó por teléfono con el canciller de Brasil.", "PhoneCall"),
    ("es_phone_noun", "es", "Conversación telefónica del canciller con su homólogo de Argentina", "PhoneCall"),
    ("es_arrived", "es", "Llegó a Caracas el primer ministro de Cuba para una visita de trabajo.", "Visit"),
    ("es_took_part", "es", "El presidente participó en la Cumbre de la CELAC en Tegucigalpa.", "MultilateralMeeting"),
    ("es_summit", "es", "Cumbre de jefes de Estado del ALBA-TCP en Caracas", "MultilateralMeeting"),
    ("es_statement", "es", "Declaración del Gobierno Revolucionario de Cuba", "Statement"),
    ("es_speech", "es", "Discurso del canciller en la Asamblea General de las Naciones Unidas", "Statement"),
    ("es_press", "es", "Conferencia de prensa del canciller sobre el bloqueo", "PressConference"),
    ("es_interview", "es", "Entrevista del embajador de Cuba al diario Granma", "Interview"),
    ("es_participants_of_an_act", "es", "Ofrenda floral en el monumento a José Martí\n\nEn el acto participaron "
                                        "diplomáticos y estudiantes.", "Other"),
    # English and Russian wordings the cues did not have
    ("video_call", "en", "Li Qiang Holds Video Call with Prime Minister of Spain Pedro Sánchez", "PhoneCall"),
    ("by_phone", "en", "Macron, Modi discuss trade by phone", "PhoneCall"),
    ("conference", "en", "Russian-Indian Conference of the Primakov Institute Held in Moscow", "MultilateralMeeting"),
    ("will_hold", "en", "📅 On June 20, the Club will hold a round table on the Arctic.", "Announcement"),
    ("applications_open", "en", "Applications are now open for the ITEC training courses for 2025-26.",
     "Announcement"),
    ("ru_spoke", "ru", "Губернатор выступил на пленарной сессии Петербургского форума", "Statement"),
    ("ru_received", "ru", "Глава республики принял Генерального консула Турции", "Meeting"),
    ("ru_took_part_still", "ru", "Губернатор принял участие в заседании Совета Федерации", "MultilateralMeeting"),
    # "принял" receives someone; adopting a decision, a resolution or a law is no meeting
    ("ru_adopted_a_resolution_is_no_meeting", "ru", "Совет Безопасности ООН принял резолюцию по Сирии", "Other"),
    ("ru_adopted_a_law_is_no_meeting", "ru", "Государственный Совет принял закон о бюджете республики", "Other"),
    ("ru_took_a_decision_is_no_meeting", "ru", "Губернатор принял решение о переносе форума", "Other"),
    # a year's "г." does not end the sentence its dateline opens
    ("ru_year_g_does_not_end_the_sentence", "ru", "Казахстан на форуме\nАлматы, 3 июня 2025 г. – Президент Казахстана "
                                                  "выступил на пленарном заседании форума.", "Statement"),
    # a readout's and a trip's titles; not a travel warning
    ("en_call_with", "en", "Deputy Secretary Landau's Call with Mexican Foreign Secretary de la Fuente", "PhoneCall"),
    ("en_travel_to", "en", "Deputy Secretary Landau's Travel to Mexico and Guatemala", "Visit"),
    ("en_do_not_travel_is_no_visit", "en", "Burkina Faso Travel Advisory: Do not travel to Burkina Faso",
     "Announcement"),  # an advisory is a notice, not a visit
    ("en_advice_against_travel_is_no_visit", "en", "Citizens are advised to refrain from all travel to Yemen",
     "Other"),
    ("en_reconsider_travel_is_no_visit", "en", "Reconsider travel to Niger due to crime", "Other"),
    ("en_travels_to", "en", "The Foreign Secretary travels to Tokyo", "Visit"),
    ("en_will_travel_to", "en", "Secretary Blinken will travel to Seoul next week", "Visit"),
    # French: "s'est entretenu avec" in person or by phone, a council of the EU, a speech ("Intervention de")
    ("fr_sest_entretenu", "fr", "Le ministre s'est entretenu à Rabat avec son homologue marocain.", "Meeting"),
    ("fr_sest_entretenu_par_telephone", "fr", "Le ministre s'est entretenu par téléphone avec son homologue marocain.",
     "PhoneCall"),
    ("fr_conseil_des_affaires_etrangeres", "fr", "Participation du ministre au Conseil des affaires étrangères "
                                                 "(Luxembourg, 14 avril 2025)", "MultilateralMeeting"),
    ("fr_intervention_de", "fr", "Intervention de la ministre à l'Assemblée générale des Nations unies", "Statement"),
    ("fr_an_intervention_in_running_text_is_no_speech", "fr", "L'intervention de l'armée a été condamnée", "Other"),
    # adopting a law is no meeting, with adjectives before "закон" too
    ("ru_adopted_a_constitutional_law_is_no_meeting", "ru", "Парламент принял Федеральный конституционный закон о "
                                                            "референдуме", "Other"),
    # German "reist … nach" with words between; French "déplacement" of someone to a place is a visit, a
    # displacement of people is not
    ("de_reist_dates_nach", "de", "Die Staatsministerin reist vom 3. bis 5. Juni nach Kenia und Tansania.", "Visit"),
    ("fr_deplacement", "fr", "Déplacement du ministre des Armées au Sénégal (3 mars 2025)", "Visit"),
    ("fr_forced_displacement_is_no_visit", "fr", "Le déplacement forcé des populations civiles doit cesser", "Other"),
    # a title without a cue is read with the first sentence of the next paragraph, after its dateline
    ("lede_after_a_blank_line_and_a_dateline", "en", "EXCLUSIVE: Serbia will not join sanctions — Vucic\n\n"
                                                     "BELGRADE, June 3. /TASS/. Serbia will never impose sanctions, "
                                                     "President Aleksandar Vucic said in an interview with TASS.",
     "Interview"),
    # notices, press releases, condolences, councils of ministers (third held-out set's cause 10 and 12)
    ("en_press_release", "en", "No: 88, 2 May 2025, Press Release Regarding the Earthquake in Nepal", "Statement"),
    ("en_travel_advisory", "en", "⚠️ Travel Advisory\nCitizens are advised to avoid the border regions.", "Announcement"),
    ("en_council_of_ministers", "en", "12th Session of the Council of Foreign Ministers of the Turkic States",
     "MultilateralMeeting"),
    ("pt_nota_a_imprensa_under_the_title", "pt", "Inundações no Quênia\nNota à imprensa nº 52 – 3 de maio de 2025\n"
                                                 "O governo brasileiro expressa suas condolências.", "Statement"),
    ("pt_a_nota_of_a_call_is_a_call", "pt", "Nota à imprensa nº 60 – Conversa telefônica do ministro com o chanceler "
                                            "da Índia", "PhoneCall"),
    ("es_lamenta_el_fallecimiento", "es", "La Cancillería lamenta profundamente el fallecimiento del expresidente.",
     "Statement"),
    ("es_aviso_consular", "es", "📢 #AvisoConsular | Ante las inundaciones en Valencia, el Consulado recomienda "
                                "precaución.", "Announcement"),
    ("it_unita_di_crisi", "it", "⚠️ L'Unità di Crisi della Farnesina raccomanda di evitare i viaggi nella regione.",
     "Announcement"),
    ("ru_dear_citizens", "ru", "ℹ️ Уважаемые граждане!\nПосольство напоминает о правилах въезда.", "Announcement"),
    ("ru_a_conference_opened", "ru", "Сегодня в Казани открылась III международная конференция по безопасности.",
     "MultilateralMeeting"),
    # fourth held-out set's wordings
    ("en_telephone_talk", "en", "Japan-Ukraine Foreign Ministers' Telephone Talk", "PhoneCall"),
    ("es_fue_recibido", "es", "El canciller fue recibido hoy en Washington por el secretario de Estado.", "Meeting"),
    ("es_me_reuni", "es", "Me reuní hoy en Montevideo con mi par de Uruguay.", "Meeting"),
    ("es_informacion_para_la_prensa", "es", "Información para la Prensa N° 120/25", "Statement"),
    ("fr_reunion_des_ministres", "fr", "Le Canada accueille la réunion des ministres des Affaires étrangères du G7",
     "MultilateralMeeting"),
    ("fr_entrevue", "fr", "🎙 Entrevue de la ministre à Radio-Canada", "Interview"),
    # registration for a conference is an announcement of it (seeds: "регистрация для слушателей конференции")
    ("ru_registration_for_a_conference", "ru", "Открыта регистрация для слушателей конференции «Россия и АСЕАН».",
     "Announcement"),
    # a title without a cue: the first sentence's decides, past a 📍 place-and-date line (seventh held-out set)
    ("title_without_cue_pin_line", "en", "Eighth India–Vietnam Joint Commission\n📍 Hanoi, 16 October 2023\nExternal "
                                         "Affairs Minister S. Jaishankar met with Foreign Minister Bui Thanh Son.", "Meeting"),
    ("title_without_cue_pin_line_es", "es", "Mecanismo de Diálogo Político Chile-Uruguay\n📍 Montevideo, 3 de abril de "
                                            "2025\nLa Subsecretaria se reunió con el Vicecanciller de Uruguay.", "Meeting"),
]


@pytest.mark.parametrize("name, language, text, expected", TYPES, ids=[t[0] for t in TYPES])
def test_event_type(name, language, text, expected):
    assert extract(text, language).event.type == expected


# ------------------------------------------------------------------------------------------------
# Date
# ------------------------------------------------------------------------------------------------

WED = _utc(2025, 6, 11, 10, 0)  # a Wednesday
DATES = [
    # a wire's dateline: the place in capitals, the day without its year
    ("wire_dateline", "en", "Shoigu arrives in Pyongyang\nPYONGYANG, June 4. /TASS/. Security Council Secretary "
                            "Sergei Shoigu has arrived in Pyongyang, a TASS correspondent reports.", WED, date(2025, 6, 4)),
    ("wire_dateline_two_words", "en", "BRICS summit opens\nNEW DELHI, June 9 (Reuters) - Leaders of the BRICS "
                                      "nations gathered in the Indian capital.", WED, date(2025, 6, 9)),
    ("on_the_morning_of", "en", "Li Qiang Meets with Prime Minister of Malaysia Anwar Ibrahim\nOn the morning of "
                                "June 3, 2025, Premier Li Qiang met with Anwar Ibrahim in Beijing.", None, date(2025, 6, 3)),
    # relative days, from the publication time
    ("today", "en", "The Foreign Secretary met the Ambassador of Japan in Delhi today.", WED, date(2025, 6, 11)),
    ("yesterday", "en", "The Prime Minister yesterday received the President of Ghana.", WED, date(2025, 6, 10)),
    ("on_tuesday", "en", "Ministers of the two countries held talks in Ankara on Tuesday.", WED, date(2025, 6, 10)),
    ("on_wednesday_same_day", "en", "Ministers held talks in Cairo on Wednesday.", WED, date(2025, 6, 11)),
    ("next_tuesday_is_to_come", "en", "Ministers will hold talks in Cairo next Tuesday.", WED, None),
    ("will_on_tuesday_is_ahead", "en", "Ministers will hold talks in Cairo on Tuesday.", WED, date(2025, 6, 17)),
    ("will_on_thursday_is_tomorrow", "en", "The ministers will meet on Thursday, not Friday.", WED,
     date(2025, 6, 12)),
    ("hoy", "es", "El canciller se reunió hoy con el embajador de Angola.", WED, date(2025, 6, 11)),
    ("este_lunes", "es", "El presidente recibió este lunes al primer ministro de Vietnam.", WED, date(2025, 6, 9)),
    ("segodnya_second_line", "ru", "Губернатор встретился с делегацией Вьетнама\nСегодня в Доме правительства "
                                   "губернатор встретился с послом Вьетнама.", WED, date(2025, 6, 11)),
    ("vo_vtornik", "ru", "Во вторник министр провёл переговоры с коллегой из Лаоса.", WED, date(2025, 6, 10)),
    ("aujourdhui", "fr", "Le ministre a rencontré aujourd'hui son homologue du Mali.", WED, date(2025, 6, 11)),
    ("rossiya_segodnya_is_not_today", "ru", "Интервью министра агентству «Россия сегодня»", WED, None),
    ("a_written_date_wins", "en", "On June 2, the minister met the Ambassador of Peru. Today the embassy thanks "
                                  "him.", WED, date(2025, 6, 2)),
    ("no_publication_no_day", "en", "The minister met the Ambassador of Peru today.", None, None),
    # a date that ends the first sentence of the story; not a label's ("Last date to apply: …"), nor a short one
    ("date_closing_the_first_sentence", "en", "Media Note\nDeputy Secretary Landau will travel to Mexico City and "
                                              "Guatemala City, June 16-18.", WED, date(2025, 6, 16)),
    ("a_labels_date", "en", "Applications are open for the summer school.\n📅 Last date to apply: 30 June 2025", WED,
     None),
    ("a_short_sentences_date", "en", "Notice to applicants\nThe deadline is June 30.", WED, None),
    # a deadline closing the sentence is no event's day (third held-out set, 9905)
    ("a_deadline_closing_the_sentence_ru", "ru", "ℹ️ Уважаемые иностранные граждане!\nСрок действия безвизового режима "
                                                 "для граждан 35 государств продлен до 31 декабря 2025 г.", WED, None),
    ("a_deadline_closing_the_sentence_en", "en", "Notice to travellers\nThe visa-free regime for citizens of 35 "
                                                 "countries has been extended until 31 December 2025.", WED, None),
    # a press release's closing dateline
    ("closing_dateline", "es", "Declaración del Ministerio de Relaciones Exteriores\nCuba rechaza la medida.\n"
                               "La Habana, 3 de junio de 2025.", WED, date(2025, 6, 3)),
    # a treaty's or communiqué's closing words around the place and date (eighth held-out set, 12505)
    ("closing_dateline_fait_a", "fr", "Déclaration conjointe du Maroc et de la Mauritanie\nLes deux pays ont décidé de "
                                      "renforcer leur coopération.\nFait à Nouakchott, le 12 mars 2025", WED, date(2025, 3, 12)),
    ("closing_dateline_done_at", "en", "Joint Declaration of Intent\nThe Participants will cooperate on energy.\n"
                                       "Done at Canberra on 4 June 2025", WED, date(2025, 6, 4)),
    ("closing_dateline_two_lines", "en", "Joint Statement on the visit of the President of Kenya\nThe sides "
                                         "agreed to expand trade.\nNew Delhi\nJune 05, 2025", WED, date(2025, 6, 5)),
    # a press release's opening dateline in title case, and "Les" before a range
    ("title_case_dateline", "ru", "Пресс-релиз\nТашкент, 3 июня 2025 года – Заместитель министра провёл "
                                  "консультации с коллегой из Узбекистана.", WED, date(2025, 6, 3)),
    ("title_case_dateline_two_words", "ru", "Сообщение для СМИ\nНижний Новгород, 4 июня 2025 г. – Губернатор "
                                            "принял делегацию.", WED, date(2025, 6, 4)),
    ("les_before_a_range", "fr", "Sommet sur l'eau\nLes 2 et 3 juin, la France accueille les ministres de "
                                 "l'Afrique de l'Ouest.", WED, date(2025, 6, 2)),
    # the date an anniversary counts from is not the day of the event
    ("years_ago_before_the_date", "en", "80 years ago, on June 26, 1945, the UN Charter was signed in San "
                                        "Francisco.", WED, None),
    ("il_y_a_ans", "fr", "Il y a 30 ans, le 4 juin 1995, était signé l'accord de coopération.", WED, None),
    ("let_nazad", "ru", "35 лет назад, 12 июня 1990 года, была принята Декларация о суверенитете.", WED, None),
    ("years_ago_after_the_date", "en", "On June 26, 1945, eighty years ago, the UN Charter was signed.", WED, None),
    # a title's day without a year that the text recalls an anniversary of is the day remembered (sixth held-out set)
    ("title_day_recalled", "en", "9 May: Victory Day\n80 years ago, on 9 May 1945, the war in Europe ended.", WED, None),
    ("title_day_recalled_pt", "pt", "1.º de Dezembro\nHá 385 anos, a 1 de dezembro de 1640, Portugal restaurou a "
                                    "independência.", WED, None),
    ("title_day_not_recalled", "en", "9 June: Ministers' meeting\nThe ministers met in Oslo.", WED, date(2025, 6, 9)),
    # a statement's block of authors' lines ("<name>, <office>") before the story: the story's date is read past it
    ("after_a_block_of_authors", "en", "Joint media release\nThe Hon Jane Smith MP, Minister for Trade\nSenator the Hon "
                                       "John Brown, Minister for Finance\nToday, Wednesday 11 June 2025, the two ministers "
                                       "announced the new export fund.", _utc(2025, 6, 12, 1, 0), date(2025, 6, 11)),
    ("today_after_a_block_of_authors", "en", "Joint media release\nThe Hon Jane Smith MP, Minister for Trade\nSenator the "
                                             "Hon John Brown, Minister for Finance\nThe two ministers today announced the "
                                             "new export fund.", WED, date(2025, 6, 11)),
    # a day the post celebrates an anniversary on is no event's day; a day something else happens on is
    ("today_we_celebrate_years", "en", "Happy Independence Day!\n\nToday we celebrate 34 years of independence. The "
                                       "Ministry wishes all citizens a happy holiday.", WED, None),
    ("ru_today_we_mark_anniversary", "ru", "Сегодня мы отмечаем 30-летие установления дипломатических отношений.", WED,
     None),
    ("today_we_celebrated_agreements", "en", "Today we celebrated 2 agreements signed with Chile.", WED, date(2025, 6, 11)),
    # an interview's coming weekday is another event's day; a meeting's is its own
    ("interview_coming_weekday_pt", "pt", "Em entrevista à RTP, o Ministro confirmou que participará na cimeira na "
                                          "sexta-feira, em Bruxelas.", WED, None),
    ("meeting_coming_weekday_pt", "pt", "O Ministro reunir-se-á com o seu homólogo na sexta-feira, em Bruxelas.",
     WED, date(2025, 6, 13)),
    # dates of another day (seventh held-out set): another event's written date beside "today"; a holiday's line and
    # a greeting's day; a weekday's written date wins over the weekday, and a notice's coming day is what it announces
    ("incident_of_another_day", "en", "The Spokesperson holds a press briefing today on the incident of 8 June near the "
                                      "reef.", WED, date(2025, 6, 11)),
    ("es_elecciones_del", "es", "El canciller recibió hoy a la misión de observadores de las elecciones del 1 de junio.",
     WED, date(2025, 6, 11)),
    ("ru_attack_date", "ru", "Сегодня министр провёл брифинг о последствиях теракта 7 июня.", WED, date(2025, 6, 11)),
    ("holiday_line_ru", "ru", "12 июня — День России\nМинистерство поздравляет всех соотечественников с праздником!",
     WED, None),
    ("holiday_line_en", "en", "12 June – Russia Day\nThe Embassy congratulates all compatriots on the national holiday.",
     WED, None),
    ("greeting_title_es", "es", "¡Feliz Día de la Independencia!\nLa Embajada saluda a todos los peruanos en el exterior "
                                "en este 28 de julio.", WED, None),
    ("happy_to_is_no_greeting", "en", "Happy to welcome the Foreign Minister of Peru to Delhi today.", WED,
     date(2025, 6, 11)),
    ("weekday_with_written_date", "es", "Visita del canciller de Bolivia\nEl Presidente recibió el lunes 2 de junio al "
                                        "canciller de Bolivia.", WED, date(2025, 6, 2)),
    ("notice_coming_day_es", "es", "📢 Peruanos en el extranjero: Elecciones\nRecordamos a los peruanos inscritos en el "
                                   "extranjero que el domingo 15 de junio podrán votar en los consulados.", WED, None),
    ("date_before_chaired_by", "en", "Minister attends the Council\nThe Minister joined his counterparts at the 30th "
                                     "Ministerial Council in Hanoi, Viet Nam, on 10 June 2025, chaired by the Foreign "
                                     "Minister of Viet Nam.", WED, date(2025, 6, 10)),
]


@pytest.mark.parametrize("name, language, text, published, expected", DATES, ids=[d[0] for d in DATES])
def test_event_date(name, language, text, published, expected):
    assert extract(text, language, published).event.date == expected


# today and tomorrow: two days from the publication (its end the day after), in each language
TWO_DAYS = [
    ("today_and_tomorrow", "en", "The Minister takes part today and tomorrow in the OSCE Ministerial Council.",
     (date(2025, 6, 11), date(2025, 6, 12))),
    ("heute_und_morgen", "de", "Die Ministerin nimmt heute und morgen am Treffen der EU-Außenminister teil.",
     (date(2025, 6, 11), date(2025, 6, 12))),
    ("segodnya_i_zavtra", "ru", "Сегодня и завтра министр находится с визитом в Ташкенте.", (date(2025, 6, 11), date(2025, 6, 12))),
    # a range that opens the story, its year not written ("Los días 5 y 6 de junio", seventh held-out set)
    ("los_dias_range", "es", "Consultas políticas Chile-Uruguay\nLos días 5 y 6 de junio se reunió en Montevideo el "
                             "Mecanismo de Consultas Políticas.", (date(2025, 6, 5), date(2025, 6, 6))),
    # today alone is one day
    ("today_alone", "en", "The Minister takes part today in the OSCE Ministerial Council.", (date(2025, 6, 11), None)),
]


@pytest.mark.parametrize("name, language, text, expected", TWO_DAYS, ids=[t[0] for t in TWO_DAYS])
def test_today_and_tomorrow_are_two_days(name, language, text, expected):
    event = extract(text, language, WED).event
    assert (event.date, event.end_date) == expected


# ------------------------------------------------------------------------------------------------
# Location
# ------------------------------------------------------------------------------------------------

LOCATIONS = [
    ("title_case_dateline", "ru", "Пресс-релиз\nТашкент, 3 июня 2025 года – Заместитель министра провёл "
                                  "консультации с коллегой из Узбекистана.", "Tashkent"),
    ("title_case_dateline_two_words", "ru", "Сообщение для СМИ\nНижний Новгород, 4 июня 2025 г. – Губернатор "
                                            "принял делегацию.", "Nizhniy Novgorod"),
    ("title_case_words_before_a_comma_that_are_no_place", "en", "Press release\nMeanwhile, 5 ministers met in "
                                                                 "the capital.", None),
    ("wire_dateline", "en", "Kremlin says talks were useful — Ushakov\nMOSCOW, June 4. /TASS/. The talks were "
                            "useful, Kremlin aide Yury Ushakov told reporters.", "Moscow"),
    ("wire_dateline_of_a_call", "en", "Putin, Tokayev hold phone call on gas supplies\nMOSCOW, June 4. /TASS/. "
                                      "Vladimir Putin and Kassym-Jomart Tokayev held a telephone conversation.", None),
    ("pin_with_a_bar", "es", "📍 Ginebra | La vicecanciller participó en el segmento de alto nivel del Consejo de "
                             "Derechos Humanos.", "Geneva"),
    ("arrived_in_spanish", "es", "Llegó a Hanói el primer ministro para una visita oficial.", "Hanoi"),
    ("closing_dateline", "es", "El Presidente recibió al canciller de Laos.\nSe analizaron temas de cooperación.\n"
                               "La Habana, 3 de junio de 2025.", "Havana"),
    # a venue that is no city gives its country (kg/data/venues.tsv; eighth held-out set's Bürgenstock, written anew)
    ("pinned_venue", "de", "Treffen der Aussenminister\n📍 Davos, 22. Januar 2025\nBundesrat Ignazio Cassis traf seinen "
                           "Amtskollegen zu einem Gespräch.", "Switzerland"),
    ("venue_in_a_sentence", "en", "Foreign Minister met the Slovenian President at the Strategic Forum in Bled.",
     "Slovenia"),
    ("closing_dateline_fait_a", "fr", "Communiqué conjoint du Maroc et du Portugal\nLes deux pays ont décidé de "
                                      "renforcer leur coopération.\nFait à Lisbonne, le 12 mai 2025", "Lisbon"),
    ("closing_dateline_of_another_day", "en", "Visit of External Affairs Minister to Kenya (June 09-10, 2025)\n"
                                              "The Minister will hold talks with his counterpart.\nNew Delhi\n"
                                              "June 05, 2025", None),
    ("the_situation_in_is_a_topic", "en", "Modi, Erdogan hold phone call\nThe leaders discussed the situation in "
                                          "Gaza and bilateral trade.", None),
    ("after_an_initial", "en", "Visit of the Minister to Oman\nExternal Affairs Minister Dr. S. Jaishankar will "
                               "visit Muscat on an official visit.", "Muscat"),
    # a country's name that GeoNames also gives its capital is the country; a namesake capital, the city
    ("mexico_is_the_country", "es", "El canciller de Chile llegó a México para una visita oficial.", "Mexico"),
    ("kuwait_is_the_country", "en", "The Foreign Minister arrived in Kuwait on an official visit.", "Kuwait"),
    ("mexico_city_is_the_city", "es", "El canciller de Chile llegó a Ciudad de México.", "Mexico City"),
    ("singapore_is_the_city", "en", "The Foreign Minister arrived in Singapore on an official visit.", "Singapore"),
    # a call has no one place: a place its sentences name is what the callers spoke of
    ("a_call_names_another_events_place", "fr", "Entretien téléphonique avec le ministre indien (3 juin 2025)\nLes "
                                                 "ministres ont évoqué la préparation du sommet du G20 à Johannesburg.", None),
    ("a_call_to_a_city", "en", "Wang Yi Holds Phone Call with Egyptian Foreign Minister\nThe ministers discussed the "
                               "conference in Cairo.", None),
    ("a_visit_still_has_its_place", "fr", "Visite du ministre (3 juin 2025)\nLe ministre s'est rendu à Dakar pour "
                                          "préparer le sommet.", "Dakar"),
    # the situation, a crisis or a war somewhere, in French, German and Russian too, is a topic
    ("fr_la_situation_au", "fr", "Déclaration du porte-parole sur la situation au Soudan", None),
    ("de_die_lage_in", "de", "Erklärung der Außenministerin zur Lage in Haiti", None),
    ("ru_situaciya_v", "ru", "Заявление официального представителя о ситуации в Сирии", None),
    # German "nach"; several destinations name no one place
    ("de_nach", "de", "Außenministerin Annalena Baerbock reist nach Kairo.", "Cairo"),
    ("de_several_destinations", "de", "Der Außenminister reist nach Ägypten und Jordanien.", None),
    ("en_several_destinations", "en", "Foreign Minister Wang Yi will visit Egypt and Saudi Arabia.", None),
    ("en_a_city_and_its_country", "en", "Foreign Minister Wang Yi will visit Cairo, Egypt, on Monday.", "Cairo"),
    ("several_destinations_then_a_city", "en", "Foreign Minister Wang Yi will visit Egypt and Tunisia\nIn Cairo, Wang Yi "
                                               "met his counterpart.", None),
    # advice against travel names no venue; a trip still does
    ("advice_against_travel", "ru", "Уважаемые граждане!\nМИД рекомендует воздержаться от поездок в Сирию.", None),
    ("a_trip_to", "ru", "Министр совершит поездку в Ташкент для переговоров.", "Tashkent"),
    # an anniversary's place is that of what it recalls
    ("an_anniversary", "en", "Fifty years ago, the Helsinki Final Act was signed in Helsinki.", None),
    ("an_anniversary_fr", "fr", "Il y a 30 ans, le traité était signé à Moscou.", None),
    # a 📍 line's venue, then its city; a header line that is only a city; "In <city>," opening a sentence; a
    # country named with "of"
    ("pin_venue_then_city", "fr", "Forum de Paris sur la paix\n📍 Palais Brongniart, Paris\nLe président a ouvert le "
                                  "forum.", "Paris"),
    ("pin_venue_alone", "fr", "Forum sur la paix\n📍 Palais Brongniart\nLe président a ouvert le forum.", None),
    ("header_place_line", "en", "Department Press Briefing\nDeputy Spokesperson Vedant Patel\nWashington, D.C.\nThe "
                                "Deputy Spokesperson briefed reporters.", "Washington"),
    ("a_place_line_after_the_story", "en", "Minister's remarks on trade\nThe Minister spoke about trade with partners.\n"
                                           "Moscow\nMore at mid.ru", None),
    ("in_a_city_opening_a_sentence", "en", "Foreign Minister on an official visit to the Republic of Korea\nIn Busan, the "
                                           "minister opened the new consulate.", "Busan"),
    # Italian "a" before a city, Portuguese "em", a sentence opening "В", Spanish "en la" (third held-out set)
    ("it_a_city", "it", "Il Ministro Antonio Tajani ha incontrato oggi a Milano il Ministro degli Esteri della Grecia.",
     "Milan"),
    ("it_a_country_is_no_venue", "it", "Il Ministro Antonio Tajani ha inviato aiuti a Cuba.", None),
    ("en_a_is_an_article", "en", "The minister received a Russian delegation on Monday.", None),
    ("pt_em_a_city", "pt", "O ministro Mauro Vieira recebeu hoje, em Recife, o chanceler do Chile.", "Recife"),
    ("ru_v_opening_a_sentence", "ru", "Визит Министра в Казахстан\nВ Астане состоялись переговоры с Министром "
                                      "иностранных дел Казахстана.", "Astana"),
    ("es_en_la_ciudad", "es", "La canciller recibió hoy en la Ciudad de Guatemala al ministro de Chile.", "Guatemala City"),
    # two places, "em X e na Y": neither is the one venue
    ("pt_two_places", "pt", "Terremoto em Marrocos e na Argélia\nO governo brasileiro expressa sua solidariedade.", None),
    # Portuguese "no", "na" before a place; "a situação em X" is a topic (sixth held-out set); a city's own name beats
    # another town's alternate name ("Annapolis" is also one of Simão Dias's, Brazil)
    ("pt_na_a_city", "pt", "O Ministro reuniu-se hoje na Cidade da Praia com o Primeiro-Ministro.", "Praia"),
    ("pt_no_vaticano", "pt", "A delegação foi recebida ontem no Vaticano pelo Cardeal Secretário de Estado.", "Vatican City"),
    ("pt_a_situacao_em", "pt", "O Ministro abordou com o seu homólogo a situação em Moçambique.", None),
    # a place followed by the event's own date is its venue; by another date, another event's (sixth held-out set)
    ("in_a_city_on_the_events_day", "en", "Good talks with my Nordic colleagues in Oslo on 10 June, hosted by the "
                                          "Foreign Minister.", "Oslo"),
    ("in_a_city_on_another_day", "en", "Good talks with my Nordic colleagues on 10 June. We agreed to meet again in "
                                       "Helsinki on 3 September.", None),
    # where citizens are is no venue (sixth held-out set)
    ("citizens_in_a_country", "en", "Consular assistance\nAustralians in Vanuatu who need help should call the Consular "
                                    "Emergency Centre.", None),
    ("nationals_in_a_country", "en", "Advice to travellers\nBritish nationals in Lebanon should register their presence.",
     None),
    # an interview's coming event's place is not the interview's (sixth held-out set)
    ("interview_coming_place_pt", "pt", "🎙 Em entrevista à RTP, a Ministra confirmou que participará na cimeira, na "
                                        "sexta-feira, em Bruxelas.", None),
    ("interview_coming_place_en", "en", "🎙 In an interview with CNN, the Foreign Minister confirmed that he will attend "
                                        "the summit in Cairo.", None),
    ("annapolis_own_name", "en", "📍 Annapolis, 12 May 2025\nThe Secretary met the delegation.", "Annapolis"),
    # a code in capitals is no city ("DFA" is among Shangluo's alternate names; seventh held-out set)
    ("an_acronym_is_no_city", "en", "DFA Undersecretary Ma. Lourdes P. Reyes gives a press briefing today at the DFA in "
                                    "Pasay City on the evacuation flights.", "Pasay"),
    # a topic's place is no venue, in any language (kg/data/topic_cues.tsv; seventh held-out set): a ceasefire's, a
    # war's, a crisis's; where a notice's readers are ("Peruanos en …"); a notice's country from its sentences
    ("ceasefire_in", "en", "The Foreign Minister spoke with his Qatari counterpart about the ceasefire in Gaza.", None),
    ("es_crisis_en", "es", "El canciller conversó con su par de Francia sobre la crisis en Haití.", None),
    ("fr_cessez_le_feu_au", "fr", "La ministre a évoqué avec son homologue le cessez-le-feu au Liban.", None),
    ("ru_eskalatsiya_v", "ru", "Министр обсудил с коллегой эскалацию в Ливане.", None),
    ("es_nationals_en", "es", "Aviso consular\nPeruanos en Israel deben registrarse en la Embajada.", None),
    ("notice_country_from_a_sentence", "en", "CONSULAR ADVISORY: heavy rains\nThe Department reminds the public that "
                                             "Alert Level 2 remains in effect in Myanmar.", None),
    ("a_meeting_still_in_its_city", "en", "The Foreign Minister met his Qatari counterpart in Doha today.", "Doha"),
    ("conference_on_security_in_a_city", "en", "The Minister took part in the international conference on Eurasian "
                                               "security in Minsk.", "Minsk"),
    ("ru_conference_on_security_in_a_city", "ru", "Министр принял участие в конференции по евразийской безопасности в "
                                                  "Минске.", "Minsk"),
    # what a statement on elections is about is no venue (English, and Dutch compounds: "presidentsverkiezingen")
    ("statement_on_elections_in", "en", "Statement by the Foreign Minister on the presidential elections in Moldova\n\n"
                                        "We take note of the preliminary findings of the observers.", None),
    ("nl_verkiezingen_in", "nl", "Verklaring van minister Van Weel over de presidentsverkiezingen in Roemenië\n\nNederland "
                                 "neemt kennis van de uitslag.", None),
    # Turkish marks a place with a suffix after an apostrophe: the locative ("Bakü'de", "New York'ta") of a city, the
    # accusative of a place visited ("Bağdat'ı ziyaret", "Azerbaycan'ı ziyaret"); a country in the locative is mostly
    # what the talks were about, and "-deki" an adjective ("Gazze'deki saldırılar")
    ("tr_locative_city", "tr", "Dışişleri Bakanı Hakan Fidan, Azerbaycan Dışişleri Bakanı Ceyhun Bayramov ile Bakü'de "
                               "bir araya geldi.", "Baku"),
    ("tr_locative_two_words", "tr", "Bakan Fidan, BM Genel Kurulu marjında New York'ta temaslarda bulundu.", "New York City"),
    ("tr_visit_accusative", "tr", "Dışişleri Bakanı Hakan Fidan, Bağdat'ı ziyaret ederek Iraklı mevkidaşı ile görüştü.",
     "Baghdad"),
    ("tr_visit_country", "tr", "Bakan Fidan, Gürcistan'ı resmi ziyaret etti.", "Georgia"),
    ("tr_country_locative_topic", "tr", "Görüşmede Libya'da kalıcı istikrarın sağlanması ele alındı.", None),
    ("tr_deki_adjective", "tr", "Bakan Fidan, Hartum'daki çatışmalara ilişkin açıklama yaptı.", None),
    # a closing dateline with the date first, as Türkiye's ministry writes it
    ("tr_closing_dateline_date_first", "tr", "Dışişleri Bakanı Hakan Fidan, Azerbaycan Dışişleri Bakanı Ceyhun Bayramov ile "
                                             "görüştü.\n\nGörüşmede bölgesel konular ele alındı.\n\n5 Mart 2025, Antalya",
     "Antalya"),
]


@pytest.mark.parametrize("name, language, text, expected", LOCATIONS, ids=[loc[0] for loc in LOCATIONS])
def test_event_location(name, language, text, expected):
    made = extract(text, language, WED)
    where = next((e for e in made.entities if made.event.location == e.key), None)
    assert (where.name if where else None) == expected


# ------------------------------------------------------------------------------------------------
# Speakers and participants
# ------------------------------------------------------------------------------------------------

PEOPLE = [
    # Indian honorifics are not part of the name
    ("shri", "Minister of State Shri Kirti Vardhan Singh met Ambassador of Vietnam.", ["kirti-vardhan-singh"], []),
    ("shri_known", "Prime Minister Shri Narendra Modi met President of Ghana John Mahama.",
     ["narendra-modi"], ["john-mahama"]),
    # a middle initial, and more given names than the gazetteer writes
    ("middle_initial", "President of the United States Donald J. Trump spoke with President of Finland "
                       "Alexander Stubb.", ["donald-trump"], ["alexander-stubb"]),
    ("more_given_names", "Foreign Minister Wang Yi met with Pakistan's Foreign Minister Mohammad Ishaq Dar.",
     ["wang-yi"], ["ishaq-dar"]),
    ("initial_after_dr", "External Affairs Minister Dr. S. Jaishankar met Foreign Minister of Oman "
                         "Badr Albusaidi.", ["subrahmanyam-jaishankar"], ["badr-albusaidi"]),
]


@pytest.mark.parametrize("name, text, speakers, participants", PEOPLE, ids=[p[0] for p in PEOPLE])
def test_speakers_and_participants(name, text, speakers, participants):
    made = extract(text)
    assert (list(made.event.speakers), list(made.event.participants)) == (speakers, participants)


def test_a_title_read_apart_from_the_text_has_its_people_written():
    """The title names "Ishaq Dar", the text "Mohammad Ishaq Dar": the participant is an entity of
    the extraction (it was not, and the graph failed validation: a participant that is no kg:Person)."""
    made = extract("Wang Yi Meets with Pakistani Foreign Minister Ishaq Dar\nOn May 2, Foreign Minister Wang Yi "
                   "met with Pakistan's Deputy Prime Minister and Foreign Minister Mohammad Dar in Beijing.")
    keys = {e.key for e in made.entities}
    assert all(("person", ident) in keys for ident in made.event.speakers + made.event.participants)


# ------------------------------------------------------------------------------------------------
# A body's bare name beside another country's name is that country's body
# ------------------------------------------------------------------------------------------------

RUSSIAN_MFA = ("org", "ministry-of-foreign-affairs-of-the-russian-federation")
BODIES = [
    # "МИД" and "Foreign Ministry" are aliases of Russia's ministry: beside another country's name
    # they were read as Russia's ministry
    ("mid_of_another_country", "ru", "МИД Узбекистана выразил соболезнования.", False),
    ("foreign_ministry_of_another_country", "en", "The Foreign Ministry of Uzbekistan expressed condolences.", False),
    ("another_countrys_foreign_ministry", "en", "Uzbekistan's Foreign Ministry expressed condolences.", False),
    ("russias_own_still", "ru", "МИД России выразил соболезнования.", True),
    ("bare_still_russias", "en", "The Foreign Ministry expressed condolences to Uzbekistan.", True),
    ("another_country_later_in_the_sentence", "en", "Russian Foreign Ministry statement on Uzbekistan", True),
]


@pytest.mark.parametrize("name, language, text, russian", BODIES, ids=[b[0] for b in BODIES])
def test_a_bare_body_name_beside_another_country_is_not_russias(name, language, text, russian):
    assert (RUSSIAN_MFA in {e.key for e in extract(text, language).entities}) == russian


# ------------------------------------------------------------------------------------------------
# Organisation names as running text writes them: German declension, French lower case
# ------------------------------------------------------------------------------------------------

GERMAN_FO = "federal-foreign-office"
FRENCH_FM = "ministry-for-europe-and-foreign-affairs"
ORG_FORMS = [
    # "Auswärtiges Amt" declines: "des Auswärtigen Amts", "dem Auswärtigen Amt", "das Auswärtige Amt"
    ("de_genitive", "de", "Eine Sprecherin des Auswärtigen Amtes sagte am Montag, die Botschaft bleibe geöffnet.", GERMAN_FO, True),
    ("de_dative", "de", "Nach Angaben des Krisenstabs im Auswärtigen Amt sind alle Deutschen in Sicherheit.", GERMAN_FO, True),
    ("de_article", "de", "Das Auswärtige Amt rät von Reisen in den Libanon ab.", GERMAN_FO, True),
    ("de_nominative_still", "de", "Auswärtiges Amt: Reisewarnung für Haiti verlängert", GERMAN_FO, True),
    # French writes "ministère" in lower case in running text; another ministry is not this one
    ("fr_lower_case", "fr", "Selon un communiqué du ministère de l'Europe et des Affaires étrangères, l'ambassade reste ouverte.",
     FRENCH_FM, True),
    ("fr_another_ministry", "fr", "Le ministère de l'Intérieur a annoncé de nouvelles mesures.", FRENCH_FM, False),
    # a lower-case article does not start a name: "the Kremlin" is still the presidency, by "Kremlin"
    ("en_article_in_lower_case", "en", "Talks in the Kremlin lasted three hours.", "presidential-executive-office-of-russia", True),
    # the names a ministry's own channel uses, and the EU in Portuguese and Italian (third held-out set)
    ("it_farnesina", "it", "L'Unità di Crisi della Farnesina raccomanda prudenza.",
     "ministry-of-foreign-affairs-and-international-cooperation", True),
    ("es_sre", "es", "La SRE informa a la comunidad mexicana en Texas.", "secretariat-of-foreign-affairs-of-mexico", True),
    ("pt_uniao_europeia", "pt", "O acordo com a União Europeia foi discutido.", "european-union", True),
    ("it_unione_europea", "it", "Serve un negoziato tra Unione europea e Stati Uniti.", "european-union", True),
    # an abbreviation joined to a participle names its organisation (sixth held-out set); not another word's capitals
    ("en_un_authorised", "en", "The first contingent of the UN-authorised stabilisation mission arrived in Juba.",
     "united-nations", True),
    ("en_nato_led", "en", "The minister visited the NATO-led training mission in Baghdad.",
     "north-atlantic-treaty-organization", True),
    ("en_un_inside_a_word", "en", "The minister met the KUN-led delegation.", "united-nations", False),
    # a convention named after the body under which it was adopted names no body (seventh held-out set's cause 11); the
    # body's own Charter does (fifth and sixth held-out sets' gold: "the UN Charter", "Устава ООН" name the UN)
    ("en_un_convention", "en", "All states must abide by the United Nations Convention on the Law of the Sea.",
     "united-nations", False),
    ("en_un_framework_convention", "en", "Kenya ratified the UN Framework Convention on Climate Change in 1994.",
     "united-nations", False),
    ("es_convencion_de_las_naciones_unidas", "es", "Chile reafirmó su apego a la Convención de las Naciones Unidas contra la "
                                                   "Corrupción.", "united-nations", False),
    ("ru_konventsiya_oon", "ru", "Стороны подтвердили приверженность Конвенции ООН по морскому праву.", "united-nations", False),
    ("en_un_charter_names_the_un", "en", "Any settlement must respect the UN Charter and international law.",
     "united-nations", True),
    ("en_the_un_and_a_convention", "en", "Speaking at the United Nations, the minister cited the UN Convention against "
                                         "Corruption.", "united-nations", True),
    # news media and groupings the gazetteer lacked (seventh held-out set's cause 9), in the languages that name them;
    # ANTARA's bare name is the Indonesian word "antara" ("between"), MENA a region's
    ("es_alianza_del_pacifico", "es", "Chile y Colombia coordinaron posiciones en el marco de la Alianza del Pacífico.",
     "pacific-alliance", True),
    ("ru_armenpress_dative", "ru", "Министр дал интервью агентству «Арменпресс».", "armenpress", True),
    ("en_al_qahera_news", "en", "The minister told Al-Qahera News that the crossing would reopen.", "al-qahera-news", True),
    ("nl_nieuwsuur", "nl", "De minister was te gast bij Nieuwsuur.", "nieuwsuur", True),
    ("en_kyodo", "en", "The minister gave an interview to Kyodo News in Tokyo.", "kyodo-news", True),
    ("id_antara_agency", "id", "Menlu memberikan wawancara kepada ANTARA di Jakarta.", "antara", True),
    ("id_antara_the_word", "id", "Antara lain dibahas kerja sama ekonomi dan perdagangan antara kedua negara.", "antara", False),
    ("es_efe", "es", "El canciller concedió una entrevista a la agencia EFE.", "agencia-efe", True),
    ("es_comunidad_andina", "es", "La Comunidad Andina celebró su reunión en Lima.", "andean-community", True),
    ("en_mena_the_region", "en", "Growth in the MENA region slowed.", "middle-east-news-agency", False),
    # Turkish names and abbreviations (eighth held-out set, cause 4)
    ("tr_deas", "tr", "Görüşmede DEAŞ ile mücadelede iş birliği ele alındı.", "islamic-state", True),
    ("tr_ab", "tr", "Türkiye ile AB arasındaki vize serbestisi süreci görüşüldü.", "european-union", True),
    ("tr_bm", "tr", "Bakan Fidan, BM'nin bölgedeki insani yardım faaliyetlerini değerlendirdi.", "united-nations", True),
    ("tr_iit", "tr", "İİT Dışişleri Bakanları Konseyi Cidde'de toplandı.", "organisation-of-islamic-cooperation", True),
    # German names of bodies joined to a word by a hyphen (Swiss usage: "UNO", "OSZE"), a compound in the genitive
    ("de_osze_vorsitz", "de", "Die Schweiz übernimmt 2026 den OSZE-Vorsitz.",
     "organization-for-security-and-co-operation-in-europe", True),
    ("de_eda_vorsteherin", "de", "Die EDA-Vorsteherin empfing ihren Amtskollegen in Bern.", "federal-department-of-foreign-affairs",
     True),
    ("de_uno_sicherheitsrat_genitive", "de", "Die Schweiz ist bis Ende Jahr Mitglied des UNO-Sicherheitsrats.",
     "united-nations-security-council", True),
    ("de_uno_sicherheitsrat_no_un", "de", "Die Schweiz ist bis Ende Jahr Mitglied des UNO-Sicherheitsrats.", "united-nations",
     False),
    ("de_eu_kommission_is_the_commission", "de", "Die EU-Kommission legte den Entwurf des Abkommens vor.", "european-commission",
     True),
    ("de_eu_kommission_no_eu", "de", "Die EU-Kommission legte den Entwurf des Abkommens vor.", "european-union", False),
    ("de_eu_kommission_genitive", "de", "Ein Sprecher der EU-Kommission bestätigte das Treffen.", "european-commission", True),
    ("en_hyphen_before_a_noun_not_read", "en", "The UN-Habitat Assembly met in Nairobi.", "united-nations", False),
    # the Swiss Federal Council, and its name as a Federal Councillor's title; a channel's own ministry in full; a
    # foundation, a Turkish broadcaster (eighth held-out set, written anew); the EU in a French minister's portfolio
    ("de_bundesrat", "de", "Der Bundesrat hat an seiner Sitzung vom Mittwoch die Botschaft verabschiedet.",
     "swiss-federal-council", True),
    ("fr_conseil_federal", "fr", "Le Conseil fédéral a adopté le message relatif à l'accord.", "swiss-federal-council", True),
    ("de_bundesrat_as_a_title", "de", "Bundesrat Beat Jans traf die Innenministerin in Bern.", "swiss-federal-council", False),
    ("fr_moroccan_ministry_in_full", "fr", "Le Ministère des Affaires Étrangères, de la Coopération Africaine et des "
                                           "Marocains Résidant à l'Étranger informe les usagers des consulats.",
     "ministry-of-foreign-affairs-of-morocco", True),
    ("fr_mohammed_v_foundation", "fr", "La Fondation Mohammed V pour la Solidarité a lancé son opération Ramadan.",
     "mohammed-v-foundation-for-solidarity", True),
    ("tr_a_haber", "tr", "Dışişleri Bakanı, A Haber canlı yayınında gündemi değerlendirdi.", "a-haber", True),
    ("fr_eu_in_a_portfolio", "fr", "M. Nasser Bourita a reçu M. Jean-Noël Barrot, Ministre des Affaires étrangères, de "
                                   "l'Union européenne et de la Coopération de la République X.", "european-union", False),
    # China Media Group by its name; "CMG" after a British diplomat's name is his honour (the Order of St Michael and
    # St George), not the broadcaster
    ("en_china_media_group", "en", "The Ambassador answered questions from China Media Group in Beijing.", "china-media-group",
     True),
    ("en_cmg_the_honour", "en", "HM Ambassador Nigel Casey CMG met the Governor of the Tver Region.", "china-media-group",
     False),
]


@pytest.mark.parametrize("name, language, text, org, found", ORG_FORMS, ids=[o[0] for o in ORG_FORMS])
def test_organisation_names_as_running_text_writes_them(name, language, text, org, found):
    assert (org in extract(text, language).event.organisations) == found


# ------------------------------------------------------------------------------------------------
# A country a title names as what the event is about is no party to it; a joint statement's authors are
# ------------------------------------------------------------------------------------------------

PARTIES = [
    ("statement_on", "en", "Joint Statement on Venezuela by the Foreign Ministers of the Lima Group", "ve", False),
    ("sanctions_against", "en", "Comment of the Spokesperson on new EU sanctions against Belarus", "by", False),
    ("discussed", "en", "Putin and Erdogan discussed Libya by phone", "ly", False),
    ("fr_sur_la_situation", "fr", "Déclaration sur la situation en Haïti (5 mars 2025)", "ht", False),
    ("de_lage_im", "de", "Telefonat zur Lage im Sudan", "sd", False),
    ("ru_po", "ru", "Заявление МИД по Ливии", "ly", False),
    # whose death a condolence mourns (fifth held-out set)
    ("mourns_the_passing_of", "en", "President Cyril Ramaphosa mourns the passing of Zambia's Founding President, Dr "
                                    "Kenneth Kaunda", "zm", False),
    # a side still is: the place visited, the country acting, the callers' own
    ("visit_to", "en", "Foreign Minister Wang Yi to Pay Official Visit to Egypt", "eg", True),
    ("country_acting", "en", "Hungary will block new EU sanctions", "hu", True),
    ("arrives_in_on_a_visit", "en", "Lavrov arrives in Turkey on a working visit", "tr", True),
    ("callers_after_a_topic", "en", "Putin and Erdogan discussed Libya by phone", "tr", True),
    # a joint statement's authors, listed after "We, the … of", up to its verb
    ("we_the_ministers_of", "en", "Joint Statement of the Foreign Ministers\n\nWe, the Foreign Ministers of Canada, "
                                  "France and Japan, condemn Iran's attacks on shipping.", "jp", True),
    ("we_the_ministers_of_not_the_object", "en", "Joint Statement of the Foreign Ministers\n\nWe, the Foreign "
                                                 "Ministers of Canada, France and Japan, condemn Iran's attacks on "
                                                 "shipping.", "ir", False),
    ("fr_nous_ministres", "fr", "Déclaration conjointe\n\nNous, ministres des Affaires étrangères de l'Allemagne, de "
                                "la France et de la Pologne, réunis à Weimar, appelons à la paix.", "pl", True),
    ("we_the_undersigned_is_no_list", "en", "We, the undersigned, call on Russia to release the prisoners.", "ru",
     False),
    # where a notice's readers are, what travel advice is about (sixth held-out set); European Portuguese names
    ("ru_nakhodyashchikhsya_v", "ru", "К сведению граждан Республики Казахстан, находящихся в Ливане и Сирии", "sy", False),
    ("pt_conselho_aos_viajantes", "pt", "Conselho aos viajantes | Irão e Líbano", "ir", False),
    ("en_travel_advice", "en", "Travel advice: Lebanon and Syria", "lb", False),
    ("pt_european_names_are_read", "pt", "Ministro recebe homólogo do Quénia", "ke", True),
    ("warning_sign_country_colon", "en", "⚠️ Vanuatu: assistance for Australians after the earthquake", "vu", False),
    # a topic's countries in any language, a list it opens, a sea's name (kg/data/topic_cues.tsv; seventh held-out set)
    ("escalation_between", "en", "The Minister warned of the escalation between India and Pakistan in a call with the "
                                 "Secretary-General", "pk", False),
    ("es_sanciones_impuestas_por", "es", "El canciller habló sobre las sanciones impuestas por Estados Unidos a "
                                         "Venezuela", "us", False),
    ("fr_avis_aux_voyageurs", "fr", "⚠️ Avis aux voyageurs : Mali", "ml", False),
    ("sea_of_japan", "en", "Statement on the missile launches into the Sea of Japan", "jp", False),
    ("east_china_sea", "en", "Joint patrol in the East China Sea concluded", "cn", False),
    ("es_mar_de_la_china", "es", "Declaración sobre la situación en el Mar de la China Meridional", "cn", False),
    ("gulf_of_mexico", "en", "Remarks on the oil spill in the Gulf of Mexico", "mx", False),
    ("a_war_named_with_its_side", "en", "Foreign Minister of Ukraine on the war in Ukraine", "ua", True),
    # Turkish topics are told after the name (topic-after rows), German "Gespräche zwischen" before it (eighth
    # held-out set, written anew)
    ("tr_war_between", "tr", "Dışişleri Bakanı, Azerbaycan ile Ermenistan arasındaki çatışmaya ilişkin soruları yanıtladı",
     "am", False),
    ("tr_citizens_in", "tr", "Sudan'daki Vatandaşlarımızın Dikkatine", "sd", False),
    ("tr_attack_by", "tr", "No: 12, Rusya'nın Kiev'e Yönelik Saldırısı Hk.", "ru", False),
    ("tr_a_side_still", "tr", "Dışişleri Bakanı Hakan Fidan, Azerbaycan Dışişleri Bakanı ile görüştü", "az", True),
    ("de_talks_between", "de", "Bundesrat Cassis informierte über die Gespräche zwischen Armenien und Aserbaidschan",
     "am", False),
    # the United Kingdom's full name holds "Ireland" (eighth held-out set's 12505, written anew)
    ("fr_uk_full_name", "fr", "Déclaration conjointe du Royaume du Maroc et du Royaume-Uni de Grande-Bretagne et "
                              "d'Irlande du Nord", "ie", False),
    ("es_uk_full_name", "es", "Comunicado conjunto de Chile y del Reino Unido de Gran Bretaña e Irlanda del Norte",
     "ie", False),
]


@pytest.mark.parametrize("name, language, text, country, party", PARTIES, ids=[p[0] for p in PARTIES])
def test_a_country_the_title_is_about_is_no_party(name, language, text, country, party):
    assert (country in extract(text, language).event.countries) == party


# ------------------------------------------------------------------------------------------------
# Header and closing lines: a byline names the speaker (and its wording the type), a line that is only
# a date the day; a quotation whose speaker is named apart is a statement
# ------------------------------------------------------------------------------------------------

BYLINES = [
    ("en_byline_after_a_document_line", "en", "Designation of the Group as a Terrorist Organization\n\nPress Statement\n"
                                              "Antony Blinken, Secretary of State\nJanuary 10, 2024\n\nToday the "
                                              "Department of State designates the group.",
     ("antony-blinken",), "Statement", date(2024, 1, 10)),
    ("fr_closing_byline", "fr", "Soudan – Attaque contre un camp de réfugiés (3 mai 2025)\n\nLa France condamne "
                                "l'attaque.\n\nDéclaration de la porte-parole du ministère de l'Europe et des Affaires "
                                "étrangères, Anne-Claire Legendre", ("anne-claire-legendre",), "Statement", date(2025, 5, 3)),
    ("quotation_and_its_speaker", "en", "💬 «Multilateralism is a necessity.»\n\n— Foreign Minister Wang Yi", ("wang-yi",),
     "Statement", None),
    # a sentence naming someone by office is no byline; a quotation with no speaker no statement; a date
    # line with other words is no date line
    ("a_closing_sentence_is_no_byline", "en", "Closing of the consulate\n\nThe consulate will close on Friday.\n\nThe "
                                              "Minister, Ivan Petrov, will attend the ceremony.", (), "Other", None),
    ("a_quotation_without_a_speaker", "en", "💬 Good morning everyone\n\nThe day starts at nine.", (), "Other", None),
    ("a_date_line_with_words", "en", "Update on the consulate\n\nUpdated: March 4, 2025\n\nThe consulate will close.", (),
     "Other", None),
]


@pytest.mark.parametrize("name, language, text, speakers, kind, day", BYLINES, ids=[b[0] for b in BYLINES])
def test_header_and_closing_lines(name, language, text, speakers, kind, day):
    event = extract(text, language).event
    assert (event.speakers, event.type, event.date) == (speakers, kind, day)


# ------------------------------------------------------------------------------------------------
# A post forwarded from a known person's own channel, in the first person, is that person's
# ------------------------------------------------------------------------------------------------

FORWARDED = [
    ("en_i_had_a_call", "en", "Sergey Lavrov", "Today I had a phone call with Egypt's Foreign Minister Badr Abdelatty.",
     ("sergey-lavrov",)),
    ("fr_nous_avons", "fr", "Jean-Noël Barrot 🇫🇷", "Conseil européen à Bruxelles.\nAvec mes homologues, nous avons "
                                                   "adopté de nouvelles sanctions.", ("jean-noel-barrot",)),
    # a third-person post, an unknown name, the United States ("US") are no first person
    ("third_person", "en", "Sergey Lavrov", "The Foreign Ministry welcomed the agreement.", ()),
    ("unknown_channel", "en", "Russian MFA 🇷🇺", "Today we held consultations on the agreement.", ()),
    ("us_is_no_first_person", "en", "Sergey Lavrov", "New US sanctions were announced.", ()),
    # Italian and Portuguese first persons, also after the title's first sentence; "Recebi X": X is received
    ("it_abbiamo_in_the_second_sentence", "it", "Antonio Tajani", "Colloquio telefonico oggi con il Ministro Sergey Lavrov. "
                                                                  "Abbiamo parlato di Ucraina.", ("antonio-tajani",)),
    ("pt_recebi", "pt", "Lula", "Recebi hoje no Palácio do Planalto o presidente da França, Emmanuel Macron.",
     ("luiz-inacio-lula-da-silva",)),
    # a personal name the gazetteer does not know is a new person (fifth held-out set); not an organisation's name
    ("es_unknown_minister", "es", "Margarita Robles", "Excelente reunión hoy en Madrid con mi homólogo. Hemos acordado "
                                                     "reforzar la relación bilateral.", ("margarita-robles",)),
    ("en_mission_is_no_person", "en", "Russian Mission to ASEAN", "Today we held consultations on the agreement.", ()),
]


@pytest.mark.parametrize("name, language, forwarded, text, speakers", FORWARDED, ids=[f[0] for f in FORWARDED])
def test_a_post_forwarded_from_a_person_in_the_first_person(name, language, forwarded, text, speakers):
    assert _in_channel(text, language, forwarded=forwarded).event.speakers == speakers


# The channel's own act, with no one named who acts: its country is the party (the channel's flag, or
# the one country its name names; a post forwarded speaks for the channel it is forwarded from)
OWN_COUNTRY = [
    ("flag", "Farnesina 🇮🇹", None, "⚠️ L'Unità di Crisi raccomanda di evitare i viaggi nella regione.", ("it",)),
    ("name", "МИД Беларуси", None, "ℹ️ Уважаемые иностранные граждане!\nБезвизовый режим продлен.", ("by",)),
    ("forwarded", "Russian Embassy in India", "Russian MFA 🇷🇺", "⚡️ Statement on the latest sanctions", ("ru",)),
    # an embassy speaks for the country that sends it, not the one it is in (fourteenth held-out set: the Russian Embassy
    # in the UK's channel); a name of no country: no party; someone named acts: theirs, not the channel's
    ("an_embassy_speaks_for_its_country", "Russian Embassy in India", None, "⚡️ Statement on the latest sanctions", ("ru",)),
    ("an_embassy_in_full", "Embassy of the Russian Federation in the United Kingdom", None,
     "⚡️ Statement on the latest sanctions", ("ru",)),
    ("an_embassy_in_russian", "Посольство России в Индии", None, "⚡️ Заявление о новых санкциях", ("ru",)),
    ("no_country", "Valdai Club", None, "⚡️ Statement on the latest sanctions", ()),
    ("a_medium_is_no_government", "Sputnik भारत", None, "⚡️ Statement on the latest sanctions", ()),
    ("an_actor_is_named", "Farnesina 🇮🇹", None, "Sergey Lavrov held talks with Wang Yi.", ("ru", "cn")),
    # a national office that names no country is the channel's country's (fourth held-out set's cause 8);
    # an ambassador may be another country's
    ("own_minister_made_from_an_office", "Cancillería Argentina 🇦🇷", None,
     "El canciller Gerardo Wertheim viajó hoy a Montevideo.", ("ar",)),
    ("an_ambassador_is_not_made_the_channels", "Cancillería Argentina 🇦🇷", None,
     "El embajador Pedro Ramírez Ortega presentó sus cartas credenciales.", ()),
    # a notice about another country is still the channel's own act (fourth held-out set: "Lebanon travel advice")
    ("a_notice_about_another_country", "Farnesina 🇮🇹", None, "⚠️ #Libano | Si sconsigliano i viaggi in Libano.",
     ("lb", "it")),    # forwarded from the Swiss Federal Council, a body kg knows now ("Der Bundesrat", eighth held-out set's 12403)
    ("forwarded_from_the_federal_council", "EDA", "Der Bundesrat", "Der Bundesrat hat die Vernehmlassung eröffnet.", ("ch",)),
]


# A foreign ministry named bare ("МИД", "Foreign Ministry": Russia's in kg's data) in a channel of another
# country is that country's ministry; named with its country it stays whose it is named
OWN_MINISTRY = [
    ("bare_mid_in_belarus", "МИД Беларуси", "Подробная информация — на сайте МИД: mfa.gov.by/visa",
     "ministry-of-foreign-affairs-of-the-republic-of-belarus"),
    ("bare_in_china", "Spokesperson of the Chinese MFA 🇨🇳", "Foreign Ministry Spokesperson's Remarks on the sanctions",
     "ministry-of-foreign-affairs-of-the-peoples-republic-of-china"),
    ("bare_in_russia", "Russian MFA 🇷🇺", "The Foreign Ministry's statement on the sanctions",
     "ministry-of-foreign-affairs-of-the-russian-federation"),
    ("named_with_its_country", "МИД Беларуси", "Заявление МИД России о санкциях",
     "ministry-of-foreign-affairs-of-the-russian-federation"),
    ("no_channel_country", "Valdai Club", "The Foreign Ministry's statement on the sanctions",
     "ministry-of-foreign-affairs-of-the-russian-federation"),
]


# A ministry's own channel names it bare ("the Ministry", "the Department", "la Cancillería", "Buitenlandse Zaken";
# seventh held-out set's cause 2): kg/data/own_ministry_names.tsv. Not another body so named ("the Ministry of Health"),
# not an office's words, not in a channel that is no government body's
EGYPT_MFA, CHILE_MFA = "ministry-of-foreign-affairs-of-egypt", "ministry-of-foreign-affairs-of-chile"
PH_DFA, NL_MFA = "department-of-foreign-affairs-of-the-philippines", "ministry-of-foreign-affairs-of-the-netherlands"
OWN_BARE_MINISTRY = [
    ("en_the_ministry", "Egypt MFA 🇪🇬", "The Ministry calls on Egyptians abroad to update their contact details.", EGYPT_MFA, True),
    ("en_the_ministrys", "Egypt MFA 🇪🇬", "The Minister hosted an iftar at the Ministry's premises for the diplomatic corps.",
     EGYPT_MFA, True),
    ("es_la_cancilleria", "Cancillería Chile 🇨🇱", "La Cancillería informa que los consulados atenderán en horario especial.",
     CHILE_MFA, True),
    ("en_the_department_channel_named_by_acronym", "DFA Philippines 🇵🇭",
     "The Department reminds Filipinos abroad to book their passport appointments online.", PH_DFA, True),
    ("nl_buitenlandse_zaken", "Ministerie van Buitenlandse Zaken 🇳🇱",
     "Vragen over uw reis? Neem contact op met het 24/7 BZ Contactcenter van Buitenlandse Zaken.", NL_MFA, True),
    ("en_another_ministry_so_named", "Egypt MFA 🇪🇬", "The Ministry of Health will send a medical convoy to Gaza.",
     EGYPT_MFA, False),
    ("en_another_named_so_elsewhere", "Egypt MFA 🇪🇬", "The Ministry of Health and the Ministry coordinate the convoy.",
     EGYPT_MFA, False),
    ("es_another_countrys", "Cancillería Chile 🇨🇱", "La Cancillería de Argentina publicó un comunicado.", CHILE_MFA, False),
    ("nl_an_office", "Ministerie van Buitenlandse Zaken 🇳🇱", "De minister van Buitenlandse Zaken reist morgen naar Kyiv.",
     NL_MFA, False),
    ("nl_the_council", "Ministerie van Buitenlandse Zaken 🇳🇱", "De Raad Buitenlandse Zaken sprak over Oekraïne.", NL_MFA, False),
    ("a_medium_is_no_government", "Al-Ahram 🇪🇬", "The Ministry said the convoy left Cairo at dawn.", EGYPT_MFA, False),
]


@pytest.mark.parametrize("name, channel, text, ministry, found", OWN_BARE_MINISTRY, ids=[o[0] for o in OWN_BARE_MINISTRY])
def test_a_ministrys_own_channel_names_it_bare(name, channel, text, ministry, found):
    assert (ministry in _in_channel(text, channel=channel).event.organisations) == found


# A foreign ministry named by its words and a country, for any country: the one kg's data holds, else one made for it
# (seventh held-out set's cause 2: "МИД Армении", "министерствами иностранных дел Армении")
FOREIGN_MINISTRIES = [
    ("en_of_a_country", "en", "The Ministry of Foreign Affairs of Ghana condemned the attack on the convoy.",
     ["Ministry of Foreign Affairs of Ghana"]),
    ("en_possessive", "en", "Ghana's Foreign Ministry summoned the ambassador.", ["Ministry of Foreign Affairs of Ghana"]),
    ("en_of_the_country", "en", "Officials of the Foreign Ministry of the Philippines attended.",
     ["Department of Foreign Affairs of the Philippines"]),
    ("es_de_a_country", "es", "El Ministerio de Relaciones Exteriores de Guatemala expresó su condolencia.",
     ["Ministry of Foreign Affairs of Guatemala"]),
    ("fr_du_a_country", "fr", "Le ministère des Affaires étrangères du Mali a convoqué l'ambassadeur.",
     ["Ministry of Foreign Affairs and International Cooperation of Mali"]),  # (kg/data/organisations.ttl's since)
    ("fr_de_la_a_country_not_known", "fr", "Le ministère des Affaires étrangères de la Palestine a convoqué l'ambassadeur.",
     ["Ministry of Foreign Affairs of Palestinian Territories"]),  # one made for it, after kg's name of the country
    ("ru_genitive_plural", "ru", "В Ереване прошли консультации между министерствами иностранных дел Армении и Грузии.",
     ["Ministry of Foreign Affairs of Armenia", "Ministry of Foreign Affairs of Georgia"]),  # both: Georgia's made
    ("en_named_together_neither_known", "en", "The foreign ministries of Ghana and Togo held consultations in Accra.",
     ["Ministry of Foreign Affairs of Ghana", "Ministry of Foreign Affairs of Togo"]),
    ("ru_known_in_a_case", "ru", "Представитель Министерства иностранных дел Казахстана выступил на брифинге.",
     ["Ministry of Foreign Affairs of Kazakhstan"]),
    ("ru_mid_of_a_country", "ru", "МИД Эстонии вручил ноту протеста.", ["Ministry of Foreign Affairs of Estonia"]),
    # Turkish: the country before the words, the words declined ("Gana Dışişleri Bakanlığının"); bare, Türkiye's
    ("tr_country_before", "tr", "Gana Dışişleri Bakanlığının açıklaması memnuniyetle karşılandı.",
     ["Ministry of Foreign Affairs of Ghana"]),
    ("tr_known_country", "tr", "Rusya Dışişleri Bakanlığı bir açıklama yayımladı.",
     ["Ministry of Foreign Affairs of the Russian Federation"]),
    ("tr_bare", "tr", "Dışişleri Bakanlığı bir açıklama yayımladı.", ["Ministry of Foreign Affairs of Türkiye"]),
    # a minister is no ministry; a country not beside the words is not its
    ("en_minister_is_no_ministry", "en", "The Minister of Foreign Affairs of Ghana arrived in Accra.", []),
    ("en_country_far_off", "en", "The Foreign Ministry said on Monday that talks with Ghana would go on.",
     ["Ministry of Foreign Affairs of the Russian Federation"]),
]


@pytest.mark.parametrize("name, language, text, labels", FOREIGN_MINISTRIES, ids=[f[0] for f in FOREIGN_MINISTRIES])
def test_a_foreign_ministry_of_any_country(name, language, text, labels):
    made = extract(text, language)
    by_key = {e.key: e for e in made.entities}
    assert [by_key[("org", ident)].name for ident in made.event.organisations] == labels


# Embassies and consulates: an organisation made from the two places the name joins, labelled in English
MISSIONS = [
    ("es_embajada", None, "La Embajada de Cuba en la Federación de Rusia depositó una ofrenda floral.",
     ["Embassy of Cuba in Russia"]),
    ("ru_genitive", None, "Телефон горячей линии Посольства Казахстана в Ливане: +961 71 000 000",
     ["Embassy of Kazakhstan in Lebanon"]),
    ("pt_city_is_its_country", None, "A Embaixada do Brasil em Bangkok acompanha a situação.", ["Embassy of Brazil in Thailand"]),
    ("es_consulate_general_in_a_city", None, "El Consulado General de México en Los Ángeles pone a disposición un teléfono.",
     ["Consulate General of Mexico in Los Angeles"]),
    ("en_adjective", None, "The Russian Embassy in India said the visa centre is open.", ["Embassy of Russia in India"]),
    ("en_ours_in_a_countrys_channel", "Republic of Türkiye Ministry of Foreign Affairs",
     "Citizens should contact our Embassy in Tehran and our Embassy in Tel Aviv.",
     ["Embassy of Türkiye in Iran", "Embassy of Türkiye in Israel"]),
    # a country whose English name takes "the" has it in the label (kg/data/country_names_with_article.tsv; seventh held-out
    # set), the label without it an alternative
    ("en_article_sender", None, "Filipinos in Saudi Arabia may contact the Philippine Embassy in Riyadh.",
     ["Embassy of the Philippines in Saudi Arabia"]),
    ("en_article_host", None, "The Embassy of Japan in the Netherlands hosted a reception.", ["Embassy of Japan in the Netherlands"]),
    ("es_article", None, "La Embajada de Chile en Filipinas celebró las Fiestas Patrias en Manila.",
     ["Embassy of Chile in the Philippines"]),
    ("en_consulate_article", None, "The Consulate General of the United Arab Emirates in Mumbai is closed today.",
     ["Consulate General of the United Arab Emirates in Mumbai"]),
    # German adjectives in -er, capitalised ("die Schweizer Botschaft"); Turkish names a mission by its city before it,
    # "ours" by a possessive ("Hartum Büyükelçiliğimiz": the channel's), another country's by its genitive
    ("de_schweizer_botschaft", None, "Die Schweizer Botschaft in Kiew bleibt bis auf Weiteres geschlossen.",
     ["Embassy of Switzerland in Ukraine"]),
    ("tr_ours_by_possessive", "Republic of Türkiye Ministry of Foreign Affairs",
     "Bölgedeki vatandaşlarımızın Hartum Büyükelçiliğimizin acil durum hattını aramaları rica olunur.",
     ["Embassy of Türkiye in Sudan"]),
    ("tr_consulate_general", "Republic of Türkiye Ministry of Foreign Affairs", "Erbil Başkonsolosluğumuz hafta sonu açık olacak.",
     ["Consulate General of Türkiye in Erbil"]),
    ("tr_genitive_sender", None, "Rusya'nın Ankara Büyükelçiliği bir açıklama yayımladı.", ["Embassy of Russia in Türkiye"]),
    ("fr_du_maroc", None, "L'ambassade du Maroc à Dakar organise une permanence consulaire.", ["Embassy of Morocco in Senegal"]),
    ("tr_ours_without_a_channel_country", "Valdai Club", "Hartum Büyükelçiliğimiz kapalıdır.", []),
    # no mission: its places not both named, a plural, "our" with no channel country, at home
    ("the_embassy", None, "The Embassy will be closed on Monday.", []),
    ("plural", None, "Las embajadas y consulados de México en el mundo celebran.", []),
    ("ours_without_a_channel_country", "Valdai Club", "Contact our Embassy in Tehran.", []),
    ("in_its_own_country", None, "The Embassy of India in New Delhi", []),
]


@pytest.mark.parametrize("name, channel, text, labels", MISSIONS, ids=[m[0] for m in MISSIONS])
def test_embassies_and_consulates(name, channel, text, labels):
    made = _in_channel(text, channel=channel)
    by_key = {e.key: e for e in made.entities}
    assert [by_key[("org", ident)].name for ident in made.event.organisations] == labels


@pytest.mark.parametrize("name, channel, text, ministry", OWN_MINISTRY, ids=[o[0] for o in OWN_MINISTRY])
def test_a_bare_foreign_ministry_is_the_channels_own(name, channel, text, ministry):
    assert _in_channel(text, channel=channel).event.organisations == (ministry,)


@pytest.mark.parametrize("name, channel, forwarded, text, countries", OWN_COUNTRY, ids=[o[0] for o in OWN_COUNTRY])
def test_the_channels_own_country_is_the_party_of_its_own_act(name, channel, forwarded, text, countries):
    assert _in_channel(text, channel=channel, forwarded=forwarded).event.countries == countries



@pytest.mark.parametrize("line, first", [
    ("Алматы, 3 июня 2025 г. – Президент выступил. Затем он уехал.", "Алматы, 3 июня 2025 г. – Президент выступил."),
    ("В 1991 гг. шли реформы. Потом нет.", "В 1991 гг. шли реформы."),
    ("External Affairs Minister Dr. S. Jaishankar met him. Then he left.", "External Affairs Minister Dr. S. Jaishankar met him."),
    # a time's "p.m.", "No." (fourth held-out set: Japan's MOFA opens each readout so)
    ("On January 13, commencing at 2:00 p.m. (local time) for approximately 80 minutes, Mr. Iwaya held talks. Then.",
     "On January 13, commencing at 2:00 p.m. (local time) for approximately 80 minutes, Mr. Iwaya held talks."),
    ("At 10 a. m. the talks began in Tokyo. Then.", "At 10 a. m. the talks began in Tokyo."),
    ("No. 127 Press Release Regarding Iran. Then.", "No. 127 Press Release Regarding Iran."),
    # a name's "Jr."/"Sr." before a word in lower case, a Philippine "Ma." before a given name (seventh held-out set)
    ("Secretary Jose P. Santos Jr. arrived in Tokyo today. Then.", "Secretary Jose P. Santos Jr. arrived in Tokyo today."),
    ("Ambassador Juan R. Cruz Sr. presented his credentials. Then.", "Ambassador Juan R. Cruz Sr. presented his credentials."),
    ("Undersecretary Ma. Elena Bautista led the delegation. Then.", "Undersecretary Ma. Elena Bautista led the delegation."),
    ("The envoy met President Ferdinand Marcos Jr. The talks lasted an hour.", "The envoy met President Ferdinand Marcos Jr."),
    # a full stop after a word still ends a sentence
    ("Переговоры прошли в Казани. Затем министр уехал.", "Переговоры прошли в Казани."),
    # Hindi: an abbreviation's or an initial's dot ends no sentence (thirteenth held-out set: "डॉ. एस. जयशंकर ने आज …"
    # was cut at "डॉ.", so "आज" was never read); the danda "।" ends one
    ("विदेश मंत्री डॉ. एस. जयशंकर ने आज बातचीत की। दूसरा वाक्य।", "विदेश मंत्री डॉ. एस. जयशंकर ने आज बातचीत की।"),
])
def test_first_sentence_does_not_end_at_an_abbreviation(line, first):
    from kg.textutil import first_sentence

    assert first_sentence(line) == first


@pytest.mark.parametrize("text, name", [
    ("Die Schiffe passieren die Straße von Hormus ungehindert.", "Hormus"),
    ("Die Schiffe passieren die Strasse von Hormus ungehindert.", "Hormus"),  # Swiss German: "ss" for "ß"
])
def test_a_strait_named_in_german_is_no_venue(text, name):
    from kg.extract.topics import topical

    assert topical(text, text.index(name))
# Two of the channel's own people named together before the verb are both hosts, speakers; a foreign
# person after a counterpart's cue is still a participant (eighth held-out set's 12401, written anew)
OWN_FELLOWS = [
    ("de_two_hosts", "Bundespräsident Guy Parmelin und Bundesrat Ignazio Cassis empfangen in Bern den Präsidenten "
                     "Finnlands.", ("guy-parmelin", "ignazio-cassis"), ()),
    ("de_a_counterpart_stays", "Bundespräsident Guy Parmelin traf in Bern den ukrainischen Präsidenten Wolodymyr "
                               "Selenskyj.", ("guy-parmelin",), ("volodymyr-zelensky",)),
]


@pytest.mark.parametrize("name, text, speakers, participants", OWN_FELLOWS, ids=[o[0] for o in OWN_FELLOWS])
def test_the_channels_own_people_named_together_are_hosts(name, text, speakers, participants):
    made = _in_channel(text, language="de", channel="EDA 🇨🇭")
    assert (made.event.speakers, made.event.participants) == (speakers, participants)


# the second with a long office of its own between them (ninth held-out set's 12903, written anew)
OWN_FELLOWS_FR = [
    ("fr_a_long_office_between", "Le Premier ministre Alexander De Croo et le Vice-Premier ministre et ministre des Affaires "
                                 "étrangères Maxime Prévot reçoivent à Bruxelles le Premier ministre du Luxembourg Luc Frieden.",
     ("alexander-de-croo", "maxime-prevot"), ("luc-frieden",)),
]


@pytest.mark.parametrize("name, text, speakers, participants", OWN_FELLOWS_FR, ids=[o[0] for o in OWN_FELLOWS_FR])
def test_the_channels_own_people_named_together_are_hosts_in_french(name, text, speakers, participants):
    made = _in_channel(text, language="fr", channel="Diplomatie.be 🇧🇪")
    assert (made.event.speakers, made.event.participants) == (speakers, participants)


# Someone a later paragraph names by a cue of kind part takes part: "was received at the airport by" (eighth
# held-out set's 12104, written anew)
LATER_PARTS = [
    ("en_received_at_the_airport_by", "en", "Prime Minister Narendra Modi arrived in Tokyo on an official visit to Japan."
                                            "\n\nThe Prime Minister was received at the airport by Foreign Minister Takeshi Iwaya.",
     "takeshi-iwaya"),
]


@pytest.mark.parametrize("name, language, text, participant", LATER_PARTS, ids=[p[0] for p in LATER_PARTS])
def test_a_later_paragraphs_part_cue_names_a_participant(name, language, text, participant):
    assert participant in extract(text, language).event.participants
