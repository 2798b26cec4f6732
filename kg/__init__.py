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


def build(inputs: Sequence[str], output: str | None, **options: Any):
    """Build the graph of ``inputs`` into ``output`` (see :class:`kg.builder.BuildOptions` for options)."""
    from kg.builder import BuildOptions as _Options, build as _build

    return _build(list(inputs), output, _Options(**options))


def validate(paths: Sequence[str], shapes: Sequence[str] = (), jobs: int = 1, progress=None):
    """Validate RDF files together against kg's shapes (plus ``shapes``), in ``jobs`` processes:
    a :class:`kg.validation.Report`. ``progress(phase, count)``: see :data:`kg.store.Progress`."""
    from kg.filevalidation import validate_files
    from kg.validation import load_shapes

    shapes_graph = load_shapes(list(shapes))  # a bad shapes file fails before the data is loaded
    return validate_files(list(paths), shapes_graph, jobs=jobs, progress=progress)


def load(paths: Sequence[str], store: str, graph: str | None = None, progress=None):
    """Replace ``graph`` in the embedded store at ``store`` with the triples of ``paths`` (the
    store's default graph when None). ``progress(phase, count)``: see :data:`kg.store.Progress`."""
    from kg.store import load_into_store

    return load_into_store(list(paths), store, graph, progress)


def query(name_or_file: str, params: dict[str, str] | None = None, *, data: Sequence[str] = (),
          store: str | None = None) -> list[dict[str, str | None]]:
    """Rows of a stored query (or .rq file) over RDF files or an embedded store."""
    from kg import queries
    from kg.sparql import LocalSource

    text = queries.bind(queries.find(name_or_file), params or {})
    source = LocalSource.from_store(store) if store else LocalSource.from_files(list(data))
    return source.rows(text)


def __getattr__(name: str):
    if name == "read_posts":
        from kg.readers import read_posts

        return read_posts
    if name == "BuildOptions":
        from kg.builder import BuildOptions

        return BuildOptions
    if name == "Extractor":
        from kg.extract import Extractor

        return Extractor
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
