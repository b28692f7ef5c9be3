"""When the one organisation of a title's sentence is not where the title is held (``role.org.sentence_only``
held back)."""

from __future__ import annotations

import re

from spacy.tokens import Span

from extractor.lang.rules import rule
from extractor.lang.tokens import INSTITUTION_NOUNS

# titles that head or deputise for a whole institution (a university, an academy), by category
_INSTITUTION_TITLES = frozenset({"rector", "vice-rector", "president", "vice-president"})
_HEADS = INSTITUTION_NOUNS | {"polytechnic", "université"}


@rule("role.org.sentence_only")
def sentence_only_fits(role: Span, person: Span | None, org: Span) -> bool:
    """Rule ``role.org.sentence_only`` holds back when the sentence's one organisation cannot be the title's:
    a title of the category ``other`` far from it (more than six tokens from the title and its person: "...
    witnessed today by the Minister for Tertiary Education, Senator Chris Evans"), or a rector's or
    president's title when the organisation is no institution, as its head word shows ("President B met the
    delegation at the University Library", "the Sports Group"); an acronym may name one ("AZTU")."""
    if role.kb_id_ == "other":
        spans = [role] + ([person] if person is not None else [])
        return any(max(org.start - s.end, s.start - org.end) <= 6 for s in spans)
    return role.kb_id_ not in _INSTITUTION_TITLES or institution_head(org.kb_id_ or org.text)


def institution_head(key: str) -> bool:
    """The name's head word is an institution's ("Kazan Federal University", "University of Belgrade",
    "German-Mongolian Institute for Resources and Technology", "Politecnico di Torino"), or the name is an
    acronym ("AZTU") or opens with one; not
    "University Council", "University Library", "Russian-Indian Friendship Society"."""
    if key.split()[0].isupper() and len(key.split()[0]) >= 3:
        return True  # "AZTU", "KFU branch in Cairo": the acronym names the institution
    words = _NAME_TAIL.split(key, maxsplit=1)[0].lower().split()
    return bool(words) and (words[-1] in _HEADS or words[0] in _HEADS_FIRST)


# where a name's head has ended: its "of / for / at / in ..." part or its honoree
_NAME_TAIL = re.compile(r" (?:of|for|at|in|named after|n\.a\.) ")
_HEADS_FIRST = frozenset(
    {"universitas", "universidad", "universidade", "universiti", "università", "politecnico"}
)
