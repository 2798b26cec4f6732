"""The grammar of a personal name in running text: where a name starts and ends (two to four
capitalised words, with particles, initials, a middle initial, an apostrophe inside), the words that
end it (an office's words, a sentence's opening word, a post-nominal), and the patterns of names in
other shapes (initials, a handle, a surname in capitals). Used by :mod:`kg.extract.people`, which
decides who a name is."""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import regex

from kg.cues import cues_in
from kg.datafiles import tsv_rows
from kg.extract.known import HONORIFIC, POST_NOMINALS

if TYPE_CHECKING:
    from kg.gazetteer import Gazetteer

APOSTROPHE_TAIL = regex.compile(r"[’'].*$")
PARTICLE = r"(?:bin|ibn|al|el|de|del|da|do|dos|das|di|van|von|der|le|la|las|los|ul|ud|Ould|y)"
# an apostrophe inside a name: "O'Brien", and Tongan "Hu'akavameiliku" (two letters or more on each side of it:
# not "Wong's", nor French "L'honorable")
WORD = r"\p{Lu}[\p{L}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*)*(?:[’'](?=\p{Lu})\p{Lu}[\p{L}\p{M}]*|(?<=\p{L}\p{L})[’'‘]\p{Ll}{2,}[\p{L}\p{M}]*)?"
INITIALS = r"(?:\p{Lu}\.\s?){1,2}\p{Lu}\p{Ll}[\p{L}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*)*"
# a middle initial is part of a name: "Donald J. Trump"
SPACE = r"[^\S\n]+"  # a name does not go on past the end of its line
NAME = regex.compile(rf"{INITIALS}|{WORD}(?:{SPACE}(?:(?:{PARTICLE}{SPACE}){{1,2}}|\p{{Lu}}\.{SPACE})?{WORD}){{1,3}}")
# "Sanjay Kumar Agarwal, Chairman of …", "Timofei Bordachev, Programme Director of …", "X, Azerbaijan's Minister of …"
# and its letters after the comma: "Korir Sing'oei, CBS" / "Principal Secretary …"
NAME_BEFORE_COMMA = regex.compile(rf"({WORD}(?:{SPACE}(?:{PARTICLE}{SPACE})?{WORD}){{1,3}}),\s*(?:(?:{'|'.join(POST_NOMINALS)})\s*,?\s*)*"
                                  r"(?:\p{Lu}\p{Ll}+(?:['’]s)?\s+){0,2}$")
PARTICLES = regex.compile(rf"(?:{SPACE}(?:{PARTICLE}|of|d['’]))*{SPACE}?")
GENITIVE_S = regex.compile(r"(\p{Lu}\p{L}+)s(?!\p{L})")
SURNAME = regex.compile(rf"{WORD}(?![\p{{L}}\p{{N}}]|[^\S\n]+\p{{Lu}})")  # one name, no capitalised word after it
# (French "M." before a given name and a surname is Monsieur, no initial: "M. Ahmed Attaf")
INITIALS_NAME = regex.compile(rf"(?<![\p{{L}}.])(?!M\.\s\p{{Lu}}\p{{Ll}}+\s+\p{{Lu}}){INITIALS}")
# an X/Telegram handle: "@narendramodi", "@DrSJaishankar"
HANDLE = regex.compile(r"(?<![\w@])@(\w{3,30})")
# a surname in capitals before the given name, as Japan's and Korea's foreign ministries write them in
# English: "Mr. IWAYA Takeshi", "H.E. Mr. CHO Tae-yul"
SURNAME_IN_CAPITALS = regex.compile(r"(?P<surname>\p{Lu}{2,}(?:-\p{Lu}{2,})?)\s+(?P<given>\p{Lu}\p{Ll}+(?:-\p{Ll}+)?)")
# capitalised words that end a name: they start the next phrase, not a surname
NOT_NAME = {"On", "The", "In", "At", "During", "Following", "After", "And", "Of", "For", "With", "To",
            # and the prepositions that open a sentence before a place: "В Астане состоялись …", "Em Tóquio, …"
            "В", "Во", "На", "С", "Со", "К", "О", "Об", "У", "По", "Из", "От", "До", "За", "При", "Em", "En", "Il", "Nel",
            "Nella"}


@functools.lru_cache(maxsize=1)
def office_words() -> frozenset[str]:
    """Words of offices and states, which are never part of a personal name: taken from the role
    patterns, plus the words of states' official names."""
    words = {w.casefold() for _, row in tsv_rows("roles.tsv") for w in regex.findall(r"\p{L}{3,}", row["pattern"])
             if not regex.fullmatch(PARTICLE, w)}
    words |= {"republic", "federation", "kingdom", "democratic", "people", "islamic", "arab", "united", "ministry",
              "affairs", "external", "foreign", "state", "states", "union", "government", "national", "federal",
              "república", "federación", "reino", "estado", "estados", "unidos", "gobierno",
              "республика", "республики", "федерация", "федерации", "области", "края", "совета", "собрания",
              # bodies in the genitive after an office: "Заместитель Председателя Кабинета Министров, министр …"
              "кабинета", "министров", "правительства", "министерства", "комитета", "парламента", "сената", "думы",
              "меджлиса", "палаты", "администрации", "посольства", "президиума",
              # a headline's verbs in title case after an office: "Minister of Foreign Affairs Holds Bilateral Talks"
              "holds", "meets", "receives", "attends", "hosts", "signs", "pays", "leads", "delivers", "addresses",
              "welcomes", "condemns", "discusses", "participates", "visits", "bilateral", "talks"}
    return frozenset(words)


_BODY_ENDS = frozenset({"committee", "department", "commission", "bureau", "secretariat"})
_ARTICLES = frozenset({"el", "la", "los", "las"})
# particles that are prepositions in a language, not part of a name: Indonesian "Presiden Xi di Great Hall"
PREPOSITIONS = {"id": frozenset({"di", "ke", "dari"}), "ms": frozenset({"di", "ke", "dari"})}


def name_at(text: str, pos: int, language: str | None = None) -> tuple[int, int] | None:
    """The span of a personal name starting at ``pos`` (after honorifics), or None."""
    pos = HONORIFIC.match(text, pos).end()
    match = NAME.match(text, pos)
    if not match:
        return None
    last = match.group(0).rsplit(None, 1)[-1]
    if len(last) == 1 and text[match.end() : match.end() + 1] == "." and match.end() - 1 > pos:
        return None  # the last "word" is the next name's initial, run on to it: "губернатором Стамбула Д.Гюлем" (no
        # "Стамбула Д"; a name by initials is read only where it is a known person's: INITIALS_NAME, by_initials)
    if "." in match.group(0) and " " not in match.group(0).strip():
        return pos, match.end()  # initials: "С.А.Рябкова"
    words = match.group(0).split()
    for i in range(1, len(words) - 1):  # "el Canciller X y el Canciller de Brasil": a list's next item, not "Ortega y Gasset"
        if words[i] == "y" and words[i + 1] in _ARTICLES:
            words = words[:i]
            break
    prepositions = PREPOSITIONS.get(language)
    if prepositions and any(w in prepositions for w in words):
        words = words[: next(i for i, w in enumerate(words) if w in prepositions)]
    # a title in title case goes on past the name with the event's words: "Menlu RI Lakukan Pembicaraan
    # Telepon …", "… Sugiono Hadiri Pertemuan …": a word an event cue starts at ends a name of three words
    # or more (the cues the name's words have are asked once, kg.cues.cues_in: an anchored try of every
    # cue at every word of every name took 1.7 of 10 CPU s of extracting 5,000 posts; of names of three
    # words or more, 0.3 s)
    if len(words) > 2:
        segment = text[pos : match.end() + 40]
        starts = [m.start() for cue in cues_in(segment) for m in cue.pattern.finditer(segment)
                  if m.start() and not _AFTER_NASAB.search(segment, 0, m.start())]
        if starts:
            cut, at = min(starts), 0
            for i, word in enumerate(words):
                at = segment.index(word, at)
                if at >= cut:
                    words = words[:i]
                    break
                at += len(word)
    if language == "tr":  # "Marco Rubio'yla", "Hakan Fidan'ın ABD …": a case's suffix ends the name, and is no part of it;
        # a word in the locative or ablative is a place's ("Hakan Fidan Londra'da"), not the name's
        cut = next((i for i, w in enumerate(words) if _SUFFIX.search(w)), None)
        words = (words if cut is None else words[:cut] if _LOCATIVE_TR.search(words[cut])
                 else [*words[:cut], _SUFFIX.sub("", words[cut])])
    words = _before_a_body(words)
    while words and (words[-1] in NOT_NAME or words[-1] in POST_NOMINALS):
        words.pop()
    if len(words) < 2 or words[0] in NOT_NAME or (language == "nl" and _surname_alone(words)):
        return None
    lead = 0  # the end of a body's name before its head's name: "… of the CPC Central Committee Liu Jianchao"
    while len(words) - lead > 2 and words[lead].casefold() in _BODY_ENDS | {"central"}:
        lead += 1
    if lead and words[lead - 1].casefold() in _BODY_ENDS:
        pos = text.index(words[lead], pos + sum(map(len, words[:lead])))
        words = words[lead:]
    if any(APOSTROPHE_TAIL.sub("", w).casefold() in office_words() for w in words):
        return None  # "Foreign Affairs", "Spokeswoman Maria": an office read as a name
    end = pos + len(" ".join(words))
    return pos, end


_IS_PARTICLE = regex.compile(PARTICLE)
# "bin", "ibn", "bint" go on to a father's name, whatever word it is: "Nawaf bin Said Al-Malki" (no "said" cue)
_AFTER_NASAB = regex.compile(r"(?<![\p{L}])(?:bin|ibn|bint)[^\S\n]+$")
_SUFFIX = regex.compile(r"[’'‘]\p{Ll}+$")
_LOCATIVE_TR = regex.compile(r"[’'‘](?:n?[dt][ae]|n?[dt][ae]n|n?[dt][ae]ki)$")


def _surname_alone(words: list[str]) -> bool:
    """A Dutch surname with its particles and no given name: "Minister Van Weel", "Van der Berg", "De Jonge"
    (Dutch capitalises the particle where the surname stands alone, "David van Weel" where it does not).
    It names a known person by the gazetteer's surnames, never a new one. (Other languages' posts mint
    "Al Sudani", "De Mistura" as before.)"""
    i = 0
    while i < len(words) and _IS_PARTICLE.fullmatch(words[i].casefold() if i == 0 else words[i]):
        i += 1
    return 0 < i == len(words) - 1 and words[0][:1].isupper()


def _before_a_body(words: list[str]) -> list[str]:
    """A name's words up to a particle that is a preposition before an organisation's abbreviation or
    an office's word: "Anna Jansen van de VN", "Ruben Brekelmans van Defensie", "X de la ONU" (a
    surname's particles are followed by the surname: "Ursula von der Leyen", "David van Weel")."""
    for i in range(2, len(words)):
        if _IS_PARTICLE.fullmatch(words[i]):
            after = next((w for w in words[i + 1 :] if not _IS_PARTICLE.fullmatch(w)), "")
            if (len(after) > 1 and after.isupper()) or after.casefold() in office_words():
                return words[:i]
    return words


# a run of capitalised Cyrillic words: after an office, the organisation it heads in the genitive,
# then its holder ("Председатель Государственного Совета Республики Татарстан Фарид Мухаметшин",
# "Губернатор Нижегородской области Глеб Никитин")
_RU_WORD = r"\p{Lu}\p{Cyrillic}+(?:-\p{Cyrillic}+)*"
_CYRILLIC_RUN = regex.compile(rf"{_RU_WORD}(?:\s+(?:(?:области|края|района|округа|города|по|и|при)\s+)?{_RU_WORD})*")
_WORD_SPAN = regex.compile(r"\S+")
_GENITIVE = regex.compile(r"[аяиы]$")  # "Татарстана", "Республики": a region's or a body's name, before its holder's
_PATRONYMIC = regex.compile(r"\p{Cyrillic}+(?:ович|евич|ьич|овн|евн|ичн|иничн)\p{Cyrillic}{0,2}")


def cyrillic_holder(text: str, pos: int, gazetteer: "Gazetteer") -> tuple[int, int] | bool | None:
    """The holder's name at the end of a run of capitalised Cyrillic words after an office, the
    organisation or region the office is of before it in the genitive ("… Республики Татарстан
    Фарид Мухаметшин", "… Татарстана Ирада Аюпова"): a known person's name the run ends with, or its
    last two words (three with a patronymic); False if those are no name ("… Республики Татарстан").
    None if the run is a name alone (for :func:`name_at`)."""
    run = _CYRILLIC_RUN.match(text, pos)
    words = [(m.start(), m.end()) for m in _WORD_SPAN.finditer(text, pos, run.end()) if m.group(0)[0].isupper()] if run else []
    while len(words) > 2 and text[words[0][0] : words[0][1]].isupper():  # "РК", "РФ": the state, abbreviated
        words = words[1:]
    for size in range(min(4, len(words) - 1), 1, -1):
        if gazetteer.lookup(text[words[-size][0] : run.end()], ("person",)):
            return words[-size][0], run.end()
    patronymic = [bool(_PATRONYMIC.fullmatch(text[a:b])) for a, b in words]
    if words and words[0][0] > pos and len(words) <= 3:
        return (words[0][0], run.end()) if name_at(text, words[0][0]) else False
    if len(words) < 3 or (len(words) == 3 and (patronymic[1] or not _GENITIVE.search(text[words[0][0] : words[0][1]]))):
        return None
    start = words[-3 if patronymic[-2] else -2][0]
    return (start, run.end()) if name_at(text, start) else False


__all__ = ["APOSTROPHE_TAIL", "GENITIVE_S", "HANDLE", "INITIALS", "INITIALS_NAME", "NAME", "NAME_BEFORE_COMMA", "NOT_NAME", "PARTICLE", "PARTICLES", "PREPOSITIONS", "SPACE", "SURNAME", "SURNAME_IN_CAPITALS", "WORD", "cyrillic_holder", "name_at", "office_words"]
