"""The Store: one database of records from many articles (DuckDB file, ':memory:' or PostgreSQL).

Each article is written in one transaction, keyed by the sha256 of its text, so re-ingesting
adds nothing and a crash leaves no half article. Queries live in ``queries.py``, networks in
``network.py``, exports in ``export.py``; this module holds the writes.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlparse

from ..model import Actor, Record
from . import similar
from .backend import StoreError, connect
from .resolve import corpus_event_for, new_actor, normalise, resolve_actor
from .schema import migrate

COUNTED = ("articles", "failures", "actors", "quotes", "events", "corpus_events", "stances")


class NoSuchActor(StoreError):
    def __init__(self, actor_id: str) -> None:
        super().__init__(f"no corpus actor {actor_id!r}: see `newsgraph actors list` for ids")


class Store:
    """A knowledge base over many articles. ``Store(":memory:")`` for tests."""

    def __init__(self, db: str = "news.duckdb") -> None:
        self.url = db
        self.db = connect(db)
        self._signatures: dict[str, list[int]] | None = None
        migrate(self)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writes -------------------------------------------------------------------------------
    def has(self, sha256: str) -> bool:
        return bool(self.db.scalar("SELECT 1 FROM articles WHERE id = ?", [sha256]))

    def add(self, record: Record, *, source: str | None = None, outlet: str | None = None) -> bool:
        """Store one record in one transaction; False when that text is already stored."""
        info = record.article
        if self.has(info.sha256):
            return False
        signature = similar.signature(info.text or "")
        try:
            self._insert(record, signature, source, outlet)
        except Exception:
            if self.has(info.sha256):  # another writer stored the same text meanwhile
                return False
            raise
        self._known_signatures()[info.sha256] = signature
        return True

    def _insert(self, record: Record, signature: list[int], source: str | None, outlet: str | None) -> None:
        info = record.article
        with self.db.transaction():
            self.db.execute(
                "INSERT INTO articles (id, ext_id, title, url, pub_date, chars, text, record, source, ingested_at, "
                "outlet, dup_of, minhash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [info.sha256, info.id, info.title, info.url, info.pub_date, info.chars, info.text, record.to_json(),
                 source, _now(), outlet or _outlet(info.url), self._duplicate_of(signature), similar.encode(signature)])
            self._write_items(record)
            self.db.execute("DELETE FROM failures WHERE source = ? AND article = ?", [source or "", info.id or ""])

    def add_failure(self, source: str, article: str | None, error: str) -> None:
        with self.db.transaction():
            self.db.execute("DELETE FROM failures WHERE source = ? AND article = ?", [source, article or ""])
            self.db.execute("INSERT INTO failures VALUES (?, ?, ?, ?)", [source, article or "", error, _now()])

    def _write_items(self, record: Record) -> None:
        art = record.article.sha256
        ids = {a.id: resolve_actor(self.db, a) for a in record.actors}
        self.db.executemany("INSERT INTO article_actors VALUES (?, ?, ?, ?, ?, ?)",
                            [[art, a.id, ids[a.id], a.name, a.type, len(a.mentions)] for a in record.actors])
        self.db.executemany("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
            [art, q.id, q.speaker, q.type, q.text, q.start, q.end, q.date, q.date_inferred, q.confidence]
            for q in record.quotes])
        for e in record.events:
            evidence = e.evidence[0] if e.evidence else e.trigger
            self.db.execute(
                "INSERT INTO events (article, local_id, category, cameo, quad_class, goldstein, trigger, start_char, "
                "end_char, evidence, ev_start, ev_end, date, date_inferred, negated, hypothetical, future, confidence) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [art, e.id, e.category, e.cameo, e.quad_class, e.goldstein, e.trigger.text, e.trigger.start,
                 e.trigger.end, evidence.text, evidence.start, evidence.end, e.date, e.date_inferred, e.negated,
                 e.hypothetical, e.future, e.confidence])
            self.db.executemany("INSERT INTO event_actors VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                                [[art, e.id, "source", a] for a in e.source if a in ids]
                                + [[art, e.id, "target", a] for a in e.target if a in ids]
                                + [[art, e.id, "place", a] for a in [e.place] if a in ids])
        self.db.executemany("INSERT INTO stances VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
            [art, s.id, s.holder, s.issue, s.issue_id, s.polarity, s.evidence.text, s.evidence.start,
             s.evidence.end, s.confidence] for s in record.stances])
        self._link_events(record)

    # -- near duplicates ----------------------------------------------------------------------
    def _known_signatures(self) -> dict[str, list[int]]:
        if self._signatures is None:
            rows = self.db.rows("SELECT id, minhash FROM articles WHERE dup_of IS NULL AND minhash IS NOT NULL")
            self._signatures = {r["id"]: similar.decode(r["minhash"]) for r in rows}
        return self._signatures

    def _duplicate_of(self, signature: list[int]) -> str | None:
        best = max(((similar.similarity(signature, s), i) for i, s in self._known_signatures().items()), default=None)
        return best[1] if best and best[0] >= similar.DUPLICATE_AT else None

    def relink_all(self) -> None:
        """Recompute MinHash links and corpus events for every stored article (used by migrations)."""
        self._signatures = {}
        for row in self.db.rows("SELECT id, text FROM articles ORDER BY ingested_at, id"):
            signature = similar.signature(row["text"] or "")
            self.db.execute("UPDATE articles SET minhash = ?, dup_of = ? WHERE id = ?",
                            [similar.encode(signature), self._duplicate_of(signature), row["id"]])
            self._signatures[row["id"]] = signature
        self._signatures = None
        self.relink_events()

    def relink_events(self) -> None:
        """Regroup every stored event report into corpus events (after merges, splits, migrations)."""
        self.db.execute("DELETE FROM corpus_events")
        for row in self.db.rows("SELECT record FROM articles ORDER BY ingested_at, id"):
            self._link_events(Record.model_validate_json(row["record"]))

    def _link_events(self, record: Record) -> None:
        art = record.article.sha256
        corpus_ids = {r["local_id"]: r["actor_id"] for r in self.db.rows(
            "SELECT local_id, actor_id FROM article_actors WHERE article = ?", [art])}
        for e in record.events:
            sources = [corpus_ids[a] for a in e.source if a in corpus_ids]
            targets = [corpus_ids[a] for a in e.target if a in corpus_ids]
            corpus = corpus_event_for(self.db, art, e, sources, targets, record.article.pub_date)
            self.db.execute("UPDATE events SET corpus_event = ? WHERE article = ? AND local_id = ?", [corpus, art, e.id])

    # -- corrections --------------------------------------------------------------------------
    def merge_actors(self, keep: str, other: str) -> None:
        """Make ``other`` the same corpus actor as ``keep`` (now and for later ingests)."""
        for actor_id in (keep, other):
            self._require_actor(actor_id)
        with self.db.transaction():
            self.db.execute("UPDATE actor_keys SET actor_id = ? WHERE actor_id = ?", [keep, other])
            self.db.execute("UPDATE article_actors SET actor_id = ? WHERE actor_id = ?", [keep, other])
            self.db.execute("DELETE FROM actors WHERE id = ?", [other])
            self.relink_events()

    def split_actor(self, actor_id: str, name: str) -> str:
        """Move the article actors called ``name`` out of ``actor_id`` into a new corpus actor; its id."""
        self._require_actor(actor_id)
        rows = [r for r in self.db.rows("SELECT * FROM article_actors WHERE actor_id = ?", [actor_id])
                if normalise(r["name"]) == normalise(name)]
        if not rows:
            raise StoreError(f"no article calls {actor_id!r} {name!r}: see `newsgraph actors list` for names")
        with self.db.transaction():
            new = new_actor(self.db, Actor(id="split", name=rows[0]["name"], type=rows[0]["type"]))
            for r in rows:
                self.db.execute("UPDATE article_actors SET actor_id = ? WHERE article = ? AND local_id = ?",
                                [new, r["article"], r["local_id"]])
            self.db.execute("UPDATE actor_keys SET actor_id = ? WHERE actor_id = ? AND key LIKE ?",
                            [new, actor_id, "%:" + normalise(name)])
            self.relink_events()
        return new

    def _require_actor(self, actor_id: str) -> None:
        if not self.db.scalar("SELECT 1 FROM actors WHERE id = ?", [actor_id]):
            raise NoSuchActor(actor_id)

    def counts(self) -> dict[str, int]:
        counts = {t: self.db.scalar(f"SELECT count(*) FROM {t}") for t in COUNTED}
        counts["duplicates"] = self.db.scalar("SELECT count(*) FROM articles WHERE dup_of IS NOT NULL")
        return counts


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _outlet(url: str | None) -> str | None:
    host = urlparse(url).netloc if url else ""
    return host.removeprefix("www.") or None
