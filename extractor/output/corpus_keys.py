"""Corpus-level keys: one PERSON key for spelling variants across documents, one key for an unregistered
organisation written with different case or punctuation. Applied after all documents are processed."""

from __future__ import annotations

import json
import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from extractor.lang.lexicons import lexicon
from extractor.lang.textnorm import latin_fold
from extractor.models import AgreementFact, DocumentRecord, RoleFact
from extractor.normalise.org_countries import country_form
from extractor.output.key_join import same_person
from extractor.output.person_groups import Ambiguous, person_joins, person_key_joins, person_key_map
from extractor.read.record_io import jsonl_line

__all__ = [
    "KeyCollector",
    "KeyMaps",
    "org_key_map",
    "person_key_map",
    "person_joins",
    "same_person",
    "rewrite_jsonl",
    "unify",
    "unify_jsonl",
]


def org_group_key(key: str) -> str:
    """What ORG key variants share: "The Hainan School of Economics" -> "hainanschooleconomic": the words
    with accents folded ("Việt Nam" = "Vietnam"), no "the", "of", "and" or "&", no plural "s" ("Russian
    Academy of Science" = "Russian Academy of Sciences"), and a head noun written before its place or field
    read after it ("University of the Punjab" = "Punjab University"), British spellings read as American
    (``patterns/spelling_variants.jsonl``: "Research Centre" = "Research Center"), and a country written first
    or after "of" read as one (``normalise/org_countries.country_form``)."""
    form = country_form(key)  # "Belarusian Academy of Sciences" = "Academy of Sciences of Belarus"
    if form is not None:
        key = f"{form[0]} {form[1]}"
    inverted = _HEAD_OF.match(key)
    if inverted:
        key = f"{inverted['rest']} {inverted['head']}"
    words = [w for w in _WORD.findall(latin_fold(key).casefold()) if w not in _GLUE]
    singular = (w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words)
    spelling = lexicon("spelling_variants")  # "Centre" = "Center", "Organisation" = "Organization"
    return "".join(spelling.get(w, w) for w in singular)


# "University of (the) X" with one "of" and no comma: the same name as "X University"
_HEAD_OF = re.compile(
    r"^(?P<head>University|Institute|Academy|College) of (?:the )?(?P<rest>(?:(?! of )[^,])+)$"
)
_WORD, _GLUE = re.compile(r"[^\W_]+"), frozenset({"the", "of", "and"})


def org_key_map(keys: Iterable[str]) -> dict[str, str]:
    """Keys that differ only in case, punctuation or a leading "the" become one (the most frequent)."""
    return org_map_from_counts(Counter(keys))


def org_map_from_counts(counts: Mapping[str, int]) -> dict[str, str]:
    """:func:`org_key_map` from each distinct key's number of mentions (one hash pass, no pairs)."""
    groups: dict[str, list[str]] = defaultdict(list)
    for k in counts:
        groups[org_group_key(k)].append(k)
    return {k: sorted(g, key=lambda x: (-counts[x], x))[0] for g in groups.values() for k in g}


@dataclass
class KeyMaps:
    """The corpus-level key changes: variant key -> chosen key, for PERSON and ORG (changed keys only);
    and the PERSON keys kept apart because two people fit them (key -> the two)."""

    people: dict[str, str] = field(default_factory=dict)
    orgs: dict[str, str] = field(default_factory=dict)
    kept_people: Ambiguous = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.people or self.orgs)


class KeyCollector:
    """Distinct PERSON keys and ORG key counts of a corpus, fed one record at a time while it is
    written; memory grows with the number of distinct keys, not of mentions."""

    def __init__(self) -> None:
        self.people: set[str] = set()
        self.orgs: Counter[str] = Counter()

    def add(self, label: str | None, norm: str | None) -> None:
        if norm and label == "PERSON":
            self.people.add(norm)
        elif norm and label == "ORG":
            self.orgs[norm] += 1

    def add_record(self, rec: DocumentRecord) -> None:
        for m in rec.mentions:
            self.add(m.label, m.norm)

    def add_dict(self, rec: dict) -> None:
        """The same for a records.jsonl line decoded as plain JSON."""
        for m in rec.get("mentions", []):
            self.add(m.get("label"), m.get("norm"))

    def maps(self) -> KeyMaps:
        people, kept = person_key_joins(self.people)
        return KeyMaps(people, {k: v for k, v in org_map_from_counts(self.orgs).items() if k != v}, kept)


def unify(records: list[DocumentRecord]) -> list[DocumentRecord]:
    """Records with corpus-level ORG and PERSON keys."""
    people = person_key_map(m.norm for r in records for m in r.mentions if m.label == "PERSON" and m.norm)
    orgs = org_key_map(m.norm for r in records for m in r.mentions if m.label == "ORG" and m.norm)
    return [apply(r, people, orgs) for r in records]


def apply(record: DocumentRecord, people: dict[str, str], orgs: dict[str, str]) -> DocumentRecord:
    """Rewrite one record's keys (mentions and facts) with the given maps."""
    rec = record.model_copy(deep=True)
    for m in rec.mentions:
        if m.norm and m.label == "PERSON":
            m.norm = people.get(m.norm, m.norm)
        elif m.norm and m.label == "ORG":
            m.norm = orgs.get(m.norm, m.norm)
    for f in rec.facts:
        if isinstance(f, RoleFact):
            f.person = people.get(f.person, f.person)
            f.org = orgs.get(f.org, f.org) if f.org else None
        elif isinstance(f, AgreementFact):
            f.parties = list(dict.fromkeys(orgs.get(p, p) for p in f.parties))
            f.signatories = list(dict.fromkeys(people.get(p, p) for p in f.signatories))
    return rec


def unify_jsonl(path: Path) -> int:
    """Rewrite a records.jsonl with corpus-level keys; returns the number of changed records."""
    collector = KeyCollector()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                collector.add_dict(json.loads(line))
    return rewrite_jsonl(path, collector.maps())


def rewrite_jsonl(path: Path, maps: KeyMaps, on_record: Callable[[dict], None] | None = None) -> int:
    """One streaming pass over records.jsonl: apply ``maps`` (temp file and rename, only when a key
    changes; lines whose keys do not change are copied as they are) and hand every record, with its
    final keys, to ``on_record`` (the table writer). Returns the number of changed records."""
    tmp = path.with_name(path.name + ".keys.tmp")
    try:
        with open(path, encoding="utf-8") as src:
            if not maps:
                _each(src, on_record)
                return 0
            with open(tmp, "w", encoding="utf-8", newline="\n") as dst:
                changed = _each(src, on_record, maps, dst)
        if changed:
            os.replace(tmp, path)
        return changed
    finally:
        tmp.unlink(missing_ok=True)


def _each(
    src: IO[str],
    on_record: Callable[[dict], None] | None,
    maps: KeyMaps | None = None,
    dst: IO[str] | None = None,
) -> int:
    """Decode each line, rewrite its keys and copy it to ``dst`` (when given); count the changed ones."""
    changed = 0
    for line in src:
        rec = json.loads(line) if line.strip() else None
        if rec is not None and maps and _rewrite(rec, maps.people, maps.orgs):
            changed += 1
            line = jsonl_line(rec) + "\n"
        if dst is not None:
            dst.write(line)
        if rec is not None and on_record is not None:
            on_record(rec)
    return changed


def _rewrite(rec: dict, people: dict[str, str], orgs: dict[str, str]) -> bool:
    """Apply the key maps to one record's dict in place; True when anything changed."""
    changed = False

    def sub(table: dict[str, str], value: str) -> str:
        nonlocal changed
        new = table.get(value, value)
        changed = changed or new != value
        return new

    for m in rec.get("mentions", []):
        if m.get("norm") and m.get("label") in ("PERSON", "ORG"):
            m["norm"] = sub(people if m["label"] == "PERSON" else orgs, m["norm"])
    for f in rec.get("facts", []):
        if f.get("type") == "role":
            f["person"] = sub(people, f["person"])
            if f.get("org"):
                f["org"] = sub(orgs, f["org"])
        elif f.get("type") == "agreement":
            f["parties"] = list(dict.fromkeys(sub(orgs, p) for p in f.get("parties", [])))
            f["signatories"] = list(dict.fromkeys(sub(people, p) for p in f.get("signatories", [])))
    return changed
