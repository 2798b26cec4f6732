"""A head of state's or a government's own channel (kg/data/principal_channels.tsv): the Kremlin's, the Élysée's,
the Bundesregierung's. Such a channel speaks for its country, and its principal, who held the office on the post's
day (kg/data/office_holders.tsv), is the post's actor where the post names them ("Владимир Путин провёл телефонный
разговор с …", "Владимир Путин и Александр Лукашенко обсудили …") or names them by office alone ("Le Président de la
République a reçu …" in the Élysée's channel): the foreign leaders beside them are the counterparts ("Поздравление
Председателю КНР …": the addressee; "Entretien trilatéral avec Donald Trump et Volodymyr Zelensky")."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date

import regex

from kg.datafiles import tsv_rows
from kg.gazetteer import Gazetteer
from kg.models import Mention
from kg.textutil import first_sentence

# a flag or an emoji after a channel's name ("Élysée 🇫🇷")
_TRAILING = regex.compile(r"[\s\p{Extended_Pictographic}\p{Regional_Indicator}\ufe0f\u200d]+$")
# what makes an office another country's or another body's where kg reads no country in it: "le Président de la
# République de Corée", "the Prime Minister of Tuvalu", "des Bundeskanzlers von Österreich"
_OF_ANOTHER = regex.compile(r"\s+(?:of|de|d['’]|du|des|del|von|der)\s*(?:(?:the|la|l['’]|le|los|las)\s*)?\p{Lu}")
# how near a country's name or adjective, or a person's name, must stand to the office to make it another's
_NEAR = 4


@dataclass(frozen=True)
class Principal:
    country: str
    office: str
    channel: regex.Pattern
    unnamed: regex.Pattern | None


@functools.lru_cache(maxsize=1)
def _principals() -> tuple[Principal, ...]:
    rows = []
    for _, row in tsv_rows("principal_channels.tsv"):
        unnamed = row["unnamed"]
        rows.append(Principal(row["country"], row["office"], regex.compile(rf"(?i:{row['channel']})"),
                              regex.compile(rf"(?<![\p{{L}}\-])(?:{unnamed})(?![\p{{L}}\-])") if unnamed else None))
    return tuple(rows)


@functools.lru_cache(maxsize=1)
def _holders() -> dict[tuple[str, str], tuple[tuple[str, date, date | None], ...]]:
    found: dict[tuple[str, str], list] = {}
    for _, row in tsv_rows("office_holders.tsv"):
        found.setdefault((row["country"], row["office"]), []).append(
            (row["person"], date.fromisoformat(row["from"]), date.fromisoformat(row["to"]) if row["to"] else None))
    return {key: tuple(value) for key, value in found.items()}


@functools.lru_cache(maxsize=1024)
def principal_of(channel: str | None) -> Principal | None:
    """The principal ``channel`` speaks for, where its whole name is a head of state's or a government's channel's."""
    if not channel:
        return None
    name = _TRAILING.sub("", channel.strip())
    return next((p for p in _principals() if p.channel.fullmatch(name)), None)


def holder(country: str, office: str, day: date | None) -> str | None:
    """The slug of who held ``office`` of ``country`` on ``day`` (None where kg's data does not say)."""
    if day is None:
        return None
    for person, start, end in _holders().get((country, office), ()):
        if start <= day and (end is None or day < end):
            return person
    return None


def with_principal(channel: str | None, day: date | None, text: str, people: list, speakers: list,
                   participants: list, named: list[Mention], gz: Gazetteer) -> tuple[list, list]:
    """``speakers`` and ``participants`` (PersonHits) with the channel's principal as a speaker, where ``channel`` is a
    head of state's or a government's (above) and the post names the one who held the office on ``day`` (``people``),
    or names the office alone where no one of the channel's country or of none is a speaker already ("Le Président de
    la République a reçu …", not "Regierungssprecher X … über die Reise des Bundeskanzlers"); the foreign speakers
    then move to the participants. Unchanged elsewhere."""
    principal = principal_of(channel)
    if principal is None:
        return speakers, participants
    ident = holder(principal.country, principal.office, day)
    if ident is None:
        return speakers, participants
    hit = next((h for h in people if h.entity.ident == ident), None)
    if hit is None:
        if any(h.entity.country in (None, principal.country) for h in speakers) or principal.unnamed is None:
            return speakers, participants
        entity = gz.entity("person", ident)
        mention = _unnamed(text, principal, named, people)
        if entity is None or mention is None:
            return speakers, participants
        from kg.extract.people import PersonHit  # (here: kg.extract.people imports bodies, which imports this module)

        hit = PersonHit(entity, Mention("person", ident, mention))
    if all(h.entity.ident != ident for h in speakers):
        speakers = [hit] + speakers
    foreign = [h for h in speakers if h.entity.country not in (None, principal.country)]
    foreign += [h for h in people if h.entity.country not in (None, principal.country) and _joined(text, hit, h)]
    speakers = [h for h in speakers if h not in foreign]
    participants = [h for h in participants if h.entity.ident != ident]
    for h in foreign:
        if all(h.entity.ident != p.entity.ident for p in participants):
            participants.append(h)
    return speakers, participants


# "переговоры Президента России Владимира Путина и Президента США Дональда Трампа", "talks between X and President Y":
# the principal and, joined to them in one phrase, a foreign leader (no sentence's end between, within an office's reach)
_AND = regex.compile(r"^[^\S\n]*(?:и|and|et|und|y|e)[^\S\n]+(?:[^.;!?\n]{0,70})$")


def _joined(text: str, principal, other) -> bool:
    """Whether ``other`` is named right after the principal, joined by "and" ("Владимира Путина и Президента … Дональда
    Трампа"): the principal's counterpart."""
    start, end = principal.mention.end, other.mention.start
    return 0 <= start <= end and _AND.match(text[start:end]) is not None


def _unnamed(text: str, principal: Principal, named: list[Mention], people: list) -> str | None:
    """The office as ``text`` first writes it with no name, country nor person beside it or in it ("le Président de la
    République", not "le Président de la République de Corée", "der österreichische Bundeskanzler" or "Bundeskanzler
    Olaf Scholz"): its surface, or None."""
    for found in principal.unnamed.finditer(text):
        start, end = found.span()
        beside = [m for m in named if m.kind == "country" and m.ident != principal.country] + [h.mention for h in people]
        if _OF_ANOTHER.match(text, end):
            continue
        if not any(start - _NEAR <= m.end and m.start <= end + _NEAR for m in beside
                   if m.start >= 0):
            return found.group(0)
    return None


def with_own_actor(text: str, people: list, speakers: list, participants: list, own: str | None) -> tuple[list, list]:
    """``speakers`` and ``participants`` (PersonHits) with the channel's own official as the speaker where every
    speaker is foreign, or none was found beside the counterparts ("Phone call with Russia's Foreign Minister X" /
    "Foreign Minister Y had a phone call today with …"), and the body's first sentence names one of the channel's
    country's people before them: "Canciller
    cubano conversa telefónicamente con Wang Yi" / "Este martes, el Canciller X sostuvo una conversación telefónica con
    … Wang Yi" (X, not Wang Yi; a visitor the title names, received by the own minister, likewise); the foreign speakers
    then move to the participants. Unchanged elsewhere."""
    if own is None or not (speakers or participants) or any(h.entity.country in (None, own) for h in speakers):
        return speakers, participants
    lines = [line for line in text.split("\n") if line.strip()]
    body = next((line for line in lines[1:3] if not line.lstrip().startswith(("📍", "🗓"))), None)
    if body is None and len(lines) == 1:  # a post of one paragraph: "Im Gespräch mit … X … betonte Botschafter Y …"
        body = lines[0]
    if body is None:
        return speakers, participants
    start = text.find(body)
    end = start + len(first_sentence(body))
    ours = [h for h in people if h.entity.country == own and start <= h.mention.start < end]
    if not ours:
        return speakers, participants
    actor = min(ours, key=lambda h: h.mention.start)
    for hit in speakers:  # a foreign speaker named before the own official is the sentence's subject
        at = text.find(hit.mention.surface, start, end)
        if 0 <= at < actor.mention.start:
            return speakers, participants
    moved = [h for h in speakers if all(h.entity.ident != p.entity.ident for p in participants)]
    return [actor], [h for h in participants if h.entity.ident != actor.entity.ident] + moved
