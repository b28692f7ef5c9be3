"""A unit and its parent written apart by the finders but joined by "of" in the text: one mention."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span

from extractor.lang.lexicons import words
from extractor.lang.rules import rule
from extractor.lang.tokens import column


@rule("org.span.unit_of_parent")
def units_of_parents(doc: Doc, kept: list[Span]) -> list[Span]:
    """Rule ``org.span.unit_of_parent``: an organisation whose last word is a head noun, then "of" or "of
    the", then another organisation is one mention, as annotation.md writes a unit and its parent ("Board of
    Governors of the Competence Center", "Political Studies Division of the Institute of Russia, Eastern
    Europe and Central Asia of the Chinese Academy of Social Sciences": the finders stop at the comma of the
    parent's name). ``kept`` is in text order; the joined pairs are replaced by one span each."""
    lower, heads = column(doc, "lower"), _heads()
    out: list[Span] = []
    for s in kept:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label_ == s.label_ == "ORG"
            and lower[prev.end - 1] in heads
            and lower[prev.end : s.start] in (["of"], ["of", "the"])
        ):
            out[-1] = Span(doc, prev.start, s.end, label="ORG", span_id="org.span.unit_of_parent")
        else:
            out.append(s)
    return out


@cache
def _heads() -> frozenset[str]:
    """The head nouns of organisations and of their units, joined once."""
    return words("org_heads") | words("unit_heads")
