"""One message id of one channel read more than once (overlapping exports, a repeated message): one
post, the later edit, and a warning naming both places (kg.readers.duplicates, through read_posts)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.builder import BuildOptions, build
from kg.errors import InputError
from kg.cli import cli
from kg.models import Problem
from kg.readers import Limits, read_posts
from kg.readers import telegram_json
from counting import peak_while
from telegram_factory import write_export

TEXTS = {1: "Lavrov met Wang Yi in Beijing.", 2: "Putin visited Minsk.", 3: "Shoigu arrived in Tehran.",
         4: "Erdogan spoke in Ankara."}


def message(mid: int, text: str | None = None, edited: int | None = None) -> dict:
    text = text or TEXTS[mid]
    item = {"id": mid, "type": "message", "date": "2024-05-01T12:00:00", "date_unixtime": str(1714557600 + mid * 60),
            "text": text, "text_entities": [{"type": "plain", "text": text}]}
    if edited:
        item.update(edited="2024-05-02T10:00:00", edited_unixtime=str(edited))
    return item


def write(path: Path, messages: list, chat_id: int = 42) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"name": "Test Chat", "type": "public_channel", "id": chat_id, "messages": messages}))
    return path


def read(*names) -> tuple[list, list[Problem]]:
    problems: list[Problem] = []
    posts = list(read_posts([str(n) for n in names], problems.append, languages=False))
    return posts, problems


def test_overlapping_exports_give_each_message_once_the_edited_copy_kept(tmp_path):
    """Regression: an older export and a later one (message 2 edited since) in one folder gave two
    posts with IRI .../2, merged silently, and `kg build` failed validation ("too many values" on
    event/.../2) with no hint why."""
    old = write(tmp_path / "exports" / "a_old.json", [message(1), message(2)])
    new = write(tmp_path / "exports" / "b_new.json",
                [message(1), message(2, "Putin visited Minsk on Tuesday.", edited=1714644000), message(3)])
    posts, problems = read(tmp_path / "exports")
    assert [(p.message_id, p.source, p.text) for p in posts] == [
        (1, str(new), TEXTS[1]), (2, str(new), "Putin visited Minsk on Tuesday."), (3, str(new), TEXTS[3])]
    edited, same = problems
    assert (edited.source, edited.message_id, edited.skipped) == (str(old), 2, False)
    assert f"also message #2 of {new}, which is kept (edited at 2024-05-02T10:00:00Z, this copy not)" in edited.reason
    assert "this copy, message #2, dropped" in edited.reason
    # messages the same in both files: one line for the pair, not one a message
    assert (same.source, same.message_id, same.skipped) == (str(old), None, False)
    assert same.reason == f"1 message (id 1) also in {new}, the same there: read once, from {new}, read later"

    result = CliRunner().invoke(cli, ["build", str(tmp_path / "exports"), "-o", str(tmp_path / "out.ttl"), "--jobs", "1"])
    assert result.exit_code == 0, result.stderr
    assert "validation: conforms (0 violations" in result.stderr and "message 2: also message #2" in result.stderr


def test_the_later_edit_is_kept_even_when_it_is_read_first(tmp_path):
    newer = write(tmp_path / "a_newer.json", [message(2, "Putin visited Minsk on Tuesday.", edited=1714644000)])
    older = write(tmp_path / "b_older.json", [message(2, "Putin visited Minsk on Monday.", edited=1714600000)])
    posts, (problem,) = read(tmp_path)
    assert [(p.source, p.text) for p in posts] == [(str(newer), "Putin visited Minsk on Tuesday.")]
    assert problem.source == str(older) and problem.message_id == 2
    assert "edited later, at 2024-05-02T10:00:00Z against 2024-05-01T21:46:40Z" in problem.reason


def test_a_message_twice_in_one_export_is_read_once_the_later_copy_kept(tmp_path):
    """Regression: a message id twice in one export gave 6 violations and every query that joined on
    the post returned combinations of its two texts, titles and dates."""
    path = write(tmp_path / "result.json", [message(1), message(2), message(3), message(2, "Putin visited Minsk on Tuesday."),
                                            message(4)])
    posts, (problem,) = read(path)
    assert [(p.message_id, p.position) for p in posts] == [(1, 1), (3, 3), (2, 4), (4, 5)]
    assert posts[2].text == "Putin visited Minsk on Tuesday."
    assert (problem.source, problem.message_id) == (str(path), 2)
    assert problem.reason == ("also message #4 of this file, which is kept (read later); this copy, message #2, dropped")


def test_the_same_message_id_in_two_channels_is_two_posts(tmp_path):
    write(tmp_path / "a.json", [message(1)], chat_id=1)
    write(tmp_path / "b.json", [message(1)], chat_id=2)
    posts, problems = read(tmp_path)
    assert [(p.channel_id, p.message_id) for p in posts] == [(1, 1), (2, 1)] and problems == []


def test_many_identical_overlapping_messages_are_one_line_and_not_bad_records(tmp_path):
    messages = [message(1 + i % 4, f"Post number {i}.") | {"id": i} for i in range(1, 41)]
    write(tmp_path / "a.json", messages[:30])
    write(tmp_path / "b.json", messages)
    result = CliRunner().invoke(cli, ["posts", str(tmp_path), "--max-bad-records", "5"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.count("warning:") == 1
    assert "30 messages (ids 1, 2, 3, 4, 5…) also in" in result.stderr
    assert result.stdout.strip().splitlines()[-1] == "40 posts (see warnings above)"


def test_an_export_on_standard_input_is_read_twice_from_a_copy(tmp_path):
    data = json.dumps({"name": "C", "type": "public_channel", "id": 5,
                       "messages": [message(2), message(3), message(2, "Putin visited Minsk on Tuesday.")]})
    result = CliRunner().invoke(cli, ["posts", "-", "--format", "jsonl"], input=data)
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["text"] for line in result.stdout.splitlines()] == [TEXTS[3], "Putin visited Minsk on Tuesday."]
    assert "<stdin>: message 2: also message #3 of this file" in result.stderr


def test_standard_input_over_the_size_limit_is_refused():
    data = json.dumps({"name": "C", "id": 5, "messages": [message(2)] * 50})
    result = CliRunner().invoke(cli, ["posts", "-", "--max-file-size", "1000"], input=data)
    assert result.exit_code == 2 and "<stdin>: is over the limit of 1,000 bytes" in result.stderr and "--max-file-size" in result.stderr


def test_a_truncated_export_still_gives_what_it_has_then_the_error(tmp_path):
    path = write(tmp_path / "result.json", [message(1), message(2), message(3)])
    path.write_bytes(path.read_bytes()[:-40])
    seen = []
    with pytest.raises(InputError) as caught:
        for post in read_posts([str(path)], lambda problem: None):
            seen.append(post.message_id)
    assert seen == [1, 2] and "truncated" in str(caught.value)


@pytest.mark.parametrize("options", [BuildOptions(jobs=2), "update"])
def test_jobs_2_and_update_give_the_bytes_of_jobs_1_with_duplicates(tmp_path, options):
    write(tmp_path / "in" / "a.json", [message(1), message(2), message(3), message(2, "Putin visited Minsk again.")])
    write(tmp_path / "in" / "b.json", [message(3), message(2, "Putin visited Minsk on Tuesday.", edited=1714644000),
                                       message(4)])
    inputs = [str(tmp_path / "in")]
    one = build(inputs, str(tmp_path / "one.ttl"), BuildOptions(jobs=1))
    if options == "update":
        options = BuildOptions(jobs=1, cache=str(tmp_path / "other.ttl.kgcache"))
        build(inputs, str(tmp_path / "other.ttl"), options)  # fills the cache
    other = build(inputs, str(tmp_path / "other.ttl"), options)
    assert (tmp_path / "one.ttl").read_bytes() == (tmp_path / "other.ttl").read_bytes()
    assert one.report.conforms() and other.report.conforms() and one.posts == other.posts == 4
    assert [str(p) for p in one.problems] == [str(p) for p in other.problems]
    assert [p.message_id for p in one.problems] == [2, 2, None]


def test_reading_overlapping_exports_twice_keeps_memory_flat(tmp_path, monkeypatch):
    write_export(tmp_path / "a.json", 6_000)
    write_export(tmp_path / "b.json", 12_000)  # the same first 6,000 messages, then 6,000 more
    monkeypatch.setattr(telegram_json, "detect_language", lambda text: "en")
    problems: list[Problem] = []

    def count() -> int:
        return sum(1 for _ in read_posts([str(tmp_path)], problems.append, limits=Limits(max_problems=5)))

    posts, peak = peak_while(count)
    assert posts == 12_000 - 12_000 // 97
    assert [p.reason.split(" (")[0] for p in problems] == [f"{6_000 - 6_000 // 97} messages"]
    assert peak < 8 * 1024 * 1024, f"peak {peak / 2**20:.1f} MB"


def test_progress_counts_the_first_reading_of_exports_before_the_posts(tmp_path):
    """The first reading of an export (its message ids) takes minutes on a million messages: the
    progress on standard error counted nothing meanwhile ("reading: 0 posts"). It counts the messages
    checked, then the posts read; the read_posts hook is told the total at the end."""
    stats = write_export(tmp_path / "result.json", 10_500, service_every=0)
    told: list[int] = []
    assert sum(1 for _ in read_posts([str(tmp_path / "result.json")], checking=told.append)) == stats.posts
    assert told == [5000, 10_000, 10_500]

    (tmp_path / "small").mkdir()
    small = write_export(tmp_path / "small" / "result.json", 300, service_every=0)
    shown = CliRunner().invoke(cli, ["build", str(tmp_path / "small"), "-o", str(tmp_path / "g.ttl"),
                                     "--no-validate", "--progress", "--jobs", "1"])
    assert shown.exit_code == 0, shown.output
    checking, reading = shown.stderr.find("checking message ids"), shown.stderr.find("reading")
    assert 0 <= checking < reading, shown.stderr
    assert f"checking message ids: {small.posts} messages" in shown.stderr.replace("\r", "\n")


def _count_made(monkeypatch) -> list:
    made: list = []
    real = telegram_json._message_to_post

    def counted(source, item, *args, **kwargs):
        made.append(item.get("id"))
        return real(source, item, *args, **kwargs)

    monkeypatch.setattr(telegram_json, "_message_to_post", counted)
    return made


@pytest.mark.parametrize("second, chat_id, kept, problems, readings", [
    pytest.param([message(3), message(4)], 43, [1, 2, 3, 4], 0, 1, id="other ids, another channel"),
    # ids are a channel's own (every channel's start at 1): a bitmap for all channels sent every build of
    # several channels' exports to the first reading
    pytest.param([message(2), message(3)], 43, [1, 2, 2, 3], 0, 1, id="shared ids, another channel"),
    pytest.param([message(2), message(3)], 42, [1, 2, 3], 1, 2, id="a shared id, the same channel"),
])
def test_exports_are_made_into_posts_twice_only_where_a_channels_id_repeats(tmp_path, monkeypatch, second, chat_id,
                                                                             kept, problems, readings):
    """The first reading made every message into a post to look for repeated ids, and nearly every
    build has none (a tenth of a --jobs 2 build's time): the parser reads each channel's ids alone first."""
    made = _count_made(monkeypatch)
    write(tmp_path / "a" / "result.json", [message(1), message(2)])
    write(tmp_path / "b" / "result.json", second, chat_id=chat_id)
    posts, found = read(tmp_path / "a" / "result.json", tmp_path / "b" / "result.json")
    assert [p.message_id for p in posts] == kept and len(found) == problems
    assert made == [1, 2, *(m["id"] for m in second)] * readings  # twice: the first reading decides


@pytest.mark.parametrize("odd, kept", [
    pytest.param(message(1, "Lavrov met Wang Yi in Beijing again.", edited=1714700000), [2, 1], id="an id twice"),
    pytest.param(message(2 ** 29, "Lavrov met Wang Yi."), [1, 2, 2 ** 29], id="an id beyond the bitmap"),
    pytest.param({"id": "7", "type": "message", "date": "2024-05-01T12:00:00", "text": "x"}, [1, 2], id="an id not a number"),
])
def test_ids_the_parser_cannot_clear_send_the_export_to_the_first_reading(tmp_path, monkeypatch, odd, kept):
    made = _count_made(monkeypatch)
    write(tmp_path / "result.json", [message(1), message(2), odd])
    posts, _ = read(tmp_path / "result.json")
    assert [p.message_id for p in posts] == kept
    assert made == [1, 2, odd["id"]] * 2  # read twice: the first reading decides
