"""The working document every stage reads and extends.

A :class:`NewsDoc` holds the exact input text, its spaCy parse, the article metadata and the
items each stage has found so far. Stages are functions ``find_x(nd) -> list[X]``; the
pipeline stores their results here in order, so a later stage sees what earlier ones found.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate

from spacy.tokens import Doc, Span as SpacySpan, Token

from .model import Actor, ArticleInfo, Disagreement, Event, Quote, Span, Stance, TimeExpression

_STOPS = (".", "!", "?", "\u2026", '"', "'", "\u201d", "\u2019", ")")
#: A pull quote's signature on BBC pages: '..." End Quote Bishop Louka al-Khoury "...'.
PULL_QUOTE_SIGNATURE = re.compile(r"End Quote ((?:[A-Z][\w.'\u2019-]*\s?)+)")


class SpanIndex:
    """Items with ``start``/``end`` offsets, indexed for range and containment lookups.

    Stages ask "which quote holds this word" or "which dates lie in this sentence" once per item;
    a scan of the whole list each time is quadratic on a long article. Items may overlap (a mixed
    quote around a direct one); answers keep the items' own order.
    """

    def __init__(self, items: list) -> None:
        self._items = items
        self._order = sorted(range(len(items)), key=lambda i: items[i].start)
        self._starts = [items[i].start for i in self._order]
        #: the furthest end of any item at or before each sorted position
        self._reach = list(accumulate((items[i].end for i in self._order), max))

    def within(self, start: int, end: int) -> list:
        """The items that start in ``[start, end)``."""
        lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return [self._items[i] for i in sorted(self._order[lo:hi])]

    def containing(self, pos: int) -> list:
        """The items with ``start <= pos < end``."""
        hits, j = [], bisect_right(self._starts, pos) - 1
        while j >= 0 and self._reach[j] > pos:
            if self._items[self._order[j]].end > pos:
                hits.append(self._order[j])
            j -= 1
        return [self._items[i] for i in sorted(hits)]


@dataclass
class NewsDoc:
    text: str
    doc: Doc
    info: ArticleInfo
    actors: list[Actor] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    #: char offset -> actor id for every resolved mention start (kept in step with ``actors``)
    _mention_starts: dict[int, tuple[int, str]] = field(default_factory=dict, repr=False)
    #: field name -> ((identity, length) of the list it was built from, its index)
    _indexes: dict[str, tuple[tuple[int, int], SpanIndex]] = field(default_factory=dict, repr=False)

    def span(self, start: int, end: int) -> Span:
        """A record span over the exact text (the one place spans are made)."""
        return Span(start=start, end=end, text=self.text[start:end])

    def span_of(self, item: SpacySpan | Token) -> Span:
        if isinstance(item, Token):
            return self.span(item.idx, item.idx + len(item))
        return self.span(item.start_char, item.end_char)

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def index_mentions(self) -> None:
        """Rebuild the mention lookup after the actors list changed wholesale. A group named by its
        members is left out: its mention holds their names, which stay theirs."""
        self._mention_starts = {
            m.start: (m.end, a.id) for a in self.actors if not a.members for m in a.mentions
        }

    def add_mention(self, actor_id: str, span: Span) -> None:
        """Attach another mention (e.g. a resolved pronoun) to an actor, once."""
        if span.start in self._mention_starts:
            return
        actor = self.actor(actor_id)
        if actor is None:
            raise KeyError(actor_id)
        actor.mentions.append(span)
        actor.mentions.sort(key=lambda m: m.start)
        self._mention_starts[span.start] = (span.end, actor_id)

    def quotes_at(self, pos: int) -> list[Quote]:
        """The quotes whose hull holds ``pos``, in their order."""
        return self._index("quotes").containing(pos)

    def quote_at(self, pos: int) -> Quote | None:
        """The first quote whose hull holds ``pos``."""
        return next(iter(self.quotes_at(pos)), None)

    def times_within(self, start: int, end: int) -> list[TimeExpression]:
        """The time expressions that start in ``[start, end)``, in their order."""
        return self._index("times").within(start, end)

    def _index(self, name: str) -> SpanIndex:
        """The index of a stage's items, rebuilt when the stage's list is replaced or grows."""
        items = getattr(self, name)
        key = (id(items), len(items))
        cached = self._indexes.get(name)
        if cached is None or cached[0] != key:
            cached = self._indexes[name] = (key, SpanIndex(items))
        return cached[1]

    def in_caption(self, pos: int) -> bool:
        """Whether ``pos`` lies in a line with no final stop: a headline or a photo caption
        ('TERROR WARNING: Ghani addressed ...'), or in a pull quote's signature. Its people are
        pictured or quoted aside, not the ones the story's next 'he said' means."""
        starts, ends = self.doc.user_data.get("newsgraph.captions") or self._captions()
        i = bisect_right(starts, pos) - 1
        return i >= 0 and pos < ends[i]

    def _captions(self) -> tuple[list[int], list[int]]:
        starts, ends, pos = [], [], 0
        for line in self.text.split("\n"):
            body = line.rstrip()
            if body and not body.endswith(_STOPS):
                starts.append(pos), ends.append(pos + len(line))
            pos += len(line) + 1
        signed = [(m.start(), m.end()) for m in PULL_QUOTE_SIGNATURE.finditer(self.text)]
        if signed:
            spans = sorted([*zip(starts, ends), *signed])
            starts, ends = [a for a, _ in spans], [b for _, b in spans]
        self.doc.user_data["newsgraph.captions"] = (starts, ends)
        return starts, ends

    def actor_over(self, start: int, end: int, since: int) -> str | None:
        """The actor with a mention that covers ``[start, end)`` and starts no earlier than ``since``
        ('Health Secretary Jeremy Hunt': the name that holds the word Hunt)."""
        for s in range(start, since - 1, -1):
            hit = self._mention_starts.get(s)
            if hit and hit[0] >= end:
                return hit[1]
        return None

    def token_actor(self, token, since: int) -> str | None:
        """The actor whose mention is the token or holds it, starting no earlier than ``since``."""
        end = token.idx + len(token)
        return self.actor_at(token.idx, end) or self.actor_over(token.idx, end, since)

    def actor_at(self, start: int, end: int) -> str | None:
        """The actor with a mention inside ``[start, end)``, preferring the first one."""
        for s in range(start, end):
            hit = self._mention_starts.get(s)
            if hit and hit[0] <= end:
                return hit[1]
        return None
