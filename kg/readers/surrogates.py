"""Lone UTF-16 surrogate escapes in JSON (``"\\ud800"``), replaced before the parser sees them.

JSON allows ``\\uD800``-``\\uDFFF`` escapes that do not form a pair; no Unicode text can hold
them. Tools that cut strings by UTF-16 units leave them behind, and ijson's C backend reacts
badly: a lone high surrogate becomes ``?``, and a lone low surrogate aborts the parse, so one
broken message would lose the whole export. :class:`SurrogateFilter` sits between the file and
the parser and rewrites each lone surrogate escape to ``\\ufffd`` (U+FFFD REPLACEMENT
CHARACTER), keeping valid pairs and counting what it replaced, so that the reader can say so.

It works on the raw bytes as they stream, in the parser's own chunks. An escape is only an escape
when the backslash before it is not itself escaped, so the pattern starts at the beginning of a
run of backslashes and consumes them in pairs; and since an escape or a pair of escapes can be cut
by a chunk boundary, the tail of a chunk that could still be part of one is held back for the next.
"""
from __future__ import annotations

import re
import typing

_HEX = rb"[0-9a-fA-F]{2}"
# group 1: the escaped backslashes before the escape; 2: a high surrogate; 3: the low one after it
# (then the pair is valid); 4: escaped backslashes before a lone low surrogate.
_SURROGATE = re.compile(
    rb"(?<!\\)((?:\\\\)*)\\u([dD][89abAB]" + _HEX + rb")(\\u[dD][c-fC-F]" + _HEX + rb")?"
    rb"|(?<!\\)((?:\\\\)*)\\u[dD][c-fC-F]" + _HEX
)
_HIGH_BEFORE = re.compile(rb"\\u[dD][89abAB]" + _HEX + rb"$")
_PAIR = 12  # len(b"\\ud83d\\ude00"): the longest escape that a chunk boundary can cut
REPLACEMENT = rb"\ufffd"


class SurrogateFilter:
    """A binary stream (``read(size)``) over ``stream`` with lone surrogate escapes replaced."""

    def __init__(self, stream: typing.BinaryIO):
        self._stream = stream
        self._held = b""
        self.replaced = 0

    def read(self, size: int = -1) -> bytes:
        while True:
            data = self._stream.read(size)
            if not data:  # end of input: whatever was held back is complete
                data, self._held = self._held, b""
                return self._rewrite(data)
            data = self._held + data
            cut = _safe_cut(data)
            self._held = data[cut:]
            if cut:
                return self._rewrite(data[:cut])

    def _rewrite(self, data: bytes) -> bytes:
        if b"\\u" not in data:
            return data
        return _SURROGATE.sub(self._replace, data)

    def _replace(self, match: re.Match) -> bytes:
        if match.group(2) is not None:
            if match.group(3) is not None:
                return match.group(0)  # a valid pair
            self.replaced += 1
            return match.group(1) + REPLACEMENT
        self.replaced += 1
        return match.group(4) + REPLACEMENT


def _safe_cut(data: bytes) -> int:
    """Where ``data`` can be cut without splitting an escape, an escaped backslash or a pair.

    Everything before the cut can be rewritten alone: the cut is at the start of a run of
    backslashes (so no escape is split and the run's parity is seen whole), and not right after a
    high surrogate escape (whose low half may follow in the next chunk).
    """
    start = max(0, len(data) - _PAIR)
    slash = data.find(b"\\", start)
    if slash < 0:
        return len(data)
    while slash > 0 and data[slash - 1] == 0x5C:  # back to the start of the run of backslashes
        slash -= 1
    if _HIGH_BEFORE.search(data, max(0, slash - 6), slash):
        slash -= 6
        while slash > 0 and data[slash - 1] == 0x5C:
            slash -= 1
    return slash
