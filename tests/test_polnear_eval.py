"""The PolNeAR scorer on a hand-made article: the matching rules, not the pipeline."""

from __future__ import annotations

from newsgraph.evaluation.polnear import Pred, score

TEXT = 'Smith said "we will win the vote." Jones said the plan was "dead" in the water. Rain fell.'


def gold(content: str, source: str | None, kind: str) -> dict:
    start = TEXT.index(content)
    src = [TEXT.index(source), TEXT.index(source) + len(source)] if source else None
    return {"content": [start, start + len(content)], "source": src,
            "source_fragments": [src] if src else [], "type": kind}


ARTICLE = {"text": TEXT, "attributions": [
    gold("we will win the vote.", "Smith", "direct"),
    gold('the plan was "dead" in the water', "Jones", "mixed"),
]}


def pred(content: str, speaker: str | None, kind: str) -> Pred:
    start = TEXT.index(content)
    mention = (TEXT.index(speaker), TEXT.index(speaker) + len(speaker)) if speaker else None
    return Pred(start, start + len(content), kind, mention)


def test_direct_hit_with_right_speaker_and_mixed_hit_not_a_false_positive():
    preds = [pred("we will win the vote.", "Smith", "direct"), pred("dead", "Jones", "direct")]
    s = score([ARTICLE], [preds])
    assert s["direct"]["precision"] == 1.0 and s["direct"]["recall"] == 1.0
    assert s["direct"]["n_pred"] == 1
    assert s["all"]["n_pred"] == 2 and s["all"]["recall"] == 1.0


def test_wrong_speaker_and_spurious_quote_count_against():
    preds = [pred("we will win the vote.", "Jones", "direct"), pred("Rain fell.", None, "indirect")]
    s = score([ARTICLE], [preds])
    assert s["direct_speaker"]["recall"] == 0.0
    assert s["all"]["precision"] == 0.5 and s["all"]["recall"] == 0.5


def test_half_of_the_shorter_span_is_enough():
    preds = [pred("we will win", "Smith", "direct")]
    assert score([ARTICLE], [preds])["direct"]["recall"] == 1.0
    preds = [pred("vote.\" Jones said the plan", None, "indirect")]
    assert score([ARTICLE], [preds])["all"]["precision"] == 0.0  # "theplan": under half of the shorter span
