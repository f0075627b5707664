"""Quotes: newsgraph against textacy's ``direct_quotations`` on PolNeAR dev, in one run.

PolNeAR rules (``newsgraph.evaluation.polnear``). The baseline runs textacy per paragraph on
the same parses (so one unbalanced mark costs one paragraph, not the article), with
apostrophes (' ‘ ’) not counted as quotation marks. Speed: the quotes stage's own time as a
share of the spaCy parse of the same texts. Also: the example article's quote scores, and on
the unseen articles in ../shared/corpus/eval (no gold: measured, never tuned on) the share of
direct quotes given a named canonical speaker.

    .venv/bin/python bench/quotes.py [--limit N]
"""

from __future__ import annotations

import argparse
import time
from contextlib import contextmanager

from _report import SHARED, write_results

from newsgraph.document import NewsDoc
from newsgraph.evaluation import polnear
from newsgraph.evaluation.seed import evaluate_seed
from newsgraph.model import ArticleInfo
from newsgraph.pipeline import get_pipeline, run_stages
from newsgraph.quotes import find_quotes
from newsgraph.quotes.marks import paragraphs

_APOSTROPHES = ("'", "\u2018", "\u2019", "`")


@contextmanager
def apostrophes_not_quotes(vocab):
    """textacy pairs every ``is_quote`` token; apostrophes would unbalance most paragraphs."""
    saved = {a: vocab[a].is_quote for a in _APOSTROPHES}
    for a in _APOSTROPHES:
        vocab[a].is_quote = False
    try:
        yield
    finally:
        for a, flag in saved.items():
            vocab[a].is_quote = flag


def textacy_preds(doc, text: str) -> list[polnear.Pred]:
    from textacy.extract.triples import direct_quotations

    out = []
    for lo, hi in paragraphs(text):
        span = doc.char_span(lo, hi, alignment_mode="expand")
        if span is None:
            continue
        try:
            triples = list(direct_quotations(span.as_doc()))
        except ValueError:  # an odd number of marks: textacy gives up on the paragraph
            continue
        for t in triples:
            base = span.start_char
            c, s = t.content, t.speaker
            mention = (base + s[0].idx, base + s[-1].idx + len(s[-1])) if s else None
            out.append(polnear.Pred(base + c.start_char, base + c.end_char, "direct", mention))
    return out


def newsdoc(text: str, doc, art_id: str) -> NewsDoc:
    return NewsDoc(text=text, doc=doc, info=ArticleInfo(id=art_id, chars=len(text), sha256="", text=text))


def polnear_run(limit: int | None) -> dict:
    articles = polnear.load_articles(SHARED / "bench" / "quotes" / "polnear_dev.jsonl", limit)
    nlp = get_pipeline().nlp
    start = time.perf_counter()
    docs = list(nlp.pipe(a["text"] for a in articles))
    parse_s = time.perf_counter() - start
    ours, base, quotes_s = [], [], 0.0
    for art, doc in zip(articles, docs):
        nd = run_stages(newsdoc(art["text"], doc, art["id"]), until="times")
        start = time.perf_counter()
        quotes = find_quotes(nd)
        quotes_s += time.perf_counter() - start
        ours.append([polnear._pred(q) for q in quotes])
    with apostrophes_not_quotes(nlp.vocab):
        base = [textacy_preds(doc, a["text"]) for a, doc in zip(articles, docs)]
    return {
        "articles": len(articles),
        "newsgraph": polnear.score(articles, ours),
        "textacy": polnear.score(articles, base),
        "speed": {"parse_s": round(parse_s, 2), "quotes_stage_s": round(quotes_s, 2),
                  "stage_share_of_parse": round(quotes_s / parse_s, 3)},
    }


def unseen_run() -> dict:
    """Direct quotes on articles nobody tuned on: how many get a named canonical speaker."""
    nlp = get_pipeline().nlp
    paths = sorted((SHARED / "corpus" / "eval").glob("*.txt"))
    total = named = 0
    for path in paths:
        text = path.read_text(encoding="utf-8")
        nd = run_stages(newsdoc(text, nlp(text), path.name), until="quotes")
        direct = [q for q in nd.quotes if q.type == "direct"]
        total += len(direct)
        named += sum(q.speaker is not None for q in direct)
    return {"articles": len(paths), "direct_quotes": total, "with_canonical_speaker": named,
            "share": round(named / total, 3) if total else None}


def table(res: dict) -> str:
    rows = ["| view | newsgraph P / R / F1 | textacy P / R / F1 |", "|---|---|---|"]
    for view in ("direct", "direct_speaker", "all", "all_speaker"):
        a, b = res["newsgraph"][view], res["textacy"][view]
        rows.append(f"| {view} | {a['precision']:.3f} / {a['recall']:.3f} / **{a['f1']:.3f}** "
                    f"| {b['precision']:.3f} / {b['recall']:.3f} / {b['f1']:.3f} |")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    dev = polnear_run(args.limit)
    seed = evaluate_seed(SHARED / "corpus" / "seed" / "hollande-putin-2012-06-01.gold.json")["quotes"]
    unseen = unseen_run()
    results = {"polnear_dev": dev, "seed": seed, "unseen": unseen}
    sp = dev["speed"]
    markdown = f"""## quotes

PolNeAR dev ({dev['articles']} articles; a prediction matches when half the shorter content span is shared,
speaker right when `speaker_mention` overlaps the gold source). Baseline: textacy `direct_quotations`, per
paragraph on the same parses, apostrophes not counted as quotation marks.

{table(dev)}

Example article: direct quotes found {seed['direct']['found']}, direct speakers right {seed['direct_speaker']['right']},
all quotes found {seed['all']['found']} (speaker right {seed['all_speaker']['right']}).

Unseen articles (`corpus/eval`, no gold, never tuned on): {unseen['with_canonical_speaker']} of {unseen['direct_quotes']}
direct quotes have a named canonical speaker ({unseen['share']}).

Speed: the quotes stage took {sp['quotes_stage_s']} s against {sp['parse_s']} s for the spaCy parse of the same
texts: **{sp['stage_share_of_parse']:.1%}** of the parse.
"""
    write_results("quotes", results, markdown)
    print(markdown)


if __name__ == "__main__":
    main()
