"""The tables from document records: mentions, roles, agreements, organisations, network, events."""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from itertools import combinations
from pathlib import Path
from typing import IO, Any

import pandas as pd

from extractor.lang.registry import OrgRegistry
from extractor.models import AgreementFact, DocumentRecord, RoleFact
from extractor.output.events import EVENT_COLUMNS, EventBuilder

COLUMNS = {
    "mentions": ["doc_id", "label", "text", "norm", "start", "end", "source"],
    "roles": ["doc_id", "person", "role", "title", "org", "evidence", "start", "end", "rule", "tie_rule"],
    "agreements": [
        "doc_id",
        "published",
        "kind",
        "status",
        "date",
        "parties",
        "signatories",
        "evidence",
        "start",
        "end",
        "rule",
        "party_rule",
    ],
    "organisations": ["key", "country", "type", "mentions", "documents"],
    "network": ["party_a", "party_b", "agreements", "doc_ids"],
    "agreement_events": EVENT_COLUMNS,
}
_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")
_RISKY = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """Neutralise spreadsheet formulas (OWASP CSV injection): prefix risky text cells with a quote."""
    if isinstance(value, str) and value.startswith(_RISKY) and not _NUMBER.match(value):
        return "'" + value
    return value


class LFRows:
    """A text stream for ``csv.writer(stream, lineterminator="\r\n")`` that ends each row with ``\n``.

    The csv writer quotes a cell that holds any character of its line terminator; with ``"\n"`` alone a
    lone CR stays unquoted and splits the row when read back. Writing ``"\r\n"`` and swapping the row end
    quotes every cell holding CR or LF and leaves all other bytes as a ``"\n"`` writer makes them.
    """

    def __init__(self, fh: IO[str]):
        self.fh = fh

    def write(self, row: str) -> int:
        """Write one row as the csv writer formats it, its ``\r\n`` ending replaced by ``\n``."""
        return self.fh.write(row[:-2] + "\n" if row.endswith("\r\n") else row)


def csv_writer(fh: IO[str]) -> Any:
    """A csv writer on ``fh`` (opened with ``newline=""``): rows end in ``\n``, CR or LF in a cell is
    quoted."""
    return csv.writer(LFRows(fh), lineterminator="\r\n")


def write_frame(df: pd.DataFrame, path: Path) -> Path:
    """One table as UTF-8 CSV with a BOM: formulas neutralised, cells holding CR or LF quoted."""
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        df.map(safe_cell).to_csv(LFRows(fh), index=False, lineterminator="\r\n")  # type: ignore[arg-type]
    return path


def _join(items: Iterable[str]) -> str:
    return "; ".join(items)


def _role_row(rec: DocumentRecord, f: RoleFact) -> list[object]:
    return [rec.doc_id, f.person, f.role, f.title, f.org, f.evidence, f.start, f.end, f.rule, f.tie_rule]


def _agreement_row(rec: DocumentRecord, f: AgreementFact) -> list[object]:
    return [
        rec.doc_id,
        rec.published,
        f.kind,
        f.status,
        f.date,
        _join(f.parties),
        _join(f.signatories),
        f.evidence,
        f.start,
        f.end,
        f.rule,
        f.party_rule,
    ]


class TableRows:
    """The rows of the six tables, values in the order of ``COLUMNS``: the per-document rows of each
    record as it comes, and the organisation and network rows from the counts kept. The one row builder
    of the DataFrames (:func:`tables`) and the CSV files (``tablewriter.TableWriter``)."""

    def __init__(self, registry: OrgRegistry | None = None):
        self.registry = registry
        self.org_mentions: Counter[str] = Counter()
        self.org_docs: dict[str, set[str]] = defaultdict(set)
        self.events = EventBuilder()

    def document_rows(self, rec: DocumentRecord) -> Iterator[tuple[str, list[object]]]:
        """(table, row) for each mention, role fact and agreement fact; counts organisations and pairs."""
        for m in rec.mentions:
            yield "mentions", [rec.doc_id, m.label, m.text, m.norm, m.start, m.end, m.source]
            if m.label == "ORG" and m.norm:
                self.org_mentions[m.norm] += 1
                self.org_docs[m.norm].add(rec.doc_id)
        for f in rec.facts:
            if isinstance(f, RoleFact):
                yield "roles", _role_row(rec, f)
            elif isinstance(f, AgreementFact):
                yield "agreements", _agreement_row(rec, f)
                self.events.add(rec.doc_id, f)

    def aggregate_rows(self) -> Iterator[tuple[str, list[object]]]:
        """(table, row) for each organisation (most mentioned first), each pair of parties (counting
        agreement events: one signing reported by several releases counts once) and each event."""
        for key, n in sorted(self.org_mentions.items(), key=lambda kv: (-kv[1], kv[0])):
            entry = self.registry.get(key) if self.registry is not None else None
            yield (
                "organisations",
                [
                    key,
                    entry.country if entry else None,
                    entry.type if entry else None,
                    n,
                    len(self.org_docs[key]),
                ],
            )
        edges: dict[tuple[str, str], list[list[str]]] = defaultdict(list)
        for event in self.events.all_events():
            for a, b in combinations(event.parties, 2):
                edges[(a, b)].append(event.sources)
        for (a, b), events in sorted(edges.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            yield "network", [a, b, len(events), _join(sorted({d for ids in events for d in ids}))]
        for row in self.events.rows():
            yield "agreement_events", row


def tables(records: Iterable[DocumentRecord], registry: OrgRegistry | None = None) -> dict[str, pd.DataFrame]:
    """All six tables as DataFrames, keyed by file stem (the CSV files: ``tablewriter``)."""
    rows: dict[str, list[list[object]]] = {name: [] for name in COLUMNS}
    builder = TableRows(registry)
    for rec in records:
        for name, row in builder.document_rows(rec):
            rows[name].append(row)
    for name, row in builder.aggregate_rows():
        rows[name].append(row)
    return {name: pd.DataFrame(rows[name], columns=cols) for name, cols in COLUMNS.items()}
