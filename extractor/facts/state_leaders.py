"""Rule ``role.org.state_leader``: a head of state or government holds the state's office, not an
organisation a rule only guessed around the title."""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

from rapidfuzz import fuzz

from extractor.lang.lexicons import words
from extractor.lang.rules import rule
from extractor.models import RoleFact

# the rules that guess an organisation the title does not name (the release's own, the sentence's only one)
GUESSED = frozenset(
    {
        "role.org.release_home",
        "role.org.sentence_only",
        "role.org.sentence_intro",
        "role.org.sentence_subject",
        "role.org.our_institution",
        "role.org.our_own",
        "role.org.the_university_named_before",
        "role.org.previous_item",
        "role.org.person_affiliation",
        "role.org.delegation_member",
        "role.org.name_origin",
    }
)
_OFFICES = frozenset({"president", "vice-president", "head", "minister"})
_STATE_OFFICES = frozenset({"president", "vice-president"})  # never an organisation's, for a state's leader
_LONG = 7  # words this long may be spelt otherwise ("Berdymukhamedov", "Ceenbekov"); shorter ones not
_SIMILAR = 85.0
_SURNAME = 5  # a surname alone names a leader from this length on ("Putin"; not "Modi" nor "Gul")


@lru_cache(maxsize=65536)
def is_state_leader(person: str) -> bool:
    """The person key names a head of state or government of ``patterns/state_leaders.jsonl``, also spelt
    otherwise ("Sooronbay Ceenbekov", "Gurbanguly Berdymuhamedov") or by a long surname alone ("Putin" is
    too short to be spelt otherwise, "Rahmanov" is not "Rahmonov")."""
    parts = [_fold(w) for w in person.replace(".", ". ").split() if not w.endswith(".")]
    if len(parts) == 1:
        return len(parts[0]) >= _SURNAME and any(parts[0] == names[-1] for names in _leaders())
    return len(parts) > 1 and any(all(_alike(w, names) for w in parts) for names in _leaders())


@cache
def _leaders() -> tuple[tuple[str, ...], ...]:
    """The leaders' names, each as its folded words (read once)."""
    return tuple(tuple(_fold(w) for w in leader.split()) for leader in sorted(words("state_leaders")))


def _fold(word: str) -> str:
    """Lower case, no hyphens, no diacritics ("Khürelsükh" -> "khurelsukh")."""
    plain = unicodedata.normalize("NFKD", word.lower().replace("-", ""))
    return "".join(c for c in plain if not unicodedata.combining(c))


def _alike(word: str, names: tuple[str, ...]) -> bool:
    """The word is one of the names, or a long one spelt otherwise."""
    return word in names or len(word) >= _LONG and any(fuzz.ratio(word, n) >= _SIMILAR for n in names)


@rule("role.org.state_leader")
def state_leaders(facts: list[RoleFact]) -> list[RoleFact]:
    """Rule ``role.org.state_leader``: "On November 24, President Xi Jinping sent a congratulatory letter" in
    a university's release, "met President Vladimir Putin at Moscow State University": a state's leader is
    president of no organisation (org null), nor head or prime minister of one a rule only guessed; a title
    of another category keeps its organisation ("Chairman of the Board of Trustees of X")."""
    return [
        f.model_copy(update={"org": None, "rule": "role.org.state_leader"}) if _state_office(f) else f
        for f in facts
    ]


def _state_office(f: RoleFact) -> bool:
    """The fact's organisation is a guess, or any for a president, and the person leads a state."""
    guessed = f.rule in GUESSED and f.role in _OFFICES or f.role in _STATE_OFFICES
    return f.org is not None and guessed and is_state_leader(f.person)
