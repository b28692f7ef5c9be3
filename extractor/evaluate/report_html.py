"""The evaluation report as a page: score each system, diff each document, render with ``report_views``.

from extractor.evaluate.report_html import write_report
write_report(gold, pred, Path("report.html"), texts=texts)
"""

from __future__ import annotations

from pathlib import Path

from extractor.evaluate.report import DEFAULT_TITLE, System, diff_document
from extractor.evaluate.report_views import page
from extractor.evaluate.scoring import per_document, score
from extractor.models import DocumentRecord


def _system(name: str, key: str, gold: dict[str, DocumentRecord], pred: dict[str, DocumentRecord]) -> System:
    rows = {r["doc_id"]: r for r in per_document(gold, pred)}
    return System(name, key, score(gold, pred), rows)


def render_report(
    gold: dict[str, DocumentRecord],
    pred: dict[str, DocumentRecord],
    *,
    texts: dict[str, str] | None = None,
    baseline: dict[str, DocumentRecord] | None = None,
    title: str = DEFAULT_TITLE,
    pred_name: str = "prediction",
    baseline_name: str = "baseline",
) -> str:
    """The report as one HTML string (see :func:`write_report`)."""
    systems = [_system(pred_name, "pred", gold, pred)]
    if baseline is not None:
        systems.append(_system(baseline_name, "baseline", gold, baseline))
    docs = []
    for doc_id, g in sorted(gold.items()):
        d = diff_document(g, pred.get(doc_id))
        d.row = systems[0].rows[doc_id]
        docs.append(d)
    docs.sort(key=lambda d: (-d.total_errors, d.doc_id))
    extra = sorted(set(pred) - set(gold))
    return page(title, systems, docs, texts or {}, ignored=extra)


def write_report(
    gold: dict[str, DocumentRecord],
    pred: dict[str, DocumentRecord],
    out: Path,
    *,
    texts: dict[str, str] | None = None,
    baseline: dict[str, DocumentRecord] | None = None,
    title: str = DEFAULT_TITLE,
    pred_name: str = "prediction",
    baseline_name: str = "baseline",
) -> Path:
    """Score ``pred`` (and ``baseline``) against ``gold`` and write a self-contained HTML report.

    Args:
        gold, pred, baseline: records by doc_id (as :func:`.io.load_records` returns them);
            documents absent from gold are ignored, as by the scorer.
        out: the HTML file to write (parent folders are created).
        texts: document texts by doc_id, for the displaCy views; without a text a document's
            view lists its differences only.
        title: the page title; pred_name, baseline_name: how the two predictions are labelled.

    Returns:
        ``out``.
    """
    markup = render_report(
        gold,
        pred,
        texts=texts,
        baseline=baseline,
        title=title,
        pred_name=pred_name,
        baseline_name=baseline_name,
    )
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(markup, encoding="utf-8")
    return out
