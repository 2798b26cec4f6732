"""Measure time and peak memory of reading a large Telegram JSON export with kg's streaming reader.

Generates a synthetic export (100k messages by default) with ``tests/telegram_factory.py`` into a
temporary directory, then reads it in a fresh Python process, so that the peak resident set size
(``ru_maxrss``) is the reader's alone and not this script's. Exits 1 when the peak is over the limit.

    .venv/bin/python bench/measure_json_memory.py [--messages 100000] [--limit-mb 300]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.telegram_factory import write_export  # noqa: E402

# Runs in the child process: argv[1] is the repository, argv[2] the export.
_CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from kg.readers.telegram_json import read_telegram_json

def peak_mb():
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)  # bytes on macOS, KiB on Linux

before = peak_mb()
problems = []
count = 0
start = time.perf_counter()
with open(sys.argv[2], "rb") as stream:
    for post in read_telegram_json(sys.argv[2], stream, problems.append):
        count += 1
seconds = time.perf_counter() - start
print(json.dumps({"posts": count, "problems": len(problems), "seconds": round(seconds, 2),
                  "peak_rss_mb_after_imports": round(before, 1), "peak_rss_mb": round(peak_mb(), 1)}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=100_000, help="messages in the export (100000)")
    parser.add_argument("--limit-mb", type=float, default=300.0, help="peak RSS allowed, in MB (300)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as folder:
        path = Path(folder) / "result.json"
        start = time.perf_counter()
        stats = write_export(path, args.messages)
        size_mb = path.stat().st_size / 2**20
        print(f"export: {stats.messages} messages ({stats.service} service, {stats.posts} posts), "
              f"{size_mb:.1f} MB, written in {time.perf_counter() - start:.1f} s")
        child = subprocess.run(
            [sys.executable, "-c", _CHILD, str(ROOT), str(path)],
            capture_output=True, text=True, check=False,
        )
    if child.returncode != 0:
        print(child.stderr, file=sys.stderr)
        return 2
    result = json.loads(child.stdout.strip().splitlines()[-1])
    print(f"read:   {result['posts']} posts, {result['problems']} problems, {result['seconds']} s "
          f"({result['posts'] / max(result['seconds'], 1e-9):.0f} posts/s)")
    print(f"memory: peak RSS {result['peak_rss_mb']} MB "
          f"(after imports {result['peak_rss_mb_after_imports']} MB; limit {args.limit_mb:g} MB)")
    ok = result["posts"] == stats.posts and result["peak_rss_mb"] < args.limit_mb
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
