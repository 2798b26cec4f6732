"""Channels like the twenty-second held-out set's (tests/data/heldout22/): a known person named in Arabic with the
father's name that kg's name of them leaves out ("بدر بن حمد البوسعيدي"); "خلال المقابلة" (during the audience) is no
interview; a Russian common word whose case forms meet a city's name in GeoNames ("в Совете Безопасности" is no
Soweto: kg/data/names_not_read.tsv); a new person of a Russian post named in the nominative where the endings tell
the case ("Анны Евстигнеевой" is Анна Евстигнеева).

The cases are written for these tests, with other people, places, days and wordings than the held-out set's posts;
the expectations are what an annotator following the extraction guidelines would write.
"""
from __future__ import annotations

import pytest
from channelcases import event_of, extraction_of, utc

from kg.extract.known import russian_nominative
from kg.extract.people import find_people
from kg.extract.scriptnames import names_in
from kg.gazetteer import default


@pytest.mark.parametrize("text, ident", [
    ("استقبل معالي السيد بدر بن حمد البوسعيدي وزير الخارجية سفير اليابان.", "badr-albusaidi"),
    ("تلقى الأمين العام جاسم بن محمد البديوي اتصالاً هاتفياً.", "jasem-mohamed-albudaiwi"),
])
def test_a_known_person_with_the_fathers_name_in_arabic(text, ident):
    assert ident in [m.ident for m in names_in(text, default(), "ar") if m.kind == "person"]


def test_the_fathers_name_does_not_make_someone_else_known():
    # "بدر بن سعيد البوسعيدي" would be Badr Albusaidi too: the given and family names decide, as in English
    assert not [m for m in names_in("التقى السيد خالد بن حمد المعمري بالوفد.", default(), "ar") if m.kind == "person"]


def test_during_the_audience_is_no_interview():
    text = ("استقبل معالي وزير الخارجية اليوم بديوان عام الوزارة سفير جمهورية كوريا، وجرى خلال المقابلة استعراض "
            "العلاقات الثنائية.")
    assert event_of(text, "ar", "وزارة الخارجية العمانية", utc(2025, 2, 4)).type == "Meeting"


def test_an_interview_in_arabic_is_still_one():
    text = "مقابلة معالي وزير الخارجية مع صحيفة الشرق الأوسط حول مستجدات المنطقة"
    assert event_of(text, "ar", "وزارة الخارجية العمانية", utc(2025, 2, 4)).type == "Interview"


@pytest.mark.parametrize("word", ["Совет", "Совете", "Совета"])
def test_a_council_is_no_soweto_regression(word):
    # "в Совете Безопасности" was Soweto: GeoNames' "Совето" meets "Совете" once the case ending is cut
    assert default().city(word) is None
    assert default().city("Soweto") is not None and default().city("Соуэто") is not None


def test_a_council_in_a_russian_post_is_no_place():
    text = "Сегодня заместитель Постоянного представителя выступил на заседании в Совете Безопасности по Сирии."
    assert event_of(text, "ru", "Постпредство России при ООН", utc(2025, 3, 6)).location is None


@pytest.mark.parametrize("name, nominative", [
    ("Анны Евстигнеевой", "Анна Евстигнеева"),  # the feminine genitive
    ("Марией Заболоцкой", "Мария Заболоцкая"),  # the instrumental
    ("Сергеем Лавровым", "Сергей Лавров"),
    ("Ольге Петровой", "Ольга Петрова"),  # the feminine dative
    ("Ивану Петрову", "Иван Петров"),  # the masculine dative
    ("Андрея Карлова", "Андрей Карлов"),  # a masculine genitive that the given name tells
    ("Петра Вяземского", "Петр Вяземский"),  # that an adjectival surname tells
    ("А.Г.Карлову", "А.Г.Карлов"),  # a surname after initials, in the dative
    ("Анна Иванова", "Анна Иванова"),  # a nominative
    ("Ивана Иванова", "Ивана Иванова"),  # "Ивана" may be a woman's name in the nominative: the endings do not tell
    ("Юлия Свиридова", "Юлия Свиридова"),
])
def test_a_new_person_of_a_russian_post_in_the_nominative(name, nominative):
    assert russian_nominative(name) == nominative


def test_a_deputy_named_in_the_genitive_is_minted_in_the_nominative():
    text = "Интервью заместителя Постоянного представителя России при ООН Ирины Смирновой агентству ТАСС"
    made = extraction_of(text, "ru", "Постпредство России при ООН", utc(2025, 3, 3))
    labels = [label for entity in made.entities if entity.ident in made.event.speakers for _, label in entity.labels]
    assert "Ирина Смирнова" in labels


@pytest.mark.parametrize("text, language, kind", [
    ("El canciller presidió hoy la LVIII Reunión Ordinaria del Consejo del Mercado Común, en Montevideo.", "es",
     "MultilateralMeeting"),
    ("10 октября Постоянный представитель провёл открытые дебаты Совета Безопасности по Ближнему Востоку.", "ru",
     "MultilateralMeeting"),
    ("С 23 по 29 сентября в Нью-Йорке проходит неделя высокого уровня Генеральной Ассамблеи ООН.", "ru",
     "MultilateralMeeting"),
    ("The Permanent Representative chaired the open debate of the Security Council on Africa.", "en", "MultilateralMeeting"),
    # someone's words at consultations are a statement ("statement and answers to questions" stays a press conference)
    ("Выступление Постоянного представителя на закрытых консультациях Совета Безопасности по Ливии", "ru", "Statement"),
])
def test_meetings_of_many_and_words_at_consultations(text, language, kind):
    assert event_of(text, language, "Ministry of Foreign Affairs", utc(2025, 3, 3)).type == kind


def test_dar_es_salaam():
    text = "La Ministre a pris part, le vendredi 7 mars 2025 à Dar es Salaam (Tanzanie), à la réunion des ministres."
    event = event_of(text, "fr", "Ministère des Affaires étrangères", utc(2025, 3, 7))
    assert event.location == ("place", default().city("Dar es Salaam").ident)


def test_an_arabic_dateline_opening_a_post_of_one_paragraph():
    text = "الدوحة، 3 مارس 2025 — استقبل معالي وزير الخارجية اليوم سفير جمهورية كوريا وبحث معه العلاقات الثنائية."
    event = event_of(text, "ar", "وزارة الخارجية", utc(2025, 3, 3))
    assert event.location == ("place", default().city("Doha").ident)


@pytest.mark.parametrize("text, language, sender", [
    ("The Minister paid a courtesy call on President William Ruto and delivered a special message from President Cyril "
     "Ramaphosa.", "en", "cyril-ramaphosa"),
    ("Le Président a reçu M. Sergueï Lavrov, porteur d'un message du Président Emmanuel Macron.", "fr", "emmanuel-macron"),
    ("El Presidente recibió al canciller Mauro Vieira, quien entregó un mensaje del Presidente Luiz Inácio Lula da Silva.",
     "es", "luiz-inacio-lula-da-silva"),
])
def test_the_sender_of_a_message_is_no_participant(text, language, sender):
    event = event_of(text, language, "Ministry of Foreign Affairs", utc(2025, 4, 3))
    assert sender not in event.participants and sender not in event.speakers


def test_a_courtesy_call_is_a_meeting():
    text = "The Minister for Foreign Affairs paid a courtesy call on the President of Kenya, H.E. William Ruto, at State House."
    event = event_of(text, "en", "Ministry of Foreign Affairs, Ghana", utc(2024, 9, 11))
    assert event.type == "Meeting" and "william-ruto" in event.participants


@pytest.mark.parametrize("title, city", [
    ("Statement by the Minister at the Executive Council of the African Union, Malabo, Equatorial Guinea, 10 July 2025",
     "Malabo"),
    ("Remarks at the Ministerial Meeting, Lusaka, Zambia, 3 March 2025", "Lusaka"),
])
def test_a_city_then_its_country_before_a_date(title, city):
    event = event_of(title, "en", "Ministry of Foreign Affairs", utc(2025, 7, 10))
    assert event.location == ("place", default().city(city).ident)


@pytest.mark.parametrize("text, language, kept", [
    # the last item of a ministry's portfolios is no organisation
    ("La Ministre des Affaires étrangères, Coopération internationale et Francophonie a reçu l'Ambassadeur du Japon.",
     "fr", False),
    # the organisation itself is
    ("La Ministre a pris part au Sommet de la Francophonie à Villers-Cotterêts.", "fr", True),
    ("Le Ministre a rencontré le Secrétaire général de l'Organisation internationale de la Francophonie.", "fr", True),
])
def test_a_ministrys_last_portfolio_is_no_organisation(text, language, kept):
    organisations = event_of(text, language, "Ministère des Affaires étrangères", utc(2025, 3, 3)).organisations
    francophonie = [o for o in organisations if "francophonie" in o]
    assert bool(francophonie) == kept


@pytest.mark.parametrize("text", [
    "the Democratic Republic of the Congo",
    "la République démocratique du Congo",
    "la République Démocratique du Congo",
    "la RDC",
    "Демократической Республики Конго",
])
def test_the_democratic_republic_of_the_congo_is_no_republic_of_the_congo_regression(text):
    # "Republic of the Congo" inside the longer name was Congo-Brazzaville (found by the foreign ministries' helper)
    assert [m.ident for m in default().find(text) if m.kind == "country"] == ["cd"]


@pytest.mark.parametrize("channel, text, ministry", [
    ("Ministry of Foreign Affairs, Ghana 🇬🇭", "The Ministry wishes to inform Ghanaians resident abroad that the portal "
     "is open.", "ministry-of-foreign-affairs-of-ghana"),
    ("وزارة الخارجية - سلطنة عُمان 🇴🇲", "تهيب وزارة الخارجية بالمواطنين تأجيل السفر.", "ministry-of-foreign-affairs-of-oman"),
])
def test_a_ministrys_channel_names_itself_bare(channel, text, ministry):
    language = "ar" if "وزارة" in text else "en"
    assert ministry in event_of(text, language, channel, utc(2025, 6, 20)).organisations


@pytest.mark.parametrize("channel, text, language, ministry", [
    ("Cancillería Uruguay 🇺🇾", "El Ministerio de Relaciones Exteriores saluda al pueblo boliviano por la jornada electoral.",
     "es", "ministry-of-foreign-affairs-of-uruguay"),
    ("Cancillería Uruguay 🇺🇾", "El Ministerio de Relaciones Exteriores de Chile informó que …", "es", None),  # another's
])
def test_a_spanish_ministrys_channel_names_itself_in_full(channel, text, language, ministry):
    organisations = event_of(text, language, channel, utc(2025, 10, 20)).organisations
    assert (ministry in organisations) if ministry else "ministry-of-foreign-affairs-of-uruguay" not in organisations


@pytest.mark.parametrize("text, language", [
    ("O Ministro confirmou que representará Portugal na tomada de posse de Daniel Chapo como Presidente de Moçambique.", "pt"),
    ("The Minister will represent the President at the inauguration of President Daniel Chapo in Maputo.", "en"),
])
def test_whose_inauguration_is_no_side(text, language):
    # a known head of state named as whose inauguration another attends is what the post speaks of, not a participant
    event = event_of(text, language, "Ministry of Foreign Affairs", utc(2025, 1, 13))
    assert "daniel-chapo" not in event.participants + event.speakers


def test_a_weekday_after_a_briefing_is_no_head_of_government_regression():
    # "Friday" was read as Godwin Friday, St Vincent's prime minister, once the heads of government were added
    text = "Weekly Press Briefing by the Spokesperson, Friday, 18 April 2025"
    assert [hit.entity.ident for hit in find_people(text, default(), "en")] == []


@pytest.mark.parametrize("text, language, ident", [
    ("President John Dramani Mahama on Tuesday received the President of the ECOWAS Commission at the Jubilee House.", "en",
     "john-mahama"),
    ("Le Président de la République, Félix Antoine Tshisekedi Tshilombo, a reçu ce jeudi le Conseiller principal.", "fr",
     "felix-tshisekedi"),
])
def test_a_channels_own_head_of_state(text, language, ident):
    assert ident in event_of(text, language, "Presidency", utc(2025, 4, 3)).speakers


def test_a_new_person_after_an_office_of_a_commission_and_its_owner():
    text = "le Président de la Commission de la CEDEAO, S.E. Dr Amadou Koulibaly Traoré. Les échanges ont porté sur …"
    assert [hit.mention.surface for hit in find_people(text, default(), "fr")] == ["Amadou Koulibaly Traoré"]


def test_a_counterpart_after_the_day_and_place_set_off_by_commas():
    text = ("Audience\n\nLe Ministre des Affaires étrangères, M. Kacou Houadja Léon Adom, a reçu en audience, ce mardi 14 mai 2024 à son cabinet au Plateau, à Abidjan, le "
            "Président de la Commission de la CEDEAO, S.E. Dr Amadou Koulibaly Traoré. Les échanges ont porté sur la sécurité.")
    event = event_of(text, "fr", "Ministère des Affaires étrangères de Côte d'Ivoire", utc(2024, 5, 14))
    assert event.speakers == ("leon-kacou-adom",) and [p for p in event.participants if "traor" in p]


def test_the_general_assembly_bare_in_russian():
    text = "Постоянный представитель выступил на пленарном заседании 80-й сессии Генеральной Ассамблеи."
    assert "united-nations-general-assembly" in event_of(text, "ru", "Постпредство России при ООН", utc(2025, 9, 26)).organisations


@pytest.mark.parametrize("text, language, outlet", [
    ("WATCH: The Minister for Foreign Affairs speaks to JoyNews on the evacuation of Ghanaians.", "en", "joynews"),
    ("El canciller concedió una entrevista a ABC Color sobre la hidrovía.", "es", "abc-color"),
    ("Entretien de la Ministre avec RFI après la signature de l'accord.", "fr", "radio-france-internationale"),
])
def test_a_national_outlet(text, language, outlet):
    assert outlet in event_of(text, language, "Ministry of Foreign Affairs", utc(2025, 6, 27)).organisations


def test_an_outlets_name_that_is_a_common_word_is_read_only_in_full():
    # "El comercio bilateral creció" names no newspaper (kg/data/names_not_read.tsv); "diario El Comercio" does
    assert [m for m in default().find("El comercio bilateral creció un 20 %.", ("org",))] == []
