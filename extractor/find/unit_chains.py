"""A unit and its parent written apart by the finders but joined by "of" or "under": one mention."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span

from extractor.lang.lexicons import words
from extractor.lang.rules import rule
from extractor.lang.tokens import column


@rule("org.span.unit_of_parent", "org.span.unit_under_parent")
def units_of_parents(doc: Doc, kept: list[Span]) -> list[Span]:
    """Rule ``org.span.unit_of_parent``: an organisation whose last word is a head noun, then "of" or "of
    the", then another organisation is one mention, as annotation.md writes a unit and its parent ("Board of
    Governors of the Competence Center", "Political Studies Division of the Institute of Russia, Eastern
    Europe and Central Asia of the Chinese Academy of Social Sciences": the finders stop at the comma of the
    parent's name); rule ``org.span.unit_under_parent``: the same with "under (the)", a body and the office
    it is attached to ("Foreign Policy Research Institute under the Ministry of Foreign Affairs of the
    Republic of Kazakhstan"). ``kept`` is in text order; the joined pairs are replaced by one span each."""
    lower, heads = column(doc, "lower"), _heads()
    out: list[Span] = []
    for s in kept:
        prev = out[-1] if out else None
        near = prev is not None and 0 < s.start - prev.end <= 2
        rule_id = _JOINERS.get(tuple(lower[prev.end : s.start])) if near else None
        if rule_id is not None and prev.label_ == s.label_ == "ORG" and lower[prev.end - 1] in heads:
            out[-1] = Span(doc, prev.start, s.end, label="ORG", span_id=rule_id)
        else:
            out.append(s)
    return out


# the words between a unit and its parent, and the rule that joins them
_JOINERS = {
    ("of",): "org.span.unit_of_parent",
    ("of", "the"): "org.span.unit_of_parent",
    ("under",): "org.span.unit_under_parent",
    ("under", "the"): "org.span.unit_under_parent",
}


@cache
def _heads() -> frozenset[str]:
    """The head nouns of organisations and of their units, joined once."""
    return words("org_heads") | words("unit_heads")
