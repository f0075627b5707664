"""Scoring newsgraph against gold annotations (seed JSON, PolNeAR, PLOVER GSR).

Each evaluator feeds the pipeline the article text (and publication date) only and compares
the resulting record with the gold afterwards, so reading the gold cannot raise a score.
"""

from __future__ import annotations

import json
from pathlib import Path


def detect_kind(path: Path) -> str:
    if path.name.endswith(".gold.json"):
        return "seed"
    with path.open(encoding="utf-8") as handle:
        first = json.loads(handle.readline())
    if "attributions" in first:
        return "polnear"
    if "plover2" in first or "event" in first:
        return "plover"
    raise ValueError(f"cannot tell the gold format of {path}; pass --kind")


def evaluate_file(path: Path, *, kind: str | None = None, limit: int | None = None) -> dict:
    kind = kind or detect_kind(path)
    if kind == "seed":
        from .seed import evaluate_seed

        return evaluate_seed(path)
    if kind == "polnear":
        from .polnear import evaluate_polnear

        return evaluate_polnear(path, limit=limit)
    if kind == "plover":
        from .plover import evaluate_plover

        return evaluate_plover(path, limit=limit)
    raise ValueError(f"unknown gold kind {kind!r}")


def prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> dict:
    """Precision, recall and F1 from matched counts on each side."""
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "n_pred": n_pred, "n_gold": n_gold}
