"""``kg build --update``: re-runs reuse what an earlier build extracted and validated, and give the
same bytes as a full build."""
from __future__ import annotations

import dataclasses
import json
import pickle
import shutil
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.builder import BuildOptions, build
from kg.cache import post_key
from kg.cli import cli
from kg.extract import Extractor
from kg.gazetteer import default
from kg.readers import read_posts

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

# Every event needs a kg:confidence, which kg never writes: a violation on every event.
STRICT_SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix kg: <https://w3id.org/tgkg/ontology#> .
<urn:test:NeedsConfidence> a sh:NodeShape ; sh:targetClass kg:Event ;
    sh:property [ sh:path kg:confidence ; sh:minCount 1 ; sh:message "no confidence" ] .
"""


def _build(inputs, output: Path, jobs: int = 1, update: bool = True, **options):
    cache = str(output) + ".kgcache" if update else None
    return build([str(p) for p in inputs], str(output), BuildOptions(jobs=jobs, cache=cache, **options))


@pytest.fixture(scope="module")
def full(tmp_path_factory) -> bytes:
    out = tmp_path_factory.mktemp("full") / "full.ttl"
    _build(SEEDS, out, update=False)
    return out.read_bytes()


def test_unchanged_input_reuses_every_extraction_and_validation(tmp_path, full):
    out = tmp_path / "g.ttl"
    first = _build(SEEDS, out)
    assert first.cache.reused == 0 and first.cache.extracted == first.posts
    assert first.cache.rebuilt_because == "there is no cache of an earlier build yet"
    second = _build(SEEDS, out)
    assert (second.cache.reused, second.cache.extracted, second.cache.trusted) == (second.posts, 0, second.posts)
    assert out.read_bytes() == full
    assert second.report.conforms()


def test_a_grown_input_extracts_only_the_new_posts_and_equals_a_full_build(tmp_path, full):
    out = tmp_path / "g.ttl"
    old = _build(SEEDS[:-1], out)
    new = _build(SEEDS, out)
    added = new.posts - old.posts
    assert added > 0
    assert new.cache.reused + new.cache.extracted == new.posts
    assert 0 < new.cache.extracted <= added  # a new post with the text of an old one is reused too
    assert new.cache.trusted <= old.posts
    assert out.read_bytes() == full


def test_an_edited_post_is_extracted_and_validated_again(tmp_path):
    copies = tmp_path / "copies"
    shutil.copytree(ROOT / "seeds", copies)
    out = tmp_path / "g.ttl"
    _build([copies], out)
    target = sorted(copies.glob("*.txt"))[1]
    text = target.read_text(encoding="utf-8")
    assert "Lavrov" in text
    target.write_text(text.replace("Lavrov", "Lavrov and Wang Yi", 1), encoding="utf-8")
    again = _build([copies], out)
    assert 1 <= again.cache.extracted <= 2  # the post (both copies of a repeated body are one post)
    assert again.cache.trusted < again.posts
    full = tmp_path / "full.ttl"
    _build([copies], full, update=False)
    assert out.read_bytes() == full.read_bytes()


def test_violations_are_not_forgotten_by_update(tmp_path):
    shapes = tmp_path / "strict.ttl"
    shapes.write_text(STRICT_SHAPES, encoding="utf-8")
    out = tmp_path / "g.ttl"
    first = _build(SEEDS[:1], out, shapes=[str(shapes)])
    second = _build(SEEDS[:1], out, shapes=[str(shapes)])
    assert first.violations == second.violations == first.posts > 0
    assert second.cache.trusted == 0 and second.cache.reused == second.posts


def test_validation_under_other_shapes_is_not_reused(tmp_path):
    shapes = tmp_path / "strict.ttl"
    shapes.write_text(STRICT_SHAPES, encoding="utf-8")
    out = tmp_path / "g.ttl"
    _build(SEEDS[:1], out)
    second = _build(SEEDS[:1], out, shapes=[str(shapes)])
    assert second.cache.trusted == 0 and second.cache.reused == second.posts  # extraction still reused
    assert second.violations == second.posts


def test_a_cache_from_another_version_of_kg_is_not_used(tmp_path):
    out = tmp_path / "g.ttl"
    _build(SEEDS[:1], out)
    with sqlite3.connect(str(out) + ".kgcache") as db:
        db.execute("UPDATE meta SET value = 'other' WHERE name = 'extraction'")
    again = _build(SEEDS[:1], out)
    assert again.cache.reused == 0 and "another version" in again.cache.rebuilt_because


def test_a_damaged_cache_gives_a_full_build(tmp_path, full):
    out = tmp_path / "g.ttl"
    Path(str(out) + ".kgcache").write_bytes(b"not a database" * 100)
    summary = _build(SEEDS, out)
    assert summary.cache.reused == 0 and "not a kg cache" in summary.cache.rebuilt_because
    assert out.read_bytes() == full
    assert _build(SEEDS, out).cache.reused == summary.posts  # and the cache was replaced by a good one


class _Payload:
    def __reduce__(self):
        import os

        return (os.system, ("touch pwned",))


def test_a_cache_entry_cannot_run_code(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "g.ttl"
    first = _build(SEEDS[:1], out)
    with sqlite3.connect(str(out) + ".kgcache") as db:
        db.execute("UPDATE extraction SET value = ?", (pickle.dumps(_Payload()),))
    again = _build(SEEDS[:1], out)
    assert not (tmp_path / "pwned").exists()
    assert again.cache.reused == 0 and again.cache.extracted == first.posts


def test_the_cache_keeps_the_gazetteers_entities_by_key_and_stays_small(tmp_path):
    """Regression: each kept extraction held the gazetteer's entities whole (a country carries a
    hundred names) in a WITHOUT ROWID table that fits two such rows a page: 6.5 KB a post, a
    64 MB cache beside a 25 MB graph at 10k posts (650 MB at 100k), and slow to read back. Entities
    of the gazetteer are now kept as their keys, in a table with row ids."""
    out = tmp_path / "g.ttl"
    summary = _build(SEEDS, out)
    cache = Path(str(out) + ".kgcache")
    with sqlite3.connect(str(cache)) as db:
        values = [row[0] for row in db.execute("SELECT value FROM extraction")]
    kept = [pickle.loads(value)[1] for value in values]  # kg's own classes only (see kg.cache)
    countries = [e for made in kept for e in made.entities if isinstance(e, tuple) and e[0] == "country"]
    whole = [e for made in kept for e in made.entities if not isinstance(e, tuple)]
    assert len(countries) > 50 and all(e.kind in ("person", "place") for e in whole)
    assert sum(map(len, values)) / summary.posts < 2500
    assert cache.stat().st_size < 2 * sum(map(len, values)) + 64 * 1024


def test_a_kept_entity_the_gazetteer_does_not_have_is_a_miss(tmp_path):
    out = tmp_path / "g.ttl"
    first = _build(SEEDS[:1], out)
    expected = out.read_bytes()
    changed = 0
    with sqlite3.connect(str(out) + ".kgcache") as db:
        for key, value in db.execute("SELECT post, value FROM extraction").fetchall():
            language, made = pickle.loads(value)
            if any(isinstance(e, tuple) for e in made.entities):
                entities = tuple(("country", "zz") if isinstance(e, tuple) else e for e in made.entities)
                made = dataclasses.replace(made, entities=entities)
                db.execute("UPDATE extraction SET value = ? WHERE post = ?", (pickle.dumps((language, made)), key))
                changed += 1
    again = _build(SEEDS[:1], out)
    assert changed > 0 and again.cache.extracted == changed and again.cache.reused == first.posts - changed
    assert out.read_bytes() == expected


def test_a_cache_left_by_a_killed_build_is_cleared(tmp_path):
    out = tmp_path / "g.ttl"
    stale = Path(str(out) + ".kgcache.new")
    stale.write_bytes(b"half")
    _build(SEEDS[:1], out)
    assert not stale.exists() and Path(str(out) + ".kgcache").exists()


def test_update_with_workers_gives_the_same_bytes(tmp_path, full):
    out = tmp_path / "g.ttl"
    _build(SEEDS[:-2], out, jobs=2)
    summary = _build(SEEDS, out, jobs=2)
    assert summary.cache.reused > 0 and summary.cache.extracted > 0
    assert out.read_bytes() == full


def test_extraction_depends_only_on_what_the_post_key_covers():
    """The cache keys a post by its title, text, language, hashtags, channel, forwarded-from and
    publication time; nothing else may matter."""
    extractor = Extractor(default())
    posts = list(read_posts([str(p) for p in SEEDS], lambda problem: None))
    for post in posts[::4]:
        moved = dataclasses.replace(post, source="elsewhere.txt", start_line=7, end_line=9, index=99,
                                    message_id=12, channel_id=5, links=("https://x",), has_media=not post.has_media)
        assert post_key(moved) == post_key(post)
        assert dataclasses.replace(extractor.extract(moved), post=None) == dataclasses.replace(extractor.extract(post), post=None)
        for told in ({"channel": "Other"}, {"forwarded_from": "X"}, {"published": datetime(2020, 1, 2, tzinfo=timezone.utc)}):
            assert post_key(dataclasses.replace(post, **told)) != post_key(post)


def test_update_equals_a_full_build_when_a_text_recurs_in_another_channel(tmp_path):
    """The same notice in two channels: each is its channel's own act, its party the channel's country.
    The cache once keyed posts by their text alone, so an update reused one channel's extraction for
    the other (bench/run.py's update at 1k-100k: not the same bytes as a full build)."""
    notice = "⚠️ Travel Advisory\nCitizens are advised to avoid all travel to the border regions."
    for folder, name, ident in (("a", "Farnesina 🇮🇹", 1), ("b", "МИД Беларуси", 2)):
        (tmp_path / folder).mkdir()
        export = {"name": name, "type": "public_channel", "id": ident, "messages": [
            {"id": 1, "type": "message", "date": "2025-06-11T10:00:00", "date_unixtime": "1749636000",
             "from": name, "from_id": f"channel{ident}", "text": notice, "text_entities": [{"type": "plain", "text": notice}]}]}
        (tmp_path / folder / "result.json").write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    full = tmp_path / "full.ttl"
    _build([tmp_path / "a", tmp_path / "b"], full, update=False)
    graph = full.read_text(encoding="utf-8")
    assert "country:it" in graph and "country:by" in graph
    out = tmp_path / "g.ttl"
    _build([tmp_path / "a"], out)
    _build([tmp_path / "a", tmp_path / "b"], out)
    assert out.read_bytes() == full.read_bytes()


def test_cli_update_needs_an_output_file_and_says_what_it_reused(tmp_path):
    runner = CliRunner()
    result = runner.invoke(cli, ["build", str(SEEDS[0]), "--update"])
    assert result.exit_code == 2 and "--update needs -o FILE" in result.output
    result = runner.invoke(cli, ["build", str(SEEDS[0]), "--cache", str(tmp_path / "c")])
    assert result.exit_code == 2 and "only used with --update" in result.output
    out = str(tmp_path / "g.ttl")
    runner.invoke(cli, ["build", str(SEEDS[0]), "-o", out, "--update", "-j", "1"])
    result = runner.invoke(cli, ["build", str(SEEDS[0]), "-o", out, "--update", "-j", "1"])
    assert result.exit_code == 0, result.output
    assert "posts reused, 0 extracted" in result.output


def test_a_cache_in_a_missing_directory_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(cli, ["build", str(SEEDS[0]), "-o", str(tmp_path / "g.ttl"), "--update",
                                      "--cache", str(tmp_path / "no" / "such" / "c.kgcache")])
    assert result.exit_code == 2 and "directory of the --update cache does not exist" in result.output
    assert not (tmp_path / "g.ttl").exists()
