"""kg.readstore.ReadStore answers every triple pattern as rdflib's Memory store does, and pySHACL
over it reports what it reports over Memory."""
from __future__ import annotations

import itertools
from pathlib import Path

import pytest
import rdflib

from kg.readstore import ReadStore
from kg.validation import load_shapes, shipped_shapes_text, validate_graph

ROOT = Path(__file__).resolve().parents[1]
BAD = ROOT / "tests" / "data" / "shapes" / "bad"


def _both(path: Path) -> tuple[rdflib.Graph, rdflib.Graph]:
    return rdflib.Graph().parse(str(path)), rdflib.Graph(store=ReadStore()).parse(str(path))


def test_every_triple_pattern_matches_what_memory_gives(graph):
    memory, read = _both(graph)
    assert len(read) == len(memory) > 1000
    triples = sorted(memory)
    sample = triples[:: max(1, len(triples) // 60)] + [(rdflib.URIRef("urn:none"), rdflib.RDF.type, rdflib.Literal("x"))]
    for s, p, o in sample:
        for mask in itertools.product((True, False), repeat=3):
            pattern = tuple(term if keep else None for term, keep in zip((s, p, o), mask))
            assert sorted(read.triples(pattern)) == sorted(memory.triples(pattern)), pattern


def test_adding_a_triple_twice_keeps_one():
    graph = rdflib.Graph(store=ReadStore())
    triple = (rdflib.URIRef("urn:a"), rdflib.RDFS.label, rdflib.Literal("A", lang="en"))
    graph.add(triple)
    graph.add(triple)
    assert len(graph) == 1 and list(graph) == [triple]


def test_what_it_does_not_do_fails_loudly():
    graph = rdflib.Graph(store=ReadStore())
    graph.add((rdflib.URIRef("urn:a"), rdflib.RDFS.label, rdflib.Literal("A")))
    with pytest.raises(NotImplementedError):
        graph.remove((None, None, None))


def test_pyshacl_reports_the_same_over_memory_and_over_readstore(graph):
    """Messages included: they name terms with the graphs' namespace bindings."""
    memory, read = _both(graph)
    for bad in sorted(BAD.glob("*.ttl")):
        memory.parse(str(bad))
        read.parse(str(bad))
    shapes_in_memory = rdflib.Graph().parse(data=shipped_shapes_text(), format="turtle")
    expected = validate_graph(memory, shapes_in_memory)
    assert len(expected) > 40
    assert validate_graph(read, load_shapes()) == expected
