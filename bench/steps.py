"""The steps of kg's benchmark (bench/run.py), each run in a fresh subprocess so that its peak memory is its
own (bench/measure.py): generating an export, kg build (and --update), every stored query on a loaded store,
kg report and its drawing in headless Chromium, a cProfile of one build, and the peer, Morph-KGC, on the same
export."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from measure import ROOT, _public, run_step  # (bench/ is on the path: run.py puts it there)

BENCH = ROOT / "bench"
PEER_VENV_PYTHON = BENCH / ".venv-peer" / "bin" / "python"
KG = [sys.executable, "-m", "kg"]

# Stored queries whose defaults (or the value given here) pick one entity: the "lookups", whose target is 50 ms.
LOOKUPS = {"has-met", "where-has-been", "events-in-city", "posts-mentioning"}
# Values for required parameters (the only one: posts-mentioning's name).
REQUIRED_VALUES = {"posts-mentioning": {"name": "Wang Yi"}}


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
