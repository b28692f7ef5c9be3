"""Sentences read once per Doc from the token array: their starts, their spans, and the sentence of a span cut
to a bounded reach (split from ``lang/tokens.py``)."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span, Token

from extractor.lang.tokens import doc_cache

SENT_REACH = 200  # tokens: longer than any sentence of the corpora (170), far shorter than a runaway line


def sent_of(span: Span | Token, reach: int = SENT_REACH) -> Span:
    """``span.sent`` cut to at most ``reach`` tokens either side of ``span``: every rule that reads a
    mention's sentence does bounded work, even on a 200,000-character line without a sentence end (the
    sentence starts are read once per Doc; spaCy's ``span.sent`` walks the whole sentence each time); the same
    stretch is the same Span object for the rest of the Doc's stage, so callers must not change it."""
    doc = span.doc
    lo, hi = (span.i, span.i + 1) if isinstance(span, Token) else (span.start, span.end)
    starts = sentence_starts(doc)
    k = bisect_right(starts, lo) - 1
    sent_start, sent_end = starts[k], starts[k + 1] if k + 1 < len(starts) else len(doc)
    a, b = max(sent_start, lo - reach), min(sent_end, hi + reach)
    made = doc_cache(doc).setdefault("sent_spans", {})  # one Span per stretch: rules ask again and again
    found = made.get((a, b))
    if found is None:
        found = made[(a, b)] = Span(doc, a, b)  # = doc[a:b], without its checks
    return found


def sentence_starts(doc: Doc) -> list[int]:
    """The first token of every sentence, as ``[s.start for s in doc.sents]``, read once per Doc from the
    token array (``doc.sents`` makes a Token object for every token of the document each time it runs)."""
    cache = doc_cache(doc)
    starts = cache.get("sent_starts")
    if starts is None:
        flags = doc.to_array(SENT_START)
        starts = cache["sent_starts"] = (
            [0, *(numpy.flatnonzero(flags[1:] == 1) + 1).tolist()] if len(doc) else []
        )
    return starts  # type: ignore[return-value]


def sentences(doc: Doc) -> list[Span]:
    """``list(doc.sents)``, built from :func:`sentence_starts`."""
    starts = sentence_starts(doc)
    return [Span(doc, a, b) for a, b in zip(starts, [*starts[1:], len(doc)])]


_LONG_LINE = re.compile(r"^[^\n]{150,}$", re.M)
_SENTENCE_LINE = re.compile(r"^[^\n]{149,}[.!?\"'”»)][ \t]*$", re.M)


@lru_cache(maxsize=4)  # read for every agreement of the same document
def lead_paragraph(text: str) -> re.Match[str] | None:
    """The story's first real paragraph: a line of 150 characters or
    more that ends a sentence (a long headline, "Agreement on strategic cooperation signed between A and B",
    ends none), else the first line that long (an excerpt cut inside its lead)."""
    return _SENTENCE_LINE.search(text) or _LONG_LINE.search(text)
