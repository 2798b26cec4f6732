"""Real lines to test text scans on: every non-empty line of seeds/ and of the held-out channels'
exports (tests/data/heldout*/), as posts write them."""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def real_lines() -> list[str]:
    lines = [line.strip() for path in sorted((ROOT / "seeds").glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for export in sorted((ROOT / "tests" / "data").glob("heldout*/*/result.json")):
        for message in json.loads(export.read_text(encoding="utf-8"))["messages"]:
            text = message["text"] if isinstance(message["text"], str) else "".join(
                p if isinstance(p, str) else p["text"] for p in message["text"])
            lines += [line for line in text.split("\n") if line.strip()]
    return lines
