"""One synthetic message at a time for bench/generate.py: a message's pieces (plain text, hashtags, bold, links)
and lines, and the :class:`Writer` that makes messages by recombining the structures of the posts in ``seeds/``,
deterministically for a seed."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Iterator

from synthetic_words import (BLOCS, CITY_FR, CITY_RU, COUNTRY_FR, COUNTRY_RU_GEN, EN_OPENERS, EN_QUESTIONS,
                             EN_SENTENCES, EVENTS, EXTRA_TAGS, FIELDS, FIRST, FORMAL, FR_FIELDS, FR_ISSUES, FR_ORGS,
                             FR_SENTENCES, INVENTED_ROLES, ISSUES, LAST, MEDIA, MONTHS_EN, MONTHS_FR, MONTHS_RU,
                             PAIR_NAME, PARTNERS, Person, REGIONS, RU_FIELDS, RU_ISSUES, RU_ORGS, RU_SENTENCES,
                             SOURCES, SPEECH, SPEECH_PREP, TOPICS, pools)

START = int(datetime(2022, 1, 1, tzinfo=timezone.utc).timestamp())
END = int(datetime(2025, 12, 31, 20, tzinfo=timezone.utc).timestamp())

# -- one message -----------------------------------------------------------------------------

@dataclass
class Piece:
    """A run of a message's text: plain, or an entity (hashtag, bold, link, text_link, mention)."""

    text: str
    kind: str = "plain"
    href: str | None = None


Line = list  # a line is a list of Pieces


@dataclass
class Message:
    id: int
    date: int
    service: bool = False
    edited: int | None = None
    forwarded_from: str | None = None
    media: str | None = None  # photo | video | big
    language: str = "en"
    title: Line = field(default_factory=list)
    head: list[Line] = field(default_factory=list)  # 📍 and hashtag lines right after the title
    body: list[Line] = field(default_factory=list)
    read_more: str | None = None  # a link after the body ("Read in full")

    @property
    def lines(self) -> list[Line]:
        out = ([self.title] if self.title else []) + self.head + self.body
        if self.read_more:
            out.append([Piece("Read in full", "text_link", self.read_more)])
        return out


def _tags(tags: list[str]) -> Line:
    line: Line = []
    for n, tag in enumerate(tags):
        if n:
            line.append(Piece(" "))
        line.append(Piece("#" + tag, "hashtag"))
    return line


class Writer:
    """Makes messages one at a time, deterministically for a seed."""

    def __init__(self, seed: int, count: int):
        self.rng = random.Random(seed)
        self.pools = pools()
        self.count = count
        self.step = (END - START) / max(count, 1)
        self.used: set[str] = set()

    # helpers
    def pick(self, items):
        return items[self.rng.randrange(len(items))]

    def fresh(self, templates: list[str]) -> str:
        """A sentence template not used yet in the current post (bodies do not repeat themselves)."""
        for _ in range(8):
            template = self.pick(templates)
            if template not in self.used:
                break
        self.used.add(template)
        return template

    def city(self) -> tuple[str, str]:
        return self.pick(self.pools.cities)

    def partner(self) -> str:
        # the first dozen partners are the most frequent, as in the real channel
        r = self.rng.random()
        return self.pick(PARTNERS[:12] if r < 0.5 else PARTNERS)

    def country_name(self, code: str) -> str:
        return self.pools.countries.get(code, code)

    def formal(self, code: str) -> str:
        return FORMAL.get(code, self.country_name(code))

    def counterpart(self, code: str) -> Person:
        known = self.pools.foreign.get(code)
        if known and self.rng.random() < 0.7:
            return self.pick(known)
        role = self.pick(INVENTED_ROLES).format(country=self.formal(code))
        return Person(f"{self.pick(FIRST)} {self.pick(LAST)}", role, code)

    def russian_speaker(self) -> Person:
        r = self.rng.random()
        if r < 0.55:
            return self.pools.lavrov
        return self.pick(self.pools.russians)

    def speaker_phrase(self, person: Person) -> str:
        if person.name == "Sergey Lavrov":
            return self.pick(["Foreign Minister Sergey Lavrov", "Russia's Foreign Minister Sergey Lavrov",
                              "Russian Foreign Minister Sergey Lavrov", "FM Sergey Lavrov"])
        if person.role:
            return f"{person.role} {person.name}" if self.rng.random() < 0.6 else f"Russia's {person.role} {person.name}"
        return person.name

    def counterpart_phrase(self, person: Person) -> str:
        if " of " in person.role:  # an invented person: the role already names the country
            return f"{person.role} {person.name}"
        role = person.role or "Foreign Minister"
        return f"{role} of {self.formal(person.country)} {person.name}" if person.country else f"{role} {person.name}"

    def org(self) -> str:
        return self.pick(self.pools.orgs)

    def event(self, city: str) -> str:
        return self.pick(EVENTS).format(n=self.rng.randint(2, 30), city=city)

    @staticmethod
    def date_en(day: datetime, year: bool = True) -> str:
        return f"{MONTHS_EN[day.month - 1]} {day.day}, {day.year}" if year else f"{MONTHS_EN[day.month - 1]} {day.day}"

    @staticmethod
    def date_en_dmy(day: datetime) -> str:
        return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"

    def hashtags(self, pair: str | None = None) -> list[str]:
        tags = []
        if pair:
            tags.append("Russia" + PAIR_NAME.get(pair, self.country_name(pair).replace(" ", "")))
        for _ in range(self.rng.choice((0, 1, 1, 2, 3))):
            r = self.rng.random()
            if r < 0.55:
                tags.append(self.pick(TOPICS))
            elif r < 0.75:
                tags.append(self.pick(("UNGA", "UNSC", "BRICS", "SCO", "G20", "EAS")) + str(self.rng.randint(70, 80)))
            else:
                tags.append(self.pick(EXTRA_TAGS))
        return list(dict.fromkeys(tags))

    def sentence_en(self, day: datetime, partner: str) -> str:
        city, _ = self.city()
        text = self.fresh(EN_SENTENCES).format(
            issue=self.pick(ISSUES), org=self.org(), bloc=self.pick(BLOCS), field=self.pick(FIELDS), field2=self.pick(FIELDS),
            country=self.country_name(partner), country_s=self.country_name(partner), place=city,
            n=self.rng.randint(2, 300), month=MONTHS_EN[self.rng.randrange(12)], year=day.year,
            year2=day.year + 1, person=self.pick(self.pools.people).name, region=self.pick(REGIONS),
            adj=self.country_name(partner),
        )
        return text

    def paragraph_en(self, day: datetime, partner: str) -> Line:
        sentences = " ".join(self.sentence_en(day, partner) for _ in range(self.rng.randint(2, 4)))
        if self.rng.random() < 0.08:
            sentences += " <...>"
        line: Line = [Piece(self.pick(EN_OPENERS))] if self.rng.random() < 0.6 else []
        # an inline hashtag now and then, as in "On #NATO policy"
        if self.rng.random() < 0.12:
            tag = self.pick(TOPICS)
            line += [Piece(sentences + " "), Piece("#" + tag, "hashtag")]
            line.append(Piece("."))
        else:
            line.append(Piece(sentences))
        return [p for p in line if p.text]

    def body_en(self, day: datetime, partner: str, lo: int = 2, hi: int = 6) -> list[Line]:
        body = [self.paragraph_en(day, partner) for _ in range(self.rng.randint(lo, hi))]
        if self.rng.random() < 0.15:
            city, _ = self.city()
            question = self.pick(EN_QUESTIONS).format(issue=self.pick(ISSUES), country=self.country_name(partner),
                                                      org=self.pick(BLOCS), place=city)
            body.insert(self.rng.randrange(len(body) + 1), [Piece(question)])
        return body

    # the kinds of post ------------------------------------------------------------------
    def remarks(self, m: Message, day: datetime) -> None:
        speaker = self.russian_speaker()
        city, country = self.city()
        speech = self.pick(SPEECH)
        prep = self.pick(SPEECH_PREP[speech])
        event = self.event(city)
        shape = self.rng.random()
        icon = self.pick(["🎙 ", "🎙 ", "🎙", "🎥 ", "📰 "])
        title = f"{icon}{self.speaker_phrase(speaker)}’s {speech} {prep} {event}"
        if shape < 0.45:
            title += f" ({city}, {self.date_en(day)})"
        elif shape < 0.6:
            title += f" ({self.date_en(day)})"
        elif shape < 0.7:
            title += f", {self.date_en_dmy(day)}"
        else:
            m.head.append([Piece(f"📍 {city}, {self.date_en(day)}")])
        m.title = [Piece(title, "bold" if self.rng.random() < 0.3 else "plain")]
        tags = self.hashtags(country if country != "RU" and self.rng.random() < 0.4 else None)
        if tags:
            m.head.append(_tags(tags))
        m.body = self.body_en(day, country)

    def meeting(self, m: Message, day: datetime) -> None:
        code = self.partner()
        other = self.counterpart(code)
        speaker = self.russian_speaker()
        flags = "🇷🇺" + _flag(code)
        when = self.date_en(day, year=self.rng.random() < 0.3)
        r = self.rng.random()
        city = "Moscow" if r < 0.5 else self.pools.capitals.get(code, "Moscow") if r < 0.8 else self.city()[0]
        r = self.rng.random()
        if r < 0.45:
            text = f"{flags} On {when}, {self.speaker_phrase(speaker)} met with {self.counterpart_phrase(other)}"
            if self.rng.random() < 0.4:
                text += f" on the sidelines of {self.event(city)}"
            text += "."
        elif r < 0.7:
            text = (f"{flags} On {when}, {city} hosted talks between {self.speaker_phrase(speaker)} and "
                    f"{self.counterpart_phrase(other)}.")
        elif r < 0.85:
            text = (f"{flags} On {when}, {self.speaker_phrase(speaker)} had a telephone conversation with "
                    f"{self.counterpart_phrase(other)}.")
        else:
            text = (f"🎙 {self.speaker_phrase(speaker)}’s opening remarks during talks with "
                    f"{self.counterpart_phrase(other)}")
            m.head.append([Piece(f"📍 {city}, {self.date_en(day)}")])
        m.title = [Piece(text)]
        m.head.append(_tags(self.hashtags(code)))
        m.body = self.body_en(day, code, 1, 4)

    def briefing(self, m: Message, day: datetime) -> None:
        spokes = next((p for p in self.pools.russians if p.name == "Maria Zakharova"), self.pools.lavrov)
        who = self.pick([f"Foreign Ministry Spokeswoman {spokes.name}", f"Russia's Foreign Ministry Spokeswoman {spokes.name}",
                         f"Deputy Director of the Information and Press Department {self.pick(FIRST)} {self.pick(LAST)}"])
        place = self.pick(["Moscow", "Moscow", "Moscow", "Kazan", "Sochi", "Vladivostok"])
        title = f"🎙 Briefing by {who}"
        if self.rng.random() < 0.5:
            title += " on current foreign policy issues"
        title += f" ({place}, {self.date_en(day)})" if self.rng.random() < 0.6 else f" ({self.date_en(day)})"
        m.title = [Piece(title)]
        body: list[Line] = []
        for _ in range(self.rng.randint(2, 5)):
            topic = self.pick(TOPICS)
            body.append(_tags([topic]))
            body += self.body_en(day, self.partner(), 1, 2)
        m.body = body
        if self.rng.random() < 0.7:
            m.read_more = f"https://mid.ru/en/foreign_policy/news/{self.rng.randint(1_800_000, 2_100_000)}/"

    def interview(self, m: Message, day: datetime) -> None:
        speaker = self.russian_speaker()
        city, country = self.city()
        media = self.pick(MEDIA) if self.rng.random() < 0.8 else f"the {city} Herald newspaper"
        prep = self.pick(["interview to", "interview with", "interview to", "answers to questions from"])
        title = f"🎙 {self.speaker_phrase(speaker)}’s {prep} {media}"
        title += f" ({city}, {self.date_en(day)})" if self.rng.random() < 0.5 else f" ({self.date_en(day)})"
        m.title = [Piece(title)]
        tags = self.hashtags()
        if tags:
            m.head.append(_tags(tags))
        body = []
        for _ in range(self.rng.randint(1, 3)):
            question = self.pick(EN_QUESTIONS).format(issue=self.pick(ISSUES), country=self.country_name(country),
                                                      org=self.pick(BLOCS), place=city)
            body.append([Piece(question)])
            body += self.body_en(day, country, 1, 2)
        m.body = body

    def news(self, m: Message, day: datetime) -> None:
        city, country = self.city()
        org = self.org()
        r = self.rng.random()
        if r < 0.3:
            d2 = day + timedelta(days=self.rng.randint(1, 3))
            text = (f"🗓 The {self.rng.randint(2, 30)}th {self.pick(['Forum', 'Summit', 'Conference'])} of {self.pick(BLOCS)} takes place on "
                    f"{day.day}–{d2.day} {MONTHS_EN[day.month - 1]} {day.year} in {city}.")
        elif r < 0.6:
            code = self.partner()
            text = f"{self.pick(['📝 ', '🏛 ', ''])}{self.country_name(code)} and Russia signed an agreement on {self.pick(FIELDS)} in {city}."
        else:
            text = f"📰 {org} {self.pick(['welcomed', 'discussed', 'adopted a declaration on', 'condemned'])} {self.pick(ISSUES)}."
        m.title = [Piece(text)]
        m.body = self.body_en(day, country, 1, 3)
        tags = self.hashtags()
        if tags:
            m.body.append(_tags(tags))
        if self.rng.random() < 0.3:
            m.body.append([Piece("More: "), Piece(f"mid.ru/en/press_service/{self.rng.randint(10_000, 99_999)}", "link")])

    def russian(self, m: Message, day: datetime) -> None:
        m.language = "ru"
        city, _ = self.city()
        city_ru = CITY_RU.get(city, "Москва" if self.rng.random() < 0.5 else city)
        when = f"{day.day} {MONTHS_RU[day.month - 1]}"
        code = self.pick(list(COUNTRY_RU_GEN))
        other = self.pools.foreign.get(code, [])
        other_name = self.pick(other).name_ru if other else ""
        if other_name and self.rng.random() < 0.5:
            title = (f"🇷🇺{_flag(code)} {when} Министр иностранных дел России С.В.Лавров провёл переговоры "
                     f"с Министром иностранных дел {COUNTRY_RU_GEN[code]} {other_name}.")
        else:
            title = (f"🎙 Выступление Министра иностранных дел Российской Федерации С.В.Лаврова на пресс-конференции "
                     f"по итогам переговоров ({city_ru}, {when} {day.year} года)")
        m.title = [Piece(title)]
        body = []
        for _ in range(self.rng.randint(2, 4)):
            sentences = self.paragraph(RU_SENTENCES, day, issue_ru=RU_ISSUES, org_ru=RU_ORGS, field_ru=RU_FIELDS)
            body.append([Piece(("💬 " if self.rng.random() < 0.4 else "") + sentences)])
        body.append(_tags(["Россия" + self.pick(["Китай", "Индия", "Иран", "Африка"]), self.pick(["БРИКС", "ШОС", "МИДРоссии"])]))
        m.body = body

    def paragraph(self, templates: list[str], day: datetime, **pools: list[str]) -> str:
        """Two or three sentences from ``templates``, each slot filled from its pool (in that order)."""
        return " ".join(self.fresh(templates).format(
            **{slot: self.pick(pool) for slot, pool in pools.items()},
            n=self.rng.randint(2, 300), year=day.year, year2=day.year + 1) for _ in range(self.rng.randint(2, 3)))

    def french(self, m: Message, day: datetime) -> None:
        m.language = "fr"
        city, _ = self.city()
        city_fr = CITY_FR.get(city, city)
        when = f"{day.day} {MONTHS_FR[day.month - 1]} {day.year}"
        code = self.pick(list(COUNTRY_FR))
        if self.rng.random() < 0.5:
            title = (f"🇷🇺💬 Déclarations du ministre russe des Affaires étrangères Sergueï Lavrov lors de la conférence de "
                     f"presse à l’issue des entretiens avec son homologue de {COUNTRY_FR[code]} ({city_fr}, {when})")
        else:
            title = (f"🇷🇺{_flag(code)} Le {day.day} {MONTHS_FR[day.month - 1]}, Sergueï Lavrov s’est entretenu avec le "
                     f"ministre des Affaires étrangères de {COUNTRY_FR[code]}.")
        m.title = [Piece(title)]
        body = []
        for _ in range(self.rng.randint(2, 4)):
            sentences = self.paragraph(FR_SENTENCES, day, issue_fr=FR_ISSUES, org_fr=FR_ORGS, field_fr=FR_FIELDS)
            body.append([Piece(sentences)])
        body.append(_tags([self.pick(["russie", "Russie"]) + self.pick(["Afrique", "Chine", "Inde"]), "brics"]))
        m.body = body

    KINDS = (("remarks", 30), ("meeting", 28), ("briefing", 7), ("interview", 10), ("news", 13), ("russian", 7),
             ("french", 5))

    def message(self, number: int) -> Message:
        """Message ``number`` (1-based); its date grows with the number, over 2022–2025."""
        rng = self.rng
        date = int(START + (number - 1) * self.step + rng.random() * self.step * 0.9)
        m = Message(number, date)
        self.used.clear()
        if number > 1 and rng.random() < 0.01:
            m.service = True
            return m
        if rng.random() < 0.45:
            m.forwarded_from = self.pick(SOURCES)
        r = rng.random()
        m.media = "photo" if r < 0.2 else "video" if r < 0.3 else None
        if rng.random() < 0.04:  # media only: a photo or video with no caption
            m.media = m.media or "photo"
            return m
        if rng.random() < 0.1:
            m.edited = date + rng.randint(60, 86_400)
        day = datetime.fromtimestamp(date, timezone.utc) - timedelta(days=rng.choice((0, 0, 0, 1, 1, 2)))
        total = sum(w for _, w in self.KINDS)
        pick = rng.random() * total
        for kind, weight in self.KINDS:
            pick -= weight
            if pick < 0:
                break
        getattr(self, kind)(m, day)
        if not m.read_more and m.language == "en" and rng.random() < 0.25:
            m.read_more = f"https://mid.ru/en/foreign_policy/news/{rng.randint(1_800_000, 2_100_000)}/"
        if rng.random() < 0.05:
            m.body.append([Piece("Subscribe: "), Piece("@MFARussia", "mention")])
        return m

    def messages(self) -> Iterator[Message]:
        for number in range(1, self.count + 1):
            yield self.message(number)


def _flag(code: str) -> str:
    return "".join(chr(0x1F1E6 + ord(c) - ord("A")) for c in code.upper())
