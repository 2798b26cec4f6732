"""Channels like the nineteenth held-out set's (tests/data/heldout19/): an Arabic dateline with a weekday or with no
comma ("بغداد، السبت 17 أيار 2025 –", "عمّان 27 تموز –") gives the day and the place; Arabic names of known ministers;
"M." before a hyphenated given name or a surname with a particle; French "Secrétaire général (adjoint)"; a French
ministry's own channel naming it bare ("au siège du Ministère"); Portuguese and Spanish notices; a city named as one
("en la ciudad de Valencia"), and a city's namesake in the country the post names.

The cases are written for these tests, with other people, places, days and wordings than the held-out set's posts;
the expectations are what an annotator following the extraction guidelines would write.
"""
from __future__ import annotations

from datetime import date

import pytest
from channelcases import event_of, utc

from kg.extract.arabic import dateline_place
from kg.extract.kinds import event_type
from kg.gazetteer import default
from kg.iris import slug
from kg.models import EventInfo


def _event(text: str, language: str, channel: str) -> EventInfo:
    return event_of(text, language, channel, utc(2025, 5, 20))


@pytest.mark.parametrize("line, place", [
    ("البصرة، الأحد 4 أيار 2025 – افتتح الوزير", "البصرة"),
    ("عمّان 12 آذار – أكد وزير الخارجية", "عمّان"),
    ("الرباط، 3 مايو 2025م – استقبل", "الرباط"),
    ("استقبل الوزير 17 أيار وفداً", None),
    ("وأكد الوزير أن 12 آذار يوم وطني", None),
])
def test_an_arabic_datelines_place(line, place):
    assert dateline_place(line) == place


def test_an_arabic_dateline_with_a_weekday_dates_and_places_the_event():
    text = ("مؤتمر صحفي مشترك لوزير الخارجية فؤاد حسين ووزير الخارجية التركي هاكان فيدان\n\n"
            "أربيل، الأحد 4 أيار 2025 – عقد وزير الخارجية فؤاد حسين ووزير الخارجية التركي هاكان فيدان مؤتمراً صحفياً.")
    event = _event(text, "ar", channel="وزارة الخارجية العراقية")
    assert event.date == date(2025, 5, 4) and event.location == ("place", "95446")
    assert event.speakers[:1] == ("fuad-hussein",)


@pytest.mark.parametrize("text, person", [
    ("Le Ministre a reçu M. Jean-Noël Barrot, Ministre de l'Europe et des Affaires étrangères.", "jean-noel-barrot"),
    ("Le Ministre a reçu M. Pierre-Yves Lambert, Secrétaire général adjoint des Nations Unies.", "pierre-yves-lambert"),
])
def test_monsieur_before_a_hyphenated_given_name(text, person):
    assert person in _event("Audience\n\n" + text, "fr", channel="Ministère des Affaires étrangères du Niger").participants


def test_a_french_deputy_secretary_general_is_a_counterpart():
    text = ("Le Ministre reçoit une délégation onusienne\n\nAlger, le 3 mars 2025 – Le Ministre a reçu en audience "
            "Mme Hélène Carrère, Secrétaire générale adjointe des Nations Unies aux affaires politiques.")
    assert slug("Hélène Carrère") in _event(text, "fr", channel="Ministère des Affaires étrangères de Tunisie").participants


def test_the_own_ministry_named_bare_in_french():
    text = ("Conférence de presse du Ministre\n\nLe Ministre a tenu aujourd'hui, au siège du Ministère, une conférence de "
            "presse sur la coopération régionale.")
    event = _event(text, "fr", channel="Ministère des Affaires étrangères, de la Communauté nationale à l'étranger et des "
                                       "Affaires africaines 🇩🇿")
    assert "ministry-of-foreign-affairs-of-algeria" in event.organisations


@pytest.mark.parametrize("title, text", [
    ("COMUNICADO", "O Ministério informa aos cidadãos moçambicanos residentes em Portugal que o recenseamento decorre em "
                   "Lisboa."),
    ("Brigada móvel de registo consular em Durban", ""),
    ("Comunicado", "El Consulado informa a los ciudadanos bolivianos residentes en Chile que habrá atención en Iquique."),
])
def test_portuguese_and_spanish_notices(title, text):
    assert event_type(title, title + ("\n\n" + text if text else "")) == "Announcement"


def test_a_city_named_as_one_in_the_country_the_post_names():
    text = ("AVISO A LA COMUNIDAD BOLIVIANA EN ESPAÑA\n\nEl Consulado informa que el Consulado Móvil atenderá en la "
            "ciudad de Valencia los días 7 y 8 de junio, para trámites de pasaporte.")
    event = _event(text, "es", channel="Cancillería de Bolivia")
    assert event.location == ("place", "2509954")  # Valencia, Spain (not Venezuela's, the more populous)


def test_a_citys_namesake_stays_where_the_channels_country_has_it():
    gz = default()
    venezuelan = gz.city("Valencia")
    assert venezuelan.country == "ve"
    assert gz.namesake_in(venezuelan, {"ve", "es"}) is None
    assert gz.namesake_in(venezuelan, {"es"}).ident == "2509954"
    assert gz.namesake_in(gz.city("Moscow"), {"us"}) is None  # a capital is the capital


def test_where_an_arabic_posts_actor_arrived():
    text = ("وصل وزير الخارجية فؤاد حسين إلى العاصمة التركية أنقرة في زيارة رسمية يلتقي خلالها عدداً من المسؤولين.\n\n"
            "#العراق")
    assert _event(text, "ar", channel="وزارة الخارجية العراقية").location == ("place", "323786")  # Ankara


@pytest.mark.parametrize("text, language, channel, counterpart", [
    ("Canciller sostuvo una reunión con su homólogo de Chile\n\n📍 Santiago, 3 de abril de 2025\n\nLa Ministra de "
     "Relaciones Exteriores de Bolivia, Celinda Sosa Lunda, sostuvo una reunión bilateral con el Ministro de Relaciones "
     "Exteriores de la República de Chile, Alberto van Klaveren, en el marco de su visita.", "es",
     "Cancillería de Bolivia", "alberto-van-klaveren"),
    ("Le Ministre Attaf à Rome\n\nLe Ministre Ahmed Attaf a eu une réunion bilatérale avec le Vice-Président du "
     "Conseil et Ministre des Affaires étrangères de la République italienne, M. Antonio Tajani.", "fr",
     "Ministère des Affaires étrangères d'Algérie", "antonio-tajani"),
    ("Entretien téléphonique avec l'homologue espagnol\n\nCe lundi, le Ministre, M. Ahmed Attaf, s'est entretenu au "
     "téléphone avec le Ministre des Affaires étrangères, de l'Union européenne et de la Coopération du Royaume "
     "d'Espagne, M. José Manuel Albares.", "fr", "Ministère des Affaires étrangères d'Algérie", "jose-manuel-albares"),
])
def test_a_bilateral_meetings_counterpart(text, language, channel, counterpart):
    assert counterpart in _event(text, language, channel).participants
