"""The store's tables, its schema version, and the migrations that bring an old database up to date.

A database records its version in ``meta``. Opening it runs every migration after that version,
each in one transaction, so a database written by an older release opens in this one.
Offsets are ``start_char``/``end_char`` (``end`` is reserved in SQL).
"""

from __future__ import annotations

from collections.abc import Callable

SCHEMA_VERSION = 2

#: Version 1: articles, failures, corpus actors, per-article records. Items name actors by their
#: article-local id (``speaker``, ``holder``, ``event_actors.actor``); ``article_actors`` maps them to
#: corpus actors, so merging and splitting corpus actors rewrites one table.
V1 = [
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)",
    """CREATE TABLE articles (id TEXT PRIMARY KEY, ext_id TEXT, title TEXT, url TEXT, pub_date TEXT,
        chars INTEGER, text TEXT, record TEXT, source TEXT, ingested_at TEXT)""",
    "CREATE TABLE failures (source TEXT, article TEXT, error TEXT, failed_at TEXT, PRIMARY KEY (source, article))",
    "CREATE TABLE actors (id TEXT PRIMARY KEY, name TEXT, type TEXT, country TEXT, code TEXT, sector TEXT)",
    "CREATE TABLE actor_keys (key TEXT PRIMARY KEY, actor_id TEXT)",
    """CREATE TABLE article_actors (article TEXT, local_id TEXT, actor_id TEXT, name TEXT, type TEXT,
        mentions INTEGER, PRIMARY KEY (article, local_id))""",
    """CREATE TABLE quotes (article TEXT, local_id TEXT, speaker TEXT, type TEXT, text TEXT,
        start_char INTEGER, end_char INTEGER, date TEXT, date_inferred BOOLEAN, confidence DOUBLE PRECISION,
        PRIMARY KEY (article, local_id))""",
    """CREATE TABLE events (article TEXT, local_id TEXT, category TEXT, cameo TEXT, quad_class INTEGER,
        goldstein DOUBLE PRECISION, trigger TEXT, start_char INTEGER, end_char INTEGER, evidence TEXT,
        ev_start INTEGER, ev_end INTEGER, date TEXT, date_inferred BOOLEAN, negated BOOLEAN,
        hypothetical BOOLEAN, future BOOLEAN, confidence DOUBLE PRECISION, PRIMARY KEY (article, local_id))""",
    """CREATE TABLE event_actors (article TEXT, local_id TEXT, role TEXT, actor TEXT,
        PRIMARY KEY (article, local_id, role, actor))""",
    """CREATE TABLE stances (article TEXT, local_id TEXT, holder TEXT, issue TEXT, issue_id TEXT, polarity TEXT,
        evidence TEXT, start_char INTEGER, end_char INTEGER, confidence DOUBLE PRECISION,
        PRIMARY KEY (article, local_id))""",
]

#: Version 2: outlets, near-duplicate links (MinHash), cross-article corpus events.
V2 = [
    "ALTER TABLE articles ADD COLUMN outlet TEXT",
    "ALTER TABLE articles ADD COLUMN dup_of TEXT",
    "ALTER TABLE articles ADD COLUMN minhash TEXT",
    "ALTER TABLE events ADD COLUMN corpus_event TEXT",
    "CREATE TABLE corpus_events (id TEXT PRIMARY KEY, category TEXT, actor_key TEXT, date_from TEXT, date_to TEXT)",
]


def _v2_backfill(store) -> None:
    """Articles stored by v1 get their MinHash and duplicate links; their events get corpus events."""
    store.relink_all()


#: version -> (SQL statements, then an optional Python step run in the same transaction)
MIGRATIONS: dict[int, tuple[list[str], Callable | None]] = {1: (V1, None), 2: (V2, _v2_backfill)}


def current_version(backend) -> int:
    """The version a database is at: 0 for an empty one."""
    if "meta" not in backend.table_names():
        return 0
    value = backend.scalar("SELECT value FROM meta WHERE key = 'schema_version'")
    return int(value or 0)


def migrate(store) -> int:
    """Bring the store's database to :data:`SCHEMA_VERSION`; returns the version it was at."""
    backend = store.db
    start = current_version(backend)
    if start > SCHEMA_VERSION:
        from .backend import StoreError

        raise StoreError(f"database schema v{start} is newer than this newsgraph (v{SCHEMA_VERSION}): upgrade newsgraph")
    for version in range(start + 1, SCHEMA_VERSION + 1):
        statements, step = MIGRATIONS[version]
        with backend.transaction():
            for sql in statements:
                backend.execute(sql)
            if step is not None:
                step(store)
            backend.execute("DELETE FROM meta WHERE key = 'schema_version'")
            backend.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(version)])
    return start
