"""Check a gold set against the corpus: the conditions of shared/tools/score.py ``validate``,
with messages naming the file, the mention or fact, its offsets and the field; plus warnings
for entity keys that differ only in case, punctuation or spacing.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from extractor.evaluate.value_checks import (
    _agreement_problems,
    _is_date,
    _length,
    _member,
    _norm_problem,
    _offsets_ok,
    _role_problems,
    _text_problems,
)
from extractor.lang.textnorm import squash
from extractor.models import KEYED_LABELS, LABELS, DocumentRecord
from extractor.read.record_io import (
    RecordError,
    field_errors,
    field_path,
    is_plain_name,
    read_values,
    record_files,
)


@dataclass
class _Report:
    """Errors of one record, and which of its items (``mentions[3]``, ``published``) have one."""

    where: str
    errors: list[str] = field(default_factory=list)
    flagged: set[str] = field(default_factory=set)

    def add(self, item: str, msg: str, detail: str = "") -> None:
        self.errors.append(f"{self.where}: {item}{detail}: {msg}")
        self.flagged.add(item)


def _check_mentions(mentions: list[Any], text: str | None, rep: _Report) -> dict[Any, set[Any]]:
    """Check offsets, text (when known), order and norms; return the norms seen per label."""
    norms: dict[Any, set[Any]] = defaultdict(set)
    prev_end = -1
    for i, m in enumerate(mentions):
        item = f"mentions[{i}]"
        if not isinstance(m, dict):
            rep.add(item, "not a JSON object")
            continue
        s, e, lab, t, n = (m.get(k) for k in ("start", "end", "label", "text", "norm"))
        ok = _offsets_ok(s, e, text)
        where = f" (offset {s}-{e})" if ok else ""
        if not _member(lab, LABELS):
            rep.add(item, f"bad label {lab!r}", where)
        if not ok:
            rep.add(item, f"bad offsets {str(s):.20},{str(e):.20} ({_length(text)})")
            continue
        for msg in _text_problems(s, e, t, text, prev_end):
            rep.add(item, msg, where)
        prev_end = max(prev_end, e)
        if (msg := _norm_problem(lab, n, t)) is not None:
            rep.add(item, msg, where)
        if isinstance(lab, Hashable) and isinstance(n, Hashable):
            norms[lab].add(n)
    return norms


def _check_fact(fact: Any, norms: dict[Any, set[Any]], rep: _Report, item: str, text: str | None) -> None:
    """Check one fact's vocabulary, its evidence offsets and that its keys are mention keys of this
    document."""
    typ = fact.get("type") if isinstance(fact, dict) else None
    detail = f" ({typ!r:.40})" if not isinstance(typ, str) else f" ({typ})"
    if isinstance(fact, dict) and (fact.get("start") is not None or fact.get("end") is not None):
        s, e = fact.get("start"), fact.get("end")
        if not _offsets_ok(s, e, text):
            rep.add(item, f"bad offsets {str(s):.20},{str(e):.20} ({_length(text)})", detail)

    def keys(values: Iterable[Any], what: str, label: str) -> list[str]:
        return [f"{what} {v!r} is no {label} key here" for v in values if not _member(v, norms[label])]

    if typ not in ("role", "agreement"):
        rep.add(item, f"bad fact type {typ!r}")
        return
    for msg in (_role_problems if typ == "role" else _agreement_problems)(fact, keys):
        rep.add(item, msg, detail)


def _corpus_text(raw: dict[str, Any], corpus: Path, rep: _Report) -> str | None:
    """The record's corpus text, checked against its hash; None (with an error) when it cannot be read.

    Only a doc_id that is a plain file name is read (never ``../x``, an absolute path, NUL, a lone
    surrogate or a name over 255 bytes)."""
    doc_id = str(raw["doc_id"])
    if not is_plain_name(doc_id):
        rep.add("doc_id", f"doc_id {doc_id!r:.80} is not a plain file name; its text is not read")
        return None
    txt = corpus / f"{doc_id}.txt"
    try:
        if not txt.is_file():
            rep.add("doc_id", f"no corpus file {txt}")
            return None
        data = txt.read_bytes()
    except OSError as exc:
        rep.add("doc_id", f"cannot read {txt}: {exc.strerror or exc}")
        return None
    if hashlib.sha256(data).hexdigest() != raw.get("text_sha256"):
        rep.add("text_sha256", f"does not match {txt}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        rep.add("doc_id", f"corpus file {txt} is not UTF-8")
        return None


def _check_content(raw: dict[str, Any], corpus: Path, rep: _Report) -> None:
    """score.py's checks of one record against its corpus file; without the text, the checks that
    do not need it."""
    text = _corpus_text(raw, corpus, rep)
    pub = raw.get("published")
    if pub is not None and not _is_date(pub):
        rep.add("published", f"bad value {pub!r}")
    mentions, facts = raw.get("mentions", []), raw.get("facts", [])
    for name, value in (("mentions", mentions), ("facts", facts)):
        if not isinstance(value, list):
            rep.add(name, f"must be a list, not {type(value).__name__}")
    norms = _check_mentions(mentions if isinstance(mentions, list) else [], text, rep)
    for i, fact in enumerate(facts if isinstance(facts, list) else []):
        _check_fact(fact, norms, rep, f"facts[{i}]", text)


def _flag_of(loc: tuple[int | str, ...]) -> str:
    """The record item a pydantic error location belongs to: ``mentions[3]``, ``published``, ..."""
    if len(loc) >= 2 and loc[0] in ("mentions", "facts") and isinstance(loc[1], int):
        return field_path(loc[:2])
    return field_path(loc[:1]) or "record"


def _parse(raw: Any, rep: _Report) -> DocumentRecord | None:
    """The record, or None; model errors not already reported by the content checks are added."""
    try:
        return DocumentRecord.model_validate(raw)
    except ValidationError as exc:
        for loc, msg in field_errors(exc):
            if not any(_flag_of(loc).startswith(f) for f in rep.flagged):
                rep.errors.append(f"{rep.where}: {msg}")
        return None


def key_variant_warnings(raws: dict[str, Any]) -> list[str]:
    """Warn about ORG/PERSON keys across the corpus that differ only in case, punctuation or spacing."""
    seen: dict[tuple[str, str], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for doc_id, raw in sorted(raws.items()):
        mentions = raw.get("mentions")
        for m in mentions if isinstance(mentions, list) else []:
            if isinstance(m, dict) and m.get("label") in KEYED_LABELS and isinstance(m.get("norm"), str):
                docs = seen[m["label"], squash(m["norm"])][m["norm"]]
                if doc_id not in docs:
                    docs.append(doc_id)
    warnings = []
    for (label, _), variants in seen.items():
        if len(variants) > 1:
            ordered = sorted(variants.items(), key=lambda kv: (-len(kv[1]), kv[0]))
            listed = " vs ".join(
                f"{k!r} (in {', '.join(d[:3])}{', ...' if len(d) > 3 else ''})" for k, d in ordered
            )
            warnings.append(f"{label} keys differ only in case, punctuation or spacing: {listed}")
    return warnings


def validate_gold(
    corpus_dir: str | Path, gold_dir: str | Path
) -> tuple[dict[str, DocumentRecord], list[str], list[str]]:
    """Check every gold record against its corpus file.

    Returns (records that parse, by doc_id; errors; warnings). Unreadable files and records
    become errors, never exceptions.
    """
    corpus = Path(corpus_dir)
    records: dict[str, DocumentRecord] = {}
    raws: dict[str, Any] = {}
    errors: list[str] = []
    warnings: list[str] = []
    try:
        files = record_files(gold_dir)
    except RecordError as exc:
        return records, [str(exc)], warnings
    for f in files:
        try:
            values = list(read_values(f))
        except RecordError as exc:
            errors.append(str(exc))
            continue
        for where, raw in values:
            _check_record(f, where, raw, corpus, (records, raws, errors, warnings))
    warnings.extend(key_variant_warnings(raws))
    return records, errors, warnings


def _check_record(f: Path, where: str, raw: Any, corpus: Path, found: tuple[dict, dict, list, list]) -> None:
    """Check one gold record: its doc_id (present, unique, the file's name), its content against the corpus
    text, and that it parses; adds to (records, raws, errors, warnings)."""
    records, raws, errors, warnings = found
    rep = _Report(where)
    doc_id = raw.get("doc_id") if isinstance(raw, dict) else None
    if not isinstance(doc_id, str) or not doc_id:
        errors.append(f"{where}: record without a doc_id (needs a JSON object with a string doc_id)")
        return
    if doc_id in raws:
        errors.append(f"{where}: duplicate doc_id {doc_id!r}")
        return
    if f.suffix == ".json" and where == str(f) and f.stem != doc_id:
        warnings.append(f"{where}: doc_id {doc_id!r} differs from the file name")
    raws[doc_id] = raw
    _check_content(raw, corpus, rep)
    record = _parse(raw, rep)
    if record is not None:
        records[doc_id] = record
    errors.extend(rep.errors)
