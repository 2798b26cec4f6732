"""Re-runs and growth: an export that grew, built and loaded again, has no duplicate posts or entities."""
from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox

from kg.builder import BuildOptions, build
from kg.store import load_into_store
from telegram_factory import write_export

KG = "https://w3id.org/tgkg/ontology#"


def _counts(directory: Path) -> dict[str, int]:
    store = ox.Store(str(directory))
    try:
        # (kg load puts the data in the store's default graph, where pyoxigraph's query() looks)
        out = {}
        for cls in ("Post", "Event", "Person", "Organisation", "Country", "City", "Hashtag", "Channel"):
            query = f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a <{KG}{cls}> }}"
            out[cls] = int(next(iter(store.query(query)))["n"].value)
        query = f"SELECT (COUNT(*) AS ?n) WHERE {{ ?p <{KG}messageId> ?id }}"
        out["messageIds"] = int(next(iter(store.query(query)))["n"].value)
        return out
    finally:
        del store


def test_an_export_that_grew_is_rebuilt_and_reloaded_without_duplicates(tmp_path):
    small, large = tmp_path / "small.json", tmp_path / "large.json"
    write_export(small, 300, seed=7)
    write_export(large, 450, seed=7)  # the same first 300 messages, then 150 new ones
    first = json.loads(small.read_text())["messages"]
    assert json.loads(large.read_text())["messages"][: len(first)] == first
    store = tmp_path / "store"
    for export in (small, large, large):
        graph = tmp_path / f"{export.stem}.ttl"
        summary = build([str(export)], str(graph), BuildOptions(jobs=1))
        load_into_store([str(graph)], str(store))
        counts = _counts(store)
        assert counts["Post"] == counts["Event"] == counts["messageIds"] == summary.posts
    assert summary.posts > 300
    small_graph = {(q.subject, q.predicate, q.object) for q in ox.parse(path=str(tmp_path / "small.ttl"), format=ox.RdfFormat.TURTLE)}
    large_graph = {(q.subject, q.predicate, q.object) for q in ox.parse(path=str(tmp_path / "large.ttl"), format=ox.RdfFormat.TURTLE)}
    post_triples = {t for t in small_graph if "/post/" in t[0].value}
    assert post_triples <= large_graph  # the old posts keep their IRIs and triples
