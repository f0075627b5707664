"""Score one article against a hand annotation in the seed format (``*.gold.json``).

Rules: an actor is found when a predicted actor of the same type bears one of its names
(any alias, or the surname for a person); a quote matches by the PolNeAR overlap rule
(half the shorter span); a speaker is right when the predicted speaker actor names the gold
speaker; a date when the predicted expression overlaps the gold one on its paragraph with
the same value; an event when the category matches and at least one argument (source,
target or place) names the gold one; a stance when holder and polarity match and the issues
share a content word (each gold item matched at most once).
"""

from __future__ import annotations

import json
from pathlib import Path

from ..model import Record
from . import prf
from .matching import issue_words, same_actor, spans_overlap_enough


def evaluate_seed(gold_path: Path) -> dict:
    from ..pipeline import get_pipeline

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (gold_path.parent / gold["article"]).read_text(encoding="utf-8")
    record = get_pipeline().extract(text, pub_date=gold.get("pub_date"))
    return score_record(record, gold, text)


def score_record(record: Record, gold: dict, text: str) -> dict:
    actors = {a["name"]: a for a in gold["actors"]}
    return {
        "article": gold["article"],
        "actors": _score_actors(record, gold["actors"]),
        "quotes": _score_quotes(record, gold, actors, text),
        "times": _score_times(record, gold["dates"], text),
        "events": _score_events(record, gold["events"], actors),
        "stances": _score_stances(record, gold["stances"], actors),
        "disagreements": _score_disagreements(record, gold["stances"], actors),
        "dateline": {"gold": gold.get("dateline"), "pred": record.article.dateline.place if record.article.dateline else None},
    }


def _names(record: Record, actor_id: str | None) -> list[str]:
    actor = record.actor(actor_id)
    if actor is None:
        return []
    return [actor.name, *(m.text for m in actor.mentions)]


def _is_person(record: Record, actor_id: str | None) -> bool:
    actor = record.actor(actor_id)
    return bool(actor and actor.type == "PERSON")


def _names_gold(record: Record, actor_id: str | None, gold_actor: dict | None) -> bool:
    return gold_actor is not None and same_actor(_names(record, actor_id), gold_actor, _is_person(record, actor_id))


def _score_actors(record: Record, gold_actors: list[dict]) -> dict:
    found = typed = 0
    missing = []
    for g in gold_actors:
        hits = [a for a in record.actors if _names_gold(record, a.id, g)]
        found += bool(hits)
        ok = any(a.type == g["type"] for a in hits)
        typed += ok
        if not ok:
            missing.append(f"{g['name']} ({g['type']}; got {sorted({a.type for a in hits}) or 'nothing'})")
    matched_pred = sum(any(_names_gold(record, a.id, g) for g in gold_actors) for a in record.actors)
    return {
        "found": found, "found_with_type": typed, "gold": len(gold_actors),
        "predicted": len(record.actors), "predicted_matching_gold": matched_pred, "missing_or_mistyped": missing,
    }


def _offsets(text: str, quote: dict) -> tuple[int, int]:
    start = text.find(quote["text"])
    return start, start + len(quote["text"])


def _score_quotes(record: Record, gold: dict, actors: dict, text: str) -> dict:
    out = {}
    optional = [_offsets(text, q) for q in gold.get("optional_quotes", [])]
    for label, wanted in (("direct", {"direct"}), ("all", {"direct", "indirect", "mixed"})):
        golds = [q for q in gold["quotes"] if q["type"] in wanted]
        preds = [q for q in record.quotes if label == "all" or q.type == "direct"]
        others = [_offsets(text, q) for q in gold["quotes"] if q["type"] not in wanted] + optional
        found = speaker_ok = 0
        misses = []
        for g in golds:
            span = _offsets(text, g)
            hits = [p for p in preds if spans_overlap_enough((p.start, p.end), span, text)]
            found += bool(hits)
            right = any(_names_gold(record, p.speaker, actors.get(g["speaker"])) for p in hits)
            speaker_ok += right
            if not right:
                misses.append(g["text"][:60])
        pred_ok = [p for p in preds if any(spans_overlap_enough((p.start, p.end), _offsets(text, g), text) for g in golds)]
        spurious = [p for p in preds if p not in pred_ok and not any(spans_overlap_enough((p.start, p.end), o, text) for o in others)]
        n_pred = len(pred_ok) + len(spurious)
        out[label] = prf(len(pred_ok), n_pred, found, len(golds))
        out[label + "_speaker"] = prf(
            sum(any(spans_overlap_enough((p.start, p.end), _offsets(text, g), text)
                    and _names_gold(record, p.speaker, actors.get(g["speaker"])) for g in golds) for p in pred_ok),
            n_pred, speaker_ok, len(golds))
        out[label]["found"] = f"{found}/{len(golds)}"
        out[label + "_speaker"]["right"] = f"{speaker_ok}/{len(golds)}"
        out[label + "_speaker"]["wrong_or_missing"] = misses
    return out


def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
    bounds, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            bounds.append((pos, pos + len(line)))
        pos += len(line) + 1
    return bounds


def _score_times(record: Record, gold_dates: list[dict], text: str) -> dict:
    paragraphs = _paragraph_bounds(text)
    used: set[str] = set()
    right, found, wrong = 0, 0, []
    for g in gold_dates:
        lo, hi = paragraphs[g["paragraph"]]
        para = text[lo:hi]
        at = para.find(g["text"])
        while at >= 0:
            start, end = lo + at, lo + at + len(g["text"])
            hits = [t for t in record.times if t.id not in used and t.start < end and start < t.end]
            if hits:
                break
            at = para.find(g["text"], at + 1)
        if not hits:
            wrong.append(f"{g['text']} (missed)")
            continue
        found += 1
        hit = next((t for t in hits if t.value == g["value"]), hits[0])
        used.add(hit.id)
        if hit.value == g["value"]:
            right += 1
        else:
            wrong.append(f"{g['text']}: {hit.value} != {g['value']}")
    return {"right_value": f"{right}/{len(gold_dates)}", "found": f"{found}/{len(gold_dates)}",
            "predicted": len(record.times), "errors": wrong}


def _score_events(record: Record, gold_events: list[dict], actors: dict) -> dict:
    right, category_only, misses = 0, 0, []
    for g in gold_events:
        same_cat = [e for e in record.events if e.category == g["plover"] and not e.negated]
        category_only += bool(same_cat)

        def arg_ok(e) -> bool:
            pairs = [(e.source, g.get("source")), (e.target, g.get("target")), ([e.place] if e.place else [], g.get("where"))]
            return any(_names_gold(record, a, actors.get(name)) for ids, name in pairs if name for a in ids)

        ok = any(arg_ok(e) for e in same_cat)
        right += ok
        if not ok:
            misses.append(f"{g['plover']}: {g['summary']}")
    return {"right": f"{right}/{len(gold_events)}", "category_only": f"{category_only}/{len(gold_events)}",
            "predicted": len(record.events), "missed": misses}


def _match_stances(record: Record, gold_stances: list[dict], actors: dict) -> list[tuple[dict, object]]:
    pairs, used = [], set()
    for g in gold_stances:
        want = issue_words(g["issue"])
        best, best_overlap = None, 0
        for s in record.stances:
            if s.id in used or s.polarity != g["polarity"]:
                continue
            if not _names_gold(record, s.holder, actors.get(g["holder"])):
                continue
            overlap = len(want & issue_words(s.issue))
            if overlap > best_overlap:
                best, best_overlap = s, overlap
        if best is not None:
            used.add(best.id)
            pairs.append((g, best))
    return pairs


def _score_stances(record: Record, gold_stances: list[dict], actors: dict) -> dict:
    pairs = _match_stances(record, gold_stances, actors)
    matched = {id(g) for g, _ in pairs}
    return {
        **prf(len(pairs), len(record.stances), len(pairs), len(gold_stances)),
        "right": f"{len(pairs)}/{len(gold_stances)}",
        "missed": [f"{g['holder']} {g['polarity']} {g['issue']}" for g in gold_stances if id(g) not in matched],
    }


def _score_disagreements(record: Record, gold_stances: list[dict], actors: dict) -> dict:
    by_issue: dict[str, dict[str, list[str]]] = {}
    for g in gold_stances:
        by_issue.setdefault(g["issue"], {"support": [], "oppose": []})[g["polarity"]].append(g["holder"])
    gold = {k: v for k, v in by_issue.items() if v["support"] and v["oppose"]}
    found = []
    for issue, sides in gold.items():
        want = issue_words(issue)
        for d in record.disagreements:
            if not want & issue_words(d.issue):
                continue
            pro = any(_names_gold(record, a, actors.get(h)) for a in d.supporters for h in sides["support"])
            con = any(_names_gold(record, a, actors.get(h)) for a in d.opponents for h in sides["oppose"])
            if pro and con:
                found.append(issue)
                break
    return {"found": f"{len(found)}/{len(gold)}", "gold": sorted(gold), "matched": found,
            "predicted": len(record.disagreements)}
