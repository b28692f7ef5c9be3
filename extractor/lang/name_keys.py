"""Registry name keys: the folded form names are matched by, their surface variants, and fuzzy similarity."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz, process

# Measured in tests/test_registry.py: misspellings score >= 87.5; near-miss names and the most
# confusable registry pairs (Qinghua/Qinghai University) score <= 85.7.
FUZZY_THRESHOLD = 86.5


FUZZY_MIN_CHARS = 10


# Status words (compared fuzzily, so "Univeristy" is one): a misspelling of one only lowers the
# whole-key ratio; a misspelling of any other (distinctive) word caps the score by that word's ratio.
_GENERIC = (
    "university",
    "state",
    "national",
    "research",
    "institute",
    "federal",
    "named",
    "after",
    "academician",
)


_STOP = frozenset({"of", "and", "for", "in", "at"})


_APOSTROPHES = dict.fromkeys(map(ord, "'`´‘’‛ʼ"), "")


_SPACES = dict.fromkeys(map(ord, '"“”„‟«»‹›-‐‑‒–—―−.,;:()[]/!?\u00a0\u2009\u202f'), " ")


_SAINT = re.compile(r"\b(?:saint|st\.|st(?=[\s\-]))[\s\-‐‑–—]*(?=\w)")


_WORDS = {
    "organization": "organisation",
    "organizations": "organisations",
    "center": "centre",
    "centers": "centres",
    "the": "",
    "&": "and",
    "prc": "peoples republic of china",
}


_COMPASS = re.compile(r"\b(north|south)\s?(east|west)")


_SURFACE_SAINT = re.compile(r"\b(?:Saint|St\.?)(?:\s+|-)(?=[A-Z])")


_POSSESSIVE = re.compile(r"['’]s$")


@lru_cache(maxsize=65536)  # pure, and the same names recur across documents
def name_key(s: str) -> str:
    """Normalise a name for exact lookup: case, accents, quotes, dashes, "St."/"the"/"&", UK spelling.

    "North-Western" and "Northwestern" both become "north western".
    """
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = s.translate(_APOSTROPHES)
    s = _SAINT.sub("saint ", s)
    s = re.sub(r"\bn\.\s*a\.", " named after ", s).replace("&", " & ")
    s = _COMPASS.sub(r"\1 \2", s.translate(_SPACES))
    return " ".join(w for w in (_WORDS.get(w, w) for w in s.split()) if w)


def _stem(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and len(word) > 4 else word


def _words(key: str) -> list[str]:
    return [_stem(w) for w in key.split() if w not in _STOP]


@lru_cache(maxsize=4096)
def _is_generic(word: str) -> bool:
    return process.extractOne(word, _GENERIC, scorer=fuzz.ratio, score_cutoff=85) is not None


def _paired(a: list[str], b: list[str]) -> bool:
    """Every word of ``a`` has a counterpart in ``b`` with the same initial and a similar spelling."""
    return all(any(x[0] == y[0] and fuzz.ratio(x, y) >= 75 for y in b) for x in a)


def _weakest(a: list[str], b: list[str]) -> float:
    """Lowest best-partner ratio over the distinctive (non-status) words of ``a``."""
    return min(
        (max(fuzz.ratio(x, y) for y in b if y[0] == x[0]) for x in a if not _is_generic(x)), default=100.0
    )


def similarity(a: str, b: str) -> float:
    """Fuzzy score (0-100) of two name keys, symmetric; a spelling tolerance, not a word-omission one.

    Zero unless every word pairs with a word of the other key (same initial, similar spelling);
    otherwise the whole-key ratio capped by the weakest match of a distinctive word.
    """
    wa, wb = _words(a), _words(b)
    if not (_paired(wa, wb) and _paired(wb, wa)):
        return 0.0
    return min(fuzz.ratio(a, b), _weakest(wa, wb), _weakest(wb, wa))


def surface_variants(name: str) -> list[str]:
    """Spellings of one name as it appears in text: without "The", Saint/St./St, straight/curly quotes."""
    out = {name, name[4:]} if name.startswith("The ") else {name}
    if _SURFACE_SAINT.search(name):
        out |= {_SURFACE_SAINT.sub(rep, v) for v in out for rep in ("Saint ", "Saint-", "St. ", "St ")}
    out |= {v.replace("'", "’") for v in out}
    if '"' in name:
        out |= {re.sub(r'"([^"]*)"', q, v) for v in out for q in (r"«\1»", r"“\1”")}
    return sorted(out)
