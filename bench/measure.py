"""How bench/run.py measures a step: a command in a fresh subprocess, its wall and CPU time, and the peak
resident and proportional set sizes of its process tree, sampled while it runs; and the machine it ran on."""
from __future__ import annotations

import os
import platform
import re
import subprocess
import threading
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# -- running one step ----------------------------------------------------------------------------

def _memory_kb(pid: int) -> int:
    """A process's proportional set size (PSS: shared pages divided among the processes that share
    them, so that forked workers are not counted twice), or its RSS where PSS cannot be read."""
    return _proc_kb(pid, "smaps_rollup", b"Pss:") or _proc_kb(pid, "status", b"VmRSS:")


def _proc_kb(pid: int, name: str, field: bytes) -> int:
    """The KiB figure of ``field`` in /proc/PID/NAME, or 0 where it cannot be read."""
    try:
        with open(f"/proc/{pid}/{name}", "rb") as handle:
            for line in handle:
                if line.startswith(field):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _tree_rss_kb(root: int) -> tuple[int, int]:
    """Memory (KiB) of ``root`` and its descendants: the sum of their PSS, and the largest peak RSS
    (VmHWM) among them, read from /proc ((0, 0) where not Linux)."""
    children: dict[int, list[int]] = {}
    try:
        pids = [int(p) for p in os.listdir("/proc") if p.isdigit()]
    except OSError:
        return 0, 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(pid)
        except (OSError, IndexError, ValueError):
            continue
    total, largest, todo = 0, 0, [root]
    while todo:
        pid = todo.pop()
        total += _memory_kb(pid)
        largest = max(largest, _proc_kb(pid, "status", b"VmHWM:"))
        todo.extend(children.get(pid, ()))
    return total, largest


def run_step(cmd: list[str], *, cwd: Path | None = None, env: dict | None = None, check: bool = True) -> dict:
    """Run ``cmd``; its wall time, CPU time, exit code, output, the peak RSS of its largest process
    and the peak of its process tree's summed PSS (both sampled every 50 ms from /proc).

    The peak RSS is each process's own high-water mark (VmHWM), not wait4's ru_maxrss: Linux
    carries the high-water mark of the process that forked it across exec into ru_maxrss, so every
    step run after this process had grown reported at least this process's own size."""
    load_before = os.getloadavg()[0]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak_tree = peak_process = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak_tree, peak_process
        while not done.is_set():
            tree, largest = _tree_rss_kb(proc.pid)
            peak_tree, peak_process = max(peak_tree, tree), max(peak_process, largest)
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out_chunks: list[bytes] = []
    err_chunks: list[bytes] = []
    readers = [threading.Thread(target=lambda s=s, c=c: c.append(s.read()), daemon=True)
               for s, c in ((proc.stdout, out_chunks), (proc.stderr, err_chunks))]
    for reader in readers:
        reader.start()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    done.set()
    sampler.join()
    for reader in readers:
        reader.join()
    stdout = b"".join(out_chunks).decode("utf-8", "replace")
    stderr = b"".join(err_chunks).decode("utf-8", "replace")
    result = {
        "seconds": round(seconds, 3),
        "exit": proc.returncode,
        "peak_rss_mb": round((peak_process or usage.ru_maxrss) / 1024, 1),  # KiB on Linux
        "peak_tree_pss_mb": round(peak_tree / 1024, 1),
        "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 2),
        "load_before": round(load_before, 2),
        "stdout": stdout,
        "stderr": stderr,
    }
    if check and proc.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, cmd))} exited {proc.returncode}:\n{stderr[-3000:]}")
    return result


def _public(step: dict) -> dict:
    return {k: v for k, v in step.items() if k not in ("stdout", "stderr")}


# -- machine -------------------------------------------------------------------------------------

def machine_info(peer_python: str | None) -> dict:
    cpu = ""
    try:
        cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo", encoding="utf-8")
                    if line.startswith("model name")), "")
    except OSError:
        pass
    ram_gb = None
    try:
        kb = next(int(line.split()[1]) for line in open("/proc/meminfo", encoding="utf-8") if line.startswith("MemTotal"))
        ram_gb = round(kb / 2**20, 1)
    except (OSError, StopIteration):
        pass
    versions = {}
    try:
        requirements = metadata.requires("kg") or []
    except metadata.PackageNotFoundError:
        requirements = []
    for requirement in requirements:
        if "extra ==" in requirement:
            continue
        name = re.split(r"[<>=!~;\[ ]", requirement, 1)[0]
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    try:
        versions["kg"] = metadata.version("kg")
    except metadata.PackageNotFoundError:
        pass
    if peer_python:
        probe = subprocess.run([peer_python, "-c", "from importlib import metadata as m; print(m.version('morph-kgc'))"],
                               capture_output=True, text=True)
        versions["morph-kgc (peer)"] = probe.stdout.strip() or None
    try:
        commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
        dirty = bool(subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "kg"], capture_output=True, text=True).stdout.strip())
    except OSError:
        commit, dirty = "", False
    return {
        "platform": platform.platform(),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "cores_usable": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "ram_gb": ram_gb,
        "python": platform.python_version(),
        "packages": versions,
        "kg_commit": commit + ("+uncommitted changes in kg/" if dirty else ""),
        "load_average_start": [round(x, 2) for x in os.getloadavg()],
    }
