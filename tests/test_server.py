"""The HTTP service answers records, reports bad articles, and keeps serving after a failure."""

import pytest
from fastapi.testclient import TestClient

from newsgraph.server import MAX_BATCH, create_app

TEXT = 'PARIS - President Emmanuel Macron met Olaf Scholz on Friday. "We agree," Macron said.'


@pytest.fixture(scope="module")
def client(pipeline):
    return TestClient(create_app(pipeline))


def test_health(client):
    assert client.get("/health").json()["schema"] == "newsgraph/1"


def test_extract_returns_the_record_with_evidence(client):
    response = client.post("/extract", json={"text": TEXT, "pub_date": "2023-06-02", "id": "a1"})
    assert response.status_code == 200
    record = response.json()
    assert record["article"]["id"] == "a1" and record["article"]["pub_date"] == "2023-06-02"
    [quote] = [q for q in record["quotes"] if q["type"] == "direct"]
    assert TEXT[quote["start"]:quote["end"]] == quote["text"] == "We agree,"
    speaker = next(a for a in record["actors"] if a["id"] == quote["speaker"])
    assert speaker["name"] == "Emmanuel Macron"


@pytest.mark.parametrize("body", [{"text": "   "}, {"text": "x", "pub_date": "2012-13-45"},
                                  {"text": "Der Bundestag hat am Freitag das Gesetz mit großer Mehrheit beschlossen, "
                                           "nachdem die Regierung und die Opposition lange darüber gestritten hatten."}])
def test_unusable_articles_get_a_reason_and_the_service_goes_on(client, body):
    response = client.post("/extract", json={**body, "id": "bad"})
    assert response.status_code == 422
    assert response.json()["article"]["id"] == "bad" and response.json()["error"]
    assert client.post("/extract", json={"text": TEXT}).status_code == 200


def test_batch_keeps_order_and_marks_failures(client):
    articles = [{"id": "1", "text": TEXT}, {"id": "2", "text": ""}, {"id": "3", "text": TEXT}]
    records = client.post("/extract/batch", json={"articles": articles}).json()["records"]
    assert [r["article"]["id"] for r in records] == ["1", "2", "3"]
    assert "error" in records[1] and "error" not in records[0] and records[2]["quotes"]


def test_oversized_batches_and_malformed_bodies_are_refused(client):
    too_many = {"articles": [{"text": TEXT}] * (MAX_BATCH + 1)}
    assert client.post("/extract/batch", json=too_many).status_code == 422
    assert client.post("/extract", content=b"\xff\xfe not json", headers={"content-type": "application/json"}).status_code == 400
