"""``newsgraph timeline-summary``: a dated timeline summarised from a stream of articles.

The options are those of ``newsgraph timeline --summarize`` (issue 9); ``summarize_jsonl`` is the
one function either command calls.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from ..timelines import collect, render, summarize
from ..timelines.source import JsonlArticles
from .common import err_console, open_output, progress


class TimelineFormat(str, Enum):
    text = "text"
    json = "json"
    tilse = "tilse"
    html = "html"


def _day(value: Optional[str], option: str) -> Optional[dt.date]:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD", param_hint=option) from None


def summarize_jsonl(jsonl: Path, *, dates: Optional[int], per_date: Optional[int], fmt: str,
                    start: Optional[str], end: Optional[str], output: Optional[Path]) -> None:
    """Stream the file's articles into a timeline and write it; skipped articles are reported on stderr."""
    if not jsonl.is_file():
        raise typer.BadParameter(f"no such file: {jsonl}", param_hint="--jsonl")
    first, last = _day(start, "--from"), _day(end, "--to")
    source = JsonlArticles(jsonl)
    with progress(len(source)) as tick:
        col = collect(source, start=first, end=last, on_article=tick)
    timeline = summarize(col, dates, per_date, start=first, end=last)
    with open_output(output) as out:
        out.write(render(timeline, fmt))
    skipped = {"undated": col.skipped_undated, "duplicate": col.skipped_duplicate,
               "outside --from/--to": col.skipped_out_of_range, "unreadable lines": source.bad_lines}
    if any(skipped.values()):
        err_console.print(f"{col.articles} articles used; skipped: "
                          + ", ".join(f"{n} {why}" for why, n in skipped.items() if n))


def timeline_summary_command(
    jsonl: Path = typer.Option(..., "--jsonl", help="Articles, one JSON object a line: {id, pub_date, text}."),
    dates: Optional[int] = typer.Option(None, "--dates", min=1, help="Number of dates (default: grows with the days covered)."),
    per_date: Optional[int] = typer.Option(None, "--sentences-per-date", min=1, help="Sentences per date (default 2; 1 for under 10 articles)."),
    fmt: TimelineFormat = typer.Option(TimelineFormat.text, "--format", "-f", help="text, json, tilse (Timeline17's format) or html."),
    start: Optional[str] = typer.Option(None, "--from", help="First publication date and timeline date (YYYY-MM-DD)."),
    end: Optional[str] = typer.Option(None, "--to", help="Last publication date and timeline date (YYYY-MM-DD)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of standard output."),
) -> None:
    """Choose the dates that mattered and the best sentences for each, with their source articles.

    Example: newsgraph timeline-summary --jsonl syria.jsonl --dates 20 --format tilse
    """
    summarize_jsonl(jsonl, dates=dates, per_date=per_date, fmt=fmt.value, start=start, end=end, output=output)
