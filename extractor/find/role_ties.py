"""Whom a role title belongs to: the named person it is tied to ("X, Director of Y", "Director Y X")."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable

from spacy.tokens import Span

from extractor.find.honorary_titles import honorary
from extractor.find.role_lists import (
    RoleContext,
    _honorific_next,
    _title_comma_org,
    coordinated,
    is_plural,
    list_item,
    plural_gap,
    same_sentence,
    title_first,
    titled_in_list,
)
from extractor.find.role_words import HOME_NOUNS, PERSON_GAP_AFTER, PERSON_GAP_BEFORE, PLACE_WORDS
from extractor.find.roles import gap_ok
from extractor.find.tie_cues import (
    Tie,
    TieChoice,
    counted_group,
    degree_apposition,
    envoy,
    long_title,
    respectively,
    title_first_list,
    title_org_comma,
    titled,
)
from extractor.find.tie_gaps import (
    apposition_gap,
    before_coordinated,
    breaks_apposition,
    clause_ends_unnamed,
    coordinator_end,
    country_possessive,
    modified_apposition,
    org_marks,
    orgs_between,
    served_office,
    title_org_honorific,
)
from extractor.find.tie_items import joined_item, title_org_name, title_referent_name
from extractor.find.tie_lines import name_line
from extractor.find.tie_predicate import predicate_subject
from extractor.find.title_chains import (
    list_opens_with_name,
    paired_title_first,
    stacked_title,
    title_first_chain,
)
from extractor.find.title_phrases import title_phrase_name
from extractor.lang.lexicons import words
from extractor.lang.rules import rule


@rule("role.reject.counted_group")
def _group(t: Tie) -> TieChoice | None:
    return (None, "role.reject.counted_group") if counted_group(t.role) else None


@rule("role.reject.served_office")
def _served(t: Tie) -> TieChoice | None:
    return (None, "role.reject.served_office") if served_office(t.role, t.ctx) else None


@rule("role.tie.respectively")
def _respective(t: Tie) -> TieChoice | None:
    return (found, "role.tie.respectively") if (found := respectively(t.role, t.ctx)) is not None else None


@rule("role.tie.plural_title")
def _plural(t: Tie) -> TieChoice | None:
    """Rule ``role.tie.plural_title``: "the vice-rectors A, B, C", "presidents of CAS and SANU, A and B"."""
    a = t.after
    if (
        a
        and is_plural(t.role)
        and (plural_gap(t.doc, t.role.end, a[0].start) or orgs_between(t.role, a[0], t.ctx))
        and coordinated(a[0], t.ctx.people)
    ):
        return a[0], "role.tie.plural_title"
    return None


@rule("role.tie.honorific_next")
def _honorific(t: Tie) -> TieChoice | None:
    """Rule ``role.tie.honorific_next``: "Rector, Professor A, Vice-Rector, Prof. B", "Director, PhD. B";
    never a title set off by a dash after a name ("Dr. A - President, Dr. B - Vice President, Dr. C": B's)."""
    doc, role, a = t.doc, t.role, t.after
    dashed = bool(t.before) and [x.text for x in doc[t.before[-1].end : role.start]] in (["-"], ["–"], ["—"])
    if (
        a
        and not dashed
        and _honorific_next(doc, role.end, a[0].start)
        and same_sentence(doc, role.start, a[0].start)
        and (
            not t.before
            or title_first(t.before[-1], t.ctx)
            and not list_opens_with_name(t.before[-1], t.ctx)
            or any(x.text == ";" for x in doc[t.before[-1].end : role.start])
        )
    ):
        return a[0], "role.tie.honorific_next"
    return None


@rule("role.tie.list_item")
def _list_of_titled(t: Tie) -> TieChoice | None:
    """Rule ``role.tie.list_item``: "Title A Name1, Title B Name2": the next item of a list of
    titled names."""
    if (
        t.before
        and t.after
        and titled_in_list(t.before[-1], t.ctx)
        and t.gap_before() == [","]
        and list_item(t.doc, t.role.end, t.after[0].start, t.ctx.org_tokens)
    ):
        return t.after[0], "role.tie.list_item"
    return None


@rule("role.tie.title_first_list")
def _title_first(t: Tie) -> TieChoice | None:
    """Rule ``role.tie.title_first_list``: "the Rector of X, Name1, the Rector of Y, Name2": each title names
    the person after it."""
    if t.after and title_first_list(t.role, t.ctx) and title_org_comma(t.role, t.after[0], t.ctx):
        return t.after[0], "role.tie.title_first_list"
    return None


@rule("role.tie.apposition")
def _apposition(t: Tie) -> TieChoice | None:
    """Rule ``role.tie.apposition``: "X, Director", "X (Director", "X - Director"; "X, vice-rector for
    International Relations, doctor of economics, professor Y": the degrees lead on to Y."""
    direct = t.before and t.direct_after() and not country_possessive(t)  # "A, Vanuatu’s Minister, H.E. B"
    if t.before and apposition_gap(t) and not titled(t.before[-1], t.ctx) and not direct:
        return degree_apposition(t.role, t.ctx) or t.before[-1], "role.tie.apposition"
    return None


@rule("role.tie.title_name")
def _title_then_name(t: Tie) -> TieChoice | None:
    """Rule ``role.tie.title_name``: "Rector Anatoly Nikolaev", "Director of the university X", "President and
    CEO X"; never a name right after "and" ("X, Chairman of the Board of A and Y, Rector of B": Y is the
    next item)."""
    allowed = PERSON_GAP_BEFORE - {","} | {"and"} | HOME_NOUNS
    joined = bool(t.after) and t.after[0].start > 0 and t.doc[t.after[0].start - 1].lower_ == "and"
    if t.after and not joined and gap_ok(t.doc, t.role.end, t.after[0].start, allowed, t.ctx.context):
        return t.after[0], "role.tie.title_name"
    return None


@rule("role.tie.name_title")
def _name_then_title(t: Tie) -> TieChoice | None:
    """Rule ``role.tie.name_title``: "X, the rector", "X, Title of A and Title of B" (no name after "and");
    never "X and the Rector of A" (another person, unnamed), nor "Minister A, the Minister of B Name" (a list
    of titles each before its name: a titled X, a name after the title in its item)."""
    p, doc, gap = (t.before[-1] if t.before else None), t.doc, PERSON_GAP_AFTER | {"and"} | PLACE_WORDS
    if p is None:
        return None
    degrees = {i for i in range(p.end, t.role.start) if doc[i].lower_ in words("degrees")}  # "X, Ph.D., Dean"
    if not gap_ok(doc, p.end, t.role.start, gap, t.ctx.context | _marks(t, p.end) | degrees):
        return None
    if titled(p, t.ctx) and _item_names_next(t):
        return None  # "Rector A, Dean of the Faculty of Law B": a list of titles each before its name
    joined = any(x.lower_ == "and" for x in doc[p.end : t.role.start])
    right_after = doc[p.end + (doc[p.end].text == ",")].lower_ == "and"  # "X(,) and the Rector of A"
    return (p, "role.tie.name_title") if not joined or not (right_after or t.after) else None


def _marks(t: Tie, start: int) -> set[int]:
    """An organisation's possessive or bracket between ``start`` and the title (:func:`org_marks`)."""
    return org_marks(t.doc, start, t.role.start, t.ctx.org_tokens)


def _item_names_next(t: Tie) -> bool:
    """A name follows the title in its own list item: no comma, semicolon, "and" or line end before it."""
    if not t.after or not same_sentence(t.doc, t.role.start, t.after[0].start):
        return False
    gap = t.doc[t.role.end : t.after[0].start]
    return not any(x.text in (",", ";") or x.lower_ == "and" or "\n" in x.whitespace_ for x in gap)


def _named(
    rule_id: str, finder: Callable[[Span, RoleContext], Span | None]
) -> Callable[[Tie], TieChoice | None]:
    """A finder of the last resorts as a tie rule with its id."""

    def tie(t: Tie) -> TieChoice | None:
        found = finder(t.role, t.ctx)
        return (found, rule_id) if found is not None else None

    tie.__doc__ = f"Rule ``{rule_id}`` (see :func:`{finder.__name__}`)."
    tie.rule_ids = (rule_id,)  # type: ignore[attr-defined]
    return tie


def chained(role: Span, ctx: RoleContext) -> Span | None:
    """A second title in a chain of appositions: "X, permanent Chairman of A on the Russian side, Rector of
    B", "X, co-chairman from the Russian side, the rector of B"."""
    doc, places = role.doc, words("places")
    comma = role.start - 1 - (role.start > 1 and doc[role.start - 1].lower_ == "the")  # ", the rector of B"
    if comma < 0 or doc[comma].text != ",":
        return None
    lo, hi = bisect_left(ctx.role_ends, comma - 13), bisect_right(ctx.role_ends, comma)
    for prev in reversed(ctx.roles_by_end[lo:hi]):
        gap = doc[prev.end : comma]
        if (
            any(breaks_apposition(t, ctx, ("and", "who", "while")) and t.lower_ not in places for t in gap)
            or ctx.after(prev.end, len(gap))
            or not same_sentence(doc, prev.start, role.start)
        ):
            return None
        person = tied_person(prev, ctx)
        return person if person is not None and person.end <= prev.start else None
    return None


def _coordinated_title(role: Span, ctx: RoleContext) -> Span | None:
    """Rule ``role.tie.coordinated_title``: "Qin Long, Member of the Standing Committee of the CPC TNU
    Committee and TNU Vice President, signed ...", "Du Hongbo, Director of the Academic Affairs Office and
    Dean of the Innovation School of our university;": a second title joined by "and" (its own organisation
    or a capitalised modifier may stand before it, its "of ..." after it) belongs to the person of the
    first, when no name follows it in its clause; never after a plural title, a group ("Y, representatives of
    companies ..., as well as the director of X": the director is not Y)."""
    doc = role.doc
    i = coordinator_end(doc, before_coordinated(role, ctx))
    if i is None or not clause_ends_unnamed(role, ctx):
        return None
    lo, hi = bisect_left(ctx.role_ends, i - 16), bisect_right(ctx.role_ends, i - 1)
    for prev in reversed(ctx.roles_by_end[lo:hi]):
        gap = doc[prev.end : i - 1 - (doc[i - 2].text == ",")]  # ", and Diplomatic Representative of B"
        if any(breaks_apposition(t, ctx, ("and", ",", "who", "while")) for t in gap) or not same_sentence(
            doc, prev.start, role.start
        ):
            return None
        if is_plural(prev):
            return None
        person = tied_person(prev, ctx)
        return person if person is not None and person.end <= prev.start else None
    return None


TIE_RULES: tuple[Callable[[Tie], TieChoice | None], ...] = (
    honorary,
    _group,
    _served,
    _respective,
    _plural,
    _honorific,
    _list_of_titled,
    _title_first,
    _named("role.tie.title_first_chain", title_first_chain),
    _named("role.tie.stacked_titles", stacked_title),
    _named("role.tie.title_org_honorific_name", title_org_honorific),
    _apposition,
    modified_apposition,
    _title_then_name,
    _name_then_title,
    name_line,
    joined_item,
    title_org_name,
    title_referent_name,
    _named("role.tie.envoy", envoy),
    _named("role.tie.degree_apposition", degree_apposition),
    _named("role.tie.long_title", long_title),
    _named("role.tie.chained", chained),
    _named("role.tie.coordinated_title", _coordinated_title),
    _named("role.tie.title_comma_org", _title_comma_org),
    title_phrase_name,
    _named("role.tie.predicate", predicate_subject),
    _named("role.tie.paired_title_first", paired_title_first),
)


def person_tie(role: Span, ctx: RoleContext) -> TieChoice:
    """The named person the role belongs to (an apposition "X, Director" or a title before a name) and the id
    of the rule that decided: the first of ``TIE_RULES`` that applies, else no one (``role.tie.none``)."""
    t = Tie(role, ctx)
    return next((found for rule in TIE_RULES if (found := rule(t)) is not None), (None, "role.tie.none"))


def tied_person(role: Span, ctx: RoleContext) -> Span | None:
    """The named person the role belongs to, or None (see :func:`person_tie`)."""
    return person_tie(role, ctx)[0]
