"""DATE normalisation to the TIMEX3-style values of format.md, resolved against an explicit anchor.

Public API: :func:`normalise_date` (the filters on candidate spans are in :mod:`.date_filters`). Explicit
forms are handled by rules (``date_rules``); dateparser is a guarded fallback for the rest.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from typing import Any

from extractor.models import DATE_VALUE_PATTERN
from extractor.normalise import date_periods, date_relative
from extractor.normalise.date_forms import Partial, parse_calendar
from extractor.normalise.date_relative import (
    MISS,
    NEXT_REL,
    PAST_REL,
    REL,
    Ctx,
    Result,
    Tense,
    fmt,
    rel_of,
    resolve,
    week_value,
)
from extractor.normalise.date_rules import (
    AMBIGUOUS_LOWER,
    MONTH_RE,
    MONTHS,
    WEEKDAY_RE,
    WEEKDAYS,
    clean,
    valid_year,
)

__all__ = ["Tense", "normalise_date"]

_VALUE = re.compile(DATE_VALUE_PATTERN)


@lru_cache(maxsize=8192)  # pure: the same words and anchor always give the same value
def normalise_date(
    text: str,
    anchor: dt.date | None = None,
    *,
    tense: Tense | None = None,
    dayfirst: bool = True,
    year_hint: int | None = None,
) -> str | None:
    """Normalise a date expression to a format.md DATE value, or None when it cannot be resolved.

    Args:
        text: the date expression as written ("mid October", "11/05/2025", "last week").
        anchor: the publication date; relative and year-less dates resolve against it.
        tense: "past"/"future" picks the side of the anchor for year-less dates and weekdays.
        dayfirst: numeric dates are day-first unless the numbers make that impossible.
        year_hint: a year the document's context gives a year-less date (a year heading above a
            list of months); it wins over the anchor.
    """
    if not text or not text.strip():
        return None
    if AMBIGUOUS_LOWER.search(text) and not re.search(r"\d", text):
        return None  # "may", "march", "sun" as verbs or nouns
    s, weekday = _strip_weekday(clean(text))
    if not s:
        return None
    ctx = Ctx(anchor, tense, dayfirst, weekday, year_hint)
    out = _point(s, ctx)
    if out is MISS:
        out = _interval(s, ctx)
    if out is MISS:
        out = _dateparser_value(s, ctx)
    return out if isinstance(out, str) and _VALUE.fullmatch(out) else None


# ---- point rules: each returns a value, None (recognised but unresolvable) or MISS -------------


def _calendar(s: str, ctx: Ctx) -> Result:
    """Explicit calendar forms; a missing year is resolved against the anchor."""
    p = parse_calendar(s, dayfirst=ctx.dayfirst)
    return MISS if p is None else fmt(resolve(p, ctx))


_REL_MONTH = re.compile(rf"(?P<rel>{REL})\s+(?P<rest>{MONTH_RE}.*|.*{MONTH_RE})")
_MONTH_REL_YEAR = re.compile(
    rf"(?P<rest>.*?{MONTH_RE}.*?)(?<!\s)\s*(?:,\s*)?(?:of\s+)?(?:the\s+)?(?P<rel>{REL}|same)\s+year"
)


def _relative_month(s: str, ctx: Ctx) -> Result:
    """ "last December", "this April", "March of this year", "June last year"."""
    m = _MONTH_REL_YEAR.fullmatch(s)
    if m:
        p = parse_calendar(m.group("rest"), dayfirst=ctx.dayfirst)
        if p is None or p.year is not None:
            return MISS
        rel = m.group("rel")
        if ctx.anchor is None or rel == "same":
            return fmt(p) if rel != "same" else None
        offset = -1 if rel in PAST_REL else 1 if rel in NEXT_REL else 0
        return fmt(replace(p, year=ctx.anchor.year + offset))
    m = _REL_MONTH.fullmatch(s)
    if m:
        p = parse_calendar(m.group("rest"), dayfirst=ctx.dayfirst)
        if p is None or p.year is not None or p.month is None:
            return MISS
        return fmt(resolve(p, ctx, rel_of(m.group("rel"))))
    return MISS


_WEEK_OF = re.compile(r"week\s+of\s+(?P<date>.+)")


def _week_of(s: str, ctx: Ctx) -> Result:
    """ "the week of March 6" -> the ISO week of that date."""
    m = _WEEK_OF.fullmatch(s)
    if not m:
        return MISS
    value = normalise_date(
        m.group("date"), ctx.anchor, tense=ctx.tense, dayfirst=ctx.dayfirst, year_hint=ctx.year_hint
    )
    if value is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return None
    return week_value(dt.date.fromisoformat(value))


_POINT_RULES: tuple[Callable[[str, Ctx], Result], ...] = (
    _calendar,
    _relative_month,
    _week_of,
    date_periods.holiday,
    date_periods.season,
    date_periods.quarter,
    date_relative.week_rule,
    date_relative.relative,
    date_relative.weekday,
    date_periods.decade_century,  # anchor-relative rules
)


def _point(s: str, ctx: Ctx) -> Result:
    """The first point rule that recognises ``s``."""
    for rule in _POINT_RULES:
        out = rule(s, ctx)
        if out is not MISS:
            return out
    return MISS


# one separator quantifier per run of spaces, and the date before a trailing weekday never ends in a space:
# linear in the text (the former ``.+?\s*,?\s*`` was cubic on runs of spaces)
_WEEKDAY_SPLIT = re.compile(
    rf"(?:{REL}\s+)?(?P<w>{WEEKDAY_RE})\s*(?:,\s*)?(?P<rest>.+)"
    rf"|(?P<rest2>.+?)(?<!\s)\s*(?:,\s*)?\(?(?P<w2>{WEEKDAY_RE})\)?"
)


def _strip_weekday(s: str) -> tuple[str, int | None]:
    """Split a weekday from a calendar date ("Monday, Oct. 26" -> ("oct. 26", 0))."""
    m = _WEEKDAY_SPLIT.fullmatch(s)
    if not m:
        return s, None
    rest = m.group("rest") or m.group("rest2")
    if not re.search(rf"\d|\b{MONTH_RE}(?!\w)", rest):
        return s, None
    return rest, WEEKDAYS[(m.group("w") or m.group("w2")).rstrip(".")]


# ---- intervals -------------------------------------------------------------------------------

# leading spaces only from the start of a run of them (linear: a search never rescans a run from inside it)
_SEP = re.compile(r"(?:(?<!\s)\s+)?(?:-|/|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b|\band\b)\s*")


def _interval(s: str, ctx: Ctx) -> Result:
    """ "November 23 to 27", "May 23-28, 2016", "15-16 September", "2022-2023", "May-June 2016"."""
    for m in _SEP.finditer(s):
        left, right = clean(s[: m.start()]), clean(s[m.end() :])
        lp = parse_calendar(left, dayfirst=ctx.dayfirst, half=True)
        rp = parse_calendar(right, dayfirst=ctx.dayfirst, half=True)
        if lp and lp.year and lp.month is None and re.fullmatch(r"\d{2}", right):
            rp = Partial(lp.year // 100 * 100 + int(right))  # "2015-16"
        if lp is None or rp is None:
            continue
        day_only = (lp.month is None and lp.day is not None) or (rp.month is None and rp.day is not None)
        if day_only and (lp.day is None) != (rp.day is None):
            continue  # "Nov-21" is one date, not an interval
        return _join(lp, rp, ctx)
    return MISS


def _join(lp: Partial, rp: Partial, ctx: Ctx) -> str | None:
    """Share year/month between interval halves, resolve the year, and order-check."""
    left, right = lp.filled(rp), rp.filled(lp)
    if (left.month is None and left.day is not None) or (right.month is None and right.day is not None):
        return None
    if left == Partial() or right == Partial():
        return None

    def key(p: Partial) -> tuple[int, int]:
        return (p.month or 0, p.day or 0)

    if left.year is None and right.year is None:
        left = resolve(left, ctx)
        right = replace(right, year=left.year)
        if key(right) < key(left):
            if right.month == left.month:
                return None
            right = replace(right, year=left.year + 1 if left.year is not None else None)
    elif lp.year is None and left.year is not None and key(left) > key(right):
        left = replace(left, year=left.year - 1)
    elif rp.year is None and right.year is not None and key(right) < key(left):
        right = replace(right, year=right.year + 1)
    if None not in (left.year, right.year) and (left.year, *key(left)) > (right.year, *key(right)):
        return None  # reversed
    lv, rv = fmt(left), fmt(right)
    return lv if lv == rv else f"{lv}/{rv}"


# ---- dateparser fallback -----------------------------------------------------------------------

_MONTH_WORDS = {word: re.compile(rf"\b{word}\b") for word in MONTHS}
_DP_ELIGIBLE = re.compile(rf"\b(?:{MONTH_RE}|{WEEKDAY_RE}|yesterday|tomorrow|today|ago|fortnight)(?!\w)")
_DP_BLOCK = re.compile(
    r"\b(?:few|several|many|some|couple|recent|now|era|age|old|every|each|per|daily|"
    r"weekly|monthly|yearly|annually|quarterly)\b"
)


def _dateparser_data(s: str, ctx: Ctx) -> Any:
    """dateparser's reading of ``s`` against the anchor, with the tense's preference and the day order."""
    from dateparser.date import DateDataParser  # slow import, needed rarely

    base = ctx.anchor or dt.date(2001, 2, 3)
    settings = {
        "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day, 12),
        "PREFER_DATES_FROM": {"past": "past", "future": "future"}.get(ctx.tense or "", "current_period"),
        "DATE_ORDER": "DMY" if ctx.dayfirst else "MDY",
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_TIME_AS_PERIOD": True,
    }
    return DateDataParser(languages=["en"], settings=settings).get_date_data(s)


def _contradicts(s: str, d: dt.datetime) -> bool:
    """dateparser's date names another month or year than the text writes."""
    if any(_MONTH_WORDS[word].search(s) and month != d.month for word, month in MONTHS.items()):
        return True
    years = re.findall(r"\b\d{4}\b", s)
    return bool(years) and int(years[0]) != d.year


def _dateparser_value(s: str, ctx: Ctx) -> str | None:
    """dateparser for leftovers, guarded: no bare numbers, parts taken only if the text has them."""
    if not _DP_ELIGIBLE.search(s) or _DP_BLOCK.search(s):
        return None
    data = _dateparser_data(s, ctx)
    d, parts = data.date_obj, set(data.parts or ())
    if d is None or not valid_year(d.year) or _contradicts(s, d):
        return None
    has_year = bool(re.search(r"\b\d{4}\b", s))
    if parts == {"year", "month", "day"} and not has_year and not re.search(MONTH_RE, s):  # relative
        if ctx.anchor is None:
            return None
        if data.period == "week":
            return week_value(d.date())
        return {"month": f"{d:%Y-%m}", "year": f"{d:%Y}"}.get(data.period or "", d.date().isoformat())
    if "year" in parts and not has_year:
        return None  # a year dateparser took from a day number ("Dec 32")
    if "month" not in parts:
        return f"{d.year:04d}" if "year" in parts else None
    p = Partial(d.year if "year" in parts else None, d.month, d.day if "day" in parts else None)
    return fmt(resolve(p, ctx))
