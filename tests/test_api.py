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


def test_one_path_is_a_path_not_its_characters(tmp_path):
    """Regression: a string where a list of paths was expected was iterated character by
    character ("InputError: s: no such file or directory" for kg.build("seeds/", …))."""
    graph = tmp_path / "seeds.ttl"
    assert kg.build(str(ROOT / "seeds"), str(graph), validate=False).posts == 67
    assert kg.validate(graph).conforms()  # a Path too
    assert len(list(kg.read_posts(str(ROOT / "seeds")))) == 67
    assert kg.load(str(graph), str(tmp_path / "store")).triples > 6000
    assert kg.query("counts", data=str(graph))[0] == {"what": "posts", "count": "67"}


def test_query_gives_a_bool_for_ask_and_triples_for_construct(tmp_path):
    """Regression: kg.query raised AttributeError ('QueryBoolean' object has no attribute
    'variables') on ASK and CONSTRUCT queries, kg's own stored ones among them."""
    import pyoxigraph as ox

    graph = tmp_path / "seeds.ttl"
    kg.build([str(ROOT / "seeds")], str(graph), validate=False)
    assert kg.query("has-met", {"a": "Sergey Lavrov", "b": "Wang Yi"}, data=[str(graph)]) is True
    assert kg.query("has-met", {"a": "Sergey Lavrov", "b": "Nobody Atall"}, data=[str(graph)]) is False
    triples = kg.query("event-subgraph", {"person": "Wang Yi"}, data=[str(graph)])
    assert triples and all(isinstance(t, ox.Triple) for t in triples)


def test_query_reads_exactly_one_source_and_build_names_its_options(tmp_path):
    """Regression: kg.query with data and store used the store and dropped data; with neither it
    answered from an empty graph (every count 0); kg.build(format="nt") was a bare TypeError."""
    import pytest

    from kg.errors import UsageError

    with pytest.raises(UsageError, match="one source"):
        kg.query("counts")
    with pytest.raises(UsageError, match="one source"):
        kg.query("counts", data=["a.ttl"], store=str(tmp_path))
    with pytest.raises(UsageError, match="no option 'format'") as raised:
        kg.build([str(ROOT / "seeds")], str(tmp_path / "x.nt"), format="nt")
    assert "fmt" in raised.value.hint
