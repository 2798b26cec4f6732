"""Tests of kg.readers.telegram_json against hand-built Telegram Desktop exports and generated large ones."""
from __future__ import annotations

import io
import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.models import Post, Problem
from kg.readers import telegram_json
from kg.readers.telegram_json import REEXPORT_HINT, read_telegram_json
from counting import peak_while
from telegram_factory import write_export

DATA = Path(__file__).parent / "data" / "telegram"


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=timezone.utc)


def read_file(name: str) -> tuple[list[Post], list[Problem]]:
    problems: list[Problem] = []
    with open(DATA / name, "rb") as stream:
        posts = list(read_telegram_json(str(DATA / name), stream, problems.append))
    return posts, problems


def read_bytes(data: bytes | str, source: str = "chat.json") -> tuple[list[Post], list[Problem]]:
    if isinstance(data, str):
        data = data.encode("utf-8")
    problems: list[Problem] = []
    posts = list(read_telegram_json(source, io.BytesIO(data), problems.append))
    return posts, problems


def export(messages: list, **header) -> str:
    head = {"name": "Test Chat", "type": "public_channel", "id": 42, **header}
    return json.dumps({**head, "messages": messages}, ensure_ascii=False)


def message(mid, text="Hello there, this is a post.", **fields) -> dict:
    return {"id": mid, "type": "message", "date": "2024-05-01T12:00:00", "date_unixtime": "1714557600",
            "text": text, "text_entities": [{"type": "plain", "text": text}], **fields}


@pytest.fixture(scope="module")
def channel() -> dict[int, Post]:
    posts, problems = read_file("channel_export.json")
    assert problems == []
    return {post.message_id: post for post in posts}


# --- the hand-built channel export -------------------------------------------------------------

def test_service_messages_are_skipped_and_every_other_message_is_a_post():
    posts, problems = read_file("channel_export.json")
    raw = json.loads((DATA / "channel_export.json").read_text(encoding="utf-8"))["messages"]
    service = [m for m in raw if m["type"] == "service"]
    assert (len(raw), len(service)) == (11, 2)
    assert len(posts) == len(raw) - len(service)
    assert [p.message_id for p in posts] == [2, 3, 4, 5, 6, 7, 8, 10, 11]
    assert [p.index for p in posts] == list(range(9))
    assert problems == []


def test_channel_name_and_id_come_from_the_header(channel):
    for post in channel.values():
        assert (post.channel, post.channel_id) == ("World Desk", 1234567890)
        assert post.source == str(DATA / "channel_export.json")
        assert (post.start_line, post.end_line) == (None, None)


def test_published_is_utc_from_date_unixtime_not_the_local_date(channel):
    # date "2023-03-02T01:30:00" is the exporter's local time (UTC+3); the UTC day is the one before
    assert channel[6].published == utc(2023, 3, 1, 22, 30)
    assert channel[2].published == utc(2023, 3, 1, 9, 5, 30)
    assert channel[11].published == utc(2023, 3, 2, 23, 45)
    assert channel[6].published.utcoffset().total_seconds() == 0


def test_plain_string_text(channel):
    post = channel[2]
    assert post.text == "Good morning from the newsroom.\nToday: talks in Geneva on the grain deal."
    assert post.title == "Good morning from the newsroom."
    assert (post.hashtags, post.links, post.has_media, post.language) == ((), (), False, "en")


def test_text_mixing_strings_and_entities(channel):
    post = channel[3]
    assert post.text == (
        "Breaking: Summit opens in Paris\nMore at example.org/summit and the full report, "
        "archive http://archive.example.net/2023\nvia @worlddesk (again: example.org/summit)\n#Paris #summit"
    )
    assert post.title == "Breaking: Summit opens in Paris"
    assert post.hashtags == ("Paris", "summit")
    assert post.links == (
        "https://example.org/summit", "https://news.example.com/report?id=7", "http://archive.example.net/2023",
    )


def test_forwarded_from(channel):
    assert channel[4].forwarded_from == "Reuters World"
    assert [p.message_id for p in channel.values() if p.forwarded_from] == [4]


def test_media_only_post_is_kept_with_an_empty_title(channel):
    post = channel[5]
    assert (post.text, post.title, post.language, post.has_media) == ("", "", None, True)
    assert post.published == utc(2023, 3, 1, 15, 22, 41)


def test_edited(channel):
    assert channel[6].edited == utc(2023, 3, 2, 7, 15)
    assert [p.message_id for p in channel.values() if p.edited] == [6]
    assert channel[6].hashtags == ("update",)


def test_unicode_hashtags_exactly_as_the_entities_say(channel):
    post = channel[7]
    assert post.hashtags == ("F\u0421S", "Россия")  # Cyrillic С, not Latin C; the repeat counted once
    assert post.hashtags[0] != "FCS"
    assert post.language == "ru"
    assert post.title == "Новости дня: в Москве прошло заседание правительства, обсуждали бюджет."


def test_video_file_has_media(channel):
    post = channel[8]
    assert post.has_media is True
    assert post.title == "Footage from the scene of the flood in Valencia"
    assert {p.message_id for p in channel.values() if p.has_media} == {5, 8}


def test_hashtags_come_from_entities_and_text_is_trimmed_only_at_its_ends(channel):
    post = channel[10]
    assert post.hashtags == ()  # "#notatag" is a code entity, not a hashtag
    assert post.links == ("https://video.example.com/live",)
    assert post.text == "Press conference at noon, follow it live: stream\n\nPrompt for readers: #notatag"


def test_title_skips_a_hashtag_only_first_line(channel):
    post = channel[11]
    assert post.text.startswith("#breaking\nEarthquake")
    assert post.title == "Earthquake of magnitude 6.1 hits central Turkey, no casualties reported so far."
    assert post.hashtags == ("breaking",)


# --- malformed messages ------------------------------------------------------------------------

def test_malformed_messages_are_reported_and_the_rest_read():
    posts, problems = read_file("bad_message.json")
    assert [(p.message_id, p.index, p.published) for p in posts] == [
        (100, 0, utc(2024, 1, 15, 6, 30)), (104, 1, utc(2024, 1, 15, 7))]
    assert posts[0].channel == "Городские новости"
    assert [(p.message_id, p.source) for p in problems] == [
        (None, str(DATA / "bad_message.json")), (102, str(DATA / "bad_message.json")),
        (103, str(DATA / "bad_message.json"))]
    assert "message #2" in problems[0].reason and "no id" in problems[0].reason
    assert "date_unixtime" in problems[1].reason and "'soon'" in problems[1].reason
    assert problems[2].reason == "unsupported message skipped"


def test_non_object_message_and_non_integer_id_are_reported():
    posts, problems = read_bytes(export([message(1), "oops", message("2"), message(3.5), message(True), message(4)]))
    assert [p.message_id for p in posts] == [1, 4]
    assert [p.index for p in posts] == [0, 1]
    assert [p.message_id for p in problems] == [None, None, None, None]
    assert "message #2 is not a JSON object but 'oops'" in problems[0].reason
    assert "non-integer id '2'" in problems[1].reason
    assert "message #4" in problems[2].reason and "message #5" in problems[3].reason


def test_empty_messages_list_yields_nothing():
    assert read_bytes(export([])) == ([], [])


def test_text_without_text_entities_and_date_without_unixtime():
    old = {"id": 9, "type": "message", "date": "2019-06-01T10:00:00",
           "text": ["See ", {"type": "hashtag", "text": "#Kyiv"}, " ", {"type": "link", "text": "t.me/x/1"}]}
    (post,), problems = read_bytes(export([old]))
    assert problems == []
    assert post.published == utc(2019, 6, 1, 10)  # `date` taken as UTC when date_unixtime is missing
    assert (post.text, post.hashtags, post.links) == ("See #Kyiv t.me/x/1", ("Kyiv",), ("https://t.me/x/1",))


def test_link_entities_get_a_scheme_only_when_they_lack_one():
    parts = [{"type": "link", "text": t} for t in ("example.org:8080/a", "tg://resolve?domain=x", "HTTPS://A.example")]
    parts.append({"type": "text_link", "text": "here", "href": "https://b.example/"})
    (post,), _ = read_bytes(export([{**message(1), "text_entities": parts}]))
    assert post.links == ("https://example.org:8080/a", "tg://resolve?domain=x", "HTTPS://A.example",
                          "https://b.example/")


def test_personal_chat_is_read_with_the_chat_name_as_channel():
    (post,), _ = read_bytes(export([message(5, from_id="user77")], name="Alice", type="personal_chat", id=77))
    assert (post.channel, post.channel_id, post.message_id) == ("Alice", 77, 5)


def test_header_after_messages_leaves_channel_unknown():
    data = '{"messages": [%s], "name": "Late", "id": 5}' % json.dumps(message(1))
    (post,), problems = read_bytes(data)
    assert (post.channel, post.channel_id, problems) == (None, None, [])


def test_byte_order_mark_is_accepted():
    (post,), _ = read_bytes(b"\xef\xbb\xbf" + export([message(1)]).encode())
    assert post.message_id == 1


# --- files that cannot be read -----------------------------------------------------------------

def test_truncated_file_yields_what_it_has_then_raises():
    path = DATA / "truncated.json"
    got: list[int] = []
    with open(path, "rb") as stream, pytest.raises(InputError) as caught:
        for post in read_telegram_json(str(path), stream, lambda problem: None):
            got.append(post.message_id)
    assert got == [2, 3]
    assert caught.value.where == str(path) and "truncated.json" in caught.value.where
    assert "truncated" in caught.value.message
    assert caught.value.hint == REEXPORT_HINT


def test_not_an_export_raises():
    path = DATA / "not_export.json"
    with pytest.raises(InputError) as caught:
        read_file("not_export.json")
    assert caught.value.where == str(path)
    assert "not a Telegram chat export" in caught.value.message and caught.value.hint


@pytest.mark.parametrize("data, words", [
    (b"[1, 2, 3]", "not a Telegram chat export"),
    (b'{"name": "x", "messages": {"id": 1}}', "'messages' is not a list"),
    (b"Forwarded from Reuters\nOil prices rose", "not well-formed JSON"),
    (b"", "empty"),
    (b"  \n", "empty"),
    (b'{"name": "x", "messages": []} trailing', "not well-formed JSON"),
    (b'{"name": "\xff\xfe", "messages": []}', "UTF-8"),
])
def test_unreadable_input_raises_input_error(data, words):
    with pytest.raises(InputError) as caught:
        read_bytes(data, source="in.json")
    assert words in caught.value.message
    assert caught.value.where == "in.json" and caught.value.hint


def test_whole_account_export_gets_its_own_hint():
    data = json.dumps({"about": "…", "personal_information": {"user_id": 1},
                       "chats": {"about": "…", "list": []}})
    with pytest.raises(InputError) as caught:
        read_bytes(data)
    assert "whole-account export" in caught.value.hint


# --- a generated large export ------------------------------------------------------------------

def test_large_export_is_streamed_with_flat_memory(tmp_path, monkeypatch):
    path = tmp_path / "result.json"
    stats = write_export(path, 20_000)
    assert path.stat().st_size > 20_000_000
    # Language detection is native code that tracemalloc cannot see and that costs seconds here;
    # this test is about the reader holding one message at a time.
    monkeypatch.setattr(telegram_json, "detect_language", lambda text: "en")

    def read() -> tuple[int, object]:
        count, last = 0, None
        with open(path, "rb") as stream:
            for last in read_telegram_json(str(path), stream, pytest.fail):
                count += 1
        return count, last

    (count, last), peak = peak_while(read)
    assert count == stats.posts == 20_000 - 20_000 // 97
    assert last.message_id == 20_000 and last.index == count - 1
    assert peak < 30 * 1024 * 1024, f"peak {peak / 2**20:.1f} MB"


# --- text and text_entities --------------------------------------------------------------------

def test_text_is_read_when_text_entities_is_empty():
    """Regression: `"text": "Edited post: …"` with `"text_entities": []` gave a post with no text and
    no warning: text_entities was read whenever it was a list, even an empty one."""
    edited = {**message(7), "text": "Edited post: Lavrov met Wang Yi in Beijing.", "text_entities": []}
    (post,), (problem,) = read_bytes(export([edited]))
    assert post.text == "Edited post: Lavrov met Wang Yi in Beijing."
    assert post.title == "Edited post: Lavrov met Wang Yi in Beijing."
    assert problem.message_id == 7 and problem.skipped is False
    assert "'text' and 'text_entities' differ" in problem.reason and "read 'text'" in problem.reason


def test_text_entities_are_read_when_both_hold_text_and_disagree():
    # Telegram writes both from the same pieces; text_entities is the complete, typed form
    both = {**message(8), "text": "Rewritten by some tool", "text_entities": [
        {"type": "plain", "text": "As Telegram wrote it "}, {"type": "hashtag", "text": "#Kazan"}]}
    (post,), (problem,) = read_bytes(export([both]))
    assert (post.text, post.hashtags) == ("As Telegram wrote it #Kazan", ("Kazan",))
    assert problem.message_id == 8 and "read 'text_entities', 'text' ignored" in problem.reason
    assert "'Rewritten by some tool'" in problem.reason


def test_text_and_text_entities_that_agree_give_no_warning():
    parts = ["See ", {"type": "bold", "text": "this"}]
    agreeing = {**message(9), "text": parts, "text_entities": [{"type": "plain", "text": "See "}, parts[1]]}
    posts, problems = read_bytes(export([agreeing, {**message(10), "text": "", "text_entities": []}]))
    assert [post.text for post in posts] == ["See this", ""] and problems == []


@pytest.mark.parametrize("fields, text, words", [
    ({"text": 12345}, "12345", "'text' is a number (12345), not a string or a list; read as text"),
    ({"text": ["Putin visited ", None, "Minsk"]}, "Putin visited Minsk", "'text' holds null at item 2"),
    ({"text": ["Putin visited ", ["Minsk", [" on ", ["Tuesday"]]]]}, "Putin visited Minsk on Tuesday",
     "'text' holds a nested list at item 2"),
    ({"text": ["A", True, {"type": "bold"}, {"type": "bold", "text": 7}]}, "A7",
     "'text' holds true at item 2, an object without text at item 3, an object whose text is a number at item 4"),
    ({"text": None}, "", "'text' is null, not a string or a list"),
    ({"text": {"type": "bold", "text": "Bold only"}}, "Bold only", "'text' is an object, not a string or a list"),
    # text_entities is always a list: a string there is mended, and the well-formed text read instead
    ({"text": "Kept from text", "text_entities": "not a list"}, "Kept from text",
     "'text_entities' is a string, not a list; read as text"),
    ({"text_entities": [{"type": "plain", "text": "Summit in "}, {"type": "plain", "text": None}, "Paris"]},
     "Summit in Paris", "'text_entities' holds an object whose text is null at item 2"),
])
def test_text_of_the_wrong_type_is_reported_and_what_can_be_read_kept(fields, text, words):
    """Regression: `"text": 12345`, or a text list holding null or nested lists, gave an empty (or
    shortened) post and no warning: pieces that were not strings or objects were dropped silently."""
    item = {key: value for key, value in message(5).items() if key not in ("text", "text_entities")}
    posts, problems = read_bytes(export([message(4), {**item, **fields}, message(6)]))
    assert [p.message_id for p in posts] == [4, 5, 6]  # one bad message never loses the others
    assert posts[1].text == text
    assert [p.message_id for p in problems] == [5] and not problems[0].skipped
    assert words in problems[0].reason


def test_text_nested_thousands_deep_is_read_without_recursion():
    deep = "[" * 5000 + '"core"' + "]" * 5000
    data = export([{**message(1), "text": ["a ", "DEEP"], "text_entities": None}]).replace('"DEEP"', deep)
    (post,), (problem,) = read_bytes(data)
    assert post.text == "a core"
    assert "'text_entities' is null, not a list" in problem.reason and "'text' holds a nested list" in problem.reason


# --- hashtags and links where the export marks none ---------------------------------------------

def test_hashtags_come_from_the_text_when_the_export_has_no_hashtag_entities():
    """Regression: `"text": "Lavrov on #BRICS in Kazan"` with no entities gave `hashtags: []`, while
    the same text in a plain-text copy gave ('BRICS',): only hashtag entities were read."""
    from kg.readers.text import read_text_copy

    text = "Lavrov on #BRICS in Kazan, #Россия_2024 and C#, not #2024"
    plain = {key: value for key, value in message(1, text).items() if key != "text_entities"}
    posts, problems = read_bytes(export([plain, message(2, text)]))
    (copy,) = read_text_copy("copy.txt", io.BytesIO(text.encode() + b"\n"), pytest.fail)
    assert copy.hashtags == ("BRICS", "Россия_2024")
    assert [p.hashtags for p in posts] == [copy.hashtags, copy.hashtags] and problems == []


def test_hashtags_in_code_or_links_are_not_found_in_the_text():
    parts = [{"type": "plain", "text": "Run "}, {"type": "code", "text": "#notatag"},
             {"type": "text_link", "text": "#alsonot", "href": "https://x.example/#frag"},
             {"type": "bold", "text": " #Kazan"}]
    (post,), _ = read_bytes(export([{**message(1), "text": parts, "text_entities": parts}]))
    assert post.hashtags == ("Kazan",)
    assert post.links == ("https://x.example/#frag",)  # the export marked a link: only marked links


def test_links_come_from_the_text_when_the_export_has_no_link_entities():
    text = "Full statement: https://mid.ru/en/press/1 and t.me/mid_rf/2."
    (post,), _ = read_bytes(export([message(1, text)]))
    assert post.links == ("https://mid.ru/en/press/1", "https://t.me/mid_rf/2")
