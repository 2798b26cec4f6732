"""Does a line open a new post? A score from general features of channel titles.

Plain-text copies have no post delimiters. Where the structure (a ``Forwarded from`` line, the
repeated body) does not settle it, kg decides from the line itself: titles are short single
sentences that name an event ("… remarks at …", "Interview …", "Déclarations …"), often begin
with an emoji or flags, and carry a date; continuation text is a paragraph, starts in lower case,
or follows a sentence cut off mid-way.
"""
from __future__ import annotations

import regex

from kg.cues import has_cue
from kg.textutil import is_hashtag_line

# The patterns of how a line ends are searched from the end (regex.REVERSE), and only whether they
# match is asked: a reverse search finds a match where a forward one does, but tries the end first
# and fails at once elsewhere, where a forward one tries every character of a long line (the 10k
# text copy's lines: 4 to 6 times as fast)
_AT_END = regex.REVERSE
_ENDS_SENTENCE = regex.compile(r"(?:[.!?…]|[<\[]\s*(?:\.\.\.|…)\s*[>\]])\s*$", _AT_END)
_LEADING_EMOJI = regex.compile(r"^[\p{Extended_Pictographic}\p{Emoji_Component}\ufe0f\u200d\s]+")
_ENDS_PUNCTUATED = regex.compile(r"[.!?…,;»”\"]\s*$", _AT_END)

_FLAG = regex.compile(r"^\s*[\U0001F1E6-\U0001F1FF]{2}")
_PICTO = regex.compile(r"^\s*\p{Extended_Pictographic}")
# Emoji and marks channels use as bullets or quote markers inside a post, not to open one.
_BULLET = regex.compile(
    r"^\s*(?:[•·▪▫◦‣⁃\-–—*]|\d+[.)]\s|[🔹🔸🔷🔶▶►✅✔☑❗❕‼❌☝👉👇💬❓⚡📌🟣🟢🔴🔵⚠✍📈📉🤝🌐🇺🇳]|\u2611)"
)
_DATELINE = regex.compile(r"^\s*📍")
_LETTERS = regex.compile(r"[\p{L}]")
_SENTENCE_BREAK = regex.compile(r"(?<!\b(?:Mr|Mrs|Ms|Dr|St|H\.E|U\.S|No|vs|etc|i\.e|e\.g|[A-Z]))[.!?…]\s+[\p{Lu}\p{Lo}«“\"]")
_TERMINAL = regex.compile(r"[.!?…»”\")\]]\s*$|[<\[]\s*(?:\.\.\.|…)\s*[>\]]\s*$|[\p{Extended_Pictographic}\ufe0f]\s*$|#[\p{L}\p{N}_]+\s*$|https?://\S+\s*$", _AT_END)
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
)
_DATE = regex.compile(
    rf"(?i)\b(?:(?:{_MONTHS})\s+\d{{1,2}}\b|\d{{1,2}}(?:[–-]\d{{1,2}})?\s+(?:{_MONTHS})\b|\(\s*[^()]*\b(?:19|20)\d\d\s*\))"
)
_SHORT = 300


def ends_mid_sentence(line: str) -> bool:
    """True where a line stops in the middle of a sentence (a long text cut into messages)."""
    stripped = line.rstrip()
    if not stripped:
        return False
    return not _TERMINAL.search(stripped) and not stripped.endswith((":", ";"))


def ends_sentence(line: str) -> bool:
    """True where a line ends like a sentence of running text ('.', '!', '?', '…', '<...>')."""
    return bool(_ENDS_SENTENCE.search(line))


_TRAILING_HASHTAG = regex.compile(r"#[\p{L}\p{M}\p{N}_]+\s*$", _AT_END)


def reads_as_sentence(line: str) -> bool:
    """True where a line ends like a sentence, or with a hashtag where the full stop would be
    ("The sides discussed cooperation within #BRICS and the #SCO"): not a heading."""
    return ends_sentence(line) or bool(_TRAILING_HASHTAG.search(line))


def title_score(line: str, previous: str | None = None) -> int:
    """How much a line looks like the title of a new post (3 or more: surely; 2: likely)."""
    score, cue_text = _score_but_cue(line, previous)
    return score + 2 if cue_text is not None and has_cue(cue_text) else score


def scores_at_least(threshold: int, line: str, previous: str | None = None) -> bool:
    """Whether ``title_score(line, previous) >= threshold``. The event cues (2 points) are looked for
    only where they would change that: the search is most of the score's cost (reading the 10k text
    copy, 28,000 lines are scored)."""
    score, cue_text = _score_but_cue(line, previous)
    if cue_text is not None and threshold - 2 <= score < threshold:
        return has_cue(cue_text)
    return score >= threshold


def _score_but_cue(line: str, previous: str | None) -> tuple[int, str | None]:
    """:func:`title_score` without the 2 points of an event cue, and the text those are for
    (None: the line cannot have them)."""
    text = line.strip()
    if not _LETTERS.search(text) or _DATELINE.match(text) or is_hashtag_line(text):
        return -5, None
    score = 0
    if _FLAG.match(text):
        score += 2
    elif _BULLET.match(text):
        score -= 2
    elif _PICTO.match(text):
        score += 1
    bare = _LEADING_EMOJI.sub("", text)
    if bare[:1].islower():
        score -= 3
    if previous is not None and ends_mid_sentence(previous):
        score -= 3
    short = len(bare) <= _SHORT
    breaks = _SENTENCE_BREAK.search(bare[:-1]) is not None  # (whether there is one, not how many: the first tells)
    if short and not breaks:
        score += 1
    if not short and breaks:
        score -= 2
    if short and _DATE.search(bare):
        score += 1
    if short and (bare.endswith((":", ")")) or not _ENDS_PUNCTUATED.search(bare)):
        score += 1
    if short and len(bare.split()) >= 5 and not ends_sentence(bare) and not bare.endswith((":", ",", ";")):
        score += 1  # a headline: several words, no closing punctuation
    return score, bare[:160] if short else None
