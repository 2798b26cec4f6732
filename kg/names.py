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

# a generational suffix after a surname, no part of the surname: "Ferdinand Marcos Jr.", "Lloyd J. Austin III"
GENERATIONAL_SUFFIXES = ("Jr", "Sr", "II", "III", "IV")


def name_key(name: str) -> str:
    folded = " ".join(unicodedata.normalize("NFC", name).casefold().split())
    return folded.lstrip("# ")  # "##x" and "# x" too: a key never starts with "#" (kgsh:Named-nameKey)


# Russian Cyrillic in Latin letters as English-language news write names: "Фарид Мухаметшин" ->
# "Farid Mukhametshin", "Юрий Ушаков" -> "Yury Ushakov" (-ий, -ый at a word's end are -y)
_LATIN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                  "a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya".replace("-", "").split(" ")))


def latin(name: str) -> str | None:
    """A Cyrillic name in Latin letters, for finding a person the text names only in Cyrillic by
    their English spelling; None if the name is not all Cyrillic."""
    if not name or any(c.isalpha() and c.casefold() not in _LATIN for c in name):
        return None
    out = []
    for word in name.split():
        word = word[:-2] + "y" if word.casefold().endswith(("ий", "ый")) else word
        letters = [_LATIN.get(c.casefold(), c) for c in word]
        out.append("".join(t.capitalize() if c.isupper() else t for c, t in zip(word, letters)))
    return " ".join(out)


# Serbian Cyrillic in its own Latin alphabet, letter for letter, as Serbia and the English-language
# press write Serbian names: "Марко Ђурић" -> "Marko Đurić", "Небојша Стефановић" -> "Nebojša Stefanović"
_SERBIAN_LATIN = dict(zip("абвгдђежзијклљмнњопрстћуфхцчџш",
                          "a b v g d đ e ž z i j k l lj m n nj o p r s t ć u f h c č dž š".split(" ")))


def serbian_latin(name: str) -> str | None:
    """A Serbian Cyrillic name in Serbian Latin letters; None if the name is not all Serbian Cyrillic."""
    if not name or any(c.isalpha() and c.casefold() not in _SERBIAN_LATIN for c in name):
        return None
    out = []
    for word in name.split():
        letters = [_SERBIAN_LATIN.get(c.casefold(), c) for c in word]
        out.append("".join(t.capitalize() if c.isupper() else t for c, t in zip(word, letters)))
    return " ".join(out)

# Ukrainian Cyrillic in Latin letters by Ukraine's official transliteration (2010), as Ukraine's ministries and
# the English-language press write Ukrainian names: "Георгій Тихий" -> "Heorhii Tykhyi", "Юлія Свириденко" ->
# "Yuliia Svyrydenko"; є, ї, й, ю, я at a word's start are ye, yi, y, yu, ya
_UKRAINIAN_LATIN = dict(zip("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
                            "a b v h g d e ie zh z y i i i k l m n o p r s t u f kh ts ch sh shch - iu ia".replace("-", "").split(" ")))
_UKRAINIAN_START = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def ukrainian_latin(name: str) -> str | None:
    """A Ukrainian Cyrillic name in Latin letters; None if the name is not all Ukrainian Cyrillic."""
    if not name or any(c.isalpha() and c.casefold() not in _UKRAINIAN_LATIN for c in name):
        return None
    out = []
    for word in name.split():
        letters = []
        for i, c in enumerate(word):
            low = c.casefold()
            start = i == 0 or word[i - 1] == "-"  # (after an apostrophe too: "Мар'яна" Mariana)
            t = _UKRAINIAN_START.get(low, _UKRAINIAN_LATIN.get(low, c)) if start else _UKRAINIAN_LATIN.get(low, c)
            t = "gh" if low == "г" and i and word[i - 1].casefold() == "з" else t  # "зг": zgh
            letters.append(t.capitalize() if c.isupper() else t)
        out.append("".join(letters).replace("'", "").replace("’", ""))
    return " ".join(out)
