"""Write the tenth held-out set (one Telegram Desktop ``result.json`` per channel) and its gold.

The first nine held-out sets (tests/data/heldout/ to heldout9/) have all been used, or are being used,
to tune kg's rules, so their scores now flatter kg; the ninth was the first in Arabic and Chinese, and
kg has been tuned on its sixteen posts in those scripts. This tenth set is a fresh measure on five
channels new to the held-out sets, four of them in Arabic and Chinese: Egypt's Ministry of Foreign
Affairs in Arabic ("السيد الدكتور بدر عبد العاطي وزير الخارجية والهجرة وشئون المصريين بالخارج", "صرح
السفير تميم خلاف المتحدث الرسمي باسم وزارة الخارجية", dates in Arabic-Indic digits), Qatar's Ministry
of Foreign Affairs in Arabic ("معالي الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني رئيس مجلس الوزراء وزير
الخارجية", "تعرب وزارة الخارجية عن", "الإحاطة الإعلامية الأسبوعية", "الدوحة | 16 يوليو 2025"), the
Chinese Embassy in Russia in Chinese ("驻俄罗斯大使张汉晖会见", "吹风会", "当地时间2025年5月8日"), China's
Permanent Mission to the United Nations in Chinese ("傅聪大使在安理会……发言", "耿爽", "中国常驻联合国代表团
发言人答记者问") and the UAE's Ministry of Foreign Affairs in English ("His Highness Sheikh Abdullah bin
Zayed Al Nahyan, Deputy Prime Minister and Minister of Foreign Affairs", "ABU DHABI, 19th February, 2025
(WAM) --"). The posts are written in those channels' styles about real people, places, organisations
and events of 2024-2025; they are not copies of real posts. The gold was written by hand from the
texts below, by the guidelines of tests/data/gold/seeds.json and the nine earlier held-out golds,
before kg was run on them, and is not to be changed to match kg.

Run ``python tests/data/heldout10/make_heldout10.py`` to rewrite the exports and
tests/data/gold/heldout10.json from this file (the output is deterministic). The export-writing
helpers are the third set's (tests/data/heldout3/make_heldout3.py, imported, not copied; importing it
writes nothing). Message ids are 13101 and up, one block of a hundred per channel (13101-, 13201-,
13301-, 13401-, 13501-), apart from the other sets' (101-608, 9001-13009), since the scorer finds an
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

# The exporting machine's clock is Doha's (UTC+03:00): an export's "date" is local to it,
# "date_unixtime" is UTC. (h3.new_set sets it for this process only.)
CHANNELS, channel = h3.new_set(timezone(timedelta(hours=3)))


# ------------------------------------------------------------------------------------------------
# Egypt's Ministry of Foreign Affairs, Emigration and Egyptian Expatriates (Arabic, UTC+02:00;
# UTC+03:00 from late April to late October)
# ------------------------------------------------------------------------------------------------
post = channel("mfa_eg", "وزارة الخارجية المصرية 🇪🇬", 2100000006, "ar")

post(13101, "2024-09-18T15:00:00",
     "**وزير الخارجية والهجرة يترأس مع وزير الخارجية الأمريكي أعمال الحوار الاستراتيجي بين مصر والولايات المتحدة**\n\n"
     "📍 القاهرة، ١٨ سبتمبر ٢٠٢٤\n\n"
     "ترأس السيد الدكتور بدر عبد العاطي وزير الخارجية والهجرة وشئون المصريين بالخارج، اليوم، مع السيد أنتوني بلينكن "
     "وزير خارجية الولايات المتحدة الأمريكية، أعمال الجلسة الافتتاحية للحوار الاستراتيجي بين البلدين، بمشاركة وزراء "
     "التعليم العالي والسياحة والآثار والتربية والتعليم.\n\n"
     "وأكد الوزير عبد العاطي عمق الشراكة الاستراتيجية بين مصر والولايات المتحدة، كما تناول اللقاء تطورات الأوضاع في "
     "قطاع غزة والسودان وليبيا.",
     event("Meeting", "2024-09-18", city="Cairo", country="EG", speakers=["Badr Abdelatty"],
           participants=["Antony Blinken"], countries=["EG", "US"], mentioned=["EG", "US", "SD", "LY"],
           notes="A strategic dialogue the own minister co-chairs with a named counterpart -> Meeting (seeds: talks "
                 "with a named counterpart; co-chairs are participants; judgment call: not Consultations, which "
                 "seeds keep for 'political consultations'). Date and place from the 📍 line in Arabic-Indic "
                 "digits ('١٨ سبتمبر ٢٠٢٤'); 'اليوم' agrees (18:00 in Cairo). The unnamed ministers of the "
                 "delegation are no persons. A minister's title names no ministry (heldout8's 12201). The Gaza "
                 "Strip is a geographic feature. The dialogue of 18 September 2024 in Cairo, co-chaired by "
                 "Blinken and Abdelatty with three Egyptian ministers, is checked."),
     media="photo", reactions=[("🇪🇬", 2100), ("🤝", 640)])

post(13102, "2025-06-15T08:00:00",
     "وزير الخارجية يتلقى اتصالاً هاتفياً من نظيره الإيراني\n\n"
     "تلقى الدكتور بدر عبد العاطي وزير الخارجية والهجرة وشئون المصريين بالخارج، مساء أمس السبت، اتصالاً هاتفياً من "
     "السيد عباس عراقجي وزير خارجية الجمهورية الإسلامية الإيرانية، تناول التصعيد العسكري الخطير بين إيران وإسرائيل.\n\n"
     "وأكد الوزير عبد العاطي إدانة مصر للضربات الإسرائيلية على الأراضي الإيرانية، مشدداً على ضرورة وقف التصعيد "
     "وتغليب الحلول الدبلوماسية تجنباً لانزلاق المنطقة إلى حرب شاملة.",
     event("PhoneCall", "2025-06-14", speakers=["Badr Abdelatty"], participants=["Abbas Araghchi"],
           countries=["EG", "IR"], mentioned=["IR", "IL", "EG"], inferred=True,
           notes="'يتلقى اتصالاً هاتفياً من' -> PhoneCall (heldout9's 12602: the receiving own minister -> "
                 "speaker, the caller -> participant); 'مساء أمس السبت' from Sunday 15 June (11:00 in Cairo) = "
                 "Saturday 14 June; a call has no place. 'الإيرانية', 'إيران', 'الإسرائيلية', 'إسرائيل', "
                 "'مصر' name the countries. Written for the set: the call is not checked (reports confirm calls "
                 "between the two in those days)."))

post(13103, "2025-01-15T20:30:00",
     "بيان صادر عن وزارة الخارجية والهجرة وشئون المصريين بالخارج\n\n"
     "ترحب جمهورية مصر العربية بالتوصل إلى اتفاق لوقف إطلاق النار في قطاع غزة وتبادل المحتجزين والأسرى، والذي يدخل "
     "حيز التنفيذ اعتباراً من يوم الأحد ١٩ يناير ٢٠٢٥، وذلك بعد جهود مضنية بذلتها مصر بالتعاون مع دولة قطر والولايات "
     "المتحدة الأمريكية.\n\n"
     "وتؤكد مصر أهمية الإسراع في إدخال المساعدات الإنسانية إلى القطاع دون عوائق، وتدعو المجتمع الدولي إلى دعم "
     "الشعب الفلسطيني.\n\n"
     "#وقف_إطلاق_النار",
     event("Statement", orgs=["Ministry of Foreign Affairs of Egypt"], countries=["EG"],
           mentioned=["EG", "QA", "US", "PS"],
           notes="'بيان صادر عن وزارة الخارجية' -> Statement of the ministry, named in full in its own channel "
                 "(kg's label 'Ministry of Foreign Affairs of Egypt'). Its only date, Sunday 19 January 2025, is "
                 "when the ceasefire takes effect: another event -> date null (heldout7's 11705, heldout9's "
                 "12904), no place. Qatar and the United States are co-mediators named, not parties to the "
                 "statement (judgment call); 'الفلسطيني' names Palestine. The agreement announced on 15 January "
                 "2025 and its start on 19 January are from memory of reports, not checked here; the "
                 "statement's wording is written for the set."))

post(13104, "2025-03-03T14:00:00",
     "وزير الخارجية يترأس الاجتماع التحضيري لوزراء الخارجية العرب للقمة العربية غير العادية\n\n"
     "ترأس الدكتور بدر عبد العاطي وزير الخارجية والهجرة وشئون المصريين بالخارج، اليوم الاثنين، بمقر الأمانة العامة "
     "لجامعة الدول العربية بالقاهرة، الاجتماع التحضيري لوزراء الخارجية العرب للقمة العربية غير العادية التي تستضيفها "
     "مصر غداً الثلاثاء ٤ مارس لبحث خطة التعافي وإعادة إعمار غزة، بحضور السيد أحمد أبو الغيط الأمين العام لجامعة "
     "الدول العربية.\n\n"
     "#القمة_العربية",
     event("MultilateralMeeting", "2025-03-03", city="Cairo", country="EG", speakers=["Badr Abdelatty"],
           participants=["Ahmed Aboul Gheit"], orgs=["League of Arab States"], countries=["EG"], mentioned=["EG"],
           inferred=True,
           notes="A ministers' meeting of an organisation the own minister chairs -> MultilateralMeeting "
                 "(heldout9's 12706); 'اليوم الاثنين' = publication day (Monday 3 March, 16:00 in Cairo); "
                 "'بالقاهرة'. The summit of 'غداً الثلاثاء ٤ مارس' is a coming event, not the post's (its day "
                 "is written, but the post reports the meeting). The Arab League's Secretary-General -> "
                 "participant, no side (heldout7's 11701). Gaza is a geographic feature. The extraordinary "
                 "summit of 4 March 2025 in Cairo is from memory of reports; who chaired the preparatory "
                 "meeting, and its day, are written for the set."),
     media="photo")

post(13105, "2024-10-01T10:00:00",
     "تهيب سفارة جمهورية مصر العربية في بيروت بالمواطنين المصريين المقيمين في الجمهورية اللبنانية بضرورة توخي أقصى "
     "درجات الحيطة والحذر، والابتعاد عن المناطق التي تشهد توترات أمنية، والتواصل مع السفارة على رقم الطوارئ "
     "+961 1 859 000 للتسجيل في قوائم الراغبين في العودة.\n\n"
     "وتنسق السفارة مع وزارة الخارجية والهجرة وشئون المصريين بالخارج لتيسير عودة المواطنين عبر مطار رفيق الحريري "
     "الدولي.",
     event("Announcement", orgs=["Embassy of Egypt in Lebanon", "Ministry of Foreign Affairs of Egypt"],
           countries=["EG"], mentioned=["EG", "LB"],
           notes="Forwarded from the embassy's own channel, third person: an advisory to citizens -> Announcement "
                 "(heldout9's 12605); no date, place or person of its own. 'سفارة جمهورية مصر العربية في بيروت' "
                 "-> '<Embassy> of <country> in <host country>' (heldout7's 11603); the ministry named in full "
                 "-> listed. Rafic Hariri is named only in the airport's name -> no person. 'المصريين' and "
                 "'اللبنانية' name Egypt and Lebanon. Written for the set: the advisory and its number are not "
                 "checked (Egyptians were evacuated from Lebanon in autumn 2024, from memory)."),
     forwarded="سفارة مصر في بيروت")

post(13106, "2025-09-09T16:00:00",
     "وزير الخارجية يعقد مؤتمراً صحفياً مشتركاً مع وزير خارجية إيران والمدير العام للوكالة الدولية للطاقة الذرية\n\n"
     "عقد الدكتور بدر عبد العاطي وزير الخارجية والهجرة وشئون المصريين بالخارج، يوم الثلاثاء ٩ سبتمبر ٢٠٢٥ بقصر "
     "التحرير بالقاهرة، مؤتمراً صحفياً مشتركاً مع السيد عباس عراقجي وزير خارجية إيران والسيد رافائيل غروسي المدير "
     "العام للوكالة الدولية للطاقة الذرية، عقب توقيع اتفاق استئناف التعاون بين إيران والوكالة.\n\n"
     "وأكد الوزير عبد العاطي أن الاتفاق خطوة مهمة نحو خفض التصعيد في المنطقة.",
     event("PressConference", "2025-09-09", city="Cairo", country="EG",
           speakers=["Badr Abdelatty", "Abbas Araghchi", "Rafael Grossi"],
           orgs=["International Atomic Energy Agency"], countries=["EG", "IR"], mentioned=["IR"],
           notes="'مؤتمراً صحفياً مشتركاً' -> PressConference (seeds' precedence over the signing it follows); "
                 "a joint press conference has all who give it as speakers (heldout3's guideline); the IAEA's "
                 "Director General makes no country a side (heldout7's 11701). Date written in the body "
                 "(Arabic-Indic digits), 'بقصر التحرير بالقاهرة' (a building in Cairo). The signing in Cairo on "
                 "9 September 2025 is from memory of reports; the joint press conference is written for the "
                 "set, not checked."),
     media="video")

post(13107, "2024-09-24T02:00:00",
     "صرح السفير تميم خلاف، المتحدث الرسمي باسم وزارة الخارجية والهجرة، بأن الدكتور بدر عبد العاطي التقى يوم الاثنين "
     "٢٣ سبتمبر، على هامش مشاركته في أعمال الشق رفيع المستوى للدورة الـ٧٩ للجمعية العامة للأمم المتحدة في نيويورك، "
     "مع السيد جوزيب بوريل الممثل الأعلى للشئون الخارجية والسياسة الأمنية بالاتحاد الأوروبي.\n\n"
     "وأضاف المتحدث أن اللقاء تناول سبل تعزيز الشراكة الاستراتيجية والشاملة بين مصر والاتحاد الأوروبي، والأوضاع في "
     "غزة ولبنان.",
     event("Meeting", "2024-09-23", city="New York City", country="US", speakers=["Badr Abdelatty"],
           participants=["Josep Borrell"],
           orgs=["Ministry of Foreign Affairs of Egypt", "United Nations General Assembly", "European Union"],
           countries=["EG"], mentioned=["EG", "LB"], inferred=True,
           notes="The spokesperson reports that the minister met a named counterpart -> Meeting; the minister who "
                 "met -> speaker, the spokesperson who relays it is no party (judgment call: as a post forwarded "
                 "from an office has its principal as speaker, heldout9's guideline). 'يوم الاثنين ٢٣ سبتمبر' "
                 "without a year -> publication year (Monday 23 September 2024; the post is published at 22:00 "
                 "in New York that day); 'في نيويورك' on the sidelines of the General Assembly -> New York City. "
                 "The spokesperson's title names the ministry (heldout9's guideline); the General Assembly is a "
                 "UN principal organ (seeds); the High Representative -> participant, no side (heldout8's "
                 "12204). Written for the set: the meeting is not checked (Abdelatty met Blinken in New York in "
                 "that week, from a report)."),
     media="photo")

post(13108, "2025-04-20T17:00:00",
     "وزير الخارجية في حوار مع قناة القاهرة الإخبارية\n\n"
     "أجرى الدكتور بدر عبد العاطي وزير الخارجية والهجرة وشئون المصريين بالخارج حواراً مع قناة القاهرة الإخبارية، "
     "تناول فيه الجهود المصرية لاستعادة وقف إطلاق النار في قطاع غزة، والأوضاع في السودان وليبيا، وأمن البحر الأحمر.\n\n"
     "#مصر",
     event("Interview", speakers=["Badr Abdelatty"], orgs=["Al Qahera News"], countries=["EG"],
           mentioned=["EG", "SD", "LY"],
           notes="A minister's interview with a broadcaster -> Interview (heldout9's 13007); no day or place "
                 "written -> date null. The channel by its usual English name (not in kg's list). The hashtag "
                 "'#مصر' names Egypt; the Gaza Strip and the Red Sea are geographic features. Edited an hour "
                 "later. Written for the set: the interview is not checked."),
     media="video", edited="2025-04-20T18:05:00")

CHANNELS["mfa_eg"]["services"].append((13109, "2024-09-18T15:05:00", 13101))

# ------------------------------------------------------------------------------------------------
# Qatar's Ministry of Foreign Affairs (Arabic, UTC+03:00)
# ------------------------------------------------------------------------------------------------
post = channel("mofa_qa", "الخارجية القطرية 🇶🇦", 2100000007, "ar")

post(13201, "2025-07-16T15:00:00",
     "**قطر تدين الاعتداءات الإسرائيلية على الجمهورية العربية السورية**\n\n"
     "تعرب وزارة الخارجية عن إدانة دولة قطر بأشد العبارات الاعتداءات الإسرائيلية على العاصمة السورية دمشق ومحافظة "
     "السويداء، وتعتبرها اعتداءً سافراً على سيادة الجمهورية العربية السورية الشقيقة وانتهاكاً صارخاً للقانون الدولي.\n\n"
     "وتؤكد الوزارة موقف دولة قطر الثابت من دعم وحدة سوريا واستقلالها وسيادتها على كامل أراضيها.\n\n"
     "الدوحة | 16 يوليو 2025",
     event("Statement", "2025-07-16", city="Doha", country="QA", orgs=["Qatari Foreign Ministry"], countries=["QA"],
           mentioned=["QA", "IL", "SY"],
           notes="'تعرب وزارة الخارجية عن إدانة' -> Statement of the ministry, named bare in its own channel "
                 "(heldout7's guideline; not in kg's list: its usual English name, as heldout9's 'Saudi Foreign "
                 "Ministry'). Dated and placed by its closing dateline ('الدوحة | 16 يوليو 2025', heldout9's "
                 "13008); Damascus is where the strikes fell (another event). The Israeli strikes on Damascus "
                 "of 16 July 2025 are from memory of reports; the statement's wording is written for the set."),
     media="photo")

post(13202, "2025-06-24T12:00:00",
     "رئيس مجلس الوزراء وزير الخارجية يتلقى اتصالاً هاتفياً من وزير الخارجية الأمريكي\n\n"
     "تلقى معالي الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني رئيس مجلس الوزراء وزير الخارجية، اتصالاً هاتفياً اليوم، من "
     "سعادة السيد ماركو روبيو وزير خارجية الولايات المتحدة الأمريكية.\n\n"
     "جرى خلال الاتصال استعراض علاقات التعاون الاستراتيجي بين البلدين، ومناقشة جهود تثبيت وقف إطلاق النار بين إيران "
     "وإسرائيل.",
     event("PhoneCall", "2025-06-24", speakers=["Mohammed bin Abdulrahman Al Thani"], participants=["Marco Rubio"],
           countries=["QA", "US"], mentioned=["US", "IR", "IL"], inferred=True,
           notes="'يتلقى اتصالاً هاتفياً من' -> PhoneCall (heldout9's 12602); 'اليوم' = publication day (Tuesday 24 "
                 "June, 15:00 in Doha); a call has no place. The Prime Minister and Foreign Minister by kg's "
                 "label. Qatar is not named in the post (only 'البلدين') -> the channel's country is a side, not "
                 "mentioned. Iran and Israel are the subject. Written for the set: the call is not checked."))

post(13203, "2024-11-05T10:00:00",
     "وزير الدولة بوزارة الخارجية يجتمع مع كبيرة منسقي الشؤون الإنسانية وإعادة الإعمار في غزة\n\n"
     "اجتمع سعادة الدكتور محمد بن عبدالعزيز بن صالح الخليفي وزير الدولة بوزارة الخارجية، في الدوحة اليوم، مع سعادة "
     "السيدة سيغريد كاغ كبيرة منسقي الشؤون الإنسانية وإعادة الإعمار في غزة بالأمم المتحدة.\n\n"
     "جرى خلال الاجتماع بحث آخر التطورات في قطاع غزة والأراضي الفلسطينية المحتلة، والجهود المبذولة لضمان تدفق "
     "المساعدات الإنسانية.",
     event("Meeting", "2024-11-05", city="Doha", country="QA", speakers=["Mohammed Al-Khulaifi"],
           participants=["Sigrid Kaag"], orgs=["United Nations"], countries=["QA"], mentioned=["PS"], inferred=True,
           notes="'يجتمع مع' a named counterpart -> Meeting; 'في الدوحة اليوم' = publication day (Tuesday 5 "
                 "November, 13:00 in Doha). The Minister of State by his usual English name (not in kg's list); "
                 "'بوزارة الخارجية' in his title names no ministry (a minister's title, heldout8's 12201). The "
                 "UN coordinator -> participant, no side (heldout7's 11701). 'الفلسطينية' names Palestine; "
                 "Gaza is a geographic feature. Written for the set: the meeting is not checked (Kaag held the "
                 "post from January 2024 to mid-2025, from memory)."),
     media="photo")

post(13204, "2025-05-13T10:00:00",
     "الإحاطة الإعلامية الأسبوعية للمتحدث الرسمي باسم وزارة الخارجية\n\n"
     "عقد الدكتور ماجد بن محمد الأنصاري مستشار رئيس مجلس الوزراء المتحدث الرسمي باسم وزارة الخارجية، الإحاطة "
     "الإعلامية الأسبوعية اليوم الثلاثاء في الدوحة.\n\n"
     "وأكد الأنصاري أن الإفراج عن الرهينة عيدان ألكسندر أمس جاء ثمرة جهود الوساطة المشتركة بين دولة قطر وجمهورية "
     "مصر العربية والولايات المتحدة الأمريكية، معرباً عن الأمل في أن يمهد ذلك للعودة إلى المفاوضات بين حركة حماس "
     "وإسرائيل.",
     event("Briefing", "2025-05-13", city="Doha", country="QA", speakers=["Majed Al-Ansari"],
           orgs=["Qatari Foreign Ministry", "Hamas"], countries=["QA"], mentioned=["QA", "EG", "US", "IL"],
           inferred=True,
           notes="'الإحاطة الإعلامية الأسبوعية' (the weekly media briefing) -> Briefing (seeds' precedence); "
                 "'اليوم الثلاثاء' = publication day (Tuesday 13 May, 13:00 in Doha), 'في الدوحة'. The "
                 "spokesperson -> speaker (his usual English name, not in kg's list); his title names the "
                 "ministry. The release of 'أمس' is another event -> not its date; Edan Alexander is mentioned, "
                 "no party. Egypt and the United States are co-mediators named -> mentioned only. The release "
                 "of 12 May 2025 is from memory of reports; the briefing's day and words are written for the "
                 "set."),
     media="video")

post(13205, "2025-09-14T18:00:00",
     "**رئيس مجلس الوزراء وزير الخارجية يترأس الاجتماع التحضيري لوزراء الخارجية للقمة العربية الإسلامية الطارئة**\n\n"
     "📍 الدوحة، 14 سبتمبر 2025\n\n"
     "ترأس معالي الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني رئيس مجلس الوزراء وزير الخارجية، الاجتماع الوزاري التحضيري "
     "للقمة العربية الإسلامية الطارئة، بمشاركة أصحاب السمو والمعالي وزراء خارجية الدول الأعضاء في جامعة الدول العربية "
     "ومنظمة التعاون الإسلامي، وبحضور معالي السيد أحمد أبو الغيط الأمين العام لجامعة الدول العربية ومعالي السيد حسين "
     "إبراهيم طه الأمين العام لمنظمة التعاون الإسلامي، وذلك لبحث مشروع البيان الختامي بشأن العدوان الإسرائيلي على "
     "دولة قطر في التاسع من سبتمبر الجاري.\n\n"
     "وتنعقد القمة غداً الاثنين في الدوحة.\n\n"
     "#قمة_الدوحة",
     event("MultilateralMeeting", "2025-09-14", city="Doha", country="QA",
           speakers=["Mohammed bin Abdulrahman Al Thani"], participants=["Ahmed Aboul Gheit", "Hissein Brahim Taha"],
           orgs=["League of Arab States", "Organisation of Islamic Cooperation"], countries=["QA"],
           mentioned=["IL", "QA"],
           notes="A ministers' meeting of two organisations the own minister chairs -> MultilateralMeeting; date "
                 "and place from the 📍 line. The two Secretaries-General attend for their organisations -> "
                 "participants, no side (heldout7's 11701); the other ministers are unnamed. 'التاسع من سبتمبر' "
                 "is the attack's day (another event), the summit 'غداً الاثنين' a coming one. The hashtag "
                 "'#قمة_الدوحة' names an event. The preparatory meeting of Sunday 14 September 2025 in Doha "
                 "chaired by the Prime Minister is checked; the two Secretaries-General's attendance is not."),
     media="photo", reactions=[("🇶🇦", 7300)])

post(13206, "2025-07-19T16:00:00",
     "بحضور وزير الدولة بوزارة الخارجية.. توقيع إعلان مبادئ بين حكومة جمهورية الكونغو الديمقراطية وتحالف نهر الكونغو / "
     "حركة 23 مارس\n\n"
     "بحضور سعادة الدكتور محمد بن عبدالعزيز بن صالح الخليفي وزير الدولة بوزارة الخارجية، وقّع وفدا حكومة جمهورية "
     "الكونغو الديمقراطية وتحالف نهر الكونغو / حركة 23 مارس، في الدوحة اليوم، على إعلان مبادئ يمهد لاتفاق سلام شامل "
     "في شرق الكونغو الديمقراطية.\n\n"
     "وأكد سعادته أن دولة قطر ستواصل جهود الوساطة بالتنسيق مع الاتحاد الأفريقي والولايات المتحدة الأمريكية.",
     event("Meeting", "2025-07-19", city="Doha", country="QA", speakers=["Mohammed Al-Khulaifi"],
           orgs=["M23", "African Union"], countries=["QA", "CD"], mentioned=["CD", "QA", "US"], inferred=True,
           notes="A signing by named sides -> Meeting (heldout7's guideline, heldout9's 13001); 'في الدوحة اليوم' = "
                 "publication day (Saturday 19 July, 19:00 in Doha). The mediating own Minister of State who "
                 "attends -> speaker (heldout3's 9501: the host of talks between two others); the signatories "
                 "are unnamed delegations; the DR Congo's government is a named side -> its country a side, the "
                 "rebel movement an organisation ('M23', its usual English name; the alliance and the movement "
                 "one body, judgment call). The African Union is named. The Doha declaration of principles of "
                 "19 July 2025 is from memory of reports, not checked here; Al-Khulaifi's presence is written "
                 "for the set."),
     media="photo")

post(13207, "2025-06-13T06:00:00",
     "تهيب وزارة الخارجية بالمواطنين الكرام عدم السفر إلى الجمهورية الإسلامية الإيرانية في ظل الظروف الراهنة، وتدعو "
     "المواطنين المتواجدين فيها إلى توخي الحيطة والحذر والتواصل مع سفارة دولة قطر في طهران على الرقم "
     "+98 21 2205 6700.\n\n"
     "#الخارجية_القطرية",
     event("Announcement", orgs=["Qatari Foreign Ministry", "Embassy of Qatar in Iran"], countries=["QA"],
           mentioned=["IR", "QA"],
           notes="An advisory to citizens -> Announcement (heldout9's guideline); no date, place or person. The "
                 "ministry named bare in its own channel and in the hashtag ('#الخارجية_القطرية', heldout9's "
                 "12601); 'سفارة دولة قطر في طهران' -> '<Embassy> of <country> in <host country>' (heldout7's "
                 "11603). Edited twenty minutes later. Written for the set: the advisory and its number are not "
                 "checked."),
     edited="2025-06-13T06:20:00")

post(13208, "2025-09-15T07:00:00",
     "من كلمة معالي الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني رئيس مجلس الوزراء وزير الخارجية في الاجتماع التحضيري:\n\n"
     "«إن العدوان الإسرائيلي الغادر على دولة قطر لا يمكن وصفه إلا بأنه إرهاب دولة، ولن يثنينا عن مواصلة دورنا في "
     "الوساطة لإنهاء الحرب على غزة.»\n\n"
     "#قمة_الدوحة",
     event("Statement", speakers=["Mohammed bin Abdulrahman Al Thani"], countries=["QA"], mentioned=["IL", "QA"],
           notes="A reply to 13205: a quote card from the minister's speech -> Statement (seeds: quote card; "
                 "heldout's 108), its author the speaker. No day or place written in it: the meeting's are in "
                 "the post it replies to, not taken from there (the day itself is not inferred, seeds) -> date "
                 "null. Gaza is a geographic feature. The quotation is written for the set."),
     media="photo", reply_to=13205)

CHANNELS["mofa_qa"]["services"].append((13209, "2025-09-14T18:10:00", 13205))

# ------------------------------------------------------------------------------------------------
# The Chinese Embassy in Russia (Chinese, Moscow UTC+03:00)
# ------------------------------------------------------------------------------------------------
post = channel("emb_cn_ru", "中国驻俄罗斯大使馆", 2100000008, "zh")

post(13301, "2025-02-13T08:00:00",
     "张汉晖大使会见俄罗斯外交部副部长鲁登科\n\n"
     "2025年2月12日，驻俄罗斯大使张汉晖会见俄罗斯外交部副部长鲁登科，双方就中俄关系、两国高层交往以及共同关心的国际"
     "和地区问题交换意见。",
     event("Meeting", "2025-02-12", speakers=["Zhang Hanhui"], participants=["Andrey Rudenko"],
           orgs=["Ministry of Foreign Affairs of the Russian Federation"], countries=["CN", "RU"], mentioned=["RU", "CN"],
           notes="'会见' a named counterpart -> Meeting; the date in the text ('2025年2月12日'); no place written. The "
                 "own ambassador -> speaker, the deputy minister -> participant (both by kg's labels). '俄罗斯外交部' "
                 "names Russia's ministry; '中俄' names China and Russia (heldout9's 12703). Written for the set: "
                 "the meeting is not checked."),
     media="photo")

post(13302, "2025-05-16T12:00:00",
     "外交部发言人郭嘉昆就俄乌伊斯坦布尔直接谈判答记者问\n\n"
     "问：今天，俄罗斯和乌克兰代表团在伊斯坦布尔举行直接谈判。中方对此有何评论？\n"
     "答：中方乐见俄乌双方开启直接对话，支持一切致力于和平的努力。希望双方通过对话谈判，达成公平、持久、有约束力、"
     "各方都能接受的和平协议。",
     event("Commentary", speakers=["Guo Jiakun"], orgs=["Ministry of Foreign Affairs of the People's Republic of China"],
           countries=["CN"], mentioned=["RU", "UA", "CN"],
           notes="Forwarded from the spokesperson's office: a spokesperson's answer to a question ('答记者问') -> "
                 "Commentary (heldout9's 12705), the named spokesperson its speaker (by his usual English name, "
                 "not in kg's list). '今天' is the day of the talks the question is about (another event) -> "
                 "date null (judgment call), and Istanbul their place, not the comment's. '外交部发言人' names "
                 "the ministry. The Istanbul talks of 16 May 2025 are checked (heldout3's 9501); the answer is "
                 "written for the set."),
     forwarded="外交部发言人办公室")

post(13303, "2025-04-24T15:00:00",
     "张汉晖大使访问鞑靼斯坦共和国\n\n"
     "4月22日至24日，驻俄罗斯大使张汉晖访问鞑靼斯坦共和国，在喀山会见共和国领导人明尼哈诺夫，并看望驻喀山总领事馆"
     "全体馆员。\n\n"
     "张大使表示，中方愿同鞑靼斯坦加强经贸、人文和地方合作，为中俄关系发展注入新动力。",
     event("Visit", "2025-04-22", "2025-04-24", city="Kazan", country="RU", speakers=["Zhang Hanhui"],
           participants=["Rustam Minnikhanov"], orgs=["Consulate General of China in Kazan"], countries=["CN", "RU"],
           mentioned=["RU", "CN"], inferred=True,
           notes="The title names the visit -> Visit (the meeting in Kazan is part of it; its title has no named "
                 "counterpart); '4月22日至24日' without a year -> publication year (heldout9's 12704); '在喀山' -> "
                 "GeoNames 'Kazan' (Tatarstan is a region). The region's head -> participant, Russia a side "
                 "(by his usual English name, not in kg's list). '驻喀山总领事馆' -> the consulate by its usual "
                 "English name (as heldout7's embassies). Written for the set: the visit is not checked "
                 "(Minnikhanov is the head of Tatarstan, checked)."),
     media="photo")

post(13304, "2025-03-20T09:00:00",
     "驻俄罗斯使馆提醒在俄中国公民遵守俄罗斯移民法规\n\n"
     "近期，俄罗斯有关部门加强对外国公民入境及居留情况的检查。驻俄罗斯使馆提醒在俄中国公民随身携带护照、移民卡等证件，"
     "按时办理登记手续。如遇紧急情况，请拨打使馆领事保护与协助电话 +7 499 951 8435。\n\n"
     "#领事提醒",
     event("Announcement", orgs=["Embassy of China in Russia"], countries=["CN"], mentioned=["RU", "CN"],
           notes="A notice to citizens abroad -> Announcement (heldout9's 12708); no date ('近期' is no day), place "
                 "or person. '驻俄罗斯使馆' -> '<Embassy> of <country> in <host country>' (heldout7's 11603). "
                 "'中国公民' names China. Edited half an hour later. Written for the set: the notice and its "
                 "number are not checked."),
     edited="2025-03-20T09:30:00")

post(13305, "2025-05-08T17:00:00",
     "习近平同俄罗斯总统普京举行会谈\n\n"
     "当地时间2025年5月8日，国家主席习近平在莫斯科克里姆林宫同俄罗斯总统普京举行会谈。两国元首签署《中华人民共和国和"
     "俄罗斯联邦关于进一步深化新时代全面战略协作伙伴关系的联合声明》。\n\n"
     "#中俄友好",
     event("Meeting", "2025-05-08", city="Moscow", country="RU", speakers=["Xi Jinping"], participants=["Vladimir Putin"],
           countries=["CN", "RU"], mentioned=["RU", "CN"],
           notes="'举行会谈' with a named counterpart -> Meeting (heldout9's 12703); '当地时间2025年5月8日' dates it, "
                 "'在莫斯科克里姆林宫' (the Kremlin is a building in Moscow) places it. The joint statement is a "
                 "document; the hashtag '#中俄友好' names China and Russia. The talks of 8 May 2025 in the Kremlin "
                 "and the joint statement are from memory of reports, not checked here."),
     media="video", reactions=[("🇨🇳", 3300), ("🇷🇺", 2900)])

post(13306, "2024-09-27T08:00:00",
     "张汉晖大使在庆祝中华人民共和国成立75周年招待会上致辞\n\n"
     "9月26日，驻俄罗斯使馆在莫斯科举行庆祝中华人民共和国成立75周年招待会。张汉晖大使致辞，俄罗斯各界友好人士、在俄"
     "中资企业和华人华侨代表等800余人出席。\n\n"
     "张大使表示，今年是中俄建交75周年，两国关系保持高水平发展。",
     event("Statement", "2024-09-26", city="Moscow", country="RU", speakers=["Zhang Hanhui"],
           orgs=["Embassy of China in Russia"], countries=["CN"], mentioned=["CN", "RU"], inferred=True,
           notes="'在……招待会上致辞' (an address at a reception) -> Statement (seeds: address/speech); '9月26日' "
                 "without a year -> publication year, '在莫斯科'. The embassy named bare in its own channel "
                 "('驻俄罗斯使馆') -> listed. The unnamed guests are no persons. Written for the set: the "
                 "reception's day and numbers are not checked."),
     media="photo")

post(13307, "2025-08-28T07:00:00",
     "张汉晖大使接受俄罗斯《消息报》专访\n\n"
     "近日，驻俄罗斯大使张汉晖接受俄罗斯《消息报》专访，就普京总统出席上海合作组织天津峰会并赴华出席纪念中国人民抗日"
     "战争暨世界反法西斯战争胜利80周年活动等回答记者提问。\n\n"
     "🔗 [阅读全文](https://iz.ru/1946012/intervju-posla-kitaja)",
     event("Interview", speakers=["Zhang Hanhui"], orgs=["Izvestia", "Shanghai Cooperation Organisation"],
           countries=["CN"], mentioned=["RU", "CN"],
           notes="'接受……专访' -> Interview; no day ('近日') or place written; Tianjin is a coming summit's place. "
                 "Izvestia by kg's label; the SCO named. Putin is the interview's subject, not a party. '中国人民' "
                 "names China. Written for the set: the interview is not checked (the Tianjin summit of 31 "
                 "August - 1 September 2025 and Putin's attendance are from memory)."),
     media="photo")

post(13308, "2025-05-05T11:00:00",
     "张汉晖大使举行中外媒体吹风会\n\n"
     "今天，驻俄罗斯大使张汉晖在使馆举行中外媒体吹风会，介绍习近平主席对俄罗斯进行国事访问并出席纪念苏联伟大卫国战争"
     "胜利80周年庆典有关情况，并回答记者提问。",
     event("Briefing", "2025-05-05", speakers=["Zhang Hanhui"], orgs=["Embassy of China in Russia"], countries=["CN"],
           mentioned=["CN", "RU"], inferred=True,
           notes="'吹风会' (a briefing) -> Briefing (seeds' precedence above PressConference, though questions are "
                 "answered); '今天' = publication day (Monday 5 May, 14:00 in Moscow). '在使馆' is a building "
                 "without its city -> no location (heldout9's 12902), and names the embassy (judgment call). Xi's "
                 "coming state visit is the subject, not the event; the Soviet Union is no country of today's "
                 "lists (heldout9's 12704); '中外媒体' names China as '中俄' does (judgment call). Written for "
                 "the set: the briefing is not checked."),
     media="video")

CHANNELS["emb_cn_ru"]["services"].append((13309, "2025-05-08T17:05:00", 13305))

# ------------------------------------------------------------------------------------------------
# China's Permanent Mission to the United Nations (Chinese, New York UTC-05:00 / UTC-04:00 in summer)
# ------------------------------------------------------------------------------------------------
post = channel("cn_un", "中国常驻联合国代表团", 2100000009, "zh")

post(13401, "2025-02-25T01:00:00",
     "傅聪大使在安理会乌克兰问题决议草案表决后的解释性发言\n\n"
     "2025年2月24日，中国常驻联合国代表傅聪大使在安理会就乌克兰问题决议草案表决后作解释性发言。\n\n"
     "傅聪表示，中方支持一切致力于和平的努力，支持美俄达成的开启和谈共识。战火发生在欧洲土地上，欧洲也应为和平发挥作用。",
     event("Statement", "2025-02-24", speakers=["Fu Cong"], orgs=["United Nations Security Council", "United Nations"],
           countries=["CN"], mentioned=["UA", "US", "RU", "CN"],
           notes="An explanation of vote in the Security Council -> Statement (heldout4's 10103: a statement at "
                 "the UN Security Council); the date in the text; no city written -> no location (judgment "
                 "call: the Council's seat is not stated). '安理会' names the Security Council; '常驻联合国代表' "
                 "(the Permanent Representative's title) names the UN (judgment call, as seeds' 'UN Charter'). "
                 "'美俄' names the United States and Russia; Europe is a region. The explanation of vote of 24 "
                 "February 2025 is checked; its words are paraphrased."),
     media="photo")

post(13402, "2025-08-28T02:00:00",
     "耿爽大使在安理会巴以问题公开会上发言\n\n"
     "当地时间8月27日，中国常驻联合国副代表耿爽大使在安理会巴以问题公开会上发言，敦促以色列立即停止在加沙的军事行动，"
     "全面恢复人道物资准入。\n\n"
     "耿爽表示，“两国方案”是解决巴勒斯坦问题的唯一可行出路。",
     event("Statement", "2025-08-27", speakers=["Geng Shuang"], orgs=["United Nations Security Council", "United Nations"],
           countries=["CN"], mentioned=["CN", "IL", "PS"], inferred=True,
           notes="'在安理会……公开会上发言' -> Statement (heldout4's 10103); '当地时间8月27日' without a year -> "
                 "publication year; no city written. The Deputy Permanent Representative by his usual English "
                 "name (not in kg's list); his title names the UN as in 13401 and China ('中国常驻联合国副代表'). "
                 "Israel and Palestine are the subject; Gaza is a geographic feature. His remarks of 27 August 2025 at the Council's open "
                 "meeting are checked; the words are paraphrased."))

post(13403, "2025-01-30T15:00:00",
     "傅聪大使会见联合国秘书长古特雷斯\n\n"
     "傅聪大使会见联合国秘书长古特雷斯，就联合国成立80周年、多边主义以及中方即将担任安理会轮值主席期间的工作交换意见。",
     event("Meeting", speakers=["Fu Cong"], participants=["António Guterres"],
           orgs=["United Nations", "United Nations Security Council"], countries=["CN"], mentioned=["CN"],
           notes="'会见' a named counterpart -> Meeting; no day or place written -> date null (a post with no "
                 "date). The Secretary-General -> participant, no side (heldout7's 11701). '中方' names China "
                 "(heldout9's 12702); '安理会' names the Security Council. Written for the set: the meeting is "
                 "not checked."),
     media="photo")

post(13404, "2025-02-18T20:00:00",
     "王毅主持安理会“践行多边主义，改革完善全球治理”高级别会议\n\n"
     "📍 纽约\n\n"
     "当地时间2月18日，外交部长王毅在纽约联合国总部主持安理会“践行多边主义，改革完善全球治理”高级别会议。联合国秘书长"
     "古特雷斯作通报，100多个国家的外长和高级别代表与会。\n\n"
     "#安理会",
     event("MultilateralMeeting", "2025-02-18", city="New York City", country="US", speakers=["Wang Yi"],
           participants=["António Guterres"], orgs=["United Nations Security Council", "United Nations"],
           countries=["CN"], mentioned=[], inferred=True,
           notes="A reply to 13407 (the press conference that announced it). A Council meeting the own minister "
                 "chairs -> MultilateralMeeting (heldout9's 12706); '当地时间2月18日' without a year -> publication "
                 "year; the 📍 line and '在纽约联合国总部' -> New York City. The Secretary-General briefs -> "
                 "participant, no side. No country is named ('100多个国家' is none) -> no country mentioned; the "
                 "channel's country is the side. The hashtag names the Security Council. The meeting of 18 "
                 "February 2025, chaired by Wang Yi with Guterres briefing, is checked."),
     media="photo", reply_to=13407, reactions=[("👍", 1200)])

post(13405, "2024-10-24T14:00:00",
     "耿爽大使接受中央广播电视总台专访\n\n"
     "在联合国日之际，中国常驻联合国副代表耿爽大使接受中央广播电视总台记者专访，就联合国维和行动、加沙人道局势以及中国"
     "同联合国合作等回答记者提问。",
     event("Interview", speakers=["Geng Shuang"], orgs=["China Media Group", "United Nations"], countries=["CN"],
           mentioned=["CN"],
           notes="'接受……专访' -> Interview; 'on the occasion of UN Day' is no date written for the interview "
                 "(judgment call) -> date null; no place. '中央广播电视总台' by its usual English name (not in "
                 "kg's list). Gaza is a geographic feature; '中国' names China. Written for the set: the "
                 "interview is not checked."),
     media="video")

post(13406, "2025-09-20T02:00:00",
     "中国常驻联合国代表团发言人就安理会表决伊朗核问题相关决议草案答记者问\n\n"
     "问：9月19日，安理会未能通过继续解除对伊朗制裁的决议草案。中方对此有何评论？\n"
     "答：中方投了赞成票。中方一贯反对英法德启动所谓“快速恢复制裁”机制，呼吁各方坚持通过对话谈判解决伊朗核问题。",
     event("Commentary", orgs=["Permanent Mission of China to the United Nations", "United Nations Security Council"],
           countries=["CN"], mentioned=["IR", "GB", "FR", "DE", "CN"],
           notes="A spokesperson's answer to a question -> Commentary (heldout9's 12705); the spokesperson is "
                 "unnamed -> no person. '9月19日' is the day of the vote (another event) -> date null, no place. "
                 "The mission named in full in its own channel -> listed by its usual English name (as kg's "
                 "'Permanent Mission of the Russian Federation to the United Nations'). '英法德' names the "
                 "United Kingdom, France and Germany by one character each (judgment call). The vote of 19 "
                 "September 2025 is from memory of reports; the answer is written for the set."))

post(13407, "2025-02-03T22:00:00",
     "傅聪大使举行记者会介绍安理会2月工作计划\n\n"
     "2月3日，中国常驻联合国代表傅聪大使在纽约联合国总部举行记者会，介绍中国担任安理会2月轮值主席期间的工作计划，并回答"
     "记者提问。",
     event("PressConference", "2025-02-03", city="New York City", country="US", speakers=["Fu Cong"],
           orgs=["United Nations Security Council", "United Nations"], countries=["CN"], mentioned=["CN"],
           inferred=True,
           notes="'举行记者会' -> PressConference; '2月3日' without a year -> publication year (17:00 in New York "
                 "on Monday 3 February); '在纽约联合国总部' -> New York City. The Council's programme of work is "
                 "its subject. Fu Cong's press briefing on the programme of work on 3 February 2025 is checked."),
     media="video")

post(13408, "2025-09-26T18:00:00",
     "李强在第80届联合国大会一般性辩论上发表讲话\n\n"
     "当地时间2025年9月26日，国务院总理李强在纽约联合国总部出席第80届联合国大会一般性辩论并发表讲话。\n\n"
     "李强表示，今年是世界反法西斯战争胜利和联合国成立80周年。中国愿同各方一道，践行多边主义，推动构建更加公正合理的"
     "全球治理体系。\n\n"
     "#UNGA80",
     event("Statement", "2025-09-26", city="New York City", country="US", speakers=["Li Qiang"],
           orgs=["United Nations General Assembly", "United Nations"], countries=["CN"], mentioned=["CN"],
           notes="A speech at the general debate -> Statement (heldout8's 12108, heldout2's 9404); the date in "
                 "the text, '在纽约联合国总部' -> New York City. '国务院' (the State Council) is part of the "
                 "Premier's title and names no body here (judgment call, a head of government's title). The "
                 "General Assembly is a UN principal organ; the UN is named apart ('联合国成立', '联合国总部'). "
                 "The Latin hashtag names the session. Li Qiang's address of Friday 26 September 2025 is "
                 "checked; the words are paraphrased."),
     media="video")

CHANNELS["cn_un"]["services"].append((13409, "2025-02-18T20:05:00", 13404))

# ------------------------------------------------------------------------------------------------
# The UAE's Ministry of Foreign Affairs (English, UTC+04:00)
# ------------------------------------------------------------------------------------------------
post = channel("mofa_ae", "UAE Ministry of Foreign Affairs", 2100000010, "en")

post(13501, "2025-02-19T14:00:00",
     "Abdullah bin Zayed receives US Secretary of State\n\n"
     "ABU DHABI, 19th February, 2025 (WAM) -- His Highness Sheikh Abdullah bin Zayed Al Nahyan, Deputy Prime Minister "
     "and Minister of Foreign Affairs, received Marco Rubio, Secretary of State of the United States of America, who is "
     "visiting the country.\n\n"
     "The meeting discussed the strategic partnership between the UAE and the United States, and the situation in the "
     "Gaza Strip. His Highness affirmed the UAE's firm position rejecting any attempt to displace the Palestinian "
     "people.",
     event("Meeting", "2025-02-19", city="Abu Dhabi", country="AE", speakers=["Abdullah bin Zayed Al Nahyan"],
           participants=["Marco Rubio"], orgs=["Emirates News Agency"], countries=["AE", "US"],
           mentioned=["US", "AE", "PS"],
           notes="'received' a named counterpart -> Meeting (seeds); date and place from WAM's opening dateline "
                 "('ABU DHABI, 19th February, 2025 (WAM) --', read as heldout's datelines). WAM is named as the "
                 "source -> the agency by its English name (heldout's convention for outlets). 'Palestinian' "
                 "names Palestine; the Gaza Strip is a geographic feature. Rubio's talks with Abdullah bin Zayed "
                 "in Abu Dhabi on 19 February 2025 are checked."),
     media="photo")

post(13502, "2025-05-08T14:00:00",
     "Abdullah bin Zayed holds phone call with Indian Minister of External Affairs\n\n"
     "His Highness Sheikh Abdullah bin Zayed Al Nahyan, Deputy Prime Minister and Minister of Foreign Affairs, held a "
     "phone call today with Dr. S. Jaishankar, Minister of External Affairs of the Republic of India.\n\n"
     "His Highness stressed the importance of exercising restraint and de-escalation between India and Pakistan, to "
     "preserve regional and international security.",
     event("PhoneCall", "2025-05-08", speakers=["Abdullah bin Zayed Al Nahyan"],
           participants=["Subrahmanyam Jaishankar"], countries=["AE", "IN"], mentioned=["IN", "PK"], inferred=True,
           notes="'held a phone call … with' -> PhoneCall; 'today' = publication day (Thursday 8 May, 18:00 in Abu "
                 "Dhabi); a call has no place. 'Dr. S. Jaishankar' by kg's label. Pakistan is a subject. Written "
                 "for the set: the call is not checked (the India-Pakistan escalation of early May 2025 is from "
                 "memory)."))

post(13503, "2025-09-09T15:30:00",
     "UAE strongly condemns Israeli attack targeting State of Qatar\n\n"
     "ABU DHABI, 9th September, 2025 (WAM) -- The United Arab Emirates has strongly condemned the Israeli attack "
     "targeting the State of Qatar, describing it as a flagrant violation of Qatar's sovereignty and of international "
     "law.\n\n"
     "In a statement, the Ministry of Foreign Affairs (MoFA) affirmed the UAE's full solidarity with the State of Qatar, "
     "and its support for all measures taken to safeguard its security.",
     event("Statement", "2025-09-09", city="Abu Dhabi", country="AE",
           orgs=["Emirati Foreign Ministry", "Emirates News Agency"], countries=["AE"], mentioned=["AE", "IL", "QA"],
           notes="'condemned' in 'a statement' of the ministry -> Statement; dated and placed by WAM's dateline (the "
                 "statement's own day; the attack is of the same day, written only there). The ministry named in "
                 "its own channel (not in kg's list: its usual English name, as heldout9's 'Saudi Foreign "
                 "Ministry'). Qatar is the subject, not a side (heldout9's 12603). The Israeli strike on Doha of "
                 "9 September 2025 is checked; the UAE's statement of that day is from memory, its wording "
                 "written for the set."),
     media="photo")

post(13504, "2025-02-15T13:00:00",
     "Abdullah bin Zayed participates in Munich Security Conference\n\n"
     "MUNICH, 15th February, 2025 (WAM) -- His Highness Sheikh Abdullah bin Zayed Al Nahyan, Deputy Prime Minister and "
     "Minister of Foreign Affairs, is participating in the 61st Munich Security Conference, held from 14th to 16th "
     "February in the German city.\n\n"
     "On the sidelines of the conference, His Highness met with Kaja Kallas, High Representative of the European Union "
     "for Foreign Affairs and Security Policy.",
     event("MultilateralMeeting", "2025-02-14", "2025-02-16", city="Munich", country="DE",
           speakers=["Abdullah bin Zayed Al Nahyan"], orgs=["Emirates News Agency", "European Union"], countries=["AE"],
           mentioned=["DE"],
           notes="'participates in' a conference -> MultilateralMeeting (seeds: 'took part in'); its range from the "
                 "body ('from 14th to 16th February', the year from the dateline), not the dateline's day "
                 "(judgment call, as heldout9's 12604 takes the conference's range); 'MUNICH' -> GeoNames "
                 "'Munich'. Kallas is the counterpart of a separate side meeting -> excluded (seeds); the EU is "
                 "named. 'German' names Germany, the host's country, no person of it named -> not a side "
                 "(heldout8's 12201). The conference's days are from memory; Abdullah bin Zayed's attendance is "
                 "written for the set."),
     media="photo")

post(13505, "2025-07-01T08:00:00",
     "MoFA urges citizens travelling abroad to register in Twajudi service\n\n"
     "The Ministry of Foreign Affairs urges UAE citizens planning to travel abroad during the summer holidays to "
     "register in the 'Twajudi' service through the MoFA website or smart application, and to follow the travel "
     "advisories issued by the Ministry.\n\n"
     "In emergencies, citizens abroad can call +971 2 493 1133.\n\n"
     "#Twajudi #MoFAUAE",
     event("Announcement", orgs=["Emirati Foreign Ministry"], countries=["AE"], mentioned=["AE"],
           notes="A notice to citizens -> Announcement; no date ('the summer holidays' is none), place or person. "
                 "'MoFA' and 'the Ministry of Foreign Affairs' in its own channel -> the Emirati ministry; "
                 "'UAE citizens' names the UAE. Twajudi is a service (a programme) -> no organisation; the "
                 "hashtag '#MoFAUAE' names the ministry again. Written for the set: the notice and its number "
                 "are not checked (Twajudi is the ministry's registration service, from memory)."))

post(13506, "2025-04-13T13:00:00",
     "Syrian President arrives in UAE on official visit\n\n"
     "📍 Abu Dhabi\n\n"
     "President His Highness Sheikh Mohamed bin Zayed Al Nahyan received today Ahmed al-Sharaa, President of the Syrian "
     "Arab Republic, who arrived in the UAE on an official visit. His Highness Sheikh Abdullah bin Zayed Al Nahyan, "
     "Deputy Prime Minister and Minister of Foreign Affairs, was among those who welcomed him at the Presidential "
     "Airport.\n\n"
     "🇦🇪🇸🇾",
     event("Visit", "2025-04-13", city="Abu Dhabi", country="AE",
           speakers=["Mohamed bin Zayed Al Nahyan", "Abdullah bin Zayed Al Nahyan"], participants=["Ahmed al-Sharaa"],
           countries=["AE", "SY"], mentioned=["SY", "AE"], inferred=True,
           notes="The title names the visit -> Visit (heldout9's 12606: in a visit to the own country the own "
                 "hosts -> speakers, the Foreign Minister among those who welcomed him too; the visitor -> "
                 "participant); 'today' = publication day (Sunday 13 April, 17:00 in Abu Dhabi); place from the "
                 "📍 line. The two flags name both countries. The visit's end is not written. Al-Sharaa's visit "
                 "to the UAE in April 2025 is from memory of reports, not checked here; its day and the Foreign "
                 "Minister's presence are written for the set."),
     media="video", reactions=[("🇦🇪", 1900)])

post(13507, "2025-07-29T19:00:00",
     "UAE delivers statement at High-level Conference on the two-state solution\n\n"
     "NEW YORK, 29th July, 2025 (WAM) -- Khalifa Shaheen Al Marar, Minister of State, delivered the UAE's statement at "
     "the High-level International Conference for the Peaceful Settlement of the Question of Palestine and the "
     "Implementation of the Two-State Solution, held at the United Nations headquarters and co-chaired by the Kingdom "
     "of Saudi Arabia and the French Republic.\n\n"
     "Al Marar affirmed that a just and lasting peace requires the establishment of an independent Palestinian "
     "state.",
     event("Statement", "2025-07-29", city="New York City", country="US", speakers=["Khalifa Shaheen Al Marar"],
           orgs=["Emirates News Agency", "United Nations"], countries=["AE"], mentioned=["AE", "PS", "SA", "FR"],
           notes="'delivered the UAE's statement at' a conference -> Statement (heldout8's 12108: a national "
                 "statement at a multilateral event); date and place from WAM's dateline ('NEW YORK' -> GeoNames "
                 "'New York City'). The Minister of State by his usual English name (not in kg's list). Saudi "
                 "Arabia and France co-chair, named as countries only (no person) -> not sides (heldout8's "
                 "12201); Palestine is the subject. The conference of 28-29 July 2025 is checked (heldout9's "
                 "12604); who delivered the UAE's statement, and on which day, are written for the set."),
     media="photo")

post(13508, "2025-01-06T06:00:00",
     "Abdullah bin Zayed, Ukrainian Foreign Minister discuss bilateral relations in phone call\n\n"
     "His Highness Sheikh Abdullah bin Zayed Al Nahyan, Deputy Prime Minister and Minister of Foreign Affairs, held a "
     "phone call yesterday with Andrii Sybiha, Minister of Foreign Affairs of Ukraine.\n\n"
     "Sybiha thanked the UAE for its mediation efforts that led to the latest exchange of prisoners between Russia and "
     "Ukraine.",
     event("PhoneCall", "2025-01-05", speakers=["Abdullah bin Zayed Al Nahyan"], participants=["Andrii Sybiha"],
           countries=["AE", "UA"], mentioned=["UA", "AE", "RU"], inferred=True,
           notes="'held a phone call … with' -> PhoneCall; 'yesterday' from Monday 6 January (10:00 in Abu Dhabi) "
                 "= Sunday 5 January; a call has no place. Sybiha's thanks are the counterpart's words; he stays "
                 "a participant (heldout9's 12701). Russia is named in the exchange (another event). Edited "
                 "later that morning. Written for the set: the call is not checked (the UAE-mediated exchange "
                 "of early January 2025 is from memory)."),
     edited="2025-01-06T07:15:00")

CHANNELS["mofa_ae"]["services"].append((13509, "2025-02-19T14:10:00", 13501))


def main() -> None:
    guidelines = ("Hand-annotated gold for kg over tests/data/heldout10/*/result.json: a tenth held-out set of "
                  "channels new to the held-out sets (Egypt's Ministry of Foreign Affairs and Qatar's Ministry of "
                  "Foreign Affairs in Arabic, the Chinese Embassy in Russia and China's Permanent Mission to the "
                  "United Nations in Chinese, the UAE's Ministry of Foreign Affairs in English), written and "
                  "annotated before kg was run on them. Posts are found by message_id (13101 and up, one block of "
                  "a hundred per channel, apart from the other sets'). The annotation follows the guidelines of "
                  "tests/data/gold/seeds.json and the nine earlier held-out golds; relative days ('اليوم', "
                  "'اليوم الاثنين', 'مساء أمس السبت', '今天', 'today', 'yesterday') are resolved from the "
                  "publication time in the channel's own time zone (Cairo +02:00/+03:00, Doha +03:00, Moscow "
                  "+03:00, New York -05:00/-04:00, Abu Dhabi +04:00; every such post is published on the same day "
                  "there as where its event happens); a 📍 line, a date written in the text or title ('١٨ سبتمبر "
                  "٢٠٢٤', '2025年2月12日', '当地时间2月18日', '4月22日至24日', 'from 14th to 16th February'), a "
                  "closing dateline ('الدوحة | 16 يوليو 2025') or WAM's opening dateline ('ABU DHABI, 19th "
                  "February, 2025 (WAM) --') dates and places it; a date that belongs to another event (a "
                  "ceasefire's start, a release, strikes, a vote, talks a question is about, a coming summit) is "
                  "not the post's; a conference's range written in the body is taken over a dateline's single "
                  "day; a spokesperson who reports the minister's meeting is no party to it; a reply does not "
                  "take its parent's date; a joint press conference has all who give it as speakers; the own "
                  "hosts of a visit to the channel's country are speakers, the visitor a participant; an "
                  "organisation's official (the UN's, the Arab League's, the OIC's and the IAEA's heads, the EU's "
                  "High Representative, a UN coordinator) makes no country a side; counterparts of separate "
                  "meetings the post also reports are excluded; a signing by named sides is a Meeting; a notice "
                  "or advisory to citizens is an Announcement; a spokesperson's answer to a question is a "
                  "Commentary; a speech or an explanation of vote at a multilateral meeting is a Statement; "
                  "'吹风会' is a Briefing; an embassy or consulate is named '<Embassy> of <country> in <host "
                  "country>'; a ministry named bare or in full in its own channel is that country's, and a "
                  "spokesperson's title names it, a minister's title none; a Permanent Representative's title "
                  "('常驻联合国代表') names the UN; a place named only by a building ('在使馆') is no location; "
                  "names are given in their usual English form (known people and organisations as kg/data's "
                  "English labels spell them: 'Badr Abdelatty', 'Mohammed bin Abdulrahman Al Thani', 'Zhang "
                  "Hanhui', 'Fu Cong', 'Abdullah bin Zayed Al Nahyan', 'Subrahmanyam Jaishankar', 'Ministry of "
                  "Foreign Affairs of Egypt', 'Ministry of Foreign Affairs of the Russian Federation'), cities as "
                  "GeoNames names them ('New York City', 'Kazan', 'Abu Dhabi'). date_inferred = the year, or the "
                  "day itself ('today', a weekday), is not written. notes record judgment calls.")
    h3.write(CHANNELS, HERE, HERE.parent / "gold" / "heldout10.json", guidelines)


if __name__ == "__main__":
    main()
