"""The data of ``kg report``: stored queries run on a graph and gathered into the compact lists
the page embeds (:func:`gather`), and the numbers that bound them. :mod:`kg.report` turns them
into charts and the page."""
from __future__ import annotations

import base64
import functools
import re
import sqlite3
import tempfile
from collections import defaultdict
from typing import Iterable, Iterator, Protocol
from urllib.parse import unquote

from kg import queries
from kg.errors import DISK_FULL, StoreError, UsageError
from kg.reportnetwork import linked_people, strongest
from kg.reporttable import EventTable
from kg.store import Progress

DEFAULT_TITLE = "Knowledge graph report"
DEFAULT_TOP = 20
DEFAULT_MAX_PEOPLE = 150
PAGE_ROWS = 100
LABELLED_PEOPLE = 40  # the network labels this many people (the most connected); the rest on hover
COUNTRY_COLOURS = 19  # countries with a colour of their own in the network; the others share one

# kg:eventType values in the ontology's order; any other type found is added after them.
EVENT_TYPES = ("Statement", "Interview", "PressConference", "Briefing", "Meeting", "PhoneCall", "Visit",
               "MultilateralMeeting", "Consultations", "Commentary", "Announcement", "Summary", "Other")
TYPE_COLOURS = ("#4c78a8", "#9ecae9", "#f58518", "#ffbf79", "#e45756", "#ff9d98", "#54a24b", "#88d27a",
                "#b79a20", "#f2cf5b", "#439894", "#83bcb6", "#bab0ac")
EXTRA_TYPE_COLOURS = ("#d67195", "#fcbfd2", "#b279a2", "#d6a5c9", "#9e765f", "#d8b5a5", "#79706e")
COUNTRY_PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf",
                   "#bcbd22", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94", "#f7b6d2",
                   "#9edae5", "#dbdb8d", "#393b79")
OTHER_COUNTRIES = "other countries"
NO_COUNTRY = "country not known"
KINDS = (("organisation", "Top organisations"), ("hashtag", "Top hashtags"), ("place", "Top places"))


class RowSource(Protocol):
    """Anything that answers a SELECT query with rows of plain values, one at a time:
    kg.sparql.LocalSource, kg.endpoint.Endpoint."""

    def iter_rows(self, text: str) -> Iterator[dict]: ...


# -- gathering -----------------------------------------------------------------------------------------


_FINAL_ORDER_BY = re.compile(r"\n\s*ORDER\s+BY\b[^{}]*$", re.IGNORECASE)


def _unordered(text: str) -> str:
    """The query without its final ORDER BY: kg report sorts every list itself, and an engine's sort
    can cost more than the query (Oxigraph decodes each compared term from its dictionary: on a
    store of 100,000 posts, report-entity-events takes 5 s unsorted and over a minute sorted). A
    query whose ORDER BY is followed by LIMIT or OFFSET keeps it (its rows depend on the order)."""
    match = _FINAL_ORDER_BY.search(text.rstrip())
    if match is None or re.search(r"\b(LIMIT|OFFSET)\b", match.group(0), re.IGNORECASE):
        return text
    return text.rstrip()[: match.start()] + "\n"


_PROGRESS_ROWS = 10_000  # rows read between two calls of the progress callback


def _run(source: RowSource, name: str, progress: Progress | None = None) -> Iterator[dict[str, str | None]]:
    """The rows of a stored query, unsorted, as plain values (None where unbound), one at a time:
    both sources stream (a local store through a CSV spool, an endpoint's JSON as it arrives), so
    the largest answer is filtered as it is read and never held whole. ``progress`` hears the
    query's name when it starts, then how many more rows were read."""
    text = _unordered(queries.bind(queries.find(name), {}))
    if progress:
        progress(name, 0)
    count = 0
    for count, row in enumerate(source.iter_rows(text), 1):
        yield {k: (v if v != "" else None) for k, v in row.items()}
        if progress and count % _PROGRESS_ROWS == 0:
            progress(name, _PROGRESS_ROWS)
    if progress and count % _PROGRESS_ROWS:
        progress(name, count % _PROGRESS_ROWS)


def _int(value: str | None) -> int | None:
    if value is None or value == "":
        return None
    try:
        return int(value)
    except ValueError:
        try:
            return int(float(value))
        except (ValueError, OverflowError):  # "abc", "1e400"
            return None


def _tail(iri: str) -> str:
    """A readable stand-in for an entity without an English label: the last segment of its IRI."""
    return unquote(re.split(r"[/#]", iri.rstrip("/"))[-1]).replace("-", " ") or iri


def _varints(numbers: Iterable[int]) -> str:
    """Non-negative integers as LEB128 variable-length bytes (7 bits a byte), in base64: about a
    byte and a third per small number, against two to seven characters as JSON numbers. The page
    decodes them (report.js: varints)."""
    out = _Varints()
    for n in numbers:
        out.add(n)
    return out.text()


class _Varints:
    """:func:`_varints` made a number at a time: a column of a million events is a few megabytes
    of bytes, not a list of a million Python integers."""

    def __init__(self):
        self.bytes = bytearray()

    def add(self, n: int) -> None:
        if n < 0:
            raise ValueError(f"varints are not negative: {n}")
        out = self.bytes
        while n >= 0x80:
            out.append((n & 0x7F) | 0x80)
            n >>= 7
        out.append(n)

    def text(self) -> str:
        return base64.b64encode(bytes(self.bytes)).decode("ascii")


def _zigzag(n: int) -> int:
    """A signed integer as a non-negative one: 0, -1, 1, -2, 2 ... become 0, 1, 2, 3, 4 ..."""
    return 2 * n if n >= 0 else -2 * n - 1


def _deltas(numbers: Iterable[int]) -> Iterator[int]:
    """Sorted integers as their first value and the differences after it (small numbers)."""
    previous = 0
    for n in numbers:
        yield n - previous
        previous = n


def _months(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    end = (int(last[:4]), int(last[5:7]))
    out = []
    while (year, month) <= end:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _first(values: dict[str, str], key: str, value: str | None) -> None:
    """Keep the smallest value seen for key: one name (or country) per person, whatever the row order."""
    if value and (key not in values or value < values[key]):
        values[key] = value


def gather(source: RowSource, *, top: int = DEFAULT_TOP, max_people: int = DEFAULT_MAX_PEOPLE,
           progress: Progress | None = None) -> dict:
    """Everything the page shows, from stored queries, as compact JSON-ready data.

    Seven queries, each answering for the whole graph at once (aggregates where the page shows
    aggregates); never a query per event. Every list is sorted here, so the same graph gives the
    same data whatever order an engine returns rows in. ``progress`` (see :data:`kg.store.Progress`)
    hears each query's name as it starts, and the rows read.
    """
    if top < 1 or max_people < 2:
        raise UsageError("the top lists need at least 1 entry and the network at least 2 people")

    # people: a name and the country they represent
    names: dict[str, str] = {}
    countries: dict[str, str] = {}
    for row in _run(source, "report-people", progress):
        _first(names, row["person"], row["name"])
        _first(countries, row["person"], row["country"])

    # events: by date (undated last), then where their post is, then IRI; on disk (kg.reporttable)
    try:
        with EventTable() as table:
            return _gather_with(source, table, names, countries, top, max_people, progress)
    except (sqlite3.Error, OSError) as exc:
        full = exc.sqlite_errorcode == sqlite3.SQLITE_FULL if isinstance(exc, sqlite3.Error) else exc.errno in DISK_FULL
        if not full:  # any other failure is not about room, and is not reported as if it were
            raise
        # "database or disk is full", "No space left on device": the events, or an answer's spool
        raise StoreError(f"no room left for the report's working data: {exc}", where=tempfile.gettempdir(),
                         hint="kg report keeps each query's answer and the events in the temporary directory "
                              "while it works (about 120 MB for 100,000 posts): free space there, or point "
                              "TMPDIR at a larger disk") from None


def _gather_with(source: RowSource, table: EventTable, names: dict[str, str], countries: dict[str, str],
                 top: int, max_people: int, progress: Progress | None) -> dict:
    def person_key(iri: str) -> tuple[str, str]:
        return (names.get(iri) or _tail(iri), iri)

    table.add((row["event"], row["date"], row["type"], row["place"], row["file"], _int(row["startLine"]),
               _int(row["endLine"]), _int(row["channelId"]), _int(row["messageId"]))
              for row in _run(source, "report-events", progress))
    table.order()
    table.add_people((row["event"], row["role"] == "speaker", row["person"]) for row in _run(source, "report-event-people", progress))

    # the network: pairs of people at the same event with participants
    pairs: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])  # meetings, phone calls, other
    for row in _run(source, "report-network", progress):
        slot = {"Meeting": 0, "PhoneCall": 1}.get(row["type"] or "", 2)
        pairs[(row["a"], row["b"])][slot] += _int(row["events"]) or 0
    weight: dict[str, int] = defaultdict(int)
    for (a, b), split in pairs.items():
        weight[a] += sum(split)
        weight[b] += sum(split)
    by_weight = sorted(weight, key=lambda iri: (-weight[iri], person_key(iri)))
    chosen = linked_people(by_weight, pairs, max_people)
    labelled = set(by_weight[:LABELLED_PEOPLE])

    people = sorted(chosen | table.people(), key=person_key)
    person_index = {iri: i for i, iri in enumerate(people)}
    country_list = sorted({countries[p] for p in people if p in countries})
    country_index = {c: i for i, c in enumerate(country_list)}

    # network colours: the countries with most people in the network, the others together
    per_country: dict[str | None, int] = defaultdict(int)
    for iri in chosen:
        per_country[countries.get(iri)] += 1
    coloured = sorted((c for c in per_country if c), key=lambda c: (-per_country[c], c))[:COUNTRY_COLOURS]
    groups = sorted(coloured)
    if any(c and c not in coloured for c in per_country):
        groups.append(OTHER_COUNTRIES)
    if None in per_country:
        groups.append(NO_COUNTRY)
    # the strongest colours to the countries with most people; the legend lists countries by name
    palette = dict(zip(coloured, COUNTRY_PALETTE))
    colour_range = [palette.get(g, "#bbbbbb" if g == OTHER_COUNTRIES else "#777777") for g in groups]

    def group(iri: str) -> int:
        country = countries.get(iri)
        return groups.index(NO_COUNTRY if country is None else country if country in coloured else OTHER_COUNTRIES)

    nodes = sorted(chosen, key=person_key)
    node_index = {iri: i for i, iri in enumerate(nodes)}
    network_nodes = [[person_index[iri], weight[iri], group(iri), int(iri in labelled)] for iri in nodes]
    network_links = sorted([node_index[a], node_index[b], *split] for (a, b), split in strongest(pairs, chosen))

    types, dates, places, sources, events, dated = _events_table(table, person_index)

    # the timeline
    timeline, seen_months = [], set()
    for row in _run(source, "events-by-type-per-month", progress):
        month = row["month"] or ""
        if re.fullmatch(r"\d{4}-\d{2}", month) and row["type"]:
            seen_months.add(month)
            timeline.append([month, row["type"], _int(row["events"]) or 0])
    timeline.sort(key=lambda r: (r[0], types.index(r[1]) if r[1] in types else len(types), r[1]))
    months = _months(min(seen_months), max(seen_months)) if seen_months else []

    # the top lists, each entry with its events
    best: dict[tuple[str, str], tuple[int, str, str]] = {}
    for row in _run(source, "report-top", progress):
        if row["kind"] in _KIND_NAMES:
            entry = (-(_int(row["events"]) or 0), row["name"] or _tail(row["entity"]), row["entity"])
            key = (row["kind"], row["entity"])
            if key not in best or entry < best[key]:  # one name an entity: the smallest of its labels
                best[key] = entry
    candidates: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for (kind, _), entry in best.items():
        candidates[kind].append(entry)
    chosen_entities = {kind: sorted(rows)[:top] for kind, rows in candidates.items()}
    wanted = {entity for rows in chosen_entities.values() for _, _, entity in rows}
    # every entity's events at once, kept for the top ones
    table.add_members((row["entity"], row["event"]) for row in _run(source, "report-entity-events", progress)
                      if row["entity"] in wanted)
    tops = {kind: [[name, -negative, _varints(_deltas(table.members(entity)))]
                   for negative, name, entity in chosen_entities.get(kind, [])]
            for kind in _KIND_NAMES}
    totals = {kind: len(candidates.get(kind, [])) for kind in _KIND_NAMES}

    return {
        "summary": {"events": table.count, "dated": dated,
                    "people": len(people), "organisations": totals["organisation"], "hashtags": totals["hashtag"],
                    "places": totals["place"]},
        "types": [type_label(t) for t in types],  # as people read them: "Press conference"
        "typeColours": _type_colours(types),
        "months": months,
        "timeline": [[month, type_label(kind), count] for month, kind, count in timeline],
        "people": [names.get(iri) or _tail(iri) for iri in people],
        "peopleCountry": [country_index.get(countries.get(iri), -1) for iri in people],
        "countries": country_list,
        "colourGroups": groups,
        "colourRange": colour_range,
        "network": {"nodes": network_nodes, "links": network_links, "people": len(weight), "pairs": len(pairs),
                    "pairsAmong": sum(1 for a, b in pairs if a in chosen and b in chosen)},
        "dates": dates,
        "places": places,
        "sources": [list(s) for s in sources],
        "events": events,
        "top": tops,
        "pageRows": PAGE_ROWS,
    }


_KIND_NAMES = dict(KINDS)


def _events_table(table: EventTable, person_index: dict[str, int]) -> tuple:
    """The events table as columns of varints: what is listed once (types, dates, places, where
    the posts are) first, then a column of indexes into those lists, an event at a time. Returns
    (types, dates, places, sources, the columns, how many events are dated)."""
    found_types, dates_set, places_set, sources_set = set(), set(), set(), set()
    dated = 0
    for date, type_, place, file, start, end, channel, message in table.events():
        found_types.add(type_)
        if date:
            dates_set.add(date)
            dated += 1
        if place:
            places_set.add(place)
        kind, key, _, _ = _post_link(message, channel, file, start, end)
        if kind:
            sources_set.add((kind, key))
    types = list(EVENT_TYPES) + sorted({t for t in found_types if t} - set(EVENT_TYPES))
    type_index = {t: i for i, t in enumerate(types)}
    dates, places = sorted(dates_set), sorted(places_set)
    date_index = {d: i for i, d in enumerate(dates)}
    place_index = {p: i for i, p in enumerate(places)}
    sources = sorted(sources_set, key=lambda s: (s[0], str(s[1])))
    source_index = {s: i for i, s in enumerate(sources)}
    columns = {name: _Varints() for name in ("date", "type", "place", "source", "a", "b", "people")}
    column_date, column_type, column_place, column_source, column_a, column_b, column_people = (
        column.add for column in columns.values())
    previous_a = 0
    for (date, type_, place, file, start, end, channel, message), groups_of_people in zip(
            table.events(), table.people_of_events()):
        column_date(date_index[date] + 1 if date else 0)
        column_type(type_index.get(type_ or "Other", type_index["Other"]))
        column_place(place_index[place] + 1 if place else 0)
        kind, key, a, b = _post_link(message, channel, file, start, end)
        column_source(source_index[(kind, key)] + 1 if kind else 0)
        column_a(_zigzag(a - previous_a))  # message ids and lines grow along the table: small steps
        previous_a = a
        column_b(max(0, b - a))
        for group_of_people in groups_of_people:
            column_people(len(group_of_people))
            for index in sorted(person_index[p] for p in group_of_people):
                column_people(index)
    events = {"count": table.count, **{name: column.text() for name, column in columns.items()}}
    return types, dates, places, sources, events, dated


@functools.lru_cache(maxsize=1)
def _type_labels() -> dict[str, str]:
    """Each event type of kg's ontology by its local name: its English skos:prefLabel."""
    import pyoxigraph as ox

    from kg.paths import ontology_file

    pref = "http://www.w3.org/2004/02/skos/core#prefLabel"
    prefix = "https://w3id.org/tgkg/ontology#"
    return {t.subject.value[len(prefix):]: t.object.value
            for t in ox.parse(path=str(ontology_file("kg.ttl")), format=ox.RdfFormat.TURTLE)
            if t.predicate.value == pref and t.subject.value.startswith(prefix) and t.object.language == "en"}


def type_label(kind: str) -> str:
    """An event type as the page shows it: "PressConference" as "Press conference"; a type of
    the user's ontology by its name, its words apart ("StateVisit" as "State visit")."""
    label = _type_labels().get(kind)
    if label:
        return label
    words = re.findall(r"[A-Z]?[^A-Z]+|[A-Z]+(?![a-z])", kind) or [kind]
    return " ".join([words[0]] + [w.lower() if not w.isupper() else w for w in words[1:]])


def _post_link(message: int | None, channel: int | None, file: str | None, start: int | None,
               end: int | None) -> tuple[str | None, str | int | None, int, int]:
    """Where an event's post is: ("c", channel id, message id, 0) for a Telegram export, ("f", file,
    first line, last line) for a plain-text copy, ("m", "", message id, 0) for a message of an
    unknown channel; (None, None, 0, 0) when the graph does not say."""
    if message is not None and channel is not None:
        return "c", channel, message, 0
    if file:
        return "f", file, start or 0, end or 0
    if message is not None:
        return "m", "", message, 0
    return None, None, 0, 0


def _type_colours(types: list[str]) -> list[str]:
    extra = len(types) - len(TYPE_COLOURS)
    return list(TYPE_COLOURS) + [EXTRA_TYPE_COLOURS[i % len(EXTRA_TYPE_COLOURS)] for i in range(max(0, extra))]
