"""Plain-text copies of a channel (what a user gets by selecting and copying posts) -> Posts.

Such a copy has no post delimiters. kg recovers the posts from three kinds of evidence:

1. ``Forwarded from <channel>`` lines open a post (sometimes twice in a row).
2. A post expanded in the client is copied twice: its first line and body (the preview), then
   the body again without the first line (the expanded text). Finding where the body repeats
   tells where one Telegram message ends; the repeat may stop part-way.
3. Where a message follows another without a ``Forwarded from`` line, it opens a new post when
   its first line looks like a title (:mod:`kg.readers.titles`); otherwise it continues the
   previous post (Telegram splits long texts into several messages: a long message that stops
   mid-sentence goes on in the next). In copies without repeats, a line that surely is a title
   opens a post where it heads one (no final full stop, a body on either side) or where it is in
   another language than the text before it; a body line without a full stop, or ending in
   hashtags, does not open one by itself.

Artefact lines (``Media is too big``, ``Read in full``, reactions) are dropped from the text but
what they tell is kept: the post had media, a link. The reader works block by block (a block runs
from one ``Forwarded from`` line to the next), so memory stays bounded by the longest block.
"""
from __future__ import annotations

import io
from collections import defaultdict
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

import regex

from kg import textutil
from kg.errors import InputError, LimitExceeded
from kg.language import detect_language
from kg.models import Post, Problem
from kg.readers.titles import ends_mid_sentence, reads_as_sentence, scores_at_least

_FORWARDED = regex.compile(r"^[\s\u00a0]*(?:Forwarded|Переслано)[\s\u00a0]+(?:from|от|из)[\s\u00a0]+(\S.*?)[\s\u00a0]*$")
_NEW_POST = 2  # title score from which a message that follows another opens a new post
_SURE_TITLE = 3  # ... and from which a line inside an unrepeated message does (see _next_title)
_FLUSH_LINES = 20_000  # a block longer than this is processed in parts
# A message this long may be the first part of a text Telegram cut (at 4,096 characters; a
# caption at 1,024); a shorter one is a whole post's text, whatever its last line ends with.
_CUT = 1_000


@dataclass
class _Line:
    no: int
    text: str
    key: str
    kind: str  # blank | forward | media | link | reactions | content


def _classify(no: int, raw: str) -> _Line:
    text = raw.rstrip("\r\n")
    if textutil.is_blank(text):
        return _Line(no, text, "", "blank")
    if _FORWARDED.match(text):
        return _Line(no, text, "", "forward")
    kind = textutil.artefact_kind(text) or "content"
    key = textutil.normalise_space(text).casefold()
    return _Line(no, text, key, kind)


def _same(a: _Line, b: _Line) -> bool:
    """Equal lines, or one a truncated preview of the other."""
    if a.key == b.key:
        return True
    short, long_ = (a.key, b.key) if len(a.key) < len(b.key) else (b.key, a.key)
    short = short.rstrip(".…").rstrip()
    return len(short) >= 40 and long_.startswith(short)


@dataclass
class _Message:
    first: int  # index into the block's content lines
    body: list[_Line]
    lines: list[_Line]  # every content line the message spans (preview and repeat)


def _length(message: _Message) -> int:
    """Characters of a message's text: its first line and its body."""
    return len(message.lines[0].text) + sum(len(line.text) + 1 for line in message.body)


def _find_repeat(content: list[_Line], start: int, index: dict[str, list[int]]) -> tuple[int, int] | None:
    """Where the body of the message opened at ``start`` is repeated: (index of repeat, lines matched)."""
    b0 = start + 1
    if b0 >= len(content):
        return None
    candidates = [j for j in index.get(content[b0].key, ()) if j > b0]
    if not candidates and len(content[b0].key) >= 40:
        candidates = [j for j in range(b0 + 1, len(content)) if _same(content[j], content[b0])]
    for j in candidates:
        body_len = j - b0
        matched = 0
        while matched < body_len and j + matched < len(content) and _same(content[j + matched], content[b0 + matched]):
            matched += 1
        if matched == body_len or matched >= 2 or j + matched == len(content):
            return j, matched
    return None


def _segment(content: list[_Line]) -> list[_Message]:
    """Cut a block's content lines into Telegram messages, using the repeated bodies."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, line in enumerate(content):
        index[line.key].append(i)
    messages, start = [], 0
    while start < len(content):
        found = _find_repeat(content, start, index)
        if found:
            j, matched = found
            body = _merge(content[start + 1 : j], content[j : j + matched])
            end = j + matched
        else:
            end = _next_title(content, start)
            body = content[start + 1 : end]
        messages.append(_Message(start, body, content[start:end]))
        start = end
    return messages


def _merge(body: list[_Line], repeat: list[_Line]) -> list[_Line]:
    """The body with each line in its fullest form (the repeat may be longer than a truncated preview)."""
    merged = list(body)
    for k, line in enumerate(repeat):
        if k < len(merged):
            if len(line.text) > len(merged[k].text):
                merged[k] = line
        else:
            merged.append(line)
    return merged


def _next_title(content: list[_Line], start: int) -> int:
    """In a message that is not repeated, the first later line that surely opens another post.

    That is a line with a high title score (see :func:`kg.readers.titles.title_score`: a line that
    follows one ending mid-sentence scores less) that either heads a post (:func:`_heads_a_post`)
    or is in another language than the text before it (a translation that follows).
    """
    language = None
    meaningful = False
    for i in range(start + 1, len(content)):
        previous = content[i - 1].text
        meaningful = meaningful or textutil.is_meaningful(previous)
        if not meaningful:
            continue  # only hashtags or emoji so far: they belong to the title that follows
        if not scores_at_least(_SURE_TITLE, content[i].text, previous):
            continue
        if _heads_a_post(content, start, i):
            return i
        if sum(1 for line in content[start:i] if textutil.is_meaningful(line.text)) < 2:
            continue  # a title alone is too little to tell a language by: "… (Ludwigshafen am Rhein, July 2, 2025)"
        if language is None:
            language = detect_language("\n".join(l.text for l in content[start:i]))
        if language is None:
            continue
        # the line and the two after it (one short line may be too little to tell a language
        # by), and the line itself, lest the two after it be the next post's
        other = detect_language("\n".join(line.text for line in content[i : i + 3]))
        if other and other != language and detect_language(content[i].text) != language:
            return i
    return len(content)


def _heads_a_post(content: list[_Line], start: int, i: int) -> bool:
    """Whether line ``i``, a likely title, reads as the heading of a new post.

    It has no sentence-closing punctuation (a hashtag in its place ends a sentence: "… within
    #BRICS and the #SCO"), and there is a post on either side of it: the text from ``start`` has a
    body after its first line, and a body follows line ``i``. A line without a final full stop is
    common in a post's body (its last line above all), and a title heads a post, so the heading's
    shape alone does not open one.
    """
    if reads_as_sentence(content[i].text):
        return False
    before = sum(1 for line in content[start:i] if textutil.is_meaningful(line.text))
    return before >= 2 and any(textutil.is_meaningful(line.text) for line in content[i + 1 :])


@dataclass
class _Draft:
    header: list[_Line]  # forward lines and artefacts before the first content line
    forwarded_from: str | None
    messages: list[_Message]


def _drafts(block: list[_Line]) -> list[_Draft]:
    """Group a block's messages into posts."""
    forwarded = None
    for line in block:
        if line.kind == "forward":
            forwarded = textutil.normalise_space(_FORWARDED.match(line.text).group(1))
            break
    content = [line for line in block if line.kind == "content"]
    drafts: list[_Draft] = []
    for message in _segment(content):
        if drafts:
            last = drafts[-1].messages[-1]
            # Telegram cuts only a long text into messages: after a short one, a line without a
            # final full stop is where that post ends, not a sentence the next message goes on with
            cut = ends_mid_sentence(last.lines[-1].text) and _length(last) >= _CUT
            if cut or not scores_at_least(_NEW_POST, content[message.first].text):
                drafts[-1].messages.append(message)
                continue
        drafts.append(_Draft([], forwarded if not drafts else None, [message]))
    return drafts


def _posts_of_block(block: list[_Line], source: str, channel: str | None, first_index: int, languages: bool = True) -> list[Post]:
    drafts = _drafts(block)
    if not drafts:
        return []
    # Each post spans from its first line to the line before the next post's first line.
    starts = []
    for n, draft in enumerate(drafts):
        first_no = draft.messages[0].lines[0].no
        if n == 0:
            first_no = block[0].no
        else:  # media artefacts just before a title belong to that post
            pos = next(i for i, line in enumerate(block) if line.no == first_no)
            while pos > 0 and block[pos - 1].kind in ("media", "blank"):
                pos -= 1
            while block[pos].kind == "blank":
                pos += 1
            first_no = block[pos].no
        starts.append(first_no)
    posts = []
    for n, draft in enumerate(drafts):
        end_limit = starts[n + 1] - 1 if n + 1 < len(drafts) else block[-1].no
        span = [line for line in block if starts[n] <= line.no <= end_limit]
        while span and span[-1].kind == "blank":
            span.pop()
        posts.append(_post(draft, span, source, channel, first_index + n, languages))
    return posts


def _post(draft: _Draft, span: list[_Line], source: str, channel: str | None, index: int, languages: bool = True) -> Post:
    lines: list[str] = []
    for message in draft.messages:
        first = message.lines[0]
        lines.append(first.text.strip())
        lines.extend(line.text.strip() for line in message.body)
    text = "\n".join(lines)
    link_lines = "\n".join(line.text for line in span if line.kind == "link")
    links = textutil.links(text + "\n" + link_lines)
    return Post(
        source=source,
        title=textutil.title_of(lines),
        text=text,
        start_line=span[0].no,
        end_line=span[-1].no,
        channel=channel,
        forwarded_from=draft.forwarded_from,
        language=detect_language(text) if languages else None,
        hashtags=tuple(textutil.hashtags(text)),
        links=tuple(links),
        has_media=any(line.kind == "media" for line in span),
        index=index,
    )


def _blocks(lines: Iterable[_Line]) -> Iterator[list[_Line]]:
    """Runs of lines from one ``Forwarded from`` line (or the file's start) to the next."""
    block: list[_Line] = []
    in_header = False
    for line in lines:
        if line.kind == "forward":
            if not in_header and any(l.kind == "content" for l in block):
                yield block
                block = []
            in_header = True
        elif line.kind == "content":
            in_header = False
        block.append(line)
        if len(block) >= _FLUSH_LINES and not in_header:
            yield block
            block = []
    if block:
        yield block


def _decoded_lines(source: str, stream: io.BufferedIOBase, max_line: int) -> Iterator[_Line]:
    reader = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="strict", newline=None)
    no = 0
    try:
        while True:
            raw = reader.readline(max_line + 1)  # never more than the limit in memory
            if not raw:
                break
            no += 1
            if len(raw) > max_line:
                raise LimitExceeded(
                    f"line {no} is over {max_line:,} characters long",
                    where=f"{source}:{no}", hint="check the input, or raise the limit with --max-post-size",
                )
            yield _classify(no, raw)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"line {no + 1} is not UTF-8 text ({exc.reason} at byte {exc.start})",
            where=source,
            hint=f"convert the file to UTF-8 first, e.g. `iconv -f {_guess_encoding(exc.object)} -t utf-8 FILE > FILE.utf8`",
        ) from None


def _guess_encoding(sample: bytes) -> str:
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    cyrillic = sum(1 for b in sample if 0xC0 <= b <= 0xFF)
    return "cp1251" if cyrillic > len(sample) // 20 else "latin1"


def read_text_copy(
    source: str,
    stream: io.BufferedIOBase,
    report: Callable[[Problem], None],
    *,
    channel: str | None = None,
    max_line: int = 4_000_000,
    languages: bool = True,
) -> Iterator[Post]:
    """Posts of a plain-text channel copy, in the order they appear."""
    count = 0
    seen_content = False
    for block in _blocks(_decoded_lines(source, stream, max_line)):
        seen_content = seen_content or any(line.kind == "content" for line in block)
        for post in _posts_of_block(block, source, channel, count, languages):
            count += 1
            yield post
    if not seen_content:
        raise InputError(
            "has no text to read: the file is empty or holds only blank lines",
            where=source,
            hint="copy the channel's posts into the file (select them in Telegram and copy), or pass a Telegram export (result.json)",
        )
