"""Arabic and Chinese posts (kg/extract/scriptnames.py, arabic.py, chinese.py): the people, organisations, countries,
places and dates of scripts without capitals, with clitics joined to words (Arabic) or without spaces (Chinese).

The posts are written for these tests in the styles of Arab and Chinese foreign ministries' channels, with other
people, places, days and wordings than tests/data/heldout9/; the expectations are what an annotator following the
extraction guidelines would write.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timezone

import pytest

from kg.extract import Extractor, arabic, resolve_years, scriptnames
from kg.gazetteer import default
from kg.models import Post

_SAUDI = "وزارة الخارجية 🇸🇦"
_CHINA = "中华人民共和国外交部 🇨🇳"
_QATAR = "وزارة الخارجية 🇶🇦"


@dataclass(frozen=True)
class Case:
    text: str
    channel: str
    language: str
    published: datetime
    type: str | None = None
    date: date | None = None
    end_date: date | None = None
    location: str | None = None  # a GeoNames id
    speakers: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()


def _utc(*args) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


CASES = {
    "zh_call_of_the_president_with_a_known_counterpart": Case(
        "习近平同俄罗斯总统普京通电话\n\n2024年5月8日，国家主席习近平同俄罗斯总统普京通电话。两国元首就双边关系交换意见。",
        _CHINA, "zh", _utc(2024, 5, 8, 12), type="PhoneCall", date=date(2024, 5, 8),
        speakers=("xi-jinping",), participants=("vladimir-putin",), countries=("cn", "ru")),
    "zh_meeting_in_a_city_after_zai_with_an_office_before_the_name": Case(
        "王毅会见俄罗斯外长拉夫罗夫\n\n2023年9月12日，中共中央政治局委员、外交部长王毅在上海会见来华访问的俄罗斯外长拉夫罗夫。",
        _CHINA, "zh", _utc(2023, 9, 12, 10), type="Meeting", date=date(2023, 9, 12), location="1796236",
        speakers=("wang-yi",), participants=("sergey-lavrov",), organisations=("communist-party-of-china",),
        countries=("cn", "ru")),
    "zh_year_less_day_with_the_morning_after_it": Case(
        "王毅会见俄罗斯外长拉夫罗夫\n\n9月3日上午，外交部长王毅在北京会见俄罗斯外长拉夫罗夫。",
        _CHINA, "zh", _utc(2024, 9, 3, 8), type="Meeting", date=date(2024, 9, 3), location="1816670",
        speakers=("wang-yi",), participants=("sergey-lavrov",), countries=("cn", "ru")),
    "zh_spokesperson_of_the_own_ministry_named_bare": Case(
        "2025年2月10日外交部发言人林剑主持例行记者会\n\n问：有报道称……中方对此有何评论？\n答：中方一贯主张通过对话解决分歧。",
        _CHINA, "zh", _utc(2025, 2, 10, 8), type="PressConference", date=date(2025, 2, 10), speakers=("lin-jian",),
        organisations=("ministry-of-foreign-affairs-of-the-peoples-republic-of-china",), countries=("cn",)),
    "zh_embassy_of_the_own_country_in_another": Case(
        "中国驻法国大使馆提醒在法中国公民注意安全\n\n近日，巴黎多地发生游行活动。中国驻法国大使馆提醒在法中国公民加强安全防范。",
        _CHINA, "zh", _utc(2024, 6, 20, 8), organisations=("embassy-of-china-in-france",), countries=("cn",)),
    "ar_meeting_with_a_pin_line_hijri_then_gregorian": Case(
        "سمو وزير الخارجية يلتقي وزير خارجية روسيا\n\n📍 موسكو، 10 ربيع الأول 1446هـ الموافق 13 سبتمبر 2024م\n\n"
        "التقى صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية، اليوم في موسكو، معالي وزير خارجية روسيا "
        "الاتحادية سيرغي لافروف.",
        _SAUDI, "ar", _utc(2024, 9, 13, 14), type="Meeting", date=date(2024, 9, 13), location="524901",
        speakers=("faisal-bin-farhan-al-saud",), participants=("sergey-lavrov",), countries=("sa", "ru")),
    "ar_today_and_a_city_with_its_clitic": Case(
        "سمو وزير الخارجية يلتقي الرئيس السوري\n\nالتقى صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية، "
        "اليوم بدمشق، فخامة الرئيس أحمد الشرع، وبحث الجانبان العلاقات الثنائية.",
        _SAUDI, "ar", _utc(2025, 3, 2, 12), type="Meeting", date=date(2025, 3, 2), location="170654",
        speakers=("faisal-bin-farhan-al-saud",), participants=("ahmed-al-sharaa",), countries=("sa", "sy")),
    "ar_statement_closing_with_hijri_and_gregorian_lines": Case(
        "بيان | المملكة ترحب بالاتفاق\n\nتعرب وزارة الخارجية عن ترحيب المملكة العربية السعودية بالتوصل إلى الاتفاق.\n\n"
        "٣ جمادى الآخرة ١٤٤٦هـ\n٤ ديسمبر ٢٠٢٤م",
        _SAUDI, "ar", _utc(2024, 12, 4, 18), type="Statement", date=date(2024, 12, 4),
        organisations=("ministry-of-foreign-affairs-of-saudi-arabia",), countries=("sa",)),
    "ar_embassy_of_the_custodian_of_the_two_holy_mosques": Case(
        "تدعو سفارة خادم الحرمين الشريفين في القاهرة المواطنين إلى الحذر\n\nتهيب السفارة بالمواطنين التواصل معها عند الحاجة.",
        _SAUDI, "ar", _utc(2024, 10, 1, 9), organisations=("embassy-of-saudi-arabia-in-egypt",), countries=("sa",)),
    "ar_meeting_verb_and_the_city_the_first_sentence_says_today": Case(
        "وزير الدولة بوزارة الخارجية يجتمع مع وكيل الأمين العام للأمم المتحدة للشؤون الإنسانية\n\nاجتمع سعادة الدكتور "
        "محمد بن عبدالعزيز بن صالح الخليفي وزير الدولة بوزارة الخارجية، في الدوحة اليوم، مع سعادة السيد توم فليتشر وكيل "
        "الأمين العام للأمم المتحدة للشؤون الإنسانية.",
        _QATAR, "ar", _utc(2025, 3, 10, 9), type="Meeting", date=date(2025, 3, 10), location="290030",
        speakers=("mohammed-al-khulaifi",), organisations=("united-nations",), countries=("qa",)),
}

_TYPES = [  # a condemnation is a statement, in the title's language
    ("قطر تدين الهجوم الإرهابي في باكستان\n\nتعرب وزارة الخارجية عن إدانة دولة قطر بشدة الهجوم.", _QATAR, "ar", "Statement"),
    ("UAE strongly condemns terrorist attack in Pahalgam\n\nABU DHABI, 23rd April, 2025 (WAM) -- The United Arab Emirates "
     "has strongly condemned the attack.", "UAE MoFA 🇦🇪", "en", "Statement"),
    ("中方谴责针对平民的袭击\n\n外交部发言人郭嘉昆表示，中方谴责一切针对平民的袭击。", _CHINA, "zh", "Statement"),
    # a condemnation voiced in a call is the call
    ("وزير الخارجية يتلقى اتصالاً هاتفياً من نظيره الأردني\n\nأدان الوزيران الهجوم.", _QATAR, "ar", "PhoneCall"),
]


@pytest.mark.parametrize("text, channel, language, expected", _TYPES, ids=[t[0][:20] for t in _TYPES])
def test_event_type_of_a_condemnation(text, channel, language, expected, extractor):
    case = Case(text, channel, language, _utc(2025, 4, 23, 9))
    assert extractor.extract(_post(case)).event.type == expected


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _post(case: Case) -> Post:
    lines = case.text.split("\n")
    return Post(source="test", title=lines[0], text=case.text, message_id=1, published=case.published,
                channel=case.channel, language=case.language)


@pytest.mark.parametrize("name", CASES)
def test_arabic_and_chinese_posts(name, extractor):
    case = CASES[name]
    made = list(resolve_years([extractor.extract(_post(case))]))[0]
    event = made.event
    if case.type:
        assert event.type == case.type
    assert (event.date, event.end_date) == (case.date, case.end_date)
    assert (event.location[1] if event.location else None) == case.location
    assert event.speakers == case.speakers
    assert event.participants == case.participants
    assert sorted(event.organisations) == sorted(case.organisations)
    assert sorted(event.countries) == sorted(case.countries)


# text, language, the (kind, ident) of each name found, in order
NAMES = [
    ("中美关系是世界上最重要的双边关系之一", "zh", [("country", "cn"), ("country", "us")]),
    ("俄方愿同中方加强沟通", "zh", [("country", "ru"), ("country", "cn")]),
    ("上合组织秘书长叶尔梅克巴耶夫出席", "zh", [("org", "shanghai-cooperation-organisation"), ("person", "nurlan-yermekbayev")]),
    ("وفد روسيا الاتحادية ووفد الولايات المتحدة الأمريكية", "ar", [("country", "ru"), ("country", "us")]),
    ("بحضور الأمين العام للأمم المتحدة أنطونيو غوتيريش", "ar", [("org", "united-nations"), ("person", "antonio-guterres")]),
    ("أعضاء جامعة الدول العربية ومنظمة التعاون الإسلامي", "ar",
     [("org", "league-of-arab-states"), ("org", "organisation-of-islamic-cooperation")]),
    ("ولافروف", "ar", [("person", "sergey-lavrov")]),
    ("الروسيات", "ar", []),  # a longer word is no name
    # the UN's organs, the EU, the AU, the IAEA as Arabic and Chinese news write them (not the UN inside their names)
    ("联合国安理会就也门问题举行公开会", "zh", [("org", "united-nations-security-council"), ("country", "ye")]),
    ("中方将担任安理会轮值主席", "zh", [("country", "cn"), ("org", "united-nations-security-council")]),
    ("出席第79届联合国大会一般性辩论", "zh", [("org", "united-nations-general-assembly")]),
    ("非盟委员会主席出席", "zh", [("org", "african-union")]),
    ("国际原子能机构总干事格罗西", "zh", [("org", "international-atomic-energy-agency"), ("person", "rafael-grossi")]),
    ("أمام مجلس الأمن الدولي", "ar", [("org", "united-nations-security-council")]),
    ("في اجتماع مجلس الأمن الروسي", "ar", [("org", "security-council-of-the-russian-federation")]),
    ("في أعمال الدورة الـ80 للجمعية العامة للأمم المتحدة", "ar", [("org", "united-nations-general-assembly")]),
    ("بين مصر والاتحاد الأوروبي", "ar", [("country", "eg"), ("org", "european-union")]),
    ("رئيس مفوضية الاتحاد الأفريقي", "ar", [("org", "african-union")]),
    ("المدير العام للوكالة الدولية للطاقة الذرية", "ar", [("org", "international-atomic-energy-agency")]),
    ("وفد حركة حماس", "ar", [("org", "hamas")]),
    # known people in Arabic and Chinese spellings of their countries' and the region's news agencies
    ("الدكتور بدر عبد العاطي وزير الخارجية", "ar", [("person", "badr-abdelatty")]),
    ("الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني", "ar", [("person", "mohammed-bin-abdulrahman-al-thani")]),
    ("الشيخ عبدالله بن زايد آل نهيان", "ar", [("person", "abdullah-bin-zayed-al-nahyan")]),
    ("وزير الخارجية الأمريكي أنتوني بلينكن", "ar", [("person", "antony-blinken")]),
    ("السيد أحمد أبو الغيط الأمين العام لجامعة الدول العربية", "ar",
     [("person", "ahmed-aboul-gheit"), ("org", "league-of-arab-states")]),
    ("السيد جوزيب بوريل", "ar", [("person", "josep-borrell")]),
    ("وزير الدولة محمد بن عبدالعزيز الخليفي", "ar", [("person", "mohammed-al-khulaifi")]),
    ("الدكتور ماجد الأنصاري", "ar", [("person", "majed-al-ansari")]),
    ("联合国秘书长古特雷斯", "zh", [("org", "united-nations"), ("person", "antonio-guterres")]),
    ("俄罗斯外交部副部长鲁登科", "zh", [("org", "ministry-of-foreign-affairs-of-the-russian-federation"),
                                ("person", "andrey-rudenko")]),
    ("外交部发言人郭嘉昆", "zh", [("person", "guo-jiakun")]),
    ("常驻联合国副代表耿爽", "zh", [("org", "united-nations"), ("person", "geng-shuang")]),
    ("印度外长苏杰生", "zh", [("country", "in"), ("person", "subrahmanyam-jaishankar")]),
]


@pytest.mark.parametrize("text, language, expected", NAMES, ids=[n[0] for n in NAMES])
def test_names_in_scripts_without_capitals_or_spaces(text, language, expected):
    assert [(m.kind, m.ident) for m in scriptnames.names_in(text, default(), language)] == expected


# text, language, the own ministry's ident found or None
OWN_MINISTRY = [
    ("外交部发言人宣布", "zh", "cn", "ministry-of-foreign-affairs-of-the-peoples-republic-of-china"),
    ("外交部长王毅表示", "zh", "cn", None),  # the minister, not the ministry
    ("俄罗斯外交部发言人表示", "zh", "cn", None),  # another country's ministry
    ("تعرب وزارة الخارجية عن ترحيب المملكة", "ar", "sa", "ministry-of-foreign-affairs-of-saudi-arabia"),
    ("وقالت وزارة الخارجية الروسية", "ar", "sa", None),  # another country's, by its adjective
    ("تعرب وزارة الخارجية عن إدانة دولة قطر", "ar", "qa", "ministry-of-foreign-affairs-of-qatar"),
    ("سعادة وزير الدولة بوزارة الخارجية", "ar", "qa", None),  # a Minister of State's title, not the ministry
    ("المتحدث الرسمي باسم وزارة الخارجية", "ar", "qa", "ministry-of-foreign-affairs-of-qatar"),
]


@pytest.mark.parametrize("text, language, own, expected", OWN_MINISTRY, ids=[o[0] for o in OWN_MINISTRY])
def test_own_ministry_named_bare(text, language, own, expected):
    gz = default()
    named = scriptnames.with_names(text, gz.find(text), gz, language)
    found = scriptnames.own_ministry(text, named, [], own, gz, language)
    assert (found[0].ident if found else None) == expected


# lines, the day and month of the closing date or None
CLOSING = [
    (["بيان", "نص", "١٢ ذو القعدة ١٤٤٦هـ", "١٠ مايو ٢٠٢٥م"], (2025, 5, 10)),
    (["بيان", "نص", "١٢ ذو القعدة ١٤٤٦هـ الموافق ١٠ مايو ٢٠٢٥م"], (2025, 5, 10)),
    (["بيان", "نص", "عقد الاجتماع في 10 مايو 2025م"], None),  # a sentence, not a date line
    (["بيان", "نص", "١٢ ذو القعدة ١٤٤٦هـ"], (2025, 5, 10)),  # a Hijri date alone: its Umm al-Qura day
]


@pytest.mark.parametrize("lines, expected", CLOSING, ids=[c[0][-1] for c in CLOSING])
def test_arabic_closing_date_line(lines, expected):
    found = arabic.closing_date(lines)
    assert ((found.year, found.month, found.day) if found else None) == expected


def test_posts_in_other_languages_are_not_read_by_these_rules(extractor):
    """An English post naming a Chinese city in Chinese characters is read as before (the rules ask the language first)."""
    case = replace(CASES["zh_meeting_in_a_city_after_zai_with_an_office_before_the_name"], language="en")
    assert extractor.extract(_post(case)).event.speakers == ()


# Chinese and Arab missions (kg/extract/scriptnames.py, bodies.channel_country): the country a mission's channel speaks for; an
# embassy named without its country in a Chinese text is the channel country's; a consulate general is in a city
CHANNELS = [
    ("中国驻俄罗斯大使馆", "cn"),
    ("中国常驻联合国代表团", "cn"),
    ("中国驻日本大使馆", "cn"),
    ("俄罗斯驻华大使馆", "ru"),
    # an Arab embassy's, from which the ministry's channel forwards its notices: the country after "سفارة"
    ("سفارة الإمارات العربية المتحدة في لندن", "ae"),
    ("سفارة دولة الكويت لدى الجمهورية الفرنسية", "kw"),
]


@pytest.mark.parametrize("name, expected", CHANNELS, ids=[c[0] for c in CHANNELS])
def test_a_chinese_missions_channel_speaks_for_its_country(name, expected):
    from kg.extract.bodies import channel_country

    assert channel_country(name, default()) == expected


MISSIONS = [
    ("驻法国使馆提醒在法中国公民注意防范", "cn", ["Embassy of China in France"]),
    ("并看望驻圣彼得堡总领事馆全体馆员", "cn", ["Consulate General of China in Saint Petersburg"]),
    ("中国驻伊朗使馆提醒", None, ["Embassy of China in Iran"]),
    ("驻俄罗斯大使张汉晖会见", "cn", []),  # the ambassador, not the embassy
    ("驻法国使馆提醒", None, []),  # whose, the channel does not say
]


@pytest.mark.parametrize("text, own, expected", MISSIONS, ids=[m[0] for m in MISSIONS])
def test_chinese_embassies_and_consulates(text, own, expected):
    assert [e.labels[0][1] for e, _ in scriptnames.embassies(text, default(), "zh", own)] == expected


SUBJECTS = [  # the people a Chinese post is about, not parties to its event
    ("大使举行吹风会，介绍习近平主席对俄罗斯进行国事访问有关情况", []),
    ("大使接受专访，就普京总统访华回答记者提问", []),
    ("习近平同普京举行会谈", ["xi-jinping", "vladimir-putin"]),
]


@pytest.mark.parametrize("text, expected", SUBJECTS, ids=[s[0][:10] for s in SUBJECTS])
def test_the_subject_of_a_chinese_briefing_is_no_party(text, expected):
    from kg.extract.people import find_people

    gz = default()
    hits = find_people(text, gz, "zh", scriptnames.with_names(text, gz.find(text), gz, "zh"))
    assert [h.entity.ident for h in scriptnames.not_subjects(text, hits)] == expected


def test_another_countrys_ministry_named_in_chinese_or_arabic_is_not_the_own_one():
    """own_bodies reads a bare "Foreign Ministry" as the channel country's; no Chinese or Arabic name of one is bare."""
    from kg.extract.bodies import own_bodies
    from kg.models import Mention

    russia = "ministry-of-foreign-affairs-of-the-russian-federation"
    for surface in ("俄罗斯外交部", "وزارة الخارجية الروسية"):
        kept = own_bodies([Mention("org", russia, surface, 0, len(surface))], "cn", default())
        assert [m.ident for m in kept] == [russia]


# the city a Chinese first sentence puts the event in after "在": not the start of a longer name ("联合国" is no town
# "联合"), not a place a noun is of ("在加沙的军事行动"), not a reporter's question's
ZH_PLACES = [
    ("王毅在上海会见法国外长", "1796236"),
    ("在联合国日之际，大使接受专访", None),
    ("大使敦促以色列停止在加沙的军事行动", None),
    ("问：今天，双方代表团在伊斯坦布尔举行会谈。中方有何评论？", None),
]


@pytest.mark.parametrize("sentence, expected", ZH_PLACES, ids=[z[0][:10] for z in ZH_PLACES])
def test_the_city_after_zai_in_a_chinese_first_sentence(sentence, expected):
    found = scriptnames.place_in("标题", ["标题", sentence], default(), "zh")
    assert (found[0].ident if found else None) == expected
