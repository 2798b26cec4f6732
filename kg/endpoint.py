"""The only module that talks HTTP to SPARQL 1.1 servers: loading a graph into one, and querying it.

Loading replaces one named graph. With a Graph Store Protocol endpoint (``gsp``) the whole graph is
sent in one ``PUT {gsp}?graph=<iri>`` as Turtle; a server that answers 400 or 404 to the standard
``graph`` parameter and calls itself Virtuoso (``Server:``) is asked again with ``graph-uri``, Virtuoso's
own spelling (7.2.5 takes both). Without ``gsp`` the
graph is written with SPARQL Update at ``url``: ``DROP SILENT GRAPH`` in the same request as the first
``INSERT DATA`` batch, then one request per batch. Every term is written by pyoxigraph's N-Triples
serialiser, never by hand. Files in quad formats (nq, trig) give their triples to the one graph; blank
node labels are scoped to their file.

Queries are POSTed as ``query=`` forms with the ``Accept`` header of the wanted format; the W3C
formats are the server's own bytes. Credentials come from KG_SPARQL_USER / KG_SPARQL_PASSWORD: HTTP
Basic, or Digest when the server's challenge asks for it (Virtuoso's ``/sparql-auth``). Nothing here
prints or logs, and messages never carry a password.
"""
from __future__ import annotations

import copy
import io
import json
import os
import re
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator, Sequence
from urllib.parse import urlsplit, urlunsplit

import pyoxigraph as ox
import requests
import urllib3
from requests.auth import AuthBase, HTTPBasicAuth, HTTPDigestAuth

from kg.errors import QueryError, StoreError, UsageError
from kg.queries import StoredQuery
from kg.sparql import CutOff, NotResults, json_rows, term_value, write_table
from kg.store import DEFAULT_DATA_GRAPH, ONTOLOGY_GRAPH, reading

BATCH_TRIPLES = 5000
_MIN_BATCH = 50
DEFAULT_TIMEOUT = 60.0
_CHUNK = 1 << 16  # bytes of an answer written at a time
_RESULTS = {"csv": "text/csv", "tsv": "text/tab-separated-values", "json": "application/sparql-results+json",
            "xml": "application/sparql-results+xml"}
_GRAPHS = {"turtle": "text/turtle", "json": "application/ld+json", "xml": "application/rdf+xml"}
_REACH_HINT = "is the server running? check the URL"
_UPDATE_HINT = ("the URL must accept SPARQL Update for an account that may write (Virtuoso: /sparql-auth with "
                "KG_SPARQL_USER and KG_SPARQL_PASSWORD), or give the Graph Store endpoint with --gsp")


class Endpoint:
    """A SPARQL 1.1 server: its query (and update) endpoint ``url`` and, optionally, its GSP endpoint."""

    def __init__(self, url: str, gsp: str | None = None, *, user: str | None = None, password: str | None = None,
                 timeout: float = DEFAULT_TIMEOUT, default_graphs: Sequence[str] = (), batch: int = BATCH_TRIPLES):
        self.url = url
        self.gsp = gsp
        self.timeout = timeout
        self.default_graphs = list(default_graphs)
        self.batch = max(1, batch)
        self._credentials = (user, password or "") if user else None
        self._auth: AuthBase | None = None  # chosen from the server's first challenge
        self._probed = False
        self._session = requests.Session()

    @classmethod
    def from_env(cls, url: str, gsp: str | None = None, **options) -> "Endpoint":
        """An endpoint with credentials from KG_SPARQL_USER and KG_SPARQL_PASSWORD (both optional)."""
        return cls(url, gsp, user=os.environ.get("KG_SPARQL_USER") or None,
                   password=os.environ.get("KG_SPARQL_PASSWORD"), **options)

    @classmethod
    def of_kg(cls, url: str, graphs: Sequence[str] = ()) -> "Endpoint":
        """The endpoint as ``kg query`` and ``kg report`` read it: ``graphs`` (their ``--graph``) as
        the default graph, else the graphs ``kg load --endpoint`` writes (its data and ontology)."""
        return cls.from_env(url, default_graphs=list(graphs) or [DEFAULT_DATA_GRAPH, ONTOLOGY_GRAPH])

    def reading(self, reads: str) -> "Endpoint":
        """This endpoint for a query that reads ``reads`` (its ``# reads:`` header, see
        :mod:`kg.queries`): for "data", kg's ontology graph is left out of the default graph, as
        from a store (:meth:`kg.sparql.LocalSource.reading`): one graph instead of a union of two."""
        kept = [g for g in self.default_graphs if g != ONTOLOGY_GRAPH]
        if reads != "data" or not kept or kept == self.default_graphs:
            return self
        narrower = copy.copy(self)
        narrower.default_graphs = kept
        return narrower

    # -- loading -------------------------------------------------------------------------------
    def replace_graph(self, graph_iri: str, paths: list[str]) -> int:
        """Replace the named graph ``graph_iri`` with the triples of ``paths``; the number of triples."""
        try:
            graph = ox.NamedNode(graph_iri)
        except ValueError as exc:
            raise UsageError(f"--graph {graph_iri!r} is not an IRI: {exc}") from None
        triples = _read(paths)
        if self.gsp:
            self._put(graph, ox.serialize(triples, format=ox.RdfFormat.TURTLE))
        else:
            self._update_in_batches(graph, triples)
        return len(triples)

    def _put(self, graph: ox.NamedNode, body: bytes) -> None:
        assert self.gsp is not None
        headers = {"Content-Type": "text/turtle; charset=utf-8"}
        response = self._send("PUT", self.gsp, params={"graph": graph.value}, data=body, headers=headers)
        if response.status_code in (400, 404) and "virtuoso" in response.headers.get("Server", "").lower():
            # Virtuoso's own spelling; asked only of Virtuoso, where another server could take the
            # unknown parameter as no parameter and write some other graph
            response = self._send("PUT", self.gsp, params={"graph-uri": graph.value}, data=body, headers=headers)
        self._check(response, self.gsp, "the server rejected the graph")

    def _update_in_batches(self, graph: ox.NamedNode, triples: list[ox.Triple]) -> None:
        """DROP with the first INSERT DATA, then a request a batch. A batch the server refuses as too
        large (Virtuoso: "generated SQL text has exceeded 10000 lines", about 1,000 triples) is halved
        and sent again; the smaller size is kept. Inserting again what was inserted changes nothing."""
        # triples with blank nodes go together in one request: a label means one node only within one
        plain = [t for t in triples if not _has_blank(t)]
        blank = [t for t in triples if _has_blank(t)]
        prefix: str | None = f"DROP SILENT GRAPH {graph} ;\n"
        done = 0
        while done < len(plain):
            batch = plain[done:done + self.batch]
            response = self._insert(graph, batch, prefix)
            if response.status_code in (400, 413) and len(batch) > _MIN_BATCH:
                self.batch = max(_MIN_BATCH, len(batch) // 2)
                continue
            self._check(response, self.url, "the server rejected the update", _UPDATE_HINT)
            prefix, done = None, done + len(batch)
        if blank:
            self._check(self._insert(graph, blank, prefix, template=True), self.url, "the server rejected the update",
                        _UPDATE_HINT)
        elif prefix is not None:  # no triples at all
            self._check(self._send("POST", self.url, data={"update": f"DROP SILENT GRAPH {graph}"}), self.url,
                        "the server rejected the update", _UPDATE_HINT)

    def _insert(self, graph: ox.NamedNode, batch: list[ox.Triple], prefix: str | None,
                template: bool = False) -> requests.Response:
        # blank nodes go in an INSERT template (one solution: one fresh node a label); Virtuoso refuses
        # them in INSERT DATA
        data = ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
        body = f"{{ GRAPH {graph} {{\n{data}}} }}"
        text = (prefix or "") + (f"INSERT {body} WHERE {{}}" if template else f"INSERT DATA {body}")
        return self._send("POST", self.url, data={"update": text})

    # -- querying ------------------------------------------------------------------------------
    def answer(self, query_text: str, fmt: str) -> bytes:
        """The answer in ``fmt`` (table, csv, tsv, json, xml, turtle): the server's bytes, or a table drawn here."""
        buffer = io.BytesIO()
        self.write_answer(query_text, fmt, buffer)
        return buffer.getvalue()

    def write_answer(self, query_text: str, fmt: str, out: BinaryIO) -> None:
        """:meth:`answer` written to ``out`` as the server sends it: a large answer is never held
        whole (a table's rows are read from the server's JSON as it arrives, see :func:`write_table`)."""
        form = _form(query_text)
        if form in ("SELECT", "ASK"):
            if fmt == "table" and form == "ASK":
                out.write(b"true\n" if self._json(query_text).get("boolean") else b"false\n")
                return
            if fmt == "table":
                header: list[str] = []
                rows = self._rows(query_text, _cell, header)
                write_table(header, (["" if row[v] is None else row[v] for v in header] for row in rows), out)
                return
            if fmt not in _RESULTS:
                raise UsageError(f"--format {fmt} is for CONSTRUCT queries; use table, csv, tsv, json or xml")
            mime = _RESULTS[fmt]
        else:
            mime = _GRAPHS.get("turtle" if fmt == "table" else fmt)
            if mime is None:
                raise UsageError(f"a {form} query gives triples: use --format turtle, not {fmt}")
        with self._query(query_text, mime, stream=True) as response:
            try:
                for chunk in response.iter_content(_CHUNK):
                    out.write(chunk)
            except requests.RequestException as exc:
                raise StoreError(f"{_safe(self.url)} broke off its answer: {_reason(exc)}",
                                 hint="what was written before this is incomplete; try again") from None

    def rows(self, query_text: str) -> list[dict[str, str | None]]:
        """SELECT solutions as dictionaries of plain values (None when unbound)."""
        return list(self.iter_rows(query_text))

    def iter_rows(self, query_text: str) -> Iterator[dict[str, str | None]]:
        """:meth:`rows` one at a time, read from the server's answer as it arrives: ``kg report``
        on a large graph never holds a whole answer (584,474 rows at 100,000 posts)."""
        if _form(query_text) != "SELECT":
            raise UsageError("rows() is for SELECT queries")
        yield from self._rows(query_text)

    def _rows(self, query_text: str, cell: Callable[[dict], object] = term_value,
              head: list[str] | None = None) -> Iterator[dict[str, str | None]]:
        """The rows of the server's JSON answer as it arrives (:func:`json_rows`), its errors as kg's."""
        with self._query(query_text, _RESULTS["json"], stream=True) as response:
            response.raw.decode_content = True  # gzip or deflate, as the server chose
            try:
                yield from json_rows(response.raw, cell, head)
            except CutOff:
                raise StoreError(f"{_safe(self.url)} broke off its answer", hint="try again") from None
            except NotResults:
                raise self._not_results() from None
            except (requests.RequestException, urllib3.exceptions.HTTPError) as exc:
                raise StoreError(f"{_safe(self.url)} broke off its answer: {_reason(exc)}",
                                 hint="try again") from None

    def _json(self, query_text: str) -> dict:
        response = self._query(query_text, _RESULTS["json"])
        try:
            parsed = json.loads(response.content)
        except ValueError:
            parsed = None
        if not isinstance(parsed, dict) or not ("boolean" in parsed or "bindings" in parsed.get("results", {})):
            raise self._not_results()
        parsed.setdefault("head", {})
        return parsed

    def _not_results(self) -> StoreError:
        return StoreError(f"{_safe(self.url)} did not answer in SPARQL JSON results", hint="is the URL a SPARQL endpoint?")

    def _query(self, query_text: str, accept: str, stream: bool = False) -> requests.Response:
        form: list[tuple[str, str]] = [("query", query_text)]
        form += [("default-graph-uri", g) for g in self.default_graphs]
        response = self._send("POST", self.url, data=form, headers={"Accept": accept}, stream=stream)
        try:
            if response.status_code == 400:
                raise QueryError(f"{_safe(self.url)} rejected the query: {_message(response)}",
                                 hint="check the query's syntax; the server may not support every SPARQL 1.1 feature")
            self._check(response, self.url, "the query failed on the server")
            if response.headers.get("X-SQL-State"):  # Virtuoso's "anytime" answer: 200, but cut off at a time limit
                said = re.split(r"\s{2,}", response.headers.get("X-SQL-Message", ""))[0].rstrip(".")
                raise StoreError(f"{_safe(self.url)} gave a partial answer ({response.headers['X-SQL-State']}: {said})",
                                 hint="the server stopped the query at its time limit (Virtuoso: MaxQueryExecutionTime "
                                      "in virtuoso.ini); raise it, or ask for less")
        except BaseException:
            response.close()  # a streamed answer's connection goes back to the pool
            raise
        return response

    # -- HTTP ------------------------------------------------------------------------------------
    def _send(self, method: str, url: str, **kwargs) -> requests.Response:
        try:
            if self._credentials and not self._probed:
                self._probed = True
                # learn the scheme from a bodiless request: a server may close the connection on its
                # 401 before reading a large body (and requests' Digest sends the body again anyway)
                self._challenge(self._session.head(url, params=kwargs.get("params"), timeout=self.timeout))
                if isinstance(self._auth, HTTPDigestAuth):  # primes the nonce
                    self._session.head(url, params=kwargs.get("params"), auth=self._auth, timeout=self.timeout)
            response = self._session.request(method, url, auth=self._auth, timeout=self.timeout, **kwargs)
            if self._challenge(response):
                response = self._session.request(method, url, auth=self._auth, timeout=self.timeout, **kwargs)
        except requests.Timeout:
            raise StoreError(f"cannot reach {_safe(url)}: no answer within {self.timeout:g} s",
                             hint=f"{_REACH_HINT}; a slow server needs a longer timeout") from None
        except requests.ConnectionError as exc:
            if "RemoteDisconnected" in str(exc) or "Connection aborted" in str(exc):
                raise StoreError(f"{_safe(url)} closed the connection without answering",
                                 hint="the server may have failed on this request: see its log") from None
            raise StoreError(f"cannot reach {_safe(url)}: {_reason(exc)}", hint=_REACH_HINT) from None
        except requests.RequestException as exc:
            raise StoreError(f"cannot talk to {_safe(url)}: {_reason(exc)}", hint="check the URL") from None
        return response

    def _challenge(self, response: requests.Response) -> bool:
        """Choose Basic or Digest from a first 401; True when a scheme was chosen."""
        if response.status_code != 401 or not self._credentials or self._auth is not None:
            return False
        challenge = response.headers.get("WWW-Authenticate", "")
        self._auth = (HTTPDigestAuth if "digest" in challenge.lower() else HTTPBasicAuth)(*self._credentials)
        return True

    def _check(self, response: requests.Response, url: str, what: str, hint: str | None = None) -> None:
        if response.ok:
            return
        status = f"HTTP {response.status_code}"
        if response.status_code == 401:
            hint = ("the server did not accept the account in KG_SPARQL_USER / KG_SPARQL_PASSWORD" if self._credentials
                    else "the server wants credentials: set KG_SPARQL_USER and KG_SPARQL_PASSWORD")
            raise StoreError(f"{_safe(url)} refused the request ({status})", hint=hint)
        if response.status_code == 403:
            raise StoreError(f"{_safe(url)} refused the request ({status})",
                             hint="give an account that may do this with KG_SPARQL_USER and KG_SPARQL_PASSWORD "
                                  "(Virtuoso writes only through /sparql-auth and /sparql-graph-crud-auth)")
        if response.status_code == 404:
            raise StoreError(f"{_safe(url)}: {status}, no such endpoint", hint="check the URL")
        raise StoreError(f"{_safe(url)}: {what} ({status}): {_message(response)}", hint=hint)


def _read(paths: Iterable[str]) -> list[ox.Triple]:
    """The distinct triples of the files, in file order; quads lose their graph; blank nodes scoped per file."""
    seen: dict[ox.Triple, None] = {}
    for path in paths:
        blanks: dict[str, ox.BlankNode] = {}
        with reading(path) as fmt:  # a missing file, bad syntax: input errors naming the file
            for quad in ox.parse(path=path, format=fmt):
                triple = quad.triple
                if _has_blank(triple):
                    triple = ox.Triple(*(_fresh(term, blanks) for term in triple))
                seen[triple] = None
    return list(seen)


def _has_blank(triple: ox.Triple) -> bool:
    return isinstance(triple.subject, ox.BlankNode) or isinstance(triple.object, ox.BlankNode)


def _fresh(term, blanks: dict[str, ox.BlankNode]):
    if isinstance(term, ox.BlankNode):
        return blanks.setdefault(term.value, ox.BlankNode())
    return term


def _form(text: str) -> str:
    return StoredQuery(name="", path=Path(""), text=text).form


def _cell(term: dict) -> str:
    """A term of an answer as a table shows it: its value, a blank node's label after ``_:``."""
    return "_:" + term["value"] if term.get("type") == "bnode" else term["value"]


def _safe(url: str) -> str:
    """The URL without any user:password@ part."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


def _reason(exc: Exception) -> str:
    text = str(exc)
    found = re.search(r"\[Errno -?\d+\][^'\")]*", text)
    if found:
        return found.group(0).strip()
    if "Failed to resolve" in text or "NameResolution" in text:
        return "the host name does not resolve"
    return type(exc).__name__


def _message(response: requests.Response, lines: int = 3, limit: int = 400) -> str:
    """The first paragraph of the server's error text (at most ``lines`` lines), on one line."""
    text = response.text or ""
    if "html" in response.headers.get("Content-Type", "").lower():
        text = re.sub(r"(?s)<(script|style).*?</\1>|<[^>]+>", "\n", text)
    kept: list[str] = []
    for line in text.splitlines():
        if not line.strip():
            if kept:
                break
            continue
        kept.append(line.strip())
        if len(kept) == lines:
            break
    message = " ".join(kept) or response.reason or "no message"
    return message if len(message) <= limit else message[: limit - 1] + "…"
