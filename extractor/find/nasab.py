"""Names joined by a patronymic particle: "Salim bin Sultan al Ruzaiqi", "Jawaher bint Shaheen"."""

from __future__ import annotations

from functools import lru_cache

import numpy
from spacy.tokens import Doc, Span

from extractor.lang.lexicons import lexicon, words
from extractor.lang.rules import rule
from extractor.lang.tokens import column, hashes, lower_in

_MAX_WORDS = 4  # name words on either side of the first particle


@lru_cache(maxsize=1)
def _particles() -> tuple[frozenset[str], frozenset[str]]:
    """The particles ("bin", "bint", "ibn"; the surname particles "da", "van") and articles ("al") of
    ``patterns/person_names.jsonl``."""
    lex = lexicon("person_names")
    return (
        frozenset(k for k, v in lex.items() if v in ("nasab", "name_particle")),
        frozenset(k for k, v in lex.items() if v == "name_article"),
    )


@lru_cache(maxsize=1)
def _particle_hashes() -> numpy.ndarray:
    return hashes(_particles()[0])


@rule("person.span.nasab")
def nasab_names(doc: Doc, titles: frozenset[str], org_words: frozenset[str]) -> list[Span]:
    """Rule ``person.span.nasab``: a lower-case patronymic particle (``nasab`` in ``patterns/person_names``:
    bin, bint, ibn) or surname particle (``name_particle``: "Soares da Silva", "Herman van Schalkwyk")
    between capitalised words joins them into one name, with the article "al" / "Al-" and
    further particles after it ("Dr Salim bin Sultan al Ruzaiqi, CEO of MTC", "Sultan bin Ahmed bin Sultan
    Al Qasimi"; the Arabic article of South Asian names: "Noor ul Haq Qadri"); the given names before it go
    back to a title, an honorific, a portfolio's field word or a mark. A run that reaches
    an institution's word is part of its name ("Abu Ali ibn Sino Bukhara State Medical Institute")."""
    found = lower_in(doc, _particle_hashes(), exact=True)  # read from the token array: most texts have none
    if not found:
        return []
    text = column(doc, "text")
    stops = titles | org_words | words("honorifics") | words("portfolio_words")  # "... for Religious Affairs"
    out = []
    for i in found:
        if i == 0 or not _name_word(text[i - 1], stops):
            continue
        start = i - 1
        while start > 0 and i - start < _MAX_WORDS and _name_word(text[start - 1], stops):
            start -= 1
        end = _name_end(text, i, stops, org_words)
        if end is not None:
            out.append(Span(doc, start, end, label="PERSON", span_id="person.span.nasab"))
    return out


def _name_word(word: str, stops: frozenset[str]) -> bool:
    """A capitalised word that is no title, honorific or institution word."""
    return word[:1].isupper() and word.isalpha() and word.lower() not in stops


def _name_end(text: list[str], i: int, stops: frozenset[str], org_words: frozenset[str]) -> int | None:
    """The end of the name after the particle at ``i``: name words, further particles and articles ("al",
    "Al-"); None when no name word follows or the run reaches an institution's word."""
    particles, articles = _particles()
    k, names = i + 1, 0
    while k < len(text) and names < _MAX_WORDS:
        word = text[k]
        if word in particles or word.lower() in articles or word == "-" and text[k - 1].lower() in articles:
            k += 1
        elif _name_word(word, stops):
            k, names = k + 1, names + 1
        else:
            break
    if k < len(text) and text[k].lower() in org_words:
        return None
    while k > i + 1 and not _name_word(text[k - 1], stops):
        k -= 1  # "... bin Sultan al": a name ends in a name word
    return k if names else None
