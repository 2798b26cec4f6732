"""Every IRI kg writes is minted here, and nowhere else.

Instance IRIs live under a base (``--base``, default ``https://w3id.org/tgkg/id/``):
``channel/<slug>``, ``post/<channel>/<message id>`` (exports) or ``post/<file>/<hash>`` (text copies),
``event/…`` (the same suffix as its post), ``person/<slug>``, ``org/<slug>``, ``place/<GeoNames id>``
(or ``place/<slug>`` for a city no gazetteer knows), ``country/<ISO 3166-1 alpha-2, lower case>``,
``hashtag/<tag>``. Slugs keep letters of every script and percent-encode them, so IRIs are plain
URIs that every store accepts, with no spaces or other characters that break Turtle, N-Triples
or SPARQL. The same input gives the same IRIs in every run.
"""
from __future__ import annotations

import hashlib
import unicodedata
from typing import Iterable
from urllib.parse import quote

import regex

from kg.errors import UsageError

KG = "https://w3id.org/tgkg/ontology#"
DEFAULT_BASE = "https://w3id.org/tgkg/id/"
WIKIDATA = "http://www.wikidata.org/entity/"
GEONAMES = "https://sws.geonames.org/"

_NOT_SLUG = regex.compile(r"[^\p{L}\p{M}\p{N}]+")
_IRI_BAD = regex.compile(r"[\x00-\x20<>\"{}|^`\\]")


def slug(text: str) -> str:
    """Lower-case words of any script joined by '-', percent-encoded; never empty."""
    words = _NOT_SLUG.sub("-", unicodedata.normalize("NFC", text).casefold()).strip("-")
    if not words:
        words = "x" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    return quote(words[:80].strip("-"), safe="-")


def tag_segment(tag: str) -> str:
    """A hashtag as an IRI segment: case kept (tags are written as the channel chose), percent-encoded,
    dots and tildes too (a local name ending in '.' trips some Turtle parsers)."""
    return quote(unicodedata.normalize("NFC", tag), safe="").replace(".", "%2E").replace("~", "%7E")


def text_digest(*parts: str) -> str:
    """A short stable digest of text, for posts that have no message id."""
    data = "\x1f".join(unicodedata.normalize("NFC", p) for p in parts).encode("utf-8")
    return hashlib.sha256(data).hexdigest()[:16]


def check_base(base: str) -> str:
    """The base IRI, checked: absolute http(s), ending in '/' or '#', nothing that breaks an IRI."""
    if not regex.match(r"^https?://[^/]+", base) or not base.endswith(("/", "#")) or _IRI_BAD.search(base):
        raise UsageError(
            f"{base!r} is not a usable base IRI",
            hint="give an absolute http(s) IRI ending in '/' or '#', e.g. https://example.org/id/",
        )
    return base


class Minter:
    """Mints the IRIs of one build, under one base."""

    def __init__(self, base: str = DEFAULT_BASE):
        self.base = check_base(base)

    def channel(self, name: str) -> str:
        return f"{self.base}channel/{slug(name)}"

    def post_of_message(self, channel: str | None, channel_id: int | None, message_id: int) -> str:
        return f"{self.base}post/{message_owner(channel, channel_id)}/{message_id}"

    def post_of_text(self, source: str, digest: str) -> str:
        return f"{self.base}post/{slug(_basename(source))}/{digest}"

    def event_of_post(self, post_iri: str) -> str:
        return post_iri.replace(f"{self.base}post/", f"{self.base}event/", 1)

    def entity(self, kind: str, ident: str) -> str:
        """IRI of a person, org, place, country or hashtag from its kind and identifier."""
        if kind not in ("person", "org", "place", "country", "hashtag"):
            raise ValueError(f"unknown entity kind {kind!r}")
        return f"{self.base}{kind}/{ident}"


def message_owner(channel: str | None, channel_id: int | None) -> str:
    """The segment that, with a message id, names an exported post: two posts with the same owner and
    message id have one IRI (:mod:`kg.readers.duplicates` keeps one of them)."""
    return f"c{channel_id}" if channel_id is not None else slug(channel or "unknown")


def _basename(source: str) -> str:
    return source.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]


def check_iri(value: str, option: str = "--graph") -> str:
    """An IRI a user gives (a graph's name), checked before any work: absolute, and one that
    pyoxigraph (and so N-Quads, TriG and SPARQL) accepts."""
    from pyoxigraph import NamedNode

    try:
        NamedNode(value)
    except ValueError as exc:
        raise UsageError(f"{option} {value!r} is not an absolute IRI: {exc}",
                         hint="give an absolute IRI with no spaces, e.g. https://example.org/graph") from None
    return value


def endpoint_graphs(graphs: Iterable[str], endpoint: str | None) -> list[str]:
    """The --graph IRIs of kg query and kg report, checked before any work: only with --endpoint
    (a store's graphs and files are read whole), each an absolute IRI."""
    graphs = list(graphs)
    if graphs and not endpoint:
        raise UsageError("--graph is for --endpoint; a store's graphs and files are read whole",
                         hint="leave --graph out, or query a SPARQL endpoint with --endpoint URL")
    return [check_iri(graph) for graph in graphs]
