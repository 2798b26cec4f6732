"""Readers: every input format kg understands, each yielding :class:`kg.models.Post`.

:func:`read_posts` takes what a user names on the command line (files, directories, ``-`` for
standard input), tells a Telegram Desktop JSON export from a plain-text copy by its content, and
streams the posts of each input in order. Problems with single messages go to ``report``; an input
that cannot be read at all raises :class:`kg.errors.InputError`.
"""
from __future__ import annotations

import io
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator

from kg.errors import InputError, LimitExceeded
from kg.models import Post, Problem
from kg.readers.telegram_json import read_telegram_json
from kg.readers.text import read_text_copy

STDIN = "-"
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
        raise LimitExceeded(
            f"is {size:,} bytes, over the limit of {limits.max_file_bytes:,}",
            where=item.name, hint="split the input, or raise the limit with --max-file-size",
        )
    with _open(item) as stream:
        head = stream.peek(64)[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
        if not head and not stream.peek(1):
            raise InputError("is empty", where=item.name, hint="pass a channel copy or a Telegram export (result.json)")
        if head[:1] in (b"{", b"["):
            posts = read_telegram_json(item.name, stream, report, languages=languages)
        elif item.name.lower().endswith(".json"):
            # a damaged result.json would otherwise be read as a plain-text copy, into posts of garbage
            raise InputError(f"is named .json but is not JSON: it starts with {head[:16].decode('utf-8', 'replace')!r}",
                             where=item.name, hint="a Telegram export (result.json) starts with '{'; name a plain-text "
                             "copy .txt")
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
) -> Iterator[Post]:
    """The posts of every input, input by input, in order."""
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

    for item in resolve_inputs(names):
        yield from read_input(item, counted, channel=channel, limits=limits, languages=languages)


def _open(item: Input) -> io.BufferedReader:
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
