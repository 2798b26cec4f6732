"""kg.reporttable: kg report's events on disk (SQLite) give the order and the rows Python would,
and gathering a report holds little memory in Python however many events the graph has."""
from __future__ import annotations

from pathlib import Path

from counting import peak_while
from hypothesis import example, given, settings, strategies as st
from test_report import synthetic_graph

from kg import reportdata
from kg.reporttable import EventTable
from kg.sparql import LocalSource

# strings whose code point order differs from their UTF-16 order ("\uffff" < "\U00010000"), an
# empty string, the "~" undated events sort as, and accents
# (few values, so that events often tie on some fields and the next decides), and integers beyond
# what SQLite holds
TEXTS = st.one_of(st.none(), st.sampled_from(["", "~", "B", "é", "\uffff", "\U00010000"]))
INTS = st.one_of(st.none(), st.integers(min_value=0, max_value=2), st.sampled_from([-(2**70), 2**63, 2**70]))
ROWS = st.lists(st.tuples(st.sampled_from([f"https://example.org/e{i}" for i in range(6)] + ["https://example.org/é"]),
                          TEXTS, TEXTS, TEXTS, TEXTS, INTS, INTS, INTS, INTS), max_size=25)


def _int64(n):
    return None if n is None else max(-(2**63 - 1), min(2**63 - 1, n))


def _key(row: tuple) -> tuple:
    iri, date, _, place, file, start, _, channel, message = row
    return (date or "~", file or "", _int64(start) or 0, _int64(channel) or 0, _int64(message) or 0, place or "", iri)


def _kept_in_order(rows: list[tuple]) -> list[tuple]:
    """What kg report kept in Python before: per event the row that sorts first (the first seen of
    equal ones), the events in the order of that key and their IRI."""
    kept: dict[str, tuple] = {}
    for row in rows:
        if row[0] not in kept or _key(row) < _key(kept[row[0]]):
            kept[row[0]] = row
    return sorted(kept.values(), key=_key)


def _expected(rows: list[tuple]) -> list[tuple]:
    return [(date, type_, place, file, _int64(start) or 0, _int64(end), _int64(channel), _int64(message))
            for _, date, type_, place, file, start, end, channel, message in _kept_in_order(rows)]


@settings(max_examples=300, deadline=None)
@given(ROWS)
@example([("https://example.org/e1", "2024-05-01", "Meeting", "Paris", None, None, None, 1, 7),
          ("https://example.org/e0", "2024-05-01", "Meeting", "Moscow", None, None, None, 1, 7),
          ("https://example.org/e1", "2024-05-01", "Visit", "Berlin", None, None, None, 1, 7)])
def test_events_come_back_in_the_order_python_sorts_them(rows):
    with EventTable() as table:
        table.add(iter(rows))
        table.order()
        assert list(table.events()) == _expected(rows)
        assert table.count == len({row[0] for row in rows})


@settings(max_examples=100, deadline=None)
@given(ROWS, st.lists(st.tuples(st.integers(0, 7), st.booleans(), st.sampled_from("pqr")), max_size=20))
def test_each_event_gets_its_own_people_and_entities(rows, people):
    with EventTable() as table:
        table.add(iter(rows))
        table.order()
        events = [row[0] for row in _kept_in_order(rows)]
        named = [(f"https://example.org/e{i}", speaker, person) for i, speaker, person in people]
        table.add_people(iter(named))
        table.add_members((person, iri) for iri, _, person in named)
        for (speakers, participants), iri in zip(table.people_of_events(), events, strict=True):
            assert speakers == {p for e, s, p in named if e == iri and s}
            assert participants == {p for e, s, p in named if e == iri and not s}
        assert table.people() == {p for e, _, p in named if e in events}
        for person in "pqr":
            assert list(table.members(person)) == sorted({events.index(e) for e, _, p in named if p == person and e in events})


def test_the_report_of_many_events_holds_little_in_python(tmp_path: Path):
    """Regression: kg report held every event's row as a dict, with two sets of people an event,
    about 2 KB an event in all: 33 MB of Python objects for these 20,000 events, and 2.9 GB at
    its peak for the 990,098 events of a 1,000,000-message store. The rows now wait on disk
    (kg.reporttable); what Python holds is the page's own columns, a few bytes an event."""
    source = LocalSource.from_files([str(synthetic_graph(tmp_path / "large.nt", 20_000))])
    data, peak = peak_while(lambda: reportdata.gather(source))
    assert data["events"]["count"] == 20_000
    assert peak < 4_000_000, f"{peak / 1e6:.1f} MB held for 20,000 events"


def test_a_full_temporary_disk_is_an_error_naming_it(tmp_path: Path, monkeypatch):
    """SQLite refusing to grow the events' database (here a real SQLITE_FULL: the database may hold
    only a few pages) is a StoreError naming the temporary directory, and kg report exits 2 with a
    hint to free space or set TMPDIR, not a traceback."""
    from click.testing import CliRunner

    from kg import reporttable
    from kg.cli import cli
    from kg.errors import StoreError

    monkeypatch.setattr(reporttable, "_SCHEMA", "PRAGMA max_page_count = 8;\n" + reporttable._SCHEMA)
    graph = synthetic_graph(tmp_path / "large.nt", 2_000)
    try:
        reportdata.gather(LocalSource.from_files([str(graph)]))
    except StoreError as error:
        assert "no room left" in error.message and "full" in error.message
        assert "TMPDIR" in error.hint
    else:
        raise AssertionError("the report was gathered in 8 pages")
    result = CliRunner().invoke(cli, ["report", "--data", str(graph), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 2, result.output
    assert "no room left for the report's working data" in result.output and "TMPDIR" in result.output
    assert not (tmp_path / "r.html").exists()


def test_kg_report_reports_each_query_and_its_rows_and_shows_it_when_asked(tmp_path: Path, monkeypatch):
    """A report of a large graph takes minutes (under 5 at 1,000,000 posts): kg report says which
    query it is reading and how many rows, as kg load and kg validate do."""
    from click.testing import CliRunner

    from kg.cli import cli
    from kg.report import write_report

    monkeypatch.setattr("kg.cli.options._PROGRESS_DELAY", 0)  # these queries end before the usual delay
    graph = synthetic_graph(tmp_path / "large.nt", 12_000)
    heard: list[tuple[str, int]] = []
    write_report(str(tmp_path / "a.html"), data=[str(graph)], progress=lambda phase, n: heard.append((phase, n)))
    source = LocalSource.from_files([str(graph)])
    starts = [phase for phase, n in heard if n == 0]
    assert starts[:2] == ["report-people", "report-events"] and "report-entity-events" in starts
    for phase in starts:  # every row of each query, counted once
        rows = sum(1 for _ in reportdata._run(source, phase))
        assert sum(n for p, n in heard if p == phase) == rows, phase
    assert sum(n for p, n in heard if p == "report-events") >= 12_000  # in steps, not one call a row
    assert len([1 for p, n in heard if p == "report-events"]) < 12_000 // 1000
    shown = CliRunner().invoke(cli, ["report", "--data", str(graph), "-o", str(tmp_path / "b.html"), "--progress"])
    assert shown.exit_code == 0 and "report-events" in shown.stderr and "rows/s" in shown.stderr
    quiet = CliRunner().invoke(cli, ["report", "--data", str(graph), "-o", str(tmp_path / "c.html")])
    assert quiet.exit_code == 0 and "report-events" not in quiet.stderr
    assert (tmp_path / "b.html").read_bytes() == (tmp_path / "c.html").read_bytes() == (tmp_path / "a.html").read_bytes()
