"""Validation reports for people and for programs: text grouped by shape and focus node, JSON, Turtle."""
from __future__ import annotations

import json
from collections import defaultdict

from kg.validation import Report, Result

_SHORT = {
    "https://w3id.org/tgkg/ontology#": "kg:",
    "https://w3id.org/tgkg/shapes#": "kgsh:",
    "http://www.w3.org/ns/shacl#": "sh:",
    "http://www.w3.org/2001/XMLSchema#": "xsd:",
    "http://www.w3.org/2000/01/rdf-schema#": "rdfs:",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf:",
    "http://www.w3.org/2004/02/skos/core#": "skos:",
    "http://www.w3.org/2002/07/owl#": "owl:",
}


def short(term: str) -> str:
    """An N-Triples term with well-known namespaces shortened: <https://…/ontology#reports> -> kg:reports."""
    if term.startswith("^"):
        return "^" + short(term[1:])
    for namespace, prefix in _SHORT.items():
        if term.startswith(f"<{namespace}") and term.endswith(">"):
            return prefix + term[len(namespace) + 1 : -1]
        marker = f"^^<{namespace}"
        if term.startswith('"') and marker in term and term.endswith(">"):
            return term.replace(marker, f"^^{prefix}")[:-1]
    return term


def as_text(report: Report, strict: bool = False) -> str:
    """Grouped by shape, then focus node: the offending value and the shape's message."""
    lines: list[str] = []
    by_shape: dict[str, list[Result]] = defaultdict(list)
    for result in report.results:
        by_shape[result.shape].append(result)
    for shape, results in sorted(by_shape.items()):
        severity = results[0].severity.lower()
        count = f"{len(results)} {severity}{'s' if len(results) != 1 else ''}"
        lines.append(f"{short(shape)}  ({count})")
        lines.append(f"  {results[0].message}")
        by_focus: dict[str, list[Result]] = defaultdict(list)
        for result in results:
            by_focus[result.focus].append(result)
        for focus, items in sorted(by_focus.items()):
            lines.append(f"  - {short(focus)}")
            for item in items:
                lines.append(f"      {_detail(item)}")
        lines.append("")
    verdict = "conforms" if report.conforms(strict) else "does not conform"
    lines.append(f"{report.violations} violations, {report.warnings} warnings: {verdict}")
    return "\n".join(lines)


_COUNTS = {
    "MinCountConstraintComponent": "missing (fewer values than required)",
    "MaxCountConstraintComponent": "too many values",
}


def _detail(result: Result) -> str:
    path = short(result.path) if result.path else "(the node itself)"
    component = short(result.constraint).removeprefix("sh:")
    if result.value:
        return f"{path} = {short(result.value)}"
    return f"{path}: {_COUNTS.get(component, component)}"


def as_json(report: Report, strict: bool = False) -> str:
    return json.dumps(
        {
            "conforms": report.conforms(strict),
            "violations": report.violations,
            "warnings": report.warnings,
            "results": [r.__dict__ for r in report.results],
        },
        ensure_ascii=False,
        indent=2,
    )


def as_turtle(report: Report, strict: bool = False) -> str:
    """The report in the W3C SHACL vocabulary; results are named urn:kg:result:N, not blank nodes."""
    out = [
        "@prefix sh: <http://www.w3.org/ns/shacl#> .",
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .",
        "",
        "<urn:kg:report> a sh:ValidationReport ;",
        f"    sh:conforms {'true' if report.conforms(strict) else 'false'}"
        + (" ;" if report.results else " ."),
    ]
    if report.results:
        names = ", ".join(f"<urn:kg:result:{n}>" for n in range(1, len(report.results) + 1))
        out.append(f"    sh:result {names} .")
    for n, r in enumerate(report.results, 1):
        out.append("")
        out.append(f"<urn:kg:result:{n}> a sh:ValidationResult ;")
        out.append(f"    sh:resultSeverity sh:{r.severity} ;")
        out.append(f"    sh:sourceShape {r.shape} ;")
        out.append(f"    sh:focusNode {r.focus} ;")
        if r.path and not r.path.startswith(("[", "^")):
            out.append(f"    sh:resultPath {r.path} ;")
        if r.value and r.value != "[]":
            out.append(f"    sh:value {r.value} ;")
        if r.constraint:
            out.append(f"    sh:sourceConstraintComponent {r.constraint} ;")
        out.append(f"    sh:resultMessage {json.dumps(r.message, ensure_ascii=False)} .")
    return "\n".join(out) + "\n"
