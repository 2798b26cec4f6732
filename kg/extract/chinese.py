"""Chinese: the dates of Chinese posts (kg/extract/dates.py asks only for a text with Han characters).

"2025年1月24日", "7月15日" (the year from the publication, later), "3月7日上午", ranges "5月7日至10日",
"5月30日至6月2日", "2025年5月7日—10日", in Western or full-width digits.
"""
from __future__ import annotations

import regex

HAN_CHARACTERS = "\u3400-\u4DBF\u4E00-\u9FFF"  # CJK Unified Ideographs and their Extension A
HAN = regex.compile(f"[{HAN_CHARACTERS}]")
_DATE = regex.compile(r"(?<!\d)(?:(?P<y>\d{4})\s*年\s*)?(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]"
                      r"(?:\s*(?:至|到|[-–—~～])\s*(?:(?P<m2>\d{1,2})\s*月\s*)?(?P<d2>\d{1,2})\s*[日号])?")


def find_dates(text: str) -> list:
    """The dates of a Chinese text, as :class:`kg.extract.dates.FoundDate`."""
    from kg.extract.dates import FoundDate

    found = []
    for match in _DATE.finditer(text):
        month, day = int(match["m"]), int(match["d"])
        year = int(match["y"]) if match["y"] else None
        end_month = int(match["m2"]) if match["m2"] else None
        end = int(match["d2"]) if match["d2"] else None
        if year is not None and not 1900 <= year < 2100:
            continue
        if not 1 <= month <= 12 or not 1 <= day <= 31:
            continue
        if end is not None and (not 1 <= end <= 31 or (end_month is not None and not 1 <= end_month <= 12)):
            end = end_month = None
        found.append(FoundDate(month, day, year, end_month, end, None, match.start(), match.end()))
    return found
