"""An rdflib store for graphs pySHACL reads: one graph, added to once, then only read.

pySHACL reads its data and shapes graphs through rdflib's store interface, millions of pattern
look-ups for a chunk of a few thousand posts. rdflib's Memory store keeps, for every triple, the
graphs it is in, and formats the graph's name into a string on each look-up; these graphs are one
graph each, so this store keeps three indexes and nothing else. Everything else a store can do
fails loudly. Namespace bindings are Memory's own, so that messages name terms as they would.
"""
from __future__ import annotations

from typing import Iterator

from rdflib.plugins.stores.memory import Memory

_NO_CONTEXTS = ()


class ReadStore(Memory):
    """Triples of one graph in subject, predicate and object indexes (dicts: insertion order)."""

    context_aware = True  # pySHACL wraps every data graph in a Dataset, which asks for these
    graph_aware = True

    def __init__(self) -> None:
        super().__init__()
        self._spo: dict = {}
        self._pos: dict = {}
        self._osp: dict = {}
        self._count = 0

    def add(self, triple, context=None, quoted=False) -> None:
        if quoted:
            raise NotImplementedError("ReadStore holds no quoted (formula) triples")
        s, p, o = triple
        objects = self._spo.setdefault(s, {}).setdefault(p, {})
        if o in objects:
            return
        objects[o] = None
        self._pos.setdefault(p, {}).setdefault(o, {})[s] = None
        self._osp.setdefault(o, {}).setdefault(s, {})[p] = None
        self._count += 1

    def addN(self, quads) -> None:  # noqa: N802 - rdflib's name
        for s, p, o, context in quads:
            self.add((s, p, o), context)

    def triples(self, triple_pattern, context=None) -> Iterator:
        s, p, o = triple_pattern
        if s is not None:
            by_predicate = self._spo.get(s, {})
            if p is not None:
                objects = by_predicate.get(p, {})
                if o is not None:
                    if o in objects:
                        yield (s, p, o), _NO_CONTEXTS
                    return
                for obj in objects:
                    yield (s, p, obj), _NO_CONTEXTS
                return
            if o is not None:
                for pred in self._osp.get(o, {}).get(s, {}):
                    yield (s, pred, o), _NO_CONTEXTS
                return
            for pred, objects in by_predicate.items():
                for obj in objects:
                    yield (s, pred, obj), _NO_CONTEXTS
            return
        if p is not None:
            by_object = self._pos.get(p, {})
            if o is not None:
                for subj in by_object.get(o, {}):
                    yield (subj, p, o), _NO_CONTEXTS
                return
            for obj, subjects in by_object.items():
                for subj in subjects:
                    yield (subj, p, obj), _NO_CONTEXTS
            return
        if o is not None:
            for subj, predicates in self._osp.get(o, {}).items():
                for pred in predicates:
                    yield (subj, pred, o), _NO_CONTEXTS
            return
        for subj, by_predicate in self._spo.items():
            for pred, objects in by_predicate.items():
                for obj in objects:
                    yield (subj, pred, obj), _NO_CONTEXTS

    def __len__(self, context=None) -> int:
        return self._count

    def contexts(self, triple=None) -> Iterator:
        return iter(())

    def remove(self, triple_pattern, context=None) -> None:
        raise NotImplementedError("ReadStore is added to once, then only read")

    def add_graph(self, graph) -> None:
        raise NotImplementedError("ReadStore holds one graph")

    def remove_graph(self, graph) -> None:
        raise NotImplementedError("ReadStore holds one graph")
