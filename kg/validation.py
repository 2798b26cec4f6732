"""SHACL validation with pySHACL, in bounded chunks that report exactly what the whole graph would.

pySHACL holds the data in an rdflib graph (about 1.5 KB a triple), so a large graph is validated
a chunk at a time. A chunk is a set of root resources (posts, events, people...) with all their
own triples, the triples that point at them through a property the shapes read backwards
(``kg:reports``), and the types of every other resource they point at: all that validating a
root reads when no shape looks further than a value's class (:func:`values_need_only_types`).
Those other resources are validated in their own chunk, not again in each chunk that points at
them (:func:`kg.pyshacl_speedups.skipping`). Where shapes do look further, or pySHACL is a version
kg does not adapt, a chunk holds instead every resource it reaches with all its triples, and
validates them all. Either way each resource is checked against exactly the triples the whole
graph gives it, and the results, de-duplicated, are those of whole-graph validation. Shapes with
paths the chunks cannot close over (sequences, SPARQL constraints, nested shapes) make
:func:`validate_store` fall back to the whole graph.
"""
from __future__ import annotations

import functools
from collections import deque
from pathlib import Path
from typing import Callable, Iterable, Sequence

import pyoxigraph as ox
import rdflib
from rdflib.namespace import RDF, SH

from kg import pyshacl_speedups
from kg.readstore import ReadStore
from kg.errors import InputError
from kg.paths import ontology_file
from kg.shaclresults import Report, Result, quiet_ill_typed_literals, results_of
from kg.store import Progress, holds_default_graph

SHAPES_FILE = "shapes.ttl"
_RDF_TYPE = ox.NamedNode(str(RDF.type))
_SCHEMA_PREDICATES = {
    "http://www.w3.org/2000/01/rdf-schema#subClassOf",
    "http://www.w3.org/2000/01/rdf-schema#subPropertyOf",
}


def shipped_shapes_text() -> str:
    return ontology_file(SHAPES_FILE).read_text(encoding="utf-8")


def load_shapes(extra: Sequence[str | Path] = ()) -> rdflib.Graph:
    """The shipped shapes plus any given files, as one rdflib graph (read by pySHACL millions of
    times a validation: in a :class:`ReadStore`)."""
    graph = rdflib.Graph(store=ReadStore())
    graph.parse(data=shipped_shapes_text(), format="turtle")
    for path in extra:
        try:
            graph.parse(str(path), format=rdflib.util.guess_format(str(path)) or "turtle")
        except FileNotFoundError:
            raise InputError("no such shapes file", where=str(path)) from None
        except Exception as exc:  # rdflib raises many kinds of parse errors
            raise InputError(f"cannot be read as RDF: {exc}", where=str(path), hint="check the file's syntax") from None
    return graph


def inverse_predicates(shapes: rdflib.Graph) -> set[str]:
    return {str(o) for o in shapes.objects(None, SH.inversePath)}


def chunkable(shapes: rdflib.Graph) -> bool:
    """Whether chunked validation is exact for these shapes (only simple and inverse paths)."""
    complex_path = any(isinstance(path, rdflib.BNode) and (path, SH.inversePath, None) not in shapes
                       for path in shapes.objects(None, SH.path))
    nested = any(True for _ in shapes.triples((None, SH.sparql, None))) or any(
        True for p in (SH.node, SH.qualifiedValueShape, SH.expression) for _ in shapes.triples((None, p, None))
    )
    return not complex_path and not nested


def values_need_only_types(shapes: rdflib.Graph) -> bool:
    """Whether validating a resource reads, of the other resources it points at, only their types:
    no member shape of a sh:or, sh:and, sh:xone or sh:not constrains properties of its own (sh:node
    and the like :func:`chunkable` rules out)."""
    members = set(shapes.objects(None, SH["not"]))
    for logical in (SH["or"], SH["and"], SH.xone):
        for items in shapes.objects(None, logical):
            members.update(shapes.items(items))
    return not any((m, SH.property, None) in shapes or (m, SH.path, None) in shapes for m in members)


def validate_graph(data: rdflib.Graph, shapes: rdflib.Graph, skip: Iterable = ()) -> list[Result]:
    """Validate one rdflib graph; the results, sorted. ``skip``: nodes it holds only as context for
    others, validated elsewhere (see :func:`kg.pyshacl_speedups.skipping`)."""
    import pyshacl

    pyshacl_speedups.apply()
    quiet_ill_typed_literals()
    with pyshacl_speedups.skipping(skip):
        _, results_graph, _ = pyshacl.validate(
            data, shacl_graph=shapes, inference="none", advanced=False, allow_warnings=True, meta_shacl=False
        )
    return results_of(results_graph, shapes)


class ChunkValidator:
    """Validates chunks of triples, completing each with the descriptions of what it references.

    ``outgoing(node)`` gives every triple whose subject is that node (from a store, or from the
    descriptions a build has written already); ``incoming(predicate, node)`` the triples that point
    at it through a property the shapes read backwards.

    With ``only_roots``, the resources a chunk holds only as context (described, but not subjects
    of the chunk's own triples) are not validated in it: each is validated in the chunk whose own
    triples describe it. That is exact when every described resource is the subject of some
    chunk's own triples (a whole store; a build that validates every post), and it halves the work
    on a channel's graph, where each chunk would otherwise validate again the people, places and
    organisations its events mention.
    """

    def __init__(
        self,
        shapes: rdflib.Graph,
        outgoing: Callable[[ox.NamedNode | ox.BlankNode], Iterable[ox.Triple]],
        incoming: Callable[[ox.NamedNode, ox.NamedNode | ox.BlankNode], Iterable[ox.Triple]] | None = None,
        schema: Iterable[ox.Triple] = (),
        jobs: int = 1,
        only_roots: bool = True,
        types: Callable[[ox.NamedNode | ox.BlankNode], Iterable[ox.Triple]] | None = None,
        complete_roots: bool = False,
    ):
        self.shapes = shapes
        self.outgoing = outgoing
        self.types = types or (lambda node: [t for t in outgoing(node) if t.predicate == _RDF_TYPE])
        # only pySHACL versions kg.pyshacl_speedups adapts can leave context nodes out
        # (and not when a shape targets the objects of a property: a context node may be one of its
        # focus nodes, and would be validated with its types only)
        self.lean = (only_roots and values_need_only_types(shapes) and (None, SH.targetObjectsOf, None) not in shapes
                     and pyshacl_speedups.apply())
        self.complete_roots = complete_roots
        self.incoming = incoming
        self.inverse = [ox.NamedNode(p) for p in sorted(inverse_predicates(shapes))]
        self.schema = list(schema)
        self.results: set[Result] = set()
        self.jobs = jobs
        self.only_roots = only_roots
        self._pool = None
        self._pending: deque = deque()

    def validate(self, triples: Iterable[ox.Triple]) -> None:
        chunk = list(triples)
        roots = {t.subject for t in chunk}
        if self.lean:
            skip = self._add_types(chunk, roots)
        else:
            skip = self._add_closure(chunk, roots)
            skip = skip if self.only_roots else []
        triples = set(chunk) | set(self.schema)
        if self.jobs <= 1:
            self.results.update(validate_graph(_graph_of(triples), self.shapes, skip=[_term(n) for n in skip]))
            return
        # pySHACL is pure Python: chunks go to worker processes, as N-Triples (pyoxigraph writes and
        # reads them ten times faster than pickle), at most two a worker in flight
        if self._pool is None:
            from kg.parallel import process_pool

            turtle = self.shapes.serialize(format="turtle")
            self._pool = process_pool(self.jobs, functools.partial(_start_worker, turtle))
        while len(self._pending) >= 2 * self.jobs:
            self.results.update(self._pending.popleft().result())
        data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        self._pending.append(self._pool.submit(_validate_in_worker, data, [str(n) for n in skip]))

    def _add_types(self, chunk: list[ox.Triple], roots: set) -> list:
        """Complete ``chunk`` with all the triples of its roots and the types of every other node it
        holds (all a root's validation reads, see :func:`values_need_only_types`); those other nodes."""
        if not self.complete_roots:  # a chunk may hold only some of a root's triples, e.g. a new altLabel
            for root in roots:
                chunk.extend(self.outgoing(root))
        if self.incoming:
            for root in roots:
                for predicate in self.inverse:
                    chunk.extend(self.incoming(predicate, root))
        values = {node for t in chunk for node in (t.subject, t.object)
                  if isinstance(node, (ox.NamedNode, ox.BlankNode)) and node not in roots}
        context = []
        for node in values:
            before = len(chunk)
            chunk.extend(self.types(node))
            if len(chunk) > before:
                context.append(node)
        return context

    def _add_closure(self, chunk: list[ox.Triple], roots: set) -> list:
        """Complete ``chunk`` with the descriptions of every node it reaches, and the triples that
        point at them backwards; the described nodes that are not roots."""
        have: set = set()
        context: list = []
        todo = list(roots) + [t.object for t in chunk if isinstance(t.object, (ox.NamedNode, ox.BlankNode))]
        while todo:
            node = todo.pop()
            if node in have:
                continue
            have.add(node)
            described = False
            for triple in self.outgoing(node):
                described = True
                chunk.append(triple)
                if isinstance(triple.object, (ox.NamedNode, ox.BlankNode)) and triple.object not in have:
                    todo.append(triple.object)
            if described and node not in roots:
                context.append(node)
        if self.incoming and self.inverse:
            for node in list(have):
                for predicate in self.inverse:
                    chunk.extend(self.incoming(predicate, node))
        return context

    def report(self) -> Report:
        """Every result, once all chunks are validated; worker processes are then stopped."""
        try:
            while self._pending:
                self.results.update(self._pending.popleft().result())
        finally:
            if self._pool is not None:
                self._pool.shutdown(cancel_futures=True)
                self._pool = None
        return Report(sorted(self.results))


def _graph_of(triples: Iterable[ox.Triple]) -> rdflib.Graph:
    quiet_ill_typed_literals()  # an ill-typed literal is a datatype violation, not a warning with a traceback
    store = ReadStore()
    add = store.add
    for triple in triples:
        add(_to_rdflib(triple))
    return rdflib.Graph(store=store)


_WORKER_SHAPES: list[rdflib.Graph] = []


def _start_worker(shapes_turtle: str) -> None:
    _WORKER_SHAPES[:] = [rdflib.Graph(store=ReadStore()).parse(data=shapes_turtle, format="turtle")]


def _validate_in_worker(data: bytes, skip: list[str]) -> list[Result]:
    """Validate a chunk sent as N-Triples; ``skip``: its context nodes, as N-Triples terms."""
    nodes = [rdflib.BNode(n[2:]) if n.startswith("_:") else _iri(n[1:-1]) for n in skip]
    return validate_graph(_graph_of(ox.parse(data, format=ox.RdfFormat.N_TRIPLES)), _WORKER_SHAPES[0], skip=nodes)


@functools.lru_cache(maxsize=20_000)
def _iri(value: str) -> rdflib.URIRef:
    return rdflib.URIRef(value)


def _term(term):
    if isinstance(term, ox.NamedNode):
        return _iri(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == "http://www.w3.org/2001/XMLSchema#string":
            return rdflib.Literal(term.value)
        return rdflib.Literal(term.value, datatype=_iri(datatype))
    raise TypeError(f"unsupported RDF term {term!r}")  # e.g. a quoted triple


def _to_rdflib(triple: ox.Triple) -> tuple:
    return (_term(triple.subject), _term(triple.predicate), _term(triple.object))


def store_validator(store: ox.Store, shapes: rdflib.Graph, jobs: int = 1, complete_roots: bool = False) -> ChunkValidator:
    """A :class:`ChunkValidator` that completes chunks from ``store`` (all graphs merged)."""
    def triples_of(pattern) -> list[ox.Triple]:
        return [q.triple for q in store.quads_for_pattern(*pattern)]

    return ChunkValidator(
        shapes,
        outgoing=lambda node: triples_of((node, None, None, None)),
        incoming=lambda predicate, node: triples_of((None, predicate, node, None)),
        schema=[t for p in sorted(_SCHEMA_PREDICATES) for t in triples_of((None, ox.NamedNode(p), None, None))],
        jobs=jobs,
        types=lambda node: triples_of((node, _RDF_TYPE, None, None)),
        complete_roots=complete_roots,
    )


def validate_store(store: ox.Store, shapes: rdflib.Graph, chunk_size: int = 2000, jobs: int = 1,
                   on_disk: bool = False, progress: Progress | None = None) -> Report:
    """Validate everything in a store (all graphs merged), chunk by chunk where that is exact.

    ``on_disk``: the store is an on-disk one (RocksDB), which streams each graph's quads subject by
    subject; with all quads in one graph, a chunk then holds every triple of its subjects and need
    not fetch them again. (An in-memory store streams them in another order.) ``progress`` (see
    :data:`kg.store.Progress`) hears of each chunk's subjects as the chunk is handed on."""
    if not chunkable(shapes):
        validator = ChunkValidator(shapes, lambda node: ())
        validator.validate([q.triple for q in store.quads_for_pattern(None, None, None, None)])
        return validator.report()
    validator = store_validator(store, shapes, jobs=jobs, complete_roots=on_disk and _one_graph(store))
    # the store's own order (subject by subject, deterministic), cut into chunks of ``chunk_size``
    # subjects as it streams by: no set of every subject in memory. A subject whose triples are in
    # several graphs may be a root of two chunks; each gets all its triples, so results are the same.
    roots, last = 0, None
    own: list[ox.Triple] = []
    for quad in store.quads_for_pattern(None, None, None, None):
        if quad.subject != last:
            if roots == chunk_size:
                validator.validate(own)
                if progress:
                    progress("validating", roots)
                roots, own = 0, []
            roots, last = roots + 1, quad.subject
        own.append(quad.triple)
    if own:
        validator.validate(own)
        if progress:
            progress("validating", roots)
    return validator.report()


def _one_graph(store: ox.Store) -> bool:
    """Whether all the store's quads are in one graph."""
    return sum(1 for _ in store.named_graphs()) + holds_default_graph(store) <= 1
