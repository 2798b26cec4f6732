"""The plain-text reader against the hand-annotated posts of seeds/ (tests/data/gold/seeds.json).

The gold was written by reading the five files, independently of the reader's code: every post
once, with its first and last line, title, forwarded-from channel, language, hashtags and media.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.readers import read_posts
from kg.textutil import normalise_space

ROOT = Path(__file__).resolve().parents[1]
GOLD = json.loads((ROOT / "tests" / "data" / "gold" / "seeds.json").read_text(encoding="utf-8"))["posts"]


@pytest.fixture(scope="module")
def posts():
    problems = []
    read = list(read_posts([str(ROOT / "seeds")], problems.append))
    assert problems == []
    return {(Path(p.source).name, p.start_line): p for p in read}


def test_every_gold_post_is_read_once_and_nothing_else(posts):
    assert sorted(posts) == sorted((g["file"], g["start_line"]) for g in GOLD)


@pytest.mark.parametrize("gold", GOLD, ids=lambda g: f"{g['file'][:3]}:{g['start_line']}")
def test_post_matches_gold(posts, gold):
    post = posts[(gold["file"], gold["start_line"])]
    assert post.end_line == gold["end_line"]
    assert post.title == normalise_space(gold["title"])
    assert post.forwarded_from == gold["forwarded_from"]
    assert list(post.hashtags) == gold["hashtags"]
    assert post.has_media == gold["has_media"]
    assert post.language == gold["language"]


def test_spans_cover_every_non_blank_line_once(posts):
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        spans = sorted((p.start_line, p.end_line) for (name, _), p in posts.items() if name == path.name)
        covered = [n for start, end in spans for n in range(start, end + 1)]
        assert len(covered) == len(set(covered)), f"{path.name}: posts overlap"
        non_blank = {n for n, line in enumerate(lines, 1) if line.strip(" \t\u00a0\u2800")}
        assert non_blank <= set(covered), f"{path.name}: lines in no post: {sorted(non_blank - set(covered))[:10]}"


def test_no_post_text_repeats_a_line(posts):
    for post in posts.values():
        lines = [line for line in post.text.split("\n") if len(line) > 30]
        assert len(lines) == len(set(lines)), f"{post.source}:{post.start_line} repeats a line"
