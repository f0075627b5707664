"""Time expressions, resolved to calendar values against the publication date.

First level: spaCy DATE entities; weekdays, "last/this/next week", "yesterday", "today"
resolved by news-writing rules; absolute dates by dateparser. Unresolvable ones keep
``value: null``.
"""

from __future__ import annotations

import datetime as dt
import re

from .document import NewsDoc
from .model import TimeExpression

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_LEAD = re.compile(r"^(?:on|in|at|by|since|until|from|during)\s+", re.I)


def _week_interval(day: dt.date) -> str:
    monday = day - dt.timedelta(days=day.weekday())
    return f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}"


def _resolve(phrase: str, pub: dt.date | None) -> tuple[str | None, str, str | None]:
    """(value, kind, weekday) for one phrase."""
    low = phrase.lower().removesuffix("'s").removesuffix("\u2019s").strip()
    weekday = next((w for w in _WEEKDAYS if re.search(rf"\b{w}\b", low)), None)
    if weekday and pub:
        back = (pub.weekday() - _WEEKDAYS.index(weekday)) % 7
        return (pub - dt.timedelta(days=back)).isoformat(), "date", weekday
    if pub:
        if low in {"last week", "the last week", "the previous week"}:
            return _week_interval(pub - dt.timedelta(days=7)), "interval", None
        if low in {"this week"}:
            return _week_interval(pub), "interval", None
        if low == "yesterday":
            return (pub - dt.timedelta(days=1)).isoformat(), "date", None
        if low in {"today", "this morning", "tonight", "this evening"}:
            return pub.isoformat(), "date", None
    if re.fullmatch(r"\d{4}", low):
        return low, "year", None
    if weekday:
        return None, "date", weekday
    return None, "vague", None


def find_times(nd: NewsDoc) -> list[TimeExpression]:
    pub = dt.date.fromisoformat(nd.info.pub_date) if nd.info.pub_date else None
    found = []
    for ent in nd.doc.ents:
        if ent.label_ not in {"DATE", "TIME"}:
            continue
        value, kind, weekday = _resolve(_LEAD.sub("", ent.text), pub)
        found.append(
            TimeExpression(
                id=f"t{len(found) + 1}", start=ent.start_char, end=ent.end_char, text=ent.text,
                value=value, kind=kind, weekday=weekday,
                anchor=None if value is None else ("pub_date" if kind != "year" else "absolute"),
                confidence=0.8 if value else 0.4,
            )
        )
    return found


def date_for(nd: NewsDoc, start: int, end: int) -> str | None:
    """The resolved value of the first time expression inside the sentence around ``[start, end)``."""
    span = nd.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    sent = span.sent
    return next((t.value for t in nd.times if sent.start_char <= t.start < sent.end_char and t.value), None)


def attach_dates(nd: NewsDoc) -> None:
    """Give quotes and events the date of the time expression in their sentence."""
    for item, start, end in [(q, q.start, q.end) for q in nd.quotes] + [(e, e.trigger.start, e.trigger.end) for e in nd.events]:
        if item.date is None:
            item.date = date_for(nd, start, end)
