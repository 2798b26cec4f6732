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
KG = "https://w3id.org/tgkg/ontology#"


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
    assert run(warning_only).output.rstrip().endswith("0 violations, 1 warning: conforms")  # not "1 warnings"


def test_the_turtle_report_of_warnings_does_not_conform_as_shacl_says(graph):
    """Regression: a report with warnings only said sh:conforms true in the Turtle report, which
    SHACL defines as "no results at all"; kg's own verdict (exit code, JSON) lets them pass."""
    warning_only = BAD / "Event-endDateWithoutDate.ttl"
    turtle = run(warning_only, "--format", "turtle")
    report = rdflib.Graph().parse(data=turtle.output, format="turtle")
    SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    assert turtle.exit_code == 0 and next(report.objects(None, SH.conforms)).toPython() is False
    assert json.loads(run(warning_only, "--format", "json").output)["conforms"] is True
    clean = rdflib.Graph().parse(data=run(graph, "--format", "turtle").output, format="turtle")
    assert next(clean.objects(None, SH.conforms)).toPython() is True


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


POST = """@prefix kg: <https://w3id.org/tgkg/ontology#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://w3id.org/tgkg/id/post/c/{n}> a kg:Post ; kg:reports <https://w3id.org/tgkg/id/event/c/{n}> ;
    kg:sourceFile "c.txt" ; kg:startLine {start} ; kg:endLine {end} {post} .
<https://w3id.org/tgkg/id/event/c/{n}> a kg:Event ; kg:eventType kg:Meeting {event} .
"""


def _posts(tmp_path, *posts: dict) -> Path:
    """A file of posts, each with its event: ``start``, ``end`` (Turtle terms) and more Turtle
    (``post``, ``event``, each starting with ';') for either."""
    path = tmp_path / "posts.ttl"
    path.write_text("".join(POST.format(**{"n": n, "start": 1, "end": 2, "post": "", "event": "", **given})
                            for n, given in enumerate(posts, 1)))
    return path


def test_a_value_of_the_wrong_datatype_shows_its_datatype(tmp_path):
    """Regression: kg:date "2025-03-03"^^xsd:string was reported as kg:date = "2025-03-03",
    under a message asking for an xsd:date "such as "2024-10-29"": it looked right. The text
    report shows it as "2025-03-03"^^xsd:string; --format json adds each value's datatype and
    language to the fields it had (value still "\"2025-03-03\"")."""
    path = _posts(tmp_path, {"event": '; kg:date "2025-03-03"^^xsd:string'},
                  {"post": '; kg:language "en"@en'}, {"event": '; kg:date "2025-03-03T10:00:00+00:00"^^xsd:dateTime'})
    text = run(path).output
    assert 'kg:date = "2025-03-03"^^xsd:string' in text
    assert 'kg:language = "en"@en' in text
    assert 'kg:date = "2025-03-03T10:00:00+00:00"^^xsd:dateTime' in text
    results = json.loads(run(path, "--format", "json").output)["results"]
    by_value = {r["value"]: r for r in results}
    assert set(by_value) == {'"2025-03-03"', '"en"@en', '"2025-03-03T10:00:00+00:00"^^<http://www.w3.org/2001/XMLSchema#dateTime>'}
    assert all({"severity", "shape", "focus", "path", "value", "message", "constraint"} <= set(r) for r in results)
    assert (by_value['"2025-03-03"']["datatype"], by_value['"2025-03-03"']["language"]) == (
        "http://www.w3.org/2001/XMLSchema#string", None)
    assert (by_value['"en"@en']["datatype"], by_value['"en"@en']["language"]) == (
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString", "en")
    assert by_value['"2025-03-03T10:00:00+00:00"^^<http://www.w3.org/2001/XMLSchema#dateTime>']["datatype"] == (
        "http://www.w3.org/2001/XMLSchema#dateTime")


def test_a_start_line_that_is_not_a_number_is_reported_once_by_its_datatype(tmp_path):
    """Regression: kg:startLine "one" printed `kg:startLine = "one"` twice (its datatype and
    sh:minInclusive 1 both failed) and "A post's start line must not come after its end line",
    from comparing "one" with the end line. Comparisons of a value with a datatype violation are
    not reported; a start line after its end line still is."""
    path = _posts(tmp_path, {"start": '"one"', "end": "5"}, {"start": "3", "end": '"x"'}, {"start": "7", "end": "5"})
    result = run(path)
    text = result.output
    assert result.exit_code == 1
    assert text.count('kg:startLine = "one"^^xsd:string') == 1
    assert text.count('kg:endLine = "x"^^xsd:string') == 1
    assert "kgsh:Post-lineOrder  (1 violation)" in text and "<https://w3id.org/tgkg/id/post/c/3>" in text
    assert text.strip().endswith("3 violations, 0 warnings: does not conform")


def test_results_about_the_same_value_share_one_line(tmp_path):
    """A value that fails two constraints of one shape (its datatype and its pattern) is one
    line naming both, not the same line twice."""
    text = run(_posts(tmp_path, {"post": '; kg:published "abc"'})).output
    assert "kgsh:Post-published  (2 violations)" in text
    assert text.count("kg:published = ") == 1
    assert 'kg:published = "abc"^^xsd:string  (datatype, pattern)' in text


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_ill_typed_date_is_a_violation_and_nothing_else_on_standard_error(tmp_path, jobs):
    """Regression: kg validate of kg:date "2025-13-45"^^xsd:date printed rdflib's "Failed to
    convert Literal lexical form to value" and a `ValueError: month must be in 1..12` traceback
    on standard error before its report. The report alone says it: a datatype violation."""
    import subprocess
    import sys

    path = _posts(tmp_path, {"event": '; kg:date "2025-13-45"^^xsd:date'})
    done = subprocess.run([sys.executable, "-m", "kg", "validate", str(path), "--jobs", jobs], capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 1
    assert done.stderr == ""
    assert 'kg:date = "2025-13-45"^^xsd:date' in done.stdout and "kgsh:Event-date  (1 violation)" in done.stdout


def test_chunked_validation_reports_exactly_what_whole_graph_validation_reports(graph, tmp_path):
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
    # and from an on-disk store of one graph, whose chunks hold all their subjects' triples
    disk = ox.Store(str(tmp_path / "store"))
    disk.bulk_extend(store)
    assert validate_store(disk, shapes, chunk_size=2, on_disk=True).results == expected


def _store_with_bad_examples(graph) -> ox.Store:
    store = ox.Store()
    store.bulk_load(path=str(graph), format=ox.RdfFormat.TURTLE)
    for bad in sorted(BAD.glob("*.ttl")):
        store.bulk_load(path=str(bad), format=ox.RdfFormat.TURTLE)
    return store


def _whole(store: ox.Store, shapes: rdflib.Graph):
    whole = rdflib.Graph()
    for quad in store:
        whole.add(_rdflib(quad))
    return validate_graph(whole, shapes)


USER_SHAPES = {
    # focus nodes found as objects: a chunk holds people it does not own, and they must be
    # validated with all their triples, not just their types
    "objects-of": """
<urn:my:SpeakersRepresentNoCountry> a sh:NodeShape ; sh:targetObjectsOf kg:speaker ;
  sh:property [ sh:path kg:represents ; sh:maxCount 0 ; sh:message "represents a country" ] .
""",
    # a member shape of sh:or that reads the value's own properties: types alone are not enough
    "member-reads-properties": """
<urn:my:SpeakersAreKnown> a sh:NodeShape ; sh:targetClass kg:Event ;
  sh:property [ sh:path kg:speaker ;
    sh:or ( [ sh:path owl:sameAs ; sh:maxCount 0 ] [ sh:path kg:represents ; sh:maxCount 0 ] ) ] .
""",
}
PREFIXES = """@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix kg: <https://w3id.org/tgkg/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix owl: <http://www.w3.org/2002/07/owl#> .
"""


@pytest.mark.parametrize("name", sorted(USER_SHAPES))
def test_chunks_with_user_shapes_that_read_context_nodes_report_what_the_whole_graph_reports(graph, name):
    """Chunks hold the people and places their events point at with only their types when the
    shapes read nothing more of them; these shapes do, and chunked validation must notice."""
    from kg.validation import values_need_only_types

    shapes = load_shapes()
    shapes.parse(data=PREFIXES + USER_SHAPES[name], format="turtle")
    assert values_need_only_types(shapes) == (name != "member-reads-properties")
    store = _store_with_bad_examples(graph)
    expected = _whole(store, shapes)
    assert len(set(expected) - set(_whole(store, load_shapes()))) >= 4  # the user shapes' own results
    assert validate_store(store, shapes, chunk_size=3).results == expected


def test_each_resource_is_validated_once_not_again_in_every_chunk_that_points_at_it(graph, monkeypatch, tmp_path):
    """A chunk validates only its own resources: the people, places and organisations its events
    point at come with their types, and are validated in the chunk that holds their triples (an
    on-disk store streams each subject's triples together; an in-memory one may not, and a subject
    is then the root of two chunks)."""
    import pyshacl.shape

    from kg import pyshacl_speedups

    if not pyshacl_speedups.apply():
        pytest.skip("pySHACL is not a version kg adapts: every chunk validates its context too")
    store = ox.Store(str(tmp_path / "store"))
    store.bulk_load(path=str(graph), format=ox.RdfFormat.TURTLE)
    focus: list = []
    validate = pyshacl.shape.Shape.validate.__wrapped__
    monkeypatch.setattr(pyshacl.shape.Shape.validate, "__wrapped__", validate)

    def counting(self, executor, target_graph, focus_nodes=None, _evaluation_path=None):
        if _evaluation_path is None and focus_nodes is not None:
            focus.extend((self.node, n) for n in focus_nodes)
        return validate(self, executor, target_graph, focus_nodes, _evaluation_path)

    monkeypatch.setattr(pyshacl.shape.Shape, "validate", pyshacl_speedups._skipping_context(counting))
    assert validate_store(store, load_shapes(), chunk_size=5, on_disk=True).results == []
    assert len(focus) > 400 and len(focus) == len(set(focus))  # no (shape, node) twice


def test_chunked_validation_without_pyshacl_speedups_is_still_exact(graph, monkeypatch):
    """With a pySHACL kg does not adapt, chunks carry full descriptions and validate them again."""
    from kg import pyshacl_speedups

    store = _store_with_bad_examples(graph)
    shapes = load_shapes()
    expected = _whole(store, shapes)
    monkeypatch.setattr(pyshacl_speedups, "apply", lambda: False)
    assert ChunkValidator(shapes, lambda node: ()).lean is False
    assert validate_store(store, shapes, chunk_size=7).results == expected


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


def test_sh_or_tries_first_the_member_whose_class_a_new_value_has(graph, monkeypatch):
    """Regression: a value sh:or had not seen was tried first against the member the previous value
    conformed to, so a person after a country failed "sh:class kg:Country" first, and pySHACL built
    a full result (message, stringified nodes) for that failure: 305 such results for the seeds'
    conforming graph, 23,401 for the 10k export (a sixth of its validation time)."""
    import pyshacl
    from pyshacl.constraints.constraint_component import ConstraintComponent

    from kg import pyshacl_speedups

    if not pyshacl.__version__.startswith(pyshacl_speedups._CHECKED):
        pytest.skip(f"pySHACL {pyshacl.__version__}: kg leaves it unpatched")
    assert pyshacl_speedups.apply()
    built = []
    original = ConstraintComponent.make_v_result

    def counting(self, *args, **kwargs):
        built.append(type(self).__name__)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(ConstraintComponent, "make_v_result", counting)
    data = rdflib.Graph().parse(str(graph))
    assert validate_graph(data, load_shapes()) == []
    assert built.count("ClassConstraintComponent") <= 5, built


def test_an_sh_or_member_pyshacl_cannot_find_gets_pyshacls_own_error(monkeypatch):
    """Regression: the member classes of an sh:or list were read before the list was checked for a
    member pySHACL cannot find (get_other_shape gives None), so kg failed with "'NoneType' object
    has no attribute 'node'" instead of handing the list to pySHACL's own sh:or, which says what is
    wrong."""
    import pyshacl
    import pyshacl.shape
    from pyshacl.errors import ReportableRuntimeError

    from kg import pyshacl_speedups

    if not pyshacl.__version__.startswith(pyshacl_speedups._CHECKED):
        pytest.skip(f"pySHACL {pyshacl.__version__}: kg leaves it unpatched")
    assert pyshacl_speedups.apply()
    real = pyshacl.shape.Shape.get_other_shape
    monkeypatch.setattr(pyshacl.shape.Shape, "get_other_shape",
                        lambda self, node: None if str(node).endswith("Missing") else real(self, node))
    shapes = rdflib.Graph().parse(format="turtle", data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
        ex:S a sh:NodeShape ; sh:targetClass ex:T ; sh:property [ sh:path ex:p ; sh:or ( ex:Missing [ sh:class ex:A ] ) ] .""")
    data = rdflib.Graph().parse(format="turtle", data="""
        @prefix ex: <http://example.org/> . ex:x a ex:T ; ex:p ex:y . ex:y a ex:B .""")
    with pytest.raises(ReportableRuntimeError, match="does not exist or is not a well-formed SHACL Shape"):
        validate_graph(data, shapes)


def test_pyshacl_makes_each_constraint_component_once_a_shape(graph, monkeypatch):
    """kg.pyshacl_speedups makes a shape's constraint components once and reuses them: pySHACL as
    it comes makes the sh:in of event types anew for every event (it reads the RDF list each time)."""
    import pyshacl
    import pyshacl.shape
    from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS, CONSTRAINT_PARAMETERS_MAP
    from pyshacl.constraints.core.other_constraints import InConstraintComponent

    from kg import pyshacl_speedups

    if not pyshacl.__version__.startswith(pyshacl_speedups._CHECKED):
        pytest.skip(f"pySHACL {pyshacl.__version__}: kg leaves it unpatched")
    made = []
    original = InConstraintComponent.__init__

    def counting(self, shape):
        made.append(shape)
        original(self, shape)

    monkeypatch.setattr(InConstraintComponent, "__init__", counting)
    data = rdflib.Graph().parse(str(graph))
    events = len(set(data.subjects(rdflib.RDF.type, rdflib.URIRef(KG + "Event"))))
    assert pyshacl_speedups.apply()
    patched = validate_graph(data, load_shapes())
    once = len(made)
    made.clear()
    with monkeypatch.context() as m:
        m.setattr(pyshacl.shape, "CONSTRAINT_PARAMS", (ALL_CONSTRAINT_PARAMETERS, CONSTRAINT_PARAMETERS_MAP))
        m.setattr(pyshacl_speedups, "apply", lambda: False)
        unpatched = validate_graph(data, load_shapes())
    assert patched == unpatched == []
    assert 1 <= once <= 3 and len(made) >= events > 60


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

    with kg_store.files_on_disk([str(graph)]) as (opened, directory):
        assert len(opened) > 1000 and [p.name[:9] for p in tmp_path.iterdir()] == ["kg-store-"] == [Path(directory).name[:9]]
    assert list(tmp_path.iterdir()) == []


def test_validating_files_reports_what_whole_graph_validation_reports(graph, tmp_path):
    """kg validate parses the files to cut chunks of subjects and has workers fetch each chunk from
    the store: a subject split between files (a person typed in one, labelled in another) is
    complete in its chunk, and a blank-node subject sends the files to the store-streaming path."""
    from kg.filevalidation import validate_files

    split = tmp_path / "split.ttl"  # the seeds' people again, with a second label each: maxCount
    people = [t for t in rdflib.Graph().parse(str(graph)).subjects(rdflib.RDF.type, rdflib.URIRef(KG + "Person"))]
    split.write_text("".join(f'<{p}> <http://www.w3.org/2000/01/rdf-schema#label> "Another name {i}"@en .\n'
                             for i, p in enumerate(sorted(people))), encoding="utf-8")
    blank = tmp_path / "blank.ttl"
    blank.write_text(f'[] a <{KG}Person> .\n', encoding="utf-8")
    shapes = load_shapes()
    for files in ([graph, *sorted(BAD.glob("*.ttl")), split], [graph, blank]):
        whole = rdflib.Graph()
        for path in files:
            whole.parse(str(path))
        expected = validate_graph(whole, shapes)
        assert len(expected) > len(people) if split in files else expected
        for jobs in (1, 2):
            assert validate_files([str(p) for p in files], shapes, jobs=jobs, chunk_size=3).results == expected


def test_validating_files_in_one_process_keeps_no_hold_on_the_removed_temporary_store(graph):
    """Regression: with --jobs 1, kg validate kept its chunk validator (and through it the
    temporary store, open) in the module's worker slot after the store's directory was removed."""
    from kg import filevalidation

    assert filevalidation.validate_files([str(graph)], load_shapes(), jobs=1).results == []
    assert filevalidation._WORKER == []


def test_the_temporary_store_has_no_writer_open_while_workers_read_it(graph):
    """Regression: kg validate of a 1M-post graph failed after 17 minutes with "IO error: No such
    file or directory: While open a file for random read: /tmp/kg-store-…/000758.sst": the parent
    kept the store it had loaded open for writing, RocksDB compacted it in the background and
    deleted files that the workers' read-only views still used. The writer is now closed before
    anything reads the store: another writer can take the store's lock, and what is yielded is
    read-only."""
    from kg import store as kg_store

    with kg_store.files_on_disk([str(graph)]) as (opened, directory):
        second = ox.Store(directory)  # raises (the lock) while the loading writer is still open
        del second
        with pytest.raises((OSError, RuntimeError), match="read-write"):
            opened.add(ox.Quad(ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/p"),
                               ox.Literal("o")))
        assert len(opened) > 1000


def test_a_shapes_name_is_made_once_and_is_the_name_pyshacl_makes():
    """pySHACL formats str(shape) for debug messages twice a validation call, debug on or not; kg
    keeps each shape's name (adaptation 5)."""
    import pyshacl
    from pyshacl import ShapesGraph
    from pyshacl.shape import Shape

    from kg import pyshacl_speedups

    if not pyshacl.__version__.startswith(pyshacl_speedups._CHECKED):
        pytest.skip(f"pySHACL {pyshacl.__version__}: kg leaves it unpatched")
    assert pyshacl_speedups.apply()
    unpatched = Shape.__str__.__wrapped__
    made = []

    def counting(shape):
        made.append(shape)
        return unpatched(shape)

    once = pyshacl_speedups._str_once(counting)
    shapes = list(ShapesGraph(load_shapes()).shapes)
    first, again = [once(s) for s in shapes], [once(s) for s in shapes]
    assert len(shapes) > 20 and first == again == [unpatched(s) for s in shapes]
    assert any(name.startswith("<PropertyShape") for name in first) and len(made) == len(shapes)


@pytest.mark.parametrize("jobs", [1, 2])
def test_kg_validate_reports_progress_of_every_byte_loaded_and_every_resource_validated(graph, jobs):
    """kg validate of a 1M-post graph runs for minutes: the library tells what it has done, phase by
    phase, and kg validate --progress shows it. The counts must add up to the graph's own."""
    import kg

    heard: dict[str, int] = {}
    phases: list[str] = []

    def progress(phase: str, count: int) -> None:
        if not phases or phases[-1] != phase:
            phases.append(phase)
        heard[phase] = heard.get(phase, 0) + count

    report = kg.validate([str(graph)], jobs=jobs, progress=progress)
    triples = list(ox.parse(path=str(graph), format=ox.RdfFormat.TURTLE))
    assert report.conforms()
    assert phases == ["reading", "validating"]  # kg's Turtle is loaded in pieces: bytes read
    # a subject is counted once each time it comes back in the file (it is validated in each chunk)
    runs = sum(1 for i, t in enumerate(triples) if i == 0 or t.subject != triples[i - 1].subject)
    assert runs >= len({t.subject for t in triples})
    assert heard == {"reading": graph.stat().st_size, "validating": runs}


def test_kg_validate_shows_progress_only_when_asked(graph, monkeypatch):
    monkeypatch.setattr("kg.cli.options._PROGRESS_DELAY", 0)  # the seeds' phases end before the usual delay
    shown = CliRunner().invoke(cli, ["validate", str(graph), "--progress"])
    assert shown.exit_code == 0 and "reading" in shown.stderr and "validating" in shown.stderr
    quiet = CliRunner().invoke(cli, ["validate", str(graph), "--no-progress"])
    assert quiet.exit_code == 0 and "validating" not in quiet.stderr


def test_kg_validate_reports_progress_when_blank_subjects_make_it_stream_the_store(tmp_path):
    """Files with a blank node as a subject are validated by streaming the store (their blank
    nodes get new names at each parse): that path reports progress too."""
    import kg

    data = tmp_path / "blank.ttl"
    data.write_text("@prefix ex: <https://example.org/> .\n"
                    "[] ex:p ex:a .\nex:b ex:p [ ex:q 1 ] .\nex:c ex:p ex:d .\n", encoding="utf-8")
    heard: dict[str, int] = {}
    kg.validate([str(data)], jobs=1, progress=lambda phase, n: heard.__setitem__(phase, heard.get(phase, 0) + n))
    assert heard == {"reading": data.stat().st_size, "validating": 4}  # two blank nodes, ex:b and ex:c
