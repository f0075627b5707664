"""Resolving one matched phrase to a calendar value, by news-writing rules (HeidelTime's news mode).

Relative expressions anchor on the publication date; anaphoric ones ("the next day", "a day
earlier") on the last date the article named. A bare weekday or month in past-tense
reporting is the latest one on or before the publication date, in future-tense context the
next one; without tense a month-and-day is the nearest, a weekday the latest (news reports
what happened). Without a publication date relative values stay null but keep the weekday.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from . import calendar as cal
from .grammar import lexicon, parts


@dataclass(frozen=True)
class Context:
    pub: dt.date | None
    tense: str | None = None  # "past" | "future" | None
    ref: dt.date | None = None  # the last day the article named (for "the next day")
    ref_absolute: bool = False  # whether that last date was written out in full
    ref_day: bool = False  # whether it named a day (not just a month or year)


@dataclass(frozen=True)
class Value:
    value: str | None
    kind: str
    anchor: str | None = None
    weekday: str | None = None
    confidence: float = 0.9


@lru_cache(maxsize=1)
def _readers() -> dict[str, re.Pattern]:
    p = parts()
    return {
        "M": re.compile(p["M"]),
        "WD": re.compile(p["WD"]),
        "D": re.compile(rf"(?<![\d:]){p['D']}(?![\d:]|\s*(?:a\.m\.|p\.m\.))"),
        "Y": re.compile(p["Y"]),
        "NUM_UNIT": re.compile(rf"(?:({p['APPROX']})\s+)?({p['NUM']})[\s-]+({p['UNIT']})", re.I),
        "UNIT": re.compile(p["UNIT"], re.I),
        "SEASON": re.compile(p["SEASON"], re.I),
        "CLOCK": re.compile(r"(\d{1,2})(?::(\d\d))?\s*(a\.m\.|p\.m\.|am|pm)?|(noon|midday|midnight)", re.I),
    }


def _find(name: str, phrase: str) -> str | None:
    m = _readers()[name].search(phrase)
    return m.group(0) if m else None


def _month(phrase: str) -> int | None:
    word = _find("M", phrase)
    return lexicon()["months"][word.rstrip(".")] if word else None


def _weekday(phrase: str) -> str | None:
    word = _find("WD", phrase)
    return word.lower() if word else None


def _count(word: str) -> int | None:
    """A small count from digits or words; None for "several", "a few", fractions."""
    word = word.lower().strip()
    if word.isdigit():
        return int(word)
    if "-" in word:  # "thirty-six"
        tens, ones = (_count(w) for w in word.split("-", 1))
        return tens + ones if tens and ones else None
    return lexicon()["numbers"].get(word)


def _unit(word: str) -> str:
    return lexicon()["units"][word.lower().removesuffix("s") if word.lower() != "hours" else "hour"]


def _day(d: dt.date | None, anchor: str = "pub_date", confidence: float = 0.9, weekday: str | None = None) -> Value:
    if d is None:
        return Value(None, "date", None, weekday, 0.3)
    return Value(d.isoformat(), "date", anchor, weekday or _WEEKDAYS[d.weekday()], confidence)


_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def resolve(phrase: str, rule: str, ctx: Context) -> Value:
    """The calendar value of ``phrase`` (already matched as ``rule``) in context ``ctx``."""
    since = phrase[:6].lower() == "since "
    core = re.sub(r"^(?i:on|since)\s+", "", phrase)
    core = re.sub(r"['\u2019]s$", "", core)
    if since:  # "since June": a time already past
        ctx = Context(ctx.pub, "past", ctx.ref, ctx.ref_absolute, ctx.ref_day)
    value = _RULES[rule](core, ctx)
    return _since(value, ctx.pub) if since else value


def _since(v: Value, pub: dt.date | None) -> Value:
    """"since X": the interval from X to the publication date, at X's granularity."""
    if v.value is None or pub is None:
        return Value(None, "interval", None, v.weekday, min(v.confidence, 0.4))
    start = v.value.split("/")[0]
    end = pub.isoformat()[: len(start)] if len(start) in (4, 7, 10) else pub.isoformat()
    if start >= end:
        return v
    return Value(f"{start}/{end}", "interval", "pub_date", None, v.confidence)


def _absolute_date(core: str, ctx: Context) -> Value:
    month, day, year = _month(core), _find("D", core), _find("Y", core)
    weekday = _weekday(core)
    day_n = int(re.sub(r"\D", "", day)) if day else 1
    of_year = re.search(r"of (that|the same|the following|the previous) year$", core)
    if of_year:  # "on May 8 of that year": the year the article last named
        if ctx.ref is None:
            return Value(None, "date", None, weekday, 0.3)
        year = str(ctx.ref.year + {"following": 1, "previous": -1}.get(of_year.group(1).split()[-1], 0))
    if year is None:
        year_n = cal.year_for(ctx.pub, month, day_n, ctx.tense) if ctx.pub else None
        if year_n is None:
            return Value(None, "date", None, weekday, 0.3)
    else:
        year_n = int(year)
    try:
        d = dt.date(year_n, month, day_n)
    except ValueError:  # "February 30"
        return Value(None, "date", None, weekday, 0.2)
    fits = weekday is None or weekday == _WEEKDAYS[d.weekday()]
    return _day(d, "absolute" if year else "pub_date", (0.95 if year else 0.85) if fits else 0.5)


def _iso(core: str, ctx: Context) -> Value:
    try:
        return _day(dt.date.fromisoformat(core), "absolute", 0.95)
    except ValueError:
        return Value(None, "date", None, None, 0.2)


def _month_year(core: str, ctx: Context) -> Value:
    return Value(cal.month_value(int(_find("Y", core)), _month(core)), "month", "absolute", None, 0.95)


def _month_rel(core: str, ctx: Context) -> Value:
    """"June last year", "March next year"."""
    if ctx.pub is None:
        return Value(None, "month", None, None, 0.3)
    shift = {"last": -1, "next": 1}.get(re.search(r"(last|next|this)\s+year$", core.lower()).group(1), 0)
    return Value(cal.month_value(ctx.pub.year + shift, _month(core)), "month", "pub_date", None, 0.85)


def _year_span(core: str, ctx: Context) -> Value:
    years = _readers()["Y"].findall(core)
    first = int(years[0])
    if len(years) > 1:
        last = int(years[1])
    else:  # "2013-14"
        last = first // 100 * 100 + int(re.search(r"(\d\d)\s*$", core).group(1))
    if last <= first:
        return Value(None, "interval", None, None, 0.3)
    return Value(f"{first}/{last}", "interval", "absolute", None, 0.9)


def _decade(core: str, ctx: Context) -> Value:
    digits = re.search(r"(\d+)0s", core).group(1)
    if len(digits) == 1:  # "the '90s": the latest such decade not after publication
        now = ctx.pub.year if ctx.pub else 2099
        start = max(c + int(digits) * 10 for c in (1900, 2000) if c + int(digits) * 10 <= now) if now >= 1900 else None
        if start is None:
            return Value(None, "decade", None, None, 0.3)
    else:
        start = int(digits) * 10
    return Value(f"{start}/{start + 9}", "decade", "absolute", None, 0.9)


def _season_span(year: int, season: str) -> str:
    first, last = lexicon()["seasons"][season.lower()]
    return f"{year:04d}-{first:02d}/{year + (last < first):04d}-{last:02d}"


def _season_year(core: str, ctx: Context) -> Value:
    return Value(_season_span(int(_find("Y", core)), _find("SEASON", core)), "interval", "absolute", None, 0.85)


def _year(core: str, ctx: Context) -> Value:
    return Value(_find("Y", core), "year", "absolute", None, 0.9)


def _month_bare(core: str, ctx: Context) -> Value:
    if ctx.pub is None:
        return Value(None, "month", None, None, 0.3)
    month = _month(core)
    year = cal.year_for(ctx.pub, month, None, ctx.tense)
    return Value(cal.month_value(year, month), "month", "pub_date", None, 0.8)


def _weekday_bare(core: str, ctx: Context) -> Value:
    weekday = _weekday(core)
    if ctx.pub is None:
        return Value(None, "date", None, weekday, 0.4)
    d = cal.weekday_near(ctx.pub, _WEEKDAYS.index(weekday), ctx.tense or "past")
    return _day(d, confidence=0.85 if ctx.tense else 0.75)


def _dayword(core: str, ctx: Context) -> Value:
    low = core.lower()
    shift = -1 if ("yesterday" in low or low.startswith("last")) else 1 if "tomorrow" in low else 0
    if "the day before" in low or "the day after" in low:
        shift += -1 if "before" in low else 1
    if ctx.pub is None:
        return Value(None, "date", None, None, 0.4)
    return _day(ctx.pub + dt.timedelta(days=shift), confidence=0.9)


def _weekend(core: str, ctx: Context) -> Value:
    if ctx.pub is None:
        return Value(None, "interval", None, None, 0.3)
    past_weekend = ctx.tense != "future" and ctx.pub.weekday() < 5
    return Value(cal.weekend(ctx.pub, -1 if past_weekend else 0), "interval", "pub_date", None, 0.7)


def _relative(core: str, ctx: Context) -> Value:
    low = core.lower()
    direction = re.search(r"\b(this coming|last|past|previous|next|coming|following|this)\b", low).group(1)
    shift = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(direction, 0)
    weekday, month, season = _weekday(core), _month(core), _find("SEASON", low)
    unit = re.search(r"(week(?:end)?|month|year|decade|century)\b", low)
    anaphoric = direction in ("following", "previous") or (direction == "next" and low.startswith("the") and ctx.ref_absolute)
    if anaphoric and unit and unit.group(1) != "weekend":
        return _from_ref(unit.group(1), shift, ctx)
    if ctx.pub is None:
        return Value(None, "interval" if unit else "date", None, weekday, 0.3)
    pub = ctx.pub
    if weekday:
        wd = _WEEKDAYS.index(weekday)
        if direction == "this":
            return _day(pub - dt.timedelta(days=pub.weekday() - wd), confidence=0.8)
        return _day(cal.weekday_near(pub, wd, "past" if shift < 0 else "future", strict=True), confidence=0.8)
    if month:
        if direction == "this":
            return Value(cal.month_value(pub.year, month), "month", "pub_date", None, 0.85)
        year = cal.year_for(pub, month, None, "past" if shift < 0 else "future", strict=True)
        return Value(cal.month_value(year, month), "month", "pub_date", None, 0.85)
    if season:
        return Value(_season_near(pub, season, shift), "interval", "pub_date", None, 0.75)
    rolling = low.startswith("the") and direction in ("last", "past", "next", "coming")
    return _unit_shift(unit.group(1), shift, pub, rolling, direction == "this coming")


def _unit_shift(unit: str, shift: int, pub: dt.date, rolling: bool, coming: bool) -> Value:
    """"last week", "next month", "this year"; "the past week" is the rolling seven days."""
    if rolling and shift:
        return _window(unit, shift, pub, 1)
    if unit == "week":
        shift = shift or (1 if coming and pub.weekday() >= 5 else 0)
        return Value(cal.week(pub, shift), "week", "pub_date", None, 0.9)
    if unit == "weekend":
        return Value(cal.weekend(pub, shift), "interval", "pub_date", None, 0.8)
    if unit == "month":
        return Value(cal.month_value(*cal.add_months(pub.year, pub.month, shift)), "month", "pub_date", None, 0.9)
    if unit == "year":
        return Value(str(pub.year + shift), "year", "pub_date", None, 0.9)
    if unit == "decade":
        start = pub.year // 10 * 10 + 10 * shift
        return Value(f"{start}/{start + 9}", "decade", "pub_date", None, 0.7)
    return Value(None, "vague", None, None, 0.5)


def _window(unit: str, sign: int, pub: dt.date, n: int) -> Value:
    """The rolling window of ``n`` units ending (sign < 0) or starting (sign > 0) at pub."""
    if unit in ("hour", "day", "week", "fortnight"):  # "the past 48 hours": the days they cover
        days = n // 24 if unit == "hour" else n * {"day": 1, "week": 7, "fortnight": 14}[unit]
        other = cal.shift_days(pub, sign * days)
        if other is None:
            return Value(None, "interval", None, None, 0.3)
        ends = sorted([pub.isoformat(), other.isoformat()])
    elif unit == "month":
        y, m = cal.add_months(pub.year, pub.month, sign * n)
        ends = sorted([f"{pub.year:04d}-{pub.month:02d}", f"{y:04d}-{m:02d}"])
    elif unit in ("year", "decade", "century"):
        years = n * {"year": 1, "decade": 10, "century": 100}[unit]
        ends = sorted([str(pub.year), str(pub.year + sign * years)])
    else:
        return Value(None, "duration", None, None, 0.6)
    return Value("/".join(ends), "interval", "pub_date", None, 0.8)


def _season_near(pub: dt.date, season: str, shift: int) -> str:
    """The season occurrence before (shift < 0), around (0) or after (> 0) the publication month."""
    first, last = lexicon()["seasons"][season]
    year = pub.year
    def span_of(y):  # (start month index, end month index) in months since year 0
        return y * 12 + first, (y + (last < first)) * 12 + last
    here = pub.year * 12 + pub.month
    if shift < 0:
        while span_of(year)[1] >= here:
            year -= 1
    elif shift > 0:
        while span_of(year)[0] <= here:
            year += 1
    elif first > last and pub.month <= last:
        year -= 1
    return _season_span(year, season)


def _from_ref(unit: str, shift: int, ctx: Context, n: int = 1) -> Value:
    """A unit before/after the last date the article named ("the following year")."""
    if ctx.ref is None:
        return Value(None, "vague", None, None, 0.3)
    ref = ctx.ref
    if unit in ("day", "night", "morning", "afternoon", "evening"):
        if not ctx.ref_day:
            return Value(None, "vague", None, None, 0.3)
        return _day(cal.shift_days(ref, shift * n), "pub_date" if not ctx.ref_absolute else "absolute", 0.7)
    if unit == "week":
        return Value(cal.week(ref, shift * n), "week", "pub_date", None, 0.6)
    if unit == "month":
        return Value(cal.month_value(*cal.add_months(ref.year, ref.month, shift * n)), "month", "pub_date", None, 0.7)
    if unit in ("year", "decade"):
        return Value(str(ref.year + shift * n * (10 if unit == "decade" else 1)), "year", "pub_date", None, 0.7)
    return Value(None, "vague", None, None, 0.3)


def _last_n(core: str, ctx: Context) -> Value:
    low = core.lower()
    m = re.search(r"(last|past|previous|next|coming|first|final)\s+(?:(.+?)\s+)?(\w+)$", low)
    direction, count, unit_word = m.groups()
    if direction in ("first", "final") or not _readers()["UNIT"].fullmatch(unit_word):
        return Value(None, "duration", None, None, 0.6)
    n = _count(count) if count else 1
    if n is None:
        return Value(None, "vague", None, None, 0.6)
    if ctx.pub is None:
        return Value(None, "interval", None, None, 0.4)
    return _window(_unit(unit_word), -1 if direction in ("last", "past", "previous") else 1, ctx.pub, n)


def _ago(core: str, ctx: Context) -> Value:
    m = _readers()["NUM_UNIT"].search(core)
    approx, count, unit_word = m.groups()
    n, unit = _count(count), _unit(unit_word)
    open_ended = approx and approx.lower() in lexicon()["open_ended"]
    if n is None or open_ended:
        return Value(None, "vague", None, None, 0.6)
    later = re.search(r"(later|after)$", core.lower()) is not None
    base = ctx.pub if core.lower().endswith("ago") or ctx.ref is None else ctx.ref
    anchor = "pub_date"
    if base is None:
        return Value(None, "vague", None, None, 0.4)
    confidence = 0.6 if approx else 0.8
    sign = 1 if later else -1
    if unit in ("day", "hour", "minute", "second"):
        return _day(cal.shift_days(base, sign * n if unit == "day" else 0), anchor, confidence)
    if unit in ("week", "fortnight"):
        return Value(cal.week(base, sign * n * (2 if unit == "fortnight" else 1)), "week", anchor, None, confidence)
    if unit == "month":
        return Value(cal.month_value(*cal.add_months(base.year, base.month, sign * n)), "month", anchor, None, confidence)
    years = n * {"year": 1, "decade": 10, "century": 100}[unit]
    return Value(str(base.year + sign * years), "year", anchor, None, confidence * 0.8 if unit != "year" else confidence)


def _anaphoric(core: str, ctx: Context) -> Value:
    low = core.lower()
    shift = -1 if re.search(r"previous|before|earlier that|a day earlier", low) else 1 if re.search(r"next|following|after|later$", low) else 0
    if re.search(r"(earlier|later) (that|in the)", low):
        shift = 0
    unit = re.search(r"(day|weekend|week|month|year|morning|afternoon|evening|night)\b", low).group(1)
    if ctx.ref is None and ctx.pub is not None and unit == "day" and low.startswith("a day"):
        return _day(ctx.pub + dt.timedelta(days=shift), confidence=0.5)
    return _from_ref(unit if unit != "weekend" else "week", shift, ctx)


def _clock(core: str, ctx: Context) -> Value:
    """A time of day alone is on the last day the article named."""
    hhmm = clock_time(core)
    if ctx.ref is None or hhmm is None or not ctx.ref_day:
        return Value(None, "datetime", None, None, 0.4)
    return Value(f"{ctx.ref.isoformat()}T{hhmm}", "datetime", "pub_date", None, 0.5)


def _null(kind: str, confidence: float):
    return lambda core, ctx: Value(None, kind, None, None, confidence)


def clock_time(text: str) -> str | None:
    """"10 a.m." -> "10:00"; None when the hour cannot be on a clock."""
    m = _readers()["CLOCK"].search(text)
    if m.group(4):
        return "00:00" if m.group(4).lower() == "midnight" else "12:00"
    hour, minute, half = int(m.group(1)), int(m.group(2) or 0), (m.group(3) or "").lower()
    if half.startswith("p") and hour < 12:
        hour += 12
    elif half.startswith("a") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


_RULES = {
    "date_md": _absolute_date, "date_dm": _absolute_date, "iso": _iso, "month_year": _month_year,
    "month_rel": _month_rel, "year_span": _year_span, "decade": _decade, "season_year": _season_year, "year": _year,
    "month": _month_bare, "relative": _relative, "last_n": _last_n, "ago": _ago,
    "anaphoric": _anaphoric, "dayword": _dayword, "weekday": _weekday_bare, "weekend": _weekend,
    "duration": _null("duration", 0.7), "plural_of": _null("duration", 0.5), "clock": _clock, "vague": _null("vague", 0.7), "set": _null("set", 0.7),
    "rate": _null("set", 0.6),
}
