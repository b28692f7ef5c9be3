"""A company's national branch or edition that the model reads as a person: a brand, then a country's name.

VivaCell-MTS, Synopsys Armenia and Unicomp   -> ORG "Synopsys Armenia" (the model: PERSON)
Kursiv Uzbekistan reports                    -> ORG "Kursiv Uzbekistan"
Hasan German                                 -> no branch: "German" names a people, not a country
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span

from extractor.lang.countries import names_a_country
from extractor.lang.lexicons import title_words, words
from extractor.lang.tokens import column, model_ents

_BRAND_TAGS = frozenset({"NNP", "NNPS"})


def company_branch(span: Span) -> bool:
    """Rule ``org.span.company_branch``: a name of one or two capitalised proper nouns, then a country's own
    name ("Synopsys Armenia", "CNBC Uzbekistan"); no word before the country is a given name, a title or an
    honorific, so "Ivan Kazakhstan" is left alone."""
    doc = span.doc
    text, tag = column(doc, "text"), column(doc, "tag")
    brand = range(span.start, span.end - 1)
    if not 1 <= len(brand) <= 2 or not names_a_country(text[span.end - 1]):
        return False
    if span.start and text[span.start - 1][:1].isupper():  # "Development Assistance Mongolia"
        return False
    return all(
        tag[k] in _BRAND_TAGS
        and text[k][:1].isupper()
        and text[k].replace("-", "").isalnum()
        and text[k].lower() not in _not_brands()
        for k in brand
    )


@cache
def _not_brands() -> frozenset[str]:
    """Words no brand is: honorifics, title words, the name lexicon's given names and surnames."""
    return words("honorifics") | title_words() | words("person_names")


def company_branches(doc: Doc) -> list[Span]:
    """The model's PERSON entities that :func:`company_branch` reads as a company's national branch, and the
    same words wherever else the release writes them ("Synopsys Armenia Director Hovik Musayelyan")."""
    text, out = column(doc, "text"), []
    names = {
        tuple(text[e.start : e.end]) for e in model_ents(doc) if e.label_ == "PERSON" and company_branch(e)
    }
    for name in names:
        n = len(name)
        out += [
            Span(doc, i, i + n, label="ORG", span_id="org.span.company_branch")
            for i in range(len(text) - n + 1)
            if tuple(text[i : i + n]) == name
        ]
    return out
