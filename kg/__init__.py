"""kg: a knowledge graph of what Telegram channels report.

The Python API, for use without the command line::

    import kg
    posts = list(kg.read_posts(["seeds/"]))
    summary = kg.build(["seeds/"], "seeds.ttl")            # Summary(posts=…, triples=…, report=…)
    report = kg.validate(["seeds.ttl"])                   # Report: .conforms(), .results
    kg.load(["seeds.ttl"], "kg-store")                    # an embedded Oxigraph store
    rows = kg.query("who-met-whom", {"year": "2024"}, store="kg-store")

Errors are :class:`kg.errors.KgError` subclasses with a ``hint``. Modules load on first use, so
``import kg`` stays cheap.
"""
from __future__ import annotations

from typing import Any, Sequence

__version__ = "0.1.0"
__all__ = ["build", "BuildOptions", "load", "query", "read_posts", "validate", "Extractor", "__version__"]


def _paths(given, what: str) -> list[str]:
    """A list of paths from one path (str or os.PathLike) or a sequence of them: a string is one
    path, never its characters."""
    import os

    from kg.errors import UsageError

    if isinstance(given, (str, bytes, os.PathLike)):
        return [os.fsdecode(given)]
    try:
        return [os.fsdecode(item) for item in given]
    except TypeError:
        raise UsageError(f"{what}: give a path or a list of paths, not {type(given).__name__}") from None


def build(inputs: str | Sequence[str], output: str | None, **options: Any):
    """Build the graph of ``inputs`` (a path or a list of paths) into ``output``; ``options`` are
    the fields of :class:`kg.builder.BuildOptions` (``fmt``, ``validate``, ``jobs``, ``cache``…)."""
    import dataclasses

    from kg.builder import BuildOptions as _Options, build as _build
    from kg.errors import UsageError

    known = {f.name for f in dataclasses.fields(_Options)}
    unknown = sorted(set(options) - known)
    if unknown:
        raise UsageError(f"build() has no option {unknown[0]!r}", hint=f"its options: {', '.join(sorted(known))}")
    return _build(_paths(inputs, "inputs"), output, _Options(**options))


def read_posts(inputs: str | Sequence[str], report=None, **options: Any):
    """The posts of ``inputs`` (a path or a list of paths), input by input: see
    :func:`kg.readers.read_posts` for ``report`` and the options."""
    from kg.readers import read_posts as _read_posts

    return _read_posts(_paths(inputs, "inputs"), report, **options)


def validate(paths: str | Sequence[str], shapes: str | Sequence[str] = (), jobs: int = 1, progress=None):
    """Validate RDF files together against kg's shapes (plus ``shapes``), in ``jobs`` processes:
    a :class:`kg.validation.Report`. ``progress(phase, count)``: see :data:`kg.store.Progress`."""
    from kg.filevalidation import validate_files
    from kg.validation import load_shapes

    shapes_graph = load_shapes(_paths(shapes, "shapes"))  # a bad shapes file fails before the data is loaded
    return validate_files(_paths(paths, "paths"), shapes_graph, jobs=jobs, progress=progress)


def load(paths: str | Sequence[str], store: str, graph: str | None = None, progress=None):
    """Replace ``graph`` in the embedded store at ``store`` with the triples of ``paths`` (the
    store's default graph when None). ``progress(phase, count)``: see :data:`kg.store.Progress`."""
    from kg.store import load_into_store

    return load_into_store(_paths(paths, "paths"), store, graph, progress)


def query(name_or_file: str, params: dict[str, str] | None = None, *, data: str | Sequence[str] = (),
          store: str | None = None):
    """A stored query (or .rq file) over RDF files (``data``) or an embedded store (``store``),
    one of the two: for SELECT its rows, dictionaries of plain values (None where unbound); for ASK
    a bool; for CONSTRUCT and DESCRIBE a list of ``pyoxigraph.Triple``."""
    import pyoxigraph as ox

    from kg import queries
    from kg.errors import UsageError
    from kg.sparql import LocalSource

    files = _paths(data, "data")
    if bool(files) == bool(store):
        raise UsageError("query() reads one source: give data=[files...] or store=DIR")
    stored = queries.find(name_or_file)
    text = queries.bind(stored, params or {})
    source = (LocalSource.from_store(store) if store else LocalSource.from_files(files)).reading(stored.reads)
    with queries.naming_errors(stored):
        if stored.form == "SELECT":
            return source.rows(text)
        result = source.query(text)
        return bool(result) if isinstance(result, ox.QueryBoolean) else list(result)


def __getattr__(name: str):
    if name == "BuildOptions":
        from kg.builder import BuildOptions

        return BuildOptions
    if name == "Extractor":
        from kg.extract import Extractor

        return Extractor
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
