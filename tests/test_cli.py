"""The command line as a user meets it: output, messages for bad input, exit codes."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from click.testing import CliRunner

from kg.builder import BuildOptions, build
from kg.cli import cli

ROOT = Path(__file__).resolve().parents[1]
TELEGRAM = ROOT / "tests" / "data" / "telegram"


def run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_posts_table_on_seeds_counts_every_post():
    result = run("posts", str(ROOT / "seeds"))
    assert result.exit_code == 0
    lines = result.output.strip().splitlines()
    assert lines[-1] == "67 posts"
    assert len(lines) == 68
    assert "Embassy comment" in result.output


def test_posts_jsonl_has_the_documented_keys():
    result = run("posts", str(TELEGRAM / "channel_export.json"), "--format", "jsonl")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert rows and all(
        {"source", "start_line", "end_line", "message_id", "published", "channel", "forwarded_from", "title",
         "text", "language", "hashtags", "links", "has_media"} <= set(row)
        for row in rows
    )
    assert all(row["start_line"] is None and isinstance(row["message_id"], int) for row in rows)


def test_standard_input_is_read_with_a_dash():
    result = run("posts", "-", "--format", "jsonl", "--channel", "Embassy", input="Forwarded from A\nStatement on the Lisbon talks\nText.\n")
    assert result.exit_code == 0
    (row,) = [json.loads(line) for line in result.output.splitlines()]
    assert row["source"] == "<stdin>" and row["channel"] == "Embassy" and row["forwarded_from"] == "A"


def test_one_malformed_message_is_reported_and_the_others_read():
    result = CliRunner().invoke(cli, ["posts", str(TELEGRAM / "bad_message.json")])
    assert result.exit_code == 0
    assert "message 102" in result.stderr
    assert result.stdout.strip().splitlines()[-1].startswith("2 posts, 3 skipped")


@pytest.mark.parametrize(
    "make, expected",
    [
        (lambda d: d / "missing.txt", "no such file or directory"),
        (lambda d: _write(d / "empty.txt", b""), "is empty"),
        (lambda d: _write(d / "blank.txt", b"\n  \n"), "has no text"),
        (lambda d: _write(d / "cp1251.txt", "Заявление министра\n".encode("cp1251")), "cp1251"),
        (lambda d: _empty_dir(d / "nothing"), "holds no file kg can read"),
        (lambda d: _copy(TELEGRAM / "truncated.json", d / "truncated.json"), "truncated"),
        (lambda d: _copy(TELEGRAM / "not_export.json", d / "not_export.json"), "not a Telegram"),
        (lambda d: _write(d / "result.json", b"hello world, not json {"), "is named .json but is not JSON"),
    ],
    ids=["missing", "empty", "blank", "not-utf8", "empty-dir", "truncated-json", "not-an-export", "json-not-json"],
)
def test_bad_input_gives_one_line_naming_the_file_and_exit_2(tmp_path, make, expected):
    path = make(tmp_path)
    result = CliRunner().invoke(cli, ["posts", str(path)])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    first = result.stderr.splitlines()[0]
    assert first.startswith("Error: ") and path.name in first
    assert expected.lower() in result.stderr.lower()
    assert "hint:" in result.stderr


def test_python_dash_m_kg_runs_and_exits_2_without_traceback(tmp_path):
    done = subprocess.run([sys.executable, "-m", "kg", "posts", str(tmp_path / "nope.txt")], capture_output=True, text=True)
    assert done.returncode == 2
    assert done.stderr.startswith("Error: ") and "Traceback" not in done.stderr


def test_unknown_option_is_a_usage_error():
    assert CliRunner().invoke(cli, ["posts", "--no-such-option", "x"]).exit_code == 2


def test_progress_goes_to_standard_error_when_asked():
    result = CliRunner().invoke(cli, ["posts", str(ROOT / "seeds"), "--progress", "--format", "jsonl"])
    assert result.exit_code == 0
    assert "posts" in result.stderr
    assert all(line.startswith("{") for line in result.stdout.splitlines())


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _copy(source: Path, target: Path) -> Path:
    target.write_bytes(source.read_bytes())
    return target


def _empty_dir(path: Path) -> Path:
    path.mkdir()
    (path / "notes.bin").write_bytes(b"\x00")
    return path


def test_a_post_over_the_size_limit_is_a_clear_error_not_exhausted_memory(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("Forwarded from A\nTitle of a post\n" + "x" * 5000 + "\n")
    result = CliRunner().invoke(cli, ["posts", str(path), "--max-post-size", "1000"])
    assert result.exit_code == 2
    assert "huge.txt:3" in result.stderr and "over 1,000 characters" in result.stderr and "--max-post-size" in result.stderr


def test_a_file_over_the_size_limit_is_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("Forwarded from A\nTitle\n" * 100)
    result = CliRunner().invoke(cli, ["build", str(path), "--max-file-size", "100"])
    assert result.exit_code == 2 and "over the limit of 100" in result.stderr


def test_too_many_bad_records_stop_the_run(tmp_path):
    import json

    messages = [{"id": "x", "type": "message"}] * 20 + [{"id": 1, "type": "message", "date_unixtime": "1700000000", "text": "ok"}]
    path = tmp_path / "result.json"
    path.write_text(json.dumps({"name": "C", "type": "public_channel", "id": 1, "messages": messages}))
    result = CliRunner().invoke(cli, ["posts", str(path), "--max-bad-records", "5"])
    assert result.exit_code == 2 and "more than 5 unreadable messages" in result.stderr
    assert result.stderr.count("warning:") == 6  # reported up to the limit, not flooding the terminal


@pytest.mark.parametrize("command", [["build", "--no-validate"], ["posts", "--format", "jsonl"]])
def test_a_reader_that_stops_early_is_not_an_error(command):
    """Regression: `kg build seeds/ | head -1` exited 1, the code of invalid data: click turns a
    broken pipe into exit code 1. The reader closing the pipe is not a failure: exit 0, silently."""
    proc = subprocess.Popen([sys.executable, "-m", "kg", command[0], str(ROOT / "seeds"), *command[1:]],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.stdout.close()  # like `head -1`: the rest of the output (beyond the pipe's buffer) has no reader
    _, err = proc.communicate(timeout=120)
    assert first.strip()
    assert proc.returncode == 0, err.decode("utf-8", "replace")[-2000:]
    assert "Traceback" not in err.decode("utf-8", "replace") and "Error" not in err.decode("utf-8", "replace")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs Linux's /dev/full, a file every write to fails with ENOSPC")
@pytest.mark.parametrize("command", [["posts"], ["query", "who-met-whom", "--format", "csv", "--data"]])
def test_a_full_disk_is_an_input_error_not_invalid_data(command, tmp_path):
    """Regression: output to a full disk (here /dev/full, which fails every write with ENOSPC)
    ended in a traceback and exit code 1, the code of invalid data. It is exit 2 with a message
    and a hint, and nothing more is printed when Python exits."""
    source = ROOT / "seeds"
    if command[0] == "query":
        source = tmp_path / "seeds.ttl"
        build([str(ROOT / "seeds")], str(source), BuildOptions(validate=False))
    with open("/dev/full", "wb") as full:
        proc = subprocess.run([sys.executable, "-m", "kg", *command, str(source)], stdout=full,
                              stderr=subprocess.PIPE, timeout=120)
    err = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 2, err[-2000:]
    assert "Traceback" not in err and "Exception ignored" not in err
    assert "No space left on device" in err and "hint: free space" in err


def test_a_full_disk_while_writing_an_output_names_it_and_leaves_nothing(tmp_path):
    """The error a full disk raises while an output is written (the body of atomic_output fails
    as the write would) names that output, and no partial file is left at its path or beside it."""
    import errno

    from kg.sinks import atomic_output

    target = tmp_path / "out.ttl"
    with pytest.raises(OSError) as raised:
        with atomic_output(str(target)) as handle:
            handle.write(b"<a> <b> <c> .\n")
            raise OSError(errno.ENOSPC, "No space left on device")
    assert raised.value.filename == str(target)
    assert list(tmp_path.iterdir()) == []


def test_a_table_shows_control_characters_escaped_not_raw(tmp_path):
    """Regression: kg query's table (the default format) and kg posts printed a label's NUL and
    right-to-left override as they were: the terminal's line was garbled and grep called the
    output binary. They are shown escaped (\\x00, \\u202e); csv still gives the value as it is."""
    data = tmp_path / "odd.nt"
    data.write_text('<https://example.org/s> <http://www.w3.org/2000/01/rdf-schema#label> '
                    '"nul\\u0000here \\u202Eevil\\u202C tab\\tend" .\n', encoding="utf-8")
    query = tmp_path / "labels.rq"
    query.write_text("SELECT ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label }\n", encoding="utf-8")
    table = CliRunner().invoke(cli, ["query", str(query), "--data", str(data)])
    assert table.exit_code == 0, table.output
    assert "nul\\x00here \\u202eevil\\u202c tab end" in table.stdout
    assert not any(ch in table.stdout for ch in "\x00\u202e\u202c\t")
    csv = CliRunner().invoke(cli, ["query", str(query), "--data", str(data), "--format", "csv"])
    assert "nul\x00here \u202eevil\u202c tab\tend" in csv.stdout

    posts = tmp_path / "copy.txt"
    posts.write_text("Forwarded from Test channel\n🇷🇺 On May 6, 2024, a \u202Eminister\u202C met his counterpart\n",
                     encoding="utf-8")
    listed = CliRunner().invoke(cli, ["posts", str(posts)])
    assert listed.exit_code == 0, listed.output
    assert "\\u202eminister\\u202c" in listed.stdout and "\u202e" not in listed.stdout


@given(st.text())
def test_visible_text_has_no_control_or_bidirectional_characters_left(text):
    import unicodedata

    from kg.textutil import visible

    shown = visible(text)
    assert not any(unicodedata.category(ch) == "Cc" or 0x202A <= ord(ch) <= 0x202E or 0x2066 <= ord(ch) <= 0x2069
                   for ch in shown)
    assert visible(shown) == shown, "escapes are themselves visible"


TINY = '<https://example.org/a> <https://example.org/b> "c" .\n'


def _call_files(tmp: Path) -> dict[str, str]:
    """The files the calls below name: a graph, a channel copy, a regular file, a gazetteer that
    is not Turtle, a gold file whose post has no id."""
    files = {"nt": tmp / "good.nt", "txt": tmp / "copy.txt", "afile": tmp / "afile", "bad": tmp / "bad.ttl",
             "gold": tmp / "gold.json"}
    files["nt"].write_text(TINY)
    files["txt"].write_text("Forwarded from A\nStatement on the Lisbon talks\nText.\n")
    files["afile"].write_text("")
    files["bad"].write_text("this is { not turtle\n")
    files["gold"].write_text('{"posts": [{"foo": 1}]}')
    return {name: str(path) for name, path in files.items()} | {"tmp": str(tmp)}


@pytest.mark.parametrize("args, first_line", [
    (["load", "{nt}", "--store", "{afile}"], "Error: {afile}: is not a directory"),
    (["load", "{nt}", "--store", "{tmp}/st1", "--graph", "not an iri"], "Error: --graph 'not an iri' is not an absolute IRI"),
    (["load", "{nt}", "--store", "{tmp}/st1", "--graph", "relative"], "Error: --graph 'relative' is not an absolute IRI"),
    (["load", "{nt}", "--endpoint", "http://localhost:9/sparql", "--graph", "relative"],
     "Error: --graph 'relative' is not an absolute IRI"),
    (["build", "{txt}", "--graph", "bad iri", "--format", "nq"], "Error: --graph 'bad iri' is not an absolute IRI"),
    (["build", "{txt}", "--gazetteer", "{bad}"], "Error: {bad}: is not valid Turtle: Parser error at line 1"),
    (["score", "{nt}", "--gold", "{gold}"], 'Error: {gold}: post 1 of the gold has no "message_id"'),
    (["query", "counts", "--endpoint", "http://localhost:9/sparql", "--graph", "bad iri"],
     "Error: --graph 'bad iri' is not an absolute IRI"),
    (["report", "--endpoint", "http://localhost:9/sparql", "--graph", "bad iri", "-o", "{tmp}/r.html"],
     "Error: --graph 'bad iri' is not an absolute IRI"),
], ids=["load-store-is-a-file", "load-graph-with-spaces", "load-graph-relative", "load-endpoint-graph-relative",
        "build-graph-with-spaces", "build-gazetteer-not-turtle", "score-gold-post-without-id",
        "query-endpoint-graph-with-spaces", "report-endpoint-graph-with-spaces"])
def test_a_mistake_in_the_call_is_one_error_line_with_a_hint_and_exit_2(tmp_path, args, first_line):
    """Regression: these ended in a Python traceback and exit code 1, the code of invalid data:
    `kg load --store` a regular file (NotADirectoryError), `kg load --graph 'not an iri'` or
    `--graph relative` (ValueError from pyoxigraph, after it had made .st1.versions/1, left behind),
    `kg build --graph 'bad iri' --format nq` (ValueError), `kg build --gazetteer` a file that is not
    Turtle (SyntaxError), `kg score --gold` a file whose post has no message id (KeyError). Now
    each is "Error: ..." naming what is wrong, a hint, and exit code 2, before any work: no store
    version is made, no server is called (port 9 has none)."""
    files = _call_files(tmp_path)
    result = CliRunner().invoke(cli, [a.format(**files) for a in args])
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert lines[0].startswith(first_line.format(**files)), result.stderr
    assert len(lines) == 2 and lines[1].startswith("  hint: "), result.stderr
    assert not list(tmp_path.glob(".*.versions")) and not (tmp_path / "st1").exists()


def test_kg_query_refuses_graph_without_endpoint_as_kg_report_does(tmp_path):
    """Regression: `kg query counts --store st1 --graph X` ignored --graph (it is for --endpoint
    only) and answered from the whole store, as if it had chosen a graph. It is a usage error,
    as in kg report."""
    files = _call_files(tmp_path)
    store = f"{tmp_path}/st1"
    assert CliRunner().invoke(cli, ["load", files["nt"], "--store", store]).exit_code == 0
    assert CliRunner().invoke(cli, ["query", "counts", "--store", store]).exit_code == 0
    for source in (["--store", store], ["--data", files["nt"]]):
        result = CliRunner().invoke(cli, ["query", "counts", *source, "--graph", "https://example.org/g"])
        assert result.exit_code == 2, result.output
        assert result.stderr.startswith("Error: --graph is for --endpoint") and "hint:" in result.stderr
        assert result.stdout == ""
    result = CliRunner().invoke(cli, ["report", "--store", store, "--graph", "https://example.org/g", "-o", f"{tmp_path}/r.html"])
    assert result.exit_code == 2 and result.stderr.startswith("Error: --graph is for --endpoint")


@pytest.mark.parametrize("gold, message", [
    ('{"posts": [{"file": "a.txt"}]}', 'post 1 of the gold has no "start_line"'),
    ('{"posts": [{"message_id": 1}, 7]}', "post 2 of the gold is not a JSON object"),
    ('{"posts": [{"message_id": 1, "event": {"speakers": "Lavrov"}}]}', 'post 1 of the gold: "speakers" is not a list'),
    ('{"post": []}', 'it has no "posts" list'),
    ("{", "not JSON"),
], ids=["no-start-line", "post-not-object", "speakers-not-list", "no-posts", "not-json"])
def test_a_gold_file_kg_score_cannot_read_is_named_with_what_is_wrong(tmp_path, gold, message):
    path = tmp_path / "gold.json"
    path.write_text(gold)
    graph = tmp_path / "g.nt"
    graph.write_text(TINY)
    result = CliRunner().invoke(cli, ["score", str(graph), "--gold", str(path)])
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"Error: {path}: ") and message in result.stderr.splitlines()[0]


PERSON = "@prefix kg: <https://w3id.org/tgkg/ontology#> .\n@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"


@pytest.mark.parametrize("entry, said", [
    ('<https://example.org/people/jane-doe> a kg:Person ; rdfs:label "Jane Doe"@en .',
     "<https://example.org/people/jane-doe> is a person whose IRI is not https://w3id.org/tgkg/id/person/NAME"),
    ('<https://w3id.org/tgkg/id/org/jane-doe> a kg:Person ; rdfs:label "Jane Doe"@en .',
     "<https://w3id.org/tgkg/id/org/jane-doe> is a person whose IRI is not https://w3id.org/tgkg/id/person/NAME"),
    ('<https://w3id.org/tgkg/id/jane-doe> a kg:Person ; rdfs:label "Jane Doe"@en .',
     "<https://w3id.org/tgkg/id/jane-doe> is a person whose IRI is not https://w3id.org/tgkg/id/person/NAME"),
    ('<https://w3id.org/tgkg/id/person/jane-doe> a kg:Person ; rdfs:label "Jane Doe"@en ; kg:represents "France" .',
     '<https://w3id.org/tgkg/id/person/jane-doe> kg:represents "France": not a country of kg\'s'),
], ids=["another-namespace", "kind-mismatch", "no-kind", "literal-country"])
def test_a_gazetteer_entry_kg_cannot_use_is_named_not_dropped(tmp_path, entry, said):
    """Regression: entries under another IRI were silently dropped (exit 0, no Jane Doe in the
    graph); one typed kg:Person under .../org/ was minted as a person anyway; an IRI with no kind
    segment was an IndexError traceback; kg:represents "France" became country/France."""
    gazetteer = tmp_path / "mine.ttl"
    gazetteer.write_text(PERSON + entry + "\n", encoding="utf-8")
    copy = tmp_path / "copy.txt"
    copy.write_text("Forwarded from Test channel\nOn May 6, 2024, Jane Doe met the minister in Paris.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(copy), "--gazetteer", str(gazetteer), "-o", str(tmp_path / "o.ttl")])
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines()[0] == f"Error: {gazetteer}: {said}" and "Traceback" not in result.output
    assert not (tmp_path / "o.ttl").exists()
