"""The command line: the only package that knows about arguments, terminals and exit codes.

Exit codes: 0 success; 1 the data is invalid (violations); 2 a usage or input error
(missing file, unreadable input, bad option, a full disk). Library errors (:mod:`kg.errors`) become one-line
messages with a hint, never a traceback. The commands live in :mod:`kg.cli.graph` (posts, build,
validate, score) and :mod:`kg.cli.store` (load, query, report); shared options in
:mod:`kg.cli.options`.
"""
from __future__ import annotations

import sys

import click

from kg.errors import DISK_FULL, KgError


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
        except BrokenPipeError:
            if not _stdout_closed():  # another pipe broke: a failure, not a reader that stopped
                raise
            _quiet_stdout()  # `kg posts … | head`: the reader has all it wanted
            ctx.exit(0)  # click itself would exit 1, the code of invalid data
        except OSError as error:
            if error.errno not in DISK_FULL:
                raise
            # a full disk: not invalid data (click would exit 1), and nothing more can be written
            # to standard output if that is where it is full (Python would fail again at exit)
            _quiet_stdout()
            raise _Failure(KgError(
                f"cannot write: {error.strerror}", where=error.filename,
                hint="free space on that disk, or write elsewhere (-o, or TMPDIR for kg's temporary files)")) from None


def _stdout_closed() -> bool:
    """Whether standard output is a pipe whose reader has gone."""
    import select

    try:
        poller = select.poll()
        poller.register(sys.stdout.fileno(), select.POLLOUT)
        return any(events & select.POLLERR for _, events in poller.poll(0))
    except (AttributeError, OSError, ValueError):  # no poll here, or no real file descriptor
        return False


def _quiet_stdout() -> None:
    """Point standard output at the null device, so that nothing more is written to the closed
    pipe when Python flushes it on exit (which would print an error)."""
    import os

    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor (a test runner's stream)
        pass


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="kg", prog_name="kg")
def cli() -> None:
    """Build a validated RDF knowledge graph of what Telegram channel posts report.

    Inputs are plain-text copies of a channel (files, directories, or - for standard input)
    and Telegram Desktop exports (result.json).

    Exit codes: 0 success, 1 invalid data, 2 usage or input error.
    """


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``kg`` console script."""
    try:
        cli.main(args=argv, prog_name="kg")
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)


# the commands register themselves on ``cli`` when imported
from kg.cli import graph, store  # noqa: E402,F401  (imported for their commands)
