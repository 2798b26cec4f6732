"""The command line: the only module that knows about arguments, terminals and exit codes.

Exit codes: 0 success; 1 the data is invalid (violations); 2 a usage or input error
(missing file, unreadable input, bad option). Library errors (:mod:`kg.errors`) become one-line
messages with a hint, never a traceback.
"""
from __future__ import annotations

import json
import shutil
import sys
from typing import Iterable, Iterator

import click

from kg.errors import KgError
from kg.iris import DEFAULT_BASE
from kg.models import Post, Problem
from kg.parallel import default_jobs
from kg.readers import Limits, read_posts, resolve_inputs
from kg.sinks import FORMAT_NAMES
from kg.sparql import FORMATS

_PROGRESS_BYTES = 2_000_000  # show progress for inputs larger than this, on a terminal


class _Failure(click.ClickException):
    """A library error shown as ``Error: <where>: <message>`` plus its hint."""

    def __init__(self, error: KgError):
        super().__init__(str(error))
        self.exit_code = error.exit_code
        self.hint = error.hint

    def format_message(self) -> str:
        return f"{self.message}\n  hint: {self.hint}" if self.hint else self.message


class _Group(click.Group):
    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KgError as error:
            raise _Failure(error) from None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="kg", prog_name="kg")
def cli() -> None:
    """Build a validated RDF knowledge graph of what Telegram channel posts report.

    Inputs are plain-text copies of a channel (files, directories, or - for standard input)
    and Telegram Desktop exports (result.json).

    Exit codes: 0 success, 1 invalid data, 2 usage or input error.
    """


def _problem_printer(problems: list[Problem]):
    def report(problem: Problem) -> None:
        problems.append(problem)
        click.echo(f"warning: {problem}", err=True)

    return report


def _with_progress(posts: Iterator[Post], names: Iterable[str], enabled: bool | None) -> Iterator[Post]:
    if enabled is None:
        sizes = [item.size() or 0 for item in resolve_inputs(names)]
        enabled = sys.stderr.isatty() and sum(sizes) > _PROGRESS_BYTES
    if not enabled:
        yield from posts
        return
    from tqdm import tqdm

    with tqdm(posts, unit=" posts", file=sys.stderr, desc="reading", leave=False) as bar:
        yield from bar


def _limit_options(command):
    """--max-post-size, --max-file-size, --max-bad-records: bounds for runaway inputs (exit 2)."""
    defaults = Limits()
    command = click.option("--max-bad-records", type=click.IntRange(0), default=defaults.max_problems, show_default=True,
                           help="Stop with exit code 2 after this many unreadable messages.")(command)
    command = click.option("--max-file-size", type=click.IntRange(1), default=defaults.max_file_bytes, show_default=True,
                           help="Refuse input files larger than this many bytes (exit code 2).")(command)
    command = click.option("--max-post-size", type=click.IntRange(1), default=defaults.max_post_chars, show_default=True,
                           help="Refuse posts (and text lines) longer than this many characters (exit code 2).")(command)
    return command


def _limits(max_post_size: int, max_file_size: int, max_bad_records: int) -> Limits:
    return Limits(max_post_chars=max_post_size, max_file_bytes=max_file_size, max_problems=max_bad_records)


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True,
              help="table: one line a post and a count; jsonl: one JSON object a post.")
@click.option("--channel", metavar="NAME", help="Name of the channel a plain-text copy was taken from.")
@click.option("--progress/--no-progress", default=None, help="Show progress on standard error (default: for large inputs on a terminal).")
@_limit_options
def posts(inputs: tuple[str, ...], fmt: str, channel: str | None, progress: bool | None,
          max_post_size: int, max_file_size: int, max_bad_records: int) -> None:
    """Print the posts read from INPUT... (channel copies, directories, result.json, or -).

    \b
    Examples:
      kg posts seeds/
      kg posts result.json --format jsonl > posts.jsonl
      cat copy.txt | kg posts -
    """
    problems: list[Problem] = []
    limits = _limits(max_post_size, max_file_size, max_bad_records)
    stream = _with_progress(read_posts(inputs, _problem_printer(problems), channel=channel, limits=limits), inputs, progress)
    count = 0
    width = shutil.get_terminal_size((120, 24)).columns
    for post in stream:
        count += 1
        if fmt == "jsonl":
            click.echo(json.dumps(post.to_json(), ensure_ascii=False))
        else:
            click.echo(_table_row(count, post, width))
    if fmt == "table":
        skipped = f", {len(problems)} skipped (see warnings above)" if problems else ""
        click.echo(f"{count} posts{skipped}")


def _table_row(number: int, post: Post, width: int) -> str:
    if post.message_id is not None:
        where = f"#{post.message_id}"
        if post.published:
            where += f" {post.published:%Y-%m-%d}"
    else:
        where = f"{_short(post.source)}:{post.start_line}-{post.end_line}"
    row = f"{number:>4}  {where:<26} {post.language or '--':<3}"
    room = max(20, width - len(row) - 1)
    title = post.title or "(no text)"
    if len(title) > room:
        title = title[: room - 1] + "…"
    return f"{row} {title}"


def _short(source: str) -> str:
    name = source.replace("\\", "/").rsplit("/", 1)[-1]
    return name if len(name) <= 16 else name[:7] + "…" + name[-8:]


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", metavar="FILE", help="Write the graph here (atomically); default: standard output.")
@click.option("--format", "fmt", type=click.Choice(FORMAT_NAMES), default="turtle", show_default=True,
              help="RDF format of the output.")
@click.option("--base", default=DEFAULT_BASE, show_default=True, help="Base IRI of the instance IRIs kg mints.")
@click.option("--channel", metavar="NAME", help="Name of the channel plain-text copies were taken from.")
@click.option("--shapes", "shapes", multiple=True, metavar="FILE", help="More SHACL shapes to validate with (repeatable).")
@click.option("--gazetteer", "gazetteer", multiple=True, metavar="FILE",
              help="More people and organisations (Turtle, like kg/data/people.ttl) to recognise (repeatable).")
@click.option("--validate/--no-validate", default=True, show_default=True, help="Validate the graph against the shapes while building.")
@click.option("--graph", metavar="IRI", help="Named graph for the nq and trig formats (default: <base>graph).")
@click.option("-j", "--jobs", type=click.IntRange(1), default=None,
              help="Worker processes for extraction (default: the number of cores). The output is the same whatever N.")
@click.option("--spans", is_flag=True, help="Also write where each mention is in its post's text (kg:Mention, about 6 triples each).")
@click.option("--progress/--no-progress", default=None, help="Show progress on standard error (default: for large inputs on a terminal).")
@click.option("--update", is_flag=True,
              help="Re-run cheaply: reuse the extraction and validation of posts unchanged since the last --update "
                   "build of this output (kept in OUTPUT.kgcache). The output is the same as a full build's.")
@click.option("--cache", metavar="FILE", help="Where --update keeps its cache (default: the output file + .kgcache).")
@_limit_options
def build(inputs, output, fmt, base, channel, shapes, gazetteer, validate, graph, jobs, spans, progress, update, cache,
          max_post_size, max_file_size, max_bad_records) -> None:
    """Build the RDF graph of what the posts in INPUT... report, validate it and summarise it.

    Writes Turtle (or --format) to -o FILE, or to standard output; the summary goes to standard
    error. The same input gives the same bytes. Exit code 1 when the graph has violations.

    \b
    Examples:
      kg build seeds/ -o seeds.ttl
      kg build result.json --format nt > channel.nt
      kg build result.json -o channel.ttl --update   # again after the channel grew: only new posts cost
    """
    from kg.builder import BuildOptions, build as run_build

    if cache and not update:
        raise click.UsageError("--cache is only used with --update")
    if update and not cache:
        if output in (None, "-"):
            raise click.UsageError("--update needs -o FILE (its cache is kept beside it) or --cache FILE")
        cache = output + ".kgcache"
    options = BuildOptions(cache=cache if update else None, fmt=fmt, base=base, channel=channel, validate=validate, shapes=shapes,
                           graph=graph, gazetteer=gazetteer, spans=spans, jobs=jobs or default_jobs(),
                           limits=_limits(max_post_size, max_file_size, max_bad_records))
    problems: list[Problem] = []
    summary = run_build(inputs, output, options, lambda posts: _with_progress(posts, inputs, progress),
                        _problem_printer(problems))
    _print_summary(summary, output)
    if summary.report and not summary.report.conforms():
        from kg.reporting import as_text

        click.echo(as_text(summary.report), err=True)
        sys.exit(1)


def _print_summary(summary, output) -> None:
    c = summary.classes
    where = output if output not in (None, "-") else "standard output"
    click.echo(f"kg build: {summary.posts} posts, {summary.triples} triples -> {where}", err=True)
    click.echo(
        f"  events {c['Event']}, people {c['Person']}, organisations {c['Organisation']}, cities {c['City']}, "
        f"countries {c['Country']}, channels {c['Channel']}, hashtags {c['Hashtag']}",
        err=True,
    )
    skipped = sum(problem.skipped for problem in summary.problems)
    if skipped:
        click.echo(f"  skipped {skipped} unreadable messages (see warnings above)", err=True)
    if summary.cache:
        counts = summary.cache
        click.echo(f"  update: {counts.reused} posts reused, {counts.extracted} extracted; "
                   f"{counts.trusted} validated by an earlier build", err=True)
        if counts.rebuilt_because and not counts.reused:
            click.echo(f"  (built in full: {counts.rebuilt_because})", err=True)
    if summary.report is None:
        click.echo("  validation: skipped (--no-validate)", err=True)
    else:
        verdict = "conforms" if summary.report.conforms() else "DOES NOT CONFORM"
        click.echo(f"  validation: {verdict} ({summary.report.violations} violations, {summary.report.warnings} warnings)", err=True)


@cli.command()
@click.argument("data", nargs=-1, required=True, metavar="DATA...")
@click.option("--shapes", "shapes", multiple=True, metavar="FILE", help="More SHACL shapes, besides kg's own (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["text", "turtle", "json"]), default="text", show_default=True,
              help="text: grouped by shape and focus node; turtle: a W3C SHACL report; json: for programs.")
@click.option("--strict", is_flag=True, help="Warnings fail too (exit 1).")
@click.option("-j", "--jobs", type=click.IntRange(1), default=None,
              help="Worker processes for pySHACL (default: the number of cores). The report is the same whatever N.")
def validate(data, shapes, fmt, strict, jobs) -> None:
    """Validate RDF files (a built graph, your own extension, or both) against kg's shapes.

    All DATA files are validated together, as one graph, against ontology/shapes.ttl plus any
    --shapes. Exit code 0 when they conform, 1 when there are violations (or warnings with
    --strict), 2 on a usage or input error.

    \b
    Examples:
      kg validate seeds.ttl
      kg validate seeds.ttl my-extension.ttl --shapes my-shapes.ttl
    """
    from kg import reporting
    from kg.store import load_files
    from kg.validation import load_shapes, validate_store

    store = load_files(data)
    report = validate_store(store, load_shapes(shapes), jobs=jobs or default_jobs())
    render = {"text": reporting.as_text, "turtle": reporting.as_turtle, "json": reporting.as_json}[fmt]
    click.echo(render(report, strict))
    if not report.conforms(strict):
        sys.exit(1)


@cli.command()
@click.argument("graph", nargs=-1, required=True, metavar="GRAPH...")
@click.option("--gold", required=True, metavar="FILE", help="Hand-annotated gold file (JSON), e.g. tests/data/gold/seeds.json.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="table for people, json for programs.")
def score(graph, gold, fmt) -> None:
    """Score a built graph against a gold file, field by field: precision, recall, F1.

    Posts are matched by file and first line (text copies) or message id (exports); an entity
    matches a gold name when the name is one of its labels or alternative labels.

    \b
    Example:
      kg build seeds/ -o seeds.ttl && kg score seeds.ttl --gold tests/data/gold/seeds.json
    """
    from kg.score import as_table, score as run_score

    scores = run_score(list(graph), gold)
    if fmt == "json":
        click.echo(json.dumps({s.field: {"precision": s.precision, "recall": s.recall, "f1": s.f1, "gold": s.gold,
                                         "found": s.predicted} for s in scores}, indent=2))
    else:
        click.echo(as_table(scores))


@cli.command()
@click.argument("graphs", nargs=-1, required=True, metavar="GRAPH...")
@click.option("--store", "store_dir", metavar="DIR", help="Load into the embedded Oxigraph store in DIR (created if missing).")
@click.option("--endpoint", metavar="URL", help="Load into a SPARQL 1.1 server (its query/update endpoint).")
@click.option("--gsp", metavar="URL", help="The server's Graph Store Protocol endpoint, if not at --endpoint.")
@click.option("--graph", metavar="IRI", help="The named graph to replace (default: https://w3id.org/tgkg/id/graph).")
def load(graphs, store_dir, endpoint, gsp, graph) -> None:
    """Load built graphs into a triplestore, replacing its graph: an embedded store or a server.

    --store DIR: a persistent Oxigraph store, with the ontology in its own named graph beside the
    data; loading again replaces the graph atomically (same input, same triples). --endpoint URL:
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
    target = graph or DEFAULT_DATA_GRAPH
    if store_dir:
        result = load_into_store(graphs, store_dir, target)
        click.echo(f"kg load: {result.triples} triples into <{result.graph}> in {store_dir} (ontology beside it)", err=True)
    else:
        from kg.endpoint import Endpoint
        from kg.paths import ontology_file
        from kg.store import ONTOLOGY_GRAPH

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
              help="With --endpoint: the graphs to query as the default graph (default: kg's data graph and ontology graph).")
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
    stored = queries.find(name)
    text = queries.bind(stored, _parse_params(params))
    if endpoint:
        from kg.endpoint import Endpoint
        from kg.store import DEFAULT_DATA_GRAPH, ONTOLOGY_GRAPH

        default_graphs = list(graphs) or [DEFAULT_DATA_GRAPH, ONTOLOGY_GRAPH]
        answer = Endpoint.from_env(endpoint, default_graphs=default_graphs).answer(text, fmt)
    else:
        from kg.sparql import LocalSource

        source = LocalSource.from_files(list(data)) if data else LocalSource.from_store(store_dir)
        answer = source.answer(text, fmt)
    sys.stdout.buffer.write(answer if answer.endswith(b"\n") else answer + b"\n")


@cli.command()
@click.option("--data", "data", multiple=True, metavar="FILE", help="Report on these RDF files (repeatable).")
@click.option("--store", "store_dir", metavar="DIR", help="Report on the embedded store kg load made in DIR.")
@click.option("--endpoint", metavar="URL", help="Report on a SPARQL 1.1 endpoint (credentials from KG_SPARQL_USER/KG_SPARQL_PASSWORD).")
@click.option("--graph", "graphs", multiple=True, metavar="IRI",
              help="With --endpoint: the graphs to query as the default graph (default: kg's data graph and ontology graph).")
@click.option("-o", "--output", required=True, metavar="FILE", help="Write the HTML page here (atomically); its directory must exist.")
@click.option("--title", metavar="TEXT", help="The page's title (default: \"Knowledge graph report\").")
@click.option("--generated", metavar="TEXT",
              help="A date or note to show as when the report was made; none by default, so the same graph gives the same bytes.")
@click.option("--top", type=click.IntRange(1, 200), default=20, show_default=True,
              help="How many organisations, hashtags and places each top list shows.")
@click.option("--max-people", type=click.IntRange(2, 2000), default=150, show_default=True,
              help="The network shows at most this many people, the most connected.")
def report(data, store_dir, endpoint, graphs, output, title, generated, top, max_people) -> None:
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
    summary = write_report(output, data=list(data), store=store_dir, endpoint=endpoint, graphs=list(graphs),
                           title=title, generated=generated, top=top, max_people=max_people)
    click.echo(f"kg report: {summary.events} events, network of {summary.people} people and {summary.links} links "
               f"-> {summary.path} ({summary.bytes / 1e6:.1f} MB, {summary.seconds:.1f} s)", err=True)


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``kg`` console script."""
    try:
        cli.main(args=argv, prog_name="kg")
    except BrokenPipeError:  # `kg posts … | head`
        sys.stderr.close()
        sys.exit(0)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
