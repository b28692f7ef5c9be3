"""The news outlet of a release: in brackets on its dateline ("MINSK, 7 October (BelTA) –", "TEHRAN (FNA)-",
"Amman, Jan. 27 (Petra) -", "ISLAMABAD, Feb 02 (APP):") or after a "Source:" label ("Source: Xinhua |")."""

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


_NAME_END = r"(?=[ \t]*(?:$|\||;|[ \t][-–—][ \t]|[ \t]{2}|\)|/|(?:[ \t][A-Z]\w*){1,2}[ \t]*:|\d{4}))"
_LABELLED = re.compile(
    r"(?m)(?:^|\||(?<![ \t])[ \t]{2})[ \t]*(?:(?i:sources?)[ \t]*:[ \t]*"
    r"(?P<source>[^\W\d_][^\s|;:]*(?:[ \t,]+[^\s|;:]+)*?)"
    r"|(?i:photos?)[ \t]*:[ \t]*(?P<photo>[A-Z]{2,}(?:\.[a-z]{2,})?))" + _NAME_END
)


@rule("org.source_line")
def source_lines(doc: Doc) -> list[Span]:
    """Rule ``org.source_line``: the name after a page's "Source:" label ("Source: Xinhua| 2019-09-02",
    "Source: Radio Pakistan", "Source: The Herald – Breaking news") is the organisation the text comes from;
    so is an agency's short name after "Photo:" ("Photo: VNA)", "Photo: ACN"; a person's name there is the
    photographer's)."""
    out = []
    text = doc_text(doc)
    for m in _LABELLED.finditer(text):
        start, end = m.span("source" if m.group("source") else "photo")
        end = start + len(text[start:end].rstrip(".,"))  # "Source: Press Center of X." ends before its stop
        span = doc.char_span(start, end, label="ORG", span_id="org.source_line", alignment_mode="expand")
        if span is not None and len(span) and any(c.isalpha() for c in span.text) and len(span.text) > 1:
            out.append(span)
    return out
