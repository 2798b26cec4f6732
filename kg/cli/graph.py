"""kg posts, kg build, kg validate, kg score: reading posts and making and checking graphs."""
from __future__ import annotations

import json
import shutil
import sys

import click

from kg.cli import cli
from kg.cli.options import input_limits, limit_options, phase_progress, problem_printer, progress_option, PostProgress
from kg.iris import DEFAULT_BASE
from kg.models import Post, Problem
from kg.parallel import default_jobs
from kg.readers import read_posts
from kg.sinks import FORMAT_NAMES
from kg.textutil import visible


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True,
              help="table: one line a post and a count; jsonl: one JSON object a post.")
@click.option("--channel", metavar="NAME", help="Name of the channel a plain-text copy was taken from.")
@progress_option
@limit_options
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
    limits = input_limits(max_post_size, max_file_size, max_bad_records)
    shown = PostProgress(inputs, progress)
    stream = shown.wrap(read_posts(inputs, problem_printer(problems), channel=channel, limits=limits, checking=shown.checking))
    count = 0
    width = shutil.get_terminal_size((120, 24)).columns
    for post in stream:
        count += 1
        if fmt == "jsonl":
            click.echo(json.dumps(post.to_json(), ensure_ascii=False))
        else:
            click.echo(_table_row(count, post, width))
    if fmt == "table":
        skipped = sum(problem.skipped for problem in problems)  # not a notice about a message kept or read twice
        click.echo(f"{count} posts" + (f", {skipped} skipped" if skipped else "") + (" (see warnings above)" if problems else ""))


def _table_row(number: int, post: Post, width: int) -> str:
    if post.message_id is not None:
        where = f"#{post.message_id}"
        if post.published:
            where += f" {post.published:%Y-%m-%d}"
    else:
        where = f"{_short(post.source)}:{post.start_line}-{post.end_line}"
    row = f"{number:>4}  {where:<26} {post.language or '--':<3}"
    room = max(20, width - len(row) - 1)
    title = visible(post.title) if post.title else "(no text)"
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
              help="Processes that extract: kg itself and N-1 workers (default: the number of cores). The output is the same whatever N.")
@click.option("--spans", is_flag=True, help="Also write where each mention is in its post's text (kg:Mention, about 6 triples each).")
@progress_option
@click.option("--update", is_flag=True,
              help="Re-run cheaply: reuse the extraction and validation of posts unchanged since the last --update "
                   "build of this output (kept in OUTPUT.kgcache). The output is the same as a full build's.")
@click.option("--cache", metavar="FILE", help="Where --update keeps its cache (default: the output file + .kgcache).")
@limit_options
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
                           limits=input_limits(max_post_size, max_file_size, max_bad_records))
    problems: list[Problem] = []
    shown = PostProgress(inputs, progress)
    summary = run_build(inputs, output, options, shown.wrap, problem_printer(problems), checking=shown.checking)
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
        from kg.reporting import counted

        verdict = "conforms" if summary.report.conforms() else "DOES NOT CONFORM"
        found = f"{counted(summary.report.violations, 'violation')}, {counted(summary.report.warnings, 'warning')}"
        click.echo(f"  validation: {verdict} ({found})", err=True)


@cli.command()
@click.argument("data", nargs=-1, required=True, metavar="DATA...")
@click.option("--shapes", "shapes", multiple=True, metavar="FILE", help="More SHACL shapes, besides kg's own (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["text", "turtle", "json"]), default="text", show_default=True,
              help="text: grouped by shape and focus node; turtle: a W3C SHACL report; json: for programs.")
@click.option("--strict", is_flag=True, help="Warnings fail too (exit 1).")
@click.option("-j", "--jobs", type=click.IntRange(1), default=None,
              help="Worker processes for pySHACL (default: the number of cores). The report is the same whatever N.")
@progress_option
def validate(data, shapes, fmt, strict, jobs, progress) -> None:
    """Validate RDF files (a built graph, your own extension, or both) against kg's shapes.

    All DATA files are validated together, as one graph, against ontology/shapes.ttl plus any
    --shapes. Exit code 0 when they conform, 1 when there are violations (or warnings with
    --strict), 2 on a usage or input error.

    \b
    Examples:
      kg validate seeds.ttl
      kg validate seeds.ttl my-extension.ttl --shapes my-shapes.ttl
    """
    import kg
    from kg import reporting

    with phase_progress(progress, data) as report_progress:
        report = kg.validate(data, shapes, jobs=jobs or default_jobs(), progress=report_progress)
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
