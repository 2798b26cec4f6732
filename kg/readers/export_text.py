"""The text of one message of a Telegram Desktop JSON export, and the hashtags and links in it.

Telegram Desktop writes a message's text twice, from the same list of pieces (its exporter,
``export_output_json.cpp``, serialises one ``TextPart`` list for both): ``text`` is a string when
the message is a single plain run, otherwise a list mixing strings (plain runs) and
``{"type", "text"}`` objects; ``text_entities`` is always a list of objects, plain runs included.
In what Telegram writes the two hold the same text. ``text_entities`` is read when it holds text
(it is the complete, typed form); ``text`` when it holds none (exports older than
``text_entities``, or ones a tool rewrote), or when only ``text`` is well-formed. Whatever else is
found (the two disagreeing, a number, ``null``, a nested list) is described in ``issues``, and the
text that can be read is kept.
"""
from __future__ import annotations

import re
import typing
from decimal import Decimal

from kg.textutil import hashtags as find_hashtags, links as find_links

# Entities whose text is prose, where a hashtag or link is one when the export marks none: plain
# runs and their formatting. Code, pre, mentions, links and the rest are not searched.
_PROSE = frozenset({"plain", "bold", "italic", "underline", "strikethrough", "spoiler", "blockquote"})
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_SHOWN = 3  # issues of one field named in a message


def message_text(item: dict, issues: list[str]) -> tuple[list, str]:
    """The message's text pieces (strings, and objects whose ``text`` is a string) and its text,
    trimmed at its ends. What is wrong with ``text`` or ``text_entities`` is added to ``issues``."""
    before = len(issues)
    entities = _pieces(item, "text_entities", issues)
    entities_mended = len(issues) > before
    written = _pieces(item, "text", issues)
    written_mended = len(issues) > before + entities_mended
    entities_text = "".join(map(_piece_text, entities)) if entities else ""
    written_text = "".join(map(_piece_text, written)) if written else ""
    # `text` where text_entities holds no text, or only `text` is well-formed
    if written_text.strip() and (not entities_text.strip() or (entities_mended and not written_mended)):
        parts, text, other, read, ignored = written, written_text, entities_text, "text", "text_entities"
    else:
        parts, text, other, read, ignored = entities or written or [], entities_text or written_text, written_text, \
            "text_entities", "text"
    if entities is not None and written is not None and entities_text != written_text:
        issues.append(f"'text' and 'text_entities' differ ({_difference(text, other)}; Telegram writes them "
                      f"alike); read '{read}', '{ignored}' ignored")
    return parts, text.strip()


def hashtags(parts: list, text: str) -> tuple[str, ...]:
    """Hashtags without the leading '#', in order, each once: from hashtag entities where the export
    has any (an entity whose text is not a hashtag as Telegram writes them gives the hashtag it
    starts with); else found in the prose pieces as the text reader finds them."""
    seen: dict[str, None] = {}
    marked = False
    for part in parts:
        if type(part) is dict and part.get("type") == "hashtag":
            marked = True
            tag = part["text"].strip()
            found = find_hashtags(tag if tag.startswith("#") else "#" + tag)
            if found:
                seen.setdefault(found[0], None)
    if marked:
        return tuple(seen)
    return tuple(find_hashtags(_prose(parts))) if "#" in text else ()


def links(parts: list, text: str) -> tuple[str, ...]:
    """Targets of ``link`` (the text, given a scheme) and ``text_link`` (the href) entities; where
    the export has neither, links found in the prose pieces as the text reader finds them."""
    seen: dict[str, None] = {}
    marked = False
    for part in parts:
        if type(part) is not dict:
            continue
        kind = part.get("type")
        url = ""
        if kind == "link":
            marked = True
            url = part["text"].strip()
            if url and not _SCHEME.match(url):
                url = "https://" + url
        elif kind == "text_link":
            marked = True
            href = part.get("href")
            url = href.strip() if isinstance(href, str) else ""
        if url:
            seen.setdefault(url, None)
    if marked:
        return tuple(seen)
    return tuple(find_links(_prose(parts)))


def _prose(parts: list) -> str:
    """The text of the prose pieces, every other piece a space (so nothing joins across it)."""
    return "".join(
        part if type(part) is str else part["text"] if part.get("type", "plain") in _PROSE else " "
        for part in parts
    )


def _piece_text(part: typing.Any) -> str:
    return part if type(part) is str else part["text"]


def _pieces(item: dict, field: str, issues: list[str]) -> list | None:
    """The pieces of ``item[field]`` (None when absent), each a string or an object with a string
    ``text``; what had to be mended is added to ``issues``."""
    if field not in item:
        return None
    value = item[field]
    if type(value) is str and field == "text":
        return [value]
    if type(value) is list:
        for part in value:  # the usual case: nothing to mend, nothing copied
            if type(part) is not str and not (type(part) is dict and type(part.get("text")) is str):
                break
        else:
            return value
        kept: list = []
        notes = [f"{what} at item {number}" for number, part in enumerate(value, 1)
                 if (what := _mend(part, kept))]
        shown = ", ".join(notes[:_SHOWN]) + (f" and {len(notes) - _SHOWN} more" if len(notes) > _SHOWN else "")
        issues.append(f"'{field}' holds {shown}; the rest of the text kept")
        return kept
    kept = []
    what = _mend(value, kept) or _kind(value)
    expected = "a string or a list" if field == "text" else "a list"
    issues.append(f"'{field}' is {what}, not {expected}" + ("; read as text" if kept else ""))
    return kept


def _mend(value: typing.Any, kept: list) -> str:
    """Add the text ``value`` holds to ``kept``; return what was wrong with it ('' if nothing).
    Nested lists are walked without recursion (a fuzzed export nests them thousands deep)."""
    kind = type(value)
    if kind is str:
        kept.append(value)
        return ""
    if kind is dict:
        text = value.get("text")
        if type(text) is str:
            kept.append(value)
            return ""
        if _is_number(text):
            kept.append({**value, "text": str(text)})
            return "an object whose text is a number"
        return "an object without text" if "text" not in value else f"an object whose text is {_kind(text)}"
    if _is_number(value):
        kept.append(str(value))
        return f"a number ({value})"
    if kind is list:
        stack = [iter(value)]
        while stack:
            for part in stack[-1]:
                if type(part) is list:
                    stack.append(iter(part))
                    break
                _mend(part, kept)
            else:
                stack.pop()
        return "a nested list"
    return _kind(value)


def _is_number(value: typing.Any) -> bool:
    return type(value) in (int, float, Decimal)


def _kind(value: typing.Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, str):
        return "a string"
    return "a list" if isinstance(value, list) else type(value).__name__


def _difference(text: str, other: str) -> str:
    """Where two texts first differ, shown from a little before."""
    at = next((i for i, (a, b) in enumerate(zip(text, other)) if a != b), min(len(text), len(other)))
    start = max(0, at - 10)
    return f"from character {at + 1}: {_snippet(text[start:])} against {_snippet(other[start:])}"


def _snippet(text: str) -> str:
    text = text[:30] + ("…" if len(text) > 30 else "")
    return repr(text) if text else "nothing"
