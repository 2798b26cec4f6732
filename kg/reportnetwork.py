"""Which people and links the network of ``kg report`` draws: a readable picture of who met whom,
whatever the size of the graph (``--max-people``, :data:`LINKS_PER_PERSON`)."""
from __future__ import annotations

import heapq
from collections import defaultdict
from typing import Iterable

LINKS_PER_PERSON = 3  # the network draws at most this many links a person (the strongest)


def linked_people(by_weight: list[str], pairs: Iterable[tuple[str, str]], most: int) -> set[str]:
    """The ``most`` people of the network to draw: by weight, each linked to one already chosen
    where any is (the most connected person first, then the heaviest of their neighbours, and so
    on, a component at a time), so that a small network keeps its links: the two heaviest people
    need not have met each other."""
    rank = {iri: i for i, iri in enumerate(by_weight)}
    neighbours: dict[str, set[str]] = defaultdict(set)
    for a, b in pairs:
        neighbours[a].add(b)
        neighbours[b].add(a)
    chosen: set[str] = set()
    candidates: list[int] = []
    for seed in by_weight:
        if len(chosen) >= most:
            break
        if seed in chosen:
            continue
        heapq.heappush(candidates, rank[seed])
        while candidates and len(chosen) < most:
            iri = by_weight[heapq.heappop(candidates)]
            if iri not in chosen:
                chosen.add(iri)
                for other in neighbours[iri] - chosen:
                    heapq.heappush(candidates, rank[other])
        candidates.clear()
    return chosen


def strongest(pairs: dict[tuple[str, str], list[int]], chosen: set[str]) -> list[tuple[tuple[str, str], list[int]]]:
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
