"""``OUT/parquet/<table>.parquet``: the analyst tables as Parquet files (pyarrow), for pandas, Spark, DuckDB.

One file per table of ``analyst_rows.table_specs``, with the same columns and rows as the SQLite
database (integers as int64, the rest as UTF-8 strings, NULL for none), written one row group per chunk
of rows. The files carry no time stamp, so the same rows give the same bytes. They are written into
``OUT/.parquet.partial/`` and the folder replaces ``OUT/parquet/`` when all are complete::

    sink = ParquetSink(out, table_specs())
    sink.write(spec, rows)
    paths = sink.close()
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from extractor.output.analyst_rows import TableSpec

PARQUET_DIR = "parquet"
_PARTIAL = ".parquet.partial"


def arrow_schema(spec: TableSpec) -> pa.Schema:
    """The table's columns as an Arrow schema: ``int`` columns as int64, the others as strings."""
    return pa.schema([(c, pa.int64() if t is int else pa.string()) for c, t in spec.types().items()])


class ParquetSink:
    """One open Parquet writer per table in a temporary folder; :meth:`close` puts the folder in place."""

    def __init__(self, out: Path, specs: Iterable[TableSpec]):
        self.final = out / PARQUET_DIR
        self.tmp = out / _PARTIAL
        shutil.rmtree(self.tmp, ignore_errors=True)
        self.tmp.mkdir(parents=True)
        self.schemas = {spec.name: arrow_schema(spec) for spec in specs}
        self.writers = {
            name: pq.ParquetWriter(self.tmp / f"{name}.parquet", schema, compression="zstd")
            for name, schema in self.schemas.items()
        }

    def write(self, spec: TableSpec, rows: list[list[object]]) -> None:
        """Append the rows (values in the order of ``spec.columns``) as one row group."""
        if not rows:
            return
        schema = self.schemas[spec.name]
        columns = [pa.array(values, type=field.type) for values, field in zip(zip(*rows), schema)]
        self.writers[spec.name].write_table(pa.Table.from_arrays(columns, schema=schema))

    def close(self) -> list[Path]:
        """Close every file and replace ``OUT/parquet/`` with the new folder; returns the file paths."""
        try:
            for writer in self.writers.values():
                writer.close()
            shutil.rmtree(self.final, ignore_errors=True)
            os.replace(self.tmp, self.final)
        except BaseException:
            self.abort()
            raise
        return [self.final / f"{name}.parquet" for name in self.writers]

    def abort(self) -> None:
        """Close the writers and delete the temporary folder; an existing ``OUT/parquet/`` stays."""
        for writer in self.writers.values():
            writer.close()
        shutil.rmtree(self.tmp, ignore_errors=True)
