"""Word sets of the person finders: title words, words dropped before a name, function words, portfolio
prepositions."""

from __future__ import annotations

from functools import lru_cache

from extractor.lang.lexicons import lexicon, words

PORTFOLIO_PREPS = frozenset({"for", "of", "on", "in"})


@lru_cache(maxsize=1)
def dotted_degrees() -> frozenset[str]:
    """Degrees written with their full stop ("msc.", "ph.d."): dropped before a name ("MSc. Pham Thi Thu
    Huong")."""
    return frozenset(w for w in words("degrees") if w.endswith("."))


@lru_cache(maxsize=1)
def title_words_of_roles() -> frozenset[str]:
    roles = {w for p in words("roles") for w in p.replace("-", " ").split()}
    return frozenset(roles | words("honorifics") | DROP_LEFT) - FUNCTION_WORDS - {"general"}


DROP_LEFT = frozenset(
    {
        "the",
        "our",
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "dr",
        "dr.",
        "prof",
        "prof.",
        "professor",
        "academician",
        "president",
        "rector",
        "director",
        "minister",
    }
)


FUNCTION_WORDS = frozenset({"and", "of", "for", "on", "in", "the", "at", "to", "with"})


@lru_cache(maxsize=1)
def _surname_suffixes() -> tuple[str, ...]:
    return tuple(p[1:] for p, c in lexicon("person_names").items() if c == "surname_suffix")


def surname_like(word: str) -> bool:
    """A lone word that reads as a surname ("Pashkov", "Shakhray", "Khachatryan": by its ending), not a
    place."""
    return len(word) > 3 and word.endswith(_surname_suffixes()) and word not in words("places")
