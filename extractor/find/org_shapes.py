"""Shapes of the model's ORG spans: titled names, glued words, datelines, hyphened pairs, two names in one
span, place suffixes, page junk; the rejections of ``org_model.MODEL_ORG_REJECTS`` that read a shape alone."""

from __future__ import annotations

import re
from typing import Protocol

from spacy.tokens import Doc, Span

from extractor.find.org_edges import under_office
from extractor.find.org_words import headline_verbs, two_full_names
from extractor.find.role_words import title_modifiers
from extractor.lang.lexicons import lexicon, title_words, words, words_of
from extractor.lang.registry import load_registry
from extractor.lang.rules import rule
from extractor.lang.tokens import INSTITUTION_NOUNS, POSSESSIVE, column, columns, model_ents, text_of


def _titled_name(span: Span, heads: frozenset[str], roles: frozenset[str]) -> bool:
    """Rule ``org.reject.titled_name``: two to four capitalised words without a head noun followed by a
    comma and a title ("Nazir Obeidat, UJ President, and ...", "Yacine El Mahdi Oualid, Algeria’s Minister of
    ..."): a person the model read as an organisation."""
    doc = span.doc
    if not 2 <= len(span) <= 4 or any(not t.is_alpha or not t.is_title or t.lower_ in heads for t in span):
        return False
    if span.end >= len(doc) or doc[span.end].text != ",":
        return False
    for t in doc[span.end + 1 : span.end + 5]:
        if t.text in (",", ".", ";") or "\n" in t.whitespace_:
            return False
        if t.lower_ in roles:
            return True
    return False


_CAMEL = re.compile(r"^([A-Z][a-z]+)([A-Z][a-z]+)$")


def _glued_name(span: Span) -> bool:
    """A Chinese surname glued to the given name by a scraper ("LiuXia"), not an organisation."""
    m = _CAMEL.match(span.text) if len(span) == 1 else None
    return m is not None and lexicon("person_names").get(m.group(1).lower()) == "surname_cn"


def dateline_place(span: Span) -> bool:
    """The capitalised city opening a dateline ("ST. PETERSBURG, September 16. /TASS/.", "MOSCOW
    (Sputnik)")."""
    doc = span.doc
    if not text_of(span).isupper():
        return False
    if span.end < len(doc) and column(doc, "is_lower")[span.end] and column(doc, "alpha")[span.end]:
        return False  # "IOFS and Seifullin University signed ...": the subject of a sentence, not a place
    lead = _line_lead(doc, span.start)
    if lead is None:
        return False  # "From SPEU, Vice-Rector ...": a sentence's word, no dateline, comes first
    opens = span.end < len(doc) and column(doc, "text")[span.end] in (",", "(", "—", "–", "-")
    return span.start < 3 or lead < 3 and opens


def _line_lead(doc: Doc, i: int) -> int | None:
    """How many tokens stand between the start of token ``i``'s line and the token, or None when one of them
    is a word not in capitals ("From SPEU,"; "KUALA LUMPUR, ...": the place's first word is no such word)."""
    j = i - 1
    while j >= 0 and "\n" not in doc[j].whitespace_ and "\n" not in doc[j].text:
        if doc[j].is_alpha and not doc[j].is_upper:
            return None
        j -= 1
    return i - j - 1


_GLUED = re.compile(r"^([A-Z][a-z]+)[A-Z][a-z]")


def _glued_title(text: str, titles: frozenset[str]) -> bool:
    """A token that starts with a title word glued to a capitalised word ("PresidentXiand")."""
    m = _GLUED.match(text)
    return m is not None and m.group(1).lower() in titles


def _not_a_name(span: Span) -> bool:
    """A title-case phrase without an organisation head that reads as a clause, a plural description
    or a nationality + noun ("Promote Innovation Cooperation", "Chinese National Rankings")."""
    if any(t.tag_.startswith(("VB", "MD")) for t in span) or any(t.lower_ == "and" for t in span):
        return True
    if span.root.tag_ in ("NNS", "NNPS") and not span.text.isupper():
        return True
    return span[0].ent_type_ == "NORP" or span[0].lower_.endswith(("ian", "ese")) and span[0].is_title


_ABSTRACT = ("ment", "tion", "sion", "ance", "ence", "ity", "ism")


def _abstract_phrase(toks: list[str]) -> bool:
    """ "Development of Cooperation", "Internationalization of Education": an abstract noun and its
    complement, without an organisation head, is a topic, not a name; so is a phrase that ends in one
    ("Socio-Economic Cooperation", "Joint Scientific Collaboration", "Innovative Development")."""
    return (
        toks[0].endswith(_ABSTRACT)
        and any(t in ("of", "for") for t in toks[1:])
        or toks[-1].endswith(_ABSTRACT)
    )


def _two_names(span: Span, toks: list[str], heads: frozenset[str]) -> bool:
    """An "and" joins two names, not the words of one, when a complete name ends before it (a head noun, or
    "of" + a place) and another name follows (a head noun or an acronym): "Tajik National University and
    Association of Korean Universities", "Ministry of Education of China and XJTU"; not "University
    Information and Education Center" or "Ministry of Education and Science"; a capital "The" after "and"
    opens a new name."""
    places = words("places")
    for k, t in enumerate(toks):
        if t not in ("and", "&") or k < 1:
            continue
        left_done = toks[k - 1] in heads or k >= 2 and toks[k - 1] in places and toks[k - 2] == "of"
        right = span[k + 1 :]
        left_done = left_done or bool(right) and right[0].text == "The"  # "of Science and The Chinese ..."
        right_name = any(w in heads for w in toks[k + 1 :]) or any(
            x.is_upper and len(x) > 1 and x.lower_ not in places for x in right
        )
        if left_done and right_name or _company_after(toks, k, heads) or two_full_names(span, toks, k, heads):
            return True
    return False


def _company_after(toks: list[str], k: int, heads: frozenset[str]) -> bool:
    """The words after the "and" at ``k`` end in a legal suffix and those before it hold a head noun: an
    institution and a company ("University of Economics and Management and Gotion High-Tech Co., Ltd.")."""
    return toks[-1] in words_of("legal_forms", "legal_suffix") and any(w in heads for w in toks[:k])


_PLACE_SUFFIX_WORDS = frozenset({"people", "republic", "federation", "of", "the", "prc"}) | POSSESSIVE


def trim_place_suffix(span: Span) -> Span:
    """ "Gansu University of the People's Republic of China" -> "Gansu University": a university is not
    named after the country it is in (but "University of the Kyrgyz Republic" is no bare "University", and
    "National University of Mongolia" no "National University": ``patterns/generic_name_words.jsonl``)."""
    lower = column(span.doc, "lower")
    if not any(lower[k] in INSTITUTION_NOUNS for k in range(span.start, span.end)):
        return span
    for k in range(span.start + 1, span.end):
        if lower[k] == "of" and lower[k - 1] in INSTITUTION_NOUNS and k - span.start >= 2:
            tail = span.doc[k + 1 : span.end]
            j = k - 1
            while j > span.start and lower[j - 1] not in ("of", "the"):
                j -= 1
            if all(w in words("generic_name_words") for w in lower[j : k - 1]):
                continue  # "National University of Mongolia": nothing but the place tells it apart
            if tail and all(
                x.lower_ in _PLACE_SUFFIX_WORDS
                or x.ent_type_ in ("GPE", "LOC", "NORP")
                or x.lower_ in words("places")
                for x in tail
            ):
                return Span(span.doc, span.start, k, label=span.label, span_id=span.id)
    e = span.end
    while (
        e - 1 > span.start
        and (span.doc[e - 1].lower_ in words("places") or span.doc[e - 1].ent_type_ == "GPE")
        and span.doc[e - 2].lower_ in words("org_heads")
    ):
        e -= 1
    return span if e == span.end else Span(span.doc, span.start, e, label=span.label, span_id=span.id)


_JUNK = frozenset({">", "<", "/", "|", ",", ":", ";", "•"})


def _before_next_name(doc: Doc, s: int, e: int) -> int:
    """Where a model span's own name ends: before "and" opening a second institution (rule
    ``org.span.two_heads``: "University for Development Studies and University of Lome") and before a
    title's first word (rule ``org.span.title_modifier``: "HEC Executive Director X")."""
    lower, text, heads, titles = column(doc, "lower"), column(doc, "text"), words("org_heads"), title_words()
    second = next((k for k in range(s + 1, e - 1) if lower[k] == "and" and lower[k + 1] in heads), None)
    second = second if second is not None else between_pair(doc, s, e)
    if second and text[second + 1][:1].isupper() and any(lower[x] in heads for x in range(s, second)):
        e = second
    while e > s + 1 and e < len(doc) and lower[e - 1] in title_modifiers() and lower[e] in titles:
        e -= 1
    return e


def between_pair(doc: Doc, s: int, e: int) -> int | None:
    """Rule ``org.span.between_pair``: "an agreement between Ural State University of Economics and Media
    Arab for Media Production": a name right after "between" and not followed by "and" holds the two parties:
    it ends before its first "and" that opens no field ("between the Ministry of Science and Higher Education
    and X" keeps its name)."""
    lower = column(doc, "lower")
    if not (s > 0 and lower[s - 1] == "between" or s > 1 and lower[s - 2 : s] == ["between", "the"]):
        return None
    if e < len(doc) and lower[e] == "and":
        return None
    fields = words("portfolio_words")
    return next(
        (k for k in range(s + 1, e - 1) if lower[k] == "and" and not fields & set(lower[k + 1 : k + 3])), None
    )


def between_parts(doc: Doc, s: int, e: int) -> list[tuple[int, int]]:
    """A head-noun name split by rule ``org.span.between_pair``: at the last "and" before the second name's
    own head noun ("between the Belarus Ministry of Agriculture and Food and Pakistan's Ministry of ..."), or,
    when the part after "and" has no head, where the part before is a registered name ("Ural State University
    of Economics and Media Arab for Media Production"); else the name itself."""
    pair, lower, text = between_pair(doc, s, e), column(doc, "lower"), column(doc, "text")
    if not pair or not text[pair + 1][:1].isupper():
        return [(s, e)]
    heads = words("org_heads")
    head = next((x for x in range(pair + 1, e) if lower[x] in heads), None)
    if head is not None:  # the second name's own head: split at the last "and" before it
        pair = max(k for k in range(pair, head) if lower[k] == "and")
        return [(s, pair), (pair + 1, e)] if text[pair + 1][:1].isupper() else [(s, e)]
    return [(s, pair), (pair + 1, e)] if load_registry().get(text_of(doc[s:pair])) else [(s, e)]


def _tidy_model_span(span: Span) -> Span | None:
    """Cut an unclosed bracket, trailing lower-case words ("NUST MISIS representatives") and a trailing
    headline verb."""
    doc = span.doc
    s, e = span.start, span.end
    if (
        len(span) > 2
        and span[1].text in POSSESSIVE
        and (span[0].ent_type_ in ("GPE", "NORP") or span[0].lower_ in words("places"))
    ):
        s += 2
    text, ws = column(doc, "text"), column(doc, "ws")
    dash = next(
        (k for k in range(s, e - 1) if text[k] in ("-", "–", "—") and ws[k] and k > 0 and ws[k - 1]), None
    )
    if dash is not None:
        s = dash + 1  # "one of the largest universities of Uzbekistan - Bukhara State University"
    opens = [k for k in range(span.start, span.end) if text[k] == "("]
    if opens and ")" not in text[opens[-1] : e]:
        e = opens[-1]
    verb = next((i for i in headline_verbs(doc) if s < i < e), None)
    if verb is not None:
        e = verb  # a title-case headline verb after the name: "X University Sign Strategic Partnership"
    e = _before_next_name(doc, s, e)
    is_lower, space, punct, tag = columns(doc, "is_lower", "space", "punct", "tag")
    while e > s and (
        is_lower[e - 1]
        or space[e - 1]
        or punct[e - 1]
        and text[e - 1] not in '")»”"'
        or tag[e - 1] in ("VBN", "VBD")
        and column(doc, "lower")[e - 1] not in words("org_heads")
    ):
        e -= 1  # a headline verb tagged as one: "Kyrgyz-Russian University Association Established"
    if e <= s:
        return None
    return Span(doc, s, under_office(doc, e), label="ORG", span_id=span.id_)


class ModelOrgView(Protocol):
    """What a rejection rule reads of a model ORG being judged (``find/org_model._ModelOrg``)."""

    span: Span
    toks: list[str]
    heads: frozenset[str]
    roles: frozenset[str]
    text: str


@rule("org.reject.dateline")
def dateline(c: ModelOrgView) -> bool:
    """``org.reject.dateline``: the place of a dateline ("ASTANA (Kazinform)")."""
    return dateline_place(c.span)


@rule("org.reject.glued_name")
def glued_words(c: ModelOrgView) -> bool:
    """``org.reject.glued_name``: words a scraper glued together."""
    return _glued_name(c.span)


@rule("org.reject.titled_name")
def titled_person(c: ModelOrgView) -> bool:
    """``org.reject.titled_name``: a titled person's name ("Nazir Obeidat, UJ President")."""
    return _titled_name(c.span, c.heads, c.roles)


_HYPHEN_PAIR = re.compile(r"[A-Z][a-z]+[-–][A-Z][a-z]+")


@rule("org.reject.hyphen_pair")
def hyphen_pair(c: ModelOrgView) -> bool:
    """``org.reject.hyphen_pair``: "Karelia-Belarus cooperation", "Xiamen-Durban sister city relations",
    "Tajik-Belarusian", "Issyk-Kul": two capitalised words joined by a hyphen and nothing else, no head noun,
    name a pair of places or peoples, or one place, not an organisation (on 1,220 unseen releases 21 such
    model ORGs were none, 3 were companies). A hyphened surname of a person the model names is that person's
    ("Mahmoud Nili-Ahmadabadi ... Nili-Ahmadabadi emphasized")."""
    if len(c.toks) != 3 or any(t in c.heads for t in c.toks) or not _HYPHEN_PAIR.fullmatch(c.text):
        return False
    people = (text_of(e) for e in model_ents(c.span.doc) if e.label_ == "PERSON")
    return not any(p.endswith(" " + c.text) for p in people)
