"""Words and token tests shared by the organisation finders: quotes, institution words, name tokens, headline
verbs."""

from __future__ import annotations

from functools import lru_cache

import numpy
from spacy.tokens import Doc

from extractor.lang.lexicons import words
from extractor.lang.tokens import doc_cache, hashes, is_initials, is_name_word, lower_in

QUOTES_OPEN = frozenset({'"', "«", "“", "'"})


QUOTES_CLOSE = frozenset({'"', "»", "”", "'"})


DROP = frozenset({"the", "The", "our", "Our", "its", "their", "of", "in", "at", "by", "with", "and"})


def joiner(doc: Doc, i: int) -> bool:
    """A hyphen glued to name words on both sides (``Sino-Russian``)."""
    t = doc[i]
    return (
        t.text in {"-", "–"}
        and i > 0
        and not doc[i - 1].whitespace_
        and not t.whitespace_
        and i + 1 < len(doc)
    )


def name_tok(doc: Doc, i: int, stop: frozenset[str]) -> bool:
    tok = doc[i]
    if tok.lower_ in stop or tok.ent_type_ in {"DATE", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"}:
        return False
    if tok.ent_type_ == "PERSON" and (tok.ent_iob_ == "I" or i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I"):
        return False
    return is_name_word(tok) or is_initials(tok) or joiner(doc, i)


@lru_cache(maxsize=1)
def _verb_hashes() -> numpy.ndarray:
    return hashes(words("headline_verbs"))


def headline_verbs(doc: Doc) -> list[int]:
    """Token indices of title-case headline verbs ("Sign", "Established"), read once per Doc."""
    cache = doc_cache(doc)
    if "headline_verbs" not in cache:
        cache["headline_verbs"] = [i for i in lower_in(doc, _verb_hashes()) if doc[i].is_title]
    return cache["headline_verbs"]  # type: ignore[return-value]
