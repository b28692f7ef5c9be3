"""Fact errors by rule id: which rule made the facts that match gold, and which made the wrong ones."""

from __future__ import annotations

from collections import Counter

from extractor.evaluate.scoring import agreements, align, lenient_pairs, resolver, role_keys
from extractor.models import AgreementFact, DocumentRecord, RoleFact


def facts_by_rule(gold: dict[str, DocumentRecord], pred: dict[str, DocumentRecord]) -> list[dict]:
    """One row per (fact type, rule id): predicted facts that match gold (``correct``) and that do not
    (``wrong``), after the same key alignment as the scorer. Role facts are named by the rule that chose the
    organisation, agreement facts by the rule that chose the parties."""
    counts: Counter[tuple[str, str, bool]] = Counter()
    for doc_id, g in gold.items():
        p = pred.get(doc_id)
        if p is None:
            continue
        resolve = resolver(align(lenient_pairs(g.mentions, p.mentions), g.mentions))
        gold_roles, gold_agr = role_keys(g), set(agreements(g))
        for f in p.facts:
            if isinstance(f, RoleFact):
                ok = (resolve("PERSON", f.person), f.role, resolve("ORG", f.org)) in gold_roles
                counts["role", f.rule or "-", ok] += 1
            elif isinstance(f, AgreementFact):
                ok = (f.kind, frozenset(resolve("ORG", x) for x in f.parties)) in gold_agr
                counts["agreement", f.party_rule or "-", ok] += 1
    rows = {(t, r) for t, r, _ in counts}
    out = [
        {"type": t, "rule": r, "correct": counts[t, r, True], "wrong": counts[t, r, False]} for t, r in rows
    ]
    return sorted(out, key=lambda row: (row["type"], -(row["correct"] + row["wrong"]), row["rule"]))
