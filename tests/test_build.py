"""`kg build`: deterministic, blank-node-free, valid output in every format, written atomically."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.builder import BuildOptions, build
from kg.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SEEDS = str(ROOT / "seeds")
KG = "https://w3id.org/tgkg/ontology#"


@pytest.fixture(scope="module")
def seeds_graph(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("build") / "seeds.ttl"
    summary = build([SEEDS], str(out))
    assert summary.posts == 67 and summary.violations == 0
    return out


def _store(path: Path, fmt=ox.RdfFormat.TURTLE) -> ox.Store:
    store = ox.Store()
    store.load(path=str(path), format=fmt)
    return store


def test_building_twice_gives_identical_bytes_whatever_the_hash_seed(tmp_path, seeds_graph):
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"again-{seed}.ttl"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-m", "kg", "build", SEEDS, "-o", str(out)], env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == seeds_graph.read_bytes()


def test_output_has_no_blank_nodes_and_one_event_per_post(seeds_graph):
    store = _store(seeds_graph)
    for quad in store:
        assert not isinstance(quad.subject, ox.BlankNode) and not isinstance(quad.object, ox.BlankNode)
    posts = list(store.query(f"SELECT ?p WHERE {{ ?p a <{KG}Post> }}"))
    reports = list(store.query(f"SELECT ?p ?e WHERE {{ ?p <{KG}reports> ?e . ?e a <{KG}Event> }}"))
    assert len(posts) == len(reports) == 67


@pytest.mark.parametrize("fmt, ox_format", [
    ("nt", ox.RdfFormat.N_TRIPLES), ("nq", ox.RdfFormat.N_QUADS), ("trig", ox.RdfFormat.TRIG), ("jsonld", ox.RdfFormat.JSON_LD),
])
def test_every_format_holds_the_same_triples(tmp_path, seeds_graph, fmt, ox_format):
    out = tmp_path / f"seeds.{fmt}"
    build([SEEDS], str(out), BuildOptions(fmt=fmt, validate=False))
    turtle = {(q.subject, q.predicate, q.object) for q in _store(seeds_graph)}
    other = {(q.subject, q.predicate, q.object) for q in _store(out, ox_format)}
    assert other == turtle


def test_a_failed_build_leaves_the_previous_output_untouched_and_no_temporary_file(tmp_path):
    out = tmp_path / "graph.ttl"
    out.write_text("previous\n")
    broken = tmp_path / "broken.json"
    broken.write_bytes((ROOT / "tests/data/telegram/truncated.json").read_bytes())
    result = CliRunner().invoke(cli, ["build", SEEDS, str(broken), "-o", str(out)])
    assert result.exit_code == 2 and "truncated" in result.stderr
    assert out.read_text() == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.json", "graph.ttl"]


EXPORT = str(ROOT / "tests/data/telegram/channel_export.json")


@pytest.mark.parametrize("command", ["build", "report"])
@pytest.mark.parametrize("dangling", [False, True], ids=["to a file", "dangling"])
def test_output_to_a_symbolic_link_replaces_the_file_it_points_at_and_keeps_the_link(tmp_path, seeds_graph, command,
                                                                                     dangling):
    """Regression: -o through a symbolic link replaced the link with a regular file and left the
    file it pointed at as it was (the new file was renamed over the link)."""
    command = ["build", EXPORT, "--no-validate"] if command == "build" else ["report", "--data", str(seeds_graph)]
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "out.data"
    if not dangling:
        target.write_text("previous\n")
    link = tmp_path / "link.data"
    link.symlink_to(target)
    result = CliRunner().invoke(cli, [*command, "-o", str(link)])
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.stat().st_size > 1000 and not target.read_bytes().startswith(b"previous")
    assert sorted(p.name for p in (tmp_path / "real").iterdir()) == ["out.data"], "no temporary file left"


def test_output_to_a_named_pipe_is_written_into_not_replaced_by_a_file(tmp_path):
    """Regression: -o to a device or a named pipe (/dev/stdout, /dev/null, a FIFO) renamed a new
    file over it: `kg report … -o /dev/stdout` printed nothing and, run as root, turned
    /dev/stdout into a regular file. A FIFO stands for them here (replacing /dev/null in a test
    that fails would break the machine)."""
    import stat
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = CliRunner().invoke(cli, ["build", EXPORT, "--no-validate", "-o", str(fifo)])
    reader.join(timeout=60)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(os.stat(fifo).st_mode), "the pipe is still a pipe"
    assert received and b"@prefix" in received[0] and received[0].rstrip().endswith(b".")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"], "no temporary file beside it"


def test_build_to_standard_output_with_summary_on_standard_error():
    result = CliRunner().invoke(cli, ["build", str(ROOT / "tests/data/telegram/channel_export.json")])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("@prefix")
    assert "9 posts" in result.stderr and "validation: conforms" in result.stderr
    store = ox.Store()
    store.load(result.stdout.encode(), format=ox.RdfFormat.TURTLE)
    ids = sorted(int(b["id"].value) for b in store.query(f"SELECT ?id WHERE {{ ?p <{KG}messageId> ?id }}"))
    assert ids == [2, 3, 4, 5, 6, 7, 8, 10, 11]


def test_base_iri_is_checked_and_used(tmp_path):
    bad = CliRunner().invoke(cli, ["build", SEEDS, "--base", "not an iri", "-o", str(tmp_path / "x.ttl")])
    assert bad.exit_code == 2 and "base IRI" in bad.stderr
    out = tmp_path / "based.ttl"
    build([SEEDS], str(out), BuildOptions(base="https://example.org/kg/", validate=False))
    subjects = {q.subject.value for q in _store(out)}
    assert all(s.startswith("https://example.org/kg/") for s in subjects)


def test_unknown_format_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(cli, ["build", SEEDS, "--format", "xml"])
    assert result.exit_code == 2


def test_spans_point_at_the_words_of_each_mention(tmp_path):
    out = tmp_path / "spans.ttl"
    summary = build([SEEDS], str(out), BuildOptions(spans=True))
    assert summary.violations == 0
    store = _store(out)
    rows = list(store.query(f"""PREFIX kg: <{KG}>
        SELECT ?surface ?start ?end ?text WHERE {{
          ?m a kg:Mention ; kg:surface ?surface ; kg:start ?start ; kg:end ?end ; kg:inPost ?p . ?p kg:text ?text }}"""))
    assert len(rows) > 500
    for row in rows:
        text, start, end = row["text"].value, int(row["start"].value), int(row["end"].value)
        assert text[start:end] == row["surface"].value


def test_kill_9_during_a_build_leaves_the_previous_output_and_no_temporary_file(tmp_path):
    import signal
    import time

    from telegram_factory import write_export

    export = tmp_path / "result.json"
    write_export(export, 3000)
    out = tmp_path / "graph.ttl"
    out.write_text("previous\n")
    process = subprocess.Popen([sys.executable, "-m", "kg", "build", str(export), "-o", str(out), "--no-validate"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    temporary = []
    while time.time() < deadline and process.poll() is None:
        temporary = [p for p in tmp_path.iterdir() if p.name.startswith(".graph.ttl.") and p.stat().st_size > 10_000]
        if temporary:
            break
        time.sleep(0.02)
    assert temporary, "the build never started writing"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    time.sleep(1.0)  # the watchdog removes the temporary file
    assert out.read_text() == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl", "result.json"]


def test_jobs_2_gives_the_same_bytes_as_jobs_1(tmp_path, seeds_graph):
    out = tmp_path / "parallel.ttl"
    summary = build([SEEDS], str(out), BuildOptions(jobs=2))
    assert summary.violations == 0
    assert out.read_bytes() == seeds_graph.read_bytes()


def test_the_extractor_compiles_its_grammars_before_workers_fork():
    """Building the extractor (in the builder, before --jobs forks) compiles the grammars of
    dates, offices and cues, so that the workers share them instead of each building them again."""
    built = "[f.cache_info().currsize for f in (dates._grammar, offices.role_starts, cues.event_cues)]"
    code = ("from kg import cues; from kg.extract import Extractor, dates, offices; from kg.gazetteer import default; "
            f"before = {built}; Extractor(default()); print(before, {built})")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[0, 0, 0] [1, 1, 1]"


def test_a_process_pool_freezes_the_parents_objects_until_it_shuts_down():
    """The workers' garbage collector leaves alone what they inherited (no copy-on-write of the
    gazetteer's pages), and the parent's objects are collectable again once the pool is gone."""
    import gc

    from kg.parallel import process_pool

    with process_pool(1) as pool:
        in_parent = gc.get_freeze_count()
        in_worker = pool.submit(gc.get_freeze_count).result()
    assert in_parent > 1000 and in_worker > 1000
    assert gc.get_freeze_count() == 0


def test_jobs_2_loads_the_language_models_before_the_workers_fork(tmp_path):
    """The detectors for Latin and Cyrillic text exist when the pool is made, so the workers share
    them (the JSON reader tells no language itself)."""
    code = ("import sys; from kg import parallel, language; from kg.builder import BuildOptions, build\n"
            "seen, real = [], parallel.process_pool\n"
            "def pool(*args, **kwargs):\n"
            "    seen.append(language._detector.cache_info().currsize)\n"
            "    return real(*args, **kwargs)\n"
            "parallel.process_pool = pool\n"
            "build([sys.argv[1]], sys.argv[2], BuildOptions(jobs=2, validate=False)); print(seen)")
    export = ROOT / "tests" / "data" / "telegram" / "channel_export.json"
    out = tmp_path / "export.ttl"
    done = subprocess.run([sys.executable, "-c", code, str(export), str(out)], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[2]" and out.stat().st_size > 0


def _numbered_slowly(chunk: list[int]) -> list[tuple[int, int]]:
    time.sleep(0.02)
    return [(i, os.getpid()) for i in chunk]


def _numbered(chunk: list[int]) -> list[tuple[int, int]]:
    return [(i, os.getpid()) for i in chunk]


def test_with_jobs_2_the_builder_extracts_while_it_waits_for_its_one_worker():
    """--jobs 2 is the builder and one worker: the builder takes the next batch itself whenever the
    worker's is not ready, instead of waiting (the three processes of a builder and two workers on
    two cores spent more CPU for the same work). Results stay in input order."""
    from kg.parallel import ordered_map

    got = list(ordered_map(_numbered_slowly, range(400), jobs=2, batch=4, local=_numbered))
    assert [i for i, _ in got] == list(range(400))
    by = Counter(pid for _, pid in got)
    assert len(by) == 2 and os.getpid() in by  # the builder and one worker, each with a share
    assert 0 < by[os.getpid()] < 400


def test_a_build_leaves_the_garbage_collectors_threshold_as_it_found_it(tmp_path):
    """build collects cycles less often while it runs (kg.builder._fewer_collections), and puts the
    caller's setting back, also when the build fails."""
    import gc

    before = gc.get_threshold()
    gc.set_threshold(321, 9, 8)
    try:
        build([str(SEEDS)], str(tmp_path / "out.ttl"), BuildOptions(validate=False))
        assert gc.get_threshold() == (321, 9, 8)
        with pytest.raises(Exception):
            build([str(tmp_path / "missing")], str(tmp_path / "out2.ttl"), BuildOptions(validate=False))
        assert gc.get_threshold() == (321, 9, 8)
    finally:
        gc.set_threshold(*before)
