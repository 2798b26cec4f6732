"""The one way kg folds a name for lookups: ``kg:nameKey`` in the graph, ``?NAME_key`` in queries.

Matching names case-insensitively in SPARQL (``FILTER(LCASE(STR(?label)) = ...)``) makes every
lookup scan every label in the store, seconds at a hundred thousand posts. So kg writes, beside
each label and alternative label of a person, organisation, place, country, channel or hashtag,
its folded form as ``kg:nameKey``, and binds a ``name`` parameter of a stored query folded the
same way: a lookup becomes one index access. Folding: Unicode NFC, case folding (so "STRASSE",
"Straße" and "strasse" meet), white space collapsed, and a leading ``#`` dropped (so "#SCO" finds
the hashtag SCO and whatever bears that name).
"""
from __future__ import annotations

import unicodedata


def name_key(name: str) -> str:
    folded = " ".join(unicodedata.normalize("NFC", name).casefold().split())
    return folded.lstrip("# ")  # "##x" and "# x" too: a key never starts with "#" (kgsh:Named-nameKey)
