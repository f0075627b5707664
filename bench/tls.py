"""Timeline summarisation on Timeline17 (../shared/bench/tls): newsgraph's summariser and a baseline.

Protocol (news-tls, Gholipour Ghalandari & Ifrim 2020): each gold timeline is one problem; the
input is its folder's articles published within the gold timeline's first..last date; the system
gets l = the gold's number of dates and k = round(mean sentences per date). Metrics with tilse
0.2.1: alignment-based ROUGE-1/2 F1 (many-to-one), concat ROUGE-1/2 F1, date F1; each averaged as
the mean of per-timeline F1 scores. ROUGE both with the Perl ROUGE-1.5.5 ("original") and tilse's
"reimpl" (predictions PTB-tokenised first, as the gold is). MJ's malformed "2011-04-0" entry is
dropped (37 dates). Needs ``pip install -e .[bench]`` and Debian's libxml-parser-perl.

    .venv/bin/python bench/tls.py [--reimpl-only] [--folders A,B]
"""

from __future__ import annotations

import argparse
import codecs
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from _report import RESULTS, SHARED, write_results

from newsgraph.timelines import Weights, collect, summarize
from newsgraph.timelines.collect import Collection
from newsgraph.timelines.daterank import FEATURES, DateModel

TLS = SHARED / "bench" / "tls"
METRICS = ["AR-1", "AR-2", "concat R-1", "concat R-2", "date F1"]
#: Means of the summariser before the trained date scorer (commit 3d242c3: dates by 0.3 x published + referred).
PREVIOUS = {"original": (0.1007, 0.0344, 0.3838, 0.0921, 0.4129), "reimpl": (0.0973, 0.0331, 0.3709, 0.0870, 0.4129)}


def previous_run() -> dict:
    """The last committed cross-validated figures before this version (``bench/results/tls_previous.json``)."""
    path = RESULTS / "tls_previous.json"
    return json.loads(path.read_text()) if path.exists() else {"mean": {}, "timelines": {}}


def gold_timelines(folder: Path):
    from tilse.data.timelines import Timeline

    for path in sorted((folder / "timelines").glob("*.txt")):
        tl = Timeline.from_file(codecs.open(path, "r", "utf-8"))
        tl.dates_to_summaries.pop(None, None)  # MJ's "2011-04-0": dropped, see the README
        yield path.name, tl


def read_articles(folder: Path):
    with (folder / "articles.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def baseline(col: Collection, l: int, k: int, start, end) -> dict:
    """The most-referenced dates in [start, end] (by mentions), each with the first sentences mentioning it."""
    counts = defaultdict(int)
    for s in col.sentences:
        for d in s.dates:
            if start <= d <= end:
                counts[d] += len(s.sources)
    dates = sorted(counts, key=lambda d: (-counts[d], d))[:l]
    first = {d: [] for d in dates}
    for s in sorted(col.sentences, key=lambda s: (s.pub_date, s.position)):
        for d in s.dates:
            if d in first and len(first[d]) < k:
                first[d].append(s.text)
    return first


def tokenise(text: str) -> str:
    from nltk.tokenize import TreebankWordTokenizer

    return " ".join(TreebankWordTokenizer().tokenize(text))


def score(pred: dict, ref, evaluators: dict) -> dict:
    from tilse.data.timelines import GroundTruth, Timeline

    out = {}
    for name, ev in evaluators.items():
        tl = Timeline({d: [tokenise(s) if name == "reimpl" else s for s in ss] for d, ss in pred.items()})
        gt = GroundTruth([ref])
        align = ev.evaluate_align_date_content_costs_many_to_one(tl, gt)
        concat = ev.evaluate_concat(tl, gt)
        out[name] = {"AR-1": align["rouge_1"]["f_score"], "AR-2": align["rouge_2"]["f_score"],
                     "concat R-1": concat["rouge_1"]["f_score"], "concat R-2": concat["rouge_2"]["f_score"]}
    hit = len(set(pred) & ref.get_dates())
    p, r = hit / max(1, len(pred)), hit / max(1, len(ref.get_dates()))
    for v in out.values():
        v["date F1"] = 2 * p * r / (p + r) if hit else 0.0
    return out


def fold_models() -> dict[str, DateModel]:
    """Topic -> the date model trained without that topic (``bench/tls_train.py``), for cross-validated figures."""
    folds = json.loads((RESULTS / "tls_folds.json").read_text())["folds"]
    return {t: DateModel(tuple(f["weights"][n] for n in FEATURES), f["gap_days"], f["gap_penalty"]) for t, f in folds.items()}


def run(folders: list[str], computations: list[str], weights: Weights = Weights()) -> dict:
    from tilse.evaluation.rouge import TimelineRougeEvaluator

    models = fold_models()

    evaluators = {c: TimelineRougeEvaluator(measures=["rouge_1", "rouge_2"], rouge_computation=c) for c in computations}
    rows = []
    for folder in folders:
        for name, ref in gold_timelines(TLS / folder):
            dates = sorted(ref.get_dates())
            l, k = len(dates), round(sum(len(ref[d]) for d in dates) / len(dates))
            t0 = time.perf_counter()
            col = collect(read_articles(TLS / folder), start=dates[0], end=dates[-1])
            t1 = time.perf_counter()
            model = models[folder.split("_")[0]]  # trained on the other topics only
            system = {e.date: [s.text for s in e.sentences]
                      for e in summarize(col, l, k, start=dates[0], end=dates[-1], weights=weights, date_model=model)}
            t2 = time.perf_counter()
            rows.append({
                "folder": folder, "timeline": name, "articles": col.articles, "l": l, "k": k,
                "collect_s": round(t1 - t0, 2), "summarize_s": round(t2 - t1, 2),
                "newsgraph": score(system, ref, evaluators), "baseline": score(baseline(col, l, k, dates[0], dates[-1]), ref, evaluators),
            })
            print(folder, name, {c: {m: round(v, 3) for m, v in rows[-1]["newsgraph"][c].items()} for c in computations},
                  file=sys.stderr)
    return {"timelines": rows, "mean": {sys_: {c: {m: sum(r[sys_][c][m] for r in rows) / len(rows) for m in METRICS}
                                               for c in computations} for sys_ in ("newsgraph", "baseline")}}


def spacy_ratio(folders: list[str], per_folder: int = 5) -> dict:
    """Summariser time over the bare spaCy parse time of the same sample of articles."""
    import spacy

    sample = [a for f in folders for a in list(read_articles(TLS / f))[:per_folder]]
    from newsgraph.pipeline import DEFAULT_MODEL

    nlp = spacy.load(DEFAULT_MODEL)
    t0 = time.perf_counter()
    for _ in nlp.pipe((a["text"] for a in sample), batch_size=16):
        pass
    t1 = time.perf_counter()
    summarize(collect(iter(sample)), 10, 2)
    t2 = time.perf_counter()
    return {"articles": len(sample), "spacy_s": round(t1 - t0, 2), "timeline_s": round(t2 - t1, 3),
            "ratio": round((t2 - t1) / (t1 - t0), 4)}


def negative_results() -> list[str]:
    """What was tried on these topics and did not help, measured once (2026-11-26/27), so it is not tried again blindly."""
    return [
        "**Date ranking: what did not help** (leave-one-topic-out date F1, mean over the 9 timelines; the shipped "
        "scorer: 0.446). Datewise's own features with its pointwise logistic regression: 0.428 (Datewise's published "
        "0.54 is over all 17 T17 timelines); pairwise logistic regression: 0.436–0.456; gradient boosting: 0.36–0.40; "
        "nested forward feature selection: 0.4375; features scaled within each date's neighbourhood: ≤ 0.447. Even a "
        "linear pairwise model fitted in-sample to each single timeline reaches only 0.49 (7 features) / 0.56 "
        "(19 features), so the 0.56 target is about the ceiling of count features on these timelines. The gold "
        "disagrees with itself: the three Reuters Syria timelines of the same folder, within the span both cover, score "
        "date F1 0.18 (tl2.1 vs tl2.2), 0.14 (tl2.2 vs tl2.3) and 0.65 (tl2.1 vs tl2.3) against each other; 57 of the 160 wrongly chosen dates "
        "(36%) are one day from a gold date, and they lean to neither side (measured 2026-11-27 with the fold models: 28 "
        "chosen the day after a gold date, 23 the day before), so shifting the chosen dates would not recover them. Pooling both outlets of a topic (LibyaWar cnn + reuters, SyrianCrisis bbc + "
        "reuters) as news-tls pools Timeline17 by topic, within each gold timeline's dates, with the shipped fold models "
        "(measured 2026-11-27): 0.435 instead of 0.446 (LibyaWar_cnn 0.395 -> 0.447, LibyaWar_reuters 0.500 -> 0.393, "
        "SyrianCrisis_bbc 0.154 -> 0.077, Reuters Syria 0.312/0.118/0.303 -> 0.344/0.147/0.273): more articles bring "
        "the other outlet's important dates, not this outlet's."
        " Signals that are not date references, each added as an eighth feature to the same grid search (measured "
        "2026-11-27): the extraction's events (the full pipeline over the 1,931 in-range articles, about 20 "
        "minutes): events written with that day's date, each article weighted by its topicality: 0.456 (in-sample "
        "0.486; Finan 0.692 -> 0.723, SyrianCrisis_reuters tl2.3 0.303 -> 0.364, the rest unchanged); "
        "material-conflict events of the day: 0.446; summed |Goldstein| of the day: 0.445; events told on later "
        "days: 0.419. The day's novelty (1 minus the highest TF-IDF cosine of its articles with each of the 7 days "
        "before), of that day or of the next: 0.446 (no fold gives it weight; gold days are, if anything, less "
        "novel: busy days carry a running story). Not shipped: +0.01 is two timelines gaining two dates each, and "
        "events would make the light timeline path parse every article. Forward references (measured 2026-11-28): "
        "mentions of a date in articles published before it (month and day written out, any lead or within 14 days; "
        "weekdays under 'will', 'next', 'scheduled' resolved forward) as an eighth feature: 0.443-0.446; gold and other "
        "dates have them at similar rates in 8 of the 9 timelines. The candidates hold 266 of the 300 gold dates (all of "
        "them in the two Libya and the Egypt timelines); the missing ones checked (Finan, MJ, Reuters Syria tl2.2) are "
        "named by no article within the gold range, so more date patterns would not bring them in. Coverage after the "
        "day (measured 2026-11-28): on-topic articles published the next day, or the next two days, as an eighth "
        "feature: 0.446; every fold's grid search gives it weight 0. The words of the sentences that mention a date "
        "(measured 2026-11-29): a logistic regression over them (words shared by at least three training topics, each "
        "sentence weighted by its article's topicality), min-max scaled within the stream and added to the fold's count "
        "score with a weight picked by an inner leave-one-topic-out: every fold picks weight 0, so 0.446; no weight "
        "could be chosen in advance (fixed weights 0.25-2 give 0.455-0.461 held out, 4 gives 0.420), the same with "
        "only later days' sentences (0.446; fixed weights up to 0.460).", "",
        "**Sentence selection: what did not help** (ROUGE `reimpl` AR-1, each grid's setting chosen leave-one-topic-out, "
        "held-out mean over the 9 timelines; shipped: 0.1248). Penalties for questions, openers that need the sentence "
        "before ('He', 'But'), split fragments and page furniture (clock times, 'NEW:', links), with a length prior and "
        "a penalty for lines repeated on more than two publication days: 0.1248 (best in-sample 0.1265; the repeat "
        "penalty costs LibyaWar_reuters 0.03, whose repeated background lines are gold-like); with stronger exponents "
        "on stream topicality: 0.1243; on similarity to the date's candidate centroid, with a boost for later articles' "
        "look-backs naming the date: 0.1198; a two-sided length prior around 20 words, and fewer than k sentences "
        "when the next is weak: 0.1211; density of capitalised names: 0.1248 (every fold picked none); a pairwise "
        "logistic sentence ranker trained on word overlap with the gold (12 features): 0.1031. Candidates already "
        "include later articles' sentences naming the date. One knob step moves single timelines by ±0.04 "
        "(EgyptianProtest; LibyaWar_reuters, k = 1), so these grids mostly fit noise. The candidates hold the "
        "material: picking, for the same dates, those with most word overlap with the gold gives 0.205. The hand-set "
        "`position` and `redundancy` knobs, if picked leave-one-topic-out from {0.05, 0.1, 0.2} x {0.3, 0.4, 0.5, 0.7}, "
        "give 0.1219 instead of 0.1248: the figures above are slightly optimistic on that account.", ""]


def markdown(res: dict, computations: list[str]) -> str:
    lines = ["## tls — timeline summarisation (Timeline17 development topics)", "",
             "Protocol of news-tls: one problem per gold timeline, articles restricted to its date range, "
             "l and k from it; mean of per-timeline F1. MJ's malformed `2011-04-0` entry dropped (37 dates). "
             "One folder per problem. `original` = Perl ROUGE-1.5.5 (headline); `reimpl` = tilse's Python ROUGE on "
             "PTB-tokenised predictions. **newsgraph's figures are leave-one-topic-out cross-validated**: the date scorer "
             "(`newsgraph/data/tls_date_weights.json`, trained by `bench/tls_train.py` on these Timeline17 topics) is "
             "retrained without the topic being scored (the timelines of one topic stay in one fold), and each timeline is "
             "scored with its fold's model. Each article counts for dates by its topicality "
             "(similarity to the stream's own centroid; off-topic copy in a folder counts little). The sentence ranker's "
             "knobs (`newsgraph.timelines.Weights`): `chronology` (prefer lines that open with the date) and `article_topic` "
             "were picked from a 4x3 grid by leave-one-topic-out AR-1 (reimpl; every fold picked the same setting, so the "
             "figures below are also their held-out figures); the rest were set by hand looking at these topics. "
             f"Date F1 of the shipped scorer on all 9 timelines, in-sample (trained on them): {res['in_sample_date_f1']:.4f}. "
             "Baseline: the most-mentioned dates in the window, the first sentences mentioning each.", ""]
    for c in computations:
        lines += [f"**Mean over {len(res['timelines'])} timelines, ROUGE `{c}`**", "",
                  "| system | " + " | ".join(METRICS) + " |", "|---" * (len(METRICS) + 1) + "|"]
        for sys_ in ("newsgraph", "baseline"):
            lines.append(f"| {sys_} | " + " | ".join(f"{res['mean'][sys_][c][m]:.4f}" for m in METRICS) + " |")
        prev = previous_run()
        if c in prev["mean"]:
            lines.append("| newsgraph before article topicality + chronology lines (a88df45, cross-validated) | "
                         + " | ".join(f"{prev['mean'][c][m]:.4f}" for m in METRICS) + " |")
        if c in PREVIOUS:
            lines.append("| newsgraph before the trained date scorer (hand-set, in-sample) | "
                         + " | ".join(f"{v:.4f}" for v in PREVIOUS[c]) + " |")
        lines += ["| Datewise (published, all T17) | 0.12 | 0.035 | | | 0.54 |",
                  "| clustering (published, all T17) | 0.08 | 0.02 | | | 0.41 |", ""]
    before = previous_run()["timelines"]
    for c in computations:
        lines += [f"**Per timeline (newsgraph / before (a88df45) / baseline, ROUGE `{c}`)**", "",
                  "| folder | timeline | articles | l | k | AR-1 | AR-2 | date F1 | before AR-1 | before AR-2 | before date F1 "
                  "| baseline AR-1 | baseline AR-2 | baseline date F1 | seconds |",
                  "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
        for r in res["timelines"]:
            n, b = r["newsgraph"][c], r["baseline"][c]
            p = before.get(f"{r['folder']}/{r['timeline']}", {}).get(c)
            prev = " | ".join(f"{p[m]:.4f}" for m in ("AR-1", "AR-2", "date F1")) if p else " | "
            lines.append(f"| {r['folder']} | {r['timeline']} | {r['articles']} | {r['l']} | {r['k']} | {n['AR-1']:.4f} | "
                         f"{n['AR-2']:.4f} | {n['date F1']:.4f} | {prev} | {b['AR-1']:.4f} | {b['AR-2']:.4f} | "
                         f"{b['date F1']:.4f} | {r['collect_s'] + r['summarize_s']:.1f} |")
        lines.append("")
    lines += negative_results()
    sp = res["speed"]
    lines += [f"Speed: the summariser (light path: sentence split + regex date resolution + TF-IDF) took "
              f"{sp['timeline_s']} s on {sp['articles']} articles where the bare spaCy parse took {sp['spacy_s']} s "
              f"(ratio {sp['ratio']}). Seconds per timeline above include reading the folder."]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reimpl-only", action="store_true", help="skip the Perl ROUGE (fast, for development)")
    ap.add_argument("--folders", default=",".join(sorted(p.name for p in TLS.iterdir() if p.is_dir())))
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--rewrite", action="store_true", help="only rebuild the docs section from bench/results/tls.json")
    args = ap.parse_args()
    computations = ["reimpl"] if args.reimpl_only else ["original", "reimpl"]
    if args.rewrite:
        res = json.loads((RESULTS / "tls.json").read_text())
        write_results("tls", {k: v for k, v in res.items() if k not in ("benchmark", "date", "machine")},
                      markdown(res, computations))
        return
    folders = args.folders.split(",")
    res = run(folders, computations)
    res["speed"] = spacy_ratio(folders)
    res["protocol"] = {"averaging": "mean of per-timeline F1", "window": "gold first..last date", "mj_bad_date": "dropped",
                       "newsgraph_dates": "leave-one-topic-out: each topic scored with the date model trained on the others"}
    res["in_sample_date_f1"] = json.loads((RESULTS / "tls_folds.json").read_text())["in_sample_mean"]
    if args.no_write:
        print(json.dumps(res["mean"], indent=1))
    else:
        write_results("tls", res, markdown(res, computations))


if __name__ == "__main__":
    main()
