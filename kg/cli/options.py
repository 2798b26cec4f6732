"""Options and helpers that several commands share: progress, warnings, input limits."""
from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterable, Iterator

import click

from kg.models import Post, Problem
from kg.readers import Limits, resolve_inputs

_PROGRESS_BYTES = 2_000_000  # show progress for inputs larger than this, on a terminal


def problem_printer(problems: list[Problem]):
    def report(problem: Problem) -> None:
        problems.append(problem)
        click.echo(f"warning: {problem}", err=True)

    return report


def _large_on_a_terminal(sizes: Iterable[int]) -> bool:
    """Whether progress shows when not asked: on a terminal, for inputs over 2 MB in all."""
    return sys.stderr.isatty() and sum(sizes) > _PROGRESS_BYTES


class PostProgress:
    """Progress of reading posts on standard error: first, while exports are read for their
    message ids (:func:`kg.readers.read_posts`'s ``checking``), the messages checked; then the posts
    read. By default on only on a terminal and for inputs over 2 MB."""

    def __init__(self, names: Iterable[str], enabled: bool | None):
        if enabled is None:
            enabled = _large_on_a_terminal(item.size() or 0 for item in resolve_inputs(names))
        self.enabled = enabled
        self._checking_bar = None

    def checking(self, messages: int) -> None:
        """``messages`` of the exports checked for message ids read twice, so far."""
        if not self.enabled:
            return
        if self._checking_bar is None:
            from tqdm import tqdm

            self._checking_bar = tqdm(unit=" messages", file=sys.stderr, desc="checking message ids", leave=False)
        self._checking_bar.update(messages - self._checking_bar.n)

    def wrap(self, posts: Iterator[Post]) -> Iterator[Post]:
        """``posts``, counted as they are read."""
        if not self.enabled:
            yield from posts
            return
        from tqdm import tqdm

        posts = iter(posts)
        first = next(posts, None)  # the first reading of exports happens before the first post
        if self._checking_bar is not None:
            self._checking_bar.refresh()  # its total, however soon after the last count
            self._checking_bar.close()
        if first is None:
            return
        with tqdm(unit=" posts", file=sys.stderr, desc="reading", leave=False) as bar:
            bar.update(1)
            yield first
            for post in posts:
                bar.update(1)
                yield post


_UNITS = {"reading": "B", "loading": " triples", "validating": " resources"}  # any other phase (a query kg report runs): rows
_PROGRESS_DELAY = 0.5  # seconds before a phase's counter shows: a quick phase leaves no trace


@contextmanager
def phase_progress(enabled: bool | None, paths: Iterable[str]) -> Iterator[Callable[[str, int], None] | None]:
    """The callback :data:`kg.store.Progress` for ``kg load``, ``kg validate`` and ``kg report``: a
    counter on standard error for each phase (triples loaded, resources validated, each query's
    rows), with its rate. By default on only on a terminal and for files over 2 MB (a store: its
    directory's files); None when off."""
    if enabled is None:
        enabled = _large_on_a_terminal(Path(p).stat().st_size for p in paths if Path(p).is_file())
    if not enabled:
        yield None
        return
    from tqdm import tqdm

    bars: dict = {}

    def report(phase: str, count: int) -> None:
        if phase not in bars:
            for bar in bars.values():
                bar.close()
            bars[phase] = tqdm(desc=phase, unit=_UNITS.get(phase, " rows"), unit_scale=True, file=sys.stderr, leave=False,
                               delay=_PROGRESS_DELAY)
        bars[phase].update(count)

    try:
        yield report
    finally:
        for bar in bars.values():
            bar.close()


def progress_option(command):
    """--progress/--no-progress, as kg build has it."""
    return click.option("--progress/--no-progress", default=None,
                        help="Show progress on standard error (default: for large inputs on a terminal).")(command)


def limit_options(command):
    """--max-post-size, --max-file-size, --max-bad-records: bounds for runaway inputs (exit 2)."""
    defaults = Limits()
    command = click.option("--max-bad-records", type=click.IntRange(0), default=defaults.max_problems, show_default=True,
                           help="Stop with exit code 2 after this many unreadable messages.")(command)
    command = click.option("--max-file-size", type=click.IntRange(1), default=defaults.max_file_bytes, show_default=True,
                           help="Refuse input files larger than this many bytes (exit code 2).")(command)
    command = click.option("--max-post-size", type=click.IntRange(1), default=defaults.max_post_chars, show_default=True,
                           help="Refuse posts (and text lines) longer than this many characters (exit code 2).")(command)
    return command


def input_limits(max_post_size: int, max_file_size: int, max_bad_records: int) -> Limits:
    return Limits(max_post_chars=max_post_size, max_file_bytes=max_file_size, max_problems=max_bad_records)

