"""Score a built graph against a hand-annotated gold file, field by field (precision, recall, F1).

The gold (``tests/data/gold/seeds.json`` is the one for ``seeds/``) lists posts by file and first
line (or by message id) with their hashtags and their event: type, date, end date, location,
speakers, participants, organisations, countries. An entity in the graph matches a gold name when
the name is one of its labels or alternative labels (compared case-insensitively), so a graph is
scored on what it resolved, not on how it spelled it.
"""
from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from kg.errors import InputError
from kg.store import load_files

KG = "https://w3id.org/tgkg/ontology#"
FIELDS = ("hashtags", "type", "date", "end_date", "location", "speakers", "participants", "people",
          "organisations", "countries")


@dataclass
class Score:
    field: str
    true_positives: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else (1.0 if not self.predicted else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, predicted: Iterable, gold: Iterable, match=None) -> None:
        predicted, gold = list(predicted), list(gold)
        self.predicted += len(predicted)
        self.gold += len(gold)
        match = match or (lambda p, g: p == g)
        left = list(predicted)
        for g in gold:
            hit = next((p for p in left if match(p, g)), None)
            if hit is not None:
                left.remove(hit)
                self.true_positives += 1


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).replace("’", "'").casefold().split())


class _Graph:
    """What the graph says about each post, read with SPARQL."""

    def __init__(self, store: ox.Store):
        self.store = store
        self.names: dict[str, set[str]] = defaultdict(set)
        for row in self._rows("SELECT ?e ?n WHERE { { ?e rdfs:label ?n } UNION { ?e skos:altLabel ?n } }"):
            self.names[row["e"]].add(_norm(row["n"]))
        self.codes = {r["c"]: r["code"] for r in self._rows("SELECT ?c ?code WHERE { ?c kg:countryCode ?code }")}
        self.in_country = {r["p"]: r["c"] for r in self._rows("SELECT ?p ?c WHERE { ?p kg:inCountry ?c }")}
        self.posts: dict[tuple, dict] = {}
        query = """SELECT ?post ?file ?line ?id ?event ?type ?date ?end ?loc WHERE {
            ?post a kg:Post ; kg:reports ?event .
            OPTIONAL { ?post kg:sourceFile ?file ; kg:startLine ?line }
            OPTIONAL { ?post kg:messageId ?id }
            OPTIONAL { ?event kg:eventType ?type }
            OPTIONAL { ?event kg:date ?date }
            OPTIONAL { ?event kg:endDate ?end }
            OPTIONAL { ?event kg:location ?loc } }"""
        for row in self._rows(query):
            key = (row["file"], int(row["line"])) if row.get("file") else ("#", int(row["id"]))
            self.posts[key] = {**row, "type": (row.get("type") or "").rsplit("#", 1)[-1]}
        self.values: dict[tuple[str, str], list[str]] = defaultdict(list)
        for prop in ("speaker", "participant", "organisation", "country"):
            for row in self._rows(f"SELECT ?e ?v WHERE {{ ?e kg:{prop} ?v }}"):
                self.values[(row["e"], prop)].append(row["v"])
        for row in self._rows("SELECT ?p ?t WHERE { ?p kg:hashtag ?h . ?h kg:tag ?t }"):
            self.values[(row["p"], "hashtag")].append(row["t"])

    def _rows(self, query: str) -> list[dict[str, str]]:
        prefixes = (f"PREFIX kg: <{KG}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> ")
        solutions = self.store.query(prefixes + query)
        names = [v.value for v in solutions.variables]
        return [{n: s[n].value for n in names if s[n] is not None} for s in solutions]


def score(graph_files: list[str], gold_file: str) -> list[Score]:
    """Per-field scores of a graph (one or more files) against a gold file."""
    gold = read_gold(gold_file)
    graph = _Graph(load_files(graph_files))
    scores = {name: Score(name) for name in FIELDS}
    names = graph.names

    def named(entity: str, name: str) -> bool:
        return _norm(name) in names.get(entity, ())

    for post in gold:
        key = (post["file"], post["start_line"]) if post.get("file") else ("#", post["message_id"])
        found = graph.posts.get(key, {})
        event, gold_event = found.get("event"), post.get("event") or {}
        scores["hashtags"].add(graph.values[(found.get("post"), "hashtag")] if found else [], post.get("hashtags", []))
        scores["type"].add([found["type"]] if found.get("type") else [], [gold_event["type"]] if gold_event.get("type") else [])
        for field, prop in (("date", "date"), ("end_date", "end")):
            scores[field].add([found[prop]] if found.get(prop) else [], [gold_event[field]] if gold_event.get(field) else [])
        location = found.get("loc")
        gold_location = gold_event.get("location")
        scores["location"].add([location] if location else [], [gold_location] if gold_location else [],
                               lambda p, g: _same_place(graph, p, g))
        speakers = graph.values[(event, "speaker")]
        participants = graph.values[(event, "participant")]
        scores["speakers"].add(speakers, gold_event.get("speakers", []), named)
        scores["participants"].add(participants, gold_event.get("participants", []), named)
        scores["people"].add(speakers + participants, gold_event.get("speakers", []) + gold_event.get("participants", []), named)
        scores["organisations"].add(graph.values[(event, "organisation")], gold_event.get("organisations", []), named)
        scores["countries"].add([graph.codes.get(c, "") for c in graph.values[(event, "country")]], gold_event.get("countries", []))
    return [scores[name] for name in FIELDS]


_GOLD_HINT = ('each post of the gold\'s "posts" list needs "file" and "start_line" (a text copy) or "message_id" '
              '(an export); see tests/data/gold/seeds.json')
_GOLD_LISTS = ("speakers", "participants", "organisations", "countries")


def read_gold(gold_file: str) -> list[dict]:
    """The posts of a gold file, checked: what the scorer reads of each is there, with its type."""
    def wrong(message: str) -> InputError:
        return InputError(message, where=gold_file, hint=_GOLD_HINT)

    try:
        data = json.loads(Path(gold_file).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError("no such file", where=gold_file, hint="check the path") from None
    except OSError as exc:
        raise InputError(f"cannot be read: {exc.strerror}", where=gold_file) from None
    except ValueError as exc:
        raise InputError(f"is not a gold file: not JSON ({exc})", where=gold_file, hint=_GOLD_HINT) from None
    posts = data.get("posts") if isinstance(data, dict) else None
    if not isinstance(posts, list):
        raise wrong('is not a gold file: it has no "posts" list')
    for number, post in enumerate(posts, 1):
        if not isinstance(post, dict):
            raise wrong(f"post {number} of the gold is not a JSON object")
        for key in (("file", "start_line") if post.get("file") else ("message_id",)):
            if post.get(key) is None:
                raise wrong(f'post {number} of the gold has no "{key}"')
        event = post.get("event")
        if event is not None and not isinstance(event, dict):
            raise wrong(f'post {number} of the gold: "event" is not a JSON object')
        for holder, key in [(post, "hashtags"), *((event or {}, k) for k in _GOLD_LISTS)]:
            if not isinstance(holder.get(key, []), list):
                raise wrong(f'post {number} of the gold: "{key}" is not a list')
        if not isinstance((event or {}).get("location") or {}, dict):
            raise wrong(f'post {number} of the gold: "location" is not a JSON object')
    return posts


def _same_place(graph: _Graph, predicted: str, gold: dict) -> bool:
    code = graph.codes.get(predicted) or graph.codes.get(graph.in_country.get(predicted, ""), "")
    if code != gold.get("country"):
        return False
    if gold.get("city"):
        return _norm(gold["city"]) in graph.names.get(predicted, ())
    return predicted in graph.codes  # a country, as the gold has it


def as_table(scores: list[Score]) -> str:
    lines = [f"{'field':<14} {'precision':>9} {'recall':>7} {'F1':>6} {'gold':>6} {'found':>6}"]
    for s in scores:
        lines.append(f"{s.field:<14} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f} {s.gold:>6} {s.predicted:>6}")
    return "\n".join(lines)
