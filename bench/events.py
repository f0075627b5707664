"""Events (issue 6): PLOVER category and actor agreement, the example article, and speed.

1. ``../shared/bench/events/plover_gsr_dev.jsonl``: category accuracy (gold among the predicted
   categories; top-1 by confidence), actor agreement, majority-class baseline, top-1 confusions.
   The event lexicon was written with these sentences in view: the category figures are in-sample.
   The actor rules were studied on the ``tuning`` half only; the ``heldout`` half is reported apart.
2. The example article against its gold: events with the right category and an argument.
3. Speed: the events stage against the spaCy parse of the same texts (the example and the
   shared news articles), measured in one run.
"""

from __future__ import annotations

import argparse
import time

from _report import ROOT, SHARED, write_results

GSR = SHARED / "bench" / "events" / "plover_gsr_dev.jsonl"
SEED_GOLD = SHARED / "corpus" / "seed" / "hollande-putin-2012-06-01.gold.json"


def speed(texts: list[str]) -> dict:
    from newsgraph.document import NewsDoc
    from newsgraph.events import find_events
    from newsgraph.pipeline import ArticleInput, _prepare, get_pipeline, run_stages

    nlp = get_pipeline().nlp
    parse = events = 0.0
    for text in texts:
        clean, info = _prepare(ArticleInput(text=text))
        start = time.perf_counter()
        doc = nlp(clean)
        parse += time.perf_counter() - start
        nd = run_stages(NewsDoc(text=clean, doc=doc, info=info), until="quotes")
        start = time.perf_counter()
        find_events(nd)
        events += time.perf_counter() - start
    return {"texts": len(texts), "parse_s": round(parse, 3), "events_s": round(events, 3),
            "events_share_of_parse": round(events / parse, 4)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="score only the first N GSR sentences")
    args = parser.parse_args(argv)

    from newsgraph.evaluation.plover import evaluate_plover
    from newsgraph.evaluation.seed import evaluate_seed

    gsr = evaluate_plover(GSR, limit=args.limit)
    per_sentence = gsr.pop("per_sentence")
    seed = evaluate_seed(SEED_GOLD)["events"]
    texts = [(ROOT / "examples" / "hollande-putin-2012-06-01.txt").read_text(encoding="utf-8")]
    texts += [p.read_text(encoding="utf-8") for p in sorted((SHARED / "corpus" / "news").glob("*.txt"))]
    timing = speed(texts)
    results = {"gsr": gsr, "seed": seed, "speed": timing,
               "gsr_misses": [s for s in per_sentence if not s["any_ok"]]}
    confusions = "\n".join(f"- {c}" for c in gsr["top1_confusions"][:10])
    tune, held = gsr["halves"]["tuning"], gsr["halves"]["heldout"]
    markdown = f"""## Events (issue 6)

`bench/events.py`. PLOVER gold-standard sentences (`plover_gsr_dev.jsonl`, {gsr['sentences']} sentences, each read
as a one-sentence article). **The event lexicon was written with all of these sentences in view, so the category
figures are in-sample, on both halves.** (The first version of the lexicon, written from the CAMEO codebook before the
misses on these sentences were studied, scored 0.828 category accuracy, gold among predicted.) For the actor work that
followed, the file was split into two fixed halves by the SHA-1 of the sentence id
(`newsgraph.evaluation.plover.half_of`): the misses of the **tuning half ({tune['sentences']} sentences) were studied;
the held-out half ({held['sentences']} sentences) was not looked at**, so its actor agreement is the honest estimate.
Actor agreement counts a sentence when a gold source/target country code, or a bare IGO/NGO, is among the codes of
the predicted events' sources and targets; an organisation with only a sector code (`MIL`, `JUD`) counts as no country
and no IGO (an earlier version of the scorer counted it as IGO, which put the old figure at 0.718 instead of 0.687).
Unnamed or uncoded parties take the country of the place the act happens in ("police ... in Kabul" → AFG), as
PLOVER coders do, at 0.1 lower confidence.

| measure | whole dev | held-out half | target |
|---|---|---|---|
| category accuracy (gold among predicted) | **{gsr['category_any']:.3f}** | {held['category_any']:.3f} | ≥ 0.85 |
| category accuracy (top-1 by confidence) | {gsr['category_top1']:.3f} | {held['category_top1']:.3f} | |
| majority-class baseline | {gsr['majority_baseline']:.3f} ({gsr['majority_class']}) | {held['majority_baseline']:.3f} ({held['majority_class']}) | |
| actor agreement | **{gsr['actor_agreement']:.3f}** | **{held['actor_agreement']:.3f}** | ≥ 0.80 |
| sentences with no event | {gsr['no_event']} | {held['no_event']} | |

Before the actor work (same scorer): actor agreement 0.687 on the whole dev file, 0.679 on the held-out half,
0.696 on the tuning half. (Tuning half now: category {tune['category_any']:.3f}, top-1 {tune['category_top1']:.3f}, actor agreement
{tune['actor_agreement']:.3f}.)

Top-1 confusions on the whole dev file (gold -> predicted: count). The errors are scattered, no pair occurring more
than a couple of times: the main kinds are a conflict act read as its neighbour on the escalation scale
(COERCE <-> ASSAULT 3, PROTEST/THREATEN -> ASSAULT) and a speech act read as another act (ACCUSE -> REQUEST/COERCE/MOBILIZE, PROTEST -> REQUEST):
{confusions}

Example article: {seed['right']} gold events with the right category and an argument ({seed['category_only']} by
category alone; {seed['predicted']} events predicted).

Speed: the events stage takes {timing['events_s']} s against {timing['parse_s']} s of spaCy parsing for the same
{timing['texts']} articles, **{100 * timing['events_share_of_parse']:.1f}%** of the parse (target ≤ 30%).
"""
    write_results("events", results, markdown)
    print(markdown)


if __name__ == "__main__":
    main()
