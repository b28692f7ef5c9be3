"""Short forms a document defines in brackets after the name of an event, project or programme ("the Eastern
Economic Forum (EEF)"): read once per Doc, so the model's later "EEF" is no organisation."""

from __future__ import annotations

from spacy.tokens import Doc

from extractor.find.org_shapes import ModelOrgView
from extractor.lang.lexicons import words
from extractor.lang.rules import rule
from extractor.lang.tokens import column, doc_cache


def event_acronyms(doc: Doc) -> frozenset[str]:
    """The capitalised short forms in brackets right after a name whose head noun names no organisation
    (``patterns/not_org_heads.jsonl``: forum, fair, corridor ...), cached per Doc."""
    cache = doc_cache(doc)
    if "event_acronyms" not in cache:
        text, lower = column(doc, "text"), column(doc, "lower")
        heads = words("not_org_heads")
        cache["event_acronyms"] = frozenset(
            text[i + 1]
            for i in range(1, len(text) - 2)
            if text[i] == "("
            and text[i + 2] == ")"
            and text[i + 1].isupper()
            and lower[i - 1] in heads
            and text[i - 1][:1].isupper()
        )
    return cache["event_acronyms"]


@rule("org.reject.event_acronym")
def event_acronym(c: ModelOrgView) -> bool:
    """``org.reject.event_acronym``: "the 6th Eastern Economic Forum (EEF) ... The 6th EEF was held": the
    short form of an event, project or programme the document defines is none of the organisations."""
    return len(c.toks) == 1 and c.text in event_acronyms(c.span.doc)
