"""Evidence property: every span in every record equals the text at its offsets."""

import pytest

from conftest import SHARED


def iter_spans(data, path="record"):
    if isinstance(data, dict):
        if {"start", "end", "text"} <= data.keys():
            yield path, data
        for key, value in data.items():
            if key != "article" or path != "record":
                yield from iter_spans(value, f"{path}.{key}")
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from iter_spans(value, f"{path}[{i}]")


def assert_spans_exact(record):
    data = record.to_dict()
    text = data["article"]["text"]
    count = 0
    for path, span in iter_spans(data):
        assert 0 <= span["start"] <= span["end"] <= len(text), path
        assert text[span["start"]:span["end"]] == span["text"], path
        count += 1
    if data["article"]["dateline"]:
        d = data["article"]["dateline"]
        assert text[d["start"]:d["end"]] == d["text"]
    return count


NEWS = sorted((SHARED / "corpus" / "news").glob("*.txt"))


@pytest.mark.skipif(not NEWS, reason="../shared/corpus/news is not there")
def test_spans_are_exact_on_every_shared_news_article(pipeline):
    articles = [{"id": p.name, "text": p.read_bytes()} for p in NEWS]
    records = list(pipeline.extract_many(articles))
    assert len(records) == len(NEWS)
    total = 0
    for record in records:
        assert not hasattr(record, "error"), record
        total += assert_spans_exact(record)
    assert total > 500


def test_spans_are_exact_with_crlf_and_curly_quotes(pipeline):
    text = "LONDON (Reuters) -\r\n\u201cWe will stay,\u201d the minister said on Tuesday.\r\nShe added that talks were over."
    record = pipeline.extract(text.encode("utf-8"), pub_date="2016-05-06")
    assert assert_spans_exact(record) >= 3
