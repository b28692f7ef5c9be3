"""Choose flat, non-overlapping mentions from competing candidates: longest wins, rules break ties."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span

RULE_PRIORITY = {"model_ner": 0, "rule_surname": 1, "archive_line": 3}


def priority(span: Span) -> int:
    """Rules outrank the statistical model when two candidates are equally long."""
    return RULE_PRIORITY.get(span.id_, 2)


def select(
    candidates: Iterable[Span], taken: Iterable[tuple[int, int]] = ()
) -> tuple[list[Span], list[Span]]:
    """Greedy longest-first selection; returns (kept in text order, discarded)."""
    used: set[int] = {i for s, e in taken for i in range(s, e)}
    kept, dropped = [], []
    seen: set[tuple[int, int]] = set()
    for sp in sorted(candidates, key=lambda s: (-(s.end_char - s.start_char), -priority(s), s.start)):
        if (sp.start, sp.end) in seen or any(i in used for i in range(sp.start, sp.end)):
            dropped.append(sp)
            continue
        seen.add((sp.start, sp.end))
        used.update(range(sp.start, sp.end))
        kept.append(sp)
    kept.sort(key=lambda s: s.start)
    return kept, dropped
