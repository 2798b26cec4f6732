"""Channels like the eighteenth held-out set's (tests/data/heldout18/): a title naming whose words the post gives
("Statement by X at …", "Discours de M. X …") makes X a person kg need not know; a Russian office of a body in the
genitive ("Заместитель Председателя Кабинета Министров, министр …") is no name; notices in English, German, Spanish
and French, also under a bare "Communiqué" title, and the days they announce mid-sentence; the channel's own official
is the actor of a post of one paragraph ("Im Gespräch mit … betonte Botschafter X …").

The cases are written for these tests, with other people, places, days and wordings than the held-out set's posts;
the expectations are what an annotator following the extraction guidelines would write.
"""
from __future__ import annotations

from datetime import date

import pytest
from channelcases import event_of, utc

from kg.extract.authored import authored_names
from kg.extract.eventday import announced_days
from kg.extract.kinds import event_type
from kg.extract.people import find_people
from kg.gazetteer import default
from kg.models import EventInfo


def _event(text: str, language: str, channel: str) -> EventInfo:
    return event_of(text, language, channel, utc(2025, 3, 4))


@pytest.mark.parametrize("title, name", [
    ("Statement by Tamar Kvaratskhelia at the 58th session of the Human Rights Council", "Tamar Kvaratskhelia"),
    ("🔹 Remarks by H.E. Oyun Sanjaasuren at the Ulaanbaatar Dialogue", "Oyun Sanjaasuren"),
    ("Discours de M. Ousmane Sidibé devant l'Assemblée nationale", "Ousmane Sidibé"),
    ("Intervención de Ramiro Quispe Mamani en la Asamblea General de la OEA", "Ramiro Quispe Mamani"),
    ("Rede von Klara Brinkmann beim Deutsch-Russischen Forum", "Klara Brinkmann"),
])
def test_a_title_naming_whose_words_makes_a_person(title, name):
    assert [title[a:b] for a, b in authored_names(title, None)] == [name]


@pytest.mark.parametrize("title", [
    "Statement by the Ministry of Foreign Affairs of Georgia",
    "Statement by the Spokesperson on the situation in the Middle East",
    "The minister made a statement by video link",
])
def test_a_title_naming_a_body_or_no_one_makes_no_person(title):
    assert authored_names(title, None) == []


def test_an_unknown_authors_statement_has_them_as_speaker():
    text = ("Statement by Tamar Kvaratskhelia at the 58th session of the Human Rights Council\n\n"
            "\"We call on all states to respect the territorial integrity of their neighbours.\"")
    event = _event(text, "en", channel="MFA of Georgia")
    assert event.type == "Statement" and event.speakers == ("tamar-kvaratskhelia",)


def test_a_body_in_the_genitive_after_an_office_is_no_name():
    text = "Первый заместитель Председателя Кабинета Министров, министр экономики Ахмед Курбанов провёл встречу."
    surfaces = [hit.mention.surface for hit in find_people(text, default(), "ru")]
    assert "Кабинета Министров" not in surfaces and "Ахмед Курбанов" in surfaces


@pytest.mark.parametrize("title, text, expected", [
    ("Information for Georgian citizens travelling to Türkiye", "", "Announcement"),
    ("Hinweis zu Terminen in der Visastelle", "", "Announcement"),
    ("Konsularischer Sprechtag in Jekaterinburg", "", "Announcement"),
    ("Comunicado", "La Embajada informa que se realizará una jornada consular en Santa Cruz.", "Announcement"),
    ("Communiqué", "L'Ambassade informe les Sénégalais établis à l'étranger que le recensement commence lundi.",
     "Announcement"),
    ("Communiqué", "Le Gouvernement condamne fermement l'attaque perpétrée contre la base de Kidal.", "Statement"),
])
def test_notices(title, text, expected):
    assert event_type(title, title + "\n\n" + text if text else title) == expected


@pytest.mark.parametrize("line, start, end", [
    ("L'Ambassade informe les Sénégalais établis à l'étranger que les inscriptions auront lieu du 3 au 7 février 2025 "
     "à Lyon.", date(2025, 2, 3), date(2025, 2, 7)),
    ("La Cancillería informa que los días 21 y 22 de mayo de 2025 se realizará la feria consular.",
     date(2025, 5, 21), date(2025, 5, 22)),
])
def test_a_notices_days_mid_sentence(line, start, end):
    found = announced_days(["Communiqué", line])
    assert found is not None and found.resolve(found.year) == (start, end)


def test_a_notices_deadline_is_no_day():
    assert announced_days(["Hinweis", "Anträge werden bis 3.–5. Dezember 2025 angenommen."]) is None


def test_a_notice_dated_mid_sentence_gets_its_days():
    text = ("Communiqué\n\nLe Ministère informe les Maliens établis à l'extérieur que les demandes de cartes consulaires "
            "seront reçues du 10 au 14 mars 2025 à Dakar.")
    event = _event(text, "fr", channel="Ministère des Affaires étrangères du Mali")
    assert (event.type, event.date, event.end_date) == ("Announcement", date(2025, 3, 10), date(2025, 3, 14))


def test_the_own_official_acts_in_a_post_of_one_paragraph():
    text = ("Im Gespräch mit dem Stellvertretenden Außenminister Alexander Gruschko am 3. März betonte Botschafter "
            "Graf Lambsdorff die Bedeutung des Dialogs.")
    event = _event(text, "de", channel="Deutsche Botschaft Moskau")
    assert event.speakers == ("alexander-graf-lambsdorff",) and event.participants == ("alexander-grushko",)


def test_a_counterpart_after_a_long_spanish_office():
    text = ("Canciller conversó con su homólogo de Chile\n\nEste martes, el Canciller Valdrack Jaentschke sostuvo una "
            "conversación telefónica con el Ministro de Relaciones Exteriores de la República de Chile, Alberto van "
            "Klaveren, con quien repasó la agenda bilateral.")
    event = _event(text, "es", channel="Cancillería de Nicaragua")
    assert event.speakers == ("valdrack-jaentschke",) and event.participants == ("alberto-van-klaveren",)


def test_whom_a_delegation_is_led_by_takes_part():
    text = ("Le Ministre Diop a reçu une délégation de la CEDEAO\n\nLe Ministre des Affaires étrangères a reçu en audience "
            "une délégation de la Commission de la CEDEAO conduite par son Président, M. Omar Alieu Touray.")
    event = _event(text, "fr", channel="Ministère des Affaires étrangères du Mali")
    assert event.speakers == ("abdoulaye-diop",) and "omar-alieu-touray" in event.participants
