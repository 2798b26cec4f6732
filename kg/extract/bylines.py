"""Lines that are only a person, their styles and their office: a joint statement's header block of its
authors ("The Hon Anthony Albanese MP, Prime Minister" / "Senator the Hon Penny Wong, Minister for
Foreign Affairs") and a statement's closing signature ("H.E. Hon. X, EGH" / "Prime Cabinet Secretary
and …" / "Nairobi, 17th February 2025"). The styles around the name ("the Hon", "H.E. Hon.", "MP",
"EGH") are no words of a sentence."""
from __future__ import annotations

import regex

from kg.extract.known import HONORIFIC, POST_NOMINALS
from kg.extract.offices import any_role
from kg.extract.people import PersonHit

_SENTENCE_END = regex.compile(r"[.!?](?:\s|$)")
_LETTER = regex.compile(r"\p{L}")
_POST_NOMINAL_RUN = regex.compile(r"(?:\s*,?\s*(?:" + "|".join(sorted(POST_NOMINALS, key=len, reverse=True)) + r")(?![\p{L}\p{N}]))*")


def byline_person(text: str, start: int, end: int, people: list[PersonHit]) -> PersonHit | None:
    """The one person of ``people`` that ``text[start:end]`` names alone, with their styles and an
    office before or after the name and no sentence ("Senator the Hon X, Minister for Foreign
    Affairs"; "H.E. Hon. X, EGH" / "Prime Cabinet Secretary …"), else None."""
    if end - start > 160:
        return None
    inside = [h for h in people if start <= h.mention.start and h.mention.end <= end]
    if len(inside) != 1:
        return None
    before, after = text[start : inside[0].mention.start], text[inside[0].mention.end : end]
    if HONORIFIC.fullmatch(before):
        before = ""
    after = after[_POST_NOMINAL_RUN.match(after).end() :]
    rest = f"{before} {after}"
    if _SENTENCE_END.search(rest) or (_LETTER.search(before) and _LETTER.search(after)):
        return None
    return inside[0] if any_role().search(rest) and len(rest.split()) <= 14 else None


def header_block(head: list[str], text: str, people: list[PersonHit], speakers: list[PersonHit]) -> list[PersonHit]:
    """The authors a statement's header names after a speaker's own byline, one a line: "The Hon X MP,
    Prime Minister" (a speaker) / "Senator the Hon Y, Minister for Foreign Affairs" (Y too)."""
    found: list[PersonHit] = []
    known = {h.entity.ident for h in speakers}
    at, leading = 0, False
    for line in head[1:]:
        start = text.find(line, at)
        if start < 0:
            break
        at = start + len(line)
        hit = byline_person(text, start, at, people)
        if hit is None:
            if leading:
                break
            continue
        if hit.entity.ident in known:
            leading = True
        elif leading:
            found.append(hit)
            known.add(hit.entity.ident)
    return found


def signature(lines: list[str], text: str, people: list[PersonHit]) -> PersonHit | None:
    """The person a post closes with, as its signatory: a name line and an office line, last or before
    a closing line of place and date ("H.E. Hon. X, EGH" / "Prime Cabinet Secretary and Cabinet
    Secretary for Foreign and Diaspora Affairs" / "Nairobi, 17th February 2025")."""
    for first, last in ((-2, -1), (-3, -2)):
        if len(lines) < 2 - first:
            continue
        start = text.rfind(lines[first])
        end = text.find(lines[last], start + len(lines[first])) + len(lines[last]) if start >= 0 else -1
        if start >= 0 and end > start and "\n" in text[start:end]:
            hit = byline_person(text, start, end, people)
            if hit is not None:
                return hit
    return None


# a header line of a statement's authors, each "<name>, <office>": "The Hon Anthony Albanese MP, Prime Minister"
_AUTHOR_LINE = regex.compile(r"[^\W\d_][^\d.!?:;\n]{2,60},\s+\p{Lu}[^\d.!?:;,\n]{2,80}")


def without_authors(head: list[str]) -> list[str]:
    """The head less a block of two or more authors' lines after the title, which the story's dates follow."""
    if len(head) < 3 or "," not in head[1] or "," not in head[2]:
        return head
    block = 0
    while 1 + block < len(head) and _AUTHOR_LINE.fullmatch(head[1 + block].strip()):
        block += 1
    return head[:1] + head[1 + block :] if block >= 2 else head


def byline(head: list[str], text: str, people: list[PersonHit]) -> tuple[PersonHit, str] | None:
    """A line after the title, or the post's last line, that is only a person and their office (a
    byline: "Marco Rubio, Secretary of State", "Déclaration du porte-parole du ministère …, Christophe
    Lemoine"; the name opens or closes the line, no sentence), with that person of ``people``."""
    for line in head[1:] + [text.rstrip().rsplit("\n", 1)[-1]]:
        start = text.find(line) if len(line) <= 160 and not _SENTENCE_END.search(line) else -1
        inside = [h for h in people if start <= h.mention.start and h.mention.end <= start + len(line)] if start >= 0 else []
        if len(inside) != 1:
            continue
        before, after = text[start : inside[0].mention.start], text[inside[0].mention.end : start + len(line)]
        rest = f"{before} {after}"
        if (not _LETTER.search(before) or not _LETTER.search(after)) and any_role().search(rest) and len(rest.split()) <= 14:
            return inside[0], line
    return None


__all__ = ["byline", "byline_person", "header_block", "signature", "without_authors"]
