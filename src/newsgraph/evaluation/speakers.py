"""Score direct quotes and their canonical speakers against a hand-made gold set.

Gold (``tests/fixtures/quotes_news_speakers.json``): per article, quotes with ``start``/``end`` (the
content inside the marks; the hull for an interrupted quote), ``type`` (``direct``, or ``mixed`` for
a quoted fragment inside reported speech, which is not scored), and ``speaker``: ``{"name", "aliases"}``
where ``name`` is None when the article does not name the speaker (then ``aliases`` may list the
descriptions that also count, e.g. "Western diplomat").

Rules: a prediction matches a gold quote when at least half of the shorter content span is shared
(PolNeAR, :func:`~newsgraph.evaluation.matching.spans_overlap_enough`). Predictions scored: type
``direct``, and ``mixed`` ones that match a gold direct quote; one that matches only a gold ``mixed``
quote is neither right nor a false positive. The canonical speaker is right when the predicted
speaker actor's name equals the gold name or an alias (:func:`~newsgraph.evaluation.matching.fold`:
case, accents, leading 'the', possessive 's), or both are null.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from . import prf
from .matching import fold, spans_overlap_enough


class SpeakerPred(NamedTuple):
    """A predicted quote as this scorer sees it: content hull, type and canonical speaker name."""

    start: int
    end: int
    type: str
    speaker: str | None


def _key(name: str) -> str:
    """``fold`` and a leading indefinite article: 'A senior Iranian diplomat' ~ 'senior Iranian diplomat'."""
    return re.sub(r"^an?\s+", "", fold(name))


def speaker_right(predicted: str | None, gold: dict | None) -> bool:
    """The predicted canonical name is the gold speaker (name or alias), or both are unknown."""
    name = (gold or {}).get("name")
    names = {_key(n) for n in [name, *(gold or {}).get("aliases", [])] if n}
    if predicted is None or not _key(predicted):
        return name is None
    return _key(predicted) in names


def _matches(text: str, pred: SpeakerPred, gold: dict) -> bool:
    return spans_overlap_enough((pred.start, pred.end), (gold["start"], gold["end"]), text)


def score_article(text: str, preds: list[SpeakerPred], golds: list[dict]) -> dict:
    """Matched counts for one article, and its errors (each with the gold and predicted speaker)."""
    direct = [g for g in golds if g["type"] == "direct"]
    mixed = [g for g in golds if g["type"] != "direct"]
    counts = dict.fromkeys(("pred", "pred_tp", "pred_tp_spk", "gold", "gold_tp", "gold_tp_spk"), 0)
    errors: list[dict] = []
    scored = []
    for p in preds:
        hits = [g for g in direct if _matches(text, p, g)]
        if p.type not in ("direct", "mixed") or (p.type == "mixed" and not hits):
            continue
        if not hits and any(_matches(text, p, g) for g in mixed):
            continue
        scored.append((p, hits))
        counts["pred"] += 1
        counts["pred_tp"] += bool(hits)
        counts["pred_tp_spk"] += any(speaker_right(p.speaker, g["speaker"]) for g in hits)
        if not hits:
            errors.append({"class": "spurious quote", "excerpt": text[p.start:p.end][:40],
                           "start": p.start, "gold_speaker": None, "predicted_speaker": p.speaker})
    for g in direct:
        matched = [p for p, hits in scored if any(h is g for h in hits)]
        right = [p for p in matched if speaker_right(p.speaker, g["speaker"])]
        counts["gold"] += 1
        counts["gold_tp"] += bool(matched)
        counts["gold_tp_spk"] += bool(right)
        if matched and right:
            continue
        gold_name = g["speaker"].get("name") or g["speaker"].get("anonymous")
        said = [p.speaker for p in matched]
        if not matched:
            cls = "missed quote"
        elif all(s is None for s in said):
            cls = "speaker abstained (null)"
        elif g["speaker"].get("name") is None:
            cls = "anonymous speaker given a name"
        else:
            cls = "wrong speaker"
        errors.append({"class": cls, "excerpt": g["excerpt"], "start": g["start"], "gold_speaker": gold_name,
                       "predicted_speaker": said[0] if len(said) == 1 else (said or None)})
    return {"counts": counts, "errors": errors}


def totals(per_article: list[dict]) -> dict:
    """P/R/F1 of quote detection and of quote + canonical speaker over all articles."""
    c = dict.fromkeys(per_article[0]["counts"] if per_article else (), 0)
    for art in per_article:
        for k, v in art["counts"].items():
            c[k] += v
    if not c:
        return {}
    return {"quotes": prf(c["pred_tp"], c["pred"], c["gold_tp"], c["gold"]),
            "quotes_speaker": prf(c["pred_tp_spk"], c["pred"], c["gold_tp_spk"], c["gold"])}
