"""Run the independent JavaScript RDF engines of tests/node/ (N3.js, rdf-validate-shacl, Comunica)
from Python tests.

- ``node_available()``: is a recent enough Node.js (and npm) on PATH?
- ``require_node()``: in a test, skip when Node.js or npm is missing -- but fail instead when the
  environment variable ``CI`` is set, so that CI never silently skips the interoperability tests.
- ``ensure_node_modules()``: run ``npm ci`` in tests/node once per session when node_modules is
  missing or was not installed from the current package-lock.json (a marker in node_modules keeps
  the lock file's hash; a file lock makes parallel workers wait for one install).
- ``run_validate(shapes, *data) -> dict``: the JSON report of tests/node/validate.mjs.
- ``run_query(query, *data) -> dict | str``: SPARQL JSON results (SELECT, ASK) as a dict, or
  N-Triples (CONSTRUCT, DESCRIBE) as a str, from tests/node/query.mjs.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
from contextlib import contextmanager
from pathlib import Path

NODE_DIR = Path(__file__).resolve().parent / "node"
NODE_MODULES = NODE_DIR / "node_modules"
LOCK_FILE = NODE_DIR / "package-lock.json"
MARKER = NODE_MODULES / ".kg-npm-ci"  # holds the sha256 of the package-lock.json it was installed from
MIN_NODE_MAJOR = 20

NPM_CI_TIMEOUT = 900  # seconds: a cold npm ci fetches ~575 packages
RUN_TIMEOUT = 180  # seconds: one validation or query takes about a second

_ensured = False


class NodeToolError(RuntimeError):
    """A tests/node script failed (bad input, parse error, engine error)."""


def _node_major() -> int | None:
    node = shutil.which("node")
    if not node:
        return None
    try:
        out = subprocess.run([node, "--version"], capture_output=True, text=True, timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    m = re.match(r"v(\d+)\.", out.strip())
    return int(m.group(1)) if m else None


def _missing() -> str | None:
    """Why the Node.js tools cannot run here, or None when they can."""
    major = _node_major()
    if major is None:
        return "node (Node.js) is not installed or does not run"
    if major < MIN_NODE_MAJOR:
        return f"node v{major} is too old: tests/node needs Node.js {MIN_NODE_MAJOR} or newer"
    if not shutil.which("npm"):
        return "npm is not installed"
    return None


def node_available() -> bool:
    return _missing() is None


def require_node() -> None:
    """Skip the calling test when Node.js/npm are missing; fail instead when CI is set."""
    from ci import skip_unless_ci

    skip_unless_ci(_missing(), "the Node.js interoperability tests")


def _lock_hash() -> str:
    return hashlib.sha256(LOCK_FILE.read_bytes()).hexdigest()


def _up_to_date() -> bool:
    try:
        return MARKER.read_text().strip() == _lock_hash()
    except OSError:
        return False


@contextmanager
def _install_lock():
    """An exclusive lock shared by all processes (e.g. pytest-xdist workers) of this checkout."""
    key = hashlib.sha256(str(NODE_DIR).encode()).hexdigest()[:16]
    path = Path(tempfile.gettempdir()) / f"kg-tests-node-{key}.lock"
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock
        yield
        return
    with open(path, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def ensure_node_modules() -> None:
    """Install tests/node's pinned packages with `npm ci` unless they are already in place."""
    global _ensured
    if _ensured:
        return
    with _install_lock():
        if not _up_to_date():
            npm = shutil.which("npm")
            if not npm:
                raise NodeToolError("npm is not installed")
            cmd = [npm, "ci", "--no-audit", "--no-fund"]
            try:
                proc = subprocess.run(
                    cmd, cwd=NODE_DIR, capture_output=True, text=True, timeout=NPM_CI_TIMEOUT
                )
            except subprocess.TimeoutExpired as exc:
                raise NodeToolError(f"`npm ci` in {NODE_DIR} took over {NPM_CI_TIMEOUT} s") from exc
            if proc.returncode != 0:
                raise NodeToolError(
                    f"`npm ci` in {NODE_DIR} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
                )
            MARKER.write_text(_lock_hash() + "\n")
    _ensured = True


def _run(script: str, *args: str | os.PathLike) -> subprocess.CompletedProcess:
    ensure_node_modules()
    cmd = ["node", str(NODE_DIR / script), *(str(Path(a).resolve()) for a in args)]
    try:
        return subprocess.run(cmd, cwd=NODE_DIR, capture_output=True, text=True, timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired as exc:
        raise NodeToolError(f"{script} took over {RUN_TIMEOUT} s: {cmd}") from exc


def _error(proc: subprocess.CompletedProcess, script: str) -> NodeToolError:
    try:
        message = json.loads(proc.stdout)["error"]
    except (ValueError, KeyError, TypeError):
        message = proc.stdout.strip()
    return NodeToolError(f"{script} exited {proc.returncode}: {message}\n{proc.stderr.strip()}".rstrip())


def run_validate(shapes: str | os.PathLike, *data: str | os.PathLike) -> dict:
    """Validate the data files (their union) against the shapes with rdf-validate-shacl.

    Returns {"conforms": bool, "triples": int, "results": [{"focusNode", "path", "value",
    "sourceShape", "sourceConstraintComponent", "severity", "message": [str]}]}; IRIs are bare
    strings. Raises NodeToolError when a file does not parse (exit 2) or on any other failure.
    """
    if not data:
        raise ValueError("run_validate needs at least one data file")
    proc = _run("validate.mjs", shapes, *data)
    if proc.returncode not in (0, 1):
        raise _error(proc, "validate.mjs")
    report = json.loads(proc.stdout)
    if report["conforms"] != (proc.returncode == 0):
        raise NodeToolError(f"validate.mjs exit code {proc.returncode} disagrees with its report: {report}")
    return report


def run_query(query_path: str | os.PathLike, *data: str | os.PathLike) -> dict | str:
    """Run the SPARQL query in query_path over the data files with Comunica.

    Returns the SPARQL 1.1 JSON results as a dict for SELECT and ASK, the N-Triples text for
    CONSTRUCT and DESCRIBE. Raises NodeToolError on a query or data error.
    """
    if not data:
        raise ValueError("run_query needs at least one data file")
    proc = _run("query.mjs", query_path, *data)
    if proc.returncode != 0:
        raise _error(proc, "query.mjs")
    if proc.stdout.lstrip().startswith("{"):
        return json.loads(proc.stdout)
    return proc.stdout


def select_rows(results: dict) -> set[tuple[str | None, ...]]:
    """SPARQL JSON SELECT results as a set of tuples of string values, in the order of head.vars
    (None for an unbound variable)."""
    names = results["head"]["vars"]
    return {
        tuple(b[v]["value"] if v in b else None for v in names) for b in results["results"]["bindings"]
    }
