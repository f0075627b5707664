"""Day-precision date mentions in a sentence, resolved against the publication date.

The summariser's light path: one compiled regex instead of a spaCy parse, because a
timeline of 400 articles needs only the dates a sentence points to, at day precision
(as HeidelTime is used in Datewise, Gholipour Ghalandari & Ifrim 2020). The rules
follow newsgraph's times stage: a weekday is the latest such day on or before the
publication date; "yesterday" is the day before it; a month and day without a year
take the year that puts them nearest the publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH = (r"(?P<{g}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"(?P<{g}>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<{g}>(?:19|20)\d\d))?"
_PATTERN = "|".join([
    r"(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)",
    r"\b" + _MONTH.format(g="m1") + r"\s+" + _DAY.format(g="d1") + r"\b" + _YEAR.format(g="y1"),
    r"\b" + _DAY.format(g="d2") + r"\s+(?:of\s+)?" + _MONTH.format(g="m2") + r"\b" + _YEAR.format(g="y2"),
    r"\b(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    r"\b(?P<rel>yesterday|today)\b",
])


@lru_cache(maxsize=1)
def _regex() -> re.Pattern:
    return re.compile(_PATTERN, re.I)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _nearest_year(month: int, day: int, pub: dt.date) -> dt.date | None:
    """The month/day in the year around ``pub`` that lies nearest to it."""
    options = [d for y in (pub.year - 1, pub.year, pub.year + 1) if (d := _safe_date(y, month, day))]
    return min(options, key=lambda d: abs((d - pub).days), default=None)


def _resolve(match: re.Match, pub: dt.date | None) -> dt.date | None:
    g = match.groupdict()
    if g["iso"]:
        return _safe_date(*map(int, g["iso"].split("-")))
    for m, d, y in (("m1", "d1", "y1"), ("m2", "d2", "y2")):
        if g[m]:
            if not g[m][0].isupper():  # "may 2" is a verb; news capitalises month names
                return None
            month, day = _MONTHS[g[m].lower()[:3]], int(g[d])
            if g[y]:
                return _safe_date(int(g[y]), month, day)
            return _nearest_year(month, day, pub) if pub else None
    if pub is None:
        return None
    if g["wd"]:
        back = (pub.weekday() - _WEEKDAYS.index(g["wd"].lower())) % 7
        return pub - dt.timedelta(days=back)
    return pub - dt.timedelta(days=1) if g["rel"].lower() == "yesterday" else pub


def find_dates(sentence: str, pub: dt.date | None) -> list[tuple[dt.date, int, int]]:
    """Resolved dates in ``sentence`` as ``(date, start, end)``; unresolvable mentions are left out."""
    found = []
    for match in _regex().finditer(sentence):
        day = _resolve(match, pub)
        if day is not None:
            found.append((day, match.start(), match.end()))
    return found


def absolute_dates(sentence: str) -> list[dt.date]:
    """Dates written with their year (usable when an article has no publication date)."""
    return [d for d, s, e in find_dates(sentence, None)]
