"""Analyst tables from document records: mentions, roles, agreements, organisations, network."""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path
from typing import IO, Any

import pandas as pd

from extractor.lang.registry import OrgRegistry
from extractor.models import AgreementFact, DocumentRecord, RoleFact

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


def tables(records: Iterable[DocumentRecord], registry: OrgRegistry | None = None) -> dict[str, pd.DataFrame]:
    """All five tables, keyed by file stem."""
    mentions, roles, agreements = [], [], []
    org_mentions: Counter[str] = Counter()
    org_docs: dict[str, set[str]] = defaultdict(set)
    edges: dict[tuple[str, str], list[str]] = defaultdict(list)
    for rec in records:
        for m in rec.mentions:
            mentions.append(
                {
                    "doc_id": rec.doc_id,
                    "label": m.label,
                    "text": m.text,
                    "norm": m.norm,
                    "start": m.start,
                    "end": m.end,
                    "source": m.source,
                }
            )
            if m.label == "ORG" and m.norm:
                org_mentions[m.norm] += 1
                org_docs[m.norm].add(rec.doc_id)
        for f in rec.facts:
            if isinstance(f, RoleFact):
                roles.append(
                    {
                        "doc_id": rec.doc_id,
                        "person": f.person,
                        "role": f.role,
                        "title": f.title,
                        "org": f.org,
                        "evidence": f.evidence,
                        "start": f.start,
                        "end": f.end,
                        "rule": f.rule,
                        "tie_rule": f.tie_rule,
                    }
                )
            elif isinstance(f, AgreementFact):
                agreements.append(
                    {
                        "doc_id": rec.doc_id,
                        "published": rec.published,
                        "kind": f.kind,
                        "status": f.status,
                        "date": f.date,
                        "parties": _join(f.parties),
                        "signatories": _join(f.signatories),
                        "evidence": f.evidence,
                        "start": f.start,
                        "end": f.end,
                        "rule": f.rule,
                        "party_rule": f.party_rule,
                    }
                )
                for a, b in combinations(sorted(set(f.parties)), 2):
                    edges[(a, b)].append(rec.doc_id)
    orgs = []
    for key, n in sorted(org_mentions.items(), key=lambda kv: (-kv[1], kv[0])):
        entry = registry.get(key) if registry is not None else None
        orgs.append(
            {
                "key": key,
                "country": entry.country if entry else None,
                "type": entry.type if entry else None,
                "mentions": n,
                "documents": len(org_docs[key]),
            }
        )
    network = [
        {"party_a": a, "party_b": b, "agreements": len(ids), "doc_ids": _join(sorted(set(ids)))}
        for (a, b), ids in sorted(edges.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    ]
    rows = {
        "mentions": mentions,
        "roles": roles,
        "agreements": agreements,
        "organisations": orgs,
        "network": network,
    }
    return {name: pd.DataFrame(rows[name], columns=cols) for name, cols in COLUMNS.items()}


def write_tables(frames: dict[str, pd.DataFrame], out_dir: Path) -> list[Path]:
    """Write each table as UTF-8 CSV with a BOM (spreadsheets detect the encoding), formulas neutralised."""
    out_dir.mkdir(parents=True, exist_ok=True)
    return [write_frame(df, out_dir / f"{name}.csv") for name, df in frames.items()]
