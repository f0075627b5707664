import json

import pytest

import newsgraph
from newsgraph.errors import BadPubDate, EmptyInput


def test_extract_returns_a_typed_record_with_json():
    rec = newsgraph.extract("The mayor of Springfield said on Monday that the bridge would reopen.", pub_date="2020-03-04")
    assert rec.to_dict()["schema"] == "newsgraph/1"
    assert json.loads(rec.to_json())["article"]["pub_date"] == "2020-03-04"
    assert rec.article.language == "en" and rec.article.chars > 0 and len(rec.article.sha256) == 64


def test_extract_many_keeps_order_and_survives_bad_articles():
    articles = [
        {"id": "a", "text": "The minister said the talks would resume in Geneva next week."},
        {"id": "b", "text": "   "},
        {"id": "c", "text": "Die Regierung hat am Freitag neue Sanktionen gegen Syrien beschlossen, sagte ein Sprecher in Berlin."},
        {"id": "d", "text": "Officials said the ceasefire held overnight.", "pub_date": "2013-13-45"},
        {"id": "e", "text": "Police said two people were arrested."},
    ]
    out = list(newsgraph.extract_many(articles))
    assert [o.article["id"] if isinstance(o, newsgraph.ErrorRecord) else o.article.id for o in out] == list("abcde")
    errors = {o.article["id"]: o.error for o in out if isinstance(o, newsgraph.ErrorRecord)}
    assert set(errors) == {"b", "c", "d"}
    assert "empty" in errors["b"] and "'de'" in errors["c"] and "YYYY-MM-DD" in errors["d"]


def test_extract_raises_named_errors():
    with pytest.raises(EmptyInput):
        newsgraph.extract("")
    with pytest.raises(BadPubDate):
        newsgraph.extract("Officials said so.", pub_date="June 1st")


def test_unbalanced_quotes_and_stray_marks_do_not_break_the_run():
    text = 'He said "we will never stop. ' + '"' * 5000 + " The end.\n\u201cOpen quote with no close"
    rec = newsgraph.extract(text)
    assert all(0 <= q.start <= q.end <= len(text) for q in rec.quotes)


def test_a_parser_failure_loses_only_its_own_article(pipeline):
    """If spaCy itself raises inside a batch, the batch is re-parsed one by one: only that article fails."""
    import copy

    class Breaks:
        def __init__(self, nlp):
            self.nlp = nlp

        def __call__(self, text):
            if "Zorblax" in text:
                raise RuntimeError("parser broke")
            return self.nlp(text)

        def pipe(self, texts):
            for text in texts:
                yield self(text)

    broken = copy.copy(pipeline)
    broken.nlp = Breaks(pipeline.nlp)
    texts = ["Officials met in Paris on Monday to discuss the talks.",
             "Zorblax said the minister would resign next week.",
             "Police arrested three people in Berlin on Tuesday."]
    results = list(broken.extract_many({"id": str(i), "text": t} for i, t in enumerate(texts)))
    assert [type(r).__name__ for r in results] == ["Record", "ErrorRecord", "Record"]
    assert results[1].article["id"] == "1" and "parser broke" in results[1].error
