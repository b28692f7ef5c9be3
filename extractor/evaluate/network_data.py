"""The cooperation network of a finished run folder, read back from its tables and manifest.

    net = read_run_folder(Path("out"))   # OUT/network.csv, agreements.csv, organisations.csv, manifest.json
    net.links[0].a, net.links[0].b, net.links[0].count, [s.evidence for s in net.links[0].signings]

Nodes are the parties of ``network.csv`` (country and type from ``organisations.csv``, else the registry);
a link's evidence is every row of ``agreements.csv`` whose parties hold both of its organisations.
A folder that is not a run's output raises :class:`RunFolderError` with a one-line message.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from extractor.lang.registry import OrgRegistry, load_registry
from extractor.output.export import safe_cell

TABLES = ("network.csv", "agreements.csv", "organisations.csv")
NEEDED = {
    "network.csv": ("party_a", "party_b"),
    "agreements.csv": ("doc_id", "kind", "status", "date", "parties", "evidence"),
    "organisations.csv": ("key", "country", "type"),
}


class RunFolderError(ValueError):
    """A folder the network page cannot be drawn from; the message says which file and why."""


class Organisation(BaseModel):
    """A node: an organisation key with its registry country and type (None when not in the registry)."""

    model_config = ConfigDict(frozen=True)

    key: str
    country: str | None = None
    type: str | None = None
    mentions: int = 0
    documents: int = 0


class Signing(BaseModel):
    """One row of ``agreements.csv``: an agreement a document reports, with its evidence sentence."""

    model_config = ConfigDict(frozen=True)

    index: int
    doc_id: str
    published: str | None = None
    kind: str
    status: str
    date: str | None = None
    parties: tuple[str, ...]
    signatories: tuple[str, ...] = ()
    evidence: str | None = None


class Link(BaseModel):
    """An edge: a row of ``network.csv`` (``count`` as the run counted it) and the signings behind it."""

    model_config = ConfigDict(frozen=True)

    index: int
    a: str
    b: str
    count: int
    doc_ids: tuple[str, ...]
    signings: tuple[Signing, ...]

    def dates(self) -> list[str]:
        """The distinct signing dates stated for this pair, sorted (``XXXX-06-29`` when the year is not)."""
        return sorted({s.date for s in self.signings if s.date})


class Network(BaseModel):
    """Everything the page shows: nodes, links, all signings, the run manifest (None when absent)."""

    model_config = ConfigDict(frozen=True)

    folder: str
    organisations: dict[str, Organisation]
    links: tuple[Link, ...]
    signings: tuple[Signing, ...]
    manifest: dict[str, Any] | None = None


def _plain(cell: str | None) -> str:
    """A table cell as the run had it: the quote ``safe_cell`` put before a formula-like value removed."""
    cell = cell or ""
    return cell[1:] if cell.startswith("'") and safe_cell(cell[1:]) == cell else cell


def _split(cell: str | None) -> tuple[str, ...]:
    """A list cell (``"A; B"``) as its items."""
    return tuple(p for p in (x.strip() for x in _plain(cell).split("; ")) if p)


def read_table(folder: Path, name: str) -> list[dict[str, str]]:
    """The rows of ``folder/name`` (UTF-8, BOM or not); a missing file or column is a RunFolderError.

    >>> read_table(Path("out"), "network.csv")[0]["party_a"]  # doctest: +SKIP
    'Astrakhan State University'
    """
    path = folder / name
    if not path.is_file():
        raise RunFolderError(f"{folder} has no {name}: not the output folder of `extractor run`")
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in NEEDED[name] if c not in (reader.fieldnames or [])]
            if missing:
                raise RunFolderError(f"{path}: no column {', '.join(missing)}")
            return [{k: _plain(v) for k, v in row.items() if k is not None} for row in reader]
    except (UnicodeDecodeError, csv.Error) as err:
        raise RunFolderError(f"{path}: cannot be read as a UTF-8 table: {err}") from None


def _int(row: dict[str, str], *names: str) -> int | None:
    """The first of ``names`` that holds a whole number in ``row``."""
    for name in names:
        if (row.get(name) or "").strip().isdigit():
            return int(row[name])
    return None


def _signings(rows: list[dict[str, str]]) -> tuple[Signing, ...]:
    return tuple(
        Signing(
            index=i,
            doc_id=r["doc_id"],
            published=r.get("published") or None,
            kind=r["kind"],
            status=r["status"],
            date=r["date"] or None,
            parties=_split(r["parties"]),
            signatories=_split(r.get("signatories")),
            evidence=r["evidence"] or None,
        )
        for i, r in enumerate(rows)
    )


def _links(rows: list[dict[str, str]], signings: tuple[Signing, ...]) -> tuple[Link, ...]:
    """One link per network row, in the file's order, with the signings whose parties hold both ends."""
    links = []
    for i, r in enumerate(rows):
        a, b = r["party_a"], r["party_b"]
        behind = tuple(s for s in signings if a in s.parties and b in s.parties)
        count = _int(r, "agreements", "events", "count")
        docs = _split(r.get("doc_ids") or r.get("sources")) or tuple(sorted({s.doc_id for s in behind}))
        links.append(
            Link(
                index=i,
                a=a,
                b=b,
                count=len(behind) if count is None else count,
                doc_ids=docs,
                signings=behind,
            )
        )
    return tuple(links)


def _organisations(
    links: tuple[Link, ...], rows: list[dict[str, str]], registry: OrgRegistry | None
) -> dict[str, Organisation]:
    """The organisations at either end of a link, sorted by key, country and type from the table or
    the registry."""
    table = {r["key"]: r for r in rows}
    out = {}
    for key in sorted({x for link in links for x in (link.a, link.b)}):
        row = table.get(key, {})
        entry = registry.get(key) if registry is not None else None
        out[key] = Organisation(
            key=key,
            country=row.get("country") or (entry.country if entry else None),
            type=row.get("type") or (entry.type if entry else None),
            mentions=_int(row, "mentions") or 0,
            documents=_int(row, "documents") or 0,
        )
    return out


def read_manifest(folder: Path) -> dict[str, Any] | None:
    """``folder/manifest.json`` as a dict; None when the folder has none (a partial run, or tables
    written by ``extractor export``); an unreadable one is a RunFolderError."""
    path = folder / "manifest.json"
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise RunFolderError(f"{path}: not valid JSON: {err}") from None
    if not isinstance(data, dict):
        raise RunFolderError(f"{path}: not a JSON object")
    return data


def read_run_folder(folder: Path, registry: OrgRegistry | None = None) -> Network:
    """The network of a run folder (see the module docstring); ``registry`` defaults to the built-in one."""
    if not folder.is_dir():
        raise RunFolderError(f"not a folder: {folder}" if folder.exists() else f"not found: {folder}")
    if not any((folder / n).is_file() for n in ("records.jsonl", *TABLES)):
        raise RunFolderError(
            f"{folder} holds no records.jsonl and no tables: not the output of `extractor run`"
        )
    rows = {name: read_table(folder, name) for name in TABLES}
    signings = _signings(rows["agreements.csv"])
    links = _links(rows["network.csv"], signings)
    orgs = _organisations(links, rows["organisations.csv"], registry or load_registry())
    return Network(
        folder=folder.name or str(folder),
        organisations=orgs,
        links=links,
        signings=signings,
        manifest=read_manifest(folder),
    )
