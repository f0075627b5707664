"""The time-expression grammar: regular expressions built once from ``data/time_lexicon.json``.

Rule-based like HeidelTime (Strötgen & Gertz 2013): each rule names the shape it matched so
resolution knows what to compute. Months and weekdays must be capitalised ("may", "march"
are verbs); a bare month or year needs a cue (see :func:`newsgraph.times.detect`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..resources import json_data


def lexicon() -> dict:
    return json_data("time_lexicon.json")


def _alt(words) -> str:
    """A regex alternation, longest first so 'Sept' wins over 'Sep'."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def parts() -> dict[str, str]:
    """Named sub-patterns the rules share (and resolution re-uses to read a phrase)."""
    lex = lexicon()
    names = lex["months"]
    short = [m for m in names if any(len(o) > len(m) and o.startswith(m) and names[o] == names[m] for o in names)]
    month = rf"(?:{_alt(m for m in names if m not in short)}|(?:{_alt(short)})\.?)(?![a-z])"
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    num = rf"(?:\d+(?:\.\d+)?|(?i:(?:{tens})-(?:one|two|three|four|five|six|seven|eight|nine)|{_alt(lex['numbers'])}))"
    return {
        "M": month,
        "WD": rf"(?:{_alt(lex['weekdays'])})",
        "D": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)",
        "Y": r"(?<![\w$£€.,])(?:1[5-9]\d\d|20\d\d)(?!\d|,\d)",
        "NUM": num,
        "UNIT": rf"(?:{_alt(lex['units'])})s?",
        "PART": rf"(?:{_alt(lex['parts_of_day'])})",
        "SEASON": rf"(?:{_alt(lex['seasons'])})",
        "APPROX": rf"(?:{_alt(lex['approximate'] + lex['open_ended'] + ['just', 'only'])})",
        "CLOCK": r"(?:\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\d{1,2}:\d\d\b|noon\b|midday\b|midnight\b)"
                 r"(?:\s+(?:local time|GMT|UTC|[ECMP][SD]?T)\b)?",
    }


@lru_cache(maxsize=1)
def rules() -> tuple[tuple[str, re.Pattern], ...]:
    """(rule name, compiled pattern); overlaps are settled longest-first by the caller."""
    p = parts()
    M, WD, D, Y, NUM, UNIT, PART, SEASON = (p[k] for k in ("M", "WD", "D", "Y", "NUM", "UNIT", "PART", "SEASON"))
    lex = lexicon()
    rel = r"(?i:last|next|this|past|previous|coming|this coming|following)"
    edge = r"(?i:(?:earlier|later|early|late|mid|(?:the\s+)?(?:end|beginning|start|middle)\s+of)[\s-]+)"
    table = {
        "date_md": rf"(?:{WD},?\s+)?{M}\s+{D}(?:,?\s+{Y}|\s+of\s+(?i:that|the\s+same|the\s+following|the\s+previous)\s+year)?\b",
        "date_dm": rf"(?:{WD},?\s+)?(?:the\s+)?{D}(?:\s+of)?\s+{M}(?:,?\s+{Y})?",
        "iso": r"\b\d{4}-[01]\d-[0-3]\d\b",
        "month_year": rf"(?:{edge})?{M},?\s+(?:of\s+)?{Y}",
        "month_rel": rf"(?:{edge})?{M},?\s+(?:of\s+)?(?i:last|next|this)\s+year\b",
        "year_span": rf"(?i:between)\s+{Y}\s+and\s+{Y}|(?i:from)\s+{Y}\s+(?:to|until|through)\s+{Y}|{Y}\s*[-\u2013]\s*(?:{Y}|\d\d\b)",
        "decade": rf"(?:(?i:the)\s+)?(?:(?i:early|late|mid)[\s-]+)?(?:1[5-9]\d0|20\d0|'\d0)s\b",
        "season_year": rf"(?:(?i:the)\s+)?(?i:{SEASON})\s+(?:of\s+)?{Y}",
        "year": rf"(?:{edge})?{Y}\b",
        "month": rf"(?:{edge})?{M}",
        "relative": rf"(?:{edge})?(?:(?i:the)\s+)?{rel}\s+(?:(?i:week(?:end)?|month|year|decade|century|{SEASON})\b|{M}|{WD})",
        "last_n": rf"(?:(?i:the)\s+)?(?i:last|past|previous|next|coming|first|final)\s+(?:{NUM}\s+)?(?i:{UNIT})\b",
        "ago": rf"\b{NUM}[\s-]+(?i:{UNIT})\s+(?i:ago|earlier|later|before(?=\s*[,.;])|after(?=\s*[,.;]))",
        "anaphoric": rf"(?i:(?:the\s+(?:previous|next|following|same)|that)\s+(?:day|week|weekend|month|year|{PART})"
                     rf"|the\s+day\s+(?:before|after)(?!\s+\w)|a\s+day\s+(?:earlier|later)|later\s+that\s+(?:day|{PART})"
                     rf"|earlier\s+that\s+(?:day|{PART})|(?:earlier|later)\s+in\s+the\s+day)",
        "dayword": rf"(?i:(?:the\s+day\s+(?:before|after)\s+)?(?:yesterday|today|tomorrow)(?:\s+{PART})?|tonight|(?:this|last)\s+{PART})\b",
        "weekday": rf"(?:(?i:earlier|later|early|late)\s+)?{WD}(?:\s+(?i:{PART}))?\b",
        "weekend": r"(?:(?i:over|at)\s+)?(?i:the)\s+(?i:weekend)\b",
        "rate": r"(?:(?<=\d )|(?<=\dp )|(?<=times )|(?<=cent ))a\s+(?:day|week|month|year)\b",
        "duration": rf"\b(?:{NUM}\s+(?i:to|or)\s+)?{NUM}(?:\s+and\s+(?:a\s+)?half)?(?:\s+|-)(?i:{UNIT})\b(?!-|\s+old)",
        "plural_of": r"(?<!the )\b(?i:decades|years|months|weeks)(?=\s+of\s)",
        "clock": p["CLOCK"],
        "vague": rf"\b(?i:{_alt(lex['vague'])})\b(?!\s+as\b)",
        "set": rf"\b(?i:{_alt(lex['sets'])})\b",
    }
    return tuple((name, re.compile(pattern)) for name, pattern in table.items())


@lru_cache(maxsize=1)
def anchor() -> re.Pattern:
    """A word every time expression contains: where the rules are worth trying (they are slow to try everywhere)."""
    p, lex = parts(), lexicon()
    words = [*lex["units"], "weekend", *lex["seasons"], *lex["parts_of_day"], "today", "yesterday", "tomorrow",
             "tonight", "recent", "recently", "lately", "soon", "past", "future", "overnight", "present", "daily",
             "weekly", "monthly", "annually", "yearly", "noon", "midday", "midnight"]
    return re.compile(rf"\d|{p['M']}|{p['WD']}|\b(?i:{_alt(words)})")

