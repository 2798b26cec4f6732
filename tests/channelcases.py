"""One post's event, as tests of the rules written for new channels ask for it (tests/test_new_channels*.py): a post
made from its text alone, read by one extractor shared by those tests."""
from __future__ import annotations

import functools
from datetime import datetime, timezone

from kg.extract import Extractor
from kg.models import EventInfo, Extraction, Post


@functools.lru_cache(maxsize=1)
def extractor() -> Extractor:
    return Extractor()


def extraction_of(text: str, language: str, channel: str, published: datetime, forwarded_from: str | None = None) -> Extraction:
    """What kg extracts from a post of ``text`` (its title the first line) in ``channel``: its event and entities."""
    post = Post(source="test", title=text.split("\n")[0], text=text, message_id=1, channel=channel, language=language,
                forwarded_from=forwarded_from, published=published)
    return extractor().extract(post)


def event_of(text: str, language: str, channel: str, published: datetime, forwarded_from: str | None = None) -> EventInfo:
    """The event kg extracts from a post of ``text`` (its title the first line) in ``channel``."""
    return extraction_of(text, language, channel, published, forwarded_from).event


def utc(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, 9, tzinfo=timezone.utc)
