"""Stream a Telegram Desktop "Export chat history" JSON file (``result.json``) into posts.

The export is one object, ``{"name", "type", "id", "messages": [...]}``, and can hold hundreds of
thousands of messages, so it is never loaded whole: :mod:`ijson` yields parse events, the
top-level scalars are remembered as they pass, and each item of ``messages`` is built on its
own and turned into a :class:`~kg.models.Post` as soon as it is complete. Memory stays flat
whatever the length of the export.

A message that cannot be read is reported through the ``report`` callback and skipped; one whose
text is malformed is reported and kept with the text that can be read (:mod:`kg.readers.export_text`);
a file that is not JSON, is cut short, or is not a chat export raises :class:`~kg.errors.InputError`.
"""
from __future__ import annotations

import re
import typing
from collections.abc import Callable, Iterator
from datetime import datetime, timezone

import ijson

from kg.errors import InputError
from kg.iris import message_owner
from kg.models import Post, Problem
from kg.readers.export_text import hashtags, links, message_text
from kg.readers.surrogates import SurrogateFilter
from kg.language import detect_language
from kg.textutil import title_of

try:
    _IJSON = ijson.get_backend("yajl2_c")
except Exception:  # noqa: BLE001 - the C backend is optional; any failure means "not available"
    _IJSON = ijson

REEXPORT_HINT = (
    "re-export the chat from Telegram Desktop (Settings → Advanced → Export Telegram data, format JSON)"
)
NOT_EXPORT_HINT = (
    "give the result.json of a single chat: in Telegram Desktop open the channel, "
    "⋮ → Export chat history, format JSON"
)
ACCOUNT_EXPORT_HINT = (
    "this looks like a whole-account export; export the one channel instead: "
    "open it in Telegram Desktop, ⋮ → Export chat history, format JSON"
)

# Keys whose presence means the message carried media (as the exporter names them).
_MEDIA_KEYS = (
    "photo", "file", "media_type", "sticker_emoji", "poll", "location_information",
    "contact_information", "game_title", "invoice_information",
)
_UNIXTIME = re.compile(r"^-?[0-9]+$")
_STARTS = ("start_map", "start_array")
_ENDS = ("end_map", "end_array")

Events = Iterator[tuple[str, typing.Any]]


def read_telegram_json(
    source: str, stream: typing.BinaryIO, report: Callable[[Problem], None], *, languages: bool = True
) -> Iterator[Post]:
    """Yield one post per message of a Telegram Desktop JSON export, as each message is read.

    ``source`` names the input in posts and messages; ``stream`` is the open binary file.
    Service messages are skipped silently; unsupported and malformed messages are reported
    with ``report`` and skipped. Raises :class:`InputError` for a file that is not JSON, is
    truncated, is not valid UTF-8, or is not a chat export.
    """
    escapes = SurrogateFilter(stream)
    reader = _Input(escapes)
    events = _IJSON.basic_parse(reader)
    try:
        yield from _read_document(source, events, report, languages)
        if escapes.replaced:
            report(Problem(source, f"{escapes.replaced} lone UTF-16 surrogate escape(s) such as \\ud800, which no "
                                   "text can hold, replaced with U+FFFD (\ufffd); the messages were kept", skipped=False))
    except ijson.JSONError as error:
        if not reader.had_content:
            raise InputError("the file is empty", where=source, hint=REEXPORT_HINT) from error
        raise _parse_error(source, error) from error
    except UnicodeDecodeError as error:  # raised by the pure-Python backends
        raise _utf8_error(source) from error


def message_ids(stream: typing.BinaryIO) -> Iterator[typing.Any]:
    """The ``id`` of every item of an export's ``messages`` list, service messages' too, as they are
    read: the parser builds only these values, in C (1.4 s for 100,000 messages, where reading
    them into posts takes ten times as long). Raises what the parser raises on a broken file."""
    yield from _IJSON.items(_Input(SurrogateFilter(stream)), "messages.item.id")


def export_owner(stream: typing.BinaryIO) -> str:
    """What names the channel of an export's posts beside their message ids
    (:func:`kg.iris.message_owner`), from the top-level values before ``messages``, as
    :func:`read_telegram_json` reads them; only those are read. Raises ValueError for a file that
    is no export, and what the parser raises on a broken one."""
    events = _IJSON.basic_parse(_Input(SurrogateFilter(stream)))
    if next(events, (None, None))[0] != "start_map":
        raise ValueError("not a JSON object")
    header: dict[str, typing.Any] = {}
    for event, key in events:
        if event != "map_key":
            break
        event, value = next(events)
        if key == "messages":
            name, chat_id = header.get("name"), header.get("id")
            return message_owner(name if isinstance(name, str) else None, chat_id if _is_int(chat_id) else None)
        if event in _STARTS:
            _skip_value(events)
        else:
            header[key] = value
    raise ValueError("no top-level 'messages' list")


class _Input:
    """The stream as ijson reads it: a leading UTF-8 byte-order mark dropped (an editor may add
    one; Telegram never does), and a note of whether anything but white space was read."""

    def __init__(self, stream: typing.BinaryIO):
        self._stream = stream
        self._first = True
        self.had_content = False

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size)
        if self._first and data:
            self._first = False
            if isinstance(data, bytes) and data.startswith(b"\xef\xbb\xbf"):
                data = data[3:] or self._stream.read(size)
        if not self.had_content and data and data.strip():
            self.had_content = True
        return data


def _read_document(source: str, events: Events, report: Callable[[Problem], None], languages: bool = True) -> Iterator[Post]:
    """Walk the top-level object: remember its scalars, read ``messages``, skip the rest."""
    first = next(events, None)
    if first is None or first[0] != "start_map":
        raise _not_export(source, "the file is JSON but not an object with a 'messages' list")
    header: dict[str, typing.Any] = {}
    keys: list[str] = []
    seen_messages = False
    for event, value in events:
        if event == "end_map":
            break
        key = value  # the event is a map_key at this depth
        keys.append(key)
        event, value = next(events)
        if key == "messages":
            if event != "start_array":
                raise _not_export(source, "'messages' is not a list")
            seen_messages = True
            # Real exports write name, type and id before messages. Should they come after it,
            # the posts already yielded keep channel=None: the reader does not hold posts back.
            yield from _read_messages(source, events, header, report, languages)
        elif event in _STARTS:
            _skip_value(events)
        else:
            header[key] = value
    for _ in events:  # drain, so that trailing garbage after the object is an error
        pass
    if not seen_messages:
        hint = ACCOUNT_EXPORT_HINT if {"chats", "left_chats"} & set(keys) else NOT_EXPORT_HINT
        raise _not_export(source, "the file is JSON but has no top-level 'messages' list", hint)


def _read_messages(
    source: str,
    events: Events,
    header: dict[str, typing.Any],
    report: Callable[[Problem], None],
    languages: bool = True,
) -> Iterator[Post]:
    """Build each item of the ``messages`` array in turn and yield the posts among them."""
    index = 0
    position = 0
    for event, value in events:
        if event == "end_array":
            return
        position += 1
        item = _build_value(event, value, events)
        post = _message_to_post(source, item, position, index, header, report, languages)
        if post is not None:
            yield post
            index += 1


def _build_value(event: str, value: typing.Any, events: Events) -> typing.Any:
    """The whole JSON value that starts with ``(event, value)``, read from ``events``.

    A hand-rolled builder: about three times faster than :class:`ijson.ObjectBuilder`, which
    matters at a hundred thousand messages of some seventy events each.
    """
    if event == "start_map":
        root: typing.Any = {}
    elif event == "start_array":
        root = []
    else:
        return value
    stack = [root]
    container = root
    key = None
    for event, value in events:
        if event == "map_key":
            key = value
            continue
        if event == "end_map" or event == "end_array":
            stack.pop()
            if not stack:
                break
            container = stack[-1]  # its next event is a map_key or a list item: no key to restore
            continue
        if event == "start_map":
            value = {}
        elif event == "start_array":
            value = []
        if type(container) is dict:
            container[key] = value
        else:
            container.append(value)
        if event in _STARTS:
            stack.append(value)
            container = value
    return root


def _skip_value(events: Events) -> None:
    """Consume the rest of a map or array whose start event was just read."""
    depth = 1
    for event, _ in events:
        if event in _STARTS:
            depth += 1
        elif event in _ENDS:
            depth -= 1
            if depth == 0:
                return


def _message_to_post(
    source: str,
    item: typing.Any,
    position: int,
    index: int,
    header: dict[str, typing.Any],
    report: Callable[[Problem], None],
    languages: bool = True,
) -> Post | None:
    """The post a message makes, or None (after reporting, where it deserves a report)."""
    if not isinstance(item, dict):
        report(Problem(source, f"message #{position} is not a JSON object but {_show(item)}; skipped"))
        return None
    kind = item.get("type")
    if kind == "service":
        return None
    message_id = item.get("id")
    if "id" not in item:
        report(Problem(source, f"message #{position} has no id; skipped"))
        return None
    if not _is_int(message_id):
        report(Problem(source, f"message #{position} has a non-integer id {_show(message_id)}; skipped"))
        return None
    if kind == "unsupported":
        report(Problem(source, "unsupported message skipped", message_id=message_id))
        return None
    try:
        published = _timestamp(item, "date")
    except ValueError as error:
        report(Problem(source, f"{error}; message skipped", message_id=message_id))
        return None
    try:
        edited = _timestamp(item, "edited")
    except ValueError:  # a bad edit time is not worth losing the post for
        edited = None
    issues: list[str] = []
    parts, text = message_text(item, issues)
    if issues:
        report(Problem(source, "; ".join(issues), message_id=message_id, skipped=False))
    forwarded, name, chat_id = item.get("forwarded_from"), header.get("name"), header.get("id")
    return Post(
        source=source,
        title=title_of(text.splitlines()),
        text=text,
        message_id=message_id,
        published=published,
        edited=edited,
        channel=name if isinstance(name, str) else None,
        channel_id=chat_id if _is_int(chat_id) else None,
        forwarded_from=forwarded if isinstance(forwarded, str) else None,
        language=detect_language(text) if text and languages else None,
        hashtags=hashtags(parts, text),
        links=links(parts, text),
        has_media=any(key in item for key in _MEDIA_KEYS),
        index=index,
        position=position,
    )


def _timestamp(item: dict, field: str) -> datetime | None:
    """UTC time of ``<field>_unixtime``; raises ValueError when it is there but unreadable."""
    raw = item.get(f"{field}_unixtime")
    if raw is None:
        # Old exports (before Telegram Desktop 2.x) have no *_unixtime. Their `date` is the
        # exporting machine's local time without offset; with nothing better to go on it is
        # taken as UTC, which may be off by that machine's offset.
        return _local_date_as_utc(item, field)
    if _is_int(raw):
        seconds = raw
    elif isinstance(raw, str) and _UNIXTIME.match(raw.strip()):
        seconds = int(raw.strip())
    else:
        raise ValueError(f"'{field}_unixtime' is not a number of seconds: {_show(raw)}")
    try:
        return datetime.fromtimestamp(seconds, tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        raise ValueError(f"'{field}_unixtime' is out of range: {_show(raw)}") from None


def _local_date_as_utc(item: dict, field: str) -> datetime | None:
    raw = item.get(field)
    if raw is None:
        return None
    try:
        value = datetime.fromisoformat(raw)
    except (TypeError, ValueError):
        raise ValueError(f"'{field}' is not a date: {_show(raw)}") from None
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


def _is_int(value: typing.Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _show(value: typing.Any) -> str:
    """A value as it might appear in the JSON, for messages: strings quoted, numbers bare."""
    text = repr(value) if isinstance(value, str) else "null" if value is None else str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _not_export(source: str, why: str, hint: str = NOT_EXPORT_HINT) -> InputError:
    return InputError(f"not a Telegram chat export: {why}", where=source, hint=hint)


def _utf8_error(source: str) -> InputError:
    message = "the file is not valid UTF-8 (a Telegram export always is); it may be damaged"
    return InputError(message, where=source, hint=REEXPORT_HINT)


def _parse_error(source: str, error: Exception) -> InputError:
    """The InputError for what ijson reported: truncation, bad UTF-8, or other malformed JSON."""
    detail = error.args[0] if error.args else ""
    if isinstance(detail, bytes):
        detail = detail.decode("utf-8", "replace")
    detail = str(detail).strip().splitlines()[0] if str(detail).strip() else "unknown error"
    if "utf8" in detail.lower().replace("-", ""):  # yajl: "invalid bytes in UTF8"; Python: "'utf-8' codec"
        return _utf8_error(source)
    if "premature EOF" in detail or "Incomplete" in detail:
        message = "the JSON ends too early: the file is truncated (an interrupted export or copy?)"
    else:
        message = f"the file is not well-formed JSON ({detail})"
    return InputError(message, where=source, hint=REEXPORT_HINT)
