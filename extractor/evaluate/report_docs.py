"""Markup of the HTML evaluation report for one document: gold and predicted marks side by side, fact
lists."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from extractor.evaluate.markup import DASH, MARK_TEMPLATE, doc_num, list_table, table
from extractor.evaluate.report import STATUS_NAMES, DocumentDiff, Fact, Mark, System, describe_fact
from extractor.models import Mention


# ---------------------------------------------------------------- documents
def anchor(index: int, doc_id: str) -> str:
    """A unique, URL-safe fragment id for a document view."""
    slug = "".join(c if c.isascii() and (c.isalnum() or c in "-_") else "-" for c in doc_id)[:60]
    return f"doc-{index}-{slug}"


_DOC_COLUMNS = [
    "#",
    "document",
    "mention errors",
    "fact errors",
    "gold",
    "pred",
    "exact",
    "boundary",
    "wrong label",
    "missed (FN)",
    "spurious (FP)",
    "norm ≠",
    "published",
]


def _doc_cells(i: int, d: DocumentDiff, main: System, base: System | None) -> list[str]:
    """One document's row: its link, error counts, mark counts by status, publication date status."""
    flag = ' <span class="muted">(no prediction)</span>' if d.missing else ""
    counts = (
        d.count("gold", *STATUS_NAMES),
        d.count("pred", *STATUS_NAMES),
        sum(m.side == "pred" and m.exact for m in d.marks),
        d.count("gold", "boundary"),
        d.count("gold", "label"),
        d.count("gold", "missed"),
        d.count("pred", "spurious"),
        len(d.norms),
    )
    cells = [
        str(i),
        f'<a href="#{anchor(i, d.doc_id)}">{escape(d.doc_id)}</a>{flag}',
        doc_num(main, d.doc_id, "errors"),
        doc_num(main, d.doc_id, "fact_errors"),
        *map(str, counts),
        d.published_status(),
    ]
    if base:
        cells.append(f"{doc_num(base, d.doc_id, 'errors')} / {doc_num(base, d.doc_id, 'fact_errors')}")
    return cells


def doc_table(docs: Sequence[DocumentDiff], systems: Sequence[System]) -> str:
    """One row per gold document, most errors first, each linking to its view."""
    main, base = systems[0], (systems[1] if len(systems) > 1 else None)
    cols = _DOC_COLUMNS + ([f"{base.name} errors (mentions / facts)"] if base else [])
    head = "<tr>" + "".join(f'<th class="{"t" if c == "document" else ""}">{escape(c)}</th>' for c in cols)
    body = []
    for i, d in enumerate(docs, start=1):
        tds = (
            f'<td class="{"t" if j == 1 else ""}">{c}</td>'
            for j, c in enumerate(_doc_cells(i, d, main, base))
        )
        body.append(f"<tr>{''.join(tds)}</tr>")
    return table(head + "</tr>", body, ' id="documents-table"')


def legend() -> str:
    """Sample marks for each status."""
    samples = [
        ("st-match", "match", "span, label and norm as in gold"),
        ("st-boundary", "boundary", "same label, other span"),
        ("st-label", "wrong label", "overlaps a mention of another label"),
        ("st-missed", "missed (FN)", "gold only: false negative"),
        ("st-spurious", "spurious (FP)", "prediction only: false positive"),
        ("st-match norm-bad", "norm ≠", "norm differs (after key alignment)"),
    ]
    marks = [
        f'<mark class="entity {cls}">{name}</mark><span class="muted">{text}</span> '
        for cls, name, text in samples
    ]
    return f'<p class="legend">{"".join(marks)}</p>'


def render_marks(text: str, marks: Sequence[Mark]) -> tuple[str, int]:
    """displaCy markup of ``text`` with one side's marks, and how many marks could not be drawn."""
    from spacy import displacy

    spans: list[dict[str, Any]] = []
    end, dropped = 0, 0
    for mk in sorted(marks, key=lambda k: (k.mention.start, k.mention.end)):
        m = mk.mention
        if m.start < end or m.end > len(text):  # overlapping or out of range: displaCy cannot draw it
            dropped += 1
            continue
        norm = {None: "", True: " norm-ok", False: " norm-bad"}[mk.norm_ok]
        classes = f"st-{mk.status}" + (" exact" if mk.exact else "") + norm
        params = {"classes": classes, "side": mk.side, "tip": escape(mk.tip()), "tag": escape(mk.tag())}
        spans.append({"start": m.start, "end": m.end, "label": m.label, "params": params})
        end = m.end
    markup = displacy.render(
        {"text": text, "ents": spans, "title": None},
        style="ent",
        manual=True,
        page=False,
        jupyter=False,
        options={"template": MARK_TEMPLATE},
    )
    return str(markup), dropped


def _views(doc: DocumentDiff, text: str | None, pred_name: str) -> str:
    if text is None:
        return '<p class="note">Text not available: the differences are listed without the text.</p>'
    gold = [m for m in doc.marks if m.side == "gold"]
    bad = sum(text[m.mention.start : m.mention.end] != m.mention.text for m in gold)
    if bad:
        return (
            f'<p class="note">The text does not match the gold offsets ({bad} mentions differ): '
            "not rendered; the differences are listed below.</p>"
        )
    gold_html, _ = render_marks(text, gold)
    pred_html, dropped = render_marks(text, [m for m in doc.marks if m.side == "pred"])
    note = (
        (
            f'<p class="note">{dropped} predicted mentions overlap another or fall outside the text '
            "and are not drawn (they are listed below).</p>"
        )
        if dropped
        else ""
    )
    return (
        f'{note}<div class="views"><div><h4>gold</h4>{gold_html}</div>'
        f"<div><h4>{escape(pred_name)}</h4>{pred_html}</div></div>"
    )


def _span(m: Mention | None) -> str:
    if m is None:
        return DASH
    return (
        f'<q>{escape(m.text)}</q> <span class="muted">{m.label} [{m.start}–{m.end}] '
        f"norm: {escape(str(m.norm))}</span>"
    )


def _fact(f: Fact | None) -> str:
    return DASH if f is None else escape(describe_fact(f))


def doc_view(index: int, doc: DocumentDiff, text: str | None, pred_name: str) -> str:
    """One document: both renderings, span errors, norm mismatches and fact differences."""
    gold_pub, pred_pub = doc.published
    meta = (
        f"mention errors {doc.row.get('errors', 0)} (normalised FN + FP) · fact errors "
        f"{doc.row.get('fact_errors', 0)} · published: gold {escape(str(gold_pub))}, predicted "
        f"{escape(str(pred_pub))} {doc.published_status()}"
        + (" · no prediction for this document" if doc.missing else "")
    )
    errors = [(STATUS_NAMES[s], _span(g), _span(p)) for s, g, p in doc.span_errors()]
    norms = [(n.gold.label, _span(n.gold), _span(n.pred), escape(str(n.aligned))) for n in doc.norms]
    facts = [
        (
            f.kind + (f": {', '.join(f.fields)}" if f.fields else ""),
            f.gold.type if f.gold is not None else f.pred.type if f.pred is not None else "",
            _fact(f.gold),
            _fact(f.pred),
        )
        for f in doc.facts
    ]
    parts = [
        f'<section class="doc" id="{anchor(index, doc.doc_id)}"><h3>#{index} {escape(doc.doc_id)}</h3>',
        f'<p class="muted">{meta} · <a href="#documents">back to the documents</a></p>',
        _views(doc, text, pred_name),
        f"<h4>span errors ({len(errors)})</h4>",
        list_table(("error", "gold", "predicted"), errors) if errors else "",
        f"<h4>norm mismatches ({len(norms)})</h4>",
        list_table(("label", "gold", "predicted", "predicted key aligned to"), norms) if norms else "",
        f"<h4>fact differences ({len(facts)})</h4>",
        list_table(("difference", "type", "gold", "predicted"), facts, "list facts") if facts else "",
        "</section>",
    ]
    return "".join(parts)
