"""The rows of the analyst outputs (SQLite, Parquet, GraphML), from a stream of records.

The five tables are the rows of ``export.TableRows`` (the one row builder of the CSV files), each with a
row ``id`` (its line number in the CSV file, from 1; ``organisations`` is keyed by ``key`` and gains the
registry's ``registered``, ``parent`` and ``acronyms``). Beside them: ``documents`` (one row per record)
and the parties and signatories of each agreement as linked tables (``agreement_id`` -> ``agreements.id``,
``position`` in the fact's list)::

    rows = AnalystRows(registry)
    for rec in records:
        for table, row in rows.document(rec): ...    # documents, mentions, roles, agreements, links
    for table, row in rows.aggregates(): ...         # organisations, network
"""

from __future__ import annotations

import json
import typing
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from pydantic import BaseModel

from extractor.lang.registry import OrgRegistry
from extractor.models import AgreementFact, DocumentRecord, RoleFact
from extractor.output.export import COLUMNS, TableRows

DOCUMENT_COUNTS = ("n_mentions", "n_roles", "n_agreements", "n_discarded")
REGISTRY_COLUMNS = ("registered", "parent", "acronyms")
LINKS = {"agreement_parties": "party", "agreement_signatories": "signatory"}
INT_COLUMNS = frozenset(
    {
        "id",
        "start",
        "end",
        "mentions",
        "documents",
        "agreements",
        "agreement_id",
        "position",
        "registered",
        "event",
    }
    | set(DOCUMENT_COUNTS)
)
INDEXES = {
    "roles": ("person", "org"),
    "agreements": ("date",),
    "agreement_parties": ("party",),
    "agreement_signatories": ("signatory",),
    "network": ("party_a", "party_b"),
}


@dataclass(frozen=True)
class TableSpec:
    """One analyst table: its columns (in order), which hold integers, its key, links and indexes."""

    name: str
    columns: tuple[str, ...]
    pk: tuple[str, ...]
    ints: frozenset[str] = INT_COLUMNS
    foreign_keys: tuple[tuple[str, str, str], ...] = ()  # (column, other table, other column)
    indexes: tuple[str, ...] = ()

    def types(self) -> dict[str, type]:
        """Column -> ``int`` or ``str``: ``TableSpec("t", ("id", "x"), ("id",)).types() == {"id": int,
        "x": str}``."""
        return dict(zip(self.columns, self._kinds))

    @cached_property
    def _kinds(self) -> tuple[type, ...]:
        return tuple(int if c in self.ints else str for c in self.columns)

    def coerce(self, row: list[object]) -> list[object]:
        """The row with each value of its column's type (None stays None; a bool is 0 or 1)."""
        return [_coerce(v, t) for v, t in zip(row, self._kinds)]


def _coerce(value: object, kind: type) -> object:
    if value is None or isinstance(value, kind):
        return value
    if kind is int:
        return int(value)  # type: ignore[call-overload]
    if isinstance(value, BaseModel | dict | list | tuple):
        return json.dumps(value.model_dump(mode="json") if isinstance(value, BaseModel) else value)
    return str(value)


def _document_fields() -> tuple[tuple[str, ...], frozenset[str]]:
    """The record's own values (every field that is not a list) and which of them are integers."""
    names, ints = [], set()
    for name, field in DocumentRecord.model_fields.items():
        ann = field.annotation
        if typing.get_origin(ann) is list:
            continue
        names.append(name)
        if ann is int or int in typing.get_args(ann):
            ints.add(name)
    return tuple(names), frozenset(ints)


DOCUMENT_FIELDS, _DOCUMENT_INTS = _document_fields()


def _table_spec(name: str) -> TableSpec:
    """A table of ``export.COLUMNS`` with its row id (or registry columns) and its links."""
    if name == "organisations":
        return TableSpec(name, (*COLUMNS[name], *REGISTRY_COLUMNS), ("key",))
    columns = ("id", *COLUMNS[name])
    links = (("doc_id", "documents", "doc_id"),) if "doc_id" in columns else ()
    indexes = (("doc_id",) if links else ()) + INDEXES.get(name, ())
    return TableSpec(name, columns, ("id",), foreign_keys=links, indexes=indexes)


def table_specs() -> list[TableSpec]:
    """Every analyst table, a linked table after the one it points to."""
    specs = [
        TableSpec(
            "documents",
            (*DOCUMENT_FIELDS, *DOCUMENT_COUNTS),
            ("doc_id",),
            ints=INT_COLUMNS | _DOCUMENT_INTS,
            indexes=("published",),
        )
    ]
    for name in COLUMNS:
        specs.append(_table_spec(name))
        if name == "agreements":
            specs.extend(
                TableSpec(
                    link,
                    ("agreement_id", "position", column),
                    ("agreement_id", "position"),
                    foreign_keys=(("agreement_id", "agreements", "id"),),
                    indexes=INDEXES[link],
                )
                for link, column in LINKS.items()
            )
    return specs


class AnalystRows:
    """The rows of :func:`table_specs`, values in column order, from records fed one by one."""

    def __init__(self, registry: OrgRegistry | None = None):
        self.registry = registry
        self.rows = TableRows(registry)
        self.ids: Counter[str] = Counter()

    def document(self, rec: DocumentRecord) -> Iterator[tuple[str, list[object]]]:
        """(table, row) for the record itself, its mentions, facts and the parties and signatories."""
        agreements = [f for f in rec.facts if isinstance(f, AgreementFact)]
        roles = sum(isinstance(f, RoleFact) for f in rec.facts)
        counts = [len(rec.mentions), roles, len(agreements), len(rec.discarded)]
        yield "documents", [getattr(rec, name) for name in DOCUMENT_FIELDS] + counts
        facts = iter(agreements)
        for name, row in self.rows.document_rows(rec):
            self.ids[name] += 1
            yield name, [self.ids[name], *row]
            if name == "agreements":
                yield from self._links(self.ids[name], next(facts), row)

    def _links(self, agreement_id: int, fact: AgreementFact, row: list[object]) -> Iterator[tuple[str, list]]:
        """The fact's parties and signatories, one row each, checked against the agreement row."""
        if row[COLUMNS["agreements"].index("parties")] != "; ".join(fact.parties):
            raise ValueError(f"agreement row {agreement_id} does not hold the parties of its fact")
        for position, party in enumerate(fact.parties, 1):
            yield "agreement_parties", [agreement_id, position, party]
        for position, person in enumerate(fact.signatories, 1):
            yield "agreement_signatories", [agreement_id, position, person]

    def aggregates(self) -> Iterator[tuple[str, list[object]]]:
        """(table, row) for each organisation (with its registry entry) and each network row."""
        for name, row in self.rows.aggregate_rows():
            if name == "organisations":
                yield name, [*row, *self._registry(str(row[0]))]
            else:
                self.ids[name] += 1
                yield name, [self.ids[name], *row]

    def _registry(self, key: str) -> list[object]:
        """``registered`` (1 when the key is a registry entry), its ``parent`` and ``acronyms``."""
        entry = self.registry.get(key) if self.registry is not None else None
        if entry is None:
            return [0, None, None]
        return [1, entry.parent, "; ".join(entry.acronyms) or None]
