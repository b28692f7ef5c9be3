"""HTML evaluation report: the scorer's numbers, and where in each document the errors are.

:func:`write_report` scores predictions (and an optional baseline) with :mod:`.scoring` and writes
one self-contained HTML file; this module works out what to show, :mod:`.report_views` draws it.
Every mention is classified with the scorer's own pairing (:func:`.scoring.lenient_pairs`) and key
alignment (:func:`.scoring.align`), so the marks in the document views add up to the tables.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from extractor.evaluate.scoring import Key, Resolve, agreements, align, lenient_pairs, overlap, resolver
from extractor.models import KEYED_LABELS, LABELS, AgreementFact, DocumentRecord, Mention, RoleFact
from extractor.read.record_io import is_plain_name

Side = Literal["gold", "pred"]
Status = Literal["match", "boundary", "label", "missed", "spurious"]
STATUS_NAMES: dict[str, str] = {
    "match": "match",
    "boundary": "boundary",
    "label": "wrong label",
    "missed": "missed (FN)",
    "spurious": "spurious (FP)",
}
DEFAULT_TITLE = "Evaluation report"


@dataclass(frozen=True)
class Mark:
    """One mention as drawn in a document view.

    ``status``: ``match`` (paired, same span), ``boundary`` (paired, other span), ``label``
    (unpaired, overlaps a mention of another label), ``missed`` (gold, unpaired: a false negative)
    or ``spurious`` (predicted, unpaired: a false positive). ``exact`` is the strict match,
    ``norm_ok`` whether a paired mention's norm counts as correct (None when unpaired), ``other``
    the paired or overlapping mention on the other side.
    """

    side: Side
    mention: Mention
    status: Status
    exact: bool
    norm_ok: bool | None
    other: Mention | None

    def tag(self) -> str:
        """Short plain-text tag drawn after the span: label, error and norm flag."""
        flag = {"boundary": " · boundary", "missed": " · FN", "spurious": " · FP"}.get(self.status, "")
        if self.status == "label" and self.other is not None:
            flag = f" · {'predicted' if self.side == 'gold' else 'gold'} {self.other.label}"
        return self.mention.label + flag + (" · norm ≠" if self.norm_ok is False else "")

    def tip(self) -> str:
        """Plain-text tooltip: status, offsets and norms of this mention and its counterpart."""
        m, o = self.mention, self.other
        tip = f"{STATUS_NAMES[self.status]}: {self.side} {m.label} [{m.start}-{m.end}] norm {m.norm}"
        if o is not None:
            other_side = "predicted" if self.side == "gold" else "gold"
            tip += f"; {other_side} {o.label} “{o.text}” [{o.start}-{o.end}] norm {o.norm}"
        return tip


@dataclass(frozen=True)
class NormMismatch:
    """A lenient pair whose norms differ; ``aligned`` is the gold key the predicted key maps to."""

    gold: Mention
    pred: Mention
    aligned: str | None


Fact = RoleFact | AgreementFact


@dataclass(frozen=True)
class FactDiff:
    """A fact missing from the prediction, an extra one, or a matched agreement with other attributes."""

    kind: Literal["missing", "extra", "differs"]
    gold: Fact | None
    pred: Fact | None
    fields: tuple[str, ...] = ()


@dataclass
class DocumentDiff:
    """Everything the report shows about one gold document."""

    doc_id: str
    missing: bool
    marks: list[Mark]
    norms: list[NormMismatch]
    facts: list[FactDiff]
    published: tuple[str | None, str | None]
    row: dict[str, Any] = field(default_factory=dict)  # scoring.per_document's row

    def count(self, side: Side, *statuses: str) -> int:
        """Marks of ``side`` whose status is one of ``statuses``."""
        return sum(m.side == side and m.status in statuses for m in self.marks)

    def span_errors(self) -> list[tuple[str, Mention | None, Mention | None]]:
        """(status, gold, predicted) of each span error in text order, a label clash listed once."""
        rows: list[tuple[str, Mention | None, Mention | None]] = []
        seen: set[tuple[int, int]] = set()
        for mk in self.marks:
            if mk.status == "match" or (mk.side == "pred" and mk.status == "boundary"):
                continue  # boundary pairs are listed from the gold side
            g, p = (mk.mention, mk.other) if mk.side == "gold" else (mk.other, mk.mention)
            if mk.status == "label":
                if (id(g), id(p)) in seen:
                    continue
                seen.add((id(g), id(p)))
            rows.append((mk.status, g, p))
        return sorted(rows, key=lambda r: min(m.start for m in r[1:] if m is not None))

    def published_status(self) -> str:
        """✓ / ✗ against a gold date, "spurious" for a date gold lacks, — when neither has one."""
        gold, pred = self.published
        if gold is None:
            return "—" if pred is None else "spurious"
        return "✓" if gold == pred else "✗"

    @property
    def total_errors(self) -> int:
        """Normalised mention errors plus fact errors, as counted by the scorer."""
        return int(self.row.get("errors", 0)) + int(self.row.get("fact_errors", 0))


@dataclass(frozen=True)
class System:
    """One scored prediction: its display name, the ``data-k`` prefix and the scorer's result."""

    name: str
    key: str
    result: dict[str, Any]
    rows: dict[str, dict[str, Any]]


def describe_fact(f: Fact) -> str:
    """One line of plain text for a role or agreement fact."""
    if isinstance(f, AgreementFact):
        return (
            f"{f.kind} ({f.status}) between {'; '.join(f.parties)} · date: {f.date or '—'} · "
            f"signed by: {'; '.join(f.signatories) or '—'}"
        )
    return f"{f.person} — {f.role} ({f.title or '—'}) at {f.org or '—'}"


# ---------------------------------------------------------------- mentions
def _aligned(label: str, norm: str | None, mapping: dict[Key, str | None]) -> str | None:
    """A predicted norm as the scorer compares it: the aligned gold key for ORG and PERSON."""
    return mapping.get((label, norm)) if label in KEYED_LABELS else norm


def diff_mentions(
    gm: Sequence[Mention], pm: Sequence[Mention]
) -> tuple[list[Mark], list[NormMismatch], dict[Key, str | None]]:
    """Marks for both sides, the norm mismatches and the key alignment of one document."""
    pairs = lenient_pairs(gm, pm)
    mapping = align(pairs, gm)
    partner: dict[int, Mention] = {}
    ok: dict[int, bool] = {}
    norms = []
    for g, p in pairs:
        partner[id(g)], partner[id(p)] = p, g
        aligned = _aligned(g.label, p.norm, mapping)
        ok[id(g)] = ok[id(p)] = aligned == g.norm
        if aligned != g.norm:
            norms.append(NormMismatch(g, p, aligned))
    marks: list[Mark] = []
    sides: list[tuple[Side, Sequence[Mention], Sequence[Mention]]] = [("gold", gm, pm), ("pred", pm, gm)]
    for side, own, others in sides:
        spans = {(m.start, m.end, m.label) for m in others}
        for m in own:
            exact = (m.start, m.end, m.label) in spans
            if id(m) in partner:
                o = partner[id(m)]
                status: Status = "match" if (o.start, o.end) == (m.start, m.end) else "boundary"
                marks.append(Mark(side, m, status, exact, ok[id(m)], o))
                continue
            clash = next((o for o in others if o.label != m.label and overlap(m, o) > 0), None)
            same = next((o for o in others if o.label == m.label and overlap(m, o) > 0), None)
            status = "label" if clash else ("missed" if side == "gold" else "spurious")
            marks.append(Mark(side, m, status, exact, None, clash or same))
    return marks, norms, mapping


# ---------------------------------------------------------------- facts
def _roles(record: DocumentRecord, resolve: Resolve) -> dict[tuple[Hashable, ...], RoleFact]:
    """Role facts by their scored key (as :func:`.scoring.role_keys`)."""
    return {
        (resolve("PERSON", f.person), f.role, resolve("ORG", f.org)): f
        for f in record.facts
        if isinstance(f, RoleFact)
    }


def _as_is(_label: str, key: str | None) -> Hashable:
    return key


def diff_facts(gold: DocumentRecord, pred: DocumentRecord, resolve: Resolve) -> list[FactDiff]:
    """Missing and extra role/agreement facts, and matched agreements with another date/status/signatories."""
    out: list[FactDiff] = []
    gold_sets: tuple[dict[Any, Any], dict[Any, Any]] = (_roles(gold, _as_is), agreements(gold))
    pred_sets: tuple[dict[Any, Any], dict[Any, Any]] = (_roles(pred, resolve), agreements(pred, resolve))
    for g_facts, p_facts in zip(gold_sets, pred_sets, strict=True):
        out += [FactDiff("missing", f, None) for k, f in g_facts.items() if k not in p_facts]
        out += [FactDiff("extra", None, f) for k, f in p_facts.items() if k not in g_facts]
    g_agr, p_agr = gold_sets[1], pred_sets[1]
    for key in g_agr.keys() & p_agr.keys():
        g, p = g_agr[key], p_agr[key]
        fields = [
            name
            for name, same in (
                ("date", g.date == p.date),
                ("status", g.status == p.status),
                ("signatories", set(g.signatories) == {resolve("PERSON", x) for x in p.signatories}),
            )
            if not same
        ]
        if fields:
            out.append(FactDiff("differs", g, p, tuple(fields)))
    return out


def diff_document(
    gold: DocumentRecord, pred: DocumentRecord | None, labels: Sequence[str] = LABELS
) -> DocumentDiff:
    """Compare one document's prediction (None: missing, scored as empty) with its gold record."""
    missing = pred is None
    pred = pred if pred is not None else DocumentRecord(doc_id=gold.doc_id)
    gm = [m for m in gold.mentions if m.label in labels]
    pm = [m for m in pred.mentions if m.label in labels]
    marks, norms, mapping = diff_mentions(gm, pm)
    facts = diff_facts(gold, pred, resolver(mapping))
    return DocumentDiff(gold.doc_id, missing, marks, norms, facts, (gold.published, pred.published))


# ---------------------------------------------------------------- the report
def corpus_text(corpus: Path, doc_id: str) -> str | None:
    """``corpus/<doc_id>.txt`` decoded (invalid UTF-8 replaced), or None when the doc_id is not a plain
    file name (``../x``, an absolute path, NUL, over 255 bytes: a name from data never reaches another
    file) or the file cannot be read."""
    if not is_plain_name(doc_id):
        return None
    path = Path(corpus) / f"{doc_id}.txt"
    try:
        return path.read_bytes().decode("utf-8", errors="replace") if path.is_file() else None
    except OSError:
        return None
