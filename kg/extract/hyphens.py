"""Organisations named by an abbreviation joined with a hyphen to another word, inside one token the gazetteer does
not look into: "the UN-authorised mission", "de NAVO-top", "der EDA-Vorsteher", "des UNO-Sicherheitsrats"."""
from __future__ import annotations

import regex

from kg.gazetteer import Gazetteer
from kg.models import Entity, Mention

# an organisation's abbreviation before a hyphen and a participle: "the UN-authorised mission", "an EU-funded project",
# "NATO-led forces", "AU-backed talks"
_PARTICIPLES = ("authorised", "authorized", "backed", "led", "brokered", "mandated", "sponsored", "funded", "run", "supported",
                "chaired", "hosted", "organised", "organized")
_HYPHENATED = regex.compile(rf"(?<![\w-])(\p{{Lu}}{{2,6}})-(?:{'|'.join(_PARTICIPLES)})(?![\w-])")
# the hyphen and participle after two capitals, searched first: the look-behind of _HYPHENATED at every character costs
# ten times as much, and 14 substring tests of each text (0.06 s over the 4,940 posts of a 5k export) more still
_HYPHENED = regex.compile(rf"(?<=\p{{Lu}}{{2}})-(?:{'|'.join(_PARTICIPLES)})(?![\w-])")


# Dutch joins an abbreviation to any word: "de NAVO-top", "EU-lidstaten", "OVSE-waarnemers", "NAVO-secretaris-generaal"
_HYPHENATED_NL = regex.compile(r"(?<![\w-])(\p{Lu}{2,6})-\p{Ll}")
_HYPHENED_NL = regex.compile(r"(?<=\p{Lu}{2})-\p{Ll}")
# German joins one to a noun: "der EDA-Vorsteher", "den OSZE-Vorsitz", "EU-Kommission", "NATO-Gipfel" (where the
# gazetteer names the whole, "UNO-Sicherheitsrat", that is the body)
_HYPHENATED_DE = regex.compile(r"(?<![\w-])(\p{Lu}{2,6})-\p{Lu}\p{Ll}")
_HYPHENED_DE = regex.compile(r"(?<=\p{Lu}{2})-\p{Lu}\p{Ll}")
_BY_LANGUAGE = {"nl": (_HYPHENED_NL, _HYPHENATED_NL), "de": (_HYPHENED_DE, _HYPHENATED_DE)}


def hyphenated(text: str, orgs: list[Mention], gz: Gazetteer, language: str | None = None) -> list[Mention]:
    """The organisations a text names by an abbreviation joined to a participle ("the UN-authorised mission"), or in a
    Dutch or German post to any word ("de NAVO-top", "der EDA-Vorsteher"), which the gazetteer does not read inside
    the one word; the text's others are ``orgs``."""
    hyphened, hyphenated = _BY_LANGUAGE.get(language, (_HYPHENED, _HYPHENATED))
    if "-" not in text or not hyphened.search(text):
        return []
    found = []
    for match in hyphenated.finditer(text):
        if any(m.start <= match.start(1) < m.end for m in orgs):
            continue  # "UNO-Sicherheitsrat": the whole is the body named
        entity = gz.lookup(match.group(1), ("org",))
        whole = _WORD_ON.match(text, match.start(1)) if hyphenated is _HYPHENATED_DE else None
        if whole and (body := _genitive_named(whole.group(0), gz)):  # "des UNO-Sicherheitsrats": the Council's
            entity, match = body, whole
        if entity is not None and all(m.ident != entity.ident for m in orgs + found):
            found.append(Mention("org", entity.ident, match.group(match.lastindex or 0), match.start(match.lastindex or 0),
                                 match.end(match.lastindex or 0)))
    return found


_WORD_ON = regex.compile(r"\p{Lu}{2,6}-[\p{L}-]+")


def _genitive_named(word: str, gz: Gazetteer) -> Entity | None:
    """The body a German compound names bare or in the genitive ("UNO-Sicherheitsrats", "-rates")."""
    for end in (0, 1, 2):
        if not end or word.endswith("es"[2 - end:]):
            body = gz.lookup(word[: len(word) - end], ("org",))
            if body is not None:
                return body
    return None


__all__ = ["hyphenated"]
