"""Score quotes against PolNeAR attributions (``../shared/bench/quotes/polnear_*.jsonl``).

Rules (the PolNeAR convention): a predicted quote matches a gold attribution when at least
half of the shorter content span, ignoring spaces and quotation marks, is shared
(:func:`~newsgraph.evaluation.matching.spans_overlap_enough`); the speaker is right when the
predicted ``speaker_mention`` overlaps the gold source span, or both are absent.
Four views: direct quotes (gold type ``direct``; a prediction hitting a ``mixed`` gold is
neither right nor a false positive), direct + speaker, all attributions, all + speaker.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from itertools import islice
from pathlib import Path
from typing import NamedTuple

from . import prf
from .matching import spans_overlap_enough


class Pred(NamedTuple):
    """A prediction as the scorer sees it: content hull, type, speaker mention or None."""

    start: int
    end: int
    type: str
    mention: tuple[int, int] | None


def load_articles(path: Path, limit: int | None = None) -> list[dict]:
    with Path(path).open(encoding="utf-8") as handle:
        rows = (json.loads(line) for line in handle if line.strip())
        return list(islice(rows, limit))


def predict(articles: list[dict], docs: Iterable | None = None) -> list[list[Pred]]:
    """Run the pipeline up to the quotes stage on each text (``docs``: parses to reuse)."""
    from ..document import NewsDoc
    from ..model import ArticleInfo
    from ..pipeline import get_pipeline, run_stages

    nlp = get_pipeline().nlp
    docs = docs if docs is not None else nlp.pipe(a["text"] for a in articles)
    out = []
    for art, doc in zip(articles, docs):
        info = ArticleInfo(id=art["id"], chars=len(art["text"]), sha256="", text=art["text"])
        nd = run_stages(NewsDoc(text=art["text"], doc=doc, info=info), until="quotes")
        out.append([_pred(q) for q in nd.quotes])
    return out


def _pred(q) -> Pred:
    m = q.speaker_mention
    return Pred(q.start, q.end, q.type, (m.start, m.end) if m else None)


def _speaker_ok(pred: Pred, gold: dict) -> bool:
    sources = gold.get("source_fragments") or ([gold["source"]] if gold.get("source") else [])
    if pred.mention is None or not sources:
        return pred.mention is None and not sources
    return any(pred.mention[0] < e and s < pred.mention[1] for s, e in sources)


def _view(text: str, preds: list[Pred], golds: list[dict], ignored: list[dict]) -> dict[str, int]:
    """Matched counts for one article and one view (prediction side and gold side)."""
    counts = dict.fromkeys(("pred", "pred_tp", "pred_tp_spk", "gold", "gold_tp", "gold_tp_spk"), 0)
    hits = {i: [g for g in golds if spans_overlap_enough((p.start, p.end), tuple(g["content"]), text)]
            for i, p in enumerate(preds)}
    for i, p in enumerate(preds):
        if not hits[i] and any(spans_overlap_enough((p.start, p.end), tuple(g["content"]), text) for g in ignored):
            continue
        counts["pred"] += 1
        counts["pred_tp"] += bool(hits[i])
        counts["pred_tp_spk"] += any(_speaker_ok(p, g) for g in hits[i])
    for g in golds:
        matched = [p for i, p in enumerate(preds) if any(h is g for h in hits[i])]
        counts["gold"] += 1
        counts["gold_tp"] += bool(matched)
        counts["gold_tp_spk"] += any(_speaker_ok(p, g) for p in matched)
    return counts


def score(articles: list[dict], predictions: list[list[Pred]]) -> dict:
    """P/R/F1 for the four views over all articles."""
    totals: dict[str, dict[str, int]] = {}
    for art, preds in zip(articles, predictions):
        gold = art["attributions"]
        direct = [g for g in gold if g["type"] == "direct"]
        mixed = [g for g in gold if g["type"] == "mixed"]
        views = {
            "direct": _view(art["text"], [p for p in preds if p.type == "direct"], direct, mixed),
            "all": _view(art["text"], preds, gold, []),
        }
        for name, counts in views.items():
            acc = totals.setdefault(name, dict.fromkeys(counts, 0))
            for k, v in counts.items():
                acc[k] += v
    out = {}
    for name, c in totals.items():
        out[name] = prf(c["pred_tp"], c["pred"], c["gold_tp"], c["gold"])
        out[name + "_speaker"] = prf(c["pred_tp_spk"], c["pred"], c["gold_tp_spk"], c["gold"])
    return out


def evaluate_polnear(path: Path, limit: int | None = None) -> dict:
    """Score newsgraph's quotes stage on a PolNeAR JSONL file (the first ``limit`` articles)."""
    articles = load_articles(path, limit)
    return {"file": str(path), "articles": len(articles), **score(articles, predict(articles))}
