"""Data tables shipped in ``newsgraph/data``, loaded once and cached.

Lexicons, gazetteers and mappings live as data files so they can be read, reviewed and
extended without touching code.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


def data_path(name: str):
    return resources.files("newsgraph") / "data" / name


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """A one-entry-a-line list (``#`` starts a comment), lower-cased."""
    lines = data_path(name).read_text(encoding="utf-8").splitlines()
    return frozenset(
        line.split("#", 1)[0].strip().lower() for line in lines if line.split("#", 1)[0].strip()
    )


@lru_cache(maxsize=None)
def table_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """A whitespace-separated table, one row a line (``#`` starts a comment): each row's fields."""
    lines = data_path(name).read_text(encoding="utf-8").splitlines()
    return tuple(fields for line in lines if (fields := tuple(line.split("#", 1)[0].split())))


@lru_cache(maxsize=None)
def jsonl(name: str) -> tuple[dict[str, Any], ...]:
    text = data_path(name).read_text(encoding="utf-8")
    return tuple(json.loads(line) for line in text.splitlines() if line.strip())


@lru_cache(maxsize=None)
def json_data(name: str) -> Any:
    return json.loads(data_path(name).read_text(encoding="utf-8"))
