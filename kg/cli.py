"""The command line: the only module that knows about arguments, terminals and exit codes.

Exit codes: 0 success; 1 the data is invalid (violations); 2 a usage or input error
(missing file, unreadable input, bad option). Library errors (:mod:`kg.errors`) become one-line
messages with a hint, never a traceback.
"""
from __future__ import annotations

import json
import shutil
import sys
from typing import Iterable, Iterator

import click

from kg.errors import KgError
from kg.models import Post, Problem
from kg.readers import read_posts, resolve_inputs

_PROGRESS_BYTES = 2_000_000  # show progress for inputs larger than this, on a terminal


class _Failure(click.ClickException):
    """A library error shown as ``Error: <where>: <message>`` plus its hint."""

    def __init__(self, error: KgError):
        super().__init__(str(error))
        self.exit_code = error.exit_code
        self.hint = error.hint

    def format_message(self) -> str:
        return f"{self.message}\n  hint: {self.hint}" if self.hint else self.message


class _Group(click.Group):
    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KgError as error:
            raise _Failure(error) from None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="kg", prog_name="kg")
def cli() -> None:
    """Build a validated RDF knowledge graph of what Telegram channel posts report.

    Inputs are plain-text copies of a channel (files, directories, or - for standard input)
    and Telegram Desktop exports (result.json).

    Exit codes: 0 success, 1 invalid data, 2 usage or input error.
    """


def _problem_printer(problems: list[Problem]):
    def report(problem: Problem) -> None:
        problems.append(problem)
        click.echo(f"warning: {problem}", err=True)

    return report


def _with_progress(posts: Iterator[Post], names: Iterable[str], enabled: bool | None) -> Iterator[Post]:
    if enabled is None:
        sizes = [item.size() or 0 for item in resolve_inputs(names)]
        enabled = sys.stderr.isatty() and sum(sizes) > _PROGRESS_BYTES
    if not enabled:
        yield from posts
        return
    from tqdm import tqdm

    with tqdm(posts, unit=" posts", file=sys.stderr, desc="reading", leave=False) as bar:
        yield from bar


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True,
              help="table: one line a post and a count; jsonl: one JSON object a post.")
@click.option("--channel", metavar="NAME", help="Name of the channel a plain-text copy was taken from.")
@click.option("--progress/--no-progress", default=None, help="Show progress on standard error (default: for large inputs on a terminal).")
def posts(inputs: tuple[str, ...], fmt: str, channel: str | None, progress: bool | None) -> None:
    """Print the posts read from INPUT... (channel copies, directories, result.json, or -).

    \b
    Examples:
      kg posts seeds/
      kg posts result.json --format jsonl > posts.jsonl
      cat copy.txt | kg posts -
    """
    problems: list[Problem] = []
    stream = _with_progress(read_posts(inputs, _problem_printer(problems), channel=channel), inputs, progress)
    count = 0
    width = shutil.get_terminal_size((120, 24)).columns
    for post in stream:
        count += 1
        if fmt == "jsonl":
            click.echo(json.dumps(post.to_json(), ensure_ascii=False))
        else:
            click.echo(_table_row(count, post, width))
    if fmt == "table":
        skipped = f", {len(problems)} skipped (see warnings above)" if problems else ""
        click.echo(f"{count} posts{skipped}")


def _table_row(number: int, post: Post, width: int) -> str:
    if post.message_id is not None:
        where = f"#{post.message_id}"
        if post.published:
            where += f" {post.published:%Y-%m-%d}"
    else:
        where = f"{_short(post.source)}:{post.start_line}-{post.end_line}"
    row = f"{number:>4}  {where:<26} {post.language or '--':<3}"
    room = max(20, width - len(row) - 1)
    title = post.title or "(no text)"
    if len(title) > room:
        title = title[: room - 1] + "…"
    return f"{row} {title}"


def _short(source: str) -> str:
    name = source.replace("\\", "/").rsplit("/", 1)[-1]
    return name if len(name) <= 16 else name[:7] + "…" + name[-8:]


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``kg`` console script."""
    try:
        cli.main(args=argv, prog_name="kg")
    except BrokenPipeError:  # `kg posts … | head`
        sys.stderr.close()
        sys.exit(0)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
