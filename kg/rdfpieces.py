"""Large RDF files cut into pieces that parse on their own, for pyoxigraph's bulk loader: it takes
the file a piece at a time (its memory bounded by the piece, where a whole file of 3.2 million
triples takes it 1.6 GB) and no Python object is made for each triple, as when kg parses the file
and hands the loader its triples in chunks (see :mod:`kg.store`).

A file is cut only where a cut cannot fall inside a statement:

- N-Triples and N-Quads: one statement a line, so after any line.
- Turtle: after a line that ends a statement: its last characters are " ." and it has no "#" (which
  could start a comment: "ex:a ex:p ex:o ; # see ex:b ."). The directives read so far (``@prefix``,
  ``@base``, ``PREFIX``, ``BASE``, each on a line of its own) go in front of each piece. A file with
  a long string (three quotes, whose lines may read like anything) is not cut, nor one whose
  directives are not one to a line.
- No file with a labelled blank node (``_:b1``): the bulk loader names blank nodes afresh at each
  call, so a node named in two pieces would become two nodes.

Any other file is left whole (:func:`cuttable` says no) and kg parses it as before.
"""
from __future__ import annotations

import re
from typing import Iterator

import pyoxigraph as ox

PIECE_BYTES = 4 << 20
"""About the bytes of a piece: some 50,000 triples of kg's Turtle, what the loader was handed at a
time before (:data:`kg.store.LOAD_CHUNK`)."""

_LINE_FORMATS = (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS)
# (each pattern starts with a literal, which the regex engine looks for fast: a scan of 240 MB
# with (?im)^ took 1.7 s, with a leading line break 0.2 s; the three searches 0.09 s each, where
# `b"_:" in data` took 0.5 s)
_DIRECTIVE = re.compile(rb"\n[ \t]*(?:@prefix|@base|[Pp][Rr][Ee][Ff][Ii][Xx]|[Bb][Aa][Ss][Ee])(?![\w:-])[^\n]*")
_BLANK_LABEL, _LONG_STRINGS = re.compile(rb"_:"), (re.compile(rb'"""'), re.compile(rb"'''"))
_ONE_LINE_DIRECTIVE = re.compile(
    rb"(?i)[ \t]*(?:@prefix[ \t]+[^\s<]*:[ \t]*<[^>\s]*>[ \t]*\.|@base[ \t]*<[^>\s]*>[ \t]*\."
    rb"|prefix[ \t]+[^\s<]*:[ \t]*<[^>\s]*>|base[ \t]*<[^>\s]*>)[ \t]*\r?")


def cuttable(path: str, fmt: ox.RdfFormat) -> bool:
    """Whether :func:`pieces` may cut this file (a reading of the file and four scans in C: about
    0.5 s for 240 MB)."""
    if fmt not in _LINE_FORMATS and fmt != ox.RdfFormat.TURTLE:
        return False
    for block in _blocks(path):
        if _BLANK_LABEL.search(block):
            return False
        if fmt == ox.RdfFormat.TURTLE:
            if any(long.search(block) for long in _LONG_STRINGS):
                return False
            if not all(_ONE_LINE_DIRECTIVE.fullmatch(line) for line in _directives(block)):
                return False
    return True


def pieces(path: str, fmt: ox.RdfFormat, size: int = PIECE_BYTES) -> Iterator[tuple[bytes, int]]:
    """The pieces of a file :func:`cuttable` allows to cut, each with the directives before it in
    front (Turtle), and the number of the file's bytes it holds (they add up to the file's size)."""
    header, rest = b"", b""
    for block in _blocks(path, size):
        data = rest + block
        end = _last_cut(data, fmt)
        piece, rest = data[:end], data[end:]
        if piece:
            yield header + piece, len(piece)
            if fmt == ox.RdfFormat.TURTLE:
                header += b"".join(line + b"\n" for line in _directives(piece))
    if rest:
        yield header + rest, len(rest)


def _blocks(path: str, size: int = PIECE_BYTES) -> Iterator[bytes]:
    """The file in blocks of whole lines (the last may lack its line break)."""
    with open(path, "rb") as file:
        while block := file.read(size):
            yield block + file.readline()


def _directives(lines: bytes) -> list[bytes]:
    """The directive lines of whole lines of Turtle."""
    return [line[1:] for line in _DIRECTIVE.findall(b"\n" + lines)]


def _last_cut(data: bytes, fmt: ox.RdfFormat) -> int:
    """Where a piece of ``data`` may end: after its last line that ends a statement (0: none)."""
    newline = data.rfind(b"\n")
    if fmt in _LINE_FORMATS:
        return newline + 1
    while newline >= 0:
        start = data.rfind(b"\n", 0, newline) + 1
        line = data[start:newline].rstrip()
        if (line.endswith((b" .", b"\t.")) or line == b".") and b"#" not in line:
            return newline + 1
        newline = start - 1
    return 0
