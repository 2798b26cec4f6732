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
import re
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # its sibling modules, however it is run
from measure import ROOT, _public, machine_info, run_step  # noqa: E402
from steps import (BENCH, KG, REQUIRED_VALUES, _same_file, build_step, find_peer_python, generate_step,  # noqa: E402
                   peer_step, profile_step, query_step, report_step, update_step)

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
