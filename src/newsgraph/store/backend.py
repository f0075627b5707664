"""One small connection interface over DuckDB (default, embedded) and PostgreSQL (psycopg 3).

The store writes portable SQL with ``?`` placeholders; the PostgreSQL side turns them into
``%s``. Both run in autocommit mode with explicit ``BEGIN``/``COMMIT`` so that a write is
either wholly there or not there at all (one transaction per article).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence


class StoreError(Exception):
    """A store could not be opened or used; the message says how to fix it."""


class Backend:
    """A connection: ``execute``, ``rows`` (dicts), ``transaction``. Subclasses adapt the driver."""

    kind = "?"

    def execute(self, sql: str, params: Sequence = ()) -> None:
        self._cursor(sql, params)

    def executemany(self, sql: str, rows: Sequence[Sequence]) -> None:
        for row in rows:
            self._cursor(sql, row)

    def rows(self, sql: str, params: Sequence = ()) -> list[dict]:
        cur = self._cursor(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]

    def scalar(self, sql: str, params: Sequence = ()):
        row = self._cursor(sql, params).fetchone()
        return row[0] if row else None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        self.execute("BEGIN")
        try:
            yield
        except BaseException:
            self.execute("ROLLBACK")
            raise
        self.execute("COMMIT")

    def table_names(self) -> set[str]:
        return {r["table_name"] for r in self.rows(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = " + self.schema_sql)}


class DuckBackend(Backend):
    kind = "duckdb"
    schema_sql = "current_schema()"

    def __init__(self, path: str) -> None:
        import duckdb

        try:
            self.con = duckdb.connect(path)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open DuckDB file {path!r}: {exc}; is another process writing it?") from None

    def _cursor(self, sql, params):
        import duckdb

        try:
            return self.con.execute(sql, list(params))
        except duckdb.Error as exc:
            raise StoreError(f"DuckDB: {exc}") from exc

    def close(self) -> None:
        self.con.close()


class PostgresBackend(Backend):
    kind = "postgres"
    schema_sql = "current_schema()"

    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ImportError:
            raise StoreError("PostgreSQL needs psycopg 3: pip install 'psycopg[binary]'") from None
        try:
            self.con = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to PostgreSQL at {url!r}: {str(exc).strip()}") from None

    def _cursor(self, sql, params):
        import psycopg

        try:
            return self.con.execute(sql.replace("?", "%s"), list(params))
        except psycopg.Error as exc:
            raise StoreError(f"PostgreSQL: {str(exc).strip()}") from exc

    def close(self) -> None:
        self.con.close()


def connect(db: str) -> Backend:
    """``postgresql://...`` (or ``postgres://``) opens PostgreSQL; anything else is a DuckDB file or ':memory:'."""
    if db.startswith(("postgresql://", "postgres://")):
        return PostgresBackend(db)
    return DuckBackend(db)
