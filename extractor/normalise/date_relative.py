"""Anchor-relative DATE rules: weekdays, weeks, "two years ago"; the context and helpers they share."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from enum import Enum
from typing import Literal

from extractor.lang.rules import rule
from extractor.normalise.date_forms import Partial
from extractor.normalise.date_rules import NUM_RE, WEEKDAY_RE, WEEKDAYS, valid_year, word_number

Tense = Literal["past", "future"]
SEASON_ORDER = ("WI", "SP", "SU", "FA")  # winter Y = Dec Y-1 .. Feb Y
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


def quarter_value(year: int | None, q: int) -> str:
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


def offset(rel: str | None) -> int:
    """-1 for "last"/"past", +1 for "next"/"coming", 0 otherwise."""
    return -1 if rel in PAST_REL else 1 if rel in NEXT_REL else 0


def rel_of(word: str | None) -> str | None:
    """A relation word ("last", "this coming") with its spaces normalised."""
    return re.sub(r"\s+", " ", word) if word else None


# ---- rules: each returns a value, None (recognised but unresolvable) or MISS ---------------------


_WEEK = re.compile(
    rf"(?:(?P<rel>{REL})\s+)?(?P<u>week|weekend)"
    r"|(?:week\s+(?P<n>\d{1,2})\s*(?:of\s+)?|(?P<y2>\d{4})-?w(?P<n2>\d{2}))(?P<y>\d{4})?"
)


def week_rule(s: str, ctx: Ctx) -> Result:
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
    n = offset(rel)
    if g["u"] == "weekend" and rel is None and a.weekday() < 5:
        n = -1 if ctx.tense == "past" else 0
    return week_value(a + dt.timedelta(weeks=n))


_REL_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "day before yesterday": -2, "day after tomorrow": 2}
_REL_UNIT = re.compile(rf"(?:(?P<rel>{REL})\s+)?(?P<u>month|year)")
_AGO = re.compile(
    rf"(?:(?:more than|over|nearly|almost|about|around|some|roughly|approximately|just|only|"
    rf"less than|exactly|at least|little more than)\s+)?(?P<n>{NUM_RE})\s+"
    rf"(?P<u>day|week|fortnight|month|year|decade)s?\s+(?:or so\s+)?"
    rf"(?P<dir>ago|earlier|before|back|later|after|from now|hence)"
)


def relative(s: str, ctx: Ctx) -> Result:
    """Anchor-relative days, months, years: "yesterday", "next month", "two years ago"."""
    a = ctx.anchor
    if s in _REL_DAYS:
        return (a + dt.timedelta(days=_REL_DAYS[s])).isoformat() if a else None
    m = _REL_UNIT.fullmatch(s)
    if m:
        return _shift(a, offset(rel_of(m.group("rel"))), m.group("u")) if a else None
    m = _AGO.fullmatch(s)
    if m:
        n = word_number(m.group("n"))
        if a is None or n is None:
            return None
        sign = -1 if m.group("dir") in ("ago", "earlier", "before", "back") else 1
        return _shift(a, sign * n, m.group("u"))
    if re.fullmatch(
        r"(?:that|same|that same|following|next|previous|preceding|prior|other)\s+"
        r"(?:day|week|month|year|quarter|weekend|morning|evening)|that|then",
        s,
    ):
        return None  # refers to a time in the narrative, not to the anchor
    return MISS


_WEEKDAY = re.compile(rf"(?:(?P<rel>{REL})\s+)?(?P<w>{WEEKDAY_RE})")


def weekday(s: str, ctx: Ctx) -> Result:
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


_NARRATIVE = re.compile(
    rf"(?:(?:on\s+)?the\s+)?(?P<same>same|following|next)\s+day|(?P<n>{NUM_RE})\s+days?\s+(?:later|after)",
    re.I,
)


@rule("date.anchor.narrative")
def narrative_day(s: str, previous: str | None) -> str | None:
    """Rule ``date.anchor.narrative``: "the same day", "the following day", "two days later" count from the
    day the text last named ("STJU ... agreed on April 29 ... Two days later, SJTU signed another agreement":
    2014-05-01), not from the publication date; None when no day was named before (a year-less day keeps
    its XXXX year)."""
    m = _NARRATIVE.fullmatch(s.strip())
    if m is None or previous is None or not re.fullmatch(r"(?:\d{4}|XXXX)-\d\d-\d\d", previous):
        return None
    year, rest = previous[:4], previous[4:]
    day = dt.date.fromisoformat(("2000" if year == "XXXX" else year) + rest)  # 2000: a leap year holds 29 Feb
    n = 0 if m.group("same") == "same" else 1 if m.group("same") else word_number(m.group("n").lower()) or 0
    value = (day + dt.timedelta(days=n)).isoformat()
    return "XXXX" + value[4:] if year == "XXXX" else value
