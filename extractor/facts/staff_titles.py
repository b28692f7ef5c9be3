"""Titles of an institution's own staff: a post that is the release's own organisation's when the text names
none (rule ``role.org.institution_staff``), unlike an envoy's, expert's or interpreter's; and a delegation's
titles, nobody's organisation's (rule ``role.org.delegation_title``)."""

from __future__ import annotations

from spacy.tokens import Span

from extractor.lang.lexicons import staff_titles
from extractor.lang.rules import rule
from extractor.lang.tokens import POSSESSIVE

# the head an aide serves, as an institution names it ("to the Rectorate", "the President's")
_HEADS = frozenset({"rector", "rectorate", "president", "chancellor", "vice-chancellor", "principal"})


@rule("role.org.institution_staff")
def institution_staff(role: Span) -> bool:
    """Rule ``role.org.institution_staff``: a post of an institution's staff ("Linguistics Lecturer", "Acting
    Registrar", ``staff`` in ``patterns/roles.jsonl``) or an aide to its head ("Assistant to the President for
    International Affairs", "Chief Advisor to the Rectorate", "Rector's Advisor", "assistant president"):
    not outside an institution's ranks, so the release's own organisation's when no other is written. An
    aide to a state's head ("aide to the Russian president", "Advisor to the PM") stays nobody's."""
    words_ = role.text.lower().replace("–", "-").replace("’", "'").split()
    staff = staff_titles("roles")
    if " ".join(words_[-2:]) in staff or words_[-1:] and words_[-1] in staff:
        return True
    return _names_head(words_) or _serves_head(role)


def _names_head(words_: list[str]) -> bool:
    """The title names the head it serves: "Rector's Adviser", "assistant president", "Assistant to the
    President for International Affairs"."""
    for i, w in enumerate(words_):
        if w.endswith("'s") and w[:-2] in _HEADS:
            return True
        if i and w in _HEADS and (i == 1 or words_[i - 1] == "the"):
            return True
    return False


def _serves_head(role: Span) -> bool:
    """ "<title> to the Rector(ate)" right after the title, or "Rector's <title>" right before it."""
    doc = role.doc
    after = [t.lower_ for t in doc[role.end : role.end + 3]]
    if after[:2] == ["to", "the"] and len(after) == 3 and after[2] in _HEADS:
        return True
    i = role.start
    return i >= 2 and doc[i - 1].text in POSSESSIVE and doc[i - 2].lower_ in _HEADS


_DELEGATION = frozenset({"delegation", "delegations"})


@rule("role.org.delegation_title")
def delegation_title(role: Span) -> bool:
    """Rule ``role.org.delegation_title``: a title that names a delegation, not an organisation ("head of the
    delegation", "the leader of the Cuban delegation", "Russian Federation delegation leader", "the
    delegation’s leader", "Supervisor of the delegation") is held in no organisation when none is written
    beside it: a delegation is no body of its own, and its members come from several."""
    doc = role.doc
    before = doc[role.start - 1].lower_ if role.start else ""
    glued = role.start >= 2 and before in ("'s", "’s") and doc[role.start - 2].lower_ == "delegation"
    return any(t.lower_ in _DELEGATION for t in role) or before in _DELEGATION or glued
