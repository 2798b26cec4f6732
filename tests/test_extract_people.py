"""People and their offices, on wordings the held-out set (tests/data/heldout/, scored by
tests/test_heldout_gold.py) showed kg reading wrong: a title word taken for a known person's
declined name, an office followed by a long organisation name, offices in Spanish and in Russian
lower case. Each row is named after what broke; the sentences are written for these tests, not
copied from the held-out posts, so that set stays a fair measure.
"""
from __future__ import annotations

import pytest

from kg.gazetteer import default
from test_extract_heldout import _in_channel, extract

# ------------------------------------------------------------------------------------------------
# A bare Russian stem is not a name whose ending the stemmer cut off
# ------------------------------------------------------------------------------------------------

STEMS = [
    # "Раиси" stems to "раис": the title "Раис" (the head of Tatarstan) was Ebrahim Raisi
    ("title_raisi", "Раис Татарстана провёл совещание в Доме Правительства.", []),
    ("title_raisi_declined", "Встреча с Раисом Татарстана прошла в Доме Правительства.", []),
    ("khan_is_not_haniyeh", "Переговоры с Ханом продолжатся.", []),
    ("russia_is_not_ross", "Росс Улбрихт вышел на свободу.", []),
    ("zakharov_is_not_zakharova", "Захаров сказал, что переговоры продолжатся.", []),
    # the declined forms still match: the stem has an ending in the text too
    ("declined_still_match", "Встреча Путина с Захаровой и Лавровым в России.",
     [("person", "vladimir-putin"), ("person", "maria-zakharova"), ("person", "sergey-lavrov"), ("country", "ru")]),
    ("nominative_still_matches", "Путин и Раиси", [("person", "vladimir-putin"), ("person", "ebrahim-raisi")]),
    # the instrumental -ым of surnames in -ов/-ев/-ин ("с Токаевым") was not cut: a new person
    ("instrumental_surname", "Переговоры с Президентом Касым-Жомартом Токаевым.", [("person", "kassym-jomart-tokayev")]),
]


# a country's name that is also a common word is not read (kg/data/names_not_read.tsv)
COMMON_WORDS = [
    ("reunion_es", "Reunión con el canciller de Perú en Lima.", [("country", "pe")]),
    ("reunion_fr", "Réunion des ministres des Affaires étrangères du G20.", [("org", "group-of-twenty")]),
    ("la_reunion_fr", "La réunion s'est tenue à Genève.", []),
    ("reuniao_pt", "Reunião do chanceler com o embaixador do Japão.", [("country", "jp")]),
    ("riunione_it", "Riunione del Consiglio dei ministri.", []),
    ("the_island_still", "A cyclone hit Réunion Island on Monday.", [("country", "re")]),
]


@pytest.mark.parametrize("name, text, expected", COMMON_WORDS, ids=[s[0] for s in COMMON_WORDS])
def test_a_country_name_that_is_a_common_word_is_not_read(name, text, expected):
    assert [(m.kind, m.ident) for m in default().find(text)] == expected


@pytest.mark.parametrize("name, text, expected", STEMS, ids=[s[0] for s in STEMS])
def test_a_bare_stem_is_not_a_declined_name(name, text, expected):
    assert [(m.kind, m.ident) for m in default().find(text)] == expected


def test_a_title_is_not_a_known_person_in_a_post():
    made = extract("Раис Татарстана провёл совещание с главами районов", language="ru")
    assert "ebrahim-raisi" not in made.event.speakers + made.event.participants
    assert ("country", "ir") not in {e.key for e in made.entities}


# ------------------------------------------------------------------------------------------------
# A Kremlin named after its city is a building there, not Russia's presidency
# ------------------------------------------------------------------------------------------------

PRESIDENCY = "presidential-executive-office-of-russia"
KREMLINS = [
    ("kazan_kremlin_ru", "ru", "В Казанском Кремле прошла встреча с делегацией Вьетнама.", False),
    ("kazan_kremlin_nominative", "ru", "Казанский Кремль открыл новую экспозицию.", False),
    ("nizhny_kremlin_en", "en", "The governor received the delegation in the Nizhny Novgorod Kremlin.", False),
    ("pskov_kremlin_en", "en", "Tourists visited the Pskov Kremlin on Sunday.", False),
    # still the presidency
    ("the_kremlin", "en", "The Kremlin said the talks would continue.", True),
    ("moscow_kremlin", "en", "The talks were held in the Moscow Kremlin.", True),
    ("v_kremle", "ru", "В Кремле заявили, что переговоры продолжатся.", True),
    ("after_a_sentence_with_a_city", "en", "He arrived in Kazan. Kremlin aide Yury Ushakov said so.", True),
]


@pytest.mark.parametrize("name, language, text, presidency", KREMLINS, ids=[k[0] for k in KREMLINS])
def test_a_city_kremlin_is_no_presidency(name, language, text, presidency):
    assert (PRESIDENCY in extract(text, language=language).event.organisations) == presidency


# ------------------------------------------------------------------------------------------------
# Offices in Spanish and in Russian (also in lower case, and before a long organisation name)
# ------------------------------------------------------------------------------------------------

def _people(text: str, language: str) -> list[tuple[str, str | None, str | None]]:
    from kg.extract.people import find_people

    return [(h.mention.surface, h.entity.role, h.entity.country) for h in find_people(text, default(), language)]


OFFICES = [
    # Spanish: the office, "de <country>", a comma, the name
    ("es_vice_president_of_the_government", "es",
     "El mandatario recibió al vicepresidente del Gobierno de Rusia, Alexéi Overchuk, en el Palacio.",
     [("Alexéi Overchuk", "Deputy Prime Minister", "ru")]),
    ("es_canciller", "es", "El canciller de Nicaragua, Valdrack Jaentschke, llegó a Caracas.",
     [("Valdrack Jaentschke", "Foreign Minister", "ni")]),
    ("es_minister_of_foreign_relations", "es", "La ministra de Relaciones Exteriores de Colombia, Laura Sarabia, visitó Quito.",
     [("Laura Sarabia", "Foreign Minister", "co")]),
    ("es_two_particles", "es", "Lo recibió el embajador de España, José Luis de la Torre.",
     [("José Luis de la Torre", "Ambassador", "es")]),
    ("es_ambassador_without_country", "es", "En el acto participó el embajador Pedro Pablo Prada.",
     [("Pedro Pablo Prada", "Ambassador", None)]),
    # a known person with a second surname the gazetteer does not write is that person
    ("es_second_surname", "es", "El Presidente Miguel Díaz-Canel Bermúdez recibió al canciller.",
     [("Miguel Díaz-Canel Bermúdez", "President", "cu")]),
    # Russian: the holder after the organisation the office is of, in the genitive
    ("ru_office_of_a_long_body", "ru",
     "Председатель Законодательного Собрания Нижегородской области Евгений Люлин встретился с делегацией.",
     [("Евгений Люлин", "Chairman", None)]),
    ("ru_office_of_a_republic_with_patronymic", "ru",
     "Председатель Государственного Собрания Республики Башкортостан Константин Константинович Толкачёв выступил.",
     [("Константин Константинович Толкачёв", "Chairman", None)]),
    ("ru_minister_lower_case_of_a_region", "ru", "Выставку посетил министр промышленности и торговли Башкортостана Азат Ялалов.",
     [("Азат Ялалов", "Minister", None)]),
    # (Minnikhanov is in kg/data/people.ttl since set 10's tuning: his office and country are people.ttl's)
    ("ru_rais", "ru", "Совещание с главами районов провёл Раис Татарстана Рустам Минниханов.",
     [("Рустам Минниханов", "Head of the Republic of Tatarstan", "ru")]),
    # a state's abbreviation before the name is not part of it
    ("ru_abbreviated_state", "ru", "Заместитель министра иностранных дел РК Алибек Бакаев провёл консультации.",
     [("Алибек Бакаев", "Deputy Foreign Minister", None)]),
    ("ru_mayor", "ru", "Мэр Новосибирска Максим Кудрявцев открыл мост.", [("Максим Кудрявцев", "Governor", None)]),
    # a ministry's press secretary, the ministry abbreviated (sixth held-out set)
    ("ru_press_secretary_of_a_ministry", "ru", "На брифинге пресс-секретарь МИД Казахстана Айбек Смадияров ответил на "
                                               "вопросы.", [("Айбек Смадияров", "Spokesperson", "kz")]),
    ("ru_ambassador_of_a_country_in_another", "ru", "Посол Индии в России Винай Кумар вручил верительные грамоты.",
     [("Винай Кумар", "Ambassador", "in")]),
    ("ru_deputy_foreign_minister_lower_case", "ru", "Переговоры провёл заместитель министра иностранных дел Армении Ваан Костанян.",
     [("Ваан Костанян", "Deputy Foreign Minister", "am")]),
    # English apposition
    ("en_apposition", "en", "The Foreign Minister of Ghana, Samuel Okudzeto Ablakwa, arrived in Accra.",
     [("Samuel Okudzeto Ablakwa", "Foreign Minister", "gh")]),
    # advisers, envoys, aides, executives and scholars
    ("en_adviser", "en", "Deputy National Security Advisor Anne Neuberger briefed reporters.",
     [("Anne Neuberger", "Adviser", None)]),
    ("en_envoy", "en", "Special Envoy Richard Grenell arrived in Caracas.", [("Richard Grenell", "Envoy", None)]),
    ("en_aide", "en", "Presidential aide Maxim Oreshkin said so.", [("Maxim Oreshkin", "Deputy Chief of Staff of the "
                                                                  "Presidential Executive Office", "ru")]),
    ("en_ceo", "en", "CEO of the Russian Export Center Veronika Nikishina visited the plant.",
     [("Veronika Nikishina", "Chief Executive", "ru")]),
    ("en_dean", "en", "The lecture was given by Zhao Hong, Dean of the School of International Relations.",
     [("Zhao Hong", "Dean", None)]),
    ("en_fellow", "en", "▪️ Rajan Kumar, Senior Fellow, Institute of Chinese Studies", [("Rajan Kumar", "Fellow", None)]),
    ("en_dean_is_a_name", "en", "Dean Acheson wrote about it.", []),
    ("en_fellow_citizens", "en", "My fellow citizens, Ivan Petrov wrote.", []),
    # German offices, declined ("Außenministerin", "des Außenministers"), before the name or before a body
    # and a comma
    ("de_foreign_minister", "de", "Außenminister Heiko Maas empfing am Montag seinen Amtskollegen in Berlin.",
     [("Heiko Maas", "Foreign Minister", None)]),
    ("de_spokesperson_of_a_body_comma", "de", "Am Freitag sagte die Sprecherin des Auswärtigen Amts, Maria Adebahr, "
                                              "die Gespräche gingen weiter.", [("Maria Adebahr", "Spokesperson", None)]),
    ("de_minister_of_state_for", "de", "Staatsminister für Europa Michael Roth reist nach Warschau.",
     [("Michael Roth", "Minister of State", None)]),
    ("de_federal_minister_compound", "de", "Ein Treffen mit Bundesinnenministerin Nancy Faeser ist geplant.",
     [("Nancy Faeser", "Minister", None)]),
    ("de_state_secretary", "de", "Staatssekretär Thomas Bagger eröffnete die Konferenz.", [("Thomas Bagger", "State Secretary", None)]),
    ("de_office_without_name", "de", "Der Außenminister sagte, die Lage sei ernst.", []),
    ("de_office_of_a_body_then_a_verb", "de", "Der Sprecher des Auswärtigen Amtes sagte am Montag, Berlin sei besorgt.", []),
    # the country of a German or French office: an adjective before or after it, a German genitive after it
    ("de_country_adjective_before_the_office", "de", "Gastgeber ist der türkische Außenminister Ali Demir.",
     [("Ali Demir", "Foreign Minister", "tr")]),
    ("de_country_adjective_declined", "de", "Sie traf den italienischen Verteidigungsminister Guido Crosetto.",
     [("Guido Crosetto", "Defence Minister", "it")]),
    ("de_country_in_the_genitive", "de", "Der Botschafter Ungarns Péter Györkös sagte, die Gespräche seien gut gewesen.",
     [("Péter Györkös", "Ambassador", "hu")]),
    ("de_a_name_ending_in_s_is_no_genitive", "de", "Botschafter Matthias Lüttenberg traf den Präsidenten.",
     [("Matthias Lüttenberg", "Ambassador", None)]),
    ("fr_country_adjective_after_the_office", "fr", "Il a reçu le Premier ministre malien, Abdoulaye Maïga.",
     [("Abdoulaye Maïga", "Prime Minister", "ml")]),
    ("fr_country_adjective_inside_the_office", "fr", "Entretien avec la ministre polonaise des Affaires étrangères Anna Nowak",
     [("Anna Nowak", "Foreign Minister", "pl")]),
    ("fr_no_country_said", "fr", "Le ministre des Armées Pierre Valmontel a présenté le budget.",
     [("Pierre Valmontel", "Minister", None)]),  # (a name kg does not know: Lecornu, once here, is a known head of government)
    # French: a delegated minister after the name, whatever event word the name follows ("Visite de X, …");
    # an office set off by a comma from its holder, also after a ministry the gazetteer does not know
    ("fr_name_comma_delegated_minister", "fr", "Visite de Thani Mohamed Soilihi, ministre délégué chargé de la "
                                               "Francophonie, à Dakar", [("Thani Mohamed Soilihi", "Minister", None)]),
    ("fr_a_particle_is_still_part_of_a_name", "fr", "Jean de La Fontaine, ministre de la Culture, a dit non.",
     [("Jean de La Fontaine", "Minister", None)]),
    ("fr_office_comma_name", "fr", "Il a reçu le ministre des Affaires étrangères, Moussa Sanogo.",
     [("Moussa Sanogo", "Foreign Minister", None)]),
    ("fr_office_of_a_ministry_comma_name", "fr", "Le porte-parole du ministère des Armées, Hervé Grandjean, a confirmé "
                                                 "l'information.", [("Hervé Grandjean", "Spokesperson", None)]),
    ("fr_office_comma_no_name", "fr", "Le ministre des Affaires étrangères, lui, a refusé de commenter.", []),
    # a bare "ministre" before a name of two capitalised words, a particle or a hyphen in it or not; not before one word
    ("fr_bare_minister_before_a_name", "fr", "Le ministre Hadja Lahbib a reçu l'ambassadeur.",
     [("Hadja Lahbib", "Minister", None)]),
    ("fr_bare_minister_before_a_name_with_a_particle", "fr", "Un entretien du ministre Jean-Luc de Ruyter avec la presse.",
     [("Jean-Luc de Ruyter", "Minister", None)]),
    ("fr_bare_minister_before_one_word", "fr", "Le ministre Lahbib a reçu l'ambassadeur.", []),
    # Russian offices in lower case; the country of a body whose name says whose it is ("МИД Беларуси"), not
    # of a bare one ("the Foreign Ministry": whose, the text must say)
    ("ru_spokesperson_lower_case_of_a_ministry", "ru", "Об этом сообщил официальный представитель МИД Беларуси Павел Коринец.",
     [("Павел Коринец", "Spokesperson", "by")]),
    ("ru_secretary_general_lower_case", "ru", "Встречу провёл генеральный секретарь ОДКБ Андрей Петров.",
     [("Андрей Петров", "Secretary-General", None)]),
    ("en_office_of_a_body_named_by_its_country", "en", "Spokesperson of the Belarusian Foreign Ministry Pavel Korinets said so.",
     [("Pavel Korinets", "Spokesperson", "by")]),
    ("en_office_of_a_bare_body", "en", "Spokesperson of the Foreign Ministry Ivan Petrov said so.", [("Ivan Petrov", "Spokesperson", None)]),
    # an office without a name finds nobody
    ("ru_office_without_name", "ru", "Министр культуры заявил, что Казань примет фестиваль.", []),
    ("ru_council_is_not_a_person", "ru", "Председатель Государственного Совета Республики Татарстан выступил с докладом.", []),
    ("es_state_is_not_a_person", "es", "El embajador de la República Bolivariana de Venezuela participó en el acto.", []),
    ("en_list_of_countries", "en", "The Presidents of Russia, China and India agreed on the text.", []),
    # a portfolio's words after "and" were read as a name by a shorter office that is none ("Minister of")
    ("en_portfolio_with_and_is_no_name", "en", "Enquiries: Spokesperson for the Minister of International Relations "
                                               "and Cooperation", []),
    ("en_portfolio_with_and_before_a_comma_is_no_name", "en", "Mukhtar Babayev, Azerbaijan's Minister of Ecology and "
                                                              "Natural Resources, called the conference a moment of truth.",
     [("Mukhtar Babayev", "Minister", "az")]),
    ("en_shorter_office_still_finds_the_holder", "en", "Minister of Energy Sergey Tsivilev arrived.",
     [("Sergey Tsivilev", "Minister", None)]),
    # a plural office before a list of its holders, each with a portfolio in parentheses (fifth held-out set); surnames
    # alone mint no one
    ("en_ministers_list", "en", "He was accompanied by Ministers Thandi Modise (Defence), Blade Nzimande (Higher "
                                "Education, Science and Innovation) and Ebrahim Patel (Trade).",
     [("Thandi Modise", "Minister", None), ("Blade Nzimande", "Minister", None), ("Ebrahim Patel", "Minister", None)]),
    ("en_ministers_surnames", "en", "He was accompanied by Ministers Modise and Nzimande.", []),
    # a portfolio's words after "and" are no name; the office after a name and a comma may have its country before it,
    # and gives it to the person an earlier office named without one
    ("en_portfolio_words_are_no_name", "en", "Azerbaijan's Minister of Ecology and Natural Resources called the "
                                             "conference a success.", []),
    ("en_name_comma_country_office", "en", "COP29 President Mukhtar Babayev, Azerbaijan's Minister of Ecology and "
                                           "Natural Resources, opened the session.", [("Mukhtar Babayev", "President", "az")]),
    ("en_portfolio_with_and_still_names", "en", "Minister of Trade and Industry Ebrahim Patel met the delegation.",
     [("Ebrahim Patel", "Minister", None)]),
    # a counterpart named after a bare title, of the country that qualifies the word; a counterpart unnamed is no one
    ("en_counterpart_minister", "en", "He held a telephone conversation with his Zimbabwean counterpart, Minister Tendai "
                                      "Mutasa, on the elections.", [("Tendai Mutasa", "Minister", "zw")]),
    ("en_counterpart_unnamed", "en", "He met his counterpart in Cairo.", []),
    ("fr_homologue_de_a_country", "fr", "Conférence de presse à l'issue des entretiens avec son homologue de RD Congo.", []),
]


# a king by his regnal name after "Roi"/"Rey"/"King"; French "M." before a name is Monsieur, no initial; the end of a
# body's name before its head's name is no part of it (eighth held-out set: 12503, 12107)
OFFICES += [
    ("fr_roi_regnal_name", "fr", "Le Roi Philippe VI a reçu le Premier ministre au Palais de Laeken.",
     [("Philippe VI", "King", None)]),
    ("en_king_regnal_name", "en", "King Harald V received the Prime Minister at the Royal Palace.",
     [("Harald V", "King", None)]),
    ("fr_known_king", "fr", "Sa Majesté le Roi Mohammed VI a reçu en audience le Président de la Mauritanie.",
     [("Mohammed VI", "King", "ma")]),
    ("fr_monsieur_is_no_initial", "fr", "Le Président de la République de Guinée, M. Mamadi Doumbouya, a été reçu à Rabat.",
     [("Mamadi Doumbouya", "President", "gn")]),
    ("en_body_end_before_a_name", "en", "He also met Minister of the International Department of the CPC Central "
                                        "Committee Liu Jianchao.", [("Liu Jianchao", "Minister", None)]),
]


@pytest.mark.parametrize("name, language, text, expected", OFFICES, ids=[o[0] for o in OFFICES])
def test_an_office_introduces_its_holder(name, language, text, expected):
    assert _people(text, language) == expected


# ------------------------------------------------------------------------------------------------
# X/Telegram handles of known people: their name run together, or honorific, initials and surname
# ------------------------------------------------------------------------------------------------

HANDLES = [
    ("handle_of_a_full_name", "PM @narendramodi arrived in Vientiane for the ASEAN-India Summit.",
     ["narendra-modi"], []),
    ("handle_with_honorific_and_initial", "EAM @DrSJaishankar held talks with Foreign Minister of Oman "
                                          "Badr Albusaidi in Muscat.", ["subrahmanyam-jaishankar"], ["badr-albusaidi"]),
    ("handle_ending_with_a_name", "Congratulations to @realDonaldTrump on his inauguration.", ["donald-trump"], []),
    # an organisation's handle, an e-mail address: no person
    ("handle_of_an_organisation", "Follow @MEAIndia for updates on the visit.", [], []),
    ("e_mail_address", "Write to pm@narendramodi.in for the schedule.", [], []),
]


HANDLES += [
    # French "M." (Monsieur) before a known person's name is no initial of another known person ("M. Ahmed" was Abiy Ahmed)
    ("fr_monsieur_before_a_known_name", "M. Jean-Noël Barrot s'est entretenu avec M. Ahmed Attaf à Alger.",
     ["jean-noel-barrot"], ["ahmed-attaf"]),
]


@pytest.mark.parametrize("name, text, speakers, participants", HANDLES, ids=[h[0] for h in HANDLES])
def test_a_handle_names_a_known_person(name, text, speakers, participants):
    made = extract(text)
    assert (list(made.event.speakers), list(made.event.participants)) == (speakers, participants)


# ------------------------------------------------------------------------------------------------
# Chairs and moderators take part; billed speakers speak
# ------------------------------------------------------------------------------------------------

CAST = [
    ("chaired_by", "Lavrov attends the OSCE Ministerial Council\n\nFOREIGN MINISTERS of the OSCE met in Valletta. "
                   "The meeting is chaired by Malta's Foreign Minister Ian Borg.", ["sergey-lavrov"], ["ian-borg"]),
    ("name_chaired", "Wang Yi Attends the East Asia Summit Foreign Ministers' Meeting\n\nOn July 11, Foreign Minister "
                     "Wang Yi attended the meeting in Kuala Lumpur.\n\nMalaysia's Minister of Foreign Affairs "
                     "Mohamad Hasan chaired the meeting.", ["wang-yi"], ["mohamad-hasan"]),
    ("moderated_by", "🎙 President Vladimir Putin spoke at the plenary session of Russian Energy Week.\n\n"
                     "The session was moderated by Ivan Timofeev, Programme Director of the Club.",
     ["vladimir-putin"], ["ivan-timofeev"]),
    ("remarks_delivered_by", "Round Table of the Club Held in Minsk\n\nOpening remarks were delivered by "
                             "Oleg Barabanov, Programme Director of the Valdai Club.", ["oleg-barabanov"], []),
    ("speakers_list", "📅 On May 5, the Club will hold a discussion on the Arctic.\n\nSpeakers:\n"
                      "▪️ Anna Kuznetsova, Research Director of the Polar Institute\n▪️ Ivan Petrov, Executive "
                      "Director of the Arctic Council Secretariat\n\nStart at 12:00.", ["anna-kuznetsova", "ivan-petrov"], []),
    # who addresses the event, who intervenes, who greets it speaks; a guest "in the presence of" does not
    ("name_addressed_the_session", "Summit of the Turkic States opens in Baku\n\nThe leaders gathered in Baku today.\n\n"
                                   "President Recep Tayyip Erdoğan addressed the plenary session.", ["recep-tayyip-erdogan"], []),
    ("it_intervengono_alla_presenza", "Conferenza sul Mediterraneo\n\n📍 Napoli, 4 giugno 2025\n\nAlla sessione finale "
                                      "intervengono il Ministro Antonio Tajani e il Ministro Sergey Lavrov, alla presenza "
                                      "della Presidente Giorgia Meloni.", ["antonio-tajani", "sergey-lavrov"], ["giorgia-meloni"]),
    ("ru_privetstvennym_slovom", "Форум регионов открылся в Гродно\n\nС приветственным словом к гостям обратился "
                                 "Министр иностранных дел России Сергей Лавров.", ["sergey-lavrov"], []),
    # … also where the story's first sentence names no one, the guest after the billed speakers takes part
    ("it_alla_presenza_after_an_empty_first_sentence", "Conferenza per la pace\n\n📍 Roma, 10 luglio 2025\n\nSi apre oggi a "
                                                       "Roma la conferenza internazionale. Alla sessione di apertura "
                                                       "intervengono la Presidente del Consiglio Giorgia Meloni e il "
                                                       "Ministro Antonio Tajani, alla presenza del Segretario generale "
                                                       "della NATO Mark Rutte.", ["giorgia-meloni", "antonio-tajani"],
     ["mark-rutte"]),
    ("it_presieduta_dalla", "Il Ministro Antonio Tajani partecipa alla riunione del Consiglio Affari Esteri a Bruxelles, "
                            "presieduta dall'Alto Rappresentante Kaja Kallas.", ["antonio-tajani"], ["kaja-kallas"]),
    # who opens the event: a speaker of the speakers' country, else a participant; not who opened something else
    ("en_opened_the_session_own_side", "SADC Council of Ministers\n\nForeign Minister Ronald Lamola today chairs the "
                                       "Council in Harare.\n\nPresident Cyril Ramaphosa opened the session, calling for "
                                       "peace in the region.", ["ronald-lamola", "cyril-ramaphosa"], []),
    ("en_opened_the_meeting_host", "Lavrov attends the SCO Council of Foreign Ministers\n\nForeign Minister Sergey Lavrov "
                                   "arrived in Astana today.\n\nPresident Kassym-Jomart Tokayev opened the meeting.",
     ["sergey-lavrov"], ["kassym-jomart-tokayev"]),
    ("fr_a_ouvert_aux_cotes_du", "Sommet sur l'océan\n\n📍 Nice\n\nLes 9 et 10 juin, la France accueille les dirigeants "
                                 "du monde. Le président de la République, Emmanuel Macron, a ouvert la séance plénière aux "
                                 "côtés du président brésilien, Luiz Inácio Lula da Silva.", ["emmanuel-macron"],
     ["luiz-inacio-lula-da-silva"]),
    ("en_opened_something_else", "Lavrov arrives in Astana\n\nForeign Minister Sergey Lavrov arrived in Astana today.\n\n"
                                 "President Kassym-Jomart Tokayev opened the new airport terminal last year.", ["sergey-lavrov"], []),
    ("en_opened_by_a_host", "Lavrov attends the CIS Council of Foreign Ministers\n\nForeign Minister Sergey Lavrov "
                            "arrived in Minsk today. The meeting was opened by Foreign Minister of Belarus Maxim Ryzhenkov.",
     ["sergey-lavrov"], ["maxim-ryzhenkov"]),
    # Indonesian chairs and openers: "yang dipimpin oleh X", "dibuka oleh X"
    ("id_dipimpin_oleh_dibuka_oleh", "Menlu Sugiono Hadiri Pertemuan Menteri Luar Negeri OKI\n\nMenteri Luar Negeri RI "
                                     "Sugiono menghadiri pertemuan yang dipimpin oleh Menteri Luar Negeri Turki Hakan Fidan. "
                                     "Pertemuan dibuka oleh Presiden Recep Tayyip Erdoğan.",
     ["sugiono"], ["recep-tayyip-erdogan", "hakan-fidan"]),
    # who takes over the chair takes part
    ("en_takes_over_as_chairperson", "African Union summit in Addis Ababa\n\nPresident Cyril Ramaphosa is taking part in "
                                     "the summit.\n\nPresident João Lourenço of Angola takes over as Chairperson of the "
                                     "Union for 2025.", ["cyril-ramaphosa"], ["joao-lourenco"]),
    # chairing something else, far below the head, is not this event's
    ("chair_of_another_body", "Lavrov meets with Turkish counterpart\n\nThe ministers met in Antalya.\n\nThey discussed "
                              "Syria.\n\nThey discussed trade.\n\nThey discussed Ukraine.\n\nThe commission is chaired "
                              "by Deputy Prime Minister Alexei Overchuk.", ["sergey-lavrov"], []),
]


@pytest.mark.parametrize("name, text, speakers, participants", CAST, ids=[c[0] for c in CAST])
def test_chairs_moderators_and_billed_speakers(name, text, speakers, participants):
    made = extract(text)
    assert (list(made.event.speakers), list(made.event.participants)) == (speakers, participants)


# ------------------------------------------------------------------------------------------------
# Counterparts: "X and Y met", "at the invitation of Y", "avec son homologue Y", "Gastgeber ist Y"
# ------------------------------------------------------------------------------------------------

COUNTERPARTS = [
    ("x_and_y_held_talks", "Lavrov holds talks with Egyptian counterpart\n\nCAIRO, May 3. /TASS/. Russian Foreign "
                           "Minister Sergey Lavrov and Egyptian Foreign Minister Badr Abdelatty held talks in Cairo.",
     ["sergey-lavrov"], ["badr-abdelatty"]),
    ("at_the_invitation_of", "Wang Yi to Visit Egypt\n\nAt the invitation of Egyptian Foreign Minister Badr Abdelatty, "
                             "Foreign Minister Wang Yi will visit Egypt from May 6 to 8.", ["wang-yi"], ["badr-abdelatty"]),
    # a title that names only the counterpart ("I had a call with X"): X is no speaker
    ("title_call_with_a_handle", "Today I had a phone call with Egypt's Foreign Minister @BadrAbdelatty.", [],
     ["badr-abdelatty"]),
    ("title_talks_with", "Held talks with Foreign Minister of Oman Badr Albusaidi in Muscat.", [], ["badr-albusaidi"]),
    # counterpart wordings of other languages (kg/data/counterpart_cues.tsv), also in the rest of the story's
    # first paragraph, and in the paragraph after it when the title named nobody
    ("fr_rencontrera_son_homologue", "Déplacement du ministre à Rome (3 mars 2025)\n\nJean-Noël Barrot se rend "
                                     "aujourd'hui à Rome. Il y rencontrera son homologue italien, Antonio Tajani.",
     ["jean-noel-barrot"], ["antonio-tajani"]),
    ("fr_rencontre_de_is_the_actor", "Rencontre de Jean-Noël Barrot avec Antonio Tajani à Rome", ["jean-noel-barrot"],
     ["antonio-tajani"]),
    ("de_gastgeber_ist", "Außenministerin Annalena Baerbock reist zum Treffen der EU-Außenminister nach Brüssel.\n\n"
                         "Das Treffen beginnt am Montag. Gastgeber ist der Hohe Vertreter Josep Borrell.",
     ["annalena-baerbock"], ["josep-borrell"]),
    ("de_spricht_sie_mit", "Außenministerin Annalena Baerbock reist nach Kiew.\n\nSie wird von einer "
                           "Wirtschaftsdelegation begleitet. In Kiew spricht sie mit Außenminister Dmytro Kuleba.",
     ["annalena-baerbock"], ["dmytro-kuleba"]),
    ("ru_took_part_list", "📍 Москва\n\nСегодня под председательством Министра иностранных дел России Сергея Лаврова "
                          "состоялось заседание СМИД СНГ.\n\nВ заседании приняли участие министр иностранных дел Армении "
                          "Арарат Мирзоян и министр иностранных дел Беларуси Максим Рыженков.",
     ["sergey-lavrov"], ["ararat-mirzoyan", "maxim-ryzhenkov"]),
    ("pt_participam_next_paragraph", "Cúpula do Mercosul – Montevidéu\n\nComeça hoje a cúpula, sob a presidência "
                                     "do presidente Luiz Inácio Lula da Silva.\n\nParticipam do encontro, entre outros, o "
                                     "primeiro-ministro da Índia, Narendra Modi, e o ministro Sergey Lavrov.",
     ["luiz-inacio-lula-da-silva"], ["narendra-modi", "sergey-lavrov"]),
    ("pt_sera_recebido_pelo", "O ministro Mauro Vieira viaja hoje a Pequim. Lá será recebido pelo ministro Wang Yi.",
     ["mauro-vieira"], ["wang-yi"]),
    ("it_colloquio_con", "Cordiale colloquio telefonico oggi con il Ministro Sergey Lavrov.", [], ["sergey-lavrov"]),
    ("ru_prinimayut_uchastie", "Сегодня в Минске открылась конференция по безопасности.\n\nС приветственным словом "
                               "выступил Министр Сергей Лавров. В сессии принимают участие Министр иностранных дел Китая "
                               "Ван И и Министр Мауро Виейра.", ["sergey-lavrov"], ["wang-yi", "mauro-vieira"]),
    # the story's first sentence after a 📍 line names the actor
    ("pt_after_a_pin_line", "Reunião de Ministros das Relações Exteriores do BRICS\n\n📍 Rio de Janeiro, 28 de abril de 2025"
                            "\n\nO ministro Mauro Vieira abriu hoje a reunião. Participam os chanceleres, entre eles Wang Yi.",
     ["mauro-vieira"], ["wang-yi"]),
    # a joint appearance: all the title's people speak; not where a counterpart cue is in the title
    ("joint_press_conference", "Joint Press Conference of Foreign Minister Sergey Lavrov and Foreign Minister Wang Yi",
     ["sergey-lavrov", "wang-yi"], []),
    ("joint_press_conference_after_talks_with", "Sergey Lavrov's joint press conference following his talks with "
                                                "Wang Yi", ["sergey-lavrov"], ["wang-yi"]),
    # Japan's MOFA: the time's "p.m." ends no sentence, surnames in capitals come first, "the Honorable" is a title
    ("mofa_readout", "Japan-ROK Foreign Ministers' Meeting\n\nOn January 13, commencing at 2:00 p.m. (local time) for "
                     "approximately 80 minutes, Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held a meeting "
                     "with H.E. Mr. CHO Tae-yul, Minister of Foreign Affairs of the Republic of Korea.",
     ["takeshi-iwaya"], ["cho-tae-yul"]),
    ("the_honorable", "Mr. IWAYA Takeshi met with the Honorable Penny Wong, Minister for Foreign Affairs of Australia.",
     ["takeshi-iwaya"], ["penny-wong"]),
    # French and English lists of who takes part, after the story's first sentence (fourth held-out set)
    ("fr_parmi_eux", "Sommet du G7 à Kananaskis\n\nLe premier ministre Mark Carney accueille aujourd'hui les dirigeants du "
                     "G7. Parmi eux, le président des États-Unis, Donald Trump, et le président Emmanuel Macron.",
     ["mark-carney"], ["donald-trump", "emmanuel-macron"]),
    ("fr_y_participent", "Réunion des ministres du G7\n\nLe premier ministre Mark Carney accueille la réunion à "
                         "Charlevoix. Y participent notamment le secrétaire d'État Marco Rubio et Jean-Noël Barrot.",
     ["mark-carney"], ["marco-rubio", "jean-noel-barrot"]),
    # taking part, where no one else is named before, is the actor's part: an embassy's post
    ("es_participaron_own_side", "🇨🇺 La Embajada de Cuba depositó este martes una ofrenda floral en Moscú.\n\nEn el "
                                 "acto participaron el canciller Bruno Rodríguez y funcionarios de la sede.",
     ["bruno-rodriguez-parrilla"], []),
    ("ru_title_call_with", "Телефонный разговор с Министром иностранных дел Турции Хаканом Фиданом", [], ["hakan-fidan"]),
    ("es_se_reunio_con", "El canciller Bruno Rodríguez viajó a Caracas.\n\nLlegó esta mañana. Allí se reunió con el "
                         "canciller de Venezuela, Yván Gil.", ["bruno-rodriguez-parrilla"], ["yvan-gil"]),
    # within quotation marks, or after a quotation, a cue is someone's words
    ("de_within_a_quotation", "Außenministerin Annalena Baerbock reist nach Kiew.\n\nSie traf am Abend Soldaten. "
                              "„Ich habe mit Präsident Wolodymyr Selenskyj gesprochen“, sagte sie.", ["annalena-baerbock"], []),
    ("en_after_a_quotation", "Sergey Lavrov held talks in Cairo.\n\nThe talks lasted three hours. \"We met with our "
                             "Egyptian friends,\" said Maria Zakharova.", ["sergey-lavrov"], []),
    # the paragraph after the first is not read when the title named the actor
    ("en_a_later_paragraph", "Sergey Lavrov met with Badr Abdelatty in Cairo.\n\nThey discussed Gaza.\n\nLater, Lavrov "
                             "held talks with Ahmed Aboul Gheit.", ["sergey-lavrov"], ["badr-abdelatty"]),
    # who attends, in a later paragraph of the head (fifth held-out set): its own cues, not another meeting's
    ("en_in_attendance_later_paragraph", "BRICS Foreign Ministers' Meeting\n\n📍 Rio de Janeiro, 28 April 2025\n\n"
                                         "Foreign Minister Mauro Vieira today chairs the meeting of the BRICS foreign "
                                         "ministers.\n\nThe ministers discussed reform of the global governance. Among the "
                                         "ministers in attendance are Mr Sergey Lavrov of the Russian Federation and Dr S. "
                                         "Jaishankar of India.", ["mauro-vieira"], ["sergey-lavrov", "subrahmanyam-jaishankar"]),
    ("en_delegation_led_by", "🇹🇷 Foreign Minister Hakan Fidan opened the talks in Istanbul today.\n\nThe Russian "
                             "delegation was led by Deputy Foreign Minister Sergey Ryabkov.", ["hakan-fidan"], ["sergey-ryabkov"]),
    # an abbreviation's dot ends no sentence between a cue and its person
    ("en_meeting_with_he_mr", "Prime Minister ISHIBA Shigeru visited Viet Nam. He held a summit meeting with H.E. Mr. "
                              "Pham Minh Chinh, Prime Minister of Viet Nam.", ["shigeru-ishiba"], ["pham-minh-chinh"]),
    # a country's delegation or side: the speakers' where of the speakers' country, else the participants'; where no one
    # acts yet, who leads a delegation is the actor
    ("en_delegation_sides", "Russia-US talks in Istanbul lasted six hours — Ushakov\n\nISTANBUL, February 27. /TASS/. "
                            "Russian and US delegations held talks in Istanbul on Thursday, Kremlin aide Yury Ushakov told "
                            "reporters.\n\nThe Russian delegation included Foreign Minister Sergey Lavrov. The US side was "
                            "represented by Secretary of State Marco Rubio.", ["yury-ushakov", "sergey-lavrov"],
     ["marco-rubio"]),
    ("en_delegation_led_no_actor_yet", "BRICS foreign ministers meet in Kazan\n\nKAZAN, June 10. /TASS/. A meeting of "
                                       "BRICS foreign ministers has begun in Kazan. The Brazilian delegation is led by "
                                       "Foreign Minister Mauro Vieira.", ["mauro-vieira"], []),
    # two of one country joined by "and" (or a comma) in the title are one delegation: both speak; two countries' are
    # two sides
    ("en_one_delegation_in_the_title", "🇬🇧🇺🇦 The Prime Minister Keir Starmer and Foreign Secretary David Lammy are in "
                                       "Kyiv today.", ["keir-starmer", "david-lammy"], []),
    ("en_one_delegation_receives", "Vladimir Putin and Sergey Lavrov received Egypt's Foreign Minister Badr Abdelatty.",
     ["vladimir-putin", "sergey-lavrov"], ["badr-abdelatty"]),
    # who goes with someone is on their side: the actor's, a speaker (a delegation's named members speak)
    ("en_accompanied_by_in_the_title", "President Cyril Ramaphosa, accompanied by Minister Ronald Lamola, arrived in "
                                       "Luanda for the SADC summit.", ["cyril-ramaphosa", "ronald-lamola"], []),
    ("es_acompanaron_al_presidente", "El presidente Javier Milei fue recibido hoy en Roma por la primera ministra Giorgia "
                                     "Meloni.\n\nAcompañaron al Presidente la canciller Diana Mondino y el ministro de "
                                     "Economía, Luis Caputo.", ["javier-milei", "diana-mondino", "luis-caputo"],
     ["giorgia-meloni"]),
    # … not where the one they go with is no one the event casts
    ("en_accompanied_someone_else", "Lavrov met with Egyptian Foreign Minister Badr Abdelatty in Cairo.\n\nThe ministers "
                                    "discussed Gaza.\n\nEgypt's President Abdel Fattah el-Sisi, accompanied by Prime "
                                    "Minister Mostafa Madbouly, opened a new bridge over the Nile.",
     ["sergey-lavrov"], ["badr-abdelatty"]),
    # who joins someone the event casts is on their side; who joins the talks takes part (a speaker of the speakers'
    # country); joining something else is not this event
    ("en_joined_president", "President Cyril Ramaphosa met President Donald Trump at the White House today.\n\nVice "
                            "President JD Vance and Secretary of State Marco Rubio joined President Trump. The leaders "
                            "discussed trade.", ["cyril-ramaphosa"], ["donald-trump", "jd-vance", "marco-rubio"]),
    ("en_joined_the_talks", "President Cyril Ramaphosa met President Donald Trump at the White House today.\n\nThe leaders "
                            "discussed trade. Minister Ronald Lamola later joined the talks.",
     ["cyril-ramaphosa", "ronald-lamola"], ["donald-trump"]),
    ("en_joined_something_else", "President Cyril Ramaphosa met President Donald Trump at the White House today.\n\nVice "
                                 "President JD Vance joined the Senate in 2023.", ["cyril-ramaphosa"], ["donald-trump"]),
    # where the title and the first sentence name no actor, those whose words the head quotes speak ("“…,” said X",
    # "“…,” X told delegates", "X, …, called the meeting “…”"); not where someone acts
    ("en_said_after_a_quotation", "Health Assembly closes in Geneva\n\nMember States today adopted three resolutions on "
                                  "primary health care.\n\n“This is a good day for global health,” said WHO "
                                  "Director-General Tedros Adhanom Ghebreyesus.", ["tedros-adhanom-ghebreyesus"], []),
    ("en_told_delegates_and_called", "Ocean Conference opens in Nice\n\nThe conference opened today.\n\n“We must act now,” "
                                     "UN Secretary-General António Guterres told delegates. President Emmanuel Macron, the "
                                     "host, called the meeting “a turning point for the ocean”.",
     ["antonio-guterres", "emmanuel-macron"], []),
    ("en_quoted_beside_an_actor", "Sergey Lavrov held talks in Cairo.\n\nThe talks lasted three hours.\n\n“The talks were "
                                  "useful,” said Egyptian Foreign Minister Badr Abdelatty.", ["sergey-lavrov"], []),
    ("en_no_quotation", "Ocean Conference opens in Nice\n\nThe conference opened today. President Emmanuel Macron said "
                        "nothing about the dates of the next one.", [], []),
    # … but a visit's meetings, told in a later paragraph, are the visit's
    ("en_a_visits_meetings", "Prime Minister ISHIBA Shigeru's Visit to Malaysia and Indonesia\n\nFrom January 9 to 12, "
                             "Mr. ISHIBA Shigeru, Prime Minister of Japan, visited Malaysia and Indonesia.\n\nIn Kuala "
                             "Lumpur, Prime Minister Ishiba held a summit meeting with H.E. Mr. Anwar Ibrahim, Prime "
                             "Minister of Malaysia. In Bogor, he held a summit meeting with H.E. Mr. Prabowo Subianto, "
                             "President of Indonesia.", ["shigeru-ishiba"], ["anwar-ibrahim", "prabowo-subianto"]),
    # whom the post is about is no side to it, even as the title's or the first sentence's first person
    ("en_mourns_the_passing", "President Cyril Ramaphosa mourns the passing of Zambia's Founding President, Dr Kenneth "
                              "Kaunda", ["cyril-ramaphosa"], []),
    ("en_agreement_reached_by", "Statement attributable to the Spokesperson – on the Doha agreement\n\nThe "
                                "Secretary-General welcomes the agreement reached today in Doha by Foreign Minister Sergey "
                                "Lavrov and Secretary of State Marco Rubio.", [], []),
    # whom a statement congratulates (sixth held-out set)
    ("en_congratulates", "Statement on the appointment of the UN Secretary-General\n\nThe Government welcomes the outcome "
                         "of the vote and congratulates António Guterres on his reappointment.", [], []),
    ("en_congratulated_after_a_call", "Prime Minister Narendra Modi spoke with President Donald Trump.\n\nThe Prime "
                                      "Minister congratulated President Trump on his inauguration.",
     ["narendra-modi"], ["donald-trump"]),
    ("en_in_memory_of", "Sergey Lavrov met with Egyptian Foreign Minister Badr Abdelatty in Cairo. They laid a wreath in "
                        "memory of President Gamal Abdel Nasser.", ["sergey-lavrov"], ["badr-abdelatty"]),
    ("en_will_call_on_his_majesty", "Visit of External Affairs Minister to Oman (January 10-11, 2025)\n\nExternal Affairs "
                                    "Minister Dr. S. Jaishankar will visit Muscat from 10-11 January 2025.\n\nDuring the "
                                    "visit, EAM will call on His Majesty Sultan Haitham bin Tarik and hold talks with his "
                                    "counterpart.", ["subrahmanyam-jaishankar"], ["haitham-bin-tariq"]),
    # a long list of participants, each with an office, goes on past its cue's reach in the same sentence (sixth
    # held-out set's cause 11)
    ("ru_long_list_of_participants", "Саммит ШОС в Астане\n\nПод председательством Президента Республики Казахстан "
                                     "Касым-Жомарта Токаева в Астане прошло заседание Совета глав государств ШОС. В нём "
                                     "приняли участие Председатель Китайской Народной Республики Си Цзиньпин, Президент "
                                     "Российской Федерации Владимир Путин, Премьер-министр Республики Индия Нарендра Моди, "
                                     "Президент Исламской Республики Иран Масуд Пезешкиан, Президент Республики Беларусь "
                                     "Александр Лукашенко и Президент Кыргызской Республики Садыр Жапаров.",
     ["kassym-jomart-tokayev"], ["xi-jinping", "vladimir-putin", "narendra-modi", "masoud-pezeshkian",
                                 "alexander-lukashenko", "sadyr-japarov"]),
    ("en_long_list_of_participants", "First Central Asia summit\n\nChaired by President of Uzbekistan Shavkat Mirziyoyev, "
                                     "the summit was held in Samarkand. It was attended by President of the European "
                                     "Council António Costa, President of the European Commission Ursula von der Leyen, "
                                     "President of the Republic of Kazakhstan Kassym-Jomart Tokayev, President of the Kyrgyz "
                                     "Republic Sadyr Japarov, President of the Republic of Tajikistan Emomali Rahmon and "
                                     "President of Turkmenistan Serdar Berdimuhamedov.",
     ["shavkat-mirziyoyev"], ["antonio-costa", "ursula-von-der-leyen", "kassym-jomart-tokayev", "sadyr-japarov",
                              "emomali-rahmon", "serdar-berdimuhamedov"]),
    # a passive's agent is the host, not a second actor, even after who goes with the actor; whom a visitor "will also
    # meet" in the next paragraph takes part in the visit (sixth held-out set's cause 10)
    ("en_welcomed_by", "State visit to Egypt\n\nPresident Cyril Ramaphosa, accompanied by Minister Ronald Lamola, was "
                       "warmly welcomed by President Abdel Fattah el-Sisi at the Ittihadiya Palace in Cairo.",
     ["cyril-ramaphosa", "ronald-lamola"], ["abdel-fattah-el-sisi"]),
    ("en_will_also_meet", "Working visit to India\n\nForeign Minister Wang Yi arrived in New Delhi for a working visit."
                          "\n\nDuring the visit, Wang Yi will also meet Prime Minister Narendra Modi.",
     ["wang-yi"], ["narendra-modi"]),
    # arriving together is no meeting between them
    ("x_and_y_arrived", "Lavrov arrives in Cairo\n\nCAIRO, May 3. /TASS/. Russian Foreign Minister Sergey Lavrov and "
                        "Deputy Foreign Minister Andrey Rudenko arrived in Cairo.", ["sergey-lavrov"], []),
    # who took part, named before the verb in a later paragraph; the host of a meeting ("Встречу принимает X"; seventh
    # held-out set's cause 7)
    ("en_took_part_after_the_names", "Africa–Gulf Summit opens in Riyadh\n\nPresident Cyril Ramaphosa today addressed the "
                                     "opening session of the Africa–Gulf Summit in Riyadh.\n\nAfrican Union Commission "
                                     "Chairperson Mahmoud Ali Youssouf and UN Secretary-General António Guterres also took "
                                     "part in the Summit.", ["cyril-ramaphosa"], ["mahmoud-ali-youssouf", "antonio-guterres"]),
    ("es_participaron_en_after_the_names", "Cumbre en Brasilia\n\nEl presidente Luiz Inácio Lula da Silva inauguró hoy la "
                                           "cumbre en Brasilia.\n\nEl canciller de Rusia, Sergey Lavrov, y el canciller de "
                                           "China, Wang Yi, también participaron en la cumbre.",
     ["luiz-inacio-lula-da-silva"], ["sergey-lavrov", "wang-yi"]),
    ("ru_vstrechu_prinimaet", "Встреча в Астане\n\nМинистр иностранных дел России Сергей Лавров провёл переговоры с "
                              "Государственным секретарём США Энтони Блинкеном. Встречу принимает Президент Казахстана "
                              "Касым-Жомарт Токаев.", ["sergey-lavrov"], ["antony-blinken", "kassym-jomart-tokayev"]),
]


@pytest.mark.parametrize("name, text, speakers, participants", COUNTERPARTS, ids=[c[0] for c in COUNTERPARTS])
def test_counterparts(name, text, speakers, participants):
    made = extract(text)
    assert (list(made.event.speakers), list(made.event.participants)) == (speakers, participants)


# ------------------------------------------------------------------------------------------------
# A title that names bare someone the text introduces by an office; Cyrillic names in Latin letters
# ------------------------------------------------------------------------------------------------

def _labels(made, ident):
    entity = next(e for e in made.entities if e.key == ("person", ident))
    return [text for _, text in entity.labels + entity.alt_labels]


_RU_MFA, _CN_MFA = "ministry-of-foreign-affairs-of-the-russian-federation", "ministry-of-foreign-affairs-of-the-peoples-republic-of-china"


@pytest.mark.parametrize("language, text, expected", [
    ("ru", "Консультации в Минске\n\nСостоялись консультации между министерствами иностранных дел России и Беларуси.",
     {_RU_MFA, "ministry-of-foreign-affairs-of-the-republic-of-belarus"}),
    ("en", "Consultations in Beijing\n\nThe foreign ministries of Russia and China held consultations in Beijing.",
     {_RU_MFA, _CN_MFA}),
    ("es", "Consultas en Pekín\n\nLos ministerios de Relaciones Exteriores de Rusia y China celebraron consultas.",
     {_RU_MFA, _CN_MFA}),
])
def test_foreign_ministries_named_together(language, text, expected):
    """Foreign ministries named together by their countries are each country's, where kg knows it (seventh held-out
    set's cause 7: "между министерствами иностранных дел Армении и России")."""
    made = extract(text, language)
    assert expected <= set(made.event.organisations)


def test_a_title_names_bare_whom_the_text_introduces_by_an_office():
    made = extract("Евгений Люлин принял Посла Вьетнама\n\n5 июня Председатель Законодательного Собрания "
                   "Нижегородской области Евгений Люлин принял Посла Вьетнама в России Данг Минь Кхой.", language="ru")
    assert [_labels(made, ident) for ident in made.event.speakers] == [["Евгений Люлин", "Evgeny Lyulin"]]


@pytest.mark.parametrize("name, expected", [
    ("Фарид Мухаметшин", "Farid Mukhametshin"), ("Юрий Ушаков", "Yury Ushakov"), ("Подъячев", "Podyachev"),
    ("Щукин-Ёлкин", "Shchukin-Yolkin"), ("Wang Yi", None), ("Чжан Wei", None),
])
def test_a_cyrillic_name_in_latin_letters(name, expected):
    from kg.names import latin

    assert latin(name) == expected


# ------------------------------------------------------------------------------------------------
# An office and a known person's surname alone
# ------------------------------------------------------------------------------------------------

SURNAMES = [
    # "Secretary Rubio's Call with …": the actor was missed and the counterpart made the speaker
    ("office_and_surname", "Secretary Rubio's Call with Egyptian Foreign Minister Abdelatty", ("marco-rubio",),
     ("badr-abdelatty",)),
    ("minister_and_surname", "Foreign Minister Lavrov said the sides would meet again.", ("sergey-lavrov",), ()),
    # the counterpart in the body, after "met <a word or two> with"
    ("met_today_with", "Secretary Rubio's Meeting in Accra\n\nSecretary of State Marco Rubio met today with "
                       "President John Mahama of Ghana.", ("marco-rubio",), ("john-mahama",)),
    # a surname no known person has, or more than one has, names nobody: no new person of one word
    ("unknown_surname_is_nobody", "Secretary Smith met the press in Washington.", (), ()),
    ("shared_surname_is_nobody", "President Berdimuhamedov met the press in Ashgabat.", (), ()),
]


@pytest.mark.parametrize("name, text, speakers, participants", SURNAMES, ids=[s[0] for s in SURNAMES])
def test_an_office_and_a_known_surname_name_that_person(name, text, speakers, participants):
    event = extract(text).event
    assert (event.speakers, event.participants) == (speakers, participants)


# ------------------------------------------------------------------------------------------------
# Indonesian and Serbian: names in Serbian spelling, offices, the channel's own side, places
# (sentences written for these tests, not the fifth held-out set's posts)
# ------------------------------------------------------------------------------------------------

SERBIAN_SPELLINGS = [
    # a Serbian spelling finds the gazetteer's Russian one (kg.wordkeys.russian_spelling): ђ/дж, ћ/ч, ј
    ("dj_and_c", "Ивица Дачић је честитао колеги.", [("person", "ivica-dacic")]),
    ("declined", "Састанак са Ивицом Дачићем", [("person", "ivica-dacic")]),
    ("j_after_a_consonant", "Разговор са Небензјом", [("person", "vassily-nebenzia")]),
    ("russian_unchanged", "Переговоры с Ивицей Дачичем и Небензей", [("person", "ivica-dacic"), ("person", "vassily-nebenzia")]),
]


@pytest.mark.parametrize("name, text, expected", SERBIAN_SPELLINGS, ids=[s[0] for s in SERBIAN_SPELLINGS])
def test_a_serbian_spelling_finds_the_russian_one(name, text, expected):
    assert [(m.kind, m.ident) for m in default().find(text) if m.kind == "person"] == expected


# Turkish: offices before the name, known people in Turkish spellings (kg/data/people.ttl's @tr labels), a case's
# suffix after the apostrophe no part of the name; Swiss and German offices (eighth held-out set, causes 4 and 5)
OFFICES_TR_DE = [
    ("tr_foreign_minister_spelling", "tr", "Dışişleri Bakanı Hakan Fidan, İran Dışişleri Bakanı Abbas Arakçi ile telefonda "
                                           "görüştü.", [("Hakan Fidan", "Foreign Minister", "tr"),
                                                        ("Abbas Arakçi", "Foreign Minister", "ir")]),
    ("tr_suffix_after_apostrophe", "tr", "Dışişleri Bakanı Hakan Fidan'ın ABD Dışişleri Bakanı Marco Rubio'yla görüşmesi",
     [("Hakan Fidan", "Foreign Minister", "tr"), ("Marco Rubio", "Secretary of State", "us")]),
    ("tr_locative_is_no_part_of_the_name", "tr", "Dışişleri Bakanı Hakan Fidan Londra'da İngiliz mevkidaşı ile görüştü.",
     [("Hakan Fidan", "Foreign Minister", "tr")]),
    ("tr_unknown_deputy_and_ambassador", "tr", "Dışişleri Bakan Yardımcısı Berris Ekinci, Şili Büyükelçisi Rodrigo Arcos'u "
                                               "kabul etti.", [("Berris Ekinci", "Deputy Foreign Minister", None),
                                                               ("Rodrigo Arcos", "Ambassador", "cl")]),
    ("tr_ministers_of_a_portfolio", "tr", "Ticaret Bakanı Ömer Bolat, Milli Savunma Bakanı Yaşar Güler ile görüştü.",
     [("Ömer Bolat", "Minister", None), ("Yaşar Güler", "Defence Minister", None)]),
    ("tr_spokesperson", "tr", "Dışişleri Bakanlığı Sözcüsü Öncü Keçeli bir açıklama yaptı.", [("Öncü Keçeli", "Spokesperson", None)]),
    ("tr_bare_minister_and_surname", "tr", "Bakan Fidan, Lavrov'la Soçi'de görüştü.",
     [("Fidan", "Foreign Minister", "tr"), ("Lavrov", "Foreign Minister", "ru")]),
    ("tr_president_of_a_country", "tr", "Moğolistan Cumhurbaşkanı Ukhnaagiin Khürelsükh'ü Beştepe'de kabul etti.",
     [("Ukhnaagiin Khürelsükh", "President", "mn")]),
    # Swiss: "Bundesrat X" (a federal councillor), "Bundesaussenminister X" (Germany's: Swiss spelling without ß)
    ("de_bundesrat_and_bundesaussenminister", "de", "Bundesrat Beat Jans empfing Bundesaussenminister Johann Wadephul.",
     [("Beat Jans", "Federal Councillor", "ch"), ("Johann Wadephul", "Foreign Minister", "de")]),
    ("de_bundesaussenministerin", "de", "Die Bundesaußenministerin Anna Maria Berger reiste nach Wien.",
     [("Anna Maria Berger", "Foreign Minister", "de")]),
    ("de_bundesrat_the_council", "de", "Der Bundesrat hat die Vernehmlassung eröffnet.", []),
]


@pytest.mark.parametrize("name, language, text, expected", OFFICES_TR_DE, ids=[o[0] for o in OFFICES_TR_DE])
def test_turkish_and_swiss_offices(name, language, text, expected):
    assert _people(text, language) == expected


@pytest.mark.parametrize("text, participants", [
    ("Dışişleri Bakanı Hakan Fidan, Suriye Dışişleri Bakanı Esad Hasan eş-Şeybani ile Ankara'da bir araya geldi.",
     ["asaad-al-shaibani"]),
    ("Bakan Fidan, Ürdün Dışişleri Bakanı Eymen Safedi ile telefonda görüştü.", ["ayman-safadi"]),
    ("Bakan Fidan, Şam'da Ahmed eş-Şara tarafından kabul edildi.", ["ahmed-al-sharaa"]),
])
def test_a_turkish_spelling_names_the_known_person(text, participants):
    assert list(extract(text, "tr").event.participants) == participants


def test_serbian_cyrillic_in_serbian_latin_letters():
    from kg.names import serbian_latin

    assert serbian_latin("Марко Ђурић") == "Marko Đurić"
    assert serbian_latin("Љубиша Џајић") == "Ljubiša Džajić"
    assert serbian_latin("Сергей") is None  # Russian: latin() spells it


OFFICES_ID_SR = [
    ("id_minister_of_a_portfolio", "id", "Menteri Perdagangan RI Budi Santoso membuka pameran di Jakarta.",
     [("Budi Santoso", "Minister", "id")]),
    ("id_ambassador_untuk", "id", "Duta Besar Jepang untuk Indonesia Masaki Yasushi hadir.", [("Masaki Yasushi", "Ambassador", "jp")]),
    # a title in title case: the event's words after the office are no name
    ("id_title_case_event_is_no_name", "id", "Menlu RI Lakukan Pembicaraan Telepon dengan Menlu Iran", []),
    ("id_preposition_ends_a_name", "id", "Presiden Xi di Great Hall of the People", [("Xi", "President", "cn")]),
    ("sr_foreign_minister_feminine_genitive", "sr", "на позив министарке спољних послова Хрватске Ане Марић",
     [("Ане Марић", "Foreign Minister", "hr")]),
    ("sr_defence_minister", "sr", "Министар одбране Никола Маркићевић обишао је касарну.",
     [("Никола Маркићевић", "Defence Minister", None)]),  # (Vučević, once here, is a known head of government)
    # the head of government is not a president
    ("sr_prime_minister_not_president", "sr", "Председница Владе Ана Брнабић примила је амбасадора.",
     [("Ана Брнабић", "Prime Minister", None)]),
]


@pytest.mark.parametrize("name, language, text, expected", OFFICES_ID_SR, ids=[o[0] for o in OFFICES_ID_SR])
def test_indonesian_and_serbian_offices(name, language, text, expected):
    assert _people(text, language) == expected


# European Portuguese offices (sixth held-out set), the name set off by commas or not, the office's country after
# "de", "da" or "em"
OFFICES_PT = [
    ("pt_minister_of_state_and_foreign_affairs", "O Ministro de Estado e dos Negócios Estrangeiros, Paulo Rangel, "
                                                 "discursou na Assembleia Geral.", [("Paulo Rangel", "Foreign Minister", "pt")]),
    ("pt_foreign_minister_without_commas", "O Ministro dos Negócios Estrangeiros Rui Figueiredo Soares chegou a Lisboa.",
     [("Rui Figueiredo Soares", "Foreign Minister", None)]),
    # a portfolio listed with commas, then the country after "de", then the name
    ("pt_portfolio_listed_with_commas", "a sessão foi aberta pela Ministra dos Negócios Estrangeiros, Cooperação e "
                                        "Comunidades de Cabo Verde, Maria Silva, ontem.", [("Maria Silva", "Foreign Minister", "cv")]),
    ("pt_prime_minister_hyphenated", "O Primeiro-Ministro, João Carvalhal, chegou a Bruxelas.",
     [("João Carvalhal", "Prime Minister", None)]),  # (a name kg does not know: Montenegro, once here, is known)
    ("pt_president_of_the_republic_of_a_country", "recebido pelo Presidente da República de Cabo Verde, José Maria Neves.",
     [("José Maria Neves", "President", "cv")]),
    ("pt_secretary_of_state", "A Secretária de Estado dos Assuntos Europeus, Inês Domingos, esteve em Madrid.",
     [("Inês Domingos", "State Secretary", None)]),
    ("pt_ambassador_in_a_country", "O Embaixador de Portugal em Angola, Francisco Duarte, apresentou as credenciais.",
     [("Francisco Duarte", "Ambassador", "pt")]),
]


@pytest.mark.parametrize("name, text, expected", OFFICES_PT, ids=[o[0] for o in OFFICES_PT])
def test_european_portuguese_offices(name, text, expected):
    assert _people(text, "pt") == expected


def test_the_portuguese_foreign_minister_speaks_for_portugal():
    made = extract("O Ministro de Estado e dos Negócios Estrangeiros, Paulo Rangel, reuniu-se hoje em Lisboa com o "
                   "seu homólogo do Brasil, Mauro Vieira.", language="pt")
    assert (made.event.speakers, made.event.participants) == (("paulo-rangel",), ("mauro-vieira",))


def test_a_declined_known_name_is_that_person():
    made = extract("Ђурић разговарао са Сергејем Лавровом\n\nМинистар спољних послова Марко Ђурић разговарао је са "
                   "министром спољних послова Руске Федерације Сергејем Лавровом.", language="sr")
    assert (made.event.speakers, made.event.participants) == (("marko-duric",), ("sergey-lavrov",))


def test_the_actors_compatriots_before_a_counterpart_cue_act_with_him():
    made = extract("Dialog 2+2 di Beijing\n\nMenteri Luar Negeri RI Sugiono dan Menteri Pertahanan RI Sjafrie "
                   "Sjamsoeddin bertemu dengan Menteri Luar Negeri RRT Wang Yi.", language="id")
    assert (made.event.speakers, made.event.participants) == (("sugiono", "sjafrie-sjamsoeddin"), ("wang-yi",))


def test_a_forwarded_serbian_post_in_the_first_person_is_its_authors():
    made = _in_channel("Састао сам се данас у Кремљу са председником Путином.", language="sr",
                       channel="Министарство спољних послова Србије", forwarded="Александар Вучић")
    assert (made.event.type, made.event.speakers, made.event.participants) == (
        "Meeting", ("aleksandar-vucic",), ("vladimir-putin",))


@pytest.mark.parametrize("language, text, city", [
    ("sr", "Ђурић данас у Бечу на састанку министара", "Vienna"),  # the locative undone: "Бечу" -> "Беч"
    ("sr", "Ministar Đurić sastao se u Beogradu sa kolegom", "Belgrade"),
    ("id", "Menlu RI bertemu Menlu Jepang di Tokyo", "Tokyo"),
    ("it", "Il ministro di Cuba ha parlato", None),  # Italian "di" is "of"
    ("id", "Imbauan bagi WNI di Thailand dan Kamboja", None),  # several places: none is the venue
])
def test_indonesian_and_serbian_places(language, text, city):
    made = extract(text, language=language)
    place = next((e for e in made.entities if e.key == made.event.location), None)
    assert (place.labels[0][1] if place else None) == city


def test_kemlu_and_the_serbian_ministry_speak_for_their_countries():
    from kg.extract.bodies import channel_country

    assert channel_country("Kementerian Luar Negeri RI", default()) == "id"
    assert channel_country("Министарство спољних послова Србије", default()) == "rs"


@pytest.mark.parametrize("text, expected", [
    # one sender's missions in two hosts joined by "и", "and (in)" (sixth held-out set's cause 12)
    ("Горячие линии Посольства Казахстана в Турции и Иране работают круглосуточно.",
     ["Embassy of Kazakhstan in Türkiye", "Embassy of Kazakhstan in Iran"]),
    ("Contact the Embassy of India in Qatar and in Oman.", ["Embassy of India in Qatar", "Embassy of India in Oman"]),
    ("The Embassy of India in Qatar and Minister Jaishankar", ["Embassy of India in Qatar"]),
])
def test_a_senders_missions_in_two_hosts(text, expected):
    from kg.extract.missions import missions

    assert [e.labels[0][1] for e, _ in missions(text, default(), None)] == expected


def test_indonesian_and_serbian_missions():
    from kg.extract.missions import missions

    text = ("Hotline KBRI Bangkok: +66 92. Грађани су у контакту са Амбасадом Републике Србије у Тел Авиву.")
    assert [e.labels[0][1] for e, _ in missions(text, default(), None)] == [
        "Embassy of Serbia in Israel", "Embassy of Indonesia in Thailand"]


# ------------------------------------------------------------------------------------------------
# Styles of address around a name (sixth held-out set): Australia's "Senator the Hon X", "the Hon X MP",
# Kenya's "H.E. Hon. X, EGH", "the Rt. Hon. X", Portuguese "D." (Dom); post-nominals are no part of a name, an
# apostrophe with two letters or more on each side of it is ("Mata'afa", "Wetang'ula"; not French "L'honorable")
# ------------------------------------------------------------------------------------------------

STYLES = [
    ("senator_the_hon_before_an_office", "en",
     "Senator the Hon Tim Ayres, Minister for Industry and Science, opened the trade fair in Adelaide.",
     [("Tim Ayres", "Minister", None)]),
    ("the_hon_and_post_nominals", "en",
     "Foreign Minister Aroha Tane and the Hon Judith Collins KC MP, Minister of Defence, met the delegation.",
     [("Aroha Tane", "Foreign Minister", None), ("Judith Collins", "Defence Minister", None)]),
    ("hon_and_an_apostrophe_inside_the_name", "en",
     "The talks were hosted by Samoa's Prime Minister, Hon Fiame Naomi Mata'afa, in Apia.",
     [("Fiame Naomi Mata'afa", "Prime Minister", "ws")]),
    ("he_hon_after_a_portfolio_and_a_comma", "en",
     "The Cabinet Secretary for Defence, H.E. Hon. Soipan Tuya, EGH, inspected the troops in Nanyuki.",
     [("Soipan Tuya", "Secretary", None)]),
    ("rt_hon_and_post_nominal_after_a_comma", "en",
     "The delegation was received by the Speaker of the National Assembly, the Rt. Hon. Moses Wetang'ula, EGH, in Nairobi.",
     [("Moses Wetang'ula", "Speaker", None)]),
    ("portuguese_dom", "pt", "A sessão foi aberta pelo presidente D. José Ornelas, bispo de Leiria-Fátima.",
     [("José Ornelas", "President")]),
    ("french_elision_is_no_name", "fr",
     "L'honorable Anita Brightwater, ministre des Affaires étrangères, a rencontré son homologue.",
     [("Anita Brightwater", "Foreign Minister", None)]),
    ("an_initial_is_no_dom", "en", "President D. Trump said the talks went well.", [("D. Trump", "President", "us")]),
]


@pytest.mark.parametrize("name, language, text, expected", STYLES, ids=[s[0] for s in STYLES])
def test_styles_of_address_are_no_part_of_a_name(name, language, text, expected):
    found = _people(text, language)
    assert [f[: len(e)] for f, e in zip(found, expected)] == expected and len(found) == len(expected)


def test_a_forwarded_channel_named_with_a_title_is_that_person():
    from kg.extract.people import person_named

    assert person_named("Senator Sarah Hanson-Young", default(), "en").labels == (("en", "Sarah Hanson-Young"),)


def test_a_header_block_of_bylines_names_the_statements_authors():
    made = extract("Joint media statement\n\nThe Hon Christopher Luxon MP, Prime Minister\nThe Hon Winston Peters MP, "
                   "Minister of Foreign Affairs\n\nNew Zealand today announced new sanctions against Russia.")
    assert (made.event.type, made.event.speakers) == ("Statement", ("christopher-luxon", "winston-peters"))


def test_a_closing_signature_names_the_statements_signatory():
    made = extract("STATEMENT ON THE GENERAL ELECTIONS IN MALAWI\n\nThe Government of the Republic of Kenya congratulates "
                   "the people of Malawi on the peaceful conduct of the general elections.\n\nDr. Korir Sing'oei, CBS\n"
                   "Principal Secretary for Foreign Affairs\nNairobi, 18th September 2025")
    assert (made.event.type, made.event.speakers, str(made.event.date)) == ("Statement", ("korir-sing-oei",), "2025-09-18")


def test_a_counterpart_after_a_long_office_in_the_first_sentence():
    # the title names the actor; the counterpart's office, after the call's cue, is longer than the 80 characters a
    # bare name may follow it by
    made = extract("Winston Peters holds phone call with Argentina's Foreign Minister\n\nForeign Minister Winston Peters today "
                   "held a telephone conversation with the Minister of Foreign Affairs, International Trade and Worship of "
                   "the Argentine Republic, Mr Gerardo Werthein.")
    assert (made.event.speakers, made.event.participants) == (("winston-peters",), ("gerardo-werthein",))


def test_the_azerbaijani_agency_is_read_only_as_an_agency():
    names = {m.ident for m in default().find("The Annual Report was published. Министр дал интервью агентству Report.")
             if m.kind == "org"}
    assert names == {"report-news-agency"}
    assert not [m for m in default().find("Read the Report of the Secretary-General.") if m.kind == "org"]


# ------------------------------------------------------------------------------------------------
# Polish: offices and names declined by case, country names in their cases, places in the locative,
# missions, the first person (sentences written for these tests, not the sixth held-out set's posts)
# ------------------------------------------------------------------------------------------------

OFFICES_PL = [
    ("pl_deputy_foreign_minister", "Wiceminister spraw zagranicznych Marek Prawda przyjął ambasadora Japonii.",
     [("Marek Prawda", "Deputy Foreign Minister", None)]),
    # the office and the country in the genitive after "z": the country read in its case ("Łotwy")
    ("pl_head_of_diplomacy_of_a_country", "Szef MSZ Łotwy Baiba Braže przybyła do Warszawy.",
     [("Baiba Braže", "Foreign Minister", "lv")]),
    ("pl_foreign_minister_instrumental", "Minister rozmawiał z ministrem spraw zagranicznych Litwy Kęstutisem Budrysem.",
     [("Kęstutisem Budrysem", "Foreign Minister", "lt")]),
    ("pl_spokesperson", "Rzecznik MSZ Paweł Wroński odpowiadał na pytania dziennikarzy.", [("Paweł Wroński", "Spokesperson", None)]),
]


@pytest.mark.parametrize("name, text, expected", OFFICES_PL, ids=[o[0] for o in OFFICES_PL])
def test_polish_offices(name, text, expected):
    assert _people(text, "pl") == expected


DECLINED_PL = [
    # a known person in the instrumental, the genitive, the accusative: the surname's stem and the given name's start
    ("instrumental", "Minister Radosław Sikorski spotkał się z sekretarzem generalnym NATO Markiem Ruttem\n\nDziś w Brukseli "
                     "wicepremier, minister spraw zagranicznych Radosław Sikorski rozmawiał z sekretarzem generalnym NATO "
                     "Markiem Ruttem.", ("radoslaw-sikorski",), ("mark-rutte",)),
    ("genitive_of_the_speaker", "Rozmowa ministra Radosława Sikorskiego z prezydentem Francji Emmanuelem Macronem",
     ("radoslaw-sikorski",), ("emmanuel-macron",)),
]


@pytest.mark.parametrize("name, text, speakers, participants", DECLINED_PL, ids=[d[0] for d in DECLINED_PL])
def test_a_declined_polish_name_is_the_known_person(name, text, speakers, participants):
    event = extract(text, language="pl").event
    assert (event.speakers, event.participants) == (speakers, participants)


def test_polish_declension_is_read_in_polish_posts_only():
    from kg.extract.known import known_within

    assert known_within("Markiem Ruttem", default(), "pl").ident == "mark-rutte"
    assert known_within("Markiem Ruttem", default(), "en") is None
    assert known_within("Marcin Ruttowski", default(), "pl") is None  # another surname's stem


def test_polish_country_names_in_their_cases():
    from kg.countries import polish_cases

    assert polish_cases("Litwa") == ["Litwie", "Litwy", "Litwą", "Litwę"]
    assert polish_cases("Francja") == ["Francji", "Francją", "Francję"]
    assert polish_cases("Meksyk") == ["Meksyka", "Meksykiem", "Meksyku"]  # "w Meksyku", not "Meksyce"
    assert "Nowej Zelandii" in polish_cases("Nowa Zelandia")
    assert polish_cases("Peru") == [] and polish_cases("Niemcy") == []  # not declined; a plural (country_aliases.tsv)
    found = [m.ident for m in default().find("Rozmowy z szefami dyplomacji Litwy, Niemiec i Stanów Zjednoczonych") if m.kind == "country"]
    assert found == ["lt", "de", "us"]
    # adjectives in their cases (country_adjectives.tsv)
    found = [m.ident for m in default().find("Spotkanie z ukraińskim ministrem i szefową litewskiej dyplomacji") if m.kind == "country"]
    assert found == ["ua", "lt"]


@pytest.mark.parametrize("text, city", [
    ("Wizyta szefa MSZ Czech w Krakowie", "Kraków"),  # "-owie": Kraków
    ("Minister Sikorski dziś w Warszawie spotkał się z ambasadorem Chile", "Warsaw"),
    ("Szef MSZ przebywa z wizytą w Brukseli", "Brussels"),
    ("Wiceminister uczestniczył w Berlinie w konferencji", "Berlin"),
    ("Rozmowy o sytuacji w Ukrainie", None),  # what talks are about is no venue
    ("Osoby przebywające w Libanie proszone są o kontakt z konsulem", None),  # where people stay
])
def test_polish_places_in_the_locative(text, city):
    made = extract(text, language="pl")
    place = next((e for e in made.entities if e.key == made.event.location), None)
    assert (place.labels[0][1] if place else None) == city


def test_the_polish_ministry_speaks_for_poland():
    from kg.extract.bodies import channel_country

    assert channel_country("Ministerstwo Spraw Zagranicznych RP", default()) == "pl"
    assert channel_country("MSZ RP", default()) == "pl"


def test_polish_missions():
    from kg.extract.missions import missions

    text = "Konsulat Generalny RP w Monachium pozostaje otwarty. Prosimy o kontakt z Ambasadą RP w Bejrucie."
    assert sorted(e.labels[0][1] for e, _ in missions(text, default(), "pl")) == [
        "Consulate General of Poland in Munich", "Embassy of Poland in Lebanon"]


def test_the_country_of_a_mission_a_title_names_is_no_party():
    made = extract("Minister cofnął zgodę na działalność Konsulatu Generalnego Federacji Rosyjskiej w Gdańsku", language="pl")
    assert (made.event.organisations, made.event.countries) == (("consulate-general-of-russia-in-gda%C5%84sk",), ())


def test_a_forwarded_polish_post_in_the_first_person_is_its_authors_statement():
    made = _in_channel("Podpisałem dziś w imieniu Polski nową umowę o współpracy obronnej. To ważny dzień dla naszego "
                       "bezpieczeństwa.", language="pl", channel="Ministerstwo Spraw Zagranicznych RP 🇵🇱",
                       forwarded="Radosław Sikorski")
    assert (made.event.type, made.event.speakers) == ("Statement", ("radoslaw-sikorski",))


@pytest.mark.parametrize("language, text, participants", [
    ("pl", "Spotkanie ministrów spraw zagranicznych państw NB8\n\n📍 Ryga, 4 września 2024 r.\n\nMinister spraw zagranicznych "
           "Łotwy Baiba Braže gościła szefów dyplomacji regionu. Sekretarz stanu USA i sekretarz generalny NATO, Antony Blinken "
           "i Mark Rutte, połączyli się zdalnie.", ("antony-blinken", "mark-rutte")),
    ("en", "Foreign Ministers meet in Riga\n\nLatvia hosted the Nordic-Baltic ministers. Secretary Antony Blinken and "
           "Minister Mélanie Joly joined the meeting remotely.", ("antony-blinken", "melanie-joly")),
])
def test_who_joins_from_afar_takes_part(language, text, participants):
    assert extract(text, language=language).event.participants == participants


def test_polish_names_of_bodies_and_the_ministry_in_its_own_channel():
    made = _in_channel("Oświadczenie MSZ w sprawie Iranu\n\nMSZ z niepokojem przyjmuje informacje o eskalacji. Polska wzywa do "
                       "deeskalacji na forum Unii Europejskiej i ONZ, a marszałek Sejmu zwołał posiedzenie.", language="pl",
                       channel="Ministerstwo Spraw Zagranicznych RP 🇵🇱")
    assert made.event.organisations == ("ministry-of-foreign-affairs-of-poland", "european-union", "united-nations", "sejm")
    assert made.event.countries == ("pl",)  # what a statement is about ("w sprawie Iranu") is no party


def test_a_polish_holiday_is_not_the_date_of_an_event():
    made = extract("3 maja – Święto Konstytucji 3 Maja\n\nDziękujemy wszystkim, którzy świętują razem z nami.", language="pl")
    assert (made.event.type, made.event.date) == ("Other", None)


@pytest.mark.parametrize("text, label", [
    ("Minister rozmawiał z ministrem spraw zagranicznych Litwy Kęstutisem Budrysem.", "Kęstutis Budrys"),
    ("Wiceminister spotkał się z ambasador Estonii Anną Kallaste.", "Anna Kallaste"),
    ("Wizyta wiceministra Jana Nowickiego w Pradze", "Jan Nowicki"),
    ("Szefowa MSZ Łotwy Baiba Braže przybyła do Warszawy.", "Baiba Braže"),  # a nominative, as written
])
def test_a_new_person_of_a_polish_post_is_named_in_the_nominative(text, label):
    from kg.extract.people import find_people

    assert [h.entity.labels[0][1] for h in find_people(text, default(), "pl")] == [label]


# ------------------------------------------------------------------------------------------------
# Dutch: offices (also the last part of a compound: "NAVO-secretaris-generaal"), surnames with their
# particles, counterparts, country adjectives, bodies (sentences written for these tests, not the
# seventh held-out set's posts)
# ------------------------------------------------------------------------------------------------

OFFICES_NL = [
    ("nl_foreign_minister", "Minister van Buitenlandse Zaken Hanke Bruins Slot reisde naar Kyiv.",
     [("Hanke Bruins Slot", "Foreign Minister", "nl")]),
    ("nl_prime_minister_and_chancellor", "Minister-president Dick Schoof sprak met bondskanselier Friedrich Merz.",
     [("Dick Schoof", "Prime Minister", "nl"), ("Friedrich Merz", "Chancellor", "de")]),
    ("nl_state_secretary", "Staatssecretaris Maarten Hoekstra ontving de ambassadeur van Japan.",
     [("Maarten Hoekstra", "State Secretary", None)]),
    # the office as a compound's last part, after an organisation's abbreviation
    ("nl_compound_office", "NAVO-secretaris-generaal Jens Stoltenberg was aanwezig.",
     [("Jens Stoltenberg", "NATO Secretary General", None)]),
    ("nl_compound_chief", "EU-buitenlandchef Josep Borrell sprak in Brussel.",
     [("Josep Borrell", "High Representative of the EU for Foreign Affairs and Security Policy", None)]),
    # Dutch writes "minister" in lower case before a name; the name's particles stay in it
    ("nl_lower_case_minister", "Het gesprek met minister Jan van der Berg duurde een uur.",
     [("Jan van der Berg", "Minister", None)]),
    # the particle before a body's abbreviation or a portfolio is a preposition, not part of the name
    ("nl_spokesperson_of_a_body", "De minister sprak met woordvoerder Anna Jansen van de VN.",
     [("Anna Jansen", "Spokesperson", None)]),
    ("nl_minister_of_defence_after_the_name", "Minister Ruben Pieters van Defensie opende de conferentie.",
     [("Ruben Pieters", "Minister", None)]),
]


@pytest.mark.parametrize("name, text, expected", OFFICES_NL, ids=[o[0] for o in OFFICES_NL])
def test_dutch_offices(name, text, expected):
    assert _people(text, "nl") == expected


DUTCH_CAST = [
    # a surname alone, its particle capitalised: the known person, not a new "Van Weel"
    ("surname_with_capital_particle", "Minister Van Weel sprak vanochtend telefonisch met zijn Japanse ambtgenoot Takeshi "
                                      "Iwaya.", ("david-van-weel",), ("takeshi-iwaya",)),
    ("surname_alone", "Minister Veldkamp ontmoette in Ankara zijn Turkse ambtgenoot Hakan Fidan.", ("caspar-veldkamp",),
     ("hakan-fidan",)),
    # an unknown surname with its particle names nobody
    ("unknown_surname_with_particle", "Minister Van der Laan sprak in Rabat met zijn Marokkaanse ambtgenoot Nasser Bourita.",
     (), ("nasser-bourita",)),
    # two ministers of one country joined by "en" act together
    ("two_of_one_side", "Minister-president Dick Schoof en minister Caspar Veldkamp ontvingen de Japanse premier Shigeru "
                        "Ishiba.", ("dick-schoof", "caspar-veldkamp"), ("shigeru-ishiba",)),
    # who chairs ("onder leiding van") takes part
    ("chaired_by", "Minister Veldkamp nam in Brussel deel aan de Raad Buitenlandse Zaken onder leiding van Kaja Kallas.",
     ("caspar-veldkamp",), ("kaja-kallas",)),
]


@pytest.mark.parametrize("name, text, speakers, participants", DUTCH_CAST, ids=[c[0] for c in DUTCH_CAST])
def test_dutch_speakers_and_participants(name, text, speakers, participants):
    event = extract(text, language="nl").event
    assert (event.speakers, event.participants) == (speakers, participants)


def test_dutch_country_names_adjectives_and_bodies():
    found = [m.ident for m in default().find("Gesprek met de Egyptische minister over Oekraïne, Duitsland en de Verenigde "
                                             "Staten") if m.kind == "country"]
    assert found == ["eg", "ua", "de", "us"]
    found = [m.ident for m in default().find("De OVSE, de NAVO, de VN, de Europese Unie en de Europese Raad") if m.kind == "org"]
    assert found == ["organization-for-security-and-co-operation-in-europe", "north-atlantic-treaty-organization",
                     "united-nations", "european-union", "european-council"]


def test_what_a_dutch_title_is_about_is_no_party():
    assert extract("Reisadvies Libanon aangepast\n\nHet reisadvies voor Libanon is aangepast.", language="nl").event.countries == ()
    made = extract("Verklaring van minister Veldkamp inzake Iran\n\nNederland roept op tot de-escalatie.", language="nl")
    assert made.event.countries == ("nl",)


@pytest.mark.parametrize("text, countries, location", [
    # Dutch "en" is "and", not the French and Spanish "en" (in) of a venue
    ("Nederland en België ondertekenen een verdrag over de Noordzee", ("nl", "be"), None),
    ("Gezamenlijke verklaring van Nederland en Duitsland over de Westelijke Balkan", ("nl", "de"), None),
    ("Staatssecretaris op werkbezoek in Kenia en Tanzania", (), ("country", "ke")),
])
def test_dutch_en_is_and(text, countries, location):
    event = extract(text, language="nl").event
    assert (event.countries, event.location) == (countries, location)


@pytest.mark.parametrize("language, text, speakers, participants", [
    # a first sentence of the country hosting the occasion, of no one: the next one names who acts
    ("nl", "Conferentie over de wederopbouw van Oekraïne\n\nDeze week is Nederland gastland van de conferentie in Rotterdam. "
           "Minister Caspar Veldkamp en premier Dick Schoof openen de bijeenkomst met de Oekraïense premier Denys Shmyhal.",
     ("caspar-veldkamp", "dick-schoof"), ("denys-shmyhal",)),
    ("en", "G7 Foreign Ministers' Meeting in Charlevoix\n\nThis week Canada hosts the G7 foreign ministers. Foreign Minister "
           "Anita Anand welcomed Secretary of State Marco Rubio.", ("anita-anand",), ("marco-rubio",)),
])
def test_after_a_host_country_the_next_sentence_names_the_actor(language, text, speakers, participants):
    event = extract(text, language=language).event
    assert (event.speakers, event.participants) == (speakers, participants)


@pytest.mark.parametrize("text, speakers, participants", [
    # Dutch puts the verb before the subject after an opening adverbial: the minister after "ontving" is its subject,
    # a person after "ontving de/zijn …" its object
    ("Op maandag 3 maart ontving minister Veldkamp zijn Estse ambtgenoot Margus Tsahkna in Den Haag.",
     ("caspar-veldkamp",), ("margus-tsahkna",)),
    ("Vanochtend ontmoette minister Van Weel in Brussel de Franse minister Jean-Noël Barrot.",
     ("david-van-weel",), ("jean-noel-barrot",)),
    ("Gisteren ontving de staatssecretaris de Turkse minister Hakan Fidan.", (), ("hakan-fidan",)),
    # an interview with the minister is the minister's
    ("Interview met minister Bruins Slot in de Volkskrant", ("hanke-bruins-slot",), ()),
])
def test_a_dutch_verb_before_its_subject(text, speakers, participants):
    event = extract(text, language="nl").event
    assert (event.speakers, event.participants) == (speakers, participants)


@pytest.mark.parametrize("text, location", [
    ("Minister Veldkamp bezocht gisteren Chisinau, waar hij de Moldavische premier sprak.", ("place", "618426")),
    ("Werkbezoek aan Indonesië\n\nDe staatssecretaris brengt deze week een werkbezoek aan Indonesië.", ("country", "id")),
    ("Minister bezocht de ambassade in Tokio.", ("place", "1850147")),
])
def test_a_dutch_visits_place(text, location):
    assert extract(text, language="nl").event.location == location


@pytest.mark.parametrize("text, organisations", [
    # Dutch joins an abbreviation to any word: the abbreviation names its organisation
    ("Minister Veldkamp bij de informele bijeenkomst van NAVO-ministers in Antalya", ("north-atlantic-treaty-organization",)),
    ("De EU-lidstaten steunen de OVSE-waarnemers in Moldavië",
     ("european-union", "organization-for-security-and-co-operation-in-europe")),
    ("Nederland neemt zitting in de VN-Veiligheidsraad en steunt het Internationaal Strafhof",
     ("united-nations-security-council", "international-criminal-court")),
])
def test_dutch_names_of_bodies(text, organisations):
    assert extract(text, language="nl").event.organisations == organisations


def test_an_abbreviation_joined_to_a_word_names_a_body_only_in_dutch():
    # English joins only participles to it ("UN-authorised"): "NATO-style" names no one
    assert extract("A NATO-style guarantee for Ukraine was discussed.").event.organisations == ()
# Philippine and Chilean styles (seventh held-out set's cause 3): a middle initial, "Jr."/"Sr." and "Ma." (Maria) are
# no part of the name kg writes, and "Jr." ends no sentence before a word in lower case; the Philippines' secretaries,
# feminine and Spanish undersecretaries; a Spanish list's next item ("y el Canciller de …") is no part of a name
# ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("language, text, expected", [
    ("en", "Secretary of National Defense Gilberto C. Teodoro Jr. inspected the new patrol vessels at Subic Bay.",
     [("Gilberto Teodoro", "Defence Minister")]),
    ("en", "Secretary of Foreign Affairs Carlos D. Sorreta received the credentials of three ambassadors.",
     [("Carlos Sorreta", "Foreign Minister")]),
    ("en", "Spokesperson Ma. Elena P. Bautista said the repatriation flights will resume on Monday.",
     [("Elena Bautista", "Spokesperson")]),
    ("es", "La Subsecretaria de Relaciones Exteriores, Ximena Fuentes, inauguró el seminario sobre la Antártica.",
     [("Ximena Fuentes", "Deputy Foreign Minister")]),
    ("es", "El Subsecretario de Defensa, Ricardo Montero, visitó la base naval de Talcahuano.",
     [("Ricardo Montero", "Undersecretary")]),
    ("es", "En la ceremonia participaron el Ministro Mario Marcel y el Ministro de Economía de Perú, José Arista.",
     [("Mario Marcel", "Minister"), ("José Arista", "Minister")]),
])
def test_philippine_and_chilean_names_and_offices(language, text, expected):
    from kg.extract.people import find_people

    assert [(h.entity.labels[0][1], h.entity.role) for h in find_people(text, default(), language)] == expected


@pytest.mark.parametrize("channel, language, text, speakers, participants, countries", [
    # two own secretaries before the cue: one delegation; the counterparts after it
    ("DFA Philippines 🇵🇭", "en", "Secretary of Foreign Affairs Carlos D. Sorreta and Secretary Gilberto C. Teodoro Jr. met "
                                  "with Australian Foreign Minister Penny Wong in Canberra today.",
     ("carlos-sorreta", "gilberto-teodoro"), ("penny-wong",), ("ph", "au")),
    # a spokesperson whose office names the channel's ministry speaks for its country
    ("DFA Philippines 🇵🇭", "en", "DFA Spokesperson Ma. Elena P. Bautista said the repatriation flights will resume on "
                                  "Monday.", ("elena-bautista",), (), ("ph",)),
    # who takes part on the host's side, named with an office that names no country, speaks with the host
    ("Cancillería Chile 🇨🇱", "es", "El Presidente Gabriel Boric recibió hoy en La Moneda al Presidente de Colombia, "
                                    "Gustavo Petro. En el encuentro participaron la Canciller Ximena Fuentes y el Canciller de "
                                    "Colombia, Luis Gilberto Murillo.",
     ("gabriel-boric", "ximena-fuentes"), ("gustavo-petro", "luis-gilberto-murillo"), ("cl", "co")),
])
def test_the_own_side_of_philippine_and_chilean_posts(channel, language, text, speakers, participants, countries):
    made = _in_channel(text, language=language, channel=channel)
    assert (made.event.speakers, made.event.participants, made.event.countries) == (speakers, participants, countries)


def test_a_ministry_channel_by_its_own_name_speaks_for_its_country():
    from kg.extract.bodies import channel_country

    assert channel_country("Ministerie van Buitenlandse Zaken", default()) == "nl"  # no flag: the body's own name
    assert channel_country("Foreign Ministry", default()) is None  # a bare name says no one's
    made = _in_channel("Minister Van Weel sprak vandaag met zijn Japanse ambtgenoot over de handel.", language="nl",
                       channel="Ministerie van Buitenlandse Zaken")
    assert made.event.countries == ("nl", "jp")


# ------------------------------------------------------------------------------------------------
# Ukrainian: known names in their cases and Ukrainian spellings, places in the locative, offices,
# counterparts, bodies, a forwarded post in the first person without a pronoun (sentences written for
# these tests, not the eighth held-out set's posts)
# ------------------------------------------------------------------------------------------------

DECLINED_UK = [
    # instrumental of an adjectival surname, of -ій, of -а; the genitive; Ukrainian spellings ("Рубіо", "Фідан")
    ("instrumental_of_a_surname_in_ov", "Міністр закордонних справ України Андрій Сибіга провів телефонну розмову з "
                                        "Міністром закордонних справ Туреччини Хаканом Фіданом.",
     ("andrii-sybiha",), ("hakan-fidan",)),
    ("genitive_of_the_speaker", "Зустріч Радослава Сікорського з Державним секретарем США Марком Рубіо",
     ("radoslaw-sikorski",), ("marco-rubio",)),
    ("instrumental_of_ii", "Прем'єр-міністр Великої Британії Кір Стармер зустрівся з Міністром закордонних справ "
                           "України Андрієм Сибігою.", ("keir-starmer",), ("andrii-sybiha",)),
    ("a_ukrainian_label_where_the_spelling_differs", "Президент Франції Емманюель Макрон провів переговори з "
                                                     "Президенткою Єврокомісії Урсулою фон дер Ляєн.",
     ("emmanuel-macron",), ("ursula-von-der-leyen",)),
    ("i_is_russian_i", "Дмитро Кулеба провів зустріч з Міністром закордонних справ Китаю Ван І у Пекіні.",
     ("dmytro-kuleba",), ("wang-yi",)),
    # a counterpart named in the instrumental after "з колегою"
    ("with_a_colleague", "Андрій Сибіга зустрівся зі своїм колегою з росії? Ні: з колегою Сергієм Лавровим він не "
                         "зустрічався.", ("andrii-sybiha",), ("sergey-lavrov",)),
]


@pytest.mark.parametrize("name, text, speakers, participants", DECLINED_UK, ids=[d[0] for d in DECLINED_UK])
def test_a_ukrainian_name_in_its_case_or_spelling_is_the_known_person(name, text, speakers, participants):
    event = extract(text, language="uk").event
    assert (event.speakers, event.participants) == (speakers, participants)


def test_ukrainian_words_are_keyed_as_russian_ones():
    from kg.wordkeys import word_key

    assert word_key("Сікорським") == word_key("Сикорский") == word_key("Сікорського")
    assert word_key("Зеленським") == word_key("Зеленський") == word_key("Зеленский")
    assert word_key("Сибігою") == word_key("Сибіга") and word_key("Андрієм") == word_key("Андрій")
    assert word_key("Лавровим") == word_key("Лавров") and word_key("Європейської") == word_key("Европейской")
    assert word_key("Гольдштейн") == "гольдштейн" and word_key("Сикорским") == "сикорским"  # Russian words as before


@pytest.mark.parametrize("text, label", [
    ("Міністр закордонних справ України провів зустріч з Міністром закордонних справ Литви Кястутісом Будрісом.",
     "Кястутіс Будріс"),
    ("Заступник Міністра закордонних справ України провів консультації з Послом Естонії Анною Тамм.", "Анна Тамм"),
    ("Візит Віце-прем'єр-міністра Сергія Ковальського до Праги", "Сергій Ковальський"),
    ("Посол Ірина Шевченко вручила вірчі грамоти.", "Ірина Шевченко"),  # a nominative, as written
])
def test_a_new_person_of_a_ukrainian_post_is_named_in_the_nominative(text, label):
    from kg.extract.people import find_people

    assert [h.entity.labels[0][1] for h in find_people(text, default(), "uk")] == [label]


def test_a_new_person_in_two_cases_is_one_person():
    made = extract("Міністр закордонних справ України провів зустріч з Міністром закордонних справ Литви Кястутісом "
                   "Будрісом.\n\nКястутіс Будріс подякував Україні.", language="uk")
    assert [e.labels[0][1] for e in made.entities if e.kind == "person"] == ["Кястутіс Будріс"]


OFFICES_UK = [
    ("uk_foreign_minister_instrumental", "Розмова з Міністром закордонних справ Литви Кястутісом Будрісом",
     [("Кястутісом Будрісом", "Foreign Minister", "lt")]),
    ("uk_deputy_foreign_minister", "Заступник Міністра закордонних справ України Олександр Мищенко провів консультації.",
     [("Олександр Мищенко", "Deputy Foreign Minister", "ua")]),
    ("uk_prime_minister", "Прем'єр-міністр Норвегії Йонас Гар Стере відвідав Київ.", [("Йонас Гар Стере", "Prime Minister", "no")]),
    ("uk_spokesperson", "Речник МЗС України Георгій Тихий прокоментував заяву.", [("Георгій Тихий", "Spokesperson", "ua")]),
]


@pytest.mark.parametrize("name, text, expected", OFFICES_UK, ids=[o[0] for o in OFFICES_UK])
def test_ukrainian_offices(name, text, expected):
    assert _people(text, "uk") == expected


@pytest.mark.parametrize("text, city", [
    ("Сьогодні у Варшаві Міністр закордонних справ провів переговори з колегою з Польщі.", "Warsaw"),
    ("Вчора в Берліні відбулася зустріч міністрів закордонних справ.", "Berlin"),
    ("Заступник Міністра взяв участь у конференції у Празі.", "Prague"),
    ("Посол України у Нідерландах провів зустріч у Гаазі.", "The Hague"),
    ("У Женеві відбулися консультації делегацій.", "Geneva"),
    ("Громадяни України, які перебувають у Ізраїлі, мають зареєструватися.", None),  # where people stay
    ("Сторони обговорили ситуацію в Сирії.", None),  # what talks are about is no venue
])
def test_ukrainian_places_in_the_locative(text, city):
    made = extract(text, language="uk")
    place = next((e for e in made.entities if e.key == made.event.location), None)
    assert (place.labels[0][1] if place else None) == city


@pytest.mark.parametrize("text, organisations", [
    ("Україна та ЄС обговорили новий пакет санкцій.", ("european-union",)),
    ("Засідання Постійної ради ОБСЄ у Відні", ("organization-for-security-and-co-operation-in-europe",)),
    ("Зустріч з Президентом Європейської ради", ("european-council",)),
    ("Єврокомісія представила пропозицію.", ("european-commission",)),
])
def test_ukrainian_names_of_bodies(text, organisations):
    assert extract(text, language="uk").event.organisations == organisations


@pytest.mark.parametrize("text, speakers, participants", [
    # a counterpart cue: "зустрівся з", "провів телефонну розмову з", "на запрошення"; "взяв участь"
    ("Міністр закордонних справ Туреччини Хакан Фідан зустрівся з Андрієм Сибігою в Анталії.",
     ("hakan-fidan",), ("andrii-sybiha",)),
    ("Прем'єр-міністр Великої Британії Кір Стармер прибув до Києва на запрошення Президента України Володимира "
     "Зеленського.", ("keir-starmer",), ("volodymyr-zelensky",)),
    ("Андрій Сибіга взяв участь у засіданні разом з Девідом Леммі.", ("andrii-sybiha",), ("david-lammy",)),
])
def test_ukrainian_counterparts(text, speakers, participants):
    event = extract(text, language="uk").event
    assert (event.speakers[: len(speakers)], event.participants) == (speakers, participants)


@pytest.mark.parametrize("forwarded, text, speakers", [
    # a past tense without a pronoun in a person's own post is theirs; "ми" later
    ("Андрій Сибіга", "Провів телефонну розмову з Міністром закордонних справ Туреччини Хаканом Фіданом.",
     ("andrii-sybiha", )),
    ("Володимир Зеленський", "Вчора в Лондоні поговорив з Прем'єр-міністром Великої Британії Кіром Стармером. "
                             "Домовилися про нові кроки.", ("volodymyr-zelensky",)),
    ("Андрій Сибіга", "Сьогодні ми разом з партнерами ухвалили важливе рішення.", ("andrii-sybiha",)),
    # a third-person post is not
    ("Андрій Сибіга", "Міністр закордонних справ Туреччини Хакан Фідан прибув до Києва.", ("hakan-fidan",)),
])
def test_a_forwarded_ukrainian_post_in_the_first_person_is_its_authors(forwarded, text, speakers):
    assert _in_channel(text, language="uk", forwarded=forwarded).event.speakers == speakers


@pytest.mark.parametrize("language, text, participants", [
    # the second paragraph's meeting of another actor, none of the post's, is another event
    ("uk", "Міністр закордонних справ України Андрій Сибіга провів зустріч з Міністром закордонних справ Великої "
           "Британії Девідом Леммі.\n\nПізніше Президент Європейської ради Антоніу Кошта зустрівся з Прем'єр-міністром "
           "Кіром Стармером.", ("david-lammy",)),
    ("en", "Foreign Minister Andrii Sybiha met with French Foreign Minister Jean-Noël Barrot.\n\nLater, European "
           "Council President António Costa met with Prime Minister Keir Starmer.", ("jean-noel-barrot",)),
    # the post's own actor's meeting still is: "…, where he met with …"
    ("en", "Foreign Minister Andrii Sybiha arrived in Paris.\n\nMinister Sybiha met with Prime Minister Keir Starmer.",
     ("keir-starmer",)),
])
def test_another_actors_meeting_in_a_later_paragraph_is_another_event(language, text, participants):
    assert extract(text, language=language).event.participants == participants


@pytest.mark.parametrize("name, latin", [
    ("Георгій Тихий", "Heorhii Tykhyi"),
    ("Юлія Свириденко", "Yuliia Svyrydenko"),
    ("Олександр Мищенко", "Oleksandr Myshchenko"),  # Ukrainian и is y (Russian's rule gave "Mishchenko")
    ("Марина Мар'янович", "Maryna Marianovych"),
    ("Сергій Kowalski", None),  # not all Cyrillic
])
def test_ukrainian_names_in_latin_letters(name, latin):
    from kg.names import ukrainian_latin

    assert ukrainian_latin(name) == latin


def test_a_new_person_of_a_ukrainian_post_has_their_latin_spelling():
    made = extract("Речник МЗС України Олександр Мищенко прокоментував заяву.", language="uk")
    assert [e.alt_labels for e in made.entities if e.kind == "person"] == [(("en", "Oleksandr Myshchenko"),)]


def test_ukrainian_missions():
    from kg.extract.missions import missions

    text = "У Посольстві України в Японії відбулася зустріч. Генеральне консульство України в Стамбулі продовжує роботу."
    assert sorted(e.labels[0][1] for e, _ in missions(text, default(), "ua")) == [
        "Consulate General of Ukraine in Istanbul", "Embassy of Ukraine in Japan"]


# ------------------------------------------------------------------------------------------------
# What the gazetteer and find_people keep of their last answers is dropped when a name is added
# ------------------------------------------------------------------------------------------------


def test_found_again_after_a_name_is_added():
    from kg.extract.people import find_people
    from kg.gazetteer import Gazetteer

    gz = Gazetteer()
    text = "Talks with Quorvan Elbrightsen in Geneva."
    assert [m.ident for m in gz.find(text, ("person",))] == []
    before = [h.entity.ident for h in find_people(text, gz, "en")]
    gz.add_form("person", "quorvan-elbrightsen", "Quorvan Elbrightsen")
    assert [m.ident for m in gz.find(text, ("person",))] == ["quorvan-elbrightsen"]
    assert "quorvan-elbrightsen" not in before
    # the person is the gazetteer's now (no office introduces them: find_people had no one before)
    assert [h.mention.surface for h in find_people(text, gz, "en")] == ["Quorvan Elbrightsen"]


def test_answers_kept_are_copies():
    from kg.extract.people import find_people

    gz = default()
    text = "Sergey Lavrov met Wang Yi in Beijing."
    first = gz.find(text)
    first.clear()
    assert gz.find(text)
    people = find_people(text, gz, "en")
    people.clear()
    assert [h.entity.ident for h in find_people(text, gz, "en")] == ["sergey-lavrov", "wang-yi"]


# The Gulf's English (WAM, the UAE's and Qatar's foreign ministries): the ruler's styles before a name ("President His
# Highness Sheikh X"), the host who "received" a visitor, a day between "held a phone call" and "with"
GULF = [
    ("President His Highness Sheikh Mohamed bin Zayed Al Nahyan received today Masoud Pezeshkian, President of Iran, at "
     "Qasr Al Watan.", ("mohamed-bin-zayed-al-nahyan",), ("masoud-pezeshkian",)),
    ("His Highness Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs, received Sergey Lavrov, Minister of "
     "Foreign Affairs of Russia, who is visiting the country.", ("abdullah-bin-zayed-al-nahyan",), ("sergey-lavrov",)),
    ("His Highness Sheikh Abdullah bin Zayed Al Nahyan held a phone call today with Hakan Fidan, Minister of Foreign "
     "Affairs of Türkiye.", ("abdullah-bin-zayed-al-nahyan",), ("hakan-fidan",)),
    ("His Highness Sheikh Abdullah bin Zayed Al Nahyan held a phone call yesterday with Wang Yi, Minister of Foreign "
     "Affairs of China.", ("abdullah-bin-zayed-al-nahyan",), ("wang-yi",)),
]


@pytest.mark.parametrize("text, speakers, participants", GULF, ids=[g[0][:30] for g in GULF])
def test_gulf_english_styles_and_counterparts(text, speakers, participants):
    from datetime import datetime, timezone

    from kg.extract import Extractor
    from kg.models import Post

    post = Post(source="test", title="Press release", text="Press release\n\n" + text, message_id=1, language="en",
                channel="UAE Ministry of Foreign Affairs", published=datetime(2025, 5, 8, 9, tzinfo=timezone.utc))
    event = Extractor().extract(post).event
    assert (event.speakers, event.participants) == (speakers, participants)


# a foreign ministry's channel names its ministry bare: "the Ministry", "the Ministry of Foreign Affairs (MoFA)", "MoFA";
# not "the Ministry of Foreign Affairs of Ukraine" (another's)
OWN_BARE = [
    ("In a statement, the Ministry of Foreign Affairs (MoFA) affirmed the UAE's solidarity.", True),
    ("MoFA urges citizens travelling abroad to register their trips.", True),
    ("He met the Minister of Foreign Affairs of Ukraine at the Ministry of Foreign Affairs of Ukraine.", False),
]


@pytest.mark.parametrize("text, found", OWN_BARE, ids=[o[0][:30] for o in OWN_BARE])
def test_the_own_ministry_named_bare_in_english(text, found):
    from kg.extract.bodies import own_bare_ministry
    from kg.gazetteer import default

    got = own_bare_ministry(text, [], "ae", "UAE Ministry of Foreign Affairs", default())
    assert [m.ident for m in got] == (["ministry-of-foreign-affairs-of-the-united-arab-emirates"] if found else [])
