"""The organisation a page's furniture names: a dateline's outlet that reports or institution that publishes,
a site banner's owner."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extractor.facts.base import is_media
from extractor.lang.lexicons import words
from extractor.lang.rules import rule
from extractor.lang.tokens import doc_text

# "ADDIS ABABA (" right before the credited organisation, and ")–" or ") -" right after it
_PLACE_OPEN = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z .'’-]{1,40}\($")
_CLOSE_DASH = re.compile(r"^\)[ \t]*[-–—:]")
# a site's banner on the page's first line: "Welcome to Jilin Agricultural University", "• Welcome to the X"
_WELCOME = re.compile(r"[\W_]*welcome to (?:the )?$", re.I)


@rule("home.reject.dateline_source")
def dateline_source(doc: Doc, org: Span) -> bool:
    """Rule ``home.reject.dateline_source``: "AsianScientist (May 12, 2014) – China and Australia ...": the
    organisation written before the publication date on its line is the outlet that reports, not the
    release's own."""
    span = doc._.published_span
    if not span or org.start_char >= span[0]:
        return False
    return "\n" not in doc_text(doc)[org.end_char : span[0]]


@rule("home.dateline_credit")
def dateline_credit(doc: Doc, orgs: list[Span]) -> str | None:
    """Rule ``home.dateline_credit``: "USM PENANG, 9 February 2024 - Universiti Sains Malaysia (USM) today
    ...", "ADDIS ABABA (AAU)–Addis Ababa University (AAU) and ...": an institution the dateline credits (named
    with a head noun, no news outlet) publishes the release on its own news page."""
    text = doc_text(doc)
    for o in orgs:
        before, after = text[max(0, o.start_char - 45) : o.start_char], text[o.end_char : o.end_char + 4]
        bracketed = _PLACE_OPEN.search(before) is not None and _CLOSE_DASH.match(after) is not None
        if (bracketed or dateline_source(doc, o)) and _institution(doc, o.kb_id_):
            return o.kb_id_
    return None


def _institution(doc: Doc, key: str) -> bool:
    """A key named with an organisation's head noun ("Universiti Sains Malaysia", "Addis Ababa University") or
    an acronym, not an outlet's ("AsianScientist", "Kazinform International News Agency")."""
    heads = words("org_heads")
    acronym = key.isupper() and key.isalpha() and len(key) >= 3  # "GMIT campus, 16.01.2019"
    return not is_media(doc, key) and (acronym or any(w.lower() in heads for w in key.split()))


@rule("home.site_banner")
def site_banner(doc: Doc, orgs: list[Span]) -> str | None:
    """Rule ``home.site_banner``: "Welcome to Jilin Agricultural University" / "Welcome to Xilingol Vocational
    College foreign exchange center!" on the page's first line: the site that publishes the release is that
    institution's (named with a head noun, no outlet)."""
    text = doc_text(doc)
    first = len(text) - len(text.lstrip())
    line_end = text.find("\n", first)
    line_end = len(text) if line_end < 0 else line_end
    for o in orgs:
        if o.start_char >= line_end:
            break
        if _WELCOME.fullmatch(text, first, o.start_char) and _institution(doc, o.kb_id_):
            return o.kb_id_
    return None
