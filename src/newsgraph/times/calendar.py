"""Calendar arithmetic for news-relative dates: ISO weeks, month shifts, weekday search."""

from __future__ import annotations

import datetime as dt

Date = dt.date


def week(day: Date, shift: int = 0) -> str:
    """The ISO week (Monday–Sunday) around ``day``, ``shift`` weeks away, as a day interval."""
    monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=shift)
    return f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}"


def weekend(day: Date, shift: int = 0) -> str:
    """Saturday–Sunday of the ISO week around ``day``, ``shift`` weeks away."""
    saturday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(days=5, weeks=shift)
    return f"{saturday.isoformat()}/{(saturday + dt.timedelta(days=1)).isoformat()}"


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    y, m = divmod(year * 12 + month - 1 + n, 12)
    return y, m + 1


def month_value(year: int, month: int) -> str | None:
    return f"{year:04d}-{month:02d}" if 1 <= year <= 9999 else None


def weekday_near(pub: Date, weekday: int, direction: str, strict: bool = False) -> Date:
    """The ``weekday`` on or before ``pub`` ("past") or on or after it ("future"); strictly if asked."""
    if direction == "future":
        ahead = (weekday - pub.weekday()) % 7 or (7 if strict else 0)
        return pub + dt.timedelta(days=ahead)
    back = (pub.weekday() - weekday) % 7 or (7 if strict else 0)
    return pub - dt.timedelta(days=back)


def year_for(pub: Date, month: int, day: int | None, tense: str | None, strict: bool = False) -> int | None:
    """The year of a month (and day) written without one: past before pub, future after, else nearest.

    A day in past-tense reporting may lie up to 60 days ahead (a vote called for a date);
    ``strict`` ("last June", "next June") excludes the publication month itself.
    """
    candidates = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            candidates.append(Date(y, month, day or 1))
        except ValueError:
            continue
    if not candidates:
        return None
    here = Date(pub.year, pub.month, pub.day if day else 1)
    slack = dt.timedelta(days=60 if day and not strict else 0)  # "called a vote on March 16": days ahead
    if tense == "past":
        ok = [c for c in candidates if c < here + slack or (c == here and not strict)]
        return max(ok).year if ok else None
    if tense == "future":
        ok = [c for c in candidates if c > here - slack or (c == here and not strict)]
        return min(ok).year if ok else None
    return min(candidates, key=lambda c: abs((c - here).days)).year


def shift_days(day: Date, n: int) -> Date | None:
    try:
        return day + dt.timedelta(days=n)
    except OverflowError:
        return None
