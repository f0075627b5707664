"""Store benchmark: ingest the example plus ../shared/corpus/news into a fresh DuckDB file.

Reports ingest time (as a ratio to the bare spaCy parse of the same texts, measured here),
database size, that a second ingest adds nothing, what the corpus yields, and the two
end-to-end checks of issue 8: the Syria timeline (Houla, week of 2012-05-21; Putin in Paris,
2012-06-01) and Hollande–Putin in the conflict network on sanctions.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from _report import ROOT, SHARED, write_results

from newsgraph.pipeline import get_pipeline
from newsgraph.store import Store, network, queries
from newsgraph.store.ingest import ingest
from newsgraph.store.sources import read_paths

SOURCES = [ROOT / "examples", SHARED / "corpus" / "news" / "index.jsonl"]


def main() -> None:
    pipeline = get_pipeline()
    items = list(read_paths(SOURCES))
    texts = [i.article.text.decode() if isinstance(i.article.text, bytes) else i.article.text for i in items if i.article]
    start = time.perf_counter()
    for _ in pipeline.nlp.pipe(texts):
        pass
    parse_s = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "news.duckdb")
        with Store(db) as store:
            start = time.perf_counter()
            first = ingest(store, items, pipeline=pipeline)
            ingest_s = time.perf_counter() - start
            start = time.perf_counter()
            second = ingest(store, list(read_paths(SOURCES)), pipeline=pipeline)
            reingest_s = time.perf_counter() - start
            counts = store.counts()
            results = _checks(store.db)
        size = os.path.getsize(db)
    results.update(articles_in=len(items), ingest_s=round(ingest_s, 1), parse_s=round(parse_s, 1),
                   ratio_to_parse=round(ingest_s / parse_s, 2), reingest_s=round(reingest_s, 1),
                   first=dict(first), second=dict(second), db_bytes=size, counts=counts)
    write_results("store", results, _markdown(results))
    print(_markdown(results))


def _checks(db) -> dict:
    syria = queries.timeline(db, actor="Syria")  # Syria's actors, and events placed in Syria
    houla = [r for r in syria if "Houla" in (r["evidence"] or "") and "2012-05-21" <= _day(r["date"]) <= "2012-05-27"]
    paris = [r for r in queries.timeline(db, actor="Putin", date_from="2012-06-01", date_to="2012-06-01")
             if r["kind"] == "event"]
    conflict = [e for e in network.edges(db, "conflict")
                if {"Hollande", "Putin"} <= {w for n in (e["source"], e["target"]) for w in n.split()}]
    return {"syria_timeline_rows": len(syria), "houla_in_week_21": bool(houla), "putin_paris_2012_06_01": bool(paris),
            "hollande_putin_conflict": [e["issues"] for e in conflict],
            "hollande_putin_on_sanctions": any("sanction" in e["issues"] for e in conflict),
            "disagreements": queries.disagreements(db), "network_edges": {k: len(network.edges(db, k)) for k in network.KINDS}}


def _day(value: str) -> str:
    from newsgraph.store.dates import day_range

    span = day_range(value)
    return span[0] if span else ""


def _markdown(r: dict) -> str:
    c = r["counts"]
    return (
        "## store\n\n"
        f"Ingest of {r['articles_in']} articles (examples/ + ../shared/corpus/news) into a fresh DuckDB file: "
        f"{r['ingest_s']} s, {r['ratio_to_parse']}× the bare spaCy parse of the same texts ({r['parse_s']} s); "
        f"database {r['db_bytes'] / 1e6:.1f} MB. Second ingest: added {r['second']['added']}, "
        f"skipped {r['second']['skipped']} in {r['reingest_s']} s.\n\n"
        "| articles | near-dups | failed | actors | quotes | events (reports) | corpus events | stances |\n|---|---|---|---|---|---|---|---|\n"
        f"| {c['articles']} | {c['duplicates']} | {c['failures']} | {c['actors']} | {c['quotes']} | {c['events']} | "
        f"{c['corpus_events']} | {c['stances']} |\n\n"
        f"Checks: Houla in the Syria timeline, week of 2012-05-21: **{r['houla_in_week_21']}**; Putin's Paris meeting "
        f"on 2012-06-01: **{r['putin_paris_2012_06_01']}**; Hollande–Putin in the conflict network: "
        f"**{r['hollande_putin_on_sanctions']}** (shared issues: {r['hollande_putin_conflict']}). Network edges: {r['network_edges']}. "
        f"Corpus disagreements (issues with supporters and opponents): {len(r['disagreements'])}.\n"
    )


if __name__ == "__main__":
    main()
