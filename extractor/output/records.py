"""The one converter from a processed Doc to a DocumentRecord."""

from __future__ import annotations

import hashlib

from spacy.tokens import Doc

from extractor.models import Discard, DocumentRecord, Mention


def text_sha256(text: str) -> str:
    """SHA-256 of the text's UTF-8 bytes (equal to the file's when the file was decoded as is)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def doc_to_record(
    doc: Doc,
    doc_id: str,
    *,
    sha256: str | None = None,
    published: str | None = None,
    raw_text: str | None = None,
) -> DocumentRecord:
    """Mentions from ``doc.ents`` (norm in ``kb_id_``, source in ``id_``), facts, publication date, and the
    discarded candidates with the rule that rejected each (``doc.spans["discarded"]``).

    ``raw_text`` is the text as read, when the Doc was made from a same-length cleaned copy of it."""
    raw = raw_text if raw_text is not None else doc.text
    mentions = [
        Mention(
            start=e.start_char,
            end=e.end_char,
            label=e.label_,
            text=raw[e.start_char : e.end_char],
            norm=e.kb_id_ or None,
            source=e.id_ or None,
        )
        for e in doc.ents
    ]
    return DocumentRecord(
        doc_id=doc_id,
        text_sha256=sha256 or text_sha256(raw),
        published=published or doc._.published,
        mentions=mentions,
        facts=[_with_evidence(f, raw) for f in doc._.facts or []],
        discarded=_discards(doc, raw),
    )


def _discards(doc: Doc, raw: str) -> list[Discard]:
    """The rejected candidates of ``doc.spans["discarded"]``: the proposer in ``id_``, the rejecting rule in
    ``kb_id_``."""
    return [
        Discard(
            start=s.start_char,
            end=s.end_char,
            label=s.label_,
            text=raw[s.start_char : s.end_char],
            source=s.id_ or None,
            rule=s.kb_id_,
        )
        for s in doc.spans.get("discarded", [])
    ]


def _with_evidence(fact: dict, raw: str) -> dict:
    """A fact whose evidence is exactly ``raw[start:end]``: the sentence as read (not its cleaned copy),
    its offsets moved in past surrounding whitespace."""
    start, end = fact.get("start"), fact.get("end")
    if start is None or end is None:
        return fact
    while start < end and raw[start].isspace():
        start += 1
    while end > start and raw[end - 1].isspace():
        end -= 1
    return {**fact, "start": start, "end": end, "evidence": raw[start:end]}
