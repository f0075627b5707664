"""Stances (issue 7): the example article's gold, our 5-article hand annotation, and speed.

1. Example article: ``newsgraph eval``'s stance and disagreement scores (holder + polarity + an
   issue sharing a content stem, one-to-one; a disagreement when some predicted issue sharing a
   stem has a gold supporter and a gold opponent on its two sides).
2. ``tests/fixtures/stances_news.json`` (our own annotation of 5 ../shared/corpus/news articles):
   precision/recall with the same issue rule; a prediction matches a gold stance when the holder
   names it (any alias), the polarity is the same and the issues share a content stem.
3. Speed: the time the stances and disagreements stages take, as a share of the spaCy parse of
   the same texts (the example plus the 31 shared news articles), in one process.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from _report import ROOT, SHARED, write_results

sys.path.insert(0, str(ROOT / "tests"))

FIXTURE = ROOT / "tests" / "fixtures" / "stances_news.json"
SEED_GOLD = SHARED / "corpus" / "seed" / "hollande-putin-2012-06-01.gold.json"
NEWS = SHARED / "corpus" / "news"


def pub_dates() -> dict[str, str | None]:
    rows = (json.loads(line) for line in (NEWS / "index.jsonl").read_text().splitlines() if line.strip())
    return {r["file"]: r.get("pub_date") for r in rows}


def score_fixture(records: dict, fixture: dict) -> dict:
    from newsgraph.evaluation import prf
    from stance_scoring import match_article

    tp = n_pred = n_gold = 0
    per_article, missed, spurious = {}, [], []
    for art in fixture["articles"]:
        rec = records[art["file"]]
        pairs = match_article(rec, art["stances"])
        tp += len(pairs)
        n_pred += len(rec.stances)
        n_gold += len(art["stances"])
        per_article[art["file"]] = f"{len(pairs)} of {len(art['stances'])} gold, {len(rec.stances)} predicted"
        got = {id(g) for g, _ in pairs}
        used = {s.id for _, s in pairs}
        missed += [f"{art['file']}: {g['holder']} {g['polarity']} {g['issue']}" for g in art["stances"] if id(g) not in got]
        spurious += [f"{art['file']}: {rec.actor(s.holder).name if rec.actor(s.holder) else s.holder} {s.polarity} {s.issue[:60]}"
                     for s in rec.stances if s.id not in used]
    return {**prf(tp, n_pred, tp, n_gold), "per_article": per_article, "missed": missed, "spurious": spurious}


def speed(pipe, texts: list[str]) -> dict:
    from newsgraph.document import NewsDoc
    from newsgraph.pipeline import ArticleInput, _prepare, run_stages
    from newsgraph.stances import find_disagreements, find_stances

    prepared = [_prepare(ArticleInput(text=t)) for t in texts]
    start = time.perf_counter()
    docs = list(pipe.nlp.pipe(p[0] for p in prepared))
    parse = time.perf_counter() - start
    spent = 0.0
    for (text, info), doc in zip(prepared, docs):
        nd = run_stages(NewsDoc(text=text, doc=doc, info=info))  # then time the two stances stages again
        t0 = time.perf_counter()
        nd.stances = find_stances(nd)
        nd.disagreements = find_disagreements(nd)
        spent += time.perf_counter() - t0
    return {"parse_s": round(parse, 3), "stances_s": round(spent, 4), "share_of_parse": round(spent / parse, 4)}


def main() -> None:
    from newsgraph.evaluation.seed import evaluate_seed
    from newsgraph.pipeline import get_pipeline

    pipe = get_pipeline()
    seed = evaluate_seed(SEED_GOLD)
    fixture = json.loads(FIXTURE.read_text(encoding="utf-8"))
    dates = pub_dates()
    files = [a["file"] for a in fixture["articles"]]
    records = dict(zip(files, pipe.extract_many(
        {"id": f, "text": (NEWS / f).read_text(encoding="utf-8"), "pub_date": dates.get(f)} for f in files)))
    news = score_fixture(records, fixture)
    texts = [(ROOT / "examples" / "hollande-putin-2012-06-01.txt").read_text(encoding="utf-8")]
    texts += [p.read_text(encoding="utf-8") for p in sorted(NEWS.glob("*.txt"))]
    timing = speed(pipe, texts)
    results = {"seed": {"stances": seed["stances"], "disagreements": seed["disagreements"]},
               "news_fixture": news, "speed": timing}
    s, d = seed["stances"], seed["disagreements"]
    missed = "; ".join(news["missed"][:12]) or "none"
    markdown = f"""## Stances (issue 7)

`bench/stances.py`. **Example article** (`newsgraph eval` rule: holder names the gold holder, same polarity,
issues share a content stem, one-to-one): **{s['right']}** gold stances found (precision {s['precision']:.2f}
over {s['n_pred']} predicted); disagreements **{d['found']}** ({', '.join(d['matched']) or 'none'}).

**5 shared news articles**, our own annotation (`tests/fixtures/stances_news.json`, {news['n_gold']} stances;
same matching rule, holder by any alias): precision **{news['precision']:.2f}**, recall **{news['recall']:.2f}**,
F1 {news['f1']:.2f} ({news['n_pred']} predicted). These five articles were read while the frames were written, so this
is a development score, not a held-out one.

| article | result |
|---|---|
""" + "\n".join(f"| {k} | {v} |" for k, v in news["per_article"].items()) + f"""

Missed (first 12): {missed}.

**Speed**: the stances and disagreements stages take {timing['stances_s']} s over the example plus the 31
shared news articles, {timing['share_of_parse']:.1%} of the spaCy parse of the same texts ({timing['parse_s']} s).
"""
    write_results("stances", results, markdown)
    print(json.dumps(results, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
