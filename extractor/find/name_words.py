"""Word sets of the person finders: title words, words dropped before a name, function words, portfolio
prepositions."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from extractor.lang.lexicons import lexicon, words, words_of
from extractor.lang.tokens import column, columns, doc_cache

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


def written_lower(doc: Doc) -> frozenset[str]:
    """The words of three letters or more the document writes in lower case ("campus", "made"), never a name
    word of ``patterns/person_names``: a model's "name" does not end in one ("CHEN Feng Made", "Songjiang
    Campus" beside "the new campus"; ``find/people._clean``); read once per document."""
    cache = doc_cache(doc)
    if "written_lower" not in cache:
        lower, is_lower, alpha, ws = columns(doc, "lower", "is_lower", "alpha", "ws")
        names = lexicon("person_names")
        cache["written_lower"] = frozenset(  # a word of its own, not a syllable after a hyphen ("Ki-moon")
            lower[i]
            for i in range(1, len(lower))
            if is_lower[i] and alpha[i] and ws[i - 1] and len(lower[i]) >= 3 and lower[i] not in names
        )
    return cache["written_lower"]  # type: ignore[return-value]


def common_words(doc: Doc, start: int, end: int) -> int:
    """Rule ``person.reject.written_lower``: how many words of tokens ``start``..``end`` the document also
    writes in lower case (common words, no name: "the Korea Cultural Heritage Foudation", "Director External
    Linkages", "Photo Gallery")."""
    lower, common = column(doc, "lower"), written_lower(doc)
    return sum(lower[i] in common for i in range(start, end))


def an_initial(doc: Doc, i: int) -> bool:
    """Token ``i`` is an honorific only before another one (``patterns/honorifics``, ``before_honorific``) and
    a name follows it, so it is a name's initial: "Ts. Burmaa", where "Professor Ts. Dr. Yuserrie Zainuddin"
    gives a Malaysian technologist's title."""
    lower = column(doc, "lower")
    return lower[i] in words_of("honorifics", "before_honorific") and (
        i + 1 >= len(lower) or lower[i + 1] not in words("honorifics")
    )
