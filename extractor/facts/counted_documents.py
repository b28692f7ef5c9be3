"""Counted partners: "signed memorandums with two universities" is one document per partner, unless one
singular document names them all."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extractor.facts.base import _ents
from extractor.facts.signatories import is_generic
from extractor.lang.rules import rule
from extractor.lang.tokens import doc_lower, doc_text
from extractor.models import AgreementFact

_COUNTED = re.compile(
    r"\bwith (?:two|three|four|five|several|\d+) (?:\w+ )?(?:universities|institutions|"
    r"organi[sz]ations|partners|companies|centers|centres)\b",
    re.I,
)


# The same for lower-cased text, opening with a literal (the regex engine then skips ahead to each "with").
_COUNTED_LOWER = re.compile(r"with(?<!\wwith)" + _COUNTED.pattern[len(r"\bwith") :])


def split_counted(facts: list[AgreementFact], doc: Doc) -> list[AgreementFact]:
    """ "KazNU signed memorandums with two universities ... KazNU together with A and B": one agreement per
    partner when the text counts the partners, the first party being the one that signs with each."""
    low = doc_lower(doc)
    if not (_COUNTED.search(doc_text(doc)) if low is None else _COUNTED_LOWER.search(low)):
        return facts
    out: list[AgreementFact] = []
    for f in facts:
        if len(f.parties) < 3 or _one_document_counted(f, doc) or _one_document_between(f, doc):
            out.append(f)
            continue
        for partner in f.parties[1:]:
            out.append(f.model_copy(update={"parties": [f.parties[0], partner]}))
    return out


@rule("agreement.keep.one_counted_document")
def _one_document_counted(f: AgreementFact, doc: Doc) -> bool:
    """Rule ``agreement.keep.one_counted_document``: "X signed a Memorandum of Understanding with three
    institutions: A, B and C": the counted partners are one singular document's, not one document each."""
    if f.start is None or f.end is None:
        return False
    found = _COUNTED.search(doc_text(doc), f.start, f.end)
    if found is None:
        return False
    before = [a for a in _ents(doc, "AGREEMENT") if f.start <= a.start_char < found.start()]
    return bool(before) and not any(is_generic(a) for a in before)


@rule("agreement.keep.one_document_between")
def _one_document_between(f: AgreementFact, doc: Doc) -> bool:
    """Rule ``agreement.keep.one_document_between``: "cooperation agreements with several universities have
    been signed. ... signed a cooperation agreement between SZTE, A (Thailand), B (France) and C (Malaysia)":
    a singular document whose own sentence lists its parties after "between" is one document of them all,
    whatever the counted plural said before."""
    if f.party_rule != "agreement.parties.between" or f.start is None or f.end is None:
        return False
    own = [a for a in _ents(doc, "AGREEMENT") if f.start <= a.start_char < f.end]
    return bool(own) and not any(is_generic(a) for a in own)
