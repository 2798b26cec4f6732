"""Which writing systems a text has letters of: one home for the script tests of the extraction rules.

``HAS[name]`` finds a character of that Unicode script (``\\p{Script}``, any of its letters, marks or
signs). The date grammars gate on their own narrower letter ranges (:data:`kg.extract.arabic.ARABIC_LETTERS`,
:data:`kg.extract.chinese.HAN_CHARACTERS`), which are what their patterns read; the language of a text is
told by :mod:`kg.language`, which counts letters by code point ranges in one pass.
"""
from __future__ import annotations

import regex

HAS: dict[str, regex.Pattern] = {
    name: regex.compile(rf"\p{{{name}}}") for name in ("Latin", "Cyrillic", "Arabic", "Han", "Devanagari")
}
_ARABIC_OR_HAN = regex.compile(r"[\p{Arabic}\p{Han}]")


def script_of(word: str) -> str | None:
    """The script (a name of :data:`HAS`) a word's first character is of, or None."""
    return next((name for name, pattern in HAS.items() if pattern.match(word)), None)


def arabic_or_han(text: str) -> bool:
    """Whether a text has a character of the Arabic or the Han script (names of bodies and people in
    those scripts are read by :mod:`kg.extract.scriptnames`)."""
    return _ARABIC_OR_HAN.search(text) is not None


# a name written in one script, its words, marks and joining punctuation: "Ayman Safadi أيمن الصفدي" is two such runs
_SCRIPT_RUN = regex.compile(r"\p{Latin}[\p{Latin}\p{M}.'’ -]*|\p{Arabic}[\p{Arabic}\p{M} ]*|\p{Cyrillic}[\p{Cyrillic} -]*|\p{Han}+")


def script_runs(text: str) -> list[str]:
    """The runs of ``text`` each in one script (Latin, Arabic, Cyrillic, Han): a channel named in two scripts, name by
    name ("Ayman Safadi أيمن الصفدي" -> "Ayman Safadi ", "أيمن الصفدي")."""
    return _SCRIPT_RUN.findall(text)
