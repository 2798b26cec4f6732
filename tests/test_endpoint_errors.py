"""kg.endpoint when the server is missing, refuses, or answers oddly: tiny HTTP servers on 127.0.0.1, no Virtuoso.

Each server here is Python's http.server in a thread, answering what the test tells it to; the
requests it received are kept so that tests can check what kg sent.
"""
from __future__ import annotations

import json
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable, Iterator
from urllib.parse import parse_qs, urlsplit

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.endpoint import Endpoint
from kg.errors import QueryError, StoreError

from counting import written_and_peak


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    @property
    def form(self) -> dict[str, list[str]]:
        return parse_qs(self.body.decode("utf-8"))


Answer = tuple[int, dict[str, str], bytes]


@dataclass
class TinyServer:
    respond: Callable[[Request], Answer]
    received: list[Request] = field(default_factory=list)
    url: str = ""


@pytest.fixture
def serve() -> Iterator[Callable[[Callable[[Request], Answer]], TinyServer]]:
    started: list[ThreadingHTTPServer] = []

    def start(respond: Callable[[Request], Answer]) -> TinyServer:
        tiny = TinyServer(respond)

        class Handler(BaseHTTPRequestHandler):
            def _any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                parts = urlsplit(self.path)
                request = Request(self.command, parts.path, parse_qs(parts.query), dict(self.headers),
                                  self.rfile.read(length) if length else b"")
                tiny.received.append(request)
                status, headers, body = tiny.respond(request)
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)

            do_GET = do_POST = do_PUT = do_HEAD = _any

            def log_message(self, *args) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads, server.block_on_close = True, False
        server.handle_error = lambda request, address: None  # a client that gave up (the timeout test)
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
        started.append(server)
        tiny.url = f"http://127.0.0.1:{server.server_address[1]}/sparql"
        return tiny

    yield start
    for server in started:
        server.shutdown()
        server.server_close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def data(tmp_path) -> Path:
    path = tmp_path / "g.nt"
    path.write_text('<https://example.org/s> <https://example.org/p> "o" .\n', encoding="utf-8")
    return path


def _error_lines(result) -> list[str]:
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith("Error: ") and "Traceback" not in result.output
    return lines


JSON_ROWS = (200, {"Content-Type": "application/sparql-results+json"},
             json.dumps({"head": {"vars": ["n"]}, "results": {"bindings": [{"n": {"type": "literal", "value": "1"}}]}}).encode())


# -- unreachable -----------------------------------------------------------------------------------------------
def test_load_and_query_on_a_port_with_no_server_say_cannot_reach(data):
    url = f"http://127.0.0.1:{_free_port()}/sparql"
    for args in (["load", str(data), "--endpoint", url], ["query", "counts", "--endpoint", url]):
        result = CliRunner().invoke(cli, args)
        first, *rest = _error_lines(result)
        assert first.startswith(f"Error: cannot reach {url}: ") and "Connection refused" in first
        assert rest == ["  hint: is the server running? check the URL"]


def test_a_password_in_the_url_is_never_shown():
    port = _free_port()
    with pytest.raises(StoreError) as caught:
        Endpoint(f"http://kg:s3cret@127.0.0.1:{port}/sparql").rows("SELECT * WHERE { ?s ?p ?o }")
    assert "s3cret" not in str(caught.value) and f"127.0.0.1:{port}" in str(caught.value)


def test_a_server_that_does_not_answer_in_time_is_a_timeout(serve):
    tiny = serve(lambda request: (time.sleep(2), JSON_ROWS)[1])
    began = time.monotonic()
    with pytest.raises(StoreError) as caught:
        Endpoint(tiny.url, timeout=0.3).rows("SELECT * WHERE { ?s ?p ?o }")
    assert time.monotonic() - began < 1.5
    assert "no answer within 0.3 s" in str(caught.value) and "server running" in caught.value.hint


# -- refused -----------------------------------------------------------------------------------------------------
def _needs_basic(request: Request) -> Answer:
    if request.headers.get("Authorization") != "Basic a2c6cGFzcw==":  # kg:pass
        return 401, {"WWW-Authenticate": 'Basic realm="sparql"'}, b"who are you?"
    return JSON_ROWS


def test_401_without_credentials_says_which_variables_to_set(serve, data):
    tiny = serve(_needs_basic)
    for args in (["query", "counts", "--endpoint", tiny.url], ["load", str(data), "--endpoint", tiny.url]):
        first, hint = _error_lines(CliRunner().invoke(cli, args, env={"KG_SPARQL_USER": "", "KG_SPARQL_PASSWORD": ""}))
        assert first == f"Error: {tiny.url} refused the request (HTTP 401)"
        assert "KG_SPARQL_USER" in hint and "KG_SPARQL_PASSWORD" in hint


def test_wrong_credentials_are_named_and_the_password_is_not(serve):
    tiny = serve(_needs_basic)
    result = CliRunner().invoke(cli, ["query", "counts", "--endpoint", tiny.url],
                                env={"KG_SPARQL_USER": "kg", "KG_SPARQL_PASSWORD": "wrong-pw"})
    first, hint = _error_lines(result)
    assert "HTTP 401" in first and "did not accept" in hint and "wrong-pw" not in result.output


def test_basic_credentials_are_sent_after_the_servers_challenge(serve):
    tiny = serve(_needs_basic)
    endpoint = Endpoint(tiny.url, user="kg", password="pass")
    assert endpoint.rows("SELECT ?n WHERE { }") == [{"n": "1"}]
    assert endpoint.rows("SELECT ?n WHERE { }") == [{"n": "1"}]
    assert [r.method for r in tiny.received] == ["HEAD", "POST", "POST"]  # the scheme learnt once, bodiless
    assert "Authorization" not in tiny.received[0].headers


def test_403_on_a_write_names_an_account_that_may_write(serve, data):
    tiny = serve(lambda request: (403, {}, b"read only"))
    first, hint = _error_lines(CliRunner().invoke(cli, ["load", str(data), "--endpoint", tiny.url]))
    assert "HTTP 403" in first and "KG_SPARQL_USER" in hint


# -- a bad query ---------------------------------------------------------------------------------------------------
def test_400_to_a_query_is_a_query_error_with_the_servers_first_lines(serve):
    message = b"Virtuoso 37000 Error SP030: SPARQL compiler, line 3: syntax error at '}'\n\nSPARQL query:\nSELECT ..."
    tiny = serve(lambda request: (400, {"Content-Type": "text/plain"}, message))
    result = CliRunner().invoke(cli, ["query", "counts", "--endpoint", tiny.url])
    first, hint = _error_lines(result)
    assert first == f"Error: {tiny.url} rejected the query: Virtuoso 37000 Error SP030: SPARQL compiler, line 3: syntax error at '}}'"
    assert "syntax" in hint
    with pytest.raises(QueryError):
        Endpoint(tiny.url).answer("SELECT * WHERE { ?s ?p ?o }", "csv")


def test_a_partial_answer_is_an_error_not_a_result(serve):
    tiny = serve(lambda request: (200, {**JSON_ROWS[1], "X-SQL-State": "S1TAT", "X-SQL-Message":
                                        "RC...: Returning incomplete results, query interrupted by result timeout.  Activity"},
                                  JSON_ROWS[2]))
    with pytest.raises(StoreError) as caught:
        Endpoint(tiny.url).rows("SELECT ?n WHERE { }")
    assert "partial answer (S1TAT: RC...: Returning incomplete results, query interrupted by result timeout)" in str(caught.value)


def _results(body: bytes, **headers: str) -> Callable[[Request], Answer]:
    return lambda request: (200, {"Content-Type": "application/sparql-results+json", **headers}, body)


_TWO_ROWS = {"results": {"bindings": [{"a": {"type": "uri", "value": "https://example.org/x"}},
                                      {"a": {"type": "literal", "value": ""}, "b": {"type": "literal", "value": "2"}}]}}


@pytest.mark.parametrize("answer", [
    {"head": {"vars": ["a", "b"]}, **_TWO_ROWS},
    {**_TWO_ROWS, "head": {"vars": ["a", "b"]}},  # the head after the results: rows held until it comes
], ids=["head first", "head last"])
def test_rows_stream_with_every_variable_and_none_where_unbound(serve, answer):
    tiny = serve(_results(json.dumps(answer).encode()))
    assert Endpoint(tiny.url).rows("SELECT ?a ?b WHERE { }") == [
        {"a": "https://example.org/x", "b": None}, {"a": "", "b": "2"}]


def test_rows_of_a_gzipped_answer(serve):
    import gzip

    tiny = serve(_results(gzip.compress(JSON_ROWS[2]), **{"Content-Encoding": "gzip"}))
    assert Endpoint(tiny.url).rows("SELECT ?n WHERE { }") == [{"n": "1"}]


@pytest.mark.parametrize("answer", [
    {"head": {"vars": ["a", "b"]}, **_TWO_ROWS},
    {**_TWO_ROWS, "head": {"vars": ["a", "b"]}},
], ids=["head first", "head last"])
def test_an_endpoint_table_shows_blank_nodes_and_unbound_cells_whichever_comes_first(serve, answer):
    answer = json.loads(json.dumps(answer))
    answer["results"]["bindings"].append({"b": {"type": "bnode", "value": "b0"}})
    tiny = serve(_results(json.dumps(answer).encode()))
    lines = Endpoint(tiny.url).answer("SELECT ?a ?b WHERE { }", "table").decode("utf-8").splitlines()
    assert [line.split() for line in lines] == [
        ["a", "b"], ["-" * len("https://example.org/x"), "----"], ["https://example.org/x"], ["2"], ["_:b0"], ["(3", "rows)"]]
    assert lines[3].startswith(" " * len("https://example.org/x")), "the unbound a is an empty cell"


def test_an_endpoint_table_with_no_rows_still_has_its_header(serve):
    tiny = serve(_results(json.dumps({"head": {"vars": ["month", "events"]}, "results": {"bindings": []}}).encode()))
    assert Endpoint(tiny.url).answer("SELECT ?month ?events WHERE { }", "table") == b"month  events\n-----  ------\n(0 rows)\n"


def test_an_endpoint_table_is_drawn_from_the_answer_as_it_arrives_not_held(serve):
    """Regression: kg query --endpoint's table (the default format) parsed the server's whole JSON
    answer, and made a dict of it, before it drew a row, where tables from files and stores stream."""
    rows = [{"s": {"type": "uri", "value": f"https://example.org/s/{i}"},
             "label": {"type": "literal", "value": f"label number {i} " + "x" * 40}} for i in range(60_000)]
    body = json.dumps({"head": {"vars": ["s", "label"]}, "results": {"bindings": rows}}).encode()
    del rows
    tiny = serve(_results(body))
    endpoint = Endpoint(tiny.url)
    endpoint.answer("SELECT ?s WHERE { }", "csv")  # warm: imports, connection
    sink, peak = written_and_peak(lambda sink: endpoint.write_answer("SELECT ?s ?label WHERE { }", "table", sink))
    assert sink.tail.endswith(b"(60000 rows)\n") and len(body) > 7_000_000
    assert peak < len(body) / 8, f"{peak / 1e6:.2f} MB held for a {len(body) / 1e6:.2f} MB answer"


@pytest.mark.parametrize("body, said", [
    (b"<html><body>Welcome to our site</body></html>", "did not answer in SPARQL JSON results"),
    (b'{"name": "not results"}', "did not answer in SPARQL JSON results"),
    (JSON_ROWS[2][: len(JSON_ROWS[2]) // 2 + 20], "broke off its answer"),
], ids=["html", "other json", "cut off"])
def test_an_answer_that_is_not_whole_json_results_is_a_store_error(serve, tmp_path, body, said):
    tiny = serve(_results(body))
    with pytest.raises(StoreError) as caught:
        Endpoint(tiny.url).rows("SELECT ?n WHERE { }")
    assert said in str(caught.value)
    out = tmp_path / "report.html"
    first, _ = _error_lines(CliRunner().invoke(cli, ["report", "--endpoint", tiny.url, "-o", str(out)]))
    assert first == f"Error: {tiny.url} {said}" and not out.exists()


# -- what is sent -----------------------------------------------------------------------------------------------------
def test_query_forms_and_formats_ask_for_the_right_media_types(serve):
    tiny = serve(lambda request: (200, {}, b'{"head": {}, "boolean": true}'
                                  if "ASK" in request.form["query"][0] else b"server bytes"))
    endpoint = Endpoint(tiny.url, default_graphs=["https://example.org/g"])
    assert endpoint.answer("SELECT * WHERE { ?s ?p ?o }", "csv") == b"server bytes"
    assert endpoint.answer("PREFIX ex: <https://example.org/>\nCONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "table") == b"server bytes"
    assert endpoint.answer("# a comment\nASK { ?s ?p ?o }", "table") == b"true\n"
    accepts = [r.headers["Accept"] for r in tiny.received]
    assert accepts == ["text/csv", "text/turtle", "application/sparql-results+json"]
    assert all(r.form["default-graph-uri"] == ["https://example.org/g"] and "update" not in r.form for r in tiny.received)


def test_a_query_that_reads_data_only_leaves_the_ontology_graph_out_as_from_a_store(serve, tmp_path):
    """Regression: kg query --endpoint and kg report --endpoint asked the server for the union of
    kg's data and ontology graphs for every query, where from a store a query that says
    "# reads: data" reads the data graphs alone (the same rows, a graph fewer to look in)."""
    from kg.store import DEFAULT_DATA_GRAPH, ONTOLOGY_GRAPH

    tiny = serve(_results(JSON_ROWS[2]))
    mine = tmp_path / "mine.rq"
    mine.write_text("SELECT ?n WHERE { ?s ?p ?n }\n", encoding="utf-8")  # no header: reads all
    for args in (["query", "counts"], ["query", str(mine)], ["query", "counts", "--graph", "https://example.org/g"],
                 ["query", "counts", "--graph", "https://example.org/g", "--graph", ONTOLOGY_GRAPH]):
        result = CliRunner().invoke(cli, [*args, "--endpoint", tiny.url, "--format", "csv"])
        assert result.exit_code == 0, result.output
    graphs = [r.form["default-graph-uri"] for r in tiny.received]
    assert graphs == [[DEFAULT_DATA_GRAPH], [DEFAULT_DATA_GRAPH, ONTOLOGY_GRAPH],
                      ["https://example.org/g"], ["https://example.org/g"]]
    assert Endpoint(tiny.url, default_graphs=[ONTOLOGY_GRAPH]).reading("data").default_graphs == [ONTOLOGY_GRAPH], \
        "the ontology graph alone is kept: a default graph of nothing would be every graph on some servers"


def _gsp(accepts: str, server: str) -> Callable[[Request], Answer]:
    def respond(request: Request) -> Answer:
        if request.method == "PUT" and accepts in request.query:
            return 201, {"Server": server}, b""
        return 400, {"Server": server}, b"no graph given"
    return respond


def test_graph_store_put_falls_back_to_graph_uri_on_virtuoso_only(serve, data):
    virtuoso = serve(_gsp("graph-uri", "Virtuoso/07.20.3229 (Linux)"))
    assert Endpoint(virtuoso.url, gsp=virtuoso.url).replace_graph("https://example.org/g", [str(data)]) == 1
    assert [sorted(r.query) for r in virtuoso.received] == [["graph"], ["graph-uri"]]
    assert virtuoso.received[1].headers["Content-Type"].startswith("text/turtle")
    other = serve(_gsp("graph-uri", "SomeStore/1.0"))
    with pytest.raises(StoreError, match="rejected the graph"):
        Endpoint(other.url, gsp=other.url).replace_graph("https://example.org/g", [str(data)])
    assert [sorted(r.query) for r in other.received] == [["graph"]]  # never a guess that could write elsewhere


def test_update_batches_are_halved_until_the_server_takes_them(serve, tmp_path):
    path = tmp_path / "many.nt"
    path.write_text("".join(f"<https://example.org/s{i}> <https://example.org/p> \"{i}\" .\n" for i in range(1000))
                    + "_:a <https://example.org/p> _:b .\n_:b <https://example.org/p> \"x\" .\n", encoding="utf-8")

    def respond(request: Request) -> Answer:
        update = request.form["update"][0]
        return (400, {}, b"too long") if update.count(" .\n") > 300 else (200, {}, b"done")

    tiny = serve(respond)
    assert Endpoint(tiny.url).replace_graph("https://example.org/g", [str(path)]) == 1002
    accepted = [r.form["update"][0] for r in tiny.received if r.form["update"][0].count(" .\n") <= 300]
    assert accepted[0].startswith("DROP SILENT GRAPH <https://example.org/g> ;\nINSERT DATA {")
    assert sum(u.count(" .\n") for u in accepted) == 1002
    assert accepted[-1].startswith("INSERT { GRAPH <https://example.org/g>") and accepted[-1].endswith("WHERE {}")
