"""Rule ``org.span.lower_portfolio``: a state body's portfolio written in lower case, as translated releases
print it ("Ministry of ecology, environmental protection and climate change of the Republic of Uzbekistan",
"Ministry of construction of Vietnam", "Committee for environmental protection under the Government"): the
portfolio's words stay in the name, and the name goes on over the "of ..." after them. Rule
``person.span.after_lower_portfolio``: a title's portfolio in lower case ends where its holder's name
starts."""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc

from extractor.lang.lexicons import words
from extractor.lang.rules import rule
from extractor.lang.tokens import column, is_name_text

RULE = "org.span.lower_portfolio"

# the state bodies whose portfolio follows "of" / "for"
_BODIES = frozenset({"ministry", "committee", "agency"})
_WORDS = frozenset({"NN", "NNS", "JJ"})
_OF = frozenset({"of", "for"})


class _Name(Protocol):
    doc: Doc


@rule(RULE)
def lower_portfolio(g: _Name, end: int) -> int | None:
    """Where a lower-case portfolio after "<Ministry|Committee|Agency> of/for" ends: a run of lower-case nouns
    and adjectives joined by commas and "and" that holds a field of ``patterns/portfolio_words.jsonl``, up to
    its last field or singular noun that is no title ("Ministry of education officials": "officials" stays
    out); None when the words after the head are no such run ("Committee of the University")."""
    doc, lower = g.doc, column(g.doc, "lower")
    if end < 1 or end + 1 >= len(doc) or lower[end - 1] not in _BODIES or lower[end] not in _OF:
        return None  # checked on the token columns: this step runs at every step of every name's growth
    fields, titles = words("portfolio_words"), words("roles")
    k, last, field = end + 1, None, False
    while k < len(doc) and k - end <= 12:
        t = doc[k]
        if t.text != "," and t.lower_ != "and":
            if not (t.is_alpha and t.is_lower and (t.tag_ in _WORDS or t.lower_ in fields)):
                break
            field = field or t.lower_ in fields
            last = k + 1 if t.lower_ in fields or t.tag_ == "NN" and t.lower_ not in titles else last
        k += 1
    return last if field else None


_LOWER_JOINERS = frozenset({"of", "and", "the", "for"})


@rule("person.span.after_lower_portfolio")
def lower_portfolio_end(doc: Doc, end: int) -> int | None:
    """Rule ``person.span.after_lower_portfolio``: "the vice-rector for internationalization Alessandro
    Figus", "the head of the international relations department Muhamadiev A.N.": a portfolio or unit written
    in lower case after "of"/"for" ends where the capitalised name starts; None when the words after
    "of"/"for" are not all lower case up to a capitalised word on the same line."""
    text, ws, tags = column(doc, "text"), column(doc, "ws"), column(doc, "tag")
    k, limit = end + 1, min(len(doc) - 1, end + 9)
    while k < limit and text[k].isalpha() and text[k].islower() and "\n" not in ws[k]:
        if tags[k].startswith(("VB", "MD")):
            return None  # "the head of the department met Ivan Petrov": a clause, no portfolio
        k += 1
    words_between = [t for t in text[end + 1 : k] if t not in _LOWER_JOINERS]
    if not words_between or k >= limit or not is_name_text(text[k]) or text[k - 1] in _LOWER_JOINERS:
        return None
    acronym = text[k].isupper() and len(text[k]) > 2 and not text[k + 1].isupper()  # "OBREAL Global"
    return None if acronym else k
