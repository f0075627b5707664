"""Score events against PLOVER gold-standard sentences (``plover_gsr_dev.jsonl``).

Each sentence goes through the whole pipeline as a one-sentence article. Category accuracy
counts a sentence right when its gold category (``plover2``) is among the predicted
events' categories (``any``), or is the category of the most confident event (``top1``);
negated events never count. Actor agreement counts a sentence right when one of the gold
source/target codes (bare ``IGO``/``NGO`` included) is among the codes of the predicted
events' source and target actors; only sentences with coded actors count. A majority-class
baseline is computed on the same sentences. The file splits into two fixed halves by a hash of
the sentence id (:func:`half_of`): error analysis looks at the ``tuning`` half only, so the
``heldout`` half gives an estimate the actor rules were not fitted to (the event lexicon was
written with the whole file in view, so category figures are in-sample on both halves).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

from ..model import Record

#: CAMEO country codes that differ from ISO 3166 alpha-3, as the gold records use them.
_CAMEO_TO_ISO = {"ITL": "ITA", "JAP": "JPN", "ROM": "ROU", "GER": "DEU", "UK": "GBR"}
_BARE = {"IGO", "NGO", "MNC", "IMG"}


def _gold_codes(row: dict) -> set[str]:
    coded = [a for key in ("source", "target") for a in (row.get(key) or []) if isinstance(a, dict)]
    codes = {a.get("code") for a in coded if a.get("code")}
    return {_CAMEO_TO_ISO.get(c, c) for c in codes}


def half_of(sentence_id: str) -> str:
    """The fixed half a GSR sentence belongs to: ``tuning`` (looked at during error analysis) or
    ``heldout`` (never looked at), by the first byte of the SHA-1 of its id."""
    return "heldout" if hashlib.sha1(sentence_id.encode("utf-8")).digest()[0] % 2 else "tuning"


def actor_codes(record: Record, actor_id: str) -> set[str]:
    """The country codes an actor carries, with the bare class (IGO, NGO) of an organisation code.

    A bare sector code ('MIL', 'JUD') is no country and no IGO: only a code or sector that says
    IGO/NGO (Phoenix 'IGOUNO', sector 'IGO') gives the bare class."""
    actor = record.actor(actor_id)
    if actor is None:
        return set()
    out = set()
    for value in (actor.country, actor.code):
        if not value:
            continue
        out.add(value[:3])
        if value[:3] in _BARE:
            out.add(value[3:6])
    if actor.sector in _BARE:
        out.add(actor.sector)
    return out


def _predicted_codes(record: Record) -> set[str]:
    ids = {a for e in record.events if not e.negated for a in e.source + e.target}
    return {c for a in ids for c in actor_codes(record, a)}


def score_sentence(record: Record, row: dict) -> dict:
    events = [e for e in record.events if not e.negated]
    top = max(events, key=lambda e: e.confidence).category if events else None
    gold_codes = _gold_codes(row)
    return {
        "id": row["id"], "gold": row["plover2"], "predicted": sorted({e.category for e in events}), "top1": top,
        "any_ok": row["plover2"] in {e.category for e in events}, "top1_ok": top == row["plover2"],
        "has_codes": bool(gold_codes), "actor_ok": bool(gold_codes & _predicted_codes(record)),
    }


def summarise(scored: list[dict]) -> dict:
    n = len(scored)
    coded = [s for s in scored if s["has_codes"]]
    majority, majority_n = Counter(s["gold"] for s in scored).most_common(1)[0] if scored else (None, 0)
    confusion = Counter((s["gold"], s["top1"] or "none") for s in scored if not s["top1_ok"])
    return {
        "sentences": n,
        "category_any": round(sum(s["any_ok"] for s in scored) / n, 4) if n else 0.0,
        "category_top1": round(sum(s["top1_ok"] for s in scored) / n, 4) if n else 0.0,
        "actor_agreement": round(sum(s["actor_ok"] for s in coded) / len(coded), 4) if coded else 0.0,
        "sentences_with_codes": len(coded),
        "no_event": sum(not s["predicted"] for s in scored),
        "majority_class": majority,
        "majority_baseline": round(majority_n / n, 4) if n else 0.0,
        "top1_confusions": [f"{g} -> {p}: {c}" for (g, p), c in confusion.most_common(15)],
    }


def evaluate_plover(path: Path, limit: int | None = None) -> dict:
    from ..pipeline import get_pipeline

    rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()][:limit]
    records = get_pipeline().extract_many({"id": r["id"], "text": r["text"]} for r in rows)
    scored = [score_sentence(rec, row) for rec, row in zip(records, rows) if isinstance(rec, Record)]
    halves = {h: summarise([s for s in scored if half_of(s["id"]) == h]) for h in ("tuning", "heldout")}
    return {**summarise(scored), "halves": halves, "per_sentence": scored}
