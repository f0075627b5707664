"""Datelines: where (and sometimes when) the story was filed, from its first line.

Wire and broadcast styles differ: ``PARIS -``, ``WASHINGTON (Reuters) -``,
``LONDON, June 1 (Reuters) -``, ``Lausanne, Switzerland (CNN)`` (no dash, text runs on).
Without an agency in brackets the place must be in capitals, so a sentence that merely
starts with a name and a dash is not mistaken for a dateline.
"""

from __future__ import annotations

import re

from .model import Dateline

_PLACE = r"[A-Z][A-Za-z.'\u2019\-]*(?:[ ][A-Z][A-Za-z.'\u2019\-]*){0,3}"
_DATE = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?"
_WITH_AGENCY = re.compile(
    rf"^(?P<place>{_PLACE}(?:,\s*{_PLACE})?)(?:,\s*(?P<date>{_DATE}))?\s*"
    r"\((?P<agency>[A-Za-z][A-Za-z .&]{1,30})\)\s*(?:[-\u2013\u2014:]+\s*)?"
)
_CAPS_ONLY = re.compile(
    rf"^(?P<place>[A-Z][A-Z.'\u2019\-]+(?:[ ][A-Z][A-Z.'\u2019\-]+){{0,3}}(?:,\s*{_PLACE})?)"
    rf"(?:,\s*(?P<date>{_DATE}))?\s+[-\u2013\u2014]{{1,2}}\s+"
)


def find_dateline(text: str) -> Dateline | None:
    """The dateline at the head of the text, or None; ``text``/``place`` are exact substrings."""
    lead = len(text) - len(text.lstrip())
    head = text[lead:lead + 200]
    match = _WITH_AGENCY.match(head) or _CAPS_ONLY.match(head)
    if not match:
        return None
    end = match.end()
    while end > 0 and head[end - 1].isspace():
        end -= 1
    place_start, place_end = match.span("place")
    return Dateline(
        start=lead, end=lead + end, text=head[:end], place=head[place_start:place_end]
    )
