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


def _written_in(short: str, full: str) -> bool:
    """Every word of ``short`` is a word of ``full`` as written (up to y/i): "Khachatryan" in "Robert
    Khachatryan", not in "Vahagn Khachaturyan"."""
    words = {_skeleton(w) for w in _tokens(full)}
    return all(_skeleton(w) in words for w in _tokens(short))


def person_keys(texts: list[str]) -> list[str]:
    """Key for each PERSON mention of one document: the fullest compatible name in that document; a name
    that holds the short form's words as written beats a spelling variant ("Minister Khachatryan" is Robert
    Khachatryan, not President Vahagn Khachaturyan)."""
    keys = [name_key(t) for t in texts]
    by_len = sorted(set(keys), key=lambda k: (-len(_tokens(k)), -len(k), keys.index(k)))
    found: dict[str, str] = {}

    def key_of(k: str) -> str:  # the fullest compatible form; of two equally full ones, the first written
        if k not in found:
            matches = [
                f
                for f in by_len
                if f != k
                and len(_tokens(f)) >= len(_tokens(k))
                and (len(f) > len(k) or len(f) == len(k) and keys.index(f) < keys.index(k))
                and _same_person(k, f)
            ]
            best = next((f for f in matches if _written_in(k, f)), matches[0] if matches else None)
            found[k] = k if best is None else key_of(best)  # a variant's own key ("Akif Alizade" -> "...deh")
        return found[k]

    return [key_of(k) for k in keys]
