"""Plain, frozen dataclasses passed between the stages of kg.

Readers yield :class:`Post`; the extractor turns a post into mentions; :mod:`kg.rdf` maps
those to triples. Nothing here knows about RDF or the command line.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone


@dataclass(frozen=True)
class Post:
    """One channel post, read once, with its fullest text and what the input says about it."""

    source: str
    """The input it was read from: a path as given, or ``<stdin>``."""
    title: str
    """The first meaningful line: no artefact line, no line of only hashtags."""
    text: str
    """The whole text, artefact lines removed, repeated bodies merged."""
    start_line: int | None = None
    """1-based first line the post spans in a text copy (its ``Forwarded from`` line included)."""
    end_line: int | None = None
    """1-based last line the post spans in a text copy."""
    message_id: int | None = None
    published: datetime | None = None
    """Publication time in UTC, where the input has it."""
    edited: datetime | None = None
    channel: str | None = None
    """The channel the post was published in or collected from, where known."""
    channel_id: int | None = None
    forwarded_from: str | None = None
    language: str | None = None
    """ISO 639-1 code of the text's language, where it could be told."""
    hashtags: tuple[str, ...] = ()
    """Hashtags as written, without ``#``, in order of first appearance, each once."""
    links: tuple[str, ...] = ()
    has_media: bool | None = None
    """True where the post had media (a photo, a video, a "Media is too big" line); None where unknown."""
    index: int = 0
    """0-based position of the post in its source, in the order read."""
    position: int | None = None
    """1-based position of the message in an export's ``messages`` list (service messages counted)."""

    def to_json(self) -> dict:
        """The post as the JSON object `kg posts --format jsonl` prints."""
        return {
            "source": self.source,
            "start_line": self.start_line,
            "end_line": self.end_line,
            "message_id": self.message_id,
            "published": _iso(self.published),
            "edited": _iso(self.edited),
            "channel": self.channel,
            "channel_id": self.channel_id,
            "forwarded_from": self.forwarded_from,
            "title": self.title,
            "text": self.text,
            "language": self.language,
            "hashtags": list(self.hashtags),
            "links": list(self.links),
            "has_media": self.has_media,
        }


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class Problem:
    """Something in the input kg skipped or could not read, with where and why."""

    source: str
    reason: str
    line: int | None = None
    message_id: int | None = None
    skipped: bool = True
    """False for a notice about something kg mended and kept (e.g. a replaced character)."""

    @property
    def where(self) -> str:
        if self.line is not None:
            return f"{self.source}:{self.line}"
        if self.message_id is not None:
            return f"{self.source}: message {self.message_id}"
        return self.source

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


__all__ = ["Entity", "EventInfo", "Extraction", "HashtagRef", "Mention", "Post", "Problem"]


@dataclass(frozen=True)
class Entity:
    """A real-world entity, fully described: what :mod:`kg.rdf` writes for it once per graph."""

    kind: str
    """person | org | place | country"""
    ident: str
    """Its identifier under its kind: a slug, a GeoNames id, an ISO 3166-1 alpha-2 code (lower case)."""
    labels: tuple[tuple[str, str], ...]
    """Canonical names as (language, text): one per language."""
    alt_labels: tuple[tuple[str, str], ...] = ()
    """Other surface forms as (language or '', text)."""
    same_as: tuple[str, ...] = ()
    """Wikidata or GeoNames IRIs, only where a verifiable source gives them."""
    country: str | None = None
    """For a city: its country's code; for a person: the country they hold office for."""
    role: str | None = None
    """For a person: the office as stated, e.g. 'Foreign Minister'."""
    code: str | None = None
    """For a country: ISO 3166-1 alpha-2, upper case."""

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.ident)

    @property
    def name(self) -> str:
        for language, text in self.labels:
            if language == "en":
                return text
        return self.labels[0][1] if self.labels else self.ident


@dataclass(frozen=True)
class Mention:
    """One place in a post's text that names an entity."""

    kind: str
    ident: str
    surface: str
    start: int = -1
    """Character offsets in :attr:`Post.text` (-1 where the mention came from elsewhere, e.g. a flag)."""
    end: int = -1


@dataclass(frozen=True)
class HashtagRef:
    tag: str
    denotes: tuple[tuple[str, str], ...] = ()
    """(kind, ident) of each entity the tag names."""


@dataclass(frozen=True)
class EventInfo:
    """The event a post reports."""

    type: str = "Other"
    date: date | None = None
    end_date: date | None = None
    date_inferred: bool = False
    location: tuple[str, str] | None = None
    speakers: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()


@dataclass(frozen=True)
class Extraction:
    """Everything kg found in one post."""

    post: Post
    event: EventInfo
    mentions: tuple[Mention, ...] = ()
    entities: tuple[Entity, ...] = ()
    hashtags: tuple[HashtagRef, ...] = ()
    partial_date: object = None
    """A date found without its year (a :class:`kg.extract.dates.FoundDate`), left for
    :mod:`kg.extract.years` to complete from the neighbouring posts."""
