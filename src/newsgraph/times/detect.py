"""Finding time expressions: grammar matches, settled longest-first, then trimmed to the span convention.

Span convention (the seed gold): a leading "on" before a day and a leading "since" belong to
the expression ("on Friday", "since 2011"), as does a possessive "'s" ("last week's"); other
prepositions do not. A bare month or year counts only after a temporal cue ("in May",
"since 2011") or when spaCy tagged it DATE, so "May" the verb and "2,000 troops" stay out.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from .grammar import anchor, parts, rules

#: rules whose value is one day (a clock time next to one of them extends it)
DAY_RULES = frozenset({"date_md", "date_dm", "iso", "weekday", "dayword"})
_CUES = frozenset(
    "in since until till by from of before after during through throughout between early late mid around".split()
)
_NAMES = frozenset({"ORG", "PERSON", "WORK_OF_ART", "PRODUCT", "FAC", "LAW", "NORP", "GPE", "LOC"})
_COUNTS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL"})
_PREV_WORD = re.compile(r"([A-Za-z]+)[\s-]+$")
_POSSESSIVE = re.compile(r"['\u2019]s\b")
_JOIN = re.compile(r"\s*(?:,|at|on|\()?\s*$")


@dataclass
class Found:
    start: int
    end: int
    rule: str
    clock: tuple[int, int] | None = None  # char range of a time of day merged into a day


def find_spans(text: str, doc: Doc) -> list[Found]:
    """Every time expression in ``text`` as (start, end, rule), in text order, not overlapping."""
    order = {name: i for i, (name, _) in enumerate(rules())}
    cands = [Found(m.start(), m.end(), name) for lo, hi in _windows(text) for name, rx in rules()
             for m in rx.finditer(text, lo, hi)]
    cands = [c for c in cands if (c.rule not in ("month", "year") or _cued(text, doc, c)) and not _named(doc, c)]
    cands.sort(key=lambda c: (c.start - c.end, order[c.rule], c.start))
    kept: list[Found] = []
    starts: list[int] = []
    for c in cands:
        i = bisect.bisect_left(starts, c.start)
        if (i and kept[i - 1].end > c.start) or (i < len(kept) and kept[i].start < c.end):
            continue
        kept.insert(i, c)
        starts.insert(i, c.start)
    return _merge_clocks(text, [_extend(text, c) for c in kept])


def _windows(text: str, reach: int = 48) -> list[tuple[int, int]]:
    """Merged stretches of text around anchor words, where an expression can be."""
    out: list[tuple[int, int]] = []
    for m in anchor().finditer(text):
        lo, hi = max(0, m.start() - reach), min(len(text), m.end() + reach)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def _named(doc: Doc, c: Found) -> bool:
    """Whether the match lies inside a name spaCy found ("Russia Today", "Good Friday Agreement")."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    return span is not None and all(t.ent_type_ in _NAMES for t in span)


def _cued(text: str, doc: Doc, c: Found) -> bool:
    """A bare month or year is a date after a cue word ("in May") or inside a spaCy DATE entity,
    never as a count ("1500 police") or a name ("The March of ...")."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is not None and any(t.ent_type_ in _COUNTS for t in span):
        return False
    prev = _PREV_WORD.search(text, max(0, c.start - 30), c.start)
    word = prev.group(1).lower() if prev else ""
    if word in _CUES or (text[c.start].islower()):  # an edge word ("early", "mid-") leads the match
        return True
    named = c.rule == "month" and word in ("the", "a", "an")
    return not named and span is not None and all(t.ent_type_ == "DATE" for t in span)


def _extend(text: str, c: Found) -> Found:
    """Take in a possessive "'s", an approximation ("about two years") and a leading "on" (before a day) or "since"."""
    if _POSSESSIVE.match(text, c.end):
        c.end += 2
    if c.rule in ("duration", "ago"):
        approx = _approximation().search(text, max(0, c.start - 20), c.start)
        c.start = approx.start() if approx else c.start
    prev = _PREV_WORD.search(text, max(0, c.start - 8), c.start)
    if prev and prev.end() == c.start and text[prev.start() - 1:prev.start()].strip() == "":
        word = prev.group(1).lower()
        if word == "since" or (word == "on" and c.rule in DAY_RULES):
            c.start = prev.start()
    return c


@lru_cache(maxsize=1)
def _approximation() -> re.Pattern:
    return re.compile(rf"\b{parts()['APPROX']}\s+$", re.I)


def _merge_clocks(text: str, found: list[Found]) -> list[Found]:
    """Join a time of day with the day beside it ("10 a.m. Tuesday", "Friday at 9 p.m.")."""
    out: list[Found] = []
    for c in found:
        last = out[-1] if out else None
        if last and {last.rule, c.rule} & {"clock"} and _JOIN.fullmatch(text, last.end, c.start):
            day, clock = (last, c) if c.rule == "clock" else (c, last)
            if day.rule in DAY_RULES and clock.rule == "clock" and day.clock is None:
                out[-1] = Found(last.start, c.end, day.rule, (clock.start, clock.end))
                continue
        out.append(c)
    return out
