"""Scoring of ../shared/spec/format.md as set arithmetic over tuples.

Each gold document is scored on its own (:func:`score_document`), then the counts are summed
over the corpus (:func:`score`). The result has the keys and numbers of shared/tools/score.py.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from extractor.models import KEYED_LABELS, LABELS, AgreementFact, DocumentRecord, Mention, RoleFact

if TYPE_CHECKING:
    import pandas as pd

METRICS: tuple[str, ...] = ("strict", "lenient", "normalised")
FACT_TYPES: tuple[str, ...] = ("role", "agreement")
ATTRIBUTES: tuple[str, ...] = ("date", "status", "signatories")
COUNTS: tuple[str, ...] = ("tp", "pred", "gold")
DIGITS = 4

Key = tuple[str, str | None]  # (label, norm): an entity key
Pair = tuple[Mention, Mention]  # (gold, predicted)
Resolve = Callable[[str, str | None], Hashable]  # (label, predicted key) -> comparable gold key


# ---------------------------------------------------------------- P/R/F1
def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


def _rounded(precision: float, recall: float) -> dict[str, float]:
    f1 = _ratio(2 * precision * recall, precision + recall)
    return {"precision": round(precision, DIGITS), "recall": round(recall, DIGITS), "f1": round(f1, DIGITS)}


def prf(tp: int, predicted: int, gold: int) -> dict[str, Any]:
    """Precision, recall and F1 (rounded to 4 digits) with the counts; 0/0 is 0."""
    counts = {"tp": tp, "predicted": predicted, "gold": gold}
    return _rounded(_ratio(tp, predicted), _ratio(tp, gold)) | counts


def bcubed(items: Sequence[tuple[Hashable, Hashable]]) -> dict[str, Any]:
    """B-cubed P/R/F1 over matched mentions given as (gold cluster, predicted cluster)."""
    if not items:
        return prf(0, 0, 0) | {"items": 0}  # score.py reports the (zero) counts when empty
    cells = Counter(items)
    gold_size = Counter(g for g, _ in items)
    pred_size = Counter(p for _, p in items)
    # each of the k mentions of a cell scores k / |its cluster|
    precision = sum(k * k / pred_size[p] for (_, p), k in cells.items()) / len(items)
    recall = sum(k * k / gold_size[g] for (g, _), k in cells.items()) / len(items)
    return _rounded(precision, recall) | {"items": len(items)}


# ---------------------------------------------------------------- mentions
def strict_matches(gold: Iterable[Mention], pred: Iterable[Mention]) -> list[Mention]:
    """The predicted mentions whose (start, end, label) is a gold span."""
    spans = {(m.start, m.end, m.label) for m in gold}
    return [m for m in pred if (m.start, m.end, m.label) in spans]


def overlap(a: Mention, b: Mention) -> int:
    """Characters shared by two spans (zero or negative when disjoint)."""
    return min(a.end, b.end) - max(a.start, b.start)


def lenient_pairs(gold: Sequence[Mention], pred: Sequence[Mention]) -> list[Pair]:
    """Pair same-label overlapping mentions, each used once.

    Gold mentions in text order each take the unused prediction that overlaps them most
    (the earliest in ``pred`` on ties).
    """
    used: set[int] = set()
    pairs = []
    for g in sorted(gold, key=lambda m: (m.start, m.end)):
        options = [
            i for i, p in enumerate(pred) if i not in used and p.label == g.label and overlap(g, p) > 0
        ]
        if options:
            best = max(options, key=lambda i: overlap(g, pred[i]))  # max() keeps the first on ties
            used.add(best)
            pairs.append((g, pred[best]))
    return pairs


def align(pairs: Iterable[Pair], gold: Sequence[Mention]) -> dict[Key, str | None]:
    """Map each predicted ORG/PERSON key to the gold key sharing most matched mentions.

    Ties go to the gold key whose first mention comes first; unmatched keys are absent.
    """
    first: dict[Key, int] = {}
    for m in sorted(gold, key=lambda m: m.start):
        first.setdefault((m.label, m.norm), m.start)
    votes: dict[Key, Counter[str | None]] = defaultdict(Counter)
    for g, p in pairs:
        if g.label in KEYED_LABELS:
            votes[(p.label, p.norm)][g.norm] += 1
    return {key: min(c, key=lambda k: (-c[k], first[(key[0], k)])) for key, c in votes.items()}


def resolver(mapping: dict[Key, str | None]) -> Resolve:
    """Key translator for facts: aligned gold key, None for None, or a never-matching marker."""

    def resolve(label: str, key: str | None) -> Hashable:
        if key is None:
            return None
        return mapping.get((label, key), ("<unaligned>", key))

    return resolve


def _as_is(_label: str, key: str | None) -> Hashable:
    return key


# ---------------------------------------------------------------- facts
def role_keys(record: DocumentRecord, resolve: Resolve = _as_is) -> set[tuple[Hashable, ...]]:
    """(person, role, org) of each role fact, keys passed through ``resolve``."""
    return {
        (resolve("PERSON", f.person), f.role, resolve("ORG", f.org))
        for f in record.facts
        if isinstance(f, RoleFact)
    }


def agreements(record: DocumentRecord, resolve: Resolve = _as_is) -> dict[tuple[Any, ...], AgreementFact]:
    """Agreement facts by (kind, set of parties); a later fact with the same key wins."""
    return {
        (f.kind, frozenset(resolve("ORG", x) for x in f.parties)): f
        for f in record.facts
        if isinstance(f, AgreementFact)
    }


@dataclass
class DocumentScore:
    """The counts of one gold document; :func:`score` sums them over the corpus."""

    doc_id: str
    missing: bool
    mentions: Counter[tuple[str, str, str]] = field(default_factory=Counter)  # (metric, label, COUNTS)
    clusters: dict[str, list[tuple[Any, Any]]] = field(default_factory=lambda: defaultdict(list))
    facts: Counter[tuple[str, str]] = field(default_factory=Counter)  # (fact type, COUNTS)
    attributes: Counter[str] = field(default_factory=Counter)  # matched, date, status, signatories
    published: Counter[str] = field(default_factory=Counter)  # gold, correct, spurious


def _score_facts(out: DocumentScore, gold: DocumentRecord, pred: DocumentRecord, resolve: Resolve) -> None:
    gold_roles, pred_roles = role_keys(gold), role_keys(pred, resolve)
    gold_agr, pred_agr = agreements(gold), agreements(pred, resolve)
    for kind, gold_keys, pred_keys in (
        ("role", gold_roles, pred_roles),
        ("agreement", set(gold_agr), set(pred_agr)),
    ):
        out.facts.update(
            {
                (kind, "tp"): len(gold_keys & pred_keys),
                (kind, "pred"): len(pred_keys),
                (kind, "gold"): len(gold_keys),
            }
        )
    for key in gold_agr.keys() & pred_agr.keys():
        g, p = gold_agr[key], pred_agr[key]
        out.attributes["matched"] += 1
        out.attributes["date"] += g.date == p.date
        out.attributes["status"] += g.status == p.status
        out.attributes["signatories"] += set(g.signatories) == {resolve("PERSON", x) for x in p.signatories}


def score_document(
    gold: DocumentRecord,
    pred: DocumentRecord | None,
    labels: Sequence[str] = LABELS,
    doc_id: str | None = None,
) -> DocumentScore:
    """Count one document's mentions, clusters, facts and published date (missing pred = empty)."""
    out = DocumentScore(doc_id or gold.doc_id, missing=pred is None)
    if pred is None:
        pred = DocumentRecord(doc_id=out.doc_id)
    gm = [m for m in gold.mentions if m.label in labels]
    pm = [m for m in pred.mentions if m.label in labels]
    for lab in labels:
        n_gold, n_pred = sum(m.label == lab for m in gm), sum(m.label == lab for m in pm)
        for metric in METRICS:
            out.mentions.update({(metric, lab, "gold"): n_gold, (metric, lab, "pred"): n_pred})
    out.mentions.update(("strict", m.label, "tp") for m in strict_matches(gm, pm))
    pairs = lenient_pairs(gm, pm)
    mapping = align(pairs, gm)
    for g, p in pairs:
        keyed = g.label in KEYED_LABELS
        out.mentions["lenient", g.label, "tp"] += 1
        norm = mapping.get((g.label, p.norm)) if keyed else p.norm
        out.mentions["normalised", g.label, "tp"] += norm == g.norm
        if keyed:
            out.clusters[g.label].append((g.norm, p.norm))
    _score_facts(out, gold, pred, resolver(mapping))
    if gold.published is not None:
        out.published.update(gold=1, correct=int(gold.published == pred.published))
    elif pred.published is not None:
        out.published["spurious"] += 1
    return out


def _documents(
    gold: dict[str, DocumentRecord], pred: dict[str, DocumentRecord], labels: Sequence[str]
) -> list[DocumentScore]:
    return [score_document(g, pred.get(doc_id), labels, doc_id) for doc_id, g in sorted(gold.items())]


def summarise(docs: Sequence[DocumentScore], labels: Sequence[str] = LABELS) -> dict[str, Any]:
    """Corpus-level report (score.py's JSON structure) from per-document counts."""
    mentions: Counter[tuple[str, str, str]] = Counter()
    facts: Counter[tuple[str, str]] = Counter()
    attrs: Counter[str] = Counter()
    pub: Counter[str] = Counter()
    for d in docs:
        mentions.update(d.mentions)
        facts.update(d.facts)
        attrs.update(d.attributes)
        pub.update(d.published)
    missing = [d.doc_id for d in docs if d.missing]
    out: dict[str, Any] = {"documents": len(docs), "missing_predictions": missing}
    for metric in METRICS:
        table = {lab: prf(*(mentions[metric, lab, k] for k in COUNTS)) for lab in labels}
        table["micro"] = prf(*(sum(mentions[metric, lab, k] for lab in labels) for k in COUNTS))
        out[metric] = table
    out["clustering"] = {
        lab: bcubed([item for d in docs for item in d.clusters.get(lab, [])])
        for lab in KEYED_LABELS
        if lab in labels
    }
    out["facts"] = {t: prf(*(facts[t, k] for k in COUNTS)) for t in FACT_TYPES} if docs else {}
    n = attrs["matched"]
    out["agreement_attributes"] = {a: round(_ratio(attrs[a], n), DIGITS) for a in ATTRIBUTES} | {"matched": n}
    out["published"] = {
        "accuracy": round(_ratio(pub["correct"], pub["gold"]), DIGITS),
        "gold": pub["gold"],
        "spurious": pub["spurious"],
    }
    return out


def score(
    gold: dict[str, DocumentRecord], pred: dict[str, DocumentRecord], labels: Sequence[str] = LABELS
) -> dict[str, Any]:
    """Score predictions against gold (format.md); documents absent from gold are ignored."""
    return summarise(_documents(gold, pred, labels), labels)


# ---------------------------------------------------------------- tables
def per_document(
    gold: dict[str, DocumentRecord], pred: dict[str, DocumentRecord], labels: Sequence[str] = LABELS
) -> list[dict[str, Any]]:
    """One flat row per gold document: mention counts per metric and label, fact counts, errors.

    ``errors`` is normalised false positives + false negatives; ``fact_errors`` the same for facts.
    """
    rows = []
    for d in _documents(gold, pred, labels):
        m, f = d.mentions, d.facts
        row: dict[str, Any] = {"doc_id": d.doc_id, "missing": d.missing}
        row["errors"] = sum(
            m["normalised", lab, "pred"] + m["normalised", lab, "gold"] - 2 * m["normalised", lab, "tp"]
            for lab in labels
        )
        row["fact_errors"] = sum(f[t, "pred"] + f[t, "gold"] - 2 * f[t, "tp"] for t in FACT_TYPES)
        row |= {
            f"{metric}_{lab}_{k}": m[metric, lab, k] for metric in METRICS for lab in labels for k in COUNTS
        }
        row |= {f"facts_{t}_{k}": f[t, k] for t in FACT_TYPES for k in COUNTS}
        rows.append(row)
    return rows


def to_frames(result: dict[str, Any], per_doc: list[dict[str, Any]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(per-label table, per-document table) for ``--csv``.

    The per-label table has one row per (metric, label): mention metrics with their micro
    average, B-cubed for ORG/PERSON (no counts) and facts.
    """
    import pandas as pd

    counts = ("tp", "predicted", "gold")
    columns = ["metric", "label", "precision", "recall", "f1", *counts]
    rows = [
        {"metric": metric, "label": lab, **vals} for metric in METRICS for lab, vals in result[metric].items()
    ]
    rows += [
        {"metric": "bcubed", "label": lab, **{k: v for k, v in vals.items() if k not in counts}}
        for lab, vals in result["clustering"].items()
    ]
    rows += [{"metric": "facts", "label": t, **vals} for t, vals in result["facts"].items()]
    labels = pd.DataFrame(rows, columns=columns).astype({k: "Int64" for k in counts})
    return labels, pd.DataFrame(per_doc)
