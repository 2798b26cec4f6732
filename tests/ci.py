"""One rule for tests that need a peer engine, a server or a browser: skip where it is missing,
except on CI, where a missing peer is a failure (CI must run those tests, not skip them)."""
from __future__ import annotations

import os

import pytest


def on_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def skip_unless_ci(missing: str | None, what: str) -> None:
    """Nothing when ``missing`` is None; else skip the calling test, or fail it on CI."""
    if missing is None:
        return
    if on_ci():
        pytest.fail(f"{missing}; CI must run {what}, not skip them", pytrace=False)
    pytest.skip(missing)
