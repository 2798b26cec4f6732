"""Where triples go: files in an RDF format, written atomically.

A file is written under a hidden temporary name in the same directory and moved over the target
only when complete, so a failed or interrupted build never leaves a half file nor touches the
previous one. A watchdog process removes the temporary file if kg dies without cleaning up (even
by ``kill -9``), so nothing stray is left behind.
"""
from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from pyoxigraph import DefaultGraph, NamedNode, Quad, RdfFormat, Triple, serialize

from kg.errors import DISK_FULL, InputError, UsageError

FORMATS = {
    "turtle": RdfFormat.TURTLE,
    "ttl": RdfFormat.TURTLE,
    "nt": RdfFormat.N_TRIPLES,
    "ntriples": RdfFormat.N_TRIPLES,
    "nq": RdfFormat.N_QUADS,
    "nquads": RdfFormat.N_QUADS,
    "trig": RdfFormat.TRIG,
    "jsonld": RdfFormat.JSON_LD,
    "json-ld": RdfFormat.JSON_LD,
}
FORMAT_NAMES = ("turtle", "nt", "nq", "trig", "jsonld")


def rdf_format(name: str) -> RdfFormat:
    try:
        return FORMATS[name.lower()]
    except KeyError:
        raise UsageError(f"unknown RDF format {name!r}", hint=f"use one of: {', '.join(FORMAT_NAMES)}") from None


def write_triples(
    triples: Iterable[Triple],
    out: BinaryIO,
    fmt: RdfFormat,
    prefixes: dict[str, str],
    graph: str | None = None,
) -> None:
    """Serialise triples (as quads in ``graph`` for dataset formats) with pyoxigraph, streaming."""
    if fmt.supports_datasets:
        name = NamedNode(graph) if graph else DefaultGraph()
        items: Iterable = (Quad(t.subject, t.predicate, t.object, name) for t in triples)
    else:
        items = triples
    if fmt in (RdfFormat.TURTLE, RdfFormat.TRIG):
        serialize(items, out, fmt, prefixes=prefixes)
    else:
        serialize(items, out, fmt)


def output_target(path: str) -> tuple[Path, bool]:
    """Where writing to ``path`` goes, checked before any work, and whether it is a file to replace
    atomically. A symbolic link is followed to the file it points at (which is replaced; the link
    stays), as a shell's ``>`` does; a device or a named pipe (``/dev/stdout``, ``/dev/null``, a
    FIFO) is written into, never replaced by a file."""
    try:
        mode = os.stat(path).st_mode  # through symbolic links
    except FileNotFoundError:
        mode = None
    except OSError as error:
        raise InputError(f"cannot write there: {error.strerror}", where=path) from None
    if mode is not None and stat.S_ISDIR(mode):
        raise InputError("is a directory", where=path, hint="give a file name for the output")
    if mode is not None and not stat.S_ISREG(mode):
        return Path(path), False
    target = Path(os.path.realpath(path))
    if not target.parent.is_dir():
        raise InputError("the output directory does not exist", where=path, hint="create it first, or choose another path")
    return target, True


@contextlib.contextmanager
def atomic_output(path: str | None) -> Iterator[BinaryIO]:
    """A binary file that appears at ``path`` only once it is complete (see :func:`output_target`);
    standard output for None or '-'."""
    if path in (None, "-"):
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    target, replace = output_target(path)
    if not replace:
        with open(target, "wb") as handle:
            yield handle
        return
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.fchmod(fd, 0o644)
    watchdog = _Watchdog(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, target)
    except OSError as error:
        if error.errno in DISK_FULL and error.filename is None:
            error.filename = str(path)  # a full disk: the message names the output it could not finish
        raise
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        watchdog.done()


_OPEN_WATCHDOGS: set[int] = set()


def _close_in_child() -> None:
    """A process forked from us (a --jobs worker) must not keep a watchdog's pipe open, or the
    watchdog would never see this process die."""
    for fd in list(_OPEN_WATCHDOGS):
        with contextlib.suppress(OSError):
            os.close(fd)
    _OPEN_WATCHDOGS.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_close_in_child)


class _Watchdog:
    """A child process that removes a temporary file if this process dies before it is done.

    The child blocks on a pipe; the pipe closes when this process ends, however it ends. If it
    closes without the word 'done', the child removes the file.
    """

    def __init__(self, path: str):
        self.write_end = None
        if not hasattr(os, "fork"):
            return
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: only system calls from here on
            try:
                os.close(write_end)
                signal_ignore()
                os.setsid()
                message = b""
                while chunk := os.read(read_end, 16):
                    message += chunk
                if b"done" not in message:
                    with contextlib.suppress(OSError):
                        os.unlink(path)
            finally:
                os._exit(0)
        os.close(read_end)
        self.write_end = write_end
        self.pid = pid
        _OPEN_WATCHDOGS.add(write_end)

    def done(self) -> None:
        if self.write_end is None:
            return
        with contextlib.suppress(OSError):
            os.write(self.write_end, b"done")
        _OPEN_WATCHDOGS.discard(self.write_end)
        os.close(self.write_end)
        self.write_end = None
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)


def signal_ignore() -> None:
    import signal

    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, signal.SIG_IGN)
