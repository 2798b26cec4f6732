"""Whose a sentence's verb is where no word before it says so plainly: a Ukrainian past tense without a
subject (a leader's own post in the first person), and a later paragraph's meeting whose actor is none of
the post's cast (another meeting the post tells of)."""
from __future__ import annotations

import regex

# Ukrainian past tenses have no person ("Провів зустріч з …" is "I held" in a leader's own post, "he held" in
# another's): a first sentence that opens with one, after a time and a place at most ("Сьогодні у Вашингтоні
# зустрівся з …", "Щойно поговорив з …"), names no one who acts; in a post forwarded from a person, it is theirs
_UK_NO_SUBJECT = regex.compile(r"(?:(?:[Сс]ьогодні|[ВвУу]чора|[Щщ]ойно|[Нн]ещодавно|[Тт]акож|[Зз]араз|[Вв]ранці|[Уу]вечері"
                               r"|[Вв]же|[Сс]аме|[Пп]ротягом дня|[Нн]а полях \p{L}+)[,\s]+)*"
                               r"(?:[уУвВ]\s+\p{Lu}[\p{L}'’-]+[,\s]+)?(?:також\s+)?"
                               r"\p{L}*(?:ів|ив|ав|яв|ув|вся|ла|лася|ли|лися)\s+\p{Ll}")
# what may stand between a person and the verb that is theirs: two words at most, no clause's end ("X зустрівся
# з", "X також зустрівся з", "X then met with"; not "X said the Minister met with", "X announced: …")
_SUBJECT_GAP = regex.compile(r"[^\S\n]+(?:[\p{L}'’-]+[^\S\n]+){0,2}")


def no_subject(line: str, language: str | None) -> bool:
    """Whether a Ukrainian post's first line opens with a past tense no one named before is the subject of
    ("Провів телефонну розмову з …", "Сьогодні у Вашингтоні зустрівся з …"): the first person of its
    author's own post."""
    return language == "uk" and _UK_NO_SUBJECT.match(line) is not None


def another_actor(sentence: str, cue: int, named: list, known: set[str]) -> bool:
    """Whether the counterpart cue at ``cue`` is the verb of a person named right before it who is none of
    the post's cast (``known``), no one of it named before ("Того ж дня Президент Європейської ради X
    зустрівся з Y", "Later, European Council President X met with Y"): another meeting the post tells of.
    (A spokesperson's announcement before a colon, "X announced on March 28: At the invitation of Y", is
    not X's meeting.)"""
    before = [h for h in named if h.mention.end <= cue]
    return (bool(before) and all(h.entity.ident not in known for h in before)
            and _SUBJECT_GAP.fullmatch(sentence, before[-1].mention.end, cue) is not None)


__all__ = ["another_actor", "no_subject"]
