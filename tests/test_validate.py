"""`kg validate`: user extensions, readable reports, exit codes, and chunks that equal the whole."""
from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner

from kg.builder import BuildOptions, build
from kg.cli import cli
from kg.validation import ChunkValidator, load_shapes, validate_graph, validate_store

ROOT = Path(__file__).resolve().parents[1]
EXT = ROOT / "tests" / "data" / "extension"
BAD = ROOT / "tests" / "data" / "shapes" / "bad"


def run(*args):
    return CliRunner().invoke(cli, ["validate", *map(str, args)])


def test_built_graph_conforms(graph):
    result = run(graph)
    assert result.exit_code == 0, result.output
    assert result.output.strip().endswith("0 violations, 0 warnings: conforms")


def test_a_users_extension_with_a_subclass_of_event_validates(graph):
    result = run(graph, EXT / "summit.ttl")
    assert result.exit_code == 0, result.output


def test_a_broken_extension_fails_with_a_report_grouped_by_shape(graph):
    result = run(graph, EXT / "summit-broken.ttl")
    assert result.exit_code == 1
    text = result.output
    for shape in ("kgsh:Event-date", "kgsh:Event-eventType", "kgsh:Event-reportedBy", "kgsh:Event-speaker"):
        assert shape in text
    assert '<https://example.org/my-research#astana-2024>' in text
    assert 'kg:date = "early July"' in text
    assert "must be a kg:Person" in text
    assert text.strip().endswith("4 violations, 0 warnings: does not conform")


def test_the_subclass_is_what_makes_the_shapes_apply(tmp_path):
    """Without its rdfs:subClassOf triple, ex:Summit is not a kg:Event and nothing is checked."""
    text = (EXT / "summit-broken.ttl").read_text().replace("ex:Summit rdfs:subClassOf kg:Event .", "")
    unrelated = tmp_path / "unrelated.ttl"
    unrelated.write_text(text)
    assert "kgsh:Event-" not in run(unrelated).output


def test_json_and_turtle_reports(graph):
    as_json = json.loads(run(graph, EXT / "summit-broken.ttl", "--format", "json").output)
    assert as_json["conforms"] is False and as_json["violations"] == 4
    assert {r["shape"] for r in as_json["results"]} >= {"<https://w3id.org/tgkg/shapes#Event-date>"}
    turtle = run(graph, EXT / "summit-broken.ttl", "--format", "turtle").output
    report = rdflib.Graph().parse(data=turtle, format="turtle")
    SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    assert len(list(report.subjects(rdflib.RDF.type, SH.ValidationResult))) == 4
    assert not any(isinstance(t, rdflib.BNode) for triple in report for t in triple)


def test_warnings_fail_only_with_strict(tmp_path):
    warning_only = BAD / "Event-endDateWithoutDate.ttl"
    assert run(warning_only).exit_code == 0
    assert run(warning_only, "--strict").exit_code == 1


def test_extra_shapes_are_applied(tmp_path, graph):
    shapes = tmp_path / "mine.ttl"
    shapes.write_text("""
@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix kg: <https://w3id.org/tgkg/ontology#> .
<urn:my:PostsHaveMedia> a sh:NodeShape ; sh:targetClass kg:Post ;
  sh:property [ sh:path kg:hasMedia ; sh:hasValue true ; sh:message "every post must have media" ] .
""")
    result = run(graph, "--shapes", shapes, "--format", "json")
    assert result.exit_code == 1
    assert json.loads(result.output)["violations"] > 50


@pytest.mark.parametrize("content, name", [("<a> <b> .", "broken.ttl"), ("{}", "nothing.xyz")])
def test_unreadable_data_is_an_input_error(tmp_path, content, name):
    path = tmp_path / name
    path.write_text(content)
    result = run(path)
    assert result.exit_code == 2 and name in result.stderr


def test_chunked_validation_reports_exactly_what_whole_graph_validation_reports(graph):
    """A graph with violations of many shapes, validated in chunks of two subjects at a time."""
    store = ox.Store()
    store.bulk_load(path=str(graph), format=ox.RdfFormat.TURTLE)
    for bad in sorted(BAD.glob("*.ttl")):
        store.bulk_load(path=str(bad), format=ox.RdfFormat.TURTLE)
    shapes = load_shapes()
    whole = rdflib.Graph()
    for quad in store:
        whole.add(_rdflib(quad))
    expected = validate_graph(whole, shapes)
    chunked = validate_store(store, shapes, chunk_size=2).results
    assert len(expected) > 40
    assert chunked == expected
    # and in worker processes: chunks travel as N-Triples, results come back in any order
    assert validate_store(store, shapes, chunk_size=50, jobs=2).results == expected


def test_build_chunk_holding_only_a_new_altlabel_of_an_entity_still_sees_its_type(graph, monkeypatch):
    """Regression: with small chunks, a chunk that held only a new skos:altLabel of an entity
    described in an earlier chunk did not fetch the entity's rdf:type, and reported false
    kg:speaker / kg:mentions violations. Every node of a chunk now gets all its triples."""
    import kg.builder

    monkeypatch.setattr(kg.builder, "CHUNK_POSTS", 3)
    calls = []
    original = ChunkValidator.validate
    monkeypatch.setattr(ChunkValidator, "validate", lambda self, triples: calls.append(1) or original(self, triples))
    summary = build([str(ROOT / "seeds")], str(graph.parent / "chunked.ttl"))
    assert len(calls) >= 20 and summary.violations == 0


def test_a_build_validated_in_workers_reports_what_one_process_reports(tmp_path, monkeypatch):
    import kg.builder

    monkeypatch.setattr(kg.builder, "CHUNK_POSTS", 10)
    shapes = tmp_path / "strict.ttl"  # a violation on every event, to have results to compare
    shapes.write_text("""
@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix kg: <https://w3id.org/tgkg/ontology#> .
<urn:my:EventsHaveConfidence> a sh:NodeShape ; sh:targetClass kg:Event ;
  sh:property [ sh:path kg:confidence ; sh:minCount 1 ; sh:message "no confidence" ] .
""")
    reports = [build([str(ROOT / "seeds")], str(tmp_path / f"j{jobs}.ttl"), BuildOptions(jobs=jobs, shapes=[str(shapes)])).report
               for jobs in (1, 2)]
    assert reports[0].violations == 67
    assert reports[0] == reports[1]
    assert (tmp_path / "j1.ttl").read_bytes() == (tmp_path / "j2.ttl").read_bytes()


def _rdflib(quad):
    from kg.validation import _to_rdflib

    return _to_rdflib(ox.Triple(quad.subject, quad.predicate, quad.object))


def test_pyshacl_speedups_report_exactly_what_unpatched_pyshacl_reports(graph, monkeypatch):
    """kg.pyshacl_speedups (sh:or stopping at the first conforming member, tried in a remembered
    order; constraint parameters in a frozenset) against pySHACL as it comes, on the seeds' graph
    with every shape's bad example: sh:or violations of text datatypes, mentions, hashtags and
    locations among them."""
    import pyshacl
    import pyshacl.shape
    from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS, CONSTRAINT_PARAMETERS_MAP

    from kg import pyshacl_speedups

    data = rdflib.Graph().parse(str(graph))
    for bad in sorted(BAD.glob("*.ttl")):
        data.parse(str(bad))
    shapes = load_shapes()
    if not pyshacl.__version__.startswith(pyshacl_speedups._CHECKED):
        pytest.skip(f"pySHACL {pyshacl.__version__}: kg leaves it unpatched")
    assert pyshacl_speedups.apply()
    patched = validate_graph(data, shapes)
    with monkeypatch.context() as m:
        m.setattr(pyshacl.shape, "CONSTRAINT_PARAMS", (ALL_CONSTRAINT_PARAMETERS, CONSTRAINT_PARAMETERS_MAP))
        m.setattr(pyshacl_speedups, "apply", lambda: False)
        unpatched = validate_graph(data, shapes)
    ors = [r for r in unpatched if r.constraint.endswith("#OrConstraintComponent>")]
    assert len(ors) >= 4 and len(unpatched) > 40
    assert patched == unpatched


def test_a_subject_split_across_graphs_is_validated_with_all_its_triples():
    """validate_store cuts chunks as the store's quads stream by, graph after graph: a subject with
    triples in two graphs is then the root of two chunks, and each must still see all its triples
    (else a person whose type is in one graph and label in the other gets false results)."""
    store = ox.Store()
    kg, ex = "https://w3id.org/tgkg/ontology#", "https://example.org/"
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    first, second = ox.NamedNode(ex + "g1"), ox.NamedNode(ex + "g2")
    for i in range(5):
        person = ox.NamedNode(f"{ex}person/{i}")
        store.add(ox.Quad(person, rdf_type, ox.NamedNode(kg + "Person"), first))
        store.add(ox.Quad(person, label, ox.Literal(f"Person {i}", language="en"), second))
    store.add(ox.Quad(ox.NamedNode(ex + "person/bad"), rdf_type, ox.NamedNode(kg + "Person"), first))  # no label
    shapes = load_shapes()
    whole = rdflib.Graph()
    for quad in store:
        whole.add(_rdflib(quad))
    expected = validate_graph(whole, shapes)
    assert [r.focus for r in expected] == [f"<{ex}person/bad>"] * len(expected) and expected
    for size in (1, 2, 3, 100):
        assert validate_store(store, shapes, chunk_size=size).results == expected


def test_kg_validate_loads_files_into_a_temporary_store_on_disk_and_removes_it(graph, tmp_path, monkeypatch):
    """Memory stays bounded whatever the size of the files (an in-memory store of a 100k-post graph
    took 1.4 GB): they go into a RocksDB store in a temporary directory, removed afterwards."""
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)  # read TMPDIR again
    result = run(graph)
    assert result.exit_code == 0, result.output
    assert list(tmp_path.iterdir()) == []  # nothing left behind
    from kg import store as kg_store

    with kg_store.files_on_disk([str(graph)]) as opened:
        assert len(opened) > 1000 and [p.name[:9] for p in tmp_path.iterdir()] == ["kg-store-"]
    assert list(tmp_path.iterdir()) == []
