"""A title's genre prefix ("MFA Press Release: …") gives way to the event the rest of the title names
(kg/extract/genre.py); a title whose rest names no event stays what its genre makes it."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from kg.extract import Extractor
from kg.extract.genre import after_genre
from kg.models import Post

# title, the rest after the genre or None
PREFIXES = [
    ("MFA Press Release: Visit of the Prime Minister to Viet Nam", "Visit of the Prime Minister to Viet Nam"),
    ("Press Statement: Call on the Minister by the Ambassador of Chile", "Call on the Minister by the Ambassador of Chile"),
    ("Media Release - Minister's visit", None),  # no colon: no genre prefix
    ("Press Release:", None),
    ("The press release of the summit", None),
]


@pytest.mark.parametrize("title, expected", PREFIXES, ids=[p[0] for p in PREFIXES])
def test_after_genre(title, expected):
    assert after_genre(title) == expected


# title, event type
TYPES = [
    ("MFA Press Release: Minister Tan's Attendance at the 57th ASEAN Foreign Ministers' Meeting, 24 to 27 July 2024", "MultilateralMeeting"),
    ("MFA Press Release: Official Visit by the Prime Minister of Viet Nam to Singapore, 10 to 12 March 2025", "Visit"),
    ("MFA Press Statement: Singapore welcomes the peace agreement", "Statement"),
]


@pytest.mark.parametrize("title, expected", TYPES, ids=[t[0] for t in TYPES])
def test_the_rest_of_the_title_names_the_event(title, expected):
    text = title + "\n\nSenior officials of the Ministry of Foreign Affairs are in the delegation."
    post = Post(source="test", title=title, text=text, message_id=1, language="en", channel="MFA Singapore",
                published=datetime(2024, 7, 9, 9, tzinfo=timezone.utc))
    assert Extractor().extract(post).event.type == expected
