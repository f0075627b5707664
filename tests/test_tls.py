"""Timeline summarisation: date resolution, sentence spans, streaming collection, selection, output."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import time

import pytest

from newsgraph.timelines import collect, render, summarize
from newsgraph.timelines.dates import find_dates
from newsgraph.timelines.sentences import split_sentences
from newsgraph.timelines.source import JsonlArticles

PUB = dt.date(2011, 2, 20)  # a Sunday


@pytest.mark.parametrize("phrase, expected", [
    ("on Friday", dt.date(2011, 2, 18)),
    ("on Sunday", PUB),
    ("yesterday", dt.date(2011, 2, 19)),
    ("on March 15", dt.date(2011, 3, 15)),
    ("on December 28", dt.date(2010, 12, 28)),  # nearest to the publication date: last year
    ("15th of March, 2009", dt.date(2009, 3, 15)),
    ("Sept. 3", dt.date(2010, 9, 3)),  # 170 days back is nearer than 195 ahead
    ("2011-04-02", dt.date(2011, 4, 2)),
])
def test_date_resolved_against_pub_date(phrase, expected):
    assert [d for d, _, _ in find_dates(f"Protesters gathered {phrase} in the square.", PUB)] == [expected]


@pytest.mark.parametrize("sentence", [
    "They may 2 times refuse.", "It was February 30 when nothing happened.", "In March 2011 there were protests.",
])
def test_no_date_where_there_is_none(sentence):
    assert find_dates(sentence, PUB) == []


def test_relative_dates_need_a_pub_date():
    assert find_dates("It happened on Friday, March 4.", None) == []
    assert [d for d, _, _ in find_dates("It happened on March 4, 2011.", None)] == [dt.date(2011, 3, 4)]


def test_sentence_spans_are_exact_and_skip_datelines_and_abbreviations():
    text = ("CAIRO (Reuters) - Mr. Smith met U.S. officials on Monday. They agreed.\n"
            "  A second line!  \n\nLast one")
    spans = list(split_sentences(text))
    pieces = [text[s:e] for s, e in spans]
    assert pieces == ["Mr. Smith met U.S. officials on Monday.", "They agreed.", "A second line!", "Last one"]


def _art(i, day, text):
    return {"id": f"a{i}", "pub_date": day, "text": text}


def test_collect_counts_duplicates_undated_and_out_of_range():
    body = "Rebels took the town of Brega on Friday after heavy fighting overnight."
    arts = [_art(1, "2011-03-05", body), _art(2, "2011-03-05", body),  # duplicate article
            {"id": "u1", "text": "Written on March 3, 2011: the army shelled the port city for hours."},
            {"id": "u2", "text": "The army shelled the port city again last night, witnesses said."},
            _art(3, "2010-01-01", body + " More.")]
    col = collect(arts, start=dt.date(2011, 1, 1))
    assert (col.articles, col.skipped_duplicate, col.skipped_undated, col.skipped_out_of_range) == (2, 1, 1, 1)
    assert col.published[dt.date(2011, 3, 3)] == 1  # the undated article took the date written in it
    assert col.referred[dt.date(2011, 3, 4)] == 1  # "on Friday" before 5 March 2011


def test_repeated_sentences_are_kept_once_with_every_source():
    s = "Security forces opened fire on protesters in the city of Deraa on Friday."
    col = collect([_art(1, "2011-03-19", s + " Nine died."), _art(2, "2011-03-20", "Later report. " + s)])
    shared = [x for x in col.sentences if x.text == s]
    assert len(shared) == 1 and [a for a, _, _ in shared[0].sources] == ["a1", "a2"]


def _topic():
    """Six days of articles; 10 March is referred back to by later articles."""
    arts, n = [], 0
    for day in range(10, 16):
        for j in range(3):
            n += 1
            ref = "on March 10" if day > 10 else "today"
            arts.append(_art(n, f"2011-03-{day}", (
                f"Government troops attacked the rebel town number {j} {ref} with tanks and artillery. "
                f"Officials in district {day * 7 + j} reported shortages of water and bread for residents. "
                f"Opposition leaders called for international help in statement {n}.")))
    return arts


def test_summary_picks_the_referred_date_with_traceable_sentences():
    arts = _topic()
    texts = {a["id"]: a["text"] for a in arts}
    timeline = summarize(collect(arts), 2, 2)
    assert len(timeline) <= 2 and dt.date(2011, 3, 10) in [e.date for e in timeline]
    for entry in timeline:
        assert 1 <= len(entry.sentences) <= 2
        for s in entry.sentences:
            assert all(texts[a][st:en] == s.text for a, st, en in s.sources)


def test_dates_bounded_by_start_and_end():
    timeline = summarize(collect(_topic()), 5, 1, start=dt.date(2011, 3, 12), end=dt.date(2011, 3, 14))
    assert timeline and all(dt.date(2011, 3, 12) <= e.date <= dt.date(2011, 3, 14) for e in timeline)


def test_near_duplicates_are_not_both_chosen():
    a = "Rebels captured the oil town of Ras Lanuf on Friday after a long battle, officials said."
    b = "Rebels captured the oil town of Ras Lanuf on Friday after a long battle, witnesses said."
    timeline = summarize(collect([_art(1, "2011-03-12", a), _art(2, "2011-03-12", b)]), 3, 2)
    assert sum(len(e.sentences) for e in timeline) == 1


def test_one_article_and_no_articles():
    one = summarize(collect([_art(1, "2011-03-12", "Rebels captured the oil town of Ras Lanuf on Friday.")]))
    assert len(one) >= 1 and one[0].sentences
    assert summarize(collect([])) == []


def test_ten_thousand_tiny_articles_are_linear_and_bounded():
    rng = random.Random(9)
    vocab = [f"w{n}x" for n in range(500)]
    arts = ({"id": str(i), "pub_date": (dt.date(2011, 1, 1) + dt.timedelta(days=i % 200)).isoformat(),
             "text": " ".join(rng.sample(vocab, 10)) + " on Monday."}
            for i in range(10_000))
    t0 = time.perf_counter()
    col = collect(arts)
    timeline = summarize(col, 20, 2)
    assert col.articles == 10_000 and len(timeline) == 20
    assert time.perf_counter() - t0 < 60


def test_render_formats():
    timeline = summarize(collect(_topic()), 3, 2)
    tilse = render(timeline, "tilse")
    blocks = tilse.split("-" * 32 + "\n")
    assert blocks[-1] == "" and len(blocks) == len(timeline) + 1
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d", b.splitlines()[0]) for b in blocks[:-1])
    data = json.loads(render(timeline, "json"))
    assert data[0]["sentences"][0]["sources"][0]["article"].startswith("a")
    assert "<time datetime=" in render(timeline, "html") and timeline[0].date.isoformat() in render(timeline, "text")
    with pytest.raises(ValueError):
        render(timeline, "pdf")


def test_jsonl_source_streams_and_counts_bad_lines(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "1", "pub_date": "2011-03-01", "text": "x"}\nnot json\n\n[1]\n', encoding="utf-8")
    src = JsonlArticles(path)
    assert len(src) == 3 and [a["id"] for a in src] == ["1"] and src.bad_lines == 2


def test_cli_writes_tilse_and_reports_skips(tmp_path):
    from typer.testing import CliRunner

    from newsgraph.cli import app

    path = tmp_path / "topic.jsonl"
    arts = _topic() + [{"id": "nodate", "text": "No date here at all, only words about a town."}]
    path.write_text("\n".join(json.dumps(a) for a in arts) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["timeline", "--summarize", "--jsonl", str(path), "--dates", "2",
                                      "--sentences-per-date", "1", "--format", "tilse", "--from", "2011-03-10"])
    assert result.exit_code == 0, result.output
    assert result.stdout.count("-" * 32 + "\n") == 2 and "1 undated" in result.stderr
    for args in (["--from", "March"], ["--format", "csv"]):
        bad = CliRunner().invoke(app, ["timeline", "--summarize", "--jsonl", str(path), *args])
        assert bad.exit_code == 2, bad.output


def test_store_articles_stream_the_filtered_corpus(seed_record):
    from newsgraph.cli.timeline_summary import StoreArticles, summarize_timeline
    from newsgraph.store import Store

    with Store(":memory:") as store:
        store.add(seed_record)
        hit = StoreArticles(store, actor=None, about="Putin", date_from="2012-01-01", date_to=None)
        miss = StoreArticles(store, actor=None, about="Putin", date_from="2013-01-01", date_to=None)
        assert len(hit) == 1 and len(miss) == 0
        assert next(iter(hit))["text"] == seed_record.article.text
        out = json.loads(summarize_timeline(hit, dates=2, per_date=1, fmt="json", date_from=None, date_to=None))
        assert out and all(len(e["sentences"]) == 1 for e in out)


def test_event_salience_follows_goldstein_weights():
    from newsgraph.timelines.salience import event_salience

    assert event_salience("Troops attacked the town at dawn.") > event_salience("The ministers discussed the plan.") > 0
    assert event_salience("He was in the office.") == 0


def test_date_features_count_leads_far_mentions_and_referring_days():
    from newsgraph.timelines.daterank import FEATURES, date_features

    arts = [_art(1, "2011-03-10", "Troops fired on a crowd of protesters in the main square today."),
            _art(2, "2011-03-25", "March 10 - Troops fire on protesters in the main square of the city."),
            _art(3, "2011-03-26", "On March 10, troops fired on the crowd, and on Friday they fired again.")]
    dates, raw = date_features(collect(arts))
    row = dict(zip(FEATURES, raw[dates.index(dt.date(2011, 3, 10))]))
    assert row["published"] == 1 and row["same_day"] == 1
    assert row["referring_days"] == 2 and row["far_mentions"] == 2 and row["lead_mentions"] == 2
    friday = dict(zip(FEATURES, raw[dates.index(dt.date(2011, 3, 25))]))  # "on Friday" from 26 March
    assert friday["far_mentions"] == 0 and friday["lead_mentions"] == 0 and friday["referring_days"] == 1


def test_rank_dates_follows_weights_and_spaces_dates():
    import numpy as np

    from newsgraph.timelines.daterank import FEATURES, DateModel, rank_dates

    days = [dt.date(2011, 3, d) for d in (1, 2, 9)]
    raw = np.zeros((3, len(FEATURES)))
    raw[:, 0] = [10, 9, 1]  # published
    raw[:, 1] = [0, 0, 5]   # referred
    by_published = DateModel(tuple(1.0 if f == "published" else 0.0 for f in FEATURES), 0, 0.0)
    by_referred = DateModel(tuple(1.0 if f == "referred" else 0.0 for f in FEATURES), 0, 0.0)
    assert [d for d, _ in rank_dates(days, raw, by_published)][:2] == days[:2]
    assert [d for d, _ in rank_dates(days, raw, by_referred)][0] == days[2]
    spaced = DateModel(by_published.weights, 1, 0.9)  # 2 March sits next to 1 March: pushed below 9 March
    assert [d for d, _ in rank_dates(days, raw, spaced)] == [days[0], days[2], days[1]]


def test_trained_date_model_ships_with_its_provenance():
    from newsgraph import resources
    from newsgraph.timelines.daterank import FEATURES, trained_model

    model = trained_model()
    assert len(model.weights) == len(FEATURES) and any(model.weights)
    note = resources.json_data("tls_date_weights.json")["trained"]
    assert "Timeline17" in note and "leave-one-topic-out" in note


def test_summary_uses_the_given_date_model():
    from newsgraph.timelines.daterank import FEATURES, DateModel

    only_published = DateModel(tuple(1.0 if f == "published" else 0.0 for f in FEATURES), 0, 0.0)
    arts = _topic() + [_art(100 + j, "2011-03-14", f"Government troops attacked the rebel town again, report {j}, "
                                                   "and opposition leaders called for help with water and bread.")
                       for j in range(4)]
    assert [e.date for e in summarize(collect(arts), 1, 1, date_model=only_published)] == [dt.date(2011, 3, 14)]
    assert [e.date for e in summarize(collect(arts), 1, 1)] == [dt.date(2011, 3, 10)]


def test_off_topic_articles_do_not_count_for_dates():
    from newsgraph.timelines.daterank import FEATURES, DateModel, article_topicality, date_features
    from newsgraph.timelines.summarize import _tfidf

    sport = [_art(200 + j, "2011-03-14", f"The striker scored twice as the football club won the league cup final, "
                                          f"match report {j} on goals, fans and the coach.") for j in range(6)]
    col = collect(_topic() + sport)
    weight = article_topicality(col, _tfidf([s.text for s in col.sentences]))
    assert max(weight[a["id"]] for a in sport) < 0.2 < min(weight[a["id"]] for a in _topic())
    dates, raw = date_features(col, article_weight=weight)
    plain_dates, plain = date_features(col)
    day = dt.date(2011, 3, 14)
    assert plain[plain_dates.index(day)][0] == 9 and raw[dates.index(day)][0] < 3.5  # 3 on-topic + sport
    only_published = DateModel(tuple(1.0 if f == "published" else 0.0 for f in FEATURES), 0, 0.0)
    assert [e.date for e in summarize(col, 1, 1, date_model=only_published)] != [day]


def test_a_chronology_line_for_the_date_is_preferred():
    from newsgraph.timelines.summarize import Weights

    line = ("March 10 - Government troops attack the rebel town with tanks and artillery; officials report "
            "shortages of water and bread for residents.")
    arts = _topic() + [_art(300, "2011-03-20", line), _art(301, "2011-03-21", line + " Talks are due next week.")]
    chronology = "March 10 - Government troops attack"
    picked = lambda w: [s.text for e in summarize(collect(arts), 1, 2, weights=w) for s in e.sentences]
    assert summarize(collect(arts), 1, 2)[0].date == dt.date(2011, 3, 10)
    assert any(t.startswith(chronology) for t in picked(Weights()))
    assert not any(t.startswith(chronology) for t in picked(Weights(chronology=0.0)))
