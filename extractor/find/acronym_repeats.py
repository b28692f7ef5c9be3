"""An acronym the document already reads as an organisation is that organisation wherever it stands alone
("Shanghai Normal University (SHNU) ... President of University of Murcia Visits SHNU")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from extractor.find.org_blocks import blocked
from extractor.lang.lexicons import title_words, words
from extractor.lang.tokens import doc_text, hashes, lower_in, text_of
from extractor.normalise.org_text import company_core

_ACRONYM = re.compile(r"^(?=(?:[a-z]*[A-Z]){2})[A-Z][A-Za-z]{1,7}$")  # "SHNU", "UrSU", "GrSMU"
_GLUE = re.compile(r"[\w-]")


def bare_tokens(doc: Doc, spellings: set[str]) -> Iterator[int]:
    """The tokens spelt exactly as one of ``spellings``, not glued to a word or "-" ("HDU-ITMO": none)."""
    text = doc_text(doc)
    for i in lower_in(doc, hashes(spellings), exact=True):
        start, end = doc[i].idx, doc[i].idx + len(doc[i].text)
        if not (start and _GLUE.match(text, start - 1) or end < len(text) and _GLUE.match(text, end)):
            yield i


def repeated_acronyms(doc: Doc, kept: list[Span]) -> list[Span]:
    """Rule ``org.acronym_repeat``: the other bare uses of a one-token ORG mention shaped as an acronym (two
    capitals or more), not glued to a word or "-", not a legal form ("JSC"), not opening a longer name ("SCO
    University Rectorate": a capitalised word after it that is no headline verb or title, "RMUTP Signs", "PU
    VC"), not the quoted part of the name before it ('NTU
    “KhPI”')."""
    acronyms = {s.text for s in kept if s.label_ == "ORG" and len(s) == 1 and _ACRONYM.match(s.text)}
    acronyms -= {a for a in acronyms if a.lower() in words("legal_forms")}
    if not acronyms:
        return []
    return _bare_repeats(doc, kept, acronyms, "org.acronym_repeat")


def repeated_company_names(doc: Doc, kept: list[Span]) -> list[Span]:
    """Rule ``org.company_repeat``: a company named once with its legal form and one name word ('OJSC
    "Kyrgyztelecom"', "Kazakhtelecom JSC") is that company wherever the name word stands alone
    ("Kyrgyztelecom and Kazakhtelecom signed the Memorandum"), on the terms of ``org.acronym_repeat``."""
    names = set()
    for s in kept:
        core, legal = company_core(text_of(s)) if s.label_ == "ORG" else ("", False)
        word = next((t for t in s if t.lower_ == core), None) if legal else None
        if word is not None and word.is_alpha and word.is_title:
            names.add(word.text)
    return _bare_repeats(doc, kept, names, "org.company_repeat") if names else []


def _bare_repeats(doc: Doc, kept: list[Span], spellings: set[str], rule_id: str) -> list[Span]:
    """ORG mentions of the bare uses of ``spellings``, not opening a longer name ("SCO University Rectorate":
    a capitalised word after it that is no headline verb or title), not the quoted part of the name before
    it."""
    org_ends = {s.end for s in kept if s.label_ == "ORG"}
    out, leads = [], words("headline_verbs") | title_words()
    for i in bare_tokens(doc, spellings):
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if nxt is not None and (nxt.is_title or nxt.is_upper and nxt.is_alpha) and nxt.lower_ not in leads:
            continue  # "SCO University Rectorate"; not "RMUTP Signs MOU", "PU VC Prof Niaz Ahmed"
        if i >= 1 and doc[i - 1].is_quote and i - 1 in org_ends:
            continue  # 'NTU “KhPI”': the quoted part of the name before it
        sp = Span(doc, i, i + 1, label="ORG", span_id=rule_id)
        if not blocked(sp):
            out.append(sp)
    return out
