"""Who takes part in an event by what the head of its post says they do there: who
chairs or moderates it takes part ("The meeting is chaired by Brazil's Foreign Minister X", "X
chaired the meeting", "The session was moderated by X", "Moderator – X", "под председательством X"); who delivers
its remarks, addresses it or is listed among its speakers, speaks ("Opening remarks were delivered by
X and Y", "X addressed the opening session", "intervengono X e Y", "Speakers:" and a list).
"""
from __future__ import annotations

import regex

from kg.cues import fold
from kg.extract.cuepatterns import CLAUSE_END
from kg.extract.dates import find_dates
from kg.extract.people import PersonHit, find_people
from kg.extract.placenames import DATELINE_PLACE
from kg.literals import prefilter
from kg.textutil import first_sentence

# a sentence of a country's role in an occasion, before who acts in it: "the Netherlands hosts the NATO summit"
_NO_ONE_YET = regex.compile(r"(?i)\b(?:hosts?|is (?:the )?host|gastheer|gastvrouw|gastland|accueille|empfängt|anfitri[óo]n)\b")


def after_the_host(line: str, first: str) -> str | None:
    """The sentence after a line's ``first`` where that says a country hosts the occasion and names no one: the
    next names who acts ("Vandaag en morgen is Nederland gastheer van de NAVO-top. Minister-president X en minister
    Y ontvangen …", "This week Canada hosts the G7 foreign ministers. Foreign Minister X welcomed …"). (After any
    first sentence of no one, the next one named the wrong actor in set 6's 11506.)"""
    if not _NO_ONE_YET.search(first):
        return None
    return _next_sentence(line, first)


def _next_sentence(line: str, first: str) -> str | None:
    """The sentence of ``line`` after its first sentence ``first``, if any."""
    rest = line[len(first) :].lstrip(" .!?")
    return first_sentence(rest) if rest else None


def after_a_dateline(line: str, first: str) -> str | None:
    """The sentence after a line's ``first`` where that is a dateline alone, its place and date: "Beijing, 13 de mayo.
    La canciller X copresidió …"."""
    dates = find_dates(first) if len(first) <= 60 else ()
    if not dates or first[dates[-1].end :].strip(" .") or not _DATELINE_PLACE_ONLY.fullmatch(first[: dates[0].start]):
        return None
    return _next_sentence(line, first)


_DATELINE_PLACE_ONLY = regex.compile(rf"\s*(?:{DATELINE_PLACE})(?:,\s*(?:{DATELINE_PLACE}))?,\s*")


# a cue, then up to the name: the rest of the sentence
_GAP = r"(?P<gap>[^.;!?\n]{0,200})$"
# who is there as a guest does not speak: "intervengono X e Y, alla presenza della Presidente … Z"
_PRESENCE = regex.compile(r"(?i:\bin\s+the\s+presence\s+of|\balla\s+presenza\s+d|\ben\s+présence\s+d|\bв\s+присутствии"
                          r"|\ben\s+presencia\s+d|\bna\s+presença\s+d)")
_CHAIR_BEFORE = regex.compile(
    r"(?i:\b(?:co-?)?chaired\s+by|\bmoderated\s+by|\bmoderator\s*[:–—-]|\bunder\s+the\s+chairmanship\s+of|\bpresidid[ao]\s+por|\bpresiedut[ao]\s+da\w*|\bsotto\s+la\s+presidenza\s+d\w*"
    r"|\bmoderad[ao]\s+por|под\s+председательством|модератор\w*\s+(?:выступил\w*|стал\w*)?"
    # Indonesian "(yang) dipimpin oleh X", "dibuka oleh X" (who opens it takes part as who chairs it does);
    # Serbian "под председавањем X", "председавајући(м) … X"
    r"|\b(?:dipimpin|diketuai|dibuka|dimoderatori)\s+oleh|\bdi\s+bawah\s+pimpinan|под\s+председавањем|\bpod\s+predsedavanjem"
    r"|председавајућ\w*|\bpredsedavajuć\w*)\s+" + _GAP)
# what may stand between a name and what the person does: "President X of Angola takes over as …", "X, Azerbaijan's
# Minister of …, chaired …"
_QUALIFIER = r"(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]*){0,4}|\s*,[^,.;\n]{1,80},)?"
_CHAIR_AFTER = regex.compile(_QUALIFIER + r"\s+(?:(?:co-?)?chair(?:ed|s)|moderat(?:ed|es)|presidió|moderó|председательствовал\w*"
                             r"|председава(?:о|ла|ли)|predsedava(?:o|la|li)"
                             r"|(?:takes|took|will\s+take|is\s+taking)\s+over\s+as\s+(?:the\s+)?(?:new\s+|incoming\s+|rotating\s+)?"
                             r"(?i:chair(?:person|man|woman)?)|assum(?:es|ed)\s+the\s+(?:rotating\s+)?(?i:chair(?:manship)?)"
                             r"|asum(?:e|ió|irá)\s+la\s+presidencia\s+pro\s+tempore|assum(?:e|iu|irá)\s+a\s+presidência\s+pro\s+tempore)\b")
_SPEAKER_BEFORE = regex.compile(
    r"(?i:\b(?:remarks|speech(?:es)?|addresses|presentations?)\s+(?:were\s+|was\s+)?(?:delivered|made|given)\s+by"
    r"|\bwith\s+(?:opening\s+|welcoming\s+|keynote\s+)?(?:remarks|speeches)\s+(?:by|from)|\baddressed\s+by"
    r"|\bintervengono|\bс\s+приветственным\s+словом)\s+" + _GAP)
# who addresses the event: "President X addressed the opening session"
_EVENT = r"(?:session|meeting|conference|forum|summit|participants|assembly|council|plenary|audience|gathering)"
_SPEAKER_AFTER = regex.compile(_QUALIFIER + r"\s+addressed\s+the\s+(?:\w+\s+){0,2}" + _EVENT + r"\b")
# who opens the event: "President X opened the meeting", "…, Emmanuel Macron, a ouvert la séance plénière", "inauguró
# la cumbre", "abriu a reunião", "ha aperto i lavori", "eröffnete die Konferenz", "открыл заседание" (the speakers' side, or
# taking part: kg/extract/sides.py)
_OPENER_AFTER = regex.compile(_QUALIFIER + r",?\s+(?:(?:officially\s+|formally\s+)?opened\s+the\s+(?:[\w'’-]+\s+){0,3}"
                              r"(?:session|meeting|conference|forum|summit|assembly|council|plenary|dialogue|talks|exhibition"
                              r"|congress|symposium|festival|week)"
                              r"|a\s+ouvert\s+(?:la|le|les|l['’])\s*(?:[\w'’-]+\s+){0,2}(?:séance|session|réunion|sommet|conférence"
                              r"|forum|conseil|assemblée|travaux)"
                              r"|(?:inauguró|ha\s+inaugurado|abrió)\s+(?:hoy\s+)?(?:la|el|los|las)\s+(?:[\w'’-]+\s+){0,2}(?:sesión|reunión"
                              r"|cumbre|conferencia|foro|consejo|asamblea|plenaria|jornadas?)"
                              r"|(?:abriu|inaugurou)\s+(?:hoje\s+)?(?:a|o|os|as)\s+(?:[\w'’-]+\s+){0,2}(?:sessão|reunião|cúpula|cimeira"
                              r"|conferência|fórum|conselho|assembleia|plenária)"
                              r"|(?:ha\s+aperto|apre)\s+(?:oggi\s+)?(?:la|il|i|le|l['’])\s*(?:[\w'’-]+\s+){0,2}(?:sessione|riunione"
                              r"|vertice|conferenza|forum|consiglio|assemblea|lavori)"
                              r"|eröffnete\s+(?:heute\s+)?(?:die|den|das)\s+(?:[\w'’-]+\s+){0,2}(?:Sitzung|Konferenz|Gipfel|Tagung"
                              r"|Forum|Versammlung)"
                              r"|открыл[аи]?\s+(?:[\w-]+\s+){0,2}(?:заседание|встречу|саммит|конференцию|форум|сессию|совещание))\b")
# a list's header: "Speakers:", "Спикеры:", "Ponentes:"; its items are the lines after it
_SPEAKERS_HEADER = regex.compile(r"(?im)^[\W_]*(?:speakers|panelists|panellists|спикеры|выступающие|ponentes|oradores)\s*:\s*$")
_ITEM = regex.compile(r"^[^\S\n]*(?:[•·▪◦‣\-–—*]|\p{Extended_Pictographic})")


# the strings (folded, kg.cues.fold) one of which every match of _CHAIR_BEFORE has (kg.literals), as
# one search: where a text has none, no part of it has a match
_CHAIR_NEEDS = prefilter(_CHAIR_BEFORE.pattern, fold)


def chairs(text: str, people: list[PersonHit]) -> list[PersonHit]:
    """The people the text says chair or moderate the event. (A cue before a name is looked for only
    in a text that has a string every cue needs: nearly none has; chairs over the 10k build's posts
    0.18 -> 0.13 CPU s; not worth it for the speakers' cues, whose strings are
    common words, "with", "made".)"""
    if not people:
        return []
    before = _CHAIR_NEEDS is None or _CHAIR_NEEDS(fold(text)) is not None
    return [h for h in people if before and _CHAIR_BEFORE.search(text[max(0, h.mention.start - 260) : h.mention.start])
            or _CHAIR_AFTER.match(text, h.mention.end)]


def billed_speakers(text: str, people: list[PersonHit]) -> list[PersonHit]:
    """The people the text says deliver remarks at the event, or lists under "Speakers:"."""
    listed = []
    for header in _SPEAKERS_HEADER.finditer(text):
        end = header.end()
        for line in regex.finditer(r"\n([^\n]*)", text, pos=end):
            if not line.group(1).strip():
                continue
            if not _ITEM.match(line.group(1)):
                break
            end = line.end()
        listed.append((header.end(), end))
    return [h for h in people if _billed(text[max(0, h.mention.start - 260) : h.mention.start])
            or _SPEAKER_AFTER.match(text, h.mention.end) or any(start <= h.mention.start < end for start, end in listed)]


# "The meeting was opened by X", "Pertemuan dibuka oleh Perdana Menteri X", "inaugurada por", "ouverte par"
_OPENER_BEFORE = regex.compile(r"(?i:\bopened\s+by|\bdibuka\s+oleh|\binaugurad[ao]\s+por|\bouverte?s?\s+par"
                               r"|\beröffnet\s+(?:von|durch))\s+" + _GAP)
# one of which each opener cue has (folded)
_OPENER_WORDS = ("opened", "dibuka", "inaugur", "ouvert", "eröffnet", "abriu", "abrió", "aperto", "apre", "открыл")


def openers(text: str, people: list[PersonHit]) -> list[PersonHit]:
    """The people the text says open the event ("President X opened the meeting", "opened by X")."""
    folded = text.casefold()
    if not any(word in folded for word in _OPENER_WORDS):
        return []
    return [h for h in people if _OPENER_AFTER.match(text, h.mention.end)
            or _billed(text[max(0, h.mention.start - 260) : h.mention.start], _OPENER_BEFORE)]


# who joins the event from afar takes part: "Ministers X and Y joined the meeting remotely", Polish "X i Y połączyli się
# zdalnie" (the name may be one of a list before the verb)
_LIST_AFTER = r"(?:(?:\s*,\s*|\s+(?:and|i|oraz|y|e|et|und)\s+)\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,3})*"
_JOINED_AFTER = regex.compile(_LIST_AFTER + r",?\s+(?:(?:also\s+)?joined\s+(?:the\s+(?:\w+\s+){0,2})?(?:remotely|online|virtually"
                              r"|by\s+video(?:\s*link)?|via\s+video(?:\s*link)?)|połączy(?:ł|ła|li|ły)\s+się\s+(?:zdalnie|online"
                              r"|wideo|przez\s+wideo))\b")
_JOINED_WORDS = ("joined", "połącz")


def joined_remotely(text: str, people: list[PersonHit]) -> list[PersonHit]:
    """The people the text says join the event from afar ("X and Y joined remotely")."""
    if not any(word in text for word in _JOINED_WORDS):
        return []
    return [h for h in people if _JOINED_AFTER.match(text, h.mention.end)]


# who takes part, named before the verb (a list of names and offices, up to it in the same sentence): "Arab League
# Secretary-General X and UN Secretary-General Y took part in the Summit", "X y Z participaron en la reunión", "X et Y
# ont pris part à", "В заседании … X и Y приняли участие" is read by its cue before them (kg/data/counterpart_cues.tsv)
_TOOK_PART = regex.compile(r"\s(?:also\s+|(?:have|has)\s+)?(?:took\s+part\s+in|take\s+part\s+in"
                                 r"|participated\s+in|attended\s+the|were\s+(?:also\s+)?present\s+at"
                                 r"|(?:también\s+)?(?:participaron|participó|asistieron|asistió)\s+(?:en|a)\s"
                                 r"|(?:ont|a)\s+(?:également\s+|aussi\s+)?(?:pris\s+part|participé|assisté)\s+(?:à|au|aux)\s"
                                 r"|(?:também\s+)?(?:participaram|participou)\s+(?:em|d[aoe]s?|n[ao]s?)\s|estiveram\s+presentes"
                                 r"|(?:hanno|ha)\s+(?:preso\s+parte|partecipato)|(?:также\s+)?принял[аи]?\s+участие\s+в)")
_TOOK_PART_WORDS = ("took part", "take part", "participated", "attended", "present at", "participaron", "participó",
                    "asisti", "pris part", "participé", "assisté", "participaram", "participou", "presentes", "preso parte",
                    "partecipato", "участие в")


def took_part(text: str, people: list[PersonHit]) -> list[PersonHit]:
    """The people the text names before saying they take part ("X and Y took part in the Summit")."""
    if not people:
        return []
    folded = text.casefold()
    if not any(word in folded for word in _TOOK_PART_WORDS):
        return []
    cues = [m.start() for m in _TOOK_PART.finditer(text)]
    return [h for h in people if any(h.mention.end <= at <= h.mention.end + _TOOK_PART_REACH
                                     and not _SENTENCE_END.search(text, h.mention.end, at) for at in cues)]


_TOOK_PART_REACH = 160  # how far after a name the verb may be: "X and UN Secretary-General Y took part in"
_SENTENCE_END = regex.compile(r"[.;!?\n]")


def _billed(before: str, cues: regex.Pattern = _SPEAKER_BEFORE) -> bool:
    """Whether a speaker cue comes before a name in its sentence, and no word that makes it a guest."""
    cue = cues.search(before)
    return bool(cue) and not _PRESENCE.search(cue.group("gap"))


def own_side(country: str | None, speakers: list[PersonHit], participants: list[PersonHit]) -> list[PersonHit]:
    """The side of someone of ``country``: the speakers' where no one speaks yet or a speaker is of that
    country, else the participants'."""
    return speakers if not speakers or (country and any(country == h.entity.country for h in speakers)) else participants


def add_cast(head: str, people: list[PersonHit], speakers: list[PersonHit], participants: list[PersonHit]) -> None:
    """Those the head bills as speakers ("remarks were delivered by X", "Speakers:"), those who open
    it (speakers where of the speakers' country or where no one speaks, else participants) and those
    who chair or moderate it or take over its chair (participants), when not in the event already."""
    early = [h for h in people if h.mention.end <= len(head)]
    for hit in openers(head, early) + took_part(head, early):  # who opens it or takes part: a speaker where of the
        if all(hit.entity.ident != h.entity.ident for h in speakers + participants):  # speakers' country (or none speaks)
            own_side(hit.entity.country, speakers, participants).append(hit)
    for found, into in ((billed_speakers(head, early), speakers), (chairs(head, early), participants),
                        (joined_remotely(head, early), participants)):
        for hit in found:
            if into is speakers and any(hit.entity.ident == h.entity.ident for h in participants):
                # "intervengono X e Y": Y read after X in the story's first sentence, but billed as a speaker
                participants[:] = [h for h in participants if h.entity.ident != hit.entity.ident]
                speakers.append(hit)
            elif all(hit.entity.ident != h.entity.ident for h in speakers + participants):
                into.append(hit)


# "Vice President X and Commerce Secretary Y joined President Z": X and Y on Z's side; "Minister X joined the talks"
_JOINED = regex.compile(r"\s(?:also\s+|later\s+)?joined\s+(?:(?P<event>(?:the|their|these)\s+(?:\w+\s+){0,2}?"
                        r"(?:talks|meeting|call|conversation|discussions?|session|summit|delegation))\b)?")


def joiners(paragraph: str, people: list[PersonHit], speakers: list[PersonHit],
             participants: list[PersonHit], gz, language) -> None:
    """The people of a paragraph who join someone the event casts, on that person's side, or join the
    event itself (on the side of the speakers where they are of the speakers' country, else taking part).
    (Each is read in the sentence itself: ``people`` has each person's first mention only.)"""
    by_ident = {h.entity.ident: h for h in people}
    for joined in _JOINED.finditer(paragraph):
        cast = {h.entity.ident: into for into in (speakers, participants) for h in into}
        if joined.group("event"):
            into = None
        else:  # the person joined: the first named after the word, with only their office between
            after = paragraph[joined.end() : joined.end() + 80]
            whom = find_people(after, gz, language)
            if not whom or whom[0].entity.ident not in cast or CLAUSE_END.search(after, 0, whom[0].mention.start):
                continue
            into = cast[whom[0].entity.ident]
        sentence = paragraph[: joined.start()]
        for end in CLAUSE_END.finditer(sentence):
            sentence = paragraph[end.end() : joined.start()]
        for hit in find_people(sentence, gz, language):  # who joined: those named before, not yet cast
            if hit.entity.ident in cast:
                continue
            hit = by_ident.get(hit.entity.ident, hit)
            side = into
            if side is None:
                country = hit.entity.country
                side = speakers if country and any(country == h.entity.country for h in speakers) else participants
            side.append(hit)
            cast[hit.entity.ident] = side


__all__ = ["add_cast", "after_the_host", "billed_speakers", "chairs", "joined_remotely", "joiners", "openers", "own_side",
           "took_part"]
