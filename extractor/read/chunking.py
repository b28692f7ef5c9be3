"""Long texts in pieces: cut at paragraph, line, sentence or word boundaries; offsets shifted back.

spaCy refuses texts over ``nlp.max_length`` (1,000,000 characters) and its parser needs about 1 GB
per 100,000 characters; several extraction steps also grow faster than linearly with the length of
a document or sentence. Texts longer than :data:`CHUNK_CHARS` (five times the longest corpus
document) are therefore processed as pieces of at most that many characters, and each piece's
mentions and facts are moved back to offsets into the whole text.
"""

from __future__ import annotations

import re

from extractor.models import DocumentRecord

CHUNK_CHARS = 20_000
# Preferred cut points, best first: a blank line, a line break, a sentence end, any whitespace.
_BREAKS = (
    re.compile(r"\n[ \t\r\f\v]*\n\s*"),
    re.compile(r"\n\s*"),
    re.compile(r"[.!?\u3002\uff01\uff1f][\"'\u201d\u00bb)\]]*\s+"),
    re.compile(r"\s+"),
)


def split_text(text: str, max_chars: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """(start, end) pieces that cover ``text`` exactly, each at most ``max_chars`` long.

    A piece ends after the last paragraph break in the second half of its window, else the last
    line break, sentence end or whitespace there; a text without any is cut hard at ``max_chars``.
    """
    if max_chars < 2:
        raise ValueError("max_chars must be at least 2")
    pieces: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > max_chars:
        cut = _cut(text, start + max_chars // 2, start + max_chars)
        pieces.append((start, cut))
        start = cut
    pieces.append((start, n))
    return pieces


def _cut(text: str, lo: int, hi: int) -> int:
    """The end of the best break ending in ``(lo, hi]``, or ``hi``."""
    for pattern in _BREAKS:
        end = None
        for m in pattern.finditer(text, lo, hi):
            end = m.end()
        if end is not None and end > lo:
            return end
    return hi


def shift(record: DocumentRecord, offset: int) -> DocumentRecord:
    """The record with every mention and fact offset moved by ``offset`` characters."""
    if offset == 0:
        return record
    mentions = [
        m.model_copy(update={"start": m.start + offset, "end": m.end + offset}) for m in record.mentions
    ]
    facts = [
        f.model_copy(
            update={k: getattr(f, k) + offset for k in ("start", "end") if getattr(f, k) is not None}
        )
        for f in record.facts
    ]
    return record.model_copy(update={"mentions": mentions, "facts": facts})


def merge(parts: list[tuple[int, DocumentRecord]]) -> DocumentRecord:
    """One record from (offset, piece record) pairs in text order; id, hash and date from the first."""
    first = parts[0][1]
    shifted = [shift(rec, off) for off, rec in parts]
    return first.model_copy(
        update={
            "mentions": [m for r in shifted for m in r.mentions],
            "facts": [f for r in shifted for f in r.facts],
        }
    )
