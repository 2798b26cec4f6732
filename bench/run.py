"""kg's benchmark: build, validate, load and query synthetic channel exports of 1k, 10k and 100k posts,
with Morph-KGC's structural mapping of the same export side by side.

For each size N (``--sizes``, default 1000,10000,100000; add 1000000 when you have the time), every
step runs in a fresh subprocess, so that its peak resident set size is its own:

1. ``bench/generate.py``: a Telegram Desktop export (``result.json``) of N messages;
2. ``kg build --no-validate`` with ``--jobs 1`` and ``--jobs 2``: posts/s and triples/s end to end
   (read, extract, write), CPU time, peak memory (RSS of the largest process, and the sum of the
   PSS of every process of the tree, so that forked workers' shared pages count once);
3. ``kg validate`` on the built graph;
4. ``kg load`` into a fresh store: triples/s;
5. every stored query (``queries/*.rq``) on the loaded store with its default parameters: the
   median of 3 runs after one warm-up, results consumed;
6. the peer: Morph-KGC running ``bench/mapping.rml.ttl`` (post, message id, publication time,
   channel, forwarded-from, hashtags) on the same ``result.json``; skipped, with a message, when
   no Python with ``morph_kgc`` is found (see ``--peer-python``).

Also: ``kg build`` of a plain-text copy of ``--text-size`` posts (10000), the fixed cost of a build
(a one-message export), and optionally (``--profile N``) a cProfile of one N-post build.

Prints a table and writes ``bench/results.json`` with the machine it ran on.

    .venv/bin/python bench/run.py --sizes 1000,10000,100000
    .venv/bin/python bench/run.py --sizes 1000 --quick          # a smoke run: no peer, no text copy
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
PEER_VENV_PYTHON = BENCH / ".venv-peer" / "bin" / "python"
KG = [sys.executable, "-m", "kg"]

# Stored queries whose defaults (or the value given here) pick one entity: the "lookups", whose target is 50 ms.
LOOKUPS = {"has-met", "where-has-been", "events-in-city", "posts-mentioning"}
# Values for required parameters (the only one: posts-mentioning's name).
REQUIRED_VALUES = {"posts-mentioning": {"name": "Wang Yi"}}
# The predicates the peer maps: kg's triples of these are the like-for-like count.
STRUCTURAL = ["rdf:type kg:Post", "kg:messageId", "kg:published", "kg:channel", "kg:forwardedFrom", "kg:hashtag"]


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


# -- the steps ----------------------------------------------------------------------------------

def _summary_counts(stderr: str) -> tuple[int, int]:
    match = re.search(r"kg build: (\d+) posts, (\d+) triples", stderr)
    if not match:
        raise RuntimeError(f"cannot read the build summary:\n{stderr[-2000:]}")
    return int(match.group(1)), int(match.group(2))


def build_step(source: Path, output: Path, jobs: int, validate: bool = False) -> dict:
    cmd = KG + ["build", str(source), "-o", str(output), "--jobs", str(jobs), "--no-progress"]
    if not validate:
        cmd.append("--no-validate")
    step = run_step(cmd, cwd=ROOT)
    posts, triples = _summary_counts(step["stderr"])
    step.update(posts=posts, triples=triples, posts_per_s=round(posts / step["seconds"], 1),
                posts_per_cpu_s=round(posts / max(step["cpu_seconds"], 0.01), 1),
                triples_per_s=round(triples / step["seconds"]), jobs=jobs)
    if validate:
        step["conforms"] = "validation: conforms" in step["stderr"]
    return step


def update_step(source: Path, folder: Path, jobs: int, full: Path) -> dict:
    """``kg build --update`` of the export after it grew by 1%: the earlier build made from the
    export without its last 1% of messages, then the whole export timed."""
    older = folder / "older.json"
    # in a child: the export as Python objects is ten times its size, and this process's own size
    # would stay (and, through fork, show in the figures of the steps after it)
    cut = ("import json, sys; e = json.load(open(sys.argv[1], encoding='utf-8')); n = len(e['messages']); "
           "e['messages'] = e['messages'][: n * 99 // 100]; print(n - len(e['messages'])); "
           "json.dump(e, open(sys.argv[2], 'w', encoding='utf-8'), ensure_ascii=False)")
    new_messages = int(subprocess.run([sys.executable, "-c", cut, str(source), str(older)], check=True,
                                      capture_output=True, text=True).stdout)
    out = folder / "kg-update.ttl"
    run_step(KG + ["build", str(older), "-o", str(out), "--update", "--jobs", str(jobs), "--no-progress"], cwd=ROOT)
    step = run_step(KG + ["build", str(source), "-o", str(out), "--update", "--jobs", str(jobs), "--no-progress"], cwd=ROOT)
    match = re.search(r"update: (\d+) posts reused, (\d+) extracted; (\d+) validated", step["stderr"])
    step.update(new_messages=new_messages, jobs=jobs, same_bytes=_same_file(out, full),
                reused=int(match.group(1)), extracted=int(match.group(2)), trusted=int(match.group(3)))
    for path in (older, out, Path(str(out) + ".kgcache")):
        path.unlink(missing_ok=True)
    return _public(step)


_QUERY_CHILD = r"""
import json, statistics, sys, time
sys.path.insert(0, sys.argv[1])
from kg import queries
from kg.sparql import LocalSource
import pyoxigraph as ox

store_dir, name, runs, slow, params = sys.argv[2], sys.argv[3], int(sys.argv[4]), float(sys.argv[5]), json.loads(sys.argv[6])
opened = time.perf_counter()
source = LocalSource.from_store(store_dir)
open_ms = (time.perf_counter() - opened) * 1000

def consume(result):
    if isinstance(result, ox.QueryBoolean):
        return 1
    return sum(1 for _ in result)  # solutions or triples

if name == "__structural__":
    KG = "https://w3id.org/tgkg/ontology#"
    counts = {}
    for label, pattern in [("rdf:type kg:Post", f"?s a <{KG}Post>"), ("kg:messageId", f"?s <{KG}messageId> ?o"),
                           ("kg:published", f"?s <{KG}published> ?o"), ("kg:channel", f"?s <{KG}channel> ?o"),
                           ("kg:forwardedFrom", f"?s <{KG}forwardedFrom> ?o"), ("kg:hashtag", f"?s <{KG}hashtag> ?o")]:
        counts[label] = int(source.rows(f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}")[0]["n"])
    print(json.dumps(counts))
    sys.exit(0)
stored = queries.find(name)
text = queries.bind(stored, params)
source = source.reading(stored.reads)  # as kg query runs it
start = time.perf_counter()
rows = consume(source.query(text))  # the warm-up
warm = time.perf_counter() - start
times = []
if warm < slow:  # a query slower than that is timed once: its warm-up is the figure
    for _ in range(runs):
        start = time.perf_counter()
        rows = consume(source.query(text))
        times.append(time.perf_counter() - start)
figure = statistics.median(times) if times else warm
extra = {}
if name.startswith("report-"):  # also as kg report runs it: without the final ORDER BY (it sorts itself)
    from kg.reportdata import _unordered
    unordered = _unordered(text)
    if unordered != text:
        spent = []
        for _ in range(max(runs, 1)):
            start = time.perf_counter()
            consume(source.query(unordered))
            spent.append(time.perf_counter() - start)
        extra["unordered_ms"] = round(statistics.median(spent) * 1000, 2)
print(json.dumps({"median_ms": round(figure * 1000, 2), "warmup_ms": round(warm * 1000, 2),
                  "runs_ms": [round(t * 1000, 2) for t in times], "rows": rows, "form": stored.form,
                  "params": params, "open_ms": round(open_ms, 2)} | extra))
"""


def query_step(store: Path, runs: int, slow: float, timeout: float) -> tuple[dict, dict]:
    """Every stored query, each in its own process (killed after ``timeout`` seconds); and kg's
    counts of the triples the peer makes."""
    from kg import queries

    results: dict = {}
    for stored in queries.stored():
        params = REQUIRED_VALUES.get(stored.name, {})
        cmd = [sys.executable, "-c", _QUERY_CHILD, str(ROOT), str(store), stored.name, str(runs), str(slow), json.dumps(params)]
        try:
            out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            results[stored.name] = {"timeout_s": timeout, "median_ms": None, "form": stored.form, "params": params,
                                    "lookup": stored.name in LOOKUPS}
            print(f"    {stored.name}: over {timeout:.0f} s, stopped", flush=True)
            continue
        if out.returncode != 0:
            raise RuntimeError(f"query {stored.name} failed:\n{out.stderr[-2000:]}")
        results[stored.name] = json.loads(out.stdout.strip().splitlines()[-1]) | {"lookup": stored.name in LOOKUPS}
    out = subprocess.run([sys.executable, "-c", _QUERY_CHILD, str(ROOT), str(store), "__structural__", "0", "0", "{}"],
                         cwd=ROOT, capture_output=True, text=True, check=True)
    return results, json.loads(out.stdout.strip().splitlines()[-1])


def find_peer_python(given: str | None) -> tuple[str | None, str]:
    """A Python that can import morph_kgc: --peer-python, this one, or bench/.venv-peer; or a reason why none."""
    candidates = [given] if given else [sys.executable, str(PEER_VENV_PYTHON)]
    for candidate in candidates:
        if not candidate or not Path(candidate).exists():
            continue
        probe = subprocess.run([candidate, "-c", "import morph_kgc"], capture_output=True)
        if probe.returncode == 0:
            return candidate, ""
    return None, ("Morph-KGC not found: the peer comparison is skipped. Install it beside kg's venv "
                  "(it pins pyoxigraph 0.3 and rdflib < 7.3, which kg cannot use): "
                  "python3 -m venv bench/.venv-peer && bench/.venv-peer/bin/pip install morph-kgc "
                  "(or pass --peer-python PATH)")


def peer_step(peer_python: str, source: Path, workdir: Path, processes: int) -> dict:
    output = workdir / f"peer-p{processes}.nt"
    output.unlink(missing_ok=True)
    config = workdir / f"peer-p{processes}.ini"
    config.write_text(
        "[CONFIGURATION]\n"
        f"output_file = {output}\n"
        "output_format = N-TRIPLES\n"
        f"number_of_processes = {processes}\n"
        "logging_level = WARNING\n\n"
        "[Telegram]\n"
        f"mappings = {BENCH / 'mapping.rml.ttl'}\n"
        f"file_path = {source}\n",
        encoding="utf-8",
    )
    step = run_step([peer_python, "-m", "morph_kgc", str(config)], cwd=workdir)
    predicates: dict[str, int] = {}
    triples = 0
    with open(output, "rb") as handle:
        for line in handle:
            triples += 1
            parts = line.split(b" ", 2)
            if len(parts) > 1:
                key = parts[1].decode().rsplit("#", 1)[-1].rstrip(">")
                predicates[key] = predicates.get(key, 0) + 1
    step.update(triples=triples, triples_per_s=round(triples / step["seconds"]), predicates=predicates,
                processes=processes)
    step["stderr"] = "\n".join(line for line in step["stderr"].splitlines() if "[jsonpath]" not in line)
    output.unlink(missing_ok=True)
    return step


def generate_step(path: Path, posts: int, fmt: str, seed: int) -> dict:
    step = run_step([sys.executable, str(BENCH / "generate.py"), "--posts", str(posts), "--format", fmt,
                     "--seed", str(seed), "-o", str(path)], cwd=ROOT)
    stats = json.loads(step["stderr"].strip().splitlines()[-1])
    step.update(stats=stats, mb=round(path.stat().st_size / 2**20, 1))
    return step


def profile_step(source: Path, output: Path, top: int = 10) -> dict:
    """cProfile of one build (--jobs 1, no validation): the top functions by total (own) time."""
    prof = output.with_suffix(".prof")
    run_step([sys.executable, "-m", "cProfile", "-o", str(prof), "-m", "kg", "build", str(source), "-o", str(output),
              "--jobs", "1", "--no-validate", "--no-progress"], cwd=ROOT)
    import pstats

    stats = pstats.Stats(str(prof))
    rows = []
    for (filename, line, name), (cc, nc, tottime, cumtime, _) in sorted(stats.stats.items(), key=lambda kv: -kv[1][2])[:top]:
        where = filename.replace(str(ROOT) + "/", "")
        where = re.sub(r".*/site-packages/", "", where)
        rows.append({"function": f"{where}:{line}({name})", "calls": nc, "tottime_s": round(tottime, 2),
                     "cumtime_s": round(cumtime, 2)})
    return {"total_s": round(stats.total_tt, 2), "top": rows}


# -- the run -------------------------------------------------------------------------------------

def run_size(n: int, args, workdir: Path, peer_python: str | None) -> dict:
    print(f"\n== {n:,} messages (load {os.getloadavg()[0]:.2f})", flush=True)
    folder = workdir / f"n{n}"
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "result.json"
    res: dict = {"messages": n}
    gen = generate_step(source, n, "json", args.seed)
    res["generate"] = _public(gen)
    print(f"  generated {gen['mb']} MB in {gen['seconds']:.1f} s", flush=True)

    outputs = {}
    for jobs in args.jobs:
        out = folder / f"kg-j{jobs}.ttl"
        step = build_step(source, out, jobs)
        outputs[jobs] = out
        res[f"build_j{jobs}"] = _public(step)
        print(f"  kg build --jobs {jobs}: {step['posts']} posts, {step['triples']} triples in {step['seconds']:.1f} s "
              f"= {step['posts_per_s']:.0f} posts/s, {step['triples_per_s']:,} triples/s; peak RSS {step['peak_rss_mb']} MB "
              f"(tree {step['peak_tree_pss_mb']} MB)", flush=True)
    first = outputs[args.jobs[0]]
    res["build_outputs_identical"] = all(_same_file(first, other) for other in outputs.values())
    res["graph_mb"] = round(first.stat().st_size / 2**20, 1)

    if not args.no_validate:
        most = max(args.jobs)  # validation as a user runs it: on every core, like the build it follows
        step = run_step(KG + ["validate", str(first), "--jobs", str(most)], cwd=ROOT, check=False)
        step["conforms"] = step["exit"] == 0
        step["jobs"] = most
        res["validate"] = _public(step)
        print(f"  kg validate: {step['seconds']:.1f} s, exit {step['exit']}, peak RSS {step['peak_rss_mb']} MB", flush=True)
        if n <= args.build_validate_max:
            step = build_step(source, folder / "kg-validated.ttl", most, validate=True)
            res["build_validate"] = _public(step)
            print(f"  kg build (validating) --jobs {most}: {step['seconds']:.1f} s, conforms {step['conforms']}", flush=True)
            (folder / "kg-validated.ttl").unlink(missing_ok=True)
            res["update"] = update_step(source, folder, most, first)
            u = res["update"]
            print(f"  kg build --update after {u['new_messages']} new messages: {u['seconds']:.1f} s "
                  f"({u['reused']} reused, {u['extracted']} extracted; same bytes as a full build: {u['same_bytes']})",
                  flush=True)

    store = folder / "store"
    step = run_step(KG + ["load", str(first), "--store", str(store)], cwd=ROOT)
    match = re.search(r"kg load: (\d+) triples", step["stderr"])
    loaded = int(match.group(1)) if match else 0
    step.update(triples=loaded, triples_per_s=round(loaded / step["seconds"]))
    res["load"] = _public(step)
    print(f"  kg load: {loaded} triples in {step['seconds']:.1f} s = {step['triples_per_s']:,} triples/s; "
          f"peak RSS {step['peak_rss_mb']} MB", flush=True)

    res["queries"], res["kg_structural_triples"] = query_step(store, args.query_runs, args.slow_query, args.query_timeout)
    slowest = max(res["queries"].items(), key=lambda kv: _ms(kv[1]))
    print(f"  queries: {len(res['queries'])} stored queries, slowest {slowest[0]} {_show_ms(slowest[1])}", flush=True)

    res["report"] = report_step(store, folder)
    rendered = res["report"].get("render_s")
    print(f"  kg report: {res['report']['mb']} MB in {res['report']['seconds']:.1f} s; "
          f"drawn in headless Chromium in {rendered if rendered is not None else 'n/a'} s", flush=True)

    if peer_python:
        for processes in args.peer_processes:
            step = peer_step(peer_python, source, folder, processes)
            res[f"peer_p{processes}"] = _public(step) | {"stderr_tail": step["stderr"][-500:]}
            print(f"  Morph-KGC ({processes} process{'es' if processes > 1 else ''}): {step['triples']} triples in "
                  f"{step['seconds']:.1f} s; peak RSS {step['peak_rss_mb']} MB (tree {step['peak_tree_pss_mb']} MB)", flush=True)
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    res["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    return res


def report_step(store: Path, folder: Path) -> dict:
    """``kg report`` of the loaded store: time, size, and the time headless Chromium takes to draw it
    (until the page marks itself ready), where Chromium, chromedriver and Selenium are installed."""
    page = folder / "report.html"
    step = run_step(KG + ["report", "--store", str(store), "-o", str(page)], cwd=ROOT)
    step["mb"] = round(page.stat().st_size / 2**20, 2)
    step["render_s"] = _render_seconds(page)
    return _public(step) | {"mb": step["mb"], "render_s": step["render_s"]}


def _render_seconds(page: Path) -> float | None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        return None
    if not chromium or not driver_path:
        return None
    import tempfile

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    profile = tempfile.mkdtemp(prefix="kg-bench-chromium-")
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", f"--user-data-dir={profile}", "--window-size=1280,900"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    try:
        start = time.perf_counter()
        driver.get(page.resolve().as_uri())
        while time.perf_counter() - start < 120:
            if driver.execute_script("return document.body && document.body.dataset.ready"):
                return round(time.perf_counter() - start, 2)
            time.sleep(0.05)
        return None
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _ms(query: dict) -> float:
    """A query's figure in ms, a stopped query counting as its time limit."""
    return query["median_ms"] if query.get("median_ms") is not None else query["timeout_s"] * 1000


def _show_ms(query: dict) -> str:
    if query.get("median_ms") is None:
        return f"> {query['timeout_s']:.0f} s (stopped)"
    once = " (1 run)" if not query.get("runs_ms") else ""
    return f"{query['median_ms']:,.1f} ms{once}" if query["median_ms"] < 10_000 else f"{query['median_ms'] / 1000:,.1f} s{once}"


def _tree(step: dict) -> float:
    """Peak memory of a step's process tree: summed PSS (older results files: summed RSS)."""
    return step.get("peak_tree_pss_mb", step.get("peak_tree_rss_mb", 0.0))


def _same_file(a: Path, b: Path) -> bool:
    if a.stat().st_size != b.stat().st_size:
        return False
    with open(a, "rb") as x, open(b, "rb") as y:
        while True:
            chunk = x.read(1 << 20)
            if chunk != y.read(1 << 20):
                return False
            if not chunk:
                return True


def text_run(n: int, args, workdir: Path) -> dict:
    folder = workdir / f"text{n}"
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "copy.txt"
    gen = generate_step(source, n, "text", args.seed)
    res: dict = {"posts": n, "generate": _public(gen)}
    for jobs in args.jobs:
        step = build_step(source, folder / f"kg-j{jobs}.ttl", jobs)
        res[f"build_j{jobs}"] = _public(step)
        print(f"  text copy, kg build --jobs {jobs}: {step['posts']} posts in {step['seconds']:.1f} s = "
              f"{step['posts_per_s']:.0f} posts/s; peak RSS {step['peak_rss_mb']} MB", flush=True)
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    return res


def startup_run(args, workdir: Path) -> dict:
    """The fixed cost of a build: a one-message export (imports, gazetteer, shapes)."""
    folder = workdir / "startup"
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "result.json"
    generate_step(source, 1, "json", args.seed)
    step = build_step(source, folder / "one.ttl", 1)
    shutil.rmtree(folder, ignore_errors=True)
    return _public(step)


def print_table(results: dict) -> str:
    """The results as a Markdown table (also printed)."""
    lines = []
    sizes = results["sizes"]
    text = results.get("text")
    if text:
        lines.append(f"plain-text copy of {text['posts']:,} posts: " + ", ".join(
            f"--jobs {k[7:]} {v['seconds']:.1f} s = {v['posts_per_s']:,.0f} posts/s ({v['posts'] / v['cpu_seconds']:,.0f} per CPU-s)"
            for k, v in text.items() if k.startswith("build_j")))
    if not sizes:
        print("\n".join(lines))
        return "\n".join(lines)
    head = "| step | " + " | ".join(f"{s['messages']:,} msgs" for s in sizes) + " |"
    lines += [head, "|---|" + "---|" * len(sizes)]

    def row(label: str, cell) -> None:
        lines.append(f"| {label} | " + " | ".join(cell(s) for s in sizes) + " |")

    def get(s: dict, *keys):
        for key in keys:
            s = s.get(key) if isinstance(s, dict) else None
        return s

    row("export size (MB)", lambda s: f"{s['generate']['mb']}")
    row("posts (kg)", lambda s: f"{s['build_j1']['posts']:,}" if "build_j1" in s else "–")
    row("triples (kg)", lambda s: f"{s['build_j1']['triples']:,}" if "build_j1" in s else "–")
    for jobs in results["options"]["jobs"]:
        key = f"build_j{jobs}"
        row(f"kg build --jobs {jobs}: s", lambda s, k=key: f"{s[k]['seconds']:.1f}")
        row(f"kg build --jobs {jobs}: posts/s", lambda s, k=key: f"{s[k]['posts_per_s']:,.0f}")
        row(f"kg build --jobs {jobs}: triples/s", lambda s, k=key: f"{s[k]['triples_per_s']:,}")
        row(f"kg build --jobs {jobs}: posts per CPU-second", lambda s, k=key: f"{s[k]['posts'] / s[k]['cpu_seconds']:,.0f}")
        row(f"kg build --jobs {jobs}: peak MB (largest RSS / tree)",
            lambda s, k=key: f"{s[k]['peak_rss_mb']:.0f} / {_tree(s[k]):.0f}")
    if len(results["options"]["jobs"]) > 1:
        a, b = results["options"]["jobs"][:2]
        row(f"speed-up --jobs {b} vs {a}", lambda s: f"{s[f'build_j{a}']['seconds'] / s[f'build_j{b}']['seconds']:.2f}x")
    vj = max(results["options"]["jobs"])
    row(f"kg validate --jobs {vj}: s", lambda s: f"{s['validate']['seconds']:.1f}" if "validate" in s else "–")
    row(f"kg validate / build, both --jobs {vj}",
        lambda s: f"{s['validate']['seconds'] / s[f'build_j{vj}']['seconds']:.1f}x" if "validate" in s else "–")
    row("kg validate: peak RSS MB", lambda s: f"{s['validate']['peak_rss_mb']:.0f}" if "validate" in s else "–")
    row(f"kg build (validating) --jobs {vj}: s", lambda s: f"{s['build_validate']['seconds']:.1f}" if "build_validate" in s else "–")
    row("kg build --update after 1% more messages: s",
        lambda s: f"{s['update']['seconds']:.1f} ({s['update']['seconds'] / s['build_validate']['seconds']:.0%} of a "
                  "validating build)" if "update" in s else "–")
    row("kg validate: CPU s", lambda s: f"{s['validate']['cpu_seconds']:.1f}" if "validate" in s else "–")
    row("kg load: s", lambda s: f"{s['load']['seconds']:.1f}")
    row("kg load: triples/s", lambda s: f"{s['load']['triples_per_s']:,}")
    row("kg load: peak RSS MB", lambda s: f"{s['load']['peak_rss_mb']:.0f}")
    def slowest(s: dict, lookups: bool) -> str:
        name, query = max(((k, v) for k, v in s["queries"].items() if v["lookup"] or not lookups), key=lambda kv: _ms(kv[1]))
        return f"{_show_ms(query)} ({name})"

    row("slowest stored query", lambda s: slowest(s, False))
    row("slowest lookup query", lambda s: slowest(s, True))
    row("stored queries under 1 s", lambda s: f"{sum(_ms(v) < 1000 for v in s['queries'].values())} of {len(s['queries'])}")
    for p in results["options"]["peer_processes"]:
        key = f"peer_p{p}"
        if any(key in s for s in sizes):
            row(f"Morph-KGC ({p} proc): s", lambda s, k=key: f"{s[k]['seconds']:.1f}" if k in s else "–")
            row(f"Morph-KGC ({p} proc): triples", lambda s, k=key: f"{s[k]['triples']:,}" if k in s else "–")
            row(f"Morph-KGC ({p} proc): peak MB (largest RSS / tree)",
                lambda s, k=key: f"{s[k]['peak_rss_mb']:.0f} / {_tree(s[k]):.0f}" if k in s else "–")
            for jobs in results["options"]["jobs"]:  # every kg build timed, against this peer run
                if f"build_j{jobs}" in sizes[0]:
                    row(f"kg --jobs {jobs} time / Morph-KGC ({p} proc) time",
                        lambda s, k=key, j=jobs: f"{s[f'build_j{j}']['seconds'] / s[k]['seconds']:.2f}" if k in s else "–")
    row("kg structural triples (the peer's predicates)", lambda s: f"{sum(s['kg_structural_triples'].values()):,}")
    row("load average (start → end)", lambda s: f"{s['generate']['load_before']:.2f} → {s['load_average_end'][0]:.2f}")
    table = "\n".join(lines)
    print("\n" + table)
    queries = ["", "| stored query (median of %d after a warm-up) | " % results["options"]["query_runs"]
               + " | ".join(f"{s['messages']:,} msgs" for s in sizes) + " | rows at largest |",
               "|---|" + "---|" * (len(sizes) + 1)]
    for name in sorted(sizes[0]["queries"]):
        lookup = " (lookup)" if sizes[0]["queries"][name]["lookup"] else ""
        rows = sizes[-1]["queries"][name].get("rows")
        cells = " | ".join(_show_ms(s["queries"][name]) + (f" (kg report: {s['queries'][name]['unordered_ms']:,.1f} ms)"
                                                           if "unordered_ms" in s["queries"][name] else "") for s in sizes)
        queries.append(f"| {name}{lookup} | {cells} | {'–' if rows is None else f'{rows:,}'} |")
    print("\n".join(queries))
    return table + "\n" + "\n".join(queries)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="messages per export, comma-separated (1000,10000,100000)")
    parser.add_argument("--jobs", default="1,2", help="kg build --jobs values to time (1,2)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--query-runs", type=int, default=3, help="timed runs per query, after one warm-up (3)")
    parser.add_argument("--slow-query", type=float, default=10.0,
                        help="a query whose warm-up takes longer than this many seconds is timed once (10)")
    parser.add_argument("--query-timeout", type=float, default=180.0,
                        help="stop a query (its process) after this many seconds (180)")
    parser.add_argument("--text-size", type=int, default=10000, help="posts in the plain-text copy to build (10000; 0: skip)")
    parser.add_argument("--peer-python", help="a Python with morph_kgc (default: this one, else bench/.venv-peer/bin/python)")
    parser.add_argument("--peer-processes", default="1", help="Morph-KGC number_of_processes values to time (1)")
    parser.add_argument("--no-peer", action="store_true", help="skip the Morph-KGC comparison")
    parser.add_argument("--no-validate", action="store_true", help="skip kg validate")
    parser.add_argument("--build-validate-max", type=int, default=100000,
                        help="also time a validating build (kg build's default) and an update up to this size (100000)")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="cProfile one build of an N-message export")
    parser.add_argument("--quick", action="store_true", help="no peer, no text copy, no validating build")
    parser.add_argument("--workdir", help="where exports, graphs and stores go (default: a temporary directory)")
    parser.add_argument("--keep", action="store_true", help="keep the work directory")
    parser.add_argument("--report", metavar="RESULTS", help="print the tables of an earlier results file and stop")
    parser.add_argument("-o", "--output", default=str(BENCH / "results.json"), help="results file (bench/results.json)")
    args = parser.parse_args(argv)
    if args.report:
        print_table(json.loads(Path(args.report).read_text(encoding="utf-8")))
        return 0
    args.jobs = [int(j) for j in args.jobs.split(",")]
    args.peer_processes = [int(p) for p in args.peer_processes.split(",")]
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if args.quick:
        args.no_peer, args.text_size, args.build_validate_max = True, 0, 0

    peer_python, why = (None, "skipped (--no-peer)") if args.no_peer else find_peer_python(args.peer_python)
    if not peer_python:
        print(why, file=sys.stderr)
    results: dict = {"machine": machine_info(peer_python), "command": " ".join([Path(sys.executable).name] + sys.argv),
                     "options": {"sizes": sizes, "jobs": args.jobs, "seed": args.seed, "query_runs": args.query_runs,
                                 "slow_query_s": args.slow_query, "query_timeout_s": args.query_timeout,
                                 "peer_processes": args.peer_processes if peer_python else [],
                                 "required_query_params": REQUIRED_VALUES},
                     "peer": {"python": peer_python, "note": why} if not peer_python else {"python": peer_python},
                     "sizes": []}
    m = results["machine"]
    print(f"{m['platform']}; {m['cpu']}; {m['cores']} cores; {m['ram_gb']} GB; Python {m['python']}; "
          f"load {m['load_average_start']}", flush=True)
    workdir = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="kg-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        results["startup"] = startup_run(args, workdir)
        print(f"startup (a one-message build): {results['startup']['seconds']:.1f} s, "
              f"peak RSS {results['startup']['peak_rss_mb']} MB", flush=True)
        for n in sizes:
            results["sizes"].append(run_size(n, args, workdir, peer_python))
            _write(results, args.output)  # partial results survive an interrupted run
        if args.text_size:
            print(f"\n== plain-text copy of {args.text_size:,} posts", flush=True)
            results["text"] = text_run(args.text_size, args, workdir)
        if args.profile:
            print(f"\n== cProfile of a {args.profile:,}-message build (--jobs 1, --no-validate)", flush=True)
            folder = workdir / "profile"
            folder.mkdir(exist_ok=True)
            generate_step(folder / "result.json", args.profile, "json", args.seed)
            results["profile"] = profile_step(folder / "result.json", folder / "out.ttl")
            for row in results["profile"]["top"]:
                print(f"  {row['tottime_s']:>7.2f} s  {row['calls']:>10,}  {row['function']}")
    finally:
        if not args.keep and not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    results["machine"]["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    results["table_markdown"] = print_table(results)
    _write(results, args.output)
    print(f"\nresults: {args.output}")
    return 0


def _write(results: dict, path: str) -> None:
    Path(path).write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
