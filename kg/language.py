"""The language of a text: the script decides where one language writes it; plainly English or
Russian text is told by its commonest words; otherwise lingua's detector chooses among the languages of
the text's script (:func:`detect_languages`). Pure functions over strings; the detectors are built
lazily, once a script.
"""
from __future__ import annotations

import functools
import re
import string

import regex


# Languages a Telegram channel about world affairs is likely to be written in, by script. A script
# that only one of them uses decides at once; for Latin and Cyrillic text the detector chooses among
# that script's languages only, which keeps it fast and its memory small.
_BY_SCRIPT = {
    "Latin": ("ENGLISH", "FRENCH", "GERMAN", "SPANISH", "PORTUGUESE", "ITALIAN", "TURKISH", "INDONESIAN",
              "MALAY", "VIETNAMESE", "POLISH", "DUTCH", "SERBIAN", "CROATIAN"),
    "Cyrillic": ("RUSSIAN", "UKRAINIAN", "BELARUSIAN", "SERBIAN", "KAZAKH", "MONGOLIAN", "BULGARIAN"),
    "Arabic": ("ARABIC", "PERSIAN", "URDU"),
    "Han": ("CHINESE", "JAPANESE"),
}
# lingua's Serbian is Cyrillic only: Serbian in Latin letters reads as Croatian (without Croatian, as
# Turkish or Malay). Of a text read as Croatian, one in Serbian's ekavian forms more than in the ijekavian
# forms of Croatian (and Bosnian) is Serbian: "predsednik"/"predsjednik", "sednica"/"sjednica",
# "vreme"/"vrijeme", "spoljnih"/"vanjskih", "bezbednost"/"sigurnost". (Croatian costs the detector 3%:
# 1.62 -> 1.67 CPU s on 4,951 posts of a generated export; a megabyte.)
_EKAVIAN = regex.compile(r"(?i)\b(?:predsedni\w*|predsedava\w*|sednic\w*|bezbednost\w*|spoljn\w*|vreme\w*|uvek|gde|deo"
                         r"|nedelj\w*|takođe|svet\w*|mesec\w*|mesto|reč\w*|saopštenj\w*|obaveštenj\w*|učestvova\w*)\b")
_IJEKAVIAN = regex.compile(r"(?i)\b(?:predsjedni\w*|predsjedava\w*|sjednic\w*|sigurnost\w*|bezbjednost\w*|vanjsk\w*"
                           r"|vrijeme\w*|uvijek|gdje|dio|tjed\w*|također|svijet\w*|mjesec\w*|mjesto|riječ\w*|priopćenj\w*"
                           r"|obavijest\w*|sudjelova\w*)\b")


# Most posts are plainly English or plainly Russian, and the detector, the dearest step of reading a
# post's language (0.35 ms a post, a fifth of a build's time), is not asked about those. A Latin
# sample with "the" and three more of English's commonest words, a fifth of its words of them, is
# English: no other language kg reads writes "the". A Cyrillic sample with ы or э (Ukrainian,
# Serbian and Bulgarian have neither) and none of the letters of Ukrainian, Belarusian, Serbian,
# Macedonian, Kazakh or Mongolian, two of Russian's commonest words and a sixth of its words of
# them, is Russian. On 19,760 long samples (a generated 10k export and its plain-text copy, seeds/,
# the five held-out sets) these rules read 17,514, and the detector said otherwise of eight, all its
# own mistakes: English sentences of names and offices ("Russia's Head of the Chechen Republic Ramzan
# Kadyrov's statement and answers to media questions following the BRICS …") as French, Dutch or Italian.
_PLAIN = {  # language: its commonest words, how many of them a sample must have, and their least share
    "en": (frozenset("the and of to in with on for is was has have will by at from that this which are were be its an "
                     "their as".split()), 4, 1 / 5),
    "ru": (frozenset("и в на с по что не о к из за для от со это как также был была были его её их".split()), 2, 1 / 6),
}
_RUSSIAN_LETTERS = re.compile("[ыэЫЭ]")
_OTHER_CYRILLIC = re.compile("[іїєґђјљњћџўәғқңөұүһѓќѕІЇЄҐЂЈЉЊЋЏЎӘҒҚҢӨҰҮҺЃЌЅ]")
_WORD = re.compile(r"[^\W\d_]+")


def _plain_language(script: str, sample: str) -> str | None:
    """"en" or "ru" for a sample that is plainly English or Russian (above), else None."""
    lower = sample.lower()
    if script == "Latin" and " the " in f" {lower} ":
        language = "en"
    elif script == "Cyrillic" and _RUSSIAN_LETTERS.search(sample) and not _OTHER_CYRILLIC.search(sample):
        language = "ru"
    else:
        return None
    common, least, share = _PLAIN[language]
    words = _WORD.findall(lower)
    hits = [word for word in words if word in common]
    return language if len(set(hits)) >= least and len(hits) >= share * len(words) else None


def _croatian_or_serbian(text: str) -> str:
    """"hr", or "sr" for a text the detector read as Croatian that writes Serbian's ekavian forms."""
    return "sr" if len(_EKAVIAN.findall(text[:_SCRIPT_SAMPLE])) > len(_IJEKAVIAN.findall(text[:_SCRIPT_SAMPLE])) else "hr"


_SINGLE_SCRIPT = {
    "Devanagari": "hi", "Bengali": "bn", "Hangul": "ko", "Hiragana": "ja", "Katakana": "ja", "Thai": "th",
    "Georgian": "ka", "Armenian": "hy", "Greek": "el", "Hebrew": "he", "Tamil": "ta", "Telugu": "te",
}
# Letters of each script, as code point ranges (the standard library's re is fast on these).
_RANGES = {
    "Latin": "A-Za-z\u00c0-\u024f\u1e00-\u1eff", "Cyrillic": "\u0400-\u04ff", "Arabic": "\u0600-\u06ff",
    "Han": "\u4e00-\u9fff", "Devanagari": "\u0900-\u097f", "Bengali": "\u0980-\u09ff",
    "Hangul": "\uac00-\ud7af", "Hiragana": "\u3040-\u309f", "Katakana": "\u30a0-\u30ff",
    "Thai": "\u0e00-\u0e7f", "Georgian": "\u10a0-\u10ff", "Armenian": "\u0530-\u058f",
    "Greek": "\u0370-\u03ff", "Hebrew": "\u0590-\u05ff", "Tamil": "\u0b80-\u0bff", "Telugu": "\u0c00-\u0c7f",
}
# runs of letters of the two scripts a bilingual post is told between
_LETTER_RUNS = {name: re.compile(f"[{_RANGES[name]}]+") for name in ("Latin", "Cyrillic")}
# runs of one script's words, with the spaces and apostrophes between them
_SCRIPT_RUNS = {name: re.compile(f"[{_RANGES[name]}][{_RANGES[name]}\\s'’-]*") for name in _BY_SCRIPT}


def _script_table() -> tuple[dict[int, str | None], dict[str, str]]:
    """str.translate table that turns each letter of a script into that script's mark (a private
    use character; the marks themselves are deleted from the text): counting the marks counts every
    script's letters in one pass."""
    table: dict[int, str | None] = {}
    marks = {name: chr(0xF0000 + i) for i, name in enumerate(_RANGES)}
    for name, chars in _RANGES.items():
        for low, high in re.findall(r"(.)(?:-(.))?", chars):
            table.update(dict.fromkeys(range(ord(low), ord(high or low) + 1), marks[name]))
    table.update(dict.fromkeys(map(ord, marks.values())))
    return table, marks


_SCRIPT_TABLE, _SCRIPT_MARKS = _script_table()
_ASCII_LETTERS = string.ascii_letters.encode()
_SAMPLE = 250
_HEAD = 600
_SCRIPT_SAMPLE = 4000
_START = 700  # the characters whose words _by_script reads first (they nearly always hold the head and the sample)
# A sample whose distinct words are fewer characters than this is short: its names are left out
# and its language taken only when its words tell it clearly (:func:`_detect_short`). (lingua's
# high-accuracy mode reads short texts better, "El ministro se reunió con su homólogo" as Spanish
# where the fast mode says Malay, but its models take 260 MB for Latin script and 150 MB for
# Cyrillic in every process, and 2-3.5 s to load: kg keeps the fast mode.)
_SHORT = 120
_CLUES = 6  # letters of lower-case words a short sample needs to tell its language
_MARGIN = 0.1  # confidence by which the first language of a short sample must lead the second


@functools.lru_cache(maxsize=None)
def _detector(script: str):
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in _BY_SCRIPT[script] if hasattr(Language, name)]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def load_language_models() -> None:
    """Load the detector's models now, not at the first text of each script. ``kg build
    --jobs`` calls this before it forks, so that the workers share one copy of the models instead
    of each loading its own (0.3 s of CPU a worker). The samples use letters every language of
    their script has, so that no language is ruled out and every model is loaded."""
    _detector("Latin").detect_language_of("the one in a port not on the road")
    _detector("Cyrillic").detect_language_of("он на том порт в кот рот")


_NOT_WORDS = regex.compile(r"(?:https?://\S+|#\S+|@\w+|[\p{Extended_Pictographic}\p{N}\p{P}\p{S}]+)")


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text does not tell it: too few
    letters, only names, or no language clearly ahead of the others (:func:`_detect_short`).

    Looks at the first few hundred characters of words (links, hashtags and emoji removed).
    """
    return detect_languages([text])[0]


def detect_languages(texts: list[str]) -> list[str | None]:
    """:func:`detect_language` of each text. The detector runs on the texts one after the other,
    which keeps its models in the processor's cache: faster than one call between other work."""
    found: list[str | None] = []
    samples: dict[str, list[tuple[int, str]]] = {}
    short: dict[str, list[tuple[int, list[str]]]] = {}
    for i, text in enumerate(texts):
        language, script, sample = _by_script(text)
        found.append(language)
        if sample:
            words = list(dict.fromkeys(sample.split()))
            if sum(map(len, words)) + len(words) <= _SHORT:
                short.setdefault(script, []).append((i, words))
            else:
                found[i] = _plain_language(script, sample)
                if found[i] is None:
                    samples.setdefault(script, []).append((i, sample))
    for script, todo in samples.items():
        detect = _detector(script).detect_language_of
        for i, sample in todo:
            language = detect(sample)
            found[i] = language.iso_code_639_1.name.lower() if language else None
    for script, todo_short in short.items():
        for i, words in todo_short:
            found[i] = _detect_short(script, words)
    return [_croatian_or_serbian(texts[i]) if language == "hr" else language for i, language in enumerate(found)]


def _detect_short(script: str, words: list[str]) -> str | None:
    """The language of a sample of few distinct words (a short text, or one sentence repeated).

    Capitalised words are mostly names (people, places, organisations), which read as any
    language: "Sergey Lavrov met Wang Yi in Beijing" reads as Vietnamese, with Subrahmanyam
    Jaishankar as Malay. Only the lower-case words are evidence; with fewer than a few letters of
    them (a dateline, a list of names, "met in") the text does not tell its language. The detector
    reads them, and a language that does not clearly lead the others is not taken.
    """
    clues = [word for word in words if not word[:1].isupper()]
    if sum(map(len, clues)) < _CLUES:
        return None
    values = _detector(script).compute_language_confidence_values(" ".join(clues))
    if not values or (len(values) > 1 and values[0].value - values[1].value < _MARGIN):
        return None
    return values[0].language.iso_code_639_1.name.lower()


def _by_script(text: str) -> tuple[str | None, str, str]:
    """The language where the script tells it, else the script and the sample the detector reads.
    (No match of _NOT_WORDS takes in a space: the words of a text up to one are the start of its
    words, which tell what the whole would where they hold the head and the sample, and there is no
    majority script to count, no Cyrillic letter. _by_script of the 10k build's 9,522 texts 0.70 -> 0.51 CPU s.)"""
    sample = text[:_SCRIPT_SAMPLE]
    cut = sample.find(" ", _START)
    found = (_by_script_of(_NOT_WORDS.sub(" ", sample[:cut]), whole=False)
             if cut >= 0 and not _LETTER_RUNS["Cyrillic"].search(sample) else None)
    return found or _by_script_of(_NOT_WORDS.sub(" ", sample))


def _by_script_of(words: str, whole: bool = True) -> tuple[str | None, str, str] | None:
    """:func:`_by_script` of a text's words, or of their start (not ``whole``; None where too short)."""
    if not whole and len(words) < _HEAD:
        return None
    head = words[:_HEAD]
    if head.isascii():  # (most posts) its letters are all Latin: counted without the table
        counts = {"Latin": len(head) - len(head.encode().translate(None, _ASCII_LETTERS))}
    else:
        head = head.translate(_SCRIPT_TABLE)
        counts = {name: head.count(mark) for name, mark in _SCRIPT_MARKS.items()}
    script, letters = max(counts.items(), key=lambda item: item[1])
    if letters < 3:
        return None, script, ""
    if whole and script in ("Latin", "Cyrillic") and len(words) > _HEAD:
        script = _majority_script(words)
    if script in _SINGLE_SCRIPT:
        return _SINGLE_SCRIPT[script], script, ""
    if script == "Han" and (counts["Hiragana"] or counts["Katakana"]):
        return "ja", script, ""
    # the detector reads a sample of the majority script's text
    runs = " ".join(_SCRIPT_RUNS[script].findall(words))
    return None if not whole and len(runs) < _SAMPLE else (None, script, runs[:_SAMPLE])


def _majority_script(words: str) -> str:
    """Of a bilingual post, the script most of the whole text is in, Latin on a tie. The letters are
    counted only where the text has both scripts (most posts are in one: a third of the time)."""
    if not _LETTER_RUNS["Cyrillic"].search(words):
        return "Latin"
    if not _LETTER_RUNS["Latin"].search(words):
        return "Cyrillic"
    latin, cyrillic = (sum(map(len, _LETTER_RUNS[name].findall(words))) for name in ("Latin", "Cyrillic"))
    return "Latin" if latin >= cyrillic else "Cyrillic"
