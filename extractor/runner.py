"""Batch runs: stream inputs through an engine, append records and errors, then write the tables.

``OUT/records.jsonl`` and ``OUT/errors.jsonl`` only ever receive whole lines (one write per line,
flushed), so an interrupted run leaves complete lines that ``resume=True`` continues from; the CSV
tables are rebuilt at the end by streaming ``records.jsonl`` back, each through a temp file and a
rename. Nothing holds the whole corpus in memory.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .chunking import CHUNK_CHARS
from .extract import Extractor
from .inputs import InputDoc, InputError, iter_inputs
from .io import iter_jsonl
from .models import DocumentRecord
from .stream import ZONE_SIZE, process_stream
from .tablewriter import write_tables_streaming

ENGINES = ("local", "spark")


class ResumeError(ValueError):
    """OUT/records.jsonl cannot be continued (a line in the middle is not a record)."""


@dataclass
class Summary:
    """Counts that reconcile: read = records + errors (records include ``resumed`` ones)."""

    read: int = 0
    records: int = 0
    errors: int = 0
    resumed: int = 0


def record_line(rec: DocumentRecord) -> str:
    """The one serialisation of a record as a records.jsonl line (used by every engine)."""
    return json.dumps(rec.to_json_dict(), ensure_ascii=False) + "\n"


def _append(fh: BinaryIO, line: str) -> None:
    """Write a whole line with unbuffered writes (a short write is continued, never left half)."""
    data = memoryview(line.encode("utf-8"))
    while data:
        data = data[fh.write(data) or 0:]


def recover(path: Path) -> set[str]:
    """doc_ids of the complete records in ``path``; a partial last line (a killed run) is cut off."""
    if not path.exists():
        return set()
    with open(path, "rb+") as fh:
        end = fh.seek(0, os.SEEK_END)
        pos, keep = end, 0
        while pos > 0:
            step = min(pos, 1 << 16)
            fh.seek(pos - step)
            block = fh.read(step)
            if (nl := block.rfind(b"\n")) >= 0:
                keep = pos - step + nl + 1
                break
            pos -= step
        if keep < end:
            fh.truncate(keep)
    done: set[str] = set()
    with open(path, "rb") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                done.add(str(json.loads(line)["doc_id"]))
            except (ValueError, KeyError, TypeError) as err:
                raise ResumeError(f"{path}:{lineno}: cannot resume, not a record line ({err})") from None
    return done


def _fresh_ids(items: Iterable[InputDoc | InputError], done: set[str],
               summary: Summary, on_done: Callable[[int], None]) -> Iterator[InputDoc | InputError]:
    """Skip documents already in records.jsonl; a doc_id seen before in this run becomes an error.

    Only the ids are kept (tens of bytes per document), so that every record's doc_id is unique."""
    seen: set[str] = set()
    for item in items:
        summary.read += 1
        if isinstance(item, InputDoc):
            if item.doc_id in seen:
                item = InputError(doc_id=item.doc_id, path=item.path,
                                  reason="duplicate doc_id (an earlier input has the same id)")
            else:
                seen.add(item.doc_id)
                if item.doc_id in done:
                    summary.records += 1
                    summary.resumed += 1
                    on_done(summary.records + summary.errors)
                    continue
        yield item


def run_batch(paths: list[Path], out: Path, *, batch_size: int = 32, n_process: int = 1, resume: bool = False,
              engine: str = "local", master: str | None = None, extractor: Extractor | None = None,
              on_done: Callable[[int], None] | None = None, zone_size: int = ZONE_SIZE,
              chunk_chars: int = CHUNK_CHARS) -> Summary:
    """Process every input document; each ends as a line of records.jsonl or errors.jsonl.

    ``on_done(n)`` is called with the number of documents finished so far (for progress display).
    With ``resume`` the documents already in ``out/records.jsonl`` are skipped and new ones appended.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})")
    out.mkdir(parents=True, exist_ok=True)
    rec_path, err_path = out / "records.jsonl", out / "errors.jsonl"
    done = recover(rec_path) if resume else set()
    progress = on_done or (lambda n: None)
    summary = Summary()
    with open(rec_path, "ab" if resume else "wb", buffering=0) as rec_fh, \
            open(err_path, "wb", buffering=0) as err_fh:
        items = _fresh_ids(iter_inputs(paths), done, summary, progress)
        if engine == "spark":
            from .spark import spark_stream

            outcomes: Iterator[DocumentRecord | InputError | str] = spark_stream(
                items, master=master, batch_size=batch_size, chunk_chars=chunk_chars)
        else:
            outcomes = process_stream(extractor or Extractor(), items, batch_size=batch_size, n_process=n_process,
                                      zone_size=zone_size, chunk_chars=chunk_chars)
        for outcome in outcomes:
            if isinstance(outcome, InputError):
                _append(err_fh, json.dumps(outcome.model_dump(), ensure_ascii=False) + "\n")
                summary.errors += 1
            else:
                _append(rec_fh, outcome if isinstance(outcome, str) else record_line(outcome))
                summary.records += 1
            progress(summary.records + summary.errors)
        os.fsync(rec_fh.fileno())
        os.fsync(err_fh.fileno())
    from .corpus_keys import unify_jsonl
    from .registry import load_registry

    unify_jsonl(rec_path)
    write_tables_streaming(iter_jsonl(rec_path), out, load_registry())
    return summary
