"""What ``newsgraph ingest`` reads: text/HTML files, JSONL and CSV tables, RSS/Atom feeds, directories.

Each item is an :class:`Item` naming where it came from; an unreadable item carries its error
instead of an article, so one bad line or file is recorded and the rest go on. A JSONL/CSV row
gives ``text`` or a ``file`` path relative to the table (so an index of files can be ingested
as it is), plus ``id``, ``title``, ``url``, ``outlet``, ``pub_date``.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..pipeline import ArticleInput

TEXT = {".txt", ".text"}
HTML = {".html", ".htm"}
FEEDS = {".rss", ".atom", ".xml"}
TABLES = {".jsonl", ".csv"}
SKIP = (".meta.json", ".gold.json")


@dataclass(frozen=True)
class Item:
    source: str
    article: ArticleInput | None = None
    outlet: str | None = None
    error: str | None = None


def read_paths(paths: Iterable[str | Path]) -> Iterator[Item]:
    for path in map(Path, paths):
        if path.is_dir():
            yield from read_paths(sorted(p for p in path.rglob("*") if p.is_file() and _readable(p)))
        elif not path.exists():
            yield Item(str(path), error=f"no such file: {path}")
        else:
            yield from _read_file(path)


def _readable(path: Path) -> bool:
    return path.suffix.lower() in TEXT | HTML | FEEDS | TABLES and not path.name.endswith(SKIP)


def _read_file(path: Path) -> Iterator[Item]:
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            yield from _read_jsonl(path)
        elif suffix == ".csv":
            with path.open(encoding="utf-8-sig", newline="") as rows:
                yield from (_row_item(path, n, row) for n, row in enumerate(csv.DictReader(rows), 2))
        elif suffix in FEEDS:
            yield from _read_feed(path)
        else:
            yield Item(str(path), _sidecar(path))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        yield Item(str(path), error=f"cannot read {path}: {exc}")


def _sidecar(path: Path) -> ArticleInput:
    """A text or HTML file, with metadata from ``NAME.meta.json`` beside it when there is one."""
    meta_file = path.with_name(path.name.rsplit(".", 1)[0] + ".meta.json")
    meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.exists() else {}
    return ArticleInput(text=path.read_bytes(), id=str(meta.get("id") or path.stem), pub_date=meta.get("pub_date"),
                        title=meta.get("title"), url=meta.get("url"), pub_date_source="metadata")


def _read_jsonl(path: Path) -> Iterator[Item]:
    with path.open(encoding="utf-8-sig") as lines:
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError as exc:
                yield Item(f"{path}:{n}", error=f"bad JSON on line {n}: {exc}")
                continue
            yield _row_item(path, n, row) if isinstance(row, dict) else Item(f"{path}:{n}", error="not a JSON object")


def _row_item(table: Path, n: int, row: dict) -> Item:
    source = f"{table}:{n}"
    text = row.get("text")
    if not text and row.get("file"):
        try:
            text = (table.parent / row["file"]).read_bytes()
        except OSError as exc:
            return Item(source, error=f"cannot read {row['file']}: {exc.strerror}")
    ident = row.get("id") or (Path(row["file"]).stem if row.get("file") else None)
    article = ArticleInput(text=text or "", id=str(ident) if ident else None, pub_date=row.get("pub_date") or None,
                           title=row.get("title") or None, url=row.get("url") or None, pub_date_source="metadata")
    return Item(source, article, outlet=row.get("outlet") or None)


def _read_feed(path: Path) -> Iterator[Item]:
    """RSS/Atom entries: the full content when the feed carries it, else the summary."""
    import feedparser

    feed = feedparser.parse(path.read_bytes())
    if feed.bozo and not feed.entries:
        yield Item(str(path), error=f"not a readable RSS/Atom feed: {feed.get('bozo_exception')}")
        return
    outlet = feed.feed.get("title")
    for n, entry in enumerate(feed.entries, 1):
        content = entry.get("content") or [{}]
        text = content[0].get("value") or entry.get("summary") or ""
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        yield Item(f"{path}#{n}", ArticleInput(
            text=text, id=entry.get("id") or entry.get("link"), title=entry.get("title"), url=entry.get("link"),
            pub_date="%04d-%02d-%02d" % tuple(parsed[:3]) if parsed else None, pub_date_source="metadata"), outlet=outlet)
