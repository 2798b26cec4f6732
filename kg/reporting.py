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


def counted(number: int, noun: str) -> str:
    """"1 warning", "2 warnings", "0 violations"."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def as_text(report: Report, strict: bool = False) -> str:
    """Grouped by shape, then focus node: the offending value and the shape's message. Results
    of one shape about the same value (say its datatype and its pattern) share one line."""
    lines: list[str] = []
    by_shape: dict[str, list[Result]] = defaultdict(list)
    for result in report.results:
        by_shape[result.shape].append(result)
    for shape, results in sorted(by_shape.items()):
        severity = results[0].severity.lower()
        count = counted(len(results), severity)
        lines.append(f"{short(shape)}  ({count})")
        lines.append(f"  {results[0].message}")
        by_focus: dict[str, dict[tuple[str, str], list[Result]]] = defaultdict(lambda: defaultdict(list))
        for result in results:
            by_focus[result.focus][(result.path, result.value)].append(result)
        for focus, by_value in sorted(by_focus.items()):
            lines.append(f"  - {short(focus)}")
            for same in by_value.values():
                lines.append(f"      {_detail(same)}")
        lines.append("")
    verdict = "conforms" if report.conforms(strict) else "does not conform"
    lines.append(f"{counted(report.violations, 'violation')}, {counted(report.warnings, 'warning')}: {verdict}")
    return "\n".join(lines)


_COUNTS = {
    "MinCountConstraintComponent": "missing (fewer values than required)",
    "MaxCountConstraintComponent": "too many values",
}
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_TYPE_DECIDES = {"Datatype", "In", "HasValue", "Or", "And", "Xone", "Not"}
"""Constraints a literal may fail because of its datatype: its value is shown with its datatype
even when that is xsd:string, which Turtle leaves unwritten ("2025-03-03"^^xsd:string)."""


def literal_parts(term: str) -> tuple[str | None, str | None]:
    """(datatype IRI, language tag) of a literal written in N-Triples or Turtle (a plain
    "..." is an xsd:string, "..."@en an rdf:langString); (None, None) for an IRI or blank node."""
    if not term.startswith('"'):
        return None, None
    suffix = term[term.rindex('"') + 1 :]  # the lexical form's quotes are escaped: the last " closes it
    if suffix.startswith("@"):
        return _RDF_LANG_STRING, suffix[1:]
    if suffix.startswith("^^<") and suffix.endswith(">"):
        return suffix[3:-1], None
    return _XSD_STRING, None


def _component(result: Result) -> str:
    return short(result.constraint).removeprefix("sh:").removesuffix("ConstraintComponent")


def _detail(same: list[Result]) -> str:
    """One line for results about the same path and value: the value as Turtle writes it, and
    the constraints it fails when there are several."""
    first = same[0]
    path = short(first.path) if first.path else "(the node itself)"
    if not first.value:
        texts = dict.fromkeys(_COUNTS.get(c, c) for c in sorted(short(r.constraint).removeprefix("sh:") for r in same))
        return f"{path}: {'; '.join(texts)}"
    components = sorted({_component(r) for r in same if r.constraint})
    value = first.value
    datatype, _ = literal_parts(value)
    if datatype == _XSD_STRING and not value.endswith(">") and _TYPE_DECIDES & set(components):
        value += f"^^<{_XSD_STRING}>"
    line = f"{path} = {short(value)}"
    if len(same) > 1:
        line += f"  ({', '.join(c[:1].lower() + c[1:] for c in components)})"
    return line


def as_json(report: Report, strict: bool = False) -> str:
    """The report for programs: each result's fields as N-Triples strings, and for a literal
    value its ``datatype`` (an IRI) and ``language`` (null when it has none); both null for an
    IRI or blank node."""
    results = []
    for result in report.results:
        datatype, language = literal_parts(result.value)
        results.append({**result.__dict__, "datatype": datatype, "language": language})
    return json.dumps(
        {
            "conforms": report.conforms(strict),
            "violations": report.violations,
            "warnings": report.warnings,
            "results": results,
        },
        ensure_ascii=False,
        indent=2,
    )


def as_turtle(report: Report, strict: bool = False) -> str:
    """The report in the W3C SHACL vocabulary; results are named urn:kg:result:N, not blank nodes.
    ``sh:conforms`` is as SHACL defines it, false when there is any result, a warning too (kg's exit
    code, and the JSON's ``conforms``, let warnings pass unless ``strict``)."""
    out = [
        "@prefix sh: <http://www.w3.org/ns/shacl#> .",
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .",
        "",
        "<urn:kg:report> a sh:ValidationReport ;",
        f"    sh:conforms {'false' if report.results else 'true'}"
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
