"""The fresh-articles speaker scorer (newsgraph.evaluation.speakers) and its gold fixture."""

import json
from pathlib import Path

from conftest import SHARED, needs_shared

from newsgraph.evaluation.speakers import SpeakerPred, score_article, speaker_right, totals

FIXTURE = Path(__file__).parent / "fixtures" / "quotes_news_speakers.json"

PUTIN = {"name": "Vladimir Putin", "aliases": ["Putin", "the Russian president"]}
ANON = {"name": None, "anonymous": "a Western diplomat", "aliases": ["Western diplomat"]}


def test_speaker_names_fold_case_accents_articles():
    assert speaker_right("Vladimir Putin", PUTIN)
    assert speaker_right("PUTIN", PUTIN)
    assert speaker_right("Russian President", PUTIN)
    assert not speaker_right("Vladimir", PUTIN)
    assert not speaker_right(None, PUTIN)
    assert speaker_right("François Hollande", {"name": "Francois Hollande", "aliases": []})
    assert speaker_right(None, ANON)
    assert speaker_right("A Western diplomat", ANON)
    assert not speaker_right("Mohammad Zarif", ANON)


def test_matching_half_of_shorter_span_and_mixed_is_neutral():
    text = 'He said: "We will not go anywhere, we stay here." She called it "a bad idea" and left.'
    start = text.index("We will")
    end = text.index('."') + 1
    mixed = text.index("a bad idea")
    golds = [{"start": start, "end": end, "type": "direct", "excerpt": text[start:start + 20], "speaker": PUTIN},
             {"start": mixed, "end": mixed + 10, "type": "mixed", "excerpt": "a bad idea", "speaker": None}]
    preds = [SpeakerPred(start, start + 20, "direct", "Putin"),       # half the shorter span shared: found, right
             SpeakerPred(start + 30, end, "direct", "Hollande"),      # also found, wrong speaker
             SpeakerPred(mixed, mixed + 10, "direct", None),          # hits only the mixed gold: neutral
             SpeakerPred(0, 7, "direct", None),                       # 'He said': spurious
             SpeakerPred(start, end, "indirect", "Putin")]            # indirect: not scored
    scored = score_article(text, preds, golds)
    assert scored["counts"] == {"pred": 3, "pred_tp": 2, "pred_tp_spk": 1, "gold": 1, "gold_tp": 1, "gold_tp_spk": 1}
    assert [e["class"] for e in scored["errors"]] == ["spurious quote"]
    few = score_article(text, [SpeakerPred(start, start + 3, "direct", "Putin")], golds)  # 'We ' vs a long quote
    assert few["counts"]["gold_tp"] == 1  # the shorter span is entirely shared
    none = score_article(text, [SpeakerPred(start + 30, end, "direct", None)], golds)
    assert none["errors"][0]["class"] == "speaker abstained (null)"
    assert totals([none])["quotes_speaker"]["f1"] == 0.0 and totals([none])["quotes"]["f1"] == 1.0


@needs_shared
def test_fixture_offsets_match_the_shared_articles():
    gold = json.loads(FIXTURE.read_text())
    assert "never tune" in gold["note"]
    for art in gold["articles"]:
        text = (SHARED / art["file"]).read_text()
        for q in art["quotes"]:
            assert text[q["start"]:q["start"] + len(q["excerpt"])] == q["excerpt"], (art["file"], q["start"])
            assert len(q["excerpt"]) <= 40 and q["end"] > q["start"]
            assert q["type"] in ("direct", "mixed")
            if q["type"] == "direct":
                assert q["speaker"] and ("name" in q["speaker"]) and (q["speaker"]["name"] or q["speaker"]["anonymous"])
