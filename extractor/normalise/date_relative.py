"""Anchor-relative DATE rules (weekdays, weeks, seasons, quarters, holidays, "two years ago") and
the year resolution shared by all rules: a year-less date takes the year nearest the anchor that
agrees with the tense or with "last"/"next"/"this".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum
from typing import Literal

from extractor.normalise.date_rules import (
    HOLIDAYS,
    NUM_RE,
    ORDINAL_WORDS,
    SEASON_RE,
    SEASONS,
    WEEKDAY_RE,
    WEEKDAYS,
    Partial,
    valid_year,
    word_number,
)

Tense = Literal["past", "future"]
_SEASON_ORDER = ("WI", "SP", "SU", "FA")  # winter Y = Dec Y-1 .. Feb Y
PAST_REL = {"last", "past", "previous", "latest", "preceding"}
NEXT_REL = {"next", "coming", "this coming", "upcoming"}
THIS_REL = {"this", "current", "present"}
REL = r"(?:this coming|this|last|next|past|previous|coming|current|latest|upcoming)"


class Miss(Enum):
    """Sentinel type: the rule does not apply (None means "applies, but cannot be resolved")."""

    MISS = 0


MISS = Miss.MISS
Result = str | None | Miss


@dataclass(frozen=True)
class Ctx:
    """What a rule needs besides the text: anchor, tense, numeric order, a weekday beside the date."""

    anchor: dt.date | None
    tense: Tense | None
    dayfirst: bool
    weekday: int | None = None  # a weekday written next to a year-less date picks its year
    year_hint: int | None = None  # a year given by the document's context (e.g. a year heading)


# ---- resolution helpers ------------------------------------------------------------------------

def fmt(p: Partial) -> str:
    """A partial as YYYY[-MM[-DD]], XXXX for an unknown year."""
    year = f"{p.year:04d}" if p.year is not None else "XXXX"
    if p.month is None:
        return year
    return f"{year}-{p.month:02d}" + (f"-{p.day:02d}" if p.day is not None else "")


def pick(cands: list[tuple[int, int]], tense: Tense | None, rel: str | None = None) -> int | None:
    """Choose among (value, signed distance from the anchor) by relation word, then tense."""
    if rel in PAST_REL:
        ok = [c for c in cands if c[1] < 0]
        return max(ok, key=lambda c: c[1])[0] if ok else None
    if rel in NEXT_REL:
        ok = [c for c in cands if c[1] > 0]
        return min(ok, key=lambda c: c[1])[0] if ok else None
    if tense == "past":
        ok = [c for c in cands if c[1] <= 0]
        return max(ok, key=lambda c: c[1])[0] if ok else None
    if tense == "future":
        ok = [c for c in cands if c[1] >= 0]
        return min(ok, key=lambda c: c[1])[0] if ok else None
    return min(cands, key=lambda c: (abs(c[1]), c[1] > 0))[0] if cands else None


def resolve(p: Partial, ctx: Ctx, rel: str | None = None) -> Partial:
    """Give a year-less partial the year nearest the anchor consistent with tense/relation."""
    a = ctx.anchor
    if p.year is not None or p.month is None:
        return p
    if ctx.year_hint is not None and rel is None:
        return replace(p, year=ctx.year_hint)
    if a is None:
        return p
    if rel in THIS_REL:
        return replace(p, year=a.year)
    cands: list[tuple[int, int]] = []
    for y in range(a.year - 1, a.year + 2):
        if p.day is None:
            cands.append((y, (y * 12 + p.month) - (a.year * 12 + a.month)))
        else:
            try:
                cands.append((y, (dt.date(y, p.month, p.day) - a).days))
            except ValueError:  # 29 February
                continue
    if ctx.weekday is not None and p.day is not None:
        same = [y for y, _ in cands if dt.date(y, p.month, p.day).weekday() == ctx.weekday]
        if len(same) == 1:
            return replace(p, year=same[0])
    return replace(p, year=pick(cands, ctx.tense, rel))


def week_value(d: dt.date) -> str:
    """ISO week of a date as YYYY-Www."""
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def _month_shift(a: dt.date, n: int) -> str:
    y, m = divmod(a.year * 12 + a.month - 1 + n, 12)
    return f"{y:04d}-{m + 1:02d}"


def _quarter_value(year: int | None, q: int) -> str:
    y = f"{year:04d}" if year is not None else "XXXX"
    return f"{y}-{3 * q - 2:02d}/{y}-{3 * q:02d}"


def _shift(a: dt.date, n: int, unit: str) -> str | None:
    """The anchor moved by n units, written at the unit's granularity."""
    if unit in ("day", "fortnight"):
        return (a + dt.timedelta(days=n * (14 if unit == "fortnight" else 1))).isoformat()
    if unit == "week":
        return week_value(a + dt.timedelta(weeks=n))
    if unit == "month":
        return _month_shift(a, n)
    if unit in ("year", "decade"):
        year = a.year + n * (10 if unit == "decade" else 1)
        return f"{year:04d}" if valid_year(year) else None
    return None


def _offset(rel: str | None) -> int:
    """-1 for "last"/"past", +1 for "next"/"coming", 0 otherwise."""
    return -1 if rel in PAST_REL else 1 if rel in NEXT_REL else 0


def rel_of(word: str | None) -> str | None:
    """A relation word ("last", "this coming") with its spaces normalised."""
    return re.sub(r"\s+", " ", word) if word else None


# ---- rules: each returns a value, None (recognised but unresolvable) or MISS ---------------------

_HOLIDAY = re.compile(rf"(?:(?P<rel>{REL})\s+)?(?P<h>thanksgiving(?: day)?|{'|'.join(HOLIDAYS)})"
                      r"(?:\s*,?\s*(?P<y>\d{4}))?")


def _thanksgiving(year: int) -> dt.date:
    first = dt.date(year, 11, 1)
    return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)


def _holiday(s: str, ctx: Ctx) -> Result:
    """Fixed-date holidays ("Christmas", "New Year's Day") and Thanksgiving (4th Thursday of November)."""
    m = _HOLIDAY.fullmatch(s)
    if not m:
        return MISS
    rel = rel_of(m.group("rel"))
    year = int(m.group("y")) if m.group("y") else None
    if m.group("h").startswith("thanksgiving"):
        a = ctx.anchor
        if year is not None or a is None:
            return _thanksgiving(year).isoformat() if year else None
        if rel in THIS_REL:
            return _thanksgiving(a.year).isoformat()
        cands = [(y, (_thanksgiving(y) - a).days) for y in range(a.year - 1, a.year + 2)]
        picked = pick(cands, ctx.tense, rel)
        return _thanksgiving(picked).isoformat() if picked else None
    month, day = HOLIDAYS[m.group("h")]
    return fmt(resolve(Partial(year, month, day), ctx, rel))


_DECADE_WORDS = {w: i for i, w in enumerate(
    "twenties thirties forties fifties sixties seventies eighties nineties".split(), start=2)}


def _decade_century(s: str, ctx: Ctx) -> Result:
    """"the 1990s", "'90s", "the nineties", "20th century", "this decade"."""
    m = re.fullmatch(r"(\d{2})?(\d)0'?s|'(\d)0s", s)
    start: int | None = None
    if m:
        decade = int(m.group(2) or m.group(3))
        century = int(m.group(1)) if m.group(1) else 20 if decade <= 2 else 19  # '00s, '10s, '20s
        start = century * 100 + 10 * decade
    elif s in _DECADE_WORDS:
        start = 1900 + 10 * _DECADE_WORDS[s]
    if start is not None:
        return f"{start:04d}/{start + 9:04d}" if valid_year(start) else None
    m = re.fullmatch(rf"(\d{{1,2}})(?:st|nd|rd|th)\s+century|({'|'.join(ORDINAL_WORDS)})\s+century", s)
    if m:
        n = int(m.group(1)) if m.group(1) else ORDINAL_WORDS[m.group(2)]
        return f"{(n - 1) * 100:04d}/{(n - 1) * 100 + 99:04d}" if 10 <= n <= 22 else None
    m = re.fullmatch(rf"(?:(?P<rel>{REL})\s+)?(?P<u>decade|century)", s)
    if m:
        if ctx.anchor is None:
            return None
        size = 10 if m.group("u") == "decade" else 100
        rel = rel_of(m.group("rel"))
        base = ctx.anchor.year // size * size + size * _offset(rel)
        return f"{base:04d}/{base + size - 1:04d}"
    return MISS


_SEASON = re.compile(
    rf"(?:(?P<rel>{REL})\s+)?(?P<s>{SEASON_RE})(?:\s+(?:semester|term|session|season|quarter))?"
    rf"(?:\s*,?\s*(?:of\s+)?(?P<y>\d{{4}}))?|(?P<y2>\d{{4}})\s+(?P<s2>{SEASON_RE})")


def _season(s: str, ctx: Ctx) -> Result:
    """Seasons: "summer 2016", "the summer", "last autumn", "fall semester of 2015"."""
    m = _SEASON.fullmatch(s)
    if not m:
        return MISS
    code = SEASONS[m.group("s") or m.group("s2")]
    year = m.group("y") or m.group("y2")
    rel = rel_of(m.group("rel"))
    if year:
        return f"{year}-{code}"
    a = ctx.anchor
    if a is None:
        return None if rel else f"XXXX-{code}"
    cur_year = a.year + 1 if a.month == 12 else a.year
    cur = cur_year * 4 + (a.month % 12) // 3
    idx = _SEASON_ORDER.index(code)
    if rel in THIS_REL or (rel is None and ctx.tense is None):
        picked: int | None = cur_year if cur % 4 == idx else a.year
    else:
        picked = pick([(y, y * 4 + idx - cur) for y in range(a.year - 1, a.year + 3)], ctx.tense, rel)
    return f"{picked:04d}-{code}" if picked is not None else None


_QUARTER = re.compile(
    r"(?:(?P<rel>this|last|next|current|latest|past|previous|coming)\s+)?(?:(?P<y1>\d{4})\s+)?"
    r"(?:(?P<ord>first|second|third|fourth|[1-4](?:st|nd|rd|th))\s+)?quarter"
    r"(?:\s+(?:of\s+)?(?P<y2>\d{4}))?"
    r"|q(?P<q>[1-4])\s*(?P<y3>\d{4})?|(?P<y4>\d{4})\s*q(?P<q2>[1-4])")


def _quarter(s: str, ctx: Ctx) -> Result:
    """Quarters as month intervals: "the third quarter of 1989" -> 1989-07/1989-09."""
    m = _QUARTER.fullmatch(s)
    if not m:
        return MISS
    g = m.groupdict()
    year_text = g["y1"] or g["y2"] or g["y3"] or g["y4"]
    if g["ord"] or g["q"] or g["q2"]:
        q = int(g["q"] or g["q2"]) if (g["q"] or g["q2"]) else (
            {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(g["ord"]) or int(g["ord"][0]))
        if year_text:
            return _quarter_value(int(year_text), q)
        return _quarter_value(resolve(Partial(None, 3 * q - 2), ctx, rel_of(g["rel"])).year, q)
    if ctx.anchor is None or year_text:
        return None
    a = ctx.anchor
    idx = a.year * 4 + (a.month - 1) // 3 + _offset(g["rel"])
    return _quarter_value(idx // 4, idx % 4 + 1)


_WEEK = re.compile(rf"(?:(?P<rel>{REL})\s+)?(?P<u>week|weekend)"
                   r"|(?:week\s+(?P<n>\d{1,2})\s*(?:of\s+)?|(?P<y2>\d{4})-?w(?P<n2>\d{2}))(?P<y>\d{4})?")


def _week_rule(s: str, ctx: Ctx) -> Result:
    """Weeks: "last week", "this week", "the weekend", "week 12 of 2020"."""
    m = _WEEK.fullmatch(s)
    if not m:
        return MISS
    g = m.groupdict()
    if g["n"] or g["n2"]:
        year = g["y"] or g["y2"] or (str(ctx.anchor.year) if ctx.anchor else None)
        try:
            return week_value(dt.date.fromisocalendar(int(year), int(g["n"] or g["n2"]), 1)) if year else None
        except ValueError:  # no such ISO week
            return None
    a = ctx.anchor
    if a is None:
        return None
    rel = rel_of(g["rel"])
    n = _offset(rel)
    if g["u"] == "weekend" and rel is None and a.weekday() < 5:
        n = -1 if ctx.tense == "past" else 0
    return week_value(a + dt.timedelta(weeks=n))


_REL_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "day before yesterday": -2,
             "day after tomorrow": 2}
_REL_UNIT = re.compile(rf"(?:(?P<rel>{REL})\s+)?(?P<u>month|year)")
_AGO = re.compile(
    rf"(?:(?:more than|over|nearly|almost|about|around|some|roughly|approximately|just|only|"
    rf"less than|exactly|at least|little more than)\s+)?(?P<n>{NUM_RE})\s+"
    rf"(?P<u>day|week|fortnight|month|year|decade)s?\s+(?:or so\s+)?"
    rf"(?P<dir>ago|earlier|before|back|later|after|from now|hence)")


def _relative(s: str, ctx: Ctx) -> Result:
    """Anchor-relative days, months, years: "yesterday", "next month", "two years ago"."""
    a = ctx.anchor
    if s in _REL_DAYS:
        return (a + dt.timedelta(days=_REL_DAYS[s])).isoformat() if a else None
    m = _REL_UNIT.fullmatch(s)
    if m:
        return _shift(a, _offset(rel_of(m.group("rel"))), m.group("u")) if a else None
    m = _AGO.fullmatch(s)
    if m:
        n = word_number(m.group("n"))
        if a is None or n is None:
            return None
        sign = -1 if m.group("dir") in ("ago", "earlier", "before", "back") else 1
        return _shift(a, sign * n, m.group("u"))
    if re.fullmatch(r"(?:that|same|that same|following|next|previous|preceding|prior|other)\s+"
                    r"(?:day|week|month|year|quarter|weekend|morning|evening)|that|then", s):
        return None  # refers to a time in the narrative, not to the anchor
    return MISS


_WEEKDAY = re.compile(rf"(?:(?P<rel>{REL})\s+)?(?P<w>{WEEKDAY_RE})")


def _weekday(s: str, ctx: Ctx) -> Result:
    """Weekdays: past tense -> the latest on/before the anchor; future -> the next on/after."""
    m = _WEEKDAY.fullmatch(s)
    if not m:
        return MISS
    a = ctx.anchor
    if a is None:
        return None
    wd = WEEKDAYS[m.group("w").rstrip(".")]
    rel = rel_of(m.group("rel"))
    if rel in THIS_REL:
        return (a + dt.timedelta(days=wd - a.weekday())).isoformat()
    back, fwd = (a.weekday() - wd) % 7, (wd - a.weekday()) % 7
    cands = [(-back, -back), (fwd, fwd)] + ([(-7, -7), (7, 7)] if back == 0 else [])
    n = pick(cands, ctx.tense, rel)
    return (a + dt.timedelta(days=n)).isoformat() if n is not None else None


RELATIVE_RULES: tuple[Callable[[str, Ctx], Result], ...] = (
    _holiday, _season, _quarter, _week_rule, _relative, _weekday, _decade_century,
)
