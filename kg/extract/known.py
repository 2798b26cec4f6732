"""The known person a variant of a name is: an X/Telegram handle ("@narendramodi", "@DrSJaishankar"),
a name with a middle initial or more names than the gazetteer has ("Donald J. Trump"), a name in a
case the gazetteer does not write ("Сергеем Лавровым")."""
from __future__ import annotations

from typing import Callable, Iterator

import regex

from kg.gazetteer import Gazetteer
from kg.models import Entity
from kg.names import GENERATIONAL_SUFFIXES
from kg.wordkeys import folded, word_key

# titles before a name: "H.E. Mr.", "Dr", "the Honorable", and the styles of Australia, Kenya and the UK:
# "Senator the Hon Penny Wong", "the Hon X MP", "H.E. Hon. X", "the Rt. Hon. X", "H.E. Amb. X"; Portuguese
# "D." (Dom, Dona) before a name of two words or more ("D. José Tolentino de Mendonça"; "D. Medvedev" is an initial)
HONORIFIC = regex.compile(
    r"(?:(?:H\.\s?E\.|HE|His Excellency|Her Excellency|(?:Son |Votre )?Excellence|S\.\s?E\.(?:\s?M\.)?|(?:His|Her) (?:Royal )?Highness|Mr\.?|Ms\.?|Mrs\.?|Madam|Madame|Dr\.?|Prof\.?|Sheikh|Sir|General|Admiral|Ambassador|Shri|Smt\.?|Shrimati"
    r"|Senator|Amb\.|D\.(?=\s\p{Lu}\p{Ll}+\s+\p{Lu})|M\.(?=\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+(?:(?:de|du|da|di|del|van|von|el|al|ben|bin)\s+)*\p{Lu})|MM\.|Mme\.?|Ma\.(?=\s\p{Lu}\p{Ll}+\s+\p{Lu})"  # Philippine "Ma." (Maria) before a given name
    r"|(?:[Tt]he\s+)?(?:(?:Rt\.?|Right)\s+)?Hon(?:ou?rable|\.)?"
    # Malaysia's: "YB Dato' Seri Utama Haji Mohamad bin Haji Hasan", "Tan Sri X", "Datuk Seri Y"
    r"|YB|YAB|Yang (?:Amat )?Berhormat|Tan Sri|Puan Sri|Toh Puan|Tun|Dato['’]?(?: Seri| Sri)?(?: Utama)?"
    r"|Datuk(?: Seri| Sri)?(?: Utama)?|Datin(?: Seri| Paduka)?|Haji|Hajah|Hj\.)\s+)*"
)
# letters after a name, which are no part of it: "the Hon X MP", "H.E. Hon. X, EGH", "Y KC", "Z AO"
POST_NOMINALS = frozenset("MP MPs EGH EBS CBS MBS OGW HSC MGH OBE MBE CBE KBE DBE GCMG KCMG CMG KC QC SC AO AC PhD".split())
_HANDLE_PARTS = regex.compile(r"\p{Lu}\p{Ll}+|\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}+|\p{Ll}+|\d+")
_MIDDLE_INITIAL = regex.compile(r"\s\p{Lu}\.(?=\s)")
# a generational suffix after a surname, no part of the name kg writes: "Gilberto C. Teodoro Jr.", "Lloyd J. Austin III"
_SUFFIX = regex.compile(rf",?\s+(?:{'|'.join(GENERATIONAL_SUFFIXES)})\.?$")
_MALAY_PATRONYMIC = regex.compile(r"\s+bin(?:ti)?\s+(?:Haji\s+|Hajah\s+|Hj\.\s*)?(?=\p{Lu})")


# a Malay title, which a name follows without an office ("… said Dato' Seri Utama Haji Mohamad bin Haji Hasan")
_MALAY_TITLE = regex.compile(r"(?<![\p{L}'’])(?:YB|YAB|Tan Sri|Tun|Dato['’]?|Datuk|Datin)\s+(?=\p{Lu})")


def malay_titled(text: str) -> Iterator[int]:
    """Where names after a Malay title start (the title's start: :data:`HONORIFIC` reads the titles)."""
    if "Dat" in text or "YB" in text or "YAB" in text or "Tan Sri" in text or "Tun " in text:
        for match in _MALAY_TITLE.finditer(text):
            yield match.start()


def malay_short(name: str) -> str:
    """A Malay name without its patronymic's "bin"/"binti" and title, as Malaysia writes it short ("Mohamad bin Haji
    Hasan" -> "Mohamad Hasan"; an Arabic "bin" stays in other names: "Mohammed bin Abdulrahman Al Thani")."""
    return _MALAY_PATRONYMIC.sub(" ", name)


def plain_name(name: str) -> str:
    """A name without its middle initials and generational suffix ("Gilberto C. Teodoro Jr." -> "Gilberto Teodoro"),
    where two words or more remain."""
    bare = _SUFFIX.sub("", _MIDDLE_INITIAL.sub("", name))
    return bare if len(bare.split()) >= 2 else name


def handle_person(handle: str, gazetteer: Gazetteer) -> Entity | None:
    """The known person a handle is: their name run together ("@narendramodi", as a hashtag would
    write it), or an honorific, initials and surname ("@DrSJaishankar"), or words and a known name
    ("@realDonaldTrump")."""
    denotes = gazetteer.hashtag(handle)
    if len(denotes) == 1 and denotes[0][0] == "person":
        return gazetteer.entity(*denotes[0])
    parts = _HANDLE_PARTS.findall(handle)
    while parts and HONORIFIC.match(parts[0] + " ").end():
        parts = parts[1:]
    if len(parts) < 2:
        return None
    names = (gazetteer.lookup(" ".join(parts[start:]), ("person",)) for start in range(len(parts) - 1))
    return gazetteer.by_initials(" ".join(parts)) or next(filter(None, names), None)


def known_within(name: str, gazetteer: Gazetteer, language: str | None = None) -> Entity | None:
    """A known person written with a middle initial, more given names or a second surname than the
    gazetteer has: "Donald J. Trump", "Mohammad Ishaq Dar" (its last two words or more), "Miguel
    Díaz-Canel Bermúdez" (its first two words or more); or a known person's one name before the
    words of a title in title case ("Menlu Sugiono Hadiri Pertemuan …": Sugiono)."""
    bare = _MIDDLE_INITIAL.sub("", name)
    if bare != name and (known := gazetteer.lookup(bare, ("person",))):
        return known
    words = bare.split()
    parts = [words[start:] for start in range(1, len(words) - 1)] + [words[:end] for end in range(len(words) - 1, 0, -1)]
    return (next(filter(None, (gazetteer.lookup(" ".join(part), ("person",)) for part in parts)), None)
            or (language == "pl" and polish_declined(words, gazetteer)) or _declined(words, gazetteer))


def _declined(words: list[str], gazetteer: Gazetteer) -> Entity | None:
    """A known person named in a case the gazetteer does not write: "Сергејем Лавровом", "Сергеем
    Лавровым" (the surname, its ending cut, is one known person's, and the given name begins as theirs:
    its first four letters)."""
    if len(words) != 2 or len(word_key(words[0])) < 4:
        return None
    return _given_name_begins(words[0], gazetteer.by_surname(words[1]), word_key)


def _given_name_begins(given: str, person: Entity | None, key: Callable[[str], str]) -> Entity | None:
    """``person`` where the given name begins as theirs (its first four letters, each name by ``key``)."""
    if person is None:
        return None
    firsts = {key(name.split()[0])[:4] for _, name in person.labels + person.alt_labels if len(name.split()) >= 2}
    return person if key(given)[:4] in firsts else None


# two capitalised Latin words, a given name (or two joined by a hyphen) and a surname: "Jean-Noëla Barrota"
_LATIN_PAIR = regex.compile(r"(?<![\p{L}\p{M}-])(?=(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)\s+(\p{Lu}[\p{Ll}\p{M}]{2,})(?![\p{L}\p{M}]))")


def polish_declined(words: list[str], gazetteer: Gazetteer) -> Entity | None:
    """A known person a Polish text names in another case: "Radosława Sikorskiego", "Andrijem Sybihą",
    "Antonia Tajaniego" (the surname's stem, its case ending cut, is one known person's, and the given
    name begins as theirs: its first four letters)."""
    if len(words) != 2 or len(words[0]) < 4:
        return None
    return _given_name_begins(words[0], gazetteer.by_polish_surname(words[1]), folded)


def polish_declined_in(text: str) -> Iterator[tuple[str, str, int, int]]:
    """Pairs of capitalised Latin words of a text that may be a declined name: (given name, surname,
    start, end)."""
    for match in _LATIN_PAIR.finditer(text):
        yield match.group(1), match.group(2), match.start(1), match.end(2)


def polish_nominative(name: str) -> str:
    """A Polish given name and surname in the nominative, where their endings tell the case: the
    instrumental ("Kęstutisem Budrysem" -> "Kęstutis Budrys", "Anną Fotygą" -> "Anna Fotyga", "Jerzym
    Nowickim" -> "Jerzy Nowicki"), a masculine genitive of a surname in -ski/-cki/-ny ("Jana Nowickiego"
    -> "Jan Nowicki"), the feminine accusative ("Annę Kowalską" -> "Anna Kowalska"). Else the name as
    written: "Anna Kowalska" may be a nominative or a genitive ("Jana Kowalska"?), which the endings do
    not tell."""
    words = name.split()
    if len(words) != 2:
        return name
    given, surname = words
    if given.endswith(("em", "ą")) or given.endswith("ym") and surname.endswith(("im", "ym", "em", "ą")):
        return f"{_instrumental(given)} {_instrumental(surname)}"
    if surname.endswith("ego") and given.endswith("a") and len(given) > 3:
        return f"{given[:-1]} {surname[:-4] + 'i' if surname.endswith('iego') else surname[:-3] + 'y'}"
    if given.endswith("ę"):
        return f"{given[:-1]}a {surname[:-1] + 'a' if surname.endswith('ą') else surname}"
    return name


def _instrumental(word: str) -> str:
    if len(word) < 4:
        return word
    if word.endswith("iem") and word[-4] in "kg":  # "Markiem" -> "Mark"
        return word[:-3]
    if word.endswith("em"):
        return word[:-2]
    if word.endswith("ą"):
        return word[:-1] + "a"
    if word.endswith(("im", "ym")):  # "Nowickim" -> "Nowicki", "Jerzym" -> "Jerzy"
        return word[:-1]
    return word


# Ukrainian endings of a given name and surname and the nominative each undoes to, where the ending tells
# the case: the instrumental ("Кястутісом Будрісом", "Сергієм Ковальським", "Анною Ковальською", "Марією
# Шевченко"), the dative in -ові/-еві ("Будрісові"), an adjectival surname's genitive ("Ковальського")
_UK_INSTRUMENTAL = (("ським", "ський"), ("цьким", "цький"), ("ською", "ська"), ("цькою", "цька"), ("ієм", "ій"),
                    ("єм", "й"), ("енком", "енко"), ("ією", "ія"), ("єю", "я"), ("ею", "я"), ("ою", "а"), ("ом", ""),
                    ("ем", ""), ("ові", ""), ("еві", ""))
_UK_GENITIVE = (("ського", "ський"), ("цького", "цький"))


def ukrainian_nominative(name: str) -> str:
    """A new person of a Ukrainian post named in the nominative where the endings tell the case: both words
    in the instrumental or dative ("Кястутісом Будрісом" -> "Кястутіс Будріс", "Анною Ковальською" -> "Анна
    Ковальська"), or a masculine adjectival surname in the genitive after a given name in -а/-я ("Сергія
    Ковальського" -> "Сергій Ковальський"). Else as written: "Ірина Шевченко" may be any case."""
    words = name.split()
    if len(words) != 2:
        return name
    undone = [_undo(word, _UK_INSTRUMENTAL) for word in words]
    if all(u is not None for u in undone) or words[0].endswith(("ою", "єю", "ею")) and undone[0] is not None:  # "Марією Шевченко"
        return " ".join(u if u is not None else w for u, w in zip(undone, words))
    surname = _undo(words[1], _UK_GENITIVE)
    if surname is not None and words[0].endswith(("а", "я")) and len(words[0]) > 3:
        given = words[0][:-2] + "ій" if words[0].endswith("ія") else words[0][:-1]
        return f"{given} {surname}"
    return name


# Russian endings that tell a name's case (others do not: "Анна Иванова" is a nominative, "Ивана Иванова" a genitive):
# the instrumental ("Сергеем Лавровым", "Анной Евстигнеевой", "Марией Заболоцкой"), the feminine genitive, dative and
# prepositional ("Анны Евстигнеевой", "Марии Заболоцкой", "Ольге Петровой"), the masculine dative ("Сергею Лаврову",
# "Ивану Петрову") and a masculine genitive the given name or an adjectival surname tells ("Андрея Карлова", "Петра
# Вяземского"). Each word's endings, then the nominative's.
_RU_SURNAME = {
    "ins": (("овым", "ов"), ("евым", "ев"), ("ёвым", "ёв"), ("иным", "ин"), ("ским", "ский"), ("цким", "цкий"),
            ("овой", "ова"), ("евой", "ева"), ("иной", "ина"), ("ской", "ская"), ("цкой", "цкая")),
    "fem": (("овой", "ова"), ("евой", "ева"), ("ёвой", "ёва"), ("иной", "ина"), ("ской", "ская"), ("цкой", "цкая")),
    "dat": (("ову", "ов"), ("еву", "ев"), ("ёву", "ёв"), ("ину", "ин"), ("скому", "ский"), ("цкому", "цкий")),
    "gen": (("ова", "ов"), ("ева", "ев"), ("ёва", "ёв"), ("ина", "ин"), ("ского", "ский"), ("цкого", "цкий")),
}
_RU_GIVEN = {
    "ins": (("еем", "ей"), ("ием", "ий"), ("ом", ""), ("ем", "ь"), ("ией", "ия"), ("ьей", "ья"), ("ой", "а")),
    "fem": (("ии", "ия"), ("ьи", "ья"), ("ы", "а"), ("ки", "ка"), ("ги", "га"), ("ие", "ия"), ("ге", "га"), ("ке", "ка"), ("не", "на"), ("ле", "ла"),
            ("ре", "ра"), ("те", "та"), ("де", "да")),
    "dat": (("ею", "ей"), ("ию", "ий"), ("у", "")),
    "gen": (("ея", "ей"), ("ия", "ий"), ("а", "")),
}


def russian_nominative(name: str) -> str:
    """A new person of a Russian post named in the nominative where the endings of both words tell the case (see
    :data:`_RU_SURNAME`), or of the surname after initials ("А.Г.Карлову" -> "А.Г.Карлов"). Else as written."""
    words = name.split()
    if len(words) == 1 and "." in name:  # initials, then the surname: the dative and instrumental tell the case
        initials, _, surname = name.rpartition(".")
        undone = _undo(surname, _RU_SURNAME["dat"]) or _undo(surname, _RU_SURNAME["ins"][:6])
        return f"{initials}.{undone}" if undone and initials else name
    if len(words) != 2:
        return name
    given, surname = words
    for case in ("ins", "fem", "dat", "gen"):
        undone_surname, undone_given = _undo(surname, _RU_SURNAME[case]), _undo(given, _RU_GIVEN[case], 2)
        if undone_surname is None or undone_given is None:
            continue
        if case == "gen" and not (given.endswith("ея") or surname.endswith(("ского", "цкого"))):
            continue  # "Мария Петрова", "Анна Иванова": a woman's name in the nominative
        return f"{undone_given} {undone_surname}"
    return name


def _undo(word: str, endings: tuple[tuple[str, str], ...], stem: int = 3) -> str | None:
    return next((word[: -len(end)] + to for end, to in endings if word.endswith(end) and len(word) - len(end) >= stem), None)


__all__ = ["HONORIFIC", "POST_NOMINALS", "handle_person", "known_within", "plain_name", "polish_declined", "polish_declined_in",
           "polish_nominative", "russian_nominative", "ukrainian_nominative"]
