"""Organisation spans set by names already known: a name the release writes in full elsewhere; registered
names that open a longer candidate (a registered name and another name, two registered names)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extractor.lang.lexicons import words
from extractor.lang.rules import rule
from extractor.lang.tokens import column

_JOINS = frozenset({"and", "&"})


@rule("org.span.written_in_full")
def written_in_full(doc: Doc, kept: list[Span]) -> list[Span]:
    """Rule ``org.span.written_in_full``: "Igor Narkevich, Rector of the Saint Petersburg State Chemical and
    Pharmaceutical University", where only "Pharmaceutical University" was found but the release names "Saint
    Petersburg State Chemical and Pharmaceutical University" elsewhere: an organisation that is the tail of a
    longer organisation of the same release, right after the words that make up the rest of that name (on
    one line, in no other mention), is that longer name. The rest ends in a name word or "and", never in
    "of the" ("Vice-Rector for International Cooperation of the NArFU" names no longer NArFU)."""
    text = column(doc, "text")
    names = sorted({tuple(text[s.start : s.end]) for s in kept if s.label_ == "ORG"}, key=len, reverse=True)
    if len(names) < 2:
        return kept
    taken = {i for s in kept for i in range(s.start, s.end)}
    grown = [_in_full(doc, s, names, taken) if s.label_ == "ORG" else s for s in kept]
    return [_in_full_right(doc, s, names, taken) if s.label_ == "ORG" else s for s in grown]


def _in_full(doc: Doc, span: Span, names: list[tuple[str, ...]], taken: set[int]) -> Span:
    """``span`` grown left to the longest of ``names`` (longest first) it ends and whose other words stand
    before it."""
    text, ws = column(doc, "text"), column(doc, "ws")
    tail = tuple(text[span.start : span.end])
    for name in names:
        rest = len(name) - len(tail)
        start = span.start - rest
        if rest <= 0 or start < 0 or name[rest:] != tail or not _opens_name(name[rest - 1]):
            continue
        if (
            tuple(text[start : span.start]) == name[:rest]
            and not any(i in taken for i in range(start, span.start))
            and not any("\n" in ws[i] for i in range(start, span.start))
        ):
            return Span(doc, start, span.end, label="ORG", span_id="org.span.written_in_full")
    return span


@rule("org.span.written_in_full_after")
def _in_full_right(doc: Doc, span: Span, names: list[tuple[str, ...]], taken: set[int]) -> Span:
    """Rule ``org.span.written_in_full_after``: "Yemen International Affair's Center Sign a Cooperation
    Agreement", where the headline's name stopped at "Affair" but the release names "Yemen International
    Affair's Center" below: an organisation that opens a longer organisation of the same release, right before
    the words that make up the rest of that name (on one line, in no other mention, one word at least), is
    that longer name."""
    text, ws = column(doc, "text"), column(doc, "ws")
    head = tuple(text[span.start : span.end])
    for name in names:
        end = span.start + len(name)
        if len(name) <= len(head) or name[: len(head)] != head or end > len(doc):
            continue
        if (
            tuple(text[span.end : end]) == name[len(head) :]
            and any(w[:1].isalnum() for w in name[len(head) :])
            and not any(i in taken for i in range(span.end, end))
            and not any("\n" in ws[i] for i in range(span.start, end - 1))
        ):
            return Span(doc, span.start, end, label="ORG", span_id="org.span.written_in_full_after")
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


def registered_pair(span: Span, ends_at: dict[int, list[int]]) -> bool:
    """Rule ``org.reject.registered_pair``: two registered names written back to back ("... in the Russian
    Engineering Education Association Tomsk Polytechnic University takes first place"): two organisations,
    not one longer name (``ends_at``: each registered name's start -> its ends, in registry order)."""
    first_end = next((e for e in ends_at.get(span.start, ()) if e < span.end), None)
    return first_end is not None and first_end in ends_at
