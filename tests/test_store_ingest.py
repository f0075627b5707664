"""Ingest (sources, failures, idempotence, SIGKILL) and the corpus CLI, with a stand-in pipeline.

The stand-in turns each article into a small record without spaCy, so these tests check the
store's behaviour, not extraction quality (bench/store.py runs the real pipeline end to end).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.model import ErrorRecord
from newsgraph.store import Store
from newsgraph.store.ingest import ingest
from newsgraph.store.sources import read_paths
from store_records import record

HERE = Path(__file__).resolve().parent


class StandIn:
    """extract_many like the real pipeline: a record per article, an ErrorRecord for 'FAIL'."""

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay

    def extract_many(self, articles, batch_size=16):
        for a in articles:
            time.sleep(self.delay)
            text = a.text if isinstance(a.text, str) else a.text.decode()
            if "FAIL" in text:
                yield ErrorRecord(article={"id": a.id}, error="stand-in failure")
            else:
                first = text.split()[0]
                yield record(text, a.pub_date or "2012-06-01", id=a.id, actors=[(first, "PERSON", None, first)],
                             events=[("CONSULT", 1.0, first, first, [first], [], a.pub_date)])


def _articles(folder: Path, n: int) -> Path:
    """n short made-up articles in a JSONL file, each naming a different person."""
    path = folder / "articles.jsonl"
    rows = [{"id": f"a{i}", "text": f"Person{i} met the press in town number {i}.", "pub_date": f"2012-06-{1 + i % 28:02d}",
             "outlet": "wire"} for i in range(n)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_every_kind_of_source_is_read(tmp_path):
    (tmp_path / "one.txt").write_text("Alice spoke in Paris today.")
    (tmp_path / "one.meta.json").write_text(json.dumps({"id": "alice", "pub_date": "2012-06-01"}))
    (tmp_path / "two.txt").write_text("Bob spoke in Berlin today.")
    (tmp_path / "table.csv").write_text("file,outlet,pub_date\ntwo.txt,bbc,2012-06-02\n")
    (tmp_path / "index.jsonl").write_text('{"text": "Carol spoke.", "id": "c"}\nnot json\n[1]\n')
    (tmp_path / "feed.rss").write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title><item><title>T</title>"
        "<link>http://x.test/d</link><pubDate>Fri, 01 Jun 2012 10:00:00 GMT</pubDate>"
        "<description>Dave spoke in Rome today.</description></item></channel></rss>")
    items = list(read_paths([tmp_path, tmp_path / "missing.txt"]))
    good = {i.article.id: i for i in items if i.error is None}
    assert set(good) == {"alice", "two", "c", "http://x.test/d"}
    assert good["alice"].article.pub_date == "2012-06-01"
    assert good["http://x.test/d"].outlet == "Wire" and good["http://x.test/d"].article.pub_date == "2012-06-01"
    assert any(i.outlet == "bbc" and i.article.pub_date == "2012-06-02" for i in items if i.article)
    assert len([i for i in items if i.error]) == 3  # bad JSON, not an object, missing file


def test_ingest_is_idempotent_and_records_failures(tmp_path):
    path = _articles(tmp_path, 5)
    with path.open("a") as f:
        f.write(json.dumps({"id": "bad", "text": "Zed will FAIL here."}) + "\n" + json.dumps({"id": "empty", "text": ""}) + "\n")
    with Store(":memory:") as store:
        first = ingest(store, read_paths([path]), pipeline=StandIn())
        assert (first["added"], first["skipped"], first["failed"]) == (5, 0, 2)
        counts = store.counts()
        second = ingest(store, read_paths([path]), pipeline=StandIn())
        assert (second["added"], second["skipped"]) == (0, 5)
        assert store.counts() == counts and counts["failures"] == 2


KILLED_RUN = """
import sys; sys.path.insert(0, {tests!r})
from newsgraph.store import Store
from newsgraph.store.ingest import ingest
from newsgraph.store.sources import read_paths
from test_store_ingest import StandIn
with Store({db!r}) as store:
    ingest(store, read_paths([{src!r}]), pipeline=StandIn(0.02), tick=lambda: print("tick", flush=True))
"""


def _run_ingest(db: Path, src: Path, kill_after: int | None = None) -> None:
    code = KILLED_RUN.format(tests=str(HERE), db=str(db), src=str(src))
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    if kill_after is None:
        assert proc.wait(timeout=120) == 0
        return
    for _ in range(kill_after):
        proc.stdout.readline()
    time.sleep(0.013)  # land somewhere inside the next article's write
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)


def test_an_ingest_killed_midway_and_rerun_ends_the_same(tmp_path):
    src = _articles(tmp_path, 40)
    _run_ingest(tmp_path / "whole.duckdb", src)
    _run_ingest(tmp_path / "killed.duckdb", src, kill_after=15)
    with Store(str(tmp_path / "killed.duckdb")) as store:
        partial = store.counts()
    assert 0 < partial["articles"] < 40
    assert partial["events"] == partial["articles"]  # no half article
    _run_ingest(tmp_path / "killed.duckdb", src)
    with Store(str(tmp_path / "whole.duckdb")) as whole, Store(str(tmp_path / "killed.duckdb")) as killed:
        assert killed.counts() == whole.counts()


@pytest.fixture()
def db(tmp_path, monkeypatch):
    """A DuckDB file ingested through the CLI with the stand-in pipeline."""
    monkeypatch.setattr("newsgraph.pipeline.get_pipeline", lambda *a: StandIn())
    path = str(tmp_path / "news.duckdb")
    result = CliRunner().invoke(app, ["ingest", str(_articles(tmp_path, 6)), "--db", path])
    assert result.exit_code == 0, result.output
    return path


def _run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_query_commands_print_text_json_and_csv(db):
    assert len(_run("actors", "list", "--db", db).splitlines()) == 6
    assert len(json.loads(_run("events", "--db", db, "--format", "json"))) == 6
    assert len(json.loads(_run("events", "--db", db, "--format", "json", "--limit", "2"))) == 2
    assert _run("timeline", "--db", db, "--format", "csv", "--actor", "Person3").splitlines()[0].startswith("date,kind,")
    assert "<ol>" in _run("timeline", "--db", db, "--format", "html")
    assert _run("search", "town number 4", "--db", db).startswith("article  a4")
    assert _run("network", "--kind", "affiliation", "--db", db, "--format", "csv") == ""
    assert "<graphml" in _run("network", "--kind", "events", "--db", db, "--format", "graphml")
    assert _run("quotes", "--db", db, "--format", "json") == "[]\n"


def test_actor_corrections_and_exports_from_the_command_line(db, tmp_path):
    _run("actors", "merge", "person1", "person2", "--db", db)
    assert "Person1; Person2" in _run("actors", "list", "--db", db, "--name", "person1")
    assert _run("actors", "split", "person1", "--name", "Person2", "--db", db).strip() == "person2"
    _run("export", str(tmp_path / "out"), "--db", db, "--format", "csv")
    events = (tmp_path / "out" / "events.csv").read_text().splitlines()
    assert events[0].startswith("GLOBALEVENTID,SQLDATE,") and len(events) == 7
    _run("export", str(tmp_path / "pq"), "--db", db)
    import duckdb

    assert duckdb.connect().execute(f"SELECT count(*) FROM '{tmp_path / 'pq' / 'events.parquet'}'").fetchall() == [(6,)]


def test_errors_are_messages_not_tracebacks(db):
    result = CliRunner().invoke(app, ["actors", "merge", "nobody", "person1", "--db", db])
    assert result.exit_code == 2 and "actors list" in result.output
    result = CliRunner().invoke(app, ["network", "--kind", "friendship", "--db", db])
    assert result.exit_code == 2


def test_every_corpus_command_is_documented():
    for command in ("ingest", "quotes", "events", "timeline", "network", "search", "export"):
        assert "Example:" in CliRunner().invoke(app, [command, "--help"]).output


def test_the_real_ingest_killed_after_its_first_commit_loses_nothing(tmp_path, pipeline):
    """``newsgraph ingest -v`` in a subprocess (the model loads there), SIGKILLed as soon as it reports
    a committed article; re-run here, it ends with the counts of an uninterrupted ingest."""
    src = tmp_path / "news.jsonl"
    rows = [{"id": f"n{i}", "pub_date": f"2012-06-{i % 28 + 1:02d}", "text": f"Minister Anna Berg{i} met envoys in Oslo on "
             f"Monday. \"Talks number {i} went well,\" Berg{i} said. Police arrested {i + 2} protesters."} for i in range(40)]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    with Store(":memory:") as whole:
        ingest(whole, read_paths([src]), pipeline=pipeline)
        expected = whole.counts()
    db = tmp_path / "killed.duckdb"
    command = [sys.executable, "-m", "newsgraph", "ingest", str(src), "--db", str(db), "--verbose"]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    for line in proc.stderr:  # blocks until the child reports its first durable article (or exits)
        if line.startswith("stored "):
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stderr.close()
    with Store(str(db)) as killed:
        assert 0 < killed.counts()["articles"] < expected["articles"]
        for row in killed.db.rows("SELECT id, record FROM articles"):
            stored = killed.db.scalar("SELECT count(*) FROM quotes WHERE article = ?", [row["id"]])
            assert stored == len(json.loads(row["record"])["quotes"])  # no half article
        ingest(killed, read_paths([src]), pipeline=pipeline)  # the re-run
        assert killed.counts() == expected
