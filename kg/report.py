"""``kg report``: one self-contained HTML page about a graph, computed from stored queries.

The page holds

- a timeline of events by month, coloured by event type (``events-by-type-per-month``);
- a who-met-whom network: people at the same event that has participants (meetings, phone calls
  and other events with a counterpart), coloured by the country they represent, edges as wide as
  the number of such events (``report-network``, ``report-people``);
- the top organisations, hashtags and places by number of events, each bar filtering the events
  table to its events (``report-top``, ``report-entity-events``);
- a table of every event: date, type, place, speakers, participants, and a link back to its post
  (``report-events``, ``report-event-people``): ``https://t.me/c/<channel id>/<message id>`` for a
  Telegram export (exports give the channel's numeric id, not its username), the file and lines
  for a plain-text copy.

Charts are Vega-Lite specs (the network a Vega force-directed spec) rendered by the vega,
vega-lite and vega-embed builds vendored in ``kg/report_assets/`` and inlined into the page with
the data, so that the file opens offline and fetches nothing; a Content-Security-Policy in the page
forbids any fetch. Data is embedded as compact arrays (the events as columns, names as indexes
into lists), the table is paged by the page's script (100 rows at a time, with a filter box), and
the charts are aggregates, so a graph of 100,000 posts gives a page of a few MB, in seconds.

The same graph gives the same bytes: every list is sorted, and nothing depends on the time or the
paths unless passed in (``generated``).
"""
from __future__ import annotations

import base64
import csv
import html
import io
import json
import re
import time
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Iterable, Protocol, Sequence
from urllib.parse import unquote

from kg import queries
from kg.errors import InputError, UsageError

DEFAULT_TITLE = "Knowledge graph report"
DEFAULT_TOP = 20
DEFAULT_MAX_PEOPLE = 150
PAGE_ROWS = 100
LABELLED_PEOPLE = 40  # the network labels this many people (the most connected); the rest on hover
LINKS_PER_PERSON = 3  # the network draws at most this many links a person (the strongest)
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

_ASSETS = "kg.report_assets"
_LIBRARIES = ("vega.min.js", "vega-lite.min.js", "vega-embed.min.js")
_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.MULTILINE)
# No fetch of any kind: scripts and styles are inline; vega compiles expressions with Function().
CSP = ("default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; "
       "img-src data:; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'")


class RowSource(Protocol):
    """Anything that answers a SELECT query with rows of plain values: kg.sparql.LocalSource,
    kg.endpoint.Endpoint."""

    def rows(self, text: str) -> list[dict[str, str | None]]: ...


@dataclass(frozen=True)
class ReportSummary:
    """What ``write_report`` wrote."""

    path: str
    bytes: int
    events: int
    people: int
    links: int
    seconds: float


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


def _run(source: RowSource, name: str, params: dict[str, str] | None = None) -> list[dict[str, str | None]]:
    """The rows of a stored query, unsorted, as plain values (None where unbound)."""
    from kg.sparql import LocalSource

    text = _unordered(queries.bind(queries.find(name), params or {}))
    if not isinstance(source, LocalSource):  # an endpoint: its own rows
        return [{k: (v if v != "" else None) for k, v in row.items()} for row in source.rows(text)]
    # a local store: the engine writes CSV (fast) and Python's csv module reads it (fast), rather
    # than a Python object for every term of every row; CSV writes an unbound value as ''
    import pyoxigraph as ox

    result = source.query(text)
    reader = csv.reader(io.StringIO(result.serialize(format=ox.QueryResultsFormat.CSV).decode("utf-8"), newline=""))
    header = next(reader, [])
    return [{k: (v if v != "" else None) for k, v in zip(header, row)} for row in reader]


def _int(value: str | None) -> int | None:
    if value is None or value == "":
        return None
    try:
        return int(value)
    except ValueError:
        try:
            return int(float(value))
        except ValueError:
            return None


def _tail(iri: str) -> str:
    """A readable stand-in for an entity without an English label: the last segment of its IRI."""
    return unquote(re.split(r"[/#]", iri.rstrip("/"))[-1]).replace("-", " ") or iri


def _varints(numbers: Iterable[int]) -> str:
    """Non-negative integers as LEB128 variable-length bytes (7 bits a byte), in base64: about a
    byte and a third per small number, against two to seven characters as JSON numbers. The page
    decodes them (report.js: varints)."""
    out = bytearray()
    for n in numbers:
        if n < 0:
            raise ValueError(f"varints are not negative: {n}")
        while n >= 0x80:
            out.append((n & 0x7F) | 0x80)
            n >>= 7
        out.append(n)
    return base64.b64encode(bytes(out)).decode("ascii")


def _zigzag(n: int) -> int:
    """A signed integer as a non-negative one: 0, -1, 1, -2, 2 ... become 0, 1, 2, 3, 4 ..."""
    return 2 * n if n >= 0 else -2 * n - 1


def _deltas(numbers: Sequence[int]) -> list[int]:
    """Sorted integers as their first value and the differences after it (small numbers)."""
    out, previous = [], 0
    for n in numbers:
        out.append(n - previous)
        previous = n
    return out


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


def gather(source: RowSource, *, top: int = DEFAULT_TOP, max_people: int = DEFAULT_MAX_PEOPLE) -> dict:
    """Everything the page shows, from stored queries, as compact JSON-ready data.

    Seven queries, each answering for the whole graph at once (aggregates where the page shows
    aggregates); never a query per event. Every list is sorted here, so the same graph gives the
    same data whatever order an engine returns rows in.
    """
    if top < 1 or max_people < 2:
        raise UsageError("the top lists need at least 1 entry and the network at least 2 people")

    # people: a name and the country they represent
    names: dict[str, str] = {}
    countries: dict[str, str] = {}
    for row in _run(source, "report-people"):
        _first(names, row["person"], row["name"])
        _first(countries, row["person"], row["country"])

    def person_key(iri: str) -> tuple[str, str]:
        return (names.get(iri) or _tail(iri), iri)

    # events: by date (undated last), then where their post is, then IRI
    by_event: dict[str, dict] = {}
    for row in _run(source, "report-events"):
        known = by_event.get(row["event"])
        if known is None or _event_key(row) < _event_key(known):  # one row an event, however many labels
            by_event[row["event"]] = row
    ordered = sorted(by_event.values(), key=_event_key)
    event_index = {row["event"]: i for i, row in enumerate(ordered)}

    speakers: list[set[str]] = [set() for _ in ordered]
    participants: list[set[str]] = [set() for _ in ordered]
    for row in _run(source, "report-event-people"):
        i = event_index.get(row["event"])
        if i is not None:
            (speakers if row["role"] == "speaker" else participants)[i].add(row["person"])

    # the network: pairs of people at the same event with participants
    pairs: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])  # meetings, phone calls, other
    for row in _run(source, "report-network"):
        slot = {"Meeting": 0, "PhoneCall": 1}.get(row["type"] or "", 2)
        pairs[(row["a"], row["b"])][slot] += _int(row["events"]) or 0
    weight: dict[str, int] = defaultdict(int)
    for (a, b), split in pairs.items():
        weight[a] += sum(split)
        weight[b] += sum(split)
    by_weight = sorted(weight, key=lambda iri: (-weight[iri], person_key(iri)))
    chosen = set(by_weight[:max_people])
    labelled = set(by_weight[:LABELLED_PEOPLE])

    people = sorted(set().union(chosen, *speakers, *participants), key=person_key)
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
    network_links = sorted([node_index[a], node_index[b], *split] for (a, b), split in _strongest(pairs, chosen))

    # the events table, as columns of varints
    types = list(EVENT_TYPES) + sorted({row["type"] for row in ordered if row["type"]} - set(EVENT_TYPES))
    type_index = {t: i for i, t in enumerate(types)}
    dates = sorted({row["date"] for row in ordered if row["date"]})
    places = sorted({row["place"] for row in ordered if row["place"]})
    date_index = {d: i for i, d in enumerate(dates)}
    place_index = {p: i for i, p in enumerate(places)}
    links = [_post_link(row) for row in ordered]
    sources = sorted({(kind, key) for kind, key, _, _ in links if kind}, key=lambda s: (s[0], str(s[1])))
    source_index = {s: i for i, s in enumerate(sources)}
    column_date, column_type, column_place, column_source, column_a, column_b = [], [], [], [], [], []
    column_people: list[int] = []
    previous_a = 0
    for i, row in enumerate(ordered):
        column_date.append(date_index[row["date"]] + 1 if row["date"] else 0)
        column_type.append(type_index.get(row["type"] or "Other", type_index["Other"]))
        column_place.append(place_index[row["place"]] + 1 if row["place"] else 0)
        kind, key, a, b = links[i]
        column_source.append(source_index[(kind, key)] + 1 if kind else 0)
        column_a.append(_zigzag(a - previous_a))  # message ids and lines grow along the table: small steps
        previous_a = a
        column_b.append(max(0, b - a))
        for group_of_people in (speakers[i], participants[i]):
            column_people.append(len(group_of_people))
            column_people.extend(sorted(person_index[p] for p in group_of_people))
    events = {
        "count": len(ordered),
        "date": _varints(column_date),
        "type": _varints(column_type),
        "place": _varints(column_place),
        "source": _varints(column_source),
        "a": _varints(column_a),
        "b": _varints(column_b),
        "people": _varints(column_people),
    }

    # the timeline
    timeline, seen_months = [], set()
    for row in _run(source, "events-by-type-per-month"):
        month = row["month"] or ""
        if re.fullmatch(r"\d{4}-\d{2}", month) and row["type"]:
            seen_months.add(month)
            timeline.append([month, row["type"], _int(row["events"]) or 0])
    timeline.sort(key=lambda r: (r[0], type_index.get(r[1], len(types)), r[1]))
    months = _months(min(seen_months), max(seen_months)) if seen_months else []

    # the top lists, each entry with its events
    best: dict[tuple[str, str], tuple[int, str, str]] = {}
    for row in _run(source, "report-top"):
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
    members: dict[str, set[int]] = defaultdict(set)
    for row in _run(source, "report-entity-events"):  # every entity's events at once, kept for the top ones
        if row["entity"] in wanted and row["event"] in event_index:
            members[row["entity"]].add(event_index[row["event"]])
    tops = {kind: [[name, -negative, _varints(_deltas(sorted(members[entity])))]
                   for negative, name, entity in chosen_entities.get(kind, [])]
            for kind in _KIND_NAMES}
    totals = {kind: len(candidates.get(kind, [])) for kind in _KIND_NAMES}

    return {
        "summary": {"events": len(ordered), "dated": len(ordered) - sum(1 for r in ordered if not r["date"]),
                    "people": len(people), "organisations": totals["organisation"], "hashtags": totals["hashtag"],
                    "places": totals["place"]},
        "types": types,
        "typeColours": _type_colours(types),
        "months": months,
        "timeline": timeline,
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


def _strongest(pairs: dict[tuple[str, str], list[int]], chosen: set[str]) -> list[tuple[tuple[str, str], list[int]]]:
    """The links the network draws between the chosen people: every one where there are few, else
    each person's strongest link and then the strongest others, LINKS_PER_PERSON a person in all,
    so that a dense network stays readable."""
    among = sorted(((pair, split) for pair, split in pairs.items() if pair[0] in chosen and pair[1] in chosen),
                   key=lambda item: (-sum(item[1]), item[0]))
    budget = LINKS_PER_PERSON * len(chosen)
    if len(among) <= budget:
        return among
    kept: dict[tuple[str, str], list[int]] = {}
    linked: set[str] = set()
    for pair, split in among:  # strongest first: the first link seen of a person is their strongest
        if pair[0] not in linked or pair[1] not in linked:
            kept[pair] = split
            linked.update(pair)
    for pair, split in among:
        if len(kept) >= budget:
            break
        kept.setdefault(pair, split)
    return list(kept.items())


def _event_key(row: dict) -> tuple:
    return (row["date"] or "~", row["file"] or "", _int(row["startLine"]) or 0, _int(row["channelId"]) or 0,
            _int(row["messageId"]) or 0, row["place"] or "", row["event"])


def _post_link(row: dict) -> tuple[str | None, str | int | None, int, int]:
    """Where an event's post is: ("c", channel id, message id, 0) for a Telegram export, ("f", file,
    first line, last line) for a plain-text copy, ("m", "", message id, 0) for a message of an
    unknown channel; (None, None, 0, 0) when the graph does not say."""
    message, channel = _int(row["messageId"]), _int(row["channelId"])
    if message is not None and channel is not None:
        return "c", channel, message, 0
    if row["file"]:
        return "f", row["file"], _int(row["startLine"]) or 0, _int(row["endLine"]) or 0
    if message is not None:
        return "m", "", message, 0
    return None, None, 0, 0


def _type_colours(types: list[str]) -> list[str]:
    extra = len(types) - len(TYPE_COLOURS)
    return list(TYPE_COLOURS) + [EXTRA_TYPE_COLOURS[i % len(EXTRA_TYPE_COLOURS)] for i in range(max(0, extra))]


# -- the charts: Vega-Lite and Vega specs, data filled in by the page ------------------------------------


def specs(data: dict) -> dict:
    """The chart specs, without their data values (the page adds them from the compact data)."""
    timeline = {
        "width": "container",
        "height": 260,
        "data": {"name": "table"},
        "mark": {"type": "bar", "cursor": "pointer"},
        "encoding": {
            "x": {"field": "month", "type": "ordinal", "title": None,
                  "scale": {"domain": data["months"]}, "axis": {"labelAngle": -45, "labelOverlap": True}},
            "y": {"aggregate": "sum", "field": "events", "type": "quantitative", "title": "events"},
            "color": {"field": "type", "type": "nominal", "title": "event type",
                      "scale": {"domain": data["types"], "range": data["typeColours"]}},
            "order": {"field": "typeOrder", "type": "quantitative"},
            "tooltip": [{"field": "month", "type": "ordinal"}, {"field": "type", "type": "nominal"},
                        {"field": "events", "type": "quantitative"}],
        },
    }
    top = {
        kind: {
            "width": "container",
            "height": max(40, 18 * len(data["top"].get(kind, []))),
            "title": {"text": title, "anchor": "start", "fontSize": 14},
            "data": {"name": "table"},
            "mark": {"type": "bar", "cursor": "pointer", "color": "#4c78a8"},
            "encoding": {
                "y": {"field": "name", "type": "nominal", "title": None, "sort": {"field": "rank", "order": "ascending"},
                      "axis": {"labelLimit": 180}},
                "x": {"field": "events", "type": "quantitative", "title": "events"},
                "tooltip": [{"field": "name", "type": "nominal"}, {"field": "events", "type": "quantitative"},
                            {"field": "hint", "type": "nominal", "title": " "}],
            },
        }
        for kind, title in KINDS
    }
    people = len(data["network"]["nodes"])
    few = people <= 40  # a small network is spread out more, so that its labels can be read
    network = {
        "width": 900,
        "height": 520 if few else 640,
        "padding": 5,
        "autosize": "pad",
        "signals": [
            {"name": "cx", "update": "width / 2"},
            {"name": "cy", "update": "height / 2"},
        ],
        "data": [{"name": "nodes", "values": []}, {"name": "links", "values": []}],
        "scales": [
            {"name": "colour", "type": "ordinal", "domain": data["colourGroups"] or ["none"],
             "range": data["colourRange"] or ["#777777"]},
            {"name": "size", "type": "sqrt", "domain": _extent(n[1] for n in data["network"]["nodes"]),
             "range": [60, 700], "zero": False},
            {"name": "width", "type": "sqrt", "domain": _extent(sum(link[2:]) for link in data["network"]["links"]),
             "range": [1, 9], "zero": False},
        ],
        "legends": [{"fill": "colour", "title": "country represented", "orient": "right", "symbolType": "circle"}],
        "marks": [
            {
                "name": "node",
                "type": "symbol",
                "zindex": 1,
                "from": {"data": "nodes"},
                "encode": {
                    "enter": {"fill": {"scale": "colour", "field": "group"}, "stroke": {"value": "white"},
                              "cursor": {"value": "pointer"}},
                    "update": {"size": {"scale": "size", "field": "weight"},
                               "tooltip": {"signal": "{'person': datum.name, 'country': datum.country, "
                                                     "'meetings and calls': datum.weight}"}},
                },
                "transform": [{
                    "type": "force",
                    "signal": "force",
                    "iterations": 300,
                    "static": True,
                    "forces": [
                        {"force": "center", "x": {"signal": "cx"}, "y": {"signal": "cy"}},
                        {"force": "collide", "radius": 16},
                        {"force": "nbody", "strength": -260 if few else -90},
                        {"force": "link", "links": "links", "distance": 110 if few else 70},
                        # pulls every node, connected or not, towards the middle (gx, gy: the page sets them)
                        {"force": "x", "x": "datum.gx", "strength": 0.06},
                        {"force": "y", "y": "datum.gy", "strength": 0.06},
                    ],
                }],
            },
            {
                "type": "path",
                "from": {"data": "links"},
                "interactive": True,
                "encode": {
                    "update": {"stroke": {"value": "#8a8a8a"}, "strokeOpacity": {"value": 0.6},
                               "strokeWidth": {"scale": "width", "field": "count"},
                               "tooltip": {"signal": "{'between': datum.source.datum.name + ' and ' + "
                                                     "datum.target.datum.name, 'meetings': datum.meetings, "
                                                     "'phone calls': datum.calls, 'other events': datum.other}"}},
                },
                "transform": [{"type": "linkpath", "require": {"signal": "force"}, "shape": "line", "sourceX": "datum.source.x",
                               "sourceY": "datum.source.y", "targetX": "datum.target.x",
                               "targetY": "datum.target.y"}],
            },
            {
                "type": "text",
                "from": {"data": "node"},
                "interactive": False,
                "zindex": 2,
                "encode": {
                    "update": {"x": {"field": "x"}, "y": {"field": "y"}, "dy": {"value": -9},
                               "align": {"value": "center"}, "fontSize": {"value": 11},
                               "text": {"signal": "datum.datum.labelled ? datum.datum.name : ''"},
                               "fill": {"value": "#222"}},
                },
            },
        ],
    }
    return {"timeline": timeline, "top": top, "network": network}


def _extent(values: Iterable[int]) -> list[int]:
    """A scale's domain from the data (a range of one, where the data has one value or none)."""
    values = list(values)
    low = min(values, default=1)
    return [low, max(max(values, default=low), low + 1)]


# -- rendering -----------------------------------------------------------------------------------------


def _asset(name: str) -> str:
    return resources.files(_ASSETS).joinpath(name).read_text(encoding="utf-8")


def _script(text: str) -> str:
    """JavaScript inlined in a <script> element: no source map comment (nothing for a browser to
    fetch), and no sequence that would end the element early."""
    text = _SOURCE_MAP.sub("", text).rstrip()
    return re.sub(r"</(script)", r"<\\/\1", text, flags=re.IGNORECASE).replace("<!--", "<\\!--")


def _json_for_html(value) -> str:
    """JSON for a <script type="application/json"> element: deterministic, compact, and with every
    '<' escaped so that no '</script>' can end the element early."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True, allow_nan=False)
    return text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def render(data: dict, *, title: str = DEFAULT_TITLE, generated: str | None = None) -> str:
    """The whole page, as text: the data, the specs, the vendored libraries and the page's script."""
    payload = dict(data, specs=specs(data), title=title, generated=generated)
    summary = data["summary"]
    counts = (f"{summary['events']:,} events ({summary['dated']:,} dated) · {summary['people']:,} speakers and participants · "
              f"{summary['organisations']:,} organisations · {summary['hashtags']:,} hashtags · {summary['places']:,} places")
    subtitle = html.escape(counts) + (f" · made {html.escape(generated)}" if generated else "")
    libraries = "\n".join(f"<script>\n{_script(_asset(name))}\n</script>" for name in _LIBRARIES)
    return _PAGE.format(
        csp=html.escape(CSP, quote=True),
        title=html.escape(title),
        subtitle=subtitle,
        style=_asset("report.css").strip(),
        data=_json_for_html(payload),
        libraries=libraries,
        script=_script(_asset("report.js")),
    )


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{title}</title>
<style>
{style}
</style>
</head>
<body>
<header>
<h1>{title}</h1>
<p class="stats">{subtitle}</p>
<noscript><p class="warning">This report draws its charts and table with JavaScript: allow scripts for this file.</p></noscript>
</header>
<main>
<section id="timeline-section">
<h2>Events by month</h2>
<p class="note" id="timeline-note"></p>
<div id="timeline" class="chart wide"></div>
</section>
<section id="network-section">
<h2>Who met whom</h2>
<p class="note" id="network-note"></p>
<div id="network" class="chart"></div>
</section>
<section id="top-section">
<h2>Organisations, hashtags and places</h2>
<p class="note">Click a bar to list its events in the table below.</p>
<div class="tops">
<div id="top-organisation" class="chart"></div>
<div id="top-hashtag" class="chart"></div>
<div id="top-place" class="chart"></div>
</div>
</section>
<section id="events">
<h2>Events</h2>
<div class="controls">
<label for="filter">Filter</label>
<input id="filter" type="search" placeholder="a date, type, place or person" autocomplete="off" spellcheck="false">
<span id="active-filter"></span>
</div>
<p id="match-count" class="note"></p>
<table id="events-table">
<thead><tr><th>Date</th><th>Type</th><th>Place</th><th>Speakers</th><th>Participants</th><th>Post</th></tr></thead>
<tbody></tbody>
</table>
<nav class="pager" aria-label="pages of the events table">
<button type="button" id="prev">&larr; previous</button>
<span id="page-info"></span>
<button type="button" id="next">next &rarr;</button>
</nav>
</section>
</main>
<footer><p>Made by kg report from stored SPARQL queries (queries/report-*.rq and others). Charts: Vega, Vega-Lite and vega-embed (BSD-3-Clause), inlined.</p></footer>
<script type="application/json" id="kg-data">{data}</script>
{libraries}
<script>
{script}
</script>
</body>
</html>
"""


# -- the whole job -------------------------------------------------------------------------------------


def open_source(data: Sequence[str] = (), store: str | None = None, endpoint: str | None = None,
                graphs: Sequence[str] = ()) -> RowSource:
    """The one source to report on: RDF files, an embedded store, or a SPARQL endpoint."""
    given = sum(bool(x) for x in (list(data), store, endpoint))
    if given != 1:
        raise UsageError("give exactly one of --data FILE..., --store DIR or --endpoint URL")
    if endpoint:
        from kg.endpoint import Endpoint
        from kg.store import DEFAULT_DATA_GRAPH, ONTOLOGY_GRAPH

        return Endpoint.from_env(endpoint, default_graphs=list(graphs) or [DEFAULT_DATA_GRAPH, ONTOLOGY_GRAPH])
    if graphs:
        raise UsageError("--graph is for --endpoint; a store's graphs and files are read whole")
    from kg.sparql import LocalSource
    from kg.store import ONTOLOGY_GRAPH

    if data:
        return LocalSource.from_files(list(data))
    source = LocalSource.from_store(store)
    # the report reads instance data only: leaving the ontology's graph out of the default graph
    # spares the engine a union of graphs (three times faster on a large store)
    only_data = [g for g in source.default_graph or [] if g.value != ONTOLOGY_GRAPH]
    if only_data:
        source.default_graph = only_data
    return source


def check_output(output: str) -> Path:
    """The path to write, checked before any work: its directory must exist."""
    if not output or output == "-":
        raise UsageError("give the report's file name with -o FILE (it is HTML, not for a terminal)")
    target = Path(output)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise InputError("the output directory does not exist", where=output, hint="create it first, or choose another path")
    if target.is_dir():
        raise InputError("is a directory", where=output, hint="give a file name for the report, e.g. report.html")
    return target


def write_report(output: str, *, data: Sequence[str] = (), store: str | None = None, endpoint: str | None = None,
                 graphs: Sequence[str] = (), title: str | None = None, generated: str | None = None,
                 top: int = DEFAULT_TOP, max_people: int = DEFAULT_MAX_PEOPLE) -> ReportSummary:
    """Gather the report's data from one source, render the page and write it to ``output`` atomically."""
    from kg.sinks import atomic_output

    began = time.monotonic()
    check_output(output)
    source = open_source(data, store, endpoint, graphs)
    gathered = gather(source, top=top, max_people=max_people)
    page = render(gathered, title=title or DEFAULT_TITLE, generated=generated).encode("utf-8")
    with atomic_output(output) as handle:
        handle.write(page)
    return ReportSummary(path=output, bytes=len(page), events=gathered["events"]["count"],
                         people=len(gathered["network"]["nodes"]), links=len(gathered["network"]["links"]),
                         seconds=time.monotonic() - began)
