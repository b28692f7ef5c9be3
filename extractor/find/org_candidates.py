"""Organisation names built around a head noun ("... University of ...", "the Ministry of ..."), read from
every head noun of a text."""

from __future__ import annotations

from functools import lru_cache

import numpy
from spacy.tokens import Doc, Span

from extractor.find.org_blocks import name_end_stops
from extractor.find.org_edges import (
    closing_quote,
    head_first_name,
    member_states_inside,
    quoted_name_start,
    under_office,
)
from extractor.find.org_shapes import between_parts, trim_place_suffix
from extractor.find.orgs import extend_left, extend_right
from extractor.find.role_words import place_word
from extractor.lang.countries import names_a_people
from extractor.lang.lexicons import lexicon, words
from extractor.lang.rules import rule
from extractor.lang.tokens import INSTITUTION_NOUNS, QUOTES_OPEN, column, hashes, is_name_text, lower_in

_LOWER_HEADS = INSTITUTION_NOUNS | {"branch", "campus", "office", "affiliate", "faculty", "department"}


@lru_cache(maxsize=1)
def _head_hashes() -> numpy.ndarray:
    return hashes(words("org_heads") | INSTITUTION_NOUNS | _LOWER_HEADS)


def _named_before(doc: Doc, i: int, heads: frozenset[str]) -> bool:
    """A name word (no head noun, no verb) right before the lower-case head at ``i`` ("Nursing faculty"; not
    "- Sending faculty members ...")."""
    return (
        i > 0
        and is_name_text(column(doc, "text")[i - 1])
        and column(doc, "lower")[i - 1] not in heads
        and not column(doc, "tag")[i - 1].startswith("VB")
    )


def _own_name_before(doc: Doc, i: int) -> bool:
    """Rule ``org.span.lower_institution``: a lower-case institution noun takes the name right before it when
    that is the institution's own name ("Gurugram university", "Ferdowsi university", "Bolgar Islamic
    academy"), never a people, a place or a short form ("Zambian university", "Sino-Russian university",
    "Kazakhstan university", "UFMG university")."""
    prev = doc[i - 1]
    return not (
        prev.is_upper
        or prev.ent_type_ in ("NORP", "GPE")
        or names_a_people(prev.text)
        or place_word(prev.text, prev.lower_)
    )


def head_candidates(doc: Doc) -> list[Span]:
    """Names built around a capitalised organisation head noun (University, Ministry, Park, ...); a headline
    verb ends a name ("Khovd Branch School of National University of Mongolia Visited QUT")."""
    heads, stop = words("org_heads"), name_end_stops()
    out, floor = [], 0
    lower, text, is_lower = column(doc, "lower"), column(doc, "text"), column(doc, "is_lower")
    for i in lower_in(doc, _head_hashes()):
        low = lower[i]
        lower_ok = low in _LOWER_HEADS and is_lower[i] and _named_before(doc, i, heads)
        lower_ok = lower_ok and (low not in INSTITUTION_NOUNS or _own_name_before(doc, i))
        if low in INSTITUTION_NOUNS and is_lower[i] and i + 1 < len(doc) and text[i + 1] in QUOTES_OPEN:
            s = quoted_name_start(doc, i)
            close = closing_quote(doc, i + 1)
            if s is not None and close is not None:
                out.append(Span(doc, s, close + 1, label="ORG", span_id="org_head"))
            continue
        if low not in heads or not (text[i][:1].isupper() or lower_ok):
            continue
        s = extend_left(doc, i, stop)
        general = i + 1 < len(doc) and low == "consulate" and lower[i + 1] == "general"
        e = extend_right(doc, i + 1 + general, stop, heads, start=s)  # "Consulate General of the Russian ..."
        if e == i + 1 and lexicon("org_heads").get(low) == "org_head_first":
            e = head_first_name(
                doc, i + 1, stop, heads
            )  # "Universiti Sains Malaysia", "Universidad de Chile"
        e = under_office(doc, member_states_inside(doc, i, e))
        parts = between_parts(doc, max(s, floor), e)  # "between X University and Media Arab": two names
        # a later head's name starts after a split, and after an "and" that ended this name
        floor = parts[1][0] if len(parts) == 2 else e + 1 if e < len(doc) and lower[e] == "and" else floor
        out += [
            trim_place_suffix(Span(doc, a, b, label="ORG", span_id="org_head"))
            for a, b in parts
            if b - a >= 2 + (general and a == i) and (a < i or not lower_ok or a > i)
        ]  # a head noun alone names nothing, nor "Consulate General" alone ("thanked the Consulate General")
    return out


def _named(head: Span) -> bool:
    """A head-noun name none of whose words is a field or a generic word of ``patterns/`` (portfolio_words,
    generic_name_words): "Monash University", "Kyoto University"; not "Business Administration"."""
    fields, lower = _field_words(), column(head.doc, "lower")
    return all(lower[i] not in fields for i in range(head.start, head.end))


@lru_cache(maxsize=1)
def _field_words() -> frozenset[str]:
    return words("portfolio_words") | words("generic_name_words")


@rule("org.reject.two_head_names")
def two_head_names(
    model_orgs: list[Span], heads: list[Span], registered: set[tuple[int, int]]
) -> tuple[list[Span], list[tuple[Span, str]]]:
    """Rule ``org.reject.two_head_names``: a name of the model that is two head-noun names joined by "and"
    ("University of Abuja and Heritage Africa-China Research Institute", "University of Zanjan and Ural
    Federal University": the head finder reads each) is the two names, when the second is a registered name
    or has three words at least; a second name of two words may be the end of one name's field list
    ("Northwestern Agricultural and Forestry University", "Faculty of Economics and Business
    Administration")."""
    spans = {(h.start, h.end) for h in heads}
    second = {(h.start, h.end) for h in heads if len(h) >= 3 or (h.start, h.end) in registered or _named(h)}
    kept, rejected = [], []
    for m in model_orgs:
        lower = column(m.doc, "lower")
        split = any(
            (m.start, k) in spans and lower[k] in ("and", "&") and (k + 1, m.end) in second
            for k in range(m.start + 1, m.end - 1)
        )
        if split:
            rejected.append((m, "org.reject.two_head_names"))
        else:
            kept.append(m)
    return kept, rejected
