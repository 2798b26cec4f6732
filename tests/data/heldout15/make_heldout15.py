"""Write the fifteenth held-out set (one Telegram Desktop ``result.json`` per channel) and its gold.

The first fourteen held-out sets (tests/data/heldout/ to heldout14/) have all been used, or are being used,
to tune kg's rules, so their scores now flatter kg. This fifteenth set is a fresh measure of what to
expect on a typical new channel after the tuning of sets 12 to 14, on five foreign ministries: Mexico's
Secretaría de Relaciones Exteriores in Spanish ("el canciller Juan Ramón de la Fuente", "se reunió con",
"llamada telefónica", CELAC, notices to Mexicans abroad), Japan's Ministry of Foreign Affairs in its own
English (family names in capitals first: "Mr. IWAYA Takeshi, Minister for Foreign Affairs", "Prime Minister
ISHIBA Shigeru", "Japan-X Foreign Ministers' Meeting", "telephone talk", Expo 2025 Osaka, Kansai), Belarus's
Ministry of Foreign Affairs in Russian ("Министр иностранных дел Беларуси Максим Рыженков", "провел
переговоры с", "телефонный разговор", the CIS, the EAEU, the SCO), Global Affairs Canada in French ("la
ministre des Affaires étrangères, Mélanie Joly", then Anita Anand, "s'est entretenue avec", Canada's G7
presidency and the Kananaskis summit) and Italy's Farnesina in Italian ("il Vicepresidente del Consiglio e
Ministro degli Esteri Antonio Tajani", "ha incontrato", "colloquio telefonico", the Ukraine Recovery
Conference in Rome). The five ministries' channels are new exports, but the third and fourth sets had
channels of the same ministries (Farnesina, SRE México and МИД Беларуси in set 3; MOFA Japan and Affaires
mondiales Canada in set 4), with other ministers and other posts (see heldout15-findings.md). The posts
are written in those channels' styles about real people, places, organisations and events of 2024-2025;
they are not copies of real posts. The gold was written by hand from the texts below, by the guidelines
of tests/data/gold/seeds.json and the fourteen earlier held-out golds, before kg was run on them, and is
not to be changed to match kg.

Run ``python tests/data/heldout15/make_heldout15.py`` to rewrite the exports and
tests/data/gold/heldout15.json from this file (the output is deterministic). The export-writing
helpers are the third set's (tests/data/heldout3/make_heldout3.py, imported, not copied; importing it
writes nothing). Message ids are 15601 and up, one block of a hundred per channel (15601-, 15701-,
15801-, 15901-, 16001-), apart from the other sets' (101-608, 9001-15509), since the scorer finds an
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

# The exporting machine's clock is Mexico City's (UTC-06:00, no summer time since 2022): an export's "date"
# is local to it, "date_unixtime" is UTC. (h3.new_set sets it for this process only.)
CHANNELS, channel = h3.new_set(timezone(timedelta(hours=-6)))


# ------------------------------------------------------------------------------------------------
# Mexico's Secretaría de Relaciones Exteriores (Spanish, UTC-06:00)
# ------------------------------------------------------------------------------------------------
post = channel("sre_mx", "Relaciones Exteriores 🇲🇽", 2100000041, "es")

post(15601, "2025-09-03T19:30:00",
     "**El canciller Juan Ramón de la Fuente y el secretario de Estado Marco Rubio ofrecen conferencia de prensa "
     "conjunta**\n\n"
     "📍 Ciudad de México\n\n"
     "Tras la reunión de la presidenta Claudia Sheinbaum con el secretario de Estado de Estados Unidos, Marco Rubio, "
     "en Palacio Nacional, el canciller Juan Ramón de la Fuente y el secretario Rubio ofrecieron hoy una conferencia "
     "de prensa conjunta. Anunciaron la creación de un grupo de implementación en materia de seguridad entre México "
     "y Estados Unidos, con pleno respeto a la soberanía de ambos países.",
     event("PressConference", "2025-09-03", city="Mexico City", country="MX", speakers=["Juan Ramón de la Fuente"],
           participants=["Marco Rubio"], countries=["MX", "US"], mentioned=["US", "MX"], inferred=True,
           notes="'conferencia de prensa conjunta' -> PressConference (seeds' precedence over the meeting it "
                 "follows); 'hoy' = publication day (Wednesday 3 September, 13:30 in Mexico City); the 📍 line "
                 "names Mexico City. The own minister the speaker, the guest a participant (heldout14's 15408, a "
                 "joint press conference). Sheinbaum's meeting with Rubio is a separate meeting before it: she is "
                 "no speaker or participant of the press conference (seeds: counterparts of separate meetings are "
                 "excluded; judgment call, disputable). Palacio Nacional is that meeting's building. Rubio's "
                 "visit of 2-3 September 2025, Sheinbaum's meeting and the joint press conference with De la "
                 "Fuente are checked (larevista.com.mx, Infobae); the wording is written for the set."),
     media="photo", reactions=[("👍", 1840), ("🇲🇽", 655)])

post(15602, "2025-03-05T18:00:00",
     "Llamada telefónica con la canciller de Canadá\n\n"
     "El secretario de Relaciones Exteriores, Juan Ramón de la Fuente, sostuvo hoy una llamada telefónica con la "
     "ministra de Asuntos Exteriores de Canadá, Mélanie Joly. Ambos coincidieron en la importancia de preservar la "
     "integración económica de América del Norte frente a los aranceles anunciados por el gobierno de Estados "
     "Unidos.",
     event("PhoneCall", "2025-03-05", speakers=["Juan Ramón de la Fuente"], participants=["Mélanie Joly"],
           countries=["MX", "CA"], mentioned=["CA", "US"], inferred=True,
           notes="'llamada telefónica' -> PhoneCall (heldout14's 15102); 'hoy' = publication day (Wednesday 5 "
                 "March, 12:00 in Mexico City); a call has no place. 'secretario de Relaciones Exteriores' is his "
                 "title and does not name his ministry (heldout13's 15008). The United States a topic (the "
                 "tariffs), not a side. Written for the set: the call is invented."))

post(15603, "2025-04-08T23:00:00",
     "Reunión de Cancilleres de la CELAC\n\n"
     "Tegucigalpa, Honduras, 8 de abril de 2025.\n\n"
     "El canciller Juan Ramón de la Fuente participó en la Reunión de Ministras y Ministros de Relaciones Exteriores "
     "de la Comunidad de Estados Latinoamericanos y Caribeños (CELAC), previa a la IX Cumbre de Jefas y Jefes de "
     "Estado y de Gobierno. México reiteró su compromiso con la integración regional y el diálogo político.\n\n"
     "#CELAC",
     event("MultilateralMeeting", "2025-04-08", city="Tegucigalpa", country="HN", speakers=["Juan Ramón de la Fuente"],
           orgs=["Community of Latin American and Caribbean States"], countries=["MX"], mentioned=["HN", "MX"],
           notes="'participó en la Reunión de … Ministros de Relaciones Exteriores' -> MultilateralMeeting (seeds: "
                 "'took part in'); the dateline dates and places it. Honduras the host, named only in the "
                 "dateline: no side (heldout14's 15503). CELAC named in full, by its acronym and hashtag. The "
                 "CELAC summit in Tegucigalpa on 9 April 2025 is from memory; the ministers' meeting of 8 April "
                 "and De la Fuente's part in it are written for the set (not checked)."),
     media="photo")

post(15604, "2025-01-20T16:00:00",
     "Aviso a las personas mexicanas en Estados Unidos\n\n"
     "La Secretaría de Relaciones Exteriores recuerda a nuestras y nuestros connacionales que la red de 53 consulados "
     "de México en Estados Unidos está a su disposición. Ante cualquier situación migratoria, comuníquese al Centro "
     "de Información y Asistencia a Personas Mexicanas (CIAM), disponible las 24 horas.\n\n"
     "#ProtecciónConsular #EstamosContigo",
     event("Announcement", orgs=["Secretariat of Foreign Affairs of Mexico"], countries=["MX"],
           mentioned=["US", "MX"],
           notes="A notice to citizens abroad -> Announcement (heldout13's 15006); no date -> null. The ministry "
                 "named in its own channel -> listed (heldout9's 12708); the CIAM, its call centre, and the "
                 "consulates are folded into it (heldout14's 15206: 'the Consular Section of the Embassy'; "
                 "judgment call). The United States where the consulates are, not a side. Written for the set "
                 "(published on the day of Trump's inauguration, which it does not name)."),
     edited="2025-01-20T17:30:00")

post(15605, "2025-04-23T17:00:00",
     "Comunicado: México condena el ataque terrorista en la India\n\n"
     "El Gobierno de México condena enérgicamente el ataque terrorista perpetrado el 22 de abril en Pahalgam, Jammu "
     "y Cachemira, que cobró la vida de 26 personas. México expresa sus condolencias al pueblo y al Gobierno de la "
     "India y su solidaridad con las familias de las víctimas.",
     event("Statement", countries=["MX"], mentioned=["MX", "IN"],
           notes="A communiqué of condemnation -> Statement (seeds); the only date is the attack's, another "
                 "event's -> null (heldout14's 15202). India the subject, not a side; the channel's country the "
                 "side. Pahalgam is the attack's place, not the post's. No person named. The attack of 22 April "
                 "2025 is from memory; the communiqué is written for the set."))

post(15606, "2025-01-21T14:00:00",
     "Entrevista del canciller De la Fuente en W Radio\n\n"
     "Anoche, en entrevista con W Radio, el canciller Juan Ramón de la Fuente habló sobre la toma de posesión del "
     "presidente Donald Trump y las medidas de apoyo a las personas mexicanas en Estados Unidos.",
     event("Interview", "2025-01-20", speakers=["Juan Ramón de la Fuente"], orgs=["W Radio"], countries=["MX"],
           mentioned=["MX", "US"], inferred=True,
           notes="'entrevista' -> Interview; 'Anoche' from Tuesday 21 January (08:00 in Mexico City) = Monday 20 "
                 "January; no place. Trump named as a topic, no participant (heldout14's 15501). 'mexicanas' "
                 "names Mexico only as the people's nationality (counted: seeds, adjectives). The inauguration "
                 "of 20 January 2025 is a fact; the interview is written for the set."),
     media="video")

post(15607, "2025-02-03T16:30:00",
     "Hoy tuvimos una buena conversación telefónica con el presidente Donald Trump, con respeto a nuestra relación "
     "y a nuestra soberanía. Acordamos que México reforzará de inmediato la frontera norte y que los aranceles se "
     "pausan por un mes mientras nuestros equipos trabajan en seguridad y comercio.",
     event("PhoneCall", "2025-02-03", speakers=["Claudia Sheinbaum"], participants=["Donald Trump"],
           countries=["MX", "US"], mentioned=["MX"], inferred=True,
           notes="Forwarded from the President's own channel, in the first person -> her act (heldout14's 15108, "
                 "heldout3's guideline); 'conversación telefónica' -> PhoneCall; 'Hoy' = publication day (Monday "
                 "3 February, 10:30 in Mexico City). Trump the counterpart, the United States a side though not "
                 "named (a person's country follows from him, heldout14's 15103). The call of 3 February 2025 "
                 "and the month's pause of the tariffs are from memory of reports (usa.news.o-abroad.com mentions "
                 "the agreement); the wording is written for the set."),
     forwarded="Claudia Sheinbaum Pardo")

post(15608, "2025-09-03T22:00:00",
     "Canciller Juan Ramón de la Fuente: «La cooperación con Estados Unidos se construye con confianza mutua y "
     "con respeto a la soberanía».",
     event("Statement", speakers=["Juan Ramón de la Fuente"], countries=["MX"], mentioned=["US"],
           notes="A reply to 15601: a quote card -> Statement (heldout14's 15406); a reply does not take its "
                 "parent's date -> null. The United States a topic, not a side. Written for the set."),
     reply_to=15601, media="photo")

CHANNELS["sre_mx"]["services"].append((15609, "2025-09-03T19:35:00", 15601))


# ------------------------------------------------------------------------------------------------
# Japan's Ministry of Foreign Affairs (English, UTC+09:00)
# ------------------------------------------------------------------------------------------------
post = channel("mofa_jp", "Ministry of Foreign Affairs of Japan", 2100000042, "en")

post(15701, "2025-03-22T06:00:00",
     "The 11th Japan-China-ROK Trilateral Foreign Ministers' Meeting\n\n"
     "On March 22, Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, hosted the 11th Japan-China-ROK "
     "Trilateral Foreign Ministers' Meeting in Tokyo with H.E. Mr. WANG Yi, Minister of Foreign Affairs of the "
     "People's Republic of China, and H.E. Mr. CHO Tae-yul, Minister of Foreign Affairs of the Republic of Korea. "
     "The three Ministers confirmed that they will advance preparations for the next Trilateral Summit Meeting to "
     "be held in Japan.\n\n"
     "#JapanChinaROK",
     event("MultilateralMeeting", "2025-03-22", city="Tokyo", country="JP", speakers=["Takeshi Iwaya"],
           participants=["Wang Yi", "Cho Tae-yul"], countries=["JP", "CN", "KR"], mentioned=["JP", "CN", "KR"],
           inferred=True,
           notes="A trilateral ministers' meeting the own minister hosts -> MultilateralMeeting (heldout14's 15103, "
                 "a named format with named ministers); 'On March 22' has no year -> inferred; 'in Tokyo'. The "
                 "host the speaker, the two guests participants, their countries sides. Names in MOFA's style, "
                 "family name in capitals first, given in their usual English form ('Takeshi Iwaya', 'Wang Yi', "
                 "'Cho Tae-yul'). 'ROK' in the title and hashtag names South Korea. The meeting of Saturday 22 "
                 "March 2025 in Tokyo with Wang Yi and Cho Tae-yul is checked (Reuters, AP); its number (11th) "
                 "is from memory."),
     media="photo", reactions=[("👍", 233)])

post(15702, "2025-02-24T11:00:00",
     "Japan-Ukraine Foreign Ministers' Telephone Talk\n\n"
     "On February 24, commencing at 6:15 p.m. for approximately 25 minutes, Mr. IWAYA Takeshi, Minister for "
     "Foreign Affairs of Japan, held a telephone talk with H.E. Mr. Andrii SYBIHA, Minister for Foreign Affairs of "
     "Ukraine. Marking three years since Russia's aggression against Ukraine, Minister IWAYA stated that Japan will "
     "continue to stand with Ukraine.",
     event("PhoneCall", "2025-02-24", speakers=["Takeshi Iwaya"], participants=["Andrii Sybiha"],
           countries=["JP", "UA"], mentioned=["UA", "JP", "RU"], inferred=True,
           notes="'Telephone Talk' -> PhoneCall; 'On February 24' has no year -> inferred (published 20:00 in "
                 "Tokyo the same day); a call has no place. Russia a topic. Written for the set: the call is "
                 "invented."))

post(15703, "2025-01-22T02:00:00",
     "Japan-U.S. Foreign Ministers' Meeting\n\n"
     "📍 Washington, D.C., January 21, 2025 (local time)\n\n"
     "Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held a meeting with the Honorable Marco Rubio, "
     "Secretary of State of the United States, following the Japan-Australia-India-U.S. (Quad) Foreign Ministers' "
     "Meeting. The two Ministers confirmed that the Japan-U.S. Alliance is the cornerstone of peace and stability in "
     "the Indo-Pacific region.",
     event("Meeting", "2025-01-21", city="Washington", country="US", speakers=["Takeshi Iwaya"],
           participants=["Marco Rubio"], countries=["JP", "US"], mentioned=["JP", "US", "AU", "IN"],
           notes="'held a meeting with' a named counterpart -> Meeting; the 📍 line dates and places it (its "
                 "'(local time)' is Washington's). The Quad is a format, no organisation (seeds); Australia and "
                 "India named in it, not sides (a separate meeting). The Quad ministers' meeting and Iwaya's "
                 "meeting with Rubio on 21 January 2025 are from memory of reports; the wording is written for "
                 "the set."),
     media="photo")

post(15704, "2025-05-11T03:00:00",
     "Statement by Foreign Minister IWAYA Takeshi on the Ceasefire between India and Pakistan\n\n"
     "Japan welcomes the understanding on a ceasefire between India and Pakistan announced on May 10. Japan strongly "
     "hopes that the ceasefire will be steadily implemented and that the situation will be stabilized through "
     "dialogue.",
     event("Statement", speakers=["Takeshi Iwaya"], countries=["JP"], mentioned=["IN", "PK", "JP"],
           notes="'Statement by Foreign Minister …' -> Statement, the minister its speaker; the only date is the "
                 "ceasefire's announcement, another event's -> null (heldout14's 15202). India and Pakistan the "
                 "subject, not sides. The ceasefire of 10 May 2025 is from memory; the statement is written for "
                 "the set."))

post(15705, "2025-04-13T00:30:00",
     "Expo 2025 Osaka, Kansai opens today! 🇯🇵\n\n"
     "From April 13 to October 13, more than 150 countries and regions and international organizations take part in "
     "Expo 2025 Osaka, Kansai under the theme \"Designing Future Society for Our Lives\". The Ministry of Foreign "
     "Affairs welcomes visitors from around the world to Yumeshima, Osaka.\n\n"
     "#Expo2025 #EXPO2025Osaka",
     event("Announcement", "2025-04-13", "2025-10-13", city="Osaka", country="JP",
           orgs=["Ministry of Foreign Affairs of Japan"], countries=["JP"], mentioned=["JP"], inferred=True,
           notes="The ministry announcing the opening of the Expo Japan hosts, no one speaking -> Announcement "
                 "(judgment call: Other would be as defensible); the Expo is the post's occasion, its range "
                 "'From April 13 to October 13' (no year written beside it; the year in the Expo's name) -> "
                 "date and end_date, inferred (heldout14's 15104: an occasion's own day is the post's). Osaka "
                 "named; the flag in the title names Japan, the host and the side. The ministry named bare in "
                 "its own channel -> listed (heldout9's 12708). Expo 2025 is an event, no organisation. Its dates "
                 "(13 April-13 October 2025) and theme are from memory; the wording is written for the set."),
     media="photo")

post(15706, "2025-06-13T09:00:00",
     "Press Conference by Foreign Minister IWAYA Takeshi\n\n"
     "Friday, June 13, 2025, 4:05 p.m., Press Conference Room, Ministry of Foreign Affairs\n\n"
     "Minister IWAYA: Japan strongly condemns Israel's military strikes against Iran, at a time when efforts toward "
     "a peaceful solution of the nuclear issue were under way. Japan calls on all parties concerned to exercise "
     "maximum restraint.",
     event("PressConference", "2025-06-13", speakers=["Takeshi Iwaya"], orgs=["Ministry of Foreign Affairs of Japan"],
           countries=["JP"], mentioned=["JP", "IL", "IR"],
           notes="'Press Conference by …' -> PressConference; the dateline's day has a year -> not inferred. A "
                 "room of the ministry with no city written gives no location (heldout14's 15208, 'at the "
                 "Embassy'). The ministry named in the dateline -> listed. Israel and Iran the subject, not "
                 "sides. Israel's strikes on Iran of 13 June 2025 are from memory; the press conference is "
                 "written for the set."),
     media="video", edited="2025-06-13T10:10:00")

post(15707, "2025-02-08T01:00:00",
     "Japan-U.S. Summit Meeting\n\n"
     "On February 7 (local time), Prime Minister ISHIBA Shigeru held a summit meeting with President Donald J. Trump "
     "at the White House in Washington, D.C. The two leaders affirmed their commitment to take the Japan-U.S. "
     "Alliance to new heights.\n\n"
     "#JapanUS",
     event("Meeting", "2025-02-07", city="Washington", country="US", speakers=["Shigeru Ishiba"],
           participants=["Donald Trump"], countries=["JP", "US"], mentioned=["JP", "US"], inferred=True,
           notes="Forwarded from the Prime Minister's Office: 'held a summit meeting with' -> Meeting; 'On February "
                 "7' has no year -> inferred; 'in Washington, D.C.' (the White House, the building, in a city "
                 "written). The own Prime Minister the speaker, the host a participant. '#JapanUS' a bilateral "
                 "hashtag (seeds). The White House is a building, no organisation here. Ishiba's meeting with "
                 "Trump at the White House on 7 February 2025 is from memory of reports; the wording is written "
                 "for the set."),
     forwarded="Prime Minister's Office of Japan", media="photo")

post(15708, "2025-03-30T03:00:00",
     "Visit to the Philippines by Foreign Minister IWAYA Takeshi\n\n"
     "📍 Manila, March 30-31\n\n"
     "Mr. IWAYA Takeshi, Minister for Foreign Affairs, is visiting the Philippines. He will hold a Japan-Philippines "
     "Foreign Ministers' Meeting with the Honorable Enrique A. Manalo, Secretary of Foreign Affairs, on maritime "
     "security cooperation and the Japan-Philippines Reciprocal Access Agreement.",
     event("Visit", "2025-03-30", "2025-03-31", city="Manila", country="PH", speakers=["Takeshi Iwaya"],
           participants=["Enrique Manalo"], countries=["JP", "PH"], mentioned=["PH", "JP"], inferred=True,
           notes="'Visit to …' in the title -> Visit (heldout14's 15106; the meeting is part of it, heldout3's "
                 "9504); the range on the 📍 line has no year -> inferred. The host minister named -> participant "
                 "('Enrique A. Manalo' is kg/data's 'Enrique Manalo'). The Reciprocal Access Agreement is a treaty, "
                 "excluded. Written for the set: this visit is invented (Manalo was Secretary of Foreign Affairs "
                 "until mid-2025, from memory)."),
     edited="2025-03-30T04:20:00")

CHANNELS["mofa_jp"]["services"].append((15709, "2025-03-22T06:05:00", 15701))


# ------------------------------------------------------------------------------------------------
# Belarus's Ministry of Foreign Affairs (Russian, UTC+03:00)
# ------------------------------------------------------------------------------------------------
post = channel("mfa_by", "МИД Республики Беларусь", 2100000043, "ru")

post(15801, "2025-04-03T13:00:00",
     "Максим Рыженков провел переговоры с Сергеем Лавровым\n\n"
     "📍 Минск\n\n"
     "Сегодня Министр иностранных дел Беларуси Максим Рыженков провел переговоры с Министром иностранных дел России "
     "Сергеем Лавровым. Стороны обсудили укрепление Союзного государства, взаимодействие в ОДКБ и ЕАЭС, а также "
     "подготовку совместной коллегии министерств иностранных дел двух стран.",
     event("Meeting", "2025-04-03", city="Minsk", country="BY", speakers=["Maxim Ryzhenkov"],
           participants=["Sergey Lavrov"], orgs=["Union State", "Collective Security Treaty Organization",
                                                 "Eurasian Economic Union"],
           countries=["BY", "RU"], mentioned=["BY", "RU"], inferred=True,
           notes="'провел переговоры с' a named counterpart -> Meeting (seeds: talks); 'Сегодня' = publication day "
                 "(Thursday 3 April, 16:00 in Minsk); the 📍 line names Minsk. Names in the instrumental "
                 "('с … Сергеем Лавровым') given in kg/data's English form. The Union State, the CSTO and the EAEU "
                 "named -> organisations. Written for the set: these talks are invented."),
     media="photo", reactions=[("👍", 301)])

post(15802, "2025-03-21T15:00:00",
     "Телефонный разговор Максима Рыженкова с Ван И\n\n"
     "21 марта состоялся телефонный разговор Министра иностранных дел Беларуси Максима Рыженкова с Членом "
     "Политбюро ЦК КПК, Министром иностранных дел Китая Ван И. Обсуждены вопросы двустороннего сотрудничества и "
     "взаимодействия в ШОС в период председательства Китая в организации.",
     event("PhoneCall", "2025-03-21", speakers=["Maxim Ryzhenkov"], participants=["Wang Yi"],
           orgs=["Communist Party of China", "Shanghai Cooperation Organisation"], countries=["BY", "CN"],
           mentioned=["BY", "CN"], inferred=True,
           notes="'телефонный разговор' -> PhoneCall; '21 марта' has no year -> inferred. 'ЦК КПК' names the "
                 "Communist Party of China (heldout3's 9504, 'CPC Central Committee'); 'ШОС' the SCO. Written for "
                 "the set: the call is invented (China's SCO chairmanship of 2024-2025 is from memory)."))

post(15803, "2025-04-11T14:00:00",
     "Заседание Совета министров иностранных дел СНГ\n\n"
     "Москва, 11 апреля 2025 г.\n\n"
     "Министр иностранных дел Беларуси Максим Рыженков принял участие в заседании Совета министров иностранных дел "
     "Содружества Независимых Государств. Главы внешнеполитических ведомств обсудили вопросы сотрудничества в "
     "гуманитарной сфере и подготовку к заседанию Совета глав государств СНГ.\n\n"
     "#СНГ",
     event("MultilateralMeeting", "2025-04-11", city="Moscow", country="RU", speakers=["Maxim Ryzhenkov"],
           orgs=["Commonwealth of Independent States"], countries=["BY"], mentioned=["BY"],
           notes="'принял участие в заседании Совета министров иностранных дел СНГ' -> MultilateralMeeting "
                 "(seeds: 'took part in' a council of ministers); the dateline dates and places it. The council "
                 "and the Council of Heads of State are folded into the CIS (seeds); the hashtag names it too. "
                 "Russia the host, named only by the city: no side (heldout14's 15503). Written for the set: a "
                 "CIS foreign ministers' council in Moscow in April 2025 is from memory and not checked."),
     media="photo")

post(15804, "2025-07-15T10:00:00",
     "Выступление Министра иностранных дел Беларуси Максима Рыженкова на заседании Совета министров иностранных дел "
     "государств – членов ШОС\n\n"
     "Тяньцзинь, 15 июля 2025 г.\n\n"
     "«Для Беларуси, ставшей в прошлом году полноправным членом Шанхайской организации сотрудничества, это первое "
     "заседание Совета в новом статусе. Мы выступаем за то, чтобы ШОС оставалась площадкой равноправного диалога», – "
     "отметил Максим Рыженков.",
     event("Statement", "2025-07-15", city="Tianjin", country="CN", speakers=["Maxim Ryzhenkov"],
           orgs=["Shanghai Cooperation Organisation"], countries=["BY"], mentioned=["BY"],
           notes="'Выступление … на заседании' a speech at a multilateral meeting -> Statement (heldout13's "
                 "guideline, heldout14's 15403); the dateline dates and places it. China the host, not named: no "
                 "side. The SCO foreign ministers' council in Tianjin on 15 July 2025, Ryzhenkov's part in it "
                 "and Belarus's first council as a full member are checked (news.by, TASS, APP); the quote is "
                 "written for the set."),
     media="video")

post(15805, "2025-06-05T11:00:00",
     "Брифинг официального представителя МИД Беларуси Анатолия Глаза\n\n"
     "Сегодня официальный представитель МИД Анатолий Глаз ответил на вопросы журналистов о подготовке заседания "
     "Высшего Евразийского экономического совета в Минске и о ситуации на белорусско-польской границе.",
     event("Briefing", "2025-06-05", speakers=["Anatoly Glaz"],
           orgs=["Ministry of Foreign Affairs of the Republic of Belarus", "Eurasian Economic Union"],
           countries=["BY"], mentioned=["BY", "PL"], inferred=True,
           notes="A spokesperson's briefing -> Briefing (heldout12's guideline); 'Сегодня' = publication day "
                 "(Thursday 5 June, 14:00 in Minsk). Minsk is the place of the council, a topic's place, not the "
                 "briefing's (heldout14's 15208, The Hague) -> no location. 'МИД Беларуси' -> the ministry; the "
                 "Supreme Eurasian Economic Council folded into the EAEU (seeds). 'белорусско-польской' names "
                 "Poland, a topic. Anatoly Glaz as the ministry's spokesman is from memory (not in kg/data); the "
                 "briefing is written for the set."))

post(15806, "2025-09-13T08:00:00",
     "Информация для граждан Республики Беларусь\n\n"
     "В связи с закрытием польской стороной с 12 сентября пунктов пропуска на белорусско-польской границе МИД "
     "рекомендует гражданам Беларуси, планирующим поездки в страны Евросоюза, воспользоваться пунктами пропуска на "
     "границе с Литвой и Латвией.\n\n"
     "#консульская_информация",
     event("Announcement", orgs=["Ministry of Foreign Affairs of the Republic of Belarus", "European Union"],
           countries=["BY"], mentioned=["BY", "PL", "LT", "LV"],
           notes="A notice to citizens -> Announcement (heldout13's 15006); the only date is the closure's, "
                 "another event's (the day before publication) -> null. 'МИД' named bare in its own channel -> "
                 "listed (heldout9's 12708); 'Евросоюза' the EU. Poland, Lithuania and Latvia named, not sides. "
                 "Poland's closing of the border on 12 September 2025 (the Zapad exercise) is from memory of "
                 "reports; the notice is written for the set."))

post(15807, "2025-06-03T07:00:00",
     "Рабочий визит Максима Рыженкова в Венгрию\n\n"
     "📍 Будапешт, 3–4 июня\n\n"
     "В ходе визита Министр иностранных дел Беларуси Максим Рыженков провел переговоры с Министром "
     "внешнеэкономических связей и иностранных дел Венгрии Петером Сийярто. Обсуждены вопросы торговли и "
     "транзита.",
     event("Visit", "2025-06-03", "2025-06-04", city="Budapest", country="HU", speakers=["Maxim Ryzhenkov"],
           participants=["Péter Szijjártó"], countries=["BY", "HU"], mentioned=["HU", "BY"], inferred=True,
           notes="'Рабочий визит' in the title -> Visit (heldout14's 15106; the talks are part of it); the range "
                 "on the 📍 line (an en dash, no year) -> inferred. The host minister in the instrumental a "
                 "participant. Written for the set: this visit is invented."),
     edited="2025-06-03T08:30:00")

post(15808, "2025-02-19T06:00:00",
     "Интервью Максима Рыженкова агентству БелТА\n\n"
     "Вчера Министр иностранных дел Беларуси Максим Рыженков ответил на вопросы БелТА о внешнеполитических "
     "приоритетах после президентских выборов и о перспективах отношений с США.",
     event("Interview", "2025-02-18", speakers=["Maxim Ryzhenkov"], orgs=["BelTA"], countries=["BY"],
           mentioned=["BY", "US"], inferred=True,
           notes="'Интервью' -> Interview; 'Вчера' from Wednesday 19 February (09:00 in Minsk) = Tuesday 18 "
                 "February; no place. BelTA the outlet. The United States a topic. Written for the set: the "
                 "interview is invented (the presidential election of January 2025 is from memory)."),
     media="video")

CHANNELS["mfa_by"]["services"].append((15809, "2025-07-15T10:05:00", 15804))


# ------------------------------------------------------------------------------------------------
# Global Affairs Canada (French, UTC-05:00/-04:00)
# ------------------------------------------------------------------------------------------------
post = channel("amc_ca", "Affaires mondiales Canada 🇨🇦", 2100000044, "fr")

post(15901, "2025-01-29T21:00:00",
     "La ministre Joly s'est entretenue avec la haute représentante de l'UE, Kaja Kallas\n\n"
     "Aujourd'hui, la ministre des Affaires étrangères, Mélanie Joly, s'est entretenue au téléphone avec la haute "
     "représentante de l'Union européenne pour les affaires étrangères et la politique de sécurité, Kaja Kallas. "
     "Elles ont discuté du soutien à l'Ukraine et de la coopération entre le Canada et l'UE.",
     event("PhoneCall", "2025-01-29", speakers=["Mélanie Joly"], participants=["Kaja Kallas"],
           orgs=["European Union"], countries=["CA"], mentioned=["UA", "CA"], inferred=True,
           notes="'s'est entretenue au téléphone avec' -> PhoneCall; 'Aujourd'hui' = publication day (Wednesday 29 "
                 "January, 16:00 in Ottawa). Kallas the counterpart, acting for the EU: her country (Estonia, not "
                 "named) no side (heldout3's guideline: an organisation's official does not make his country a "
                 "side). Ukraine a topic. Written for the set: the call is invented."))

post(15902, "2025-03-14T20:00:00",
     "Réunion des ministres des Affaires étrangères du G7\n\n"
     "📍 Charlevoix (Québec), du 12 au 14 mars 2025\n\n"
     "La ministre des Affaires étrangères, Mélanie Joly, a présidé la réunion des ministres des Affaires étrangères "
     "du G7 dans le cadre de la présidence canadienne du G7. Les ministres ont discuté de l'Ukraine, du Moyen-Orient "
     "et de la région indo-pacifique.\n\n"
     "#G7Canada",
     event("MultilateralMeeting", "2025-03-12", "2025-03-14", country="CA", speakers=["Mélanie Joly"],
           orgs=["Group of Seven"], countries=["CA"], mentioned=["CA", "UA"],
           notes="A ministers' meeting of an organisation the own minister chairs -> MultilateralMeeting (heldout3's "
                 "9506); the 📍 line's range 'du 12 au 14 mars 2025'. Charlevoix is a region, no GeoNames city: "
                 "the country only (heldout3's guideline, the same Charlevoix). The G7 named (also in the "
                 "hashtag); 'canadienne' names Canada. The G7 foreign ministers' meeting in Charlevoix of 12-14 "
                 "March 2025 under Joly's chair is from memory; the wording is written for the set."),
     media="photo", reactions=[("👍", 128)])

post(15903, "2025-06-15T22:00:00",
     "Sommet des dirigeants du G7 à Kananaskis\n\n"
     "Du 15 au 17 juin, le premier ministre Mark Carney accueille les dirigeants du G7 à Kananaskis, en Alberta. La "
     "ministre des Affaires étrangères, Anita Anand, participe aux séances de travail consacrées à la sécurité "
     "mondiale et à l'Ukraine.\n\n"
     "#G7Kananaskis",
     event("MultilateralMeeting", "2025-06-15", "2025-06-17", country="CA", speakers=["Mark Carney", "Anita Anand"],
           orgs=["Group of Seven"], countries=["CA"], mentioned=["UA"], inferred=True,
           notes="A leaders' summit of an organisation the own Prime Minister hosts -> MultilateralMeeting; the range "
                 "'Du 15 au 17 juin' has no year -> inferred. Kananaskis, Alberta is no GeoNames city: the "
                 "country only (heldout3's guideline for a region; Canada itself not written, judgment call). The "
                 "host and the own minister who takes part -> speakers (heldout3's 9506: the host and the own "
                 "official). The G7 summit in Kananaskis of 15-17 June 2025 is from memory; Anand as minister "
                 "from May 2025 is from memory; the wording is written for the set."),
     media="video")

post(15904, "2025-10-13T09:00:00",
     "Visite de la ministre Anand en Inde\n\n"
     "📍 New Delhi, 13-14 octobre\n\n"
     "La ministre des Affaires étrangères, Anita Anand, effectue sa première visite en Inde à ce titre. Elle s'est "
     "entretenue aujourd'hui avec le ministre des Affaires extérieures de l'Inde, S. Jaishankar, du rétablissement "
     "des mécanismes de dialogue entre le Canada et l'Inde.",
     event("Visit", "2025-10-13", "2025-10-14", city="New Delhi", country="IN", speakers=["Anita Anand"],
           participants=["Subrahmanyam Jaishankar"], countries=["CA", "IN"], mentioned=["IN", "CA"], inferred=True,
           notes="'Visite' in the title -> Visit (heldout14's 15106); the 📍 line's range has no year -> "
                 "inferred ('aujourd'hui' the talks' day, inside it). The host minister a participant ('S. "
                 "Jaishankar' is kg/data's 'Subrahmanyam Jaishankar'). Anand's visit to New Delhi and her "
                 "meeting with Jaishankar on Monday 13 October 2025 are checked (IANS, Patrika); the wording is "
                 "written for the set."),
     media="photo")

post(15905, "2025-04-04T14:00:00",
     "Déclaration de la ministre Joly à l'occasion du 76e anniversaire de l'OTAN\n\n"
     "« Il y a 76 ans, le 4 avril 1949, le Canada figurait parmi les membres fondateurs de l'Organisation du Traité "
     "de l'Atlantique Nord. Plus que jamais, notre engagement envers l'Alliance et la sécurité euro-atlantique "
     "demeure inébranlable. »",
     event("Statement", speakers=["Mélanie Joly"], orgs=["North Atlantic Treaty Organization"], countries=["CA"],
           mentioned=["CA"],
           notes="'Déclaration de la ministre' -> Statement; the only date is 4 April 1949, another event's "
                 "(heldout14's 15108) -> null, though the anniversary falls on the publication day (judgment "
                 "call). NATO named in full and by its acronym. Written for the set."))

post(15906, "2025-03-20T15:00:00",
     "Avis aux voyageurs : Haïti\n\n"
     "Affaires mondiales Canada recommande d'éviter tout voyage en Haïti en raison de la situation sécuritaire. Les "
     "Canadiens qui se trouvent en Haïti doivent s'inscrire au service d'Inscription des Canadiens à l'étranger et "
     "communiquer avec l'ambassade du Canada à Port-au-Prince.\n\n"
     "#VoyagezIntelligemment",
     event("Announcement", orgs=["Global Affairs Canada", "Embassy of Canada in Haiti"], countries=["CA"],
           mentioned=["HT", "CA"],
           notes="A travel advisory -> Announcement (heldout13's 15006); no date -> null. The ministry named bare in "
                 "its own channel -> listed (heldout9's 12708); 'l'ambassade du Canada à Port-au-Prince' -> "
                 "'<Embassy> of <country> in <host country>' (heldout7's 11603). Haiti named, not a side. "
                 "Registration of Canadians Abroad is a service, not listed. Written for the set."))

post(15907, "2025-05-28T21:00:00",
     "Ottawa (Ontario), le 28 mai 2025 — La ministre des Affaires étrangères, Anita Anand, et le secrétaire des "
     "Relations extérieures du Mexique, Juan Ramón de la Fuente, ont tenu une conférence de presse conjointe à "
     "l'issue de leur rencontre. Ils ont souligné l'importance du partenariat nord-américain.",
     event("PressConference", "2025-05-28", city="Ottawa", country="CA", speakers=["Anita Anand"],
           participants=["Juan Ramón de la Fuente"], countries=["CA", "MX"], mentioned=["MX"],
           notes="'conférence de presse conjointe' -> PressConference (seeds' precedence over the meeting); the "
                 "dateline 'Ottawa (Ontario), le 28 mai 2025' dates and places it; the post has no title line of "
                 "its own (its first line is the dateline sentence). The own minister the speaker, the guest a "
                 "participant (heldout14's 15408). Written for the set: this press conference is invented."),
     edited="2025-05-28T22:15:00")

post(15908, "2025-01-13T13:00:00",
     "Entrevue de la ministre Joly à Radio-Canada\n\n"
     "Hier soir, à l'émission Tout le monde en parle, la ministre Mélanie Joly a commenté les menaces de droits de "
     "douane du président désigné des États-Unis, Donald Trump, et la réponse du Canada.",
     event("Interview", "2025-01-12", speakers=["Mélanie Joly"], orgs=["Radio-Canada"], countries=["CA"],
           mentioned=["US", "CA"], inferred=True,
           notes="'Entrevue' -> Interview; 'Hier soir' from Monday 13 January (08:00 in Ottawa) = Sunday 12 "
                 "January; no place. Radio-Canada the outlet ('Tout le monde en parle' a programme, excluded). "
                 "Trump a topic, no participant. Written for the set: the interview is invented."),
     media="video")

CHANNELS["amc_ca"]["services"].append((15909, "2025-06-15T22:05:00", 15903))


# ------------------------------------------------------------------------------------------------
# Italy's Ministry of Foreign Affairs, the Farnesina (Italian, UTC+01:00/+02:00)
# ------------------------------------------------------------------------------------------------
post = channel("esteri_it", "Ministero degli Esteri", 2100000045, "it")

post(16001, "2025-07-10T08:30:00",
     "Al via a Roma la Conferenza per la Ripresa dell'Ucraina #URC2025\n\n"
     "📍 Roma, 10-11 luglio 2025\n\n"
     "Il Vicepresidente del Consiglio e Ministro degli Esteri Antonio Tajani ha aperto oggi i lavori della "
     "Conferenza con un saluto ai partecipanti, prima degli interventi della Presidente del Consiglio Giorgia Meloni "
     "e del Presidente ucraino Volodymyr Zelensky. Sono attese 100 delegazioni governative e 40 organizzazioni "
     "internazionali.",
     event("MultilateralMeeting", "2025-07-10", "2025-07-11", city="Rome", country="IT",
           speakers=["Antonio Tajani", "Giorgia Meloni"], participants=["Volodymyr Zelensky"],
           countries=["IT", "UA"], mentioned=["UA"],
           notes="An international conference Italy co-hosts, opened by the own minister -> MultilateralMeeting; "
                 "the 📍 line's range (with its year) dates and places it ('oggi' its first day). The own "
                 "minister and Prime Minister who speak -> speakers, Ukraine's President, the co-host, a "
                 "participant (seeds: co-chairs), Ukraine a side. The conference is an event, no organisation; "
                 "'Ucraina' and 'ucraino' name Ukraine. The URC2025 at La Nuvola in Rome on 10-11 July 2025, "
                 "co-organised by Italy and Ukraine, Tajani's greeting before Meloni's opening speech, are "
                 "checked (Italpress, Teleborsa); the wording is written for the set."),
     media="photo", reactions=[("🇮🇹", 512), ("🇺🇦", 470)])

post(16002, "2025-01-22T15:00:00",
     "Il Ministro Tajani ha incontrato il Ministro degli Esteri egiziano Badr Abdelatty\n\n"
     "Il Vicepresidente del Consiglio e Ministro degli Esteri Antonio Tajani ha incontrato oggi alla Farnesina il "
     "Ministro degli Affari Esteri dell'Egitto Badr Abdelatty. Al centro del colloquio la situazione a Gaza dopo il "
     "cessate il fuoco e la cooperazione nell'ambito del Piano Mattei per l'Africa.",
     event("Meeting", "2025-01-22", speakers=["Antonio Tajani"], participants=["Badr Abdelatty"],
           orgs=["Ministry of Foreign Affairs and International Cooperation"], countries=["IT", "EG"],
           mentioned=["EG"], inferred=True,
           notes="'ha incontrato' a named counterpart -> Meeting; 'oggi' = publication day (Wednesday 22 January, "
                 "16:00 in Rome). 'alla Farnesina', a building with no city written, gives no location "
                 "(heldout14's convention: the Planalto Palace, the Embassy); the building's name is also the "
                 "ministry's, named in its own channel -> listed (judgment call, disputable). The Mattei Plan is "
                 "an initiative, excluded; Gaza a territory, not counted. Written for the set: this meeting is "
                 "invented."),
     media="photo")

post(16003, "2025-06-14T07:00:00",
     "Colloquio telefonico del Ministro Tajani con il Ministro degli Esteri israeliano Gideon Sa'ar\n\n"
     "Ieri sera il Vicepresidente del Consiglio e Ministro degli Esteri Antonio Tajani ha avuto un colloquio "
     "telefonico con il Ministro degli Esteri di Israele Gideon Sa'ar. Tajani ha invitato alla moderazione e ha "
     "assicurato che l'Unità di Crisi della Farnesina segue la situazione dei connazionali in Israele e in Iran.",
     event("PhoneCall", "2025-06-13", speakers=["Antonio Tajani"], participants=["Gideon Sa'ar"],
           orgs=["Ministry of Foreign Affairs and International Cooperation"], countries=["IT", "IL"],
           mentioned=["IL", "IR"], inferred=True,
           notes="'colloquio telefonico' -> PhoneCall; 'Ieri sera' from Saturday 14 June (09:00 in Rome) = Friday "
                 "13 June; a call has no place. 'l'Unità di Crisi della Farnesina' -> the ministry (a unit folded "
                 "into it, heldout14's 15206). Iran a topic, not a side. Written for the set: the call is "
                 "invented (Israel's strikes on Iran of 13 June 2025, its occasion, are from memory)."))

post(16004, "2025-02-14T07:00:00",
     "Missione del Ministro Tajani ad Addis Abeba\n\n"
     "📍 Addis Abeba, 14-15 febbraio\n\n"
     "Il Vicepresidente del Consiglio e Ministro degli Esteri Antonio Tajani è in missione in Etiopia in occasione "
     "del Vertice dell'Unione Africana. In agenda incontri bilaterali e il rilancio del Piano Mattei per l'Africa.\n\n"
     "#PianoMattei",
     event("Visit", "2025-02-14", "2025-02-15", city="Addis Ababa", country="ET", speakers=["Antonio Tajani"],
           orgs=["African Union"], countries=["IT", "ET"], mentioned=["ET"], inferred=True,
           notes="'Missione … ad Addis Abeba' / 'è in missione in Etiopia' -> Visit (judgment call: the summit is "
                 "the occasion, his act the visit); the 📍 line's range has no year -> inferred. No host named: "
                 "Ethiopia, where the visit is, a side (heldout14's 15404). The African Union named (its summit "
                 "an event); the Mattei Plan, also in the hashtag, an initiative, excluded. Written for the set: "
                 "this mission is invented (the AU summit of mid-February 2025 is from memory)."),
     edited="2025-02-14T09:00:00")

post(16005, "2025-06-17T10:00:00",
     "Viaggiare Sicuri – Iran\n\n"
     "La Farnesina ribadisce l'invito ai connazionali a lasciare l'Iran e a non recarsi nel Paese. Per le emergenze "
     "è attiva h24 l'Unità di Crisi (+39 06 36225). Si raccomanda di registrarsi su Dove Siamo nel Mondo.\n\n"
     "#ViaggiareSicuri",
     event("Announcement", orgs=["Ministry of Foreign Affairs and International Cooperation"], countries=["IT"],
           mentioned=["IR"],
           notes="A travel notice -> Announcement (heldout13's 15006); no date -> null. 'La Farnesina' names the "
                 "ministry in its own channel (heldout9's 12708); the Unità di Crisi folded into it. Iran named, "
                 "not a side; 'connazionali' names no country. 'Dove Siamo nel Mondo' is a service, not listed. "
                 "Written for the set."))

post(16006, "2025-04-06T05:00:00",
     "Intervista del Ministro Tajani al Corriere della Sera\n\n"
     "«Sui dazi serve una risposta europea unita, senza guerre commerciali. L'Italia lavora per il dialogo con gli "
     "Stati Uniti»: il Vicepresidente del Consiglio e Ministro degli Esteri Antonio Tajani in un'intervista oggi al "
     "Corriere della Sera.",
     event("Interview", "2025-04-06", speakers=["Antonio Tajani"], orgs=["Corriere della Sera"], countries=["IT"],
           mentioned=["IT", "US"], inferred=True,
           notes="'Intervista' -> Interview; 'oggi' = publication day (Sunday 6 April, 07:00 in Rome); no place. "
                 "The newspaper named -> organisation. The United States a topic. Written for the set: the "
                 "interview is invented (the US tariffs of 2 April 2025 are from memory)."),
     media="photo")

post(16007, "2025-05-20T14:00:00",
     "Oggi a Bruxelles ho partecipato al Consiglio Affari Esteri dell'Unione Europea. Ho ribadito il sostegno "
     "dell'Italia a una pace giusta e duratura in Ucraina e la necessità di aumentare gli aiuti umanitari a Gaza.",
     event("MultilateralMeeting", "2025-05-20", city="Brussels", country="BE", speakers=["Antonio Tajani"],
           orgs=["Council of the European Union"], countries=["IT"], mentioned=["IT", "UA"], inferred=True,
           notes="Forwarded from the minister's own channel, in the first person -> his act (heldout14's 15108); "
                 "'ho partecipato al Consiglio Affari Esteri' -> MultilateralMeeting (seeds: 'took part in' a "
                 "council); 'Oggi' = publication day (Tuesday 20 May, 16:00 in Brussels); 'a Bruxelles'. The "
                 "Foreign Affairs Council is the Council of the European Union (heldout14's 15101: 'Rada UE'); "
                 "the EU is not listed beside it (judgment call). Ukraine a topic. Written for the set: a Foreign "
                 "Affairs Council on 20 May 2025 is from memory, Tajani's part in it is not checked."),
     forwarded="Antonio Tajani")

post(16008, "2025-02-20T15:00:00",
     "Tajani al G20 Esteri di Johannesburg\n\n"
     "Johannesburg, 20 febbraio 2025 – «L'Italia sostiene la presidenza sudafricana del G20 e il suo impegno per la "
     "sicurezza alimentare e la sostenibilità del debito dei Paesi africani», ha dichiarato il Vicepresidente del "
     "Consiglio e Ministro degli Esteri Antonio Tajani intervenendo alla riunione dei Ministri degli Esteri del "
     "G20.\n\n"
     "#G20",
     event("Statement", "2025-02-20", city="Johannesburg", country="ZA", speakers=["Antonio Tajani"],
           orgs=["Group of Twenty"], countries=["IT"], mentioned=["IT", "ZA"],
           notes="Quoted words 'intervenendo alla riunione dei Ministri degli Esteri del G20', a speech at a "
                 "multilateral meeting -> Statement (heldout13's guideline); the dateline dates and places it. "
                 "'sudafricana' names South Africa, the chair, no side. The G20 named (also in the hashtag). The "
                 "G20 foreign ministers' meeting in Johannesburg of 20-21 February 2025 is from memory; Tajani's "
                 "part and the quote are written for the set."),
     media="video")

CHANNELS["esteri_it"]["services"].append((16009, "2025-07-10T08:35:00", 16001))


def main() -> None:
    guidelines = ("Hand-annotated gold for kg over tests/data/heldout15/*/result.json: a fifteenth held-out set of "
                  "five foreign ministries' channels (Mexico's Secretaría de Relaciones Exteriores in Spanish, "
                  "Japan's Ministry of Foreign Affairs in English, Belarus's Ministry of Foreign Affairs in Russian, "
                  "Global Affairs Canada in French, Italy's Farnesina in Italian), written and annotated before kg "
                  "was run on them. Posts are found by message_id (15601 and up, one block of a hundred per "
                  "channel, apart from the other sets'). The annotation follows the guidelines of "
                  "tests/data/gold/seeds.json and the fourteen earlier held-out golds; relative days ('hoy', "
                  "'Anoche', 'today', 'Сегодня', 'Вчера', 'Aujourd'hui', 'Hier soir', 'oggi', 'Ieri sera') are "
                  "resolved from the publication time in the channel's own time zone (Mexico City -06:00, Tokyo "
                  "+09:00, Minsk +03:00, Ottawa -05:00/-04:00, Rome +01:00/+02:00); a dateline, a 📍 line or a "
                  "date in the title dates and places it; a range ('March 30-31', 'du 12 au 14 mars 2025', "
                  "'3–4 июня', '10-11 luglio 2025', 'From April 13 to October 13') gives date and end_date; a date "
                  "that belongs to another event (an attack, a ceasefire's announcement, a founding, a border's "
                  "closing) is not the post's; a reply does not take its parent's date; a post forwarded from a "
                  "leader's or minister's own channel in the first person is that person's act; the own official "
                  "is the speaker, the other side participants; a joint press conference has the guest as a "
                  "participant; a speech at a multilateral meeting is a Statement; a notice to citizens is an "
                  "Announcement; a building without a city written (the Farnesina, a ministry's press room) and a "
                  "region (Charlevoix, Kananaskis) give no city; a host country named but not acting is no side; "
                  "names are given in their usual English form (known people and organisations as kg/data's "
                  "English labels spell them: 'Takeshi Iwaya' for 'IWAYA Takeshi', 'Shigeru Ishiba', 'Maxim "
                  "Ryzhenkov', 'Antonio Tajani', 'Subrahmanyam Jaishankar', 'Enrique Manalo', 'Community of Latin "
                  "American and Caribbean States', 'Ministry of Foreign Affairs and International Cooperation'), "
                  "cities as GeoNames names them ('Mexico City', 'Tegucigalpa', 'Washington', 'Tianjin', 'Addis "
                  "Ababa'). date_inferred = the year, or the day itself ('today', a weekday), is not written. "
                  "notes record judgment calls.")
    h3.write(CHANNELS, HERE, HERE.parent / "gold" / "heldout15.json", guidelines)


if __name__ == "__main__":
    main()
