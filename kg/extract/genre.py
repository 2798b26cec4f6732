"""A title that opens with the genre of the release ("MFA Press Release: …", "Press Statement: …", "Media Release:
…"): the genre says how the news is put out, not what event it reports; the event is what the rest of the title
names ("MFA Press Release: Minister … 's Attendance at the 58th ASEAN Foreign Ministers' Meeting" is a meeting).
"""
from __future__ import annotations

import regex

_GENRE = regex.compile(r"^[\W_]*(?:\p{Lu}{2,5}\s+)?(?:Press\s+Release|Press\s+Statement|Media\s+Release|News\s+Release)\s*:\s*",
                       regex.IGNORECASE)


def after_genre(title: str) -> str | None:
    """The rest of a title after its genre prefix, or None where it has none (most titles: one literal test)."""
    if not any(word in title for word in ("elease", "tatement", "ELEASE", "TATEMENT")):  # "PRESS RELEASE: …" too
        return None
    match = _GENRE.match(title)
    rest = title[match.end():] if match else ""
    return rest if rest.strip() else None
