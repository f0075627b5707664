"""B-cubed scoring of actor clusters against the hand-checked fixture (shared by tests and bench)."""

from __future__ import annotations

import json
from pathlib import Path

FIXTURE = Path(__file__).parent / "fixtures" / "actors_news.json"


def fixture_articles() -> list[dict]:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))["articles"]


def pred_clusters(nd) -> list[list[tuple[int, int]]]:
    return [[(m.start, m.end) for m in a.mentions] for a in nd.actors]


def _pair(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> dict[tuple, tuple]:
    """Predicted mention -> the gold mention it overlaps (one-to-one, most overlap first)."""
    pairs = sorted(((min(g[1], p[1]) - max(g[0], p[0]), g, p) for g in gold for p in pred
                    if min(g[1], p[1]) > max(g[0], p[0])), reverse=True)
    used_g, out = set(), {}
    for _, g, p in pairs:
        if g not in used_g and p not in out:
            used_g.add(g)
            out[p] = g
    return out


def b_cubed(gold: list[list[tuple]], pred: list[list[tuple]]) -> tuple[float, float, int]:
    """B-cubed precision and recall over the union of mentions (Bagga & Baldwin 1998; a mention
    missing on one side is a singleton there, as in Cai & Strube 2010); returns (P, R, gold mentions)."""
    mapping = _pair([m for c in gold for m in c], [m for c in pred for m in c])
    pred = [[mapping.get(m, ("pred",) + m) for m in c] for c in pred]
    gold_of = {m: frozenset(c) for c in gold for m in c}
    pred_of = {m: frozenset(c) for c in pred for m in c}
    mentions = set(gold_of) | set(pred_of)

    def score(a: dict, b: dict) -> float:
        return sum(len(a[m] & b.get(m, frozenset([m]))) / len(a[m]) for m in a) / max(len(a), 1)

    gold_full = {m: gold_of.get(m, frozenset([m])) for m in mentions}
    pred_full = {m: pred_of.get(m, frozenset([m])) for m in mentions}
    return score(pred_full, gold_full), score(gold_full, pred_full), len(gold_of)
