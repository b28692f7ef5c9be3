"""The one converter from a processed Doc to a DocumentRecord."""

from __future__ import annotations

import hashlib

from spacy.tokens import Doc

from .models import DocumentRecord, Mention


def text_sha256(text: str) -> str:
    """SHA-256 of the text's UTF-8 bytes (equal to the file's when the file was decoded as is)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def doc_to_record(doc: Doc, doc_id: str, *, sha256: str | None = None, published: str | None = None,
                  raw_text: str | None = None) -> DocumentRecord:
    """Mentions from ``doc.ents`` (norm in ``kb_id_``, source in ``id_``), facts and publication date.

    ``raw_text`` is the text as read, when the Doc was made from a same-length cleaned copy of it."""
    raw = raw_text if raw_text is not None else doc.text
    mentions = [Mention(start=e.start_char, end=e.end_char, label=e.label_, text=raw[e.start_char:e.end_char],
                        norm=e.kb_id_ or None, source=e.id_ or None) for e in doc.ents]
    return DocumentRecord(doc_id=doc_id, text_sha256=sha256 or text_sha256(raw),
                          published=published or doc._.published, mentions=mentions,
                          facts=doc._.facts or [])
