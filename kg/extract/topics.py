"""Countries and places a post names as what an event is about, or inside another name, not as its
venue nor as a side to it: "the ceasefire in Gaza", "the escalation between Israel and Iran", "los
aranceles anunciados por Estados Unidos", "Reisadvies Venezuela", "Filipinos in Lebanon", "the South
China Sea", "the Gulf of Mexico" (the words: kg/data/topic_cues.tsv, every language's in every post).
Used for the title's countries (:mod:`kg.extract.parties`) and the places of sentences
(:mod:`kg.extract.places`)."""
from __future__ import annotations

import functools

import regex

from kg import cues
from kg.datafiles import tsv_rows
from kg.literals import required

# an article between a topic's words and the name: "the situation in the Sudan", "la guerra en el Sudán"
_ARTICLE = r"(?:(?:the|la|le|les|el|los|las|der|die|dem|den|des|il|lo|het|de|o|a|os|as)\s+|l['’]\s*)?"
_WINDOW = 80  # how far before a name its topic's words may start ("(tariffs|sanctions) … announced by")
_KINDS = ("topic", "water-before", "water-after", "topic-after")


@functools.lru_cache(maxsize=None)
def _pattern(kind: str) -> tuple[regex.Pattern, tuple[str, ...] | None]:
    """The cues of a kind as one pattern (ending where the name starts, or starting where it ends),
    and strings one of which (folded) a text needs to have one (None: not known, or too short to be
    worth it: search)."""
    rows = [row["cue"] for _, row in tsv_rows("topic_cues.tsv") if row["kind"] == kind]
    alternatives = "|".join(f"(?:{cue})" for cue in rows) or "(?!)"
    if kind == "water-after":
        pattern = regex.compile(rf"\s+(?:{alternatives})(?![\p{{L}}\p{{N}}])", regex.IGNORECASE)
    elif kind == "topic-after":  # a language of postpositions and suffixes: "İran ile İsrail arasındaki", "Lübnan'daki"
        pattern = regex.compile(rf"(?:{alternatives})(?![\p{{L}}\p{{N}}])", regex.IGNORECASE)
    else:  # searched backwards from the name: the one place it can end is tried first, not every place before it
        pattern = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{alternatives})\s+{_ARTICLE}$", regex.IGNORECASE | regex.REVERSE)
    found = required("|".join(f"(?:{cue})" for cue in rows), cues.fold) if rows else frozenset()
    # strings worth looking for first only where each is rare enough (not the topics' " in") and they are few (a
    # backwards search costs less than thirty substring tests)
    worth = found is not None and len(found) <= 8 and min(map(len, found), default=4) >= 4
    return pattern, tuple(sorted(found)) if worth else None


def _has(kind: str, text: str, match: bool = False) -> bool:
    pattern, literals = _pattern(kind)
    if literals is not None:
        folded = cues.fold(text)
        if not any(s in folded for s in literals):
            return False
    return bool(pattern.match(text) if match else pattern.search(text))


def topical(text: str, start: int, end: int | None = None) -> bool:
    """Whether the name at ``text[start:end]`` is what the event is about (a topic's words right before
    it: "the ceasefire in", "escalation between") or part of a sea's or a gulf's name ("Sea of Japan",
    "South China Sea", with ``end``)."""
    before = text[max(0, start - _WINDOW) : start]
    if _has("topic", before) or _has("water-before", before):
        return True
    return end is not None and (_has("water-after", text[end : end + 20], match=True)
                                or _has("topic-after", text[end : end + _WINDOW], match=True))


def kinds() -> tuple[str, ...]:
    """The kinds of row kg/data/topic_cues.tsv may have."""
    return _KINDS


__all__ = ["kinds", "topical"]
