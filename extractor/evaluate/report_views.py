"""Markup of the HTML evaluation report (:mod:`.report`): tables, an SVG chart, displaCy views.

Everything taken from records or texts goes through :func:`html.escape` (displaCy escapes the text
it renders); a Content-Security-Policy forbids scripts and any fetch, so the file works offline.
Number cells carry ``data-k="<system>:<path in scoring.score's result>"`` so tests can read them.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from extractor.evaluate.markup import BASE_CSS, CSP, lookup, num, table
from extractor.evaluate.report import DocumentDiff, System
from extractor.evaluate.report_docs import doc_table, doc_view, legend
from extractor.evaluate.scoring import METRICS
from extractor.models import LABELS

GROUPS: tuple[str, ...] = (*LABELS, "micro")
CSS = (
    BASE_CSS
    + """h3{font-size:16px;margin:0 0 4px;overflow-wrap:anywhere}h4{font-size:14px;margin:14px 0 4px}
.muted{color:#5b6670}.note{background:#fff8e1;padding:4px 8px}
table{border-collapse:collapse;font-variant-numeric:tabular-nums;margin-bottom:6px}
th,td{padding:3px 7px;border-bottom:1px solid #e3e7ec;text-align:right;vertical-align:top}
th{background:#f3f5f8;font-weight:600}th[colspan]{text-align:center}.t{text-align:left}
tr.micro td{font-weight:700;border-top:2px solid #c9d0d8}tr.alt td{color:#5b6670}
table.list{width:100%}table.list td,table.list th{text-align:left;overflow-wrap:anywhere}
table.list td:first-child,table.facts td:nth-child(2){white-space:nowrap}
.cards{display:flex;flex-wrap:wrap;gap:10px}.card .v{font-size:22px;font-weight:700}
.card{border:1px solid #dde3ea;border-radius:8px;padding:6px 12px;min-width:118px;background:#fafbfc}
.card .n,.card .b{color:#5b6670;font-size:12px}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:4px 24px}.wide{grid-column:1/-1}
.doc{border-top:3px solid #dde3ea;margin-top:26px;padding-top:8px}.doc:target{border-top-color:#0b5cad}
.views{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:14px}
.views>div{border:1px solid #e3e7ec;border-radius:6px;padding:2px 10px;overflow-wrap:anywhere}
.entities{font-size:13.5px;line-height:2.2!important}
mark .tag{font-size:.7em;font-weight:700;margin-left:.3em}
mark.entity{padding:.12em .3em;margin:0 .1em;border-radius:.3em;border:1px solid transparent;color:#111}
.st-match{background:#c8e6c9}.st-boundary{background:#fff176;border-color:#b59b00}
.st-label{background:#e1bee7;border-color:#8e24aa}.st-missed{background:#ff8a80;border:2px solid #c62828}
.st-spurious{background:#81d4fa;border:2px dashed #01579b}.norm-bad{box-shadow:inset 0 -4px 0 #e65100}
.legend mark{margin-right:8px}q{quotes:"\\201C" "\\201D"}
@media (max-width:900px){.views,.grid{grid-template-columns:1fr}}
"""
)
BAR_COLOURS = (("#9ecae1", "#4292c6", "#08519c"), ("#fdd0a2", "#fd8d3c", "#d94801"))


# ---------------------------------------------------------------- scores
HEADLINE = (
    ("documents", "documents"),
    ("strict micro F1", "strict.micro.f1"),
    ("lenient micro F1", "lenient.micro.f1"),
    ("normalised micro F1", "normalised.micro.f1"),
    ("B-cubed ORG F1", "clustering.ORG.f1"),
    ("B-cubed PERSON F1", "clustering.PERSON.f1"),
    ("role facts F1", "facts.role.f1"),
    ("agreement facts F1", "facts.agreement.f1"),
    ("published accuracy", "published.accuracy"),
)


def headline(systems: Sequence[System]) -> str:
    """Cards with the main numbers; with a baseline, its value and the difference below."""
    main, cards = systems[0], []
    for caption, path in HEADLINE:
        lines = [f'<div class="n">{caption}</div>', num(main, path, "div", ' class="v"')]
        for s in systems[1:]:
            a, b = lookup(main.result, path), lookup(s.result, path)
            delta = f" ({a - b:+.3f})" if isinstance(a, float) and isinstance(b, float) else ""
            lines.append(f'<div class="b">{escape(s.name)} {num(s, path, "span")}{delta}</div>')
        cards.append(f'<div class="card">{"".join(lines)}</div>')
    return f'<div class="cards">{"".join(cards)}</div>'


def label_table(systems: Sequence[System]) -> str:
    """Strict / lenient / normalised TP, P, R, F1 per label and micro, one row per system."""
    multi = len(systems) > 1
    head = (
        '<tr><th class="t" rowspan="2">label</th>'
        + ('<th class="t" rowspan="2">system</th>' if multi else "")
        + '<th rowspan="2">gold</th><th rowspan="2">pred</th>'
        + "".join(f'<th colspan="4">{m}</th>' for m in METRICS)
        + "</tr><tr>"
        + "<th>TP</th><th>P</th><th>R</th><th>F1</th>" * len(METRICS)
        + "</tr>"
    )
    body = []
    for lab in GROUPS:
        for i, s in enumerate(systems):
            cls = " ".join(c for c in ("micro" if lab == "micro" else "", "alt" if i else "") if c)
            cells = [
                f'<td class="t">{lab}</td>',
                f'<td class="t">{escape(s.name)}</td>' if multi else "",
                num(s, f"strict.{lab}.gold"),
                num(s, f"strict.{lab}.predicted"),
            ]
            cells += [num(s, f"{m}.{lab}.{f}") for m in METRICS for f in ("tp", "precision", "recall", "f1")]
            body.append(f'<tr class="{cls}">{"".join(cells)}</tr>')
    return table(head, body, ' id="per-label-table"')


def grid_table(
    title: str,
    rows: Sequence[tuple[str, str]],
    fields: Sequence[tuple[str, str | None]],
    systems: Sequence[System],
) -> str:
    """A small table: one row per (caption, path), one column group of ``fields`` per system."""
    subheads = "".join(f"<th>{h}</th>" for _s in systems for h, _ in fields)
    if len(systems) > 1:
        top = "".join(f'<th colspan="{len(fields)}">{escape(s.name)}</th>' for s in systems)
        head = f'<tr><th class="t" rowspan="2">{title}</th>{top}</tr><tr>{subheads}</tr>'
    else:
        head = f'<tr><th class="t">{title}</th>{subheads}</tr>'
    body = [
        f'<tr><td class="t">{caption}</td>'
        + "".join(num(s, f"{path}.{leaf}" if leaf else path) for s in systems for _, leaf in fields)
        + "</tr>"
        for caption, path in rows
    ]
    return table(head, body)


def other_scores(systems: Sequence[System]) -> str:
    """B-cubed, facts, agreement attributes and published (wide tables get a row of their own)."""
    prf = (("P", "precision"), ("R", "recall"), ("F1", "f1"))
    counts = (("TP", "tp"), ("pred", "predicted"), ("gold", "gold"))
    value = [("value", None)]
    attributes = [(a, f"agreement_attributes.{a}") for a in ("date", "status", "signatories", "matched")]
    published = [
        ("accuracy", "published.accuracy"),
        ("gold dates", "published.gold"),
        ("spurious", "published.spurious"),
    ]
    tables = [
        grid_table(
            "B-cubed",
            [(lab, f"clustering.{lab}") for lab in systems[0].result["clustering"]],
            (*prf, ("mentions", "items")),
            systems,
        ),
        grid_table("facts", [(t, f"facts.{t}") for t in ("role", "agreement")], (*counts, *prf), systems),
        grid_table("agreement attributes", attributes, value, systems),
        grid_table("published", published, value, systems),
    ]
    wide = ' class="wide"' if len(systems) > 1 else ""
    cells = [f"<div{wide if i < 2 else ''}>{t}</div>" for i, t in enumerate(tables)]
    return f'<div class="grid" id="other-tables">{"".join(cells)}</div>'


def chart(systems: Sequence[System], width: int = 1180, height: int = 330) -> str:
    """Grouped bars of strict / lenient / normalised F1 per label and micro, per system (inline SVG)."""
    left, top, bottom = 44, 34, 30
    plot_h, group_w = height - top - bottom, (width - left - 10) / len(GROUPS)
    bar_w = group_w * 0.84 / (len(systems) * len(METRICS))
    out = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" id="f1-chart" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" role="img" font-size="11" font-family="sans-serif">'
        )
    ]
    out += [
        f'<line x1="{left}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}" stroke="#dde3ea"/>'
        f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{tick:.2f}</text>'
        for tick in (0, 0.25, 0.5, 0.75, 1)
        for y in [top + plot_h * (1 - tick)]
    ]
    for gi, lab in enumerate(GROUPS):
        for si, s in enumerate(systems):
            for mi, metric in enumerate(METRICS):
                f1 = float(lookup(s.result, f"{metric}.{lab}.f1") or 0.0)
                x = left + gi * group_w + group_w * 0.08 + (si * len(METRICS) + mi) * bar_w
                y, tip = top + plot_h * (1 - f1), escape(f"{s.name}: {lab} {metric} F1 {f1:.3f}")
                out.append(
                    f'<rect class="bar" data-f1="{f1:.4f}" x="{x:.1f}" y="{y:.1f}" '
                    f'width="{bar_w - 2:.1f}" height="{plot_h * f1:.1f}" '
                    f'fill="{BAR_COLOURS[si % 2][mi]}"><title>{tip}</title></rect>'
                )
                if bar_w >= 20:
                    out.append(
                        f'<text x="{x + bar_w / 2 - 1:.1f}" y="{y - 3:.1f}" text-anchor="middle" '
                        f'font-size="9">{f1:.2f}</text>'
                    )
        out.append(
            f'<text x="{left + (gi + 0.5) * group_w:.1f}" y="{height - 10}" text-anchor="middle" '
            f'font-size="13" font-weight="bold">{lab}</text>'
        )
    return "".join(out) + _chart_key(systems, left) + "</svg>"


def _chart_key(systems: Sequence[System], x: int) -> str:
    """The chart's key: a coloured square and a name per system and metric, from ``x`` on."""
    out = []
    for si, s in enumerate(systems):
        for mi, metric in enumerate(METRICS):
            name = f"{s.name} {metric}"
            out.append(
                f'<rect x="{x}" y="8" width="12" height="12" fill="{BAR_COLOURS[si % 2][mi]}"/>'
                f'<text x="{x + 16}" y="18">{escape(name)}</text>'
            )
            x += 26 + 7 * len(name)
    return "".join(out)


_NAV = (
    ("summary", "summary"),
    ("per-label", "per label"),
    ("chart", "chart"),
    ("other", "B-cubed, facts"),
    ("documents", "documents"),
    ("views", "document views"),
)


def _notes(main: System, ignored: Sequence[str]) -> list[str]:
    """Notes above the scores: gold documents without a prediction, predictions not in gold."""
    notes = []
    if main.result["missing_predictions"]:
        notes.append(
            f"{len(main.result['missing_predictions'])} gold documents have no prediction (scored as empty)."
        )
    if ignored:
        more = " …" if len(ignored) > 10 else ""
        notes.append(
            f"{len(ignored)} predicted documents are not in gold and are ignored: "
            f"{escape(', '.join(ignored[:10]))}{more}"
        )
    return notes


def page(
    title: str,
    systems: Sequence[System],
    docs: Sequence[DocumentDiff],
    texts: dict[str, str],
    ignored: Sequence[str],
) -> str:
    """The whole report as one HTML document."""
    main = systems[0]
    names = " against ".join(f"“{escape(s.name)}”" for s in systems)
    notes = _notes(main, ignored)
    nav = "".join(f'<a href="#{i}">{t}</a>' for i, t in _NAV)
    sections = [
        f'<h1>{escape(title)}</h1><p class="muted">{len(docs)} gold documents; {names}.</p>',
        "".join(f'<p class="note">{n}</p>' for n in notes),
        f"<nav>{nav}</nav>",
        f'<section id="summary"><h2>Summary</h2>{headline(systems)}</section>',
        f'<section id="per-label"><h2>Mentions per label</h2>{label_table(systems)}</section>',
        f'<section id="chart"><h2>F1 per label</h2>{chart(systems)}</section>',
        (
            f'<section id="other"><h2>B-cubed, facts, agreement attributes, published</h2>'
            f"{other_scores(systems)}</section>"
        ),
        f'<section id="documents"><h2>Documents, most errors first</h2>{doc_table(docs, systems)}</section>',
        f'<section id="views"><h2>Document views ({escape(main.name)})</h2>{legend()}',
        "".join(doc_view(i, d, texts.get(d.doc_id), main.name) for i, d in enumerate(docs, start=1)),
        "</section>",
    ]
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{CSS}</style></head>"
        f"<body><main>{''.join(sections)}</main></body></html>\n"
    )
