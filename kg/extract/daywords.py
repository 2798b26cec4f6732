"""The words of days relative to a post's publication, by language: kg/data/relative_days.tsv, read once for both its
readers (kg.extract.relative reads "today", "yesterday", weekdays …; kg.extract.dates the weekdays written inside a
range of days, "du lundi 3 au samedi 8 mars")."""
from __future__ import annotations

import functools

from kg.datafiles import tsv_rows

_KINDS = ("two", "today", "yesterday", "daybefore", "weekdays", "lead", "next", "future", "after")


@functools.lru_cache(maxsize=1)
def table() -> dict[str, dict[str, str]]:
    """kg/data/relative_days.tsv: the words of each kind, by language."""
    words: dict[str, dict[str, str]] = {kind: {} for kind in _KINDS}
    for number, row in tsv_rows("relative_days.tsv"):
        if row["kind"] not in words or row["language"] in words[row["kind"]]:
            raise ValueError(f"kg/data/relative_days.tsv:{number}: an unknown kind, or a second row of its kind and language")
        words[row["kind"]][row["language"]] = row["words"]
    return words


__all__ = ["table"]
