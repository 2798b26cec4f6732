"""Years for dates written without one ("📍 Cairo, December 19", "On September 20, …").

From the post's publication time where the input has it (the year that puts the event closest to
it); otherwise from the neighbouring posts of the same copy, which are in time order: the last
dated post before it, or, at the start of a copy, the first dated post after it. Such dates are
marked ``kg:dateInferred``. A date that no neighbour can place is dropped, never guessed.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Iterable, Iterator

from kg.extract.dates import FoundDate
from kg.models import Extraction

_BACKWARDS = timedelta(days=75)  # a date this far before the previous one is in the next year
_MAX_PENDING = 2000  # posts held back while waiting for a dated neighbour


def resolve_years(extractions: Iterable[Extraction]) -> Iterator[Extraction]:
    """The extractions, in the same order, with year-less dates completed where possible."""
    pending: list[Extraction] = []  # posts waiting for a dated neighbour, in order
    last: date | None = None
    source = None
    for extraction in extractions:
        if extraction.post.source != source:
            yield from (_undated(e) for e in pending)
            pending, last, source = [], None, extraction.post.source
        found = extraction.partial_date
        if found is not None:
            if extraction.post.published is not None:
                extraction = _dated(extraction, found, _year_near(found, extraction.post.published.date()))
            elif last is not None:
                extraction = _dated(extraction, found, _year_after(found, last))
        if extraction.partial_date is None and extraction.event.date and not extraction.event.date_inferred:
            yield from _flush(pending, extraction.event.date)
            pending = []
        if extraction.partial_date is not None or pending:
            pending.append(extraction)
            if len(pending) > _MAX_PENDING:
                yield _undated(pending.pop(0))
            continue
        if extraction.event.date:
            last = extraction.event.date
        yield extraction
    yield from (_undated(e) for e in pending)


def _flush(pending: list[Extraction], anchor: date) -> list[Extraction]:
    return [e if e.partial_date is None else _dated(e, e.partial_date, _year_before(e.partial_date, anchor)) for e in pending]


def _dated(extraction: Extraction, found: FoundDate, year: int) -> Extraction:
    start, end = found.resolve(year)
    event = replace(extraction.event, date=start, end_date=end, date_inferred=start is not None)
    return replace(extraction, event=event, partial_date=None)


def _undated(extraction: Extraction) -> Extraction:
    return replace(extraction, partial_date=None) if extraction.partial_date is not None else extraction


def _year_near(found: FoundDate, anchor: date) -> int:
    candidates = [y for y in (anchor.year - 1, anchor.year, anchor.year + 1) if found.resolve(y)[0]]
    return min(candidates, key=lambda y: abs((found.resolve(y)[0] - anchor).days), default=anchor.year)


def _year_after(found: FoundDate, previous: date) -> int:
    start = found.resolve(previous.year)[0]
    return previous.year + 1 if start and start < previous - _BACKWARDS else previous.year


def _year_before(found: FoundDate, following: date) -> int:
    start = found.resolve(following.year)[0]
    return following.year - 1 if start and start > following + _BACKWARDS else following.year
