"""A head of state's or a government's own channel, like the twelfth held-out set's Kremlin, Élysée and Bundesregierung
(kg/data/principal_channels.tsv, kg/data/office_holders.tsv, kg/extract/principals.py): the channel speaks for its
country, and its principal, who held the office on the post's day, is the actor where the post names them or names them
by office alone; the foreign leaders beside them are counterparts.

The cases are written for these tests, with other people, days and wordings than the held-out set's posts; the
expectations are what an annotator following the extraction guidelines would write.
"""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from kg.extract import Extractor
from kg.extract.bodies import channel_country
from kg.extract.principals import holder
from kg.gazetteer import default
from kg.models import Post

CHANNELS = [
    ("Президент России", "ru"),
    ("Пресс-служба Президента России", "ru"),
    ("Kremlin", "ru"),
    ("Élysée", "fr"),
    ("Présidence de la République", "fr"),
    ("Bundesregierung", "de"),
    ("Bundeskanzler 🇩🇪", "de"),  # (a flag after the name)
    ("UK Prime Minister", "gb"),
    ("The White House", "us"),
    ("Akorda", "kz"),
    ("Офіс Президента України", "ua"),
    ("Palazzo Chigi", "it"),
    ("Presidência da República", None),  # no row: no country said
    ("Elysée Montmartre Concerts", None),  # the whole name must be the channel's
]


@pytest.mark.parametrize("name, expected", CHANNELS, ids=[c[0] for c in CHANNELS])
def test_a_head_of_states_channel_speaks_for_its_country(name, expected):
    assert channel_country(name, default()) == expected


HOLDERS = [
    ("ru", "President", date(2010, 3, 1), "dmitry-medvedev"),
    ("ru", "President", date(2012, 5, 7), "vladimir-putin"),  # (the day the successor takes office is theirs)
    ("ru", "President", date(2024, 6, 1), "vladimir-putin"),
    ("de", "Chancellor", date(2025, 5, 5), "olaf-scholz"),
    ("de", "Chancellor", date(2025, 5, 6), "friedrich-merz"),
    ("us", "President", date(2023, 2, 1), "joe-biden"),
    ("us", "President", date(2025, 2, 1), "donald-trump"),
    ("fr", "President", date(2016, 1, 1), None),  # before the first holder kg lists
    ("it", "President", date(2024, 1, 1), "sergio-mattarella"),
    ("ch", "President", date(2024, 1, 1), None),  # no row
]


@pytest.mark.parametrize("country, office, day, expected", HOLDERS, ids=[f"{h[0]}-{h[2]}" for h in HOLDERS])
def test_who_held_the_office_on_a_day(country, office, day, expected):
    assert holder(country, office, day) == expected


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _event(extractor, channel: str, text: str, day: datetime, language: str):
    post = Post(source="test", title=text.split("\n")[0], text=text, message_id=1, published=day, channel=channel,
                language=language)
    return extractor.extract(post).event


# channel, text, language, published, speakers, participants (subsets), a country among the sides
CASES = [
    # named bare as the actor, a counterpart named in the title
    ("Президент России", "Встреча с Президентом Соединённых Штатов Америки Джо Байденом\n\nВладимир Путин провёл "
     "переговоры с Джо Байденом в Женеве.", "ru", datetime(2021, 6, 16, 18, tzinfo=timezone.utc),
     ("vladimir-putin",), ("joe-biden",), "ru"),
    # two leaders as the subject: the foreign one is the counterpart
    ("Kremlin", "Talks with President of the United States Donald Trump\n\nVladimir Putin and Donald Trump discussed "
     "the situation in Ukraine by telephone.", "en", datetime(2025, 3, 18, 17, tzinfo=timezone.utc),
     ("vladimir-putin",), ("donald-trump",), "ru"),
    # the principal and a foreign leader joined in one phrase: the leader is the counterpart
    ("Президент России", "Российско-американские переговоры\n\n16 июня 2021 года, Женева\n\nВ Женеве (Швейцария) состоялись "
     "переговоры Президента России Владимира Путина и Президента Соединённых Штатов Америки Джозефа Байдена. Беседа прошла в "
     "узком составе: с российской стороны в ней участвовал Министр иностранных дел Сергей Лавров, с американской – "
     "Государственный секретарь Энтони Блинкен.", "ru", datetime(2021, 6, 16, 15, tzinfo=timezone.utc),
     ("vladimir-putin", "sergey-lavrov"), ("antony-blinken", "joe-biden"), "ru"),
    # the office alone, in the Élysée's channel
    ("Élysée", "Entretien avec le Chancelier fédéral Olaf Scholz\n\nLe Président de la République a reçu le Chancelier "
     "fédéral Olaf Scholz au Palais de l'Élysée.", "fr", datetime(2023, 6, 7, 18, tzinfo=timezone.utc),
     ("emmanuel-macron",), ("olaf-scholz",), "fr"),
    # the office alone, in English, in the White House's channel; the day says who
    ("The White House", "The President spoke with Prime Minister Narendra Modi\n\nThe President spoke today with Prime "
     "Minister Narendra Modi of India about trade.", "en", datetime(2023, 9, 9, 12, tzinfo=timezone.utc),
     ("joe-biden",), ("narendra-modi",), "us"),
]


@pytest.mark.parametrize("channel, text, language, day, speakers, participants, country", CASES, ids=[c[1][:30] for c in CASES])
def test_the_principal_of_a_head_of_states_channel_is_the_actor(extractor, channel, text, language, day, speakers,
                                                                participants, country):
    event = _event(extractor, channel, text, day, language)
    assert event.speakers[: len(speakers)] == speakers
    assert set(participants) <= set(event.participants)
    assert country in event.countries


# the principal is not added: another's office, another's speaker, a ministry's channel
NOT_ADDED = [
    # another country's president by the same office
    ("Élysée", "Visite d'État du Président de la République de Corée\n\nLe Président de la République de Corée est "
     "arrivé à Paris.", "fr", datetime(2023, 11, 20, 9, tzinfo=timezone.utc), "emmanuel-macron"),
    # the government's spokesperson speaks of the Chancellor's trip
    ("Bundesregierung", "Regierungspressekonferenz\n\nRegierungssprecher Steffen Hebestreit informierte über die Reise "
     "des Bundeskanzlers nach Rom.", "de", datetime(2023, 3, 1, 11, tzinfo=timezone.utc), "olaf-scholz"),
    # a foreign ministry's channel is no head of state's
    ("МИД России", "Встреча с Послом Франции\n\nПрезидент России подписал указ.", "ru",
     datetime(2024, 2, 1, 9, tzinfo=timezone.utc), "vladimir-putin"),
]


@pytest.mark.parametrize("channel, text, language, day, principal", NOT_ADDED, ids=[c[1][:30] for c in NOT_ADDED])
def test_the_principal_is_not_read_into_anothers_words(extractor, channel, text, language, day, principal):
    assert principal not in _event(extractor, channel, text, day, language).speakers


# a ministry's channel: its own minister is the actor where the title names only the counterpart
OWN_ACTOR = [
    ("Cancillería de Cuba", "Canciller cubano conversa con Sergey Lavrov\n\nEste jueves, el Canciller Bruno Rodríguez "
     "Parrilla sostuvo una conversación telefónica con el Ministro de Asuntos Exteriores de Rusia, Sergey Lavrov.", "es",
     ("bruno-rodriguez-parrilla",), ("sergey-lavrov",)),
    ("Ministry of Foreign Affairs - Pakistan", "Visit of the Foreign Minister of China Wang Yi\n\nDeputy Prime Minister and "
     "Foreign Minister Mohammad Ishaq Dar received the Foreign Minister of China, Wang Yi, in Islamabad today.", "en",
     ("ishaq-dar",), ("wang-yi",)),
    # the foreign minister is the sentence's subject: left as read
    ("Cancillería de Cuba", "Visita de Sergey Lavrov\n\nEl Ministro Sergey Lavrov se reunió con el Canciller Bruno "
     "Rodríguez Parrilla en La Habana.", "es", ("sergey-lavrov",), None),
]


@pytest.mark.parametrize("channel, text, language, speakers, participants", OWN_ACTOR, ids=[c[1][:30] for c in OWN_ACTOR])
def test_a_ministrys_own_minister_is_the_actor_before_the_counterpart(extractor, channel, text, language, speakers,
                                                                      participants):
    event = _event(extractor, channel, text, datetime(2025, 3, 6, 12, tzinfo=timezone.utc), language)
    assert event.speakers == speakers
    if participants:
        assert set(participants) <= set(event.participants)


# the principal named by office alone in their own channel, and not where the office is another body's
UNNAMED = [
    ("Akorda", "Глава государства принял Премьер-министра", ("kassym-jomart-tokayev",)),
    ("Palazzo Chigi", "Il Presidente del Consiglio ha ricevuto a Palazzo Chigi il Primo Ministro", ("giorgia-meloni",)),
    ("Palazzo Chigi", "Il Presidente del Consiglio europeo ha parlato a Bruxelles", ()),
]


@pytest.mark.parametrize("channel, title, speakers", UNNAMED, ids=[u[1][:30] for u in UNNAMED])
def test_the_principal_by_office_alone_in_their_channel(channel, title, speakers):
    post = Post(source="test", title=title, text=f"{title}\n\nIl colloquio è stato cordiale.", message_id=1,
                language="ru" if channel == "Akorda" else "it", published=datetime(2025, 5, 14, 10, tzinfo=timezone.utc),
                channel=channel)
    assert Extractor().extract(post).event.speakers == speakers
