"""The timeline of signings: an SVG strip of markers by date and the table of signings it links to.

    svg = timeline_svg(net.signings)      # <svg id="timeline">, one <a class="signing"> per dated signing
    rows = signings_table(net.signings)   # <table id="signings-table">, one row id="sig-N" per signing

A signing is placed at its signing date when the year is stated, else at the publication date of
the release that reports it (a hollow marker); a signing with neither is listed in the table only.
"""

from __future__ import annotations

import math
import re
from html import escape

from extractor.evaluate.markup import DASH, table
from extractor.evaluate.network_data import Signing

_DATE = re.compile(r"^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|W(\d{2})))?")
WIDTH, MARGIN, STEP, BASE = 1160.0, 40.0, 12.0, 40.0
STATUS_COLOURS = {"signed": "#0072b2", "planned": "#d55e00"}


def year_point(value: str | None) -> float | None:
    """A TIMEX3-style date as a fractional year (the start of the period it names); None without a year.

    >>> year_point("2021-07-01"), year_point("2015"), year_point("XXXX-06-29")
    (2021.5, 2015.0, None)
    """
    m = _DATE.match((value or "").split("/")[0])
    if not m:
        return None
    year, month, day, week = (int(g) if g else None for g in m.groups())
    assert year is not None
    offset = ((month or 1) - 1) / 12 + ((day or 1) - 1) / 365 if week is None else (week - 1) / 52
    return round(year + offset, 4)


def when(s: Signing) -> tuple[float, str, str] | None:
    """(fractional year, date shown, ``signing`` or ``published``) where a signing sits on the timeline."""
    if (point := year_point(s.date)) is not None and s.date:
        return point, s.date, "signing"
    if (point := year_point(s.published)) is not None and s.published:
        return point, s.published, "published"
    return None


def _ordered(signings: tuple[Signing, ...]) -> list[tuple[Signing, tuple[float, str, str] | None]]:
    """Signings by date (undated last), then by their row in agreements.csv."""
    pairs = [(s, when(s)) for s in signings]
    return sorted(pairs, key=lambda p: (p[1] is None, p[1][0] if p[1] else 0.0, p[0].index))


def _span(points: list[float]) -> tuple[int, int]:
    """First year and the year after the last (at least one year)."""
    return math.floor(min(points)), math.floor(max(points)) + 1


def _axis(first: int, last: int, y: float) -> list[str]:
    """The axis line and a tick with its year label every ``step`` years."""
    step = max(1, math.ceil((last - first) / 16))
    parts = [f'<line class="axis" x1="{MARGIN}" y1="{y}" x2="{WIDTH - MARGIN}" y2="{y}"/>']
    for year in range(first, last + 1, step):
        x = MARGIN + (year - first) / (last - first) * (WIDTH - 2 * MARGIN)
        parts.append(f'<line class="tick" x1="{x:.2f}" y1="{y}" x2="{x:.2f}" y2="{y + 5}"/>')
        parts.append(f'<text class="year" x="{x:.2f}" y="{y + 18}">{year}</text>')
    return parts


def _tip(s: Signing, shown: str, source: str) -> str:
    """Plain-text tooltip of a marker."""
    where = "signed" if source == "signing" else "release published"
    return f"{where} {shown}: {s.kind} ({s.status}) of {'; '.join(s.parties)}; document {s.doc_id}"


def _stack(xs: list[float]) -> list[int]:
    """A level per marker (markers in x order) so that no two on one level are closer than 11 units."""
    last: list[float] = []  # the x of the last marker on each level
    levels = []
    for x in xs:
        level = next((i for i, lx in enumerate(last) if x - lx >= 11), len(last))
        if level == len(last):
            last.append(x)
        else:
            last[level] = x
        levels.append(level)
    return levels


def timeline_svg(signings: tuple[Signing, ...]) -> str:
    """The strip of dated signings; an empty string when none has a date."""
    dated = [(s, w) for s, w in _ordered(signings) if w is not None]
    if not dated:
        return ""
    first, last = _span([w[0] for _, w in dated])
    xs = [MARGIN + (w[0] - first) / (last - first) * (WIDTH - 2 * MARGIN) for _, w in dated]
    levels = _stack(xs)
    top = max(levels) * STEP
    axis_y = BASE + top + 10
    parts = _axis(first, last, axis_y)
    for (s, (_, shown, source)), x, level in zip(dated, xs, levels):
        colour = STATUS_COLOURS.get(s.status, "#5b6670")
        fill = colour if source == "signing" else "#fff"
        parts.append(
            f'<a href="#sig-{s.index}" class="signing" data-source="{source}">'
            f'<circle cx="{x:.2f}" cy="{axis_y - 12 - level * STEP:.2f}" r="5" fill="{fill}" '
            f'stroke="{colour}" stroke-width="2"><title>{escape(_tip(s, shown, source))}</title></circle></a>'
        )
    height = axis_y + 28
    return (
        f'<svg id="timeline" viewBox="0 0 {WIDTH:.0f} {height:.0f}" width="100%" role="img" '
        f'aria-label="signings by date">{"".join(parts)}</svg>'
    )


def _cells(s: Signing, w: tuple[float, str, str] | None) -> list[str]:
    date = (
        f"{escape(w[1])}" + ("" if w[2] == "signing" else '<br><span class="muted">(published)</span>')
        if w
        else DASH
    )
    return [
        date,
        escape(s.kind),
        escape(s.status),
        escape("; ".join(s.parties)),
        escape("; ".join(s.signatories)) or DASH,
        f"<code>{escape(s.doc_id)}</code>",
        f"<q>{escape(s.evidence)}</q>" if s.evidence else DASH,
    ]


def signings_table(signings: tuple[Signing, ...]) -> str:
    """Every agreement row, by date: the timeline's markers link to these rows."""
    head = "".join(
        f"<th>{h}</th>" for h in ("date", "kind", "status", "parties", "signatories", "document", "evidence")
    )
    body = [
        f'<tr id="sig-{s.index}">' + "".join(f"<td>{c}</td>" for c in _cells(s, w)) + "</tr>"
        for s, w in _ordered(signings)
    ]
    return table(f"<tr>{head}</tr>", body, ' id="signings-table" class="list"')
