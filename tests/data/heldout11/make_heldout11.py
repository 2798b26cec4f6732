"""Write the eleventh held-out set (one Telegram Desktop ``result.json`` per channel) and its gold.

The first ten held-out sets (tests/data/heldout/ to heldout10/) have all been used, or are being used,
to tune kg's rules, so their scores now flatter kg. This eleventh set is a fresh measure of what to
expect on a typical new channel, on five channels new to the held-out sets: Hungary's Ministry of
Foreign Affairs and Trade in English ("Minister of Foreign Affairs and Trade Péter Szijjártó", his
way of quoting himself), Venezuela's Cancillería in Spanish ("el Canciller de la República Bolivariana
de Venezuela, Yván Gil", "Comunicado", ALBA-TCP, CELAC), Azerbaijan's Ministry of Foreign Affairs in
Russian ("Министр иностранных дел Азербайджанской Республики Джейхун Байрамов"), Vietnam's Ministry of
Foreign Affairs in English ("Deputy Prime Minister and Foreign Minister Bui Thanh Son", "Spokesperson
Pham Thu Hang", the regular press briefing) and Austria's Federal Ministry for European and
International Affairs in German ("Außenministerin Beate Meinl-Reisinger", "Außenminister Alexander
Schallenberg", OSZE, UNO). The posts are written in those channels' styles about real people, places,
organisations and events of 2024-2025; they are not copies of real posts. The gold was written by hand
from the texts below, by the guidelines of tests/data/gold/seeds.json and the ten earlier held-out
golds, before kg was run on them, and is not to be changed to match kg.

Run ``python tests/data/heldout11/make_heldout11.py`` to rewrite the exports and
tests/data/gold/heldout11.json from this file (the output is deterministic). The export-writing
helpers are the third set's (tests/data/heldout3/make_heldout3.py, imported, not copied; importing it
writes nothing). Message ids are 13601 and up, one block of a hundred per channel (13601-, 13701-,
13801-, 13901-, 14001-), apart from the other sets' (101-608, 9001-13509), since the scorer finds an
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

# The exporting machine's clock is Vienna's winter time (UTC+01:00): an export's "date" is local to it,
# "date_unixtime" is UTC. (h3.new_set sets it for this process only.)
CHANNELS, channel = h3.new_set(timezone(timedelta(hours=1)))


# ------------------------------------------------------------------------------------------------
# Hungary's Ministry of Foreign Affairs and Trade (English, UTC+01:00; UTC+02:00 in summer)
# ------------------------------------------------------------------------------------------------
post = channel("mfat_hu", "Ministry of Foreign Affairs and Trade of Hungary", 2100000011, "en")

post(13601, "2024-11-07T15:30:00",
     "**Péter Szijjártó held talks with Armenian Foreign Minister Ararat Mirzoyan**\n\n"
     "📍 Budapest\n\n"
     "On the sidelines of the European Political Community summit hosted by Budapest today, Minister of Foreign "
     "Affairs and Trade Péter Szijjártó held talks with Ararat Mirzoyan, Minister of Foreign Affairs of Armenia.\n\n"
     "\"Hungary supports the signing of a peace treaty between Armenia and Azerbaijan as soon as possible, since "
     "peace in the South Caucasus is in the interest of all of Europe,\" the minister said after the meeting.\n\n"
     "🇭🇺🇦🇲",
     event("Meeting", "2024-11-07", city="Budapest", country="HU", speakers=["Péter Szijjártó"],
           participants=["Ararat Mirzoyan"], countries=["HU", "AM"], mentioned=["HU", "AM", "AZ"], inferred=True,
           notes="'held talks with' a named counterpart -> Meeting (seeds); 'today' = publication day (Thursday 7 "
                 "November, 16:30 in Budapest); place from the 📍 line. The European Political Community is a "
                 "format, not an organisation (seeds: formats excluded). The minister's words about Armenia and "
                 "Azerbaijan are his own; Azerbaijan is named, not a side. The two flags name both sides. The "
                 "EPC summit of 7 November 2024 in Budapest and Mirzoyan's meeting with Szijjártó on its "
                 "sidelines are checked; the quotation is written for the set."),
     media="photo", reactions=[("👍", 410)])

post(13602, "2025-03-12T08:00:00",
     "Phone call with the Ukrainian Foreign Minister\n\n"
     "Péter Szijjártó, Minister of Foreign Affairs and Trade, had a phone conversation yesterday with Andrii Sybiha, "
     "Minister for Foreign Affairs of Ukraine. The two ministers discussed the situation of the Hungarian community "
     "in Transcarpathia and the results of the talks held in Jeddah.",
     event("PhoneCall", "2025-03-11", speakers=["Péter Szijjártó"], participants=["Andrii Sybiha"],
           countries=["HU", "UA"], mentioned=["UA", "HU"], inferred=True,
           notes="'had a phone conversation … with' -> PhoneCall (heldout10's 13508); 'yesterday' from Wednesday "
                 "12 March (09:00 in Budapest) = Tuesday 11 March; a call has no place. Transcarpathia is a "
                 "region; the Jeddah talks are another event with no day written (Jeddah no location of the "
                 "call). 'Hungarian' names Hungary. Written for the set: the call is not checked."))

post(13603, "2025-01-27T11:45:00",
     "Szijjártó in Brussels: \"We will not support sanctions that hurt Hungary's energy security\"\n\n"
     "\"We have made it clear: we will not support any sanctions that would endanger the energy supply of Hungary,\" "
     "Péter Szijjártó said in Brussels today before the meeting of the foreign ministers of the European Union. "
     "\"Energy supply is a physical question, not a political one,\" the minister added, referring to the gas "
     "transit through Ukraine that stopped on 1 January.\n\n"
     "#energysecurity",
     event("Statement", "2025-01-27", city="Brussels", country="BE", speakers=["Péter Szijjártó"],
           orgs=["European Union"], countries=["HU"], mentioned=["HU", "UA"], inferred=True,
           notes="The minister's own words quoted in the title (his way of quoting himself) -> Statement (seeds: "
                 "remarks/statement; heldout8's 12108: a doorstep before a multilateral meeting is a Statement, "
                 "not the meeting); 'in Brussels today' = publication day (Monday 27 January, 12:45 in Brussels). "
                 "1 January is the end of the transit, another event. The Foreign Affairs Council of 27 January "
                 "2025 and the sanctions dispute are from memory of reports; the words are written for the set."))

post(13604, "2025-05-04T17:00:00",
     "In an interview with Hungarian public television, Péter Szijjártó said that Hungary would continue to oppose "
     "the opening of the first cluster of Ukraine's accession negotiations with the European Union.\n\n"
     "\"Accession would bring the war into the EU,\" he said.",
     event("Interview", speakers=["Péter Szijjártó"], orgs=["European Union"], countries=["HU"],
           mentioned=["HU", "UA"],
           notes="Forwarded from the minister's own channel: an interview -> Interview (seeds); no date ('said' "
                 "gives none), no place. 'Hungarian public television' is not named as an organisation "
                 "(judgment call: no name). 'EU' and 'the European Union' name the EU. Written for the set."),
     forwarded="Szijjártó Péter", media="video")

post(13605, "2025-09-22T12:00:00",
     "Working visit to New York: UN General Assembly high-level week\n\n"
     "Minister of Foreign Affairs and Trade Péter Szijjártó is in New York from 22 to 26 September for the "
     "high-level week of the 80th session of the United Nations General Assembly, where he will hold more than "
     "twenty bilateral meetings.\n\n"
     "#UNGA80",
     event("Visit", "2025-09-22", "2025-09-26", city="New York City", country="US", speakers=["Péter Szijjártó"],
           orgs=["United Nations General Assembly"], countries=["HU"], mentioned=[],
           notes="The title names a working visit -> Visit (seeds' precedence: Visit before Statement; not "
                 "MultilateralMeeting, since no 'took part in' is written); the range 'from 22 to 26 September' "
                 "has no year -> inferred (heldout10's 13404: a day without a year); 'in New York'. The "
                 "General Assembly is a UN principal organ (seeds). The unnamed bilateral counterparts are no "
                 "persons. The high-level week of September 2025 is from memory; the visit is written for the "
                 "set.",
           inferred=True),
     media="photo")

post(13606, "2025-06-16T09:30:00",
     "Consular information\n\n"
     "The Consular Service of the Ministry of Foreign Affairs and Trade advises Hungarian citizens to avoid all "
     "travel to Israel and Iran. Hungarians staying in the region are asked to register via the Konzinfo service and "
     "to follow the instructions of the local authorities. Consular emergency line: +36 1 458 1000.",
     event("Announcement", orgs=["Ministry of Foreign Affairs and Trade of Hungary"], countries=["HU"],
           mentioned=["HU", "IL", "IR"],
           notes="A notice to citizens -> Announcement (heldout10's 13505); no date, place or person. The "
                 "Consular Service is a department of the ministry, named in full -> the ministry (judgment "
                 "call: the department folded into it, as seeds fold sub-organs). Konzinfo is a service, no "
                 "organisation. Written for the set (the number is invented)."))

post(13607, "2025-02-17T14:00:00",
     "Joint press conference of Péter Szijjártó and Hakan Fidan\n\n"
     "Minister of Foreign Affairs and Trade Péter Szijjártó and Turkish Foreign Minister Hakan Fidan held a joint "
     "press conference in Budapest today after the meeting of the Joint Strategic Planning Group of the two "
     "countries. Szijjártó said that Turkey was a key partner in Hungary's energy security.\n\n"
     "🇭🇺🇹🇷",
     event("PressConference", "2025-02-17", city="Budapest", country="HU",
           speakers=["Péter Szijjártó", "Hakan Fidan"], countries=["HU", "TR"], mentioned=["HU", "TR"], inferred=True,
           notes="'joint press conference' -> PressConference; both who give it are speakers (heldout10's 13106); "
                 "'in Budapest today' = publication day (Monday 17 February, 15:00 in Budapest). The planning "
                 "group is a format, no organisation. Written for the set: the press conference and its day are "
                 "not checked."),
     media="video")

post(13608, "2024-11-07T18:10:00",
     "\"Peace cannot be achieved without dialogue, and dialogue requires respect for each other,\" — Péter "
     "Szijjártó\n\n"
     "#Hungary",
     event("Statement", speakers=["Péter Szijjártó"], countries=["HU"], mentioned=["HU"],
           notes="A reply to 13601: a quote card -> Statement (seeds: quote card; heldout10's 13208); a reply does "
                 "not take its parent's date -> null; no place. '#Hungary' names Hungary. Edited. Written for "
                 "the set."),
     media="photo", reply_to=13601, edited="2024-11-07T18:40:00")

CHANNELS["mfat_hu"]["services"].append((13609, "2024-11-07T15:35:00", 13601))

# ------------------------------------------------------------------------------------------------
# Venezuela's Ministry of Foreign Affairs (Spanish, UTC-04:00)
# ------------------------------------------------------------------------------------------------
post = channel("mppre_ve", "Cancillería Venezuela 🇻🇪", 2100000012, "es")

post(13701, "2025-08-20T21:00:00",
     "**COMUNICADO**\n\n"
     "La República Bolivariana de Venezuela rechaza categóricamente el despliegue militar de los Estados Unidos en "
     "el mar Caribe, que constituye una amenaza a la paz y la estabilidad de la región, declarada Zona de Paz por "
     "la Comunidad de Estados Latinoamericanos y Caribeños (CELAC).\n\n"
     "Caracas, 20 de agosto de 2025\n\n"
     "#Comunicado #VenezuelaSoberana",
     event("Statement", "2025-08-20", city="Caracas", country="VE",
           orgs=["Community of Latin American and Caribbean States"], countries=["VE"], mentioned=["VE", "US"],
           notes="'COMUNICADO' -> Statement of the republic (heldout10's 13103: a communiqué); date and place from "
                 "the closing dateline (heldout10's 13201). The Caribbean Sea is a geographic feature; the United "
                 "States are criticised, not a side. CELAC named in full and as an acronym. No person. The US "
                 "naval deployment of August 2025 is from memory of reports; the communiqué is written for the "
                 "set."),
     media="document", file_name="comunicado.pdf")

post(13702, "2024-12-14T20:00:00",
     "Canciller Yván Gil sostuvo reunión con su homólogo de Cuba, Bruno Rodríguez Parrilla\n\n"
     "📍 Caracas\n\n"
     "El Canciller de la República Bolivariana de Venezuela, Yván Gil, sostuvo este sábado una reunión con el "
     "Ministro de Relaciones Exteriores de la República de Cuba, Bruno Rodríguez Parrilla, en el marco de la XXIV "
     "Cumbre de la Alianza Bolivariana para los Pueblos de Nuestra América - Tratado de Comercio de los Pueblos "
     "(ALBA-TCP), con motivo de sus 20 años.\n\n"
     "🇻🇪🇨🇺",
     event("Meeting", "2024-12-14", city="Caracas", country="VE", speakers=["Yván Gil"],
           participants=["Bruno Rodríguez Parrilla"], orgs=["Bolivarian Alliance for the Peoples of Our America"],
           countries=["VE", "CU"], mentioned=["VE", "CU"], inferred=True,
           notes="'sostuvo reunión con su homólogo' -> Meeting; 'este sábado' = Saturday 14 December (16:00 in "
                 "Caracas, the publication day); place from the 📍 line. A side meeting at a summit: the summit "
                 "names ALBA-TCP (the organisation, not an event). The ALBA-TCP summit of Saturday 14 December "
                 "2024 in Caracas (its twentieth anniversary) is checked; the meeting is written for the "
                 "set."),
     media="photo")

post(13703, "2025-05-20T18:00:00",
     "Canciller Gil conversa telefónicamente con el Canciller ruso Serguéi Lavrov\n\n"
     "Este martes, el Canciller Yván Gil sostuvo una conversación telefónica con el Ministro de Asuntos Exteriores "
     "de la Federación de Rusia, Serguéi Lavrov, en la que revisaron la agenda de cooperación estratégica entre "
     "ambos países.",
     event("PhoneCall", "2025-05-20", speakers=["Yván Gil"], participants=["Sergey Lavrov"],
           countries=["VE", "RU"], mentioned=["RU"], inferred=True,
           notes="'conversación telefónica' -> PhoneCall; 'este martes' = the publication day (Tuesday 20 May, "
                 "14:00 in Caracas); a call has no place. Lavrov by kg's English label. Written for the set."))

post(13704, "2025-04-08T23:00:00",
     "Canciller Yván Gil participa en la Reunión de Cancilleres de la CELAC en Tegucigalpa | 8 de abril de 2025\n\n"
     "El Canciller Yván Gil participó en la Reunión de Ministras y Ministros de Relaciones Exteriores de la "
     "Comunidad de Estados Latinoamericanos y Caribeños, preparatoria de la IX Cumbre de Jefes de Estado y de "
     "Gobierno que se celebra mañana en la capital hondureña.\n\n"
     "#CELAC",
     event("MultilateralMeeting", "2025-04-08", city="Tegucigalpa", country="HN", speakers=["Yván Gil"],
           orgs=["Community of Latin American and Caribbean States"], countries=["VE"], mentioned=["HN"],
           notes="'participa en la Reunión de Cancilleres' of an organisation -> MultilateralMeeting (seeds: 'took "
                 "part in'); date and place from the title; 'mañana' is the summit's, another event. Honduras "
                 "(the host, 'hondureña') is named, not a side (heldout10's 13104). The CELAC summit of 9 April "
                 "2025 in Tegucigalpa, and the ministers' documents of 8 April, are checked; Gil's part is "
                 "written for the set."))

post(13705, "2025-01-03T15:00:00",
     "El Consulado General de la República Bolivariana de Venezuela en Bogotá informa a los connacionales que la "
     "atención al público para trámites de pasaportes y prórrogas se realiza únicamente con cita previa, a través "
     "del sistema del Servicio Administrativo de Identificación, Migración y Extranjería (SAIME).",
     event("Announcement", orgs=["Consulate General of Venezuela in Colombia",
                                 "Administrative Service of Identification, Migration and Foreigners"],
           countries=["VE"], mentioned=["VE"],
           notes="Forwarded from the consulate's channel, third person: a notice to citizens -> Announcement "
                 "(heldout10's 13105); no date, place or person. The consulate in Bogotá -> '<Consulate> of "
                 "<country> in <host country>' (heldout10's rule); Colombia is not named (Bogotá is a city in a "
                 "name) -> not mentioned (judgment call). SAIME is a Venezuelan agency, named in full (its "
                 "usual English form). Written for the set."),
     forwarded="Consulado de Venezuela en Bogotá")

post(13706, "2025-01-12T02:00:00",
     "Canciller Yván Gil en entrevista con Telesur: \"Venezuela no acepta tutelajes de ningún gobierno extranjero\"\n\n"
     "En entrevista exclusiva con Telesur, el Canciller venezolano se refirió a las reacciones internacionales tras "
     "la juramentación del presidente Nicolás Maduro el pasado 10 de enero.",
     event("Interview", speakers=["Yván Gil"], orgs=["teleSUR"], countries=["VE"], mentioned=["VE"],
           notes="'en entrevista con' -> Interview; the only date, 10 January, is the inauguration's: another "
                 "event -> null (heldout10's 13204). Maduro is mentioned, not a speaker. teleSUR is a television "
                 "channel -> an organisation (as heldout10 counts Izvestia). Maduro's inauguration of 10 January "
                 "2025 is from memory; the interview is written for the set."),
     media="video")

post(13707, "2025-03-11T22:00:00",
     "Venezuela y Rusia celebran IV Ronda de Consultas Políticas\n\n"
     "Del 10 al 11 de marzo se celebró en Caracas la IV Ronda de Consultas Políticas entre las Cancillerías de "
     "Venezuela y de la Federación de Rusia, en la que se evaluó el estado de los acuerdos de cooperación.",
     event("Consultations", "2025-03-10", "2025-03-11", city="Caracas", country="VE",
           orgs=["Ministry of Foreign Affairs of Venezuela", "Ministry of Foreign Affairs of the Russian Federation"],
           countries=["VE", "RU"], mentioned=["VE", "RU"], inferred=True,
           notes="'Consultas Políticas' -> Consultations (seeds); the range 'del 10 al 11 de marzo' has no year "
                 "-> inferred; 'en Caracas'. The two foreign ministries ('las Cancillerías de …') are named "
                 "(judgment call: 'Cancillería' is the ministry). No person is named. Written for the set."))

post(13708, "2025-09-27T01:30:00",
     "Intervención del Canciller Yván Gil en el Debate General del 80º período de sesiones de la Asamblea General "
     "de la ONU\n\n"
     "📍 Nueva York, 26 de septiembre de 2025\n\n"
     "El Canciller de la República Bolivariana de Venezuela, Yván Gil, denunció ante la Asamblea General de las "
     "Naciones Unidas la amenaza militar contra Venezuela y exigió el respeto a la Carta de la ONU.\n\n"
     "#ONU80",
     event("Statement", "2025-09-26", city="New York City", country="US", speakers=["Yván Gil"],
           orgs=["United Nations General Assembly", "United Nations"], countries=["VE"], mentioned=["VE"],
           notes="'Intervención … en el Debate General' -> Statement (seeds: remarks at a multilateral event); "
                 "date and place from the 📍 line ('Nueva York' -> New York City; published at 21:30 in New "
                 "York on that day). The General Assembly is a UN principal organ; 'la Carta de la ONU' names "
                 "the UN (seeds). Edited. Gil's address to the general debate in September 2025 is from memory "
                 "of reports; its day is written for the set."),
     media="video", edited="2025-09-27T02:10:00")

CHANNELS["mppre_ve"]["services"].append((13709, "2024-12-14T20:05:00", 13702))

# ------------------------------------------------------------------------------------------------
# Azerbaijan's Ministry of Foreign Affairs (Russian, UTC+04:00)
# ------------------------------------------------------------------------------------------------
post = channel("mfa_az", "МИД Азербайджана", 2100000013, "ru")

post(13801, "2024-05-11T14:00:00",
     "**Переговоры министров иностранных дел Азербайджана и Армении в Алматы**\n\n"
     "📍 Алматы, 10-11 мая 2024 года\n\n"
     "Министр иностранных дел Азербайджанской Республики Джейхун Байрамов и Министр иностранных дел Республики "
     "Армения Арарат Мирзоян провели переговоры по проекту Соглашения об установлении мира и межгосударственных "
     "отношений. Азербайджанская сторона выразила признательность Казахстану за гостеприимство.",
     event("Meeting", "2024-05-10", "2024-05-11", city="Almaty", country="KZ", speakers=["Jeyhun Bayramov"],
           participants=["Ararat Mirzoyan"], countries=["AZ", "AM"], mentioned=["AZ", "AM", "KZ"],
           notes="'провели переговоры' of two named ministers -> Meeting (seeds: talks with a named counterpart; "
                 "the own minister -> speaker, the counterpart -> participant, heldout7's 11701); date range and "
                 "place from the 📍 line. Kazakhstan, the host, is thanked, not a side (heldout10's 13104). The "
                 "peace agreement is a treaty, no organisation. The Almaty talks of 10-11 May 2024 are "
                 "checked; the wording is written for the set."),
     media="photo")

post(13802, "2025-02-18T10:00:00",
     "Состоялся телефонный разговор министров иностранных дел Азербайджана и Турции\n\n"
     "Сегодня Министр иностранных дел Джейхун Байрамов провел телефонный разговор с Министром иностранных дел "
     "Турецкой Республики Хаканом Фиданом. Стороны обсудили подготовку к очередному заседанию Совета "
     "сотрудничества высокого уровня.\n\n"
     "🇦🇿🇹🇷",
     event("PhoneCall", "2025-02-18", speakers=["Jeyhun Bayramov"], participants=["Hakan Fidan"],
           countries=["AZ", "TR"], mentioned=["AZ", "TR"], inferred=True,
           notes="'телефонный разговор' -> PhoneCall; 'Сегодня' = the publication day (Tuesday 18 February, 14:00 "
                 "in Baku); a call has no place. The council is a format. Fidan in the instrumental ('Хаканом "
                 "Фиданом'). Written for the set."))

post(13803, "2025-11-11T16:00:00",
     "Джейхун Байрамов принял участие в мероприятии «Тройки председательств COP» в Белене\n\n"
     "11 ноября Министр иностранных дел Джейхун Байрамов принял участие во встрече «Тройки председательств COP» "
     "(Объединенные Арабские Эмираты, Азербайджан, Бразилия) в рамках COP30 в Белене, Бразилия.\n\n"
     "#COP29 #COP30",
     event("MultilateralMeeting", "2025-11-11", city="Belém", country="BR", speakers=["Jeyhun Bayramov"],
           countries=["AZ"], mentioned=["AE", "AZ", "BR"], inferred=True,
           notes="'принял участие во встрече' -> MultilateralMeeting (seeds: 'took part in'); '11 ноября' has no "
                 "year -> inferred; 'в Белене, Бразилия'. The Troika and COP30 are formats and events, no "
                 "organisation; the three presidencies are named countries, not sides of the minister's act "
                 "(judgment call, heldout10's 13507). Written for the set: the meeting and its day are not "
                 "checked (the Troika of the UAE, Azerbaijan and Brazil is from memory)."))

post(13804, "2025-08-09T09:00:00",
     "Заявление Министерства иностранных дел Азербайджанской Республики\n\n"
     "Министерство иностранных дел Азербайджанской Республики приветствует парафирование министрами иностранных дел "
     "Азербайджана и Армении текста Соглашения об установлении мира и межгосударственных отношений, состоявшееся 8 "
     "августа 2025 года в Вашингтоне в присутствии Президента Ильхама Алиева, Премьер-министра Никола Пашиняна и "
     "Президента США Дональда Трампа.",
     event("Statement", orgs=["Ministry of Foreign Affairs of Azerbaijan"], countries=["AZ"],
           mentioned=["AZ", "AM", "US"],
           notes="'Заявление Министерства' -> Statement of the ministry, named in full in its own channel; its only "
                 "date, 8 August 2025, is the initialling's: another event -> null, and Washington is that "
                 "event's place (heldout10's 13103). Aliyev, Pashinyan and Trump are mentioned, not speakers. "
                 "The White House meeting of 8 August 2025 is checked (the ministers' initialling, from memory); the statement is written "
                 "for the set."))

post(13805, "2025-04-23T12:30:00",
     "Политические консультации между МИД Азербайджана и МИД Узбекистана\n\n"
     "Сегодня в Баку состоялся очередной раунд политических консультаций между министерствами иностранных дел "
     "Азербайджана и Узбекистана. Азербайджанскую делегацию возглавил заместитель министра иностранных дел Эльнур "
     "Мамедов.",
     event("Consultations", "2025-04-23", city="Baku", country="AZ", speakers=["Elnur Mammadov"],
           orgs=["Ministry of Foreign Affairs of Azerbaijan", "Ministry of Foreign Affairs of Uzbekistan"],
           countries=["AZ", "UZ"], mentioned=["AZ", "UZ"], inferred=True,
           notes="'политических консультаций' -> Consultations (seeds); 'Сегодня в Баку' = Wednesday 23 April "
                 "(16:30 in Baku). The Deputy Minister leads the own delegation -> speaker, in his usual English "
                 "spelling (not in kg's list); the Uzbek delegation's head is unnamed. 'МИД Азербайджана' and "
                 "'МИД Узбекистана' name both ministries. Written for the set."))

post(13806, "2025-06-14T08:00:00",
     "Консульская информация для граждан Азербайджана\n\n"
     "В связи с ухудшением ситуации в регионе гражданам Азербайджанской Республики рекомендуется воздержаться от "
     "поездок в Исламскую Республику Иран и Государство Израиль. Телефон горячей линии консульской службы: "
     "+994 12 596 91 30.\n\n"
     "#Консульская_информация",
     event("Announcement", countries=["AZ"], mentioned=["AZ", "IR", "IL"],
           notes="An advisory to citizens -> Announcement (heldout10's 13207); no date ('ухудшением ситуации' "
                 "gives none), place or person; the consular service is not named as a body. 'Азербайджана', "
                 "'Иран', 'Израиль' name the countries. Written for the set (the number is invented)."),
     media="photo")

post(13807, "2025-04-03T06:00:00",
     "Рабочий визит Министра иностранных дел Джейхуна Байрамова в Казахстан\n\n"
     "3 апреля 2025 года Министр иностранных дел Джейхун Байрамов прибыл с рабочим визитом в Астану, где провел "
     "встречу с Заместителем Премьер-министра – Министром иностранных дел Республики Казахстан Муратом Нуртлеу.",
     event("Visit", "2025-04-03", city="Astana", country="KZ", speakers=["Jeyhun Bayramov"],
           participants=["Murat Nurtleu"], countries=["AZ", "KZ"], mentioned=["KZ"],
           notes="The title names a working visit -> Visit (seeds' precedence over the meeting in the body); the "
                 "visitor is the own minister -> speaker, the host he meets -> participant; date and place from "
                 "the text. Written for the set: the visit is not checked (Nurtleu was Kazakhstan's Deputy Prime "
                 "Minister and Foreign Minister then, from memory)."))

post(13808, "2025-01-20T13:00:00",
     "Интервью Министра иностранных дел Джейхуна Байрамова агентству Анадолу\n\n"
     "В интервью агентству Анадолу Джейхун Байрамов рассказал об итогах председательства Азербайджана на COP29 и о "
     "перспективах мирного процесса с Арменией.",
     event("Interview", speakers=["Jeyhun Bayramov"], orgs=["Anadolu Agency"], countries=["AZ"],
           mentioned=["AZ", "AM"],
           notes="'Интервью … агентству Анадолу' -> Interview; no date, no place. The news agency is an "
                 "organisation (heldout10's 13307). COP29 is an event. Written for the set."),
     media="video")

CHANNELS["mfa_az"]["services"].append((13809, "2024-05-11T14:05:00", 13801))

# ------------------------------------------------------------------------------------------------
# Vietnam's Ministry of Foreign Affairs (English, UTC+07:00)
# ------------------------------------------------------------------------------------------------
post = channel("mofa_vn", "Ministry of Foreign Affairs of Viet Nam", 2100000014, "en")

post(13901, "2025-06-12T09:30:00",
     "**Regular press briefing of the Ministry of Foreign Affairs, 12 June 2025**\n\n"
     "📍 Hanoi\n\n"
     "At the regular press briefing this afternoon, Spokesperson of the Ministry of Foreign Affairs Pham Thu Hang "
     "reaffirmed that Viet Nam has sufficient legal basis and historical evidence to assert its sovereignty over the "
     "Hoang Sa (Paracel) and Truong Sa (Spratly) archipelagos, and requested China to respect Viet Nam's "
     "sovereignty.",
     event("Briefing", "2025-06-12", city="Hanoi", country="VN", speakers=["Pham Thu Hang"],
           orgs=["Ministry of Foreign Affairs of Vietnam"], countries=["VN"], mentioned=["VN", "CN"],
           notes="'Regular press briefing' -> Briefing (seeds); date in the title, place from the 📍 line ('this "
                 "afternoon': 16:30 in Hanoi, the same day). The spokesperson's title names the ministry "
                 "(heldout10's rule), given in its usual English form 'Ministry of Foreign Affairs of Vietnam'. "
                 "The archipelagos are geographic features; China is named, not a side. Written for the set."),
     media="video")

post(13902, "2025-07-10T10:00:00",
     "Deputy Prime Minister, Foreign Minister Bui Thanh Son meets Chinese Foreign Minister Wang Yi\n\n"
     "On 10 July, on the sidelines of the 58th ASEAN Foreign Ministers' Meeting in Kuala Lumpur, Deputy Prime "
     "Minister and Foreign Minister Bui Thanh Son met with Wang Yi, Member of the Political Bureau of the CPC "
     "Central Committee and Foreign Minister of China.\n\n"
     "#ASEAN #AMM58",
     event("Meeting", "2025-07-10", city="Kuala Lumpur", country="MY", speakers=["Bui Thanh Son"],
           participants=["Wang Yi"], orgs=["Association of Southeast Asian Nations", "Communist Party of China"],
           countries=["VN", "CN"], mentioned=["CN"], inferred=True,
           notes="'met with' a named counterpart -> Meeting; 'On 10 July' has no year -> inferred; place from "
                 "'in Kuala Lumpur' (the host city of the meeting the side meeting is held at, heldout10's "
                 "13107). The AMM names ASEAN (seeds: ASEAN meetings fold into ASEAN); 'the CPC Central "
                 "Committee' in Wang Yi's title names the Communist Party of China (judgment call). Malaysia is "
                 "not named. The 58th AMM in Kuala Lumpur in July 2025 is from memory; the meeting's day is "
                 "written for the set."),
     media="photo")

post(13903, "2025-04-10T02:00:00",
     "Phone call between Deputy Prime Minister, Foreign Minister Bui Thanh Son and U.S. Secretary of State Marco "
     "Rubio\n\n"
     "Yesterday evening, Deputy Prime Minister and Foreign Minister Bui Thanh Son held a phone call with U.S. "
     "Secretary of State Marco Rubio. The two sides discussed the Comprehensive Strategic Partnership and "
     "negotiations on a reciprocal trade agreement.",
     event("PhoneCall", "2025-04-09", speakers=["Bui Thanh Son"], participants=["Marco Rubio"],
           countries=["VN", "US"], mentioned=["US"], inferred=True,
           notes="'Phone call between' -> PhoneCall; 'Yesterday evening' from Thursday 10 April (09:00 in Hanoi) "
                 "= Wednesday 9 April; a call has no place. 'U.S.' names the United States. Written for the set "
                 "(the tariff talks of April 2025 are from memory)."))

post(13904, "2024-12-17T08:00:00",
     "Official visit to Viet Nam by Singaporean Minister for Foreign Affairs Vivian Balakrishnan\n\n"
     "At the invitation of Deputy Prime Minister and Foreign Minister Bui Thanh Son, Minister for Foreign Affairs "
     "of Singapore Vivian Balakrishnan pays an official visit to Viet Nam from 16 to 18 December. The two "
     "ministers will co-chair the Joint Ministerial Meeting in Hanoi.",
     event("Visit", "2024-12-16", "2024-12-18", city="Hanoi", country="VN", speakers=["Bui Thanh Son"],
           participants=["Vivian Balakrishnan"], countries=["VN", "SG"], mentioned=["VN", "SG"], inferred=True,
           notes="The title names a visit -> Visit; in a visit to the own country the own host -> speaker, the "
                 "visitor -> participant (heldout10's 13506); the range 'from 16 to 18 December' has no year -> "
                 "inferred; 'in Hanoi'. Written for the set: the visit and its days are not checked."))

post(13905, "2025-07-29T11:00:00",
     "Viet Nam welcomes the ceasefire between Cambodia and Thailand\n\n"
     "Responding to a reporter's question on Viet Nam's reaction to the ceasefire between Cambodia and Thailand, "
     "which took effect at midnight on 28 July, Spokesperson Pham Thu Hang said: \"Viet Nam welcomes the agreement "
     "reached in Putrajaya and highly appreciates the efforts of Malaysia, as ASEAN Chair.\"",
     event("Commentary", speakers=["Pham Thu Hang"], orgs=["Association of Southeast Asian Nations"],
           countries=["VN"], mentioned=["VN", "KH", "TH", "MY"],
           notes="A spokesperson's answer to a question -> Commentary (heldout10's 13302); its only date, the "
                 "ceasefire's start on 28 July, is another event's -> null; Putrajaya is where the agreement was "
                 "reached, not where she spoke -> no location. 'ASEAN Chair' names ASEAN. Cambodia, Thailand "
                 "and Malaysia are named, not sides. The ceasefire from midnight on 28 July 2025 agreed in Putrajaya is "
                 "checked; the answer is written for the set."))

post(13906, "2025-03-29T03:00:00",
     "Citizen protection hotlines after the earthquake in Myanmar\n\n"
     "Following the earthquake of 28 March in Myanmar, the Embassy of Viet Nam in Myanmar has set up a citizen "
     "protection hotline: +95 9 450 000 000. Vietnamese citizens in need of assistance may also call the Consular "
     "Department's hotline.\n\n"
     "#citizenprotection",
     event("Announcement", orgs=["Embassy of Vietnam in Myanmar"], countries=["VN"], mentioned=["MM", "VN"],
           notes="A notice to citizens -> Announcement; the earthquake's day is another event's -> null; no place "
                 "or person. The embassy -> '<Embassy> of <country> in <host country>' (heldout10's 13105); the "
                 "Consular Department is a department, not named in full -> none (judgment call). The "
                 "earthquake of 28 March 2025 is from memory of reports; the numbers are invented."))

post(13907, "2025-01-01T04:00:00",
     "Interview with Deputy Prime Minister, Foreign Minister Bui Thanh Son on the occasion of the New Year\n\n"
     "In an interview with the Vietnam News Agency, Deputy Prime Minister and Foreign Minister Bui Thanh Son "
     "reviewed the achievements of Viet Nam's foreign affairs in 2024, including its work as a member of the "
     "United Nations Human Rights Council.",
     event("Interview", speakers=["Bui Thanh Son"], orgs=["Vietnam News Agency", "United Nations"],
           countries=["VN"], mentioned=["VN"],
           notes="'Interview with' -> Interview; no date ('in 2024' is a year, the subject, not the interview's "
                 "day); no place. The Human Rights Council is a subsidiary body of the General Assembly, not a UN "
                 "principal organ -> folded into the United Nations (seeds; judgment call: no earlier gold has "
                 "it). Viet Nam's membership of the council for 2023-2025 is from memory; the interview is "
                 "written for the set."))

post(13908, "2025-02-20T07:30:00",
     "Deputy Prime Minister, Foreign Minister Bui Thanh Son receives Russian Ambassador\n\n"
     "📍 Hanoi\n\n"
     "This afternoon, Deputy Prime Minister and Foreign Minister Bui Thanh Son received Russian Ambassador to Viet "
     "Nam Gennady Bezdetko, who came to present a copy of a message from Foreign Minister Sergey Lavrov.",
     event("Meeting", "2025-02-20", city="Hanoi", country="VN", speakers=["Bui Thanh Son"],
           participants=["Gennady Bezdetko"], countries=["VN", "RU"], mentioned=["RU", "VN"], inferred=True,
           notes="'receives' -> Meeting (seeds); 'This afternoon' = the publication day (Thursday 20 February, "
                 "14:30 in Hanoi); place from the 📍 line. Lavrov is mentioned (a message), no participant. "
                 "Bezdetko is Russia's ambassador in Hanoi (from memory); the meeting is written for the set. "
                 "Edited."),
     media="photo", edited="2025-02-20T08:00:00")

CHANNELS["mofa_vn"]["services"].append((13909, "2025-06-12T09:35:00", 13901))

# ------------------------------------------------------------------------------------------------
# Austria's Federal Ministry for European and International Affairs (German, UTC+01:00; +02:00 in summer)
# ------------------------------------------------------------------------------------------------
post = channel("bmeia_at", "Außenministerium Österreich", 2100000015, "de")

post(14001, "2024-12-05T16:00:00",
     "**Außenminister Alexander Schallenberg beim OSZE-Ministerrat in Malta**\n\n"
     "Am 5. und 6. Dezember 2024 nimmt Außenminister Alexander Schallenberg am 31. Ministerrat der Organisation für "
     "Sicherheit und Zusammenarbeit in Europa in Malta teil. Im Mittelpunkt stehen Russlands Angriffskrieg gegen die "
     "Ukraine und die Zukunft der OSZE.\n\n"
     "#OSZE",
     event("MultilateralMeeting", "2024-12-05", "2024-12-06", country="MT", speakers=["Alexander Schallenberg"],
           orgs=["Organization for Security and Co-operation in Europe"], countries=["AT"],
           mentioned=["MT", "RU", "UA"],
           notes="'nimmt … am Ministerrat … teil' -> MultilateralMeeting (seeds: the Council folds into the OSCE); "
                 "range from the text; 'in Malta' is a country only (no city written, Valletta not named) -> "
                 "location {country: MT}. Schallenberg in his usual spelling (not in kg's list). The OSCE "
                 "Ministerial Council of 5-6 December 2024 in Malta (Ta' Qali) is checked; Schallenberg's part is "
                 "written for the set."),
     media="photo")

post(14002, "2025-03-06T14:00:00",
     "Telefonat mit dem ukrainischen Außenminister\n\n"
     "„Heute habe ich mit meinem ukrainischen Amtskollegen Andrij Sybiha telefoniert. Österreich steht weiterhin "
     "fest an der Seite der Ukraine“, so Außenministerin Beate Meinl-Reisinger.\n\n"
     "🇦🇹🇺🇦",
     event("PhoneCall", "2025-03-06", speakers=["Beate Meinl-Reisinger"], participants=["Andrii Sybiha"],
           countries=["AT", "UA"], mentioned=["UA", "AT"], inferred=True,
           notes="'Telefonat' -> PhoneCall; 'Heute' in the minister's own words = the publication day (Thursday 6 "
                 "March, 15:00 in Vienna); a call has no place. Sybiha in his German spelling ('Andrij') -> kg's "
                 "English label 'Andrii Sybiha'. Meinl-Reisinger took office on 3 March 2025 (checked); the "
                 "call is written for the set."))

post(14003, "2025-04-02T15:00:00",
     "Außenministerin Meinl-Reisinger trifft EU-Außenbeauftragte Kaja Kallas\n\n"
     "Am 2. April traf Außenministerin Beate Meinl-Reisinger die Hohe Vertreterin der EU für Außen- und "
     "Sicherheitspolitik Kaja Kallas in Wien. Themen waren die Unterstützung der Ukraine und die Lage im Westbalkan.",
     event("Meeting", "2025-04-02", city="Vienna", country="AT", speakers=["Beate Meinl-Reisinger"],
           participants=["Kaja Kallas"], orgs=["European Union"], countries=["AT"], mentioned=["UA"], inferred=True,
           notes="'trifft' a named counterpart -> Meeting; 'Am 2. April' has no year -> inferred; 'in Wien' -> "
                 "Vienna. The EU's High Representative makes no country a side (heldout10's rule); 'EU' names "
                 "the EU. The Western Balkans are a region. Written for the set."))

post(14004, "2025-06-13T06:30:00",
     "⚠️ Reisewarnung für Iran und Israel\n\n"
     "Das Außenministerium spricht ab sofort eine Reisewarnung (Sicherheitsstufe 6) für Iran und Israel aus. "
     "Österreicherinnen und Österreicher vor Ort werden ersucht, sich bei der Reiseregistrierung zu registrieren. "
     "Notfall-Hotline: +43 1 90 115 4411\n\n"
     "#Reisewarnung #Auslandsservice",
     event("Announcement", orgs=["Federal Ministry for European and International Affairs"], countries=["AT"],
           mentioned=["IR", "IL", "AT"],
           notes="A travel warning to citizens -> Announcement; 'ab sofort' is no date; no place or person. 'Das "
                 "Außenministerium' in its own channel -> the Austrian ministry, by its usual English name "
                 "(heldout10's rule: a ministry named bare in its own channel is that country's). Written for "
                 "the set (the number is invented)."))

post(14005, "2025-02-24T10:30:00",
     "Rede von Außenminister Alexander Schallenberg beim Hochrangigen Segment des UNO-Menschenrechtsrats\n\n"
     "📍 Genf, 24. Februar 2025\n\n"
     "Drei Jahre nach Beginn des russischen Angriffskriegs gegen die Ukraine rief Außenminister Alexander "
     "Schallenberg in Genf zur Einhaltung des humanitären Völkerrechts auf.",
     event("Statement", "2025-02-24", city="Geneva", country="CH", speakers=["Alexander Schallenberg"],
           orgs=["United Nations"], countries=["AT"], mentioned=["RU", "UA"],
           notes="'Rede … beim' a multilateral meeting -> Statement (seeds); date and place from the 📍 line. "
                 "'UNO-Menschenrechtsrat' -> the United Nations (as 13907: the council folds into the UN). Schallenberg was again Foreign "
                 "Minister from 10 January to 3 March 2025 (from memory); the speech is written for the set."),
     media="video")

post(14006, "2025-05-15T12:00:00",
     "Pressekonferenz mit dem slowakischen Außenminister Juraj Blanár\n\n"
     "Außenministerin Beate Meinl-Reisinger und der slowakische Außenminister Juraj Blanár gaben heute in Wien eine "
     "gemeinsame Pressekonferenz. Im Mittelpunkt standen die Energieversorgung und die Zusammenarbeit im "
     "Slavkov-Format.",
     event("PressConference", "2025-05-15", city="Vienna", country="AT",
           speakers=["Beate Meinl-Reisinger", "Juraj Blanár"], countries=["AT", "SK"], mentioned=["SK"],
           inferred=True,
           notes="'gemeinsame Pressekonferenz' -> PressConference, both who give it are speakers; 'heute in Wien' "
                 "= Thursday 15 May (14:00 in Vienna). The Slavkov format is a format. Blanár in his own "
                 "spelling (not in kg's list). Written for the set."),
     media="photo")

post(14007, "2025-08-31T07:00:00",
     "Außenministerin Meinl-Reisinger im Interview mit der „Presse“: „Europa muss geopolitisch erwachsen werden“\n\n"
     "Im Interview spricht die Außenministerin über die Verhandlungen zur Ukraine, das Verhältnis zu den USA und "
     "Österreichs Rolle als Amtssitz der Vereinten Nationen.",
     event("Interview", speakers=["Beate Meinl-Reisinger"], orgs=["Die Presse", "United Nations"], countries=["AT"],
           mentioned=["UA", "US", "AT"],
           notes="'im Interview mit der „Presse“' -> Interview; no date, no place. The newspaper is an "
                 "organisation (heldout10's 13307); 'Vereinten Nationen' names the UN. 'Europa' is a continent. "
                 "Edited. Written for the set."),
     edited="2025-08-31T08:30:00")

post(14008, "2025-03-14T08:00:00",
     "Außenministerin Meinl-Reisinger zu Besuch in Kiew\n\n"
     "Außenministerin Beate Meinl-Reisinger ist heute zu einem Besuch in Kiew eingetroffen, wo sie ihren Amtskollegen "
     "Andrij Sybiha trifft. Österreich stellt weitere 2 Millionen Euro für Minenräumung in der Ukraine bereit.\n\n"
     "#StandWithUkraine",
     event("Visit", "2025-03-14", city="Kyiv", country="UA", speakers=["Beate Meinl-Reisinger"],
           participants=["Andrii Sybiha"], countries=["AT", "UA"], mentioned=["AT", "UA"], inferred=True,
           notes="The title names a visit -> Visit; the visitor is the own minister -> speaker, the counterpart "
                 "she meets -> participant; 'heute' = Friday 14 March (09:00 in Vienna, 10:00 in Kyiv); 'in "
                 "Kiew' is the visit's place (a capital as a place, not a metonym) -> Kyiv. The hashtag names "
                 "Ukraine again. Her first visit to Kyiv as minister, on Friday 14 March 2025, meeting Sybiha, is checked; the sum is written for the set."),
     media="photo")

CHANNELS["bmeia_at"]["services"].append((14009, "2024-12-05T16:05:00", 14001))


def main() -> None:
    guidelines = ("Hand-annotated gold for kg over tests/data/heldout11/*/result.json: an eleventh held-out set of "
                  "channels new to the held-out sets (Hungary's Ministry of Foreign Affairs and Trade and Vietnam's "
                  "Ministry of Foreign Affairs in English, Venezuela's Cancillería in Spanish, Azerbaijan's "
                  "Ministry of Foreign Affairs in Russian, Austria's Federal Ministry for European and "
                  "International Affairs in German), written and annotated before kg was run on them. Posts are "
                  "found by message_id (13601 and up, one block of a hundred per channel, apart from the other "
                  "sets'). The annotation follows the guidelines of tests/data/gold/seeds.json and the ten earlier "
                  "held-out golds; relative days ('today', 'yesterday', 'this afternoon', 'este sábado', 'este "
                  "martes', 'Сегодня', 'heute') are resolved from the publication time in the channel's own time "
                  "zone (Budapest and Vienna +01:00/+02:00, Caracas -04:00, Baku +04:00, Hanoi +07:00); a 📍 line, "
                  "a date in the title or text ('12 June 2025', '8 de abril de 2025', '3 апреля 2025 года', 'Am 2. "
                  "April', 'On 10 July'), a closing dateline ('Caracas, 20 de agosto de 2025') dates and places "
                  "it; a range ('from 22 to 26 September', 'Del 10 al 11 de marzo', '10-11 мая 2024 года', 'Am 5. "
                  "und 6. Dezember 2024') gives date and end_date; a date that belongs to another event (an "
                  "inauguration, a ceasefire, an earthquake, an initialling, a gas transit's end, a coming summit) "
                  "is not the post's; a reply does not take its parent's date; a joint press conference has all "
                  "who give it as speakers; in a visit the own minister (visitor or host) is the speaker, the "
                  "other side a participant; an organisation's official (the EU's High Representative) makes no "
                  "country a side; a host country named but not acting is no side; a notice or advisory to "
                  "citizens is an Announcement; a spokesperson's answer to a question is a Commentary; a speech at "
                  "a multilateral meeting is a Statement; a communiqué is a Statement; an embassy or consulate is "
                  "named '<Embassy> of <country> in <host country>'; a ministry named bare or in full in its own "
                  "channel is that country's, and a spokesperson's title names it, a minister's title none; a "
                  "country named without a city ('in Malta') gives the location's country alone; names are given "
                  "in their usual English form (known people and organisations as kg/data's English labels spell "
                  "them: 'Péter Szijjártó', 'Yván Gil', 'Jeyhun Bayramov', 'Bui Thanh Son', 'Andrii Sybiha', "
                  "'Sergey Lavrov', 'Bruno Rodríguez Parrilla', 'Murat Nurtleu', 'Association of Southeast Asian "
                  "Nations', 'Community of Latin American and Caribbean States', 'Bolivarian Alliance for the "
                  "Peoples of Our America', 'Organization for Security and Co-operation in Europe'), cities as "
                  "GeoNames names them ('New York City', 'Vienna', 'Kyiv', 'Belém'). date_inferred = the year, or "
                  "the day itself ('today', a weekday), is not written. notes record judgment calls.")
    h3.write(CHANNELS, HERE, HERE.parent / "gold" / "heldout11.json", guidelines)


if __name__ == "__main__":
    main()
