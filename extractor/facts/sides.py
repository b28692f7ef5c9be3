"""The sides of a signing: a bare title in a sentence that speaks for "their respective" sides belongs to the
party the other titles of the sentence do not name."""

from __future__ import annotations

import re

from spacy.tokens import Span

from extractor.lang.sentences import sent_of
from extractor.lang.tokens import text_of

_RESPECTIVE = re.compile(
    r"\b(?:their|the)\s+respective\s+(?:sides|parties|institutions|universities|organi[sz]ations)\b", re.I
)


def respective_side(role: Span, orgs: list[Span]) -> Span | None:
    """Rule ``role.org.respective_side``: "An MoU between Dhaka University and Yuxi Normal University was
    signed. Vice-Chancellor X and President of Yuxi Normal University Y signed it on behalf of their
    respective sides": the two parties are the organisations named in the sentence or the one before; the
    vice-chancellor's side is the one the sentence does not name."""
    doc, sent = role.doc, sent_of(role)
    if not _RESPECTIVE.search(text_of(sent)):
        return None
    before = sent_of(doc[sent.start - 1]) if sent.start > 0 else sent
    named_here = {o.kb_id_ for o in orgs if sent.start <= o.start < sent.end}
    parties = {o.kb_id_: o for o in orgs if before.start <= o.start < sent.end}
    if len(parties) != 2 or len(named_here) != 1:
        return None
    other = [o for k, o in parties.items() if k not in named_here]
    return other[0] if len(other) == 1 else None
