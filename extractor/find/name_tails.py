"""What follows an organisation's name and belongs to it: an honoree ("... University named after V.G.
Shukhov", "BSTU named after V.G. Shukhov") and a short form's quoted name ("ETU “LETI”", "NITU “MISiS”")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extractor.find.org_edges import closing_quote
from extractor.find.org_words import joiner
from extractor.lang.rules import rule
from extractor.lang.tokens import (
    NAMED_AFTER,
    QUOTES_OPEN,
    column,
    is_glued_initials_name,
    is_initials,
    is_name_word,
)

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
    if k < len(doc) and doc[k].text == ".":  # "named after. I. Razzakov": a translation's stop for "им."
        k += 1
    while k < len(doc) and k < end + 12 and (not doc[k].is_punct or is_initials(doc[k]) or joiner(doc, k)):
        if "\n" in doc[k].text or doc[k].lower_ in _STOPS or doc[k].ent_type_ == "DATE":
            break
        if is_name_word(doc[k]) or is_glued_initials_name(doc[k]):
            last = k
        k += 1
    return last + 1 if last is not None else none


@rule("org.span.acronym_named_after", "org.span.acronym_quoted")
def acronym_tail(span: Span) -> Span:
    """Rules ``org.span.acronym_named_after`` and ``org.span.acronym_quoted``: a short form takes the honoree
    written after it, as the full name does ("BSTU named after V.G. Shukhov", "KSTU named after I.
    Razzakov"), and the quoted name right after it, on its line, with no verb inside ("ETU “LETI”", "MSTU
    \"STANKIN\"", "NITU “MISiS”")."""
    doc = span.doc
    if len(span) != 1 or not _short_form(column(doc, "text")[span.start]):
        return span
    end, rule_id = honoree_end(doc, span.end), "org.span.acronym_named_after"
    if end is not None:
        end = _name_words_end(
            doc, span.end + 2, end
        )  # "ASU named after V.N. Tatishchev met the ...": to "met"
    if end is None:
        end, rule_id = _quoted_end(doc, span.end), "org.span.acronym_quoted"
    if end is None:
        return span
    return Span(doc, span.start, end, label=span.label, span_id=rule_id)


def _name_words_end(doc: Doc, start: int, end: int) -> int | None:
    """Where the honoree's name words from ``start`` end, before the first lower-case word up to ``end``."""
    stop = next((t.i for t in doc[start:end] if t.is_lower and t.is_alpha), end)
    while stop > start and not (doc[stop - 1].is_title or doc[stop - 1].is_upper):
        stop -= 1
    return stop if stop > start else None


def _quoted_end(doc: Doc, i: int) -> int | None:
    """The end of a quoted name of at most six words opening at token ``i`` right after a space, or None."""
    if i >= len(doc) or column(doc, "text")[i] not in QUOTES_OPEN or not column(doc, "ws")[i - 1]:
        return None
    close = closing_quote(doc, i, reach=8)
    return None if close is None else close + 1


def _short_form(word: str) -> bool:
    """An acronym: two or more capitals and no lower-case run longer than two ("BSTU", "KazNU", "TSKhU")."""
    return sum(c.isupper() for c in word) >= 2 and not any(
        word[i : i + 3].isalpha() and word[i : i + 3].islower() for i in range(len(word) - 2)
    )
