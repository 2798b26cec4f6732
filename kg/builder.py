"""``kg build``: read posts, extract, map to triples, write them, and validate as they stream by.

Nothing holds the whole graph: triples are serialised as they are made, and validated a chunk of
posts at a time (:class:`kg.validation.ChunkValidator`), with the descriptions of entities that
earlier chunks introduced kept aside so that each chunk is complete. Memory grows with the number
of distinct entities, not with the number of posts.
"""
from __future__ import annotations

import contextlib
import gc
from collections import Counter, deque
from dataclasses import dataclass, field
from typing import Callable, Iterator, Sequence

import pyoxigraph as ox

from kg import iris, rdf
from kg.cache import BuildCache, Counts, post_key, triples_key
from kg.extract import Extractor, resolve_years
from kg.models import Extraction, Problem
from kg.parallel import ordered_map
from kg.readers import Limits, read_posts
from kg.sinks import atomic_output, rdf_format, write_triples
from kg.language import load_language_models
from kg.validation import ChunkValidator, Report, load_shapes

CHUNK_POSTS = 5000  # validate at most this many posts at a time...
CHUNK_TRIPLES = 10_000
"""...or this many triples. pySHACL holds about 1.5 KB a triple, in each worker and for each chunk in
flight: on the 10k export with --jobs 2, chunks of 100,000 triples took 745-754 MB for the three
processes, of 25,000 467-476 MB, of 10,000 370-372 MB, all in the same time (19-25 s, this VM's noise)."""
_CLASSES = {
    rdf.kg(name).value: name
    for name in ("Post", "Event", "Person", "Organisation", "City", "Country", "Channel", "Hashtag")
}


@dataclass
class Summary:
    """What a build made."""

    posts: int = 0
    triples: int = 0
    classes: Counter = field(default_factory=Counter)
    problems: list[Problem] = field(default_factory=list)
    report: Report | None = None
    cache: Counts | None = None
    """With ``--update``: posts reused from the cache, extracted anew, trusted as validated."""

    @property
    def violations(self) -> int:
        return self.report.violations if self.report else 0


@dataclass
class BuildOptions:
    fmt: str = "turtle"
    base: str = iris.DEFAULT_BASE
    channel: str | None = None
    validate: bool = True
    shapes: Sequence[str] = ()
    graph: str | None = None
    gazetteer: Sequence[str] = ()
    spans: bool = False
    limits: Limits = field(default_factory=Limits)
    jobs: int = 1
    cache: str | None = None
    """``--update``: the cache file of the earlier build (see :mod:`kg.cache`), or None."""


class _Collector:
    """Counts, keeps entity descriptions for later chunks, and validates chunk by chunk."""

    def __init__(self, summary: Summary, validator: ChunkValidator | None, cache: BuildCache | None = None):
        self.summary = summary
        self.validator = validator
        self.cache = cache if validator else None
        self.descriptions: dict[ox.NamedNode, list[ox.Triple]] = {}
        self.chunk: list[ox.Triple] = []
        self.chunk_posts = 0

    def add(self, triples: list[ox.Triple], post_node: ox.NamedNode, event_node: ox.NamedNode) -> None:
        self.summary.triples += len(triples)
        own = post_node.value + "#"  # the post's mention nodes, written with it
        for triple in triples:
            if triple.predicate == rdf.RDF_TYPE:
                name = _CLASSES.get(triple.object.value)
                if name:
                    self.summary.classes[name] += 1
            if self.validator and triple.subject != post_node and triple.subject != event_node and not triple.subject.value.startswith(own):
                self.descriptions.setdefault(triple.subject, []).append(triple)
        if self.cache:
            key = triples_key(triples)
            if self.cache.validated(key):
                return  # a conforming earlier build validated exactly these triples
            self.cache.note_validated(key)
        if self.validator:
            self.chunk.extend(triples)
            self.chunk_posts += 1
            if self.chunk_posts >= CHUNK_POSTS or len(self.chunk) >= CHUNK_TRIPLES:
                self.flush()

    def flush(self) -> None:
        if self.validator and self.chunk:
            self.validator.validate(self.chunk)
        self.chunk, self.chunk_posts = [], 0


def build(
    inputs: Sequence[str],
    output: str | None,
    options: BuildOptions | None = None,
    progress: Callable[[Iterator], Iterator] | None = None,
    report: Callable[[Problem], None] | None = None,
    checking: Callable[[int], None] | None = None,
) -> Summary:
    """Build the graph of ``inputs`` into ``output`` (standard output for None). ``progress`` wraps
    the posts as they are read; ``checking``: see :func:`kg.readers.read_posts`."""
    options = options or BuildOptions()
    fmt = rdf_format(options.fmt)
    minter = iris.Minter(options.base)
    if options.graph is not None:
        iris.check_iri(options.graph)
    summary = Summary()

    def on_problem(problem: Problem) -> None:
        summary.problems.append(problem)
        if report:
            report(problem)

    _use_gazetteer(options.gazetteer)
    if options.jobs > 1:
        load_language_models()  # before the workers fork: they share them
    # the gazetteer, the city index and the grammars live as long as the build: kept out of the
    # collector's full collections, which would otherwise visit all of them each time (the 10k
    # export, --jobs 1: 0.37 -> 0.18 CPU s of collections); thawed at the end
    gc.freeze()
    try:
        with _fewer_collections():
            return _build(inputs, output, options, fmt, minter, summary, on_problem, progress, checking)
    finally:
        gc.unfreeze()


def _build(inputs, output, options, fmt, minter, summary, on_problem, progress, checking) -> Summary:
    """:func:`build`'s work once the gazetteer is loaded."""
    mapper = rdf.GraphMapper(minter, spans=options.spans)
    validator = None
    collector_ref: list[_Collector] = []
    if options.validate:
        validator = ChunkValidator(load_shapes(options.shapes), outgoing=lambda node: collector_ref[0].descriptions.get(node, ()),
                                   jobs=options.jobs, only_roots=not options.cache)
    cache = BuildCache(options.cache, options.gazetteer, options.shapes, packer=_EXTRACTOR[0]) if options.cache else None
    collector = _Collector(summary, validator, cache)
    collector_ref.append(collector)

    # languages are told in the extraction stage, so that --jobs spreads that work too
    posts = read_posts(inputs, on_problem, channel=options.channel, limits=options.limits, languages=False,
                       checking=checking)
    if progress:
        posts = progress(posts)
    extractions = resolve_years(_extractions(posts, options.jobs, cache))

    def triples() -> Iterator[ox.Triple]:
        for extraction in extractions:
            summary.posts += 1
            made = mapper.triples(extraction)
            collector.add(made, made[0].subject, _event_node(made))
            yield from made

    try:
        with atomic_output(output) as out:
            write_triples(triples(), out, fmt, _prefixes(minter), options.graph or f"{minter.base}graph")
        collector.flush()
        summary.report = validator.report() if validator else None
    except BaseException:
        if cache:
            cache.discard()
        raise
    if cache:
        cache.commit(conforms=summary.report is not None and not summary.report.results)
        summary.cache = cache.counts
    return summary


def _extractions(posts: Iterator, jobs: int, cache: BuildCache | None) -> Iterator[Extraction]:
    """Each post's extraction, in order: from the cache where it has the post, else made in workers."""
    sent: deque = deque()  # (post, cache key, cached extraction or None), in input order

    def todo() -> Iterator:
        for post in posts:
            key = found = None
            if cache is not None:
                key = post_key(post)
                found = cache.extraction(key, post)
            sent.append((post, key, found))
            yield None if found else post  # only the misses travel to the workers

    # with --jobs N, the builder extracts too, whenever the workers (N - 1) leave it time
    for made in ordered_map(_extract_batch if jobs <= 1 else _extract_to_send, todo(), jobs, local=_extract_batch):
        post, key, found = sent.popleft()
        if found is None:
            made = made if type(made) is Extraction else _received(made, post)
            if cache is not None:
                cache.keep(key, made)
        yield found or made


_EXTRACTOR: list[Extractor] = []


def _use_gazetteer(files: Sequence[str]) -> None:
    """Build the extractor (and its gazetteer, cities included) before workers fork from us."""
    from kg.gazetteer import Gazetteer, default

    gazetteer = Gazetteer(files) if files else default()
    gazetteer.city("Moscow")  # loads the city index now, once, shared by forked workers
    gazetteer.country_zone("ru")  # and the cities' time zones ("today" on the channel's clock)
    _EXTRACTOR[:] = [Extractor(gazetteer)]


@contextlib.contextmanager
def _fewer_collections(threshold: int = 10_000) -> Iterator[None]:
    """Collect cycles every ``threshold`` new objects rather than Python's 700, while a build runs:
    extraction makes and drops millions of small objects that reference counting frees anyway
    (0.9 CPU s of the 10k export's build was the collector's, 0.2 s so; its peak RSS is unchanged, 200 MB:
    what a post leaves in cycles waits a little longer, not past the next collection)."""
    before = gc.get_threshold()
    gc.set_threshold(max(threshold, before[0]), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _extract_batch(posts: list) -> list[Extraction]:
    if not _EXTRACTOR:  # a worker that was not forked from the builder
        _use_gazetteer(())
    return _EXTRACTOR[0].extract_all(posts)


def _extract_to_send(posts: list) -> list:
    """In a worker: :func:`_extract_batch`, each result packed (:meth:`Extractor.pack`: without the
    post, the gazetteer's own entities as keys), to pickle a fifth as much."""
    extractor = _EXTRACTOR[0]
    return [None if made is None else extractor.pack(made) for made in _extract_batch(posts)]


def _received(sent: tuple, post) -> Extraction:
    """In the builder: an extraction a worker sent, whole again."""
    return _EXTRACTOR[0].unpack(sent, post)


def _event_node(triples: list[ox.Triple]) -> ox.NamedNode:
    reports = rdf.kg("reports")
    return next(t.object for t in triples if t.predicate == reports)


def _prefixes(minter: iris.Minter) -> dict[str, str]:
    prefixes = dict(rdf.PREFIXES)
    base = minter.base
    for kind in ("person", "org", "place", "country", "hashtag", "channel"):
        prefixes[kind] = f"{base}{kind}/"
    return prefixes
