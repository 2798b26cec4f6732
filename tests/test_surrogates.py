"""Lone surrogate escapes in JSON exports: replaced with U+FFFD as the bytes stream, pairs kept."""
from __future__ import annotations

import io
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.readers.surrogates import SurrogateFilter

_LONE = re.compile("[\ud800-\udfff]")


class _Chunks(io.RawIOBase):
    """A stream that hands out at most ``size`` bytes a read, to put chunk boundaries everywhere."""

    def __init__(self, data: bytes, size: int):
        self._data, self._size, self._at = data, size, 0

    def read(self, size: int = -1) -> bytes:
        piece = self._data[self._at:self._at + self._size]
        self._at += len(piece)
        return piece


def _filtered(data: bytes, size: int) -> tuple[bytes, int]:
    escapes = SurrogateFilter(_Chunks(data, size))
    out = b"".join(iter(lambda: escapes.read(65536), b""))
    return out, escapes.replaced


@pytest.mark.parametrize("raw, text, replaced", [
    (rb'"a\ud800b"', "a\ufffdb", 1),  # lone high
    (rb'"\udfff"', "\ufffd", 1),  # lone low: aborted the C parser
    (rb'"\ud83d\ude00"', "😀", 0),  # a pair is kept
    (rb'"\uD83D\uDE00"', "😀", 0),  # in capitals too
    (rb'"\ude00\ud83d"', "\ufffd\ufffd", 2),  # the wrong order is two lone ones
    (rb'"\\ud800"', "\\ud800", 0),  # an escaped backslash: the text "\ud800", no escape
    (rb'"\\\ud800"', "\\\ufffd", 1),  # an escaped backslash, then an escape
    (rb'"\\\\ud800"', "\\\\ud800", 0),
    (rb'"\ud800\\ude00"', "\ufffd\\ude00", 1),
    (rb'"\u00e9\n\"x\""', 'é\n"x"', 0),  # other escapes untouched
])
def test_lone_surrogates_are_replaced_at_every_chunk_boundary(raw, text, replaced):
    for size in range(1, len(raw) + 1):
        out, count = _filtered(raw, size)
        assert json.loads(out) == text, size
        assert count == replaced, size


_PIECES = st.sampled_from(["\ud800", "\udbff", "\udc00", "\udfff", "😀", "\\", "\\u", "u", "d8", "\"", "é", "a", "\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_PIECES, max_size=12).map("".join), max_size=5), st.integers(1, 40))
def test_filtered_json_parses_as_the_original_with_lone_surrogates_replaced(strings, size):
    data = json.dumps(strings).encode()  # surrogates (lone or paired) written as \u escapes
    out, _ = _filtered(data, size)
    expected = [_LONE.sub("\ufffd", s) for s in json.loads(data)]
    assert json.loads(out) == expected
