"""What the tie rules look for around a title: counted groups, "respectively" lists, title-first lists, long
titles, degrees after a name, envoys."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from extractor.find.role_lists import RoleContext, _honorific_next, same_sentence
from extractor.find.role_words import (
    COUNTING,
    HOME_NOUNS,
    HONORIFIC_GAP,
    PERSON_GAP_BEFORE,
    PLACE_WORDS,
    place_word,
)
from extractor.find.roles import gap_ok
from extractor.lang.lexicons import words
from extractor.lang.sentences import sent_of
from extractor.lang.tokens import GENERIC_INSTITUTIONS, POSSESSIVE
from extractor.normalise.categories import category


def counted_group(role: Span) -> bool:
    """Rule ``role.reject.counted_group``: "the rector of more than 40 universities", "heads of 12
    institutes", "the heads of both parties": a title counted over organisations names a group, no one
    person."""
    doc = role.doc
    if role.end >= len(doc) or doc[role.end].lower_ != "of":
        return False
    window = doc[role.end + 1 : min(len(doc), role.end + 5)]
    group = next((t for t in window if t.lower_ in _INSTITUTIONS_PLURAL), None)
    if group is not None and _pair_named(group):
        return False  # "the rectors of two universities Sergey Repkin and Makhmudzhan Baltabaev"
    counted = any(t.like_num or t.lower_ in COUNTING - {"first", "second", "third"} for t in window)
    return counted and group is not None


def _pair_named(group: Token) -> bool:
    """A group of two whose members' names follow it at once: "of two universities Sergey Repkin and ..."."""
    doc = group.doc
    before = doc[max(0, group.i - 2) : group.i]
    nxt = doc[group.i + 1] if group.i + 1 < len(doc) else None
    return any(t.lower_ in ("two", "2", "both") for t in before) and nxt is not None and nxt.is_title


_INSTITUTIONS_PLURAL = frozenset(
    {
        "universities",
        "institutes",
        "academies",
        "colleges",
        "schools",
        "companies",
        "institutions",
        "organizations",
        "organisations",
        "centers",
        "centres",
        "parties",  # "Li Zhihong and Tusana, the heads of both parties, signed"
        "sides",
    }
)


def respectively(role: Span, ctx: RoleContext) -> Span | None:
    """Rule ``role.tie.respectively``: "Lu Qi and Wu Bo, director and deputy director of RID": as many titles
    joined by "and"/commas right after as many joined names, paired in order."""
    doc = role.doc
    ends, starts = ctx.role_at_end, ctx.role_at_start
    titles = [role]
    while (
        titles[0].start >= 2
        and doc[titles[0].start - 1].lower_ in ("and", ",")
        and titles[0].start - 1 in ends
    ):
        titles.insert(0, ends[titles[0].start - 1])
    k = role.end
    while k + 1 < len(doc) and doc[k].lower_ in ("and", ",") and k + 1 in starts and len(titles) < 6:
        titles.append(starts[k + 1])
        k = titles[-1].end
    first = titles[0].start
    if len(titles) < 2 or first < 2 or doc[first - 1].text != ",":
        return None
    by_end = {p.end: p for p in ctx.before(first - 1, 60)}
    last = by_end.get(first - 1)
    if last is None:
        return None
    names = [last]
    while (prev := _joined_name_before(names[0], by_end)) is not None:
        names.insert(0, prev)
    return names[titles.index(role)] if len(names) == len(titles) else None


def _joined_name_before(name: Span, by_end: dict[int, Span]) -> Span | None:
    """The name joined to ``name`` by "and" or a comma, honorifics between ("Prof. A, and Prof. B")."""
    doc, k = name.doc, name.start
    while k > 0 and doc[k - 1].lower_ in HONORIFIC_GAP:
        k -= 1
    joiners = 0
    while k > 0 and doc[k - 1].lower_ in ("and", ","):
        k, joiners = k - 1, joiners + 1
    return by_end.get(k) if joiners and k < name.start else None


def title_first_list(role: Span, ctx: RoleContext) -> bool:
    """Rule ``role.tie.title_first_list``: the sentence names its first title before its first person
    ("speeches were delivered by the Rector of X, Name1, the Rector of Y, Name2"), so a list in it runs title
    first; "The guests – Name1, head of X, Name2, dean of Y" runs name first."""
    first_role = ctx.first_role_in((sent := sent_of(role)).start, sent.end)
    k = bisect_left(ctx.starts, sent.start)
    first_person = ctx.people[k] if k < len(ctx.people) and ctx.people[k].start < sent.end else None
    return (
        first_role is not None
        and first_person is not None
        and first_role.start < first_person.start
        and role.start > first_role.start
        and title_org_comma(first_role, first_person, ctx, loose=True, bare=True)
    )


def title_org_comma(
    role: Span, person: Span, ctx: RoleContext, loose: bool = False, bare: bool = False
) -> bool:
    """ "Title of (the) ORG, (Dr.) Name": only the organisation's words (or "the Institute") and one comma
    between title and name, honorifics after the comma. ``loose``: any capitalised words stand for the
    organisation ("Minister of Higher Education and Research, Ayman Ashour"). ``bare``: the title may stand
    alone before the comma ("The Vice-Rector for International Affairs, Mr. A")."""
    doc = role.doc
    start = person.start
    while start - 1 > role.end and doc[start - 1].lower_ in HONORIFIC_GAP:
        start -= 1
    if bare and start - 1 == role.end and doc[start - 1].text == ",":
        return True  # "The Vice-Rector for International Affairs, Mr. A, the Head of B, Ms. C"
    if start - 1 <= role.end or doc[start - 1].text != ",":
        return False
    gap = range(role.end, start - 1)
    named = {
        i
        for i in gap
        if i in ctx.org_tokens
        or doc[i].lower_ in GENERIC_INSTITUTIONS
        or place_word(doc[i].text, doc[i].lower_)
        or loose
        and doc[i].is_title
    }
    connectors = _TITLE_ORG_GAP | _LOOSE_GAP if loose else _TITLE_ORG_GAP
    return bool(named) and all(
        i in named or doc[i].lower_ in connectors or doc[i].is_space and "\n" not in doc[i].text for i in gap
    )


def _next_person(role: Span, ctx: RoleContext, reach: int) -> Span | None:
    """The first person named within ``reach`` tokens after the title, in its sentence."""
    return next((p for p in ctx.after(role.end, reach) if same_sentence(role.doc, role.start, p.start)), None)


_TITLE_ORG_GAP = frozenset({"of", "the", "under", "at", "in", "for"}) | POSSESSIVE
_LOOSE_GAP = frozenset({"and", "&", "(", ")", "government"})  # "of X (TTPU), A", "of the Uzbek government, B"


def long_title(role: Span, ctx: RoleContext) -> Span | None:
    """A title whose organisation names run long before the name: "Director of the Center for Language
    Training and Cooperation under the Ministry of Education of the PRC Ma Jianfei"."""
    doc = role.doc
    p = _next_person(role, ctx, 30)
    if p is None or not any(i in ctx.org_tokens for i in range(role.end, p.start)):
        return None
    places = words("places")
    end = p.start
    while end - 1 > role.end and doc[end - 1].lower_ in HONORIFIC_GAP:
        end -= 1  # "Director of X of the Republic of Uzbekistan, Professor K. Davronov"
    end -= doc[end - 1].text == ","  # "the rector of X of the PRC, Zheng Shi"
    if all(
        i in ctx.org_tokens or doc[i].lower_ in _TITLE_ORG_GAP or doc[i].lower_ in places
        for i in range(role.end, end)
    ):
        return p
    return None


def degree_apposition(role: Span, ctx: RoleContext) -> Span | None:
    """Degrees (``patterns/degrees.jsonl``) between a title and the name: "Rector of X, PhD in Economics,
    Professor Valentina Bogatyreva", "Director of Y, Doctor of Technical Sciences, Z"."""
    doc = role.doc
    p = _next_person(role, ctx, 30)
    if p is None:
        return None
    commas = [i for i in range(role.end, p.start) if doc[i].text == ","]
    if len(commas) < 2 or not gap_ok(
        doc, role.end, commas[0], frozenset({"of", "the", "at"}) | PLACE_WORDS | HOME_NOUNS, ctx.org_tokens
    ):
        return None
    for a, b in zip(commas, commas[1:] + [p.start]):
        segment = doc[a + 1 : b]
        if (
            not len(segment)
            or segment[0].lower_ not in words("degrees")
            and segment[0].lower_ not in HONORIFIC_GAP
            or any(t.tag_.startswith("VB") or t.lower_ in ("and", "who") for t in segment)
        ):
            return None
    return p


_ENVOY_GAP = frozenset({"of", "the", "to", "people", "in"}) | POSSESSIVE | PLACE_WORDS


def envoy(role: Span, ctx: RoleContext) -> Span | None:
    """A title of a country before a name: "the Ambassador of the People's Republic of China to the Republic
    of Belarus, Mr. Xie Xiaoyong", "Vice-Minister of Education of the People's Republic of China Sun Yao"."""
    doc = role.doc
    p = _next_person(role, ctx, 22)
    if p is None:
        return None
    commas = [i for i in range(role.end, p.start) if doc[i].text == ","]
    if len(commas) > 1 or commas and not gap_ok(doc, commas[0] + 1, p.start, HONORIFIC_GAP, set()):
        return None
    end = (
        commas[0] if commas else p.start
    )  # "Vice-Minister of Education of the People's Republic of China Sun Yao"
    if end - role.end <= 16 and all(
        doc[i].lower_ in _ENVOY_GAP or doc[i].lower_ in words("places") for i in range(role.end, end)
    ):
        return p
    return None


def titled(person: Span, ctx: RoleContext) -> bool:
    """The person already has a title right before the name ("vice-rector for science D.Saifullayev")."""
    doc = person.doc
    lo, hi = bisect_right(ctx.role_ends, person.start - 8), bisect_right(ctx.role_ends, person.start)
    return any(
        gap_ok(doc, r.end, person.start, PERSON_GAP_BEFORE - {","}, ctx.org_tokens)
        and category(r.text)
        != "professor"  # an academic rank is an honorific: "Professor Dr. X, Vice President"
        for r in ctx.roles_by_end[lo:hi]
    )


_OF_THE_AT = frozenset({"of", "the", "at"})
TieChoice = tuple[Span | None, str]  # the person (None: no one) and the id of the rule that decided


def _named_after(doc: Doc, i: int, org_tokens: set[int]) -> int:
    """How many tokens the organisation named right after a title takes ("of the" included): a name after
    "the head of the Organization for the Development of International Cooperation in Science and
    Technology, X" is as near to its title as after a short one."""
    j = i
    while j < len(doc) and (j in org_tokens or doc[j].lower_ in ("of", "the")):
        j += 1
    return j - i if any(k in org_tokens for k in range(i, j)) else 0


@dataclass
class Tie:
    """What the tie rules read: the title, the people before and after it in its sentence."""

    role: Span
    ctx: RoleContext
    after: list[Span] = field(init=False)
    before: list[Span] = field(init=False)

    def __post_init__(self) -> None:
        doc, role = self.role.doc, self.role
        self.after = [p for p in self.ctx.after(role.end) if same_sentence(doc, role.start, p.start)]
        self.before = [p for p in self.ctx.before(role.start) if same_sentence(doc, p.end - 1, role.start)]

    @property
    def doc(self) -> Doc:
        return self.role.doc

    def after_org(self) -> list[Span]:
        """The people after the title, read past a long organisation name right after it (none when a name
        stands before the title: "A, Head of X B, Director of Y" lists names first)."""
        if self.after or self.before:
            return self.after
        doc, role = self.doc, self.role
        reach = 13 + _named_after(doc, role.end, self.ctx.org_tokens)
        return [p for p in self.ctx.after(role.end, reach) if same_sentence(doc, role.start, p.start)]

    def gap_before(self) -> list[str]:
        """The words between the last person before the title and the title."""
        return [t.lower_ for t in self.doc[self.before[-1].end : self.role.start]]

    def direct_after(self) -> bool:
        """A name follows the title with only "of the at", its organisation and honorifics between ("the Head
        of the X Division Mr. Liu Jianqing"), or a comma and honorifics."""
        doc, role, after = self.doc, self.role, self.after
        return (
            bool(after)
            and after[0].start > role.end
            and (
                gap_ok(doc, role.end, after[0].start, _OF_THE_AT, self.ctx.org_tokens)
                or _honorific_next(doc, role.end, after[0].start)
            )
        )
