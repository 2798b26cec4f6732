"""Text helpers shared by every reader: hashtags, links, artefact lines, titles, language.

Pure functions over strings; no I/O except the lazily built language detector.
"""
from __future__ import annotations

import functools
import re
import string
import unicodedata

import regex

_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\p{N}]")
_DIGIT = regex.compile(r"\d")
_BLANKS = regex.compile(r"[\s\u00a0\u2800]+")

# A hashtag is '#' and a run of letters, marks, digits, '_' (and the joiners some scripts need),
# with at least one letter, not glued to a preceding word or URL character.
_HASHTAG = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}_/&#])#([\p{L}\p{M}\p{N}_\u200c\u200d]*\p{L}[\p{L}\p{M}\p{N}_\u200c\u200d]*)"
)
_LINK = regex.compile(r"(?:https?://|www\.|t\.me/)[^\s<>\"«»“”]+", regex.IGNORECASE)
_LINK_TRAIL = ".,;:!?)]}'’”»…"

# Characters that look blank: ordinary white space plus the Braille blank (U+2800) and
# the invisible format characters channels use as spacers.
_BLANKISH = regex.compile(r"^[\s\u2800\u200b\u200c\u200d\u2060\ufeff]*$")
_EMOJI_ONLY = regex.compile(r"^[\p{Extended_Pictographic}\p{Emoji_Component}\p{Mn}\s\u200d\ufe0f]*$")
_LEADING_DECOR = regex.compile(r"^[\p{Extended_Pictographic}\p{Emoji_Component}\ufe0f\u200d\s•·▪️🔹🔸]+")

# Lines that a copied channel shows but that are not the post's words.
_MEDIA_LINES = {
    "media is too big",
    "view in telegram",
    "this media is not supported in your browser",
    "this media is not supported by your browser",
    "open in telegram",
}
_MEDIA_LONGEST = max(map(len, _MEDIA_LINES))
_READ_MORE = regex.compile(
    r"^(?:read in full|read more|full text|continue reading|подробнее|читать (?:полностью|далее)|"
    r"lire la suite|en savoir plus|पूरा पढ़ें|और पढ़ें)\b.{0,80}$",
    regex.IGNORECASE,
)
# A lone link label ("📰 Read", "📺 Watch"), with at most the link itself after it.
_LINK_LABEL = regex.compile(
    r"^(?:read|watch|more|video|lire|regarder|читать|смотреть|видео)\s*:?\s*(?:https?://\S+)?$", regex.IGNORECASE
)
_REACTIONS = regex.compile(r"^(?:[\p{Extended_Pictographic}\ufe0f\u200d]+\s*\d+(?:[.,]\d+)?[KkMm]?\s*)+$")


def is_blank(line: str) -> bool:
    return bool(_BLANKISH.match(line))


def hashtags(text: str) -> list[str]:
    """Hashtags in order of first appearance, each once, as written, without '#'."""
    seen: dict[str, None] = {}
    for match in _HASHTAG.finditer(text):
        seen.setdefault(match.group(1), None)
    return list(seen)


def links(text: str) -> list[str]:
    """Links in order of first appearance, each once, trailing punctuation removed."""
    lowered = text.lower()
    if "http" not in lowered and "www." not in lowered and "t.me/" not in lowered:
        # no link can start here (no character but these letters lowers or case-folds to them):
        # a fifth of the time of the expression, which tries every position of a long post
        return []
    seen: dict[str, None] = {}
    for match in _LINK.finditer(text):
        url = match.group(0).rstrip(_LINK_TRAIL)
        if url.lower().startswith(("www.", "t.me/")):
            url = "https://" + url
        seen.setdefault(url, None)
    return list(seen)


def strip_decor(line: str) -> str:
    """The line without leading emoji, bullets and white space."""
    return _LEADING_DECOR.sub("", line).strip()


def artefact_kind(line: str) -> str | None:
    """What an artefact line tells ('media', 'link', 'reactions', 'omission'), or None for a real line."""
    bare = strip_decor(line).strip()
    # (casefold() never shortens a text: a line longer than the media lines is none of them, and is
    # not folded, a copy of a whole paragraph at times)
    if len(bare) <= _MEDIA_LONGEST and bare.casefold() in _MEDIA_LINES:
        return "media"
    if _LINK_LABEL.match(bare) or (_READ_MORE.match(bare) and not hashtags(bare) and (len(bare) <= 40 or links(bare))):
        return "link"
    if _REACTIONS.match(line.strip()):
        return "reactions"
    return None


def is_hashtag_line(line: str) -> bool:
    """True for a line made only of hashtags (and emoji or punctuation around them)."""
    if "#" not in line:  # (no hashtag without it: most lines are spared two scans)
        return False
    rest = _HASHTAG.sub("", line)
    return bool(hashtags(line)) and not _LETTER_OR_DIGIT.search(rest)


_OMISSION = regex.compile(r"^\s*[<\[(]\s*(?:\.\.\.|…)\s*[>\])]\s*$")


def is_meaningful(line: str) -> bool:
    """A line that can be a post's title: not blank, not an artefact, not only hashtags, emoji or '<...>'."""
    return not (
        is_blank(line)
        or artefact_kind(line)
        or is_hashtag_line(line)
        or _EMOJI_ONLY.match(line)
        or _OMISSION.match(line)
    )


def title_of(lines: list[str]) -> str:
    """The first meaningful line of a post, stripped; empty where there is none."""
    for line in lines:
        if is_meaningful(line):
            return normalise_space(line)
    return ""


# a full stop after a title's abbreviation or an initial ("Dr. S. Jaishankar", "H.E. Mr. Donald J. Trump"),
# a time's "a.m."/"p.m." ("commencing at 2:00 p.m. (local time) for approximately 80 minutes, Mr. …"),
# "approx.", "No. 127", or after a year's "г." ("24 сентября 2024 г. – Президент …"), does not end a sentence; nor
# does a Philippine "Ma." (Maria: "Ma. Teresita C. Daza"), nor a name's "Jr."/"Sr." before a word in lower case
# ("Gilberto C. Teodoro Jr. met with …"; "… Marcos Jr. The President …" still ends)
_SENTENCE_END = regex.compile(r"(?<=[.!?])(?<!(?<![\p{L}\p{N}])(?:Dr|Mr|Mrs|Ms|Prof|St|Gen|Sen|Amb|Gov|Hon|Rev|Lt|Col|Capt"
                              r"|\p{Lu}|[ap]\.\s?m|approx|No|Nos|Nr|vs|Ma)\.)(?<!\d\s?гг?\.)(?<!\d\s?[ap]\.)"
                              r"(?<!(?<![\p{L}\p{N}])(?:Jr|Sr)\.(?=\s+\p{Ll}))\s")


def has_digit(text: str) -> bool:
    """Whether a text holds a digit of any script (a date or a number may be in it)."""
    return _DIGIT.search(text) is not None


# a wire's dateline before its first sentence: "MOSCOW, March 12. /TASS/. ", "NEW DELHI, June 9 (Reuters) - "
_WIRE_DATELINE = regex.compile(r"^\s*\p{Lu}{2,}(?:[ -]\p{Lu}{2,})*,\s*[^.\n]{1,25}?"
                               r"(?:\.\s*/[^/\n]{1,20}/\.|\s*\([^()\n]{1,20}\)\s*[-–—])\s*")


def first_sentence(line: str) -> str:
    """A line up to its first sentence end ('.', '!' or '?' and a space; not the dot of "Dr." or of an
    initial, "S."), after a wire's dateline."""
    return _SENTENCE_END.split(_WIRE_DATELINE.sub("", line, count=1), maxsplit=1)[0]


def normalise_space(line: str) -> str:
    """NFC, no-break and other spaces folded to one space, trimmed."""
    line = unicodedata.normalize("NFC", line)
    if not any(odd in line for odd in _ODD_SPACES):
        # str.split() splits on the same spaces as _BLANKS but for these, in C: ten times as fast
        # (a plain-text copy's every line passes here)
        return " ".join(line.split())
    line = _BLANKS.sub(" ", line)
    return line.strip()


# where str.split() and _BLANKS disagree: the braille blank (a space to kg, not to Python) and the
# four information separators (spaces to Python, not in Unicode's White_Space)
_ODD_SPACES = ("\u2800", "\x1c", "\x1d", "\x1e", "\x1f")


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


# control characters and the bidirectional embeddings, overrides and isolates: what a table shows
# escaped, so that a cell cannot garble the terminal (a NUL, a right-to-left override) nor make grep
# call it binary; tabs and line breaks become spaces
_VISIBLE = str.maketrans(
    {c: f"\\x{c:02x}" for c in (*range(0x20), *range(0x7F, 0xA0))}
    | {c: f"\\u{c:04x}" for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}
    | dict.fromkeys(map(ord, "\t\n\r\x0b\x0c\x85\u2028\u2029"), " ")
)


def visible(text: str) -> str:
    """``text`` for a terminal: tabs and line breaks as spaces, other control characters and
    bidirectional controls escaped (``\\x00``, ``\\u202e``)."""
    return text.translate(_VISIBLE)
