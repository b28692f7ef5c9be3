"""An honoree's name inside an organisation's name: "... University named after V.G. Shukhov"."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extractor.find.org_words import joiner
from extractor.lang.rules import rule
from extractor.lang.tokens import NAMED_AFTER, column, is_glued_initials_name, is_initials, is_name_word

_STOPS = frozenset(
    {
        "on",
        "in",
        "at",
        "during",
        "with",
        "by",
        "from",
        "for",
        "to",
        "and",
        "was",
        "were",
        "is",
        "has",
        "have",
        "had",
        "will",
        "signed",
        "visited",
        "hosted",
    }
)


def honoree_end(doc: Doc, end: int, none: int | None = None) -> int | None:
    """Where "named after X" / "n.a. X" starting at token ``end`` ends, the person's name included; None when
    no "named after" starts there, ``none`` when one does but no name follows."""
    lower = column(doc, "lower")
    if tuple(lower[end : end + 2]) not in NAMED_AFTER:
        return None
    k, last = end + 2, None
    while k < len(doc) and k < end + 12 and (not doc[k].is_punct or is_initials(doc[k]) or joiner(doc, k)):
        if "\n" in doc[k].text or doc[k].lower_ in _STOPS or doc[k].ent_type_ == "DATE":
            break
        if is_name_word(doc[k]) or is_glued_initials_name(doc[k]):
            last = k
        k += 1
    return last + 1 if last is not None else none


@rule("org.span.acronym_named_after")
def acronym_named_after(span: Span) -> Span:
    """Rule ``org.span.acronym_named_after``: a short form takes the honoree written after it, as the full
    name does ("BSTU named after V.G. Shukhov", "KSTU named after I. Razzakov")."""
    doc = span.doc
    if len(span) != 1 or not _short_form(column(doc, "text")[span.start]):
        return span
    end = honoree_end(doc, span.end)
    if end is None:
        return span
    return Span(doc, span.start, end, label=span.label, span_id="org.span.acronym_named_after")


def _short_form(word: str) -> bool:
    """An acronym: two or more capitals and no lower-case run longer than two ("BSTU", "KazNU", "TSKhU")."""
    return sum(c.isupper() for c in word) >= 2 and not any(
        word[i : i + 3].isalpha() and word[i : i + 3].islower() for i in range(len(word) - 2)
    )
