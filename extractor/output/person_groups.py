"""From joined PERSON key pairs to groups of one person's keys, each known by its fullest key.

Groups are made by union, so a join is transitive: "A. Ivanov" is a variant of "Alexander Ivanov" and of
"Andrei Ivanov", and joining it to both would make the two one person. So a key that two people fit joins
neither (rule ``key.keep.fits_two_people``): two of the keys it joins each add something to it (a
written-out word where it has an initial, or a word it lacks), and the two are no spellings of one name.
Keys that add nothing to it ("V.A. Sadovnichy" and "Viktor Sadovnichy" of "Viktor Antonovich Sadovnichy")
are parts of it, never a conflict. This is decided from the set of pairs alone, so the groups do not
depend on the order of the pairs, and the local and the Spark engine share it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations

from rapidfuzz.distance import Levenshtein

from extractor.output.key_join import compatible, fold, in_order_with, is_initial, person_pairs, tokens
from extractor.output.memory import no_gc

AMBIGUOUS_RULE = "key.keep.fits_two_people"
Ambiguous = dict[str, tuple[str, str]]  # key kept apart -> two people it fits


def near(a: str, b: str) -> bool:
    """Two compared words that may spell one name: :func:`compatible`, or written-out words of four
    letters or more within one edit (two from five letters): "aleksandr"/"aleksander", "osman"/"othman",
    "sardar"/"sardor"; never "aleksander"/"andrei"."""
    if compatible(a, b):
        return True
    if is_initial(a) or is_initial(b) or min(len(a), len(b)) < 4:
        return False
    return Levenshtein.distance(a, b, score_cutoff=2) <= (1 if min(len(a), len(b)) < 5 else 2)


def one_name(a: str, b: str) -> bool:
    """Two keys that may write one person's name: every word of the shorter pairs with its own :func:`near`
    word of the longer, in any order ("Mohamed Osman Elkhosht" / "Mohamed Othman Elkhosht"; "Sadovnichii
    Victor Antonovich" / "Victor Antonovich Sadovnichy": official papers put the surname first)."""
    ta, tb = tokens(a), tokens(b)
    short, rest = (ta, list(tb)) if len(ta) <= len(tb) else (tb, list(ta))
    for s in short:
        k = next((k for k, t in enumerate(rest) if near(s, t)), None)
        if k is None:
            return False
        del rest[k]
    return True


def adds_nothing(part: str, key: str) -> bool:
    """``part`` says nothing that ``key`` does not: each of its words, in order, is a word of ``key`` or an
    initial of one ("V.A. Sadovnichy" of "Viktor Antonovich Sadovnichy"; not "Alexander Ivanov" of
    "A. Ivanov")."""
    return in_order_with(tokens(part), tokens(key), _same_or_initial)


def _same_or_initial(s: str, t: str) -> bool:
    """``s`` is ``t``, or stands for it in fewer letters: an initial, or initials run together ("VA" of
    "V.A."): a written-out name has three letters at least."""
    return s == t or ((is_initial(s) or len(s) < 3) and compatible(s, t))


def fits_two_people(key: str, partners: Iterable[str]) -> tuple[str, str] | None:
    """Rule ``key.keep.fits_two_people``: two keys that ``key`` joins, each adding to it, that are not one
    name ("Alexander Ivanov" and "Andrei Ivanov" of "A. Ivanov"), or None."""
    more = sorted(p for p in partners if not adds_nothing(p, key))
    return next(((a, b) for a, b in combinations(more, 2) if not one_name(a, b)), None)


def split_ambiguous(pairs: Iterable[tuple[str, str]]) -> tuple[list[tuple[str, str]], Ambiguous]:
    """The joined pairs without those of a key that two people fit; and each such key with the two."""
    pairs = sorted(set(pairs))
    partners: dict[str, list[str]] = defaultdict(list)
    for a, b in pairs:
        partners[a].append(b)
        partners[b].append(a)
    kept = {k: two for k, ps in partners.items() if len(ps) > 1 and (two := fits_two_people(k, ps))}
    return [(a, b) for a, b in pairs if a not in kept and b not in kept], kept


class Groups:
    """Union-find over keys: ``join`` two, ``mapping`` each joined key to the fullest of its group."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, k: str) -> str:
        parent = self.parent
        root = parent.setdefault(k, k)
        while parent[root] != root:
            parent[root] = parent[parent[root]]
            root = parent[root]
        return root

    def join(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)

    def mapping(self) -> dict[str, str]:
        """Each key of a group of two or more -> the group's fullest key."""
        groups: dict[str, list[str]] = defaultdict(list)
        for k in self.parent:
            groups[self.find(k)].append(k)
        out: dict[str, str] = {}
        for g in groups.values():
            if len(g) > 1:
                out.update(dict.fromkeys(g, fullest(g)))
        return out


def fullest(keys: Iterable[str]) -> str:
    """The key a group is known by: most tokens, then longest, then first in order."""
    return sorted(keys, key=lambda k: (-len(tokens(k)), -len(k), k))[0]


def person_joins(pairs: Iterable[tuple[str, str]]) -> tuple[dict[str, str], Ambiguous]:
    """From joined pairs: each PERSON key that joins another -> the fullest key of its group (keys that
    join none are left out); and the keys kept apart because two people fit them."""
    joined, ambiguous = split_ambiguous(pairs)
    groups = Groups()
    for a, b in joined:
        groups.join(a, b)
    return {k: v for k, v in groups.mapping().items() if k != v}, ambiguous


def person_key_joins(keys: Iterable[str]) -> tuple[dict[str, str], Ambiguous]:
    """:func:`person_joins` of the pairs that a corpus's PERSON keys form."""
    with no_gc():  # many small containers that live to the end: the cyclic collector only rescans them
        out = person_joins(person_pairs(keys))
    tokens.cache_clear()
    fold.cache_clear()
    return out


def person_key_changes(keys: Iterable[str]) -> dict[str, str]:
    """The PERSON keys that join another, each mapped to the fullest key of its group."""
    return person_key_joins(keys)[0]


def person_key_map(keys: Iterable[str]) -> dict[str, str]:
    """Map each PERSON key to the fullest key of its group of variants (itself when it joins none)."""
    keys = set(keys)
    return {k: k for k in keys} | person_key_changes(keys)
