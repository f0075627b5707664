"""Choose a timeline's dates and, for each, its most central sentences.

Dates: a day matters when many articles are published on it and, more, when articles of later
days refer back to it (Gholipour Ghalandari & Ifrim 2020 find mention counts the strongest
signal for date selection; Tran et al. 2013 likewise). Sentences: among a date's candidates,
the ones nearest the TF-IDF centroid of those candidates (the centroid summariser Datewise
uses) and near the centroid of the whole stream (on topic), preferring early sentences and
sentences that report a strong event (CAMEO Goldstein weight, ``salience``), never one that
nearly repeats a sentence already chosen for any date.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

import numpy as np

from .collect import Collection, Sentence, sentences_by_date
from .salience import event_salience

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Weights:
    """The few knobs of the ranker (set by leave-one-topic-out runs on the development topics)."""
    published: float = 0.3   #: per article published on the date
    referred: float = 1.0    #: per later article mentioning the date
    position: float = 0.1    #: how fast a sentence's score fades with its position in the article
    redundancy: float = 0.5  #: word-overlap (Jaccard) above which a sentence repeats a chosen one
    quote_penalty: float = 0.7  #: factor for sentences in quotation marks (timelines report, they don't quote)
    topic: float = 1.0       #: exponent on a sentence's similarity to the whole stream (on-topic sentences)
    event: float = 1.0       #: boost for event salience (|Goldstein| of its strongest event word, 0..1)


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


def date_scores(col: Collection, w: Weights) -> dict[dt.date, float]:
    return {d: w.published * col.published[d] + w.referred * col.referred[d]
            for d in set(col.published) | set(col.referred)}


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


def _prior(s: Sentence, w: Weights) -> float:
    """Early in its article, not a quotation, repeated by several articles, reporting a strong event."""
    quoted = '"' in s.text or "“" in s.text
    return (math.exp(-w.position * s.position) * (w.quote_penalty if quoted else 1.0)
            * math.log2(1 + len(s.sources)) * (1 + w.event * event_salience(s.text)))


def _sentence_scores(col: Collection, idx: list[int], matrix, topical: np.ndarray, w: Weights) -> np.ndarray:
    central = _centrality(matrix[idx]) * np.power(np.maximum(topical[idx], 1e-9), w.topic)
    return central * np.array([_prior(col.sentences[i], w) for i in idx])


def summarize(col: Collection, n_dates: int | None = None, per_date: int | None = None,
              *, start: dt.date | None = None, end: dt.date | None = None, weights: Weights = Weights()) -> list[TimelineEntry]:
    """The timeline: up to ``n_dates`` dates in ``[start, end]``, each with up to ``per_date`` sentences."""
    default_dates, default_k = default_length(col)
    n_dates, per_date = n_dates or default_dates, per_date or default_k
    candidates = sentences_by_date(col)
    scores = {d: s for d, s in date_scores(col, weights).items()
              if d in candidates and (not start or d >= start) and (not end or d <= end)}
    matrix = _tfidf([s.text for s in col.sentences]) if col.sentences else None
    topical = _centrality(matrix) if matrix is not None else None
    chosen_words: list[set] = []
    timeline = []
    for day in sorted(scores, key=lambda d: (-scores[d], d)):
        if len(timeline) == n_dates:
            break
        idx = candidates[day]
        ranks = _sentence_scores(col, idx, matrix, topical, weights) if matrix is not None else np.ones(len(idx))
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
            timeline.append(TimelineEntry(day, scores[day], picked))
    return sorted(timeline, key=lambda e: e.date)
