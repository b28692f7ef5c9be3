"""Find people's names: the model's PERSON ents cleaned of titles, initials forms, repeated surnames."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from extractor.find.person_names import (
    PATRONYMIC,
    PORTFOLIO_PREPS,
    appositive_names,
    byline_names,
    lexicon_names,
    titled_names,
)
from extractor.lang.lexicons import lexicon, words
from extractor.lang.tokens import (
    INITIAL,
    doc_text,
    hashes,
    is_glued_initials_name,
    is_initials,
    is_name_word,
    lower_in,
    model_ents,
)

_DROP_LEFT = frozenset(
    {
        "the",
        "our",
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "dr",
        "dr.",
        "prof",
        "prof.",
        "professor",
        "academician",
        "president",
        "rector",
        "director",
        "minister",
    }
)


# A capital not preceded by a word character or a dot (the look-behind comes after the capital, so the regex
# engine can skip ahead to capitals), a dot, more capitals and dots, letters.
_DOTTED = re.compile(r"[A-Z](?<![\w.][A-Z])[A-Za-z]?\.(?:[A-Z][A-Za-z]?\.?)*[A-Za-z]*")


_SPLIT_INITIALS = re.compile(rf"^(?:{INITIAL}\.){{1,2}}{INITIAL}$")


def widen(span: Span, titles: frozenset[str], org_words: frozenset[str]) -> Span:
    """Add a surname before "Name Patronymic" and a name part the model cut ("Khushvakhtzoda Qobiljon
    [Khushvakht]"); drop a word before a known given name ("[Belarus] Igor Sokol")."""
    doc = span.doc
    s, e = span.start, span.end
    given = [t.i for t in span[1:] if lexicon("person_names").get(t.lower_) == "given" and t.is_title]
    if len(span) >= 3 and given and not any(PATRONYMIC.search(t.lower_) for t in span):
        s = given[0]

    def namey(i: int) -> bool:
        t = doc[i]
        return (
            is_name_word(t)
            and t.is_alpha
            and t.lower_ not in titles
            and t.lower_ not in org_words
            and t.ent_type_ not in ("ORG", "GPE", "DATE")
            and "\n" not in t.whitespace_
            and not t.is_stop
        )

    if (PATRONYMIC.search(doc[e - 1].lower_) or PATRONYMIC.search(doc[s].lower_)) and s > 0 and namey(s - 1):
        s -= 1
    if (
        e < len(doc)
        and namey(e)
        and "\n" not in doc[e - 1].whitespace_
        and e - s < 4
        and (e + 1 >= len(doc) or not is_name_word(doc[e + 1]))
    ):
        e += 1
    return Span(doc, s, e, label="PERSON", span_id=span.id_)


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    roles = {w for p in words("roles") for w in p.replace("-", " ").split()}
    return frozenset(roles | words("honorifics") | _DROP_LEFT) - _FUNCTION_WORDS - {"general"}


def _clean(span: Span, titles: frozenset[str], org_words: frozenset[str]) -> Span | None:
    doc = span.doc
    s, e = span.start, span.end
    while s < e and (
        doc[s].lower_ in titles
        or doc[s].is_punct
        or doc[s].is_space
        or doc[s].lower_.rstrip(".") in titles
        or doc[s].text in {"-", "–"}
    ):
        s += 1
    cut = next((t.i for t in doc[s:e] if "\n" in t.text or "\n" in t.whitespace_), None)
    if cut is not None:
        e = cut if "\n" in doc[cut].text else cut + 1
    while e > s and (
        doc[e - 1].is_punct
        and not is_initials(doc[e - 1])
        or doc[e - 1].text in {"'s", "’s"}
        or doc[e - 1].is_space
    ):
        e -= 1
    if s >= e:
        return None
    toks = doc[s:e]
    if any(t.lower_ in org_words or t.like_num or t.is_lower for t in toks):
        return None
    if not any(is_name_word(t) or is_glued_initials_name(t) for t in toks):
        return None
    return Span(doc, s, e, label="PERSON", span_id=span.id_ or "model_ner")


def person_candidates(doc: Doc) -> list[Span]:
    """Model PERSON ents (cleaned) plus initials names the model misses (``M.E. Rayak``, ``N.Abdullayev``)."""
    titles = _title_words()
    org_words = words("org_heads") | words("agreements")
    out: list[Span] = []
    registered = {
        i
        for key in ("org_registry", "org_acronyms")
        for r in doc.spans.get(key, [])
        for i in range(r.start, r.end)
    }
    for ent in model_ents(doc):
        if ent.label_ == "PERSON":
            span = _clean(
                Span(doc, ent.start, ent.end, label="PERSON", span_id="model_ner"), titles, org_words
            )
            if (
                span is None
                or any(i in registered for i in range(span.start, span.end))
                or span[-1].lower_ in words("not_org_heads")
            ):
                # "Huawei Kazakhstan" holds a registered name; "Luban Workshop" is an event or facility
                continue
            if len(span) > 1 or _single_ok(span, titles):
                out.append(widen(span, titles, org_words))
    out += _org_read_as_person(doc, titles, org_words)
    out += _names_after_places(doc, titles, org_words)
    out += titled_names(doc, titles, org_words)
    out += appositive_names(doc, titles, org_words)
    out += lexicon_names(doc, titles, org_words)
    out += byline_names(doc, titles, org_words)
    for m in _DOTTED.finditer(doc_text(doc)):  # only tokens with a dot can hold initials
        found = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if found is None or not len(found):
            continue
        tok = found[0]
        i = tok.i
        if (
            _SPLIT_INITIALS.match(tok.text)
            and i + 2 < len(doc)
            and doc[i + 1].text == "."
            and not tok.whitespace_
            and is_name_word(doc[i + 2])
            and doc[i + 2].lower_ not in org_words
        ):
            out.append(Span(doc, i, i + 3, label="PERSON", span_id="rule_initials"))
            continue
        if is_glued_initials_name(tok):
            prev = doc[i - 1] if i > 0 else None
            given = (
                prev is not None
                and is_name_word(prev)
                and not prev.is_sent_start
                and prev.lower_ not in titles
                and prev.lower_ not in org_words
                and not prev.text.isupper()
                and (prev.ent_type_ == "PERSON" or lexicon("person_names").get(prev.lower_) == "given")
            )
            out.append(
                Span(doc, i - given, i + 1, label="PERSON", span_id="rule_initials")
            )  # "Shavkat I.Salikhov"
        elif is_initials(tok) and i + 1 < len(doc) and is_name_word(doc[i + 1]) and tok.whitespace_ != "":
            j = i + 1
            if doc[j].lower_ not in org_words:
                out.append(Span(doc, i, j + 1, label="PERSON", span_id="rule_initials"))
    return [c for c in (_before_headline_verb(s) for s in out) if c is not None and not _plural_noun(c)]


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
    verbs = words("headline_verbs")
    cut = next((t.i for t in span[1:] if t.is_title and t.lower_ in verbs), None)
    if cut is None:
        return span
    return (
        Span(span.doc, span.start, cut, label=span.label, span_id=span.id_) if cut - span.start >= 2 else None
    )


def repeated_surnames(doc: Doc, people: list[Span], taken: list[tuple[int, int]]) -> list[Span]:
    """Bare mentions of a surname (or a Chinese given-name-last form) already seen as a full name."""
    names = {p[-1].text for p in people if len(p) > 1 and not is_initials(p[-1])}
    names |= {p[0].text for p in people if len(p) == 2 and p[0].text.isupper() and len(p[0].text) > 1}
    names = {n for n in names if len(n) > 2 and n[0].isupper()}
    # a Chinese surname written first ("Bai Chunli" ... "Bai said"), also of two letters ("Li", "Hu")
    cn = {k for k, v in lexicon("person_names").items() if v == "surname_cn"}
    names |= {p[0].text for p in people if len(p) in (2, 3) and p[0].lower_ in cn and p[0].text[:1].isupper()}
    covered = {i for s, e in taken for i in range(s, e)}
    titles = _title_words()
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


_FUNCTION_WORDS = frozenset({"and", "of", "for", "on", "in", "the", "at", "to", "with"})


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    return frozenset(w for p in words("roles") for w in p.replace("-", " ").split()) - _FUNCTION_WORDS


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
    {"the", "republic", "of", "federation", "people", "'s", "’s", "democratic", "islamic"}
)


def _names_after_places(doc: Doc, titles: frozenset[str], org_words: frozenset[str]) -> list[Span]:
    """A model place or organisation that runs on into a name ("the Republic of Tajikistan Rahim Saidzoda",
    "Kyrgyz Republic Abdylda Musayev"): the two or three name words after the country are a person."""
    places = words("places")
    out = []
    for ent in model_ents(doc):
        if ent.label_ not in ("GPE", "ORG") or len(ent) < 3:
            continue
        k = ent.start
        while k < ent.end and (doc[k].lower_ in places or doc[k].lower_ in _STATE_WORDS):
            k += 1
        country = any(
            lexicon("places").get(t.lower_) == "place" or t.lower_ in ("republic", "federation")
            for t in doc[ent.start : k]
        )  # not a nationality alone: "Chinese National Rankings"
        if k == ent.start or not 2 <= ent.end - k <= 3 or not country:
            continue
        if all(
            is_name_word(t)
            and t.is_alpha
            and not t.is_stop
            and t.lower_ not in titles
            and t.lower_ not in org_words
            and t.lower_ not in places
            for t in doc[k : ent.end]
        ) and doc[ent.end - 1].lower_ not in words("not_org_heads"):
            out.append(Span(doc, k, ent.end, label="PERSON", span_id="model_name_after_place"))
    return out


def _org_read_as_person(doc: Doc, titles: frozenset[str], org_words: frozenset[str]) -> list[Span]:
    """Two- or three-word model ORGs that stand in a title apposition ("Petr Chubik, Rector") are names."""
    roles = _role_words()
    out = []
    for ent in model_ents(doc):
        if ent.label_ != "ORG" or not 2 <= len(ent) <= 7:
            continue
        parts = [t for t in ent if not (t.text == "-" and not t.whitespace_)]  # "Jean-Philippe" is one name
        if not 2 <= len(parts) <= 4 or not all(t.is_title for t in parts):
            continue
        if any(t.lower_ in org_words or t.lower_ in titles for t in ent):
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
