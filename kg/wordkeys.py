"""Words of a text and the keys names are matched by (:class:`kg.gazetteer.Gazetteer`): word tokens
with their offsets, case folding, Serbian Cyrillic spelled as Russian ("Ђурић" and "Джурич" meet),
Russian case endings cut off ("России" and "Россия" meet), and a name squashed as a hashtag writes it."""
from __future__ import annotations

import functools
import re
import unicodedata
from itertools import accumulate
from typing import Iterable

import regex

_LETTERS = regex.compile(r"[\p{L}\p{M}\p{N}]+")
_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*")
_TOKEN_SPLIT = regex.compile(f"({_TOKEN.pattern})")
_EMOJI_PLANE = (0x1F000, 0x1FFFF)  # where the emoji are, beyond the Basic Multilingual Plane
# a character beyond both: a text with one is split by _TOKEN_SPLIT (some old or rare script)
_FAR = re.compile("[\U00010000-\U0001efff\U00020000-\U0010ffff]")


@functools.lru_cache(maxsize=1)
def _near_split() -> re.Pattern:
    """:data:`_TOKEN_SPLIT` for a text with no character :data:`_FAR` finds: the standard library's
    re, its class the letters, marks and numbers of the Basic Multilingual Plane and the emoji plane
    as the regex module itself lists them (so the two cannot disagree, whatever their Unicode
    versions): re tests a character of that class against a bitmap, where the regex module looks up
    three properties. Splitting the 10k export's posts: 0.87-0.96 -> 0.52-0.53 CPU s; building
    this, 0.02 s once."""
    near = "".join(chr(c) for c in (*range(0xD800), *range(0xE000, 0x10000), *range(_EMOJI_PLANE[0], _EMOJI_PLANE[1] + 1)))
    runs: list[list[int]] = []
    for c in map(ord, regex.findall(r"[\p{L}\p{M}\p{N}]", near)):
        if runs and runs[-1][1] == c - 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    chars = "[" + "".join(f"\\U{low:08x}-\\U{high:08x}" for low, high in runs) + "]"
    return re.compile(f"({chars}+(?:-{chars}+)*)")


def tokens(text: str) -> tuple[list[str], list[int]]:
    """Word tokens of a text and their offsets: token ``j`` spans ``bounds[2j]:bounds[2j + 1]``.

    (One split and a running sum, both in C: a long post has thousands of tokens.)
    """
    parts = (_near_split() if text.isascii() or not _FAR.search(text) else _TOKEN_SPLIT).split(text)
    return parts[1::2], list(accumulate(map(len, parts)))


@functools.lru_cache(maxsize=8)
def scanned(text: str) -> tuple[list[str], list[int], tuple[str, ...]]:
    """:func:`tokens` of a text, with each word's key (:func:`word_key`): a post's title is
    looked up more than once (for its people, then for its countries)."""
    words, bounds = tokens(text)
    return words, bounds, tuple(map(_KEYS.__getitem__, words))


def words_of(text: str) -> list[str]:
    """The word tokens of a text, without offsets."""
    return _TOKEN.findall(text)


# Russian case endings, longest first: "России"/"Россия", "Лаврова"/"Лавров", "организации"/"организация"
# match as one stem. (Not -ов/-ев: they end surnames.) Only words of five letters or more are cut.
_RU_ENDINGS = tuple(sorted(
    "ами ями ого его ому ему ыми ими ой ей ий ый ым ая яя ое ее ую юю ом ем ам ям ах ях ию ия ие ии ью ья а я о е у ю ы и ь й".split(),
    key=len, reverse=True))
_CYRILLIC = regex.compile(r"\p{Cyrillic}")


# Serbian Cyrillic as Russian spells the same sounds, so that a Serbian spelling of a name finds the
# gazetteer's Russian one: "Ђурић" is "Джурич", "Вучић" "Вучич", "Небензја" "Небензя", "Сергеј"
# "Сергей". Russian has none of these letters: no Russian or Ukrainian word's key changes.
_SERBIAN_LETTERS = frozenset("ђћџљњј")
_SERBIAN_PLAIN = {"ђ": "дж", "ћ": "ч", "џ": "дж"}
_SOFT = {"а": "я", "у": "ю"}  # a vowel after љ, њ or a consonant's ј: "ља" is "ля", "зја" "зя"
_VOWELS = frozenset("аеиоуяюёэы")


def russian_spelling(word: str) -> str:
    """A folded Serbian Cyrillic word as Russian writes it (any other word as it is): ђ, џ -> дж,
    ћ -> ч; љ, њ -> ль, нь, and before a vowel л, н with the vowel softened (ља -> ля, њу -> ню);
    ј after a consonant softens the vowel after it (зја -> зя, сје -> се), elsewhere й (Сергеј -> сергей)."""
    if _SERBIAN_LETTERS.isdisjoint(word):
        return word
    out: list[str] = []
    for i, letter in enumerate(word):
        after = word[i + 1] if i + 1 < len(word) else ""
        if letter in _SERBIAN_PLAIN:
            out.append(_SERBIAN_PLAIN[letter])
        elif letter in "љњ":
            out.append(("л" if letter == "љ" else "н") + ("" if after in _VOWELS else "ь"))
        elif letter == "ј":
            before = word[i - 1] if i else ""
            soft = before and before not in _VOWELS and _CYRILLIC.match(before)
            out.append("ь" if soft and after not in _VOWELS else "" if soft else "й")
        elif letter in _SOFT and i and word[i - 1] in "љњ" or letter in _SOFT and i > 1 and word[i - 1] == "ј" \
                and word[i - 2] not in _VOWELS and _CYRILLIC.match(word[i - 2]):
            out.append(_SOFT[letter])
        else:
            out.append(letter)
    return "".join(out)


# Ukrainian as Russian spells the same sounds, so that a Ukrainian spelling or case of a name finds the
# gazetteer's Russian one: "Сікорським" is "Сикорским" (-ським: the instrumental of -ський), "Ван І" "Ван И",
# "ЄС" "ЕС", "Сибігою" "Сибигой". Only a word with a letter Russian lacks (і, ї, є, ґ) or Ukrainian's soft
# "-ськ-"/"-цьк-" is respelled: no Russian word's key changes.
_UKRAINIAN_LETTERS = frozenset("іїєґ")
_UKRAINIAN_PLAIN = str.maketrans({"і": "и", "ї": "и", "є": "е", "ґ": "г"})
_UKRAINIAN_SOFT = regex.compile(r"(?<=[сцз])ьк")
# Ukrainian case endings Russian lacks, cut before the Russian ones: the instrumental of -а/-я ("Сибігою",
# "Каєю"), of -ій ("Андрієм", "Сергієм") and of an adjectival surname ("Сікорським", "Зеленським")
_UKRAINIAN_ENDING = regex.compile(r"(?:(?<=[сц]к|ов|ев)им|ою|ею|ием)$")


def ukrainian_spelling(word: str) -> str:
    """A folded Ukrainian word as Russian writes it (any other word as it is): і, ї -> и (a final ї after
    a vowel -> й), є -> е, ґ -> г; -ськ-, -цьк- -> -ск-, -цк-."""
    if _UKRAINIAN_LETTERS.isdisjoint(word) and "ьк" not in word:
        return word
    word = _UKRAINIAN_SOFT.sub("к", word)
    if word.endswith("ї") and len(word) > 2 and word[-2] in _VOWELS | {"і", "є"}:
        word = word[:-1] + "й"  # "-ої", "-ної": the feminine genitive, Russian "-ой" ("Європейської": "европейской")
    return word.translate(_UKRAINIAN_PLAIN)


def _stem_respelled(word: str, respelled: str) -> str:
    """:func:`stem` of a word, and of a Ukrainian one (respelled from ``word``, or in an instrumental Russian
    writes otherwise or seldom: "Лавровим" "Лавровым", "Урсулою" "Урсулой") first without the endings Russian
    lacks (-ою, -ею, -ським, -овим)."""
    if (respelled != word or word.endswith(("овим", "евим", "ою", "ею"))) and len(respelled) >= 6:
        cut = _UKRAINIAN_ENDING.sub("", respelled)
        if cut != respelled:
            return cut
    return stem(respelled)


def stem(word: str) -> str:
    """A folded Russian word of five letters or more without its case ending; any other word as it is."""
    if len(word) >= 5 and not word.isascii() and _CYRILLIC.search(word):
        for ending in _RU_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                return word[: -len(ending)]
    return word


# Polish case endings of names, longest first: "Sikorskiego"/"Sikorski", "Sybihą"/"Sybiha", "Barrota"/"Barrot",
# "Rubiem"/"Rubio" meet as one stem. Only for the names of a Polish text (kg.extract.known): an English,
# Spanish or Portuguese name's key is never cut so.
_PL_ENDINGS = tuple(sorted("iego iemu ego emu owi iem ami ach im ym em om ą ę a u y i e o".split(), key=len, reverse=True))


def polish_stem(word: str) -> str:
    """A folded Latin word of a Polish text without its case ending, where three letters or more are left."""
    word = folded(word)
    for ending in _PL_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def words_key(words: Iterable[str]) -> tuple[str, ...]:
    """The key of a name's words: each word's :func:`word_key`."""
    return tuple(map(word_key, words))


def word_key(word: str) -> str:
    """A word as names are matched: case-folded, Serbian Cyrillic spelled as Russian, and for Russian
    stemmed (words recur: cached)."""
    return _KEYS[word]


class _Keys(dict):
    """word -> :func:`word_key`, made at the first asking. (A dict's own lookup, mapped over a
    text's words in C, is twice as fast as a function call through functools.lru_cache.)"""

    def __missing__(self, word: str) -> str:
        if len(self) >= _KEYS_KEPT:
            self.clear()  # a bound on memory, as lru_cache had
            _CUT.clear()
        serbian = russian_spelling(folded(word))
        spelled = ukrainian_spelling(serbian)
        key = self[word] = _stem_respelled(serbian, spelled)
        _CUT[word] = len(key) < len(spelled)
        return key


_KEYS_KEPT = 1 << 17
_KEYS = _Keys()
_CUT: dict[str, bool] = {}  # word -> whether its key cut an ending off (made with its key)


def squash(text: str) -> str:
    """A name as a hashtag would write it: letters and digits only, case folded."""
    return "".join(_LETTERS.findall(unicodedata.normalize("NFC", text))).casefold()


def cut_endings(words: list[str], key: tuple[str, ...]) -> frozenset[int]:
    """The words of a name whose key is shorter than the word: a stem with its ending cut off. (Told
    when the key was made: ``key`` is the words' keys.)"""
    cut = _CUT
    return frozenset(i for i, word in enumerate(words) if (cut[word] if word in cut else _cut_now(word)))


def _cut_now(word: str) -> bool:
    word_key(word)  # (a word's key and its cut are made, and forgotten, together)
    return _CUT[word]


def folded(word: str) -> str:
    """A word case-folded (and NFC-normalised, when not ASCII)."""
    return word.casefold() if word.isascii() else unicodedata.normalize("NFC", word).casefold()
