"""Saved web pages as documents: the article's text (trafilatura) and the page's own publication date
(htmldate, from its markup only), so a page gives the facts its text gives.

    >>> page = extract_page(open("tests/fixtures/html/102_hse-dufl-exchange-agreement.html").read())
    >>> page.text.splitlines()[0][:47], page.published
    ('HSE University and Leading Universities of Chi', '2024-04-22')

The text is trafilatura's plain-text output with one blank line between blocks (paragraphs, headings,
list items), as the corpus's texts are laid out, and the page's headline as its first line when
trafilatura left it out (a release's headline names the agreement and its parties). Offsets of the
records of a page index this text; :func:`save_text` writes it beside the records.
"""

from __future__ import annotations

import hashlib
import logging
import re
from pathlib import Path

from pydantic import BaseModel

from extractor.read.record_io import is_plain_name

HTML_SUFFIXES = (".html", ".htm")
TEXTS = "texts"  # OUT/texts/<doc_id>.txt: the extracted text of each page
_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.I,
)
_DOCUMENT = re.compile(r"<(?:html|body|head)\b", re.I)
_HEAD_BYTES = 4096  # the HTML standard: a charset declaration must sit in the first 1024 bytes; be lenient


class Page(BaseModel):
    """What one web page gives: its main text, its headline and the date its metadata states."""

    text: str
    title: str | None = None
    published: str | None = None


def is_html(path: Path) -> bool:
    """True for ``.html`` / ``.htm`` files (any case)."""
    return path.suffix.lower() in HTML_SUFFIXES


def declared_charset(raw: bytes) -> str | None:
    """The charset a page's ``<meta charset>`` or ``http-equiv`` tag (or XML declaration) declares, if any."""
    m = _CHARSET.search(raw[:_HEAD_BYTES])
    return (m.group(1) or m.group(2)).decode("ascii") if m else None


def extract_page(html: str) -> Page:
    """The page's main text (boilerplate, menus, comments and layout tables left out), headline first and
    its byline after it, and its publication date from meta tags, JSON-LD or ``<time>`` elements (never
    from the text)."""
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # "discarding data" chatter per page
    doc = trafilatura.bare_extraction(
        _as_document(html), include_comments=False, include_tables=False, with_metadata=True
    )
    body = _blocks(doc.text if doc is not None and doc.text else "")
    title = " ".join(doc.title.split()) if doc is not None and doc.title else None
    author = " ".join(doc.author.split()) if doc is not None and doc.author else None
    if author and author not in body:  # a byline trafilatura keeps as metadata: "Author: Gao Ya"
        body = f"Author: {author}\n\n{body}" if body else f"Author: {author}"
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}" if body else title
    info = info_line(html)
    if info and info not in body:  # the page's date and byline line, right under the headline
        head, _, rest = body.partition("\n\n") if title else ("", "", body)
        body = "\n\n".join(part for part in (head, info, rest) if part)
    return Page(text=body, title=title, published=metadata_date(html))


_INFO_LABEL = re.compile(r"\b(?:author|source|date|posted|published|updated|release time|by)\s*:", re.I)


def info_line(html: str) -> str | None:
    """The short line right after the page's headline that holds labelled fields ("Author:Gao Ya
    Source:Office of International Cooperation Date:2024-06-25"): a release's byline and date line,
    which article extractors drop as furniture; whitespace collapsed."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(_as_document(html))
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return None
    heading = next(iter(tree.iter("h1")), None)
    sibling = heading.getnext() if heading is not None else None
    while sibling is not None and not isinstance(sibling.tag, str):
        sibling = sibling.getnext()  # comments, processing instructions
    text = " ".join(sibling.text_content().split()) if sibling is not None else ""
    return text if 0 < len(text) <= 200 and _INFO_LABEL.search(text) else None


def _as_document(html: str) -> str:
    """A fragment (``<p>...</p>``, as a JSONL line may hold) inside ``<html><body>``; trafilatura reads
    only whole documents."""
    return html if _DOCUMENT.search(html[:_HEAD_BYTES]) else f"<html><body>{html}</body></html>"


def _blocks(text: str) -> str:
    """trafilatura's lines as paragraphs: one blank line between non-empty lines, ends stripped."""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


def metadata_date(html: str) -> str | None:
    """The page's original publication date (``YYYY-MM-DD``) from its markup, or None."""
    from htmldate import find_date

    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    try:
        return find_date(html, extensive_search=False, original_date=True)
    except (ValueError, TypeError):  # htmldate rejects unparsable documents this way
        return None


def text_name(doc_id: str) -> str:
    """The file name of a document's extracted text: ``<doc_id>.txt``, or for a doc_id that cannot name
    a file (``../x``, a slash, too long) ``_`` and a hash of it."""
    if is_plain_name(doc_id) and not doc_id.startswith("."):
        return f"{doc_id}.txt"
    return f"_{hashlib.sha256(doc_id.encode('utf-8', 'surrogatepass')).hexdigest()[:24]}.txt"


def save_text(out: Path, doc_id: str, text: str) -> Path:
    """Write ``OUT/texts/<doc_id>.txt`` (UTF-8, exactly the text the offsets index) and return its path."""
    path = out / TEXTS / text_name(doc_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))
    return path
