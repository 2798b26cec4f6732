"""The date grammar (kg/extract/dates.py) on the ways each of its languages writes a date.

The wordings are those of real posts and datelines, not of seeds/: Spanish and Portuguese "5 de mayo
de 2024", German "5. Mai 2024", ranges in each, and the English, French and Russian forms the grammar
read before, which must read as they did.
"""
from __future__ import annotations

import pytest

from kg.extract.dates import find_dates

# text, [(year, month, day, end_month, end_day), ...] of every date found, in order
FORMS = [
    # Spanish
    ("Madrid, 5 de mayo de 2024", [(2024, 5, 5, None, None)]),
    ("El 1 de octubre de 2019, el viceministro se reunió con el embajador", [(2019, 10, 1, None, None)]),
    ("Buenos Aires, 9 de julio del 2024", [(2024, 7, 9, None, None)]),
    ("Lima, 18 de setiembre de 2024", [(2024, 9, 18, None, None)]),
    ("el 1.º de mayo de 2024", [(2024, 5, 1, None, None)]),
    ("La reunión tendrá lugar el 12 de octubre en Caracas", [(None, 10, 12, None, None)]),
    ("los días 5 y 6 de mayo de 2024", [(2024, 5, 5, None, 6)]),
    ("del 14 al 16 de mayo de 2025", [(2025, 5, 14, None, 16)]),
    ("del 30 de septiembre al 2 de octubre de 2024", [(2024, 9, 30, 10, 2)]),
    # Portuguese
    ("Lisboa, 5 de maio de 2024", [(2024, 5, 5, None, None)]),
    ("Brasília, 1º de outubro de 2024", [(2024, 10, 1, None, None)]),
    ("Em 5 de maio, o embaixador recebeu", [(None, 5, 5, None, None)]),
    ("nos dias 5 e 6 de maio de 2024", [(2024, 5, 5, None, 6)]),
    ("de 30 de abril a 2 de maio de 2025", [(2025, 4, 30, 5, 2)]),
    # German
    ("Berlin, 5. Mai 2024", [(2024, 5, 5, None, None)]),
    ("Am 5. Mai 2019 traf der Botschafter den Minister", [(2019, 5, 5, None, None)]),
    ("Das Treffen fand am 3. Oktober 2023 in Wien statt", [(2023, 10, 3, None, None)]),
    ("Wien, 12. Dez. 2024", [(2024, 12, 12, None, None)]),
    ("am 5. Mai", [(None, 5, 5, None, None)]),
    ("Berlin, 5.Mai 2024", [(2024, 5, 5, None, None)]),
    ("5.-6. Mai 2024", [(2024, 5, 5, None, 6)]),
    ("vom 14. bis 16. Mai 2025", [(2025, 5, 14, None, 16)]),
    ("am 5. und 6. März", [(None, 3, 5, None, 6)]),
    ("30. September – 2. Oktober 2024", [(2024, 9, 30, 10, 2)]),
    # Serbian: a dotted day, the month in the nominative or the genitive, Cyrillic or Latin letters
    ("📍 Њујорк, 21. октобар 2025.", [(2025, 10, 21, None, None)]),
    ("Београд, 21. октобра 2025. године", [(2025, 10, 21, None, None)]),
    ("od 3. do 5. decembra 2024.", [(2024, 12, 3, None, 5)]),
    ("4. и 5. марта", [(None, 3, 4, None, 5)]),
    # Polish: the month in the genitive, the year's "r." or "roku"
    ("📍 Kraków, 5 grudnia 2024 r.", [(2024, 12, 5, None, None)]),
    ("Gdańsk, 14 marca 2025 roku", [(2025, 3, 14, None, None)]),
    ("W czwartek 9 października minister przyjął ambasadora Chile", [(None, 10, 9, None, None)]),
    ("od 2 do 4 lipca 2025 r.", [(2025, 7, 2, None, 4)]),
    ("Wrzesień 2024", []),  # a month and year, no day
    ("Spotkanie 5 lip ważnych", []),  # no abbreviated Polish months: "lip" is no July
    # Dutch: "3 maart 2025", a range with "en" or "tot"
    ("📍 Rotterdam, 3 maart 2025", [(2025, 3, 3, None, None)]),
    ("De conferentie vond plaats op 12 en 13 november 2024 in Utrecht", [(2024, 11, 12, None, 13)]),
    ("Op 7 oktober sprak de minister met zijn Belgische ambtgenoot", [(None, 10, 7, None, None)]),
    # Indonesian
    ("Jakarta, 7 Januari 2025", [(2025, 1, 7, None, None)]),
    ("📍 Beijing, 8–10 November 2024", [(2024, 11, 8, None, 10)]),
    ("8 hingga 10 Agustus 2025", [(2025, 8, 8, None, 10)]),
    # English: an ordinal, "of", the month
    ("On 30th of August, the minister arrived in Hanoi", [(None, 8, 30, None, None)]),
    ("on the 1st of May, 2024", [(2024, 5, 1, None, None)]),
    ("📍 6th of October City, November 16, 2022", [(2022, 11, 16, None, None)]),  # a city in Egypt
    # the forms read before, as before
    ("On 27 February 2025, Ulaanbaatar hosted talks", [(2025, 2, 27, None, None)]),
    ("(Lima, March 3, 2025)", [(2025, 3, 3, None, None)]),
    ("On April 7-8, 2025", [(2025, 4, 7, None, 8)]),
    ("On 30 April – 2 May 2025", [(2025, 4, 30, 5, 2)]),
    ("le 9 septembre 2024", [(2024, 9, 9, None, None)]),
    ("Le 1er octobre 2024", [(2024, 10, 1, None, None)]),
    ("du 5 au 7 mai 2024", [(2024, 5, 5, None, 7)]),
    ("📍 Москва, 21 ноября 2024 года", [(2024, 11, 21, None, None)]),
    ("3 октября 2023 г.", [(2023, 10, 3, None, None)]),
    ("с 4 по 6 ноября", [(None, 11, 4, None, 6)]),
    ("с 4 до 6 ноября", [(None, 11, 4, None, 6)]),
    ("5 и 6 ноября 2024 года в Москве прошли консультации", [(2024, 11, 5, None, 6)]),
    ("2024-09-02 and 02.09.2024", [(2024, 9, 2, None, None), (2024, 9, 2, None, None)]),
    # a dot after a number is not a German day unless a German month follows it, and no day
    # follows that month: numbered lists and sentence ends stay what they were
    ("2. March 8 is International Women's Day", [(None, 3, 8, None, None)]),
    ("2. April 8 is the deadline", [(None, 4, 8, None, None)]),
    ("The vote was 12 to 3. May the council reconsider", []),
    ("1. May 2024 was a holiday", []),
    # month abbreviations that are English words are months only with their dot or a year
    ("2 out of 3 countries agreed", []),
    ("Out of 5 set pieces, two were scored", []),
    ("The tickets sold out 5 times; they set 5 goals", []),
    ("Brasília, 10 out 2024", [(2024, 10, 10, None, None)]),
    ("5 de set. de 2024", [(2024, 9, 5, None, None)]),
    ("em 10 de out. em Brasília", [(None, 10, 10, None, None)]),
    # Arabic (kg/extract/arabic.py): Gulf and Egyptian month names, the Levant's, Arabic-Indic digits, the "م" of the
    # Christian era; a Hijri date with its year is its Umm al-Qura day (Ramadan 1446 began on Saturday 1 March 2025
    # in Saudi Arabia), but beside the Gregorian day it is written with ("الموافق", a slash): read once, as that
    ("📍 جدة، 5 رمضان 1446هـ الموافق 5 مارس 2025م", [(2025, 3, 5, None, None)]),
    ("١٢ ذو القعدة ١٤٤٦هـ / ١٠ مايو ٢٠٢٥م", [(2025, 5, 10, None, None)]),
    ("٢٠٢٥/٥/١٠ - 10 مايو 2025م، 12 ذو القعدة 1446هـ", [(2025, 5, 10, None, None)]),
    ("📍 الرياض، الثلاثاء 15 ذو القعدة 1446هـ", [(2025, 5, 13, None, None)]),
    ("بدأ الصيام يوم 1 رمضان 1446 هـ", [(2025, 3, 1, None, None)]),
    ("في 30 صفر 1200هـ", []),  # a year before the tables (1343-1500 AH)
    ("في 10 محرم", []),  # no year
    ("٢٠ أغسطس ٢٠٢٤م", [(2024, 8, 20, None, None)]),
    ("عمّان، 14 أيار 2024", [(2024, 5, 14, None, None)]),
    ("في 3 تشرين الثاني 2023", [(2023, 11, 3, None, None)]),
    ("تعقد الاجتماعات يومي 3 و4 ديسمبر", [(None, 12, 3, None, 4)]),
    ("من 10 إلى 12 أكتوبر 2023", [(2023, 10, 10, None, 12)]),
    ("19 شعبان 1446هـ", [(2025, 2, 18, None, None)]),
    # a name that holds a day and month, without a year, is no date: the M23 ("حركة 23 مارس"), Egypt's revolutions and
    # the places named after them; the same day after another word is
    ("وقّعت الحكومة وحركة 23 مارس إعلان مبادئ", []),
    ("في ذكرى ثورة 30 يونيو", []),
    ("افتتاح محور 26 يوليو ومدينة 6 أكتوبر", []),
    ("اجتمع الوزير في 23 مارس مع نظيره", [(None, 3, 23, None, None)]),
    # Chinese (kg/extract/chinese.py): year, month and day; without the year; ranges; full-width digits
    ("2024年6月18日，国务院总理", [(2024, 6, 18, None, None)]),
    ("9月3日上午，外交部长", [(None, 9, 3, None, None)]),
    ("将于11月14日至16日出席", [(None, 11, 14, None, 16)]),
    ("6月30日至7月2日举行", [(None, 6, 30, 7, 2)]),
    ("１２月５日", [(None, 12, 5, None, None)]),
    ("2024年12月", []),
    # a range of days before a numeric month and year, day first (kg/extract/slashdates.py); one such date alone is not
    # read (the United States write the month first)
    ("📍 Genève, 14-16/10/2024", [(2024, 10, 14, None, 16)]),
    ("Sommet, 3 – 4/12/2025", [(2025, 12, 3, None, 4)]),
    ("le 14/10/2024", []),
    ("10/14-16/2024", []),
    ("https://example.org/2024/10/14-16", []),
    # French "des" is Indonesian's December only with its dot or a year after it: "Conseil européen des 26 et 27 juin
    # 2025" was read as 26-27 December
    ("Conseil européen des 26 et 27 juin 2025", [(2025, 6, 26, None, 27)]),
    ("les ministres des 27 États membres de l'UE", []),
    ("Jakarta, 26 Des 2025", [(2025, 12, 26, None, None)]),
]


@pytest.mark.parametrize("text, expected", FORMS, ids=[f[0] for f in FORMS])
def test_find_dates(text, expected):
    found = [(d.year, d.month, d.day, d.end_month, d.end_day) for d in find_dates(text)]
    assert found == expected


# relative days (kg/extract/relative.py, words in kg/data/relative_days.tsv): a post of Wednesday
# 11 June 2025; each language's words as its posts write them, and the words that look alike
from datetime import date  # noqa: E402

from kg.extract.relative import relative_day, table  # noqa: E402

WEDNESDAY = date(2025, 6, 11)
RELATIVE = [
    ("en", "The Foreign Secretary received the Ambassador of Chile this morning.", date(2025, 6, 11)),
    ("en", "The two ministers will meet in Oslo on Friday.", date(2025, 6, 13)),
    ("es", "El canciller recibió ayer al embajador de Ghana.", date(2025, 6, 10)),
    ("fr", "Le ministre s'est entretenu ce matin avec son homologue.", date(2025, 6, 11)),
    ("de", "Die Ministerin reiste am Montag nach Warschau.", date(2025, 6, 9)),
    ("ru", "Во вторник министр принял посла Перу.", date(2025, 6, 10)),
    ("pt", "O ministro recebeu hoje o embaixador do Japão.", date(2025, 6, 11)),
    ("pt", "O chanceler reuniu-se ontem com a ministra do Chile.", date(2025, 6, 10)),
    ("pt", "Nesta segunda-feira, o ministro recebeu o embaixador da Índia.", date(2025, 6, 9)),
    ("pt", "A reunião será realizada na sexta-feira em Brasília.", date(2025, 6, 13)),
    ("pt", "O ministro participa na próxima terça-feira da reunião.", None),
    ("pt", "É a segunda reunião dos chanceleres este ano.", None),  # "segunda" is also "second"
    # the synthetic future (-rá, -rão) puts a weekday ahead; a capitalised place in -rá does not ("no Ceará")
    ("pt", "O Ministro participará na sexta-feira no Conselho Europeu.", date(2025, 6, 13)),
    ("pt", "Os ministros estarão na sexta-feira em Luanda.", date(2025, 6, 13)),
    ("pt", "O Presidente esteve no Ceará na segunda-feira.", date(2025, 6, 9)),
    ("it", "Il ministro Tajani ha incontrato oggi l'omologo greco.", date(2025, 6, 11)),
    ("it", "Ieri il ministro ha ricevuto l'ambasciatore del Cile.", date(2025, 6, 10)),
    ("it", "Il vertice si terrà il venerdì a Roma.", date(2025, 6, 13)),
    ("it", "Il ministro ha parlato lunedì prossimo?", None),  # no lead word: not read
    ("uk", "Сьогодні міністр зустрівся з послом Японії.", date(2025, 6, 11)),
    ("uk", "У вівторок міністр провів переговори з колегою.", date(2025, 6, 10)),
    ("uk", "Міністр вчора прийняв посла Чилі.", date(2025, 6, 10)),
    ("uk", "Позавчора заступник міністра провів консультації у Відні.", date(2025, 6, 9)),
    ("uk", "Напередодні, Посол України зустрівся з Міністром закордонних справ Чилі.", date(2025, 6, 10)),
    ("uk", "Напередодні саміту міністри обговорили безпеку.", None),  # the eve of another event: not read
    ("uk", "Цього вечора Міністр провів телефонну розмову з колегою з Литви.", date(2025, 6, 11)),
    ("it", "La Farnesina ha pubblicato il bilancio dell'anno.", None),
    ("id", "Menlu RI hari ini bertemu dengan Menlu Jepang.", date(2025, 6, 11)),
    ("id", "Kemarin, Presiden menerima kunjungan Perdana Menteri Malaysia.", date(2025, 6, 10)),
    ("id", "Pada hari Senin, Menlu menghadiri pertemuan di Jenewa.", date(2025, 6, 9)),
    ("id", "Menlu akan berkunjung ke Tokyo pada Jumat.", date(2025, 6, 13)),
    ("id", "Menlu akan berkunjung ke Tokyo pada Senin depan.", None),
    ("id", "Pertemuan diadakan pada minggu lalu di Jakarta.", None),  # "minggu" is also "week"
    ("sr", "Министар Ђурић се данас састао са амбасадором Чилеа.", date(2025, 6, 11)),
    ("sr", "Ђурић се синоћ састао са колегом из Грчке.", date(2025, 6, 10)),
    ("sr", "У уторак је министар примио амбасадора Перуа.", date(2025, 6, 10)),
    ("sr", "Министар ће у петак посетити Рим.", date(2025, 6, 13)),
    ("sr", "Ministar se juče sastao sa kolegom iz Slovenije.", date(2025, 6, 10)),
    ("sr", "Министар ће у следећи петак посетити Рим.", None),
    ("pl", "Minister spotkał się dziś z ambasadorem Chile.", date(2025, 6, 11)),
    ("pl", "Wiceminister rozmawiał wczoraj z szefem dyplomacji Łotwy.", date(2025, 6, 10)),
    ("pl", "W poniedziałek minister przyjął ambasadora Peru.", date(2025, 6, 9)),
    ("pl", "Minister spotka się w piątek z szefem MSZ Litwy w Wilnie.", date(2025, 6, 13)),
    ("pl", "W dniu dzisiejszym wiceminister przyjął ambasadora Korei.", date(2025, 6, 11)),
    ("pl", "Przedwczoraj minister rozmawiał z szefem MSZ Estonii.", date(2025, 6, 9)),
    ("pl", "Minister spotka się w przyszły piątek z szefem MSZ Litwy.", None),
    ("nl", "De minister sprak vandaag met de Franse ambassadeur.", date(2025, 6, 11)),
    ("nl", "Staatssecretaris ontving gisteravond zijn Deense ambtgenoot.", date(2025, 6, 10)),
    ("nl", "Eergisteren sprak de minister met zijn Japanse collega.", date(2025, 6, 9)),
    ("nl", "Op maandag ontmoette de minister de premier van Slowakije.", date(2025, 6, 9)),
    ("nl", "De minister zal op vrijdag in Berlijn zijn Duitse collega ontmoeten.", date(2025, 6, 13)),
    ("nl", "De minister zal volgende vrijdag zijn Duitse collega ontmoeten.", None),
    ("tr", "Bakan Fidan bugün Macaristan Dışişleri Bakanı ile bir araya geldi.", date(2025, 6, 11)),
    ("tr", "Dışişleri Bakanı dün Bakü'yü ziyaret ederek mevkidaşı ile görüştü.", date(2025, 6, 10)),
    ("tr", "Bakan Fidan bu sabah Japonya Büyükelçisini kabul etti.", date(2025, 6, 11)),
    ("tr", "Bakan geçen Pazartesi Budapeşte'de temaslarda bulundu.", date(2025, 6, 9)),
    ("tr", "Dünya Bankası heyeti bugüne kadar üç kez bölgeye gitti.", None),  # "dünya", "bugüne kadar"
    ("tr", "Bakanlar önümüzdeki Cuma Roma'da görüşecek.", None),
    # a weekday before "günü", no lead word; the verb last: a future in it puts the day ahead
    ("tr", "Bakan Fidan Salı günü Bakü'de mevkidaşı ile görüştü.", date(2025, 6, 10)),
    ("tr", "Bakanlar Cuma günü Roma'da bir araya gelecek.", date(2025, 6, 13)),
    ("tr", "Bakan önümüzdeki Pazartesi günü Roma'yı ziyaret edecek.", None),
    # Swiss and German compounds of a weekday or today: "am Donnerstagabend", "die heutige Sitzung"
    ("de", "Bundesrat Cassis hat am Montagabend mit seinem Amtskollegen telefoniert.", date(2025, 6, 9)),
    ("de", "An der heutigen Sitzung des Rates nahm die Aussenministerin teil.", date(2025, 6, 11)),
    ("de", "Die gestrige Unterredung in Bern galt dem Handel.", date(2025, 6, 10)),
    # two days named together: the publication day and the next (the last day is kg:endDate)
    ("en", "The Secretary is in Brussels today and tomorrow for the NATO meeting.", (date(2025, 6, 11), date(2025, 6, 12))),
    ("de", "Außenminister Wadephul nimmt heute und morgen am Treffen teil.", (date(2025, 6, 11), date(2025, 6, 12))),
    ("it", "Il ministro sarà a Bruxelles oggi e domani.", (date(2025, 6, 11), date(2025, 6, 12))),
    ("uk", "Сьогодні та завтра міністр перебуває у Варшаві.", (date(2025, 6, 11), date(2025, 6, 12))),
    ("sr", "Министар ће данас и сутра боравити у Бриселу.", (date(2025, 6, 11), date(2025, 6, 12))),
    ("pl", "Minister przebywa dziś i jutro z wizytą w Rydze.", (date(2025, 6, 11), date(2025, 6, 12))),
    ("nl", "De minister is vandaag en morgen in Wenen voor de OVSE.", (date(2025, 6, 11), date(2025, 6, 12))),
    ("en", "Today the minister met his counterpart; tomorrow he flies to Rome.", date(2025, 6, 11)),  # not together
    # Chinese "today" and "yesterday" inside a run of Han characters (no spaces); not "今日" (RT is "今日俄罗斯")
    ("zh", "今天，外交部长王毅在北京会见来访的法国外长。", date(2025, 6, 11)),
    ("zh", "驻俄罗斯大使昨天会见俄罗斯外交部副部长。", date(2025, 6, 10)),
    ("fr", "Je l'ai annoncé ce soir à la tribune des Nations unies.", date(2025, 6, 11)),
    ("es", "El canciller ofrecerá esta noche una conferencia de prensa.", date(2025, 6, 11)),
    ("de", "Der Bundeskanzler hat am Abend mit dem Präsidenten telefoniert.", date(2025, 6, 11)),
    ("de", "Der Bundeskanzler hatte am Abend zuvor mit dem Präsidenten telefoniert.", None),  # the evening before
    ("hi", "विदेश मंत्री ने आज नई दिल्ली में राजदूतों से मुलाकात की।", date(2025, 6, 11)),
    ("hi", "विदेश मंत्री ने गत दिवस राजदूतों से मुलाकात की।", date(2025, 6, 10)),
    ("hi", "विदेश मंत्री कल राजदूतों से मुलाकात करेंगे।", None),  # "कल": yesterday or tomorrow
    ("zh", "大使接受今日俄罗斯电视台专访。", None),
    ("ar", "التقى وزير الخارجية اليوم بنظيره الأردني.", date(2025, 6, 11)),
]


@pytest.mark.parametrize("language, text, expected", RELATIVE, ids=[f"{r[0]}-{i}" for i, r in enumerate(RELATIVE)])
def test_relative_days_in_each_language(language, text, expected):
    if expected is not None and not isinstance(expected, tuple):
        expected = (expected, None)  # one day: no last day
    assert relative_day([text], WEDNESDAY) == expected


def test_every_language_with_weekdays_has_seven_of_them_and_every_kind():
    words = table()
    for language, names in words["weekdays"].items():
        assert len(names.split()) == 7, language
        assert all(language in words[kind] for kind in ("today", "yesterday", "lead", "next", "future")), language


# a dateline of a weekday and a day/month in digits, no year (Indonesia's foreign ministry's): the day
# where it falls on the weekday in the year nearest the publication
from kg.extract.relative import dateline_day  # noqa: E402

DATELINES = [
    ("Kazan, Kamis (24/10) – Menteri Luar Negeri RI Sugiono menghadiri KTT", date(2024, 10, 24), (10, 24)),
    ("Beijing, Senin (21/4) – Menlu RI bertemu", date(2025, 4, 22), (4, 21)),
    ("Jakarta, Rabu (16/1) – Juru Bicara", date(2025, 1, 16), None),  # 16 January 2025 was a Thursday
    ("Washington, Thursday (1/16) – The Secretary", date(2025, 1, 16), (1, 16)),  # month/day, told by the weekday
    ("Menlu RI bertemu Menlu Jepang (24/10)", date(2024, 10, 24), None),  # no dateline
]


@pytest.mark.parametrize("line, published, expected", DATELINES, ids=[d[0][:20] for d in DATELINES])
def test_dateline_of_a_weekday_and_day_month(line, published, expected):
    found = dateline_day([line], published)
    assert (found and (found.month, found.day, found.year)) == (expected and (*expected, None))


# the day a first sentence gives: after Chinese "local time" run on to it, after an Arabic weekday ("يوم الثلاثاء ٩
# سبتمبر"), but not a day a validity counts from ("اعتباراً من يوم الأحد …")
FIRST_SENTENCE_DAYS = [
    ("当地时间2025年3月12日，外交部长王毅在纽约联合国总部出席安理会公开辩论。", (2025, 3, 12)),
    ("北京时间6月5日晚，国家主席习近平同美国总统通电话。", (None, 6, 5)),
    ("عقد وزير الخارجية، يوم الأربعاء ١٢ مارس ٢٠٢٥ بمقر الوزارة، اجتماعاً مع السفراء.", (2025, 3, 12)),
    ("التقى وزير الخارجية يوم الخميس 5 يونيو بنظيره الأردني في عمّان.", (None, 6, 5)),
    ("ترحب الوزارة بالاتفاق الذي يدخل حيز التنفيذ اعتباراً من يوم الأحد ١٩ يناير ٢٠٢٥، بعد جهود الوساطة.", None),
    # a dateline of a city and where in it
    ("Москва, Кремль, 22 сентября 2025 года", (2025, 9, 22)),
    # a weekday after its lead word opening the sentence right before the date
    ("У суботу, 22 листопада, Україна вшановує пам’ять жертв Голодомору.", (None, 11, 22)),
    ("Le samedi 22 novembre, le ministre a reçu son homologue.", (None, 11, 22)),
    ("Am Samstag, dem 22. November, traf der Minister seinen Amtskollegen.", (None, 11, 22)),
    ("El sábado 22 de noviembre, el canciller viajó a Quito.", (None, 11, 22)),
    # the Turkish locative after a date: "on" that day
    ("Dışişleri Bakanı Hakan Fidan, 3 Haziran'da Ankara'da Macaristan Dışişleri Bakanı ile görüştü.", (None, 6, 3)),
    ("Bakan, 12 Ekim 2025'te Bakü'de düzenlenen toplantıya katıldı.", (2025, 10, 12)),
    # a holiday's day named after it is no event's: "Дня образования КНР, который отмечается 1 октября"
    ("Президент направил поздравительное послание по случаю Дня Республики, который отмечается 1 октября.", None),
    ("The Minister sent greetings on the National Day, celebrated on 14 July.", None),
]


@pytest.mark.parametrize("line, expected", FIRST_SENTENCE_DAYS, ids=[f[0][:12] for f in FIRST_SENTENCE_DAYS])
def test_the_day_a_first_sentence_gives_after_a_lead(line, expected):
    from kg.extract.eventday import event_date

    found = event_date("—", ["—", line])
    assert ((found.year, found.month, found.day) if found else None) == expected


# how long the event lasts, said later in the first paragraph: its first and last days
LASTS = [
    ("Президент прибыл в Индию. Программа визита, который продлится с 4 по 6 декабря, включает переговоры.", (12, 4, 6)),
    ("The Minister arrived in Tokyo. The visit, which will last from 3 to 5 May, includes talks.", (5, 3, 5)),
    ("Le ministre est arrivé à Rabat. La visite, qui durera du 3 au 5 mai, comprend des entretiens.", (5, 3, 5)),
    ("El canciller llegó a Lima. La visita durará del 3 al 5 de mayo.", (5, 3, 5)),
    ("Die Ministerin ist in Rom eingetroffen. Der Besuch dauert vom 3. bis 5. Mai.", (5, 3, 5)),
    ("The Minister arrived in Tokyo. The exhibition runs from 3 to 5 May.", None),  # no word of how long it lasts
]


@pytest.mark.parametrize("line, expected", LASTS, ids=[t[0][:12] for t in LASTS])
def test_the_range_a_first_paragraph_says_the_event_lasts(line, expected):
    from kg.extract.eventday import event_date

    found = event_date("—", ["—", line])
    assert ((found.month, found.day, found.end_day) if found else None) == expected


# a 📍 line's day, then a range of days from that day in the first sentences: the event's first and last days
PIN_THEN_RANGE = [
    ("Foreign Minister at the conference on oceans\n\n📍 Nice, 9 June 2025\n\nThe Minister took part in the "
     "conference, held on 9 and 10 June, with forty delegations.", "en", (date(2025, 6, 9), date(2025, 6, 10))),
    ("وزير الخارجية يشارك في المؤتمر\n\n📍 جنيف، 14 أكتوبر 2024م\n\nشارك وزير الخارجية اليوم في أعمال المؤتمر "
     "الذي يُعقد يومي 14 و15 أكتوبر.", "ar", (date(2024, 10, 14), date(2024, 10, 15))),
    ("Foreign Minister at the conference on oceans\n\n📍 Nice, 9 June 2025\n\nThe conference, held on 10 and 11 June, "
     "closed.", "en", (date(2025, 6, 9), None)),  # a range from another day is not the pinned day's
]


@pytest.mark.parametrize("text, language, expected", PIN_THEN_RANGE, ids=["en", "ar", "another day"])
def test_pinned_day_takes_the_range_the_first_sentence_gives_from_it(text, language, expected):
    from datetime import datetime, timezone

    from kg.extract import Extractor
    from kg.models import Post

    post = Post(source="test", title=text.split("\n")[0], text=text, message_id=1, language=language,
                published=datetime(2025, 6, 9, 9, tzinfo=timezone.utc))
    event = Extractor().extract(post).event
    assert (event.date, event.end_date) == expected


# a news agency's dateline gives the filing day; a range around it in the same sentence is the event's
AGENCY_RANGES = [
    ("DUBAI, 12th November, 2024 (WAM) -- The UAE is taking part in the forum, held from 11th to 13th November.",
     (date(2024, 11, 11), date(2024, 11, 13))),
    ("DOHA, March 4 (QNA) - The State of Qatar participated in the meetings held from 3 to 5 March 2025.",
     (date(2025, 3, 3), date(2025, 3, 5))),
    ("DUBAI, 12th November, 2024 (WAM) -- The forum, held from 14th to 16th November, will gather ministers.",
     (date(2024, 11, 12), None)),  # a range that is not around the dateline's day is another's
]


@pytest.mark.parametrize("line, expected", AGENCY_RANGES, ids=["wam", "qna", "not around"])
def test_an_agency_datelines_day_takes_the_range_around_it(line, expected):
    from kg.extract.eventday import event_date, range_around

    found = event_date("—", ["—", line])
    found = range_around(found, [line])
    year = found.year or 2025
    assert (date(year, found.month, found.day), date(year, found.end_month or found.month, found.end_day)
            if found.end_day else None) == expected
