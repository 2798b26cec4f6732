"""Russian: "г." (город, city) and "гор." before a city's name ("в г. Бишкек", "📍 г. Астана", "г. Бишкек, 13 июня
2025 года"): the abbreviation is blanked out before a post is read, so that the sentence does not end at its dot and
the city is read as if written alone. The blanks keep the text's length, and so every position in it. A year's "г."
("2025 г. Министр …") is left: a number comes before it.
"""
from __future__ import annotations

import regex

_CITY_MARKER = regex.compile(r"(?<![\p{L}\p{N}])(?<!\d\s)(?:г|гор)\.[^\S\n]?(?=\p{Lu})")


def without_city_marker(text: str) -> str:
    """``text`` with each "г. " before a capitalised word replaced by as many spaces."""
    if "г." not in text and "гор." not in text:  # (most texts have neither)
        return text
    return _CITY_MARKER.sub(lambda m: " " * len(m.group(0)), text)
