"""The hand-edited tables of ``kg/data/`` (tab-separated, ``#`` comments, a header row)."""
from __future__ import annotations

from importlib import resources
from typing import Iterator


def tsv_rows(name: str) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) for each data row of ``kg/data/<name>``; a row of the wrong width is an error."""
    text = resources.files("kg.data").joinpath(name).read_text(encoding="utf-8")
    header = None
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        if len(cells) != len(header):
            raise ValueError(f"kg/data/{name}:{number}: expected {len(header)} tab-separated columns, got {len(cells)}")
        yield number, dict(zip(header, cells))
