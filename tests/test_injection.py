"""Text from posts, channel names and hashtags never break out into Turtle, IRIs or SPARQL."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from kg.builder import BuildOptions, build
from kg.iris import Minter, slug, tag_segment

NASTY = [
    '"""', "'''", ">", "<", "\\", "#", "\n", "\r\n", "<script>alert(1)</script>", " spaced name ",
    "{}|^`", "%20%", "a\u0000b", "\u202e\u200d", "🇷🇺🇨🇳", "\\u0022", '"; DROP ALL ; "', "} ; DELETE WHERE { ?s ?p ?o }",
    "http://evil.example/?q=<x>", "..", "/", "?", "x" * 500,
]
IRI_SAFE = re.compile(r'^[^\x00-\x20<>"{}|^`\\]+$')


def _export(tmp_path: Path) -> Path:
    messages = []
    for n, text in enumerate(NASTY, 1):
        tag = "t" + re.sub(r"\s", "_", text)[:30]
        messages.append({
            "id": n, "type": "message", "date": "2024-05-01T10:00:00", "date_unixtime": str(1714557600 + n),
            "from": text, "forwarded_from": f"Chan {text}",
            "text": [f"{text} Minister of Foreign Affairs of Peru Elmer Schialer met {text} ", {"type": "hashtag", "text": "#" + tag}],
            "text_entities": [{"type": "plain", "text": f"{text} Minister of Foreign Affairs of Peru Elmer Schialer met {text} "},
                              {"type": "hashtag", "text": "#" + tag},
                              {"type": "text_link", "text": "link", "href": f"https://example.org/{text}"}],
        })
    path = tmp_path / "result.json"
    path.write_text(json.dumps({"name": f"Channel {NASTY[0]}{NASTY[2]}", "type": "public_channel", "id": 42,
                                "messages": messages}, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt, ox_format", [("turtle", ox.RdfFormat.TURTLE), ("nt", ox.RdfFormat.N_TRIPLES),
                                            ("trig", ox.RdfFormat.TRIG), ("jsonld", ox.RdfFormat.JSON_LD)])
def test_hostile_text_gives_valid_rdf_with_valid_iris(tmp_path, fmt, ox_format):
    out = tmp_path / f"out.{fmt}"
    summary = build([str(_export(tmp_path))], str(out), BuildOptions(fmt=fmt))
    assert summary.posts == len(NASTY)
    assert summary.violations == 0
    quads = list(ox.parse(path=str(out), format=ox_format))
    assert quads
    for quad in quads:
        for term in (quad.subject, quad.predicate, quad.object):
            if isinstance(term, ox.NamedNode):
                assert IRI_SAFE.match(term.value), term.value
    texts = {q.object.value for q in quads if q.predicate.value.endswith("#text")}
    assert any('"""' in t for t in texts) and any("<script>" in t for t in texts)  # kept, as data


def test_rdflib_reads_the_hostile_turtle_too(tmp_path):
    out = tmp_path / "out.ttl"
    build([str(_export(tmp_path))], str(out), BuildOptions(validate=False))
    graph = rdflib.Graph().parse(str(out), format="turtle")
    assert len(graph) == len(list(ox.parse(path=str(out), format=ox.RdfFormat.TURTLE)))


@pytest.mark.parametrize("text", NASTY)
def test_minted_iri_segments_are_safe(text):
    minter = Minter()
    for iri in (minter.channel(text), minter.entity("person", slug(text)), minter.entity("hashtag", tag_segment(text or "x")),
                minter.post_of_text(text, "abc"), minter.post_of_message(text, None, 1)):
        assert IRI_SAFE.match(iri), iri
        ox.NamedNode(iri)  # pyoxigraph accepts it as an IRI


def test_a_hostile_forwarded_from_line_in_a_text_copy(tmp_path):
    copy = tmp_path / "copy.txt"
    copy.write_text('Forwarded from Evil <"> Channel\\ {x} #tag\nStatement on "quotes" and <tags> #Good\nBody \\ text.\n',
                    encoding="utf-8")
    out = tmp_path / "copy.ttl"
    summary = build([str(copy)], str(out))
    assert summary.violations == 0
    labels = [q.object.value for q in ox.parse(path=str(out), format=ox.RdfFormat.TURTLE)
              if q.predicate.value.endswith("rdf-schema#label") and "Channel" in q.object.value]
    assert labels == ['Evil <"> Channel\\ {x} #tag']
