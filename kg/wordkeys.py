"""Words of a text and the keys names are matched by (:class:`kg.gazetteer.Gazetteer`): word tokens
with their offsets, case folding, Russian case endings cut off ("России" and "Россия" meet), and a
name squashed as a hashtag writes it."""
from __future__ import annotations

import functools
import unicodedata
from itertools import accumulate
from typing import Iterable

import regex

_LETTERS = regex.compile(r"[\p{L}\p{M}\p{N}]+")
_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*")
_TOKEN_SPLIT = regex.compile(f"({_TOKEN.pattern})")


def tokens(text: str) -> tuple[list[str], list[int]]:
    """Word tokens of a text and their offsets: token ``j`` spans ``bounds[2j]:bounds[2j + 1]``.

    (One split and a running sum, both in C: a long post has thousands of tokens.)
    """
    parts = _TOKEN_SPLIT.split(text)
    return parts[1::2], list(accumulate(map(len, parts)))


@functools.lru_cache(maxsize=8)
def scanned(text: str) -> tuple[list[str], list[int], tuple[str, ...]]:
    """:func:`tokens` of a text, with each word's key (:func:`word_key`): a post's title is
    looked up more than once (for its people, then for its countries)."""
    words, bounds = tokens(text)
    return words, bounds, tuple(map(word_key, words))


def words_of(text: str) -> list[str]:
    """The word tokens of a text, without offsets."""
    return _TOKEN.findall(text)


# Russian case endings, longest first: "России"/"Россия", "Лаврова"/"Лавров", "организации"/"организация"
# match as one stem. (Not -ов/-ев: they end surnames.) Only words of five letters or more are cut.
_RU_ENDINGS = tuple(sorted(
    "ами ями ого его ому ему ыми ими ой ей ий ый ым ая яя ое ее ую юю ом ем ам ям ах ях ию ия ие ии ью ья а я о е у ю ы и ь й".split(),
    key=len, reverse=True))
_CYRILLIC = regex.compile(r"\p{Cyrillic}")


def stem(word: str) -> str:
    """A folded Russian word of five letters or more without its case ending; any other word as it is."""
    if len(word) >= 5 and not word.isascii() and _CYRILLIC.search(word):
        for ending in _RU_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                return word[: -len(ending)]
    return word


def words_key(words: Iterable[str]) -> tuple[str, ...]:
    """The key of a name's words: each word's :func:`word_key`."""
    return tuple(map(word_key, words))


@functools.lru_cache(maxsize=1 << 17)
def word_key(word: str) -> str:
    """A word as names are matched: case-folded, and for Russian stemmed (words recur: cached)."""
    return stem(folded(word))


def squash(text: str) -> str:
    """A name as a hashtag would write it: letters and digits only, case folded."""
    return "".join(_LETTERS.findall(unicodedata.normalize("NFC", text))).casefold()


def cut_endings(words: list[str], key: tuple[str, ...]) -> frozenset[int]:
    """The words of a name whose key is shorter than the word: a stem with its ending cut off."""
    return frozenset(i for i, (word, cut) in enumerate(zip(words, key)) if len(cut) < len(folded(word)))


def folded(word: str) -> str:
    """A word case-folded (and NFC-normalised, when not ASCII)."""
    return word.casefold() if word.isascii() else unicodedata.normalize("NFC", word).casefold()
