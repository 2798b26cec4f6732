"""kg against a real SPARQL server: Virtuoso 7, started here with its own database (tests/virtuoso.py).

Loading through the Graph Store Protocol and through SPARQL Update gives the file's triples, and
loading again replaces them. Every stored query gives on Virtuoso the rows (or the answer, or the
triples) it gives on the embedded Oxigraph store, once with its default parameters and once with
every parameter given. Where Virtuoso genuinely answers otherwise, KNOWN says how and why, and the
test checks that it still does, so that the list stays true.
"""
from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg import queries
from kg.cli import cli
from kg.endpoint import Endpoint
from kg.errors import KgError
from kg.paths import ontology_file
from kg.sparql import LocalSource
from kg.store import DEFAULT_DATA_GRAPH, ONTOLOGY_GRAPH, load_into_store

from counting import CountingSink, peak_while, written_and_peak
from virtuoso import PASSWORD, USER, Virtuoso, require_virtuoso

ROOT = Path(__file__).resolve().parents[1]
UPDATE_GRAPH = "https://example.org/kg-test/loaded-by-update"
ENV = {"KG_SPARQL_USER": USER, "KG_SPARQL_PASSWORD": PASSWORD}

# A value for each parameter name, used when a query is run "with params" (and for required ones).
SAMPLES = {
    "person": "Sergey Lavrov", "speaker": "sergey lavrov", "a": "Sergey Lavrov", "b": "Wang Yi",
    "name": "#SCO", "organisation": "BRICS", "city": "Moscow", "tag": "#brics", "year": "2024", "min": "1",
    "from": "2024-01-01", "to": "2024-06-30", "inferred": "true",
}
# ... and by type, for a parameter not named above (an iri parameter is left unbound: no sample fits every query)
SAMPLES_BY_TYPE = {"string": "Sergey Lavrov", "integer": "2024", "date": "2024-01-01", "datetime": "2024-01-01T00:00:00Z",
                   "boolean": "true", "decimal": "1.5"}


@dataclass(frozen=True)
class Known:
    """How Virtuoso 7.2.5 answers a query otherwise than Oxigraph, and why."""

    kind: str  # "differs": other rows; "fails": an error answer (HTTP 400 or 500); "crashes": the process dies
    reason: str
    # for "differs": Virtuoso's rows turned into what Oxigraph gives; the test checks they then agree
    explain: Callable[[list[dict], list[dict]], None] | None = None


KNOWN: dict[tuple[str, str], Known] = {
    # Empty: every stored query gives Oxigraph's answer on Virtuoso 7, with defaults and with parameters.
    # (Earlier versions of timeline, who-met-whom, has-met and event-subgraph hit Virtuoso bugs: an
    # all-UNDEF VALUES block crashed or confused it, FILTER EXISTS with a VALUES block before a UNION
    # failed to compile. kg now leaves unset optional parameters out of VALUES, and the queries join
    # with OPTIONAL instead of FILTER EXISTS.)
}


# -- fixtures --------------------------------------------------------------------------------------------
class Loaded:
    """The module's server with the seeds graph and the ontology loaded, restarted if a query killed it."""

    def __init__(self, graph: Path):
        self.graph = graph
        self.server = Virtuoso()
        self.load_seconds = 0.0
        self.first_load = None

    def start(self) -> "Loaded":
        self.server.start()
        began = time.monotonic()
        self.first_load = _cli_load(self.server, self.graph, gsp=True)
        self.load_seconds = time.monotonic() - began
        Endpoint(self.server.sparql_auth, self.server.gsp_auth, user=USER, password=PASSWORD).replace_graph(
            ONTOLOGY_GRAPH, [str(ontology_file("kg.ttl"))])
        return self

    def ensure_running(self) -> None:
        if self.server.pid is None or not self.server.alive():
            self.server.stop()
            self.server = Virtuoso()
            self.start()

    def endpoint(self) -> Endpoint:
        """The read-only endpoint; queries see the data and the ontology, as in an embedded store."""
        return Endpoint(self.server.sparql, default_graphs=[DEFAULT_DATA_GRAPH, ONTOLOGY_GRAPH])


@pytest.fixture(scope="module")
def loaded(graph):
    require_virtuoso()
    state = Loaded(graph).start()
    yield state
    state.server.stop()


@pytest.fixture(scope="module")
def store_dir(graph, tmp_path_factory) -> Path:
    directory = tmp_path_factory.mktemp("embedded") / "kg-store"
    load_into_store([str(graph)], str(directory))
    return directory


@pytest.fixture(scope="module")
def local(store_dir) -> LocalSource:
    return LocalSource.from_store(str(store_dir))


def _cli_load(server: Virtuoso, graph: Path, gsp: bool, target: str = DEFAULT_DATA_GRAPH):
    args = ["load", str(graph), "--endpoint", server.sparql_auth, "--graph", target]
    if gsp:
        args += ["--gsp", server.gsp_auth]
    result = CliRunner().invoke(cli, args, env=ENV)
    assert result.exit_code == 0, result.output + (result.stderr or "")
    return result


def _file_triples(graph: Path) -> set[ox.Triple]:
    return {quad.triple for quad in ox.parse(path=str(graph), format=ox.RdfFormat.TURTLE)}


def _server_triples(server: Virtuoso, target: str) -> set[ox.Triple]:
    data = Endpoint(server.sparql).answer(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{target}> {{ ?s ?p ?o }} }}",
                                          "turtle")
    return {quad.triple for quad in ox.parse(data, format=ox.RdfFormat.TURTLE)}


def _count(server: Virtuoso, target: str) -> int:
    (row,) = Endpoint(server.sparql).rows(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{target}> {{ ?s ?p ?o }} }}")
    return int(row["n"])


# -- loading -------------------------------------------------------------------------------------------------
def test_graph_store_load_gives_the_files_triples_and_a_second_load_replaces_them(loaded, graph):
    expected = _file_triples(graph)
    assert f"kg load: {len(expected)} triples into <{DEFAULT_DATA_GRAPH}>" in loaded.first_load.stderr
    assert _count(loaded.server, DEFAULT_DATA_GRAPH) == len(expected)
    again = _cli_load(loaded.server, graph, gsp=True)
    assert f"{len(expected)} triples" in again.stderr
    assert _count(loaded.server, DEFAULT_DATA_GRAPH) == len(expected)  # replaced, not added
    assert _server_triples(loaded.server, DEFAULT_DATA_GRAPH) == expected  # every term, every character


def test_sparql_update_load_gives_the_same_triples_as_the_graph_store(loaded, graph):
    expected = _file_triples(graph)
    for _ in range(2):
        result = _cli_load(loaded.server, graph, gsp=False, target=UPDATE_GRAPH)
        assert f"{len(expected)} triples into <{UPDATE_GRAPH}>" in result.stderr
        assert _count(loaded.server, UPDATE_GRAPH) == len(expected)
    assert _server_triples(loaded.server, UPDATE_GRAPH) == _server_triples(loaded.server, DEFAULT_DATA_GRAPH)


def test_update_load_on_a_stock_virtuoso_sends_smaller_batches_and_gives_the_same_triples(graph):
    """Virtuoso's default limits refuse an INSERT DATA of the whole seeds graph ("generated SQL text has
    exceeded 10000 lines"): the batches are halved until it takes them."""
    require_virtuoso()
    with Virtuoso(stock_limits=True) as server:
        endpoint = Endpoint(server.sparql_auth, user=USER, password=PASSWORD)
        assert endpoint.replace_graph(UPDATE_GRAPH, [str(graph)]) == len(_file_triples(graph))
        assert endpoint.batch < 5000
        assert _server_triples(server, UPDATE_GRAPH) == _file_triples(graph)


# -- every stored query: Virtuoso and Oxigraph agree -----------------------------------------------------------
def _cases() -> list:
    cases = []
    for stored in queries.stored():
        for case in ("defaults", "params") if stored.params else ("defaults",):
            cases.append(pytest.param(stored.name, case, id=f"{stored.name}-{case}"))
    return cases


def _text(stored: queries.StoredQuery, case: str) -> str:
    given = {}
    for param in stored.params:
        if case == "params" or param.default == "required":
            value = SAMPLES.get(param.name, SAMPLES_BY_TYPE.get(param.type))
            if value is None and param.default == "required":
                pytest.fail(f"{stored.name}: add a sample value for its required parameter {param.name!r} to SAMPLES")
            if value is not None:
                given[param.name] = value
    return queries.bind(stored, given)


_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")


def _normal(value: str | None):
    """Numbers as numbers (engines write aggregates differently: 2, 2.0, 2E0); everything else as it is."""
    if value is None or not _NUMBER.match(value):
        return value
    number = float(value)
    return int(number) if number.is_integer() else round(number, 9)


def _rows(rows: list[dict], ordered: bool) -> list[dict]:
    normal = [{k: _normal(v) for k, v in row.items()} for row in rows]
    return normal if ordered else sorted(normal, key=lambda row: json.dumps(row, sort_keys=True, default=str))


def _answer(source, stored: queries.StoredQuery, text: str, ordered: bool):
    if stored.form == "SELECT":
        return _rows(source.rows(text), ordered)
    if stored.form == "ASK":
        return source.answer(text, "table")
    return {quad.triple for quad in ox.parse(source.answer(text, "turtle"), format=ox.RdfFormat.TURTLE)}


@pytest.mark.parametrize("name, case", _cases())
def test_stored_query_gives_the_same_answer_on_virtuoso_as_on_oxigraph(loaded, local, graph, name, case):
    stored = queries.find(name)
    text = _text(stored, case)
    ordered = bool(re.search(r"\bORDER\s+BY\b", re.sub(r"(?m)^\s*#.*$", "", text), re.IGNORECASE))
    known = KNOWN.get((name, case))
    oxigraph = _answer(local, stored, text, ordered)
    if known and known.kind == "crashes":
        _assert_still_crashes(graph, text, known)
        return
    loaded.ensure_running()
    try:
        virtuoso = _answer(loaded.endpoint(), stored, text, ordered)
    except KgError as error:
        if not loaded.server.alive():
            pytest.fail(f"{name} ({case}) made Virtuoso stop: {error}. Add it to KNOWN as 'crashes' "
                        "with the reason, or change the query")
        if known and known.kind == "fails":
            return
        raise AssertionError(f"Virtuoso fails on {name} ({case}): {error}") from None
    if known is None:
        assert virtuoso == oxigraph
    elif known.kind == "fails":
        pytest.fail(f"Virtuoso now answers {name} ({case}): remove it from KNOWN, or make it 'differs'")
    else:
        assert virtuoso != oxigraph, f"Virtuoso now gives Oxigraph's answer to {name} ({case}): remove it from KNOWN"
        assert known.explain is not None
        known.explain(virtuoso, oxigraph)


def _assert_still_crashes(graph: Path, text: str, known: Known) -> None:
    """Run the query on a server of its own, and check that the server dies."""
    with Virtuoso() as server:
        Endpoint(server.sparql_auth, server.gsp_auth, user=USER, password=PASSWORD).replace_graph(
            DEFAULT_DATA_GRAPH, [str(graph)])
        try:
            Endpoint(server.sparql, default_graphs=[DEFAULT_DATA_GRAPH]).answer(text, "json")
        except KgError:
            pass
        deadline = time.monotonic() + 10
        while server.alive() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not server.alive(), f"Virtuoso survives the query now: remove it from KNOWN ({known.reason})"


def test_known_differences_name_stored_queries():
    names = {q.name for q in queries.stored()}
    assert {name for name, _ in KNOWN} <= names


# -- the command line against the server ------------------------------------------------------------------------
def _data_url(server: Virtuoso) -> str:
    return f"{server.sparql}?default-graph-uri={DEFAULT_DATA_GRAPH}"


def test_kg_query_endpoint_prints_the_table_kg_prints_for_the_file(loaded, graph):
    loaded.ensure_running()
    there = CliRunner().invoke(cli, ["query", "counts", "--endpoint", _data_url(loaded.server)])
    here = CliRunner().invoke(cli, ["query", "counts", "--data", str(graph)])
    assert there.exit_code == 0, there.output
    assert here.exit_code == 0, here.output
    assert there.stdout.splitlines()[0].split() == ["what", "count"]
    assert there.stdout.strip().endswith("(9 rows)")
    assert there.stdout == here.stdout


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_kg_query_endpoint_formats_are_the_servers_bytes(loaded, fmt):
    loaded.ensure_running()
    url = _data_url(loaded.server)
    result = CliRunner().invoke(cli, ["query", "events-by-type-per-month", "--endpoint", url, "--format", fmt])
    assert result.exit_code == 0, result.output
    direct = Endpoint(url).answer(queries.bind(queries.find("events-by-type-per-month"), {}), fmt)
    assert result.stdout_bytes.rstrip(b"\n") == direct.rstrip(b"\n")
    if fmt == "csv":
        assert result.stdout.splitlines()[0] == '"month","type","events"'  # Virtuoso's CSV quotes its header
    else:
        parsed = json.loads(result.stdout)
        assert parsed["head"]["vars"] == ["month", "type", "events"] and parsed["results"]["bindings"]


_TIMES = "VALUES ?n { 1 2 3 4 5 6 7 8 } BIND(CONCAT(STR(?o), ' ', STR(?n)) AS ?copy)"  # the seeds graph, 8 times over


@pytest.mark.parametrize("fmt, text", [
    ("turtle", f"CONSTRUCT {{ ?s ?p ?copy }} WHERE {{ ?s ?p ?o {_TIMES} }}"),
    ("csv", f"SELECT ?s ?p ?copy WHERE {{ ?s ?p ?o {_TIMES} }}"),
    ("table", f"SELECT ?s ?p ?copy WHERE {{ ?s ?p ?o {_TIMES} }}"),
])
def test_a_large_endpoint_answer_is_written_as_it_arrives_not_held(loaded, fmt, text):
    """Regression: kg query --endpoint held the server's whole answer (and a copy) before writing
    it, where answers from files and stores stream. It now writes the answer as it arrives."""
    loaded.ensure_running()
    endpoint = loaded.endpoint()
    endpoint.write_answer(text.replace("WHERE {", "WHERE { FILTER(false)"), fmt, CountingSink())  # warm: imports, connection
    sink, peak = written_and_peak(lambda sink: endpoint.write_answer(text, fmt, sink))
    assert sink.size > 2_000_000
    assert {"turtle": sink.tail.rstrip().endswith(b"."), "csv": b"https://w3id.org/tgkg/" in sink.tail,
            "table": sink.tail.endswith(b" rows)\n")}[fmt]
    assert peak < sink.size / 4, f"{peak / 1e6:.2f} MB held to write {sink.size / 1e6:.2f} MB"


def test_kg_report_reads_an_endpoints_answer_a_row_at_a_time(loaded):
    """Regression: kg report --endpoint took each query's whole answer as JSON, then a dict a row
    (Endpoint.rows): hundreds of MB for the 584,474 rows of every entity's events at 100,000 posts,
    where a local store's rows stream. It now reads the rows as the answer arrives."""
    loaded.ensure_running()
    endpoint = loaded.endpoint()
    text = f"SELECT ?s ?p ?copy WHERE {{ ?s ?p ?o {_TIMES} }}"
    expected = endpoint.rows(f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s ?p ?o {_TIMES} }}")[0]["n"]
    list(endpoint.iter_rows(text.replace("WHERE {", "WHERE { FILTER(false)")))  # warm: imports, connection
    (rows, last), peak = peak_while(lambda: _count_and_last(endpoint.iter_rows(text)))
    assert rows == int(expected) > 20_000
    assert set(last) == {"s", "p", "copy"} and last["copy"]
    assert peak < 2_000_000, f"{peak / 1e6:.2f} MB held for {rows} rows"


def _count_and_last(rows) -> tuple[int, dict]:
    count, last = 0, {}
    for last in rows:
        count += 1
    return count, last


# -- what Virtuoso says when something is wrong ------------------------------------------------------------------
def test_virtuoso_asks_for_digest_credentials_and_kg_names_the_variables(loaded, graph):
    loaded.ensure_running()
    server = loaded.server
    args = ["load", str(graph), "--endpoint", server.sparql_auth, "--gsp", server.gsp_auth, "--graph", UPDATE_GRAPH]
    for env, hint in (({"KG_SPARQL_USER": "", "KG_SPARQL_PASSWORD": ""}, "set KG_SPARQL_USER and KG_SPARQL_PASSWORD"),
                      ({"KG_SPARQL_USER": USER, "KG_SPARQL_PASSWORD": "not-the-password"}, "did not accept")):
        result = CliRunner().invoke(cli, args, env=env)
        assert result.exit_code == 2
        assert result.stderr.startswith(f"Error: {server.gsp_auth} refused the request (HTTP 401)")
        assert hint in result.stderr and "not-the-password" not in result.stderr


def test_virtuosos_partial_anytime_answer_is_an_error(loaded):
    loaded.ensure_running()
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o . ?a ?b ?c . ?d ?e ?f }"
    with pytest.raises(KgError, match=r"partial answer \(S1TAT"):
        Endpoint(f"{loaded.server.sparql}?timeout=50").rows(slow)  # Virtuoso's own per-request time limit, in ms
