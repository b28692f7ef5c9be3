"""Read input documents (folder of .txt, .txt files, .jsonl) as exact text, reporting bad ones."""

from __future__ import annotations

import codecs
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

from pydantic import BaseModel

MAX_CHARS = 1_000_000


class InputDoc(BaseModel):
    """One readable document: its id, text as stored, and the hash of its bytes."""

    doc_id: str
    text: str
    published: str | None = None
    path: str
    sha256: str


class InputError(BaseModel):
    """A document that could not be read, and why."""

    doc_id: str
    path: str
    reason: str


def decode(raw: bytes) -> str:
    """UTF-8 (BOM stripped) or UTF-16 with a BOM; no newline translation. Raises ValueError otherwise."""
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8):]
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16")
    if b"\x00" in raw:
        raise ValueError("binary content (NUL bytes)")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ValueError(f"not valid UTF-8 at byte {err.start}") from None


def _from_bytes(doc_id: str, path: Path, raw: bytes) -> InputDoc | InputError:
    try:
        text = decode(raw)
    except ValueError as err:
        return InputError(doc_id=doc_id, path=str(path), reason=str(err))
    if len(text) > MAX_CHARS:
        return InputError(doc_id=doc_id, path=str(path), reason=f"text too long ({len(text)} > {MAX_CHARS} chars)")
    return InputDoc(doc_id=doc_id, text=text, path=str(path), sha256=hashlib.sha256(raw).hexdigest())


def _from_jsonl(path: Path) -> Iterator[InputDoc | InputError]:
    with open(path, "rb") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                obj = json.loads(line.decode("utf-8"))
                doc_id, text = str(obj["doc_id"]), obj["text"]
                if not isinstance(text, str):
                    raise TypeError("text is not a string")
            except (ValueError, KeyError, TypeError) as err:
                yield InputError(doc_id=f"{path.stem}:{lineno}", path=where, reason=f"bad JSONL line: {err}")
                continue
            yield InputDoc(doc_id=doc_id, text=text, published=obj.get("published"), path=where,
                           sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())


def iter_inputs(paths: list[Path]) -> Iterator[InputDoc | InputError]:
    """Every document under the given paths, in a stable order (folders sorted by file name)."""
    for path in paths:
        if path.is_dir():
            for f in sorted(path.glob("*.txt")):
                yield _from_bytes(f.stem, f, f.read_bytes())
        elif path.suffix == ".jsonl":
            yield from _from_jsonl(path)
        elif path.is_file():
            yield _from_bytes(path.stem, path, path.read_bytes())
        else:
            yield InputError(doc_id=path.stem, path=str(path), reason="no such file or folder")
