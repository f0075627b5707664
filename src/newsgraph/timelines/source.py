"""Articles for a timeline, read lazily from a JSONL file of ``{id, pub_date, text}`` lines."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass
class JsonlArticles:
    """Iterates the file's articles one at a time; lines that are not JSON objects are counted in ``bad_lines``."""
    path: Path
    bad_lines: int = 0

    def __len__(self) -> int:
        """Non-blank lines: the total for a progress bar, found without parsing."""
        with self.path.open("rb") as handle:
            return sum(1 for line in handle if line.strip())

    def __iter__(self) -> Iterator[dict]:
        with self.path.open(encoding="utf-8-sig") as handle:
            for line in handle:
                if not line.strip():
                    continue
                try:
                    item = json.loads(line)
                except ValueError:
                    item = None
                if isinstance(item, dict) and isinstance(item.get("text"), str):
                    yield item
                else:
                    self.bad_lines += 1
