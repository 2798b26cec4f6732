"""Exported posts that would share an IRI: one message id of one channel, read more than once.

An exported post's IRI is its channel and message id (:func:`kg.iris.message_owner`), so two posts
with the same would become one node with two texts, two titles and two dates, and the graph would
fail validation. The usual cause is two overlapping exports of a channel in one folder (an older
one, and a later one in which some messages were edited); a hand-merged export can also repeat a
message. kg keeps one post for each id: the later edit (by ``edited``), else the one read last,
and drops the others, saying so (:class:`~kg.models.Problem` with ``skipped=False``):

- a warning for each dropped message that differs from the one kept, or that repeats within one
  file, naming the message id and both places (file, position in its ``messages`` list);
- one line for each pair of files for the messages that are the same in both.

Which copy is the later edit is known only once every copy has been read, and a build passes each
post on as it is read: so the exports are read twice. The first reading (no languages, no
reports) notes each post's channel, message id, edit time, place and a digest of its content in a
temporary SQLite database on disk (about 40 bytes a post, gone when kg ends), one query finds the
duplicates, and the posts to drop are marked in a bitmap of one bit a post (125 KB for a million).
The second reading is the real one. Memory does not grow with the number of posts; the first
reading costs about as much as reading does (a few percent of a build), and only inputs that are
exports are read twice: plain-text copies have no message ids.

Most builds have no message read twice, and need not pay for that first reading: before it, the
parser reads only each export's channel and its messages' ids (:func:`kg.readers.telegram_json.message_ids`:
a tenth of the time) into a bitmap of one bit an id for each channel. Only when an id of a channel
comes twice, in one export or in two, or an id is not a whole number under :data:`_MAX_FAST_ID`,
or a file does not parse, is the first reading done.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime, timezone

from kg.errors import KgError
from kg.iris import message_owner
from kg.models import Post, Problem

_BATCH = 5000
_IDS_SHOWN = 5
_MAX_FAST_ID = 1 << 28
"""Message ids up to this are checked in a bitmap (32 MB at most; a channel's ids count its
messages, so 1,000,000 messages take 125 KB); a larger id sends the inputs to the first reading."""

Reader = Callable[[int], Iterator[Post]]
"""The posts of the input at an index, read without languages and without reports."""
IdReader = Callable[[int], tuple[str, Iterable[object]]]
"""The owner (:func:`kg.iris.message_owner`) and message ids of the input at an index, the ids as
its file has them (any JSON value)."""


class Duplicates:
    """Which exported posts to drop, found by a first reading of the inputs (see the module)."""

    def __init__(self, names: Sequence[str], exports: Iterable[int], read: Reader,
                 checking: Callable[[int], None] | None = None, ids: IdReader | None = None):
        self._names = names
        self._drop = bytearray()
        self._seen = 0  # posts with a message id passed to keeps() so far
        self.notices: list[Problem] = []
        """What was dropped, and why: report these before the posts."""
        self._checking = checking or (lambda messages: None)
        exports = list(exports)
        if ids is None or _may_repeat(exports, ids, self._checking):
            self._plan(exports, read)

    def keeps(self, post: Post) -> bool:
        """Whether to pass ``post`` on; called for every post of the second reading, in order."""
        if post.message_id is None:
            return True
        number, self._seen = self._seen, self._seen + 1
        byte = number >> 3
        return byte >= len(self._drop) or not self._drop[byte] & (1 << (number & 7))

    # -- the first reading ----------------------------------------------------------------------
    def _plan(self, exports: list[int], read: Reader) -> None:
        if not exports:
            return
        db = sqlite3.connect("")  # a private temporary database on disk, deleted when closed
        try:
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("PRAGMA synchronous = OFF")
            db.execute("CREATE TABLE seen (owner INTEGER, id INTEGER, number INTEGER, edited INTEGER, digest INTEGER,"
                       " input INTEGER, position INTEGER)")
            total = self._note_all(db, exports, read)
            self._drop = bytearray((total + 7) // 8)
            db.execute("CREATE INDEX seen_key ON seen (owner, id)")
            self._decide(db)
        finally:
            db.close()

    def _note_all(self, db: sqlite3.Connection, exports: list[int], read: Reader) -> int:
        owners: dict[str, int] = {}
        rows: list[tuple] = []
        number = 0
        try:
            for index in exports:
                for post in read(index):
                    if post.message_id is None:
                        continue
                    owner = owners.setdefault(message_owner(post.channel, post.channel_id), len(owners))
                    edited = int(post.edited.timestamp()) if post.edited else None
                    rows.append((owner, post.message_id, number, edited, _digest(post), index, post.position))
                    number += 1
                    if len(rows) >= _BATCH:
                        db.executemany("INSERT INTO seen VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
                        rows.clear()
                        self._checking(number)
        except KgError:
            pass  # the second reading raises it at the same post; what came before is planned
        db.executemany("INSERT INTO seen VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        self._checking(number)
        return number

    def _decide(self, db: sqlite3.Connection) -> None:
        """Mark every copy but the kept one, and say why, in the order the copies are read."""
        rows = db.execute("""
            SELECT number, id, input, position, edited, digest,
                   first_value(number) OVER kept, first_value(input) OVER kept,
                   first_value(position) OVER kept, first_value(edited) OVER kept, first_value(digest) OVER kept
            FROM seen WHERE (owner, id) IN (SELECT owner, id FROM seen GROUP BY owner, id HAVING count(*) > 1)
            WINDOW kept AS (PARTITION BY owner, id ORDER BY edited IS NULL, edited DESC, number DESC
                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
            ORDER BY number""")
        same: dict[tuple[int, int], list[int]] = {}  # (input dropped from, input kept from) -> message ids
        counts: dict[tuple[int, int], int] = {}
        for number, mid, where, position, edited, digest, k_number, k_where, k_position, k_edited, k_digest in rows:
            if number == k_number:
                continue
            self._drop[number >> 3] |= 1 << (number & 7)
            if digest == k_digest and where != k_where:
                pair = (where, k_where)
                counts[pair] = counts.get(pair, 0) + 1
                ids = same.setdefault(pair, [])
                if len(ids) < _IDS_SHOWN:
                    ids.append(mid)
                continue
            self.notices.append(Problem(self._names[where], self._differing(
                where, position, edited, k_where, k_position, k_edited, digest == k_digest), message_id=mid, skipped=False))
        for (where, k_where), ids in sorted(same.items()):
            count = counts[(where, k_where)]
            shown = ", ".join(map(str, ids)) + ("…" if count > len(ids) else "")
            plural = "s" if count > 1 else ""
            self.notices.append(Problem(self._names[where], (
                f"{count} message{plural} (id{plural} {shown}) also in {self._names[k_where]}, the same there: "
                f"read once, from {self._names[k_where]}, read later"), skipped=False))

    def _differing(self, where: int, position: int | None, edited: int | None,
                   k_where: int, k_position: int | None, k_edited: int | None, same: bool) -> str:
        if k_edited is not None and edited is None:
            why = f"edited at {_time(k_edited)}, this copy not"
        elif k_edited is not None and k_edited != edited:
            why = f"edited later, at {_time(k_edited)} against {_time(edited)}"
        else:
            why = "read later" + (", and the same" if same else "")
        there = "this file" if k_where == where else self._names[k_where]
        return f"also message #{k_position} of {there}, which is kept ({why}); this copy, message #{position}, dropped"


def _may_repeat(exports: list[int], ids: IdReader, checking: Callable[[int], None]) -> bool:
    """Whether some message id of the inputs may come twice: an id read twice in one channel, one
    that is not a whole number in ``[0, _MAX_FAST_ID)``, or a file whose ids cannot all be read (the first
    reading then says what is wrong where). Tells ``checking`` how many ids it has read."""
    bitmaps: dict[str, bytearray] = {}
    count = 0
    try:
        for index in exports:
            owner, found = ids(index)
            seen = bitmaps.setdefault(owner, bytearray())
            for mid in found:
                if type(mid) is not int or not 0 <= mid < _MAX_FAST_ID:
                    return True
                byte, bit = mid >> 3, 1 << (mid & 7)
                if byte >= len(seen):
                    seen.extend(bytes(max(byte + 1 - len(seen), len(seen))))
                if seen[byte] & bit:
                    return True
                seen[byte] |= bit
                count += 1
                if not count % _BATCH:
                    checking(count)
    except Exception:  # noqa: BLE001 - a broken file: the first reading reports it where it is
        return True
    checking(count)
    return False


def _digest(post: Post) -> int:
    """What the graph says of a post, digested: equal digests, the same post (its channel's name aside).
    Python's own 64-bit hash of the values (strings, UTC times, tuples, a flag: equal exactly when
    their reprs are), compared only within this run: a sixth of the time of a blake2b of their repr."""
    return hash((post.title, post.text, post.published, post.edited, post.forwarded_from, post.hashtags, post.links,
                 post.has_media))


def _time(seconds: int | None) -> str:
    if seconds is None:
        return "never"
    return datetime.fromtimestamp(seconds, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
