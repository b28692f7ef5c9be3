"""Registry entries found through a name's honoree: the person an institution is named after tells which
registered organisation a short or longer form is."""

from __future__ import annotations

import re

from extractor.lang.registry import OrgEntry, OrgRegistry
from extractor.lang.rules import rule
from extractor.normalise.org_parents import NAMED_AFTER


def honoree_entry(name: str, registry: OrgRegistry) -> OrgEntry | None:
    """The registered organisation a name not in the registry is, through its honoree
    (:func:`namesake_entry`, :func:`honoree_head_entry`), or None."""
    return namesake_entry(name, registry) or honoree_head_entry(name, registry)


@rule("org.key.namesake_acronym")
def namesake_entry(name: str, registry: OrgRegistry) -> OrgEntry | None:
    """Rule ``org.key.namesake_acronym``: "L. Gumilyov ENU", "Abai KazNPU": the registered organisation of the
    acronym, when its name holds the honoree's words ("L.N. Gumilyov Eurasian National University")."""
    *honoree, acr = name.split() or [""]
    entry = registry.lookup(acr) if honoree and acr.isalpha() and sum(c.isupper() for c in acr) >= 2 else None
    return entry if _holds(entry, " ".join(honoree)) else None


@rule("org.key.honoree_head")
def honoree_head_entry(name: str, registry: OrgRegistry) -> OrgEntry | None:
    """Rule ``org.key.honoree_head``: "RUDN University named after Patrice Lumumba", "KazNU named after
    Al-Farabi", "Kyrgyz State Technical University named after I. Razzakov of the Kyrgyz Republic": the
    registered organisation of the words before "named after", when its names hold the honoree's ("Peoples'
    Friendship University of Russia named after Patrice Lumumba"; never the registry's "ASU" for "ASU named
    after V.N. Tatishchev" when none of its names does)."""
    parts = NAMED_AFTER.split(name, maxsplit=1)
    if len(parts) != 2:
        return None
    honoree = _PLACE_PART.split(parts[1], maxsplit=1)[0].split()  # "I. Razzakov of the Kyrgyz Republic"
    if not honoree:
        return None
    entry = registry.lookup(parts[0])
    return entry if _holds(entry, honoree[-1]) else None


_PLACE_PART = re.compile(r"(?<!\s)\s+(?:of|in|at)\s+")


def _holds(entry: OrgEntry | None, honoree: str) -> bool:
    """The entry's names hold every word of three letters or more of the honoree's."""
    words_ = [w.lower() for w in re.findall(r"[^\W\d_]{3,}", honoree or "")]
    names = " ".join(entry.names()).lower() if entry is not None else ""
    return bool(words_) and all(w in names for w in words_)
