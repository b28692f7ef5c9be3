"""Organisation registry: canonical names, aliases and acronyms from ``patterns/orgs.jsonl``.

``lookup`` matches a name exactly after ``name_key`` (or an acronym case-sensitively);
``fuzzy_lookup`` tolerates misspellings of multi-word names; ``phrase_patterns`` and
``acronym_patterns`` feed spaCy SpanRulers (attr ``LOWER`` and ``ORTH`` respectively).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from rapidfuzz import fuzz, process

from extractor.lang.name_keys import (
    _POSSESSIVE,
    FUZZY_MIN_CHARS,
    FUZZY_THRESHOLD,
    name_key,
    similarity,
    surface_variants,
)
from extractor.lang.resources import extra_pattern_files, pattern_file

OrgType = Literal[
    "university",
    "academy",
    "research_institute",
    "ministry",
    "agency",
    "government",
    "technopark",
    "fund",
    "association",
    "company",
    "international",
    "media",
    "school",
]


class RegistryError(ValueError):
    """A registry file that cannot be used; the message names the file, line and field."""


class OrgEntry(BaseModel):
    """One organisation: canonical name (the entity key), its other names, country and type."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=2, description="canonical full official English name")
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    country: str = Field(pattern=r"^(?:[A-Z]{2}|INT)$")
    type: OrgType
    parent: str | None = None
    note: str | None = None

    @field_validator("id", "aliases", "acronyms", "parent")
    @classmethod
    def _tidy(cls, v: str | tuple[str, ...] | None) -> str | tuple[str, ...] | None:
        for s in (v,) if isinstance(v, str) else v or ():
            if not s.strip() or s != " ".join(s.split()):
                raise ValueError(f"empty or badly spaced name {s!r}")
        return v

    @field_validator("acronyms")
    @classmethod
    def _upper(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        for a in v:
            if not any(c.isupper() for c in a):
                raise ValueError(f"acronym {a!r} has no capital letter (acronyms match case-sensitively)")
        return v

    def names(self) -> list[str]:
        """The canonical name followed by the aliases."""
        return [self.id, *self.aliases]


class OrgRegistry:
    """Index of organisations by canonical name, alias and acronym."""

    def __init__(self, entries: Iterable[OrgEntry]) -> None:
        self._entries: dict[str, OrgEntry] = {}
        self._keys: dict[str, list[str]] = {}
        self._acronyms: dict[str, list[str]] = {}
        for e in entries:
            self._entries[e.id] = e
            for n in e.names():
                ids = self._keys.setdefault(name_key(n), [])
                ids.extend([e.id] if e.id not in ids else [])
            for a in e.acronyms:
                ids = self._acronyms.setdefault(a, [])
                ids.extend([e.id] if e.id not in ids else [])
        self._fuzzy = [
            k for k, ids in self._keys.items() if len(ids) == 1 and len(k) >= FUZZY_MIN_CHARS and " " in k
        ]
        self._fuzzy_memo: dict[tuple[str, float], OrgEntry | None] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[OrgEntry]:
        return iter(self._entries.values())

    def get(self, id_: str) -> OrgEntry | None:
        """The entry whose canonical name is ``id_``."""
        return self._entries.get(id_)

    def collisions(self) -> dict[str, list[str]]:
        """Names, keys or acronyms that point to more than one organisation."""
        out = {f"name key {k!r}": ids for k, ids in self._keys.items() if len(ids) > 1}
        out |= {f"acronym {a!r}": ids for a, ids in self._acronyms.items() if len(ids) > 1}
        for a, ids in self._acronyms.items():
            other = [i for i in self._keys.get(name_key(a), []) if i not in ids]
            if other:
                out[f"acronym {a!r} vs name key {name_key(a)!r}"] = ids + other
        return out

    def lookup(self, name: str) -> OrgEntry | None:
        """Exact match: an acronym as written, else a name or alias by ``name_key``; None if ambiguous."""
        raw = " ".join(name.split())
        for text in dict.fromkeys((raw, _POSSESSIVE.sub("", raw))):
            ids = self._acronyms.get(text) or self._keys.get(name_key(text)) or []
            if len(ids) == 1:
                return self._entries[ids[0]]
        return None

    def fuzzy_lookup(self, name: str, threshold: float = FUZZY_THRESHOLD) -> OrgEntry | None:
        """Best match of a possibly misspelt name of at least two words and ten characters (memoised: the
        same names recur across a corpus)."""
        memo = self._fuzzy_memo
        if (name, threshold) not in memo:
            if len(memo) > 50_000:
                memo.clear()
            memo[(name, threshold)] = self._fuzzy_lookup(name, threshold)
        return memo[(name, threshold)]

    def _fuzzy_lookup(self, name: str, threshold: float) -> OrgEntry | None:
        hit = self.lookup(name)
        key = name_key(_POSSESSIVE.sub("", name.strip()))
        if hit is not None or len(key) < FUZZY_MIN_CHARS or " " not in key:
            return hit
        cands = process.extract(key, self._fuzzy, scorer=fuzz.ratio, score_cutoff=threshold, limit=20)
        best: dict[str, float] = {}
        for cand, _, _ in cands:
            i = self._keys[cand][0]
            best[i] = max(best.get(i, 0.0), similarity(key, cand))
        ranked = sorted(best.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < threshold or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return None
        return self._entries[ranked[0][0]]

    def phrase_patterns(self) -> list[dict[str, str]]:
        """SpanRuler patterns for every name and alias (to be matched with ``phrase_matcher_attr=LOWER``)."""
        out: list[dict[str, str]] = []
        seen: set[tuple[str, str]] = set()
        for e in self:
            for n in e.names():
                for v in surface_variants(n):
                    if (v.lower(), e.id) not in seen:
                        seen.add((v.lower(), e.id))
                        out.append({"label": "ORG", "pattern": v, "id": e.id})
        return out

    def acronym_patterns(self) -> list[dict[str, str]]:
        """SpanRuler patterns for the acronyms (to be matched on ``ORTH``, i.e. case-sensitively)."""
        return [{"label": "ORG", "pattern": a, "id": e.id} for e in self for a in e.acronyms]


def _error(path: Path, line: int, err: ValidationError) -> RegistryError:
    parts = [f"field {'.'.join(map(str, e['loc'])) or '(line)'}: {e['msg']}" for e in err.errors()]
    return RegistryError(f"{path}:{line}: " + "; ".join(parts))


def load_registry(path: Path | None = None) -> OrgRegistry:
    """Read and check a registry file (default ``patterns/orgs.jsonl`` plus the analyst's own ``orgs.jsonl``
    of ``--patterns DIR``); errors name file:line and field.

    The files are read once per process while they are unchanged (same paths, sizes and modification times).
    """
    paths = (
        [Path(path)] if path is not None else [pattern_file("orgs.jsonl"), *extra_pattern_files("orgs.jsonl")]
    )
    return _read_registry(tuple((p.resolve(), p.stat().st_size, p.stat().st_mtime_ns) for p in paths))


@lru_cache(maxsize=8)
def _read_registry(stamps: tuple[tuple[Path, int, int], ...]) -> OrgRegistry:
    entries: list[OrgEntry] = []
    where: dict[str, tuple[Path, int]] = {}
    for k, (path, _, _) in enumerate(stamps):
        _read_entries(path, entries, where, extends=k > 0)
    for e in entries:
        if e.parent is not None and e.parent not in where:
            path, n = where[e.id]
            raise RegistryError(f"{path}:{n}: field parent: {e.parent!r} is not a registry id")
    registry = OrgRegistry(entries)
    clashes = registry.collisions()
    if clashes:
        listed = "; ".join(
            f"{k} -> " + ", ".join(f"{i!r} ({_place(where[i], stamps[0][0])})" for i in ids)
            for k, ids in sorted(clashes.items())
        )
        raise RegistryError(f"{stamps[-1][0]}: names shared by several organisations: {listed}")
    return registry


def _place(where: tuple[Path, int], first: Path) -> str:
    """ "line 3" in the built-in file, "mine.jsonl line 3" in an analyst's file."""
    return f"line {where[1]}" if where[0] == first else f"{where[0].name} line {where[1]}"


def _read_entries(
    path: Path, entries: list[OrgEntry], where: dict[str, tuple[Path, int]], extends: bool = False
) -> None:
    """Append the entries of one registry file; a line that does not parse or repeats an id is an error,
    except in an analyst's file (``extends``), where it adds its aliases and acronyms to the entry."""
    for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not text.strip():
            continue
        try:
            entry = OrgEntry.model_validate(json.loads(text))
        except json.JSONDecodeError as err:
            raise RegistryError(f"{path}:{n}: invalid JSON: {err.msg} (column {err.colno})") from None
        except ValidationError as err:
            raise _error(path, n, err) from None
        if entry.id in where and extends:
            i = next(k for k, e in enumerate(entries) if e.id == entry.id)
            old = entries[i]
            aliases, acronyms = (*old.aliases, *entry.aliases), (*old.acronyms, *entry.acronyms)
            entries[i] = old.model_copy(update={"aliases": aliases, "acronyms": acronyms})
            continue
        if entry.id in where:
            first, line = where[entry.id]
            raise RegistryError(
                f"{path}:{n}: field id: duplicate {entry.id!r} (first in {first.name} line {line})"
            )
        where[entry.id] = (path, n)
        entries.append(entry)
