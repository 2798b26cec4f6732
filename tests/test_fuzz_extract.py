"""Extraction never crashes on any text, and what it makes always conforms to the shapes."""
from __future__ import annotations

import io

import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.extract import Extractor, resolve_years
from kg.models import Post
from kg.rdf import GraphMapper
from kg.readers.text import read_text_copy
from kg.validation import _to_rdflib, load_shapes, validate_graph

# Text that looks like posts: words of channel posts mixed with arbitrary Unicode, emoji, marks.
_PIECES = st.sampled_from([
    "Foreign Minister", "Sergey Lavrov", "met with", "’s remarks", "(Moscow, September 2, 2024)", "📍 ",
    "Cairo, December 19", "#BRICS", "#RussiaChina", "🇷🇺🇨🇳", "On May 20-21,", "Minister of Foreign Affairs of",
    "the Republic of", "Seychelles", "Barry Faure", "\n", "Forwarded from X\n", "Read in full\n", "💬 ", ": ",
    "\u200f", "\u200d", "\u0000", "\ufeff", "<script>", '"""', "\\", ">", "#", "le 9 septembre", "4 ноября",
    "30 February 2024", "99 December 20999", "ШОС", "SCO", "in Lima", "welcome you to Quito",
])
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=40).map("".join)


def _post(text: str, n: int) -> Post:
    lines = [line for line in text.split("\n") if line.strip()] or [""]
    return Post(source="fuzz.txt", title=lines[0].strip(), text=text, language="en", start_line=n + 1, end_line=n + 1,
                hashtags=tuple(t for t in ("BRICS", "RussiaChina") if "#" + t in text), index=n)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_TEXT, min_size=1, max_size=4))
def test_extraction_never_crashes_and_its_graph_conforms(texts):
    extractor = Extractor()
    mapper = GraphMapper()
    triples = []
    for extraction in resolve_years(extractor.extract(_post(t, n)) for n, t in enumerate(texts)):
        triples.extend(mapper.triples(extraction))
    graph = rdflib.Graph()
    for triple in triples:
        graph.add(_to_rdflib(triple))
    assert not [r for r in validate_graph(graph, _shapes()) if r.severity == "Violation"]
    turtle = ox.serialize(triples, format=ox.RdfFormat.TURTLE)
    assert len(list(ox.parse(turtle, format=ox.RdfFormat.TURTLE))) == len(set(triples))


@settings(max_examples=80, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text()), max_size=60).map("".join), st.sampled_from(["\n", "\r\n", "\r"]))
def test_text_reader_never_crashes_and_its_post_spans_never_overlap(text, newline):
    data = text.replace("\n", newline).encode("utf-8", "surrogatepass")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return  # not UTF-8: the reader reports it (tested elsewhere)
    problems = []
    try:
        posts = list(read_text_copy("fuzz.txt", io.BytesIO(data), problems.append))
    except Exception as exc:  # only the documented input error is allowed
        from kg.errors import InputError

        assert isinstance(exc, InputError)
        return
    spans = [(p.start_line, p.end_line) for p in posts]
    assert spans == sorted(spans)
    assert all(a <= b for a, b in spans)
    assert all(spans[i][1] < spans[i + 1][0] for i in range(len(spans) - 1))


_SHAPES = []


def _shapes():
    if not _SHAPES:
        _SHAPES.append(load_shapes())
    return _SHAPES[0]


@pytest.mark.parametrize("sentence", [
    "Sergey Lavrov met Wang Yi in Beijing. ",
    "Minister of Foreign Affairs of the Russian Federation Sergey Lavrov held talks with Foreign Minister of China Wang Yi. ",
])
def test_a_one_megabyte_line_is_read_extracted_written_and_conforms(tmp_path, sentence):
    """The issue's '1 MB lines': one in a text copy, one in an export; both posts are in the graph.

    Regression: such posts never finished. The location search compared each of 27,000 "in Beijing"
    candidates with each of 54,000 name mentions, and each office looked through every country and
    organisation named for the ones next to it (both quadratic in the length of a post)."""
    import json

    from kg.builder import BuildOptions, build

    line = (sentence * (1_000_000 // len(sentence) + 1))[:1_000_000]
    copy = tmp_path / "copy.txt"
    copy.write_text(f"Forwarded from MFA Russia 🇷🇺\nA post with one long line\n{line}\n", encoding="utf-8")
    export = tmp_path / "result.json"
    export.write_text(json.dumps({"name": "C", "type": "public_channel", "id": 1, "messages": [
        {"id": 1, "type": "message", "date_unixtime": "1700000000", "text": line},
        {"id": 2, "type": "message", "date_unixtime": "1700000001", "text": "A short one #BRICS"}]}), encoding="utf-8")
    for source, posts in ((copy, 1), (export, 2)):
        out = tmp_path / f"{source.stem}.ttl"
        summary = build([str(source)], str(out), BuildOptions(jobs=1))
        assert (summary.posts, summary.problems, summary.violations) == (posts, [], 0)
        texts = [q.object.value for q in ox.parse(path=str(out), format=ox.RdfFormat.TURTLE)
                 if q.predicate.value.endswith("#text")]
        assert any(len(text) >= len(line.strip()) for text in texts)
