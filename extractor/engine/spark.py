"""Spark engine: a DataFrame of (doc_id, text, published) mapped to records, one pipeline per executor
process.

The pipeline is never pickled or broadcast: :func:`extract_partition` is shipped by reference (the
``extractor`` package and the model package must be installed on the executors) and loads the pipeline lazily,
once per Python worker process, then runs the same batch engine as the local runner
(:func:`extractor.engine.stream.process_stream`) over the partition, so records are identical.

from extractor.engine.spark import records_dataframe out =
records_dataframe(spark.read.parquet("docs.parquet"))   # doc_id, record (JSON), error
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extractor.engine.extract import Extractor
from extractor.engine.stream import process_stream
from extractor.models import DocumentRecord
from extractor.output.corpus_keys import KeyMaps, org_group_key, org_map_from_counts
from extractor.output.key_join import block_keys, block_pairs
from extractor.output.person_groups import person_joins
from extractor.read.chunking import CHUNK_CHARS
from extractor.read.inputs import InputDoc, InputError, from_text
from extractor.read.provenance import provenance_line
from extractor.read.record_io import record_line

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

OUTPUT_SCHEMA = "doc_id string, record string, error string"
INPUT_SCHEMA = "doc_id string, text string, published string, path string, sha256 string"
WINDOW = 2000  # documents per Spark job when the CLI feeds local files to Spark

_EXTRACTOR: Extractor | None = None


def _extractor() -> Extractor:
    """The pipeline of this Python process, built on first use."""
    global _EXTRACTOR
    if _EXTRACTOR is None:
        _EXTRACTOR = Extractor()
    return _EXTRACTOR


def _record_line(rec: DocumentRecord) -> str:
    return record_line(rec).rstrip("\n")


def extract_partition(
    rows: Iterable[Any], *, batch_size: int = 32, chunk_chars: int = CHUNK_CHARS
) -> Iterator[tuple[str, str | None, str | None]]:
    """(doc_id, record JSON line, None) or (doc_id, None, reason) for each row, in order."""

    def items() -> Iterator[InputDoc | InputError]:
        for row in rows:
            data = row.asDict() if hasattr(row, "asDict") else dict(row)
            doc_id = data.get("doc_id")
            yield from_text(
                doc_id,
                data.get("text"),
                data.get("published"),
                data.get("path") or f"spark:{doc_id}",
                data.get("sha256"),
            )

    for outcome in process_stream(_extractor(), items(), batch_size=batch_size, chunk_chars=chunk_chars):
        if isinstance(outcome, InputError):
            yield outcome.doc_id, None, outcome.reason
        else:
            yield outcome.doc_id, _record_line(outcome), None


def records_dataframe(df: DataFrame, *, batch_size: int = 32, chunk_chars: int = CHUNK_CHARS) -> DataFrame:
    """Map a DataFrame with columns doc_id, text and optional published (and path, sha256) to
    a DataFrame (doc_id, record, error): ``record`` is the records.jsonl line, ``error`` the reason."""
    wanted = [c for c in ("doc_id", "text", "published", "path", "sha256") if c in df.columns]
    fn = functools.partial(extract_partition, batch_size=batch_size, chunk_chars=chunk_chars)
    return df.select(*wanted).rdd.mapPartitions(fn).toDF(OUTPUT_SCHEMA)


def session(master: str | None = None) -> SparkSession:
    """The active Spark session, or a new one (for a local master, Python workers use this interpreter)."""
    from pyspark.sql import SparkSession

    if master is None or master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("extractor").config("spark.ui.showConsoleProgress", "false")
    if master:
        builder = builder.master(master)
    return builder.getOrCreate()


@contextmanager
def session_scope(master: str | None = None) -> Iterator[SparkSession]:
    """The active session, or a new one that is stopped on exit."""
    from pyspark.sql import SparkSession

    ours = SparkSession.getActiveSession() is None
    spark = session(master)
    try:
        yield spark
    finally:
        if ours:
            spark.stop()


def spark_stream(
    items: Iterable[InputDoc | InputError],
    spark: SparkSession,
    *,
    batch_size: int = 32,
    chunk_chars: int = CHUNK_CHARS,
    window: int = WINDOW,
) -> Iterator[InputError | str]:
    """The CLI's Spark engine: input errors pass through; documents go to Spark ``window`` at a time.

    Yields error lines and records.jsonl lines (with newline) in input order."""
    yield from _windows(spark, iter(items), batch_size, chunk_chars, window)


def _windows(
    spark: SparkSession, it: Iterator[InputDoc | InputError], batch_size: int, chunk_chars: int, window: int
) -> Iterator[InputError | str]:
    parallelism = max(1, spark.sparkContext.defaultParallelism)
    while chunk := list(islice(it, window)):
        docs = [(d.doc_id, d.text, d.published, d.path, d.sha256) for d in chunk if isinstance(d, InputDoc)]
        rows = (
            records_dataframe(
                _ordered(spark, docs, parallelism), batch_size=batch_size, chunk_chars=chunk_chars
            ).collect()
            if docs
            else []
        )
        results = iter(rows)
        for item in chunk:
            if isinstance(item, InputError):
                yield item
                continue
            doc_id, line, error = next(results)
            yield (
                InputError(doc_id=doc_id, path=item.path, reason=error)
                if line is None
                else provenance_line(line, item) + "\n"
            )


def _ordered(spark: SparkSession, rows: list[tuple], parallelism: int) -> DataFrame:
    """A DataFrame of ``rows`` in contiguous slices, so ``collect()`` returns them in order."""
    rdd = spark.sparkContext.parallelize(rows, min(parallelism, len(rows)))
    return spark.createDataFrame(rdd, INPUT_SCHEMA)


MENTIONS_SCHEMA = "mentions array<struct<label:string, norm:string>>"


def spark_key_maps(spark: SparkSession, records: str | Path | DataFrame) -> KeyMaps:
    """The corpus-level key join done by Spark, from records.jsonl lines (a path, or a DataFrame
    whose one string column holds them, such as ``records_dataframe(...).select("record")``).

    Distinct PERSON keys are grouped by block (:func:`corpus_keys.block_keys`) and compared within
    each block on the executors; distinct ORG keys are counted and grouped by their squashed form.
    The driver receives only the joined pairs and the changed ORG keys, and builds the same maps
    as the local engine."""
    from pyspark.sql import functions as F

    df = spark.read.text(str(records)) if isinstance(records, (str, Path)) else records
    mentions = (
        df.select(F.from_json(df.columns[0], MENTIONS_SCHEMA).alias("r"))
        .select(F.explode("r.mentions").alias("m"))
        .select("m.label", "m.norm")
        .where("norm IS NOT NULL AND norm != ''")
    )
    pairs = (
        mentions.where("label = 'PERSON'")
        .select("norm")
        .distinct()
        .rdd.flatMap(_blocked)
        .groupByKey()
        .flatMap(_joined_pairs)
        .distinct()
        .collect()
    )
    org_changes = (
        mentions.where("label = 'ORG'")
        .groupBy("norm")
        .count()
        .rdd.map(lambda row: (org_group_key(row[0]), (row[0], row[1])))
        .groupByKey()
        .flatMap(lambda kv: _org_changes(dict(kv[1])))
        .collect()
    )
    people, kept = person_joins(pairs)
    return KeyMaps(people, dict(org_changes), kept)


def _org_changes(counts: dict[str, int]) -> list[tuple[str, str]]:
    return [(k, v) for k, v in org_map_from_counts(counts).items() if k != v]


def _blocked(row: Any) -> list[tuple[str, tuple[str, str, bool]]]:
    """(block id, (shared token, key, full)) for each block of one distinct PERSON key."""
    return [(f"{shared} {seq}", (shared, row[0], full)) for shared, seq, full in block_keys(row[0])]


def _joined_pairs(block: tuple[str, Iterable[tuple[str, str, bool]]]) -> Iterator[tuple[str, str]]:
    members = sorted(block[1])
    fulls = [k for _, k, full in members if full]
    return block_pairs(members[0][0], fulls, [k for _, k, full in members if not full])
