"""Five adaptations of pySHACL's internals that give the same results faster on kg's graphs.

All are applied once, only to the pySHACL version they were written against (see
``_CHECKED``), and each is checked by tests/test_validate.py against unpatched pySHACL. With any
other version kg leaves pySHACL as it is: slower, never wrong.

1. pySHACL looks each shape predicate up in a *list* of constraint parameters, once per shape per
   value node; a frozenset gives the same answers (25% faster on kg's graphs).
2. sh:or. pySHACL checks a value node against every member shape and builds a full validation
   result (message, description, stringified nodes) for each member it fails, only to discard them:
   kg's shapes say "a Person, an Organisation or a place" with five members, so four such results
   for every mention, a third of the validation time. :class:`_FirstConformingOr` stops at the
   first member the value node conforms to, trying first the member it conformed to before (the
   same countries and people recur), else the first member that says only "sh:class X" for an X
   the value node has as a type (a new name, of whatever kind), else the member the previous value
   node conformed to. The results are the same: a value node fails sh:or when it conforms to no
   member, whatever the order the members are tried in
   (https://www.w3.org/TR/shacl/#OrConstraintComponent).
3. Focus nodes a chunk only holds as context. kg validates a big graph in chunks, each with the
   types of the resources its own triples point at (:mod:`kg.validation`); those resources are
   validated in their own chunk, so :func:`skipping` tells a validation to leave them out of the
   focus nodes a shape's targets give. pySHACL's own ``focus_nodes`` option cannot do this: it
   also filters the value nodes that sh:or, sh:not and sh:and hand to their member shapes, and a
   member that validates nothing conforms. Only shapes whose targets a resource's own triples
   decide (classes, nodes, subjects of) are filtered; a shape with sh:targetObjectsOf is not.
4. Constraint components made once per shape. pySHACL makes each of a shape's components anew
   every time the shape validates (a property shape or an sh:or member does so for each value
   node: 200,000 components for the 10k export, the sh:in of event types reading its RDF list
   each time); a component depends only on its shape and the shapes graph, and its ``evaluate``
   changes nothing in it, so kg makes each once per shape and reuses it. A component that fails
   to load is not kept: pySHACL sees the same warning or error every time, as before.
5. A shape's name made once. ``Shape.validate`` formats debug messages with ``str(shape)`` twice
   per call whether or not debug logging is on (f-strings), and a call is made per value node:
   850,000 names for the 10k export, each looked up in the shape's names again. The name
   depends on the shape's own node, names and kind, which do not change once it is loaded, so kg
   keeps each shape's first answer (3–5% of `kg validate`).
"""
from __future__ import annotations

import contextlib
import contextvars
import functools
from typing import Iterable, Iterator

from rdflib import URIRef

_CHECKED = ("0.40.",)  # pySHACL versions whose internals these were read against


@functools.lru_cache(maxsize=1)
def apply() -> bool:
    """Adapt pySHACL if it is a version these were written for; whether it was."""
    try:
        import pyshacl
        import pyshacl.shape as shape
        from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS, CONSTRAINT_PARAMETERS_MAP
        from pyshacl.constraints.core.logical_constraints import SH_or, OrConstraintComponent
    except ImportError:  # pragma: no cover - a pySHACL without these names
        return False
    if not pyshacl.__version__.startswith(_CHECKED) or CONSTRAINT_PARAMETERS_MAP.get(SH_or) is not OrConstraintComponent:
        return False
    parameters = dict(CONSTRAINT_PARAMETERS_MAP)
    parameters[SH_or] = _first_conforming_or(OrConstraintComponent)
    # one maker a class: pySHACL runs a class once a shape even when several parameters name it
    makers = {cls: _made_once(cls) for cls in set(parameters.values())}
    parameters = {parameter: makers[cls] for parameter, cls in parameters.items()}
    shape.CONSTRAINT_PARAMS = (frozenset(ALL_CONSTRAINT_PARAMETERS), parameters)
    shape.Shape.__str__ = _str_once(shape.Shape.__str__)
    shape.Shape.validate = _skipping_context(shape.Shape.validate)
    return True


_SKIP: contextvars.ContextVar[frozenset] = contextvars.ContextVar("kg_skip_focus", default=frozenset())


@contextlib.contextmanager
def skipping(nodes: Iterable) -> Iterator[bool]:
    """Within the block, shapes leave ``nodes`` (rdflib terms) out of the focus nodes their targets
    give; yields whether that is in force (only when pySHACL is a version :func:`apply` adapts:
    else every node stays a focus node, which gives the same results, more slowly)."""
    token = _SKIP.set(frozenset(nodes) if apply() else frozenset())
    try:
        yield bool(_SKIP.get())
    finally:
        _SKIP.reset(token)


def _skipping_context(validate):
    @functools.wraps(validate)
    def skipping_validate(self, executor, target_graph, focus=None, _evaluation_path=None):
        skip = _SKIP.get()
        # focus is None only where a shape finds its own focus nodes from its targets: the top
        # level; member and property shapes are handed theirs
        if focus is None and skip and not self._advanced and not any(True for _ in self.target()[3]):  # targetObjectsOf
            focus = [node for node in self.focus_nodes(target_graph) if node not in skip]
            if not focus:
                return True, []
        return validate(self, executor, target_graph, focus, _evaluation_path)

    return skipping_validate


def _first_conforming_or(base: type) -> type:
    class _FirstConformingOr(base):
        """sh:or that stops at the first member shape a value node conforms to."""

        def evaluate(self, executor, target_graph, focus_value_nodes, _evaluation_path):
            sg = self.shape.sg
            # kept for the whole validation (pySHACL makes a component per focus node)
            memory = sg.__dict__.setdefault("_kg_or_memory", {})
            reports = []
            for members_list in self.or_list:
                if members_list not in memory:
                    members = [self.shape.get_other_shape(node) for node in sg.graph.items(members_list)
                               if not sg.is_filtered_out_shape(node)]
                    memory[members_list] = (members, {}, _class_of_each(sg.graph, members))
                members, conformed, classes = memory[members_list]
                if not members or any(member is None for member in members):
                    # an empty or malformed list: pySHACL's own evaluation says what is wrong
                    return super().evaluate(executor, target_graph, focus_value_nodes, _evaluation_path)
                for focus, values in focus_value_nodes.items():
                    for value in values:
                        # the member this value conformed to before, else the first member whose
                        # class the value has, else the previous value's
                        first = conformed.get(value)
                        if first is None:
                            first = _typed_as(target_graph, value, classes)
                        if first is None:
                            first = conformed.get(None, 0)
                        for i in (first, *range(first), *range(first + 1, len(members))):
                            ok, _ = members[i].validate(executor, target_graph, focus=value,
                                                        _evaluation_path=_evaluation_path[:])
                            if ok:
                                conformed[value] = conformed[None] = i
                                break
                        else:
                            reports.append(self.make_v_result(target_graph, focus, value_node=value))
            return not reports, reports

    return _FirstConformingOr


_SH_CLASS = URIRef("http://www.w3.org/ns/shacl#class")
_RDF_TYPE = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def _class_of_each(shapes_graph, members) -> dict:
    """For the members that say only "sh:class X" (kg's "a Person, an Organisation or a place"):
    X and the member's place in the list (the first member, where several name the same class)."""
    classes: dict = {}
    for i, member in enumerate(members):
        if member is None:  # not a shape pySHACL can find: its own sh:or says so, see evaluate
            continue
        said = {p for p, _ in shapes_graph.predicate_objects(member.node)}
        named = list(shapes_graph.objects(member.node, _SH_CLASS))
        if said == {_SH_CLASS} and len(named) == 1:
            classes.setdefault(named[0], i)
    return classes


def _typed_as(data_graph, value, classes: dict) -> int | None:
    """The first member whose class the value has as a type in the data (a guess of where to start:
    any order gives the same results, the right one spares building a result for every member the
    value fails)."""
    if not classes:
        return None
    found = [classes[t] for t in data_graph.objects(value, _RDF_TYPE) if t in classes]
    return min(found) if found else None


def _kept(shape, table: str, key, make):
    """What ``make(shape)`` gives, made the first time and kept with its shapes graph for as
    long as it lives (shapes have no __dict__); the shape itself is kept beside it, so that its id
    names no other shape meanwhile."""
    made = shape.sg.__dict__.setdefault(table, {})
    found = made.get(key)
    if found is None or found[0] is not shape:
        found = made[key] = (shape, make(shape))
    return found[1]


def _str_once(name_of):
    """``Shape.__str__`` that makes each shape's name once."""
    @functools.wraps(name_of)
    def str_once(self) -> str:
        return _kept(self, "_kg_names", id(self), name_of)

    return str_once


def _made_once(component: type):
    """Makes ``component`` for a shape the first time pySHACL asks, then hands back the same one."""
    def make(shape):
        return _kept(shape, "_kg_components", (id(shape), component), component)

    make.__name__ = make.__qualname__ = component.__name__
    return make
