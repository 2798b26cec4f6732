"""Readers: every input format kg understands, each yielding :class:`kg.models.Post`.

:func:`read_posts` takes what a user names on the command line (files, directories, ``-`` for
standard input), tells a Telegram Desktop JSON export from a plain-text copy by its content, and
streams the posts of each input in order. Problems with single messages go to ``report``; an input
that cannot be read at all raises :class:`kg.errors.InputError`. Exports are read twice, so that a
message read more than once (overlapping exports) gives one post: :mod:`kg.readers.duplicates`.
"""
from __future__ import annotations

import io
import os
import sys
import tempfile
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator

from kg.errors import InputError, KgError, LimitExceeded
from kg.models import Post, Problem
from kg.readers.duplicates import Duplicates
from kg.readers.telegram_json import export_owner, message_ids, read_telegram_json
from kg.readers.text import read_text_copy

STDIN = "-"
_TOO_LARGE_HINT = "split the input, or raise the limit with --max-file-size"
_SUFFIXES = (".txt", ".json", ".text", ".md")


@dataclass(frozen=True)
class Limits:
    """Bounds that turn a runaway input into a clear error (exit 2) instead of exhausted memory."""

    max_post_chars: int = 4_000_000
    """A post (or a line of a text copy) longer than this is an error."""
    max_file_bytes: int = 50 * 2**30
    """An input file larger than this is an error."""
    max_problems: int = 1000
    """More unreadable messages than this in one run is an error (the input is likely not what it seems)."""


@dataclass(frozen=True)
class Input:
    """One input to read: its name as shown to the user and how to open it."""

    name: str
    path: Path | None  # None for standard input
    stream: BinaryIO | None = field(default=None, compare=False)
    """Standard input once taken: an export copied to a temporary file (to be read twice), else a buffer."""

    def size(self) -> int | None:
        return self.path.stat().st_size if self.path else None


def resolve_inputs(names: Iterable[str]) -> list[Input]:
    """Files, directories (their readable files, sorted) and ``-``, checked to exist."""
    inputs: list[Input] = []
    for name in names:
        if name == STDIN:
            inputs.append(Input("<stdin>", None))
            continue
        path = Path(name)
        if not path.exists():
            raise InputError("no such file or directory", where=name, hint="check the path; kg reads channel copies (.txt) and Telegram exports (result.json)")
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in _SUFFIXES and not _hidden(p, path))
            if not found:
                raise InputError(
                    "the directory holds no file kg can read",
                    where=name,
                    hint=f"put channel copies ({', '.join(_SUFFIXES)}) or a Telegram export (result.json) in it",
                )
            inputs.extend(Input(str(p), p) for p in found)
        elif not os.access(path, os.R_OK):
            raise InputError("cannot be read (permission denied)", where=name, hint="check the file's permissions")
        else:
            inputs.append(Input(name, path))
    return inputs


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def read_input(
    item: Input, report: Callable[[Problem], None], *, channel: str | None = None, limits: Limits = Limits(),
    languages: bool = True,
) -> Iterator[Post]:
    """The posts of one input, whatever its format (``languages=False``: leave post languages to a later stage)."""
    size = item.size()
    if size is not None and size > limits.max_file_bytes:
        raise _too_large(item, size, limits)
    with _open(item) as stream:
        if _is_export(item, stream):
            posts = read_telegram_json(item.name, stream, report, languages=languages)
        else:
            posts = read_text_copy(item.name, stream, report, channel=channel, max_line=limits.max_post_chars,
                                   languages=languages)
        for post in posts:
            if len(post.text) > limits.max_post_chars:
                where = f"{item.name}:{post.start_line}" if post.start_line else f"{item.name}: message {post.message_id}"
                raise LimitExceeded(
                    f"a post of {len(post.text):,} characters, over the limit of {limits.max_post_chars:,}",
                    where=where, hint="check the input, or raise the limit with --max-post-size",
                )
            yield post


def read_posts(
    names: Iterable[str],
    report: Callable[[Problem], None] | None = None,
    *,
    channel: str | None = None,
    limits: Limits = Limits(),
    languages: bool = True,
    checking: Callable[[int], None] | None = None,
) -> Iterator[Post]:
    """The posts of every input, input by input, in order. Exports are read twice (see
    :mod:`kg.readers.duplicates`): ``checking`` is told how many messages the first reading has
    noted, every few thousand and at its end."""
    count = 0

    def counted(problem: Problem) -> None:
        nonlocal count
        count += 1
        if report:
            report(problem)
        if count > limits.max_problems:
            raise LimitExceeded(
                f"more than {limits.max_problems} unreadable messages; stopped",
                where=problem.source, hint="is this the right file? Raise the limit with --max-bad-records",
            )

    first_count = 0

    def first_counted(problem: Problem) -> None:  # stops where the second reading will
        nonlocal first_count
        first_count += 1
        if first_count > limits.max_problems:
            raise LimitExceeded("stopped", where=problem.source)

    def first_reading(index: int) -> Iterator[Post]:
        return read_input(inputs[index], first_counted, channel=channel, limits=limits, languages=False)

    def first_ids(index: int) -> tuple[str, Iterator[object]]:
        item = inputs[index]
        size = item.size()
        if size is not None and size > limits.max_file_bytes:
            raise _too_large(item, size, limits)
        with _open(item) as stream:
            owner = export_owner(stream)

        def ids() -> Iterator[object]:
            with _open(item) as stream:
                yield from message_ids(stream)
        return owner, ids()

    inputs = resolve_inputs(names)
    with _taken_stdin(inputs, limits) as inputs:
        duplicates = Duplicates([item.name for item in inputs], _exports(inputs), first_reading, checking, first_ids)
        for notice in duplicates.notices:  # not unreadable messages: not counted against --max-bad-records
            if report:
                report(notice)
        for item in inputs:
            for post in read_input(item, counted, channel=channel, limits=limits, languages=languages):
                if duplicates.keeps(post):
                    yield post


_JSON_STARTS = (b"{", b"[")


def _head(stream: io.BufferedReader) -> bytes:
    """The first bytes of an input, without a byte order mark and white space: what tells its format."""
    return stream.peek(64)[:64].lstrip(b"\xef\xbb\xbf \t\r\n")


def _is_export(item: Input, stream: io.BufferedReader) -> bool:
    """Whether the input is a Telegram export (JSON) rather than a plain-text copy; raises for an
    empty one, and for one named .json that is not JSON (a damaged result.json would otherwise be
    read as a plain-text copy, into posts of garbage)."""
    head = _head(stream)
    if not head and not stream.peek(1):
        raise InputError("is empty", where=item.name, hint="pass a channel copy or a Telegram export (result.json)")
    if head[:1] in _JSON_STARTS:
        return True
    if item.name.lower().endswith(".json"):
        raise InputError(f"is named .json but is not JSON: it starts with {head[:16].decode('utf-8', 'replace')!r}",
                         where=item.name, hint="a Telegram export (result.json) starts with '{'; name a plain-text copy .txt")
    return False


def _exports(inputs: list[Input]) -> Iterator[int]:
    """Indexes of the inputs that are exports: the ones whose posts have message ids. An input that
    cannot be opened or is empty is left to the second reading, which says so."""
    for index, item in enumerate(inputs):
        try:
            with _open(item) as stream:
                if _is_export(item, stream):
                    yield index
        except KgError:
            continue


@contextmanager
def _taken_stdin(inputs: list[Input], limits: Limits) -> Iterator[list[Input]]:
    """The inputs, standard input taken as its content says: an export is copied to a temporary file
    (removed by the system however kg ends), to be read twice; a plain-text copy is read once."""
    if not any(item.path is None for item in inputs):
        yield inputs
        return
    with ExitStack() as stack:
        taken: list[Input] = []
        for item in inputs:
            if item.path is None:
                stream = _Unclosing(sys.stdin.buffer)
                if _head(stream)[:1] in _JSON_STARTS:
                    stream = stack.enter_context(_copied(item, stream, limits))
                item = replace(item, stream=stream)
            taken.append(item)
        yield taken


def _copied(item: Input, stream: BinaryIO, limits: Limits) -> BinaryIO:
    copy = tempfile.TemporaryFile()
    try:
        size = 0
        while chunk := stream.read(1 << 20):
            size += len(chunk)
            if size > limits.max_file_bytes:
                raise LimitExceeded(f"is over the limit of {limits.max_file_bytes:,} bytes ({size:,} read so far)",
                                    where=item.name, hint=_TOO_LARGE_HINT)
            copy.write(chunk)
    except BaseException:
        copy.close()
        raise
    return copy


def _too_large(item: Input, size: int, limits: Limits) -> LimitExceeded:
    return LimitExceeded(f"is {size:,} bytes, over the limit of {limits.max_file_bytes:,}", where=item.name,
                         hint=_TOO_LARGE_HINT)


def _open(item: Input) -> io.BufferedReader:
    if item.stream is not None:
        if isinstance(item.stream, _Unclosing):
            return item.stream
        item.stream.seek(0)
        return _Unclosing(item.stream)
    if item.path is None:
        return _Unclosing(sys.stdin.buffer)
    try:
        return open(item.path, "rb")
    except OSError as exc:
        raise InputError(f"cannot be opened ({exc.strerror})", where=item.name) from None


class _Unclosing(io.BufferedReader):
    """Standard input, buffered for peeking, left open when the reader is done with it."""

    def __init__(self, raw: BinaryIO):
        super().__init__(raw)  # type: ignore[arg-type]

    def close(self) -> None:  # pragma: no cover - trivial
        pass

    def __exit__(self, *exc) -> None:
        pass


__all__ = ["Input", "Limits", "STDIN", "read_input", "read_posts", "resolve_inputs"]
