"""Named rules: the ids a rule function can decide with, kept on the function as data.

``@rule("role.org.consulate")`` marks a function of an ordered rule list (``TIE_RULES``,
``ROLE_ORG_RULES``, ``PARTY_RULES``, ``COMPLETIONS``, ``MODEL_ORG_REJECTS``); :func:`rule_ids` lists the
ids of a list, so a test can check that every registered id is exercised.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


def rule(*ids: str) -> Callable[[F], F]:
    """Mark a rule function with the ids it decides with (its first id is its name)."""

    def mark(fn: F) -> F:
        fn.rule_ids = ids  # type: ignore[attr-defined]
        return fn

    return mark


def rule_ids(rules: Iterable[Callable[..., Any]]) -> list[str]:
    """Every id the rules of an ordered list can decide with, in list order."""
    return [i for fn in rules for i in getattr(fn, "rule_ids", ())]
