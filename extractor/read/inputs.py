"""Read input documents (folder of .txt, .txt files, .jsonl) as exact text, reporting bad ones.

Bytes are decoded as stored: no newline translation (CRLF stays, so offsets index the file's
text), a UTF-8 BOM is dropped, UTF-16/UTF-32 with a BOM are decoded. Invalid UTF-8, NUL bytes,
lone surrogates, unreadable or oversized files become :class:`InputError` lines, never crashes.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from pydantic import BaseModel

MAX_BYTES = 64 * 1024 * 1024  # a press-release file is a few KB; larger files are not read at all
_PUBLISHED = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_SURROGATE = re.compile("[\ud800-\udfff]")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class InputDoc(BaseModel):
    """One readable document: its id, text as stored, and the hash of its bytes."""

    doc_id: str
    text: str
    published: str | None = None
    path: str
    sha256: str


class InputError(BaseModel):
    """A document that could not be read or processed, and why."""

    doc_id: str
    path: str
    reason: str


def decode(raw: bytes) -> str:
    """UTF-8 (BOM stripped) or UTF-16/32 with a BOM; no newline translation. Raises ValueError otherwise."""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(codec)
            except UnicodeDecodeError as err:
                raise ValueError(f"not valid {codec.upper()} at byte {err.start}") from None
            break
    else:
        raw = raw.removeprefix(codecs.BOM_UTF8)
        if b"\x00" in raw:
            raise ValueError("binary content (NUL bytes)")
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as err:
            raise ValueError(f"not valid UTF-8 at byte {err.start}") from None
    if "\x00" in text:
        raise ValueError("binary content (NUL characters)")
    return text


def text_problem(text: str) -> str | None:
    """Why a decoded text cannot be processed (NUL characters, lone surrogates), or None."""
    if "\x00" in text:
        return "binary content (NUL characters)"
    if (m := _SURROGATE.search(text)) is not None:
        return f"not valid Unicode (lone surrogate at character {m.start()})"
    return None


def published_problem(published: object) -> str | None:
    """Why a given publication date is unusable (it must be ISO ``YYYY[-MM[-DD]]``), or None."""
    if published is None:
        return None
    if not isinstance(published, str) or not _PUBLISHED.match(published):
        return f"published must be YYYY, YYYY-MM or YYYY-MM-DD, got {published!r:.40}"
    try:
        date.fromisoformat(published if len(published) == 10 else (published + "-01-01")[:10])
    except ValueError:
        return f"published is not a real date: {published!r}"
    return None


def from_text(
    doc_id: object, text: object, published: object, path: str, sha256: str | None = None
) -> InputDoc | InputError:
    """Check an already decoded document (JSONL line, DataFrame row); ``sha256`` defaults to the text's."""
    if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)) or str(doc_id).strip() == "":
        return InputError(doc_id=str(doc_id)[:200], path=path, reason="doc_id must be a non-empty string")
    doc_id = str(doc_id)
    if (bad := text_problem(doc_id)) is not None:
        return InputError(
            doc_id=doc_id.encode("utf-8", "replace").decode("utf-8"), path=path, reason=f"doc_id: {bad}"
        )
    if not isinstance(text, str):
        return InputError(
            doc_id=doc_id, path=path, reason=f"text must be a string, got {type(text).__name__}"
        )
    problem = text_problem(text) or published_problem(published)
    if problem is not None:
        return InputError(doc_id=doc_id, path=path, reason=problem)
    digest = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
    return InputDoc(doc_id=doc_id, text=text, published=published, path=path, sha256=digest)  # type: ignore[arg-type]


def _from_file(doc_id: str, path: Path) -> InputDoc | InputError:
    try:
        if not path.is_file():
            return InputError(doc_id=doc_id, path=str(path), reason="not a regular file")
        size = path.stat().st_size
        if size > MAX_BYTES:
            return InputError(
                doc_id=doc_id, path=str(path), reason=f"file too large ({size} > {MAX_BYTES} bytes)"
            )
        raw = path.read_bytes()
    except OSError as err:
        return InputError(doc_id=doc_id, path=str(path), reason=f"cannot read: {err.strerror or err}")
    try:
        text = decode(raw)
    except ValueError as err:
        return InputError(doc_id=doc_id, path=str(path), reason=str(err))
    return InputDoc(doc_id=doc_id, text=text, path=str(path), sha256=hashlib.sha256(raw).hexdigest())


def _from_jsonl_line(path: Path, lineno: int, line: bytes) -> InputDoc | InputError:
    where = f"{path}:{lineno}"
    try:
        obj = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as err:
        return InputError(
            doc_id=f"{path.stem}:{lineno}", path=where, reason=f"not valid UTF-8 at byte {err.start}"
        )
    except (ValueError, RecursionError) as err:
        return InputError(doc_id=f"{path.stem}:{lineno}", path=where, reason=f"bad JSONL line: {err}")
    if not isinstance(obj, dict) or "doc_id" not in obj or "text" not in obj:
        return InputError(
            doc_id=f"{path.stem}:{lineno}",
            path=where,
            reason='bad JSONL line: expected an object with "doc_id" and "text"',
        )
    return from_text(obj["doc_id"], obj["text"], obj.get("published"), where)


def _from_jsonl(path: Path) -> Iterator[InputDoc | InputError]:
    try:
        fh = open(path, "rb")  # noqa: SIM115  (closed by the with below; the open itself may fail)
    except OSError as err:
        yield InputError(doc_id=path.stem, path=str(path), reason=f"cannot read: {err.strerror or err}")
        return
    with fh:
        for lineno, line in enumerate(fh, start=1):
            if line.strip():
                yield _from_jsonl_line(path, lineno, line)


def iter_inputs(paths: list[Path]) -> Iterator[InputDoc | InputError]:
    """Every document under the given paths, in a stable order (folders sorted by file name)."""
    for path in paths:
        if path.is_dir():
            for f in sorted(path.glob("*.txt")):
                yield _from_file(f.stem, f)
        elif path.suffix == ".jsonl" and path.is_file():
            yield from _from_jsonl(path)
        elif path.exists():
            yield _from_file(path.stem, path)
        else:
            yield InputError(doc_id=path.stem, path=str(path), reason="no such file or folder")


def count_inputs(paths: list[Path]) -> int:
    """How many documents ``iter_inputs`` will yield (files counted, JSONL lines scanned), for progress."""
    n = 0
    for path in paths:
        if path.is_dir():
            n += sum(1 for _ in path.glob("*.txt"))
        elif path.suffix == ".jsonl" and path.is_file():
            try:
                with open(path, "rb") as fh:
                    n += sum(1 for line in fh if line.strip())
            except OSError:
                n += 1
        else:
            n += 1
    return n
