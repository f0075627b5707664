"""Choose a timeline's dates and, for each, its most central sentences.

Dates: ranked by the trained scorer of ``daterank`` (articles published on a day, later articles
and days referring back to it, chronology-style mentions; Gholipour Ghalandari & Ifrim 2020 find
mention counts the strongest signal for date selection). Sentences: among a date's candidates,
the ones nearest the TF-IDF centroid of those candidates (the centroid summariser Datewise
uses) and near the centroid of the whole stream (on topic), from on-topic articles, preferring early
sentences, chronology lines that open with the date itself ("March 18 - Security forces ...", the way
agency factboxes and timelines are written) and sentences that report a strong event (CAMEO
Goldstein weight, ``salience``), never one that
nearly repeats a sentence already chosen for any date.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

import numpy as np

from .collect import Collection, Sentence, sentences_by_date
from .daterank import _LEAD_WORDS, DateModel, article_topicality, date_features, rank_dates
from .dates import _regex, _resolve
from .salience import event_salience

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Weights:
    """The few knobs of the sentence ranker, set on the development topics. ``chronology`` and ``article_topic``
    were chosen from a small grid ({0,1,2,3} x {0,1,2}) by leave-one-topic-out mean AR-1 (every fold chose 3, 1);
    the others were set by hand."""
    position: float = 0.1    #: how fast a sentence's score fades with its position in the article
    redundancy: float = 0.5  #: word-overlap (Jaccard) above which a sentence repeats a chosen one
    quote_penalty: float = 0.7  #: factor for sentences in quotation marks (timelines report, they don't quote)
    topic: float = 1.0       #: exponent on a sentence's similarity to the whole stream (on-topic sentences)
    event: float = 1.0       #: boost for event salience (|Goldstein| of its strongest event word, 0..1)
    chronology: float = 3.0  #: boost for a sentence that opens with the date itself ("March 18 - Troops ...")
    article_topic: float = 1.0  #: exponent on the topicality of the sentence's most on-topic article


@dataclass
class TimelineSentence:
    text: str
    score: float
    sources: list[tuple[str, int, int]]  #: (article id, start, end) with article_text[start:end] == text


@dataclass
class TimelineEntry:
    date: dt.date
    score: float
    sentences: list[TimelineSentence]


def default_length(col: Collection) -> tuple[int, int]:
    """Dates and sentences per date when none are asked for: grows with the days covered."""
    days = len(col.published)
    return max(1, min(days, round(2.5 * math.sqrt(days)))), 1 if col.articles < 10 else 2


def _tfidf(texts: list[str]):
    from sklearn.feature_extraction.text import TfidfVectorizer

    vec = TfidfVectorizer(stop_words="english", sublinear_tf=True, token_pattern=r"(?u)\b[^\W\d_]{2,}\b")
    try:
        return vec.fit_transform(texts)
    except ValueError:  # only stop words: nothing to rank by
        return None


def _jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def _centrality(rows) -> np.ndarray:
    centroid = np.asarray(rows.mean(axis=0)).ravel()
    return np.asarray(rows @ centroid / (np.linalg.norm(centroid) or 1.0)).ravel()


def _on_topic(topical: np.ndarray | None) -> np.ndarray | None:
    """Similarity to the stream's centroid, 1 at the 90th percentile and above (0..1)."""
    if topical is None or not len(topical):
        return None
    top = np.percentile(topical, 90)
    return np.minimum(topical / top, 1.0) if top > 0 else np.zeros_like(topical)


def _prior(s: Sentence, w: Weights) -> float:
    """Early in its article, not a quotation, repeated by several articles, reporting a strong event."""
    quoted = '"' in s.text or "“" in s.text
    return (math.exp(-w.position * s.position) * (w.quote_penalty if quoted else 1.0)
            * math.log2(1 + len(s.sources)) * (1 + w.event * event_salience(s.text)))


def _opens_with(s: Sentence, day: dt.date) -> bool:
    """The sentence starts with ``day`` written as a date ("March 18 - ...", "On March 18, ..."): a chronology line."""
    match = _regex().search(s.text[:40])
    return bool(match and s.text[:match.start()].strip().lower() in _LEAD_WORDS and _resolve(match, s.pub_date) == day)


def _sentence_scores(col: Collection, idx: list[int], matrix, topical: np.ndarray, w: Weights,
                     day: dt.date | None = None, article_weight: dict | None = None) -> np.ndarray:
    central = _centrality(matrix[idx]) * np.power(np.maximum(topical[idx], 1e-9), w.topic)
    prior = np.array([_prior(col.sentences[i], w) for i in idx])
    if w.chronology and day is not None:
        prior *= 1 + w.chronology * np.array([_opens_with(col.sentences[i], day) for i in idx])
    if w.article_topic and article_weight:
        best = np.array([max(article_weight.get(a, 0.0) for a, _, _ in col.sentences[i].sources) for i in idx])
        prior *= np.power(np.maximum(best, 1e-3), w.article_topic)
    return central * prior


def _prepare(col: Collection, start: dt.date | None, end: dt.date | None):
    """Candidate sentences per date, the TF-IDF matrix, on-topic scores, and the candidate dates with their counts."""
    candidates = sentences_by_date(col)
    matrix = _tfidf([s.text for s in col.sentences]) if col.sentences else None
    topical = _centrality(matrix) if matrix is not None else None
    weight = article_topicality(col, matrix) if matrix is not None else None
    dates, raw = date_features(col, _on_topic(topical), start=start, end=end, article_weight=weight)
    keep = [i for i, d in enumerate(dates) if d in candidates]
    return candidates, matrix, topical, [dates[i] for i in keep], raw[keep], weight


def candidate_dates(col: Collection, start: dt.date | None = None, end: dt.date | None = None):
    """The dates :func:`summarize` chooses among and their raw counts (what ``bench/tls_train.py`` trains on)."""
    return _prepare(col, start, end)[3:5]


def summarize(col: Collection, n_dates: int | None = None, per_date: int | None = None,
              *, start: dt.date | None = None, end: dt.date | None = None, weights: Weights = Weights(),
              date_model: DateModel | None = None) -> list[TimelineEntry]:
    """The timeline: up to ``n_dates`` dates in ``[start, end]``, each with up to ``per_date`` sentences.
    Dates are ranked by ``date_model`` (default: the trained one, :func:`daterank.trained_model`)."""
    default_dates, default_k = default_length(col)
    n_dates, per_date = n_dates or default_dates, per_date or default_k
    candidates, matrix, topical, dates, raw, article_weight = _prepare(col, start, end)
    chosen_words: list[set] = []
    timeline = []
    for day, score in rank_dates(dates, raw, date_model):
        if len(timeline) == n_dates:
            break
        idx = candidates[day]
        ranks = _sentence_scores(col, idx, matrix, topical, weights, day, article_weight) if matrix is not None else np.ones(len(idx))
        picked = []
        for j in np.argsort(-ranks, kind="stable"):
            words = set(_WORD.findall(col.sentences[idx[j]].text.lower()))
            if any(_jaccard(words, c) > weights.redundancy for c in chosen_words):
                continue
            chosen_words.append(words)
            s = col.sentences[idx[j]]
            picked.append(TimelineSentence(s.text, float(ranks[j]), list(s.sources)))
            if len(picked) == per_date:
                break
        if picked:
            timeline.append(TimelineEntry(day, score, picked))
    return sorted(timeline, key=lambda e: e.date)
