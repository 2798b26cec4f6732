"""The type of event a post reports, from the wording of its title (``kg/data/event_cues.tsv``)."""
from __future__ import annotations

import regex

from kg.cues import cues_in
from kg.textutil import first_sentence

# the first sentence of a spokesperson's answer to a reporter's question, which is a comment as the Russian
# "ответ на вопрос СМИ" is: "Responding to a reporter's question on …, Spokesperson X said", "In reply to a media question"
_ANSWER = regex.compile(r"(?:^|\n)[^\p{L}\n]*(?:[Rr]esponding|[Rr]eplying|[Aa]nswering|[Ii]n (?:response|reply)) to (?:a |an )?"
                        r"(?:\p{L}+ )?(?:reporter|journalist|correspondent|media|press)(?:['’]s|s['’])? (?:question|query)")

# "💬 Foreign Ministry Spokeswoman Maria Zakharova: Russia's partnership with ASEAN is on the rise"
_QUOTE_CARD = regex.compile(r"^[^\p{L}]*(?P<who>[^:]{3,120}?):\s+\S")


def event_type(title: str, text: str = "", counterpart: bool = False, speaker_before_colon: bool = False) -> str:
    """The first event type, in order of precedence, whose cue the title has.

    ``counterpart``: the title names someone the actor met (a Meeting cue alongside a Statement
    cue counts only then). ``speaker_before_colon``: the title is a quote card, "<person>: <words>".
    A title with no cue at all is read together with its first sentence (past a 📍 place-and-date line);
    else 'Other'.
    """
    found = _type(title, text, counterpart, speaker_before_colon)
    if found == "Statement" and "question" in text and _ANSWER.search(text, 0, 600):
        return "Commentary"  # a spokesperson's answer to one question, its title a statement: "Viet Nam welcomes …"
    return found


# a title that is a communiqué's or a press release's name alone, or with its issuer's ("Comunicado de la Cancillería")
_BARE_GENRE = regex.compile(r"^[^\p{L}]*(?i:communiqu[ée](?: de presse)?|comunicado(?: de prensa| de imprensa)?|comunicato(?: stampa)?"
                            r"|press release|pressemitteilung|nota (?:de prensa|informativa|à imprensa))"
                            r"(?:\s+(?:of|de|du|des|del|da|do|der|des)\s+[^\n]{1,60})?[^\p{L}]*$")


def _type(title: str, text: str, counterpart: bool, speaker_before_colon: bool) -> str:
    """event_type's answer but for an answer to a question."""
    found = _by_cues(title, counterpart)
    if found == "Consultations" and _opens_with_words(title):  # "Выступление … на закрытых консультациях Совета Безопасности"
        return "Statement"
    if found and found not in ("MultilateralMeeting", "Meeting") and not (found == "Statement" and _BARE_GENRE.match(title)):
        return found
    # a paragraph's blank line is not the next line, nor is a place-and-date line ("📍 Manila, 30 July 2024")
    lines = [line for line in text.split("\n") if line.strip()]
    lines = lines[:1] + [line for line in lines[1:3] if not line.lstrip().startswith(("📍", "🗓"))][:1]
    first = first_sentence(lines[1]) if len(lines) > 1 else ""
    if found == "Meeting":  # "X s'est entretenue avec Y" / "Aujourd'hui, X s'est entretenue au téléphone avec Y": a call
        return "PhoneCall" if first and _by_cues(first, counterpart) == "PhoneCall" else found
    if found == "Statement":  # "Communiqué" / "Le Ministère … informe les Maliens établis à l'extérieur que …": a notice
        return "Announcement" if first and _has_cue(first, "Announcement") else found
    if found:  # someone's words at a summit: "X beim NATO-Gipfel: „…“", "Summit …" / "Discours de clôture …"
        return "Statement" if _QUOTED_AFTER_COLON.match(title) or _opens_with_words(first) else found
    found = _by_cues(first, counterpart) if first else None
    if speaker_before_colon:  # a quotation: the words of an interview or a briefing the next sentence names, else a statement
        return found if found in _GIVING_WORDS else "Statement"
    return found or "Other"


# two countries joined by a hyphen before a meeting's name: "Japan-U.S. Summit Meeting", "Japan-Viet Nam Summit Meeting",
# "Russia–China talks" (not three: "Japan-Australia-India-U.S. …"; not a continent: "Russia–Africa Summit")
_WORD = r"\p{Lu}[\p{L}.]*"
_JOIN = regex.compile(rf"(?P<a>(?:{_WORD}\s){{0,2}}{_WORD})\s?[-–]\s?(?P<b>{_WORD}(?:\s{_WORD}){{0,2}})")
_CHAINED = regex.compile(r"\s?[-–]")  # a third name joined to the two, after them
_CHAINED_BEFORE = regex.compile(r"[-–]\s?$")  # or before them
_MEETING_AFTER = regex.compile(r"\s+(?:\S+\s+){0,3}?(?i:summit|meeting|talks|sommet|cumbre|саммит\w*|встреч\w+|переговор\w+)(?!\p{L})")


def two_countries_meet(title: str, gazetteer) -> bool:
    """Whether a title names a meeting of two countries by joining their names: a summit or a ministers' meeting of
    two is a bilateral meeting."""
    if "-" not in title and "–" not in title:
        return False
    for join in _JOIN.finditer(title, overlapped=True):
        first = _country_end(join.group("a"), gazetteer, from_end=True)
        second = _country_end(join.group("b"), gazetteer, from_end=False)
        if first is None or second is None:
            continue
        start, end = join.start("a") + first, join.start("b") + second
        if (not _CHAINED_BEFORE.search(title, 0, start) and not _CHAINED.match(title, end)
                and _MEETING_AFTER.match(title, end)):
            return True
    return False


def _country_end(words: str, gazetteer, from_end: bool) -> int | None:
    """Where the longest country name of some words, at their end (``from_end``) or at their start, begins (at the end) or
    ends (at the start), or None."""
    split = words.split(" ")
    for n in range(len(split), 0, -1):
        part = " ".join(split[-n:] if from_end else split[:n])
        if gazetteer.lookup(part, ("country",)):
            return len(words) - len(part) if from_end else len(part)
    return None


# a title that gives someone's words after a colon: "Bundeskanzler X beim NATO-Gipfel: „…“", "PM at the summit: “…”"
_QUOTED_AFTER_COLON = regex.compile(r"^[^\p{L}]*[^:\n]{3,120}?:\s*[„“\"«‚‘]")


def _opens_with_words(sentence: str) -> bool:
    """Whether ``sentence`` opens with a Statement cue: "Discours de clôture du Président …", "Remarks by …", "Rede von …"."""
    start = regex.search(r"\p{L}", sentence)
    return start is not None and any(cue.pattern.match(sentence, start.start()) for cue in cues_in(sentence, "Statement"))


def _has_cue(sentence: str, kind: str) -> bool:
    """Whether ``sentence`` has a cue of ``kind`` anywhere, whatever cues of other types it has."""
    return any(cue.pattern.search(sentence) for cue in cues_in(sentence, kind))


# events whose post gives someone's words, more precisely than a statement: "🎧 “…”" / "X spoke to UN News about …"
_GIVING_WORDS = frozenset({"Interview", "PressConference", "Briefing"})


def quote_card_speaker_part(title: str) -> str | None:
    """The words before the colon of a quote-card title, where there is no event cue in them."""
    match = _QUOTE_CARD.match(title)
    if match and not _by_cues(match.group("who"), False):
        return match.group("who")
    return None


def _by_cues(text: str, counterpart: bool) -> str | None:
    """The type of the first cue (in the file's order) the text has; a Meeting cue beside a
    Statement cue counts only with a ``counterpart`` (whether there is one is asked only then).
    (Cues are searched only where their literals are, kg.cues.cues_in: _by_cues over the 6,939
    texts of 3,000 posts of the 10k export and 3,000 of the 10k text copy took 1.31 -> 0.28 CPU s.)"""
    statement = None
    for cue in cues_in(text):
        if cue.type == "Meeting" and not counterpart:
            if statement is None:
                statement = next(cues_in(text, "Statement"), None) is not None
            if statement:
                continue
        return cue.type
    return None
