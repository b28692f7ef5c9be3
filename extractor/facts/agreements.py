"""The facts stage's entry point: role facts, then agreement facts read mention by mention."""

from __future__ import annotations

from spacy.tokens import Doc

from extractor.facts.agreement_merge import absorb_subsets, split_counted
from extractor.facts.agreement_reader import AgreementReader
from extractor.facts.roles import role_facts
from extractor.facts.signatories import signatory_parties
from extractor.lang.tokens import forget_doc
from extractor.models import AgreementFact, RoleFact


def agreement_facts(doc: Doc, roles: list[RoleFact] | None = None) -> list[AgreementFact]:
    """One fact per concrete agreement; later references and "signed by" sentences enrich it."""
    reader = AgreementReader(doc, roles or [])
    facts = reader.read()
    signatory_parties(facts, roles or [], reader.known)
    return split_counted(absorb_subsets(facts), doc)


def extract_facts(doc: Doc) -> list[RoleFact | AgreementFact]:
    """All facts of a document."""
    try:
        roles = role_facts(doc)
        return [*roles, *agreement_facts(doc, roles)]
    finally:
        forget_doc(doc)
