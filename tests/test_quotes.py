"""The quotes stage: quotation marks, attribution, speakers, bad input."""

from __future__ import annotations

import json
import time

import pytest

from newsgraph.quotes.marks import quoted_spans

from conftest import SEED_GOLD, SEED_TEXT


def contents(text: str) -> list[str]:
    return [text[q.start:q.end] for q in quoted_spans(text)]


@pytest.mark.parametrize("text, want", [
    ('He said "we will win" today.', ["we will win"]),
    ("He said \u201cwe will win\u201d today.", ["we will win"]),
    ("Il a dit \u00ab nous gagnerons \u00bb hier.", [" nous gagnerons "]),
    ("He said ``we will win'' today.", ["we will win"]),
    ("He said ''we will win'' today.", ["we will win"]),
    ("UK 'will not tolerate' abuse, says minister", ["will not tolerate"]),
])
def test_every_mark_style_pairs(text, want):
    assert contents(text) == want


def test_apostrophes_are_not_quotes():
    assert contents("The voters' choice isn't Smith's, and the '90s are over.") == []


def test_multi_paragraph_quote_is_one_span_with_a_piece_per_paragraph():
    text = "He said: \u201cFirst paragraph goes on.\n\u201cSecond one ends here.\u201d\nThen prose."
    (q,) = quoted_spans(text)
    assert [text[a:b] for a, b in q.pieces] == ["First paragraph goes on.", "Second one ends here."]
    assert q.closed


def test_unclosed_quote_stops_at_its_paragraph():
    text = "She said \u201cthis never closes\nA new paragraph of prose."
    (q,) = quoted_spans(text)
    assert text[q.start:q.end] == "this never closes" and not q.closed


def test_thousands_of_marks_are_linear_and_sane():
    for text in ('"' * 5000, "\u201c" * 5000, ('a "b" ' * 3000), "'" * 5000):
        start = time.perf_counter()
        spans = quoted_spans(text)
        assert time.perf_counter() - start < 1.0
        assert all(0 <= q.start <= q.end <= len(text) for q in spans)


@pytest.fixture()
def quotes_of(nlp):
    """Run the stages up to quotes on any text (bad input included: no language check)."""
    from newsgraph.document import NewsDoc
    from newsgraph.model import ArticleInfo
    from newsgraph.pipeline import run_stages

    def run(text: str):
        info = ArticleInfo(chars=len(text), sha256="", text=text)
        nd = run_stages(NewsDoc(text=text, doc=nlp(text), info=info), until="quotes")
        for q in nd.quotes:
            assert nd.text[q.start:q.end] == q.text
            for span in [q.speaker_mention, q.cue, *q.fragments]:
                assert span is None or nd.text[span.start:span.end] == span.text
        return nd, nd.quotes

    return run


def test_interrupted_quote_is_one_quote_with_fragments(quotes_of):
    _, quotes = quotes_of('"We are not going," John Smith said, "anywhere at all, ever."')
    (q,) = [q for q in quotes if q.type == "direct"]
    assert [f.text for f in q.fragments] == ["We are not going,", "anywhere at all, ever."]
    assert q.speaker_mention.text == "John Smith" and q.cue.text == "said"


def test_colon_introduced_quote(quotes_of):
    _, quotes = quotes_of("Maria Lopez, the mayor, told reporters: \u201cThe bridge will reopen next week.\u201d")
    (q,) = [q for q in quotes if q.type == "direct"]
    assert "Maria Lopez" in q.speaker_mention.text


def test_cueless_paragraph_continues_previous_speaker(quotes_of):
    text = ('"The plan is dead," said Angela Merkel.\n'
            '"Nobody in this room believes it will pass this year or next."')
    _, quotes = quotes_of(text)
    first, second = [q for q in quotes if q.type == "direct"]
    assert second.cue is None and second.speaker_mention == first.speaker_mention


def test_quote_with_no_speaker_abstains(quotes_of):
    _, quotes = quotes_of('The sign on the door read nothing.\n"Nobody knows where the money went, or why."')
    (q,) = [q for q in quotes if q.type == "direct"]
    assert q.speaker is None and q.speaker_mention is None


def test_reported_speech_drops_that(quotes_of):
    _, quotes = quotes_of("The minister warned that prices would rise sharply in the spring.")
    (q,) = quotes
    assert q.type == "indirect" and q.text == "prices would rise sharply in the spring"
    assert q.speaker_mention.text == "The minister" and q.cue.text == "warned"


def test_according_to(quotes_of):
    _, quotes = quotes_of("The talks collapsed on Monday, according to two diplomats.")
    (q,) = quotes
    assert q.text == "The talks collapsed on Monday" and q.speaker_mention.text == "two diplomats"


def test_quoted_as_saying_gives_the_quoted_person(quotes_of):
    _, quotes = quotes_of('The newspaper quoted Peter Jones as saying "the deal is off for good now."')
    (q,) = [q for q in quotes if q.type == "direct"]
    assert q.speaker_mention.text == "Peter Jones"


def test_scare_quote_makes_reported_speech_mixed(quotes_of):
    _, quotes = quotes_of('Putin said it was "counterproductive" to declare the mission a failure.')
    assert [q.type for q in quotes] == ["mixed"]


@pytest.mark.parametrize("text", [
    '"' * 5000,
    "He said \u201c" + "word " * 4000,
    "\u201c" + "A long quote that spans the article. " * 200 + "\u201d",
    "It's the '90s' 'rock' and ''roll'' \u201d stray \u201c marks \" everywhere '",
])
def test_bad_input_gives_a_sane_result(quotes_of, text):
    start = time.perf_counter()
    _, quotes = quotes_of(text)
    assert time.perf_counter() - start < 30
    assert len(quotes) < 50


def test_seed_article_direct_quotes_and_speakers(seed_record):
    from newsgraph.evaluation.seed import score_record

    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    scores = score_record(seed_record, gold, SEED_TEXT.read_text(encoding="utf-8"))["quotes"]
    assert scores["direct"]["found"] == "7/7"
    assert scores["direct_speaker"]["right"] == "7/7"
    assert int(scores["all"]["found"].split("/")[0]) >= 12
