import json

import jsonschema

from newsgraph.schema import SCHEMA_FILE, json_schema


def test_shipped_schema_matches_the_model():
    assert json.loads(SCHEMA_FILE.read_text()) == json_schema(), "run: python -m newsgraph.schema"


def test_seed_record_validates(seed_record):
    jsonschema.validate(seed_record.to_dict(), json.loads(SCHEMA_FILE.read_text()))


def test_ids_are_unique_strings(seed_record):
    data = seed_record.to_dict()
    ids = [item["id"] for key in ("actors", "quotes", "times", "events", "stances") for item in data[key]]
    assert all(isinstance(i, str) for i in ids)
    assert len(ids) == len(set(ids))


def test_references_point_at_existing_items(seed_record):
    actors = {a.id for a in seed_record.actors}
    quotes = {q.id for q in seed_record.quotes}
    assert {q.speaker for q in seed_record.quotes if q.speaker} <= actors
    for e in seed_record.events:
        assert set(e.source) | set(e.target) | ({e.place} if e.place else set()) <= actors
    for s in seed_record.stances:
        assert s.holder in actors and (s.quote is None or s.quote in quotes)
