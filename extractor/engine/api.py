"""The Python API for a batch: the records ``extractor run`` writes, in memory, and their tables.

    from extractor import Extractor, extract_records, tables
    batch = extract_records(Extractor(), [("text ...", "doc1", None), ...])   # join_keys=True by default
    batch.records                 # list[DocumentRecord], as records.jsonl holds them
    batch.errors                  # list[InputError]: documents that could not be processed, and why
    frames = tables(batch.records)  # dict of pandas DataFrames: mentions, roles, agreements, ...

The documents go through the same engine as the command line (long texts in pieces, the same checks of
each input), and with ``join_keys`` the same cross-document join of person and organisation keys is
applied, so the records equal the CLI's on the same inputs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from extractor.engine.extract import Extractor
from extractor.engine.stream import process_stream
from extractor.models import DocumentRecord
from extractor.output.corpus_keys import KeyCollector, apply
from extractor.read.inputs import InputError, from_text


@dataclass
class Batch:
    """The records of a batch, in input order, and the documents that failed."""

    records: list[DocumentRecord] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)


def extract_records(
    extractor: Extractor,
    items: Iterable[tuple[str, str, str | None]],
    *,
    join_keys: bool = True,
    batch_size: int = 32,
) -> Batch:
    """Process (text, doc_id, published) triples as ``extractor run`` does; with ``join_keys`` the spelling
    variants of one person or organisation across the documents share one key, as in ``records.jsonl``."""
    docs = (from_text(doc_id, text, published, path=f"<{doc_id}>") for text, doc_id, published in items)
    batch = Batch()
    for outcome in process_stream(extractor, docs, batch_size=batch_size):
        if isinstance(outcome, DocumentRecord):
            batch.records.append(outcome)
        else:
            batch.errors.append(outcome)
    if join_keys and batch.records:
        keys = KeyCollector()
        for rec in batch.records:
            keys.add_record(rec)
        maps = keys.maps()
        batch.records = [apply(rec, maps.people, maps.orgs) for rec in batch.records]
    return batch
