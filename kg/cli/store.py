"""kg load, kg query, kg report: stores, endpoints, stored queries and the report page."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli import cli
from kg.cli.options import phase_progress, progress_option
from kg.iris import check_iri, endpoint_graphs
from kg.sparql import FORMATS


@cli.command()
@click.argument("graphs", nargs=-1, required=True, metavar="GRAPH...")
@click.option("--store", "store_dir", metavar="DIR", help="Load into the embedded Oxigraph store in DIR (created if missing).")
@click.option("--endpoint", metavar="URL", help="Load into a SPARQL 1.1 server (its query/update endpoint).")
@click.option("--gsp", metavar="URL", help="The server's Graph Store Protocol endpoint, if not at --endpoint.")
@click.option("--graph", metavar="IRI", help="The named graph to replace (default: with --store, the store's default "
              "graph; with --endpoint, https://w3id.org/tgkg/id/graph).")
@progress_option
def load(graphs, store_dir, endpoint, gsp, graph, progress) -> None:
    """Load built graphs into a triplestore, replacing its graph: an embedded store or a server.

    --store DIR: a persistent Oxigraph store, the data in its default graph (or in the named graph
    --graph gives), the ontology in its own named graph beside it; loading again replaces the graph
    atomically (same input, same triples). --endpoint URL:
    any SPARQL 1.1 server, through the Graph Store HTTP Protocol (PUT replaces the graph), or
    SPARQL Update where the server has no GSP; credentials come from KG_SPARQL_USER and
    KG_SPARQL_PASSWORD.

    \b
    Examples:
      kg load seeds.ttl --store kg-store
      KG_SPARQL_USER=dba KG_SPARQL_PASSWORD=dba kg load seeds.ttl --endpoint http://localhost:8890/sparql-auth \\
          --gsp http://localhost:8890/sparql-graph-crud-auth --graph https://example.org/graph
    """
    from kg.store import DEFAULT_DATA_GRAPH, load_into_store

    if bool(store_dir) == bool(endpoint):
        raise click.UsageError("give exactly one of --store DIR or --endpoint URL")
    if graph is not None:
        check_iri(graph)
    if store_dir:
        with phase_progress(progress, graphs) as report_progress:
            result = load_into_store(graphs, store_dir, graph, report_progress)
        where = f"<{result.graph}>" if result.graph else "the default graph"
        click.echo(f"kg load: {result.triples} triples into {where} in {store_dir} (ontology beside it)", err=True)
    else:
        from kg.endpoint import Endpoint
        from kg.paths import ontology_file
        from kg.store import ONTOLOGY_GRAPH

        target = graph or DEFAULT_DATA_GRAPH
        server = Endpoint.from_env(endpoint, gsp=gsp)
        server.replace_graph(ONTOLOGY_GRAPH, [str(ontology_file("kg.ttl"))])
        count = server.replace_graph(target, list(graphs))
        click.echo(f"kg load: {count} triples into <{target}> at {endpoint} (ontology in <{ONTOLOGY_GRAPH}>)", err=True)


def _parse_params(values: tuple[str, ...]) -> dict[str, str]:
    params = {}
    for item in values:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{item!r}: write NAME=VALUE", param_hint="--param")
        params[name.strip()] = value
    return params


@cli.command()
@click.argument("name", required=False, metavar="NAME|FILE")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="A query parameter (repeatable); bound as a typed RDF term.")
@click.option("--data", "data", multiple=True, metavar="FILE", help="Query these RDF files (repeatable).")
@click.option("--store", "store_dir", metavar="DIR", help="Query the embedded store kg load made in DIR.")
@click.option("--endpoint", metavar="URL", help="Query a SPARQL 1.1 endpoint.")
@click.option("--graph", "graphs", multiple=True, metavar="IRI",
              help="With --endpoint: the graphs to query as the default graph (default: kg's data graph and ontology "
              "graph; a query that says \"# reads: data\" leaves the ontology graph out).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="table for people; csv, tsv, json, xml (W3C SPARQL results) or turtle (CONSTRUCT) from the engine.")
@click.option("--list", "list_only", is_flag=True, help="List the stored queries with their titles and parameters.")
def query(name, params, data, store_dir, endpoint, graphs, fmt, list_only) -> None:
    """Run a stored query (by NAME) or any .rq FILE against files, a store or an endpoint.

    Parameters are bound as typed RDF terms through a VALUES block, never pasted into the query:
    a value with quotes, braces or # is data, not SPARQL.

    \b
    Examples:
      kg query --list
      kg query who-met-whom --store kg-store
      kg query timeline --param speaker="Sergey Lavrov" --data seeds.ttl --format csv
    """
    from kg import queries

    if list_only:
        for stored in queries.stored():
            click.echo(f"{stored.name}  [{stored.form}]  {stored.title}")
            if stored.description:
                click.echo(f"    {stored.description}")
            for param in stored.params:
                default = "" if param.default in ("optional", "required") else f" (default {param.default})"
                need = " (required)" if param.default == "required" else ""
                click.echo(f"    --param {param.name}=<{param.type}>{default}{need}  {param.description}")
        return
    if not name:
        raise click.UsageError("give a query NAME or FILE (kg query --list shows them)")
    sources = sum(bool(x) for x in (data, store_dir, endpoint))
    if sources != 1:
        raise click.UsageError("give exactly one of --data FILE..., --store DIR or --endpoint URL")
    graphs = endpoint_graphs(graphs, endpoint)
    stored = queries.find(name)
    text = queries.bind(stored, _parse_params(params))
    out = _EndsWithNewline(sys.stdout.buffer)
    with queries.naming_errors(stored):  # a syntax error names the query's file
        if endpoint:
            from kg.endpoint import Endpoint

            Endpoint.of_kg(endpoint, graphs).reading(stored.reads).write_answer(text, fmt, out)  # streamed too
        else:
            from kg.sparql import LocalSource

            source = LocalSource.from_files(list(data)) if data else LocalSource.from_store(store_dir)
            source.reading(stored.reads).write_answer(text, fmt, out)  # streamed: a large answer is never held whole
    out.finish()


class _EndsWithNewline:
    """A binary stream that remembers its last byte, so that the answer ends with a newline (an
    empty answer is one newline)."""

    def __init__(self, stream):
        self.stream = stream
        self.last = b""

    def write(self, data: bytes) -> int:
        if data:
            self.stream.write(data)
            self.last = data[-1:]
        return len(data)

    def flush(self) -> None:
        self.stream.flush()

    def finish(self) -> None:
        if self.last != b"\n":
            self.stream.write(b"\n")


@cli.command()
@click.option("--data", "data", multiple=True, metavar="FILE", help="Report on these RDF files (repeatable).")
@click.option("--store", "store_dir", metavar="DIR", help="Report on the embedded store kg load made in DIR.")
@click.option("--endpoint", metavar="URL", help="Report on a SPARQL 1.1 endpoint (credentials from KG_SPARQL_USER/KG_SPARQL_PASSWORD).")
@click.option("--graph", "graphs", multiple=True, metavar="IRI",
              help="With --endpoint: the graphs to query as the default graph (default: kg's data graph and ontology "
              "graph; a query that says \"# reads: data\" leaves the ontology graph out).")
@click.option("-o", "--output", required=True, metavar="FILE", help="Write the HTML page here (atomically); its directory must exist.")
@click.option("--title", metavar="TEXT", help="The page's title (default: \"Knowledge graph report\").")
@click.option("--generated", metavar="TEXT",
              help="A date or note to show as when the report was made; none by default, so the same graph gives the same bytes.")
@click.option("--top", type=click.IntRange(1, 200), default=20, show_default=True,
              help="How many organisations, hashtags and places each top list shows.")
@click.option("--max-people", type=click.IntRange(2, 2000), default=150, show_default=True,
              help="The network shows at most this many people, the most connected.")
@progress_option
def report(data, store_dir, endpoint, graphs, output, title, generated, top, max_people, progress) -> None:
    """Write one self-contained HTML page about a graph: timeline, who-met-whom network, top lists, events table.

    Everything comes from stored queries (queries/report-*.rq and others) and is inlined: the data,
    the Vega/Vega-Lite charts and their libraries. The page opens offline and fetches nothing; its
    events table is paged (100 rows) with a filter box, and links each event to its post
    (t.me for Telegram exports, file:lines for plain-text copies). The same graph gives the same bytes.

    \b
    Examples:
      kg report --data seeds.ttl -o report.html
      kg report --store kg-store -o report.html --title "Russian MFA, 2024" --generated 2024-12-31
      kg report --endpoint http://localhost:8890/sparql -o report.html
    """
    from kg.report import write_report

    if sum(bool(x) for x in (data, store_dir, endpoint)) != 1:
        raise click.UsageError("give exactly one of --data FILE..., --store DIR or --endpoint URL")
    sized = list(data) + ([str(p) for p in Path(store_dir).iterdir()] if store_dir and Path(store_dir).is_dir() else [])
    with phase_progress(progress, sized) as on_progress:
        summary = write_report(output, data=list(data), store=store_dir, endpoint=endpoint, graphs=list(graphs),
                               title=title, generated=generated, top=top, max_people=max_people, progress=on_progress)
    from kg.reporting import counted

    people = f"{summary.people} {'person' if summary.people == 1 else 'people'}"
    click.echo(f"kg report: {counted(summary.events, 'event')}, network of {people} and {counted(summary.links, 'link')} "
               f"-> {summary.path} ({summary.bytes / 1e6:.1f} MB, {summary.seconds:.1f} s)", err=True)
