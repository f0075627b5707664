"""Train the timeline date scorer (``newsgraph/data/tls_date_weights.json``) on the Timeline17 development topics.

The scorer is a weighted sum of seven scaled per-date counts (``newsgraph.timelines.daterank``) followed by a
greedy pick with a spacing penalty. Training is an exhaustive search, deterministic and CPU-cheap: every weight in
{0, 0.5, 1} and five spacing settings, keeping the setting with the best mean date F1 over the training timelines
(each problem set up as in ``bench/tls.py``: articles within the gold timeline's dates, l = its number of dates).
Ties go to the earlier setting in the search order.

Leave-one-topic-out: for each of the 5 topics the search is rerun on the other 4 (the timelines of one topic stay
together) and the held-out topic's date F1 recorded; these fold models go to ``bench/results/tls_folds.json`` so that
``bench/tls.py`` scores each timeline with the model that never saw its topic. The shipped weights come from the
search on all 9 timelines.

    .venv/bin/python bench/tls_train.py [--cache /tmp/tls_cols.pkl]
"""

from __future__ import annotations

import argparse
import itertools
import json
import pickle
import sys
from pathlib import Path

import numpy as np

from _report import RESULTS
from tls import TLS, gold_timelines, read_articles

from newsgraph.resources import data_path
from newsgraph.timelines import collect
from newsgraph.timelines.daterank import FEATURES, DateModel, rank_dates
from newsgraph.timelines.summarize import candidate_dates

LEVELS = (0.0, 0.5, 1.0)
SPACING = ((0, 0.0), (1, 0.1), (1, 0.2), (2, 0.1), (3, 0.1))


def topic(folder: str) -> str:
    return folder.split("_")[0]


def problems(cache: Path | None) -> list[dict]:
    """One problem per gold timeline: its candidate dates, their counts, l and the gold dates."""
    if cache and cache.exists():
        return pickle.loads(cache.read_bytes())
    found = []
    for folder in sorted(p.name for p in TLS.iterdir() if p.is_dir()):
        for name, ref in gold_timelines(TLS / folder):
            gold = sorted(ref.get_dates())
            col = collect(read_articles(TLS / folder), start=gold[0], end=gold[-1])
            dates, raw = candidate_dates(col, gold[0], gold[-1])
            found.append({"folder": folder, "timeline": name, "l": len(gold), "gold": set(gold), "dates": dates, "raw": raw})
            print(folder, name, len(dates), "candidate dates", file=sys.stderr)
    if cache:
        cache.write_bytes(pickle.dumps(found))
    return found


def date_f1(model: DateModel, p: dict) -> float:
    chosen = [d for d, _ in itertools.islice(rank_dates(p["dates"], p["raw"], model), p["l"])]
    hit = len(set(chosen) & p["gold"])
    return 2 * hit / (len(chosen) + len(p["gold"])) if hit else 0.0


def search(probs: list[dict]) -> tuple[list[DateModel], np.ndarray]:
    """Every model of the grid and its date F1 on each problem."""
    models = [DateModel(w, gap, pen) for gap, pen in SPACING for w in itertools.product(LEVELS, repeat=len(FEATURES))]
    scores = np.array([[date_f1(m, p) for p in probs] for m in models])
    return models, scores


def as_json(model: DateModel) -> dict:
    return {"weights": dict(zip(FEATURES, model.weights)), "gap_days": model.gap_days, "gap_penalty": model.gap_penalty}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", type=Path, help="pickle of the problems' counts (saves re-reading the articles)")
    args = ap.parse_args()
    probs = problems(args.cache)
    models, scores = search(probs)
    folds, held_out = {}, {}
    for t in sorted({topic(p["folder"]) for p in probs}):
        train = [i for i, p in enumerate(probs) if topic(p["folder"]) != t]
        best = int(np.argmax(scores[:, train].mean(axis=1)))
        folds[t] = {**as_json(models[best]), "train_date_f1": round(float(scores[best, train].mean()), 4)}
        for i, p in enumerate(probs):
            if topic(p["folder"]) == t:
                held_out[f"{p['folder']}/{p['timeline']}"] = round(float(scores[best, i]), 4)
    best = int(np.argmax(scores.mean(axis=1)))
    cv_mean = round(float(np.mean(list(held_out.values()))), 4)
    shipped = {**as_json(models[best]), "trained": (
        "bench/tls_train.py: exhaustive search (weights in {0, 0.5, 1}, 5 spacing settings) for the best mean date F1 "
        "over the 9 gold timelines of the Timeline17 development topics in ../shared/bench/tls (derived from Timeline17, "
        "L3S, research data; no article text is stored here). In-sample mean date F1 "
        f"{scores[best].mean():.4f}; leave-one-topic-out mean date F1 {cv_mean}."),
        "features": "see newsgraph.timelines.daterank: each count scaled log1p(x)/log1p(max x) over the stream's candidate dates"}
    data_path("tls_date_weights.json").write_text(json.dumps(shipped, indent=2) + "\n", encoding="utf-8")
    (RESULTS / "tls_folds.json").write_text(json.dumps(
        {"folds": folds, "held_out_date_f1": held_out, "held_out_mean": cv_mean,
         "in_sample_mean": round(float(scores[best].mean()), 4)}, indent=2) + "\n")
    print(json.dumps({"shipped": as_json(models[best]), "held_out": held_out, "cv_mean": cv_mean}, indent=1))


if __name__ == "__main__":
    main()
