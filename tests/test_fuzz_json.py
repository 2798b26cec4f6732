"""The Telegram JSON reader on arbitrary exports: no crash, and every message read or reported."""
from __future__ import annotations

import io
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.readers.telegram_json import read_telegram_json

_WEIRD = st.sampled_from(["\u0000", "\u200f", "\u200d", "\ufeff", "🇷🇺", "\\", '"', "#", "\n", "\r\n", "𝔘", "e\u0301"])
_TEXT = st.lists(st.one_of(st.text(max_size=20), _WEIRD), max_size=10).map("".join)
_PIECE = st.one_of(_TEXT, st.fixed_dictionaries({"type": st.sampled_from(["plain", "hashtag", "link", "bold", "text_link"]),
                                                 "text": _TEXT}, optional={"href": _TEXT}))
# What a tool may leave where text belongs: numbers, null, true, nested lists, objects without text.
_JUNK = st.one_of(st.integers(), st.none(), st.booleans(), st.just({"type": "bold"}), st.lists(_TEXT, max_size=2))
_MESSAGE = st.fixed_dictionaries(
    {"id": st.one_of(st.integers(-5, 10**12), st.text(max_size=3), st.none()),
     "type": st.sampled_from(["message", "service", "unsupported", "weird"])},
    optional={"date_unixtime": st.one_of(st.integers(0, 2**33).map(str), _TEXT), "date": _TEXT,
              "text": st.one_of(_TEXT, st.lists(st.one_of(_PIECE, _JUNK), max_size=5), _JUNK),
              "text_entities": st.one_of(st.lists(_PIECE, max_size=5), st.lists(st.one_of(_PIECE, _JUNK), max_size=3)),
              "forwarded_from": st.one_of(_TEXT, st.none()), "photo": _TEXT, "edited_unixtime": _TEXT},
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_MESSAGE, st.integers(), st.text(max_size=5)), max_size=12), _TEXT)
def test_every_message_is_read_or_reported(messages, name):
    data = json.dumps({"name": name, "type": "public_channel", "id": 1, "messages": messages}).encode()
    problems = []
    posts = list(read_telegram_json("fuzz.json", io.BytesIO(data), problems.append))
    service = sum(1 for m in messages if isinstance(m, dict) and m.get("type") == "service")
    skipped = [p for p in problems if p.skipped]
    assert len(posts) + len(skipped) + service == len(messages)
    assert all(isinstance(p.message_id, int) for p in posts)
    # a notice (a malformed text mended) is about a message that was kept
    kept = {(p.message_id, p.source) for p in posts}
    assert all((p.message_id, p.source) in kept for p in problems if not p.skipped and p.message_id is not None)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200))
def test_arbitrary_bytes_give_posts_or_an_input_error(data):
    try:
        list(read_telegram_json("fuzz.json", io.BytesIO(b'{"messages": [' + data), lambda p: None))
    except InputError:
        pass


def test_lone_surrogates_and_nul_in_json_escapes():
    raw = (b'{"name": "C\\ud800", "type": "public_channel", "id": 1, "messages": ['
           b'{"id": 1, "type": "message", "date_unixtime": "1700000000", "text": "a\\u0000b \\udfff c #tag"}]}')
    problems = []
    posts = list(read_telegram_json("s.json", io.BytesIO(raw), problems.append))
    assert [p.text for p in posts] == ["a\x00b \ufffd c #tag"]
    assert posts[0].channel == "C\ufffd"
    assert [p.reason.split(" lone")[0] for p in problems] == ["2"]


def test_lone_low_surrogate_in_one_message_no_longer_loses_the_whole_export():
    messages = [{"id": i, "type": "message", "date_unixtime": "1700000000", "text": f"post {i}"} for i in range(1, 6)]
    raw = json.dumps({"name": "C", "type": "public_channel", "id": 1, "messages": messages}).encode()
    raw = raw.replace(b'"post 3"', b'"post \\udc00 3"')  # cut by a tool counting UTF-16 units
    problems = []
    posts = list(read_telegram_json("s.json", io.BytesIO(raw), problems.append))
    assert [p.message_id for p in posts] == [1, 2, 3, 4, 5]
    assert posts[2].text == "post \ufffd 3"
    assert len(problems) == 1 and "U+FFFD" in problems[0].reason
