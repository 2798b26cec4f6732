"""Whose a sentence's verb is where no word before it says so plainly: a post in the first person, forwarded
from a person's own channel (its speaker is that person), a Ukrainian past tense without a subject (a leader's
own post in the first person), a later paragraph's meeting whose actor is none of the post's cast (another
meeting the post tells of), a German sentence whose verb comes before its subject ("Am 14. Mai traf Außenministerin
X den …"), and a Turkish or Hindi name that "with" follows ("X ile görüştü", "X के साथ": the counterpart)."""
from __future__ import annotations

import regex

from kg.extract.people import PersonHit, person_named
from kg.models import Mention
from kg.scripts import script_runs
from kg.textutil import first_sentence

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


# the same in Russian ("Вчера в эфире радио Sputnik ответила на вопросы …", "Провела встречу с …"), not a verb
# that has its event for subject ("Вчера в Москве состоялись переговоры", "прошла встреча")
_RU_NO_SUBJECT = regex.compile(r"(?:(?:[Сс]егодня|[Вв]чера|[Нн]акануне|[Тт]олько что|[Уу]тром|[Вв]ечером|[Тт]акже|[Уу]же)[,\s]+)*"
                               r"(?:(?:[Вв]|[Вв]о|[Нн]а)\s+(?:\p{Ll}+\s+){0,2}(?:«[^»\n]{1,40}»\s+|\p{L}+\s+)?)?(?:также\s+)?"
                               r"(?![Сс]остоял|[Пп]рош|[Нн]ачал|[Зз]аверш|[Оо]ткрыл|[Бб]ыл|[Сс]тал|[Пп]оявил|[Вв]ступил)"
                               r"\p{L}*(?:ал|ял|ил|ел|ёл|ла|лась|лся|ли|лись)\s+\p{Ll}")


def no_subject(line: str, language: str | None) -> bool:
    """Whether a Ukrainian or Russian post's first line opens with a past tense no one named before is the subject
    of ("Провів телефонну розмову з …", "Сьогодні у Вашингтоні зустрівся з …", "Вчера … ответила на вопросы"): the
    first person of its author's own post."""
    pattern = _UK_NO_SUBJECT if language == "uk" else _RU_NO_SUBJECT if language == "ru" else None
    return pattern is not None and pattern.match(line) is not None


def another_actor(sentence: str, cue: int, named: list, known: set[str]) -> bool:
    """Whether the counterpart cue at ``cue`` is the verb of a person named right before it who is none of
    the post's cast (``known``), no one of it named before ("Того ж дня Президент Європейської ради X
    зустрівся з Y", "Later, European Council President X met with Y"): another meeting the post tells of.
    (A spokesperson's announcement before a colon, "X announced on March 28: At the invitation of Y", is
    not X's meeting.)"""
    before = [h for h in named if h.mention.end <= cue]
    return (bool(before) and all(h.entity.ident not in known for h in before)
            and _SUBJECT_GAP.fullmatch(sentence, before[-1].mention.end, cue) is not None)


# "I", "we", "my" in the languages kg has offices for: a post in the first person (Serbian "Састао сам се",
# "smo"; Indonesian "saya", "kami", "kita"; Polish past tenses "cofnąłem", "rozmawiałam", "podpisaliśmy";
# Ukrainian "ми", "мій", "мені"; Spanish verbs of "we" ("Hoy tuvimos una buena conversación …"); Italian "ho" before
# a past participle ("Oggi a Bruxelles ho partecipato …"); Arabic verbs of "I" at a sentence's start ("أجريت اليوم في
# بروكسل محادثات …", also a woman's third person: the post's author's channel decides), Chinese "我", "我们")
_FIRST_PERSON = regex.compile(r"\b(?:I|I['’](?:m|ve|d)|(?i:my|we|our)|us|(?i:je|j['’]|nous|mes|mon|ma|nos|notre)"
                              r"|(?i:ich|wir|mein\w*|unser\w*)|(?i:я|мы|мой|моя|мои|наш\w*|мне|нам)"
                              r"|(?i:io|noi|mio|mia|miei|nostr[oaie]|abbiamo|yo|nosotr[oa]s|nuestr[oa]s?|hemos|eu|nós|meu|minha"
                              r"|noss[oa]s?|recebi|recebemos|reafirmamos|assinamos|tuvimos|sostuvimos|acordamos|conversamos"
                              r"|hablamos|firmamos|reiteramos|participamos|recibimos|realizamos|coincidimos)"
                              r"|[Hh]o(?= \p{Ll}+[aiu]t[oa]\b)"
                              r"|(?i:сам|смо|ја|мој\w*|моја)|sam|smo|(?i:saya|kami|kita)"
                              r"|(?i:\p{L}+(?:łem|łam|liśmy|łyśmy)|jestem|jesteśmy|mój|moja|nasz\w*)"
                              r"|(?i:ми|мій|моє|мої|мені|нас))\b"
                              r"|(?<![\p{L}\p{M}])(?:أجريت|التقيت|استقبلت|بحثت|شاركت|ناقشت|تلقيت|اجتمعت|أكدت|ترأست)(?![\p{L}\p{M}])|我")
_NOT_NAME = regex.compile(r"[^\p{L}\p{M}]+$")


def forwarded_speaker(forwarded_from: str | None, head: list[str], gz, language: str | None = None) -> PersonHit | None:
    """The person a post is forwarded from, where the post speaks in the first person ("Andrii Sybiha
    🇺🇦": "Today I had a phone call with …"): the gazetteer's by that name, or a new person where the
    name is a personal name alone ("José Manuel Albares": "Excelente reunión hoy … Hemos acordado …")."""
    name = _NOT_NAME.sub("", forwarded_from or "")
    if not name or not (_FIRST_PERSON.search(head[0]) or len(head) > 1 and _FIRST_PERSON.search(first_sentence(head[1]))
                        or no_subject(head[0], language)):
        return None
    person = (gz.lookup(name, ("person",)) or next(filter(None, (gz.lookup(part.strip(" .-"), ("person",)) for part in script_runs(name))), None)
              or person_named(name, gz, language))  # "Ayman Safadi أيمن الصفدي": a name in two scripts
    return PersonHit(person, Mention("person", person.ident, forwarded_from)) if person else None


# German puts a sentence's verb second: after a time or a place put first ("Am 14. Mai traf …", "Heute empfing …",
# "In Wien traf …"), the subject follows the verb ("Am 14. Mai traf Außenministerin X den estnischen Außenminister
# Y": X met Y), unless a pronoun is the subject ("Heute traf sie den Außenminister Y") or the name is the object
# ("den", "dem", "einen", "einem" before it)
_DE_FRONTED = regex.compile(r"(?:(?:[Aa]m|[Ii]m|[Ii]n|[Bb]ei|[Bb]eim|[Zz]um|[Zz]ur|[Aa]uf|[Aa]nlässlich|[Ww]ährend|[Nn]ach|[Vv]or"
                            r"|[Ss]eit|[Aa]nfang|[Ee]nde|[Mm]itte)\s(?:\d{1,2}\.(?=\s)|[^,.;:!?\n]){1,60}?|[Hh]eute|[Gg]estern|[Vv]orgestern"
                            r"|[Zz]uvor|[Dd]anach|[Aa]nschließend|[Zz]udem|[Aa]ußerdem)(?:[,\s]+(?:[Hh]eute|[Gg]estern|[Vv]ormittag"
                            r"|[Nn]achmittag|[Aa]bend|[Mm]orgen|[Aa]uch|[Zz]udem))*[,\s]+")
_DE_NOT_SUBJECT = regex.compile(r"(?i)\b(?:den|dem|einen|einem|ihn|ihm|ihr|ihre\w*|er|sie|ich|wir|man|sich|mit)\b")


def verb_before_subject(sentence: str, cue: tuple[str, int, int], hit: PersonHit, language: str | None) -> bool:
    """Whether the counterpart cue ``cue`` (:func:`kg.extract.cuepatterns.cue_before`) before ``hit`` is the
    verb of a German sentence that puts a time or a place first, and ``hit`` its subject (above): the actor,
    not a counterpart."""
    if language != "de" or cue[0] != "counterpart" or cue[2] > hit.mention.start:
        return False
    gap = sentence[cue[2] : hit.mention.start]
    return (_DE_FRONTED.fullmatch(sentence, 0, cue[1]) is not None and len(gap) <= 80
            and not _DE_NOT_SUBJECT.search(gap) and not regex.search(r"[,.;:!?\n]", gap))


# Turkish (and Azerbaijani) and Hindi put "with" after the name, as a word or a suffix: "Rusya Dışişleri Bakanı Sergey
# Lavrov ile telefonda görüştü", "Lavrov'la görüştü", "Lavrov ilə görüşüb"; "सर्गेई लावरोव के साथ वार्ता करेंगे", "मार्को
# रुबियो से फोन पर बात की": the counterpart, not the actor
_WITH_AFTER = {
    "tr": regex.compile(r"(?:['’](?:y?la|y?le)|\s+ile)(?!\p{L})"),
    "az": regex.compile(r"(?:['’](?:y?la|y?lə)|\s+ilə)(?!\p{L})"),
    "hi": regex.compile(r"\s+(?:के\s+साथ|से)(?![\p{L}\p{M}])"),
}


def with_after(sentence: str, hit: PersonHit, language: str | None) -> bool:
    """Whether a Turkish, Azerbaijani or Hindi sentence puts "with" right after ``hit`` (above): a counterpart."""
    pattern = _WITH_AFTER.get(language or "")
    return pattern is not None and pattern.match(sentence, hit.mention.end) is not None


__all__ = ["another_actor", "forwarded_speaker", "no_subject", "verb_before_subject", "with_after"]
