"""The benchmark's pieces work, on 1,000 posts: generate → build → validate → load → query.

A smoke run only: benchmarks are not tests, so nothing here asserts a time. The figures come from
``bench/run.py`` (see BENCHMARKS.md).
"""
from __future__ import annotations

import hashlib
import importlib.util
import re
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.builder import BuildOptions, build
from kg.cli import cli
from kg.readers import read_posts

ROOT = Path(__file__).resolve().parents[1]
SIZE = 1000


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


generate = _load("generate")


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def export(tmp_path_factory) -> tuple[Path, object]:
    path = tmp_path_factory.mktemp("bench") / "result.json"
    return path, generate.generate(path, SIZE, "json", seed=1)


def test_generator_is_deterministic(tmp_path):
    for fmt in ("json", "text"):
        a, b, c = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}", tmp_path / f"c.{fmt}"
        generate.generate(a, 300, fmt, seed=5)
        generate.generate(b, 300, fmt, seed=5)
        generate.generate(c, 300, fmt, seed=6)
        assert _digest(a) == _digest(b), f"{fmt}: same seed, different bytes"
        assert _digest(a) != _digest(c), f"{fmt}: another seed, same bytes"


def test_generator_command_line(tmp_path):
    out = tmp_path / "result.json"
    assert generate.main(["--posts", "50", "--format", "json", "--seed", "3", "-o", str(out)]) == 0
    posts = list(read_posts([str(out)]))
    assert 40 <= len(posts) <= 50  # service messages leave no post


def test_export_has_the_variety_it_claims(export):
    path, stats = export
    assert stats.messages == SIZE and 0 < stats.service < SIZE // 20 and stats.media_only > 0
    posts = list(read_posts([str(path)]))
    assert len(posts) == stats.posts == SIZE - stats.service
    assert {p.language for p in posts} >= {"en", "ru", "fr"}
    assert sum(p.forwarded_from is not None for p in posts) > SIZE // 5
    assert sum(p.edited is not None for p in posts) > SIZE // 50
    assert sum(bool(p.hashtags) for p in posts) > SIZE // 2
    assert sum(not p.text for p in posts) == stats.media_only
    years = {p.published.year for p in posts}
    assert years == {2022, 2023, 2024, 2025}
    titles = [p.title for p in posts if p.title]
    assert len(set(titles)) > 0.95 * len(titles)  # varied, not a handful of templates
    assert any(t.startswith("🇷🇺") and " met with " in t for t in titles)
    assert any("Briefing by" in t for t in titles)
    assert any("’s interview" in t for t in titles)


def test_text_copy_reads_back_as_n_posts(tmp_path):
    path = tmp_path / "copy.txt"
    stats = generate.generate(path, SIZE, "text", seed=1)
    assert stats.posts == SIZE
    text = path.read_text(encoding="utf-8")
    assert "Forwarded from " in text and "📍 " in text and "VIEW IN TELEGRAM" in text and "Read in full" in text
    result = run("posts", str(path))
    assert result.exit_code == 0
    assert result.output.strip().splitlines()[-1] == f"{SIZE} posts"


def test_build_validate_load_query(export, tmp_path):
    path, stats = export
    graph = tmp_path / "graph.ttl"
    summary = build([str(path)], str(graph), BuildOptions(validate=False, jobs=1))
    assert summary.posts == stats.posts
    assert summary.triples > 20 * summary.posts
    assert summary.classes["Person"] > 50 and summary.classes["City"] > 50 and summary.classes["Hashtag"] > 50

    result = run("validate", str(graph))
    assert result.exit_code == 0, result.output

    store = tmp_path / "store"
    result = run("load", str(graph), "--store", str(store))
    assert result.exit_code == 0
    assert re.search(rf"kg load: {summary.triples} triples", result.output)

    from kg import queries
    from kg.sparql import LocalSource

    rows = LocalSource.from_store(str(store)).rows(queries.bind(queries.find("counts"), {}))
    counts = {row["what"]: int(row["count"]) for row in rows}
    assert counts["posts"] == counts["events"] == stats.posts
    assert counts["triples"] == summary.triples


def test_peer_mapping_is_well_formed():
    import pyoxigraph as ox

    with open(ROOT / "bench" / "mapping.rml.ttl", "rb") as handle:
        triples = list(ox.parse(handle, format=ox.RdfFormat.TURTLE))
    rml = "http://w3id.org/rml/"
    assert any(t.predicate.value == rml + "iterator" for t in triples)
    assert any(t.predicate.value == rml + "functionExecution" for t in triples)
