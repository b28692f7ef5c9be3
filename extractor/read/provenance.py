"""What a record says about its input (web page, encoding, where its date came from), and the extracted
texts of web pages kept beside the records so that every offset can be checked.

    items = keep_page_texts(out, iter_inputs(paths, text_date=...))   # OUT/texts/<doc_id>.txt per page
    record = with_provenance(record, doc)                             # when the record is made

A record of a plain UTF-8 text is left exactly as it was; a page's record gets ``source_format``
(``html``), ``encoding`` and ``published_source`` (``text``: the pipeline found the date in the text;
``html-metadata``: the text states none and the page's metadata gave it; ``input``: given with the
input); a text file in another encoding gets ``encoding``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from extractor.models import DocumentRecord
from extractor.read.html_pages import TEXTS, save_text
from extractor.read.inputs import InputDoc, InputError
from extractor.read.record_io import record_line


def provenance(doc: InputDoc, published: str | None) -> dict[str, str]:
    """The record fields an input adds, for a record whose publication date is ``published``."""
    fields: dict[str, str] = {}
    if doc.source_format == "html":
        fields["source_format"] = "html"
        if published:
            fields["published_source"] = (doc.published_source or "input") if doc.published else "text"
    if doc.encoding and (doc.encoding != "utf-8" or doc.source_format == "html"):
        fields["encoding"] = doc.encoding
    return fields


def with_provenance(record: DocumentRecord, doc: InputDoc) -> DocumentRecord:
    """The record with its input's provenance (unchanged for a plain UTF-8 text).

    >>> doc = InputDoc(doc_id="a", text="x", path="a.txt", sha256="0", encoding="cp1251")
    >>> with_provenance(DocumentRecord(doc_id="a"), doc).encoding
    'cp1251'"""
    fields = provenance(doc, record.published)
    return record.model_copy(update=fields) if fields else record


def provenance_line(line: str, doc: InputDoc) -> str:
    """A records.jsonl line (as the Spark engine returns it) with its input's provenance; the line
    itself when there is none to add."""
    fields = provenance(doc, json.loads(line).get("published"))
    if not fields:
        return line
    record = DocumentRecord.model_validate_json(line).model_copy(update=fields)
    return record_line(record).rstrip("\n") + line[len(line.rstrip("\n")) :]


def keep_page_texts(out: Path, items: Iterable[InputDoc | InputError]) -> Iterator[InputDoc | InputError]:
    """Pass the items on, writing each web page's extracted text to ``OUT/texts/<doc_id>.txt`` first."""
    for item in items:
        if isinstance(item, InputDoc) and item.source_format == "html":
            try:
                save_text(out, item.doc_id, item.text)
            except OSError as err:
                item = InputError(
                    doc_id=item.doc_id,
                    path=item.path,
                    reason=f"cannot write its extracted text: {err.strerror or err}",
                )
        yield item


def clear_page_texts(out: Path) -> None:
    """Remove the extracted texts an earlier run left in ``OUT/texts`` (a fresh run, not a resumed one)."""
    folder = out / TEXTS
    if folder.is_dir():
        for path in folder.glob("*.txt"):
            path.unlink(missing_ok=True)
