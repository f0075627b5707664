"""Time expressions: detection spans, news-relative values, dating quotes and events, pub_date from a dateline."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from newsgraph.model import Event, Quote, Span
from newsgraph.times import attach_dates, date_for, find_times, pub_date_from_dateline
from newsgraph.times.calendar import week, year_for
from newsgraph.times.resolve import Context, resolve

from conftest import SEED_GOLD, SEED_TEXT, SHARED, needs_shared

FIXTURES = Path(__file__).parent / "fixtures"
HARD = [json.loads(line) for line in (FIXTURES / "times_hard.jsonl").read_text().splitlines() if line.strip()]


@pytest.fixture()
def timed(nlp):
    """A NewsDoc with its time expressions found (no other stage needed)."""
    from newsgraph.document import NewsDoc
    from newsgraph.pipeline import ArticleInput, _prepare

    def make(text: str, pub_date: str | None = None) -> NewsDoc:
        clean, info = _prepare(ArticleInput(text=text, pub_date=pub_date))
        nd = NewsDoc(text=clean, doc=nlp(clean), info=info)
        nd.times = find_times(nd)
        return nd

    return make


def at(nd, phrase: str):
    start = nd.text.index(phrase)
    return next((t for t in nd.times if t.start < start + len(phrase) and start < t.end), None)


# --- resolution without a parse -------------------------------------------------------------

FRI = dt.date(2012, 6, 1)


@pytest.mark.parametrize("phrase, rule, tense, value", [
    ("Friday", "weekday", "past", "2012-06-01"),          # same day in a Friday article
    ("Tuesday", "weekday", "past", "2012-05-29"),
    ("Tuesday", "weekday", "future", "2012-06-05"),
    ("last Friday", "relative", None, "2012-05-25"),      # "last" skips the publication day
    ("next Friday", "relative", None, "2012-06-08"),
    ("last week", "relative", None, "2012-05-21/2012-05-27"),
    ("the past week", "relative", None, "2012-05-25/2012-06-01"),
    ("earlier this month", "relative", None, "2012-06"),
    ("next year", "relative", None, "2013"),
    ("two years ago", "ago", None, "2010"),
    ("since 2011", "year", None, "2011/2012"),
    ("the last 25 years", "last_n", None, "1987/2012"),
    ("the 1990s", "decade", None, "1990/1999"),
    ("several years ago", "ago", None, None),
    ("more than three decades ago", "ago", None, None),
])
def test_news_relative_values(phrase, rule, tense, value):
    assert resolve(phrase, rule, Context(FRI, tense)).value == value


def test_year_boundaries_follow_tense():
    jan = dt.date(2015, 1, 10)
    assert year_for(jan, 12, None, "past") == 2014
    assert year_for(jan, 12, None, "future") == 2015
    assert year_for(jan, 12, 28, None) == 2014          # nearest
    assert year_for(dt.date(2014, 3, 6), 3, 16, "past") == 2014  # a vote called for a date days ahead


def test_impossible_dates_are_null_not_errors():
    assert resolve("February 30", "date_md", Context(FRI)).value is None
    assert resolve("Feb. 29", "date_md", Context(dt.date(2015, 3, 5), "past")).value is None
    assert resolve("February 29, 2012", "date_md", Context(None)).value == "2012-02-29"


def test_without_pub_date_absolute_resolve_relative_keep_what_is_known():
    assert resolve("June 1, 2012", "date_md", Context(None)).value == "2012-06-01"
    friday = resolve("on Friday", "weekday", Context(None))
    assert friday.value is None and friday.weekday == "friday"
    assert resolve("last week", "relative", Context(None)).value is None


def test_weeks_are_iso_weeks():
    assert week(dt.date(2012, 6, 3)) == "2012-05-28/2012-06-03"  # a Sunday ends its week


# --- detection on parsed text ----------------------------------------------------------------

def test_span_convention_takes_on_and_possessive(timed):
    nd = timed("Ahead of Friday's talks, the talks collapsed on Friday after last week's vote.", "2012-06-01")
    texts = [t.text for t in nd.times]
    assert texts == ["Friday's", "on Friday", "last week's"]
    assert all(nd.text[t.start:t.end] == t.text for t in nd.times)


@pytest.mark.parametrize("text", [
    "The probe began in 20012 and ended later.",
    "Officials may meet the envoy.",
    "More than 2,000 troops and 1500 police were deployed.",
    "The March of the Penguins was shown.",
])
def test_no_false_years_or_months(timed, text):
    assert [t.text for t in timed(text, "2015-03-18").times] == []


def test_bad_input_is_linear_and_quiet(timed):
    nd = timed("The talks resumed on Friday. " * 300 + "It lasted 99999999 days and 20012 years.", "2015-03-18")
    assert len(nd.times) == 302 and all(t.value == "2015-03-13" for t in nd.times[:300])
    assert [(t.text, t.kind, t.value) for t in nd.times[300:]] == [
        ("99999999 days", "duration", None), ("20012 years", "duration", None)]  # never a year 20012


@pytest.mark.parametrize("case", HARD, ids=[c["phrase"] for c in HARD])
def test_hard_cases(timed, case):
    nd = timed(case["text"], case["pub_date"])
    hit = at(nd, case["phrase"])
    assert hit is not None, f"missed {case['phrase']!r}"
    assert hit.value == case["value"]


@needs_shared
def test_seed_gold_dates(seed_record):
    from newsgraph.evaluation.seed import _score_times

    gold = json.loads(SEED_GOLD.read_text())
    scores = _score_times(seed_record, gold["dates"], SEED_TEXT.read_text(encoding="utf-8"))
    assert scores["right_value"] == "6/6", scores["errors"]


@pytest.mark.slow
def test_news_fixture_right_values(timed):
    from newsgraph.times.score import score

    gold = [json.loads(line) for line in (FIXTURES / "times_news.jsonl").read_text().splitlines()]
    index = {r["file"]: r for r in map(json.loads, (SHARED / "corpus/news/index.jsonl").read_text().splitlines())}
    files = sorted({g["file"] for g in gold})
    predicted = {f: timed((SHARED / "corpus/news" / f).read_text(), index[f]["pub_date"]).times for f in files}
    result = score(gold, predicted)
    assert result["right_value"] >= 0.9 and result["span_precision"] >= 0.9, result["failures"]


# --- dating quotes and events ----------------------------------------------------------------

SEED_LIKE = ("Annan on Friday voiced his frustration after the massacre last week of 100 civilians. "
             "Outrage at last week's killings prompted France to join nations in expelling diplomats. "
             "Putin repeated Russia's demand for a guarantee.")


def _span(nd, word):
    start = nd.text.index(word)
    return Span(start=start, end=start + len(word), text=word)


def test_date_for_takes_the_governing_expression(timed):
    nd = timed(SEED_LIKE, "2012-06-01")
    assert date_for(nd, *_bounds(nd, "voiced")) == "2012-06-01"
    assert date_for(nd, *_bounds(nd, "massacre")) == "2012-05-21/2012-05-27"
    assert date_for(nd, *_bounds(nd, "expelling")) is None  # "last week's" dates the killings


def _bounds(nd, word):
    s = _span(nd, word)
    return s.start, s.end


def test_attach_dates_infers_the_days_news_and_says_so(timed):
    nd = timed(SEED_LIKE, "2012-06-01")
    def event(word):
        return Event(id=word, category="ACCUSE", trigger=_span(nd, word), confidence=0.5)
    nd.events = [event("voiced"), event("expelling"), event("repeated")]
    attach_dates(nd)
    dated = {e.id: (e.date, e.date_inferred) for e in nd.events}
    assert dated == {"voiced": ("2012-06-01", False), "expelling": (None, False), "repeated": ("2012-06-01", True)}


def test_quotes_are_dated_by_their_cue(timed):
    nd = timed('"We will not back down," the minister said on Tuesday. "Never," she added.', "2015-03-20")
    said, added = _span(nd, "said"), _span(nd, "added")
    nd.quotes = [Quote(id="q1", type="direct", start=1, end=23, text=nd.text[1:23], cue=said, confidence=0.9),
                 Quote(id="q2", type="direct", start=nd.text.index("Never"), end=nd.text.index("Never") + 5,
                       text="Never", cue=added, confidence=0.9)]
    attach_dates(nd)
    assert (nd.quotes[0].date, nd.quotes[0].date_inferred) == ("2015-03-17", False)
    assert (nd.quotes[1].date, nd.quotes[1].date_inferred) == ("2015-03-20", True)


def test_no_inference_without_pub_date(timed):
    nd = timed("Putin repeated Russia's demand for a guarantee.")
    nd.events = [Event(id="e", category="REQUEST", trigger=_span(nd, "repeated"), confidence=0.5)]
    attach_dates(nd)
    assert nd.events[0].date is None and not nd.events[0].date_inferred


# --- publication date from the dateline ------------------------------------------------------

def test_pub_date_from_a_dated_dateline():
    from newsgraph.pipeline import ArticleInput, _prepare

    _, info = _prepare(ArticleInput(text="LONDON, June 1, 2012 (Reuters) - Talks ended on Friday."))
    assert (info.pub_date, info.pub_date_source) == ("2012-06-01", "dateline")
    _, info = _prepare(ArticleInput(text="LONDON, June 1 (Reuters) - Talks ended on Friday."))
    assert info.pub_date is None  # no year: abstain
    _, info = _prepare(ArticleInput(text="LONDON, June 1, 2012 (Reuters) - Talks ended.", pub_date="2012-06-02"))
    assert (info.pub_date, info.pub_date_source) == ("2012-06-02", "caller")


def test_dateline_dates_must_be_real():
    assert pub_date_from_dateline("LONDON, Feb 30, 2012 (Reuters)") is None


def test_a_reported_speech_act_is_dated_by_its_saying(timed):
    nd = timed("Putin took a different line, saying that the rebels were guilty of attacks.", "2012-06-01")
    trigger = _span(nd, "guilty")
    nd.events = [Event(id="said", category="ACCUSE", quad_class=3, trigger=trigger, confidence=0.5),
                 Event(id="done", category="ASSAULT", quad_class=4, trigger=trigger, confidence=0.5)]
    attach_dates(nd)
    assert [(e.date, e.date_inferred) for e in nd.events] == [("2012-06-01", True), (None, False)]


def test_abbreviation_dots_only_after_abbreviations(timed):
    nd = timed("They lost the elections last May. Talks began on Sept. 30 and pay is £80 a month.", "2015-03-30")
    assert [(t.text, t.value, t.kind) for t in nd.times] == [
        ("last May", "2014-05", "month"), ("on Sept. 30", "2014-09-30", "date"), ("a month", None, "set")]
