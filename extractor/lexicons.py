"""Cached access to the phrase lexicons under ``patterns/`` (roles, agreement kinds, org heads, ...)."""

from __future__ import annotations

from functools import lru_cache

from .patterns import LexiconEntry, load_named


@lru_cache(maxsize=None)
def lexicon(name: str) -> dict[str, str]:
    """Map each phrase (lower-cased) of ``patterns/<name>.jsonl`` to its category."""
    return {e.phrase.lower(): e.category for e in load_named(f"{name}.jsonl", LexiconEntry)}


def words(name: str) -> frozenset[str]:
    """The phrases of a lexicon, as a set."""
    return frozenset(lexicon(name))


def ruler_patterns(name: str, *, label: str | None = None) -> list[dict]:
    """SpanRuler phrase patterns for a lexicon: label = category (or ``label``), id = lexicon:phrase."""
    return [{"label": label or cat, "pattern": phrase, "id": f"{name}:{phrase}"}
            for phrase, cat in lexicon(name).items()]


@lru_cache(maxsize=None)
def title_words() -> frozenset[str]:
    """Words that are role titles by themselves ("rector", "vice-rector", "director") plus "deputy"/"vice":
    they never belong to a name or an organisation's name."""
    single = {p for p in lexicon("roles") if " " not in p}
    parts = {w for p in single for w in p.split("-")}
    return frozenset(single | parts | {"deputy", "vice", "acting"}) - {"partner", "member", "assistant",
                                                                       "editor", "teacher", "founder"}
