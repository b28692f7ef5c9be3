"""Titles between two names of a list: "the President of X, Name" ties the title to the name after it; in a
name-first list ("A, Title1 and Title2 of X, B, Title3 of Y") a title joined by "and" stays with the name
before it."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from extractor.find.role_words import (
    HOME_NOUNS,
    HONORIFIC_GAP,
    PERSON_GAP_BEFORE,
    PLACE_WORDS,
    served_title_end,
)
from extractor.find.roles import gap_ok
from extractor.find.tie_cues import Tie, TieChoice, title_org_comma
from extractor.find.tie_gaps import before_coordinated, dotted_abbreviations, named_tokens
from extractor.lang.lexicons import words
from extractor.lang.rules import rule


@rule("role.tie.joined_item")
def joined_item(t: Tie) -> TieChoice | None:
    """Rule ``role.tie.joined_item``: "Dai Jianbing, former party secretary and delegation head of Hebei
    Normal University, Zhang Xuewen, head of the Business Faculty", "Marek Tukiendorf, Union Vice Chairman and
    President of Opole University of Technology, Tadeusz Więckowski, Honorary Union Chair": a title after
    "and" that follows a title set off by a comma after a name (two modifiers at most between) is that name's
    when the next name has a title of its own after a comma: the list runs name first."""
    after = t.after_org()
    if not after:
        return None
    doc, ctx, p = t.doc, t.ctx, after[0]
    i = before_coordinated(t.role, ctx)
    i -= _words_before(doc, i, _lower_modifier)  # "and delegation head"
    prev = ctx.role_at_end.get(i - 1) if i >= 2 and doc[i - 1].lower_ == "and" else None
    if (
        prev is None
        or p.end + 2 >= len(doc)
        or doc[p.end].text != ","
        or not ctx.first_role_in(p.end + 1, p.end + 4)
    ):
        return None
    k = prev.start - _words_before(doc, prev.start, lambda w: w.is_alpha and not ctx.before(w.i + 1, 0))
    named = [q for q in ctx.before(k - 1, 0) if q.end == k - 1] if k > 1 and doc[k - 1].text == "," else []
    return (named[0], "role.tie.joined_item") if named else None


def _words_before(doc: Doc, i: int, ok: Callable[[Token], bool]) -> int:
    """How many words ``ok`` accepts (two at most) stand right before token ``i``: the modifiers of a title
    ("former", "acting", "Union")."""
    n = 0
    while n < 2 and i - n > 1 and ok(doc[i - n - 1]):
        n += 1
    return n


def _lower_modifier(w: Token) -> bool:
    return w.is_lower and w.is_alpha and w.lower_ not in ("and", "or")


@rule("role.tie.title_org_name")
def title_org_name(t: Tie) -> TieChoice | None:
    """Rule ``role.tie.title_org_name``: "the First Deputy Minister of Education of the Republic of Belarus,
    Alexander Bahanovich", "the President of Nanchang University, Professor Zhou Zhuangbing", "Deputy Minister
    of Industry and Trade of the Czech Republic Milan Hovorka"."""
    after = t.after_org()
    if not after:
        return None
    doc, role, p, org_tokens = t.doc, t.role, after[0], t.ctx.org_tokens
    start = served_title_end(doc, role.end, words("roles"))  # "Adviser to the President of X, Name"
    if (
        gap_ok(doc, start, p.start, PERSON_GAP_BEFORE, named_tokens(doc, start, p.start, org_tokens))
        and not any(doc[i].text == "," for i in range(role.end, p.start))
        or gap_ok(doc, role.end, p.start, frozenset({","}), set())
    ) or _org_then_unit(t, start, p.start):
        return p, "role.tie.title_org_name"
    commas = [i for i in range(role.end, p.start) if doc[i].text == ","]
    unit_words = frozenset({"of", "the", "at"}) | PLACE_WORDS | HOME_NOUNS
    name_gap = commas[0] + 1 if commas else p.start  # "X, Dr.C. Name": honorifics and degrees after the comma
    if (
        len(commas) == 1
        and gap_ok(doc, name_gap, p.start, HONORIFIC_GAP, dotted_abbreviations(doc, name_gap, p.start))
        and (
            gap_ok(doc, role.end, commas[0], unit_words, org_tokens) or title_org_comma(role, p, t.ctx, True)
        )
    ):
        return p, "role.tie.title_org_name"
    return None


def _org_then_unit(t: Tie, start: int, end: int) -> bool:
    """ "the chairman of AXHU board of trustees CHU Guoding": the title's organisation, then a lower-case unit
    of it that the text leaves unnamed (nouns and "of" only: no verb, comma or "and"), then the name."""
    doc, org_tokens = t.doc, t.ctx.org_tokens
    inside = [i for i in range(start, end) if i in org_tokens]
    if not inside or end - start > 12 or max(inside) + 1 >= end:
        return False
    tail = doc[max(inside) + 1 : end]
    nouns = [w for w in tail if _unit_noun(w)]
    return (
        bool(nouns)
        and all(w.is_lower and (_unit_noun(w) or w.lower_ == "of") for w in tail)
        and gap_ok(doc, start, min(inside), PERSON_GAP_BEFORE, set())
    )


def _unit_noun(w: Token) -> bool:
    """A noun; after "of" also a plural the tagger reads as a verb ("board of trustees")."""
    return w.tag_ in ("NN", "NNS") or w.tag_ == "VBZ" and w.i > 0 and w.doc[w.i - 1].lower_ == "of"


_REFERRING = frozenset({"this", "that", "the", "our", "its", "their"})


@rule("role.tie.title_referent_name")
def title_referent_name(t: Tie) -> TieChoice | None:
    """Rule ``role.tie.title_referent_name``: "a meeting with the Consul General of this republic, Mehriddin
    Khairiddinov": a title whose "of" part is a body the text refers back to without naming it (a determiner
    and at most three lower-case words), then a comma and the name (honorifics and degrees between)."""
    if not t.after:
        return None
    doc, i, p = t.doc, t.role.end, t.after[0]
    if p.start - i < 4 or doc[i].lower_ != "of" or doc[i + 1].lower_ not in _REFERRING:
        return None
    j = i + 2
    while j < p.start and j - i < 5 and doc[j].is_lower and doc[j].is_alpha:
        j += 1
    if (
        j == i + 2
        or doc[j].text != ","
        or not gap_ok(doc, j + 1, p.start, HONORIFIC_GAP, dotted_abbreviations(doc, j + 1, p.start))
    ):
        return None
    return p, "role.tie.title_referent_name"
