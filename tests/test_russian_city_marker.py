"""Russian "г." (город) before a city (kg/extract/russian.py): blanked out, the text's length kept, so that the city is
read as if written alone and the sentence does not end at the abbreviation's dot; a year's "г." stays."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from kg.extract import Extractor, resolve_years
from kg.extract.russian import without_city_marker
from kg.models import Post

# text, what it becomes
MARKERS = [
    ("Переговоры прошли в г. Ташкент.", "Переговоры прошли в    Ташкент."),
    ("📍 г. Душанбе", "📍    Душанбе"),
    ("гор. Алматы, 5 мая 2025 года", "     Алматы, 5 мая 2025 года"),
    ("10 января 2024 г. Министр провёл встречу", "10 января 2024 г. Министр провёл встречу"),  # a year's
    ("в 2024 г. Минск принял саммит", "в 2024 г. Минск принял саммит"),
    ("Вег. Бишкек", "Вег. Бишкек"),  # the end of a word, not the abbreviation
    ("в г. ", "в г. "),
]


@pytest.mark.parametrize("text, expected", MARKERS, ids=[m[0] for m in MARKERS])
def test_city_marker_blanked(text, expected):
    found = without_city_marker(text)
    assert found == expected and len(found) == len(text)


# a post whose place, first sentence and closing dateline each have the marker
POSTS = [
    ("Министр иностранных дел Кыргызской Республики Жээнбек Кулубаев провел переговоры\n\n"
     "15 апреля 2025 года в г. Ош Министр иностранных дел Кыргызской Республики Жээнбек Кулубаев провел "
     "переговоры с Министром иностранных дел Республики Казахстан Муратом Нуртлеу.",
     date(2025, 4, 15), "1527534"),
    ("Заявление Министерства иностранных дел\n\nМинистерство выражает глубокую озабоченность.\n\n"
     "г. Бишкек, 2 февраля 2025 года",
     date(2025, 2, 2), "1528675"),
]


@pytest.mark.parametrize("text, day, place", POSTS, ids=["first sentence", "closing dateline"])
def test_city_after_the_marker_is_the_place(text, day, place):
    post = Post(source="test", title=text.split("\n")[0], text=text, message_id=1, language="ru",
                published=datetime(2025, 4, 15, 9, tzinfo=timezone.utc), channel="МИД Кыргызской Республики 🇰🇬")
    event = list(resolve_years([Extractor().extract(post)]))[0].event
    assert (event.date, event.location[1] if event.location else None) == (day, place)
