"""Anchor-relative DATE rules for periods: holidays, seasons, quarters, decades and centuries."""

from __future__ import annotations

import datetime as dt
import re

from extractor.normalise.date_forms import Partial
from extractor.normalise.date_relative import (
    MISS,
    REL,
    SEASON_ORDER,
    THIS_REL,
    Ctx,
    Result,
    fmt,
    offset,
    pick,
    quarter_value,
    rel_of,
    resolve,
)
from extractor.normalise.date_rules import HOLIDAYS, ORDINAL_WORDS, SEASON_RE, SEASONS, valid_year

_HOLIDAY = re.compile(
    rf"(?:(?P<rel>{REL})\s+)?(?P<h>thanksgiving(?: day)?|{'|'.join(HOLIDAYS)})"
    r"(?:\s*,?\s*(?P<y>\d{4}))?"
)


def _thanksgiving(year: int) -> dt.date:
    first = dt.date(year, 11, 1)
    return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)


def holiday(s: str, ctx: Ctx) -> Result:
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


_DECADE_WORDS = {
    w: i
    for i, w in enumerate(
        "twenties thirties forties fifties sixties seventies eighties nineties".split(), start=2
    )
}


def decade_century(s: str, ctx: Ctx) -> Result:
    """ "the 1990s", "'90s", "the nineties", "20th century", "this decade"."""
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
        base = ctx.anchor.year // size * size + size * offset(rel)
        return f"{base:04d}/{base + size - 1:04d}"
    return MISS


_SEASON = re.compile(
    rf"(?:(?P<rel>{REL})\s+)?(?P<s>{SEASON_RE})(?:\s+(?:semester|term|session|season|quarter))?"
    rf"(?:\s*,?\s*(?:of\s+)?(?P<y>\d{{4}}))?|(?P<y2>\d{{4}})\s+(?P<s2>{SEASON_RE})"
)


def season(s: str, ctx: Ctx) -> Result:
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
    idx = SEASON_ORDER.index(code)
    if rel in THIS_REL or (rel is None and ctx.tense is None):
        picked: int | None = cur_year if cur % 4 == idx else a.year
    else:
        picked = pick([(y, y * 4 + idx - cur) for y in range(a.year - 1, a.year + 3)], ctx.tense, rel)
    return f"{picked:04d}-{code}" if picked is not None else None


_QUARTER = re.compile(
    r"(?:(?P<rel>this|last|next|current|latest|past|previous|coming)\s+)?(?:(?P<y1>\d{4})\s+)?"
    r"(?:(?P<ord>first|second|third|fourth|[1-4](?:st|nd|rd|th))\s+)?quarter"
    r"(?:\s+(?:of\s+)?(?P<y2>\d{4}))?"
    r"|q(?P<q>[1-4])\s*(?P<y3>\d{4})?|(?P<y4>\d{4})\s*q(?P<q2>[1-4])"
)


def quarter(s: str, ctx: Ctx) -> Result:
    """Quarters as month intervals: "the third quarter of 1989" -> 1989-07/1989-09."""
    m = _QUARTER.fullmatch(s)
    if not m:
        return MISS
    g = m.groupdict()
    year_text = g["y1"] or g["y2"] or g["y3"] or g["y4"]
    if g["ord"] or g["q"] or g["q2"]:
        q = (
            int(g["q"] or g["q2"])
            if (g["q"] or g["q2"])
            else ({"first": 1, "second": 2, "third": 3, "fourth": 4}.get(g["ord"]) or int(g["ord"][0]))
        )
        if year_text:
            return quarter_value(int(year_text), q)
        return quarter_value(resolve(Partial(None, 3 * q - 2), ctx, rel_of(g["rel"])).year, q)
    if ctx.anchor is None or year_text:
        return None
    a = ctx.anchor
    idx = a.year * 4 + (a.month - 1) // 3 + offset(g["rel"])
    return quarter_value(idx // 4, idx % 4 + 1)
