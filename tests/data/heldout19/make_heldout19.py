"""Write the nineteenth held-out set (one Telegram Desktop ``result.json`` per channel) and its gold.

The first eighteen held-out sets (tests/data/heldout/ to heldout18/) have all been used, or are being used,
to tune kg's rules, so their scores now flatter kg. This nineteenth set is a fresh measure of what to expect
on a typical new channel after the tuning of sets 12 to 18, on five foreign-affairs channels none of the
earlier sets had: Mongolia's Ministry of Foreign Affairs in English (Battsetseg Batmunkh, "held talks with",
"telephone conversation", the "third neighbour" partners, the UN), Bolivia's Cancillería in Spanish (Celinda
Sosa Lunda, "sostuvo una reunión bilateral", "Comunicado", CELAC, BRICS partner status, notices to Bolivians
abroad), Algeria's Ministry of Foreign Affairs, of the National Community Abroad and of African Affairs in
French (Ahmed Attaf, "a reçu en audience", "s'est entretenu au téléphone", the UN Security Council, the African
Union), Mozambique's Ministry of Foreign Affairs and Cooperation in Portuguese (Maria Manuela Lucas, "manteve um
encontro com", "audiência", SADC, the CPLP, notices to citizens) and Iraq's Ministry of Foreign Affairs in
Arabic (Fuad Hussein, "استقبل", "اتصالاً هاتفياً", the Arab League, statements of condemnation). The posts are
written in those channels' styles about real people, places, organisations and events of 2024-2025; they are
not copies of real posts. The gold was written by hand from the texts below, by the guidelines of
tests/data/gold/seeds.json and the eighteen earlier held-out golds, before kg was run on them, and is not to
be changed to match kg.

Run ``python tests/data/heldout19/make_heldout19.py`` to rewrite the exports and
tests/data/gold/heldout19.json from this file (the output is deterministic). The export-writing
helpers are the third set's (tests/data/heldout3/make_heldout3.py, imported, not copied; importing it
writes nothing). Message ids are 17601 and up, one block of a hundred per channel (17601-, 17701-,
17801-, 17901-, 18001-), apart from the other sets' (101-608, 9001-17509), since the scorer finds an
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

# The exporting machine's clock is Baghdad's (UTC+03:00, no summer time): an export's "date" is local to it,
# "date_unixtime" is UTC. (h3.new_set sets it for this process only.)
CHANNELS, channel = h3.new_set(timezone(timedelta(hours=3)))

MN_MFA = "Ministry of Foreign Affairs of Mongolia"
BO_MFA = "Ministry of Foreign Affairs of Bolivia"
DZ_MFA = "Ministry of Foreign Affairs of Algeria"
MZ_MFA = "Ministry of Foreign Affairs and Cooperation of Mozambique"
IQ_MFA = "Ministry of Foreign Affairs of Iraq"
CELAC = "Community of Latin American and Caribbean States"
OAS = "Organization of American States"
SADC = "Southern African Development Community"
CPLP = "Community of Portuguese Language Countries"
ARAB_LEAGUE = "League of Arab States"
UNSC = "United Nations Security Council"
UNGA = "United Nations General Assembly"


# ------------------------------------------------------------------------------------------------
# Mongolia's Ministry of Foreign Affairs (English, UTC+08:00)
# ------------------------------------------------------------------------------------------------
post = channel("mfa_mn", "Ministry of Foreign Affairs of Mongolia 🇲🇳", 2100000061, "en")

post(17601, "2025-04-15T06:00:00",
     "Mongolia and Japan hold talks of Foreign Ministers\n\n"
     "📍 Ulaanbaatar, 15 April 2025\n\n"
     "Minister of Foreign Affairs of Mongolia Battsetseg Batmunkh held talks with Minister for Foreign Affairs "
     "of Japan Iwaya Takeshi, who is paying an official visit to Mongolia. The Ministers reaffirmed their "
     "commitment to the Special Strategic Partnership between Mongolia and Japan, one of Mongolia's third "
     "neighbours.\n\n"
     "#Mongolia #Japan",
     event("Meeting", "2025-04-15", city="Ulan Bator", country="MN", speakers=["Battsetseg Batmunkh"],
           participants=["Takeshi Iwaya"], countries=["MN", "JP"], mentioned=["MN", "JP"],
           notes="'held talks with' a named counterpart -> Meeting (seeds: talks; the visit is the guest's, the "
                 "talks the post's act, as the first set's precedence puts Meeting before Visit); the 📍 line's "
                 "full date and place (GeoNames' 'Ulan Bator'). Iwaya written in the Japanese order ('Iwaya "
                 "Takeshi'), given as kg/data's English label 'Takeshi Iwaya'. Written for the set: the visit is "
                 "invented (Iwaya's office from memory)."),
     media="photo", reactions=[("👍", 41)])

post(17602, "2025-01-21T09:00:00",
     "Telephone conversation with the Minister of Foreign Affairs of the Republic of Korea\n\n"
     "Today, Minister of Foreign Affairs Battsetseg Batmunkh had a telephone conversation with Minister of "
     "Foreign Affairs of the Republic of Korea Cho Tae-yul. The sides exchanged views on preparations for "
     "the next round of the Mongolia-ROK strategic dialogue.",
     event("PhoneCall", "2025-01-21", speakers=["Battsetseg Batmunkh"], participants=["Cho Tae-yul"],
           countries=["MN", "KR"], mentioned=["KR", "MN"], inferred=True,
           notes="'had a telephone conversation with' -> PhoneCall; 'Today' = publication day (Tuesday 21 "
                 "January, 17:00 in Ulaanbaatar) -> inferred (heldout18's 17102); a call has no place. "
                 "'Mongolia-ROK' names both. Written for the set: the call is invented (Cho's office from "
                 "memory)."))

post(17603, "2025-06-30T01:00:00",
     "Advisory for citizens of Mongolia travelling abroad\n\n"
     "The Ministry of Foreign Affairs of Mongolia advises citizens travelling abroad during the summer season "
     "to register their trip in the consular registration system and to keep the contact details of the "
     "nearest diplomatic mission. For assistance please write to consul@mfa.gov.mn.\n\n"
     "#Consular",
     event("Announcement", orgs=[MN_MFA], countries=["MN"], mentioned=["MN"],
           notes="An advisory to citizens -> Announcement (heldout13's 15006, heldout18's 17103); no date -> null "
                 "('the summer season' is no day). The ministry named in its own channel -> listed (heldout9's "
                 "12708). The e-mail address is invented. Written for the set."),
     edited="2025-06-30T03:00:00")

post(17604, "2024-09-23T02:00:00",
     "Minister Battsetseg Batmunkh addressed the Summit of the Future at the United Nations in New York on "
     "22 September 2024, underlining Mongolia's support for a reformed and more inclusive multilateral system.",
     event("Statement", "2024-09-22", city="New York City", country="US", speakers=["Battsetseg Batmunkh"],
           orgs=["United Nations"], countries=["MN"], mentioned=["MN"],
           notes="A speech at a multilateral meeting ('addressed the Summit of the Future') -> Statement "
                 "(heldout13's guideline); 'on 22 September 2024' its full date, 'in New York' (GeoNames' 'New "
                 "York City', heldout17's guideline). The UN named. The Summit of the Future of 22-23 September "
                 "2024 is from memory; that Battsetseg spoke there is invented for the set."),
     media="video")

post(17605, "2024-09-03T09:30:00",
     "President of Mongolia Ukhnaagiin Khurelsukh held official talks with President of the Russian "
     "Federation Vladimir Putin, who is paying an official visit to Mongolia, at the State Palace in "
     "Ulaanbaatar on 3 September 2024.",
     event("Meeting", "2024-09-03", city="Ulan Bator", country="MN", speakers=["Ukhnaagiin Khurelsukh"],
           participants=["Vladimir Putin"], countries=["MN", "RU"], mentioned=["MN", "RU"],
           notes="Forwarded from the President's channel: its act (heldout18's 17106); 'held official talks "
                 "with' -> Meeting; 'in Ulaanbaatar on 3 September 2024' (the State Palace a building in the "
                 "city). The host president the speaker, the guest a participant. Putin's visit to Ulaanbaatar "
                 "on 3 September 2024 is from memory (well reported); the wording is written for the set."),
     forwarded="President of Mongolia", media="photo")

post(17606, "2025-06-01T23:00:00",
     "Minister Battsetseg Batmunkh to pay an official visit to Germany on 2-4 June\n\n"
     "At the invitation of Federal Minister for Foreign Affairs Johann Wadephul, Minister of Foreign Affairs "
     "of Mongolia Battsetseg Batmunkh will pay an official visit to the Federal Republic of Germany. In Berlin, the Ministers will hold talks on the strategic partnership of the two third-neighbour "
     "partners.\n\n"
     "#ThirdNeighbour #Germany",
     event("Visit", "2025-06-02", "2025-06-04", city="Berlin", country="DE", speakers=["Battsetseg Batmunkh"],
           participants=["Johann Wadephul"], countries=["MN", "DE"], mentioned=["MN", "DE"], inferred=True,
           notes="A visit announced with its range in the title, 'on 2-4 June' (no year -> inferred) -> Visit (heldout3's "
                 "9504: the talks are part of it); 'In Berlin'. The host minister who invites and holds talks a "
                 "participant. Wadephul as Foreign Minister from May 2025 is from memory; the visit is invented."),
     media="photo")

post(17607, "2025-01-27T03:00:00",
     "Message of Minister Battsetseg Batmunkh on the anniversary of diplomatic relations between Mongolia "
     "and the United States of America\n\n"
     "\"Since the establishment of our diplomatic relations on 27 January 1987, the United States has become "
     "Mongolia's Strategic Third Neighbor. We are determined to deepen our partnership in trade, education "
     "and people-to-people ties.\"\n\n"
     "#ThirdNeighbor",
     event("Statement", speakers=["Battsetseg Batmunkh"], countries=["MN"], mentioned=["MN", "US"],
           notes="An anniversary message -> Statement; its only date is another event's (relations established "
                 "on 27 January 1987) -> null (heldout18's 17501: the anniversary is the topic's date). The "
                 "United States the topic, not a side (no person of its side; this set's own call). The date of "
                 "relations is from memory; the message is written for the set."))

post(17608, "2025-06-04T10:00:00",
     "During the visit, Minister Battsetseg Batmunkh also met with the Chair of the German-Mongolian "
     "Parliamentary Group of the Bundestag on 3 June.",
     event("Meeting", "2025-06-03", speakers=["Battsetseg Batmunkh"], orgs=["Bundestag"], countries=["MN", "DE"],
           mentioned=["DE", "MN"], inferred=True,
           notes="A reply with a day of its own: 'on 3 June' (no year -> inferred); no place written (the "
                 "parent's Berlin is not taken, heldout18's 17508). 'met with' an unnamed chair -> Meeting with no "
                 "participant (heldout18's 17502); the Bundestag named, its 'German' chair Germany's side. "
                 "Invented for the set."),
     reply_to=17606)

CHANNELS["mfa_mn"]["services"].append((17609, "2025-04-15T06:05:00", 17601))


# ------------------------------------------------------------------------------------------------
# Bolivia's Cancillería (Spanish, UTC-04:00)
# ------------------------------------------------------------------------------------------------
post = channel("cancilleria_bo", "Cancillería de Bolivia 🇧🇴", 2100000062, "es")

post(17701, "2024-02-12T20:00:00",
     "Canciller Celinda Sosa sostuvo una reunión bilateral con su homólogo de Cuba\n\n"
     "📍 La Habana, 12 de febrero de 2024\n\n"
     "La Ministra de Relaciones Exteriores del Estado Plurinacional de Bolivia, Celinda Sosa Lunda, sostuvo una "
     "reunión bilateral con el Ministro de Relaciones Exteriores de la República de Cuba, Bruno Rodríguez "
     "Parrilla, en el marco de su visita oficial a la isla.\n\n"
     "#Bolivia #Cuba",
     event("Meeting", "2024-02-12", city="Havana", country="CU", speakers=["Celinda Sosa Lunda"],
           participants=["Bruno Rodríguez Parrilla"], countries=["BO", "CU"], mentioned=["CU", "BO"],
           notes="'sostuvo una reunión bilateral con' -> Meeting; the 📍 line's full date and place. Sosa's visit "
                 "to Cuba and her talks with Rodríguez on 12 February 2024 are checked (ACN, La Razón); the "
                 "wording is written for the set."),
     media="photo")

post(17702, "2025-01-02T15:00:00",
     "Comunicado\n\n"
     "El Estado Plurinacional de Bolivia es, desde el 1 de enero de 2025, país socio del BRICS. La Cancillería "
     "saluda este paso, que fortalece la construcción de un mundo multipolar y la cooperación Sur-Sur.\n\n"
     "#BRICS",
     event("Statement", orgs=[BO_MFA, "BRICS"], countries=["BO"], mentioned=["BO"],
           notes="A communiqué -> Statement; its only date is the day the partner status took effect ('desde el 1 "
                 "de enero de 2025'), another event's -> null (heldout18's 17501; unlike 17301 there, the "
                 "communiqué is not dated that day). 'La Cancillería' names the own ministry (heldout17's 16806 "
                 "interview, 'la Cancillería'; heldout9's 12708), its author: no person -> no speaker. BRICS "
                 "partner status from 1 January 2025 is from memory; the text is invented."))

post(17703, "2025-05-19T14:00:00",
     "AVISO A LA COMUNIDAD BOLIVIANA EN ESPAÑA\n\n"
     "El Consulado General del Estado Plurinacional de Bolivia en Madrid informa que el Consulado Móvil "
     "atenderá en la ciudad de Valencia los días 24 y 25 de mayo, de 9:00 a 17:00, para trámites de "
     "pasaporte y registro consular.",
     event("Announcement", "2025-05-24", "2025-05-25", city="Valencia", country="ES", countries=["BO"],
           mentioned=["BO", "ES"], inferred=True,
           notes="A notice to Bolivians abroad -> Announcement, dated and placed by the service it announces "
                 "(heldout17's guideline, heldout18's 17304): 'los días 24 y 25 de mayo' a range (no year -> "
                 "inferred), 'en la ciudad de Valencia' (Spain named: 'España'). The consulate is no "
                 "organisation (its country's, heldout18's 17405). Invented for the set."),
     edited="2025-05-19T16:30:00")

post(17704, "2025-04-08T22:00:00",
     "Bolivia participa en la Reunión de Cancilleres de la CELAC\n\n"
     "La Canciller Celinda Sosa Lunda participó hoy, en representación de Bolivia, en la Reunión de Ministras y "
     "Ministros de Relaciones Exteriores de la CELAC, que se celebra en Tegucigalpa en la víspera de la IX "
     "Cumbre de Jefes de Estado y de Gobierno.\n\n"
     "#CELAC",
     event("MultilateralMeeting", "2025-04-08", city="Tegucigalpa", country="HN", speakers=["Celinda Sosa Lunda"],
           orgs=[CELAC], countries=["BO"], mentioned=["BO"], inferred=True,
           notes="Taking part in a ministers' meeting -> MultilateralMeeting (heldout13's guideline); 'hoy' = "
                 "Tuesday 8 April (18:00 in La Paz) -> inferred; 'en Tegucigalpa' (Honduras, the host, named "
                 "only by its city: no side). The summit the next day ('la víspera') is another event. The "
                 "CELAC summit in Tegucigalpa on 9 April 2025 is from memory; the ministers' meeting's day and "
                 "Sosa's part are invented."),
     media="photo")

post(17705, "2025-07-03T16:00:00",
     "Conferencia de prensa de la Canciller Celinda Sosa Lunda sobre la participación de Bolivia en la Cumbre "
     "del BRICS en Río de Janeiro\n\n"
     "📍 La Paz",
     event("PressConference", city="La Paz", country="BO", speakers=["Celinda Sosa Lunda"], orgs=["BRICS"],
           countries=["BO"], mentioned=["BO"],
           notes="'Conferencia de prensa' -> PressConference (seeds' precedence); the 📍 line has a place but no "
                 "date -> location La Paz, date null (heldout10's guideline: no day written, none assumed). The "
                 "BRICS summit in Rio de Janeiro (6-7 July 2025, from memory) is the topic; Brazil named only by "
                 "the city: no country. Invented for the set."),
     media="video")

post(17706, "2024-10-23T15:00:00",
     "Sostuvimos hoy una reunión bilateral con el Presidente de la Federación de Rusia, Vladimir Putin, en "
     "Kazán, en el marco de la XVI Cumbre del BRICS. Conversamos sobre litio, energía y la incorporación de "
     "Bolivia como país socio del bloque.",
     event("Meeting", "2024-10-23", city="Kazan", country="RU", speakers=["Luis Arce"],
           participants=["Vladimir Putin"], orgs=["BRICS"], countries=["BO", "RU"], mentioned=["RU", "BO"],
           inferred=True,
           notes="Forwarded from President Luis Arce's channel, in the first person: his act (heldout3's "
                 "guideline, a leader's forwarded first-person post); 'reunión bilateral con' -> Meeting; 'hoy' = "
                 "Wednesday 23 October (11:00 in La Paz) -> inferred; 'en Kazán'. Arce at the Kazan BRICS summit "
                 "of 22-24 October 2024 and a meeting with Putin are from memory; the text is written for the "
                 "set."),
     forwarded="Luis Arce Catacora")

post(17707, "2025-06-27T01:00:00",
     "Intervención de la Canciller Celinda Sosa Lunda en el 55 Período Ordinario de Sesiones de la Asamblea "
     "General de la OEA\n\n"
     "Antigua Guatemala, 26 de junio — «Bolivia reafirma su compromiso con la democracia, la soberanía de los "
     "pueblos y la integración regional», afirmó la Canciller.",
     event("Statement", "2025-06-26", city="Antigua Guatemala", country="GT", speakers=["Celinda Sosa Lunda"],
           orgs=[OAS], countries=["BO"], mentioned=["BO"], inferred=True,
           notes="A speech at a multilateral meeting -> Statement (heldout13's guideline); the dateline "
                 "'Antigua Guatemala, 26 de junio' (no year -> inferred) dates and places it, not the "
                 "publication day (27 June in UTC, 21:00 of 26 June in La Paz). 'la OEA' the OAS (its General "
                 "Assembly folded into it). The OAS General Assembly in Antigua Guatemala in June 2025 is from "
                 "memory; the speech is invented."),
     media="video")

post(17708, "2024-06-28T18:00:00",
     "Entrevista de la Canciller Celinda Sosa con teleSUR sobre el intento de golpe de Estado del 26 de junio "
     "en Bolivia.",
     event("Interview", speakers=["Celinda Sosa Lunda"], orgs=["teleSUR"], countries=["BO"], mentioned=["BO"],
           notes="'Entrevista … con teleSUR' -> Interview; its only date is the coup attempt's ('del 26 de "
                 "junio'), another event's -> null. teleSUR the outlet. The coup attempt of 26 June 2024 and "
                 "Sosa's denouncing it are checked (Enfoque News); the interview is invented."))

CHANNELS["cancilleria_bo"]["services"].append((17709, "2024-02-12T20:05:00", 17701))


# ------------------------------------------------------------------------------------------------
# Algeria's Ministry of Foreign Affairs, of the National Community Abroad and of African Affairs
# (French, UTC+01:00)
# ------------------------------------------------------------------------------------------------
post = channel("mae_dz", "Ministère des Affaires étrangères, de la Communauté nationale à l'étranger et des "
               "Affaires africaines 🇩🇿", 2100000063, "fr")

post(17801, "2025-01-21T19:00:00",
     "Le Ministre d'État Ahmed Attaf préside le débat de haut niveau du Conseil de sécurité sur la lutte contre "
     "le terrorisme en Afrique\n\n"
     "New York, le 21 janvier 2025 – Le Ministre d'État, ministre des Affaires étrangères, de la Communauté "
     "nationale à l'étranger et des Affaires africaines, M. Ahmed Attaf, a présidé aujourd'hui le débat de haut "
     "niveau organisé par l'Algérie, au titre de sa présidence du Conseil de sécurité des Nations Unies.\n\n"
     "#Algérie #CSNU",
     event("MultilateralMeeting", "2025-01-21", city="New York City", country="US", speakers=["Ahmed Attaf"],
           orgs=[UNSC], countries=["DZ"], mentioned=["DZ"],
           notes="Chairing a Council debate -> MultilateralMeeting (taking part in a council meeting, seeds; "
                 "the chair's own speech is not reported); the dateline's full date and place. The Security "
                 "Council a UN principal organ, not folded. 'M.' dropped. The debate of 21 January 2025 under "
                 "Attaf's presidency is checked (L'Expression); the wording is written for the set."),
     media="photo")

post(17802, "2024-01-08T15:00:00",
     "M. Ahmed Attaf reçoit le Secrétaire général adjoint des Nations Unies à la sûreté et à la sécurité\n\n"
     "Alger, le 8 janvier 2024 – Le Ministre des Affaires étrangères et de la Communauté nationale à "
     "l'étranger, M. Ahmed Attaf, a reçu en audience au siège du Ministère M. Gilles Michaud, Secrétaire général "
     "adjoint des Nations Unies à la sûreté et à la sécurité. L'entretien a porté sur la coopération entre "
     "l'Algérie et l'Organisation des Nations Unies.",
     event("Meeting", "2024-01-08", city="Algiers", country="DZ", speakers=["Ahmed Attaf"],
           participants=["Gilles Michaud"], orgs=[DZ_MFA, "United Nations"], countries=["DZ"], mentioned=["DZ"],
           notes="'a reçu en audience' -> Meeting; the dateline's full date and place (GeoNames' 'Algiers'). A UN "
                 "official has no country side (heldout3's guideline). 'au siège du Ministère' names the own "
                 "ministry (as heldout17's bare 'la Cancillería'); the minister's title does not (heldout18's "
                 "17302). 'l'Organisation des Nations Unies' the UN. The audience on Monday 8 January 2024 is "
                 "checked (L'Espoir libéré); the wording is written for the set."),
     media="photo")

post(17803, "2025-03-13T17:00:00",
     "M. Ahmed Attaf s'est entretenu au téléphone avec son homologue italien\n\n"
     "Ce jeudi, le Ministre d'État, M. Ahmed Attaf, s'est entretenu au téléphone avec le Vice-Président du "
     "Conseil des ministres et Ministre des Affaires étrangères de la République italienne, M. Antonio Tajani. "
     "Les deux ministres ont passé en revue le partenariat stratégique entre l'Algérie et l'Italie.",
     event("PhoneCall", "2025-03-13", speakers=["Ahmed Attaf"], participants=["Antonio Tajani"],
           countries=["DZ", "IT"], mentioned=["IT", "DZ"], inferred=True,
           notes="'s'est entretenu au téléphone avec' -> PhoneCall; 'Ce jeudi' = Thursday 13 March, the "
                 "publication day (18:00 in Algiers) -> inferred (heldout18's 17303); no place. Written for the "
                 "set: the call is invented (Tajani's offices from memory)."))

post(17804, "2025-09-10T10:00:00",
     "Communiqué\n\n"
     "L'Algérie condamne avec la plus grande fermeté l'agression israélienne perpétrée hier contre l'État du "
     "Qatar, en violation flagrante de sa souveraineté et du droit international, et exprime sa pleine "
     "solidarité avec le Qatar frère.",
     event("Statement", countries=["DZ"], mentioned=["DZ", "IL", "QA"],
           notes="A communiqué of condemnation -> Statement; 'hier' dates the attack, another event's day, not "
                 "the communiqué's -> null (heldout18's 17501; the post states no day of its own). Qatar and "
                 "Israel the subjects, not sides ('israélienne' names Israel). The strike on Doha of 9 September "
                 "2025 is from memory; the text is invented."))

post(17805, "2025-10-20T09:00:00",
     "Avis à la communauté nationale établie à l'étranger\n\n"
     "Le Consulat général d'Algérie à Marseille informe les membres de la communauté nationale que des "
     "permanences consulaires pour le renouvellement des passeports se tiendront à Nice du 3 au 7 novembre "
     "2025.",
     event("Announcement", "2025-11-03", "2025-11-07", city="Nice", country="FR", countries=["DZ"],
           mentioned=["DZ"],
           notes="A notice to citizens abroad -> Announcement, dated and placed by the service it announces "
                 "(heldout17's guideline, heldout18's 17304): 'du 3 au 7 novembre 2025' a range with a year, 'à "
                 "Nice' (France named only by cities: no country). The consulate its country's, no organisation "
                 "(heldout18's 17405). Invented for the set."),
     edited="2025-10-20T11:00:00")

post(17806, "2025-04-06T16:00:00",
     "Le Président de la République, M. Abdelmadjid Tebboune, a reçu ce dimanche au siège de la Présidence de "
     "la République le Ministre de l'Europe et des Affaires étrangères de la République française, M. "
     "Jean-Noël Barrot, en visite de travail en Algérie.",
     event("Meeting", "2025-04-06", speakers=["Abdelmadjid Tebboune"], participants=["Jean-Noël Barrot"],
           countries=["DZ", "FR"], mentioned=["FR", "DZ"], inferred=True,
           notes="Forwarded from the Presidency's channel: its act (heldout18's 17106); 'a reçu' -> Meeting; 'ce "
                 "dimanche' = Sunday 6 April, the publication day -> inferred; 'au siège de la Présidence' a "
                 "building, no city -> no location (heldout3's guideline). Barrot's visit to Algiers on 6 April "
                 "2025 is from memory; the wording is written for the set."),
     forwarded="Présidence de la République algérienne", media="photo")

post(17807, "2024-12-30T14:00:00",
     "Conférence de presse du Ministre Ahmed Attaf consacrée au bilan de l'action diplomatique de l'Algérie "
     "en 2024\n\n"
     "Le Ministre a animé aujourd'hui, au siège du Ministère des Affaires étrangères, une conférence de presse "
     "au cours de laquelle il a présenté les priorités de la présidence algérienne du Conseil de sécurité en "
     "janvier 2025.",
     event("PressConference", "2024-12-30", speakers=["Ahmed Attaf"], orgs=[DZ_MFA, UNSC], countries=["DZ"],
           mentioned=["DZ"], inferred=True,
           notes="'Conférence de presse' -> PressConference; 'aujourd'hui' = Monday 30 December (15:00 in "
                 "Algiers) -> inferred; the ministry's seat names no city -> no location. 'Ministère des "
                 "Affaires étrangères' in its own channel the ministry (heldout17's own_bodies case); the "
                 "Security Council named. 'janvier 2025' is the presidency's month, not the day. Attaf's press "
                 "conference on the 2024 record, a Monday at the turn of the year, is checked (Radio Algérie, "
                 "Le360 via Sahafati); the wording is written for the set."))

post(17808, "2025-02-14T10:00:00",
     "Le Ministre d'État Ahmed Attaf a pris part, les 12 et 13 février, aux travaux de la 46e session "
     "ordinaire du Conseil exécutif de l'Union africaine à Addis-Abeba.\n\n"
     "#Algérie #UA",
     event("MultilateralMeeting", "2025-02-12", "2025-02-13", city="Addis Ababa", country="ET",
           speakers=["Ahmed Attaf"], orgs=["African Union"], countries=["DZ"], mentioned=["DZ"], inferred=True,
           notes="'a pris part … aux travaux' of a council -> MultilateralMeeting (seeds); 'les 12 et 13 "
                 "février' a range (no year -> inferred); 'à Addis-Abeba'. The Executive Council folded into the "
                 "AU (seeds). '#Algérie' names Algeria. The 46th session of 12-13 February 2025 is from memory."),
     media="photo")

CHANNELS["mae_dz"]["services"].append((17809, "2025-01-21T19:05:00", 17801))


# ------------------------------------------------------------------------------------------------
# Mozambique's Ministry of Foreign Affairs and Cooperation, MINEC (Portuguese, UTC+02:00)
# ------------------------------------------------------------------------------------------------
post = channel("minec_mz", "MINEC Moçambique 🇲🇿", 2100000064, "pt")

post(17901, "2025-04-11T07:00:00",
     "Ministra Maria Manuela Lucas participa no Fórum de Diplomacia de Antalya\n\n"
     "A Ministra dos Negócios Estrangeiros e Cooperação, Maria Manuela Lucas, participa a partir de hoje na 4.ª "
     "edição do Fórum de Diplomacia de Antalya, na República da Turquia, em representação do Presidente da "
     "República de Moçambique, Daniel Chapo.",
     event("MultilateralMeeting", "2025-04-11", city="Antalya", country="TR", speakers=["Maria Manuela Lucas"],
           countries=["MZ"], mentioned=["TR", "MZ"], inferred=True,
           notes="Taking part in a forum -> MultilateralMeeting (heldout18's 17403); 'a partir de hoje' = Friday "
                 "11 April, the publication day -> inferred, no end written; 'de Antalya, na República da "
                 "Turquia' (Türkiye named as the place, not a side). The President she represents is named, not a "
                 "participant. Lucas at the 4th Antalya Diplomacy Forum is checked (Rádio Moçambique); the "
                 "wording is written for the set."),
     media="photo")

post(17902, "2025-07-22T14:00:00",
     "Moçambique e Rússia celebram 50 anos de relações diplomáticas\n\n"
     "📍 Moscovo, 22 de Julho de 2025\n\n"
     "A Ministra dos Negócios Estrangeiros e Cooperação, Maria Manuela Lucas, manteve um encontro com o "
     "Ministro dos Negócios Estrangeiros da Federação da Rússia, Sergey Lavrov, no âmbito da sua visita "
     "oficial à Federação da Rússia.\n\n"
     "#MoçambiqueRússia",
     event("Meeting", "2025-07-22", city="Moscow", country="RU", speakers=["Maria Manuela Lucas"],
           participants=["Sergey Lavrov"], countries=["MZ", "RU"], mentioned=["MZ", "RU"],
           notes="'manteve um encontro com' -> Meeting; the 📍 line's full date and place ('Moscovo'). The 50 "
                 "years of relations the occasion. Lucas in Moscow after a meeting with Lavrov on 22 July 2025 is "
                 "checked (Pravda's Portuguese digest of Sputnik); the wording is written for the set."),
     media="photo")

post(17903, "2025-03-05T13:00:00",
     "Ministra concede audiência ao Secretário Executivo da SADC\n\n"
     "Maputo, 5 de Março – A Ministra dos Negócios Estrangeiros e Cooperação, Maria Manuela Lucas, concedeu "
     "audiência ao Secretário Executivo da Comunidade de Desenvolvimento da África Austral (SADC), Elias "
     "Magosi, com quem abordou a situação de paz e segurança na região.",
     event("Meeting", "2025-03-05", city="Maputo", country="MZ", speakers=["Maria Manuela Lucas"],
           participants=["Elias Magosi"], orgs=[SADC], countries=["MZ"], mentioned=[], inferred=True,
           notes="'concedeu audiência ao' -> Meeting (heldout17's 16901 audience); the dateline 'Maputo, 5 de "
                 "Março' (no year -> inferred). An organisation's official has no country side (heldout3's "
                 "guideline). Magosi as SADC's Executive Secretary is from memory; the audience is invented."))

post(17904, "2025-02-20T12:00:00",
     "Intervenção da Ministra Maria Manuela Lucas na Reunião Extraordinária do Conselho de Ministros da CPLP\n\n"
     "«Moçambique reafirma o seu compromisso com o reforço da concertação político-diplomática no seio da "
     "nossa Comunidade», afirmou a Ministra.\n\n"
     "#CPLP",
     event("Statement", speakers=["Maria Manuela Lucas"], orgs=[CPLP], countries=["MZ"], mentioned=["MZ"],
           notes="A speech at a multilateral meeting -> Statement (heldout13's guideline); no date or place "
                 "written -> null (heldout18's 17105). 'CPLP' the Community of Portuguese Language Countries "
                 "(its Council of Ministers folded in). Invented for the set (no such extraordinary meeting "
                 "checked)."),
     media="video")

post(17905, "2025-08-05T08:00:00",
     "COMUNICADO\n\n"
     "O Ministério dos Negócios Estrangeiros e Cooperação informa aos cidadãos moçambicanos residentes na "
     "África do Sul que o Alto Comissariado de Moçambique em Pretória realizará uma brigada móvel de registo "
     "consular e emissão de documentos em Joanesburgo, de 14 a 16 de Agosto.",
     event("Announcement", "2025-08-14", "2025-08-16", city="Johannesburg", country="ZA", orgs=[MZ_MFA],
           countries=["MZ"], mentioned=["MZ", "ZA"], inferred=True,
           notes="A notice to citizens abroad -> Announcement, dated and placed by the service it announces "
                 "(heldout17's guideline): 'de 14 a 16 de Agosto' a range (no year -> inferred), 'em "
                 "Joanesburgo' (not the High Commission's Pretória). The ministry named in its own channel listed "
                 "(heldout18's 17304); the High Commission its country's, no organisation. South Africa named "
                 "('África do Sul'), a place, not a side. Invented for the set."),
     edited="2025-08-05T09:15:00")

post(17906, "2025-02-27T10:00:00",
     "O Presidente da República, Daniel Chapo, recebeu ontem, na Presidência da República, o Presidente da "
     "República do Malawi, Lazarus Chakwera, com quem passou em revista a cooperação bilateral e a segurança "
     "no Corredor de Nacala.",
     event("Meeting", "2025-02-26", speakers=["Daniel Chapo"], participants=["Lazarus Chakwera"],
           countries=["MZ", "MW"], mentioned=["MW"], inferred=True,
           notes="Forwarded from the Presidency's channel: its act (heldout18's 17106); 'recebeu' -> Meeting; "
                 "'ontem' from Thursday 27 February = Wednesday 26 February -> inferred; 'na Presidência da "
                 "República' a building -> no location (heldout3's guideline). The Nacala Corridor a route, no "
                 "place. Chapo as President from January 2025 and Chakwera as Malawi's President are from "
                 "memory; the visit is invented."),
     forwarded="Presidência da República de Moçambique")

post(17907, "2025-06-24T17:00:00",
     "Entrevista da Ministra Maria Manuela Lucas à TVM sobre a política externa de Moçambique nos 50 anos da "
     "Independência Nacional.",
     event("Interview", speakers=["Maria Manuela Lucas"], orgs=["TVM"], countries=["MZ"], mentioned=["MZ"],
           notes="'Entrevista … à TVM' -> Interview; no date -> null (the '50 anos da Independência' is no "
                 "day). TVM (Televisão de Moçambique) the outlet, as written. Invented for the set."),
     media="video")

post(17908, "2025-07-23T09:00:00",
     "Ainda em Moscovo, a Ministra Maria Manuela Lucas depositou uma coroa de flores no Túmulo do Soldado "
     "Desconhecido, junto às muralhas do Kremlin.",
     event("Other", city="Moscow", country="RU", speakers=["Maria Manuela Lucas"], countries=["MZ"],
           mentioned=[],
           notes="A reply to 17902 with no day of its own -> null (a reply does not take its parent's date, "
                 "heldout18's 17108); 'em Moscovo' places it. A wreath-laying: none of the kinds -> Other "
                 "(heldout18's 17504, heldout14's 15205). The Kremlin a building, no organisation. Invented for "
                 "the set."),
     reply_to=17902, media="photo")

CHANNELS["minec_mz"]["services"].append((17909, "2025-07-22T14:05:00", 17902))


# ------------------------------------------------------------------------------------------------
# Iraq's Ministry of Foreign Affairs (Arabic, UTC+03:00)
# ------------------------------------------------------------------------------------------------
post = channel("mofa_iq", "وزارة الخارجية العراقية 🇮🇶", 2100000065, "ar")

post(18001, "2025-03-14T10:00:00",
     "نائب رئيس مجلس الوزراء وزير الخارجية يستقبل وزير خارجية الجمهورية العربية السورية\n\n"
     "📍 بغداد\n\n"
     "استقبل نائب رئيس مجلس الوزراء وزير الخارجية فؤاد حسين، اليوم الجمعة، وزير خارجية الجمهورية العربية "
     "السورية أسعد حسن الشيباني، وجرى خلال اللقاء بحث العلاقات الثنائية بين العراق وسوريا وأمن الحدود "
     "المشتركة.",
     event("Meeting", "2025-03-14", city="Baghdad", country="IQ", speakers=["Fuad Hussein"],
           participants=["Asaad al-Shaibani"], countries=["IQ", "SY"], mentioned=["SY", "IQ"], inferred=True,
           notes="'استقبل' a named counterpart -> Meeting; 'اليوم الجمعة' = Friday 14 March, the publication "
                 "day -> inferred; the 📍 line's place, no date on it. The office's long title before the name "
                 "is no person (heldout18's 17406). al-Shaibani's visit to Baghdad on a Friday in 2025 is "
                 "checked (Sahafati); its day here (14 March) is from memory."),
     media="photo")

post(18002, "2025-06-14T16:00:00",
     "تلقى نائب رئيس مجلس الوزراء وزير الخارجية فؤاد حسين، اليوم السبت، اتصالاً هاتفياً من وزير خارجية "
     "الجمهورية الإسلامية الإيرانية عباس عراقجي، جرى خلاله بحث تداعيات الهجمات الإسرائيلية على إيران "
     "وسبل منع اتساع رقعة الحرب في المنطقة.",
     event("PhoneCall", "2025-06-14", speakers=["Fuad Hussein"], participants=["Abbas Araghchi"],
           countries=["IQ", "IR"], mentioned=["IR", "IL"], inferred=True,
           notes="'تلقى … اتصالاً هاتفياً من' -> PhoneCall; the own minister who received the call the speaker, "
                 "the caller a participant (seeds: the own official the speaker); 'اليوم السبت' = Saturday 14 "
                 "June -> inferred; no place. Israel ('الإسرائيلية') a topic. Written for the set: the call is "
                 "invented (the war of June 2025 and Araghchi's office from memory)."))

post(18003, "2025-05-17T18:00:00",
     "مؤتمر صحفي مشترك لنائب رئيس مجلس الوزراء وزير الخارجية فؤاد حسين والأمين العام لجامعة الدول العربية "
     "أحمد أبو الغيط\n\n"
     "بغداد، السبت 17 أيار 2025 – عقد وزير الخارجية فؤاد حسين والأمين العام لجامعة الدول العربية أحمد أبو "
     "الغيط مؤتمراً صحفياً مشتركاً في ختام أعمال القمة العربية الرابعة والثلاثين.\n\n"
     "#قمة_بغداد",
     event("PressConference", "2025-05-17", city="Baghdad", country="IQ", speakers=["Fuad Hussein"],
           participants=["Ahmed Aboul Gheit"], orgs=[ARAB_LEAGUE], countries=["IQ"], mentioned=[],
           notes="A joint press conference -> PressConference, the own minister the speaker and the guest a "
                 "participant (heldout16's 16407, heldout18's 17108); the dateline 'بغداد، السبت 17 أيار 2025' "
                 "(a Levantine month name, 'أيار' = May, with a year). An organisation's official has no side. "
                 "The joint press conference at the close of the 34th Arab summit in Baghdad is checked (Al-Ahram "
                 "Gate); the wording is written for the set."),
     media="video")

post(18004, "2025-06-22T19:00:00",
     "بيان\n\n"
     "تدين وزارة الخارجية العراقية بأشد العبارات التفجير الإرهابي الذي استهدف المصلين في كنيسة مار الياس "
     "بدمشق، وتعرب عن تضامن العراق حكومةً وشعباً مع الجمهورية العربية السورية الشقيقة.",
     event("Statement", orgs=[IQ_MFA], countries=["IQ"], mentioned=["IQ", "SY"],
           notes="A statement of condemnation -> Statement; no date written -> null; no place of its own "
                 "('بدمشق' is the attack's). The ministry named in its own channel listed (heldout9's 12708). "
                 "Syria named, the subject. The bombing of the Mar Elias church in Damascus in June 2025 is from "
                 "memory; the text is invented."))

post(18005, "2025-09-28T08:00:00",
     "تنويه للمواطنين العراقيين المقيمين في الجمهورية التركية\n\n"
     "تعلن سفارة جمهورية العراق في أنقرة عن تنظيم قنصلية متنقلة في مدينة إسطنبول للمدة من 5 إلى 9 تشرين "
     "الأول لإنجاز معاملات الجوازات والوثائق.",
     event("Announcement", "2025-10-05", "2025-10-09", city="Istanbul", country="TR", countries=["IQ"],
           mentioned=["IQ", "TR"], inferred=True,
           notes="A notice to citizens abroad -> Announcement, dated and placed by the service it announces "
                 "(heldout17's guideline): 'للمدة من 5 إلى 9 تشرين الأول' a range (the Levantine 'تشرين الأول' "
                 "= October; no year -> inferred), 'في مدينة إسطنبول'. Forwarded from the embassy's channel; the "
                 "embassy its country's, no organisation (heldout18's 17405). Invented for the set."),
     forwarded="سفارة جمهورية العراق في أنقرة")

post(18006, "2025-09-27T02:00:00",
     "كلمة العراق في المناقشة العامة للدورة الثمانين للجمعية العامة للأمم المتحدة\n\n"
     "ألقى نائب رئيس مجلس الوزراء وزير الخارجية فؤاد حسين كلمة العراق في نيويورك، أكد فيها على أهمية "
     "الحوار وحسن الجوار.",
     event("Statement", city="New York City", country="US", speakers=["Fuad Hussein"], orgs=[UNGA],
           countries=["IQ"], mentioned=["IQ"],
           notes="A speech at the UN General Assembly -> Statement; no day written -> null (the 'eightieth "
                 "session' is no day); 'في نيويورك' places it (GeoNames' 'New York City'). The Assembly named. "
                 "That Fuad Hussein delivered Iraq's speech is invented for the set."),
     media="video")

post(18007, "2024-11-21T09:00:00",
     "عقد المتحدث الرسمي باسم وزارة الخارجية أحمد الصحاف، أمس، إحاطة صحفية تناول فيها موقف العراق من "
     "التطورات في لبنان وجهود إيصال المساعدات الإنسانية.",
     event("Briefing", "2024-11-20", speakers=["Ahmed al-Sahhaf"], orgs=[IQ_MFA], countries=["IQ"],
           mentioned=["IQ", "LB"], inferred=True,
           notes="A spokesperson's briefing -> Briefing (heldout12's guideline, heldout18's 17107); 'أمس' from "
                 "Thursday 21 November = Wednesday 20 November -> inferred; no place. The spokesperson the "
                 "speaker, the ministry named ('وزارة الخارجية' in its own channel, heldout17's own_bodies "
                 "case). Lebanon the topic. Al-Sahhaf as spokesperson (reported in 2021, q8times) is not checked "
                 "for 2024; the briefing is invented."))

post(18008, "2025-01-12T07:00:00",
     "وصل نائب رئيس مجلس الوزراء وزير الخارجية فؤاد حسين إلى العاصمة الإيرانية طهران في زيارة رسمية يلتقي "
     "خلالها عدداً من كبار المسؤولين الإيرانيين.\n\n"
     "#العراق #إيران",
     event("Visit", city="Tehran", country="IR", speakers=["Fuad Hussein"], countries=["IQ", "IR"],
           mentioned=["IQ", "IR"],
           notes="Arriving on an official visit -> Visit; no day written -> null; 'طهران' places it. Iran, the "
                 "host, named ('الإيرانية', '#إيران') as the visit's other side (its officials to be met) -> a "
                 "side (this set's own call; a host named only by its city would be none). No person of Iran "
                 "named. Invented for the set (Fuad Hussein's visits to Tehran are reported, q8times, not this "
                 "one)."),
     media="photo", edited="2025-01-12T08:00:00")

CHANNELS["mofa_iq"]["services"].append((18009, "2025-03-14T10:05:00", 18001))


def main() -> None:
    guidelines = ("Hand-annotated gold for kg over tests/data/heldout19/*/result.json: a nineteenth held-out set "
                  "of five foreign-affairs channels new to the held-out sets (Mongolia's Ministry of Foreign "
                  "Affairs in English, Bolivia's Cancillería in Spanish, Algeria's Ministry of Foreign Affairs, of "
                  "the National Community Abroad and of African Affairs in French, Mozambique's Ministry of Foreign "
                  "Affairs and Cooperation in Portuguese, Iraq's Ministry of Foreign Affairs in Arabic), written and "
                  "annotated before kg was run on them. Posts are found by message_id (17601 and up, one block of "
                  "a hundred per channel, apart from the other sets'). The annotation follows the guidelines of "
                  "tests/data/gold/seeds.json and the eighteen earlier held-out golds; relative days ('Today', "
                  "'hoy', 'Ce jeudi', 'ce dimanche', 'aujourd'hui', 'a partir de hoje', 'ontem', 'اليوم الجمعة', "
                  "'أمس') are resolved from the publication time in the channel's own time zone (Ulaanbaatar "
                  "+08:00, La Paz -04:00, Algiers +01:00, Maputo +02:00, Baghdad +03:00); a dateline, a 📍 line "
                  "or a date in the body dates and places it, a 📍 line with no date places it only; a range ('on "
                  "2-4 June', 'los días 24 y 25 de mayo', 'du 3 au 7 novembre 2025', 'les 12 et 13 février', 'de "
                  "14 a 16 de Agosto', 'من 5 إلى 9 تشرين الأول') gives date and end_date; a date that belongs to "
                  "another event (relations established, a status taking effect, an attack 'hier', a coup "
                  "attempt) is not the post's; a reply does not take its parent's date or place; a forwarded post "
                  "is its author's act; the own official is the speaker, the other side participants; a joint "
                  "press conference has the guest as a participant; a speech at a multilateral meeting is a "
                  "Statement, taking part in or chairing one a MultilateralMeeting; a notice to citizens is an "
                  "Announcement, dated only by a service of its own it announces; a host country named only by its "
                  "city is no side; names are given in their usual English form (known people and organisations "
                  "as kg/data's English labels spell them: 'Takeshi Iwaya', 'Cho Tae-yul', 'Ukhnaagiin "
                  "Khurelsukh', 'Bruno Rodríguez Parrilla', 'Luis Arce', 'Antonio Tajani', 'Jean-Noël Barrot', "
                  "'Abdelmadjid Tebboune', 'Ahmed Attaf', 'Sergey Lavrov', 'Fuad Hussein', 'Asaad al-Shaibani', "
                  "'Abbas Araghchi', 'Ahmed Aboul Gheit', 'Community of Latin American and Caribbean States' for "
                  "'CELAC', 'Southern African Development Community' for 'SADC', 'Community of Portuguese Language "
                  "Countries' for 'CPLP', 'League of Arab States' for 'جامعة الدول العربية'), cities as GeoNames "
                  "names them ('Ulan Bator', 'Havana', 'Algiers', 'Addis Ababa', 'New York City'). date_inferred "
                  "= the year, or the day itself ('today', a weekday), is not written. notes record judgment "
                  "calls.")
    h3.write(CHANNELS, HERE, HERE.parent / "gold" / "heldout19.json", guidelines)


if __name__ == "__main__":
    main()
