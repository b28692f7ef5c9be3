"""Lists of titled people written title first: a bare title takes the organisation of the item before it."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extractor.facts.base import doc_ents, head_noun
from extractor.lang.lexicons import words
from extractor.lang.rules import rule
from extractor.lang.tokens import GENERIC_INSTITUTIONS
from extractor.normalise.categories import DEPUTY_OF

_MAX_ITEMS = 6
OrgChoice = tuple[str, int, str]


def _item_before(doc: Doc, start: int) -> int | None:
    """Where the list item before token ``start`` ends: back over "the", then one joiner (", ", "; ",
    ", and ")."""
    i = start
    while i > 0 and doc[i - 1].lower_ == "the":
        i -= 1
    k = i
    while k > 0 and doc[k - 1].lower_ in (",", ";", "and") and i - k < 2:
        k -= 1
    return k if k < i and doc[k].text in (",", ";") else None


@rule("role.org.previous_title_first_item")
def previous_title_first_org(
    role: Span, person: Span | None, orgs: list[Span]
) -> tuple[str, int, str] | None:
    """Rule ``role.org.previous_title_first_item``: "the rector of X, A, the head of the group ..., professor
    B, the vice-rector for academic affairs C": in a list written title first, a title without its own
    organisation belongs where the item before it does (back over other bare items)."""
    doc = role.doc
    if person is None or person.start < role.end:
        return None
    by_end = {o.end: o for o in orgs}
    ents = {(e.end, e.label_): e for e in doc_ents(doc)}  # the items walk back over names and titles
    start = role.start
    for _ in range(_MAX_ITEMS):
        k = _item_before(doc, start)
        name = ents.get((k, "PERSON")) if k is not None else None
        if name is None:
            return None
        j = name.start
        while j > 0 and doc[j - 1].lower_ in words("honorifics"):
            j -= 1
        if (org := by_end.get(j)) is not None and _deputy_of_item(role, org, ents):
            return org.kb_id_, 2, "role.org.previous_title_first_item"  # "dean of X A, deputy dean B"
        if j > 1 and doc[j - 1].text == "," and (org := by_end.get(j - 1)) is not None:
            if head_noun(org.kb_id_) not in GENERIC_INSTITUTIONS:
                return None  # "Vice Chairman of the Board of Trustees, A, President, B": not the board's
            return org.kb_id_, 2, "role.org.previous_title_first_item"  # "the rector of X, A, ..."
        title = ents.get((j - (doc[j - 1].text == ","), "ROLE"))  # "the head of X, professor B"
        if title is None or any(o.start >= title.end and o.end <= j for o in orgs):
            return None
        start = title.start  # "..., the vice-rector C": a bare item; read the one before it
    return None


def _deputy_of_item(role: Span, org: Span, ents: dict[tuple[int, str], Span]) -> bool:
    """The item before is "<title> of <org> <name>" with no comma, and ``role`` is its title's deputy ("acting
    dean of the Faculty of Chemistry A, deputy dean for General Affairs B"): the deputy serves that unit."""
    doc, k = role.doc, org.start
    while k > 0 and doc[k - 1].lower_ in ("of", "the"):
        k -= 1
    title = ents.get((k, "ROLE")) if k < org.start else None
    return title is not None and DEPUTY_OF.get(title.kb_id_) == role.kb_id_
