"""``OUT/extractor.sqlite``: the analyst tables in one SQLite file, built with sqlite-utils.

Tables and columns are those of ``analyst_rows.table_specs`` (primary and foreign keys declared, so
Datasette and other SQLite tools show the links), rows added in chunks as they come; the file is written
as ``OUT/.extractor.sqlite.tmp`` and renamed when complete. :data:`QUERIES` are the documented analyst
queries (README), each tested on the corpus database::

    sink = SqliteSink(out, table_specs())
    sink.write(spec, rows)          # any number of times per table
    path = sink.close()             # indexes, views, rename
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import sqlite_utils

from extractor.output.analyst_rows import TableSpec

DATABASE = "extractor.sqlite"

# One row per pair of parties of an agreement (each pair once, in key order), with the signing year
# (the agreement's own date, else the year of publication).
VIEWS = {
    "agreement_pairs": """
SELECT a.id AS agreement_id, p1.party AS party_a, p2.party AS party_b, a.kind, a.status, a.date,
       CASE WHEN a.date GLOB '[0-9][0-9][0-9][0-9]*' THEN substr(a.date, 1, 4)
            ELSE substr(a.published, 1, 4) END AS year,
       a.doc_id, a.evidence, a.rule, a.party_rule
FROM agreements a
JOIN agreement_parties p1 ON p1.agreement_id = a.id
JOIN agreement_parties p2 ON p2.agreement_id = a.id AND p1.party < p2.party"""
}

QUERIES = {
    "who signed with whom": """
SELECT s1.signatory AS signed, s2.signatory AS with_signatory, a.kind, a.date,
       group_concat(p.party, '; ') AS parties, a.doc_id
FROM agreement_signatories s1
JOIN agreement_signatories s2 ON s2.agreement_id = s1.agreement_id AND s1.position < s2.position
JOIN agreements a ON a.id = s1.agreement_id
JOIN agreement_parties p ON p.agreement_id = a.id
GROUP BY s1.agreement_id, s1.position, s2.position
ORDER BY a.date IS NULL, a.date, a.doc_id""",
    "agreements per organisation pair per year": """
SELECT party_a, party_b, year, count(*) AS agreements, group_concat(DISTINCT doc_id) AS documents
FROM agreement_pairs
GROUP BY party_a, party_b, year
ORDER BY agreements DESC, party_a, party_b, year""",
    "people and their roles at an organisation": """
SELECT person, role, group_concat(DISTINCT title) AS titles, count(DISTINCT doc_id) AS documents
FROM roles
WHERE org = :org
GROUP BY person, role
ORDER BY documents DESC, person""",
    "which rule produced a fact": """
SELECT 'role' AS fact, rule, count(*) AS facts, min(evidence) AS example
FROM roles GROUP BY rule
UNION ALL
SELECT 'agreement', party_rule, count(*), min(evidence)
FROM agreements GROUP BY party_rule
ORDER BY facts DESC, fact, rule""",
    "partners of an organisation": """
SELECT CASE WHEN party_a = :org THEN party_b ELSE party_a END AS partner, o.country, o.type,
       n.agreements, n.doc_ids
FROM network n
LEFT JOIN organisations o ON o.key = CASE WHEN n.party_a = :org THEN n.party_b ELSE n.party_a END
WHERE :org IN (n.party_a, n.party_b)
ORDER BY n.agreements DESC, partner""",
}


class SqliteSink:
    """Creates the tables of ``specs`` in a temporary database; :meth:`close` finishes and renames it."""

    def __init__(self, out: Path, specs: Iterable[TableSpec]):
        self.path = out / DATABASE
        self.tmp = out / f".{DATABASE}.tmp"
        self.tmp.unlink(missing_ok=True)
        self.specs = list(specs)
        self.db = sqlite_utils.Database(self.tmp)
        self.db.execute("PRAGMA journal_mode = OFF")  # a temporary file: renamed only when complete
        self.db.execute("PRAGMA synchronous = OFF")
        for spec in self.specs:
            self.db.table(spec.name).create(
                spec.types(),
                pk=spec.pk[0] if len(spec.pk) == 1 else spec.pk,
                foreign_keys=list(spec.foreign_keys),
                not_null=spec.pk,
            )

    def write(self, spec: TableSpec, rows: list[list[object]]) -> None:
        """Insert rows (values in the order of ``spec.columns``, already coerced to ints, strings and None by
        ``TableSpec.coerce``): one prepared INSERT for the chunk, in one transaction (sqlite-utils'
        ``insert_all`` would build a dict and re-check every value)."""
        if rows:
            columns = ", ".join(f"[{c}]" for c in spec.columns)
            marks = ", ".join("?" for _ in spec.columns)
            with self.db.conn:
                self.db.conn.executemany(f"INSERT INTO [{spec.name}] ({columns}) VALUES ({marks})", rows)

    def close(self) -> Path:
        """Add the indexes and views, close and move the database into place; returns its path."""
        try:
            for spec in self.specs:
                for column in spec.indexes:
                    self.db.table(spec.name).create_index([column])
            for name, sql in VIEWS.items():
                self.db.create_view(name, sql.strip())
            self.db.conn.commit()
            self.db.close()
            os.replace(self.tmp, self.path)
        except BaseException:
            self.abort()
            raise
        return self.path

    def abort(self) -> None:
        """Close and delete the temporary database; an existing one stays as it was."""
        self.db.close()
        self.tmp.unlink(missing_ok=True)
