"""The known person a variant of a name is: an X/Telegram handle ("@narendramodi", "@DrSJaishankar"),
a name with a middle initial or more names than the gazetteer has ("Donald J. Trump"), a name in a
case the gazetteer does not write ("Сергеем Лавровым")."""
from __future__ import annotations

import regex

from kg.gazetteer import Gazetteer
from kg.models import Entity
from kg.wordkeys import word_key

# titles before a name: "H.E. Mr.", "Dr", "the Honorable", and the styles of Australia, Kenya and the UK:
# "Senator the Hon Penny Wong", "the Hon X MP", "H.E. Hon. X", "the Rt. Hon. X", "H.E. Amb. X"; Portuguese
# "D." (Dom, Dona) before a name of two words or more ("D. José Tolentino de Mendonça"; "D. Medvedev" is an initial)
HONORIFIC = regex.compile(
    r"(?:(?:H\.\s?E\.|HE|His Excellency|Her Excellency|Mr\.?|Ms\.?|Mrs\.?|Madam|Madame|Dr\.?|Prof\.?|Sheikh|Sir|General|Admiral|Ambassador|Shri|Smt\.?|Shrimati"
    r"|Senator|Amb\.|D\.(?=\s\p{Lu}\p{Ll}+\s+\p{Lu})"
    r"|(?:[Tt]he\s+)?(?:(?:Rt\.?|Right)\s+)?Hon(?:ou?rable|\.)?)\s+)*"
)
# letters after a name, which are no part of it: "the Hon X MP", "H.E. Hon. X, EGH", "Y KC", "Z AO"
POST_NOMINALS = frozenset("MP MPs EGH EBS CBS MBS OGW HSC MGH OBE MBE CBE KBE DBE GCMG KCMG CMG KC QC SC AO AC PhD".split())
_HANDLE_PARTS = regex.compile(r"\p{Lu}\p{Ll}+|\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}+|\p{Ll}+|\d+")
_MIDDLE_INITIAL = regex.compile(r"\s\p{Lu}\.(?=\s)")


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


def known_within(name: str, gazetteer: Gazetteer) -> Entity | None:
    """A known person written with a middle initial, more given names or a second surname than the
    gazetteer has: "Donald J. Trump", "Mohammad Ishaq Dar" (its last two words or more), "Miguel
    Díaz-Canel Bermúdez" (its first two words or more); or a known person's one name before the
    words of a title in title case ("Menlu Sugiono Hadiri Pertemuan …": Sugiono)."""
    bare = _MIDDLE_INITIAL.sub("", name)
    if bare != name and (known := gazetteer.lookup(bare, ("person",))):
        return known
    words = bare.split()
    parts = [words[start:] for start in range(1, len(words) - 1)] + [words[:end] for end in range(len(words) - 1, 0, -1)]
    return next(filter(None, (gazetteer.lookup(" ".join(part), ("person",)) for part in parts)), None) or _declined(words, gazetteer)


def _declined(words: list[str], gazetteer: Gazetteer) -> Entity | None:
    """A known person named in a case the gazetteer does not write: "Сергејем Лавровом", "Сергеем
    Лавровым" (the surname, its ending cut, is one known person's, and the given name begins as theirs:
    its first four letters)."""
    if len(words) != 2:
        return None
    person = gazetteer.by_surname(words[1])
    given = word_key(words[0])
    if person is None or len(given) < 4:
        return None
    firsts = {word_key(name.split()[0])[:4] for _, name in person.labels + person.alt_labels if len(name.split()) >= 2}
    return person if given[:4] in firsts else None


__all__ = ["HONORIFIC", "POST_NOMINALS", "handle_person", "known_within"]
