"""The SHACL shapes (ontology/shapes.ttl): well-formed SHACL, a good graph conforms, and every
named shape has a bad example that fails on exactly that shape, with that shape's message."""
from __future__ import annotations

import importlib.resources
import re
from pathlib import Path

import pyshacl
import pytest
from rdflib import RDF, Graph, Namespace, URIRef
from rdflib.namespace import SH

ROOT = Path(__file__).resolve().parent.parent
SHAPES = ROOT / "ontology" / "shapes.ttl"
DATA = Path(__file__).resolve().parent / "data" / "shapes"
BAD = DATA / "bad"
KGSH = Namespace("https://w3id.org/tgkg/shapes#")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


def _named_shapes(g: Graph) -> set[URIRef]:
    """Every shape in the kgsh: namespace, node shapes and property shapes."""
    found = set(g.subjects(RDF.type, SH.NodeShape)) | set(g.subjects(RDF.type, SH.PropertyShape))
    found |= set(g.subjects(SH.path, None)) | set(g.objects(None, SH.property))
    return {s for s in found if isinstance(s, URIRef) and str(s).startswith(str(KGSH))}


def _validate(data: Graph | Path, shapes: Graph) -> Graph:
    _conforms, report, _text = pyshacl.validate(
        data if isinstance(data, Graph) else Graph().parse(data, format="turtle"),
        shacl_graph=shapes,
        inference="none",
        advanced=False,
        allow_warnings=True,
    )
    return report


def _results(report: Graph) -> list[URIRef]:
    return list(report.subjects(RDF.type, SH.ValidationResult))


# ---------------------------------------------------------------------------------------------
# (a) The shapes graph is valid SHACL


def test_shapes_parse_with_pyoxigraph_too(shapes):
    import pyoxigraph

    quads = list(pyoxigraph.parse(path=str(SHAPES), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(quads) == len(shapes)


def test_shapes_conform_to_shacl_shacl(shapes):
    shacl_shacl = importlib.resources.files("pyshacl") / "assets" / "shacl-shacl.ttl"
    meta = Graph().parse(str(shacl_shacl), format="turtle")
    conforms, _report, text = pyshacl.validate(shapes, shacl_graph=meta, inference="none", advanced=False)
    assert conforms, text


def test_shapes_pass_pyshacl_meta_validation(shapes):
    # meta_shacl=True raises ReportableRuntimeError when the shapes graph is not valid SHACL.
    conforms, _report, text = pyshacl.validate(
        Graph(), shacl_graph=shapes, meta_shacl=True, inference="none", advanced=False
    )
    assert conforms, text


def test_every_property_shape_has_a_message_in_english(shapes):
    for shape in _named_shapes(shapes):
        messages = list(shapes.objects(shape, SH.message))
        assert len(messages) == 1, f"{shape} needs exactly one sh:message"
        assert messages[0].language == "en", f"{shape}: sh:message must be tagged @en"


def test_only_the_end_date_shape_is_a_warning(shapes):
    severities = {s: o for s, o in shapes.subject_objects(SH.severity)}
    assert severities == {KGSH["Event-endDateWithoutDate"]: SH.Warning}


def test_shapes_are_open(shapes):
    assert not list(shapes.subjects(SH.closed, None))


def test_patterns_work_in_python_and_javascript(shapes):
    # The same pattern must mean the same in Python `re` and JavaScript RegExp (no `u` flag):
    # no Unicode property classes, no inline flags or groups, no Python-only anchors.
    patterns = [str(p) for p in shapes.objects(None, SH.pattern)]
    assert patterns
    for pattern in patterns:
        re.compile(pattern)
        for construct in ("\\p{", "\\P{", "(?", "\\A", "\\Z", "\\z"):
            assert construct not in pattern, f"{pattern!r} uses {construct!r}"
    assert not list(shapes.objects(None, SH.flags))


# ---------------------------------------------------------------------------------------------
# (b) A good graph conforms


def test_good_example_conforms(shapes):
    data = Graph().parse(DATA / "good.ttl", format="turtle")
    conforms, _report, text = pyshacl.validate(
        data, shacl_graph=shapes, inference="none", advanced=False, allow_warnings=True
    )
    assert conforms, text


def test_good_example_has_no_blank_nodes():
    from rdflib import BNode

    data = Graph().parse(DATA / "good.ttl", format="turtle")
    assert not [n for n in data.all_nodes() if isinstance(n, BNode)]


def test_good_example_also_conforms_with_the_ontology_mixed_in(shapes):
    # Users may validate with kg.ttl loaded next to the data (City and Country are then also Places).
    data = Graph().parse(DATA / "good.ttl", format="turtle")
    conforms, _report, text = pyshacl.validate(
        data,
        shacl_graph=shapes,
        ont_graph=Graph().parse(ROOT / "ontology" / "kg.ttl", format="turtle"),
        inference="rdfs",
        advanced=False,
        allow_warnings=True,
    )
    assert conforms, text


# ---------------------------------------------------------------------------------------------
# (c) Every named shape fails on its own bad example, with its own message

BAD_FILES = sorted(BAD.glob("*.ttl"))


def test_every_named_shape_has_a_bad_example(shapes):
    expected = {str(s)[len(str(KGSH)):] for s in _named_shapes(shapes)}
    present = {p.stem for p in BAD_FILES}
    assert expected - present == set(), f"shapes without a bad example: {sorted(expected - present)}"
    assert present - expected == set(), f"bad examples for no shape: {sorted(present - expected)}"


@pytest.mark.parametrize("path", BAD_FILES, ids=[p.stem for p in BAD_FILES])
def test_bad_example_fails_on_its_shape(path, shapes):
    shape = KGSH[path.stem]
    report = _validate(path, shapes)
    results = _results(report)
    assert results, f"{path.name} raised no result"
    sources = {report.value(r, SH.sourceShape) for r in results}
    # The example breaks exactly its own shape and nothing else.
    assert sources == {shape}, f"{path.name}: results from {sorted(map(str, sources))}"
    expected = shapes.value(shape, SH.message)
    for r in results:
        messages = set(report.objects(r, SH.resultMessage))
        assert expected in messages, f"{path.name}: message {messages!r}, expected {expected!r}"
        severity = shapes.value(shape, SH.severity, default=SH.Violation)
        assert report.value(r, SH.resultSeverity) == severity


def test_good_example_gives_no_result_at_all(shapes):
    # Not even a warning.
    report = _validate(DATA / "good.ttl", shapes)
    assert _results(report) == []


def test_end_date_without_date_is_only_a_warning(shapes):
    data = Graph().parse(BAD / "Event-endDateWithoutDate.ttl", format="turtle")
    conforms, report, _text = pyshacl.validate(
        data, shacl_graph=shapes, inference="none", advanced=False, allow_warnings=True
    )
    assert conforms  # warnings do not break conformance when allowed
    (result,) = _results(report)
    assert report.value(result, SH.resultSeverity) == SH.Warning
    assert report.value(result, SH.sourceShape) == KGSH["Event-endDateWithoutDate"]
    conforms_strict, _r, _t = pyshacl.validate(
        data, shacl_graph=shapes, inference="none", advanced=False, allow_warnings=False
    )
    assert not conforms_strict
