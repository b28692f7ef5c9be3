"""What a gold value may be: dates of format.md, offsets, labels, norms, role and agreement facts' fields."""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable
from typing import Any

from extractor.models import AGREEMENT_KINDS, DATE_VALUE_PATTERN, ROLE_CATEGORIES

DATE_RE = re.compile(DATE_VALUE_PATTERN)


STATUSES = ("signed", "planned")


def _is_date(value: Any) -> bool:
    return isinstance(value, str) and DATE_RE.match(value) is not None


def _is_offset(value: Any) -> bool:
    """A JSON integer (``true`` is no offset)."""
    return isinstance(value, int) and not isinstance(value, bool)


def _offsets_ok(s: Any, e: Any, text: str | None) -> bool:
    """Integer offsets with 0 <= s < e, within the text when it is known."""
    return _is_offset(s) and _is_offset(e) and 0 <= s < e and (text is None or e <= len(text))


def _length(text: str | None) -> str:
    return f"text length {len(text)}" if text is not None else "text not available"


def _member(value: Any, allowed: Iterable[Any]) -> bool:
    return isinstance(value, Hashable) and value in allowed


def _norm_problem(lab: Any, n: Any, t: Any) -> str | None:
    """What is wrong with a mention's norm for its label, or None."""
    if lab == "DATE":
        return f"bad DATE norm {n!r} for {t!r}" if n is not None and not _is_date(n) else None
    if not isinstance(n, str) or not n:
        return f"missing norm for {lab} {t!r}"
    if lab == "ROLE" and n not in ROLE_CATEGORIES:
        return f"bad ROLE norm {n!r}"
    if lab == "AGREEMENT" and n not in AGREEMENT_KINDS:
        return f"bad AGREEMENT norm {n!r}"
    return None


def _text_problems(s: int, e: int, t: Any, text: str | None, prev_end: int) -> list[str]:
    """A mention's text against the corpus text, its outer whitespace, and its order."""
    out = []
    if text is not None and text[s:e] != t:
        out.append(f"text mismatch: {t!r} != {text[s:e]!r}")
    if isinstance(t, str) and t != t.strip():
        out.append(f"span has outer whitespace: {t!r}")
    if s < prev_end:
        out.append(f"overlaps or is out of order (previous mention ends at {prev_end})")
    return out


KeyCheck = Callable[[Iterable[Any], str, str], list[str]]


def _role_problems(fact: dict, keys: KeyCheck) -> list[str]:
    out = keys([fact.get("person")], "person", "PERSON")
    if not _member(fact.get("role"), ROLE_CATEGORIES):
        out.append(f"bad role {fact.get('role')!r}")
    return out + (keys([fact["org"]], "org", "ORG") if fact.get("org") is not None else [])


def _agreement_problems(fact: dict, keys: KeyCheck) -> list[str]:
    out = [] if _member(fact.get("kind"), AGREEMENT_KINDS) else [f"bad kind {fact.get('kind')!r}"]
    if not _member(fact.get("status"), STATUSES):
        out.append(f"bad status {fact.get('status')!r}")
    parties, signatories = fact.get("parties") or [], fact.get("signatories") or []
    if not isinstance(parties, list) or not parties:
        out.append(f"parties must be a non-empty list, not {parties!r}")
    else:
        out += keys(parties, "party", "ORG")
    if not isinstance(signatories, list):
        out.append(f"signatories must be a list, not {signatories!r}")
    else:
        out += keys(signatories, "signatory", "PERSON")
    if fact.get("date") is not None and not _is_date(fact["date"]):
        out.append(f"bad date {fact['date']!r}")
    return out
