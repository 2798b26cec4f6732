"""Write the sixteenth held-out set (one Telegram Desktop ``result.json`` per channel) and its gold.

The first fifteen held-out sets (tests/data/heldout/ to heldout15/) have all been used, or are being used,
to tune kg's rules, so their scores now flatter kg. This sixteenth set is a fresh measure of what to expect
on a typical new channel after the tuning of sets 12 to 15, on five foreign ministries none of the earlier
sets had: Russia's Ministry of Foreign Affairs in its own Russian ("Министр иностранных дел Российской
Федерации С.В.Лавров", Maria Zakharova's briefings, the deputy ministers Ryabkov and Galuzin, "провел
переговоры с", "телефонный разговор", BRICS, the CIS), the Republic of Korea's Ministry of Foreign Affairs
in English ("Foreign Minister Cho Tae-yul", then Cho Hyun, "ROK-US", "Korea-Japan-China", APEC in
Gyeongju), Colombia's Cancillería in Spanish (Luis Gilberto Murillo, Laura Sarabia, Rosa Villavicencio,
"se reunió con", "conversación telefónica", the CELAC-EU summit in Santa Marta, a mobile consulate),
Senegal's Ministère de l'Intégration africaine et des Affaires étrangères in French (Yassine Fall, "a reçu
en audience", "s'est entretenue avec", the CEDEAO, the AES) and Iran's Ministry of Foreign Affairs in
English (Abbas Araghchi, the spokesman Esmaeil Baghaei, the Muscat talks, the IAEA, the SCO). The posts are
written in those channels' styles about real people, places, organisations and events of 2024-2025; they
are not copies of real posts. The gold was written by hand from the texts below, by the guidelines of
tests/data/gold/seeds.json and the fifteen earlier held-out golds, before kg was run on them, and is not
to be changed to match kg.

Run ``python tests/data/heldout16/make_heldout16.py`` to rewrite the exports and
tests/data/gold/heldout16.json from this file (the output is deterministic). The export-writing
helpers are the third set's (tests/data/heldout3/make_heldout3.py, imported, not copied; importing it
writes nothing). Message ids are 16101 and up, one block of a hundred per channel (16101-, 16201-,
16301-, 16401-, 16501-), apart from the other sets' (101-608, 9001-16009), since the scorer finds an
export's post by its message id alone.
"""
from __future__ import annotations

import sys
from datetime import timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout3"))
import make_heldout3 as h3  # noqa: E402  (the third set's export helpers; its main() only runs as a script)
from make_heldout3 import event  # noqa: E402

# The exporting machine's clock is Moscow's (UTC+03:00, no summer time): an export's "date" is local to it,
# "date_unixtime" is UTC. (h3.new_set sets it for this process only.)
CHANNELS, channel = h3.new_set(timezone(timedelta(hours=3)))


# ------------------------------------------------------------------------------------------------
# Russia's Ministry of Foreign Affairs (Russian, UTC+03:00)
# ------------------------------------------------------------------------------------------------
post = channel("mid_ru", "МИД России 🇷🇺", 2100000046, "ru")

post(16101, "2025-02-18T14:00:00",
     "О переговорах Министра иностранных дел Российской Федерации С.В.Лаврова с Государственным секретарём США "
     "М.Рубио\n\n"
     "📍 Эр-Рияд, 18 февраля\n\n"
     "Министр иностранных дел Российской Федерации С.В.Лавров и помощник Президента Российской Федерации "
     "Ю.В.Ушаков провели переговоры с Государственным секретарём США М.Рубио. Стороны условились о восстановлении "
     "нормальной работы посольств двух стран и о начале работы над урегулированием украинского кризиса.\n\n"
     "#РоссияСША",
     event("Meeting", "2025-02-18", city="Riyadh", country="SA", speakers=["Sergey Lavrov", "Yury Ushakov"],
           participants=["Marco Rubio"], countries=["RU", "US"], mentioned=["RU", "US", "UA"], inferred=True,
           notes="'провели переговоры с' a named counterpart -> Meeting (seeds: talks); the 📍 line dates (no year "
                 "-> inferred) and places it. The own delegation's two named members are speakers (heldout3's "
                 "guideline: a delegation's named members), the counterpart a participant; initials before the "
                 "surname ('С.В.Лавров', 'Ю.В.Ушаков', 'М.Рубио') given in kg/data's English form. '#РоссияСША' "
                 "a bilateral hashtag (seeds). Saudi Arabia, the host, is named only by the city: no side "
                 "(heldout15's 15603); 'украинского' names Ukraine, a topic. The Riyadh talks of 18 February "
                 "2025 with Lavrov, Ushakov and Rubio are checked (el.kz, rossia.news after RIA); the wording "
                 "is written for the set."),
     media="photo", reactions=[("👍", 2210), ("🇷🇺", 860)])

post(16102, "2025-02-15T19:00:00",
     "Телефонный разговор С.В.Лаврова с М.Рубио\n\n"
     "15 февраля состоялся телефонный разговор Министра иностранных дел Российской Федерации С.В.Лаврова с "
     "Государственным секретарём США М.Рубио. Звонок был инициирован американской стороной. Условлено "
     "поддерживать регулярные контакты, в том числе в целях подготовки российско-американского саммита.",
     event("PhoneCall", "2025-02-15", speakers=["Sergey Lavrov"], participants=["Marco Rubio"],
           countries=["RU", "US"], mentioned=["US", "RU"], inferred=True,
           notes="'телефонный разговор' -> PhoneCall; '15 февраля' has no year -> inferred; a call has no place. "
                 "The counterpart in the instrumental ('с … М.Рубио') a participant. The Saturday 15 February "
                 "2025 call, initiated by Washington, is checked (argumenti.ru after TASS); the wording is "
                 "written for the set."))

post(16103, "2025-03-26T12:30:00",
     "Брифинг официального представителя МИД России М.В.Захаровой, Москва, 26 марта 2025 года\n\n"
     "Официальный представитель МИД России М.В.Захарова ответила на вопросы журналистов об итогах российско-"
     "американских экспертных консультаций в Эр-Рияде, о ситуации вокруг Украины и о подготовке заседания Совета "
     "министров иностранных дел СНГ.",
     event("Briefing", "2025-03-26", city="Moscow", country="RU", speakers=["Maria Zakharova"],
           orgs=["Ministry of Foreign Affairs of the Russian Federation", "Commonwealth of Independent States"],
           countries=["RU"], mentioned=["RU", "US", "UA"],
           notes="A spokeswoman's briefing -> Briefing (heldout12's guideline); the title's 'Москва, 26 марта 2025 "
                 "года' dates and places it (a year -> not inferred). 'МИД России' names the ministry (seeds: "
                 "'Foreign Ministry Spokeswoman' -> the Russian Foreign Ministry); the CIS's council of foreign "
                 "ministers folded into the CIS (seeds). Riyadh is the consultations' place, a topic's place "
                 "(heldout15's 15805). Zakharova's Wednesday briefings are a fact; this one's date and topics "
                 "are written for the set (the Riyadh expert consultations of 24 March 2025 are from memory)."),
     media="video")

post(16104, "2025-08-05T08:00:00",
     "Интервью заместителя Министра иностранных дел Российской Федерации С.А.Рябкова информационному агентству "
     "ТАСС\n\n"
     "С.А.Рябков ответил на вопросы о стратегической стабильности, о судьбе Договора о СНВ и о перспективах "
     "российско-американского диалога по контролю над вооружениями.",
     event("Interview", speakers=["Sergey Ryabkov"], orgs=["TASS"], countries=["RU"], mentioned=["RU", "US"],
           notes="'Интервью … агентству ТАСС' -> Interview; no date written -> null (heldout3's 9909). TASS the "
                 "outlet; the New START treaty ('Договор о СНВ') excluded (seeds: treaties). The United States a "
                 "topic. Ryabkov as deputy minister for arms control is from memory; the interview is written "
                 "for the set."),
     media="photo")

post(16105, "2025-05-12T15:00:00",
     "Российско-армянские консультации по вопросам СНГ\n\n"
     "12 мая в Москве заместитель Министра иностранных дел Российской Федерации М.Ю.Галузин провел консультации "
     "с заместителем министра иностранных дел Республики Армения М.Сафаряном. Обсуждены вопросы взаимодействия "
     "в рамках Содружества Независимых Государств и Евразийского экономического союза.",
     event("Consultations", "2025-05-12", city="Moscow", country="RU", speakers=["Mikhail Galuzin"],
           participants=["Mnatsakan Safaryan"], orgs=["Commonwealth of Independent States", "Eurasian Economic Union"],
           countries=["RU", "AM"], mentioned=["AM", "RU"], inferred=True,
           notes="'консультации' -> Consultations (seeds' precedence over Meeting); '12 мая' has no year -> "
                 "inferred; 'в Москве'. The own deputy minister the speaker, the Armenian one a participant "
                 "('М.Сафарян' given as 'Mnatsakan Safaryan', Armenia's deputy foreign minister, from memory). "
                 "'СНГ' in the title and the CIS and the EAEU named in full. Written for the set: these "
                 "consultations are invented."))

post(16106, "2025-04-28T13:00:00",
     "Выступление Министра иностранных дел Российской Федерации С.В.Лаврова на встрече министров иностранных дел "
     "стран БРИКС, Рио-де-Жанейро, 28 апреля 2025 года\n\n"
     "«Благодарим бразильских друзей за гостеприимство и эффективное председательство. БРИКС остаётся "
     "объединением, которое строит свою работу на равноправии и учёте интересов друг друга».\n\n"
     "#БРИКС",
     event("Statement", "2025-04-28", city="Rio de Janeiro", country="BR", speakers=["Sergey Lavrov"],
           orgs=["BRICS"], countries=["RU"], mentioned=["BR", "RU"],
           notes="'Выступление … на встрече министров … БРИКС' a speech at a multilateral meeting -> Statement "
                 "(heldout13's guideline, heldout15's 15804); the title's place and full date. Brazil, the chair, "
                 "named by 'бразильских' only: no side. BRICS named (and in the hashtag). The BRICS foreign "
                 "ministers' meeting in Rio de Janeiro on 28-29 April 2025 with Lavrov is from memory; the quote "
                 "is written for the set."),
     media="video", edited="2025-04-28T15:20:00")

post(16107, "2025-06-16T10:00:00",
     "Информация для российских граждан\n\n"
     "В связи с обострением обстановки МИД России настоятельно рекомендует российским гражданам воздержаться от "
     "поездок в Израиль и Иран. Находящимся там соотечественникам следует поддерживать связь с Посольством "
     "России в Тегеране и Посольством России в Тель-Авиве.\n\n"
     "#консульская_служба",
     event("Announcement", orgs=["Ministry of Foreign Affairs of the Russian Federation", "Embassy of Russia in Iran",
                                 "Embassy of Russia in Israel"],
           countries=["RU"], mentioned=["RU", "IL", "IR"],
           notes="A notice to citizens -> Announcement (heldout13's 15006); no date -> null. 'МИД России' in its own "
                 "channel -> listed (heldout9's 12708); the two embassies -> '<Embassy> of <country> in <host "
                 "country>' (heldout7's 11603; 'в Тель-Авиве' names the city of the embassy to Israel). Israel "
                 "and Iran the notice's subject, not sides or places. Written for the set (Israel's strikes on "
                 "Iran of 13 June 2025, its occasion, are from memory)."),
     edited="2025-06-16T12:00:00")

post(16108, "2025-09-11T07:00:00",
     "Вчера в эфире радио Sputnik ответила на вопросы о работе над мирным урегулированием на Украине и о "
     "провокациях киевского режима. Полную запись разговора можно послушать на сайте радиостанции.",
     event("Interview", "2025-09-10", speakers=["Maria Zakharova"], orgs=["Sputnik"], countries=["RU"],
           mentioned=["UA"], inferred=True,
           notes="Forwarded from the spokeswoman's own channel, in the first person ('ответила', feminine) -> her "
                 "act (heldout14's 15108); 'в эфире радио … ответила на вопросы' -> Interview; 'Вчера' from "
                 "Thursday 11 September (10:00 in Moscow) = Wednesday 10 September; no place. Sputnik the "
                 "outlet. 'на Украине' names Ukraine, a topic ('киевского режима' a capital as metonym, not "
                 "counted). Written for the set: the interview is invented."),
     forwarded="Мария Захарова")

CHANNELS["mid_ru"]["services"].append((16109, "2025-02-18T14:05:00", 16101))


# ------------------------------------------------------------------------------------------------
# The Republic of Korea's Ministry of Foreign Affairs (English, UTC+09:00)
# ------------------------------------------------------------------------------------------------
post = channel("mofa_kr", "Ministry of Foreign Affairs, Republic of Korea", 2100000047, "en")

post(16201, "2025-03-22T09:00:00",
     "Foreign Minister Cho Tae-yul Holds Talks with Chinese Foreign Minister Wang Yi\n\n"
     "📍 Tokyo, March 22\n\n"
     "Foreign Minister Cho Tae-yul held talks with Wang Yi, Member of the Political Bureau of the CPC Central "
     "Committee and Minister of Foreign Affairs of China, on the margins of the 11th Korea-Japan-China Trilateral "
     "Foreign Ministers' Meeting. The two Ministers agreed to continue high-level exchanges, including on the "
     "occasion of the APEC Economic Leaders' Meeting to be hosted by Korea.\n\n"
     "#KoreaChina",
     event("Meeting", "2025-03-22", city="Tokyo", country="JP", speakers=["Cho Tae-yul"], participants=["Wang Yi"],
           orgs=["Communist Party of China", "Asia-Pacific Economic Cooperation"], countries=["KR", "CN"],
           mentioned=["KR", "CN", "JP"], inferred=True,
           notes="'held talks with' a named counterpart -> Meeting; the 📍 line dates (no year -> inferred) and "
                 "places it. The trilateral meeting is a separate event: Japan, its host, named only in it and by "
                 "the city, no side (seeds: separate meetings excluded). 'CPC Central Committee' names the CPC "
                 "(heldout3's 9504); APEC named (its leaders' meeting an event). '#KoreaChina' a bilateral "
                 "hashtag. The trilateral of 22 March 2025 in Tokyo with Cho and Wang Yi is checked in set 15 "
                 "(Reuters, AP); the bilateral on its margins is from memory, the wording written for the set."),
     media="photo", reactions=[("👍", 95)])

post(16202, "2025-08-01T01:00:00",
     "ROK-US Foreign Ministers' Meeting\n\n"
     "Foreign Minister Cho Hyun held the first ROK-US Foreign Ministers' Meeting with U.S. Secretary of State "
     "Marco Rubio in Washington, D.C. on July 31 (local time). The two Ministers welcomed the conclusion of the "
     "tariff negotiations and agreed to closely cooperate for the success of the upcoming summit between "
     "President Lee Jae-myung and President Donald Trump.\n\n"
     "#ROKUS",
     event("Meeting", "2025-07-31", city="Washington", country="US", speakers=["Cho Hyun"],
           participants=["Marco Rubio"], countries=["KR", "US"], mentioned=["KR", "US"], inferred=True,
           notes="A bilateral 'ROK-US Foreign Ministers' Meeting' held with a named counterpart -> Meeting "
                 "(heldout15's 15703, two countries joined by a hyphen); 'on July 31 (local time)' has no year "
                 "-> inferred (published 10:00 on 1 August in Seoul); 'in Washington, D.C.'. The leaders' summit "
                 "is a later event: Lee and Trump are named, not participants. 'ROK' and '#ROKUS' name South "
                 "Korea. Cho Hyun is not in kg/data (minister from July 2025). Cho Hyun's first meeting with "
                 "Rubio in Washington on Thursday 31 July 2025, after the tariff agreement and before Lee's visit, "
                 "is checked (KBS, news1global after the State Department); the wording is written for the set."),
     media="photo")

post(16203, "2025-01-14T09:00:00",
     "Foreign Minister Cho Tae-yul's Telephone Conversation with Japanese Foreign Minister Iwaya Takeshi\n\n"
     "Foreign Minister Cho Tae-yul had a telephone conversation today with Iwaya Takeshi, Minister for Foreign "
     "Affairs of Japan. The two Ministers agreed to work together so that the 60th anniversary of the "
     "normalization of Korea-Japan relations serves as an opportunity to further develop bilateral relations.",
     event("PhoneCall", "2025-01-14", speakers=["Cho Tae-yul"], participants=["Takeshi Iwaya"],
           countries=["KR", "JP"], mentioned=["JP", "KR"], inferred=True,
           notes="'Telephone Conversation' -> PhoneCall; 'today' = publication day (Tuesday 14 January, 18:00 in "
                 "Seoul); a call has no place. The counterpart named family name first ('Iwaya Takeshi', "
                 "without MOFA Japan's capitals) is kg/data's 'Takeshi Iwaya'. The 60th anniversary of 1965 is "
                 "no event of the post. Written for the set: the call is invented."))

post(16204, "2025-09-09T06:30:00",
     "Regular Press Briefing by the Spokesperson\n\n"
     "Tuesday, September 9, 2025\n\n"
     "Spokesperson Lee Jae-woong said that the Ministry is making every effort, together with the Consulate "
     "General in Atlanta, to ensure the swift return of the Korean nationals detained at a construction site in "
     "the U.S. state of Georgia, including by arranging a chartered flight.",
     event("Briefing", "2025-09-09", speakers=["Lee Jae-woong"],
           orgs=["Ministry of Foreign Affairs of the Republic of Korea", "Consulate General of the Republic of Korea "
                                                                          "in Atlanta"],
           countries=["KR"], mentioned=["KR", "US"],
           notes="A spokesperson's regular briefing -> Briefing (heldout12's guideline); the header line that is "
                 "only a full date dates it; no place written (the ministry's briefing room). 'the Ministry' in "
                 "its own channel -> listed (heldout9's 12708); the Consulate General -> '<Consulate General> of "
                 "<country> in <city>' (heldout7's 11603, judgment call). Georgia is a US state here, not the "
                 "country (not counted); the United States named, a topic; Atlanta the consulate's seat, not the "
                 "briefing's place. Lee Jae-woong as spokesperson is from memory (not checked); the detention of "
                 "Korean workers in Georgia in September 2025 is from memory of reports; the briefing is written "
                 "for the set."),
     media="video")

post(16205, "2025-06-14T02:00:00",
     "Special Travel Advisory for Israel and Iran\n\n"
     "The Ministry of Foreign Affairs has issued a special travel advisory for all regions of Israel and Iran in "
     "light of the rapidly deteriorating security situation. Korean nationals in the two countries are strongly "
     "urged to leave for a safe third country. For assistance, please contact the Consular Call Center "
     "(+82 2 3210 0404).\n\n"
     "#TravelAdvisory",
     event("Announcement", orgs=["Ministry of Foreign Affairs of the Republic of Korea"], countries=["KR"],
           mentioned=["IL", "IR", "KR"],
           notes="A travel advisory to citizens -> Announcement (heldout13's 15006); no date -> null. The ministry "
                 "named in its own channel -> listed, the Consular Call Center folded into it (heldout15's 15604). "
                 "Israel and Iran the subject, not sides or places. 'Korean nationals' names South Korea (the "
                 "channel's). Written for the set."),
     edited="2025-06-14T03:10:00")

post(16206, "2025-10-30T01:00:00",
     "Opening Remarks by Foreign Minister Cho Hyun at the APEC Ministerial Meeting\n\n"
     "Gyeongju, October 30, 2025\n\n"
     "\"Welcome to Gyeongju, the ancient capital of the Silla Kingdom. In a time of uncertainty for the "
     "multilateral trading system, APEC must remain a place where we build trust and connect our economies,\" "
     "Foreign Minister Cho Hyun said as he opened the APEC Ministerial Meeting as chair.\n\n"
     "#APEC2025KOREA",
     event("Statement", "2025-10-30", city="Gyeongju", country="KR", speakers=["Cho Hyun"],
           orgs=["Asia-Pacific Economic Cooperation"], countries=["KR"], mentioned=["KR"],
           notes="'Opening Remarks … at the APEC Ministerial Meeting' -> Statement (seeds: 'remarks at <multilateral "
                 "event>'); the dateline dates and places it ('Welcome to Gyeongju' too). APEC named (and in the "
                 "hashtag, 'KOREA' a part of it). The Silla Kingdom is historical, no country. The APEC "
                 "Ministerial Meeting in Gyeongju on 30-31 October 2025 under Cho Hyun's chair is from memory "
                 "(not checked); the remarks are written for the set."),
     media="video")

post(16207, "2025-08-01T04:00:00",
     "\"The ROK-US Alliance is the linchpin of peace and prosperity on the Korean Peninsula and in the "
     "Indo-Pacific.\" — Foreign Minister Cho Hyun",
     event("Statement", speakers=["Cho Hyun"], countries=["KR"], mentioned=["KR", "US"],
           notes="A reply to 16202: a quote card -> Statement (heldout15's 15608); a reply does not take its "
                 "parent's date -> null. 'ROK-US' names both countries; the United States a topic of the "
                 "quote, not a side (heldout15's 15608). The Korean Peninsula is a geographic feature. Written "
                 "for the set."),
     reply_to=16202, media="photo")

post(16208, "2025-01-03T00:30:00",
     "Foreign Minister Cho Tae-yul's Interview with Yonhap News Agency\n\n"
     "In an interview with Yonhap News Agency yesterday, Foreign Minister Cho Tae-yul said that Korea's foreign "
     "policy remains unchanged despite the domestic political situation, and that the Government will work to "
     "build a relationship of trust with the incoming U.S. administration.",
     event("Interview", "2025-01-02", speakers=["Cho Tae-yul"], orgs=["Yonhap News Agency"], countries=["KR"],
           mentioned=["KR", "US"], inferred=True,
           notes="'Interview with …' -> Interview; 'yesterday' from Friday 3 January (09:30 in Seoul) = Thursday "
                 "2 January; no place. Yonhap the outlet (not in kg/data). The United States a topic. Written for "
                 "the set: the interview is invented (the political crisis after the martial law of December 2024 "
                 "is from memory)."),
     media="photo")

CHANNELS["mofa_kr"]["services"].append((16209, "2025-08-01T01:05:00", 16202))


# ------------------------------------------------------------------------------------------------
# Colombia's Cancillería (Spanish, UTC-05:00)
# ------------------------------------------------------------------------------------------------
post = channel("cancilleria_co", "Cancillería de Colombia 🇨🇴", 2100000048, "es")

post(16301, "2025-01-27T04:30:00",
     "Declaración del canciller Luis Gilberto Murillo\n\n"
     "Bogotá, 26 de enero de 2025.\n\n"
     "«El Gobierno de Colombia ha superado el impasse con el Gobierno de los Estados Unidos. Recibiremos a "
     "nuestros connacionales deportados con condiciones dignas y el avión presidencial está disponible para "
     "facilitar su regreso», afirmó el canciller Luis Gilberto Murillo.",
     event("Statement", "2025-01-26", city="Bogotá", country="CO", speakers=["Luis Gilberto Murillo"],
           countries=["CO"], mentioned=["CO", "US"],
           notes="'Declaración del canciller' -> Statement; the dateline 'Bogotá, 26 de enero de 2025.' dates and "
                 "places it (published 23:30 on 26 January in Bogotá). The United States a topic, not a side. "
                 "Murillo unknown to kg/data. The dispute over deportation flights of 26 January 2025 and "
                 "Murillo's announcement that it was overcome are from memory of reports (not checked); the "
                 "quote is written for the set."),
     media="video", reactions=[("🇨🇴", 3120)])

post(16302, "2025-03-11T21:00:00",
     "Conversación telefónica entre la canciller Laura Sarabia y el canciller de Brasil, Mauro Vieira\n\n"
     "La ministra de Relaciones Exteriores, Laura Sarabia, sostuvo hoy una conversación telefónica con el "
     "ministro de Relaciones Exteriores de Brasil, Mauro Vieira. Dialogaron sobre la presidencia pro tempore de la "
     "CELAC que Colombia asumirá en abril y sobre la cooperación amazónica.",
     event("PhoneCall", "2025-03-11", speakers=["Laura Sarabia"], participants=["Mauro Vieira"],
           orgs=["Community of Latin American and Caribbean States"], countries=["CO", "BR"], mentioned=["BR", "CO"],
           inferred=True,
           notes="'conversación telefónica' -> PhoneCall (heldout15's 15602); 'hoy' = publication day (Tuesday 11 "
                 "March, 16:00 in Bogotá); a call has no place. CELAC named by its acronym. Sarabia as minister "
                 "from early 2025 to 7 July 2025 is checked (Noticias Caracol, debate.do); the call is invented "
                 "(Colombia's CELAC presidency from April 2025 is from memory)."))

post(16303, "2025-11-09T15:00:00",
     "IV Cumbre CELAC-UE en Santa Marta\n\n"
     "📍 Santa Marta, 9 y 10 de noviembre\n\n"
     "El presidente Gustavo Petro instaló la IV Cumbre de Jefes de Estado y de Gobierno de la Comunidad de Estados "
     "Latinoamericanos y Caribeños y la Unión Europea. La canciller Rosa Villavicencio destacó que Colombia, en "
     "ejercicio de la presidencia pro tempore de la CELAC, apuesta por una agenda birregional de transición "
     "energética y lucha contra el hambre.\n\n"
     "#CELACUE",
     event("MultilateralMeeting", "2025-11-09", "2025-11-10", city="Santa Marta", country="CO",
           speakers=["Gustavo Petro", "Rosa Villavicencio"],
           orgs=["Community of Latin American and Caribbean States", "European Union"], countries=["CO"],
           mentioned=["CO"], inferred=True,
           notes="A summit of two organisations the own President hosts -> MultilateralMeeting; the 📍 line's '9 y "
                 "10 de noviembre' is a range of two days (no year -> inferred). The host who opens it and the "
                 "own minister who speaks -> speakers (heldout3's 9506; heldout15's 15903). CELAC and the EU "
                 "named in full (and in the hashtag). The CELAC-EU summit in Santa Marta of 9-10 November 2025 "
                 "is from memory (not checked); Villavicencio as minister from July 2025 is checked (Noticias "
                 "Caracol, cwmas.com.co); the wording is written for the set."),
     media="photo")

post(16304, "2025-09-02T18:00:00",
     "#AvisoConsular Consulado móvil en Tampa\n\n"
     "El Consulado de Colombia en Orlando realizará un consulado móvil en Tampa, Florida (Estados Unidos), los "
     "días 13 y 14 de septiembre. Se atenderán trámites de pasaporte, cédula y registro civil, con cita previa.\n\n"
     "#ColombianosEnElExterior",
     event("Announcement", "2025-09-13", "2025-09-14", city="Tampa", country="US",
           orgs=["Consulate of Colombia in Orlando"], countries=["CO"], mentioned=["US"], inferred=True,
           notes="A consular notice ('#AvisoConsular', seeds' notice cue) -> Announcement; it announces a service "
                 "of its own, the mobile consulate, whose days ('los días 13 y 14 de septiembre', no year -> "
                 "inferred) and place (Tampa, US) are the post's (heldout15's 15705: an occasion's own day; "
                 "judgment call, a notice's date could be left out). The consulate -> '<Consulate> of <country> "
                 "in <city>' (heldout7's 11603); the ministry is not named. The United States where the service "
                 "is, no side. Written for the set."),
     edited="2025-09-03T14:00:00")

post(16305, "2025-09-16T02:00:00",
     "Comunicado de prensa\n\n"
     "El Gobierno de Colombia rechaza la decisión del Gobierno de los Estados Unidos, anunciada el 15 de "
     "septiembre, de descertificar a Colombia en la lucha contra las drogas. Ningún país ha puesto más vidas en "
     "esa lucha que Colombia.",
     event("Statement", countries=["CO"], mentioned=["CO", "US"],
           notes="A press communiqué rejecting a decision -> Statement (seeds); the only date is the US decision's, "
                 "another event's -> null (heldout15's 15605). The United States the subject, not a side; no "
                 "person named. The US decertification of Colombia of 15 September 2025 is from memory; the "
                 "communiqué is written for the set."))

post(16306, "2025-05-13T09:00:00",
     "IV Reunión Ministerial del Foro China-CELAC\n\n"
     "Beijing, 13 de mayo. La canciller Laura Sarabia copresidió junto al ministro de Relaciones Exteriores de "
     "China, Wang Yi, la IV Reunión Ministerial del Foro China-CELAC, en la que Colombia participa como presidencia "
     "pro tempore de la Comunidad de Estados Latinoamericanos y Caribeños.",
     event("MultilateralMeeting", "2025-05-13", city="Beijing", country="CN", speakers=["Laura Sarabia"],
           participants=["Wang Yi"], orgs=["Community of Latin American and Caribbean States"],
           countries=["CO", "CN"], mentioned=["CN", "CO"], inferred=True,
           notes="A ministerial meeting of a forum the own minister co-chairs -> MultilateralMeeting (heldout3's "
                 "9506); the dateline 'Beijing, 13 de mayo.' has no year -> inferred (published 04:00 in Bogotá, "
                 "16:00 in Beijing, the same day). The co-chair of another country a participant, China a side "
                 "(seeds: co-chairs). The China-CELAC Forum is a format of CELAC with China, not listed apart "
                 "(judgment call); CELAC named in full. The fourth ministerial of the China-CELAC Forum in Beijing "
                 "on 13 May 2025 is from memory (not checked); Sarabia's co-chairing is written for the set."),
     media="photo")

post(16307, "2025-08-05T17:00:00",
     "Entrevista de la canciller Rosa Villavicencio en Caracol Radio\n\n"
     "Esta mañana, la canciller Rosa Villavicencio habló en Caracol Radio sobre la relación con los Estados Unidos, "
     "la situación en la frontera con Venezuela y la reforma del servicio exterior.",
     event("Interview", "2025-08-05", speakers=["Rosa Villavicencio"], orgs=["Caracol Radio"], countries=["CO"],
           mentioned=["US", "VE"], inferred=True,
           notes="'Entrevista' -> Interview; 'Esta mañana' = publication day (Tuesday 5 August, 12:00 in Bogotá); "
                 "no place. Caracol Radio the outlet. The United States and Venezuela topics. Written for the set: "
                 "the interview is invented."),
     media="video")

post(16308, "2025-01-16T20:00:00",
     "El canciller Murillo se reunió con el ministro de Asuntos Exteriores de España, José Manuel Albares\n\n"
     "📍 Bogotá\n\n"
     "El canciller Luis Gilberto Murillo recibió hoy en el Palacio de San Carlos al ministro de Asuntos "
     "Exteriores, Unión Europea y Cooperación de España, José Manuel Albares. Los cancilleres revisaron la agenda "
     "de cooperación para la paz y la migración regular de colombianos a España.\n\n"
     "#ColombiaEspaña",
     event("Meeting", "2025-01-16", city="Bogotá", country="CO", speakers=["Luis Gilberto Murillo"],
           participants=["José Manuel Albares"], countries=["CO", "ES"], mentioned=["ES", "CO"], inferred=True,
           notes="'se reunió con' / 'recibió' a named counterpart -> Meeting; 'hoy' = publication day (Thursday 16 "
                 "January, 15:00 in Bogotá); the 📍 line names Bogotá (the Palacio de San Carlos, the ministry's "
                 "seat, a building in it). The Spanish minister's title names his ministry ('Asuntos Exteriores, "
                 "Unión Europea y Cooperación'): an office, not an organisation of the post (heldout13's 15008); "
                 "'Unión Europea' in it is part of the title (judgment call). '#ColombiaEspaña' a bilateral "
                 "hashtag. Written for the set: this meeting is invented."),
     media="photo", edited="2025-01-16T21:30:00")

CHANNELS["cancilleria_co"]["services"].append((16309, "2025-11-09T15:05:00", 16303))


# ------------------------------------------------------------------------------------------------
# Senegal's Ministry of African Integration and Foreign Affairs (French, UTC+00:00)
# ------------------------------------------------------------------------------------------------
post = channel("diplomatie_sn", "Ministère de l'Intégration africaine et des Affaires étrangères 🇸🇳", 2100000049,
               "fr")

post(16401, "2025-03-03T17:00:00",
     "La ministre Yassine Fall a reçu en audience l'ambassadrice de France au Sénégal\n\n"
     "📍 Dakar\n\n"
     "Ce lundi 3 mars 2025, Madame Yassine Fall, ministre de l'Intégration africaine et des Affaires étrangères, a "
     "reçu en audience Son Excellence Madame Christine Fages, ambassadrice de France au Sénégal. Les échanges ont "
     "porté sur le processus de rétrocession des emprises militaires françaises et sur la coopération "
     "bilatérale.",
     event("Meeting", "2025-03-03", city="Dakar", country="SN", speakers=["Yassine Fall"],
           participants=["Christine Fages"], countries=["SN", "FR"], mentioned=["FR", "SN"],
           notes="'a reçu en audience' a named guest -> Meeting (seeds: 'received'); 'Ce lundi 3 mars 2025' has "
                 "its year -> not inferred; the 📍 line names Dakar. The ambassador a participant, France a side "
                 "(seeds: each participant's country). The minister's title names her ministry: an office "
                 "(heldout13's 15008), not listed. Christine Fages as France's ambassador is from memory; the "
                 "handover of French bases in 2025 is from memory; the audience is written for the set."),
     media="photo", reactions=[("👍", 214)])

post(16402, "2025-01-30T16:00:00",
     "Entretien téléphonique avec le ministre des Affaires étrangères du Mali\n\n"
     "Ce jeudi, la ministre Yassine Fall s'est entretenue au téléphone avec son homologue malien, Abdoulaye Diop. "
     "Les deux ministres ont évoqué les relations entre la CEDEAO et la Confédération des États du Sahel (AES) après "
     "le retrait effectif du Mali, du Burkina Faso et du Niger de la Communauté.",
     event("PhoneCall", "2025-01-30", speakers=["Yassine Fall"], participants=["Abdoulaye Diop"],
           orgs=["Economic Community of West African States", "Alliance of Sahel States"], countries=["SN", "ML"],
           mentioned=["ML", "BF", "NE"], inferred=True,
           notes="'Entretien téléphonique' / 's'est entretenue au téléphone avec' -> PhoneCall (heldout15's "
                 "15901); 'Ce jeudi' = publication day (Thursday 30 January, 16:00 in Dakar); a call has no "
                 "place. 'son homologue malien' makes Mali the counterpart's country and a side. The CEDEAO is "
                 "ECOWAS, the AES the Alliance (Confederation) of Sahel States. Burkina Faso and Niger topics. "
                 "Abdoulaye Diop as Mali's foreign minister and the withdrawal of 29 January 2025 are from memory; "
                 "the call is invented."))

post(16403, "2025-06-20T19:00:00",
     "Conseil des ministres de la CEDEAO\n\n"
     "Abuja (Nigeria), les 19 et 20 juin 2025 – La ministre de l'Intégration africaine et des Affaires "
     "étrangères, Madame Yassine Fall, a pris part à la 54e session ordinaire du Conseil des ministres de la "
     "CEDEAO, préparatoire au sommet des chefs d'État et de gouvernement de l'organisation.\n\n"
     "#CEDEAO",
     event("MultilateralMeeting", "2025-06-19", "2025-06-20", city="Abuja", country="NG", speakers=["Yassine Fall"],
           orgs=["Economic Community of West African States"], countries=["SN"], mentioned=["NG"],
           notes="'a pris part à la … session … du Conseil des ministres' -> MultilateralMeeting (seeds: 'took part "
                 "in' a council); the dateline's range 'les 19 et 20 juin 2025' dates it, 'Abuja (Nigeria)' "
                 "places it. Nigeria the host, named only in the dateline: no side (heldout15's 15603). The "
                 "council and the summit folded into ECOWAS (seeds), also in the hashtag. An ECOWAS council of "
                 "ministers in Abuja before the summit of 22 June 2025 is from memory (its number and days not "
                 "checked); Fall's part is written for the set."),
     media="photo")

post(16404, "2025-09-10T11:00:00",
     "Communiqué\n\n"
     "Le Ministère de l'Intégration africaine et des Affaires étrangères condamne avec la plus grande fermeté les "
     "frappes israéliennes du 9 septembre 2025 à Doha, qui constituent une violation flagrante de la souveraineté "
     "de l'État du Qatar, pays médiateur. Le Sénégal exprime sa solidarité au peuple et au Gouvernement qatariens.",
     event("Statement", orgs=["Ministry of African Integration and Foreign Affairs"], countries=["SN"],
           mentioned=["IL", "QA", "SN"],
           notes="A communiqué of condemnation -> Statement (seeds); the only date is the strikes', another event's "
                 "-> null (heldout14's 15202). The ministry names itself -> listed ('Ministry of African "
                 "Integration and Foreign Affairs', its usual English name; not in kg/data). Doha is the strikes' "
                 "place, not the post's. 'israéliennes' names Israel (seeds: adjectives), 'qatariens' Qatar; both "
                 "the subject, not sides. Israel's strike in Doha of 9 September 2025 "
                 "is from memory; the communiqué is written for the set (published after Fall had left office, "
                 "with no minister named)."))

post(16405, "2025-03-18T12:00:00",
     "Avis aux Sénégalais établis en Mauritanie\n\n"
     "Le Ministère de l'Intégration africaine et des Affaires étrangères invite nos compatriotes établis en "
     "Mauritanie à régulariser leur situation administrative et à se rapprocher de l'Ambassade du Sénégal à "
     "Nouakchott pour toute assistance. Une cellule d'écoute est joignable au +221 33 889 13 00.\n\n"
     "#SénégalaisDeLExtérieur",
     event("Announcement", orgs=["Ministry of African Integration and Foreign Affairs", "Embassy of Senegal in "
                                                                                      "Mauritania"],
           countries=["SN"], mentioned=["MR", "SN"],
           notes="A notice to citizens abroad ('Avis aux …') -> Announcement (heldout13's 15006); no date -> null. "
                 "The ministry named in its own channel -> listed; 'l'Ambassade du Sénégal à Nouakchott' -> "
                 "'<Embassy> of <country> in <host country>' (heldout7's 11603). Mauritania named, not a side or "
                 "place. Written for the set (Mauritania's expulsions of West African migrants in March 2025, "
                 "its occasion, are from memory)."),
     edited="2025-03-18T15:45:00")

post(16406, "2025-05-05T08:00:00",
     "Visite officielle de la ministre Yassine Fall en Turquie\n\n"
     "📍 Ankara, 5-6 mai\n\n"
     "La ministre de l'Intégration africaine et des Affaires étrangères, Yassine Fall, effectue une visite "
     "officielle en Turquie. Elle aura des entretiens avec le ministre des Affaires étrangères de la République de "
     "Turquie, Hakan Fidan, sur le commerce, l'investissement et la formation.",
     event("Visit", "2025-05-05", "2025-05-06", city="Ankara", country="TR", speakers=["Yassine Fall"],
           participants=["Hakan Fidan"], countries=["SN", "TR"], mentioned=["TR"], inferred=True,
           notes="'Visite officielle' in the title -> Visit (heldout14's 15106; the talks are part of it); the 📍 "
                 "line's range has no year -> inferred. The host minister named -> participant (heldout15's "
                 "15708). Written for the set: this visit is invented."),
     media="photo")

post(16407, "2025-07-22T15:00:00",
     "Conférence de presse conjointe Sénégal – Gambie\n\n"
     "Aujourd'hui à Dakar, la ministre Yassine Fall et son homologue gambien, Mamadou Tangara, ont animé une "
     "conférence de presse conjointe à l'issue de la session de la Commission mixte de coopération entre les deux "
     "pays.",
     event("PressConference", "2025-07-22", city="Dakar", country="SN", speakers=["Yassine Fall"],
           participants=["Mamadou Tangara"], countries=["SN", "GM"], mentioned=["SN", "GM"], inferred=True,
           notes="'conférence de presse conjointe' -> PressConference (seeds' precedence); 'Aujourd'hui à Dakar' "
                 "dates (Tuesday 22 July, 15:00 in Dakar) and places it. The own minister the speaker, the guest "
                 "a participant (heldout14's 15408, heldout15's 15601). The joint commission is a format, not "
                 "listed. Mamadou Tangara as The Gambia's foreign minister is from memory; the press conference "
                 "is written for the set."),
     media="video")

post(16408, "2025-06-30T14:00:00",
     "Discours de la ministre Yassine Fall à la Conférence de Séville\n\n"
     "Séville, le 30 juin 2025 – « L'Afrique ne demande pas la charité, mais une architecture financière "
     "internationale juste », a déclaré la ministre Yassine Fall à la quatrième Conférence internationale des "
     "Nations unies sur le financement du développement.\n\n"
     "#FfD4",
     event("Statement", "2025-06-30", city="Sevilla", country="ES", speakers=["Yassine Fall"],
           orgs=["United Nations"], countries=["SN"], mentioned=[],
           notes="'Discours … à la Conférence' a speech at a multilateral meeting -> Statement (heldout13's "
                 "guideline); the dateline dates and places it (GeoNames' 'Sevilla'). The UN named ('Nations "
                 "unies'); the conference an event. Spain, the host, not named: no side. Africa a continent. "
                 "The Fourth International Conference on Financing for Development in Seville of 30 June-3 July "
                 "2025 is from memory; Fall's speech is written for the set."),
     media="video")

CHANNELS["diplomatie_sn"]["services"].append((16409, "2025-03-03T17:05:00", 16401))


# ------------------------------------------------------------------------------------------------
# Iran's Ministry of Foreign Affairs (English, UTC+03:30)
# ------------------------------------------------------------------------------------------------
post = channel("mfa_ir", "Iran Foreign Ministry", 2100000050, "en")

post(16501, "2025-04-12T16:00:00",
     "Iran, US hold indirect talks in Muscat\n\n"
     "📍 Muscat, April 12\n\n"
     "Foreign Minister Seyed Abbas Araghchi and US Special Envoy Steve Witkoff held indirect talks in Muscat, "
     "with Omani Foreign Minister Badr Albusaidi conveying the two sides' positions. Araghchi described the talks "
     "as constructive and said the next round will be held next week.",
     event("Meeting", "2025-04-12", city="Muscat", country="OM", speakers=["Abbas Araghchi"],
           participants=["Steve Witkoff", "Badr Albusaidi"], countries=["IR", "US", "OM"], mentioned=["US", "OM", "IR"],
           inferred=True,
           notes="'held indirect talks' with a named counterpart -> Meeting (seeds: talks); the 📍 line dates (no "
                 "year -> inferred) and places it. The own minister the speaker; the US envoy and the Omani "
                 "mediator, the host who received both, participants and their countries sides (seeds: hosts "
                 "received by; judgment call: Oman is a mediator, not a party). 'Seyed Abbas Araghchi' is kg/data's "
                 "'Abbas Araghchi'. The Muscat talks of Saturday 12 April 2025 with Witkoff, mediated by "
                 "Albusaidi, are checked (Mehr, MENAFN, ifpnews); the wording is written for the set."),
     media="photo", reactions=[("👍", 1630)])

post(16502, "2025-06-15T08:00:00",
     "FM Araghchi, Qatari counterpart discuss Israeli aggression in phone call\n\n"
     "In a phone call on Saturday evening, Foreign Minister Abbas Araghchi and Qatar's Prime Minister and Foreign "
     "Minister Sheikh Mohammed bin Abdulrahman Al Thani discussed the Israeli regime's aggression against Iran. "
     "Araghchi said Iran's response was an act of legitimate self-defense.",
     event("PhoneCall", "2025-06-14", speakers=["Abbas Araghchi"], participants=["Mohammed bin Abdulrahman Al Thani"],
           countries=["IR", "QA"], mentioned=["QA", "IL", "IR"], inferred=True,
           notes="'in a phone call' -> PhoneCall; 'on Saturday evening' from Sunday 15 June (11:30 in Tehran) = "
                 "Saturday 14 June; a call has no place. Israel a topic ('Israeli regime'). Written for the set: "
                 "the call is invented (Israel's strikes on Iran from 13 June 2025 are from memory)."))

post(16503, "2025-06-22T06:00:00",
     "Statement of the Ministry of Foreign Affairs of the Islamic Republic of Iran\n\n"
     "The Ministry of Foreign Affairs strongly condemns the military aggression of the United States against "
     "Iran's peaceful nuclear facilities in Fordow, Natanz and Isfahan, which were under the safeguards of the "
     "International Atomic Energy Agency. Iran calls on the UN Security Council to act without delay and "
     "reserves all its options to defend its sovereignty.",
     event("Statement", orgs=["Ministry of Foreign Affairs of Iran", "International Atomic Energy Agency",
                              "United Nations Security Council"],
           countries=["IR"], mentioned=["US", "IR"],
           notes="'Statement of the Ministry …' -> Statement; no date written (the strikes are that night's, not "
                 "named by a day) -> null. The ministry names itself -> listed; the IAEA and the UN Security "
                 "Council named (seeds: UN principal organs kept). Fordow, Natanz and Isfahan are the strikes' "
                 "places, not the post's. The United States the subject, not a side. The US strikes of 22 June "
                 "2025 on the three sites are from memory; the statement is written for the set."))

post(16504, "2025-09-08T07:00:00",
     "Weekly press conference of Foreign Ministry Spokesman Esmaeil Baghaei\n\n"
     "Tehran, Monday, 8 September 2025\n\n"
     "Spokesman Esmaeil Baghaei told reporters that the move by France, Germany and the United Kingdom to trigger "
     "the snapback mechanism has no legal basis, and that Iran's cooperation with the IAEA will continue within "
     "the framework set by the law passed by the Islamic Consultative Assembly.",
     event("PressConference", "2025-09-08", city="Tehran", country="IR", speakers=["Esmaeil Baghaei"],
           orgs=["Ministry of Foreign Affairs of Iran", "International Atomic Energy Agency",
                 "Islamic Consultative Assembly"],
           countries=["IR"], mentioned=["FR", "DE", "GB", "IR"],
           notes="'press conference' in the title -> PressConference (seeds' wording; a spokesman's weekly one could "
                 "be a Briefing, heldout12's guideline: judgment call); the dateline dates and places it. "
                 "'Foreign Ministry Spokesman' names the ministry (seeds); the IAEA and Iran's parliament named. "
                 "France, Germany and the United Kingdom topics (the snapback), not sides. Baghaei not in "
                 "kg/data. His Monday press conferences are a fact; this one is written for the set (the E3's "
                 "snapback of 28 August 2025 is from memory)."),
     media="video")

post(16505, "2025-07-15T09:00:00",
     "FM Araghchi's address to the SCO Council of Foreign Ministers\n\n"
     "Tianjin, July 15 — In his address to the meeting of the Council of Foreign Ministers of the Shanghai "
     "Cooperation Organization, Foreign Minister Abbas Araghchi called on member states to take a collective stand "
     "against the violation of Iran's sovereignty and the unlawful use of force.\n\n"
     "#SCO",
     event("Statement", "2025-07-15", city="Tianjin", country="CN", speakers=["Abbas Araghchi"],
           orgs=["Shanghai Cooperation Organisation"], countries=["IR"], mentioned=["IR"], inferred=True,
           notes="An address to a ministers' council -> Statement (heldout13's guideline, heldout15's 15804); the "
                 "dateline 'Tianjin, July 15' has no year -> inferred. China the host, not named: no side. The "
                 "SCO named in full (the American spelling 'Organization') and by the hashtag. The SCO council in "
                 "Tianjin of 15 July 2025 is checked in set 15; Araghchi's part in it is from memory, the address "
                 "written for the set."),
     media="photo")

post(16506, "2025-09-09T16:00:00",
     "Today in Cairo, in the presence of my dear brother Badr Abdelatty, I met with IAEA Director General Rafael "
     "Grossi and we signed an understanding on a new modality of cooperation between Iran and the Agency. It "
     "reflects Iran's good faith; any hostile action against Iran will render it void.",
     event("Meeting", "2025-09-09", city="Cairo", country="EG", speakers=["Abbas Araghchi"],
           participants=["Rafael Grossi", "Badr Abdelatty"], orgs=["International Atomic Energy Agency"],
           countries=["IR", "EG"], mentioned=["IR"], inferred=True,
           notes="Forwarded from the minister's own channel, in the first person -> his act (heldout14's 15108, "
                 "heldout15's 15607); 'I met with' a named counterpart -> Meeting (the signing is part of it); "
                 "'Today' = publication day (Tuesday 9 September, 19:30 in Tehran); 'in Cairo'. The IAEA's head "
                 "and the Egyptian host ('in the presence of') participants; Egypt a side (host acting), the IAEA "
                 "official no country (heldout3's guideline). The Cairo understanding of 9 September 2025 between "
                 "Araghchi and Grossi, with Abdelatty, is from memory of reports (not checked); the wording is "
                 "written for the set."),
     forwarded="Seyed Abbas Araghchi", media="photo")

post(16507, "2025-04-17T06:00:00",
     "Araghchi arrives in Moscow\n\n"
     "📍 Moscow\n\n"
     "Foreign Minister Abbas Araghchi arrived in Moscow today on an official visit. He is to deliver a message from "
     "the Leader of the Islamic Revolution to President Vladimir Putin and hold talks with Russian Foreign Minister "
     "Sergey Lavrov on the latest developments in the talks with the United States.",
     event("Visit", "2025-04-17", city="Moscow", country="RU", speakers=["Abbas Araghchi"],
           participants=["Vladimir Putin", "Sergey Lavrov"], countries=["IR", "RU"], mentioned=["RU", "US"],
           inferred=True,
           notes="'arrives in Moscow … on an official visit' -> Visit (heldout14's 15106); 'today' = publication day "
                 "(Thursday 17 April, 09:30 in Tehran); the 📍 line names Moscow. The hosts he is to meet, named, "
                 "participants (heldout15's 15708, 'will hold a meeting with'); the Leader, unnamed, the sender "
                 "of the message, no one. The United States a topic. Araghchi's visit to Moscow of 17-18 April "
                 "2025 with a letter from Khamenei to Putin is from memory of reports (not checked); the wording "
                 "is written for the set."),
     edited="2025-04-17T07:30:00")

post(16508, "2025-07-03T10:00:00",
     "Araghchi: Diplomacy requires guarantees of no further attacks\n\n"
     "In an interview with Al Jazeera on Wednesday, Foreign Minister Abbas Araghchi said that any return to "
     "negotiations with the United States requires a guarantee that Iran will not be attacked again during the "
     "talks.",
     event("Interview", "2025-07-02", speakers=["Abbas Araghchi"], orgs=["Al Jazeera"], countries=["IR"],
           mentioned=["US", "IR"], inferred=True,
           notes="'In an interview with …' -> Interview (the title is the quote's gist, 'Araghchi:' before words; the "
                 "body's first sentence names the interview); 'on Wednesday' from Thursday 3 July (13:30 in "
                 "Tehran) = Wednesday 2 July; no place. Al Jazeera the outlet; the United States a topic. "
                 "Written for the set: the interview is invented."),
     media="video")

CHANNELS["mfa_ir"]["services"].append((16509, "2025-04-12T16:05:00", 16501))


def main() -> None:
    guidelines = ("Hand-annotated gold for kg over tests/data/heldout16/*/result.json: a sixteenth held-out set of "
                  "five foreign ministries' channels new to the held-out sets (Russia's Ministry of Foreign Affairs "
                  "in Russian, the Republic of Korea's Ministry of Foreign Affairs in English, Colombia's Cancillería "
                  "in Spanish, Senegal's Ministry of African Integration and Foreign Affairs in French, Iran's "
                  "Ministry of Foreign Affairs in English), written and annotated before kg was run on them. Posts "
                  "are found by message_id (16101 and up, one block of a hundred per channel, apart from the other "
                  "sets'). The annotation follows the guidelines of tests/data/gold/seeds.json and the fifteen "
                  "earlier held-out golds; relative days ('Вчера', 'today', 'yesterday', 'hoy', 'Esta mañana', 'Ce "
                  "jeudi', 'Aujourd'hui', 'on Saturday evening', 'on Wednesday', 'Today') are resolved from the "
                  "publication time in the channel's own time zone (Moscow +03:00, Seoul +09:00, Bogotá -05:00, "
                  "Dakar +00:00, Tehran +03:30); a dateline, a 📍 line, a header line that is only a date or a date "
                  "in the title dates and places it; a range ('9 y 10 de noviembre', 'les 19 et 20 juin 2025', '5-6 "
                  "mai', 'los días 13 y 14 de septiembre') gives date and end_date; a date that belongs to another "
                  "event (a decision, strikes) is not the post's; a reply does not take its parent's date; a post "
                  "forwarded from a minister's or spokeswoman's own channel in the first person is that person's "
                  "act; the own official is the speaker, the other side participants, a delegation's named members "
                  "all speakers; a joint press conference has the guest as a participant; a speech at a multilateral "
                  "meeting is a Statement; a notice to citizens is an Announcement, dated only by a service of its "
                  "own it announces; a host country named but not acting is no side; names are given in their "
                  "usual English form (known people and organisations as kg/data's English labels spell them: "
                  "'Sergey Lavrov' for 'С.В.Лавров', 'Yury Ushakov', 'Maria Zakharova', 'Sergey Ryabkov', 'Mikhail "
                  "Galuzin', 'Cho Tae-yul', 'Takeshi Iwaya' for 'Iwaya Takeshi', 'Abbas Araghchi' for 'Seyed Abbas "
                  "Araghchi', 'Badr Albusaidi', 'Mohammed bin Abdulrahman Al Thani', 'Ministry of Foreign Affairs of "
                  "the Russian Federation', 'Economic Community of West African States' for 'CEDEAO', 'Alliance of "
                  "Sahel States' for 'AES'), cities as GeoNames names them ('Riyadh', 'Washington', 'Gyeongju', "
                  "'Bogotá', 'Santa Marta', 'Sevilla', 'Muscat'). date_inferred = the year, or the day itself "
                  "('today', a weekday), is not written. notes record judgment calls.")
    h3.write(CHANNELS, HERE, HERE.parent / "gold" / "heldout16.json", guidelines)


if __name__ == "__main__":
    main()
