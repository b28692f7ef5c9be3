"""Universities written as their honoree's name before their acronym: "L. Gumilyov ENU", "Abai KazNPU",
"Kalashnikov ISTU": the acronym vouches that the name before it is part of the organisation's name, not a
person."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from extractor.find.org_blocks import stop_words
from extractor.find.role_words import place_word
from extractor.lang.lexicons import document_words, title_words, words
from extractor.lang.tokens import doc_text

# an honoree (initials and/or up to two capitalised words), then a university's acronym: capitals (a
# lower-case run inside allowed: "KazNPU") ending in U
_NAMESAKE = re.compile(
    r"(?<![\w.-])((?:[A-Z]\.\s?){0,3}[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?)?)"
    r" ([A-Z][A-Za-z]{0,5}U)(?![\w-])"
)


def namesake_acronyms(doc: Doc) -> list[Span]:
    """Rule ``org.namesake_acronym``: "the rector of L. Gumilyov ENU", "the delegation of Kalashnikov ISTU":
    an honoree's name, then a university acronym (two capitals at least, the last a U), is one organisation,
    when no word of the name is a title, a place or an organisation's head noun."""
    out, blocked = [], _blocked_words()
    for m in _NAMESAKE.finditer(doc_text(doc)):
        name, acr = m.group(1), m.group(2)
        if sum(c.isupper() for c in acr) < 2 or acr.lower() in document_words():
            continue  # "This MoU", "Sign MoU": a document
        if _after_honorific(doc_text(doc), m.start(1)):
            continue  # "Prof. Salim BOUNOU": a person, the surname in capitals
        plain = [w for w in re.split(r"[\s.-]+", name) if len(w) > 1]
        if any(w.lower() in blocked or place_word(w, w.lower()) for w in plain):
            continue
        span = doc.char_span(m.start(1), m.end(2))
        if span is not None:
            out.append(Span(doc, span.start, span.end, label="ORG", span_id="org.namesake_acronym"))
    return out


def _after_honorific(text: str, start: int) -> bool:
    """The word before ``start`` is an honorific of ``patterns/honorifics.jsonl`` ("Prof.", "Dr", "Mr.")."""
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1].rstrip(".").lower() in words("honorifics")


@cache
def _blocked_words() -> frozenset[str]:
    """Words that make a name before an acronym no honoree's: titles, head nouns, honorifics, stop words and
    headline words ("Delegation Visits RSMU": a headline)."""
    found = title_words() | words("org_heads") | words("honorifics") | stop_words()
    return found | words("headline_verbs") | words("not_org_heads")
