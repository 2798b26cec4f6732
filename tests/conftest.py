"""Fixtures shared by the test modules."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.builder import BuildOptions, build

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def graph(tmp_path_factory) -> Path:
    """The graph built from seeds/ (Turtle), once per session; tests read it, never change it."""
    out = tmp_path_factory.mktemp("seeds-graph") / "seeds.ttl"
    build([str(ROOT / "seeds")], str(out), BuildOptions(validate=False))
    return out
