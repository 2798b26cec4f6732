"""Names read as an organisation's only in posts of some languages or in channels of some countries
(``kg/data/names_read_locally.tsv``): Turkish "AB" is the EU, "Plan AB" in English is not; "der Bundesrat" of a
Swiss channel is Switzerland's Federal Council, of a German one Germany's chamber of parliament."""
from __future__ import annotations

import functools

from kg.datafiles import tsv_rows
from kg.models import Mention

Limit = tuple[frozenset[str] | None, frozenset[str] | None]  # languages, countries; None: any


@functools.lru_cache(maxsize=1)
def limits() -> dict[tuple[str, str, str], Limit]:
    """(kind, ident, folded name) -> where the name is read: its languages and its channels' countries ("?": a
    channel whose country is not known)."""
    def cells(value: str) -> frozenset[str] | None:
        return None if value.strip() == "*" else frozenset(v.strip() for v in value.split(",") if v.strip())

    return {(row["kind"], row["ident"], row["name"].casefold()): (cells(row["languages"]), cells(row["countries"]))
            for _, row in tsv_rows("names_read_locally.tsv")}


def read_here(mentions: list[Mention], language: str | None, country: str | None) -> list[Mention]:
    """``mentions`` without the names the table limits to other languages or other countries' channels."""
    table = limits()
    kept = []
    for mention in mentions:
        limit = table.get((mention.kind, mention.ident, mention.surface.casefold()))
        if limit is None or ((limit[0] is None or language in limit[0])
                             and (limit[1] is None or (country or "?") in limit[1])):
            kept.append(mention)
    return kept


__all__ = ["limits", "read_here"]
