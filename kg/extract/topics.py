"""Countries and places a post names as what an event is about, or inside another name, not as its
venue nor as a side to it: "the ceasefire in Gaza", "the escalation between Israel and Iran", "los
aranceles anunciados por Estados Unidos", "Reisadvies Venezuela", "Filipinos in Lebanon", "the South
China Sea", "the Gulf of Mexico" (the words: kg/data/topic_cues.tsv, every language's in every post).
Used for the title's countries (:mod:`kg.extract.parties`) and the places of sentences
(:mod:`kg.extract.places`)."""
from __future__ import annotations

import functools
from collections.abc import Callable

import regex

from kg import cues
from kg.datafiles import tsv_rows
from kg.literals import prefilter

# an article between a topic's words and the name: "the situation in the Sudan", "la guerra en el Sudán"
_ARTICLE = r"(?:(?:the|la|le|les|el|los|las|der|die|dem|den|des|il|lo|het|de|o|a|os|as)\s+|l['’]\s*)?"
_WINDOW = 80  # how far before a name its topic's words may start ("(tariffs|sanctions) … announced by")
_KINDS = ("topic", "water-before", "water-after", "topic-after")


@functools.lru_cache(maxsize=None)
def _pattern(kind: str) -> tuple[regex.Pattern, Callable[[str], object] | None]:
    """The cues of a kind as one pattern (ending where the name starts, or starting where it ends),
    and the search of a fold for the strings one of which a text needs to have one (kg.literals.trie:
    one scan for them all; None: not known, search)."""
    rows = [row["cue"] for _, row in tsv_rows("topic_cues.tsv") if row["kind"] == kind]
    alternatives = "|".join(f"(?:{cue})" for cue in rows) or "(?!)"
    if kind == "water-after":
        pattern = regex.compile(rf"\s+(?:{alternatives})(?![\p{{L}}\p{{N}}])", regex.IGNORECASE)
    elif kind == "topic-after":  # a language of postpositions and suffixes: "İran ile İsrail arasındaki", "Lübnan'daki"
        pattern = regex.compile(rf"(?:{alternatives})(?![\p{{L}}\p{{N}}])", regex.IGNORECASE)
    else:  # searched backwards from the name: the one place it can end is tried first, not every place before it
        pattern = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{alternatives})\s+{_ARTICLE}$", regex.IGNORECASE | regex.REVERSE)
    # (no rows: no text has a cue of the kind)
    return pattern, prefilter(alternatives, cues.fold) if rows else (lambda folded: None)


def _has(kind: str, text: str, match: bool = False, folded: str | None = None) -> bool:
    """Whether a cue of ``kind`` is in ``text`` (starts it, with ``match``); ``folded``: its
    cues.fold, where the caller has it."""
    pattern, find = _pattern(kind)
    if find is not None and find(cues.fold(text) if folded is None else folded) is None:
        return False
    return bool(pattern.match(text) if match else pattern.search(text))


def topical(text: str, start: int, end: int | None = None) -> bool:
    """Whether the name at ``text[start:end]`` is what the event is about (a topic's words right before
    it: "the ceasefire in", "escalation between") or part of a sea's or a gulf's name ("Sea of Japan",
    "South China Sea", with ``end``). (The strings the cues need are looked for first: topical over its
    11,379 names of the 10k build 0.16 -> 0.10 CPU s.)"""
    before = text[max(0, start - _WINDOW) : start]
    folded = cues.fold(before)
    if _has("topic", before, folded=folded) or _has("water-before", before, folded=folded):
        return True
    return end is not None and (_has("water-after", text[end : end + 20], match=True)
                                or _has("topic-after", text[end : end + _WINDOW], match=True))


def kinds() -> tuple[str, ...]:
    """The kinds of row kg/data/topic_cues.tsv may have."""
    return _KINDS


__all__ = ["kinds", "topical"]
