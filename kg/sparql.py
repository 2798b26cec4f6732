"""Running SPARQL against a source (files, a kg store, or an endpoint) and writing the answer.

W3C result formats (SPARQL JSON, XML, CSV, TSV; Turtle for CONSTRUCT) come from the engines:
pyoxigraph's serialisers locally, the server's own for an endpoint. Only the ``table`` format, for
people, is drawn here.
"""
from __future__ import annotations

import csv
import io
import json
import shutil
import tempfile
from dataclasses import dataclass, replace
from typing import BinaryIO, Callable, Iterable, Iterator, Sequence

import pyoxigraph as ox

from kg.errors import QueryError, QuerySyntaxError, UsageError
from kg.store import ONTOLOGY_GRAPH, data_graphs, load_files, open_store
from kg.textutil import visible

FORMATS = ("table", "csv", "tsv", "json", "xml", "turtle")
_RESULTS = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV, "json": ox.QueryResultsFormat.JSON,
            "xml": ox.QueryResultsFormat.XML}
_RDF = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "json": ox.RdfFormat.JSON_LD,
        "xml": ox.RdfFormat.RDF_XML}


@dataclass
class LocalSource:
    """A pyoxigraph store and the graphs that form the default graph of queries."""

    store: ox.Store
    default_graph: list | None = None

    @classmethod
    def from_files(cls, paths: Sequence[str]) -> "LocalSource":
        return cls(load_files(paths))

    @classmethod
    def from_store(cls, directory: str) -> "LocalSource":
        store = open_store(directory)
        graphs = data_graphs(store)
        if not graphs:
            raise QueryError("the store holds no graph kg loaded", where=directory, hint="load one: kg load GRAPH --store DIR")
        return cls(store, graphs)

    def reading(self, reads: str) -> "LocalSource":
        """This source for a query that reads ``reads`` (its ``# reads:`` header, see
        :mod:`kg.queries`): for "data", instance data only, a store's ontology graph is left out of
        the default graph, one graph instead of a union of two (the same rows, 1.3-1.6x faster on a
        large store); for "all", every graph. Files are queried as given."""
        kept = [g for g in self.default_graph or [] if g != ox.NamedNode(ONTOLOGY_GRAPH)]
        return replace(self, default_graph=kept) if reads == "data" and kept else self

    def query(self, text: str):
        try:
            if self.default_graph is None:
                return self.store.query(text)
            return self.store.query(text, default_graph=self.default_graph)
        except SyntaxError as exc:
            first = " ".join(str(exc).split())
            raise QuerySyntaxError(f"the query is not valid SPARQL: {first}", hint="check the query's syntax") from None

    def answer(self, text: str, fmt: str) -> bytes:
        """The whole answer in ``fmt`` (table, csv, tsv, json, xml, or an RDF format for CONSTRUCT)."""
        out = io.BytesIO()
        self.write_answer(text, fmt, out)
        return out.getvalue()

    def write_answer(self, text: str, fmt: str, out: BinaryIO) -> None:
        """Write the answer in ``fmt`` to ``out`` as the engine makes it: every format streams (the
        table's rows wait in a temporary file while its columns are measured), so a CONSTRUCT of
        a whole large graph or a SELECT of millions of rows is never held in memory."""
        result = self.query(text)
        if isinstance(result, ox.QueryBoolean):
            if fmt == "table":
                out.write((b"true" if bool(result) else b"false") + b"\n")
            else:
                result.serialize(out, format=_results_format(fmt))
        elif isinstance(result, ox.QuerySolutions):
            if fmt == "table":
                variables = [v.value for v in result.variables]
                write_table(variables, ([_cell(solution[v]) for v in variables] for solution in result), out)
            else:
                result.serialize(out, format=_results_format(fmt))
        else:  # CONSTRUCT / DESCRIBE
            rdf_format = _RDF.get("turtle" if fmt == "table" else fmt)
            if rdf_format is None:
                raise UsageError(f"a CONSTRUCT or DESCRIBE query gives triples: use --format turtle, not {fmt}")
            result.serialize(out, format=rdf_format)

    def rows(self, text: str) -> list[dict[str, str | None]]:
        """SELECT solutions as dictionaries of plain values (for tests and the report)."""
        result = self.query(text)
        variables = [v.value for v in result.variables]
        return [{v: (solution[v].value if solution[v] is not None else None) for v in variables} for solution in result]

    def iter_rows(self, text: str) -> Iterator[dict[str, str]]:
        """SELECT solutions as dictionaries of plain values, one at a time, '' where unbound (CSV's
        way). The engine writes CSV (fast) and Python's csv module reads it (fast), rather than a
        Python object for every term of every row; through a temporary file, read a row at a time:
        the largest answer of ``kg report`` (every entity's events, 584,474 rows at 100,000 posts)
        is never held whole."""
        result = self.query(text)
        with tempfile.TemporaryFile() as spool:
            result.serialize(spool, format=ox.QueryResultsFormat.CSV)
            spool.seek(0)
            reader = csv.reader(io.TextIOWrapper(spool, encoding="utf-8", newline=""))
            header = next(reader, [])
            for row in reader:
                yield dict(zip(header, row))


class NotResults(ValueError):
    """An answer that is not SPARQL JSON results: raised by :func:`json_rows`."""


class CutOff(NotResults):
    """SPARQL JSON results that end before they are complete."""


def term_value(term: dict) -> object:
    """A term of SPARQL JSON results as a plain value: its ``value``."""
    return term.get("value")


def json_rows(stream: BinaryIO, cell: Callable[[dict], object] = term_value,
              head: list[str] | None = None) -> Iterator[dict[str, object]]:
    """The rows of SPARQL 1.1 JSON results, read from ``stream`` as they arrive: ``cell`` of each
    binding's terms (their values unless told otherwise) by variable, None where unbound; memory flat
    however long the answer. ijson builds each binding in C; the events are watched on the way for
    the head's variables (servers write the head first; rows that come before it are held until it
    comes), which are added to ``head`` where one is given, before the first row is yielded.
    Raises :class:`NotResults`, or :class:`CutOff` when the results began but the answer ends
    before they do."""
    import ijson

    outline: dict = {"vars": None, "results": False}

    def watched(events):
        names = []
        for event in events:
            prefix, kind, value = event
            if prefix == "head.vars.item":
                names.append(value)
            elif prefix == "head.vars" and kind == "end_array":
                outline["vars"] = names
            elif prefix == "results.bindings" and kind == "start_array":
                outline["results"] = True
            yield event

    held: list[dict] = []
    try:
        for binding in ijson.items(watched(ijson.parse(stream)), "results.bindings.item"):
            row = {name: cell(term) if isinstance(term, dict) else None for name, term in binding.items()}
            if outline["vars"] is None:
                held.append(row)
                continue
            if head is not None and not head:
                head.extend(outline["vars"])
            for earlier in held:
                yield {v: earlier.get(v) for v in outline["vars"]}
            held = []
            yield {v: row.get(v) for v in outline["vars"]}
    except ijson.IncompleteJSONError as exc:
        if outline["results"]:
            raise CutOff(f"the answer ends before its results do: {exc}") from None
        raise NotResults(f"not SPARQL JSON results: {exc}") from None
    except ijson.JSONError as exc:
        raise NotResults(f"not SPARQL JSON results: {exc}") from None
    if not outline["results"]:
        raise NotResults("no results.bindings in the answer")
    names = outline["vars"] if outline["vars"] is not None else list(dict.fromkeys(k for row in held for k in row))
    if head is not None and not head:
        head.extend(names)
    for row in held:
        yield {v: row.get(v) for v in names}


def _results_format(fmt: str) -> ox.QueryResultsFormat:
    if fmt not in _RESULTS:
        raise UsageError(f"--format {fmt} is for CONSTRUCT queries; use table, csv, tsv, json or xml")
    return _RESULTS[fmt]


def _cell(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    return term.value if isinstance(term, ox.NamedNode) else str(term)


def write_table(header: list[str], rows: Iterable[list[str]], out: BinaryIO) -> None:
    """A plain-text table that fits the terminal (long cells are cut with '…'), written to ``out``
    with its rows read once: they wait in a temporary file (a JSON array a line, which gives every
    string back as it was) while their columns are measured, so a table of a million rows is not
    held in memory (it held every cell three times over). ``header`` is read after the rows: it
    may be filled in while they are read (an endpoint's answer may name its variables last)."""
    widths: list[int] | None = None
    count = 0
    with tempfile.TemporaryFile("w+", encoding="utf-8") as spool:
        for row in rows:
            cells = [visible(c) for c in row]
            widths = [len(c) for c in cells] if widths is None else [max(w, len(c)) for w, c in zip(widths, cells)]
            spool.write(json.dumps(cells) + "\n")
            count += 1
        spool.seek(0)
        widths = [max(len(h), w) for h, w in zip(header, widths or [0] * len(header))]
        width = shutil.get_terminal_size((160, 24)).columns
        budget = max(width - 2 * (len(header) - 1), 10 * len(header))
        while sum(widths) > budget and max(widths) > 12:
            widest = widths.index(max(widths))
            widths[widest] -= 1

        def line(cells: list[str]) -> bytes:
            fitted = (text if len(text) <= w else text[: w - 1] + "…" for text, w in zip(cells, widths))
            return ("  ".join(text.ljust(w) for text, w in zip(fitted, widths)).rstrip() + "\n").encode("utf-8")

        out.write(line(header))
        out.write(("  ".join("-" * w for w in widths) + "\n").encode("utf-8"))
        for text in spool:
            out.write(line(json.loads(text)))
    out.write(f"({count} row{'s' if count != 1 else ''})\n".encode("utf-8"))
