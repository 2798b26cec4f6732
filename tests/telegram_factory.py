"""Write synthetic Telegram Desktop chat exports (``result.json``) of any length, for tests and benchmarks.

The file is written piece by piece, one message at a time, in the shape and key order Telegram
Desktop's JSON exporter uses, so that writing a 100k-message export takes no more memory than
writing one message. Content is deterministic for a given seed.
"""
from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TextIO

NOT_INCLUDED = "(File not included. Change data exporting settings to download.)"

_ENGLISH = [
    "Talks on the grain corridor resumed in Istanbul with delegations from both sides.",
    "The central bank raised its key rate by 50 basis points, citing persistent inflation.",
    "Floods forced the evacuation of several villages along the river overnight.",
    "The foreign minister arrived in Beijing for a two-day visit focused on trade.",
    "Parliament passed the budget amendments after a long debate on defence spending.",
]
_RUSSIAN = [
    "В Женеве возобновились переговоры о зерновой сделке, сообщают источники.",
    "Центральный банк повысил ключевую ставку, ссылаясь на устойчивую инфляцию.",
    "Из-за наводнения ночью были эвакуированы жители нескольких сёл.",
]
_EXPORTER_TZ = timezone(timedelta(hours=3))
_TAGS = ["news", "economy", "Россия", "FСS", "breaking", "world"]


@dataclass(frozen=True)
class ExportStats:
    """What a generated export holds."""

    messages: int
    service: int

    @property
    def posts(self) -> int:
        """How many posts a reader should yield: every message that is not a service message."""
        return self.messages - self.service


def write_export(
    path: str | Path,
    count: int,
    *,
    name: str = "Synthetic Desk",
    chat_id: int = 1500000001,
    service_every: int = 97,
    seed: int = 7,
    start: int = 1_672_531_200,
) -> ExportStats:
    """Write an export of ``count`` messages to ``path``; every ``service_every``-th is a service message."""
    rng = random.Random(seed)
    service = 0
    with open(path, "w", encoding="utf-8") as out:
        out.write("{\n")
        out.write(f' "name": {_dump(name)},\n "type": "public_channel",\n "id": {chat_id},\n "messages": [')
        for number in range(1, count + 1):
            out.write(",\n  " if number > 1 else "\n  ")
            date = start + number * 60
            if service_every and number % service_every == 0:
                service += 1
                _write(out, _service(number, date, name, chat_id))
            else:
                _write(out, _message(number, date, name, chat_id, rng))
        out.write("\n ]\n}")
    return ExportStats(messages=count, service=service)


def _write(out: TextIO, message: dict) -> None:
    out.write(json.dumps(message, ensure_ascii=False))


def _dump(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _head(number: int, kind: str, date: int) -> dict:
    # `date` is the exporting machine's local time (here UTC+3, no offset); date_unixtime is UTC.
    local = datetime.fromtimestamp(date, _EXPORTER_TZ).strftime("%Y-%m-%dT%H:%M:%S")
    return {"id": number, "type": kind, "date": local, "date_unixtime": str(date)}


def _service(number: int, date: int, name: str, chat_id: int) -> dict:
    message = _head(number, "service", date)
    message.update(actor=name, actor_id=f"channel{chat_id}", action="pin_message", message_id=number - 1)
    message.update(text="", text_entities=[])
    return message


def _message(number: int, date: int, name: str, chat_id: int, rng: random.Random) -> dict:
    message = _head(number, "message", date)
    message.update({"from": name, "from_id": f"channel{chat_id}"})
    shape = number % 5
    if shape == 1:
        message["forwarded_from"] = "Agency Wire"
    if shape == 2:
        message.update(photo=NOT_INCLUDED, width=1280, height=720)
    if shape == 3:
        message.update(
            file=NOT_INCLUDED, thumbnail=NOT_INCLUDED, media_type="video_file",
            mime_type="video/mp4", duration_seconds=rng.randint(5, 300), width=1920, height=1080,
        )
    if shape == 4:
        plain = " ".join(rng.sample(_ENGLISH, 2))
        message.update(text=plain, text_entities=[{"type": "plain", "text": plain}])
        return message
    pool = _RUSSIAN if number % 3 == 0 else _ENGLISH
    parts: list = [
        rng.choice(pool) + "\n" + " ".join(rng.sample(pool, 2)) + "\nMore: ",
        {"type": "link", "text": f"example.org/news/{number}"},
        "\n",
        {"type": "hashtag", "text": "#" + rng.choice(_TAGS)},
        " ",
        {"type": "text_link", "text": "source", "href": f"https://source.example.com/{number}"},
    ]
    message["text"] = parts
    message["text_entities"] = [
        part if isinstance(part, dict) else {"type": "plain", "text": part} for part in parts
    ]
    return message
