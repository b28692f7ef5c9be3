"""Explicit calendar forms of dates (numeric, "4 August 2018", "August 4, 2018"), parsed without an anchor."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace

from extractor.normalise.date_rules import DAY_RE, MONTH_RE, MONTHS, ORDINAL_WORDS, YEAR_RE, valid_year


@dataclass(frozen=True)
class Partial:
    """A calendar date with optional parts; in interval halves a day may lack its month."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    def filled(self, other: Partial) -> Partial:
        """Take missing year/month from ``other`` (interval halves share them)."""
        month = self.month if self.month is not None or self.day is None else other.month
        year = self.year if self.year is not None else other.year
        return replace(self, year=year, month=month)


def _year(text: str) -> int:
    """Four-digit year, or 'YY (20YY below 30, else 19YY)."""
    if text.startswith("'"):
        yy = int(text[1:])
        return 2000 + yy if yy < 30 else 1900 + yy
    return int(text)


def _day(text: str) -> int:
    """Day number from "15", "15th", "the 15th", "fifteenth"."""
    text = re.sub(r"^the\s+", "", text)
    if text in ORDINAL_WORDS:
        return ORDINAL_WORDS[text]
    return int(re.sub(r"\D", "", text))


def _month(text: str) -> int:
    """Month number from a name or abbreviation ("sept.")."""
    return MONTHS[text.rstrip(".")]


_NUMERIC_FORMS: list[re.Pattern[str]] = [
    re.compile(r"(?P<y>\d{4})[./-](?P<m>\d{1,2})[./-](?P<d>\d{1,2})"),
    re.compile(r"(?P<a>\d{1,2})[./-](?P<b>\d{1,2})[./-](?P<y>\d{4}|\d{2})"),
    re.compile(r"(?P<y>\d{4})[./-](?P<m>\d{2})"),
    re.compile(r"(?P<m>\d{1,2})[./](?P<y>\d{4})"),
]


_CAL_FORMS: list[re.Pattern[str]] = [
    re.compile(rf"(?P<d>{DAY_RE})\s*(?:of\s+)?(?P<m>{MONTH_RE})(?:\s*,?\s*(?P<y>{YEAR_RE}))?"),
    re.compile(rf"(?P<m>{MONTH_RE})\s*,?\s*(?P<d>{DAY_RE})(?:\s*,?\s*(?P<y>{YEAR_RE}))?"),
    re.compile(rf"(?P<m>{MONTH_RE})\s*,?\s*(?:of\s+)?(?P<y>{YEAR_RE})"),
    re.compile(rf"(?P<m>{MONTH_RE})"),
    re.compile(r"(?P<y>\d{4})(?:\s+year)?"),
]


_HALF_FORMS: list[re.Pattern[str]] = [  # extra shapes allowed only as interval halves
    re.compile(rf"(?P<d>{DAY_RE})(?:\s*,?\s*(?P<y>{YEAR_RE}))?")
]


def _checked(p: Partial) -> Partial | None:
    """The partial if its parts are in range, else None."""
    if p.year is not None and not valid_year(p.year):
        return None
    if p.month is not None and not 1 <= p.month <= 12:
        return None
    if p.day is not None:
        if p.month is not None and p.year is not None:
            limit = calendar.monthrange(p.year, p.month)[1]
        else:
            limit = 29 if p.month == 2 else 30 if p.month in (4, 6, 9, 11) else 31
        if not 1 <= p.day <= limit:
            return None
    return p


def parse_numeric(s: str, *, dayfirst: bool = True) -> Partial | None:
    """Numeric dates: Y.M.D, D/M/Y (day first unless impossible), Y.M, M/Y."""
    for form in _NUMERIC_FORMS:
        m = form.fullmatch(s)
        if not m:
            continue
        g = m.groupdict()
        year = int(g["y"]) if len(g["y"]) == 4 else _year("'" + g["y"])
        if "a" in g:
            a, b = int(g["a"]), int(g["b"])
            first = (a, b) if dayfirst else (b, a)  # (day, month)
            day, month = first if first[1] <= 12 else (first[1], first[0])
            return _checked(Partial(year, month, day))
        return _checked(Partial(year, int(g["m"]), int(g["d"]) if g.get("d") else None))
    return None


def parse_calendar(s: str, *, dayfirst: bool = True, half: bool = False) -> Partial | None:
    """Explicit calendar forms ("15th September", "May 8, 2025", "October 2022", "2010")."""
    numeric = parse_numeric(s, dayfirst=dayfirst)
    if numeric is not None:
        return numeric
    for form in _CAL_FORMS + (_HALF_FORMS if half else []):
        m = form.fullmatch(s)
        if not m:
            continue
        g = m.groupdict()
        p = Partial(
            year=_year(g["y"]) if g.get("y") else None,
            month=_month(g["m"]) if g.get("m") else None,
            day=_day(g["d"]) if g.get("d") else None,
        )
        return _checked(p)
    return None
