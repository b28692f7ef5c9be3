"""Lists of "Title of ORG, Name" items: which way a list runs is decided by its first item."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Span, Token

from extractor.find.role_lists import RoleContext, same_sentence, titles_before_names
from extractor.find.tie_cues import title_org_comma
from extractor.lang.lexicons import words
from extractor.lang.rules import rule
from extractor.lang.tokens import POSSESSIVE, column
from extractor.normalise.categories import category

_JOINERS = frozenset({",", "and", ";"})
_MAX_ITEMS = 12


def _person_ending_before(doc: Doc, start: int, ctx: RoleContext) -> Span | None:
    """The person right before ``start`` across a joiner (", ", ", and ", "; "), else None."""
    k = start
    while k > 0 and doc[k - 1].lower_ == "the":
        k -= 1
    joined = k
    while k > 0 and doc[k - 1].lower_ in _JOINERS:
        k -= 1
    if k == joined:
        return None
    return next((p for p in ctx.before(k, 0) if p.end == k), None)


def _title_phrase_before(person: Span, ctx: RoleContext) -> Span | None:
    """The title whose phrase "Title of ORG," ends right before ``person``."""
    lo = bisect_left(ctx.role_ends, person.start - 25)
    hi = bisect_right(ctx.role_ends, person.start - 1)
    return next(
        (
            r
            for r in reversed(ctx.roles_by_end[lo:hi])
            if title_org_comma(r, person, ctx, loose=True)
            and not ctx.before(person.start - 1, person.start - r.end)
        ),
        None,
    )


def _item(role: Span, person: Span, ctx: RoleContext) -> bool:
    """ "Title of ORG, (Dr.) Name", "Title, Prof. Dr. Name" or "Title Dr. Name": one item of a title-first
    list."""
    gap = column(role.doc, "lower")[role.end : person.start]
    honorifics = titles_before_names()
    return (
        all(w in honorifics for w in gap)
        or _comma_then_honorifics(gap)
        or title_org_comma(role, person, ctx, loose=True)
    )


def _comma_then_honorifics(gap: list[str]) -> bool:
    """A comma, then at least one honorific or degree: ", Prof. Dr."."""
    return gap[:1] == [","] and len(gap) > 1 and all(w in titles_before_names() for w in gap[1:])


def _bare_title_before(person: Span, ctx: RoleContext) -> Span | None:
    """ "President, Prof. Dr. Atilla Arkan": a bare title, a comma and at least one honorific before the
    name."""
    lo = bisect_left(ctx.role_ends, person.start - 6)
    hi = bisect_right(ctx.role_ends, person.start - 1)
    r = ctx.roles_by_end[hi - 1] if hi > lo else None
    if r is None:
        return None
    return r if _comma_then_honorifics([t.lower_ for t in person.doc[r.end : person.start]]) else None


def _opens_clause(title: Span, ctx: RoleContext) -> bool:
    """No person of the sentence before the title without a verb between: "witnessed by Minister ..." opens
    a list, "Dai Jianbing, former party secretary and delegation head of X" does not."""
    doc = title.doc
    earlier = [p for p in ctx.before(title.start, 40) if same_sentence(doc, p.start, title.start)]
    return not earlier or any(t.tag_.startswith("VB") for t in doc[earlier[-1].end : title.start])


def title_first_chain(role: Span, ctx: RoleContext) -> Span | None:
    """Rule ``role.tie.title_first_chain``: "witnessed by Egyptian Minister of Higher Education and Research,
    Ayman Ashour, Minister Counsellor of the Chinese Embassy in Egypt, Lu Chunsheng, and Director of X, Huang
    Nianping": walking back through the list, it opens with a title, so every title names the person after
    it. A list that opens with a name ("A, Rector of X, B, Dean of Y") runs the other way."""
    after = ctx.after(role.end, 30)[:1]
    if not after or not _item(role, after[0], ctx):
        return None
    item, persons = role, 0
    for _ in range(_MAX_ITEMS):
        person = _person_ending_before(role.doc, item.start, ctx)
        if person is None or not same_sentence(role.doc, person.start, role.start):
            return after[0] if persons and _opens_clause(item, ctx) else None
        title = _title_phrase_before(person, ctx) or _bare_title_before(person, ctx)
        if title is None:
            return None
        item, persons = title, persons + 1
    return None


@rule("role.tie.name_first_list")
def list_opens_with_name(person: Span, ctx: RoleContext) -> bool:
    """Rule ``role.tie.name_first_list``: walking back through "Prof. A, Vice-President, Prof. B, Associate
    Vice-President, ..." item by item, the list opens with a name ("included Prof. A"), so each title names
    the person before it, not the one after ("Rector, Prof. A, Vice-Rector, Prof. B" and "President A,
    Pro-rector, Doctor B" open with a title)."""
    doc = person.doc
    for _ in range(_MAX_ITEMS):
        title = _title_phrase_before(person, ctx) or _title_next_to(person, ctx, ",")
        if title is None:
            return _title_next_to(person, ctx) is None
        earlier = _person_ending_before(doc, title.start, ctx)
        if earlier is None or not same_sentence(doc, earlier.start, title.start):
            return False
        person = earlier
    return False


def _title_next_to(person: Span, ctx: RoleContext, comma: str = "") -> Span | None:
    """A title right before the name, only honorifics between ("President Hala Fouad", "First Vice-Rector
    docent Kurbonov"), or a comma first (``comma=","``: "Pro-rector, Doctor Abdelhakim"); not an academic
    rank written as an honorific ("Professor Li")."""
    lo = bisect_left(ctx.role_ends, person.start - 5)
    hi = bisect_right(ctx.role_ends, person.start)
    honorifics, lead = titles_before_names(), [comma] if comma else []
    for r in reversed(ctx.roles_by_end[lo:hi]):
        gap = [t.lower_ for t in person.doc[r.end : person.start]]
        if (
            not _rank_as_honorific(r)
            and gap[: len(lead)] == lead
            and all(w in honorifics for w in gap[len(lead) :])
        ):
            return r
    return None


_STACK_GAP = frozenset({"of", "the", "and", ",", "&"}) | POSSESSIVE


def stacked_title(role: Span, ctx: RoleContext) -> Span | None:
    """Rule ``role.tie.stacked_titles``: "Chairman of the Association of X, Rector of Bishkek State University
    Abdyldy Musaev", "the General Director and Party Secretary of the Society Wan Xiaoguan": titles stacked
    before one name (only their organisations, "and" or a comma between them; the last title's organisation,
    no comma, right before the name) all name that person."""
    doc = role.doc
    nxt = next((r for r in ctx.roles_by_end if role.end <= r.start < role.end + 25), None)
    if nxt is None or nxt.start == role.end or category(nxt.text) == "professor":
        return None  # "X, Rector of UCA, and Professor Y": an academic rank opens the next item
    before = _person_ending_before(doc, role.start, ctx)
    if before is not None and _title_right_before(before, ctx) is None:
        return None  # "Yerlan Sydykov, Chairman of X": a name-first item
    gap = doc[role.end : nxt.start]
    if gap[-1].lower_ not in ("and", ",") or ctx.after(role.end, nxt.start - role.end):
        return None
    if not all(t.i in ctx.org_tokens or t.lower_ in _STACK_GAP or t.is_title for t in gap):
        return None
    person = next(iter(ctx.after(nxt.end, 20)), None)
    return person if person is not None and _title_right_before(person, ctx) is nxt else None


def _title_right_before(person: Span, ctx: RoleContext) -> Span | None:
    """The title written right before the name, only its organisation between ("Rector of L. Gumilyov ENU
    Yerlan Sydykov"), not an academic rank."""
    doc = person.doc
    lo = bisect_left(ctx.role_ends, person.start - 20)
    hi = bisect_right(ctx.role_ends, person.start)
    for r in reversed(ctx.roles_by_end[lo:hi]):
        if r.end == person.start and _rank_as_honorific(r):
            continue  # "..., Professor Damir Mukhetdinov": the rank before the name, an honorific
        gap = _without_comma_honorifics(list(doc[r.end : person.start]))
        if all(
            t.i in ctx.org_tokens or t.lower_ in ("of", "the") or t.lower_ in words("honorifics") for t in gap
        ):
            return r if category(r.text) != "professor" else None
        return None
    return None


def _rank_as_honorific(r: Span) -> bool:
    """An academic rank written as an honorific ("Professor", "Prof.")."""
    return r.text.lower() in titles_before_names() and category(r.text) == "professor"


def _without_comma_honorifics(gap: list[Token]) -> list[Token]:
    """The gap without its closing ", Professor" (a comma, then honorifics or degrees before the name) after
    the title's own organisation: "principal of the Moscow Islamic Institute, Professor Damir Mukhetdinov"
    (a bare title before the comma, "Dr. A, President, Dr. B", may be A's)."""
    k = len(gap)
    while k > 0 and gap[k - 1].lower_ in titles_before_names():
        k -= 1
    return gap[: k - 1] if 1 < k < len(gap) and gap[k - 1].text == "," else gap


def paired_title_first(role: Span, ctx: RoleContext) -> Span | None:
    """Rule ``role.tie.paired_title_first``: "Chairman of the Board of JSC Uzbekistan Temir Yullari A.
    Kamildjanov and Deputy Chairman of the Board of JSC NC Kazakhstan Temir joly E. Koishibayev": after a
    titled name and "and", a second title takes the next name of its clause, whatever words its organisation
    is written in (no verb, comma or other title on the way)."""
    doc, k = role.doc, role.start - (role.start > 0 and role.doc[role.start - 1].lower_ == "the")
    if k < 2 or doc[k - 1].lower_ != "and":
        return None
    first = next((p for p in ctx.before(k - 1, 0) if p.end == k - 1), None)
    after = ctx.after(role.end, 15)[:1]
    if first is None or not after or _title_right_before(first, ctx) is None:
        return None
    gap = doc[role.end : after[0].start]
    if any(t.i not in ctx.org_tokens and t.lower_ in _JOINERS or t.tag_[:2] == "VB" for t in gap):
        return None
    return after[0] if ctx.first_role_in(role.end, after[0].start) is None else None
