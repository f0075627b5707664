"""Corpus commands over the Store: ingest, actors, quotes, events, timeline, network, search, export.

Each command opens the store, calls one Store/queries function and prints rows with ``emit``;
store errors become one clear message and exit status 2.
"""

from __future__ import annotations

import contextlib
import html
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from .common import err_console, progress

DB = typer.Option("news.duckdb", "--db", help="DuckDB file, or postgresql://user@host/dbname.")
LIMIT = typer.Option(None, "--limit", help="At most this many rows (default: all).")
DATE_FROM = typer.Option(None, "--from", help="Only from this date on (YYYY-MM-DD).")
DATE_TO = typer.Option(None, "--to", help="Only up to this date (YYYY-MM-DD).")


class Format(str, Enum):
    text = "text"
    json = "json"
    csv = "csv"


class TimelineFormat(str, Enum):
    text = "text"
    json = "json"
    csv = "csv"
    html = "html"
    tilse = "tilse"  # issue 9: --summarize only


class NetworkFormat(str, Enum):
    text = "text"
    json = "json"
    csv = "csv"
    graphml = "graphml"
    gexf = "gexf"


class ExportFormat(str, Enum):
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"


@contextlib.contextmanager
def open_store(db: str):
    """The Store at ``db``; a StoreError ends the command with its message (exit 2)."""
    from ..store import Store, StoreError

    try:
        with Store(db) as store:
            yield store
    except StoreError as exc:
        err_console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None


def emit(rows: list[dict], fmt: str) -> None:
    """Rows to stdout: text (one unwrapped line per row), json (one array) or csv (with header)."""
    if fmt == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1, default=str)
        sys.stdout.write("\n")
    elif fmt == "csv":
        from ..store.export import write_csv

        write_csv(rows, sys.stdout)
    else:
        for row in rows:
            sys.stdout.write("  ".join(_cell(v) for v in row.values()) + "\n")


def _cell(value) -> str:
    return "" if value is None else " ".join(str(value).split())


def ingest_command(
    paths: list[Path] = typer.Argument(..., help="Files (txt, html, jsonl, csv, rss/atom/xml) or directories."),
    db: str = DB,
    pub_date: Optional[str] = typer.Option(None, "--pub-date", help="Publication date for articles that carry none."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Print 'stored SOURCE ID' on stderr as each article commits."),
) -> None:
    """Read articles into the knowledge base; re-ingesting adds only what is new.

    Example: newsgraph ingest ../shared/corpus/news/index.jsonl examples/ --db news.duckdb

    A JSONL/CSV row gives text (or a file path relative to the table) and optional id, title, url,
    outlet, pub_date. Exit status 1 when some articles failed (they are recorded; the rest are stored).
    """
    from dataclasses import replace

    from ..store.ingest import ingest
    from ..store.sources import read_paths

    items = list(read_paths(paths))
    if pub_date:
        items = [replace(i, article=replace(i.article, pub_date=i.article.pub_date or pub_date)) if i.article else i
                 for i in items]
    with open_store(db) as store, progress(len(items)) as tick:
        counts = ingest(store, items, tick=tick, on_error=lambda s, e: err_console.print(f"[red]failed:[/] {s}: {e}"),
                        on_added=(lambda s, i: print(f"stored {s} {i}", file=sys.stderr, flush=True)) if verbose
                        else (lambda s, i: None))
        total = store.counts()
    err_console.print(f"added {counts['added']}, already stored {counts['skipped']}, failed {counts['failed']}; "
                      f"the store holds {total['articles']} articles ({total['duplicates']} near-duplicates), "
                      f"{total['actors']} actors, {total['quotes']} quotes, {total['corpus_events']} events", soft_wrap=True)
    raise typer.Exit(1 if counts["failed"] else 0)


actors_app = typer.Typer(help="See and correct cross-article actors.", no_args_is_help=True)


@actors_app.command("list")
def actors_list(name: Optional[str] = typer.Option(None, "--name", help="Only actors with a name containing this."),
                db: str = DB, fmt: Format = typer.Option(Format.text, "--format"), limit: Optional[int] = LIMIT) -> None:
    """Corpus actors with the names articles use for them. Example: newsgraph actors list --name putin"""
    from ..store import queries

    with open_store(db) as store:
        emit(queries.actors(store.db, name=name, limit=limit), fmt.value)


@actors_app.command("merge")
def actors_merge(keep: str = typer.Argument(..., help="Actor id to keep."),
                 other: str = typer.Argument(..., help="Actor id that is the same actor."), db: str = DB) -> None:
    """Merge OTHER into KEEP, now and for later ingests. Example: newsgraph actors merge vladimir-putin putin"""
    with open_store(db) as store:
        store.merge_actors(keep, other)
    err_console.print(f"merged {other} into {keep}")


@actors_app.command("split")
def actors_split(actor: str = typer.Argument(..., help="Actor id that wrongly joins two actors."),
                 name: str = typer.Option(..., "--name", help="The article name to move to a new actor."),
                 db: str = DB) -> None:
    """Move the mentions called NAME out of ACTOR into a new actor. Example: newsgraph actors split bush --name 'George Bush'"""
    with open_store(db) as store:
        new = store.split_actor(actor, name)
    print(new)


def quotes_command(speaker: Optional[str] = typer.Option(None, "--speaker", help="Speaker name contains this."),
                   about: Optional[str] = typer.Option(None, "--about", help="Quote text contains this."),
                   date_from: Optional[str] = DATE_FROM, date_to: Optional[str] = DATE_TO, db: str = DB,
                   fmt: Format = typer.Option(Format.text, "--format"), limit: Optional[int] = LIMIT) -> None:
    """Quotes across the corpus. Example: newsgraph quotes --speaker Putin --about sanctions"""
    from ..store import queries

    with open_store(db) as store:
        emit(queries.quotes(store.db, speaker=speaker, about=about, date_from=date_from, date_to=date_to, limit=limit), fmt.value)


def events_command(actor: Optional[str] = typer.Option(None, "--actor", help="An actor's name or id."),
                   category: Optional[str] = typer.Option(None, "--category", help="PLOVER category, e.g. ASSAULT."),
                   date_from: Optional[str] = DATE_FROM, date_to: Optional[str] = DATE_TO, db: str = DB,
                   fmt: Format = typer.Option(Format.text, "--format"), limit: Optional[int] = LIMIT) -> None:
    """Corpus events (one per happening, with its report counts). Example: newsgraph events --actor Syria"""
    from ..store import queries

    with open_store(db) as store:
        emit(queries.events(store.db, actor=actor, category=category, date_from=date_from, date_to=date_to, limit=limit), fmt.value)


def timeline_command(actor: Optional[str] = typer.Option(None, "--actor", help="An actor's name or id."),
                     about: Optional[str] = typer.Option(None, "--about", help="Evidence contains this text."),
                     date_from: Optional[str] = DATE_FROM, date_to: Optional[str] = DATE_TO, db: str = DB,
                     fmt: TimelineFormat = typer.Option(TimelineFormat.text, "--format"),
                     limit: Optional[int] = LIMIT,
                     # --- issue 9: summarised timelines (cli/timeline_summary.py) ---
                     summary: bool = typer.Option(False, "--summarize", help="Choose the important dates and the best sentences for each (text|json|tilse|html)."),
                     jsonl: Optional[Path] = typer.Option(None, "--jsonl", help="With --summarize: read {id, pub_date, text} lines from this file instead of --db."),
                     dates: Optional[int] = typer.Option(None, "--dates", min=1, help="With --summarize: number of dates (default grows with the days covered)."),
                     per_date: Optional[int] = typer.Option(None, "--sentences-per-date", min=1, help="With --summarize: sentences per date (default 2)."),
                     # --- end issue 9 ---
                     ) -> None:
    """Dated events and quotes with their evidence sentence and source article. Example: newsgraph timeline --actor Syria

    With --summarize: a timeline summary. Example: newsgraph timeline --summarize --jsonl syria.jsonl --dates 20 --format tilse"""
    from ..store import queries

    # --- issue 9: summarised timelines ---
    if summary or jsonl:
        from . import timeline_summary as ts

        with contextlib.ExitStack() as stack:
            source = ts.jsonl_articles(jsonl) if jsonl else ts.StoreArticles(
                stack.enter_context(open_store(db)), actor=actor, about=about, date_from=date_from, date_to=date_to)
            sys.stdout.write(ts.summarize_timeline(source, dates=dates, per_date=per_date, fmt=fmt.value,
                                                   date_from=date_from, date_to=date_to))
        return
    if fmt is TimelineFormat.tilse:
        raise typer.BadParameter("the tilse format needs --summarize", param_hint="--format")
    # --- end issue 9 ---

    with open_store(db) as store:
        rows = queries.timeline(store.db, actor=actor, about=about, date_from=date_from, date_to=date_to, limit=limit)
    # branch point: other timeline modes (e.g. summaries) go here, before the plain listing
    if fmt is TimelineFormat.html:
        sys.stdout.write(_timeline_html(rows))
    else:
        emit(rows, fmt.value)


def _timeline_html(rows: list[dict]) -> str:
    items = "".join(f"<li><b>{html.escape(r['date'])}</b> {html.escape(r['what'])} <i>{html.escape(r['who'])}</i>: "
                    f"{html.escape(r['evidence'] or '')} <small>({html.escape(str(r['article']))})</small></li>\n" for r in rows)
    return f"<!doctype html><meta charset=utf-8><title>newsgraph timeline</title><ol>\n{items}</ol>\n"


def network_command(kind: str = typer.Option("conflict", "--kind", help="affiliation | congruence | conflict | events"),
                    db: str = DB, fmt: NetworkFormat = typer.Option(NetworkFormat.csv, "--format"),
                    limit: Optional[int] = LIMIT) -> None:
    """A discourse or event network as an edge list or graph file. Example: newsgraph network --kind conflict --format csv"""
    from ..store import network

    if kind not in network.KINDS:
        raise typer.BadParameter(f"choose one of {', '.join(network.KINDS)}", param_hint="--kind")
    with open_store(db) as store:
        rows = network.edges(store.db, kind)[:limit or None]
    if fmt in (NetworkFormat.graphml, NetworkFormat.gexf):
        import networkx as nx

        write = nx.write_graphml if fmt is NetworkFormat.graphml else nx.write_gexf
        write(network.to_graph(rows, kind), sys.stdout.buffer)
    else:
        emit(rows, fmt.value)


def search_command(text: str = typer.Argument(..., help="Words that must all occur."), db: str = DB,
                   fmt: Format = typer.Option(Format.text, "--format"), limit: Optional[int] = LIMIT) -> None:
    """Full-text search over articles and quotes. Example: newsgraph search "Houla massacre" """
    from ..store import queries

    with open_store(db) as store:
        emit(queries.search(store.db, text, limit=limit), fmt.value)


def export_command(directory: Path = typer.Argument(..., help="Folder to write the tables into."), db: str = DB,
                   fmt: ExportFormat = typer.Option(ExportFormat.parquet, "--format")) -> None:
    """Export articles, actors, quotes, stances, events (GDELT-like) and mentions. Example: newsgraph export out/ --format csv"""
    from ..store.export import export

    with open_store(db) as store:
        for path in export(store.db, directory, fmt.value):
            err_console.print(f"wrote {path}")


def register(app: typer.Typer) -> None:
    """Add the corpus commands to the ``newsgraph`` app."""
    app.command("ingest")(ingest_command)
    app.add_typer(actors_app, name="actors")
    for name, command in (("quotes", quotes_command), ("events", events_command), ("timeline", timeline_command),
                          ("network", network_command), ("search", search_command), ("export", export_command)):
        app.command(name)(command)
