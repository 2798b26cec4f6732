"""Where kg's own data files are: ``ontology/`` and ``queries/`` at the top of a checkout, or inside
the installed package (``kg/_ontology``, ``kg/_queries``) where pip put them."""
from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _folder(top: str, packaged: str) -> Path:
    checkout = _PACKAGE.parent / top
    if (checkout / ".").is_dir() and any(checkout.iterdir()):
        return checkout
    return _PACKAGE / packaged


def ontology_dir() -> Path:
    return _folder("ontology", "_ontology")


def queries_dir() -> Path:
    return _folder("queries", "_queries")


def ontology_file(name: str) -> Path:
    return ontology_dir() / name
