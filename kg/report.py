"""``kg report``: one self-contained HTML page about a graph, computed from stored queries (run and
gathered by :mod:`kg.reportdata`; this module makes the charts and the page).

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

import html
import json
import re
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Iterable, Sequence

from kg.reportdata import DEFAULT_MAX_PEOPLE, DEFAULT_TITLE, DEFAULT_TOP, KINDS, RowSource, gather
from kg.errors import UsageError
from kg.iris import endpoint_graphs
from kg.store import Progress

_ASSETS = "kg.report_assets"
_LIBRARIES = ("vega.min.js", "vega-lite.min.js", "vega-embed.min.js")
_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.MULTILINE)
# No fetch of any kind: scripts and styles are inline; vega compiles expressions with Function().
CSP = ("default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; "
       "img-src data:; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'")


@dataclass(frozen=True)
class ReportSummary:
    """What ``write_report`` wrote."""

    path: str
    bytes: int
    events: int
    people: int
    links: int
    seconds: float


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
    graphs = endpoint_graphs(graphs, endpoint)
    if endpoint:
        from kg.endpoint import Endpoint

        return Endpoint.of_kg(endpoint, graphs).reading("data")  # as below: its queries say "reads: data"
    from kg.sparql import LocalSource

    if data:
        return LocalSource.from_files(list(data))
    # the report reads instance data only (its queries say "reads: data")
    return LocalSource.from_store(store).reading("data")


def check_output(output: str) -> Path:
    """The path to write, checked before any work: its directory must exist."""
    from kg.sinks import output_target

    if not output or output == "-":
        raise UsageError("give the report's file name with -o FILE (it is HTML, not for a terminal)")
    return output_target(output)[0]


def write_report(output: str, *, data: Sequence[str] = (), store: str | None = None, endpoint: str | None = None,
                 graphs: Sequence[str] = (), title: str | None = None, generated: str | None = None,
                 top: int = DEFAULT_TOP, max_people: int = DEFAULT_MAX_PEOPLE,
                 progress: Progress | None = None) -> ReportSummary:
    """Gather the report's data from one source, render the page and write it to ``output``
    atomically; ``progress`` hears of each query and the rows read (see :func:`kg.reportdata.gather`)."""
    from kg.sinks import atomic_output

    began = time.monotonic()
    check_output(output)
    source = open_source(data, store, endpoint, graphs)
    gathered = gather(source, top=top, max_people=max_people, progress=progress)
    page = render(gathered, title=title or DEFAULT_TITLE, generated=generated).encode("utf-8")
    with atomic_output(output) as handle:
        handle.write(page)
    return ReportSummary(path=output, bytes=len(page), events=gathered["events"]["count"],
                         people=len(gathered["network"]["nodes"]), links=len(gathered["network"]["links"]),
                         seconds=time.monotonic() - began)
