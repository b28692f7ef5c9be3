"""The facts stage as a spaCy component: role and agreement facts in ``doc._.facts``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractor.facts.agreements import extract_facts
from extractor.lang.budget import DEFAULT_LIMIT, budgeted
from extractor.lang.tokens import TEXT_KEY, doc_extensions

doc_extensions("facts")


@Language.factory("extractor_facts", default_config={})
def make_facts(nlp: Language, name: str) -> FactExtractor:
    """Component: role and agreement facts as plain dicts in ``doc._.facts``."""
    return FactExtractor()


class FactExtractor:
    """Turns the normalised mentions and the parse into role / agreement facts."""

    time_limit = DEFAULT_LIMIT  # seconds per 10,000 characters (budget.py)

    @budgeted
    def __call__(self, doc: Doc) -> Doc:
        doc._.facts = [f.model_dump(mode="json") for f in extract_facts(doc)]
        doc.user_data.pop(TEXT_KEY, None)
        return doc
