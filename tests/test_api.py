"""The Python API of kg/__init__.py: the same path as the command line."""
from __future__ import annotations

from pathlib import Path

import kg

ROOT = Path(__file__).resolve().parents[1]


def test_build_validate_load_query_from_python(tmp_path):
    graph = tmp_path / "seeds.ttl"
    summary = kg.build([str(ROOT / "seeds")], str(graph), jobs=1)
    assert summary.posts == 67 and summary.violations == 0
    assert kg.validate([str(graph)]).conforms()
    kg.load([str(graph)], str(tmp_path / "store"))
    rows = kg.query("who-met-whom", {"person": "Wang Yi"}, store=str(tmp_path / "store"))
    assert any(row["counterpart"] == "Sergey Lavrov" or row["personName"] == "Sergey Lavrov" for row in rows)
    assert len(list(kg.read_posts([str(ROOT / "seeds")]))) == 67
    assert set(kg.__all__) >= {"build", "validate", "load", "query", "read_posts"}
