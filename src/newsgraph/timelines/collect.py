"""Read a stream of dated articles once and keep only what a timeline needs: their sentences.

Each article is split, its date mentions resolved against its publication date, and then
dropped; sentences repeated across articles (agency copy, updates) are stored once with
every source. Duplicate articles are skipped and counted; an article without a
publication date takes the latest full date written in it, or is skipped and counted.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from .dates import absolute_dates, find_dates
from .sentences import split_sentences

_WORD = re.compile(r"\w+")
#: Sentences shorter or longer than this (in words) are not timeline material.
MIN_WORDS, MAX_WORDS = 6, 60


@dataclass
class Sentence:
    text: str
    pub_date: dt.date
    position: int  #: index of the sentence in its (first) article
    dates: tuple[dt.date, ...]  #: resolved dates it mentions
    sources: list[tuple[str, int, int]] = field(default_factory=list)  #: (article id, start, end)


@dataclass
class Collection:
    sentences: list[Sentence] = field(default_factory=list)
    published: Counter = field(default_factory=Counter)  #: date -> articles published that day
    referred: Counter = field(default_factory=Counter)  #: date -> articles of later days mentioning it
    #: (article id, publication date, earlier dates it mentions) per article kept: lets the date
    #: scorer weigh each article by how on-topic it is (``daterank.article_topicality``)
    article_info: list[tuple[str, dt.date, tuple[dt.date, ...]]] = field(default_factory=list)
    articles: int = 0
    skipped_undated: int = 0
    skipped_duplicate: int = 0
    skipped_out_of_range: int = 0
    _seen: dict[str, int] = field(default_factory=dict, repr=False)  #: normalised text -> sentence index
    _hashes: set[bytes] = field(default_factory=set, repr=False)


def _parse_date(value) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _fingerprint(text: str) -> bytes:
    return hashlib.blake2b(" ".join(_WORD.findall(text.lower())).encode(), digest_size=16).digest()


def _pub_date_from_text(text: str) -> dt.date | None:
    """The latest full date written in the article: a stand-in for a missing publication date."""
    return max(absolute_dates(text[:20000]), default=None)


def _add_sentence(col: Collection, art_id: str, text: str, start: int, end: int, pub: dt.date, pos: int) -> set:
    sent = text[start:end]
    words = _WORD.findall(sent)
    dates = tuple(sorted({d for d, _, _ in find_dates(sent, pub)}))
    if not MIN_WORDS <= len(words) <= MAX_WORDS:
        return set(dates)
    key = " ".join(words).lower()
    if (index := col._seen.get(key)) is not None:
        col.sentences[index].sources.append((art_id, start, end))
    else:
        col._seen[key] = len(col.sentences)
        col.sentences.append(Sentence(sent, pub, pos, dates, [(art_id, start, end)]))
    return set(dates)


def collect(articles: Iterable[Mapping], *, start: dt.date | None = None, end: dt.date | None = None,
            on_article: Callable[[], None] = lambda: None) -> Collection:
    """Stream ``{id, pub_date, text}`` articles into a :class:`Collection`; ``start``/``end`` bound publication dates."""
    col = Collection()
    for art in articles:
        on_article()
        text = art.get("text") or ""
        fingerprint = _fingerprint(text)
        if fingerprint in col._hashes:
            col.skipped_duplicate += 1
            continue
        col._hashes.add(fingerprint)
        pub = _parse_date(art.get("pub_date")) or _pub_date_from_text(text)
        if pub is None:
            col.skipped_undated += 1
            continue
        if (start and pub < start) or (end and pub > end):
            col.skipped_out_of_range += 1
            continue
        col.articles += 1
        col.published[pub] += 1
        art_id = str(art.get("id", col.articles))
        mentioned = set()
        for pos, (s, e) in enumerate(split_sentences(text)):
            mentioned |= _add_sentence(col, art_id, text, s, e, pub, pos)
        earlier = tuple(sorted(d for d in mentioned if d < pub))
        col.referred.update(earlier)
        col.article_info.append((art_id, pub, earlier))
    return col


def sentences_by_date(col: Collection, *, lag: int = 366, lead: int = 5) -> dict[dt.date, list[int]]:
    """Candidate sentence indexes per date: those mentioning it (within ``lag`` days after) and, from
    articles published that day, the first ``lead`` sentences that mention no other date."""
    found: dict[dt.date, list[int]] = defaultdict(list)
    for i, s in enumerate(col.sentences):
        for d in s.dates:
            if 0 <= (s.pub_date - d).days <= lag:
                found[d].append(i)
        if s.position < lead and not (set(s.dates) - {s.pub_date}) and s.pub_date not in s.dates:
            found[s.pub_date].append(i)
    return found
