"""Calendar values (as the times stage writes them) to day intervals the store can compare."""

from __future__ import annotations

import calendar
import datetime as dt
import re

_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


def day_range(value: str | None) -> tuple[str, str] | None:
    """(first day, last day) ISO for 2012-06-01, 2012-W21, 2012-05, 2012, a/b or a datetime; None if unknown."""
    if not value:
        return None
    if "/" in value:
        a, _, b = value.partition("/")
        first, last = day_range(a), day_range(b)
        return (first[0], last[1]) if first and last else None
    if m := _WEEK.match(value):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat()
    if m := _MONTH.match(value):
        year, month = int(m[1]), int(m[2])
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
    if _YEAR.match(value):
        return f"{value}-01-01", f"{value}-12-31"
    try:
        day = dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None
    return day, day


def overlaps(a: tuple[str, str], b: tuple[str, str], slack_days: int = 1) -> bool:
    """Whether two day intervals overlap, allowing ``slack_days`` between them (reports lag a day)."""
    def shift(day: str, n: int) -> str:
        return (dt.date.fromisoformat(day) + dt.timedelta(days=n)).isoformat()

    return a[0] <= shift(b[1], slack_days) and b[0] <= shift(a[1], slack_days)
