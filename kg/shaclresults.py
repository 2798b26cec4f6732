"""SHACL results as kg reports them: pySHACL's results graph turned into sorted :class:`Result` rows.

Two things kg does beyond reading the results graph:

- a comparison (``sh:lessThan``, ``sh:lessThanOrEquals``, ``sh:minInclusive`` and the other
  range constraints) is not reported for a value that has a datatype violation of the same
  severity or worse at the same focus node: pySHACL reports the comparison of ``"one"`` with
  ``5`` as a violation too, and "start line must not come after its end line" only hides the
  real problem, which the datatype violation states;
- rdflib's warning (with a traceback) for an ill-typed literal such as ``"2025-13-45"^^xsd:date``
  is silenced: the datatype violation reports that literal, pySHACL finds it ill-typed without
  the warning.
"""
from __future__ import annotations

import functools
import logging
from dataclasses import dataclass, field
from typing import NamedTuple

import rdflib
from rdflib.namespace import RDF, SH


@dataclass(frozen=True, order=True)
class Result:
    """One SHACL result, with its terms as N-Triples strings."""

    severity: str
    shape: str
    focus: str
    path: str
    value: str
    message: str
    constraint: str


@dataclass
class Report:
    results: list[Result] = field(default_factory=list)

    @property
    def violations(self) -> int:
        return sum(r.severity == "Violation" for r in self.results)

    @property
    def warnings(self) -> int:
        return sum(r.severity == "Warning" for r in self.results)

    def conforms(self, strict: bool = False) -> bool:
        return self.violations == 0 and (not strict or self.warnings == 0)


class _Raw(NamedTuple):
    """A result as rdflib terms, before it is written as strings."""

    node: rdflib.term.Node
    severity: rdflib.term.Node | None
    shape: rdflib.term.Node | None
    focus: rdflib.term.Node | None
    path: rdflib.term.Node | None
    value: rdflib.term.Node | None
    constraint: rdflib.term.Node | None


_RANK = {SH.Info: 0, SH.Warning: 1, SH.Violation: 2}
_PAIRS = {SH.LessThanConstraintComponent: SH.lessThan, SH.LessThanOrEqualsConstraintComponent: SH.lessThanOrEquals}
_RANGES = {SH.MinInclusiveConstraintComponent, SH.MinExclusiveConstraintComponent,
           SH.MaxInclusiveConstraintComponent, SH.MaxExclusiveConstraintComponent}


def results_of(report: rdflib.Graph, shapes: rdflib.Graph) -> list[Result]:
    """The results of pySHACL's results graph, sorted, less the comparisons a datatype
    violation already explains."""
    raw = []
    for node in report.subjects(RDF.type, SH.ValidationResult):
        get = functools.partial(report.value, node)
        raw.append(_Raw(node, get(SH.resultSeverity), get(SH.sourceShape), get(SH.focusNode), get(SH.resultPath),
                        get(SH.value), get(SH.sourceConstraintComponent)))
    ill_typed: dict[tuple, int] = {}  # (focus, path, value) -> the worst severity of its datatype violations
    for r in raw:
        if r.constraint == SH.DatatypeConstraintComponent and isinstance(r.path, rdflib.URIRef):
            key = (r.focus, r.path, r.value)
            ill_typed[key] = max(ill_typed.get(key, -1), _RANK.get(r.severity, 2))
    out = set()
    for r in raw:
        if ill_typed and _said_already(r, ill_typed, shapes):
            continue
        messages = sorted(str(m) for m in report.objects(r.node, SH.resultMessage))
        out.add(Result(
            severity=str(r.severity).rsplit("#", 1)[-1],
            shape=_nt(r.shape),
            focus=_nt(r.focus),
            path=_path(report, r.path),
            value=_nt(r.value),
            message=" ".join(messages),
            constraint=_nt(r.constraint),
        ))
    return sorted(out)


def _said_already(r: _Raw, ill_typed: dict[tuple, int], shapes: rdflib.Graph) -> bool:
    """Whether ``r`` compares a value that has a datatype violation at least as severe (the
    value itself, or for a pair constraint any value of the property it is compared with)."""
    if r.constraint not in _PAIRS and r.constraint not in _RANGES:
        return False
    rank = _RANK.get(r.severity, 2)
    if ill_typed.get((r.focus, r.path, r.value), -1) >= rank:
        return True
    if r.constraint in _PAIRS:
        others = set(shapes.objects(r.shape, _PAIRS[r.constraint]))
        return any(focus == r.focus and path in others and worst >= rank
                   for (focus, path, _), worst in ill_typed.items())
    return False


def _path(graph: rdflib.Graph, path) -> str:
    """A result path as SPARQL writes it: kg:p, or ^kg:p for an inverse path."""
    if isinstance(path, rdflib.BNode):
        inverse = graph.value(path, SH.inversePath)
        return "^" + inverse.n3() if inverse is not None else "[]"
    return _nt(path)


def _nt(term) -> str:
    if term is None:
        return ""
    if isinstance(term, rdflib.BNode):
        return "[]"
    return term.n3()


class _IllTypedLiterals(logging.Filter):
    """Drops rdflib's "Failed to convert Literal lexical form to value" warnings (with their
    tracebacks): an ill-typed literal is a datatype violation in the report, not a crash."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("Failed to convert Literal lexical form")


_QUIET = _IllTypedLiterals()


def quiet_ill_typed_literals() -> None:
    """Silence rdflib's warnings for ill-typed literals (once; in each process that validates)."""
    logger = logging.getLogger("rdflib.term")
    if _QUIET not in logger.filters:
        logger.addFilter(_QUIET)
