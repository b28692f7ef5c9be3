"""The organisation written next to a title or its person ("Rector of X", "X's rector", "A, Director, X",
"President Y and his delegation from X"): read by the role and party rules."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Span

from extractor.find.role_words import ORG_GAP
from extractor.find.roles import gap_ok
from extractor.lang.lexicons import words
from extractor.lang.tokens import POSSESSIVE, doc_cache


def _near(role: Span, orgs: list[Span]) -> list[Span]:
    """The organisations that end at most 6 tokens before the title and start at most 10 after it, in the
    order of ``orgs``, found by bisection in an index built once per list (a runaway line stays linear)."""
    cache = doc_cache(role.doc)
    if cache.get("attached_orgs", (None,))[0] is not orgs:
        order = sorted(range(len(orgs)), key=lambda k: orgs[k].start)
        longest = max((len(o) for o in orgs), default=0)
        cache["attached_orgs"] = (orgs, order, [orgs[k].start for k in order], longest)
    _, order, starts, longest = cache["attached_orgs"]
    lo, hi = bisect_left(starts, role.start - 6 - longest), bisect_right(starts, role.end + 10)
    return [orgs[k] for k in sorted(order[lo:hi]) if role.start - 6 <= orgs[k].end]


def attached_org(role: Span, person: Span | None, orgs: list[Span]) -> Span | None:
    """An organisation written next to the role or the person."""
    doc = role.doc
    near = _near(role, orgs)
    for o in near:
        if role.end <= o.start and o.start - role.end <= 4 and gap_ok(doc, role.end, o.start, ORG_GAP, set()):
            return o
        if (
            role.end <= o.start <= role.end + 2
            and [t.lower_ for t in doc[role.end : o.start]] in ([","], [",", "the"])
            or _through_unit(doc, role.end, o.start)
        ):
            return o
    for o in near:
        if o.end <= role.start and gap_ok(doc, o.end, role.start, POSSESSIVE | {"the"}, set()):
            return o
    if person is not None:
        anchor = max(person.end, role.end) if person.start > role.start else role.end
        anchor = _past_entourage(doc, anchor)
        for o in [o for o in orgs if anchor <= o.start <= anchor + 7]:
            if (
                anchor <= o.start <= anchor + 7
                and doc[anchor].lower_ in {"of", "from", "at", "("}
                and gap_ok(doc, anchor, o.start, ORG_GAP, set())
            ):
                return o
    return None


def _through_unit(doc: Doc, start: int, end: int) -> bool:
    """ "vice-president of the Far East division of Skolkovo": an unnamed unit (capitalised words, then a
    lower-case unit noun of ``patterns/unit_heads.jsonl``) between the title and its organisation."""
    gap = list(doc[start:end])
    if gap[-1:] and gap[-1].lower_ == "the":
        gap = gap[:-1]
    if len(gap) < 3 or gap[0].lower_ != "of" or gap[-1].lower_ != "of":
        return False
    body = gap[1:-1]
    body = body[1:] if body[0].lower_ == "the" else body
    unit = body[-1] if body else None
    return (
        unit is not None
        and unit.is_lower
        and unit.lower_ in words("unit_heads")
        and all(t.is_title and t.is_alpha for t in body[:-1])
    )


def _past_entourage(doc: Doc, i: int) -> int:
    """Skip "and his delegation" / "and the delegation" after a name: "President Nikolayev and his delegation
    from Northeastern Federal University"."""
    j = i
    if j < len(doc) and doc[j].lower_ == "and":
        j += 1
        if j < len(doc) and doc[j].lower_ in ("his", "her", "the", "a"):
            j += 1
        if j < len(doc) and doc[j].lower_ in ("delegation", "group", "team", "colleagues"):
            return j + 1
    return i
