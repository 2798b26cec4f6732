"""The only module that opens pyoxigraph stores: in memory for validation, on disk for `kg load`."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

import pyoxigraph as ox

from kg.errors import InputError


def format_of(path: str) -> ox.RdfFormat:
    """The RDF format of a file, from its extension."""
    suffix = Path(path).suffix.lower().lstrip(".")
    found = ox.RdfFormat.from_extension(suffix) if suffix else None
    if found is None:
        raise InputError(
            "cannot tell its RDF format from the file name",
            where=path,
            hint="name it .ttl, .nt, .nq, .trig, .jsonld or .rdf",
        )
    return found


def load_files(paths: Sequence[str], store: ox.Store | None = None) -> ox.Store:
    """Files parsed into a store (a new in-memory one by default); syntax errors name the file."""
    store = store if store is not None else ox.Store()
    for path in paths:
        if not Path(path).is_file():
            raise InputError("no such file", where=path, hint="check the path")
        fmt = format_of(path)
        try:
            store.bulk_load(path=path, format=fmt)
        except SyntaxError as exc:
            raise InputError(f"is not valid {fmt.name}: {exc}", where=path, hint="fix the syntax at the position given") from None
        except (OSError, ValueError) as exc:
            raise InputError(f"cannot be loaded: {exc}", where=path) from None
    return store
