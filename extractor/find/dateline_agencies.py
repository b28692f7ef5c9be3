"""The news outlet in brackets on a release's dateline: "MINSK, 7 October (BelTA) –", "TEHRAN (FNA)-",
"Amman, Jan. 27 (Petra) -", "ISLAMABAD, Feb 02 (APP):"."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extractor.lang.rules import rule
from extractor.lang.tokens import doc_text

_PLACE = r"(?:[A-Z][A-Z.'-]+(?:[ \t][A-Z][A-Z.'-]+)*|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)"
_DATELINE = re.compile(
    r"(?m)^[ \t]*(?:date[ \t]+\d{4}-\d{2}-\d{2}[ \t]+)?"  # a page's date field may stand before it
    + _PLACE
    + r"(?:,[ \t][^\n()]{1,40}?)?[ \t]\((?P<name>[A-Z][\w.&'’-]{1,24})\)[ \t]*(?:--|[-–—:])"
)
_REACH = 1500  # a dateline opens the release: only its first characters are read


@rule("org.dateline_agency")
def dateline_agencies(doc: Doc) -> list[Span]:
    """Rule ``org.dateline_agency``: the name in brackets between a dateline's place (and date) and the dash
    or colon that opens the story is the news outlet that filed it ("NAIROBI, Dec. 5 (Xinhua) -", "BANDAR SERI
    BEGAWAN, Brunei (MNTV) –"); a place there ("China Daily (USA) -") is left to the place filter."""
    out = []
    for m in _DATELINE.finditer(doc_text(doc)[:_REACH]):
        span = doc.char_span(*m.span("name"), label="ORG", span_id="org.dateline_agency")
        if span is not None:
            out.append(span)
    return out
