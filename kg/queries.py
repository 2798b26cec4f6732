"""Stored SPARQL queries: found in ``queries/*.rq``, described by their header comments, and run with
parameters bound as typed RDF terms.

A query file starts with comment lines::

    # title: Who met whom
    # description: Bilateral meetings: each counterpart, their country, when and where.
    # param: person string optional -- one person's name (any of their names); default: everyone
    # param: year integer 2024 -- only meetings in this year
    # reads: data

``param: NAME TYPE DEFAULT -- TEXT``: TYPE is one of string, name, iri, date, datetime, integer,
decimal, boolean; DEFAULT is a value (in double quotes if it holds spaces), ``optional`` (left
unbound) or ``required``. The query uses ``?NAME``. A ``name`` is a string that also binds
``?NAME_key``, the name folded as :func:`kg.names.name_key` folds it, to look it up through
``kg:nameKey`` (one index access, where a case-insensitive FILTER scans every label).
``reads: data`` says the query reads instance data only, never the ontology's own triples: on a
store, kg then leaves the ontology's graph out of the default graph, which spares the engine a union
of graphs (1.3-1.6x faster on a large store; same rows). Without it (``reads: all``), a store's
default graph is every graph it holds.
Values are turned into RDF terms by pyoxigraph (escaped as N-Triples) and bound through a
``VALUES`` block placed at the start of the query's ``WHERE`` group, so a value with quotes,
braces or ``#`` stays data: it is never pasted into the query's own text.
"""
from __future__ import annotations

import decimal
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Iterator

import pyoxigraph as ox

from kg.errors import QueryError, QuerySyntaxError, UsageError
from kg.names import name_key
from kg.paths import queries_dir

XSD = "http://www.w3.org/2001/XMLSchema#"
TYPES = ("string", "name", "iri", "date", "datetime", "integer", "decimal", "boolean")
_HEADER = re.compile(r"^#\s*(title|description|param|reads):\s*(.*)$")
READS = ("all", "data")
_PARAM = re.compile(r'^(\w+)\s+(\w+)\s+("(?:[^"\\]|\\.)*"|\S+)\s*(?:--\s*(.*))?$')
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    default: str  # a value, "optional" or "required"
    description: str = ""


@dataclass
class StoredQuery:
    name: str
    path: Path
    text: str
    title: str = ""
    description: str = ""
    params: list[Param] = field(default_factory=list)
    reads: str = "all"  # "data": instance data only, so a store's ontology graph can be left out

    @property
    def form(self) -> str:
        """SELECT, CONSTRUCT, ASK or DESCRIBE."""
        body = "\n".join(line for line in self.text.splitlines() if not line.lstrip().startswith("#"))
        body = re.sub(r"(?is)^\s*(?:(?:PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*", "", body)
        match = re.match(r"\s*(SELECT|CONSTRUCT|ASK|DESCRIBE)\b", body, re.IGNORECASE)
        return match.group(1).upper() if match else "SELECT"


def parse(path: Path) -> StoredQuery:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise QueryError("no such query file", where=str(path), hint="kg query --list shows the stored queries") from None
    query = StoredQuery(path.stem, path, text)
    for number, line in enumerate(text.splitlines(), 1):
        match = _HEADER.match(line.strip())
        if not match:
            if line.strip() and not line.lstrip().startswith("#"):
                break
            continue
        key, value = match.groups()
        if key == "param":
            param = _PARAM.match(value.strip())
            if not param or param.group(2) not in TYPES:
                raise QueryError(f"line {number}: a param line reads 'param: NAME TYPE DEFAULT -- TEXT' with TYPE in {', '.join(TYPES)}",
                                 where=str(path))
            default = param.group(3)
            if default.startswith('"'):  # a quoted default may hold spaces: "New York"
                default = re.sub(r"\\(.)", r"\1", default[1:-1])
            if any(p.name == param.group(1) for p in query.params):
                raise QueryError(f"line {number}: a second param line for {param.group(1)!r}", where=str(path))
            if default not in ("optional", "required") and _term(param.group(2), default) is None:
                raise QueryError(f"line {number}: the default {default!r} of {param.group(1)!r} is not "
                                 f"{_EXPECTED[param.group(2)]}", where=str(path))
            query.params.append(Param(param.group(1), param.group(2), default, param.group(4) or ""))
        elif key == "reads" and value.strip() not in READS:
            raise QueryError(f"line {number}: 'reads:' is 'data' (instance data only) or 'all' (the ontology too)",
                             where=str(path))
        else:
            setattr(query, key, value.strip())
    return query


def stored() -> list[StoredQuery]:
    """Every stored query, by name."""
    return [parse(path) for path in sorted(queries_dir().glob("*.rq"))]


def find(name_or_file: str) -> StoredQuery:
    """A stored query by name, or any .rq file by path (a name wins over a file of that name)."""
    candidate = queries_dir() / f"{name_or_file}.rq"
    if re.fullmatch(r"[\w-]+", name_or_file) and candidate.is_file():
        return parse(candidate)
    path = Path(name_or_file)
    if path.suffix == ".rq" or path.is_file():
        return parse(path)
    names = ", ".join(q.name for q in stored())
    raise QueryError(f"no stored query named {name_or_file!r}", hint=f"kg query --list shows them: {names}")


_EXPECTED = {
    "iri": "an absolute IRI, such as https://w3id.org/tgkg/id/person/sergey-lavrov",
    "date": "a date, such as 2024-05-06 (a time zone may follow: 2024-05-06Z)",
    "datetime": "a date and time, such as 2024-05-06T10:30:00Z (without a time zone, UTC)",
    "integer": "an integer, such as 42",
    "decimal": "a decimal number, such as 12.5",
    "boolean": "true or false",
}
_ZONE = re.compile(r"(Z|[+-]\d\d:\d\d)$")


def term(param: Param, value: str) -> ox.NamedNode | ox.Literal:
    """A parameter value as a typed RDF term; a value that is not of the type is a usage error."""
    made = _term(param.type, value.strip() if param.type not in ("string", "name") else value)
    if made is None:
        raise UsageError(f"--param {param.name}={value!r} is not {_EXPECTED[param.type]}")
    return made


def _typed(lexical: str, datatype: str) -> ox.Literal:
    return ox.Literal(lexical, datatype=ox.NamedNode(XSD + datatype))


def _term(kind: str, value: str) -> ox.NamedNode | ox.Literal | None:
    """:func:`term`, or None where ``value`` is not of the type."""
    try:
        if kind == "iri":
            return ox.NamedNode(value) if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|^`\\]*$", value) else None
        if kind == "date":
            zone = _ZONE.search(value)
            day = date.fromisoformat(value[: zone.start()] if zone else value)
            return _typed(day.isoformat() + (zone.group(1) if zone else ""), "date")
        if kind == "datetime":
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=timezone.utc)  # the graph's times are all in UTC
            return _typed(moment.isoformat().replace("+00:00", "Z"), "dateTime")
        if kind == "integer":
            return _typed(str(int(value)), "integer") if re.fullmatch(r"[+-]?\d+", value) else None
        if kind == "decimal":
            number = decimal.Decimal(value)  # not float: 0.00001 stays 0.00001, not 1e-05
            return _typed(format(number, "f"), "decimal") if number.is_finite() else None
        if kind == "boolean":
            return _typed(value.lower(), "boolean") if value.lower() in ("true", "false") else None
    except (ValueError, decimal.InvalidOperation):
        return None
    return ox.Literal(value)


@contextmanager
def naming_errors(query: StoredQuery) -> Iterator[None]:
    """The engine's syntax error, raised inside, names the query's file: its line and column are
    the file's (parameters are bound on the line of "WHERE {")."""
    try:
        yield
    except QuerySyntaxError as exc:
        if exc.where is None:
            exc.where = str(query.path)
        raise


def bind(query: StoredQuery, given: dict[str, str]) -> str:
    """The query text with its parameters bound through a VALUES block; checks names and requirements."""
    known = {p.name: p for p in query.params}
    unknown = sorted(set(given) - set(known))
    if unknown:
        listed = ", ".join(known) or "none"
        raise UsageError(f"query {query.name!r} has no parameter {unknown[0]!r}", hint=f"its parameters: {listed}")
    names, values = [], []
    for param in query.params:
        if param.name in given:
            value = term(param, given[param.name])
        elif param.default == "required":
            raise QueryError(f"query {query.name!r} needs --param {param.name}=…", hint=param.description or None)
        elif param.default == "optional":
            continue  # left unbound: the same as UNDEF, and kinder to engines that choke on UNDEF
        else:
            value = term(param, param.default)
        names.append(f"?{param.name}")
        values.append(str(value))
        if param.type == "name":
            names.append(f"?{param.name}_key")
            values.append(str(ox.Literal(name_key(value.value))))
    if not names:
        return query.text
    match = _WHERE.search(_strip_comments(query.text))
    if not match:
        raise QueryError("has parameters but no WHERE { … } group to bind them in", where=str(query.path))
    # on the line of "WHERE {": the query's lines keep their numbers in the engine's syntax errors
    block = f" VALUES ({' '.join(names)}) {{ ({' '.join(values)}) }} "
    return query.text[: match.end()] + block + query.text[match.end():]


_LEXICAL = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\'|"(?:[^"\\\n]|\\.)*"|'
    r"'(?:[^'\\\n]|\\.)*'|<[^<>\"{}|^`\\\s]*>|#[^\n]*"
)


def _strip_comments(text: str) -> str:
    """The text with comments and string literals blanked out (same length), IRIs kept as they
    are, so that "WHERE {" is only found where it is SPARQL."""
    def blank(match: re.Match) -> str:
        token = match.group(0)
        return token if token.startswith("<") else re.sub(r"[^\n]", " ", token)

    return _LEXICAL.sub(blank, text)
