"""Options and helpers that several commands share: progress, warnings, input limits."""
from __future__ import annotations

import sys
from typing import Iterable, Iterator

import click

from kg.models import Post, Problem
from kg.readers import Limits, resolve_inputs

_PROGRESS_BYTES = 2_000_000  # show progress for inputs larger than this, on a terminal


def problem_printer(problems: list[Problem]):
    def report(problem: Problem) -> None:
        problems.append(problem)
        click.echo(f"warning: {problem}", err=True)

    return report


def with_progress(posts: Iterator[Post], names: Iterable[str], enabled: bool | None) -> Iterator[Post]:
    if enabled is None:
        sizes = [item.size() or 0 for item in resolve_inputs(names)]
        enabled = sys.stderr.isatty() and sum(sizes) > _PROGRESS_BYTES
    if not enabled:
        yield from posts
        return
    from tqdm import tqdm

    with tqdm(posts, unit=" posts", file=sys.stderr, desc="reading", leave=False) as bar:
        yield from bar


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
