"""Organisation spans set by names already known: a name the release writes in full elsewhere, a registered
name that opens a longer candidate."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extractor.lang.lexicons import words
from extractor.lang.rules import rule

_JOINS = frozenset({"and", "&"})


@rule("org.span.written_in_full")
def written_in_full(doc: Doc, kept: list[Span]) -> list[Span]:
    """Rule ``org.span.written_in_full``: "Igor Narkevich, Rector of the Saint Petersburg State Chemical and
    Pharmaceutical University", where only "Pharmaceutical University" was found but the release names "Saint
    Petersburg State Chemical and Pharmaceutical University" elsewhere: an organisation that is the tail of a
    longer organisation of the same release, right after the words that make up the rest of that name (on
    one line, in no other mention), is that longer name. The rest ends in a name word or "and", never in
    "of the" ("Vice-Rector for International Cooperation of the NArFU" names no longer NArFU)."""
    names = {tuple(t.text for t in s) for s in kept if s.label_ == "ORG"}
    if len(names) < 2:
        return kept
    taken = {i for s in kept for i in range(s.start, s.end)}
    return [_in_full(doc, s, names, taken) if s.label_ == "ORG" else s for s in kept]


def _in_full(doc: Doc, span: Span, names: set[tuple[str, ...]], taken: set[int]) -> Span:
    """``span`` grown left to the longest name of ``names`` it ends and whose other words stand before it."""
    tail = tuple(t.text for t in span)
    for name in sorted(names, key=len, reverse=True):
        rest = len(name) - len(tail)
        start = span.start - rest
        if rest <= 0 or start < 0 or name[rest:] != tail or not _opens_name(name[rest - 1]):
            continue
        words = doc[start : span.start]
        if (
            tuple(t.text for t in words) == name[:rest]
            and not any(t.i in taken for t in words)
            and not any("\n" in t.whitespace_ for t in words)
        ):
            return Span(doc, start, span.end, label="ORG", span_id="org.span.written_in_full")
    return span


def _opens_name(word: str) -> bool:
    """The word before the tail belongs to the name: "and", or a word with a capital ("Chemical", "ISEI")."""
    return word.lower() in _JOINS or word[:1].isupper()


@rule("org.span.registered_first")
def after_registered(span: Span, ends_at: dict[int, list[int]]) -> Span:
    """Rule ``org.span.registered_first``: "Rosatom and Foundation for Basic Research Sign Cooperation
    Agreement": a candidate that opens with a registered name and "and" names two organisations when the rest
    has a head noun of its own; it starts after "and" (the registered name is found by itself). ``ends_at``:
    each registered name's start -> its ends."""
    doc, heads = span.doc, words("org_heads")
    for end in ends_at.get(span.start, ()):
        if (
            end + 1 < span.end
            and doc[end].lower_ in _JOINS
            and any(t.lower_ in heads for t in doc[end + 1 : span.end])
        ):
            return Span(doc, end + 1, span.end, label=span.label_, span_id="org.span.registered_first")
    return span
