"""The countries and organisations a text names, indexed by where they start and end, for
:mod:`kg.extract.people`: whose office an office is, what stands next to a name."""
from __future__ import annotations

import bisect

from kg.models import Mention


class Places:
    """The countries and organisations named in a text, indexed by where they start and end: a
    long post names thousands, and each office in it asks what is next to it."""

    def __init__(self, mentions: list[Mention]):
        self.mentions = mentions
        self._by_start: dict[int, int] = {}  # start -> index of the first mention starting there
        self._country_ends: dict[int, list[int]] = {}
        for i, m in enumerate(mentions):
            self._by_start.setdefault(m.start, i)
            if m.kind == "country":
                self._country_ends.setdefault(m.end, []).append(i)
        ordered = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
        self._starts = [mentions[i].start for i in ordered]
        self._country_starts = sorted((mentions[i].start, i) for i in ordered if mentions[i].kind == "country")
        self._reach: list[int] = []  # the furthest end of the mentions starting at or before each
        furthest = -1
        for i in ordered:
            furthest = max(furthest, mentions[i].end)
            self._reach.append(furthest)

    def starting_at(self, position: int) -> Mention | None:
        i = self._by_start.get(position)
        return None if i is None else self.mentions[i]

    def country_ending_near(self, position: int, gap: int) -> Mention | None:
        """The first-listed country that ends 0 to ``gap`` characters before ``position``."""
        found = [i for end in range(position - gap, position + 1) for i in self._country_ends.get(end, ())]
        return self.mentions[min(found)] if found else None

    def countries_starting_in(self, low: int, high: int) -> list[Mention]:
        """The countries starting between ``low`` and ``high`` (inclusive), in the order listed."""
        at = bisect.bisect_left(self._country_starts, (low, -1))
        found = []
        while at < len(self._country_starts) and self._country_starts[at][0] <= high:
            found.append(self._country_starts[at][1])
            at += 1
        return [self.mentions[i] for i in sorted(found)]

    def covers(self, position: int) -> bool:
        """Whether a mention spans ``position`` (starts at or before it, ends after it)."""
        at = bisect.bisect_right(self._starts, position) - 1
        return at >= 0 and self._reach[at] > position
