"""Corpus-level keys: one PERSON key for spelling variants across documents, one key for an unregistered
organisation written with different case or punctuation. Applied after all documents are processed."""

from __future__ import annotations

import json
import os
import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from rapidfuzz import fuzz

from .models import AgreementFact, DocumentRecord, RoleFact

TOKEN_SIMILARITY = 80.0


def _tokens(key: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[^\W\d_][\w'’-]*\.?", key)]


def _compatible(a: str, b: str) -> bool:
    """Same first letter and close spelling ("Tuimebaev"/"Tuimebayev"); an initial matches its name."""
    if a == b:
        return True
    if a[0] != b[0]:
        return False
    if a.endswith(".") or b.endswith("."):
        return len(a.rstrip(".")) == 1 or len(b.rstrip(".")) == 1
    return fuzz.ratio(a, b) >= TOKEN_SIMILARITY


def same_person(a: str, b: str) -> bool:
    """Every token of the shorter name pairs with a token of the longer one, in order, and at least
    one pair is spelled the same and belongs to a surname-sized word (strong evidence)."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb or len(ta) < 2 and len(tb) < 2:
        return False
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(short) < 2:
        return False
    it = iter(long_)
    if not all(any(_compatible(s, t) for t in it) for s in short):
        return False
    return any(s in long_ and len(s) > 2 for s in short)


def _fullest(keys: Iterable[str]) -> str:
    return sorted(keys, key=lambda k: (-len(_tokens(k)), -len(k), k))[0]


def person_key_map(keys: Iterable[str]) -> dict[str, str]:
    """Map each PERSON key to the fullest key of its group of variants."""
    uniq = sorted(set(keys))
    parent = {k: k for k in uniq}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    by_initial: dict[str, list[str]] = defaultdict(list)
    for k in uniq:
        toks = _tokens(k)
        for t in toks:
            by_initial[t[0]].append(k)
    for group in by_initial.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if find(a) != find(b) and same_person(a, b):
                    parent[find(a)] = find(b)
    groups: dict[str, list[str]] = defaultdict(list)
    for k in uniq:
        groups[find(k)].append(k)
    return {k: _fullest(g) for g in groups.values() for k in g}


def _squash(key: str) -> str:
    return re.sub(r"[\W_]+", "", key.casefold()).removeprefix("the")


def org_key_map(keys: Iterable[str]) -> dict[str, str]:
    """Keys that differ only in case, punctuation or a leading "the" become one (the most frequent)."""
    counts: dict[str, int] = defaultdict(int)
    for k in keys:
        counts[k] += 1
    groups: dict[str, list[str]] = defaultdict(list)
    for k in counts:
        groups[_squash(k)].append(k)
    return {k: sorted(g, key=lambda x: (-counts[x], x))[0] for g in groups.values() for k in g}


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
    """Rewrite a records.jsonl with corpus-level keys (two streaming passes over plain JSON, temp file and
    rename; lines whose keys do not change are copied as they are). Returns the number of changed records."""
    people: list[str] = []
    orgs: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                for m in json.loads(line).get("mentions", []):
                    if m.get("norm") and m.get("label") == "PERSON":
                        people.append(m["norm"])
                    elif m.get("norm") and m.get("label") == "ORG":
                        orgs.append(m["norm"])
    person_map = {k: v for k, v in person_key_map(people).items() if k != v}
    org_map = {k: v for k, v in org_key_map(orgs).items() if k != v}
    if not person_map and not org_map:
        return 0
    changed = 0
    tmp = path.with_name(path.name + ".keys.tmp")
    with open(path, encoding="utf-8") as src, open(tmp, "w", encoding="utf-8", newline="\n") as dst:
        for line in src:
            rec = json.loads(line) if line.strip() else None
            if rec is None or not _rewrite(rec, person_map, org_map):
                dst.write(line)
                continue
            changed += 1
            dst.write(json.dumps(rec, ensure_ascii=False) + "\n")
    os.replace(tmp, path)
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
