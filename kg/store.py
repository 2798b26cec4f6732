"""The only module that opens pyoxigraph stores: in memory for files, on disk for ``kg load``.

A kg store is a plain pyoxigraph (RocksDB) directory: the ontology in its own named graph
(``<https://w3id.org/tgkg/ontology>``) beside the data graph (``--graph``, by default
``<https://w3id.org/tgkg/id/graph>``); any tool that opens pyoxigraph stores (oxrdflib for rdflib
users) can open it. ``DIR`` is a symbolic link to the current version, kept beside it in
``.DIR.versions/``. A load makes the next version from a checkpoint of the current one (hard links,
cheap), replaces the graph there, and then swaps the link in one atomic rename: a load that is
cut off, even by ``kill -9``, leaves the previous store in place, never half a graph.
"""
from __future__ import annotations

import os
import shutil
from collections import deque
from concurrent.futures import ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Callable, Iterator, Sequence

import pyoxigraph as ox

from kg.errors import InputError, StoreError
from kg.iris import check_iri
from kg.paths import ontology_file
from kg.rdfpieces import cuttable, pieces

ONTOLOGY_GRAPH = "https://w3id.org/tgkg/ontology"
DEFAULT_DATA_GRAPH = "https://w3id.org/tgkg/id/graph"
"""The graph kg loads its data into on a SPARQL server (and writes quads in, in TriG or N-Quads);
in a store, where kg loaded it before it used the store's default graph."""

Progress = Callable[[str, int], None]
"""Called as work gets done, with the phase ("reading" bytes of a file loaded in pieces, "loading"
triples of a file parsed, "validating" resources, or the stored query kg report is reading rows
of) and how many more are done (0 as a query starts): ``kg load``, ``kg validate`` and
``kg report`` show it on a terminal (``--progress``)."""


def format_of(path: str) -> ox.RdfFormat:
    """The RDF format of a file, from its extension."""
    suffix = Path(path).suffix.lower().lstrip(".")
    found = ox.RdfFormat.from_extension(suffix) if suffix else None
    if found is None:
        raise InputError(
            "cannot tell its RDF format from the file name",
            where=path,
            hint="name it .ttl, .nt, .nq, .trig, .jsonld or .rdf",
        )
    return found


def load_files(paths: Sequence[str]) -> ox.Store:
    """Files parsed into a new in-memory store; errors name the file."""
    store = ox.Store()
    for path in paths:
        with reading(path) as fmt:
            store.bulk_load(path=path, format=fmt)
    return store


@contextmanager
def files_on_disk(paths: Sequence[str], progress: Progress | None = None) -> Iterator[tuple[ox.Store, str]]:
    """Files loaded into a temporary on-disk store, removed afterwards, and its directory: memory
    stays bounded whatever their size (an in-memory store of the 3.2 million triples of a
    100,000-post graph takes over a gigabyte; on disk, RocksDB keeps what it reads in a bounded cache).

    The store is yielded read-only: the writer that loaded it is closed first, because a writer
    left open compacts in the background and deletes files that readers opened in other
    processes (kg validate's workers) still use: "No such file or directory: …/000758.sst"."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="kg-store-") as directory:
        writer = ox.Store(directory)
        try:
            for path in paths:
                _stream_into(writer, path, ox.DefaultGraph(), progress)
            writer.flush()
            _compact(writer)
        finally:
            del writer  # the last reference: RocksDB closes, its background work finished
        store = ox.Store.read_only(directory)
        try:
            yield store, directory
        finally:
            del store


def check_input(path: str) -> ox.RdfFormat:
    """The RDF format of a file to load, checked: a missing file is an input error naming it."""
    if not Path(path).is_file():
        raise InputError("no such file", where=path, hint="check the path")
    return format_of(path)


@contextmanager
def reading(path: str) -> Iterator[ox.RdfFormat]:
    """The RDF format of a file to load, with a missing file and bad syntax as input errors naming it."""
    fmt = check_input(path)
    try:
        yield fmt
    except SyntaxError as exc:
        raise InputError(f"is not valid {fmt.name}: {exc}", where=path, hint="fix the syntax at the position given") from None
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot be loaded: {exc}", where=path) from None


def open_store(directory: str) -> ox.Store:
    path = Path(directory)
    if not path.is_dir():
        raise StoreError("no such store", where=directory, hint="create it with: kg load GRAPH --store DIR")
    try:
        return ox.Store(str(path))
    except OSError as exc:
        raise StoreError(f"cannot open the store: {exc}", where=directory,
                         hint="is another process using it? A store can be opened by one process at a time") from None


@dataclass
class LoadResult:
    graph: str | None  # None: the store's default graph
    triples: int


def load_into_store(paths: Sequence[str], directory: str, graph: str | None = None,
                    progress: Progress | None = None) -> LoadResult:
    """Replace ``graph`` in the store at ``directory`` with the triples of ``paths``; the ontology
    beside it, in its own named graph.

    With no ``graph``, the store's default graph, which pyoxigraph indexes three ways where it
    indexes a named graph's quads six ways: `kg load` of the 3.2 million triples of 100,000 posts
    took 25 s into the default graph against 44 s into a named graph, and queries ran as fast;
    plain pyoxigraph and rdflib (through oxrdflib) users find the data where they look first."""
    if graph is not None:
        check_iri(graph)
    for path in paths:  # before anything is made: a mistake leaves no new store version behind
        check_input(path)
    link = Path(directory)
    if link.exists() and not link.is_dir():
        raise StoreError("is not a directory", where=directory,
                         hint="give a new or empty directory (kg load creates it), or a store kg made")
    versions = link.parent / f".{link.name}.versions"
    try:
        versions.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the store: {exc.strerror}", where=directory,
                         hint="give a directory in a writable place") from None
    current = link.resolve() if link.exists() else None
    if current is not None and not (current / "CURRENT").exists() and any(current.iterdir()):
        raise StoreError("is not a pyoxigraph store", where=directory, hint="give an empty or new directory, or a store kg made")
    number = max((int(p.name) for p in versions.iterdir() if p.name.isdigit()), default=0) + 1
    target = versions / str(number)
    if current is not None and (current / "CURRENT").exists():
        open_store(str(current)).backup(str(target))  # a checkpoint: hard links, not a copy
    store = ox.Store(str(target))
    count = _replace(store, ox.NamedNode(ONTOLOGY_GRAPH), [str(ontology_file("kg.ttl"))])
    if graph is None and store.contains_named_graph(ox.NamedNode(DEFAULT_DATA_GRAPH)):
        # what an earlier version of kg loaded with no --graph: the load it is replaced by now
        store.remove_graph(ox.NamedNode(DEFAULT_DATA_GRAPH))
    count = _replace(store, ox.NamedNode(graph) if graph else ox.DefaultGraph(), list(paths), progress)
    store.flush()
    _compact(store)
    del store
    _swap(link, target)
    for old in versions.iterdir():  # earlier versions, and loads that were cut off
        if old.name != str(number):
            shutil.rmtree(old, ignore_errors=True)
    return LoadResult(graph, count)


LOAD_CHUNK = 50_000
"""Quads handed to the bulk loader at a time, for a file kg parses (one it cannot cut into pieces,
see :mod:`kg.rdfpieces`): pyoxigraph's loader holds its whole input in memory (1.75 GB for 3.2
million triples), so files are streamed to it in chunks. Smaller chunks are not
slower: `kg load` of those 3.2 million triples took 23-25 s and peaked at 128 MB with 50,000 quads
a chunk, 32-40 s and 420 MB with 250,000 (the store is compacted afterwards, see :func:`_compact`)."""


def _compact(store: ox.Store) -> None:
    """Compact a store just loaded in many small chunks: without it, queries that read every event
    run some 20% slower (the chunks' files overlap); it takes 2 s for 3.2 million triples."""
    store.optimize()


def _replace(store: ox.Store, graph: ox.NamedNode | ox.DefaultGraph, paths: list[str],
             progress: Progress | None = None) -> int:
    """Replace ``graph`` with the triples of ``paths``; how many the graph now holds."""
    if graph == ox.DefaultGraph():
        store.clear_graph(graph)
    elif store.contains_named_graph(graph):
        store.remove_graph(graph)
    before = len(store)  # counted by the store, not by iterating in Python
    for path in paths:
        _stream_into(store, path, graph, progress)
    return len(store) - before


def _stream_into(store: ox.Store, path: str, graph: ox.NamedNode | ox.DefaultGraph,
                 progress: Progress | None = None) -> None:
    """Bulk-load one file in pieces (:mod:`kg.rdfpieces`) or chunks of parsed quads; triples go to
    ``graph``, quads keep their own graph."""
    with reading(path) as fmt:
        if cuttable(path, fmt):
            to_graph = None if fmt.supports_datasets or graph == ox.DefaultGraph() else graph
            try:
                for size in _load_pieces(store, pieces(path, fmt), fmt, to_graph):
                    if progress:
                        progress("reading", size)
            except SyntaxError:
                for _ in ox.parse(path=path, format=fmt):  # the error again, at its line in the file
                    pass
                raise
            return
        quads = ox.parse(path=path, format=fmt)
        if not fmt.supports_datasets and graph != ox.DefaultGraph():
            # (a triples format is parsed into the default graph already: no quad made again)
            quads = (ox.Quad(q.subject, q.predicate, q.object, graph) for q in quads)
        while chunk := list(islice(quads, LOAD_CHUNK)):
            store.bulk_extend(chunk)
            if progress:
                progress("loading", len(chunk))


LOAD_THREADS = max(1, min(2, os.cpu_count() or 1))
"""Pieces loaded at once, each by its own thread: pyoxigraph's bulk loader lets go of Python's
lock while it parses and writes a piece, so a second piece parses on another core meanwhile
(`kg load` of the 3.2 million triples of 100,000 posts: see BENCHMARKS.md). Memory grows by a
piece for each (about 100 MB: the loader holds a parsed piece whole); the store's content is the
same whatever the order the pieces land in."""


def _load_pieces(store: ox.Store, parts: Iterator[tuple[bytes, int]], fmt: ox.RdfFormat,
                 to_graph: ox.NamedNode | None) -> Iterator[int]:
    """Bulk-load the pieces, :data:`LOAD_THREADS` at a time, never more in memory than those
    being loaded and the one being read; yields each piece's byte count as it is loaded, in order.
    The first error is raised once the pieces being loaded have finished."""
    def load(piece: bytes) -> None:
        store.bulk_load(input=piece, format=fmt, to_graph=to_graph)

    if LOAD_THREADS == 1:
        for piece, size in parts:
            load(piece)
            yield size
        return
    with ThreadPoolExecutor(LOAD_THREADS, thread_name_prefix="kg-load") as pool:
        running: deque = deque()
        try:
            for piece, size in parts:
                if len(running) == LOAD_THREADS:
                    done, done_size = running.popleft()
                    done.result()
                    yield done_size
                running.append((pool.submit(load, piece), size))
            while running:
                done, done_size = running.popleft()
                done.result()
                yield done_size
        finally:
            for future, _ in running:
                future.cancel()
            wait([future for future, _ in running])


def _swap(link: Path, target: Path) -> None:
    """Point ``link`` at ``target`` in one rename (a real directory there is moved aside first)."""
    if link.exists() and not link.is_symlink():
        link.rename(target.parent / f"{target.name}.previous")  # a store made without kg load
    temporary = link.parent / f".{link.name}.link-{target.name}"
    if temporary.is_symlink() or temporary.exists():
        temporary.unlink()
    temporary.symlink_to(Path(target.parent.name) / target.name)
    os.replace(temporary, link)


def data_graphs(store: ox.Store) -> list[ox.NamedNode | ox.DefaultGraph]:
    """The graphs queries see as their default graph: the store's default graph where it holds
    anything, then every named graph (the ontology's among them)."""
    return [ox.DefaultGraph()] * holds_default_graph(store) + sorted(store.named_graphs(), key=lambda g: g.value)


def holds_default_graph(store: ox.Store) -> bool:
    """Whether the store's default graph holds any quad (one index access, not a count)."""
    return next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None


def rdflib_dataset(directory: str):
    """The store as an rdflib Dataset through oxrdflib, for users who work in rdflib. A directory
    that holds no store is a :class:`StoreError` (oxrdflib would make an empty store there, and a
    mistyped path would look like an empty graph), as is a store another process (or this one)
    has open."""
    import rdflib

    path = Path(directory).resolve()
    if not (path / "CURRENT").is_file():
        raise StoreError("no store here", where=directory, hint="give the directory kg load --store made")
    dataset = rdflib.Dataset(store="Oxigraph")
    try:
        dataset.open(str(path), create=False)
    except OSError as exc:
        raise StoreError(f"cannot open the store: {exc}", where=directory,
                         hint="is it open elsewhere (kg, a notebook)? A store can be opened by one process at a time, once") from None
    return dataset
