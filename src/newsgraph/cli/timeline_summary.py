"""``newsgraph timeline --summarize``: a dated timeline summarised from a stream of articles (issue 9).

The articles come from a JSONL file or from the corpus store (filtered like the plain timeline);
either way they are read one at a time, so only their sentences stay in memory.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Optional

import typer

from ..timelines import collect, render, summarize
from ..timelines.render import FORMATS
from ..timelines.source import JsonlArticles
from .common import err_console, progress

_ARTICLE_IDS = (
    "SELECT a.id FROM articles a WHERE a.dup_of IS NULL "
    "AND (CAST(? AS TEXT) IS NULL OR a.text ILIKE ?) "
    "AND (CAST(? AS TEXT) IS NULL OR CAST(a.pub_date AS TEXT) >= ?) "
    "AND (CAST(? AS TEXT) IS NULL OR CAST(a.pub_date AS TEXT) <= ?) "
    "AND (CAST(? AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM article_actors aa JOIN actors c ON c.id = aa.actor_id "
    "WHERE aa.article = a.id AND (c.id = ? OR c.name ILIKE ? OR aa.name ILIKE ?))) ORDER BY a.pub_date, a.id")


def _day(value: Optional[str], option: str) -> Optional[dt.date]:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD", param_hint=option) from None


class StoreArticles:
    """The store's original articles matching the filters, fetched one text at a time."""

    def __init__(self, store, *, actor: Optional[str], about: Optional[str], date_from: Optional[str], date_to: Optional[str]):
        like = lambda text: f"%{text}%" if text else None  # noqa: E731
        self.store = store
        self.ids = [r["id"] for r in store.db.rows(_ARTICLE_IDS, [about, like(about), date_from, date_from, date_to, date_to,
                                                                  actor, actor, like(actor), like(actor)])]
        self.bad_lines = 0

    def __len__(self) -> int:
        return len(self.ids)

    def __iter__(self) -> Iterator[dict]:
        for article_id in self.ids:
            yield from self.store.db.rows("SELECT ext_id AS id, pub_date, text FROM articles WHERE id = ?", [article_id])


def summarize_timeline(source, *, dates: Optional[int], per_date: Optional[int], fmt: str,
                       date_from: Optional[str], date_to: Optional[str]) -> str:
    """Stream ``source``'s articles into a timeline and render it; skipped articles are reported on stderr."""
    if fmt not in FORMATS:
        raise typer.BadParameter(f"--summarize writes {', '.join(FORMATS)}", param_hint="--format")
    first, last = _day(date_from, "--from"), _day(date_to, "--to")
    with progress(len(source)) as tick:
        col = collect(source, start=first, end=last, on_article=tick)
    timeline = summarize(col, dates, per_date, start=first, end=last)
    skipped = {"undated": col.skipped_undated, "duplicate": col.skipped_duplicate,
               "outside --from/--to": col.skipped_out_of_range, "unreadable lines": source.bad_lines}
    if any(skipped.values()):
        err_console.print(f"{col.articles} articles used; skipped: "
                          + ", ".join(f"{n} {why}" for why, n in skipped.items() if n))
    return render(timeline, fmt)


def jsonl_articles(path: Path) -> JsonlArticles:
    if not path.is_file():
        raise typer.BadParameter(f"no such file: {path}", param_hint="--jsonl")
    return JsonlArticles(path)
