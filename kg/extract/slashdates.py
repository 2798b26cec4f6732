"""A range of days before a numeric month and year, as Belgium, France and much of Europe write it: "24-25/06/2025",
"📍 Bruxelles, 26-29/09/2024" (day first: the month is the middle number). A single "24/06/2025" is not read here:
the United States write the month first, and one date alone does not tell which it is; a range does (its two days
share the month). kg/extract/dates.py asks only for a text with a "/".
"""
from __future__ import annotations

import regex

_RANGE = regex.compile(r"(?<![\d/.])(?P<d1>[0-3]?\d)\s*[-–]\s*(?P<d2>[0-3]?\d)/(?P<m>[01]?\d)/(?P<y>(?:19|20)\d\d)(?![\d/])")


def find_dates(text: str) -> list:
    """The day ranges "D-D/MM/YYYY" of a text, as :class:`kg.extract.dates.FoundDate`."""
    from kg.extract.dates import FoundDate

    found = []
    for match in _RANGE.finditer(text):
        first, last, month = int(match["d1"]), int(match["d2"]), int(match["m"])
        if 1 <= month <= 12 and 1 <= first < last <= 31:
            found.append(FoundDate(month, first, int(match["y"]), None, last, None, match.start(), match.end()))
    return found
