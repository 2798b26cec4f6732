"""``kg validate FILE...``: chunks of subjects found by parsing the files, completed from a store.

The files are loaded into a temporary on-disk store. Reading the store back costs more than parsing
the files again (RocksDB decodes each term of each quad: 10 µs a triple against 1 µs), so the
parent parses the files only to cut them into chunks of subjects, in file order, and each worker
opens the store read-only and fetches everything its chunk needs: its subjects' triples, the types
of what they point at (:class:`kg.validation.ChunkValidator`). The work that grows with the graph
is then spread over the workers, and a chunk holds every triple of its subjects wherever they are
in the files (a subject that comes back later in a file is a subject of two chunks: validated
twice, reported once).

Blank nodes written ``[]`` get new names at each parse, so they cannot be looked up in the store
by the names the parent sees: files with a blank node as a subject are validated by streaming the
store instead (:func:`kg.validation.validate_store`). kg writes none.
"""
from __future__ import annotations

import functools
from itertools import islice
from typing import Iterator, Sequence

import pyoxigraph as ox
import rdflib

from kg.store import Progress, files_on_disk, reading
from kg.validation import ChunkValidator, Report, chunkable, store_validator, validate_store

CHUNK_SUBJECTS = 2000


class _BlankSubject(Exception):
    """A subject the store may know under another name: stream the store instead."""


def validate_files(paths: Sequence[str], shapes: rdflib.Graph, jobs: int = 1, chunk_size: int = CHUNK_SUBJECTS,
                   progress: Progress | None = None) -> Report:
    """Validate ``paths`` together, as one graph, against ``shapes``, in ``jobs`` processes;
    ``progress`` hears of the triples loaded, then of the resources (subjects) validated."""
    with files_on_disk(list(paths), progress) as (store, directory):
        if chunkable(shapes):
            try:
                return _by_parsed_subjects(paths, store, directory, shapes, jobs, chunk_size, progress)
            except _BlankSubject:
                pass
        return validate_store(store, shapes, chunk_size=chunk_size, jobs=jobs, on_disk=True, progress=progress)


def _chunks_of_subjects(paths: Sequence[str], chunk_size: int) -> Iterator[list[str]]:
    """The files' subjects (IRIs: a blank node raises :class:`_BlankSubject`) in file order,
    ``chunk_size`` at a time."""
    def subjects() -> Iterator[str]:
        last = None
        for path in paths:
            with reading(path) as fmt:
                for statement in ox.parse(path=path, format=fmt):
                    subject = statement.subject
                    if subject != last:
                        if isinstance(subject, ox.BlankNode):
                            raise _BlankSubject(str(subject))
                        last = subject
                        yield subject.value

    stream = subjects()
    while chunk := list(islice(stream, chunk_size)):
        yield chunk


def _by_parsed_subjects(paths, store: ox.Store, directory: str, shapes: rdflib.Graph, jobs: int, chunk_size: int,
                        progress: Progress | None = None) -> Report:
    results: set = set()
    done = progress or (lambda phase, count: None)
    if jobs <= 1:  # a validator of our own: one kept in _WORKER would keep the store open after it is removed
        validator = _chunk_validator(store, shapes)
        for chunk in _chunks_of_subjects(paths, chunk_size):
            results.update(_validate_with(validator, chunk))
            done("validating", len(chunk))
        return Report(sorted(results))
    from collections import deque

    from kg.parallel import process_pool

    turtle = shapes.serialize(format="turtle")
    pending: deque = deque()
    with process_pool(jobs, functools.partial(_start_worker, directory, turtle)) as pool:
        try:
            for chunk in _chunks_of_subjects(paths, chunk_size):
                while len(pending) >= 2 * jobs:  # bounded: at most two chunks a worker in flight
                    results.update(_collect(pending.popleft(), done))
                pending.append((len(chunk), pool.submit(_validate_subjects, chunk)))
            while pending:
                results.update(_collect(pending.popleft(), done))
        except BaseException:
            pool.shutdown(cancel_futures=True)
            raise
    return Report(sorted(results))


def _collect(pending: tuple, done: Progress) -> set:
    """A chunk's results, once its worker sends them; the chunk's subjects are then done."""
    size, future = pending
    results = future.result()
    done("validating", size)
    return results


_WORKER: list[ChunkValidator] = []


def _chunk_validator(store: ox.Store, shapes: rdflib.Graph) -> ChunkValidator:
    # each chunk is made of all its subjects' triples, fetched by _validate_subjects
    return store_validator(store, shapes, complete_roots=True)


def _start_worker(directory: str, shapes_turtle: str) -> None:
    from kg.readstore import ReadStore

    shapes = rdflib.Graph(store=ReadStore()).parse(data=shapes_turtle, format="turtle")
    _WORKER[:] = [_chunk_validator(ox.Store.read_only(directory), shapes)]


def _validate_subjects(subjects: list[str]) -> set:
    """In a worker: validate these subjects (IRIs) with all their triples."""
    return _validate_with(_WORKER[0], subjects)


def _validate_with(validator: ChunkValidator, subjects: list[str]) -> set:
    validator.results = set()
    validator.validate([t for iri in subjects for t in validator.outgoing(ox.NamedNode(iri))])
    return validator.results
