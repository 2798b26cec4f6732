"""Text helpers shared by every reader: hashtags, links, artefact lines, titles, sentences, spaces.

Pure functions over strings (a text's language is :mod:`kg.language`'s).
"""
from __future__ import annotations

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
# ("Gilberto C. Teodoro Jr. met with …"; "… Marcos Jr. The President …" still ends); nor a Hindi abbreviation's
# or initial's ("डॉ. एस. जयशंकर": Hindi ends a sentence with "।", which ends one here too)
_SENTENCE_END = regex.compile(r"(?<=[.!?।])(?<!(?<![\p{L}\p{N}])(?:Dr|Mr|Mrs|Ms|Prof|St|Gen|Sen|Amb|Gov|Hon|Rev|Lt|Col|Capt"
                              r"|\p{Lu}|[ap]\.\s?m|approx|No|Nos|Nr|vs|Ma)\.)(?<!\d\s?гг?\.)(?<!\d\s?[ap]\.)"
                              r"(?<!(?<![\p{Devanagari}])\p{Devanagari}{1,3}\.)"
                              r"(?<!(?<![\p{L}\p{N}])(?:Jr|Sr)\.(?=\s+\p{Ll}))\s"
                              # a German day's ordinal dot: "Am 2. April traf …", "Am 5. und 6. Dezember"
                              r"(?!(?<=(?<![\p{N}.])\p{N}{1,2}\.\s)(?:(?:Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli"
                              r"|August|September|Oktober|November|Dezember)(?!\p{L})|(?:und|bis)\s+\p{N}))")


def has_digit(text: str) -> bool:
    """Whether a text holds a digit of any script (a date or a number may be in it)."""
    return _DIGIT.search(text) is not None


# a wire's dateline before its first sentence: "MOSCOW, March 12. /TASS/. ", "NEW DELHI, June 9 (Reuters) - "
_WIRE_DATELINE = regex.compile(r"^\s*\p{Lu}{2,}(?:[ -]\p{Lu}{2,})*,\s*[^.\n]{1,25}?"
                               r"(?:\.\s*/[^/\n]{1,20}/\.|\s*\([^()\n]{1,20}\)\s*[-–—])\s*")


def first_sentence(line: str) -> str:
    """A line up to its first sentence end ('.', '!', '?' or '।' and a space; not the dot of "Dr." or of an
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
