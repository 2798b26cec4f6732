"""The events of ``kg report``, kept on disk while the page's data is gathered.

The page lists every event, so :func:`kg.reportdata.gather` must put every event in order, give
each its people, and find the events of each entity in the top lists: a join and a sort over the
whole graph. Held as Python objects (a dict a row, two sets an event) that took about 2 KB an event:
kg report of a 1,000,000-post store peaked at 2.9 GB (720 MB now, the same page). Here the rows go
to a temporary SQLite database (the standard library's), which sorts and joins them on disk within
a bounded page cache; Python holds only the page's own compact columns and what is small (people,
dates, places).

Order: the same as Python's sort of the same tuples. SQLite compares TEXT byte by byte in UTF-8,
which orders strings by code point as Python does, and integers as integers.
"""
from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path
from typing import Iterable, Iterator

_CACHE_KB = 32 * 1024  # SQLite's page cache, per connection
_INT64 = 2**63 - 1

_SCHEMA = """
CREATE TABLE seen(
    iri TEXT PRIMARY KEY,
    -- the sort key (after the IRI): date or '~' (undated last), file or '', start line, channel
    -- id, message id (0 where none), place or ''
    k_date TEXT, k_file TEXT, k_start INTEGER, k_channel INTEGER, k_message INTEGER, k_place TEXT,
    date TEXT, type TEXT, place TEXT, file TEXT, end_line INTEGER, channel INTEGER, message INTEGER
) WITHOUT ROWID;
CREATE TABLE ordered(
    n INTEGER PRIMARY KEY, iri TEXT,
    date TEXT, type TEXT, place TEXT, file TEXT, start INTEGER, end_line INTEGER, channel INTEGER, message INTEGER
);
CREATE TABLE person_rows(iri TEXT, speaker INTEGER, person TEXT);
CREATE TABLE member_rows(entity TEXT, iri TEXT);
"""

_COLUMNS = "date, type, place, file, start, end_line, channel, message"


def _int64(value: int | None) -> int | None:
    """An integer SQLite can hold (a message id of 30 digits would not be one)."""
    return None if value is None else max(-_INT64, min(_INT64, value))


class EventTable:
    """Events added a row at a time (:meth:`add`), then put in order (:meth:`order`); their people
    and entities added after that, and read back event by event in that order."""

    def __init__(self):
        self._directory = tempfile.TemporaryDirectory(prefix="kg-report-")
        self.db = sqlite3.connect(str(Path(self._directory.name) / "events.sqlite"))
        for pragma in ("journal_mode = OFF", "synchronous = OFF", f"cache_size = -{_CACHE_KB}", "temp_store = FILE"):
            self.db.execute(f"PRAGMA {pragma}")
        self.db.executescript(_SCHEMA)
        self.count = 0

    def close(self) -> None:
        self.db.close()
        self._directory.cleanup()

    def __enter__(self) -> "EventTable":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def add(self, rows: Iterable[tuple]) -> None:
        """Events as (IRI, date, type, place, file, start line, end line, channel id, message id),
        None where the graph does not say. An event given more than once (a place with two English
        labels) keeps the row that sorts first."""
        self.db.executemany(
            "INSERT INTO seen VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(iri) DO UPDATE SET "
            "k_date = excluded.k_date, k_file = excluded.k_file, k_start = excluded.k_start, "
            "k_channel = excluded.k_channel, k_message = excluded.k_message, k_place = excluded.k_place, "
            "date = excluded.date, type = excluded.type, place = excluded.place, file = excluded.file, "
            "end_line = excluded.end_line, channel = excluded.channel, message = excluded.message "
            "WHERE (excluded.k_date, excluded.k_file, excluded.k_start, excluded.k_channel, excluded.k_message, excluded.k_place)"
            " < (k_date, k_file, k_start, k_channel, k_message, k_place)",
            (_seen_row(*row) for row in rows),
        )

    def order(self) -> None:
        """Number the events in order: date (undated last), file and line, channel and message,
        place, IRI."""
        self.db.execute(
            f"INSERT INTO ordered(iri, {_COLUMNS}) SELECT iri, date, type, place, file, k_start, end_line, channel, message "
            "FROM seen ORDER BY k_date, k_file, k_start, k_channel, k_message, k_place, iri")
        self.db.execute("DROP TABLE seen")
        self.db.execute("CREATE UNIQUE INDEX ordered_iri ON ordered(iri)")
        self.count = self.db.execute("SELECT count(*) FROM ordered").fetchone()[0]

    def events(self) -> Iterator[tuple]:
        """(date, type, place, file, start line, end line, channel id, message id) of each event, in order."""
        return self.db.execute(f"SELECT {_COLUMNS} FROM ordered ORDER BY n")

    def add_people(self, rows: Iterable[tuple[str, bool, str]]) -> None:
        """(event IRI, whether a speaker (else a participant), person IRI) rows."""
        self.db.executemany("INSERT INTO person_rows VALUES (?, ?, ?)", rows)

    def people(self) -> set[str]:
        """Every person of an event in the table."""
        return {person for (person,) in self.db.execute(
            "SELECT DISTINCT p.person FROM person_rows p JOIN ordered o ON o.iri = p.iri")}

    def people_of_events(self) -> Iterator[tuple[set[str], set[str]]]:
        """The speakers and the participants of each event, in order."""
        rows = self.db.execute(
            "SELECT DISTINCT o.n, p.speaker, p.person FROM person_rows p JOIN ordered o ON o.iri = p.iri ORDER BY o.n")
        row = next(rows, None)
        for n in range(1, self.count + 1):
            speakers: set[str] = set()
            participants: set[str] = set()
            while row is not None and row[0] == n:
                (speakers if row[1] else participants).add(row[2])
                row = next(rows, None)
            yield speakers, participants

    def add_members(self, rows: Iterable[tuple[str, str]]) -> None:
        """(entity IRI, event IRI) rows, all of them: then :meth:`members` can look an entity up."""
        self.db.executemany("INSERT INTO member_rows VALUES (?, ?)", rows)
        self.db.execute("CREATE INDEX member_entity ON member_rows(entity)")

    def members(self, entity: str) -> Iterator[int]:
        """The positions (from 0) of an entity's events in the order, ascending, each once."""
        for (n,) in self.db.execute(
                "SELECT DISTINCT o.n FROM member_rows m JOIN ordered o ON o.iri = m.iri WHERE m.entity = ? ORDER BY o.n",
                (entity,)):
            yield n - 1


def _seen_row(iri, date, type_, place, file, start, end, channel, message) -> tuple:
    start, end, channel, message = map(_int64, (start, end, channel, message))
    return (iri, date or "~", file or "", start or 0, channel or 0, message or 0, place or "",
            date, type_, place, file, end, channel, message)
