"""Scoring time expressions against a span-and-value gold (the fixtures in ``tests/fixtures/times_*.jsonl``).

A gold expression is found when a predicted one overlaps it, right when that prediction also
has the gold value (null for null included: a vague phrase left null is right). Precision
counts predictions overlapping some gold expression, over the annotated texts only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..model import TimeExpression


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def score(gold: Iterable[Mapping], predicted: Mapping[str, list[TimeExpression]]) -> dict:
    """Scores over gold rows ``{file, start, end, text, value}`` and predictions by file."""
    gold = list(gold)
    right = found = exact = 0
    failures: list[str] = []
    for g in gold:
        hits = [t for t in predicted.get(g["file"], []) if _overlaps(t.start, t.end, g["start"], g["end"])]
        hit = next((t for t in hits if t.value == g["value"]), hits[0] if hits else None)
        if hit is None:
            failures.append(f"{g['file']}:{g['start']} {g['text']!r} missed (gold {g['value']})")
            continue
        found += 1
        exact += (hit.start, hit.end) == (g["start"], g["end"])
        if hit.value == g["value"]:
            right += 1
        else:
            failures.append(f"{g['file']}:{g['start']} {g['text']!r} -> {hit.text!r} = {hit.value} (gold {g['value']})")
    by_file: dict[str, list[Mapping]] = {}
    for g in gold:
        by_file.setdefault(g["file"], []).append(g)
    preds = [(f, t) for f in by_file for t in predicted.get(f, [])]
    spurious = [f"{f}:{t.start} {t.text!r} = {t.value} (not in gold)" for f, t in preds
                if not any(_overlaps(t.start, t.end, g["start"], g["end"]) for g in by_file[f])]
    n = len(gold) or 1
    return {
        "gold": len(gold), "predicted": len(preds),
        "right_value": round(right / n, 3), "span_recall": round(found / n, 3),
        "span_precision": round((len(preds) - len(spurious)) / (len(preds) or 1), 3),
        "exact_span": round(exact / n, 3), "failures": failures, "spurious": spurious,
    }
