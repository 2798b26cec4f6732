"""Channels like the seventeenth held-out set's (tests/data/heldout17/): a foreign ministry's name that many
ministries share ("o Ministério das Relações Exteriores", Brazil's in kg's data and Angola's too) is the channel's own
where the post names no other country, while one ministry's own name ("the Federal Foreign Office") stays its own;
Portuguese, Spanish and English notices and press releases; a known person's own post in the first person,
forwarded, is theirs even where another person would be read as the actor, and Arabic verbs of "I" say so; a
channel named in two scripts ("Ayman Safadi أيمن الصفدي").

The cases are written for these tests, with other people, places, days and wordings than the held-out set's posts;
the expectations are what an annotator following the extraction guidelines would write.
"""
from __future__ import annotations

import functools
from datetime import datetime, timezone

import pytest

from kg.extract import Extractor
from kg.extract.kinds import event_type
from kg.models import EventInfo, Post


@functools.lru_cache(maxsize=1)
def _extractor() -> Extractor:
    return Extractor()


def _event(text: str, language: str, channel: str, forwarded_from: str | None = None) -> EventInfo:
    post = Post(source="test", title=text.split("\n")[0], text=text, message_id=1, channel=channel, language=language,
                forwarded_from=forwarded_from, published=datetime(2025, 6, 3, 9, tzinfo=timezone.utc))
    return _extractor().extract(post).event


@pytest.mark.parametrize("title, expected", [
    ("Aviso aos cidadãos angolanos residentes em França", "Announcement"),
    ("Consulado móvel em Joanesburgo", "Announcement"),
    ("Consulado itinerante en Houston, Texas", "Announcement"),
    ("Advisory for Thai nationals in Myanmar", "Announcement"),
    ("Comunicado de Imprensa", "Statement"),
])
def test_notices_and_press_releases(title, expected):
    assert event_type(title, title) == expected


def test_a_shared_ministry_name_in_a_channel_of_another_country_is_its_own():
    text = ("Comunicado de Imprensa\n\nO Ministério das Relações Exteriores saúda a assinatura do acordo de paz entre "
            "o Sudão do Sul e o Sudão.")
    event = _event(text, "pt", channel="MIREX Angola 🇦🇴")
    assert event.type == "Statement" and "ministry-of-external-relations-of-angola" in event.organisations


def test_a_shared_ministry_name_stays_where_the_post_names_its_country():
    text = ("Comunicado de Imprensa\n\nO Ministério das Relações Exteriores, em Brasília, anunciou que o Brasil vai "
            "apoiar o acordo de paz.")
    assert "ministry-of-external-relations-of-angola" not in _event(text, "pt", channel="MIREX Angola 🇦🇴").organisations


def test_one_ministrys_own_name_stays_its_own():
    text = ("Comment on the sanctions\n\nThe Federal Foreign Office has summoned our Ambassador once again.")
    organisations = _event(text, "en", channel="Russian Embassy in Germany").organisations
    assert "federal-foreign-office" in organisations


def test_a_forwarded_post_in_arabic_in_the_first_person():
    text = "التقيت اليوم في عمّان وزير الخارجية الإسباني خوسيه مانويل ألباريس وبحثنا العلاقات الثنائية."
    event = _event(text, "ar", channel="وزارة الخارجية وشؤون المغتربين 🇯🇴", forwarded_from="Ayman Safadi أيمن الصفدي")
    assert event.speakers == ("ayman-safadi",) and event.participants == ("jose-manuel-albares",)


def test_a_known_authors_first_person_post_is_theirs():
    text = "Today in Beijing I held talks with Foreign Minister Wang Yi on the preparations for the summit."
    event = _event(text, "en", channel="MFA Russia", forwarded_from="Sergey Lavrov")
    assert event.speakers == ("sergey-lavrov",) and event.participants == ("wang-yi",)


def test_a_quoted_we_makes_no_channel_a_person():
    text = "💬 Александр Лукашенко:\n\n«Мы никогда не забудем, какой ценой досталась Победа»."
    event = _event(text, "ru", channel="МИД Беларуси", forwarded_from="Пул Первого")
    assert event.speakers == ("alexander-lukashenko",)
