"""A real Virtuoso 7 server for tests: its own database in a temporary folder, on loopback ports.

    with Virtuoso() as server:
        server.sparql            # http://127.0.0.1:PORT/sparql (read-only, no credentials)
        server.sparql_auth       # /sparql-auth: queries and SPARQL Update, Digest auth as dba/dba
        server.gsp_auth          # /sparql-graph-crud-auth: Graph Store Protocol with writes, Digest

The Debian package ``virtuoso-opensource`` gives ``virtuoso-t`` and the configuration template
``/etc/virtuoso-opensource-7/virtuoso.ini``. The template is copied with every file it names moved
into the temporary folder (databases, logs, lock, the HTTP server root, the folder VAD packages are
installed from), and both ServerPort lines bound to 127.0.0.1 on free ports. Unless ``stock_limits``,
ResultSetMaxRows is raised (answers are never cut to the default 10,000 rows) and
MaxQueryCostEstimationTime is switched off (0): with the default 400, Virtuoso refuses queries whose
*estimated* cost is high, and that estimate moves with the data it holds (has-met was refused once a
second copy of the seeds was loaded), and it refuses INSERT DATA of more than about 1,100 triples. ``virtuoso-t +wait`` returns when the
server is up; the server is then polled over HTTP, and stopped by its pid (from the lock file).
"""
from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

TEMPLATE = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
BINARY = "virtuoso-t"
USER = PASSWORD = "dba"  # the account of a new database


def virtuoso_available() -> bool:
    return shutil.which(BINARY) is not None and TEMPLATE.is_file()


def require_virtuoso() -> None:
    """Skip the test when Virtuoso is not installed, except on CI, where that is a failure."""
    from ci import skip_unless_ci

    missing = None if virtuoso_available() else f"{BINARY} or {TEMPLATE} is missing: apt-get install virtuoso-opensource"
    skip_unless_ci(missing, "the Virtuoso tests (.ci/run installs it)")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class VirtuosoError(RuntimeError):
    pass


class Virtuoso:
    """One Virtuoso server with its own database; a context manager."""

    def __init__(self, start_timeout: float = 120.0, stock_limits: bool = False):
        self.start_timeout = start_timeout
        self.stock_limits = stock_limits
        self.folder: Path | None = None
        self.pid: int | None = None
        self.sql_port = 0
        self.http_port = 0
        self.started_in = 0.0  # seconds

    # -- endpoints -------------------------------------------------------------------------------
    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def sparql(self) -> str:
        return f"{self.base}/sparql"

    @property
    def sparql_auth(self) -> str:
        return f"{self.base}/sparql-auth"

    @property
    def gsp_auth(self) -> str:
        return f"{self.base}/sparql-graph-crud-auth"

    # -- life ------------------------------------------------------------------------------------
    def __enter__(self) -> "Virtuoso":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def start(self) -> "Virtuoso":
        if not virtuoso_available():
            raise VirtuosoError(f"{BINARY} is not installed (apt-get install virtuoso-opensource)")
        began = time.monotonic()
        self.folder = Path(tempfile.mkdtemp(prefix="kg-virtuoso-"))
        self.sql_port = free_port()
        self.http_port = free_port()
        while self.http_port == self.sql_port:
            self.http_port = free_port()
        ini = self.folder / "virtuoso.ini"
        ini.write_text(configure(TEMPLATE.read_text(encoding="utf-8"), self.folder, self.sql_port, self.http_port,
                                 self.stock_limits), encoding="utf-8")
        try:
            done = subprocess.run([BINARY, "-c", str(ini), "+wait"], cwd=self.folder, capture_output=True, text=True,
                                  timeout=self.start_timeout)
            self.pid = self._read_pid()
            if done.returncode != 0:
                raise VirtuosoError(f"{BINARY} exited with {done.returncode}: {done.stderr.strip()}\n{self.log_tail()}")
            self._wait_until_ready(began + self.start_timeout)
        except BaseException:
            self.stop()
            raise
        self.started_in = time.monotonic() - began
        return self

    def _read_pid(self) -> int | None:
        assert self.folder is not None
        lock = self.folder / "virtuoso.lck"
        found = re.search(r"VIRT_PID=(\d+)", lock.read_text()) if lock.is_file() else None
        return int(found.group(1)) if found else None

    def _wait_until_ready(self, deadline: float) -> None:
        query = urllib.request.Request(f"{self.sparql}?query=ASK%20%7B%7D",
                                       headers={"Accept": "application/sparql-results+json"})
        last = ""
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(query, timeout=5) as answer:
                    if answer.status == 200 and b"boolean" in answer.read():
                        return
            except (urllib.error.URLError, OSError) as exc:
                last = str(exc)
            if self.pid is not None and not _alive(self.pid):
                raise VirtuosoError(f"Virtuoso stopped while starting\n{self.log_tail()}")
            time.sleep(0.2)
        raise VirtuosoError(f"Virtuoso did not answer on {self.sparql} in time ({last})\n{self.log_tail()}")

    def alive(self) -> bool:
        return self.pid is not None and _alive(self.pid)

    def log_tail(self, lines: int = 30) -> str:
        log = self.folder / "virtuoso.log" if self.folder else None
        if not log or not log.is_file():
            return "(no log)"
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])

    def stop(self, timeout: float = 30.0) -> None:
        """Stop the server by its pid (TERM, then KILL) and remove its folder."""
        pid = self.pid or (self._read_pid() if self.folder else None)
        if pid is not None and _alive(pid):
            os.kill(pid, signal.SIGTERM)
            deadline = time.monotonic() + timeout
            while _alive(pid) and time.monotonic() < deadline:
                time.sleep(0.1)
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
                while _alive(pid) and time.monotonic() < deadline + 5:
                    time.sleep(0.1)
        self.pid = None
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None


def _alive(pid: int) -> bool:
    """True while the process runs (a zombie, left for a parent that does not reap it, counts as gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


_LIMITS = ("ResultSetMaxRows", "MaxQueryCostEstimationTime")
_FILES = ("DatabaseFile", "TransactionFile", "ErrorLogFile", "LockFile", "xa_persistent_file")


def configure(template: str, folder: Path, sql_port: int, http_port: int, stock_limits: bool = False) -> str:
    """The template ini with every path inside ``folder`` and both servers on 127.0.0.1."""
    (folder / "vsp").mkdir(exist_ok=True)
    (folder / "vad").mkdir(exist_ok=True)
    section = ""
    out = []
    for line in template.splitlines():
        header = re.match(r"^\s*\[([^\]]+)\]", line)
        if header:
            section = header.group(1).strip()
        setting = re.match(r"^(\s*)([A-Za-z_][\w]*)(\s*=\s*)([^;]*?)(\s*(?:;.*)?)$", line)
        if setting and not line.lstrip().startswith(";"):
            indent, key, equals, value, comment = setting.groups()
            new = _setting(section, key, value, folder, sql_port, http_port)
            if stock_limits and section == "SPARQL" and key in _LIMITS:
                new = None
            if new is not None:
                line = f"{indent}{key}{equals}{new}{comment}"
        out.append(line)
    return "\n".join(out) + "\n"


def _setting(section: str, key: str, value: str, folder: Path, sql_port: int, http_port: int) -> str | None:
    if key in _FILES:
        return str(folder / Path(value).name)
    if key == "ServerPort":
        return f"127.0.0.1:{http_port if section == 'HTTPServer' else sql_port}"
    if section == "Parameters" and key == "DirsAllowed":
        return f"{folder}, /usr/share/virtuoso-opensource-7/vad"
    if section == "Parameters" and key == "VADInstallDir":  # empty: no Conductor install at start
        return f"{folder / 'vad'}/"
    if section == "HTTPServer" and key == "ServerRoot":
        return str(folder / "vsp")
    if section == "URIQA" and key == "DefaultHost":
        return f"127.0.0.1:{http_port}"
    if section == "SPARQL" and key == "ResultSetMaxRows":
        return "1000000"
    if section == "SPARQL" and key == "MaxQueryCostEstimationTime":
        return "0"
    if key == "Striping":
        return "0"
    return None
