"""Read input documents (folders, .txt, .html/.htm and .jsonl files) as exact text, reporting bad ones.

Bytes are decoded as stored: no newline translation (CRLF stays, so offsets index the file's text), a
BOM is honoured, and a file that is not UTF-8 is decoded with the encoding it declares (web pages) or
the one detected (:mod:`extractor.read.encodings`), named in ``InputDoc.encoding``. A web page becomes
its article's text (:mod:`extractor.read.html_pages`), which its offsets index. NUL bytes, lone
surrogates, unreadable, oversized or undecodable files and explicitly named files of another type
(``x.json``, ``README.md``) become :class:`InputError` lines, never crashes.

    >>> [type(d).__name__ for d in iter_inputs([Path("tests/fixtures/html")])][:2]
    ['InputDoc', 'InputDoc']
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import BaseModel

from extractor.read.encodings import decode_named
from extractor.read.html_pages import HTML_SUFFIXES, declared_charset, extract_page, is_html

MAX_BYTES = 64 * 1024 * 1024  # a press-release file is a few KB; larger files are not read at all
TEXT_SUFFIXES = (".txt",)
FOLDER_SUFFIXES = (*TEXT_SUFFIXES, *HTML_SUFFIXES)  # what a folder's documents are
SUPPORTED = (*FOLDER_SUFFIXES, ".jsonl")  # what an explicitly named file may be
_PUBLISHED = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_SURROGATE = re.compile("[\ud800-\udfff]")
TextDate = Callable[[str], object]  # truthy when a text states its own publication date


class InputDoc(BaseModel):
    """One readable document: its id, the text its offsets index, and the hash of that text's source.

    ``sha256`` hashes the file's bytes for a text file, the extracted text's UTF-8 bytes for a page."""

    doc_id: str
    text: str
    published: str | None = None
    path: str
    sha256: str
    source_format: Literal["text", "html"] = "text"
    encoding: str | None = None  # the file's encoding (None: decoded already, as a JSONL line is)
    published_source: Literal["input", "html-metadata"] | None = None  # why ``published`` is preset
    published_meta: str | None = None  # a page's metadata date, used only when its text states none


class InputError(BaseModel):
    """A document that could not be read or processed, and why."""

    doc_id: str
    path: str
    reason: str


def decode(raw: bytes) -> str:
    """The text of a file's bytes: BOM, else UTF-8, else the detected encoding; no newline translation.
    Raises ValueError (binary content, no encoding fits)."""
    return decode_named(raw)[0]


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


def _doc_id(doc_id: object, path: str) -> str | InputError:
    """The doc_id as a string, or the error saying why it cannot be one."""
    if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)) or str(doc_id).strip() == "":
        return InputError(doc_id=str(doc_id)[:200], path=path, reason="doc_id must be a non-empty string")
    doc_id = str(doc_id)
    if (bad := text_problem(doc_id)) is not None:
        return InputError(
            doc_id=doc_id.encode("utf-8", "replace").decode("utf-8"), path=path, reason=f"doc_id: {bad}"
        )
    return doc_id


def _content_problem(content: object, published: object, field: str = "text") -> str | None:
    if not isinstance(content, str):
        return f"{field} must be a string, got {type(content).__name__}"
    return text_problem(content) or published_problem(published)


def from_text(
    doc_id: object, text: object, published: object, path: str, sha256: str | None = None
) -> InputDoc | InputError:
    """Check an already decoded document (JSONL line, DataFrame row); ``sha256`` defaults to the text's."""
    doc_id = _doc_id(doc_id, path)
    if isinstance(doc_id, InputError):
        return doc_id
    if (problem := _content_problem(text, published)) is not None:
        return InputError(doc_id=doc_id, path=path, reason=problem)
    digest = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()  # type: ignore[union-attr]
    source = "input" if published else None
    return InputDoc(
        doc_id=doc_id, text=text, published=published, path=path, sha256=digest, published_source=source
    )  # type: ignore[arg-type]


def from_html(
    doc_id: object, html: object, published: object, path: str, encoding: str | None = None
) -> InputDoc | InputError:
    """A web page (decoded already) as a document: its article's text, headline first, and its metadata
    date in ``published_meta`` (``published``, when given, wins); ``sha256`` hashes the extracted text."""
    doc_id = _doc_id(doc_id, path)
    if isinstance(doc_id, InputError):
        return doc_id
    if (problem := _content_problem(html, published, "html")) is not None:
        return InputError(doc_id=doc_id, path=path, reason=problem)
    try:
        page = extract_page(html)  # type: ignore[arg-type]
    except Exception as err:  # a page trafilatura or lxml cannot parse is one error line
        return InputError(doc_id=doc_id, path=path, reason=f"cannot extract the page's text: {err!s:.200}")
    if not page.text.strip():
        return InputError(doc_id=doc_id, path=path, reason="no article text found in the page")
    doc = from_text(doc_id, page.text, published, path)
    if isinstance(doc, InputError):
        return doc
    return doc.model_copy(
        update={"source_format": "html", "encoding": encoding, "published_meta": page.published}
    )


def _read(doc_id: str, path: Path) -> bytes | InputError:
    """The file's bytes, or why they cannot be read (not a regular file, too large, an OS error)."""
    try:
        if not path.is_file():
            return InputError(doc_id=doc_id, path=str(path), reason="not a regular file")
        size = path.stat().st_size
        if size > MAX_BYTES:
            return InputError(
                doc_id=doc_id, path=str(path), reason=f"file too large ({size} > {MAX_BYTES} bytes)"
            )
        return path.read_bytes()
    except OSError as err:
        return InputError(doc_id=doc_id, path=str(path), reason=f"cannot read: {err.strerror or err}")


def _from_file(doc_id: str, path: Path) -> InputDoc | InputError:
    raw = _read(doc_id, path)
    if isinstance(raw, InputError):
        return raw
    page = is_html(path)
    try:
        text, encoding = decode_named(raw, declared_charset(raw) if page else None)
    except ValueError as err:
        return InputError(doc_id=doc_id, path=str(path), reason=str(err))
    if page:
        return from_html(doc_id, text, None, str(path), encoding)
    if (problem := text_problem(text)) is not None:
        return InputError(doc_id=doc_id, path=str(path), reason=problem)
    digest = hashlib.sha256(raw).hexdigest()
    return InputDoc(doc_id=doc_id, text=text, path=str(path), sha256=digest, encoding=encoding)


def _from_jsonl_line(path: Path, lineno: int, line: bytes) -> InputDoc | InputError:
    where, fallback_id = f"{path}:{lineno}", f"{path.stem}:{lineno}"
    try:
        obj = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as err:
        return InputError(doc_id=fallback_id, path=where, reason=f"not valid UTF-8 at byte {err.start}")
    except (ValueError, RecursionError) as err:
        return InputError(doc_id=fallback_id, path=where, reason=f"bad JSONL line: {err}")
    if not isinstance(obj, dict) or "doc_id" not in obj or ("text" in obj) == ("html" in obj):
        return InputError(
            doc_id=fallback_id,
            path=where,
            reason='bad JSONL line: expected an object with "doc_id" and either "text" or "html"',
        )
    if "html" in obj:
        return from_html(obj["doc_id"], obj["html"], obj.get("published"), where)
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


def _folder_files(folder: Path) -> list[Path]:
    """The documents of a folder (``.txt``, ``.html``, ``.htm``, any case), sorted by name."""
    try:
        return sorted(p for p in folder.iterdir() if p.suffix.lower() in FOLDER_SUFFIXES)
    except OSError:
        return []


def _unsupported(path: Path) -> InputError:
    kind = f"'{path.suffix}'" if path.suffix else "a file without an extension"
    return InputError(
        doc_id=path.stem,
        path=str(path),
        reason=f"unsupported input type ({kind}): give .txt, .html, .htm or .jsonl files, or a folder",
    )


def _one_path(path: Path) -> Iterator[InputDoc | InputError]:
    if path.is_dir():
        for f in _folder_files(path):
            yield _from_file(f.stem, f)
    elif not path.exists():
        yield InputError(doc_id=path.stem, path=str(path), reason="no such file or folder")
    elif path.suffix.lower() not in SUPPORTED:
        yield _unsupported(path)
    elif path.suffix.lower() == ".jsonl" and path.is_file():
        yield from _from_jsonl(path)
    else:
        yield _from_file(path.stem, path)


def iter_inputs(paths: list[Path], *, text_date: TextDate | None = None) -> Iterator[InputDoc | InputError]:
    """Every document under the given paths, in a stable order (folders sorted by file name).

    ``text_date(text)`` tells whether a text states its own publication date (the pipeline's finder);
    given it, a web page whose text states none gets its metadata date as ``published``."""
    for path in paths:
        for item in _one_path(path):
            yield item if text_date is None else with_metadata_date(item, text_date)


def with_metadata_date(item: InputDoc | InputError, text_date: TextDate) -> InputDoc | InputError:
    """The document with its page's metadata date as ``published`` (``published_source``
    ``html-metadata``) when no date was given and ``text_date`` finds none in its text."""
    if not isinstance(item, InputDoc) or item.published or not item.published_meta or text_date(item.text):
        return item
    return item.model_copy(update={"published": item.published_meta, "published_source": "html-metadata"})


def count_inputs(paths: list[Path]) -> int:
    """How many documents ``iter_inputs`` will yield (files counted, JSONL lines scanned), for progress."""
    n = 0
    for path in paths:
        if path.is_dir():
            n += len(_folder_files(path))
        elif path.suffix.lower() == ".jsonl" and path.is_file():
            try:
                with open(path, "rb") as fh:
                    n += sum(1 for line in fh if line.strip())
            except OSError:
                n += 1
        else:
            n += 1
    return n
