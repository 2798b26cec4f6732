"""The extractor on what the fifth held-out set showed kg getting wrong in English (South Africa's,
the UN's) and in the Spanish of Spain (tests/data/gold/heldout5-findings.md, causes 4-8, 11-21).

Each row is a regression test of a rule made general from one of those causes. The sentences are
written for these tests, with other people, places, dates and wordings; they are not the held-out
posts, so the held-out set stays a fair measure of what kg learnt from it.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone

import pytest

from kg.extract import resolve_years
from kg.models import Extraction
from test_extract_unseen import _extractor, make_post


def extract(text: str, language: str = "en", published: datetime | None = None, channel: str | None = None) -> Extraction:
    post = replace(make_post(text.split("\n"), language=language, published=published), channel=channel)
    return next(resolve_years([_extractor().extract(post)]))


def _utc(*args) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


# ------------------------------------------------------------------------------------------------
# Event type: the perfect tense of Spain, conferences and forums, condolences, COPs, interviews given
# to an outlet, notices to citizens, a headline then someone's quoted reaction
# ------------------------------------------------------------------------------------------------

TYPES = [
    ("es_perfect_met", "es", "La ministra se ha reunido hoy en Bogotá con el canciller de Colombia.", "Meeting"),
    ("es_perfect_received", "es", "El presidente del Gobierno ha recibido en La Moncloa al primer ministro de Portugal.",
     "Meeting"),
    ("es_perfect_took_part", "es", "El ministro ha participado hoy en la reunión del Consejo de Europa en Estrasburgo.",
     "MultilateralMeeting"),
    ("es_meeting_today_in", "es", "Buena reunión esta mañana en Roma con mi homólogo italiano.", "Meeting"),
    ("es_conference", "es", "III Conferencia Internacional sobre los Océanos", "MultilateralMeeting"),
    ("es_forum", "es", "Foro de Cooperación Iberoamericana en Cartagena de Indias", "MultilateralMeeting"),
    ("es_advice_to_citizens", "es", "⚠️ Terremoto en Nepal | Recomendaciones a los españoles en la zona", "Announcement"),
    ("en_mourns_the_passing", "en", "The Prime Minister mourns the passing of a former President of Zambia", "Statement"),
    ("en_pays_tribute", "en", "The President pays tribute to the victims of the floods in KwaZulu-Natal", "Statement"),
    ("en_cop_opens", "en", "COP30 opens in Belém", "MultilateralMeeting"),
    ("en_world_health_assembly", "en", "World Health Assembly elects its new President", "MultilateralMeeting"),
    ("en_spoke_to_an_outlet", "en", "🎧 “We need access now”\n\nThe High Commissioner spoke to Sky News about the crisis.",
     "Interview"),
    ("en_headline_then_a_reaction", "en", "Drought declared across the Horn of Africa\n\nThe region faces its worst drought "
                                          "in decades, according to a report released today.\n\nUN Secretary-General "
                                          "António Guterres said: “The world must act now.”", "Statement"),
]


@pytest.mark.parametrize("name, language, text, expected", TYPES, ids=[t[0] for t in TYPES])
def test_event_type(name, language, text, expected):
    assert extract(text, language).event.type == expected


# ------------------------------------------------------------------------------------------------
# People: offices whose portfolio is a list with commas, bare offices, informal titles; no person
# made of a portfolio's words
# ------------------------------------------------------------------------------------------------

PEOPLE = [
    ("es_portfolio_with_commas", "es", "La ministra de Asuntos Exteriores, Unión Europea y Cooperación, Ana María Pérez "
                                       "Gil, ha viajado hoy a Lima.", "ana-mar%C3%ADa-p%C3%A9rez-gil", "Foreign Minister"),
    ("es_bare_minister", "es", "El ministro Juan Carlos Ruiz ha recibido hoy al embajador de Chile.", "juan-carlos-ruiz",
     "Minister"),
    ("en_portfolio_with_commas", "en", "The Minister of Foreign Affairs, Trade and Development, Jane Alice Doe, met "
                                       "students.", "jane-alice-doe", "Foreign Minister"),
    ("en_bare_minister", "en", "The Minister held talks with his Kenyan counterpart, Minister Jane Wambui Odhiambo.",
     "jane-wambui-odhiambo", "Minister"),
    ("en_informal_chief", "en", "UN refugee chief Ana Lopes Ferreira spoke to reporters in Geneva.", "ana-lopes-ferreira",
     "Chief"),
]


@pytest.mark.parametrize("name, language, text, ident, role", PEOPLE, ids=[p[0] for p in PEOPLE])
def test_people_introduced_by_an_office(name, language, text, ident, role):
    people = {e.ident: e for e in extract(text, language).entities if e.kind == "person"}
    assert ident in people and people[ident].role == role, sorted(people)
    assert len(people) == 1, sorted(people)  # no second person made of the office's or the name's words


def test_a_counterparts_country_before_the_office_is_theirs():
    made = extract("The Minister held talks with his Kenyan counterpart, Minister Jane Wambui Odhiambo.",
                   channel="DIRCO South Africa 🇿🇦")
    person = next(e for e in made.entities if e.ident == "jane-wambui-odhiambo")
    assert person.country == "ke"


@pytest.mark.parametrize("text", [
    "Enquiries: Mr Jan Smit, Spokesperson for the Minister of International Relations and Cooperation",
    "COP President Mukhtar Babayev, Azerbaijan's Minister of Ecology and Natural Resources, called for unity.",
])
def test_no_person_is_made_of_a_portfolio(text):
    people = {e.ident for e in extract("Media Statement\n" + text).entities if e.kind == "person"}
    assert not people & {"international-relations", "natural-resources", "relations-and-cooperation"}, sorted(people)


# ------------------------------------------------------------------------------------------------
# Organisations: a body inside a minister's portfolio, "UN Climate Change", a bare General Assembly
# where the UN is named
# ------------------------------------------------------------------------------------------------

ORGANISATIONS = [
    ("es_eu_in_a_ministers_title", "es", "El ministro de Asuntos Exteriores, Unión Europea y Cooperación, José Manuel "
                                         "Albares, ha intervenido hoy en el Senado.", set(), {"european-union"}),
    ("es_the_eu_named_after_it", "es", "El ministro de Asuntos Exteriores, Unión Europea y Cooperación, José Manuel "
                                       "Albares, ha defendido el papel de la Unión Europea.", {"european-union"}, set()),
    ("es_the_ministry_named_in_full", "es", "El Ministerio de Asuntos Exteriores, Unión Europea y Cooperación recomienda "
                                            "no viajar.", {"ministry-of-foreign-affairs-european-union-and-cooperation"},
     {"european-union"}),
    ("en_un_climate_change", "en", "“We must act,” UN Climate Change Executive Secretary Simon Stiell told delegates.",
     {"united-nations-framework-convention-on-climate-change-secretariat"}, {"united-nations"}),
    ("en_general_assembly_beside_the_un", "en", "The Secretary-General recalled the UN Charter and General Assembly "
                                                "resolutions.", {"united-nations-general-assembly"}, set()),
    ("en_another_bodys_general_assembly", "en", "The UN welcomed the decision of the General Assembly of the OAS.", set(),
     {"united-nations-general-assembly"}),
]


@pytest.mark.parametrize("name, language, text, named, not_named", ORGANISATIONS, ids=[o[0] for o in ORGANISATIONS])
def test_organisations(name, language, text, named, not_named):
    organisations = set(extract(text, language).event.organisations)
    assert named <= organisations and not organisations & not_named, sorted(organisations)


# ------------------------------------------------------------------------------------------------
# Sides: what a post is about is not who acts; who accompanies the actor speaks with them
# ------------------------------------------------------------------------------------------------

SIDES = [
    ("en_a_death_is_the_subject", "en", "President Cyril Ramaphosa mourns the passing of former President of Kenya Mwai "
                                        "Kibaki", ("cyril-ramaphosa",), ()),
    ("en_an_agreement_between_others", "en", "Statement attributable to the Spokesperson for the Secretary-General\n\nThe "
                                             "Secretary-General welcomes the ceasefire agreed today in Doha between Prime "
                                             "Minister Ali Hassan Omar and President Peter Malual Deng.", (), ()),
    ("es_a_death_is_the_subject", "es", "Condolencias del presidente del Gobierno, Pedro Sánchez, por el fallecimiento del "
                                        "expresidente de Uruguay José Alberto Mujica", ("pedro-sanchez",), ()),
    ("en_accompanied_by", "en", "President Cyril Ramaphosa, accompanied by the Minister of Trade, Industry and "
                                "Competition, Mr Parks Tau, is attending the summit in Luanda.",
     ("cyril-ramaphosa", "parks-tau"), ()),
]


@pytest.mark.parametrize("name, language, text, speakers, participants", SIDES, ids=[s[0] for s in SIDES])
def test_sides(name, language, text, speakers, participants):
    event = extract(text, language).event
    assert (set(event.speakers), set(event.participants)) == (set(speakers), set(participants))


def test_countries_of_a_venue_and_a_topic_are_no_sides():
    event = extract("⚠️ Huracán Beryl | Recomendaciones a los españoles en Granada y San Vicente y las Granadinas",
                    "es").event
    assert "gd" not in event.countries and "vc" not in event.countries
    event = extract("La ministra participa hoy en Luxemburgo en el Consejo de Asuntos Generales de la UE.", "es").event
    assert "lu" not in event.countries


# ------------------------------------------------------------------------------------------------
# Dates and places: another event's date, the writer's "today", an address block, a region
# ------------------------------------------------------------------------------------------------

THURSDAY_EVENING = _utc(2024, 12, 12, 16, 0)


def test_another_events_date_does_not_beat_yesterday():
    made = extract("Call on Ghana\n\nThe Minister yesterday held a telephone conversation with the Foreign Minister of "
                   "Ghana on the situation following the elections of 7 December 2024.", published=THURSDAY_EVENING)
    assert made.event.date == date(2024, 12, 11)


def test_today_on_the_channels_clock():
    # 21:30 UTC on 10 March is 06:30 on 11 March in Tokyo
    made = extract("Foreign Minister Iwaya met today with the Foreign Minister of Chile.", published=_utc(2025, 3, 10, 21, 30),
                   channel="MOFA Japan 🇯🇵")
    assert made.event.date == date(2025, 3, 11)


def test_today_on_the_clock_of_where_it_happens():
    # 01:30 UTC on 5 June is 21:30 on 4 June in New York; the channel has no country
    made = extract("Noon briefing\n\nSpeaking to reporters in New York today, the Spokesperson said the convoy had "
                   "arrived.", published=_utc(2025, 6, 5, 1, 30), channel="UN News")
    assert (made.event.type, made.event.date) == ("Briefing", date(2025, 6, 4))
    assert made.event.location == ("place", "5128581")  # New York City


def test_an_address_block_gives_the_place_of_issue():
    made = extract("Media Statement\n\nThe department welcomes the decision of the Court.\n\nISSUED BY THE DEPARTMENT\n"
                   "Cape Town\n8001\n3 March 2025")
    city = next(e for e in made.entities if e.kind == "place")
    assert made.event.date == date(2025, 3, 3) and city.labels == (("en", "Cape Town"),)


def test_a_city_name_before_governorate_is_a_region():
    made = extract("Floods reported in Aleppo Governorate\n\nThousands were displaced, according to a report.")
    assert made.event.location is None
