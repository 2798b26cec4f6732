"""Who speaks at an event and who takes part, by what a post's head says: the title's actor and
counterparts ("X and Y held talks", "at the invitation of Y"), people quoted, those the head bills
as speakers, and those who chair it (:mod:`~kg.extract.cast`)."""
from __future__ import annotations

import functools

from dataclasses import replace

import regex

from kg import cues
from kg.extract.bodies import NATIONAL_OFFICES
from kg.extract.bylines import byline
from kg.extract.cast import after_a_dateline, after_the_host, joiners, own_side
from kg.extract.cuepatterns import CLAUSE_END, about, any_cue, counterpart_cue, cue_before, may_be_about, may_have
from kg.extract.eventday import date_alone
from kg.extract.offices import any_role
from kg.extract.people import PersonHit, find_people
from kg.extract.quotes import quoted
from kg.extract.subjects import another_actor, verb_before_subject, with_after
from kg.textutil import first_sentence

HEAD_LINES = 4  # lines after the title that may carry the dateline or the first sentence
_QUOTE = regex.compile(r"^[\p{Extended_Pictographic}\ufe0f\s]*(?P<who>[^:\n]{3,80}):\s+\S")
_BETWEEN = regex.compile(r"\bbetween\b", regex.IGNORECASE)
_QUOTED = regex.compile(r"«[^»]*»|“[^”]*”|„[^“”]*[“”]|\"[^\"]*\"")
_CLOSING_QUOTE = regex.compile(r"[»”\"]")
# "X and Y met today", "X and Y held talks": Y is X's counterpart
_AND = regex.compile(r"\band\s+[^,.;]{0,60}$")
# a 📍 or 🗓 line between the title and the story
_HEADER_LINE = regex.compile(r"^\s*(?:📍|🗓|📅)")


# what two or more do together speaking as one: "Joint Press Conference of X and Y", "Déclaration conjointe de X et Y"
_JOINT = regex.compile(r"(?i)\b(?:joint|conjointe?s?|conjunt[ao]s?|congiunt[ao]|gemeinsame\w*|совместн\w+|спільн\w+)\b")
_MET = regex.compile(r"[^.;]{0,80}?\b(?:met|meet|held talks|hold talks|(?:have|has) (?:started|begun|held) talks|began talks"
                     r"|discussed|spoke|talked)\b")



def speakers_and_participants(title, head, text, people: list[PersonHit], gz, language,
                              met: list[PersonHit] | None = None) -> tuple[list[PersonHit], list[PersonHit]]:
    """Speakers and participants: the title's actor and counterparts, and those of the story's first
    paragraph; those the head's later paragraphs introduce by the event's own cues (who attends, who
    goes with whom); people quoted in the text. ``met`` is given those the later paragraphs name as
    met (a counterpart cue: "In Hanoi, he held a summit meeting with X"), who take part in a visit."""
    in_title = _in_title(title, find_people(title, gz, language), people)
    lead = bool(in_title)  # the title names the actor; else the story's first sentence does
    # the story starts after a 📍 or 🗓 line: "Reunião de Ministros … do BRICS" / "📍 Rio de Janeiro, 28 e 29 de
    # abril" / "O ministro X abriu …"
    story = head[:1] + head[2:] if len(head) > 1 and (_HEADER_LINE.match(head[1]) or date_alone(head[1], beside=1)) else head
    if not in_title:
        first = first_sentence(story[1]) if len(story) > 1 else ""
        in_title = find_people(first, gz, language) if first else []
        # "… gastheer van de NAVO-top. X en Y …", "Beijing, 13 de mayo. La canciller X copresidió …"
        if first and not in_title and (second := after_the_host(story[1], first) or after_a_dateline(story[1], first)):
            in_title = find_people(second, gz, language)
            first = second if in_title else first
        title = first
    # whom the post is about is no side to it: "X mourns the passing of … Dr Y", "welcomes the agreement reached by Y"
    if in_title and may_be_about(title):
        in_title = [h for h in in_title if not about(title[: h.mention.start])]
    speakers, participants = [], []
    if in_title:
        between = _BETWEEN.search(title)
        first = in_title[0]
        if between and first.mention.start < between.start() and len(in_title) > 1:
            first = next((h for h in in_title if h.mention.start > between.start()), first)
        # "Today I had a phone call with Türkiye's Foreign Minister X": a counterpart, whoever the actor
        if ((not counterpart_cue(("counterpart",)).search(title[: first.mention.start])
             or verb_before_subject(title, cue_before(title[: first.mention.start]) or ("", 0, 0), first, language))
                and not with_after(title, first, language)):
            speakers.append(first)
            if lead and _JOINT.search(title) and not _has_cue(title):  # "Joint Press Conference of X and Y"
                speakers.extend(h for h in in_title if h is not first and h.entity.ident != first.entity.ident)
            # "Menteri Luar Negeri RI Sugiono dan Menteri Pertahanan RI Sjafrie Sjamsoeddin … bertemu dengan …": who
            # stands beside the actor, of the actor's country, before the cue of a counterpart of another, acts with them
            speakers.extend(_beside(title, first, in_title, speakers))
        for hit in in_title:
            if all(hit.entity.ident != h.entity.ident for h in speakers + participants):
                cue = cue_before(title[: hit.mention.start])  # "President X, accompanied by Minister Y, arrived …"
                into = participants
                if cue and cue[0] == "side":
                    into = _side(title, cue[1], cue[2], in_title, hit, speakers, participants)
                if into is participants and speakers and (_fellow(title, speakers[-1], hit)
                                                          or (cue and cue[0] == "part" and _own_member(hit, speakers))):
                    into = speakers  # "The Prime Minister X and Foreign Secretary Y are in Kyiv today": one delegation
                if into is not None:
                    into.append(hit)
    if speakers and len(story) > 1:  # "…, where he was received by Namibia's President X"
        first = first_sentence(story[1])
        in_first = find_people(first, gz, language)
        for hit in in_first:
            before = first[: hit.mention.start]
            known = {h.entity.ident for h in speakers + participants}
            if hit.entity.ident in known:
                continue
            cue = cue_before(before)
            if cue and cue[0] == "side":  # "President X, accompanied by the Minister …, Mr Y, is participating …"
                into = _side(first, cue[1], cue[2], in_first, hit, speakers, participants)
                if into is not None:
                    into.append(hit)
                continue
            actor = any(h.mention.end <= hit.mention.start and h.entity.ident in known for h in in_first)
            paired = actor and _AND.search(before) and _MET.match(first, hit.mention.end)
            # a counterpart named near the cue, or after the long office that introduces them ("a telephone conversation
            # with the Minister of Foreign Affairs, Emigration and Egyptian Expatriates of the Arab Republic of Egypt, Dr X")
            # (or after the day and place set off by commas: "a reçu en audience, ce mardi 14 mai 2024 à son cabinet au
            # Plateau, à Abidjan, le Président de la Commission de la CEDEAO, S.E. Dr X")
            near = cue and cue[0] == "counterpart" and (len(before) - cue[1] <= 80 or (
                len(before) - cue[1] <= 200 and (any_role().match(before, _ARTICLE.match(before, cue[2]).end())
                                                 or _office_after_aside(before, cue[2]))))
            if near and another_actor(first, cue[1], in_first, known):
                near = False  # "Того ж дня Президент … X зустрівся з … Y": another actor's meeting, not the post's
            if (cue and cue[0] == "part") or near or paired or with_after(first, hit, language):
                participants.append(hit)
        # the rest of that paragraph, and the next one when the story began there: "Il y rencontrera
        # la présidente …, Maia Sandu", "Gastgeber ist der italienische Außenminister X"; the head's later
        # paragraphs by the event's own cues only, who attends and who goes with whom ("Among the ministers in
        # attendance are …", "X was accompanied by Ministers …"), not another meeting the post tells of
        for paragraph, kinds in _paragraphs(story, first, lead):
            _counterparts(paragraph, text, people, speakers, participants, kinds, gz, language)
            if met is not None and kinds is _OWN:
                cast = participants + met
                _counterparts(paragraph, text, people, speakers, cast, ("counterpart",), gz, language)
                met += cast[len(participants) + len(met) :]
        for paragraph in story[1:]:
            if "joined" in paragraph:
                joiners(paragraph, people, speakers, participants, gz, language)
    elif len(story) > 1:  # no one acts yet: who takes part, further on, is the actor ("The Russian delegation is led by X");
        # a counterpart read as before ("… intervengono X e Y, alla presenza della Presidente … Z": the billed speakers later)
        for paragraph, kinds in _paragraphs(story, "" if lead else first_sentence(story[1]), lead):
            _counterparts(paragraph, text, people, speakers, participants, kinds, gz, language)
    by_ident = {h.entity.ident: h for h in people}
    for line in head[1:] + head[:1]:  # the lines after the title, then the title
        match = _QUOTE.match(line)
        if not match:
            continue
        who = find_people(match.group("who"), gz, language)
        for hit in who:
            hit = by_ident.get(hit.entity.ident, hit)
            if all(hit.entity.ident != h.entity.ident for h in speakers + participants):
                speakers.append(hit)
    if not speakers:  # no line says who acts: a byline may ("Marco Rubio, Secretary of State")
        found = byline(head, text, people)
        if found and all(found[0].entity.ident != h.entity.ident for h in participants):
            speakers.append(found[0])
    if not speakers:  # nor a byline: those whose words the head quotes ("“…,” said WHO Director-General X")
        cast = {h.entity.ident for h in participants}
        speakers.extend(h for h in quoted(text[: _head_end(text, head)], people) if h.entity.ident not in cast)
    return speakers, participants


_ARTICLE = regex.compile(r"\s*(?:(?:the|his|her|their|el|la|los|las|su|sus|le|les|son|sa|ses|o|a|os|as|seu|sua|der|die|den|dem"
                         r"|des|seinem|seiner|ihrem|ihrer|il|lo|suo|sua)\s+|l['’])?")
# "X and <office> Y", "X, <office> Y": only "and" or a comma and an office between two names; the first one's
# office set off by commas before them ("Senator the Hon X, Minister for Foreign Affairs, and the Hon Y MP")
@functools.lru_cache(maxsize=4)
def and_only(office: int = 60) -> regex.Pattern:
    """Only "and" or a comma, then the second one's office of up to ``office`` characters, between two names."""
    return regex.compile(r"(?:\s*,\s*[^,.;:()\n]{1,80}?,)?(?:\s*,?\s*(?:and|et|und|y|e|и|en)\s+|\s*,\s*)"
                         rf"[^,.;:()\n]{{0,{office}}}$")


_AND_ONLY = and_only()


# offices that name no country whose holder is of the channel's government (kg.extract.bodies.own_officials), and a bare
# "Secretary" beside a speaker: "Secretary Enrique A. Manalo and Secretary X met …" (not alone: "Secretary Howard Lutnick"
# in South Africa's channel is the United States')
_CABINET = NATIONAL_OFFICES | {"Secretary"}


def _own_member(hit: PersonHit, speakers: list[PersonHit]) -> bool:
    """Whether ``hit`` is of a speaker's country, or made from a cabinet office that names none (the channel's own)."""
    country = hit.entity.country
    return (any(country == h.entity.country for h in speakers) if country
            else hit.entity.role in NATIONAL_OFFICES and any(h.entity.country for h in speakers))


# a cue, an aside set off by commas (when and where), then the article and office of the one named next
_OFFICE_AFTER_ASIDE = regex.compile(r"[^,.;\n]{0,40},[^.;\n]{3,120},\s+(?:the|le|la|l['’]|el|o|a)\s*(?=\p{Lu})")


def _office_after_aside(before: str, at: int) -> bool:
    """Whether, after a cue ending at ``at``, an aside set off by commas leads to the article and office of whom ``before``
    ends on."""
    aside = _OFFICE_AFTER_ASIDE.match(before, at)
    return aside is not None and any_role().match(before, aside.end()) is not None


def _has_cue(text: str, kinds: tuple[str, ...] = ("counterpart", "part")) -> bool:
    """Whether a text has a cue of ``kinds`` anywhere (counterpart_cue().search asks for one in the text's last
    sentence only: "… recibió … a su par de Chile, X, con quien firmó una declaración conjunta." has none there)."""
    return any(match.lastgroup in kinds for match in any_cue().pattern(text).finditer(text))


def _fellow(text: str, speaker: PersonHit, hit: PersonHit) -> bool:
    """Whether ``hit`` is named right after the speaker, joined by "and", and of the same country: one
    side's two members, not two sides ("Lavrov and Wang Yi held talks" is no delegation)."""
    # a person kg made from an office that names no country ("Secretary of National Defense X") is the channel's own
    # (kg.extract.bodies.own_officials), as the speaker named before them is, or another so made
    country = speaker.entity.country or ("own" if speaker.entity.role in _CABINET else None)
    same = (hit.entity.country or ("own" if hit.entity.role in _CABINET else None)) in (country, "own")
    return (bool(country) and same and speaker.mention.end <= hit.mention.start
            and bool(_AND_ONLY.fullmatch(text, speaker.mention.end, hit.mention.start))
            and not cue_before(text[speaker.mention.end : hit.mention.start]))


def _head_end(text: str, head: list[str]) -> int:
    """Where the head's last line ends in the text."""
    end = 0
    for line in head[1:]:
        at = text.find(line, end)
        if at >= 0:
            end = at + len(line)
    return end




def _beside(title: str, actor: PersonHit, named: list[PersonHit], speakers: list[PersonHit]) -> list[PersonHit]:
    """Who a sentence names between its actor and a counterpart cue, of the actor's country, that cue
    introducing someone of another country: the actor's own side, not counterparts."""
    country, cue = actor.entity.country, counterpart_cue(("counterpart",))
    if not country:
        return []
    found: list[PersonHit] = []
    for hit in named:
        if (hit.mention.start < actor.mention.end or hit.entity.country != country
                or any(hit.entity.ident == h.entity.ident for h in speakers + found)
                or cue.search(title[actor.mention.end : hit.mention.start])):
            continue
        if any(other.mention.start > hit.mention.end and other.entity.country and other.entity.country != country
               and cue.search(title[hit.mention.end : other.mention.start]) for other in named):
            found.append(hit)
    return found


_ALL = ("counterpart", "part", "side")
_OWN = ("part", "side")  # the cues of who takes part in this event, not of a meeting with someone


def _paragraphs(story: list[str], first: str, lead: bool) -> list[tuple[str, tuple[str, ...]]]:
    """The paragraphs of a story after its sentence ``first`` (the first of its first paragraph, or none
    where the title leads), each with the kinds of cue to read in it: every kind in the rest of the
    first paragraph and, where the story's first sentence leads, in the next; only the event's own
    (who attends, who goes with whom) in the later ones."""
    rest = story[1][story[1].find(first) + len(first) :]
    later = 2 if lead else 3
    return [(rest, _ALL)] + [(p, _ALL) for p in story[2:later]] + [(p, _OWN) for p in story[later:]]


def _counterparts(paragraph: str, text: str, people: list[PersonHit], speakers: list[PersonHit],
                  participants: list[PersonHit], kinds: tuple[str, ...] = _ALL, gz=None, language=None) -> None:
    """The people of a paragraph (read from the whole text's) that a cue of ``kinds`` introduces, in
    the same sentence, not within quotation marks nor after a quotation: a counterpart or who takes
    part, to the participants (who takes part where no one acts yet, to the speakers: the actor); who
    goes with someone, to that person's side; a country's delegation, to that country's side ("The
    Russian delegation included X", "The US side was represented by Y", "Por la parte estadounidense
    participaron Z"); in Turkish and Hindi, "with" after the name ("X ile", "X के साथ": :func:`with_after`)."""
    start = text.find(paragraph) if paragraph.strip() else -1
    if start < 0:
        return
    end = start + len(paragraph)
    inside = [h for h in people if start <= h.mention.start < end]
    after = "counterpart" in kinds and any(with_after(text, h, language) for h in inside)
    if not inside or not (after or may_have(cues.fold(paragraph), kinds)):
        return
    quoted = [(m.start() + start, m.end() + start) for m in _QUOTED.finditer(paragraph)]
    seen = {h.entity.ident for h in speakers + participants}
    listed = None  # the side of the last person a cue placed, and where that person's name ends
    for hit in inside:
        at = hit.mention.start
        if hit.entity.ident in seen or any(a <= at < b for a, b in quoted):
            continue
        if after and with_after(text, hit, language):  # "… सर्गेई लावरोव के साथ वार्ता करेंगे"
            participants.append(hit)
            seen.add(hit.entity.ident)
            continue
        window = max(start, at - _WINDOW)
        before = text[window:at]
        quote = list(_CLOSING_QUOTE.finditer(before))
        skip = quote[-1].end() if quote else 0
        cue = cue_before(before[skip:])
        far = cue is None or (cue[0] == "counterpart" and len(before) - skip - cue[1] > 200)
        if far and listed and not CLAUSE_END.search(text, listed[1], at):
            # a list goes on past its cue's reach in the same sentence: "приняли участие A, B, … и F"
            listed[0].append(hit)
            listed = listed[0], hit.mention.end
            seen.add(hit.entity.ident)
            continue
        if cue is None or cue[0] not in kinds or (cue[0] == "counterpart" and len(before) - skip - cue[1] > 200):
            continue
        into = participants
        if cue[0] != "counterpart":
            into = _delegation(text, window + skip + cue[1], window + skip + cue[2], speakers, participants, gz)
        if into is None and cue[0] == "side":
            into = _side(text, window + skip + cue[1], window + skip + cue[2], inside, hit, speakers, participants)
            if into is None:
                continue
        elif into is None:
            into = participants if speakers else speakers
            if speakers and cue[0] == "part" and _own_member(hit, speakers):
                into = speakers  # "En la reunión participaron el Canciller X y el Canciller de Brasil, Y": X of the host's side
        into.append(hit)
        seen.add(hit.entity.ident)
        listed = into, hit.mention.end


# a side or a delegation, which a country qualifies: "The Russian delegation", "The US side", "Por la parte estadounidense"
_SIDE_WORD = regex.compile(r"(?i:\b(?:delegations?|side|parte|partie|Seite|délégation|delegación|delegação|delegazione"
                           r"|делегаци\w*|сторон\w*))\b")


def _delegation(text: str, cue_start: int, cue_end: int, speakers: list[PersonHit], participants: list[PersonHit],
                gz) -> list[PersonHit] | None:
    """The side of the country whose delegation or side a cue speaks of, in the 40 characters before
    it and in it: the speakers' where they are of that country (or no one speaks yet), else the
    participants'. None where no country qualifies a side."""
    start = max(0, cue_start - 40)
    for end in CLAUSE_END.finditer(text, start, cue_start):
        start = end.end()
    if gz is None or not _SIDE_WORD.search(text, start, cue_end):
        return None
    countries = [m for m in gz.find(text[start:cue_start], ("country",))]
    if not countries:
        return None
    return own_side(countries[-1].ident, speakers, participants)


# how far before a person a cue may be (in the same sentence): a list of a delegation's members; a counterpart
# cue, 200 characters
_WINDOW = 300


def _side(text: str, cue_start: int, cue_end: int, hits: list[PersonHit], hit: PersonHit, speakers: list[PersonHit],
          participants: list[PersonHit]) -> list[PersonHit] | None:
    """Whose side someone a delegation cue introduces is on ("X was accompanied by Y", "X, accompanied
    by Y", "Acompañaron al presidente X el canciller Y"): X's, the cast person named last before the
    cue in its sentence, or first after it; where none is named ("Acompañaron al Presidente …"), the
    side of their country, else the speakers'. None where X is someone the event does not cast."""
    cast = {h.entity.ident: into for into in (speakers, participants) for h in into}
    before = [h for h in hits if h.mention.end <= cue_start and not CLAUSE_END.search(text, h.mention.end, cue_start)]
    anchor = before[-1] if before else None
    if anchor is not None and anchor.entity.ident in cast:
        return cast[anchor.entity.ident]
    after = [h for h in hits if cue_end <= h.mention.start < hit.mention.start and h.entity.ident in cast]
    if after:
        return cast[after[0].entity.ident]
    if anchor is not None:
        return None
    country = hit.entity.country
    if country and all(country != h.entity.country for h in speakers) and any(country == h.entity.country for h in participants):
        return participants
    return speakers


def head_of(text: str, lines: list[str]) -> str:
    """The text up to the end of its head: the title and the lines after it that the roles are read from."""
    end = 0
    for line in lines[: 1 + HEAD_LINES]:
        end = text.find(line, end) + len(line)
    return text[:end]


def _in_title(title: str, found: list[PersonHit], people: list[PersonHit]) -> list[PersonHit]:
    """The people a title names: those found in it, and those the text introduces by an office
    whose name the title writes bare ("Фарид Мухаметшин принял Посла …" after "Председатель
    Государственного Совета … Фарид Мухаметшин" in the text), in the title's order."""
    known = {h.entity.ident for h in found}
    for hit in people:
        at = _whole_words(title, hit.mention.surface) if hit.entity.ident not in known else None
        if at and all(at[1] <= h.mention.start or at[0] >= h.mention.end for h in found):
            found = found + [PersonHit(hit.entity, replace(hit.mention, start=at[0], end=at[1]))]
            known.add(hit.entity.ident)
    return sorted(found, key=lambda h: h.mention.start)


_WORD_CHARACTER = regex.compile(r"\w")


def _whole_words(text: str, words: str) -> tuple[int, int] | None:
    """Where ``words`` first stand in ``text`` as whole words (no word character either side). (A
    pattern made for each name would be compiled anew for every person of every post.)"""
    at = text.find(words)
    while at >= 0 and words:
        end = at + len(words)
        if not (at and _WORD_CHARACTER.match(text, at - 1)) and not _WORD_CHARACTER.match(text, end):
            return at, end
        at = text.find(words, at + 1)
    return None


__all__ = ["HEAD_LINES", "head_of", "speakers_and_participants"]
