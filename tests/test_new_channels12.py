"""Channels like the twelfth held-out set's (tests/data/heldout12/), beyond their principals (tests/test_principals.py):
words at a summit (a speech, an address, a doorstep) as a Statement, a call received as a PhoneCall, a bilateral or
trilateral "entretien" and "a reçu" as a Meeting, a draft resolution presented before an assembly as a Statement, an
open day's notice as an Announcement.

The cases are written for these tests, with other people, places, days and wordings than the held-out set's posts;
the expectations are what an annotator following the extraction guidelines would write.
"""
from __future__ import annotations

import pytest

from kg.extract.kinds import event_type

# a title (with its body after a blank line), the type kg gives it
TYPES = [
    # words at a summit
    ("G20-Gipfel in Johannesburg\n\n📍 Johannesburg\n\nRede des Bundeskanzlers zur Eröffnung der zweiten Sitzung.", "Statement"),
    ("Sommet de l'OTAN à Vilnius\n\nAllocution du Président de la République devant la presse.", "Statement"),
    ("BRICS Summit in Kazan\n\nRemarks by the Prime Minister at the plenary session.", "Statement"),
    ("Premierminister beim EU-Gipfel: „Wir brauchen eine gemeinsame Antwort“", "Statement"),
    ("President at the G7 Summit: “We stand with our partners”", "Statement"),
    ("Minister addresses the plenary session of the Conference on Disarmament", "Statement"),
    ("PM addressed the UN General Assembly high-level meeting", "Statement"),
    # the summit itself: its words are not the post's opening
    ("Sommet du G20 à Rio\n\nLe Président participe au sommet des chefs d'État.", "MultilateralMeeting"),
    ("G20 Summit: leaders agree on a debt framework", "MultilateralMeeting"),
    ("EU leaders' summit in Brussels\n\nThe leaders discussed the budget. Remarks follow.", "MultilateralMeeting"),
    # calls received, meetings
    ("Foreign Minister receives telephone call from Irish counterpart", "PhoneCall"),
    ("Appel téléphonique avec le Premier ministre japonais", "PhoneCall"),
    ("Entretien bilatéral avec le Chancelier autrichien", "Meeting"),
    ("Le ministre a reçu son homologue marocain au Quai d'Orsay.", "Meeting"),
    ("Le ministre a reçu le prix de la diplomatie culturelle.", "Other"),  # a prize received is no meeting
    # a draft resolution presented before an assembly
    ("La embajadora presenta ante el Consejo de Derechos Humanos el proyecto de resolución sobre el derecho a la "
     "alimentación", "Statement"),
    # open days
    ("Tage der offenen Tür im Auswärtigen Amt am 20. und 21. August", "Announcement"),
    ("Journées portes ouvertes au Quai d'Orsay les 16 et 17 septembre", "Announcement"),
    ("Open day at the Foreign Office on Saturday", "Announcement"),
    ("Jornada de puertas abiertas en el Palacio de Santa Cruz", "Announcement"),
    ("День открытых дверей в Дипломатической академии", "Announcement"),
]


@pytest.mark.parametrize("text, expected", TYPES, ids=[t[0][:40] for t in TYPES])
def test_words_at_a_summit_calls_meetings_and_notices(text, expected):
    assert event_type(text.split("\n")[0], text) == expected


# text, the organisations the gazetteer finds in it
BODIES = [
    ("Der Europäische Rat tagt in Brüssel", ["european-council"]),
    ("Europäischer Rat in Brüssel", ["european-council"]),
    ("Die Kanzlerin nahm an der Tagung des Europäischen Rates teil", ["european-council"]),
    ("vor dem Europäischen Rat", ["european-council"]),
    ("Председатель Государственной Думы открыл заседание", ["state-duma"]),
    ("в интервью телеканалу TF1", ["tf1"]),
    ("im Interview mit dem ZDF", ["zdf"]),
    ("a statement of the Ministry of Foreign Affairs of Pakistan", ["ministry-of-foreign-affairs-of-pakistan"]),
]


@pytest.mark.parametrize("text, expected", BODIES, ids=[b[0][:30] for b in BODIES])
def test_councils_parliaments_media_and_ministries_by_name(text, expected):
    from kg.gazetteer import default

    assert [m.ident for m in default().find(text, ("org",))] == expected


def _orgs(channel: str, text: str, language: str) -> tuple:
    from datetime import datetime, timezone

    from kg.extract import Extractor
    from kg.models import Post

    post = Post(source="test", title=text.split("\n")[0], text=text, message_id=1, channel=channel, language=language,
                published=datetime(2025, 3, 4, 10, tzinfo=timezone.utc))
    return Extractor().extract(post).event.organisations


# channel, text, language, whether the organisation is found
OWN = [
    # a ministry's channel names its ministry bare: Pakistan's, now that kg knows it
    ("Ministry of Foreign Affairs - Pakistan", "Travel advice\n\nThe Crisis Management Unit of the Ministry of Foreign "
     "Affairs can be reached around the clock.", "en", "ministry-of-foreign-affairs-of-pakistan", True),
    # "die Bundesregierung" is Germany's in Germany's channels, not in Austria's
    ("Auswärtiges Amt", "Reisewarnung\n\nDie Bundesregierung rät von Reisen in die Region ab.", "de",
     "federal-government-of-germany", True),
    ("Außenministerium Österreich", "Reisewarnung\n\nDie Bundesregierung rät von Reisen in die Region ab.", "de",
     "federal-government-of-germany", False),
]


@pytest.mark.parametrize("channel, text, language, ident, found", OWN, ids=[o[0] for o in OWN])
def test_a_channels_own_bodies(channel, text, language, ident, found):
    assert (ident in _orgs(channel, text, language)) == found


# a sentence, the people kg finds in it (a known person by their slug, a new one by the slug kg mints)
NAMES = [
    # "bin" goes on to the father's name, even one that is an English word ("Said")
    ("The Minister met the Ambassador of Oman, Khalid bin Said Al-Hinai, today.", ["khalid-bin-said-al-hinai"]),
    ("Le ministre a reçu l'ambassadeur du Qatar, Saoud bin Said Al-Thani.", ["saoud-bin-said-al-thani"]),
    # Afghan and Saudi names kg knows, whole
    ("He called on the Acting Prime Minister, Mohammad Hassan Akhund, in Kabul.", ["mohammad-hassan-akhund"]),
    ("talks with the Acting Foreign Minister of Afghanistan, Amir Khan Muttaqi", ["amir-khan-muttaqi"]),
    ("el embajador de Rusia, Víktor Koronelli, fue recibido", ["viktor-koronelli"]),
]


@pytest.mark.parametrize("text, expected", NAMES, ids=[n[0][:30] for n in NAMES])
def test_names_with_bin_and_khan_are_kept_whole(text, expected):
    from kg.extract.people import find_people
    from kg.gazetteer import default

    language = "fr" if "ministre" in text else "es" if "embajador" in text else "en"
    assert [h.entity.ident for h in find_people(text, default(), language)] == expected


# a spokesperson's briefing: whom it names are other events' people, no counterparts; the channel's country its side
BRIEFINGS = [
    ("Ministry of Foreign Affairs - Pakistan", "Weekly Press Briefing by the Spokesperson\n\nThe Spokesperson announced "
     "that the Foreign Minister will travel to Beijing next week at the invitation of Foreign Minister Wang Yi.", "en", "pk"),
    ("MEA India", "Weekly Media Briefing by the Official Spokesperson\n\nThe Spokesperson said that External Affairs "
     "Minister S. Jaishankar will meet Secretary of State Marco Rubio in Washington.", "en", "in"),
]


@pytest.mark.parametrize("channel, text, language, own", BRIEFINGS, ids=[b[0] for b in BRIEFINGS])
def test_a_briefing_has_no_counterparts_and_its_channels_country(channel, text, language, own):
    from datetime import datetime, timezone

    from kg.extract import Extractor
    from kg.models import Post

    post = Post(source="test", title=text.split("\n")[0], text=text, message_id=1, channel=channel, language=language,
                published=datetime(2025, 4, 4, 10, tzinfo=timezone.utc))
    event = Extractor().extract(post).event
    assert event.type == "Briefing" and event.participants == () and own in event.countries


def test_a_visits_counterpart_the_actor_will_meet():
    """French "s'entretiendra avec" (the future of "s'entretenir avec") is a counterpart's cue, as "s'est entretenu avec" is."""
    from datetime import datetime, timezone

    from kg.extract import Extractor
    from kg.models import Post

    text = ("Visite d'État en Allemagne\n\nDu 26 au 28 mai, le ministre effectue une visite en Allemagne. Il s'entretiendra "
            "avec le Chancelier fédéral Olaf Scholz à Berlin.")
    post = Post(source="test", title=text.split("\n")[0], text=text, message_id=1, channel="France Diplomatie 🇫🇷",
                language="fr", published=datetime(2024, 5, 26, 8, tzinfo=timezone.utc))
    assert "olaf-scholz" in Extractor().extract(post).event.participants


# a text and a name in it: whether the name is what a peace is between (a topic), not a side
PEACE = [
    ("pour la paix entre le peuple arménien et le peuple azerbaïdjanais", "arménien", True),
    ("pour la paix entre le peuple arménien et le peuple azerbaïdjanais", "azerbaïdjanais", True),
    ("une paix durable entre l'Éthiopie et l'Érythrée", "Érythrée", True),
    ("a lasting peace between Armenia and Azerbaijan", "Azerbaijan", True),
    ("peace between the Israeli and Palestinian peoples", "Israeli", True),
    ("The minister met his counterpart from Armenia.", "Armenia", False),
]


@pytest.mark.parametrize("text, name, expected", PEACE, ids=[f"{p[1]}" for p in PEACE])
def test_the_peoples_a_peace_is_between_are_its_topic(text, name, expected):
    from kg.extract.topics import topical

    start = text.index(name)
    assert topical(text, start, start + len(name)) == expected
