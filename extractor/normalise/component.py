"""The normalisation stage as a spaCy component: each mention's normalised value in ``span.kb_id_``."""

from __future__ import annotations

import re
from datetime import date

from spacy.attrs import ENT_KB_ID
from spacy.language import Language
from spacy.tokens import Doc, Span

from extractor.lang.budget import DEFAULT_LIMIT, budgeted
from extractor.lang.registry import OrgRegistry, load_registry
from extractor.lang.tokens import doc_extensions, doc_text, text_of
from extractor.normalise.archive import archive_value
from extractor.normalise.categories import category, kind_of
from extractor.normalise.date_filters import tense_of
from extractor.normalise.date_relative import narrative_day
from extractor.normalise.dates import normalise_date
from extractor.normalise.orgs import org_keys
from extractor.normalise.people import person_keys

doc_extensions("org_types")


@Language.factory("extractor_normaliser", default_config={"fuzzy": True})
def make_normaliser(nlp: Language, name: str, fuzzy: bool) -> Normaliser:
    """Component: put each mention's normalised value in ``span.kb_id_``."""
    return Normaliser(load_registry(), fuzzy=fuzzy)


class Normaliser:
    """ORG/PERSON keys, ROLE categories, DATE values (anchored on ``doc._.published``), AGREEMENT kinds."""

    time_limit = DEFAULT_LIMIT  # seconds per 10,000 characters (budget.py)

    def __init__(self, registry: OrgRegistry, *, fuzzy: bool = True):
        self.registry, self.fuzzy = registry, fuzzy

    @budgeted
    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        orgs = [e for e in ents if e.label_ == "ORG"]
        people = [e for e in ents if e.label_ == "PERSON"]
        norms: dict[tuple[int, int], str] = {}
        norms.update(zip(((e.start, e.end) for e in orgs), org_keys(orgs, self.registry, fuzzy=self.fuzzy)))
        norms.update(zip(((e.start, e.end) for e in people), person_keys([text_of(e) for e in people])))
        doc._.org_types = {k: e.type for k in set(norms.values()) if (e := self.registry.get(k)) is not None}
        anchor = (
            date.fromisoformat(doc._.published) if doc._.published and len(doc._.published) == 10 else None
        )
        previous = None  # the last date the text named: "two days later" counts from it
        for e in ents:
            if e.label_ == "ROLE":
                norms[(e.start, e.end)] = category(text_of(e)) or "other"
            elif e.label_ == "AGREEMENT":
                # a short form ("MOI") keeps the kind its finder read from the document's name
                found_kind = e.id_.rpartition(":")[2] if e.id_.startswith("agreement") else ""
                norms[(e.start, e.end)] = kind_of(text_of(e)) or found_kind or "agreement"
            elif e.label_ == "DATE" and e.id_ == "archive_line":
                norms[(e.start, e.end)] = archive_value(doc, e) or ""
            elif e.label_ == "DATE" and e.id_ == "published":
                norms[(e.start, e.end)] = doc._.published or ""
            elif e.label_ == "DATE":
                context, focus = _clause_around(doc, e)
                norms[(e.start, e.end)] = narrative_day(text_of(e), previous) or (
                    normalise_date(text_of(e), anchor, tense=tense_of(context, focus=focus)) or ""
                )
                previous = norms[(e.start, e.end)] or previous
        kb_ids = doc.to_array(ENT_KB_ID)  # written into the token array: doc.ents read them from there
        for e in ents:
            kb_ids[e.start : e.end] = doc.vocab.strings.add(norms.get((e.start, e.end), ""))
        doc.from_array([ENT_KB_ID], kb_ids.reshape(-1, 1))
        return doc


_CLAUSE_END = re.compile(r"[.!?;\n]")


def _clause_around(doc: Doc, span: Span, reach: int = 250) -> tuple[str, int]:
    """The text of the sentence around a span, at most ``reach`` characters each side (bounded work per
    date even in text without full stops), and the span's offset in it."""
    text = doc_text(doc)
    lo = max(0, span.start_char - reach)
    before = [m.end() for m in _CLAUSE_END.finditer(text, lo, span.start_char)]
    start = before[-1] if before else lo
    m = _CLAUSE_END.search(text, span.end_char, min(len(text), span.end_char + reach))
    end = m.start() + 1 if m else min(len(text), span.end_char + reach)
    return text[start:end], span.start_char - start
