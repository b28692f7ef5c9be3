"""How far a head-noun organisation name reaches: left over capitalised name words, right over "of ..." parts,
quotes, numbers, honorees and legal suffixes (read by ``org_candidates.py``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from extractor.find.legal_names import opens_company
from extractor.find.lower_portfolios import lower_portfolio
from extractor.find.name_tails import honoree_end
from extractor.find.org_edges import closing_quote, field_list_end, number_sign
from extractor.find.org_words import joiner, name_tok, own_left_part, quoted_before
from extractor.lang.lexicons import lexicon, title_words, words, words_of
from extractor.lang.tokens import (
    INSTITUTION_NOUNS,
    POSSESSIVE,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    column,
    columns,
    doc_cache,
)

_OF_WORDS = frozenset({"of", "for", "on"})

_SAINT = frozenset({"St.", "St", "Sankt", "San", "Santa", "São"})  # "St. Petersburg ..."


def extend_left(doc: Doc, start: int, stop: frozenset[str]) -> int:
    """Move ``start`` left over capitalised name words on the same line, and over "X and" when X is
    no organisation of its own ("Russian-Chinese Research and Engineering Industrial Park")."""
    heads, head = words("org_heads"), start
    lower, text, ws, space = columns(doc, "lower", "text", "ws", "space")
    while start > 0:
        i = start - 1
        if space[i] and "\n" in text[i] or "\n" in ws[i]:
            break
        gap = _name_gap(doc, i, stop)
        if gap is not None:
            start = gap
            continue
        if lower[i] == "and" and i > 0 and name_tok(doc, i - 1, stop):
            j = extend_left(doc, i, stop | {"and"})
            if j < i and own_left_part(doc, j, i, heads):
                start = j
            break
        if not name_tok(doc, i, stop) or column(doc, "stop")[i] and doc[i].is_sent_start:
            break
        start = i
    while start < len(doc) and joiner(doc, start):
        start += 1
    if start > 0 and text[start - 1] in _SAINT and "\n" not in ws[start - 1]:
        start -= 1  # "St. Petersburg Higher School of Economics"
    elif 0 < start < head - 1 and lower[start - 1] in words("honorifics") and _honoree(doc, start, head):
        start -= 1  # the honoree's title: "the Dr. Antonio Nuñez Jimenez University"
    return quoted_before(doc, start, head)  # '"APF Group" Limited Liability Company'


def _name_gap(doc: Doc, i: int, stop: frozenset[str]) -> int | None:
    """Where a name goes on left of token ``i`` that is no name word: over a doubled space ("Changzhou
    University") or a hyphenated particle ("Rostov-on-Don State University", "Quaid-i-Azam University")."""
    if column(doc, "space")[i] and i > 0 and name_tok(doc, i - 1, stop):
        return i
    return i - 3 if _hyphen_particle(doc, i, stop) else None


def _hyphen_particle(doc: Doc, i: int, stop: frozenset[str]) -> bool:
    """Tokens ``i-3 .. i`` are a name word, a hyphen, a short lower-case particle and a hyphen written
    without spaces before the name word after them ("Rostov-on-Don", "Quaid-i-Azam", "Komsomolsk-na-Amure"):
    spaCy splits the hyphens, the name goes on over them."""
    if i < 3:
        return False
    text, ws = column(doc, "text"), column(doc, "ws")
    particle = text[i - 1]
    return (
        text[i] in _HYPHENS
        and text[i - 2] in _HYPHENS
        and not (ws[i] or ws[i - 1] or ws[i - 2] or ws[i - 3])
        and particle.isalpha()
        and particle.islower()
        and len(particle) <= 4
        and name_tok(doc, i - 3, stop)
    )


_HYPHENS = frozenset({"-", "\u2010", "\u2013"})


def _honoree(doc: Doc, start: int, head: int) -> bool:
    """The model's person starts the name and ends before its head noun: an honoree ("Antonio Nuñez" of "Dr.
    Antonio Nuñez Jimenez University"), not "Professor Park"."""
    ent = column(doc, "ent_type")
    return ent[start] == "PERSON" and ent[head] != "PERSON"


def _name_run(doc: Doc, i: int, stop: frozenset[str], heads: frozenset[str]) -> int:
    """End of a run of name words starting at i, allowing inner ``and``/``of`` (not a new org after
    ``and``)."""
    lower, text, ws = column(doc, "lower"), column(doc, "text"), column(doc, "ws")
    n, j = len(text), i
    while j < n and "\n" not in text[j]:
        if name_tok(doc, j, stop):
            j += 1
            if "\n" in ws[j - 1]:
                break
            continue
        if (
            text[j] in POSSESSIVE
            and j > i
            and j + 1 < n
            and name_tok(doc, j + 1, stop)
            and lower[j - 1] == "people"
        ):
            j += 1
            continue
        if lower[j] in {"and", "&", "of"} and j + 1 < n and name_tok(doc, j + 1, stop):
            k = _joined_part(doc, i, j, stop, heads)
            if k is None:
                break
            j = k
            continue
        break
    return j


def _joined_part(doc: Doc, i: int, j: int, stop: frozenset[str], heads: frozenset[str]) -> int | None:
    """End of the name words after "and" / "of" at ``j`` that continue the name begun at ``i``; None when
    "and" starts another organisation (its own head, an acronym, a legal form: "and Gotion High-Tech Co.,
    Ltd.", a registered name, an owner: "of Debrecen and Kazakhstan's Astana IT University"), a title ("and
    Executive Deputy Director of") or follows a country that closes the name."""
    lower, text, n = column(doc, "lower"), column(doc, "text"), len(doc)
    if lower[j] != "of" and _ends_with_country(text, lower, i, j):
        return None
    k = j + 1
    while k < n and name_tok(doc, k, stop):
        k += 1
    if lower[j] == "of":
        return k
    boundary = k < n and (text[k] in POSSESSIVE or lower[k] in title_words())
    upper = column(doc, "upper")
    own_head = any(lower[x] in heads or upper[x] and len(text[x]) > 1 for x in range(j + 1, k))
    legal = any(lower[x] in words_of("legal_forms", "legal_suffix") for x in range(j + 1, min(n, k + 2)))
    return None if own_head or legal or j + 1 in _registered_starts(doc) or boundary else k


def _ends_with_country(text: list[str], lower: list[str], i: int, j: int) -> bool:
    """Rule ``org.span.country_ends_name``: "of <country>" closes a name, and "and" after it starts the
    next one ("Ministry of Agriculture and Farmers Welfare of India and Agriculture and Food Ministry of
    Belarus"); never "of China and Mongolia", "of Russian and Soviet Universities"."""
    return (
        j - 2 > i
        and j + 1 < len(lower)
        and lower[j - 2] == "of"
        and text[j - 1][:1].isupper()
        and lower[j - 1] in _country_names()
        and lower[j + 1] not in words("places")
        and _head_ahead(text, lower, j + 1)
    )


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """The places (not demonyms) of ``patterns/places.jsonl``, read once."""
    return frozenset(w for w, kind in lexicon("places").items() if kind == "place")


def _head_ahead(text: list[str], lower: list[str], k: int) -> bool:
    """An organisation's head noun among the next few capitalised words ("Agriculture and Food Ministry";
    not "Central Asia")."""
    heads = words("org_heads")
    for x in range(k, min(len(lower), k + 6)):
        if lower[x] in heads:
            return True
        if not (text[x][:1].isupper() or lower[x] in ("and", "&")):
            return False
    return False


def _registered_starts(doc: Doc) -> frozenset[int]:
    """Token indices where a registered organisation name begins (read once per Doc)."""
    cache = doc_cache(doc)
    if "registered_starts" not in cache:
        cache["registered_starts"] = frozenset(
            r.start for key in ("org_registry", "org_acronyms") for r in doc.spans.get(key, [])
        )
    return cache["registered_starts"]  # type: ignore[return-value]


_STOP = -1  # a growth step that ends the name here


@dataclass(frozen=True)
class _Growth:
    """A name growing right from its head: the document, where the name starts, the words that stop it."""

    doc: Doc
    start: int
    stop: frozenset[str]
    heads: frozenset[str]


def _line_end(g: _Growth, end: int) -> int | None:
    """A name never runs over a line break."""
    ws, space, text = columns(g.doc, "ws", "space", "text")
    broken = "\n" in ws[end - 1] or space[end] and "\n" in text[end]
    return _STOP if broken else None


def _of_name(g: _Growth, end: int) -> int | None:
    """``of (the) Name``; a university is not extended over a bare place ("Gansu University of the PRC"): a
    place the model begins after "of", not the end of a name it reads from before it ("the South China Sea
    Institute of Oceanology", one LOC to the model, goes on)."""
    doc, lower = g.doc, column(g.doc, "lower")
    if lower[end] not in _OF_WORDS:
        return None
    j = end + 1 + (end + 1 < len(doc) and lower[end + 1] == "the")
    k = _name_run(doc, j, g.stop, g.heads) if j < len(doc) else j
    ent, iob = columns(doc, "ent_type", "ent_iob")
    place_only = (
        k > j
        and (iob[j] == "B" or j > end + 1 and iob[end + 1] == "B")  # "of [the United Kingdom]"
        and all(ent[x] in ("GPE", "LOC") for x in range(j, k))
    )
    if place_only and any(w in INSTITUTION_NOUNS for w in lower[g.start : end]):
        return _STOP
    return k if k > j else _STOP


def _numbered(g: _Growth, end: int) -> int | None:
    """Rule ``org.span.numbered``: "Institute №2 “Propulsion Engineering”", "Faculty No. 1"."""
    number = number_sign(g.doc, end)
    return end + number if number else None


def _quoted(g: _Growth, end: int) -> int | None:
    """A quoted name after the head ("Institute “Propulsion Engineering”"), also in sentence case ("Higher
    school of economics")."""
    doc = g.doc
    if column(doc, "text")[end] not in QUOTES_OPEN or end + 2 >= len(doc):
        return None
    k = _name_run(doc, end + 1, g.stop, g.heads)
    if k > end + 1 and k < len(doc) and column(doc, "text")[k] in QUOTES_CLOSE:
        return k + 1
    close = closing_quote(doc, end)
    return close + 1 if close is not None else _STOP


def _named_after(g: _Growth, end: int) -> int | None:
    """ "named after V.N.Tatishchev", "n.a. R.E. Alekseev": the person stays inside the name."""
    return honoree_end(g.doc, end, _STOP)


def _field_list(g: _Growth, end: int) -> int | None:
    """Rule ``org.span.field_list``: "University of Law, Business and Politics"."""
    doc = g.doc
    if column(doc, "text")[end] == "," and any(w in _OF_WORDS for w in column(doc, "lower")[g.start : end]):
        return field_list_end(doc, end, g.heads)
    return None


def _legal_suffix(g: _Growth, end: int) -> int | None:
    """A legal suffix (``patterns/legal_forms.jsonl``, category ``legal_suffix``), after a comma or not ("X
    Group, Ltd.", "X LLC"); after a comma not one that opens the next company's name ('"X Station", LLP
    "Agro Lab"')."""
    text, lower = columns(g.doc, "text", "lower")
    suffix = words_of("legal_forms", "legal_suffix")
    if text[end] == "," and end + 1 < len(lower) and lower[end + 1] in suffix:
        return None if opens_company(text, end + 1) else end + 2
    return end + 1 if lower[end] in suffix else None


_RIGHT_STEPS: tuple[Callable[[_Growth, int], int | None], ...] = (
    _line_end,
    lower_portfolio,
    _of_name,
    _numbered,
    _quoted,
    _named_after,
    _field_list,
    _legal_suffix,
)


def extend_right(
    doc: Doc, end: int, stop: frozenset[str], heads: frozenset[str], start: int | None = None
) -> int:
    """Move ``end`` right over ``of (the) Name``, ``named after X``, quoted names and legal suffixes: the
    steps of ``_RIGHT_STEPS`` in order, the first that applies decides; none applies: the name ends."""
    g = _Growth(doc, end - 1 if start is None else start, stop, heads)
    while end < len(doc):
        new = next((n for step in _RIGHT_STEPS if (n := step(g, end)) is not None), _STOP)
        if new == _STOP:
            break
        end = new
    return end
