"""When the one organisation of a title's sentence is not where the title is held (``role.org.sentence_only``
held back)."""

from __future__ import annotations

import re

from spacy.tokens import Span

from extractor.lang.rules import rule
from extractor.lang.tokens import INSTITUTION_NOUNS
from extractor.normalise.org_text import head_noun

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
    """The name's head word (:func:`head_noun`, before its honoree) is an institution's ("Kazan Federal
    University", "University of Belgrade", "Ural Federal University named after ..."), or it opens the name
    in another language ("Politecnico di Torino"), or the name opens with an acronym ("AZTU", "KFU branch in
    Cairo"); not "University Council", "University Library", "Russian-Indian Friendship Society"."""
    first = key.split()[:1]
    if first and first[0].isupper() and len(first[0]) >= 3:
        return True
    own = _HONOREE.split(key, maxsplit=1)[0]
    return head_noun(own) in _HEADS or own.split()[0].lower() in _HEADS_FIRST


_HONOREE = re.compile(r" (?:named after|n\.a\.) ")
_HEADS_FIRST = frozenset(
    {"universitas", "universidad", "universidade", "universiti", "università", "politecnico"}
)
