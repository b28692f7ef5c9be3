"""Read and write document records: a folder of *.json, a .jsonl file, or a .json object or list.

Malformed input raises :class:`RecordError`, whose message names the file, the line (jsonl) or
record index (json list) and the field path, e.g.
``gold/x.json: mentions[3].start: Input should be a valid integer``.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from extractor.models import DocumentRecord

MAX_REPORTED = 3  # field errors spelled out per record; the rest are counted
MAX_NAME_BYTES = 255  # a file name longer than this cannot exist (ENAMETOOLONG)
_FACT_TAGS = ("role", "agreement")
# characters str.splitlines() breaks on besides \n and \r; json.dumps(ensure_ascii=False) writes them raw
_LINE_BREAKS = {ord(c): f"\\u{ord(c):04x}" for c in "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"}
_SURROGATES = re.compile("[\ud800-\udfff]")


class RecordError(ValueError):
    """A record file that cannot be read as document records; the message says where and why."""


def jsonl_line(obj: Any) -> str:
    """``obj`` as one JSONL line (no newline at the end): ``json.dumps(obj, ensure_ascii=False)`` with every
    character that ``str.splitlines()`` breaks on escaped as ``\\uXXXX``, so one record is one line for
    every reader; the JSON value is unchanged."""
    return json.dumps(obj, ensure_ascii=False).translate(_LINE_BREAKS)


def record_line(rec: DocumentRecord) -> str:
    """The one serialisation of a record as a records.jsonl line, newline included (used by every engine)."""
    return jsonl_line(rec.to_json_dict()) + "\n"


def is_plain_name(name: str, suffix: str = ".txt") -> bool:
    """True when ``name + suffix`` names a file directly inside a folder: no path separator, not ``.`` or
    ``..``, not absolute, no NUL, no lone surrogate and at most 255 bytes. Names read from data (doc_ids)
    are used as file names only when this holds."""
    if not name or name in (".", "..") or "\x00" in name or _SURROGATES.search(name):
        return False
    if any(sep in name for sep in ("/", "\\", os.sep, os.altsep or "/")) or os.path.isabs(name):
        return False
    return len((name + suffix).encode("utf-8")) <= MAX_NAME_BYTES


def field_path(loc: tuple[int | str, ...]) -> str:
    """Render a pydantic error location as ``mentions[3].start`` (fact union tags dropped)."""
    path = ""
    for i, part in enumerate(loc):
        if isinstance(part, int):
            path += f"[{part}]"
        elif i >= 2 and loc[i - 2] == "facts" and isinstance(loc[i - 1], int) and part in _FACT_TAGS:
            continue  # pydantic names the discriminated union member; the index is enough
        else:
            path += f".{part}" if path else str(part)
    return path


def field_errors(exc: ValidationError) -> list[tuple[tuple[int | str, ...], str]]:
    """(location, "path: message") for each error of a pydantic ValidationError."""
    out = []
    for e in exc.errors(include_url=False):
        path = field_path(tuple(e["loc"]))
        out.append((tuple(e["loc"]), f"{path}: {e['msg']}" if path else e["msg"]))
    return out


def surrogate_problem(data: Any) -> str | None:
    """``"path: ..."`` for the first string in a decoded JSON value that holds a lone surrogate (not
    valid Unicode: it cannot be written as UTF-8), else None. Iterative, so any nesting depth is fine."""
    stack: list[tuple[tuple[int | str, ...], Any]] = [((), data)]
    while stack:
        loc, value = stack.pop()
        if isinstance(value, str):
            if (m := _SURROGATES.search(value)) is not None:
                where = field_path(loc) or "value"
                return f"{where}: not valid Unicode (lone surrogate at character {m.start()})"
        elif isinstance(value, dict):
            stack.extend(((*loc, str(k)), v) for k, v in reversed(value.items()))
        elif isinstance(value, list):
            stack.extend(((*loc, i), v) for i, v in reversed(list(enumerate(value))))
    return None


def parse_record(data: Any, where: str) -> DocumentRecord:
    """Validate one decoded JSON value as a DocumentRecord, naming ``where`` on failure."""
    try:
        record = DocumentRecord.model_validate(data)
    except ValidationError as exc:
        msgs = [msg for _, msg in field_errors(exc)]
        more = f" (and {len(msgs) - MAX_REPORTED} more)" if len(msgs) > MAX_REPORTED else ""
        raise RecordError(f"{where}: {'; '.join(msgs[:MAX_REPORTED])}{more}") from None
    except RecursionError:
        raise RecordError(f"{where}: nested too deeply") from None
    if (problem := surrogate_problem(data)) is not None:
        raise RecordError(f"{where}: {problem}")
    return record


def record_files(path: str | Path) -> list[Path]:
    """The files holding records under ``path``: a run folder's ``records.jsonl``, a gold folder's *.json
    (sorted), or the file itself."""
    p = Path(path)
    if p.is_dir():
        return [p / "records.jsonl"] if (p / "records.jsonl").is_file() else sorted(p.glob("*.json"))
    if not p.is_file():
        raise RecordError(f"{p}: no such file or folder")
    return [p]


def _jsonl_values(path: Path) -> Iterator[tuple[str, Any]]:
    """("file:line", value) for each non-blank line of a JSONL file, read as a stream."""
    try:
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    yield f"{path}:{n}", json.loads(line)
                except json.JSONDecodeError as exc:
                    raise RecordError(f"{path}:{n}: invalid JSON: {exc.msg} (column {exc.colno})") from None
                except RecursionError:
                    raise RecordError(f"{path}:{n}: invalid JSON: nested too deeply") from None
    except UnicodeDecodeError as exc:
        raise RecordError(f"{path}: not UTF-8: {exc.reason}") from None


def read_values(path: Path) -> Iterator[tuple[str, Any]]:
    """(where, decoded JSON value) for each record in one file; ``where`` locates it for messages."""
    if path.suffix == ".jsonl":
        yield from _jsonl_values(path)
        return
    try:
        data = json.loads(path.read_text("utf-8"))
    except UnicodeDecodeError as exc:
        raise RecordError(f"{path}: not UTF-8: {exc.reason}") from None
    except json.JSONDecodeError as exc:
        where = f"{path}: invalid JSON at line {exc.lineno} column {exc.colno}"
        raise RecordError(f"{where}: {exc.msg}") from None
    except RecursionError:
        raise RecordError(f"{path}: invalid JSON: nested too deeply") from None
    except OSError as exc:
        raise RecordError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if isinstance(data, list):
        for i, value in enumerate(data):
            yield f"{path}[{i}]", value
    else:
        yield str(path), data


def iter_jsonl(path: str | Path) -> Iterator[DocumentRecord]:
    """Stream the records of a JSONL file; blank lines are skipped."""
    for where, value in _jsonl_values(Path(path)):
        yield parse_record(value, where)


def load_records(path: str | Path) -> dict[str, DocumentRecord]:
    """Records by doc_id from a folder of *.json, a .jsonl file, or a .json object or list.

    Raises RecordError on unreadable or invalid records and on a doc_id given twice.
    """
    records: dict[str, DocumentRecord] = {}
    seen: dict[str, str] = {}
    for f in record_files(path):
        for where, value in read_values(f):
            rec = parse_record(value, where)
            if rec.doc_id in records:
                raise RecordError(f"{where}: duplicate doc_id {rec.doc_id!r} (also in {seen[rec.doc_id]})")
            records[rec.doc_id] = rec
            seen[rec.doc_id] = where
    return records


def write_jsonl(records: Iterable[DocumentRecord], path: str | Path) -> int:
    """Write records one JSON object per line, atomically (temp file + os.replace); returns the count.

    If writing fails half-way, an existing file at ``path`` is left untouched.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    n = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            for rec in records:
                fh.write(jsonl_line(rec.to_json_dict()) + "\n")
                n += 1
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, target.stat().st_mode & 0o777 if target.exists() else 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return n
