"""The date of documents listed under the signing that introduces them ("three agreements were signed:")."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span

from extractor.facts.base import SIGNED_FORMS, SIGNED_WORDS, _ents
from extractor.lang.rules import rule
from extractor.lang.tokens import doc_text

_ITEM = re.compile(r"^[ \t]*(?:[-–—•*·▪]|\d{1,2}[.)])[ \t]*", re.M)  # "^" at a line start: match(text, pos)
_SIGNED = re.compile(rf"\b(?:{SIGNED_WORDS})\b", re.I)  # the past forms of ``patterns/signing_verbs.jsonl``
_LEAD = re.compile(rf"\b(?:{SIGNED_WORDS}|following documents?)\b", re.I)  # on a line ending in ":"
_MAX_ITEMS = 15
_THESE = re.compile(r"^\W*(?:these|they) (?:are|include|were)[ \t]*:[ \t]*$", re.I)


@rule("agreement.date.listed_under")
def listed_date(m: Span, dated: Callable[[Span], str | None]) -> str | None:
    """Rule ``agreement.date.listed_under``: "From 20 to 22 June 2019 ... a meeting was held. ... three
    agreements were signed:" / "- MEMORANDUM of mutual understanding with X;": a document written as an item
    of a list takes the date of the signing whose line, ending in a colon, opens the list."""
    lead = _lead_line(doc_text(m.doc), m.start_char)
    if lead is None:
        return None
    intro = [a for a in _ents(m.doc, "AGREEMENT") if lead[0] <= a.start_char < lead[1]]
    if not intro:  # "the following documents were also signed:": the signing verb stands for them
        line = m.doc.char_span(lead[0], lead[1], alignment_mode="expand")
        intro = [m.doc[t.i : t.i + 1] for t in line or () if t.lower_ in SIGNED_FORMS]
    return dated(intro[-1]) if intro else None


def _lead_line(text: str, at: int) -> tuple[int, int] | None:
    """The line ending in a colon that says documents were signed, right above the list item holding
    character ``at`` (over the items before it), as (start, end); None off a list."""
    start = text.rfind("\n", 0, at) + 1
    if not _ITEM.match(text, start):
        return None
    for _ in range(_MAX_ITEMS):
        if start == 0:
            return None
        end, start = start - 1, text.rfind("\n", 0, start - 1) + 1
        line = text[start:end]
        if line.rstrip().endswith(":") and _LEAD.search(line):
            return start, end
        if _THESE.match(line):  # "Seven memoranda were signed during the visit ... \n\nThese are:"
            return _line_before(text, start)
        if line.strip() and not _ITEM.match(line):  # blank lines may set the items apart
            return None
    return None


def _line_before(text: str, start: int) -> tuple[int, int] | None:
    """The last line with words before character ``start``, when it tells a signing."""
    end = len(text[:start].rstrip())
    begin = text.rfind("\n", 0, end) + 1
    return (begin, end) if _SIGNED.search(text[begin:end]) else None
