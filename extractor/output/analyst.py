"""The analyst outputs of a run, in one pass over its records: SQLite, Parquet and GraphML.

    write_analyst_outputs(Path("out"))   # out/extractor.sqlite, out/parquet/*.parquet, out/network.graphml

The records are streamed (by default from ``OUT/records.jsonl``, after the run's key join); rows are
held in chunks of :data:`CHUNK_ROWS` per table, so memory grows only with the organisation and network
counts, as for the CSV tables. Each output appears only when complete; on failure none is replaced.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from pathlib import Path

from extractor.lang.registry import OrgRegistry, load_registry
from extractor.models import DocumentRecord
from extractor.output.analyst_rows import AnalystRows, TableSpec, table_specs
from extractor.output.database import DATABASE, SqliteSink
from extractor.output.graph import GRAPHML, NetworkGraph
from extractor.output.parquet import PARQUET_DIR, ParquetSink
from extractor.read.record_io import iter_jsonl

CHUNK_ROWS = 20_000
ANALYST_OUTPUTS = (DATABASE, PARQUET_DIR, GRAPHML)  # files and the folder, under OUT


class _Chunks:
    """Rows per table, handed to the sinks every ``size`` rows and at :meth:`flush`."""

    def __init__(self, specs: dict[str, TableSpec], sinks: list, size: int):
        self.specs, self.sinks, self.size = specs, sinks, size
        self.rows: dict[str, list[list[object]]] = {name: [] for name in specs}

    def add(self, name: str, row: list[object]) -> None:
        """Queue one row of table ``name`` (its values coerced to the column types)."""
        self.rows[name].append(self.specs[name].coerce(row))
        if len(self.rows[name]) >= self.size:
            self._hand(name)

    def _hand(self, name: str) -> None:
        for sink in self.sinks:
            sink.write(self.specs[name], self.rows[name])
        self.rows[name] = []

    def flush(self) -> None:
        """Hand over every queued row."""
        for name in self.rows:
            self._hand(name)


class AnalystWriter:
    """Add records one by one with :meth:`add`; :meth:`close` writes the aggregate rows and the files.

    The push form of :func:`write_analyst_outputs`, for a caller that already streams the records (as
    ``tablewriter.TableWriter`` does); on an exception call :meth:`abort`, which leaves no temp file.
    """

    def __init__(self, out: Path, registry: OrgRegistry | None = None, chunk_rows: int = CHUNK_ROWS):
        out.mkdir(parents=True, exist_ok=True)
        self.out = out
        self.rows = AnalystRows(registry if registry is not None else load_registry())
        self.specs = {spec.name: spec for spec in table_specs()}
        self.sinks: list = []
        try:
            self.sinks.append(SqliteSink(out, self.specs.values()))
            self.sinks.append(ParquetSink(out, self.specs.values()))
        except BaseException:
            self.abort()
            raise
        self.chunks = _Chunks(self.specs, self.sinks, chunk_rows)
        self.graph = NetworkGraph()

    def add(self, rec: DocumentRecord) -> None:
        """Queue the rows of one record (its document row, mentions, facts, parties and signatories)."""
        for name, row in self.rows.document(rec):
            self.chunks.add(name, row)

    def close(self) -> list[Path]:
        """Write the organisation and network rows, then the database, Parquet files and GraphML."""
        try:
            for name, row in self.rows.aggregates():
                self.chunks.add(name, row)
                self.graph.add(self.specs[name], self.specs[name].coerce(row))
            self.chunks.flush()
        except BaseException:
            self.abort()
            raise
        database, parquet = self.sinks[0].close(), self.sinks[1].close()
        return [database, *parquet, self.graph.write(self.out / GRAPHML)]

    def abort(self) -> None:
        """Delete the temporary files; outputs of an earlier run stay as they were."""
        for sink in self.sinks:
            sink.abort()


def write_analyst_outputs(
    out: Path,
    records: Iterable[DocumentRecord] | None = None,
    registry: OrgRegistry | None = None,
    chunk_rows: int = CHUNK_ROWS,
) -> list[Path]:
    """Write ``OUT/extractor.sqlite``, ``OUT/parquet/<table>.parquet`` and ``OUT/network.graphml``.

    ``records`` defaults to ``OUT/records.jsonl`` streamed; ``registry`` to the bundled one (the
    organisations' country, type and registry entry). Returns the paths written, database first.
    """
    writer = AnalystWriter(out, registry, chunk_rows)
    try:
        for rec in iter_jsonl(out / "records.jsonl") if records is None else records:
            writer.add(rec)
    except BaseException:
        writer.abort()
        raise
    return writer.close()


def clear_analyst_outputs(out: Path) -> None:
    """Remove a previous run's analyst outputs (as ``outdir.clear_previous`` does for the tables)."""
    for name in ANALYST_OUTPUTS:
        path = out / name
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)
