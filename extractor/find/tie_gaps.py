"""What lies between a title and the person it names, read by the tie rules: coordinated titles and their
clause, organisations between a plural title and its names, a long organisation before an honorific, and
modifiers between an apposition's article and its title."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from extractor.find.role_lists import RoleContext, same_sentence
from extractor.find.role_words import country_name, place_word
from extractor.find.tie_cues import Tie, TieChoice, titled
from extractor.lang.lexicons import words
from extractor.lang.rules import rule
from extractor.lang.tokens import POSSESSIVE, QUOTES_CLOSE, QUOTES_OPEN

_OF_THE_AT = frozenset({"of", "the", "at"})
_CLAUSE_END = frozenset({",", ".", ";", ")"})


def of_name_then_honorific(doc: Doc, start: int, end: int, org_tokens: set[int]) -> bool:
    """ "Head of the Europe and Central Asia Division of the X Department Mr. Liu": "of", then only
    capitalised words, "of", "the", "and", brackets and the commas of an organisation's name ("of the Ministry
    of Science, Culture and Tourism of Saxony Ms. Bulang"), then an honorific right before the name."""
    gap = doc[start:end]
    honorifics = words("honorifics")
    first = len(gap) - 1
    while first > 1 and gap[first - 1].lower_ in honorifics:
        first -= 1  # "... Prof. Dr. Name": the run of honorifics before the name
    return (
        len(gap) > 2
        and gap[0].lower_ in ("of", "at")
        and gap[-1].lower_ in honorifics
        and gap[first - 1].lower_ != "and"  # "Deputy Head of X and Prof. Dr. B, Dean": B is the dean
        and all(_name_word(t, org_tokens) for t in gap[1:-1])
    )


def _name_word(t: Token, org_tokens: set[int]) -> bool:
    """A word of an organisation's name written out: capitalised, "of", "the", "and", a bracket, a comma
    inside the name."""
    return t.is_title or t.is_upper or t.lower_ in _NAME_JOINERS or t.text == "," and t.i in org_tokens


_NAME_JOINERS = _OF_THE_AT | {"and", "(", ")"}


def title_org_honorific(role: Span, ctx: RoleContext) -> Span | None:
    """ "the Head of the Europe and Central Asia Division of the International Cooperation Department Mr. Liu
    Jianqing": a title, its (long) organisation, an honorific, the name: the title is the name's."""
    after = ctx.after(role.end, 30)[:1]
    if after and same_sentence(role.doc, role.start, after[0].start):
        return (
            after[0] if of_name_then_honorific(role.doc, role.end, after[0].start, ctx.org_tokens) else None
        )
    return None


def before_coordinated(role: Span, ctx: RoleContext) -> int:
    """Where a coordinated title starts: before its own organisation ("and TNU Vice President") or one
    capitalised modifier ("and Executive Vice Dean")."""
    doc, i = role.doc, role.start
    while i > 0 and doc[i - 1].i in ctx.org_tokens:
        i -= 1
    if i > 1 and doc[i - 2].lower_ == "and" and doc[i - 1].is_title and doc[i - 1].tag_ in ("JJ", "NNP"):
        i -= 1
    return i


_COORDINATED_OPENERS = frozenset({"the", "a", "an", "also"})


def coordinator_end(doc: Doc, i: int) -> int | None:
    """Where the "and" (or "as well as") before a coordinated title ends, past an article or "also" between
    ("and the member of X", "and also a member of X", "as well as a Professor in X"); None without one."""
    while i > 1 and doc[i - 1].lower_ in _COORDINATED_OPENERS:
        i -= 1
    if i > 1 and doc[i - 1].lower_ == "and":
        return i
    if i > 3 and [t.lower_ for t in doc[i - 3 : i]] == ["as", "well", "as"]:
        return i - 2  # the gap before it then ends at "as"
    return None


def clause_ends_unnamed(role: Span, ctx: RoleContext) -> bool:
    """The title's clause ends (",", ";", ".", ")" or a line end) right after it or after its own "of ...",
    "at ..." or "in ..." (a few tokens), with no name and no verb on the way."""
    doc, end = role.doc, role.end
    if end < len(doc) and doc[end].lower_ in ("of", "at", "in"):
        stop = min(len(doc), end + 14)
        while end < stop and doc[end].text not in _CLAUSE_END and not doc[end].tag_.startswith("VB"):
            end += 1
            if "\n" in doc[end - 1].whitespace_ or "\n" in doc[end - 1].text:
                return not ctx.after(role.end, end - role.end)
    closed = end == len(doc) or doc[end].text in _CLAUSE_END
    return closed and not ctx.after(role.end, max(2, end - role.end))


def breaks_apposition(t: Token, ctx: RoleContext, joiners: tuple[str, ...]) -> bool:
    """A word between a title and the next that ends the first title's phrase: a verb, a line end, a
    joiner or a capitalised word outside any name ("and" inside "Ministry of Digital Development and
    Communications" does not)."""
    if t.i in ctx.org_tokens:
        return "\n" in t.whitespace_
    return (
        t.tag_.startswith("VB")
        or t.lower_ in joiners
        or "\n" in t.whitespace_
        or t.is_title
        and t.i not in ctx.context
    )


def served_office(role: Span, ctx: RoleContext) -> bool:
    """Rule ``role.reject.served_office``: "Adviser to the President of Uzbekistan A", "the Vice-Rector's
    Advisor A": the title after "<title> to the" or before "'s <title>" is the office served, no one's
    title."""
    i, doc = role.start, role.doc
    if role.end + 1 < len(doc) and doc[role.end].text in POSSESSIVE and role.end + 1 in ctx.role_at_start:
        return True  # "the Vice-Rector's Advisor, Mr. A": the title served, not A's
    return i >= 3 and doc[i - 1].lower_ == "the" and doc[i - 2].lower_ == "to" and i - 2 in ctx.role_at_end


def orgs_between(role: Span, person: Span, ctx: RoleContext) -> bool:
    """ "of A and B," between a plural title and the names it lists: organisations or states ("the presidents
    of Turkey and Azerbaijan, A and B") joined by "and" or a comma, a comma before the names."""
    doc, end = role.doc, person.start
    while end > role.end and doc[end - 1].lower_ in words("honorifics"):
        end -= 1  # "Vice-rectors of the X, Professor A, and Professor B"
    gap = doc[role.end : end]
    named = lambda t: t.i in ctx.org_tokens or t.ent_type_ == "GPE"  # noqa: E731
    return (
        len(gap) > 2
        and gap[0].lower_ == "of"
        and gap[-1].text == ","
        and any(named(t) for t in gap)
        and all(named(t) or t.lower_ in ("and", ",", "the") for t in gap[1:])
    )


_ARTICLES = frozenset({"the", "a", "an"})
_MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "VBG", "VBN", "HYPH", "RB", "NN", "NNP", "NNS", "NNPS"})


@rule("role.tie.modified_apposition")
def modified_apposition(t: Tie) -> TieChoice | None:
    """Rule ``role.tie.modified_apposition``: "Szonja Andrea Buslig, the Economic Counselor of the Serbian
    Embassy", "Song Chenxi, the international Ambassador of SFedU", "Mher Sahakyan, the founding head of",
    "Timirkhan Alishev, the college’s vice-rector"; without the article only lower-case words and a
    country's words: "Li Yan, board chairman of X", "Santiago Perez, Cuban ambassador", "Zhang Xingnian,
    China-side Director": a comma, (an article) and up to three modifiers (adjectives, participles) between a
    name and its title."""
    named_next = t.after and t.after[0].start == t.role.end  # "A, Chinese Ambassador B": B's title
    if not t.before or titled(t.before[-1], t.ctx) or t.direct_after() or named_next:
        return None
    gap = t.doc[t.before[-1].end : t.role.start]
    if len(gap) < 2 or gap[0].text != "," or len(gap) > 5:
        return None
    article = gap[1].lower_ in _ARTICLES
    modifiers = _without_field_joiners(list(gap[2:] if article else gap[1:]))
    if not modifiers or any(_not_modifier(m, t) for m in modifiers):
        return None
    if not article and not all(_bare_modifier(m) for m in modifiers):
        return None
    return t.before[-1], "role.tie.modified_apposition"


def _without_field_joiners(words_: list[Token]) -> list[Token]:
    """The modifiers without an "and" / "&" that joins two capitalised ones: "Lin Fang, Science and Technology
    Consul of the Chinese Consulate General" (two fields of one portfolio)."""
    return [
        w
        for k, w in enumerate(words_)
        if not (
            w.lower_ in ("and", "&")
            and 0 < k < len(words_) - 1
            and words_[k - 1].is_title
            and words_[k + 1].is_title
        )
    ]


def _bare_modifier(tok: Token) -> bool:
    """A modifier that may stand before a title with no article: a lower-case word, a hyphen, a country's
    word or a capitalised adjective ("Cuban ambassador", "China-side Director", "Distinguished Consultant").
    """
    return (
        tok.is_lower
        or tok.tag_ == "HYPH"
        or place_word(tok.text, tok.lower_)
        or tok.ent_type_ == "NORP"
        or tok.tag_ in ("JJ", "VBN", "NNP")
        and tok.is_title
    )


def _not_modifier(tok: Token, t: Tie) -> bool:
    """A word that cannot modify a title: a name's, a kept organisation's or another title's word, a line end
    (a plural field word may: "the Public Relations Manager", though the model read it as a name)."""
    return (
        tok.tag_ not in _MODIFIER_TAGS
        and tok.text not in POSSESSIVE  # "X, the college’s vice-rector for ..."
        or tok.ent_type_ == "PERSON"
        or tok.i in t.ctx.org_tokens
        or tok.i in t.ctx.context
        or "\n" in tok.whitespace_
    )


def named_tokens(doc: Doc, start: int, end: int, org_tokens: set[int]) -> set[int]:
    """The tokens of start..end that name a place or an organisation: organisation tokens, places and their
    "in"/"to" ("to Poland"), and quotes around a name ('the Head of NAC "Kazatomprom" Askar Zhumagaliyev')."""
    places = {i for i in range(start, end) if place_word(doc[i].text, doc[i].lower_)}
    named = org_tokens | places | {i - 1 for i in places if doc[i - 1].lower_ in ("in", "to")}
    quoted = QUOTES_OPEN | QUOTES_CLOSE
    return named | {i for i in range(start, end) if doc[i].text in quoted and {i - 1, i + 1} & org_tokens}


def org_marks(doc: Doc, start: int, end: int, org_tokens: set[int]) -> set[int]:
    """The marks of start..end that belong to an organisation's name: its possessive ("X, the BRGM's Deputy
    Director") and the brackets around its short form or expansion ("X, CPC (Communist Party of China)
    secretary")."""
    marks: set[int] = set()
    for i in range(max(start, 1), end):
        if i - 1 not in org_tokens:
            continue
        if doc[i].text in POSSESSIVE:
            marks.add(i)
        elif doc[i].text == "(":
            j = i + 1
            while j < end and j in org_tokens:
                j += 1
            if i + 1 < j < end and doc[j].text == ")":
                marks |= {i, j}
    return marks


_DOTTED = re.compile(r"^[A-Z][a-z]{0,2}\.(?:[A-Z][a-z]{0,2}\.)+$")


def dotted_abbreviations(doc: Doc, start: int, end: int) -> set[int]:
    """The tokens of start..end shaped like a dotted academic abbreviation before a name ("Dr.C.", "M.Sc.",
    "Ph.D."): they stand where an honorific stands ("the Rector of X, Dr.C. Santiago Lajes Choy")."""
    return {i for i in range(start, end) if _DOTTED.match(doc[i].text)}


_POST_NOMINAL = re.compile(r"^(?:[a-z]\.){1,3}[a-z]\.?$")  # an order's or honour's letters: "f.s.g.", "s.j."


def without_degree(gap: list[str]) -> list[str]:
    """The gap between a name and its title without degrees, post-nominal letters, a photo's position or a
    country set off after the name: "Jeilu Oumer, PhD, Vice President", "Sirichai Fonseka, f.s.g., Ph.D.,
    President", "Gardachew Worku (PhD), President", "Timothy TONG (left, front row), President", "Dalbir
    Singh (India), Secretary", "X, H.E. the Ambassador" read as "X, Title"
    (``patterns/caption_positions.jsonl``)."""
    degrees, honorifics = words("degrees"), words("honorifics")
    if len(gap) > 1 and gap[0] == "," and (" ".join(gap[1:]) in honorifics or set(gap[1:]) <= honorifics):
        return [","]  # "Janitha A. Liyanage, H. E. the Ambassador": an honorific before the title
    letters = [w for w in gap[:-1] if w not in (",", ".")]
    set_off = gap and gap[-1] == "," and 1 <= len(letters) <= 3 and gap[0] in (",", letters[0])
    if set_off and all(w in degrees or _POST_NOMINAL.match(w) for w in letters):
        return [","]  # "X, PhD, Title", "X PhD, Title", "X, f.s.g., Ph.D., President"
    if len(gap) >= 4 and gap[0] == "(" and gap[-2:] == [")", ","]:
        inside, aside = gap[1:-2], degrees | words("caption_positions") | {","}
        set_off = all(w in aside or w.isdigit() for w in inside) or country_name(" ".join(inside))
        return [","] if set_off else gap
    return gap


_APPOSITION_GAPS = ([","], [",", "the"], ["("], ["-"], ["–"], ["—"])


def apposition_gap(t: Tie) -> bool:
    """The words between the name before and the title set the title off after the name ("X, Director", "X
    (Director", "X - Director", degrees aside), or a lower-case title follows the name with no mark at all,
    no name right after it ("Istvan Fabian rector and Zhou Chuangbing signed"); "X, Ph.D., an Associate
    Professor" reads as "X, the Associate Professor"."""
    gap = t.gap_before()
    article = len(gap) > 2 and gap[-1] in ("a", "an", "the")
    gap = without_degree(gap[:-1]) + ["the"] if article else without_degree(gap)
    if gap in _APPOSITION_GAPS or country_possessive(t):
        return True
    return not gap and t.role[0].is_lower and not (t.after and t.after[0].start == t.role.end)


def country_possessive(t: Tie) -> bool:
    """ "Gaetan Pikioune, Vanuatu’s Acting Minister for Education": a country's possessive between the comma
    after a name and the title sets the title off after that name."""
    gap = [x for x in t.doc[t.before[-1].end : t.role.start]] if t.before else []
    return (
        len(gap) == 3
        and gap[0].text == ","
        and place_word(gap[1].text, gap[1].lower_)
        and gap[2].lower_ in POSSESSIVE
    )
