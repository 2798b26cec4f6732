"""Interoperability: kg's Turtle and SHACL shapes work in independent JavaScript engines too.

N3.js parses the files, rdf-validate-shacl validates them against ontology/shapes.ttl, and
Comunica queries them with SPARQL; their answers are compared with the Python stack (pyshacl's
test data, pyoxigraph). The engines are pinned in tests/node/package.json and package-lock.json
and installed with `npm ci` on first use (tests/nodetools.py). Without Node.js these tests are
skipped, except under CI (the CI environment variable), where they fail instead.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph, Namespace
from rdflib.namespace import SH

from nodetools import NodeToolError, ensure_node_modules, require_node, run_query, run_validate, select_rows

ROOT = Path(__file__).resolve().parent.parent
SHAPES = ROOT / "ontology" / "shapes.ttl"
ONTOLOGY = ROOT / "ontology" / "kg.ttl"
DATA = Path(__file__).resolve().parent / "data" / "shapes"
GOOD = DATA / "good.ttl"
BAD_FILES = sorted((DATA / "bad").glob("*.ttl"))

KGSH = Namespace("https://w3id.org/tgkg/shapes#")
SH_NS = str(SH)

# Bad examples (tests/data/shapes/bad/<shape>.ttl) that rdf-validate-shacl does NOT flag on their
# shape, with the reason found by running it. Each one is asserted to be still missed, so this
# list stays honest: when a new rdf-validate-shacl version catches it, the test fails and the
# entry must go. rdf-validate-shacl supports SHACL Core but not SHACL-SPARQL (sh:sparql); all of
# ontology/shapes.ttl is SHACL Core, and with rdf-validate-shacl 0.6.5 every bad example is caught
# on exactly its own shape, so the list is empty.
KNOWN_DIFFERENCES: dict[str, str] = {}

# Bad examples that rdf-validate-shacl catches on the right shape, but whose sh:resultMessage is
# not the shape's sh:message. Each is asserted to still differ, so this list stays honest too.
MESSAGE_DIFFERENCES: dict[str, str] = {
    "Entity-label": (
        "sh:uniqueLang: rdf-validate-shacl 0.6.5 writes its own message ('Language \"en\" has been "
        "used by 2 values') instead of the shape's sh:message; its validator for "
        "UniqueLangConstraintComponent returns a string, which wins over the shape's messages "
        "(pyshacl uses the shape's sh:message)"
    ),
}


@pytest.fixture(scope="module", autouse=True)
def _node_engines():
    """Every test here needs Node.js and the pinned npm packages (skip, or fail under CI)."""
    require_node()
    ensure_node_modules()


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


def _oxigraph(*paths: Path) -> pyoxigraph.Store:
    store = pyoxigraph.Store()
    for path in paths:
        store.load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
    return store


def _oxigraph_rows(store: pyoxigraph.Store, query: str) -> set[tuple[str | None, ...]]:
    solutions = store.query(query)
    names = [v.value for v in solutions.variables]
    return {tuple(s[n].value if s[n] is not None else None for n in names) for s in solutions}


# ---------------------------------------------------------------------------------------------
# (a) The good example parses with N3.js and conforms under rdf-validate-shacl


def test_good_example_conforms_in_rdf_validate_shacl():
    report = run_validate(SHAPES, GOOD)
    assert report["results"] == [], report["results"]
    assert report["conforms"] is True


def test_graph_built_from_seeds_parses_with_n3js_and_conforms_in_rdf_validate_shacl(tmp_path):
    from kg.builder import BuildOptions, build

    built = tmp_path / "seeds.ttl"
    build([str(Path(__file__).resolve().parents[1] / "seeds")], str(built), BuildOptions(validate=False))
    report = run_validate(SHAPES, built)
    assert report["triples"] == len(_oxigraph(built)) > 1000
    assert report["results"] == [] and report["conforms"] is True


def test_n3js_reads_as_many_triples_as_pyoxigraph():
    report = run_validate(SHAPES, GOOD)
    assert report["triples"] == len(_oxigraph(GOOD)) > 0


def test_good_example_conforms_with_the_ontology_loaded_beside_it():
    # Users may load ontology/kg.ttl into the same graph as the data.
    report = run_validate(SHAPES, GOOD, ONTOLOGY)
    assert report["conforms"] is True, report["results"]
    assert report["triples"] == len(_oxigraph(GOOD, ONTOLOGY))


def test_a_turtle_syntax_error_is_reported_with_its_file(tmp_path):
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix kg: <https://w3id.org/tgkg/ontology#> .\nkg:a kg:b\n", encoding="utf-8")
    with pytest.raises(NodeToolError, match="broken.ttl"):
        run_validate(SHAPES, broken)


# ---------------------------------------------------------------------------------------------
# (b) rdf-validate-shacl rejects every bad example, on its own shape, with its own message


def test_known_differences_name_real_bad_examples():
    stems = {p.stem for p in BAD_FILES}
    for differences in (KNOWN_DIFFERENCES, MESSAGE_DIFFERENCES):
        assert set(differences) <= stems
        assert all(reason.strip() for reason in differences.values())


@pytest.mark.parametrize("path", BAD_FILES, ids=[p.stem for p in BAD_FILES])
def test_bad_example_is_caught_by_rdf_validate_shacl(path, shapes):
    shape = KGSH[path.stem]
    report = run_validate(SHAPES, path)
    mine = [r for r in report["results"] if r["sourceShape"] == str(shape)]
    if path.stem in KNOWN_DIFFERENCES:
        assert not mine, (
            f"{path.name} is now caught by rdf-validate-shacl: remove it from KNOWN_DIFFERENCES "
            f"({KNOWN_DIFFERENCES[path.stem]})"
        )
        return
    assert report["conforms"] is False
    assert mine, f"{path.name}: no result from {shape}; results: {report['results']}"
    # Like pyshacl (tests/test_shapes.py): exactly its own shape, with that shape's message and severity.
    sources = {r["sourceShape"] for r in report["results"]}
    assert sources == {str(shape)}, f"{path.name}: results from {sorted(sources)}"
    message = str(shapes.value(shape, SH.message))
    severity = str(shapes.value(shape, SH.severity, default=SH.Violation))
    for r in mine:
        assert r["severity"] == severity
        if path.stem in MESSAGE_DIFFERENCES:
            assert r["message"] != [message], (
                f"{path.name} now has the shape's own message in rdf-validate-shacl: remove it from "
                f"MESSAGE_DIFFERENCES ({MESSAGE_DIFFERENCES[path.stem]})"
            )
        else:
            assert r["message"] == [message], f"{path.name}: {r['message']!r}"


def test_a_warning_alone_breaks_conformance_in_rdf_validate_shacl():
    # A difference users should know about: pyshacl with allow_warnings=True (as in
    # tests/test_shapes.py) reports conformance when there are only warnings; rdf-validate-shacl
    # follows the SHACL specification to the letter: any result, a warning too, means
    # sh:conforms false.
    report = run_validate(SHAPES, DATA / "bad" / "Event-endDateWithoutDate.ttl")
    assert report["conforms"] is False
    assert {r["severity"] for r in report["results"]} == {SH_NS + "Warning"}


def test_inverse_path_is_reported_in_sparql_syntax():
    report = run_validate(SHAPES, DATA / "bad" / "Event-reportedBy.ttl")
    (result,) = report["results"]
    assert result["path"] == "^<https://w3id.org/tgkg/ontology#reports>"
    assert result["focusNode"] == "https://w3id.org/tgkg/id/event/russian-mfa-4711"


# ---------------------------------------------------------------------------------------------
# (c) Comunica answers SPARQL over kg's Turtle as pyoxigraph does

EVENTS_QUERY = """\
PREFIX kg: <https://w3id.org/tgkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?event ?type ?date ?label ?post WHERE {
  ?event a kg:Event ; kg:eventType ?type .
  ?post kg:reports ?event .
  OPTIONAL { ?event kg:date ?date }
  OPTIONAL { ?event rdfs:label ?label }
}
"""

MENTIONS_QUERY = """\
PREFIX kg: <https://w3id.org/tgkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?post ?name WHERE {
  ?post kg:mentions ?thing .
  ?thing rdfs:label ?name .
  FILTER(LANG(?name) = "ru")
}
"""


@pytest.fixture
def query_file(tmp_path):
    def write(text: str) -> Path:
        path = tmp_path / "query.rq"
        path.write_text(text, encoding="utf-8")
        return path

    return write


def test_comunica_select_events_matches_pyoxigraph(query_file):
    results = run_query(query_file(EVENTS_QUERY), GOOD)
    assert isinstance(results, dict)
    assert results["head"]["vars"] == ["event", "type", "date", "label", "post"]
    rows = select_rows(results)
    expected = _oxigraph_rows(_oxigraph(GOOD), EVENTS_QUERY)
    assert rows == expected
    event = "https://w3id.org/tgkg/id/event/"
    kg = "https://w3id.org/tgkg/ontology#"
    assert {(r[0], r[1], r[2]) for r in rows} == {
        (event + "mfa-2024-04-txt-120", kg + "Meeting", "2024-04-08"),
        (event + "russian-mfa-4711", kg + "PressConference", "2024-10-24"),
    }


def test_comunica_filter_on_language_tags_matches_pyoxigraph(query_file):
    rows = select_rows(run_query(query_file(MENTIONS_QUERY), GOOD))
    assert rows == _oxigraph_rows(_oxigraph(GOOD), MENTIONS_QUERY)
    assert ("https://w3id.org/tgkg/id/post/mfa-2024-04-txt-120", "Сергей Лавров") in rows


def test_comunica_queries_several_files_as_one_graph(query_file):
    # The ontology's labels joined with the data: the event types' preferred labels.
    query = """\
PREFIX kg: <https://w3id.org/tgkg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?event ?typeLabel WHERE {
  ?event kg:eventType ?type .
  { ?type skos:prefLabel ?typeLabel } UNION { ?type rdfs:label ?typeLabel }
  FILTER(LANGMATCHES(LANG(?typeLabel), "en"))
}
"""
    rows = select_rows(run_query(query_file(query), GOOD, ONTOLOGY))
    assert rows == _oxigraph_rows(_oxigraph(GOOD, ONTOLOGY), query)
    assert rows, "the event types of good.ttl have English labels in ontology/kg.ttl"


def test_comunica_ask_and_construct(query_file):
    ask = run_query(query_file("PREFIX kg: <https://w3id.org/tgkg/ontology#>\nASK { ?e a kg:Event }"), GOOD)
    assert ask["boolean"] is True
    construct = """\
PREFIX kg: <https://w3id.org/tgkg/ontology#>
CONSTRUCT { ?event kg:eventType ?type } WHERE { ?event kg:eventType ?type }
"""
    text = run_query(query_file(construct), GOOD)
    assert isinstance(text, str)
    got = {
        (q.subject, q.predicate, q.object)
        for q in pyoxigraph.parse(text.encode("utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES)
    }
    expected = {(t.subject, t.predicate, t.object) for t in _oxigraph(GOOD).query(construct)}
    assert got == expected and len(got) == 2


def test_comunica_reports_a_query_syntax_error(query_file):
    with pytest.raises(NodeToolError, match="query failed"):
        run_query(query_file("SELECT ?x WHERE { ?x"), GOOD)
