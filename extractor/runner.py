"""Batch runs: stream inputs through the pipeline, write records, errors and tables."""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .export import tables, write_tables
from .extract import Extractor
from .inputs import InputDoc, InputError, iter_inputs
from .models import DocumentRecord
from .records import doc_to_record


@dataclass
class Summary:
    """Counts that reconcile: read = records + errors."""

    read: int = 0
    records: int = 0
    errors: int = 0


def run_batch(paths: list[Path], out: Path, *, batch_size: int = 32, n_process: int = 1,
              quiet: bool = False) -> Summary:
    """Process every input document; each ends as a record or an error line."""
    out.mkdir(parents=True, exist_ok=True)
    extractor = Extractor()
    summary = Summary()
    rec_tmp, err_tmp = out / "records.jsonl.tmp", out / "errors.jsonl.tmp"
    written: list[DocumentRecord] = []
    with open(rec_tmp, "w", encoding="utf-8") as rec_fh, open(err_tmp, "w", encoding="utf-8") as err_fh:

        def good() -> Iterator[tuple[object, tuple[str, str | None, str, str]]]:
            for item in iter_inputs(paths):
                summary.read += 1
                if isinstance(item, InputError):
                    summary.errors += 1
                    err_fh.write(json.dumps(item.model_dump(), ensure_ascii=False) + "\n")
                    continue
                yield extractor.make_doc(item.text, item.published), (item.doc_id, item.published, item.sha256,
                                                                     item.text)

        last = time.perf_counter()
        for doc, (doc_id, published, sha, text) in extractor.nlp.pipe(good(), as_tuples=True,
                                                                      batch_size=batch_size, n_process=n_process):
            rec = doc_to_record(doc, doc_id, sha256=sha, published=published, raw_text=text)
            rec_fh.write(json.dumps(rec.to_json_dict(), ensure_ascii=False) + "\n")
            written.append(rec)
            summary.records += 1
            if not quiet and time.perf_counter() - last > 5:
                last = time.perf_counter()
                print(f"... {summary.records} records", file=sys.stderr)
    os.replace(rec_tmp, out / "records.jsonl")
    os.replace(err_tmp, out / "errors.jsonl")
    from .registry import load_registry

    write_tables(tables(written, load_registry()), out)
    return summary
