"""Archive pages: a month line takes the year of the nearest year line above it."""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span

from extractor.lang.tokens import MONTH_NAMES, doc_cache, doc_text

ARCHIVE_LINE = re.compile(
    r"(?m)^[ \t•*\-]*((?:19|20)\d{2}|January|February|March|April|May|June|July|August|"
    r"September|October|November|December)[ \t]*$"
)


def archive_value(doc: Doc, span: Span) -> str | None:
    """A month line takes the year of the nearest year line above it."""
    if span.text.isdigit():
        return span.text
    cache = doc_cache(doc)
    if "year_lines" not in cache:  # (start, year) of every year line, read once per document
        cache["year_lines"] = [
            (m.start(), m.group(1)) for m in ARCHIVE_LINE.finditer(doc_text(doc)) if m.group(1).isdigit()
        ]
    years = cache["year_lines"]
    above = bisect_left(years, (span.start_char,))
    if not above:
        return None
    month = MONTH_NAMES.index(span.text.lower()) + 1
    return f"{years[above - 1][1]}-{month:02d}"
