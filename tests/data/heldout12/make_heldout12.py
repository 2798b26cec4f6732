"""Write the twelfth held-out set (one Telegram Desktop ``result.json`` per channel) and its gold.

The first eleven held-out sets (tests/data/heldout/ to heldout11/) have all been used, or are being used,
to tune kg's rules, so their scores now flatter kg. This twelfth set is a fresh measure of what to
expect on a typical new channel, on five channels new to the held-out sets, this time not foreign
ministries alone but heads of state and government and a mission's voice: the Kremlin's channel in
Russian ("Владимир Путин провёл телефонный разговор с …", "Состоялись российско-… переговоры", datelines),
the Élysée in French ("le Président de la République", "entretien", "appel téléphonique", "visite
d'État", "Conseil européen"), Pakistan's Ministry of Foreign Affairs in English ("Deputy Prime Minister
and Foreign Minister Senator Mohammad Ishaq Dar", "Spokesperson … Shafqat Ali Khan", the weekly press
briefing), Cuba's Cancillería (MINREX) in Spanish ("el Canciller Bruno Rodríguez Parrilla", "sostuvo un
encuentro con", "DECLARACIÓN", the blockade, CELAC) and the German Federal Government in German
("Bundeskanzler Friedrich Merz", "Olaf Scholz" before May 2025, "Regierungssprecher Stefan Kornelius",
"telefonierte mit", "empfing", "Regierungspressekonferenz"). The posts are written in those channels'
styles about real people, places, organisations and events of 2024-2025; they are not copies of real
posts. The gold was written by hand from the texts below, by the guidelines of
tests/data/gold/seeds.json and the eleven earlier held-out golds, before kg was run on them, and is not
to be changed to match kg.

Run ``python tests/data/heldout12/make_heldout12.py`` to rewrite the exports and
tests/data/gold/heldout12.json from this file (the output is deterministic). The export-writing
helpers are the third set's (tests/data/heldout3/make_heldout3.py, imported, not copied; importing it
writes nothing). Message ids are 14101 and up, one block of a hundred per channel (14101-, 14201-,
14301-, 14401-, 14501-), apart from the other sets' (101-608, 9001-14009), since the scorer finds an
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

# The exporting machine's clock is Moscow's (UTC+03:00, no summer time): an export's "date" is local to
# it, "date_unixtime" is UTC. (h3.new_set sets it for this process only.)
CHANNELS, channel = h3.new_set(timezone(timedelta(hours=3)))


# ------------------------------------------------------------------------------------------------
# The Kremlin (Президент России, Russian, UTC+03:00)
# ------------------------------------------------------------------------------------------------
post = channel("kremlin_ru", "Президент России", 2100000016, "ru")

post(14101, "2025-08-16T00:10:00",
     "**Российско-американские переговоры на высшем уровне**\n\n"
     "15 августа 2025 года, Анкоридж\n\n"
     "В Анкоридже (штат Аляска, США) состоялись переговоры Президента России Владимира Путина и Президента "
     "Соединённых Штатов Америки Дональда Трампа. Беседа прошла в формате «три на три»: с российской стороны в ней "
     "участвовали Министр иностранных дел Сергей Лавров и помощник Президента Юрий Ушаков, с американской – "
     "Государственный секретарь Марко Рубио и специальный посланник Президента США Стив Уиткофф.",
     event("Meeting", "2025-08-15", city="Anchorage", country="US",
           speakers=["Vladimir Putin", "Sergey Lavrov", "Yury Ushakov"],
           participants=["Donald Trump", "Marco Rubio", "Steve Witkoff"], countries=["RU", "US"],
           mentioned=["RU", "US"],
           notes="'Состоялись … переговоры' of the two presidents -> Meeting (heldout4's 10401); date and place "
                 "from the dateline ('15 августа 2025 года, Анкоридж'), published at 03:10 in Moscow on the 16th "
                 "(16:10 on the 15th in Anchorage). Talks between delegations: the own side's named members are "
                 "speakers, the other side's participants (heldout's 402). Alaska is a state (region). The "
                 "Anchorage summit of 15 August 2025 and its three-on-three format are from memory of reports; the "
                 "wording is written for the set."),
     media="photo", reactions=[("👍", 2150), ("🔥", 430)])

post(14102, "2025-02-14T15:00:00",
     "Телефонный разговор с Президентом Турции Реджепом Тайипом Эрдоганом\n\n"
     "Владимир Путин провёл сегодня телефонный разговор с Президентом Турецкой Республики Реджепом Тайипом "
     "Эрдоганом. Обсуждались актуальные вопросы российско-турецкого сотрудничества, прежде всего в торговой и "
     "энергетической сферах, а также ситуация вокруг Украины.",
     event("PhoneCall", "2025-02-14", speakers=["Vladimir Putin"], participants=["Recep Tayyip Erdoğan"],
           countries=["RU", "TR"], mentioned=["TR", "RU", "UA"], inferred=True,
           notes="'провёл телефонный разговор с' -> PhoneCall (heldout4's 10402); 'сегодня' = publication day "
                 "(Friday 14 February, 18:00 in Moscow); a call has no place. 'российско-турецкого' names both; "
                 "Ukraine is a topic. Written for the set: the call is not checked."))

post(14103, "2025-09-22T13:00:00",
     "Оперативное совещание с постоянными членами Совета Безопасности\n\n"
     "Москва, Кремль, 22 сентября 2025 года\n\n"
     "Владимир Путин провёл оперативное совещание с постоянными членами Совета Безопасности. В совещании приняли "
     "участие Председатель Государственной Думы Вячеслав Володин, Заместитель Председателя Совета Безопасности "
     "Дмитрий Медведев, Секретарь Совета Безопасности Сергей Шойгу и Министр иностранных дел Сергей Лавров.",
     event("Meeting", "2025-09-22", city="Moscow", country="RU", speakers=["Vladimir Putin"],
           participants=["Vyacheslav Volodin", "Dmitry Medvedev", "Sergei Shoigu", "Sergey Lavrov"],
           orgs=["Security Council of the Russian Federation", "State Duma"], countries=["RU"], mentioned=[],
           notes="'провёл … совещание с' named members -> Meeting (seeds: 'held a meeting with'; judgment call: "
                 "a national council's session, not an organisation's multilateral meeting); the one who holds it "
                 "is the speaker, the named members are participants (all Russian: one country). Date and place "
                 "from the dateline: the Kremlin is a building, Moscow is written (heldout4's 10401). The Security "
                 "Council and the State Duma are named in their members' offices (seeds: names inside titles "
                 "count). No country is named. Written for the set: the meeting and its day are not checked."))

post(14104, "2025-10-01T07:00:00",
     "Поздравление Председателю КНР Си Цзиньпину с 76-й годовщиной образования Китайской Народной Республики\n\n"
     "Владимир Путин направил поздравительное послание Председателю Китайской Народной Республики Си Цзиньпину по "
     "случаю национального праздника – Дня образования КНР, который отмечается 1 октября.\n\n"
     "«Российско-китайские отношения всеобъемлющего партнёрства и стратегического взаимодействия находятся на "
     "беспрецедентно высоком уровне», – отмечается, в частности, в послании.",
     event("Statement", speakers=["Vladimir Putin"], participants=["Xi Jinping"], countries=["RU", "CN"],
           mentioned=["CN", "RU"],
           notes="A message of greetings -> Statement (seeds: greetings; heldout6's 11308), its sender the "
                 "speaker; the head of state it is addressed to is the named counterpart -> participant (judgment "
                 "call: no earlier gold had a greeting to a named person), his country a side. '1 октября' is the "
                 "holiday, not the message's day, which is not written -> null (heldout6's 11208); no place. "
                 "'Российско-китайские' names both. Written for the set."))

post(14105, "2025-08-31T06:00:00",
     "Государственный визит в Китайскую Народную Республику\n\n"
     "📍 Тяньцзинь\n\n"
     "Владимир Путин прибыл в Китай. Программа визита, который продлится с 31 августа по 3 сентября, включает "
     "участие в заседании Совета глав государств – членов Шанхайской организации сотрудничества в Тяньцзине и "
     "переговоры с Председателем КНР Си Цзиньпином в Пекине.\n\n"
     "#ШОС",
     event("Visit", "2025-08-31", "2025-09-03", city="Tianjin", country="CN", speakers=["Vladimir Putin"],
           participants=["Xi Jinping"], orgs=["Shanghai Cooperation Organisation"], countries=["RU", "CN"],
           mentioned=["CN"], inferred=True,
           notes="The title names a state visit -> Visit (the summit and the talks are its programme); the range "
                 "'с 31 августа по 3 сентября' has no year -> inferred; place from the 📍 line, where he arrived "
                 "(Beijing is a later leg). The host with whom talks are planned -> participant. The SCO's Heads of "
                 "State Council is folded into the SCO (seeds); '#ШОС' names it too. Russia is not named. The "
                 "visit of 31 August-3 September 2025 (SCO summit in Tianjin, Beijing) is from memory of reports; "
                 "the wording is written for the set."),
     media="photo")

post(14106, "2025-01-27T18:30:00",
     "Встреча с Президентом Белоруссии Александром Лукашенко\n\n"
     "27 января 2025 года, Ново-Огарёво, Московская область\n\n"
     "Владимир Путин и Александр Лукашенко обсудили ход подготовки к заседанию Высшего государственного совета "
     "Союзного государства и актуальные вопросы двусторонней повестки.",
     event("Meeting", "2025-01-27", country="RU", speakers=["Vladimir Putin"], participants=["Alexander Lukashenko"],
           orgs=["Union State"], countries=["RU", "BY"], mentioned=["BY"],
           notes="'Встреча с' a named counterpart -> Meeting; date from the dateline. Novo-Ogaryovo is a residence "
                 "and the Moscow Region a region -> the location's country only (heldout4's 10408: a building "
                 "gives no city; heldout11's 14001: a country without a city). The Supreme State Council is folded "
                 "into the Union State (seeds: sub-organs). 'Белоруссии' names Belarus; Russia is not named. "
                 "Written for the set: the meeting and its day are not checked."))

post(14107, "2025-06-27T12:00:00",
     "Заседание Высшего Евразийского экономического совета\n\n"
     "📍 Минск, 27 июня 2025 года\n\n"
     "Владимир Путин принял участие в заседании Высшего Евразийского экономического совета. Главы государств – "
     "членов Евразийского экономического союза обсудили ход реализации стратегических направлений развития "
     "евразийской экономической интеграции.",
     event("MultilateralMeeting", "2025-06-27", city="Minsk", country="BY", speakers=["Vladimir Putin"],
           orgs=["Eurasian Economic Union"], countries=["RU"], mentioned=[],
           notes="'принял участие в заседании' of an organisation's council -> MultilateralMeeting (seeds); date "
                 "and place from the 📍 line. The Supreme Eurasian Economic Council is folded into the EAEU, which "
                 "is also named in full. Belarus is the host, not named as a side (heldout11's 13801). Edited. The "
                 "council's session in Minsk in late June 2025 is from memory; its day and the wording are not "
                 "checked."),
     media="video", edited="2025-06-27T12:20:00")

post(14108, "2025-08-16T00:40:00",
     "«Рассчитываем, что достигнутое сегодня понимание откроет дорогу к миру», – Владимир Путин",
     event("Statement", speakers=["Vladimir Putin"], countries=["RU"], mentioned=[],
           notes="A reply to 14101: a quote card -> Statement (heldout11's 13608); a reply does not take its "
                 "parent's date, and 'сегодня' inside a quotation dates no event of the post -> null (judgment "
                 "call); no place. The speaker's country is the side; no country is named. Written for the "
                 "set."),
     media="photo", reply_to=14101)

CHANNELS["kremlin_ru"]["services"].append((14109, "2025-08-16T00:15:00", 14101))

# ------------------------------------------------------------------------------------------------
# The Élysée (Présidence de la République, French, UTC+01:00; UTC+02:00 in summer)
# ------------------------------------------------------------------------------------------------
post = channel("elysee_fr", "Élysée", 2100000017, "fr")

post(14201, "2024-12-07T17:30:00",
     "**Entretien trilatéral avec Donald Trump et Volodymyr Zelensky**\n\n"
     "📍 Palais de l'Élysée, Paris\n\n"
     "Le Président de la République a reçu ce samedi le Président élu des États-Unis, Donald Trump, et le "
     "Président de l'Ukraine, Volodymyr Zelensky, avant la cérémonie de réouverture de la cathédrale Notre-Dame de "
     "Paris.",
     event("Meeting", "2024-12-07", city="Paris", country="FR", speakers=["Emmanuel Macron"],
           participants=["Donald Trump", "Volodymyr Zelensky"], countries=["FR", "US", "UA"],
           mentioned=["US", "UA"], inferred=True,
           notes="'Entretien' (here a meeting, not an interview) and 'a reçu' named counterparts -> Meeting "
                 "(seeds: 'received'); 'ce samedi' = Saturday 7 December (18:30 in Paris, the publication day); "
                 "the 📍 line names the palace and Paris -> Paris. 'Le Président de la République' is the own "
                 "president, Emmanuel Macron, not named (judgment call: the channel's principal by his office, as "
                 "heldout11's ministers by theirs). The reopening of Notre-Dame is another event. The trilateral "
                 "meeting of 7 December 2024 at the Élysée is from memory of reports; the wording is written for "
                 "the set."),
     media="photo", reactions=[("👍", 980)])

post(14202, "2025-10-14T08:30:00",
     "Appel téléphonique avec le Premier ministre indien Narendra Modi\n\n"
     "Le Président de la République s'est entretenu hier par téléphone avec le Premier ministre de l'Inde, "
     "Narendra Modi. Les deux dirigeants ont fait le point sur le partenariat stratégique entre la France et "
     "l'Inde, en particulier dans les domaines de la défense, de l'espace et du nucléaire civil.",
     event("PhoneCall", "2025-10-13", speakers=["Emmanuel Macron"], participants=["Narendra Modi"],
           countries=["FR", "IN"], mentioned=["IN", "FR"], inferred=True,
           notes="'Appel téléphonique' / 's'est entretenu … par téléphone' -> PhoneCall; 'hier' from Tuesday 14 "
                 "October (10:30 in Paris) = Monday 13 October; a call has no place. The own president by his "
                 "office (as 14201). Written for the set: the call is not checked."))

post(14203, "2025-07-08T10:00:00",
     "Visite d'État au Royaume-Uni\n\n"
     "Du 8 au 10 juillet, le Président de la République effectue une visite d'État au Royaume-Uni, à l'invitation "
     "de Sa Majesté le Roi Charles III. Il s'entretiendra avec le Premier ministre Keir Starmer lors du sommet "
     "franco-britannique.\n\n"
     "🇫🇷🇬🇧",
     event("Visit", "2025-07-08", "2025-07-10", country="GB", speakers=["Emmanuel Macron"],
           participants=["Charles III", "Keir Starmer"], countries=["FR", "GB"], mentioned=["GB", "FR"],
           inferred=True,
           notes="'Visite d'État' -> Visit; the range 'Du 8 au 10 juillet' has no year -> inferred; 'au "
                 "Royaume-Uni' names a country without a city -> the location's country only (heldout11's "
                 "14001). The host king and the prime minister he will meet -> participants (the summit is part "
                 "of the visit). Flags and 'franco-britannique' name both. The state visit of 8-10 July 2025 at "
                 "the invitation of Charles III, with talks with Starmer, is checked; the wording is written for "
                 "the set."),
     media="photo")

post(14204, "2025-06-26T08:00:00",
     "Conseil européen des 26 et 27 juin 2025\n\n"
     "📍 Bruxelles\n\n"
     "Le Président de la République participe aujourd'hui et demain au Conseil européen. Au programme : le soutien "
     "à l'Ukraine, la défense européenne, la situation au Proche-Orient et la compétitivité.\n\n"
     "#EUCO",
     event("MultilateralMeeting", "2025-06-26", "2025-06-27", city="Brussels", country="BE",
           speakers=["Emmanuel Macron"], orgs=["European Council"], countries=["FR"], mentioned=["UA"],
           notes="'participe … au Conseil européen' -> MultilateralMeeting (seeds: 'took part in' a council "
                 "meeting); the range is in the title with its year (and 'aujourd'hui et demain' from Thursday "
                 "26 June agrees); place from the 📍 line. The European Council is named (heldout7's 11708: "
                 "listed under its own name; 'européenne' names no organisation). The Middle East is a region. "
                 "The European Council of 26-27 June 2025 is from memory; the wording is written for the set."))

post(14205, "2025-09-22T20:45:00",
     "Fidèle à l'engagement historique de mon pays au Proche-Orient, pour la paix entre le peuple israélien et le "
     "peuple palestinien, je déclare qu'aujourd'hui, la France reconnaît l'État de Palestine.\n\n"
     "Je l'ai annoncé ce soir à New York, à la tribune des Nations unies.",
     event("Statement", "2025-09-22", city="New York City", country="US", speakers=["Emmanuel Macron"],
           orgs=["United Nations"], countries=["FR"], mentioned=["IL", "PS", "FR"], inferred=True,
           notes="Forwarded from the President's own channel, in his first person -> he is the speaker "
                 "(heldout2's convention); a declaration made at the UN -> Statement (seeds: a speech at a "
                 "multilateral meeting); 'aujourd'hui' / 'ce soir' = Monday 22 September (22:45 in Paris, 16:45 "
                 "in New York); 'à New York'. 'israélien' and 'palestinien' name Israel and Palestine (PS), topics "
                 "here, not sides. The recognition announced at the UN in New York on 22 September 2025 is from "
                 "memory of reports; the words are written for the set."),
     forwarded="Emmanuel Macron", media="video")

post(14206, "2025-05-14T06:00:00",
     "Entretien du Président de la République avec TF1\n\n"
     "Le Président de la République a accordé un entretien à TF1 consacré aux grands défis de la France : "
     "l'économie, le travail, la guerre en Ukraine. À revoir en intégralité sur le site de la chaîne.",
     event("Interview", speakers=["Emmanuel Macron"], orgs=["TF1"], countries=["FR"], mentioned=["FR", "UA"],
           notes="'a accordé un entretien à TF1' -> Interview (an 'entretien' given to a broadcaster, unlike "
                 "14201's); no date written (the interview's day is not stated), no place. The broadcaster is an "
                 "organisation (heldout's convention for outlets). Ukraine is a topic. Written for the set."),
     media="video")

post(14207, "2025-02-11T17:00:00",
     "Sommet pour l'action sur l'intelligence artificielle | Paris, 11 février 2025\n\n"
     "Discours de clôture du Président de la République au Grand Palais : « L'Europe doit être un continent de "
     "l'IA, et la France y prendra toute sa part. »\n\n"
     "#AIActionSummit",
     event("Statement", "2025-02-11", city="Paris", country="FR", speakers=["Emmanuel Macron"], countries=["FR"],
           mentioned=["FR"],
           notes="'Discours de clôture' at a summit -> Statement (seeds: speech; 'remarks at <multilateral event>' "
                 "is a Statement); date and place from the title. The summit is an event, the Grand Palais a "
                 "building; 'l'Europe' is a continent. The AI Action Summit of 10-11 February 2025 at the Grand "
                 "Palais is from memory; the speech's words are written for the set."),
     media="photo")

post(14208, "2025-03-17T12:30:00",
     "Le Président de la République a reçu ce lundi 17 mars au Palais de l'Élysée le Premier ministre du Canada, "
     "Mark Carney, pour son premier déplacement à l'étranger.\n\n"
     "Les deux dirigeants ont réaffirmé leur soutien à l'Ukraine et leur attachement à une relation transatlantique "
     "fondée sur le respect.",
     event("Meeting", "2025-03-17", speakers=["Emmanuel Macron"], participants=["Mark Carney"],
           countries=["FR", "CA"], mentioned=["CA", "UA"], inferred=True,
           notes="'a reçu' a named counterpart -> Meeting; 'ce lundi 17 mars' without a year -> inferred; the "
                 "Élysée Palace is a building and no city is written -> no location (heldout3's guideline: a "
                 "place named only by a building). Ukraine is a topic. Edited. Carney's first trip abroad as "
                 "Prime Minister, to Paris on 17 March 2025, is from memory of reports; the wording is written for "
                 "the set."),
     edited="2025-03-17T13:05:00")

CHANNELS["elysee_fr"]["services"].append((14209, "2025-07-08T10:05:00", 14203))

# ------------------------------------------------------------------------------------------------
# Pakistan's Ministry of Foreign Affairs (English, UTC+05:00)
# ------------------------------------------------------------------------------------------------
post = channel("mofa_pk", "Ministry of Foreign Affairs - Pakistan", 2100000018, "en")

post(14301, "2025-04-18T08:30:00",
     "Weekly Press Briefing by the Spokesperson, Friday, 18 April 2025\n\n"
     "📍 Islamabad\n\n"
     "Spokesperson of the Ministry of Foreign Affairs, Ambassador Shafqat Ali Khan, announced that Deputy Prime "
     "Minister and Foreign Minister Senator Mohammad Ishaq Dar will lead a high-level delegation to Kabul tomorrow "
     "at the invitation of the Acting Foreign Minister of Afghanistan, Amir Khan Muttaqi. The talks will cover the "
     "entire gamut of Pakistan-Afghanistan relations, including security, trade and connectivity.",
     event("Briefing", "2025-04-18", city="Islamabad", country="PK", speakers=["Shafqat Ali Khan"],
           orgs=["Ministry of Foreign Affairs of Pakistan"], countries=["PK"], mentioned=["AF", "PK"],
           notes="'Weekly Press Briefing by the Spokesperson' -> Briefing (seeds' precedence); date in the title, "
                 "place from the 📍 line. The spokesperson's title names his ministry (heldout11's guideline). Dar "
                 "and Muttaqi belong to the announced visit, another event -> neither speaker nor participant. The "
                 "briefing of Friday 18 April 2025 announcing the visit of the 19th, and Shafqat Ali Khan as "
                 "spokesperson from January 2025, are checked; the wording is written for the set."),
     media="video")

post(14302, "2025-05-11T06:00:00",
     "DPM/FM receives telephone call from Chinese Foreign Minister\n\n"
     "Deputy Prime Minister and Foreign Minister Senator Mohammad Ishaq Dar received a telephone call yesterday from "
     "the Foreign Minister of China, Wang Yi. The two sides reaffirmed the All-Weather Strategic Cooperative "
     "Partnership between Pakistan and China and exchanged views on the regional situation.",
     event("PhoneCall", "2025-05-10", speakers=["Ishaq Dar"], participants=["Wang Yi"], countries=["PK", "CN"],
           mentioned=["CN", "PK"], inferred=True,
           notes="'received a telephone call from' -> PhoneCall; the own minister is the speaker, the caller the "
                 "participant (heldout11's 13602); 'yesterday' from Sunday 11 May (11:00 in Islamabad) = Saturday "
                 "10 May; no place. 'Senator Mohammad Ishaq Dar' is Ishaq Dar. Written for the set: the call and "
                 "its day are not checked."))

post(14303, "2025-07-15T10:00:00",
     "DPM/FM participates in SCO Council of Foreign Ministers meeting in Tianjin\n\n"
     "📍 Tianjin, 15 July 2025\n\n"
     "Deputy Prime Minister and Foreign Minister Senator Mohammad Ishaq Dar took part in the meeting of the Council "
     "of Foreign Ministers of the Shanghai Cooperation Organisation (SCO). He underlined Pakistan's commitment to "
     "the principles of the SCO Charter and to regional connectivity.\n\n"
     "#SCO",
     event("MultilateralMeeting", "2025-07-15", city="Tianjin", country="CN", speakers=["Ishaq Dar"],
           orgs=["Shanghai Cooperation Organisation"], countries=["PK"], mentioned=["PK"],
           notes="'took part in the meeting of the Council of Foreign Ministers' -> MultilateralMeeting (seeds); "
                 "date and place from the 📍 line. The council is folded into the SCO, also named by its Charter "
                 "and the hashtag. China is the host, not named. The SCO foreign ministers' meeting of 15 July "
                 "2025 in Tianjin is from memory; Dar's part in it and the wording are not checked."),
     media="photo")

post(14304, "2025-06-21T11:00:00",
     "DPM/FM addresses the 51st session of the OIC Council of Foreign Ministers\n\n"
     "Istanbul, 21 June 2025\n\n"
     "Addressing the 51st session of the Council of Foreign Ministers of the Organisation of Islamic Cooperation in "
     "Istanbul today, Deputy Prime Minister and Foreign Minister Senator Mohammad Ishaq Dar strongly condemned "
     "Israel's attacks on Iran and said that Pakistan stood in solidarity with the brotherly people of Iran.",
     event("Statement", "2025-06-21", city="Istanbul", country="TR", speakers=["Ishaq Dar"],
           orgs=["Organisation of Islamic Cooperation"], countries=["PK"], mentioned=["IL", "IR", "PK"],
           notes="An address to a multilateral meeting -> Statement (heldout11's guideline: a speech at a "
                 "multilateral meeting); date and place from the dateline ('Istanbul, 21 June 2025', and 'in "
                 "Istanbul today'). Israel and Iran are topics, not sides; Türkiye is the host, not named. The "
                 "51st CFM in Istanbul on 21-22 June 2025 is from memory; the address's words are written for the "
                 "set."))

post(14305, "2025-03-05T10:00:00",
     "DPM/FM meets Ambassador of Saudi Arabia\n\n"
     "📍 Islamabad\n\n"
     "Deputy Prime Minister and Foreign Minister Senator Mohammad Ishaq Dar met the Ambassador of the Kingdom of "
     "Saudi Arabia, Nawaf bin Said Al-Malki, at the Ministry of Foreign Affairs today. They discussed the "
     "preparations for upcoming high-level exchanges between Pakistan and Saudi Arabia.",
     event("Meeting", "2025-03-05", city="Islamabad", country="PK", speakers=["Ishaq Dar"],
           participants=["Nawaf bin Said Al-Malki"], orgs=["Ministry of Foreign Affairs of Pakistan"],
           countries=["PK", "SA"], mentioned=["SA", "PK"], inferred=True,
           notes="'met' a named counterpart -> Meeting; 'today' = Wednesday 5 March (15:00 in Islamabad); place "
                 "from the 📍 line. An ambassador's country is a side. 'the Ministry of Foreign Affairs' named "
                 "bare in its own channel -> that country's (heldout11's guideline). Al-Malki as Saudi ambassador "
                 "is from memory; the meeting is written for the set."))

post(14306, "2025-06-14T09:00:00",
     "Travel Advisory\n\n"
     "In view of the prevailing security situation in the region, Pakistani nationals are advised to avoid all "
     "non-essential travel to Iran until further notice. Pakistanis in Iran are requested to remain in contact "
     "with the Embassy of Pakistan in Tehran. The Crisis Management Unit of the Ministry of Foreign Affairs has "
     "been activated: +92 51 9207887.\n\n"
     "#TravelAdvisory",
     event("Announcement", orgs=["Embassy of Pakistan in Iran", "Ministry of Foreign Affairs of Pakistan"],
           countries=["PK"], mentioned=["PK", "IR"],
           notes="A notice to citizens -> Announcement (heldout10's 13505); no date, place or person. The embassy "
                 "is named '<Embassy> of <country> in <host country>' (heldout11's guideline); the Crisis "
                 "Management Unit of the ministry, named with it, names the ministry (heldout11's 13606). "
                 "'Pakistani', 'Pakistanis' name Pakistan. Written for the set (the number is invented)."))

post(14307, "2025-08-05T05:00:00",
     "Statement on Youm-e-Istehsal\n\n"
     "Six years ago, on 5 August 2019, India took illegal and unilateral actions in Indian Illegally Occupied Jammu "
     "and Kashmir. Pakistan reaffirms its steadfast support to the Kashmiri people in their just struggle for the "
     "right to self-determination, as enshrined in the relevant resolutions of the UN Security Council.",
     event("Statement", orgs=["United Nations Security Council"], countries=["PK"], mentioned=["IN", "PK"],
           notes="A statement of the government -> Statement (heldout11's 13701), with no person. '5 August 2019' "
                 "is another event's date (heldout11's guideline) and the statement's own day is not written -> "
                 "null; no place. Jammu and Kashmir is a region; India is named, not a side. The UN Security "
                 "Council is a principal organ (seeds). Youm-e-Istehsal on 5 August is from memory; the wording is "
                 "written for the set."))

post(14308, "2025-04-19T06:30:00",
     "DPM/FM arrives in Kabul\n\n"
     "Deputy Prime Minister and Foreign Minister Senator Mohammad Ishaq Dar arrived in Kabul today on a day-long "
     "official visit to Afghanistan at the invitation of Acting Foreign Minister Amir Khan Muttaqi. The DPM/FM will "
     "call on Acting Prime Minister Mohammad Hassan Akhund and hold delegation-level talks with the Acting Foreign "
     "Minister.\n\n"
     "#PakAfghan",
     event("Visit", "2025-04-19", city="Kabul", country="AF", speakers=["Ishaq Dar"],
           participants=["Amir Khan Muttaqi", "Mohammad Hassan Akhund"], countries=["PK", "AF"],
           mentioned=["AF", "PK"], inferred=True,
           notes="'arrived in Kabul … on a day-long official visit' -> Visit; 'today' = Saturday 19 April (11:30 "
                 "in Islamabad, 11:00 in Kabul); 'in Kabul'. The visitor is the own minister -> speaker; the hosts "
                 "he meets within the visit -> participants (heldout11's 14008). '#PakAfghan' names both. The "
                 "one-day visit to Kabul on Saturday 19 April 2025 at Muttaqi's invitation, with a call on Akhund, "
                 "is checked; the wording is written for the set. Edited."),
     media="photo", edited="2025-04-19T07:10:00")

CHANNELS["mofa_pk"]["services"].append((14309, "2025-04-18T08:35:00", 14301))

# ------------------------------------------------------------------------------------------------
# Cuba's Ministry of Foreign Affairs (MINREX, Spanish, UTC-05:00; UTC-04:00 in summer)
# ------------------------------------------------------------------------------------------------
post = channel("minrex_cu", "Cancillería de Cuba", 2100000019, "es")

post(14401, "2025-02-20T19:00:00",
     "Canciller Bruno Rodríguez Parrilla sostuvo un encuentro con el Embajador de Rusia, Víktor Koronelli\n\n"
     "📍 La Habana\n\n"
     "El Ministro de Relaciones Exteriores, Bruno Rodríguez Parrilla, sostuvo hoy un encuentro con el Embajador de "
     "la Federación de Rusia en Cuba, Víktor Koronelli, con quien repasó el excelente estado de las relaciones "
     "bilaterales y los preparativos de próximos intercambios de alto nivel.",
     event("Meeting", "2025-02-20", city="Havana", country="CU", speakers=["Bruno Rodríguez Parrilla"],
           participants=["Viktor Koronelli"], countries=["CU", "RU"], mentioned=["RU", "CU"], inferred=True,
           notes="'sostuvo un encuentro con' a named counterpart -> Meeting; 'hoy' = Thursday 20 February (14:00 "
                 "in Havana); place from the 📍 line ('La Habana' -> Havana). The ambassador's country is a side; "
                 "his office names no embassy (judgment call). Name in its usual English form (Viktor Koronelli, "
                 "Russia's ambassador in Havana, from memory); the meeting is written for the set."),
     media="photo")

post(14402, "2025-01-21T16:00:00",
     "**DECLARACIÓN DEL MINISTERIO DE RELACIONES EXTERIORES**\n\n"
     "El Ministerio de Relaciones Exteriores de la República de Cuba rechaza enérgicamente la decisión del "
     "presidente de los Estados Unidos, Donald Trump, de reincluir a Cuba en la espuria lista de Estados que "
     "supuestamente patrocinan el terrorismo, apenas seis días después de que fuera anunciada su exclusión. Esta "
     "medida arbitraria refuerza el bloqueo económico, comercial y financiero contra nuestro pueblo.\n\n"
     "La Habana, 21 de enero de 2025\n\n"
     "#MejorSinBloqueo",
     event("Statement", "2025-01-21", city="Havana", country="CU", orgs=["Ministry of Foreign Affairs of Cuba"],
           countries=["CU"], mentioned=["US", "CU"],
           notes="'DECLARACIÓN' of the ministry -> Statement (heldout11's 13701: a communiqué), with no person: "
                 "Trump's decision is the subject, he is merely mentioned (heldout11's 13804); date and place from "
                 "the closing dateline. The ministry is named in full. The United States is criticised, not a "
                 "side. The re-listing of Cuba on 20 January 2025 is from memory of reports; the declaration is "
                 "written for the set."),
     media="document", file_name="declaracion_minrex.pdf")

post(14403, "2024-10-30T16:00:00",
     "Canciller cubano presenta ante la Asamblea General de la ONU el proyecto de resolución contra el bloqueo\n\n"
     "📍 Nueva York, 30 de octubre de 2024\n\n"
     "El Ministro de Relaciones Exteriores, Bruno Rodríguez Parrilla, presentó hoy ante el plenario de la Asamblea "
     "General de las Naciones Unidas el proyecto de resolución «Necesidad de poner fin al bloqueo económico, "
     "comercial y financiero impuesto por los Estados Unidos de América contra Cuba».\n\n"
     "#MejorSinBloqueo #CubaVsBloqueo",
     event("Statement", "2024-10-30", city="New York City", country="US", speakers=["Bruno Rodríguez Parrilla"],
           orgs=["United Nations General Assembly"], countries=["CU"], mentioned=["CU", "US"],
           notes="A minister presenting a resolution to the General Assembly, a speech at a multilateral meeting "
                 "-> Statement (heldout11's 13708); date and place from the 📍 line ('Nueva York' -> New York "
                 "City). The General Assembly is a UN principal organ (seeds). The United States are named in the "
                 "resolution's title, not a side; 'cubano' and the hashtag name Cuba. The General Assembly's vote "
                 "of 30 October 2024 on the blockade resolution is from memory; the wording is written for the "
                 "set."),
     media="video")

post(14404, "2025-03-11T22:30:00",
     "Canciller cubano conversa telefónicamente con Wang Yi\n\n"
     "Este martes, el Canciller Bruno Rodríguez Parrilla sostuvo una conversación telefónica con el Ministro de "
     "Relaciones Exteriores de la República Popular China, Wang Yi. Ambos ratificaron la voluntad de seguir "
     "profundizando los vínculos de amistad y cooperación entre los dos partidos, gobiernos y pueblos.",
     event("PhoneCall", "2025-03-11", speakers=["Bruno Rodríguez Parrilla"], participants=["Wang Yi"],
           countries=["CU", "CN"], mentioned=["CU", "CN"], inferred=True,
           notes="'sostuvo una conversación telefónica con' -> PhoneCall; 'Este martes' = Tuesday 11 March (18:30 "
                 "in Havana, on summer time since 9 March; 22:30 UTC); a call has no place. 'cubano' names Cuba. "
                 "The parties are not named (no organisation). Written for the set: the call is not checked."))

post(14405, "2025-04-09T18:00:00",
     "Canciller Rodríguez participa en la IX Cumbre de la CELAC\n\n"
     "📍 Tegucigalpa, Honduras\n\n"
     "El Ministro de Relaciones Exteriores, Bruno Rodríguez Parrilla, encabeza la delegación cubana que participa "
     "hoy en la IX Cumbre de Jefes de Estado y de Gobierno de la Comunidad de Estados Latinoamericanos y Caribeños "
     "(CELAC).\n\n"
     "#CELAC",
     event("MultilateralMeeting", "2025-04-09", city="Tegucigalpa", country="HN",
           speakers=["Bruno Rodríguez Parrilla"], orgs=["Community of Latin American and Caribbean States"],
           countries=["CU"], mentioned=["HN", "CU"], inferred=True,
           notes="'participa … en la IX Cumbre' of an organisation -> MultilateralMeeting; 'hoy' = Wednesday 9 "
                 "April (14:00 in Havana, 12:00 in Tegucigalpa); place from the 📍 line. A delegation's head -> "
                 "speaker; Honduras is the host, named but not acting -> no side (heldout11's 13704). The CELAC "
                 "summit of 9 April 2025 in Tegucigalpa is checked in heldout11's findings; the minister's part "
                 "in it is written for the set."),
     media="photo")

post(14406, "2025-11-03T15:00:00",
     "La Embajada de Cuba en España informa a los ciudadanos cubanos residentes en este país que todos los trámites "
     "consulares se solicitan únicamente mediante cita previa a través del sitio web de la Embajada.\n\n"
     "No se atenderá a personas sin cita.",
     event("Announcement", orgs=["Embassy of Cuba in Spain"], countries=["CU"], mentioned=["CU", "ES"],
           notes="Forwarded from the embassy's channel: a notice to citizens -> Announcement (heldout10's "
                 "13505); no date, place or person. The embassy is named '<Embassy> of <country> in <host "
                 "country>'; 'España' and 'cubanos' are named (unlike heldout11's 13705, whose host country was "
                 "named only through a city). Written for the set."),
     forwarded="Embajada de Cuba en España")

post(14407, "2025-09-16T14:00:00",
     "Canciller concede entrevista a Prensa Latina\n\n"
     "El Canciller Bruno Rodríguez Parrilla concedió ayer una entrevista exclusiva a la agencia Prensa Latina, en la "
     "que denunció el recrudecimiento del bloqueo y la persecución financiera contra Cuba.",
     event("Interview", "2025-09-15", speakers=["Bruno Rodríguez Parrilla"], orgs=["Prensa Latina"],
           countries=["CU"], mentioned=["CU"], inferred=True,
           notes="'concedió … una entrevista' -> Interview; 'ayer' from Tuesday 16 September (10:00 in Havana) = "
                 "Monday 15 September; no place. The news agency is an organisation (heldout's convention for "
                 "outlets). Written for the set."))

post(14408, "2025-06-10T20:00:00",
     "Visita oficial a Cuba del Canciller de Venezuela, Yván Gil\n\n"
     "El Canciller Bruno Rodríguez Parrilla recibió hoy en La Habana a su homólogo de la República Bolivariana de "
     "Venezuela, Yván Gil Pinto, quien realiza una visita oficial a nuestro país.\n\n"
     "#CubaVenezuela",
     event("Visit", "2025-06-10", city="Havana", country="CU", speakers=["Bruno Rodríguez Parrilla"],
           participants=["Yván Gil"], countries=["CU", "VE"], mentioned=["CU", "VE"], inferred=True,
           notes="The title names an official visit -> Visit; in a visit to the own country the own minister (the "
                 "host) is the speaker and the visitor a participant (heldout11's guideline, 13904); 'hoy en La "
                 "Habana' = Tuesday 10 June (16:00 in Havana). 'Yván Gil Pinto' is Yván Gil. The bilateral "
                 "hashtag names both. Edited. Written for the set: the visit is not checked."),
     media="photo", edited="2025-06-10T20:45:00")

CHANNELS["minrex_cu"]["services"].append((14409, "2025-01-21T16:05:00", 14402))

# ------------------------------------------------------------------------------------------------
# The German Federal Government (Bundesregierung, German, UTC+01:00; UTC+02:00 in summer)
# ------------------------------------------------------------------------------------------------
post = channel("bundesregierung_de", "Bundesregierung", 2100000020, "de")

post(14501, "2025-05-12T20:00:00",
     "Bundeskanzler Merz telefonierte mit US-Präsident Trump\n\n"
     "Bundeskanzler Friedrich Merz hat am Abend mit dem Präsidenten der Vereinigten Staaten, Donald Trump, "
     "telefoniert. Wie Regierungssprecher Stefan Kornelius mitteilte, ging es um die Lage in der Ukraine und die "
     "Handelsbeziehungen zwischen der EU und den USA.",
     event("PhoneCall", "2025-05-12", speakers=["Friedrich Merz"], participants=["Donald Trump"],
           orgs=["European Union"], countries=["DE", "US"], mentioned=["US", "UA"], inferred=True,
           notes="'telefonierte mit' -> PhoneCall; 'am Abend' = the evening of the publication day (Monday 12 May, "
                 "22:00 in Berlin); a call has no place. The spokesperson who relays it is no party (heldout10's "
                 "13107). 'EU' names the EU; Ukraine is a topic. Germany is not named. Written for the set: the "
                 "call is not checked."))

post(14502, "2025-06-04T12:30:00",
     "Regierungspressekonferenz vom 4. Juni 2025\n\n"
     "Regierungssprecher Stefan Kornelius informierte heute in der Regierungspressekonferenz in Berlin über die "
     "Reise des Bundeskanzlers nach Washington, wo er am Donnerstag mit US-Präsident Donald Trump zusammentreffen "
     "wird. Themen seien die Zölle, die NATO und die Unterstützung der Ukraine.",
     event("Briefing", "2025-06-04", city="Berlin", country="DE", speakers=["Stefan Kornelius"],
           orgs=["North Atlantic Treaty Organization"], countries=["DE"], mentioned=["US", "UA"],
           notes="The government spokesperson's regular press conference -> Briefing (judgment call: a "
                 "spokesperson's regular briefing, as heldout11's 13901, though its name says press conference); "
                 "date in the title, 'in Berlin'. The Chancellor's trip and Trump belong to a coming event "
                 "('am Donnerstag') -> neither speaker nor participant, no date of the post. The NATO is named. "
                 "Kornelius as spokesperson and Merz's visit to Washington on Thursday 5 June 2025 are from memory; "
                 "the briefing is written for the set."),
     media="video")

post(14503, "2025-05-07T10:00:00",
     "Antrittsbesuch in Paris\n\n"
     "Bundeskanzler Friedrich Merz ist heute zu seinem Antrittsbesuch in Paris eingetroffen und wurde von "
     "Staatspräsident Emmanuel Macron im Élysée-Palast empfangen. Am Nachmittag reist der Kanzler weiter nach "
     "Warschau.\n\n"
     "🇩🇪🇫🇷",
     event("Visit", "2025-05-07", city="Paris", country="FR", speakers=["Friedrich Merz"],
           participants=["Emmanuel Macron"], countries=["DE", "FR"], mentioned=["DE", "FR"], inferred=True,
           notes="The title names an inaugural visit -> Visit; 'heute' = Wednesday 7 May (12:00 in Berlin); 'in "
                 "Paris'; Warsaw is a later leg, not this post's place. The own chancellor the visitor -> speaker, "
                 "the host received him -> participant. The flags name both. Merz's first trips as Chancellor, to "
                 "Paris and Warsaw on 7 May 2025, are from memory of reports; the wording is written for the "
                 "set."),
     media="photo")

post(14504, "2025-03-20T08:00:00",
     "Europäischer Rat in Brüssel\n\n"
     "Bundeskanzler Olaf Scholz nimmt heute am Europäischen Rat in Brüssel teil. Die Staats- und Regierungschefs "
     "der EU beraten über die Unterstützung der Ukraine, die europäische Verteidigung und die "
     "Wettbewerbsfähigkeit.\n\n"
     "#EUCO",
     event("MultilateralMeeting", "2025-03-20", city="Brussels", country="BE", speakers=["Olaf Scholz"],
           orgs=["European Council", "European Union"], countries=["DE"], mentioned=["UA"], inferred=True,
           notes="'nimmt … am Europäischen Rat … teil' -> MultilateralMeeting; 'heute' = Thursday 20 March (09:00 "
                 "in Berlin); 'in Brüssel'. Scholz was still Chancellor (until 6 May 2025). The European Council "
                 "and the EU are both named (heldout8's 12204). The European Council of 20 March 2025 is from "
                 "memory; the wording is written for the set."))

post(14505, "2025-05-28T11:00:00",
     "Bundeskanzler Merz empfängt Präsident Selenskyj\n\n"
     "📍 Berlin\n\n"
     "Bundeskanzler Friedrich Merz hat heute den ukrainischen Präsidenten Wolodymyr Selenskyj mit militärischen "
     "Ehren im Kanzleramt empfangen. Im Anschluss an die Gespräche geben beide eine gemeinsame Pressekonferenz.",
     event("Meeting", "2025-05-28", city="Berlin", country="DE", speakers=["Friedrich Merz"],
           participants=["Volodymyr Zelensky"], countries=["DE", "UA"], mentioned=["UA"], inferred=True,
           notes="'empfängt' / 'hat … empfangen' a named counterpart -> Meeting (seeds: 'received'); the coming "
                 "press conference is part of the same visit, the title types it; 'heute' = Wednesday 28 May "
                 "(13:00 in Berlin); place from the 📍 line (the Chancellery is a building). 'ukrainischen' names "
                 "Ukraine. Zelensky's visit to Berlin on 28 May 2025 is from memory of reports; the wording is "
                 "written for the set."),
     media="photo", reactions=[("👍", 1200)])

post(14506, "2025-08-18T08:00:00",
     "Tag der offenen Tür der Bundesregierung am 23. und 24. August\n\n"
     "Am Wochenende öffnen das Kanzleramt und die Ministerien in Berlin wieder ihre Türen. Der Eintritt ist frei. "
     "Alle Informationen zum Programm finden Sie unter www.bundesregierung.de/tdot.\n\n"
     "#TdoT25",
     event("Announcement", "2025-08-23", "2025-08-24", city="Berlin", country="DE",
           orgs=["Federal Government of Germany"], countries=["DE"], mentioned=[], inferred=True,
           notes="A notice to the public -> Announcement (heldout3's guideline); the open days are its event: "
                 "the range 'am 23. und 24. August' has no year -> inferred; 'in Berlin'. 'Bundesregierung' in "
                 "the title names the Federal Government (heldout's 302: a named government; judgment call: the "
                 "channel's own government); the Chancellery and the ministries are named generically. No person. "
                 "Written for the set: the days are not checked."))

post(14507, "2025-06-25T13:00:00",
     "Bundeskanzler Merz beim NATO-Gipfel: „Deutschland wird seinen Beitrag leisten“\n\n"
     "📍 Den Haag, 25. Juni 2025\n\n"
     "„Wir stehen zu dem Ziel, fünf Prozent unserer Wirtschaftsleistung für Verteidigung auszugeben. Deutschland "
     "wird seinen Beitrag zur Sicherheit des Bündnisses leisten“, sagte Bundeskanzler Friedrich Merz am Rande des "
     "Gipfels.\n\n"
     "#NATOSummit",
     event("Statement", "2025-06-25", city="The Hague", country="NL", speakers=["Friedrich Merz"],
           orgs=["North Atlantic Treaty Organization"], countries=["DE"], mentioned=["DE"],
           notes="The Chancellor's own words at a summit -> Statement (heldout8's 12108: a doorstep at a "
                 "multilateral meeting is a Statement, not the meeting); date and place from the 📍 line ('Den "
                 "Haag' -> The Hague). NATO named in the title and the hashtag. The NATO summit of 24-25 June 2025 "
                 "in The Hague and its five per cent goal are from memory; the words are written for the set."),
     media="video")

post(14508, "2025-08-11T07:00:00",
     "Bundeskanzler Merz im ZDF-Sommerinterview\n\n"
     "Im Sommerinterview des ZDF sprach Bundeskanzler Friedrich Merz gestern über die Wirtschaftslage, die "
     "Migrationspolitik und die Lage im Nahen Osten.",
     event("Interview", "2025-08-10", speakers=["Friedrich Merz"], orgs=["ZDF"], countries=["DE"], mentioned=[],
           inferred=True,
           notes="'Sommerinterview' -> Interview; 'gestern' from Monday 11 August (09:00 in Berlin) = Sunday 10 "
                 "August; no place. The broadcaster is an organisation (heldout's convention for outlets). The "
                 "Middle East is a region. Edited. Written for the set: the interview and its day are not "
                 "checked."),
     edited="2025-08-11T07:30:00")

CHANNELS["bundesregierung_de"]["services"].append((14509, "2025-05-28T11:05:00", 14505))


def main() -> None:
    guidelines = ("Hand-annotated gold for kg over tests/data/heldout12/*/result.json: a twelfth held-out set of "
                  "channels new to the held-out sets (the Kremlin's in Russian, the Élysée's in French, Pakistan's "
                  "Ministry of Foreign Affairs in English, Cuba's Cancillería in Spanish, the German Federal "
                  "Government's in German), written and annotated before kg was run on them. Posts are found by "
                  "message_id (14101 and up, one block of a hundred per channel, apart from the other sets'). The "
                  "annotation follows the guidelines of tests/data/gold/seeds.json and the eleven earlier held-out "
                  "golds; relative days ('сегодня', 'aujourd'hui', 'hier', 'ce samedi', 'today', 'yesterday', "
                  "'hoy', 'ayer', 'Este martes', 'heute', 'gestern', 'am Abend') are resolved from the publication "
                  "time in the channel's own time zone (Moscow +03:00, Paris and Berlin +01:00/+02:00, Islamabad "
                  "+05:00, Havana -05:00/-04:00); a dateline ('15 августа 2025 года, Анкоридж', 'Istanbul, 21 June "
                  "2025', 'La Habana, 21 de enero de 2025'), a 📍 line or a date in the title dates and places it; a "
                  "range ('с 31 августа по 3 сентября', 'Du 8 au 10 juillet', 'am 23. und 24. August') gives date "
                  "and end_date; a date that belongs to another event (a holiday, an anniversary's day, a coming "
                  "trip) is not the post's; a reply does not take its parent's date; 'le Président de la "
                  "République' in the Élysée's channel is Emmanuel Macron; talks between delegations have the own "
                  "side's named members as speakers and the other side's as participants; in a visit the own "
                  "leader or minister (visitor or host) is the speaker, the other side participants; a "
                  "spokesperson who relays a call is no party to it; a residence or palace (Novo-Ogaryovo, the "
                  "Élysée Palace, the Chancellery) is no city, and a region or a country without a city gives the "
                  "location's country alone; a host country named but not acting is no side; a notice to citizens "
                  "or the public is an Announcement; a speech or doorstep at a multilateral meeting is a Statement; "
                  "a declaration is a Statement; an 'entretien' given to a broadcaster is an Interview, an "
                  "'entretien' with a counterpart a Meeting; an embassy is named '<Embassy> of <country> in <host "
                  "country>'; a ministry named bare or in full in its own channel is that country's, and a "
                  "spokesperson's title names it; names are given in their usual English form (known people and "
                  "organisations as kg/data's English labels spell them: 'Vladimir Putin', 'Emmanuel Macron', "
                  "'Ishaq Dar', 'Bruno Rodríguez Parrilla', 'Friedrich Merz', 'Olaf Scholz', 'Volodymyr Zelensky', "
                  "'Recep Tayyip Erdoğan', 'Shanghai Cooperation Organisation', 'Organisation of Islamic "
                  "Cooperation', 'Ministry of Foreign Affairs of Cuba', 'North Atlantic Treaty Organization'), "
                  "cities as GeoNames names them ('Havana', 'New York City', 'The Hague', 'Tianjin'). "
                  "date_inferred = the year, or the day itself ('today', a weekday), is not written. notes record "
                  "judgment calls.")
    h3.write(CHANNELS, HERE, HERE.parent / "gold" / "heldout12.json", guidelines)


if __name__ == "__main__":
    main()
