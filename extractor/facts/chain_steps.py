"""What a list of parties steps over between its organisations ("A (Ankara), B in Moa, C, a mining company,
and JSC NC D"): asides, places and words an organisation's span left out; each step gives where the list goes
on, or None."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extractor.facts.base import FINITE_TAGS
from extractor.facts.party_filter import parent_aside
from extractor.find.role_words import place_word
from extractor.lang.lexicons import words
from extractor.lang.rules import rule
from extractor.lang.tokens import POSSESSIVE


def _country_owner(doc: Doc, i: int) -> bool:
    """A country's name or its possessive mark before the organisation it owns ("Indonesia’s", "’s")."""
    if doc[i].text in POSSESSIVE:
        return i > 0 and place_word(doc[i - 1].text, doc[i - 1].lower_)
    return i + 1 < len(doc) and doc[i + 1].text in POSSESSIVE and place_word(doc[i].text, doc[i].lower_)


def _under_aside(doc: Doc, i: int) -> int | None:
    """The end of "under the Cabinet of Ministers (of X)" at token ``i``: the superior body of the
    organisation before it, written in capitals, never a party of the list; else None."""
    if doc[i].lower_ != "under" or i + 1 >= len(doc):
        return None
    j = i + 1 + (doc[i + 1].lower_ == "the")
    start = j
    while j < len(doc) and (
        doc[j].is_title or doc[j].is_upper or doc[j].lower_ in ("of", "the") and j > start
    ):
        j += 1
    return j if j > start else None


def _place_bracket(doc: Doc, i: int, by_start: dict[int, Span], last: str) -> int | None:
    """The closing bracket of a bracketed aside opening at token ``i``: a short one with no organisation in it
    (a city), or one that only names again the organisation before it ("A (CNEN – Comissão Nacional de
    Energia Nuclear), B and C")."""
    if doc[i].text != "(":
        return None
    close = next((k for k in range(i + 1, min(len(doc), i + 16)) if doc[k].text in ")\n"), None)
    if close is None or doc[close].text != ")":
        return None
    inside = [by_start[k] for k in range(i + 1, close) if k in by_start]
    if inside and all(o.kb_id_ == last for o in inside) or not inside and close - i < 5:
        return close
    return None


def _place_aside(doc: Doc, i: int, by_start: dict[int, Span]) -> int | None:
    """Where a list of parties goes on after a place written after one of its
    organisations ("A in Moa, in the eastern province of Holguin, and B"): the "and" after the aside's last
    comma, or the comma or "and" after a place's name before the next "<name> in <place>" ("A in China, B in
    Japan and C in Norway"), also a region the organisation is "of" ("the Tyumen State University (or UTMN) of
    the Ural Federal District, Russia, and the B"); None when no list goes on, or a verb or an organisation
    stands in the aside."""
    if (
        doc[i].lower_ not in ("in", "at", "of")
        or i + 1 >= len(doc)
        or not doc[i + 1].is_title
        and doc[i + 1].lower_ != "the"
    ):
        return None
    named = True  # the aside so far only names the place: "in the People's Republic of China"
    for k in range(i + 1, min(len(doc), i + 14)):
        if named and doc[k].text == ";" and _next_org(doc, k, by_start):
            return k  # "A in Shenzhen; B; C": a list set apart by semicolons
        ends = doc[k].text in (".", ";", "(") or "\n" in doc[k].text
        if k in by_start or doc[k].tag_.startswith("VB") or ends:
            return None
        if doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].lower_ == "and":
            return k + 1
        if named and doc[k].text in (",", "and") and _next_org(doc, k, by_start):
            return k  # "A in China, B in Japan and C in Norway": each place named right after its name
        named = named and (doc[k].is_title or doc[k].lower_ in _PLACE_GLUE)
    return None


_PLACE_GLUE = frozenset({"the", "of"}) | POSSESSIVE


def _next_org(doc: Doc, k: int, by_start: dict[int, Span]) -> bool:
    """An organisation starts right after the comma or "and" at ``k`` (an article and "and" between) with its
    own place after it, or as a comma-list item of its own: the list goes on past the place ("A in China, B in
    Japan and C in Norway", "A, B in Harbin, C, D."; not "B in China, C and D in the USA", two pairs)."""
    j = k + 1
    while j < len(doc) and doc[j].lower_ in ("and", "the"):
        j += 1
    nxt = by_start.get(j)
    return nxt is not None and (nxt.end == len(doc) or doc[nxt.end].lower_ in ("in", "at", ",", ".", ";"))


@rule("agreement.parties.description_aside")
def _description_aside(doc: Doc, i: int, by_start: dict[int, Span]) -> int | None:
    """Rule ``agreement.parties.description_aside``: "with A, a leading mining company, and the B": a comma,
    an indefinite description of the organisation before (no organisation, no verb) and a comma, after which
    the list goes on."""
    if doc[i].text != "," or i + 1 >= len(doc) or doc[i + 1].lower_ not in ("a", "an"):
        return None
    for k in range(i + 2, min(len(doc), i + 10)):
        if k in by_start or doc[k].tag_ in FINITE_TAGS or doc[k].text in (".", ";", "(") or doc[k].is_title:
            return None
        if doc[k].text == ",":
            return k
    return None


_INITIAL = re.compile(r"^[A-Z]\.$")


def _left_out(doc: Doc, i: int, by_start: dict[int, Span]) -> int | None:
    """The organisation's start past words its span left out before it: an initial ("S. Toraighyrov Pavlodar
    State University"), a legal form and the short form that may follow it ("JSC NC KazMunayGas")."""
    if _INITIAL.match(doc[i].text):
        return i + 1 if i + 1 in by_start else None
    if doc[i].lower_ not in words("legal_forms") or not doc[i].is_upper:
        return None
    short = i + 2 < len(doc) and doc[i + 1].is_upper and len(doc[i + 1]) <= 3
    return i + 1 if i + 1 in by_start else i + 2 if short and i + 2 in by_start else None


@rule("agreement.parties.comma_place")
def _comma_place(doc: Doc, i: int, by_start: dict[int, Span]) -> int | None:
    """Rule ``agreement.parties.comma_place``: "between A and B, US; C and D, Kazakhstan; and E and F, Kuala
    Lumpur, Malaysia": a place set off by a comma after an organisation; the list goes on at the ";" or "and"
    after it when an organisation follows; None otherwise."""
    if doc[i].text != "," or i + 1 >= len(doc):
        return None
    k, stop = i + 1, min(len(doc) - 1, i + 8)  # the place, then the ";" or "and" after it
    while k < stop and (
        place_word(doc[k].text, doc[k].lower_) or doc[k].text == "," and k > i + 1 and doc[k + 1].is_title
    ):
        k += 1
    if k == i + 1 or doc[k].text != ";" and doc[k].lower_ != "and":
        return None
    j = k + 1
    while j < len(doc) and doc[j].lower_ in ("and", "the"):
        j += 1
    return k if j in by_start else None


def aside_end(doc: Doc, i: int, by_start: dict[int, Span], last: str) -> int | None:
    """Where the list goes on past an aside after its last organisation ``last``, or None."""
    if (close := _place_bracket(doc, i, by_start, last)) is not None:
        return close + 1  # "Hacettepe University (Ankara), University of Karabuk (Karabuk), ...": its city
    for step in (
        _place_aside,  # "with the A University in Moa, in the province of Holguin, and the B University"
        _description_aside,  # "with A, a leading mining company, and the B"
        _comma_place,  # "between A and B, US; C and D, Kazakhstan": a country after its organisation
    ):
        if (nxt := step(doc, i, by_start)) is not None:
            return nxt
    if (nxt := _under_aside(doc, i)) is not None:
        return nxt  # "between the X Center under the Cabinet of Ministers and Y": its superior, no party
    return parent_aside(doc, i)  # "between the Botanic Garden (SCBG), Chinese Academy of Sciences and Y"
