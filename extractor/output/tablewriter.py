"""The CSV tables written from a stream of records, without holding the records in memory.

Per-document rows (mentions, roles, agreements) go straight to disk; only the per-organisation and
per-party-pair counts are kept; the rows come from ``export.TableRows``, as the DataFrames of
``export.tables`` do. UTF-8 with BOM, formulas neutralised; the files appear only when complete (temp
file, then rename).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from extractor.lang.registry import OrgRegistry
from extractor.models import DocumentRecord
from extractor.output.export import COLUMNS, TableRows, csv_writer, safe_cell
from extractor.output.person_groups import AMBIGUOUS_RULE, Ambiguous

AGGREGATE_TABLES = ("organisations", "network", "agreement_events")  # written when every record is in


def _cell(value: object) -> object:
    return "" if value is None else safe_cell(value)


class TableWriter:
    """Add records one by one with :meth:`add`; :meth:`close` writes the aggregate tables and renames."""

    def __init__(self, out_dir: Path, registry: OrgRegistry | None = None):
        self.out_dir, self.registry = out_dir, registry
        out_dir.mkdir(parents=True, exist_ok=True)
        self._tmp = {name: out_dir / f".{name}.csv.tmp" for name in COLUMNS}
        self._fh: dict[str, IO[str]] = {}
        self._rows: dict[str, Any] = {}  # csv writers
        for name in COLUMNS:
            if name not in AGGREGATE_TABLES:
                self._open(name)
        self.rows = TableRows(registry)

    def _open(self, name: str) -> None:
        # closed in close() or abort()
        fh = open(self._tmp[name], "w", encoding="utf-8-sig", newline="")  # noqa: SIM115
        writer = csv_writer(fh)  # rows end in "\n"; a cell holding CR or LF is quoted
        writer.writerow(COLUMNS[name])
        self._fh[name], self._rows[name] = fh, writer

    def _write(self, name: str, *values: object) -> None:
        """One row, the values in the order of ``export.COLUMNS[name]``."""
        self._rows[name].writerow([_cell(v) for v in values])

    def add(self, rec: DocumentRecord) -> None:
        """Write the record's mention, role and agreement rows; count its organisations and parties."""
        for name, row in self.rows.document_rows(rec):
            self._write(name, *row)

    def close(self) -> list[Path]:
        """Write the aggregate tables, then move all the files into place; returns their paths."""
        try:
            for name in AGGREGATE_TABLES:
                self._open(name)
            for name, row in self.rows.aggregate_rows():
                self._write(name, *row)
            for fh in self._fh.values():
                fh.flush()
                os.fsync(fh.fileno())
                fh.close()
            paths = []
            for name, tmp in self._tmp.items():
                os.replace(tmp, self.out_dir / f"{name}.csv")
                paths.append(self.out_dir / f"{name}.csv")
            return paths
        except BaseException:
            self.abort()
            raise

    def abort(self) -> None:
        """Close and delete the temporary files; existing tables stay as they were."""
        for fh in self._fh.values():
            fh.close()
        for tmp in self._tmp.values():
            tmp.unlink(missing_ok=True)


def write_tables_streaming(
    records: Iterable[DocumentRecord], out_dir: Path, registry: OrgRegistry | None = None
) -> list[Path]:
    """All five tables from a record stream (e.g. ``io.iter_jsonl``), in constant memory per document."""
    writer = TableWriter(out_dir, registry)
    try:
        for rec in records:
            writer.add(rec)
    except BaseException:
        writer.abort()
        raise
    return writer.close()


KEY_JOINS = "key_joins.csv"
KEY_JOIN_COLUMNS = ["label", "key", "joined_to", "rule", "fits"]


def write_key_joins(
    out_dir: Path, people: dict[str, str], orgs: dict[str, str], kept_people: Ambiguous
) -> Path:
    """``OUT/key_joins.csv``: every key the corpus-wide join replaced, with the key it joined and the rule
    (``key.join.person_variant``: a spelling or transliteration variant of one person's name;
    ``key.join.org_variant``: an organisation key differing only in case or punctuation); and every PERSON
    key it kept apart because two people fit it (``key.keep.fits_two_people``, the two in ``fits``, joined
    by " | "). Written through a temp file and a rename."""
    path, tmp = out_dir / KEY_JOINS, out_dir / f".{KEY_JOINS}.tmp"
    rows = [("PERSON", k, v, "key.join.person_variant", "") for k, v in sorted(people.items())]
    rows += [("PERSON", k, "", AMBIGUOUS_RULE, " | ".join(two)) for k, two in sorted(kept_people.items())]
    rows += [("ORG", k, v, "key.join.org_variant", "") for k, v in sorted(orgs.items())]
    try:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv_writer(fh)
            writer.writerow(KEY_JOIN_COLUMNS)
            writer.writerows([[_cell(v) for v in row] for row in rows])
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path
