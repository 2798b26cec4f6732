"""Post -> what it reports: an event (type, date, place, speakers, participants, organisations,
countries), every entity it names, and what its hashtags denote.

Each step is its own module: :mod:`~kg.extract.kinds` (event type), :mod:`~kg.extract.dates`
(date grammar), :mod:`~kg.extract.eventday` (which of a post's dates is its event's),
:mod:`~kg.extract.years` (missing years), :mod:`~kg.extract.places` (location),
:mod:`~kg.extract.people` (people and their roles, introduced by the offices of
:mod:`~kg.extract.offices`), :mod:`~kg.extract.sides` (speakers and participants),
:mod:`~kg.extract.bodies` (whose body a name is; the channel's country),
:mod:`~kg.extract.missions` (embassies and consulates), :mod:`~kg.extract.topics` (countries and places an event is
about, no venue nor side). Names resolve through :mod:`kg.gazetteer`,
so one real-world entity is one node whatever the surface form.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import regex

from kg import cues, wordkeys
from kg.extract import arabic, dates, offices, scriptnames
from kg.extract.bodies import (body_officials, channel_country, not_titles, outside_conventions,
                               outside_offices, own_bare_ministry, own_bodies, own_officials, un_organs,
                               without_foreign_bodies)
from kg.extract.eventday import announced_days, closing_dateline, event_date, range_around, range_from_body, years_ago
from kg.extract.fellows import own_fellows
from kg.extract.genre import after_genre
from kg.extract.hyphens import hyphenated
from kg.extract.kinds import event_type, quote_card_speaker_part, two_countries_meet
from kg.extract.localnames import read_here
from kg.extract.ministries import coordinated_ministries, foreign_ministries
from kg.extract.missions import missions, own_mission
from kg.extract.parties import parties_of, signatories
from kg.extract.people import PersonHit, find_people
from kg.extract.placenames import city_landmark
from kg.extract.principals import with_own_actor, with_principal
from kg.extract.places import find_location
from kg.extract.quotes import SAID_QUOTE, gives_words
from kg.extract.relative import dateline_day, local_day, relative_day
from kg.extract.russian import without_city_marker
from kg.extract.bylines import byline, header_block, signature, without_authors
from kg.extract.cast import add_cast
from kg.extract.sides import HEAD_LINES, head_of, speakers_and_participants
from kg.extract.subjects import forwarded_speaker
from kg.extract.years import resolve_years
from kg.gazetteer import Gazetteer, default
from kg.language import detect_language, detect_languages
from kg.models import Entity, EventInfo, Extraction, HashtagRef, Mention, Post
from kg.textutil import first_sentence

# a day a post celebrates is the anniversary's, not an event's: "Today we celebrate 61 years of independence", "Hoje
# assinalamos 50 anos", "Сегодня мы отмечаем 30-летие"
_CELEBRATE = regex.compile(r"(?i:celebrat\w*|commemorat\w*|celebramos|comemoramos|assinalamos|отмеча\w+|праздну\w+)"
                           r"\s+(?:the\s+|o\s+|os\s+)?\p{N}+(?:st|nd|rd|th|º)?(?:\s+(?i:years?|anniversary|anos|aniversário|años"
                           r"|aniversario|лет|годовщин\w*)|-?(?i:летие|летия))(?![\p{L}])")
# a title that greets a holiday: the post's dates and "today" are the holiday's, not an event's ("¡Felices Fiestas
# Patrias!" / "… saluda a los chilenos en este 18 de septiembre", "Happy Jamhuri Day!", "С Днём независимости!")
_GREETING = regex.compile(r"^[\W_]*(?i:felic(?:es|idades)|feliz(?!\s+(?:de|por|con)\b)|happy(?!\s+(?:to|that|about|with|for)\b)"
                          r"|joyeux|joyeuse|bonne fête|frohe[ns]?|buon[ao]?|boas festas|viva|vive|с\s+(?:днём|днем|праздником)"
                          r"|поздравляем)(?!\p{L})")
_QUOTE_OPEN = regex.compile(r"^[\p{Extended_Pictographic}\ufe0f\s]*(?:💬|[«“\"])")
# events that a post tells as a story ("On May 20, X met Y in Z"), not by giving someone's words
_NARRATIVE = {"Meeting", "MultilateralMeeting", "Visit", "Consultations", "PhoneCall", "Announcement", "Other"}

__all__ = ["Extractor", "resolve_years"]


class Extractor:
    """Extracts events and entities from posts, with one gazetteer."""

    def __init__(self, gazetteer: Gazetteer | None = None):
        self.gazetteer = gazetteer or default()
        _compile_patterns()

    def extract_all(self, posts: list[Post | None]) -> list[Extraction | None]:
        """:meth:`extract` of each post (None stays None), the languages the readers left to this
        stage told for all of them first (see :func:`kg.language.detect_languages`)."""
        todo = [i for i, post in enumerate(posts) if post is not None and post.language is None and post.text]
        told = dict(zip(todo, detect_languages([posts[i].text for i in todo])))
        return [None if post is None else self.extract(replace(post, language=told[i]) if i in told else post)
                for i, post in enumerate(posts)]

    def pack(self, made: Extraction) -> tuple[str | None, Extraction]:
        """An extraction to send to another process or keep in a cache: without its post (whoever
        unpacks it has that), with the language the extraction stage told, and with this
        gazetteer's own entities as their keys (a country carries a hundred names): a fifth of the
        bytes, and unpickled five times as fast."""
        gazetteer = self.gazetteer
        entities = tuple((e.kind, e.ident) if gazetteer.entity(e.kind, e.ident) is e else e for e in made.entities)
        return made.post.language, replace(made, post=None, entities=entities)

    def unpack(self, packed: tuple[str | None, Extraction], post: Post) -> Extraction | None:
        """The extraction :meth:`pack` made, whole again with ``post``; None if an entity it names
        is not in this gazetteer (a cache made with other data)."""
        language, made = packed
        entities = tuple(self.gazetteer.entity(*e) if isinstance(e, tuple) else e for e in made.entities)
        if None in entities:
            return None
        return replace(made, post=post if post.language == language else replace(post, language=language), entities=entities)

    def extract(self, post: Post) -> Extraction:
        if post.language is None and post.text:  # a reader left it to this stage (kg build --jobs)
            post = replace(post, language=detect_language(post.text))
        gz = self.gazetteer
        text = post.text
        title = post.title
        if post.language == "ru":  # "в г. Бишкек": the city alone (kg/extract/russian.py)
            text, title = without_city_marker(text), without_city_marker(title)
        lines = [line for line in text.split("\n") if line.strip()]
        head = [title] + lines[1 : 1 + HEAD_LINES] if lines else [title]

        channel = post.forwarded_from or post.channel  # the channel the post speaks for
        own = channel_country(channel, gz)
        # ("AB" is the EU in Turkish only, "der Bundesrat" Switzerland's Federal Council in a Swiss channel only)
        named = read_here([m for m in gz.find(text) if not city_landmark(text, m, gz)], post.language, own)
        script = post.language if post.language in scriptnames.LANGUAGES else None  # Arabic, Chinese: kg/extract/scriptnames.py
        if script:
            named = scriptnames.with_names(text, named, gz, script)
        flags = gz.flags(text)
        people = find_people(text, gz, post.language, named)
        met: list[PersonHit] = []  # whom the head's later paragraphs say the actor meets: a visit's counterparts
        speakers, participants = speakers_and_participants(title, head, text, people, gz, post.language, met)
        whole_head = head_of(text, lines)
        add_cast(whole_head, people, speakers, participants)
        speakers += header_block(head, text, people, speakers)  # "The Hon X MP, Prime Minister" / "Senator the Hon Y, …"
        # "El canciller X" in Argentina's channel: Argentina's (the title's people are found apart from the text's)
        people, speakers, participants, met = (own_officials(hits, own, gz, channel) for hits in (people, speakers, participants, met))
        speakers, participants = own_fellows(text, speakers, participants, own)  # "Bundespräsidentin X und Bundesrat Y empfangen …"
        # a head of state's own channel: "Владимир Путин провёл …", "Le Président de la République a reçu …"
        speakers, participants = with_principal(channel, post.published.date() if post.published else None,
                                                text, people, speakers, participants, named, gz)
        speakers, participants = with_own_actor(text, people, speakers, participants, own)  # "Este martes, el Canciller X sostuvo …"
        if script == "zh":  # "介绍习近平主席对俄罗斯进行国事访问", "就普京总统出席……回答记者提问": the subject, no party
            people, speakers, participants = (scriptnames.not_subjects(text, hits) for hits in (people, speakers, participants))
        if script and not speakers and not participants:  # the channel's own officials, then the others
            speakers, participants = scriptnames.sides(people, own)
        forwarded = forwarded_speaker(post.forwarded_from, head, gz, post.language)
        if forwarded and not speakers and all(forwarded.entity.ident != h.entity.ident for h in participants):
            speakers.append(forwarded)
        elif (forwarded and gz.entity("person", forwarded.entity.ident) is forwarded.entity and not _QUOTE_OPEN.match(title)
              and all(forwarded.entity.ident != h.entity.ident for h in people + speakers + participants)):
            # a known person's own post in the first person ("Today I met X", "أجريت … محادثات مع X"): theirs, whom it
            # names took part (not a quotation of someone else's "we")
            participants = [h for h in speakers if all(h.entity.ident != p.entity.ident for p in participants)] + participants
            speakers = [forwarded]
        card = quote_card_speaker_part(title)
        card_speaker = bool(card and find_people(card, gz, post.language))
        # a title that is a quotation, its speaker named apart ("💬 „…“" / "– Außenministerin X"), is a statement
        quotation = bool(speakers) and bool(_QUOTE_OPEN.match(title))
        kind = event_type(title, text, counterpart=bool(participants), speaker_before_colon=card_speaker or quotation)
        rest = after_genre(title)  # "MFA Press Release: …'s Attendance at the … Meeting": what the rest names
        if rest and kind in ("Statement", "Other"):
            named_kind = event_type(rest, text, counterpart=bool(participants), speaker_before_colon=card_speaker or quotation)
            kind = kind if named_kind == "Other" else named_kind
        if kind == "MultilateralMeeting" and two_countries_meet(title, gz):
            kind = "Meeting"  # a summit or a ministers' meeting of two: "Japan-U.S. Summit Meeting"
        signed = byline(head, text, speakers) if kind == "Other" and speakers else None
        if signed:  # no cue but in the byline: "Déclaration du porte-parole …, Christophe Lemoine"
            kind = event_type(signed[1])
        elif kind == "Other" and speakers and (any(SAID_QUOTE.search(line) for line in head[1:])
                                               or gives_words(text, speakers)):  # "Minister X: „…”"
            kind = "Statement"  # a headline of what happened, then someone's reaction: "… Guterres said: “It is a man-made disaster …”"
        elif kind == "Other" and forwarded is not None and forwarded in speakers:
            kind = "Statement"  # a person's own post in the first person, forwarded, of no event of a kind: their statement
        signer = signature(lines, text, people) if kind == "Statement" else None  # "H.E. Hon. X, EGH" / "<office>" / "Nairobi, …"
        if signer and all(signer.entity.ident != h.entity.ident for h in speakers + participants):
            speakers.append(signer)
        if kind == "Briefing":  # a spokesperson's briefing has no counterparts: whom it names are other events' people
            participants = []  # ("announced that the Minister will visit Kabul tomorrow at the invitation of X")
        if kind == "Visit":  # "In Hanoi, Prime Minister X held a summit meeting with …": the visit's
            participants += [h for h in met if all(h.entity.ident != c.entity.ident for c in speakers + participants)]
        dated = without_authors(head)
        greeting = bool(_GREETING.match(title))
        found = event_date(title, dated, body=kind != "Summary" and not greeting)
        if found is not None and found.end_day is None and "📍" in text:  # "📍 نيويورك، 28 يوليو 2025م" / "يومي 28 و29 يوليو"
            found = range_from_body(found, dated[1:3])
        elif found is not None and found.end_day is None and ") -" in text:  # "MUNICH, 15th February, 2025 (WAM) --"
            found = range_around(found, dated[1:3])
        if found is None and kind == "Announcement":  # "… reçoit les demandes du 16 au 20 décembre 2024 à Paris"
            found = announced_days(dated)
        if found is None and kind != "Summary":  # "Kazan, Kamis (24/10) – …": a weekday, then day/month
            found = dateline_day(dated[1:3], post.published.date() if post.published else None)
        made = missions(text, gz, own)  # "Embajada de Cuba en …": its place is where it is, not where the event is
        made += own_mission(text, channel, gz, made)  # "сотрудники Посольства" in the embassy's own channel
        if script:  # "中国驻伊朗使馆", "سفارة خادم الحرمين الشريفين في بيروت"
            made += [m for m in scriptnames.embassies(text, gz, script, own) if all(m[0].ident != e.ident for e, _ in made)]
        place = find_location(title[: len(card)] if card_speaker else title, lines, gz,
                              named + [h.mention for h in people] + [m for _, m in made], narrative=kind in _NARRATIVE,
                              call=kind == "PhoneCall", anniversary=years_ago(title), language=post.language,
                              day=(found.month, found.day) if found else None)
        if place and place[0].kind == "place":  # "Valencia" of a notice to Bolivians in Spain: Spain's
            namesake = gz.namesake_in(place[0], {m.ident for m in named if m.kind == "country"} | {own} - {None})
            place = (namesake, place[1]) if namesake else place
        if kind == "Announcement" and place and place[0].kind == "country" and not _pinned(place[1], lines):
            place = None  # a notice's country is where its readers are ("Alert Level 3 remains in effect in Lebanon")
        if script and place is None and kind not in ("PhoneCall", "Announcement", "Other"):
            place = scriptnames.place_in(title, lines, gz, script)
        closing = closing_dateline(lines, gz) if kind != "Summary" else None
        if script == "ar" and found is None and closing is None and kind == "Statement":
            found = arabic.closing_date(lines)  # "بيان | …" / … / "١٠ مايو ٢٠٢٥م"
        if closing and (found is None or found.resolve(found.year or closing[0].year) == closing[0].resolve(closing[0].year)):
            found = found or closing[0]
            place = place or closing[1]
        relative = None
        if found is None and post.published is not None:
            surfaces = [m.surface for m in named if m.kind == "org"]  # "Rossiya Segodnya", "USA Today"
            day = local_day(post.published, own, place, gz)
            relative = relative_day([_without(t, surfaces) for t in head[:1] + [first_sentence(h) for h in dated[1:3]]
                                     if not _QUOTE_OPEN.match(t) and not scriptnames.QUESTION_OPEN.match(t)], day)
            if relative and (kind not in _NARRATIVE or kind == "Announcement") and relative[0] > day:
                relative = None  # an interview's, a statement's or a notice's coming weekday is another event's day
            if relative and (greeting or any(_CELEBRATE.search(first_sentence(h)) for h in head[:3])):
                relative = None  # "Today we celebrate 61 years of independence": an anniversary's day

        orgs = own_bodies(outside_offices(text, [m for m in without_foreign_bodies(text, named, gz) + flags if m.kind == "org"]), own, gz,
                          frozenset(m.ident for m in named + flags if m.kind == "country"))
        orgs = outside_conventions(text, orgs)  # "the United Nations Convention on the Law of the Sea": no UN
        orgs = not_titles(text, orgs)  # "Bundesrat Ignazio Cassis": a Federal Councillor, no Federal Council
        orgs += [mention for _, mention in made]
        ministries = foreign_ministries(text, named, orgs, gz)  # "МИД Армении", "the Foreign Ministry of Ghana"
        orgs += [mention for _, mention in ministries]
        orgs += own_bare_ministry(text, orgs, own, channel, gz)  # "the Ministry's headquarters"
        if script:  # "外交部发言人", "وزارة الخارجية" in the ministry's own channel
            orgs += scriptnames.own_ministry(text, named, orgs, own, gz, script)
        orgs += un_organs(text, orgs)  # "… the UN Charter, international law and General Assembly resolutions"
        orgs += hyphenated(text, orgs, gz, post.language)  # "the UN-authorised Multinational Security Support Mission"
        ministries += (coordinated := coordinated_ministries(whole_head, gz))
        orgs += [mention for _, mention in coordinated]  # "консультации между министерствами иностранных дел Армении и России"
        # "DFA Spokesperson X": the body's country
        people, speakers, participants = (body_officials(text, hits, orgs, gz) for hits in (people, speakers, participants))
        countries = [m for m in named + flags if m.kind == "country"]
        hashtags = tuple(HashtagRef(tag, gz.hashtag(tag)) for tag in post.hashtags)
        tag_keys = [key for ref in hashtags for key in ref.denotes]

        organisations = _unique([m.ident for m in orgs] + [i for k, i in tag_keys if k == "org"])
        in_missions = [(m.start, m.end) for _, m in made if m.end <= len(title)]  # "… Konsulatu Generalnego Federacji Rosyjskiej w Krakowie"
        parties = _unique(parties_of(title, speakers + participants, gz, hashtags, in_missions, post.language) + signatories(head[:2], gz))
        if own and kind == "Announcement" and not speakers and not participants:
            parties = [own]  # a notice's countries are where its readers are: "Komunikat dla obywateli RP … w Izraelu i Iranie"
        elif own and (not speakers and not participants or kind == "Briefing"):
            parties = _unique(parties + [own])  # the channel's own act: "⚠️ Travel Advisory"; its spokesperson's briefing

        entities: dict[tuple[str, str], Entity] = {}
        mentions = [hit.mention for hit in people] + orgs + countries
        for hit in people + speakers + participants:  # the title's may be read apart from the text's
            entities[hit.entity.key] = hit.entity
        for key in {(m.kind, m.ident) for m in orgs + countries} | set(tag_keys) | {("country", c) for c in parties}:
            entity = gz.entity(*key)
            if entity:
                entities[key] = entity
        entities.update((entity.key, entity) for entity, _ in made + ministries if entity is not None)
        location = None
        if place:
            entity, surface = place
            location = entity.key
            entities[entity.key] = entity
            mentions.append(Mention(entity.kind, entity.ident, surface))
        for entity in list(entities.values()):  # the countries of cities and of people
            if entity.country and ("country", entity.country) not in entities and gz.country(entity.country):
                entities[("country", entity.country)] = gz.country(entity.country)
        mentions.extend(Mention(k, i, "#" + ref.tag) for ref in hashtags for k, i in ref.denotes)

        event = EventInfo(
            type=kind,
            location=location,
            speakers=tuple(h.entity.ident for h in speakers),
            participants=tuple(h.entity.ident for h in participants),
            organisations=tuple(organisations),
            countries=tuple(parties),
        )
        partial = None
        if relative is not None:
            event = replace(event, date=relative[0], end_date=relative[1], date_inferred=True)
        if found is not None:
            if found.year is not None:
                start, end = found.resolve(found.year)
                event = _with_date(event, start, end)
            else:
                partial = found
        return Extraction(
            post=post,
            event=event,
            mentions=tuple(sorted(mentions, key=lambda m: (m.start, m.kind, m.ident))),
            entities=tuple(sorted(entities.values(), key=lambda e: (e.kind, e.ident))),
            hashtags=hashtags,
            partial_date=partial,
        )


def _compile_patterns() -> None:
    """Build the grammars of dates, offices and event cues now, which would otherwise be built at
    the first post: in the builder, before ``--jobs`` forks, so that each worker does not spend
    0.4 s of CPU building them again (0.2 s of it asking all 1.1M code points which can begin an office)."""
    dates._grammar()
    offices.role_starts()
    cues.event_cues()
    wordkeys.tokens("")  # and the standard library's pattern of words (kg.wordkeys._near_split)


def _with_date(event: EventInfo, start: date | None, end: date | None) -> EventInfo:
    return replace(event, date=start, end_date=end, date_inferred=False)


def _pinned(name: str, lines: list[str]) -> bool:
    """Whether a place's name is on a 📍 line of the post's head."""
    return any(line.lstrip().startswith("📍") and name in line for line in lines[:6])


def _without(text: str, surfaces: list[str]) -> str:
    for surface in surfaces:
        text = text.replace(surface, " ")
    return text


def _unique(items) -> list:
    return list(dict.fromkeys(items))
