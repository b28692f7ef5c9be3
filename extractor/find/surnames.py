"""Repeated surnames ("Nikolaev said" after "Rector Anatoly Nikolaev") and the filters on lone names."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from extractor.find.name_words import FUNCTION_WORDS, PORTFOLIO_PREPS, common_words, title_words_of_roles
from extractor.find.role_words import country_name
from extractor.lang.lexicons import lexicon, singular, words
from extractor.lang.tokens import (
    POSSESSIVE,
    column,
    columns,
    hashes,
    is_initials,
    is_name_text,
    is_name_word,
    lower_in,
    model_ents,
)


def _plural_noun(span: Span) -> bool:
    """Rule ``person.reject.plural_noun``: one plural common noun is nobody's name ("OIC Member States",
    "SCO member countries")."""
    if len(span) != 1 or span[0].text.isupper():
        return False
    tok = span[0]
    return (
        tok.tag_ in ("NNS", "NNPS")
        or tok.lower_.endswith("s")
        and tok.i > 0
        and tok.doc[tok.i - 1].lower_ == "member"
    )


def _before_headline_verb(span: Span) -> Span | None:
    """Rule ``person.cut.headline_verb``: a title-case headline verb ends a name ("President SONG Yingdong
    Leads Delegation" -> "SONG Yingdong"; ``patterns/headline_verbs.jsonl``)."""
    verbs, title, lower = words("headline_verbs"), column(span.doc, "title"), column(span.doc, "lower")
    cut = next((i for i in range(span.start + 1, span.end) if title[i] and lower[i] in verbs), None)
    if cut is None:
        return span
    return (
        Span(span.doc, span.start, cut, label=span.label, span_id=span.id_) if cut - span.start >= 2 else None
    )


def repeated_surnames(doc: Doc, people: list[Span], taken: list[tuple[int, int]]) -> list[Span]:
    """Bare mentions of a surname (or a Chinese given-name-last form) already seen as a full name."""
    names = {p[-1].text for p in people if len(p) > 1 and not is_initials(p[-1])}
    names |= {p[0].text for p in people if len(p) == 2 and p[0].text.isupper() and len(p[0].text) > 1}
    names = {n for n in names if len(n) > 2 and n[0].isupper() and not country_name(n)}  # "... of Mongolia"
    # a Chinese surname written first ("Bai Chunli" ... "Bai said"), also of two letters ("Li", "Hu")
    cn = {k for k, v in lexicon("person_names").items() if v == "surname_cn"}
    names |= {p[0].text for p in people if len(p) in (2, 3) and p[0].lower_ in cn and p[0].text[:1].isupper()}
    titles = title_words_of_roles()
    # a lone name a title stands beside ("President Fedoruk ... Fedoruk sent", "Shakhray, Vice-rector of X")
    lone = [p for p in people if len(p) == 1 and len(p.text) > 3 and p[0].is_title]
    names |= {p.text for p in lone if _single_ok(p, titles)}
    covered = {i for s, e in taken for i in range(s, e)}
    out: list[Span] = []
    for i in lower_in(doc, hashes(names), exact=True) if names else []:
        tok = doc[i]
        if i in covered:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        prv = doc[tok.i - 1] if tok.i > 0 else None
        if nxt is not None and is_name_word(nxt) and nxt.lower_ not in titles:
            continue
        if prv is not None and is_name_word(prv) and prv.lower_ not in titles and not prv.is_sent_start:
            continue
        out.append(Span(doc, tok.i, tok.i + 1, label="PERSON", span_id="rule_surname"))
    return out


def _single_ok(span: Span, titles: frozenset[str]) -> bool:
    """A one-word name stands next to a title ("Mr. Cvik", "Sadykov, Director") or is written in capitals."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end : span.end + 2]
    return (
        span.text.isupper()
        or prev is not None
        and prev.lower_.rstrip(".") in titles
        or len(after) == 2
        and after[0].text == ","
        and after[1].lower_ in titles
    )


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    return frozenset(w for p in words("roles") for w in p.replace("-", " ").split()) - FUNCTION_WORDS


def _after_title_of(ent: Span, roles: frozenset[str]) -> bool:
    """The name follows "<title> of <organisation>", after a comma or right after the organisation's head
    noun or country ("the president of Microsoft International, Jean-Philippe Courtois.", "the Minister of
    Science of the Republic of Kazakhstan Sayasat Nurbek"), and ends the clause."""
    doc = ent.doc
    if ent.start < 4 or ent.end < len(doc) and doc[ent.end].text not in (".", ",", ";", "and", ")"):
        return False
    prev = doc[ent.start - 1]
    if prev.text != "," and not (prev.is_title and prev.lower_ in words("org_heads") | words("places")):
        return False
    last = ent.start - 1 if prev.text == "," else ent.start
    window = doc[max(0, ent.start - 12) : last]
    return any(t.lower_ in roles and t.i + 1 < last and doc[t.i + 1].lower_ == "of" for t in window)


_STATE_WORDS = frozenset(
    {"the", "republic", "of", "federation", "people", "democratic", "islamic"} | POSSESSIVE
)


def _names_after_places(doc: Doc, titles: frozenset[str], org_words: frozenset[str]) -> list[Span]:
    """A model place or organisation that runs on into a name ("the Republic of Tajikistan Rahim Saidzoda",
    "Kyrgyz Republic Abdylda Musayev"): the two or three name words after the country are a person."""
    places = words("places")
    lower, text, alpha, stop = columns(doc, "lower", "text", "alpha", "stop")
    out = []
    for ent in model_ents(doc):
        if ent.label_ not in ("GPE", "ORG") or len(ent) < 3:
            continue
        k = ent.start
        while k < ent.end and (lower[k] in places or lower[k] in _STATE_WORDS):
            k += 1
        country = any(
            lexicon("places").get(w) == "place" or w in ("republic", "federation")
            for w in lower[ent.start : k]
        )  # not a nationality alone: "Chinese National Rankings"
        if k == ent.start or not 2 <= ent.end - k <= 3 or not country:
            continue
        if (
            all(
                is_name_text(text[i])
                and alpha[i]
                and not stop[i]
                and lower[i] not in titles
                and lower[i] not in org_words
                and singular(lower[i]) not in org_words  # "the Moscow Kremlin Museums"
                and lower[i] not in places
                for i in range(k, ent.end)
            )
            and lower[ent.end - 1] not in words("not_org_heads")
            and not common_words(doc, k, ent.end)  # "the Korea Cultural Heritage Foudation"
        ):
            out.append(Span(doc, k, ent.end, label="PERSON", span_id="model_name_after_place"))
    return out


def _org_read_as_person(doc: Doc, titles: frozenset[str], org_words: frozenset[str]) -> list[Span]:
    """Two- or three-word model ORGs that stand in a title apposition ("Petr Chubik, Rector") are names."""
    roles = _role_words()
    lower, text, ws, title = columns(doc, "lower", "text", "ws", "title")
    out = []
    for ent in model_ents(doc):
        if ent.label_ != "ORG" or not 2 <= len(ent) <= 7:
            continue
        span = range(ent.start, ent.end)
        parts = [i for i in span if not (text[i] == "-" and not ws[i])]  # "Jean-Philippe" is one name
        if not 2 <= len(parts) <= 4 or not all(title[i] for i in parts):
            continue
        if any(lower[i] in org_words or lower[i] in titles for i in span):
            continue
        after = doc[ent.end : ent.end + 2]
        before = doc[max(ent.start - 1, 0) : ent.start]
        if len(before) == 1 and before[0].lower_ in PORTFOLIO_PREPS:
            continue  # "Deputy Director for Educational Activities, Head of ...": a title's portfolio
        if (
            (len(after) == 2 and after[0].text == "," and after[1].lower_.split("-")[0] in roles)
            or (len(before) == 1 and before[0].is_title and before[0].lower_ in roles)
            or _after_title_of(ent, roles)
        ):
            out.append(Span(doc, ent.start, ent.end, label="PERSON", span_id="model_org_as_person"))
    return out
