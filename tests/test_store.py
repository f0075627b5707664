"""The Store on DuckDB (always) and PostgreSQL (when .ci/run started one: NEWSGRAPH_TEST_PG)."""

from __future__ import annotations

import os

import pytest

from newsgraph.store import SCHEMA_VERSION, NoSuchActor, Store, StoreError, network, queries
from newsgraph.store.schema import V1
from store_records import HOULA, houla, paris, putin_again, record

PG = os.environ.get("NEWSGRAPH_TEST_PG")
BACKENDS = ["duckdb", pytest.param("postgres", marks=pytest.mark.skipif(
    not PG, reason="no PostgreSQL server: run .ci/run (it starts one and sets NEWSGRAPH_TEST_PG)"))]


def _empty_postgres() -> None:
    import psycopg

    with psycopg.connect(PG, autocommit=True) as con:
        con.execute("DROP SCHEMA public CASCADE")
        con.execute("CREATE SCHEMA public")


@pytest.fixture(params=BACKENDS)
def store(request):
    if request.param == "postgres":
        _empty_postgres()
    with Store(PG if request.param == "postgres" else ":memory:") as s:
        yield s


@pytest.fixture()
def corpus(store):
    for rec in (paris(), houla(), putin_again()):
        store.add(rec, outlet="test")
    return store


def test_an_article_is_stored_once(store):
    assert store.add(paris()) is True
    before = store.counts()
    assert store.add(paris()) is False
    assert store.counts() == before
    assert before["articles"] == 1 and before["quotes"] == 1 and before["stances"] == 2


def test_a_failed_write_leaves_no_half_article(store, monkeypatch):
    def broken(record):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store, "_link_events", broken)
    with pytest.raises(RuntimeError):
        store.add(paris())
    assert set(store.counts().values()) == {0}
    monkeypatch.undo()
    assert store.add(paris()) and store.counts()["events"] == 1


def test_actors_are_one_across_articles(corpus):
    rows = {r["id"]: r for r in queries.actors(corpus.db)}
    assert rows["vladimir-putin"]["articles"] == 2  # "Putin" in one article joins "Vladimir Putin"
    assert set(rows["vladimir-putin"]["names"].split("; ")) == {"Vladimir Putin", "Putin"}
    assert rows["france"]["country"] == "FRA"


def test_a_lone_surname_with_two_candidates_stays_apart(store):
    text = "John Smith met Jane Smith. Smith left."
    store.add(record(text, "2012-01-01", actors=[("John Smith", "PERSON", None, "John Smith"),
                                                 ("Jane Smith", "PERSON", None, "Jane Smith")]))
    store.add(record("Smith spoke.", "2012-01-02", actors=[("Smith", "PERSON", None, "Smith")]))
    assert {r["id"] for r in queries.actors(store.db)} == {"john-smith", "jane-smith", "smith"}


def test_merge_and_split_hold_for_later_ingests(corpus):
    corpus.merge_actors("france", "syria")
    assert "syria" not in {r["id"] for r in queries.actors(corpus.db)}
    corpus.add(houla(HOULA + " More.", "2012-05-30", "later"))
    assert "syria" not in {r["id"] for r in queries.actors(corpus.db)}
    new = corpus.split_actor("france", "Syria")
    rows = {r["id"]: r for r in queries.actors(corpus.db)}
    assert rows[new]["articles"] == 2 and rows["france"]["names"] == "France"
    with pytest.raises(NoSuchActor):
        corpus.merge_actors("france", "atlantis")
    with pytest.raises(StoreError):
        corpus.split_actor("france", "Narnia")


def test_reports_of_one_happening_are_one_corpus_event(corpus):
    meetings = queries.events(corpus.db, category="CONSULT")
    assert len(meetings) == 1 and meetings[0]["mentions"] == 2 and meetings[0]["articles"] == 2
    corpus.add(record("Putin met Hollande in Paris a year later.", "2013-06-01", actors=[
        ("Putin", "PERSON", "RUS", "Putin"), ("Hollande", "PERSON", "FRA", "Hollande")], events=[
        ("CONSULT", 1.0, "met", "Putin met Hollande in Paris a year later.", ["Putin"], ["Hollande"], "2013-06-01")]))
    assert len(queries.events(corpus.db, category="consult")) == 2  # a year apart: two meetings


def test_syndicated_copies_are_linked_and_counted_once(store):
    story = " ".join(f"word{i} of the wire story number {i % 7}" for i in range(60))
    copy = story.replace("word5 ", "term5 ") + " Reporting by a local desk."
    for text, day in ((story, "2012-06-01"), (copy, "2012-06-02")):
        store.add(record(text, day, actors=[("France", "COUNTRY", "FRA", "word1")], events=[
            ("ACCUSE", -2.0, "word3", "word3", ["France"], [], day)]))
    assert store.counts()["duplicates"] == 1
    (event,) = queries.events(store.db)
    assert event["articles"] == 1
    assert len(queries.search(store.db, "wire story")) == 1


def test_timeline_for_an_actor_is_dated_with_evidence(corpus):
    rows = queries.timeline(corpus.db, actor="Syria")
    assert [(r["date"], r["what"]) for r in rows] == [("2012-W21", "ASSAULT"), ("2012-05-28", "ACCUSE")]
    assert rows[0]["evidence"] == HOULA.split(".")[0] + "." and rows[0]["article"] == "houla"
    assert [r["what"] for r in queries.timeline(corpus.db, date_from="2012-05-29")] == ["CONSULT", "direct"]
    assert queries.timeline(corpus.db, actor="Syria", date_from="2012-05-22", date_to="2012-05-22")[0]["what"] == "ASSAULT"


def test_quotes_filter_by_speaker_text_and_date(corpus):
    assert len(queries.quotes(corpus.db, speaker="putin", about="sanctions")) == 1
    assert queries.quotes(corpus.db, speaker="Hollande") == []
    assert queries.quotes(corpus.db, date_to="2012-05-31") == []


def test_discourse_networks(corpus):
    conflict = network.edges(corpus.db, "conflict")
    assert conflict == [{"source": "Francois Hollande", "target": "Vladimir Putin", "weight": 1, "issues": "sanctions"}]
    assert network.edges(corpus.db, "congruence") == []
    affiliation = {(e["source"], e["target"]): e for e in network.edges(corpus.db, "affiliation")}
    assert affiliation["Vladimir Putin", "sanctions"]["weight"] == 2
    assert affiliation["Vladimir Putin", "sanctions"]["polarity"] == "oppose"
    events = {(e["source"], e["target"]): e["weight"] for e in network.edges(corpus.db, "events")}
    assert events == {("France", "Syria"): -2.0, ("Vladimir Putin", "Francois Hollande"): 1.0}
    assert queries.disagreements(corpus.db)[0]["opponents"] == "Vladimir Putin"


def test_search_needs_every_word(corpus):
    assert {r["article"] for r in queries.search(corpus.db, "houla FRANCE")} == {"houla"}
    assert queries.search(corpus.db, "houla sanctions") == []


def test_offsets_point_into_the_stored_text(corpus):
    for q in queries.quotes(corpus.db):
        text = corpus.db.scalar("SELECT text FROM articles WHERE ext_id = ?", [q["article"]])
        assert text[q["start_char"]:q["end_char"]] == q["text"]


def test_a_v1_database_is_migrated(store):
    for table in ("meta", "articles", "failures", "actors", "actor_keys", "article_actors", "quotes", "events",
                  "event_actors", "stances", "corpus_events"):
        store.db.execute(f"DROP TABLE IF EXISTS {table}")
    for sql in V1:
        store.db.execute(sql)
    store.db.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    old = paris()
    store.db.execute("INSERT INTO articles VALUES (?, ?, NULL, NULL, ?, ?, ?, ?, NULL, '2020-01-01')",
                     [old.article.sha256, "paris", "2012-06-01", old.article.chars, old.article.text, old.to_json()])
    store.db.execute("INSERT INTO events (article, local_id, category) VALUES (?, 'e0', 'CONSULT')", [old.article.sha256])
    reopened = Store.__new__(Store)
    reopened.db, reopened._signatures = store.db, None
    from newsgraph.store.schema import current_version, migrate

    assert migrate(reopened) == 1 and current_version(store.db) == SCHEMA_VERSION
    assert store.db.scalar("SELECT count(*) FROM corpus_events") == 1
    assert store.db.scalar("SELECT minhash IS NOT NULL FROM articles")
    assert store.add(paris()) is False


def test_a_newer_database_is_refused(store):
    store.db.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    from newsgraph.store.schema import migrate

    with pytest.raises(StoreError, match="newer"):
        migrate(store)


def test_issues_join_across_articles_by_their_text_not_their_local_ids(store):
    text = "Ann backs taxes. Bob opposes tariffs."
    actors = [("Ann", "PERSON", None, "Ann"), ("Bob", "PERSON", None, "Bob")]
    store.add(record(text, "2012-01-01", actors=actors, stances=[("Ann", "taxes", "support", "Ann backs taxes.")]))
    store.add(record(text + " Again.", "2012-01-02", actors=actors,
                     stances=[("Bob", "tariffs", "oppose", "Bob opposes tariffs.")]))  # both stances have id s0
    assert network.edges(store.db, "conflict") == []


def test_an_issue_named_only_by_a_pointing_phrase_stays_in_its_article(store):
    actors = [("Ann", "PERSON", None, "Ann"), ("Bob", "PERSON", None, "Bob")]
    store.add(record("Ann backs the bill.", "2012-01-01", actors=actors[:1],
                     stances=[("Ann", "the bill", "support", "Ann backs the bill.")]))
    store.add(record("Bob opposes the bill.", "2012-01-02", actors=actors[1:],
                     stances=[("Bob", "the bill", "oppose", "Bob opposes the bill.")]))
    assert network.edges(store.db, "conflict") == []
    store.add(record("Bob backs the bill. Ann fights it.", "2012-01-03", actors=actors, stances=[
        ("Bob", "the bill", "support", "Bob backs the bill."), ("Ann", "the bill", "oppose", "Ann fights it.")]))
    assert [(e["source"], e["target"]) for e in network.edges(store.db, "conflict")] == [("Ann", "Bob")]
