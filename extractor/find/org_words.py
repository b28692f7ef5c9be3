"""Words and token tests shared by the organisation finders: quotes, institution words, name tokens, headline
verbs."""

from __future__ import annotations

import re
from functools import lru_cache

import numpy
from spacy.tokens import Doc, Span

from extractor.lang.lexicons import words
from extractor.lang.rules import rule
from extractor.lang.tokens import (
    INSTITUTION_NOUNS,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    column,
    doc_cache,
    hashes,
    initials_text,
    is_name_text,
    lower_in,
)

DROP = frozenset({"the", "The", "our", "Our", "its", "their", "of", "in", "at", "by", "with", "and"})
DELEGATIONS = frozenset({"delegation", "delegations"})  # an organisation's people, not an event it names
VISIT_WORDS = frozenset({"visit", "visits", "visited", "visiting"})  # what a delegation does to a place


def joiner(doc: Doc, i: int) -> bool:
    """A hyphen glued to name words on both sides (``Sino-Russian``)."""
    text, ws = column(doc, "text"), column(doc, "ws")
    return text[i] in {"-", "–"} and i > 0 and not ws[i - 1] and not ws[i] and i + 1 < len(text)


_NOT_NAME_ENTS = frozenset({"DATE", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"})


def name_tok(doc: Doc, i: int, stop: frozenset[str]) -> bool:
    """A word that continues a name: capitalised, initials or a glued hyphen; no stop word, no number or date,
    no word inside a person's name (read from the token columns)."""
    ent = column(doc, "ent_type")
    if column(doc, "lower")[i] in stop or ent[i] in _NOT_NAME_ENTS:
        return False
    if ent[i] == "PERSON":
        iob = column(doc, "ent_iob")
        if (iob[i] == "I" or i + 1 < len(iob) and iob[i + 1] == "I") and not _person_ends_in_head(doc, i):
            return False
    text = column(doc, "text")[i]
    return is_name_text(text) or initials_text(text) or joiner(doc, i)


def _person_ends_in_head(doc: Doc, i: int) -> bool:
    """Rule ``org.span.honoree_name``: the model's PERSON entity around token ``i`` ends with an organisation
    head noun ("Kim Il Sung University", "Nelson Mandela University"): an honoree's name inside an
    organisation's, not a person."""
    iob, lower, ent = column(doc, "ent_iob"), column(doc, "lower"), column(doc, "ent_type")
    heads, k = words("org_heads"), i
    while k + 1 < len(iob) and iob[k + 1] == "I":
        k += 1
    if lower[k] in heads:
        return True
    # "Dr. Antonio Nuñez Jimenez University": the model's person stops one word before the head
    j, text = k + 1, column(doc, "text")
    return (
        j + 1 < len(text)
        and not ent[j]
        and is_name_text(text[j])
        and lower[j] not in heads
        and lower[j + 1] in heads
        and bool(column(doc, "title")[j + 1])
    )


def own_left_part(doc: Doc, j: int, i: int, heads: frozenset[str]) -> bool:
    """Tokens j..i before "and" (at i) are part of the name: no head noun or acronym among them, and the
    word after "and" starts no place and no model ORG."""
    lower, upper, text = column(doc, "lower"), column(doc, "upper"), column(doc, "text")
    ent, iob = column(doc, "ent_type"), column(doc, "ent_iob")
    return (
        not any(lower[k] in heads or upper[k] and len(text[k]) > 1 for k in range(j, i))
        and ent[i + 1] not in ("GPE", "LOC")
        and not (iob[i + 1] == "B" and ent[i + 1] == "ORG")
    )


@lru_cache(maxsize=1)
def _verb_hashes() -> numpy.ndarray:
    return hashes(words("headline_verbs"))


def headline_verbs(doc: Doc) -> list[int]:
    """Token indices of title-case headline verbs ("Sign", "Established"), read once per Doc."""
    cache = doc_cache(doc)
    if "headline_verbs" not in cache:
        title = column(doc, "title")
        cache["headline_verbs"] = [i for i in lower_in(doc, _verb_hashes()) if title[i]]
    return cache["headline_verbs"]  # type: ignore[return-value]


def quoted_before(doc: Doc, start: int, head: int) -> int:
    """Where a quoted name right before a legal form (start..head) opens ('"APF Group" Limited Liability
    Company'), else ``start``."""
    text, lower = column(doc, "text"), column(doc, "lower")
    if (
        start == 0
        or text[start - 1] not in QUOTES_CLOSE
        or any(w not in words("legal_forms") for w in lower[start : head + 1])
    ):
        return start
    opening = next((k for k in range(start - 2, max(-1, start - 10), -1) if text[k] in QUOTES_OPEN), None)
    inside = range(opening + 1, start - 1) if opening is not None else range(0)
    return opening if inside and all(doc[k].is_title or doc[k].is_upper for k in inside) else start


def legal_prefix(text: list[str], lower: list[str], k: int) -> bool:
    """Token ``k`` is a legal form in capitals written before a company's name ("JSC Rusatom Overseas",
    ``patterns/legal_forms.jsonl``): no head noun of its own, the name goes on after it."""
    return (
        lower[k] in words("legal_forms")
        and text[k].isupper()
        and k + 1 < len(text)
        and is_name_text(text[k + 1])
    )


_OFFICE_WORDS = frozenset({"office", "offices", "secretariat"})


def office_of_title(toks: list[str], k: int) -> bool:
    """The word at ``k`` is a title naming the office after it ("representative office", "president's
    office")."""
    after = toks[k + 1 : k + 3]
    if after[:1] in (["'s"], ["’s"]):
        after = after[1:]
    return after[:1] != [] and after[0] in _OFFICE_WORDS


def office_of_fields(lower: list[str], i: int, start: int, roles: frozenset[str]) -> bool:
    """ "Minister of Industry and New Technology": the words from ``i`` ("of") to ``start`` are a title's
    field and "and", so a name at ``start`` is the coordinated portfolio's last item ("Director of Huawei" and
    "Rector of TPU and Huawei" keep their organisations: no field opens them)."""
    opened = i + 1 < start and lower[i + 1] in words("portfolio_words")
    return i > 0 and lower[i] == "of" and lower[i - 1] in roles and opened and "and" in lower[i + 1 : start]


_ADJECTIVE_END = re.compile(r"(?:al|ic|ive|ary|ous|able|ible|ar|ent|ant)$")


def discipline_name(toks: list[str]) -> bool:
    """A discipline's name, not an organisation's: one or two adjective-shaped words and a field word of
    ``patterns/portfolio_words`` ("Mechanical Engineering", "Nuclear Energy", "Sustainable Rural Technology";
    lower-cased tokens); a place word or a second field word makes a name ("Minsk Tractor Works")."""
    fields, places = words("portfolio_words"), words("places")  # lower-cased phrases
    return (
        2 <= len(toks) <= 3
        and toks[-1] in fields
        and all(_ADJECTIVE_END.search(t) and t not in fields and t not in places for t in toks[:-1])
    )


@rule("org.reject.two_full_names")
def two_full_names(span: Span, toks: list[str], k: int, heads: frozenset[str]) -> bool:
    """Rule ``org.reject.two_full_names``: the words before the "and" at ``k`` hold a head noun and those
    after it are a name of their own, opening with a capitalised word that is no field, generic word or head
    noun and ending in an institution's or a body's head noun: "University of the Arctic and the Roscongress
    Foundation", "Shahjalal University of Science and Technology and Noakhali Science and Technology
    University"; never fields inside one name ("University Information and Education Center", "Faculty of
    Economics and Business Administration", "Northwestern Agricultural and Forestry University")."""
    if toks[-1] not in _BODY_HEADS or not any(w in heads for w in toks[:k]):
        return False
    right = span[k + 1 + (toks[k + 1 : k + 2] == ["the"]) :]
    first = right[0].lower_ if right else ""
    return (
        len(right) > 1
        and right[0].is_title
        and first not in heads
        and first not in words("generic_name_words")
        and first not in words("portfolio_words")
    )


# the head nouns that end a body's own name after "and" (not a unit's or a field's: "Business Administration")
_BODY_HEADS = INSTITUTION_NOUNS | {
    "foundation",
    "fund",
    "agency",
    "hospital",
    "corporation",
    "company",
    "bank",
}
