"""Person keys: one key per person in a document (initials spacing, bare surnames, spelling variants)."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

_INITIALS_GLUED = re.compile(r"^((?:[A-Z][A-Za-z]?\.)+)\s*([A-Z][^\s.]+.*)$")
_SPACED_INITIALS = re.compile(r"\b([A-Z][a-z]?\.)\s+(?=[A-Z][a-z]?\.)")
SURNAME_SIMILARITY = 85.0


def name_key(text: str) -> str:
    """Canonical written form: single spaces, initials without spaces (``M.E. Rayak``, ``N. Abdullayev``)."""
    t = " ".join(text.replace("\u00a0", " ").split()).rstrip(",;:")
    t = re.sub(r"[’']s$", "", t)
    t = re.sub(
        r"(?<=[a-z]{2})\.$", "", t
    )  # a sentence's full stop kept by an abbreviation token ("Liu Jun.")
    t = _SPACED_INITIALS.sub(r"\1", t)
    m = _INITIALS_GLUED.match(t)
    if m:
        t = f"{m.group(1)} {m.group(2)}"
    return t


def _tokens(key: str) -> list[str]:
    return [w for w in key.replace(".", ". ").split() if not w.endswith(".")]


def _skeleton(word: str) -> str:
    """A name word with the commonest transliteration choice undone: y and i ("Yury"/"Yuri",
    "Nikolaychik"/"Nikolaichik")."""
    return word.lower().replace("y", "i")


def _alike(a: str, b: str) -> bool:
    return fuzz.ratio(_skeleton(a), _skeleton(b)) >= SURNAME_SIMILARITY


def _same_person(short: str, full: str) -> bool:
    """``short`` is a bare surname/given-name or spelling variant of ``full``."""
    s, f = _tokens(short), _tokens(full)
    if not s or not f:
        return False
    if len(s) == 1:
        return any(_alike(s[0], w) for w in f)
    if len(s) > len(f):
        return False
    return all(any(_alike(a, b) for b in f) for a in s)


def person_keys(texts: list[str]) -> list[str]:
    """Key for each PERSON mention of one document: the fullest compatible name in that document."""
    keys = [name_key(t) for t in texts]
    by_len = sorted(set(keys), key=lambda k: (-len(_tokens(k)), -len(k), keys.index(k)))
    out = []
    for k in keys:  # the fullest compatible form; of two equally full spellings, the one written first
        match = next(
            (
                f
                for f in by_len
                if f != k
                and len(_tokens(f)) >= len(_tokens(k))
                and (len(f) > len(k) or len(f) == len(k) and keys.index(f) < keys.index(k))
                and _same_person(k, f)
            ),
            None,
        )
        out.append(match or k)
    return out
