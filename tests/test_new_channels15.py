"""Channels like the fifteenth held-out set's (tests/data/heldout15/): a bilateral "Japan-U.S. Summit Meeting" is a
Meeting, not a multilateral one; a meeting's title whose story says it was by telephone is a call; Spanish, Russian,
French and Italian notices, communiqués, condemnations and ministers' meetings; a forwarded post in the first person
(Spanish "tuvimos", Italian "ho partecipato") is its author's; a surname of several words alone ("el canciller De la
Fuente") and a French minister's surname alone ("la ministre Joly") find the known person; a dateline with its
province ("Ottawa (Ontario), le 28 mai 2025 —") places the story; Spanish "anoche" is the day before.

The cases are written for these tests, with other people, places, days and wordings than the held-out set's posts;
the expectations are what an annotator following the extraction guidelines would write.
"""
from __future__ import annotations

import functools
from datetime import date, datetime, timezone

import pytest

from kg.extract import Extractor
from kg.extract.kinds import event_type, two_countries_meet
from kg.models import EventInfo, Post


@functools.lru_cache(maxsize=1)
def _extractor() -> Extractor:
    return Extractor()


def _event(text: str, language: str, channel: str = "Test channel", forwarded_from: str | None = None,
           published: datetime = datetime(2025, 3, 5, 9, tzinfo=timezone.utc)) -> EventInfo:
    post = Post(source="test", title=text.split("\n")[0], text=text, message_id=1, channel=channel, language=language,
                forwarded_from=forwarded_from, published=published)
    return _extractor().extract(post).event


# a title (with its body after a blank line), the type kg gives it
TYPES = [
    ("Aviso a los mexicanos que viajan a Canadá", "Announcement"),
    ("Aviso a las personas guatemaltecas en Chile", "Announcement"),
    ("Информация для туристов, планирующих поездки в Египет", "Announcement"),
    ("Информация для граждан Казахстана, находящихся в Израиле", "Announcement"),
    ("Comunicado: Chile condena el atentado en Kabul", "Statement"),
    ("Comunicado conjunto | Argentina y Uruguay", "Statement"),
    ("Uruguay condena el ataque contra la misión de la ONU en el Líbano", "Statement"),
    ("La France condamne l'attaque contre la mission de l'ONU au Liban", "Statement"),
    ("L'Italia condanna l'attacco contro la missione ONU in Libano", "Statement"),
    ("Reunión de Cancilleres del Mercosur en Montevideo", "MultilateralMeeting"),
    ("Reunión de Jefes de Estado del SICA", "MultilateralMeeting"),
    # a meeting's title, and a first sentence that says it was by telephone: a call
    ("Le ministre s'est entretenu avec son homologue allemand\n\nCe matin, le ministre s'est entretenu par téléphone "
     "avec le ministre fédéral des Affaires étrangères.", "PhoneCall"),
    ("La ministre s'est entretenue avec la ministre néerlandaise\n\nLa ministre s'est entretenue au téléphone avec "
     "son homologue.", "PhoneCall"),
    # ... and one that does not: a meeting
    ("Le ministre s'est entretenu avec son homologue allemand\n\nCe matin, à Berlin, le ministre s'est entretenu avec "
     "le ministre fédéral des Affaires étrangères.", "Meeting"),
]


@pytest.mark.parametrize("text, expected", TYPES, ids=[t[0][:40] for t in TYPES])
def test_notices_communiques_condemnations_and_calls_told_in_the_story(text, expected):
    assert event_type(text.split("\n")[0], text) == expected


# a title, whether it names a meeting of two countries by joining their names
JOINED = [
    ("Japan-China Summit Meeting", True),
    ("Outcome of the Japan-Philippines Foreign Ministers' Meeting", True),
    ("India–Japan Annual Summit", True),
    ("Russia-China talks in Beijing", True),
    ("Japan-Australia-India-U.S. (Quad) Foreign Ministers' Meeting", False),  # four: multilateral
    ("Russia–Africa Summit in Sochi", False),  # a continent
    ("EU-Central Asia Summit", False),
    ("Russia–ASEAN Summit", False),  # an organisation of ten
    ("Japan-China relations after the election", False),  # no meeting
]


@pytest.mark.parametrize("title, expected", JOINED, ids=[j[0] for j in JOINED])
def test_two_countries_joined_before_a_meeting(title, expected):
    assert two_countries_meet(title, _extractor().gazetteer) is expected


def test_a_bilateral_summit_meeting_is_a_meeting():
    text = ("Japan-Viet Nam Summit Meeting\n\nOn April 28, Prime Minister ISHIBA Shigeru held a summit meeting with "
            "Mr. Pham Minh Chinh, Prime Minister of Viet Nam, in Hanoi.")
    assert _event(text, "en").type == "Meeting"


def test_a_forwarded_first_person_post_in_spanish_is_its_authors():
    text = ("Hoy tuvimos una conversación telefónica con el presidente Emmanuel Macron sobre la cooperación entre "
            "nuestros países.")
    event = _event(text, "es", channel="Cancillería Argentina", forwarded_from="Javier Milei")
    assert event.speakers == ("javier-milei",) and event.participants == ("emmanuel-macron",)


def test_a_forwarded_first_person_post_in_italian_is_its_authors():
    text = "Oggi a Lussemburgo ho partecipato al Consiglio Affari Esteri. Abbiamo discusso della situazione in Medio Oriente."
    event = _event(text, "it", channel="Farnesina", forwarded_from="Antonio Tajani")
    assert event.speakers == ("antonio-tajani",)


def test_ho_before_a_name_is_not_the_first_person():
    from kg.extract.subjects import _FIRST_PERSON

    assert _FIRST_PERSON.search("Ho incontrato il ministro") and _FIRST_PERSON.search("ieri ho parlato con")
    assert not _FIRST_PERSON.search("Ho Chi Minh City") and not _FIRST_PERSON.search("Ramos visitó Lima")


def test_a_known_surname_of_several_words_alone():
    gazetteer = _extractor().gazetteer
    assert gazetteer.by_long_surname("De la Fuente").ident == "juan-ramon-de-la-fuente"
    assert gazetteer.by_long_surname("Fuente") is None  # one word: kg.extract.people's own rule
    assert gazetteer.by_long_surname("Ramón de la Fuente Blanco") is None  # not the end of the known name
    text = "Entrevista del canciller De la Fuente en Radio Fórmula\n\nEl canciller habló sobre la cumbre."
    assert _event(text, "es", channel="SRE México").speakers == ("juan-ramon-de-la-fuente",)


def test_a_french_minister_by_a_known_surname_alone():
    assert _event("Déclaration de la ministre Joly sur la situation en Haïti", "fr").speakers == ("melanie-joly",)
    # one unknown word after "ministre" is never a new person
    assert _event("Déclaration du ministre Tremblaycourt sur la situation en Haïti", "fr").speakers == ()


def test_a_dateline_with_its_province():
    text = ("Toronto (Ontario), le 3 juin 2025 — La ministre des Affaires étrangères a rencontré aujourd'hui le "
            "ministre japonais des Affaires étrangères.")
    event = _event(text, "fr", channel="Affaires mondiales Canada")
    assert event.location == ("place", "6167865") and event.date == date(2025, 6, 3)


def test_anoche_is_the_day_before():
    text = "Entrevista del canciller con Radio Nacional\n\nAnoche, en entrevista con Radio Nacional, el canciller habló de la cumbre."
    event = _event(text, "es", channel="Cancillería Argentina")
    assert event.date == date(2025, 3, 4) and event.date_inferred
