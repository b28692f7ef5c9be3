"""A company named after its legal form written first, in capitals ("JSC", "OJSC", "LLC", "LLP").

OJSC "Kyrgyztelecom" and JSC Kazakhtelecom   -> ORG 'OJSC "Kyrgyztelecom"', ORG "JSC Kazakhtelecom"
The director of JSC Gazprom Neft             -> ORG "JSC Gazprom Neft" (the model: "Gazprom Neft")
Director of Unicomp CJSC Armen Baldryan      -> no company: the legal form ends "Unicomp", a person follows
"""

from __future__ import annotations

from functools import cache

import numpy
from spacy.tokens import Doc, Span

from extractor.find.org_words import legal_prefix
from extractor.lang.lexicons import lexicon, title_words, words
from extractor.lang.tokens import (
    QUOTES_CLOSE,
    QUOTES_OPEN,
    column,
    hashes,
    initials_text,
    is_name_text,
    lower_in,
)

_MAX_NAME = 5


def legal_form_names(doc: Doc) -> list[Span]:
    """Rule ``org.span.legal_form_first``: a legal form in capitals (``patterns/legal_forms.jsonl``) that
    opens a name is a company with that name: a quoted name ('OJSC "Kyrgyztelecom"') or up to five
    capitalised words ("LLC Nanopektin"); never a legal form right after a capitalised word, which ends that
    word's company ("Unicomp CJSC Armen Baldryan"). Only the legal-form tokens are read (token array)."""
    text, out = column(doc, "text"), []
    for k in lower_in(doc, _form_hashes()):
        if k + 1 < len(text) and opens_company(text, k) and not _ends_a_name(doc, text, k):
            end = _name_end(text, k + 1)
            if end > k + 1:
                out.append(Span(doc, k, end, label="ORG", span_id="org.span.legal_form_first"))
    return out


@cache
def _form_hashes() -> numpy.ndarray:
    """The hashes of ``patterns/legal_forms.jsonl``, for :func:`lower_in`."""
    return hashes(words("legal_forms"))


def _ends_a_name(doc: Doc, text: list[str], k: int) -> bool:
    """The legal form at ``k`` follows a capitalised word on its line: it ends that word's company
    ("Unicomp CJSC")."""
    return k > 0 and is_name_text(text[k - 1]) and "\n" not in doc[k - 1].whitespace_


def _name_end(text: list[str], i: int) -> int:
    """The end of the name that starts at token ``i``: a quoted run of words up to its closing quote, or
    the capitalised words that follow; ``i`` when there is none."""
    if text[i] in QUOTES_OPEN:
        close = next(
            (j for j in range(i + 1, min(len(text), i + 2 + _MAX_NAME)) if text[j] in QUOTES_CLOSE), None
        )
        inner = range(i + 1, close) if close is not None else range(0)
        return close + 1 if inner and is_name_text(text[i + 1]) else i
    j = i
    while j < min(len(text), i + _MAX_NAME) and is_name_text(text[j]) and not _ends_name(text[j]):
        j += 1
    return j


@cache
def _stops() -> frozenset[str]:
    """Words that end a company's name and open what follows it: titles, honorifics, given names."""
    given = {w for w, c in lexicon("person_names").items() if c == "given"}
    return title_words() | words("honorifics") | frozenset(given)


def _ends_name(word: str) -> bool:
    """A title, an honorific, a given name or initials after a company's name ("JSC Gazprom Neft CEO
    Alexander Dyukov", "JSC Uzbekistan Temir Yullari A. Kamildjanov")."""
    return word.lower() in _stops() or initials_text(word)


def opens_company(text: list[str], k: int) -> bool:
    """The legal form in capitals at token ``k`` opens the company named after it: a quote or a capitalised
    word follows ('"X Station", LLP "Agro Lab"')."""
    nxt = text[k + 1] if k + 1 < len(text) else ""
    return text[k].isupper() and (nxt in QUOTES_OPEN or is_name_text(nxt))


def with_legal_prefix(span: Span) -> Span:
    """Rule ``org.span.legal_prefix``: a company's name right after its legal form in capitals takes it in
    ("JSC Gazprom Neft", "OJSC MAZ"), unless the form ends a capitalised word's name before it."""
    doc, k = span.doc, span.start - 1
    text, lower = column(doc, "text"), column(doc, "lower")
    if span.label_ != "ORG" or k < 0 or not legal_prefix(text, lower, k) or _ends_a_name(doc, text, k):
        return span
    return Span(doc, k, span.end, label="ORG", span_id="org.span.legal_prefix")
