"""`kg report`: one self-contained HTML page (timeline, who-met-whom network, top lists, events table).

Without a browser: the page fetches nothing (no script, style, image or font from outside the
file, and a Content-Security-Policy that forbids any fetch), the same graph gives the same bytes
(in fresh processes with different hash seeds), the page stays small, the data it embeds is what
the graph says (months from the hand annotation, links back to posts for copies and exports), and
the command line's usage errors exit with 2.

In headless Chromium (Debian's chromium and chromium-driver, driven by Selenium): no console
error, no request but the file itself, the timeline's Vega view holds the months the seeds cover,
the network's view has Sergey Lavrov with an edge to Wang Yi, the table pages and filters, and a
screenshot goes to docs/report.png for the README. These tests skip where Chromium, its driver or
Selenium are missing, and fail instead when the environment variable CI is set.
"""
from __future__ import annotations

import base64
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest
from ci import skip_unless_ci
from counting import peak_while
from click.testing import CliRunner

from kg import queries, report, reportdata, reportnetwork
from kg.builder import BuildOptions, build
from kg.cli import cli
from kg.sparql import LocalSource

ROOT = Path(__file__).resolve().parents[1]
GOLD = json.loads((ROOT / "tests" / "data" / "gold" / "seeds.json").read_text(encoding="utf-8"))["posts"]
TELEGRAM = ROOT / "tests" / "data" / "telegram" / "channel_export.json"
SCREENSHOT = ROOT / "docs" / "report.png"
MAX_SEEDS_BYTES = 3_000_000
LAVROV, WANG_YI = "Sergey Lavrov", "Wang Yi"
SEED_MONTHS = sorted({p["event"]["date"][:7] for p in GOLD if p["event"]["date"]})


# ---------------------------------------------------------------------------------------------
# Fixtures: the seeds graph and a Telegram export's graph, built once; their reports.


@pytest.fixture(scope="module")
def export_graph(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("export") / "export.ttl"
    build([str(TELEGRAM)], str(out), BuildOptions(validate=False))
    return out


@pytest.fixture(scope="module")
def page(graph, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("report") / "report.html"
    report.write_report(str(out), data=[str(graph)])
    return out


@pytest.fixture(scope="module")
def export_page(export_graph, tmp_path_factory) -> Path:
    """The report of the export's graph without its events' dates (kg dates three of its posts,
    "Today: talks in Geneva", "on Monday", "will meet on Friday"), to see a page with no timeline."""
    import pyoxigraph as ox

    folder = tmp_path_factory.mktemp("export-report")
    dates = {ox.NamedNode(f"https://w3id.org/tgkg/ontology#{p}") for p in ("date", "endDate", "dateInferred")}
    undated = [t for t in ox.parse(path=str(export_graph), format=ox.RdfFormat.TURTLE) if t.predicate not in dates]
    ox.serialize(undated, str(folder / "undated.ttl"), format=ox.RdfFormat.TURTLE)
    out = folder / "report.html"
    report.write_report(str(out), data=[str(folder / "undated.ttl")])
    return out


@pytest.fixture(scope="module")
def data(graph) -> dict:
    return report.gather(LocalSource.from_files([str(graph)]))


def embedded(path: Path) -> dict:
    """The JSON data a page embeds."""
    text = path.read_text(encoding="utf-8")
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', text, re.DOTALL)
    assert match, "the page has no #kg-data element"
    return json.loads(match.group(1))


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def varints(text: str) -> list[int]:
    """The page's integer columns: base64 LEB128 varints (as report.js decodes them)."""
    out, n, shift = [], 0, 0
    for byte in base64.b64decode(text):
        n |= (byte & 0x7F) << shift
        if byte & 0x80:
            shift += 7
        else:
            out.append(n)
            n, shift = 0, 0
    return out


def table(data: dict) -> list[dict]:
    """The events table a page embeds, one dict a row (as report.js decodes it)."""
    raw = data["events"]
    dates, types, places, sources = (varints(raw[k]) for k in ("date", "type", "place", "source"))
    steps, spans, people = varints(raw["a"]), varints(raw["b"]), varints(raw["people"])
    rows, at, previous = [], 0, 0
    for i in range(raw["count"]):
        previous += steps[i] // 2 if steps[i] % 2 == 0 else -(steps[i] + 1) // 2
        count = people[at]
        speakers = [data["people"][p] for p in people[at + 1:at + 1 + count]]
        at += 1 + count
        count = people[at]
        participants = [data["people"][p] for p in people[at + 1:at + 1 + count]]
        at += 1 + count
        rows.append({
            "date": data["dates"][dates[i] - 1] if dates[i] else None,
            "type": data["types"][types[i]],
            "place": data["places"][places[i] - 1] if places[i] else None,
            "source": tuple(data["sources"][sources[i] - 1]) if sources[i] else None,
            "a": previous, "b": previous + spans[i],
            "speakers": speakers, "participants": participants,
        })
    assert at == len(people)
    return rows


def members(entry: list) -> list[int]:
    """The event rows of a top-list entry (delta-coded varints)."""
    out, at = [], 0
    for step in varints(entry[2]):
        at += step
        out.append(at)
    return out


# ---------------------------------------------------------------------------------------------
# The page fetches nothing


class _Tags(HTMLParser):
    """Every start tag with its attributes (script and style contents are data, not tags)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, text):
        if self._in_style:
            self.styles.append(text)


_OUTSIDE = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)  # any scheme, or protocol-relative


def _points_outside(url: str | None) -> bool:
    return bool(url) and bool(_OUTSIDE.match(url)) and not url.strip().lower().startswith(("data:", "#"))


def test_the_page_loads_nothing_from_outside_the_file(page):
    text = page.read_text(encoding="utf-8")
    parser = _Tags()
    parser.feed(text)
    tags = parser.tags
    assert not [a for t, a in tags if t == "script" and a.get("src")], "a <script src>: scripts must be inline"
    assert not [a for t, a in tags if t == "link"], "a <link>: styles and icons must be inline"
    for tag, attrs in tags:
        for name in ("src", "srcset", "href", "poster", "data", "action", "background", "xlink:href"):
            value = attrs.get(name)
            if tag == "a" and name == "href":
                continue  # anchors are links a reader may follow, not fetches
            assert not _points_outside(value), f"<{tag} {name}={value!r}> points outside the file"
    assert not [t for t, _ in tags if t in ("img", "iframe", "frame", "object", "embed", "video", "audio", "source", "base")]
    assert not [a for t, a in tags if t == "meta" and (a.get("http-equiv") or "").lower() == "refresh"]
    # CSS: no url(…) or @import to the outside, anywhere in the file (inline styles, and the CSS
    # the vendored scripts write at run time: vega's url(#gradient) references stay inside)
    for match in re.finditer(r"url\(\s*['\"]?([^)'\"\s]*)", text):
        assert not _points_outside(match.group(1)), f"CSS url({match.group(1)}) points outside the file"
    assert "@import" not in "".join(parser.styles)
    assert "sourceMappingURL" not in text, "a source map comment would make developer tools fetch a .map file"
    # every http(s) URL in the file is a string of the vendored libraries (XML namespaces, a schema
    # id, the Vega editor's address for the actions menu, which the page turns off) or the base of
    # the t.me links the table builds
    url = re.compile(r"(?:https?|wss?)://[^\s\"'`)<>]*")
    assets = ROOT / "kg" / "report_assets"
    vendored = {u for name in ("vega.min.js", "vega-lite.min.js", "vega-embed.min.js")
                for u in url.findall((assets / name).read_text(encoding="utf-8"))}
    assert set(url.findall(text)) - vendored <= {"https://t.me/c/"}
    # and the page forbids any fetch itself
    (csp,) = [a["content"] for t, a in tags if t == "meta" and (a.get("http-equiv") or "").lower() == "content-security-policy"]
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp


def test_the_libraries_are_the_vendored_builds(page):
    text = page.read_text(encoding="utf-8")
    assets = ROOT / "kg" / "report_assets"
    for name, version in (("vega.min.js", "5."), ("vega-lite.min.js", "5."), ("vega-embed.min.js", "6.")):
        build_text = (assets / name).read_text(encoding="utf-8")
        body = re.sub(r"\n//# sourceMappingURL=.*\s*$", "", build_text).strip()
        assert body[:2000] in text and body[-2000:] in text, f"{name} is not inlined whole"
    notes = (assets / "README.md").read_text(encoding="utf-8")
    for package, major in (("vega", "5"), ("vega-lite", "5"), ("vega-embed", "6")):
        assert re.search(rf"\b{re.escape(package)}@{major}\.\d+\.\d+", notes), f"README.md names no version of {package}"
        assert (assets / f"LICENSE.{package}").is_file(), f"{package}'s LICENSE is not next to its build"


def test_the_same_graph_gives_the_same_bytes(graph, page, tmp_path):
    """In fresh processes with different hash seeds, through the command line, as the library wrote it."""
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"report-{seed}.html"
        env = dict(os.environ, PYTHONHASHSEED=seed)
        proc = subprocess.run([sys.executable, "-m", "kg", "report", "--data", str(graph), "-o", str(out)],
                              capture_output=True, text=True, env=env, timeout=300)
        assert proc.returncode == 0, proc.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert outputs[0] == page.read_bytes()


def test_a_store_gives_the_same_page_as_the_files(graph, page, tmp_path):
    from kg.store import load_into_store

    store = tmp_path / "kg-store"
    load_into_store([str(graph)], str(store))
    out = tmp_path / "from-store.html"
    result = run("report", "--store", str(store), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == page.read_bytes()


def test_a_sparql_endpoint_gives_the_same_page_as_the_files(graph, page, tmp_path):
    """kg report --endpoint against a real Virtuoso 7 (tests/virtuoso.py) that kg load filled."""
    from virtuoso import PASSWORD, USER, Virtuoso, require_virtuoso

    require_virtuoso()
    env = {"KG_SPARQL_USER": USER, "KG_SPARQL_PASSWORD": PASSWORD}
    with Virtuoso() as server:
        loaded = CliRunner().invoke(cli, ["load", str(graph), "--endpoint", server.sparql_auth, "--gsp", server.gsp_auth],
                                    env=env)
        assert loaded.exit_code == 0, loaded.output
        out = tmp_path / "from-endpoint.html"
        result = run("report", "--endpoint", server.sparql, "-o", str(out))
        assert result.exit_code == 0, result.output
    assert out.read_bytes() == page.read_bytes()


def test_the_page_is_small(page):
    size = page.stat().st_size
    assert size < MAX_SEEDS_BYTES, f"{size} bytes"
    # the vendored libraries are most of it: the seeds' data is a few tens of kB
    data_bytes = len(json.dumps(embedded(page), separators=(",", ":"), ensure_ascii=False).encode("utf-8"))
    assert data_bytes < 120_000, data_bytes


def synthetic_graph(path: Path, events: int) -> Path:
    """An export-like graph of `events` events, written directly as N-Triples: a date in 2022–2025,
    a type, a place (of 400), a speaker (of 300 people in 60 countries), a participant every other
    event, two organisations (of 200) and a hashtag (of 150) on its post, a channel id and message id."""
    kg, ex, xsd = "https://w3id.org/tgkg/ontology#", "https://example.org/", "http://www.w3.org/2001/XMLSchema#"
    label = "http://www.w3.org/2000/01/rdf-schema#label"
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    types = reportdata.EVENT_TYPES
    lines = [f'<{ex}channel> <{kg}channelId> "1700000001"^^<{xsd}integer> .']
    for i in range(400):
        lines.append(f'<{ex}place/{i}> <{label}> "Place {i}"@en .')
    for i in range(300):
        lines.append(f'<{ex}person/{i}> <{rdf_type}> <{kg}Person> .')
        lines.append(f'<{ex}person/{i}> <{label}> "Person {i}"@en .')
        lines.append(f'<{ex}person/{i}> <{kg}represents> <{ex}country/{i % 60}> .')
    for i in range(60):
        lines.append(f'<{ex}country/{i}> <{label}> "Country {i}"@en .')
    for i in range(200):
        lines.append(f'<{ex}org/{i}> <{label}> "Organisation {i}"@en .')
    for i in range(150):
        lines.append(f'<{ex}tag/{i}> <{kg}tag> "Tag{i}" .')
    for i in range(events):
        e, p = f"<{ex}event/{i}>", f"<{ex}post/{i}>"
        day = 1 + (i * 7919) % 1460
        date = f"{2022 + day // 365}-{1 + (day % 365) // 31:02d}-{1 + day % 28:02d}"
        lines += [f"{p} <{kg}reports> {e} .", f"{p} <{kg}channel> <{ex}channel> .",
                  f'{p} <{kg}messageId> "{i + 1}"^^<{xsd}integer> .',
                  f"{e} <{kg}eventType> <{kg}{types[i % len(types)]}> .",
                  f'{e} <{kg}date> "{date}"^^<{xsd}date> .',
                  f"{e} <{kg}location> <{ex}place/{(i * 31) % 400}> .",
                  f"{e} <{kg}speaker> <{ex}person/{(i * 17) % 300}> .",
                  f"{e} <{kg}organisation> <{ex}org/{(i * 13) % 200}> .",
                  f"{e} <{kg}organisation> <{ex}org/{(i * 7) % 200}> .",
                  f"{p} <{kg}hashtag> <{ex}tag/{(i * 11) % 150}> ."]
        if i % 2:
            lines.append(f"{e} <{kg}participant> <{ex}person/{(i * 23 + 5) % 300}> .")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_large_graph_gives_a_small_page_quickly(tmp_path):
    """20,000 events: seconds (about 2 here), and about 20 bytes an event on top of the libraries.
    (100,000 such events: 2.7 MB in 8 s; the 98,976 events of bench/generate.py's 100,000-message
    export, from an embedded store: 3.0 MB in about 20 s.)"""
    graph = synthetic_graph(tmp_path / "large.nt", 20_000)
    out = tmp_path / "large.html"
    began = time.monotonic()
    summary = report.write_report(str(out), data=[str(graph)])
    seconds = time.monotonic() - began
    assert summary.events == 20_000
    assert seconds < 60, f"{seconds:.1f} s"
    libraries = sum((ROOT / "kg" / "report_assets" / name).stat().st_size
                    for name in ("vega.min.js", "vega-lite.min.js", "vega-embed.min.js"))
    per_event = (out.stat().st_size - libraries) / 20_000
    assert per_event < 30, f"{per_event:.1f} bytes an event"
    data = embedded(out)
    assert len(data["network"]["nodes"]) == report.DEFAULT_MAX_PEOPLE
    assert len(data["network"]["links"]) <= reportnetwork.LINKS_PER_PERSON * report.DEFAULT_MAX_PEOPLE
    rows = table(data)
    assert [r["a"] for r in rows if r["date"] == rows[0]["date"]] == sorted(r["a"] for r in rows if r["date"] == rows[0]["date"])
    assert all(len(members(entry)) == entry[1] for kind in data["top"] for entry in data["top"][kind])


def test_a_timestamp_only_when_given(graph, page, tmp_path):
    assert "made " not in page.read_text(encoding="utf-8").split("<main>")[0]
    out = tmp_path / "stamped.html"
    result = run("report", "--data", str(graph), "-o", str(out), "--generated", "2024-12-31", "--title", "MFA <2024>")
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "made 2024-12-31" in text
    assert "<title>MFA &lt;2024&gt;</title>" in text  # escaped


# ---------------------------------------------------------------------------------------------
# What the page shows: from the stored queries, and as the hand annotation says


def test_the_report_queries_are_stored_queries_with_headers():
    names = {q.name for q in queries.stored()}
    needed = {"report-events", "report-event-people", "report-people", "report-network", "report-top",
              "report-entity-events"}
    assert needed <= names
    for name in needed:
        stored = queries.find(name)
        assert stored.title and stored.description and stored.form == "SELECT"


def test_every_query_the_report_runs_reads_data_only(graph, tmp_path, monkeypatch):
    """kg report reads a store without its ontology graph (one graph, not a union of two), which
    is right only for queries that declare "# reads: data"."""
    from kg import reportdata

    found = []
    real = reportdata.queries.find

    def recording(name):
        found.append(real(name))
        return found[-1]

    monkeypatch.setattr(reportdata.queries, "find", recording)
    report.write_report(str(tmp_path / "page.html"), data=[str(graph)])
    assert len({q.name for q in found}) >= 6
    assert [q.name for q in found if q.reads != "data"] == []


def test_the_timeline_has_the_months_of_the_seeds(data):
    months_with_events = sorted({row[0] for row in data["timeline"]})
    assert months_with_events == SEED_MONTHS
    assert data["months"][0] == SEED_MONTHS[0] and data["months"][-1] == SEED_MONTHS[-1]
    assert len(data["months"]) == 18  # every month from 2023-06 to 2024-11, empty ones too
    dated = [p for p in GOLD if p["event"]["date"]]
    assert sum(row[2] for row in data["timeline"]) == len(dated)
    assert data["summary"]["dated"] == len(dated) and data["summary"]["events"] == len(GOLD)
    assert {row[1] for row in data["timeline"]} <= set(data["types"])


def test_the_network_has_lavrov_met_wang_yi(data):
    people = data["people"]
    nodes = {people[n[0]]: i for i, n in enumerate(data["network"]["nodes"])}
    assert LAVROV in nodes and WANG_YI in nodes
    pair = sorted((nodes[LAVROV], nodes[WANG_YI]))
    (link,) = [link for link in data["network"]["links"] if link[:2] == pair]
    meetings, calls, other = link[2:]
    # the hand annotation: Lavrov met Wang Yi four times in the seeds (Beijing, Nizhny Novgorod,
    # New York, and at the SCO meeting in Astana)
    gold = [p for p in GOLD if {LAVROV, WANG_YI} <= set(p["event"]["speakers"]) | set(p["event"]["participants"])
            and p["event"]["participants"]]
    assert meetings + calls + other == len(gold) == 4
    # coloured by the country each represents
    lavrov = data["network"]["nodes"][nodes[LAVROV]]
    assert data["colourGroups"][lavrov[2]] == "Russia"
    assert data["countries"][data["peopleCountry"][lavrov[0]]] == "Russia"


def test_the_events_table_has_every_event_with_a_link_to_its_post(data):
    rows = table(data)
    assert len(rows) == len(GOLD)
    # every seed post is a file and its lines
    assert {(r["source"][1], r["a"], r["b"]) for r in rows} == {(p["file"], p["start_line"], p["end_line"]) for p in GOLD}
    assert {r["source"][0] for r in rows} == {"f"}
    # dated events first, in date order
    dated = [r["date"] for r in rows if r["date"]]
    assert dated == sorted(dated) and len(dated) == len([p for p in GOLD if p["event"]["date"]])
    assert all(r["date"] is None for r in rows[len(dated):])
    # speakers and participants by name
    beijing = [r for r in rows if r["date"] == "2024-04-08" and r["type"] == "Meeting"]
    assert beijing
    assert {p for r in beijing for p in r["participants"]} >= {WANG_YI, "Xi Jinping"}
    assert {p for r in beijing for p in r["speakers"]} == {LAVROV}
    # places by their English names
    assert {r["place"] for r in rows if r["place"]} >= {"Moscow", "Beijing", "Nizhniy Novgorod", "New York City"}


def test_an_export_links_each_event_to_its_telegram_post(export_graph):
    rows = table(report.gather(LocalSource.from_files([str(export_graph)])))
    assert {r["source"] for r in rows} == {("c", 1234567890)}  # the export's channel id: t.me/c/<id>/<message>
    assert sorted(r["a"] for r in rows) == [2, 3, 4, 5, 6, 7, 8, 10, 11]  # message ids (1 and 9 are service messages)


def test_the_top_lists_link_to_their_events(data, graph):
    source = LocalSource.from_files([str(graph)])
    rows = table(data)
    for kind in ("organisation", "hashtag", "place"):
        entries = data["top"][kind]
        assert 0 < len(entries) <= report.DEFAULT_TOP
        counts = [count for _, count, _ in entries]
        assert counts == sorted(counts, reverse=True)
        for entry in entries:
            assert len(members(entry)) == entry[1], (kind, entry[0])
    assert data["top"]["organisation"][0][0] == "BRICS"
    hashtags = {entry[0]: entry for entry in data["top"]["hashtag"]}
    assert hashtags["#BRICS"][1] == sum(1 for p in GOLD if "BRICS" in p["hashtags"])
    places = {entry[0]: entry for entry in data["top"]["place"]}
    moscow = source.rows(queries.bind(queries.find("events-in-city"), {"city": "Moscow"}))
    assert places["Moscow"][1] == len({r["event"] for r in moscow})
    assert {rows[i]["place"] for i in members(places["Moscow"])} == {"Moscow"}


def test_event_types_are_shown_by_their_labels(graph):
    """Regression: the legend, the timeline and the events table showed the ontology's local names
    ("PressConference", "PhoneCall"); they show each type's skos:prefLabel, and a user's own type
    by its words ("StateVisit" as "State visit")."""
    data = report.gather(LocalSource.from_files([str(graph)]))
    assert {"Press conference", "Phone call", "Meeting"} <= set(data["types"])
    assert not any(t in data["types"] for t in ("PressConference", "PhoneCall"))
    assert {kind for _, kind, _ in data["timeline"]} <= set(data["types"])
    assert reportdata.type_label("StateVisit") == "State visit"


def test_top_and_max_people_bound_the_page(graph):
    small = report.gather(LocalSource.from_files([str(graph)]), top=3, max_people=4)
    assert all(len(small["top"][kind]) == 3 for kind in ("organisation", "hashtag", "place"))
    assert len(small["network"]["nodes"]) == 4
    assert LAVROV in {small["people"][n[0]] for n in small["network"]["nodes"]}  # the most connected stay
    assert all(a < 4 and b < 4 for a, b, *_ in small["network"]["links"])


def test_a_small_network_keeps_its_links_though_its_heaviest_people_never_met():
    """Regression: --max-people 2 drew "2 people and 0 links": the two heaviest people by weight
    need not have met. People are chosen by weight, each linked to one chosen before where any is."""
    pairs = [("a", "x"), ("a", "y"), ("b", "z"), ("b", "w"), ("c", "a")]
    by_weight = ["a", "b", "c", "x", "y", "z", "w"]  # a and b never met
    assert reportnetwork.linked_people(by_weight, pairs, 2) == {"a", "c"}
    assert reportnetwork.linked_people(by_weight, pairs, 4) == {"a", "c", "x", "y"}
    assert reportnetwork.linked_people(by_weight, pairs, 6) == {"a", "c", "x", "y", "b", "z"}  # then b's component
    assert reportnetwork.linked_people(by_weight, pairs, 99) == set(by_weight)


def test_max_people_2_draws_a_link(graph):
    small = report.gather(LocalSource.from_files([str(graph)]), top=3, max_people=2)
    assert len(small["network"]["nodes"]) == 2 and len(small["network"]["links"]) == 1


def test_a_dense_network_draws_each_persons_strongest_links():
    people = [f"https://example.org/p{i}" for i in range(10)]
    pairs = {(a, b): [1 + (i + j) % 3, 0, 0] for i, a in enumerate(people) for j, b in enumerate(people) if a < b}
    kept = dict(reportnetwork.strongest(pairs, set(people)))
    assert len(kept) == reportnetwork.LINKS_PER_PERSON * len(people)
    for person in people:
        own = {pair: sum(split) for pair, split in pairs.items() if person in pair}
        assert max(own.values()) in {sum(split) for pair, split in kept.items() if person in pair}


# ---------------------------------------------------------------------------------------------
# The command line


def test_kg_report_writes_the_page_and_says_so(graph, tmp_path):
    out = tmp_path / "report.html"
    result = run("report", "--data", str(graph), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert f"-> {out}" in result.stderr and "67 events" in result.stderr
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "a temporary file was left behind"


@pytest.mark.parametrize("args, word", [
    (["--data", "{graph}", "-o", "{tmp}/no/such/dir/report.html"], "does not exist"),
    (["-o", "{tmp}/report.html"], "exactly one of"),
    (["--data", "{graph}", "--store", "{tmp}/store", "-o", "{tmp}/report.html"], "exactly one of"),
    (["--data", "{graph}"], "-o"),
    (["--data", "{tmp}/missing.ttl", "-o", "{tmp}/report.html"], "missing.ttl"),
    (["--data", "{graph}", "-o", "{tmp}"], "directory"),
    (["--data", "{graph}", "-o", "{tmp}/report.html", "--top", "0"], "--top"),
], ids=["missing-output-directory", "no-source", "two-sources", "no-output", "missing-data", "output-is-a-directory",
        "bad-top"])
def test_usage_errors_exit_2(graph, tmp_path, args, word):
    filled = [a.format(graph=graph, tmp=tmp_path) for a in args]
    result = run("report", *filled)
    assert result.exit_code == 2, result.output
    assert word in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "report.html").exists()


def test_the_library_raises_kg_errors(graph, tmp_path):
    from kg.errors import InputError, UsageError

    with pytest.raises(InputError):
        report.write_report(str(tmp_path / "nope" / "r.html"), data=[str(graph)])
    with pytest.raises(UsageError):
        report.write_report(str(tmp_path / "r.html"))
    with pytest.raises(UsageError):
        report.write_report(str(tmp_path / "r.html"), data=[str(graph)], graphs=["https://example.org/g"])


# ---------------------------------------------------------------------------------------------
# In a browser: headless Chromium through Selenium

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"]
NETWORK_SCHEMES = ("http:", "https:", "ws:", "wss:", "ftp:")
BROWSER_TIMEOUT = 60  # seconds for the page to draw every chart


def _chromium_missing() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    if not (shutil.which("chromium") or shutil.which("chromium-browser")):
        return "chromium is not installed (Debian: apt-get install chromium chromium-driver)"
    if not shutil.which("chromedriver"):
        return "chromedriver is not installed (Debian: apt-get install chromium-driver)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install selenium)"
    return None


def require_chromium() -> None:
    """Skip the calling test when Chromium, its driver or Selenium are missing; fail instead when CI is set."""
    skip_unless_ci(_chromium_missing(), "the report's browser tests")


@pytest.fixture(scope="module")
def browser():
    require_chromium()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or shutil.which("chromium-browser")
    profile = tempfile.mkdtemp(prefix="kg-chromium-")
    for flag in CHROMIUM_FLAGS + [f"--user-data-dir={profile}", "--window-size=1280,900"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


class Opened:
    """A page opened in the browser: its console messages and the requests it made."""

    def __init__(self, driver, path: Path):
        self.driver = driver
        self.url = path.resolve().as_uri()
        driver.get_log("browser")  # drop what came before
        driver.get_log("performance")
        driver.get(self.url)
        deadline = time.monotonic() + BROWSER_TIMEOUT
        while time.monotonic() < deadline:
            state = driver.execute_script("return document.body && document.body.dataset.ready")
            if state:
                break
            time.sleep(0.1)
        self.ready = state
        self.console = driver.get_log("browser")
        self.events = [json.loads(entry["message"])["message"] for entry in driver.get_log("performance")]

    def js(self, script: str, *args):
        return self.driver.execute_script(script, *args)

    def requests(self) -> list[dict]:
        return [e["params"] for e in self.events if e["method"] == "Network.requestWillBeSent"]


def _assert_clean(opened: Opened) -> None:
    assert opened.ready == "1", f"the charts did not draw: {opened.ready!r}; console: {opened.console}"
    errors = [e for e in opened.console if e["level"] == "SEVERE" or e.get("source") == "console-api"]
    assert not errors, f"console messages: {errors}"
    # no request over the network at all, from anything in the browser
    urls = [r["request"]["url"] for r in opened.requests()]
    urls += [e["params"].get("url", "") for e in opened.events if e["method"].startswith("Network.webSocket")]
    assert not [u for u in urls if u.lower().startswith(NETWORK_SCHEMES)], urls
    # and the page's own requests are the file itself
    page_requests = [r["request"]["url"] for r in opened.requests() if r.get("documentURL") == opened.url]
    assert page_requests == [opened.url], page_requests


def test_the_seeds_report_in_chromium(browser, page):
    opened = Opened(browser, page)
    _assert_clean(opened)

    # the timeline: the months the seeds cover, from the rendered view's data
    months = opened.js("return window.kgViews.timeline.data('table').map(function (d) { return d.month; })")
    assert sorted(set(months)) == SEED_MONTHS
    assert opened.js("return window.kgViews.timeline.scale('x').domain()")[0] == SEED_MONTHS[0]
    bars = opened.js("return document.querySelectorAll('#timeline svg .mark-rect path').length")
    assert bars == len(opened.js("return window.kgViews.timeline.data('table')"))

    # the network: Lavrov, placed on the canvas, with an edge to Wang Yi
    nodes = opened.js("""return window.kgViews.network.data('nodes').map(function (d) { return d.name; })""")
    assert LAVROV in nodes and WANG_YI in nodes
    links = opened.js("""
        function name(end) { return end && end.datum ? end.datum.name : window.kgViews.network.data('nodes')[end].name; }
        return window.kgViews.network.data('links').map(function (l) { return [name(l.source), name(l.target), l.count]; });""")
    assert [l for l in links if {l[0], l[1]} == {LAVROV, WANG_YI} and l[2] == 4]
    placed = opened.js("""
        var out = {}; var root = window.kgViews.network.scenegraph().root.items[0];
        root.items.forEach(function (mark) { if (mark.marktype === 'symbol' && mark.name === 'node')
          mark.items.forEach(function (item) { out[item.datum.name] = [item.x, item.y]; }); });
        return out;""")
    x, y = placed[LAVROV]
    assert 0 <= x <= 900 and 0 <= y <= 640
    labels = opened.js("return Array.from(document.querySelectorAll('#network svg text')).map(function (t) { return t.textContent; })")
    assert LAVROV in labels and WANG_YI in labels

    # the table: every seed event on one page (at most 100 rows a page), files and lines as the link
    assert opened.js("return window.kgReport.rowsShown()") == len(GOLD)
    first = opened.js("return Array.from(document.querySelectorAll('#events-table tbody tr')[0].cells).map(function (c) { return c.textContent; })")
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", first[0]) and re.fullmatch(r"\d{3}_[0-9a-f]+\.txt:\d+-\d+", first[5])

    # the filter box
    box = browser.find_element("id", "filter")
    box.send_keys(WANG_YI)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and opened.js("return window.kgReport.matches()") == len(GOLD):
        time.sleep(0.05)
    shown = opened.js("return Array.from(document.querySelectorAll('#events-table tbody tr')).map(function (r) { return r.textContent; })")
    assert 0 < len(shown) < len(GOLD) and all(WANG_YI in row for row in shown)
    opened.js("window.kgReport.filterText('')")

    # a bar of the top organisations filters the table to its events
    bar = browser.find_element("css selector", "#top-organisation svg .mark-rect path")
    bar.click()
    assert "BRICS" in browser.find_element("id", "active-filter").text
    top_count = embedded(page)["top"]["organisation"][0][1]
    assert opened.js("return window.kgReport.matches()") == top_count
    browser.find_element("id", "clear-pick").click()
    assert opened.js("return window.kgReport.matches()") == len(GOLD)

    # a screenshot of the page for the README
    opened.js("window.scrollTo(0, 0)")
    height = opened.js("return document.documentElement.scrollHeight")
    browser.set_window_size(1280, min(height, 2400))
    time.sleep(0.3)
    SCREENSHOT.parent.mkdir(exist_ok=True)
    browser.save_screenshot(str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 50_000
    browser.set_window_size(1280, 900)


def test_an_export_report_in_chromium_links_to_telegram(browser, export_page):
    """A graph of one export, its dates removed: no dated event (the timeline is empty), no
    participants (no network), and every row links to t.me/c/<channel id>/<message id>."""
    opened = Opened(browser, export_page)
    _assert_clean(opened)
    hrefs = opened.js("return Array.from(document.querySelectorAll('#events-table a')).map(function (a) { return a.href; })")
    assert sorted(hrefs) == sorted(f"https://t.me/c/1234567890/{m}" for m in (2, 3, 4, 5, 6, 7, 8, 10, 11))
    assert opened.js("return window.kgViews.network === undefined")
    assert "no network" in browser.find_element("id", "network-note").text
    assert opened.js("return window.kgViews.timeline === undefined")
    assert "no timeline" in browser.find_element("id", "timeline-note").text


def test_the_table_pages_100_rows_at_a_time(browser, graph, tmp_path):
    """A graph with more events than a page: 100 rows, then the next 100."""
    big = tmp_path / "many.ttl"
    lines = ["@prefix kg: <https://w3id.org/tgkg/ontology#> .", "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .",
             "@prefix ex: <https://example.org/> ."]
    for i in range(250):
        lines.append(f'ex:p{i} a kg:Post ; kg:reports ex:e{i} ; kg:messageId {i + 1} ; kg:channel ex:ch .')
        lines.append(f'ex:e{i} a kg:Event ; kg:eventType kg:Statement ; kg:date "2024-0{1 + i % 9}-1{i % 10}"^^xsd:date .')
    lines.append('ex:ch a kg:Channel ; kg:channelId 42 .')
    big.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "many.html"
    report.write_report(str(out), data=[str(big)])
    opened = Opened(browser, out)
    _assert_clean(opened)
    assert opened.js("return window.kgReport.rowsShown()") == 100
    assert "of 250" in browser.find_element("id", "page-info").text
    browser.find_element("id", "next").click()
    browser.find_element("id", "next").click()
    assert opened.js("return window.kgReport.rowsShown()") == 50
    assert browser.find_element("id", "next").get_attribute("disabled") is not None


def test_the_report_reads_a_query_answer_a_row_at_a_time(tmp_path):
    """Regression: kg report held each query's whole answer (the CSV text and a dict a row) and
    peaked at 1 GB on the 100,000-message benchmark store, where every entity's events are 584,474
    rows; it now reads rows from a spooled file as it uses them (504 MB there, the same page)."""
    source = LocalSource.from_files([str(synthetic_graph(tmp_path / "large.nt", 20_000))])
    rows, peak = peak_while(lambda: sum(1 for _ in reportdata._run(source, "report-entity-events")))
    assert rows >= 40_000
    assert peak < 2_000_000, f"{peak / 1e6:.1f} MB held for {rows} rows"
