"""The only place that turns posts and what was extracted from them into triples.

Triples are pyoxigraph terms, written in a fixed order: the post, its event, then the entities,
channels and hashtags it is the first to reference (each described once per graph, in full).
Same input, same triples, same order: the output bytes are the same in every run.
"""
from __future__ import annotations

import functools
from datetime import date, datetime, timezone
from typing import Callable, Iterable

from pyoxigraph import Literal, NamedNode, Triple

from kg import iris
from kg.models import Entity, Extraction, HashtagRef, Post
from kg.names import name_key

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
SKOS_ALT = NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
OWL_SAME = NamedNode("http://www.w3.org/2002/07/owl#sameAs")
NAME_KEY = NamedNode(iris.KG + "nameKey")

PREFIXES = {
    "kg": iris.KG,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": XSD,
    "wd": iris.WIKIDATA,
}

_XSD_INTEGER = NamedNode(XSD + "integer")
_XSD_DATE = NamedNode(XSD + "date")
_XSD_DATETIME = NamedNode(XSD + "dateTime")
_XSD_BOOLEAN = NamedNode(XSD + "boolean")
_XSD_STRING = NamedNode(XSD + "string")
_XSD_ANYURI = NamedNode(XSD + "anyURI")

_NAME_LIKE = __import__("regex").compile(r"^\p{L}[\p{L}\p{M}\p{N} .,'’\-]*$")
_CLASS = {"person": "Person", "org": "Organisation", "place": "City", "country": "Country"}


def _keys(names: Iterable[str]) -> list[str]:
    """The distinct non-empty name keys of some names, in order."""
    return [key for key in dict.fromkeys(name_key(name) for name in names) if key]


@functools.lru_cache(maxsize=None)
def kg(term: str) -> NamedNode:
    return NamedNode(iris.KG + term)


def _integer(value: int) -> Literal:
    return Literal(str(value), datatype=_XSD_INTEGER)


def _boolean(value: bool) -> Literal:
    return Literal("true" if value else "false", datatype=_XSD_BOOLEAN)


def _datetime(value: datetime) -> Literal:
    return Literal(value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"), datatype=_XSD_DATETIME)


def _date(value: date) -> Literal:
    return Literal(value.isoformat(), datatype=_XSD_DATE)


def _text(value: str, language: str | None) -> Literal:
    return Literal(value, language=language) if language else Literal(value)


class GraphMapper:
    """Maps extractions to triples for one graph, remembering what it has described already."""

    def __init__(self, minter: iris.Minter | None = None, spans: bool = False):
        self.minter = minter or iris.Minter()
        self.spans = spans
        self._described: set[str] = set()
        self._described_keys: set[tuple[str, str]] = set()  # (kind, ident) of the entities of _described
        self._names: dict[str, set[str]] = {}  # entity IRI -> its labels and altLabels, folded
        self._post_keys: dict[str, int] = {}
        self._iris: dict[tuple[str, str], NamedNode] = {}  # (kind, ident or name) -> node: minted once

    # -- identities -----------------------------------------------------------------------
    def post_iri(self, post: Post) -> str:
        if post.message_id is not None:
            return self.minter.post_of_message(post.channel, post.channel_id, post.message_id)
        digest = iris.text_digest(post.forwarded_from or "", post.text)
        # the same text twice in one file (a copy pasted twice) still gives two posts
        seen = self._post_keys.get(f"{post.source}\x1f{digest}", 0)
        self._post_keys[f"{post.source}\x1f{digest}"] = seen + 1
        if seen:
            digest = f"{digest}-{seen + 1}"
        return self.minter.post_of_text(post.source, digest)

    def _minted(self, key: tuple[str, str], mint: Callable[[], str]) -> NamedNode:
        """The node of ``key``, minted by ``mint`` the first time it is asked for."""
        node = self._iris.get(key)
        if node is None:
            node = self._iris[key] = NamedNode(mint())
        return node

    def entity_iri(self, kind: str, ident: str) -> NamedNode:
        # (_minted's work written out: asked 30 times a post, mostly of nodes minted already)
        node = self._iris.get((kind, ident))
        if node is None:
            node = self._iris[(kind, ident)] = NamedNode(self.minter.entity(kind, ident))
        return node

    def _channel_iri(self, name: str) -> NamedNode:
        return self._minted(("channel", name), lambda: self.minter.channel(name))

    # -- triples --------------------------------------------------------------------------
    def triples(self, extraction: Extraction) -> list[Triple]:
        post = extraction.post
        p = NamedNode(self.post_iri(post))
        e = NamedNode(self.minter.event_of_post(p.value))
        out: list[Triple] = []
        add = out.append
        lang = post.language
        add(Triple(p, RDF_TYPE, kg("Post")))
        if post.title:
            add(Triple(p, kg("title"), _text(post.title, lang)))
        if post.text:
            add(Triple(p, kg("text"), _text(post.text, lang)))
        if lang:
            add(Triple(p, kg("language"), Literal(lang)))
        channels = []
        if post.channel:
            channels.append((kg("channel"), post.channel, post.channel_id))
        if post.forwarded_from:
            channels.append((kg("forwardedFrom"), post.forwarded_from, None))
        for prop, name, _ in channels:
            add(Triple(p, prop, self._channel_iri(name)))
        if post.message_id is not None:
            add(Triple(p, kg("messageId"), _integer(post.message_id)))
        if post.published:
            add(Triple(p, kg("published"), _datetime(post.published)))
        if post.edited:
            add(Triple(p, kg("edited"), _datetime(post.edited)))
        if post.start_line is not None:
            add(Triple(p, kg("sourceFile"), Literal(post.source.replace("\\", "/").rsplit("/", 1)[-1])))
            add(Triple(p, kg("startLine"), _integer(post.start_line)))
            add(Triple(p, kg("endLine"), _integer(post.end_line)))
        if post.has_media is not None:
            add(Triple(p, kg("hasMedia"), _boolean(post.has_media)))
        for link in post.links:
            add(Triple(p, kg("link"), Literal(link, datatype=_XSD_ANYURI)))
        for ref in extraction.hashtags:
            add(Triple(p, kg("hashtag"), self._hashtag_iri(ref.tag)))
        add(Triple(p, kg("reports"), e))
        seen_mentions: set[tuple[str, str]] = set()
        for mention in extraction.mentions:
            key = (mention.kind, mention.ident)
            if key not in seen_mentions:
                seen_mentions.add(key)
                add(Triple(p, kg("mentions"), self.entity_iri(*key)))
        out.extend(self._event(e, post, extraction))
        if self.spans:
            out.extend(self._spans(p, extraction))
        for prop, name, channel_id in channels:
            out.extend(self._channel(name, channel_id))
        for entity in extraction.entities:
            out.extend(self.describe(entity))
        out.extend(self._surface_forms(extraction))
        for ref in extraction.hashtags:
            out.extend(self._hashtag(ref))
        return out

    def _spans(self, post: NamedNode, extraction: Extraction) -> list[Triple]:
        """A kg:Mention for each place in the text that names an entity: which, and where."""
        out: list[Triple] = []
        seen: dict[str, int] = {}
        for mention in extraction.mentions:
            if mention.start < 0 or mention.end <= mention.start:
                continue
            key = f"m{mention.start}-{mention.end}"
            seen[key] = seen.get(key, 0) + 1
            node = NamedNode(f"{post.value}#{key}" + (f"-{seen[key]}" if seen[key] > 1 else ""))
            out += [
                Triple(node, RDF_TYPE, kg("Mention")),
                Triple(node, kg("mentionOf"), self.entity_iri(mention.kind, mention.ident)),
                Triple(node, kg("inPost"), post),
                Triple(node, kg("start"), _integer(mention.start)),
                Triple(node, kg("end"), _integer(mention.end)),
                Triple(node, kg("surface"), Literal(mention.surface)),
            ]
        return out

    def _surface_forms(self, extraction: Extraction) -> list[Triple]:
        """skos:altLabel for each new way a post wrote the name of a described entity."""
        out = []
        for mention in extraction.mentions:
            surface = " ".join(mention.surface.split())
            if mention.kind == "country" or not _NAME_LIKE.match(surface):
                continue  # not a name as people write one ("Sergey #Lavrov", "Council) of")
            node = self.entity_iri(mention.kind, mention.ident)
            names = self._names.get(node.value)
            key = name_key(surface)
            if names is None or not key or key in names:
                continue
            names.add(key)
            out += [Triple(node, SKOS_ALT, _text(surface, extraction.post.language)), Triple(node, NAME_KEY, Literal(key))]
        return out

    def _event(self, e: NamedNode, post: Post, extraction: Extraction) -> Iterable[Triple]:
        event = extraction.event
        yield Triple(e, RDF_TYPE, kg("Event"))
        if post.title:
            yield Triple(e, RDFS_LABEL, _text(post.title, post.language))
        yield Triple(e, kg("eventType"), kg(event.type))
        if event.date:
            yield Triple(e, kg("date"), _date(event.date))
            yield Triple(e, kg("dateInferred"), _boolean(event.date_inferred))
        if event.end_date:
            yield Triple(e, kg("endDate"), _date(event.end_date))
        if event.location:
            yield Triple(e, kg("location"), self.entity_iri(*event.location))
        for prop, kind, idents in (
            ("speaker", "person", event.speakers),
            ("participant", "person", event.participants),
            ("organisation", "org", event.organisations),
            ("country", "country", event.countries),
        ):
            for ident in idents:
                yield Triple(e, kg(prop), self.entity_iri(kind, ident))

    def describe(self, entity: Entity) -> list[Triple]:
        """An entity's triples, the first time it is referenced in this graph; later, none."""
        if entity.key in self._described_keys:
            return []  # (said without reading the node's IRI out of pyoxigraph: most entities are described already)
        node = self.entity_iri(entity.kind, entity.ident)
        if node.value in self._described:
            return []
        self._described.add(node.value)
        self._described_keys.add(entity.key)
        out = [Triple(node, RDF_TYPE, kg(_CLASS[entity.kind]))]
        for language, text in entity.labels:
            out.append(Triple(node, RDFS_LABEL, _text(text, language)))
        for language, text in entity.alt_labels:
            out.append(Triple(node, SKOS_ALT, _text(text, language or None)))
        keys = _keys(text for _, text in entity.labels + entity.alt_labels)
        self._names[node.value] = set(keys)
        out.extend(Triple(node, NAME_KEY, Literal(key)) for key in keys)
        for same in entity.same_as:
            out.append(Triple(node, OWL_SAME, NamedNode(same)))
        if entity.role:
            out.append(Triple(node, kg("role"), Literal(entity.role, language="en")))
        if entity.country and entity.kind in ("place", "person"):
            prop = "inCountry" if entity.kind == "place" else "represents"
            out.append(Triple(node, kg(prop), self.entity_iri("country", entity.country)))
        if entity.code:
            out.append(Triple(node, kg("countryCode"), Literal(entity.code)))
        return out

    def _channel(self, name: str, channel_id: int | None) -> list[Triple]:
        node = self._channel_iri(name)
        if node.value in self._described:
            return []
        self._described.add(node.value)
        out = [Triple(node, RDF_TYPE, kg("Channel")), Triple(node, RDFS_LABEL, Literal(name))]
        out.extend(Triple(node, NAME_KEY, Literal(key)) for key in _keys([name]))
        if channel_id is not None:
            out.append(Triple(node, kg("channelId"), _integer(channel_id)))
        return out

    def _hashtag_iri(self, tag: str) -> NamedNode:
        return self._minted(("#", tag), lambda: self.minter.entity("hashtag", iris.tag_segment(tag)))

    def _hashtag(self, ref: HashtagRef) -> list[Triple]:
        node = self._hashtag_iri(ref.tag)
        if node.value in self._described:
            return []
        self._described.add(node.value)
        out = [
            Triple(node, RDF_TYPE, kg("Hashtag")),
            Triple(node, kg("tag"), Literal(ref.tag)),
            Triple(node, RDFS_LABEL, Literal("#" + ref.tag)),
        ]
        out.extend(Triple(node, NAME_KEY, Literal(key)) for key in _keys([ref.tag]))
        for kind, ident in ref.denotes:
            out.append(Triple(node, kg("denotes"), self.entity_iri(kind, ident)))
        return out
