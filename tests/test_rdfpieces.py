"""Files cut into pieces for the bulk loader (kg/rdfpieces.py) load exactly the triples a parse of the
whole file gives; files a cut could break are not cut."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

import kg.store
from kg.cli import cli
from kg.errors import InputError
from kg.rdfpieces import cuttable, pieces

TTL, NT, NQ = ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS

# what a cut must not break: directives anywhere (both syntaxes, a base, a prefix redefined), a
# statement over several lines with nested [ ] and ( ), " ." and "#" inside strings and IRIs, a
# comment that ends with " ." in the middle of a statement, CRLF line ends, no final line break
TRICKY_TURTLE = (
    "@prefix ex: <https://example.org/> .\n"
    "ex:a ex:p \"one .\" ; # a comment that ends like a statement .\n"
    "  ex:q ex:b .\n"
    "PREFIX sx: <https://example.org/s/>\n"
    "sx:c ex:p [ ex:q ( 1 2 3 ) ;\n"
    "    ex:r \"#not a comment .\" ] .\n"
    "ex:d ex:p <https://example.org/x#y> .\r\n"
    "@base <https://example.org/base/> .\n"
    "<rel> ex:p ex:e .\n"
    "@prefix ex: <https://example.org/other/> .\n"
    "ex:f ex:p \"\"^^<https://example.org/t> , 2.5 , \"x\"@en .\n"
    "\n"
    "ex:g\n"
    "  ex:p\n"
    "    ex:h .\n"
    "ex:i ex:p ex:j ."
)


def _whole(path, fmt) -> list[str]:
    return sorted(str(q) for q in ox.parse(path=str(path), format=fmt))


def _in_pieces(path, fmt, size) -> list[str]:
    store = ox.Store()
    for piece, _ in pieces(str(path), fmt, size):
        store.bulk_load(input=piece, format=fmt)
    return sorted(str(q) for q in store)


def _without_blank_ids(quads: list[str]) -> list[str]:
    import re

    return sorted(re.sub(r"_:\w+", "_:b", q) for q in quads)


@pytest.mark.parametrize("size", [1, 17, 64, 200, 4 << 20])
def test_tricky_turtle_in_pieces_of_any_size_loads_the_triples_of_the_whole_file(tmp_path, size):
    path = tmp_path / "tricky.ttl"
    path.write_text(TRICKY_TURTLE, encoding="utf-8")
    assert cuttable(str(path), TTL)
    # the anonymous node [ ] is named afresh at each parse: compared without its name
    assert _without_blank_ids(_in_pieces(path, TTL, size)) == _without_blank_ids(_whole(path, TTL))
    assert sum(n for _, n in pieces(str(path), TTL, size)) == path.stat().st_size


@pytest.mark.parametrize("size", [1, 500, 7919])
def test_kgs_own_graph_in_pieces_loads_the_triples_of_the_whole_file(graph, size):
    assert cuttable(str(graph), TTL)
    assert _in_pieces(graph, TTL, size) == _whole(graph, TTL)


@pytest.mark.parametrize("fmt, text", [
    (NT, '<https://e.org/a> <https://e.org/p> "a . b" .\n# a comment .\n<https://e.org/b> <https://e.org/p> <https://e.org/c> .\n'),
    (NQ, '<https://e.org/a> <https://e.org/p> "x" <https://e.org/g> .\n<https://e.org/b> <https://e.org/p> "y" .'),
])
def test_line_formats_are_cut_at_any_line(tmp_path, fmt, text):
    path = tmp_path / f"data.{fmt.file_extension}"
    path.write_text(text, encoding="utf-8")
    assert cuttable(str(path), fmt)
    assert _in_pieces(path, fmt, 1) == _whole(path, fmt)


@pytest.mark.parametrize("fmt, text", [
    (TTL, "_:b1 <https://e.org/p> <https://e.org/o> .\n_:b1 <https://e.org/q> <https://e.org/o> .\n"),  # one node, two pieces
    (NT, "_:b1 <https://e.org/p> <https://e.org/o> .\n"),
    (TTL, '<https://e.org/a> <https://e.org/p> """line .\n<https://e.org/b> <https://e.org/p> <https://e.org/c> .\n""" .\n'),
    (TTL, "<https://e.org/a> <https://e.org/p> '''two\nlines''' .\n"),
    (TTL, "@prefix ex:\n  <https://e.org/> .\nex:a ex:p ex:b .\n"),  # a directive over two lines
    (TTL, "@prefix ex: <https://e.org/> . # a comment\nex:a ex:p ex:b .\n"),
    (ox.RdfFormat.TRIG, "<https://e.org/g> { <https://e.org/a> <https://e.org/p> <https://e.org/b> . }\n"),
])
def test_files_a_cut_could_break_are_not_cut(tmp_path, fmt, text):
    path = tmp_path / f"data.{fmt.file_extension}"
    path.write_text(text, encoding="utf-8")
    assert not cuttable(str(path), fmt)


def test_a_labelled_blank_node_keeps_its_one_identity_through_kg_load(tmp_path):
    """The bulk loader names blank nodes afresh at each call: such a file is parsed whole."""
    path = tmp_path / "blank.ttl"
    path.write_text("".join(f"_:b1 <https://e.org/p{n}> <https://e.org/o> .\n" for n in range(5000)), encoding="utf-8")
    store = ox.Store()
    kg.store._stream_into(store, str(path), ox.DefaultGraph())
    assert len({q.subject for q in store}) == 1


@pytest.mark.parametrize("graph_name", [None, "https://example.org/mine"])
def test_pieces_go_to_the_graph_asked_for(tmp_path, graph, graph_name):
    store = ox.Store()
    target = ox.NamedNode(graph_name) if graph_name else ox.DefaultGraph()
    kg.store._stream_into(store, str(graph), target)
    assert {q.graph_name for q in store} == {target}
    assert len(store) == len(_whole(graph, TTL))


def test_a_syntax_error_in_a_later_piece_names_its_line_in_the_file(tmp_path, monkeypatch):
    monkeypatch.setattr(kg.store, "pieces", lambda path, fmt: pieces(path, fmt, 100))
    path = tmp_path / "bad.ttl"
    lines = ["@prefix ex: <https://example.org/> ."] + [f"ex:s{n} ex:p ex:o ." for n in range(200)]
    lines[150] = "ex:s150 ex:p ex:o ex:oops ."
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        kg.store._stream_into(ox.Store(), str(path), ox.DefaultGraph())
    assert "line 151" in str(caught.value) and str(path) in str(caught.value)


def test_kg_load_shows_the_bytes_read_of_a_file_in_pieces(tmp_path, graph, monkeypatch):
    monkeypatch.setattr("kg.cli.options._PROGRESS_DELAY", 0)
    shown = CliRunner().invoke(cli, ["load", str(graph), "--store", str(tmp_path / "s"), "--progress"])
    assert shown.exit_code == 0 and "reading" in shown.stderr and "B/s" in shown.stderr


@pytest.mark.parametrize("threads", [1, 2, 4])
def test_pieces_loaded_by_several_threads_give_the_store_the_whole_file(tmp_path, graph, monkeypatch, threads):
    monkeypatch.setattr(kg.store, "LOAD_THREADS", threads)
    monkeypatch.setattr(kg.store, "pieces", lambda path, fmt: pieces(path, fmt, 700))
    store = ox.Store(str(tmp_path / "store"))  # on disk, as kg load's: each piece its own files
    kg.store._stream_into(store, str(graph), ox.DefaultGraph())
    assert sorted(str(q) for q in store) == _whole(graph, TTL)


def test_the_threaded_loader_reads_no_further_ahead_than_the_pieces_it_is_loading(tmp_path, graph, monkeypatch):
    """Memory stays bounded: a piece is read only when a thread is free for it (plus the one read)."""
    monkeypatch.setattr(kg.store, "LOAD_THREADS", 2)
    loaded, ahead = [], []
    store = ox.Store()

    class Counting:  # the real store, counting the pieces it has been handed
        def bulk_load(self, **kwargs):
            store.bulk_load(**kwargs)
            loaded.append(1)

    def read():
        for n, part in enumerate(pieces(str(graph), TTL, 500)):
            ahead.append(n - len(loaded))
            yield part

    sizes = list(kg.store._load_pieces(Counting(), read(), TTL, None))
    assert sum(sizes) == graph.stat().st_size and len(sizes) > 10
    assert max(ahead) <= 2
    assert sorted(str(q) for q in store) == _whole(graph, TTL)
