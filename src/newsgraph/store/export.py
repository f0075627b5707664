"""Flat exports (Parquet, CSV, JSONL): articles, actors, quotes, stances, a GDELT-like event table
(one row per corpus event, with NumMentions/NumArticles counted over original articles) and its
mentions table (every report of every event)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from . import queries


def tables(db) -> dict[str, list[dict]]:
    events = queries.events(db)
    return {
        "articles": db.rows("SELECT id AS sha256, ext_id AS id, title, url, outlet, pub_date, chars, dup_of, source "
                            "FROM articles ORDER BY pub_date, ext_id"),
        "actors": queries.actors(db),
        "quotes": queries.quotes(db),
        "stances": queries.stances(db),
        "events": [_gdelt_row(e) for e in events],
        "mentions": db.rows(
            "SELECT e.corpus_event AS GLOBALEVENTID, a.pub_date AS MentionTimeDate, a.outlet AS MentionSourceName, "
            "coalesce(a.url, a.ext_id) AS MentionIdentifier, e.ev_start AS SentenceStart, e.ev_end AS SentenceEnd, "
            "e.trigger AS Trigger, e.confidence AS Confidence, a.dup_of IS NOT NULL AS Duplicate FROM events e "
            "JOIN articles a ON a.id = e.article WHERE e.corpus_event IS NOT NULL ORDER BY 1, 2"),
    }


def _gdelt_row(e: dict) -> dict:
    return {"GLOBALEVENTID": e["event"], "SQLDATE": (e["date_from"] or "").replace("-", ""), "DateTo": e["date_to"],
            "Actor1Name": e["source"], "Actor2Name": e["target"], "EventCode": e["cameo"],
            "EventRootCode": (e["cameo"] or "")[:2] or None, "PloverCategory": e["category"],
            "GoldsteinScale": e["goldstein"], "NumMentions": e["mentions"], "NumArticles": e["articles"],
            "SOURCEURL": e["article"], "Evidence": e["evidence"]}


def export(db, directory: Path, fmt: str) -> list[Path]:
    """Write every table to ``directory`` in ``fmt``; the paths written."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, rows in tables(db).items():
        path = directory / f"{name}.{fmt}"
        {"csv": write_csv, "jsonl": _write_jsonl, "parquet": _write_parquet}[fmt](rows, path)
        written.append(path)
    return written


def write_csv(rows: list[dict], out) -> None:
    """CSV with a header row, to a path or an open text stream."""
    if isinstance(out, Path):
        with out.open("w", encoding="utf-8", newline="") as handle:
            return write_csv(rows, handle)
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def _write_jsonl(rows: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in rows)


def _write_parquet(rows: list[dict], path: Path) -> None:
    """Through an in-memory DuckDB reading the JSONL, so both backends export the same way."""
    import duckdb

    staging = path.with_suffix(".jsonl.tmp")
    _write_jsonl(rows, staging)
    try:
        con = duckdb.connect()
        source = "read_json_auto('" + str(staging).replace("'", "''") + "')" if rows else "(SELECT NULL AS empty WHERE false)"
        con.execute(f"COPY (SELECT * FROM {source}) TO '" + str(path).replace("'", "''") + "' (FORMAT PARQUET)")
        con.close()
    finally:
        staging.unlink()
