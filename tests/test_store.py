"""`kg load --store`: a plain pyoxigraph store, the ontology beside the data, atomic replacement."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner

from kg.cli import cli
from kg.store import DEFAULT_DATA_GRAPH, ONTOLOGY_GRAPH, load_into_store, rdflib_dataset

ROOT = Path(__file__).resolve().parents[1]


def _count(directory: Path, graph: str | None) -> int:
    """Quads in a named graph of the store, or with None in its default graph."""
    store = ox.Store(str(directory))
    try:
        return sum(1 for _ in store.quads_for_pattern(None, None, None, ox.NamedNode(graph) if graph else ox.DefaultGraph()))
    finally:
        del store


def test_load_twice_leaves_the_same_triples_with_the_ontology_beside_them(tmp_path, graph):
    directory = tmp_path / "kg-store"
    expected = len(list(ox.parse(path=str(graph), format=ox.RdfFormat.TURTLE)))
    for _ in range(2):
        result = CliRunner().invoke(cli, ["load", str(graph), "--store", str(directory)])
        assert result.exit_code == 0, result.stderr
        assert f"{expected} triples" in result.stderr
    assert _count(directory, None) == expected
    assert _count(directory, ONTOLOGY_GRAPH) > 300
    assert _count(directory, DEFAULT_DATA_GRAPH) == 0
    assert sorted(p.name for p in (tmp_path / ".kg-store.versions").iterdir()) == ["2"]


def test_other_graphs_survive_a_reload(tmp_path, graph):
    directory = tmp_path / "s"
    load_into_store([str(graph)], str(directory), "https://example.org/mine")
    load_into_store([str(graph)], str(directory))
    load_into_store([str(graph)], str(directory))
    assert _count(directory, "https://example.org/mine") == _count(directory, None) > 1000


def test_rdflib_users_reach_the_same_store_through_oxrdflib(tmp_path, graph):
    directory = tmp_path / "s"
    load_into_store([str(graph)], str(directory))
    dataset = rdflib_dataset(str(directory))
    data = dataset.default_graph
    assert len(data) == _count_file(graph)
    rows = list(data.query(
        "SELECT (COUNT(?p) AS ?n) WHERE { ?p a <https://w3id.org/tgkg/ontology#Post> }"))
    assert int(rows[0][0]) == 67
    dataset.close()


def test_rdflib_dataset_of_a_directory_without_a_store_is_an_error_not_an_empty_graph(tmp_path, graph):
    """Regression: rdflib_dataset() of a mistyped path made an empty store there, and every query
    found nothing; a store opened twice raised a bare OSError about a lock."""
    from kg.errors import StoreError

    with pytest.raises(StoreError, match="no store here"):
        rdflib_dataset(str(tmp_path / "nostore"))
    assert not (tmp_path / "nostore").exists()
    directory = tmp_path / "s"
    load_into_store([str(graph)], str(directory))
    first = rdflib_dataset(str(directory))
    with pytest.raises(StoreError, match="cannot open the store"):
        rdflib_dataset(str(directory))
    first.close()


def test_the_data_is_in_the_default_graph_where_plain_pyoxigraph_finds_it(tmp_path, graph):
    """kg load --store puts the data in the store's default graph (pyoxigraph indexes it three ways
    where it indexes a named graph six: 25 s against 44 s for 3.2 million triples), where
    pyoxigraph's own query() looks when no graph is named."""
    directory = tmp_path / "s"
    result = CliRunner().invoke(cli, ["load", str(graph), "--store", str(directory)])
    assert result.exit_code == 0 and "into the default graph" in result.stderr
    store = ox.Store(str(directory))
    posts = "SELECT (COUNT(?p) AS ?n) WHERE { ?p a <https://w3id.org/tgkg/ontology#Post> }"
    assert int(next(iter(store.query(posts)))["n"].value) == 67
    del store


def test_kg_query_sees_the_default_graph_and_every_named_graph(tmp_path, graph):
    """A store with the data in a named graph (as earlier versions of kg loaded it, or with --graph) answers as
    one with it in the default graph; with both, kg query sees both."""
    from kg.sparql import LocalSource

    counts = "SELECT (COUNT(*) AS ?n) WHERE { ?p a <https://w3id.org/tgkg/ontology#Post> }"
    named, default, both = tmp_path / "named", tmp_path / "default", tmp_path / "both"
    load_into_store([str(graph)], str(named), DEFAULT_DATA_GRAPH)
    load_into_store([str(graph)], str(default))
    load_into_store([str(graph)], str(both))
    extra = tmp_path / "extra.ttl"
    extra.write_text("<https://example.org/p> a <https://w3id.org/tgkg/ontology#Post> .\n", encoding="utf-8")
    load_into_store([str(extra)], str(both), "https://example.org/mine")
    answers = {name: LocalSource.from_store(str(d)).reading("data").rows(counts)[0]["n"]
               for name, d in (("named", named), ("default", default), ("both", both))}
    assert answers == {"named": "67", "default": "67", "both": "68"}


def test_kg_load_reports_progress_of_every_byte_and_shows_it_when_asked(tmp_path, graph, monkeypatch):
    monkeypatch.setattr("kg.cli.options._PROGRESS_DELAY", 0)  # the seeds load before the usual delay
    heard = []
    load_into_store([str(graph)], str(tmp_path / "s"), progress=lambda phase, n: heard.append((phase, n)))
    assert {phase for phase, _ in heard} == {"reading"}  # kg's Turtle goes to the loader in pieces
    assert sum(n for _, n in heard) == graph.stat().st_size
    shown = CliRunner().invoke(cli, ["load", str(graph), "--store", str(tmp_path / "t"), "--progress"])
    assert shown.exit_code == 0 and "reading" in shown.stderr and "B/s" in shown.stderr
    quiet = CliRunner().invoke(cli, ["load", str(graph), "--store", str(tmp_path / "u")])
    assert quiet.exit_code == 0 and "B/s" not in quiet.stderr


def test_kg_load_reports_progress_of_every_triple_of_a_file_it_parses(tmp_path):
    data = tmp_path / "blank.ttl"  # a labelled blank node: not cut into pieces, parsed
    data.write_text("".join(f"_:b <https://example.org/p> {n} .\n" for n in range(120_000)), encoding="utf-8")
    heard = []
    result = load_into_store([str(data)], str(tmp_path / "s"), progress=lambda phase, n: heard.append((phase, n)))
    assert {phase for phase, _ in heard} == {"loading"}
    assert sum(n for _, n in heard) == result.triples == 120_000


def test_loading_a_store_of_an_earlier_version_again_replaces_its_data_instead_of_doubling_it(tmp_path, graph):
    """Earlier versions of kg loaded the data into the named graph https://w3id.org/tgkg/id/graph; the
    same kg load run again now loads into the default graph, and kg query sees both: without the
    old graph's removal every count would double."""
    from kg.sparql import LocalSource

    directory = tmp_path / "s"
    load_into_store([str(graph)], str(directory), DEFAULT_DATA_GRAPH)  # as an earlier version did
    load_into_store([str(graph)], str(directory))
    assert _count(directory, DEFAULT_DATA_GRAPH) == 0 and _count(directory, None) == _count_file(graph)
    posts = "SELECT (COUNT(*) AS ?n) WHERE { ?p a <https://w3id.org/tgkg/ontology#Post> }"
    assert LocalSource.from_store(str(directory)).reading("data").rows(posts)[0]["n"] == "67"


def _count_file(path: Path) -> int:
    return len(list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)))


def test_query_a_store_that_does_not_exist_is_an_error(tmp_path):
    result = CliRunner().invoke(cli, ["query", "timeline", "--store", str(tmp_path / "none")])
    assert result.exit_code == 2 and "no such store" in result.stderr


def test_load_needs_exactly_one_target(graph):
    assert CliRunner().invoke(cli, ["load", str(graph)]).exit_code == 2


def test_kill_9_in_the_middle_of_a_load_leaves_the_previous_graph(tmp_path, graph):
    directory = tmp_path / "s"
    load_into_store([str(graph)], str(directory))
    before = _count(directory, None)
    big = tmp_path / "big.nt"
    with open(big, "w", encoding="utf-8") as out:
        for n in range(600_000):
            out.write(f"<https://example.org/s{n}> <https://example.org/p> \"value {n}\" .\n")
    process = subprocess.Popen([sys.executable, "-m", "kg", "load", str(big), "--store", str(directory)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    versions = tmp_path / ".s.versions"
    deadline = time.time() + 30
    while time.time() < deadline and len(list(versions.iterdir())) < 2:  # the new version is being written
        time.sleep(0.05)
    time.sleep(0.3)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    after = _count(directory, None)
    assert after in (before, 600_000), after
    assert after == before, "the load finished before it could be killed; make the file larger"
    load_into_store([str(graph)], str(directory))  # the next load cleans what the killed one left
    assert len(list(versions.iterdir())) == 1


def test_the_temporary_store_of_kg_validate_takes_the_parsed_triples_as_they_are(tmp_path, graph, monkeypatch):
    """Regression: loading files into the default graph of kg validate's temporary store made every
    parsed triple's quad again in Python, to put it in the graph it was already in (8 of the 25 s
    the load took at 100k). A file parsed into a named graph (kg load --graph) still needs them
    made; one loaded in pieces (kg's own Turtle) makes none in either graph."""
    import kg.store

    made = []
    real = ox.Quad

    def counting_quad(*args):
        made.append(1)
        return real(*args)

    monkeypatch.setattr(kg.store.ox, "Quad", counting_quad)
    blank = tmp_path / "blank.ttl"  # parsed: a labelled blank node
    blank.write_text("".join(f"_:b <https://example.org/p> {n} .\n" for n in range(2000)), encoding="utf-8")
    with kg.store.files_on_disk([str(blank)]) as (store, _):
        assert len(store) == 2000 and made == []
    memory = ox.Store()
    kg.store._stream_into(memory, str(blank), ox.NamedNode(DEFAULT_DATA_GRAPH))
    assert len(made) == len(memory) == 2000
    made.clear()
    kg.store._stream_into(memory, str(graph), ox.NamedNode(DEFAULT_DATA_GRAPH))
    assert made == [] and len(memory) > 3000
