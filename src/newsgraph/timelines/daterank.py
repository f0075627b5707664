"""Which dates matter: a small trained linear scorer over per-date evidence of the stream.

Datewise (Gholipour Ghalandari & Ifrim 2020) ranks dates with a supervised model over counts
of articles published on a date and of mentions of it. Here each candidate date gets seven
counts, each scaled within the stream (``log1p(x) / log1p(max x)``, so a 40-article topic and a
4,000-article one compare), and a weighted sum ranks them:

- ``published``: articles published that day;
- ``referred``: articles of later days that mention it;
- ``same_day``: sentences of that day that name that day ("on Tuesday", "today");
- ``referring_days``: distinct later publication days mentioning it;
- ``far_mentions``: mentions by month and day written more than a week later (remembered dates);
- ``lead_mentions``: later sentences that open with the date ("March 18 - Security forces ...",
  "On March 18, ..."): the way timelines and chronologies inside articles are written;
- ``on_topic_leads``: the first sentences of that day's articles, each weighted by its similarity
  to the whole stream (a busy day of on-topic reporting).

Every count is weighted by how on-topic its articles are (:func:`article_topicality`): a folder or a
corpus query brings stories that only share a word with the topic (a Reuters feed filed under Syria
holds football and bond-market copy), and their publication days and dates should not count.

Dates are then taken greedily; a date within ``gap_days`` of one already taken loses ``gap_penalty``
(timelines spread over the story rather than retelling one week). The weights are in
``data/tls_date_weights.json``, trained by ``bench/tls_train.py`` on the Timeline17 development
topics (see that file's ``trained`` note).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .. import resources
from .collect import Collection
from .dates import _regex, _resolve

FEATURES = ("published", "referred", "same_day", "referring_days", "far_mentions", "lead_mentions", "on_topic_leads")
_LEAD_WORDS = {"", "on", "since"}


@dataclass(frozen=True)
class DateModel:
    weights: tuple[float, ...]
    gap_days: int = 1
    gap_penalty: float = 0.2


@lru_cache(maxsize=1)
def trained_model() -> DateModel:
    data = resources.json_data("tls_date_weights.json")
    return DateModel(tuple(float(data["weights"][f]) for f in FEATURES), int(data["gap_days"]), float(data["gap_penalty"]))


#: An article as similar to the stream's centroid as the upper quartile of articles counts fully; one
#: at half that similarity or less does not count (linear in between).
TOPIC_QUANTILE, TOPIC_FLOOR = 75, 0.5


def article_topicality(col: Collection, matrix) -> dict[str, float]:
    """Article id -> 0..1, its TF-IDF vector's (sum of its sentences) cosine with the centroid of all
    articles, relative to the upper quartile (:data:`TOPIC_QUANTILE`, :data:`TOPIC_FLOOR`). The topic is
    what most of the stream is about: nothing is given from outside."""
    from scipy import sparse
    from sklearn.preprocessing import normalize

    ids = sorted({a for s in col.sentences for a, _, _ in s.sources})
    if matrix is None or not ids:
        return {}
    index = {a: k for k, a in enumerate(ids)}
    pairs = [(index[a], i) for i, s in enumerate(col.sentences) for a, _, _ in s.sources]
    rows, cols = zip(*pairs)
    incidence = sparse.csr_matrix((np.ones(len(pairs)), (rows, cols)), shape=(len(ids), matrix.shape[0]))
    vectors = normalize(incidence @ matrix)
    centroid = np.asarray(vectors.mean(axis=0)).ravel()
    sims = np.asarray(vectors @ (centroid / (np.linalg.norm(centroid) or 1.0))).ravel()
    ref = float(np.percentile(sims, TOPIC_QUANTILE))
    if ref <= 0:
        return dict.fromkeys(ids, 1.0)
    weights = np.clip((sims / ref - TOPIC_FLOOR) / (1 - TOPIC_FLOOR), 0.0, 1.0)
    return dict(zip(ids, weights.tolist()))


def date_features(col: Collection, topical: np.ndarray | None = None, *, start: dt.date | None = None,
                  end: dt.date | None = None, article_weight: Mapping[str, float] | None = None
                  ) -> tuple[list[dt.date], np.ndarray]:
    """Candidate dates in ``[start, end]`` and their raw counts (one column per :data:`FEATURES`).
    With ``article_weight`` (article id -> 0..1, absent = 0) each article counts by its weight; without, 1."""
    rows: dict[dt.date, np.ndarray] = defaultdict(lambda: np.zeros(len(FEATURES)))
    if article_weight is None:
        for d, n in col.published.items():
            rows[d][0] = n
        for d, n in col.referred.items():
            rows[d][1] = n
    else:
        for art_id, pub, earlier in col.article_info:
            w = article_weight.get(art_id, 0.0)
            rows[pub][0] += w
            for d in earlier:
                rows[d][1] += w
    days: dict[dt.date, set] = defaultdict(set)
    for i, s in enumerate(col.sentences):
        if article_weight is None:
            n, strongest = len(s.sources), 1.0
        else:
            found = [article_weight.get(a, 0.0) for a, _, _ in s.sources]
            n, strongest = sum(found), max(found, default=0.0)
        if topical is not None and s.position < 5:
            rows[s.pub_date][6] += n * float(topical[i])
        if not s.dates:
            continue
        seen = set()
        for match in _regex().finditer(s.text):
            d = _resolve(match, s.pub_date)
            if d is None or d in seen:
                continue
            seen.add(d)
            lag = (s.pub_date - d).days
            if lag == 0:
                rows[d][2] += n
            elif lag > 0:
                if strongest > 0.5:  # a day refers back through an article that is on topic
                    days[d].add(s.pub_date)
                g = match.groupdict()
                if g["m1"] or g["m2"] or g["iso"]:
                    if lag > 7:
                        rows[d][4] += n
                    if s.text[:match.start()].strip().lower() in _LEAD_WORDS:
                        rows[d][5] += n
    for d, found in days.items():
        rows[d][3] = len(found)
    dates = sorted(d for d in rows if (not start or d >= start) and (not end or d <= end))
    return dates, np.array([rows[d] for d in dates]).reshape(len(dates), len(FEATURES))


def scale(raw: np.ndarray) -> np.ndarray:
    """Each count as ``log1p(x) / log1p(max x)`` over the stream's candidate dates (0..1)."""
    top = np.log1p(raw.max(axis=0, initial=0.0))
    return np.log1p(raw) / np.where(top > 0, top, 1.0)


def rank_dates(dates: list[dt.date], raw: np.ndarray, model: DateModel | None = None) -> Iterator[tuple[dt.date, float]]:
    """The candidate dates, best first, with their scores after the spacing penalty (lazily: take what you need)."""
    model = model or trained_model()
    if not dates:
        return
    scores = scale(raw) @ np.array(model.weights)
    alive = np.ones(len(dates), bool)
    ordinals = np.array([d.toordinal() for d in dates])
    for _ in range(len(dates)):
        j = int(np.argmax(np.where(alive, scores, -np.inf)))
        yield dates[j], float(scores[j])
        alive[j] = False
        if model.gap_penalty:
            near = alive & (np.abs(ordinals - ordinals[j]) <= model.gap_days)
            scores[near] -= model.gap_penalty
