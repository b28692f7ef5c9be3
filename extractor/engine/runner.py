"""Batch runs: stream inputs through an engine, append records and errors, then write the tables.

``OUT/records.jsonl`` and ``OUT/errors.jsonl`` only ever receive whole lines (one write per line,
flushed), so an interrupted run leaves complete lines that ``resume=True`` continues from; the CSV
tables are rebuilt at the end by streaming ``records.jsonl`` back, each through a temp file and a
rename. Nothing holds the whole corpus in memory.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from extractor.engine.extract import Extractor
from extractor.engine.resume import _END, _append, recover
from extractor.engine.signals import interruptible
from extractor.engine.stream import ZONE_SIZE, process_stream, text_states_date
from extractor.models import DocumentRecord
from extractor.output.analyst import AnalystWriter
from extractor.output.corpus_keys import KeyCollector, KeyMaps, rewrite_jsonl
from extractor.output.memory import no_gc
from extractor.output.outdir import claim, clear_previous, provenance, write_manifest
from extractor.output.tablewriter import TableWriter, write_key_joins
from extractor.read.chunking import CHUNK_CHARS
from extractor.read.inputs import InputDoc, InputError, iter_inputs
from extractor.read.provenance import clear_page_texts, keep_page_texts
from extractor.read.record_io import record_line

ENGINES = ("local", "spark")
T = TypeVar("T")


@dataclass
class Summary:
    """Counts that reconcile: read = records + errors (records include ``resumed`` ones)."""

    read: int = 0
    records: int = 0
    errors: int = 0
    resumed: int = 0
    seconds: dict[str, float] = field(default_factory=dict)  # wall time per stage (pipeline includes reading)


@dataclass(frozen=True)
class RunOptions:
    """How a batch run processes its documents (the manifest records the first four)."""

    batch_size: int
    n_process: int
    resume: bool
    engine: str
    master: str | None
    zone_size: int
    chunk_chars: int

    def manifest(self) -> dict[str, Any]:
        """The options a run's manifest names."""
        return {
            "engine": self.engine,
            "batch_size": self.batch_size,
            "n_process": self.n_process,
            "resume": self.resume,
        }


def run_batch(
    paths: list[Path],
    out: Path,
    *,
    batch_size: int = 32,
    n_process: int = 1,
    resume: bool = False,
    engine: str = "local",
    master: str | None = None,
    extractor: Extractor | None = None,
    on_done: Callable[[int], None] | None = None,
    zone_size: int = ZONE_SIZE,
    chunk_chars: int = CHUNK_CHARS,
    time_limit: float | None = None,
) -> Summary:
    """Process every input document; each ends as a line of records.jsonl or errors.jsonl.

    ``on_done(n)`` is called with the number of documents finished so far (for progress display).
    With ``resume`` the documents already in ``out/records.jsonl`` are skipped and new ones appended.
    Then the corpus-level keys are joined and applied, and the tables written, in one pass.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})")
    opts = RunOptions(batch_size, n_process, resume, engine, master, zone_size, chunk_chars)
    started = time.strftime("%Y-%m-%dT%H:%M:%S")
    summary = Summary()
    with claim(out), interruptible():
        clear_previous(out)
        if engine == "local":
            extractor = extractor or Extractor()
            if time_limit is not None:
                extractor.set_time_limit(time_limit)
        _run(paths, out, summary, opts, extractor, on_done)
        _manifest(out, summary, paths, opts.manifest(), started)
    return summary


def _manifest(out: Path, summary: Summary, paths: list[Path], options: dict, started: str) -> None:
    """The run's manifest: versions and pattern hash, times, inputs, options, counts, seconds per stage."""
    counts = {
        "read": summary.read,
        "records": summary.records,
        "errors": summary.errors,
        "resumed": summary.resumed,
    }
    write_manifest(
        out,
        {
            **provenance(),
            "started": started,
            "finished": time.strftime("%Y-%m-%dT%H:%M:%S"),
            "inputs": [str(p) for p in paths],
            "options": options,
            "counts": counts,
            "seconds": {k: round(v, 3) for k, v in summary.seconds.items()},
        },
    )


def _run(
    paths: list[Path],
    out: Path,
    summary: Summary,
    opts: RunOptions,
    extractor: Extractor | None,
    on_done: Callable[[int], None] | None,
) -> None:
    """Records and errors, then the corpus-level keys and the tables."""
    rec_path = out / "records.jsonl"
    keys = KeyCollector()
    done = recover(rec_path, keys.add_dict) if opts.resume else set()
    if not opts.resume:
        clear_page_texts(out)
    inputs = iter_inputs(paths, text_date=text_states_date)
    items = _fresh_ids(_timed_iter(summary, "read", inputs), done, summary, on_done or (lambda n: None))
    items = keep_page_texts(out, items)  # OUT/texts/<doc_id>.txt: the text a web page's offsets index
    if opts.engine == "spark":
        maps = _spark_run(items, out, summary, keys, opts, on_done)
    else:
        outcomes = process_stream(
            extractor or Extractor(),
            items,
            batch_size=opts.batch_size,
            n_process=opts.n_process,
            zone_size=opts.zone_size,
            chunk_chars=opts.chunk_chars,
        )
        _write(outcomes, out, opts.resume, summary, on_done, keys)
        maps = timed(summary, "key_join", keys.maps)
    timed(summary, "tables", finish, rec_path, maps, out)
    summary.seconds["pipeline"] -= summary.seconds.get("read", 0.0)  # the pipeline pulls the inputs


def _spark_run(
    items: Iterator[InputDoc | InputError],
    out: Path,
    summary: Summary,
    keys: KeyCollector,
    opts: RunOptions,
    on_done: Callable[[int], None] | None,
) -> Any:
    """Records through the Spark engine; the corpus-wide key join done by Spark; returns the key maps."""
    from extractor.engine.spark import session_scope, spark_key_maps, spark_stream

    with session_scope(opts.master) as spark:
        stream = spark_stream(items, spark, batch_size=opts.batch_size, chunk_chars=opts.chunk_chars)
        _write(stream, out, opts.resume, summary, on_done, keys)
        return timed(summary, "key_join", spark_key_maps, spark, out / "records.jsonl")


def _timed_iter(summary: Summary, stage: str, it: Iterable[Any]) -> Iterator[Any]:
    """Yield from ``it``, adding the time spent producing each item to ``summary.seconds[stage]``."""
    it = iter(it)
    while True:
        t0 = time.perf_counter()
        item = next(it, _END)
        summary.seconds[stage] = summary.seconds.get(stage, 0.0) + time.perf_counter() - t0
        if item is _END:
            return
        yield item


def timed(summary: Summary, stage: str, fn: Callable[..., T], *args: Any) -> T:
    """Call ``fn(*args)`` and add its seconds to ``summary.seconds[stage]``."""
    t0 = time.perf_counter()
    try:
        return fn(*args)
    finally:
        summary.seconds[stage] = summary.seconds.get(stage, 0.0) + time.perf_counter() - t0


def _write(
    outcomes: Iterable[DocumentRecord | InputError | str],
    out: Path,
    resume: bool,
    summary: Summary,
    on_done: Callable[[int], None] | None,
    keys: KeyCollector,
) -> None:
    """Append each outcome as a whole line to records.jsonl or errors.jsonl, collecting the record keys."""
    progress = on_done or (lambda n: None)
    with (
        open(out / "records.jsonl", "ab" if resume else "wb", buffering=0) as rec_fh,
        open(out / "errors.jsonl", "wb", buffering=0) as err_fh,
    ):
        it = iter(outcomes)
        while (outcome := timed(summary, "pipeline", next, it, None)) is not None:
            t0 = time.perf_counter()
            if isinstance(outcome, InputError):
                _append(err_fh, json.dumps(outcome.model_dump(), ensure_ascii=False) + "\n")
                summary.errors += 1
            else:
                if isinstance(outcome, DocumentRecord):
                    keys.add_record(outcome)
                _append(rec_fh, outcome if isinstance(outcome, str) else record_line(outcome))
                summary.records += 1
            summary.seconds["records"] = summary.seconds.get("records", 0.0) + time.perf_counter() - t0
            progress(summary.records + summary.errors)
        os.fsync(rec_fh.fileno())
        os.fsync(err_fh.fileno())


def finish(rec_path: Path, maps: KeyMaps, out: Path) -> None:
    """Apply the corpus-level keys to records.jsonl and write the five tables and the analyst outputs
    (SQLite, Parquet, GraphML), in one pass."""
    from extractor.lang.registry import load_registry

    registry = load_registry()
    writers = (TableWriter(out, registry), AnalystWriter(out, registry))

    def add(rec: dict) -> None:
        record = DocumentRecord.model_validate(rec)
        for writer in writers:
            writer.add(record)

    try:
        with no_gc():  # the writers' counts only grow
            rewrite_jsonl(rec_path, maps, add)  # our lines
        for writer in writers:
            writer.close()
        write_key_joins(out, maps.people, maps.orgs, maps.kept_people)
    except BaseException:
        for writer in writers:
            writer.abort()  # no temp file is left, whichever writer failed
        raise


def _fresh_ids(
    items: Iterable[InputDoc | InputError], done: set[str], summary: Summary, on_done: Callable[[int], None]
) -> Iterator[InputDoc | InputError]:
    """Skip documents already in records.jsonl; a doc_id seen before in this run becomes an error.

    Only the ids are kept (tens of bytes per document), so that every record's doc_id is unique."""
    seen: set[str] = set()
    for item in items:
        summary.read += 1
        if isinstance(item, InputDoc):
            if item.doc_id in seen:
                item = InputError(
                    doc_id=item.doc_id,
                    path=item.path,
                    reason="duplicate doc_id (an earlier input has the same id)",
                )
            else:
                seen.add(item.doc_id)
                if item.doc_id in done:
                    summary.records += 1
                    summary.resumed += 1
                    on_done(summary.records + summary.errors)
                    continue
        yield item
