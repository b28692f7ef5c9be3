"""The model's ORG entities, tidied: titles, glued words, place suffixes and two names in one span."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from extractor.find.event_acronyms import event_acronym
from extractor.find.org_shapes import (
    _JUNK,
    _abstract_phrase,
    _glued_title,
    _not_a_name,
    _tidy_model_span,
    _two_names,
    dateline,
    glued_words,
    hyphen_pair,
    titled_person,
    trim_place_suffix,
)
from extractor.find.org_words import DROP, discipline_name, office_of_fields, office_of_title
from extractor.find.role_words import IN_CHARGE_OF, place_word
from extractor.lang.lexicons import document_words, lexicon, title_words, words, words_of
from extractor.lang.rules import rule
from extractor.lang.tokens import POSSESSIVE, column, line_of, model_ents, strip_span, text_of


@dataclass(frozen=True)
class _ModelOrg:
    """A model ORG span being judged, its lower-cased words, and the word sets the rejections read."""

    span: Span
    toks: list[str]
    bad: frozenset[str]
    roles: frozenset[str]
    heads: frozenset[str]
    text: str

    def has_head(self) -> bool:
        return any(t in self.heads for t in self.toks)


@rule("org.reject.vocabulary")
def _vocabulary(c: _ModelOrg) -> bool:
    """``org.reject.vocabulary``: agreement, role or honorific words, "between", numbers, a title phrase
    whole ("Honorary Doctor"); a word hyphened to a head noun is part of it ("Consulate-General of ..."), so
    is a title naming an office ("Representative Office of Rossotrudnichestvo")."""
    hyphened = lambda k: k >= 2 and c.toks[k - 1] == "-" and c.toks[k - 2] in c.heads  # noqa: E731
    toks = [t for k, t in enumerate(c.toks) if not hyphened(k) and not office_of_title(c.toks, k)]
    return (
        any(t in c.bad or t in c.roles or t == "between" for t in toks)
        or any(column(c.span.doc, "like_num")[c.span.start : c.span.end])
        or " ".join(c.toks) in lexicon("roles")
    )


@rule("org.reject.field_acronym")
def _field_acronym(c: _ModelOrg) -> bool:
    """``org.reject.field_acronym``: "ICT professionals", "the TCM hospital", "AI": the acronym of a field or
    a technology alone (``patterns/field_acronyms.jsonl``) names no organisation."""
    return len(c.toks) == 1 and c.toks[0] in words("field_acronyms")


@rule("org.reject.code")
def _code(c: _ModelOrg) -> bool:
    """``org.reject.code``: "COVID-19", "G20": codes and names of things, not organisations."""
    return not c.has_head() and any(ch.isdigit() for ch in c.text)


@rule("org.reject.single_word")
def _single(c: _ModelOrg) -> bool:
    """``org.reject.single_word``: a bare head noun or a word with fewer than two capitals, unless it signs:
    "Microsoft has signed an MOU with X" (``org.keep.signing_party``)."""
    return len(c.toks) == 1 and (
        c.toks[0] in c.heads
        or sum(ch.isupper() for ch in c.text) < 2
        and not signing_party(c.span[0])
        and not title_owner(c.span[0], c.roles)
    )


@rule("org.keep.title_owner")
def title_owner(tok: Token, roles: frozenset[str]) -> bool:
    """Rule ``org.keep.title_owner``: a capitalised word right before a title word that a capitalised name
    follows names the title's organisation ("The MOU was inked by Bidel director Hadi Saeidi Kiasari"); a
    place never does ("Moscow Mayor Sergey Sobyanin"), nor the first word of a title ("Party Secretary",
    "State Secretary") or a generic name word ("Federal President Frank-Walter Steinmeier")."""
    doc, i = tok.doc, tok.i
    if i + 2 >= len(doc) or not tok.is_title or place_word(tok.text, tok.lower_):
        return False
    title, name = doc[i + 1], doc[i + 2]
    if tok.lower_ in words("generic_name_words") or f"{tok.lower_} {title.lower_}" in lexicon("roles"):
        return False
    return title.lower_ in roles and name.is_title and name.lower_ not in roles


@rule("org.keep.signing_party")
def signing_party(tok: Token) -> bool:
    """Rule ``org.keep.signing_party``: a capitalised word the parse makes the subject of a signing verb or
    its "with" partner ("Microsoft has signed an MOU with X", "X signed a memorandum with Aramco") is a
    party's name, not a place's."""
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ == "with":
        verb = verb.head.head if verb.head.dep_ == "dobj" else verb.head  # "signed a memorandum with X"
    subject_or_partner = tok.dep_ in ("nsubj", "pobj") and verb.lower_ in words("signing_verbs")
    return subject_or_partner and tok.is_title and not place_word(tok.text, tok.lower_)


@rule("org.reject.junk")
def _junk(c: _ModelOrg) -> bool:
    """``org.reject.junk``: page junk inside, or a plural noun first, not a possessive's ("People's Government
    of Sichuan Province", "Women's Union of Belarus"); a comma before a legal suffix is part of the name
    ("Gansu Jusin ... (Group) Co., Ltd.")."""
    doc, span = c.span.doc, c.span
    text, lower, tag = column(doc, "text"), column(doc, "lower"), column(doc, "tag")
    suffix = words_of("legal_forms", "legal_suffix")
    legal_comma = {i for i in range(span.start, span.end - 1) if text[i] == "," and lower[i + 1] in suffix}
    junk = any(text[i] in _JUNK and i not in legal_comma for i in range(span.start, span.end))
    possessive = span.start + 1 < span.end and text[span.start + 1] in POSSESSIVE
    return junk or tag[span.start] in ("NNS", "NNPS") and not possessive


@rule("org.reject.glued_title")
def _glued(c: _ModelOrg) -> bool:
    """``org.reject.glued_title``: "PresidentXiand": words glued together by a scraper, not a name."""
    return any(_glued_title(t, c.roles) for t in column(c.span.doc, "text")[c.span.start : c.span.end])


@rule("org.reject.two_names")
def _two(c: _ModelOrg) -> bool:
    """``org.reject.two_names``: "Tajik National University and Association of Korean Universities": the
    head finder has both."""
    return _two_names(c.span, c.toks, c.heads)


@rule("org.reject.not_a_name")
def _no_name(c: _ModelOrg) -> bool:
    """``org.reject.not_a_name``: no head noun, and no name or an abstract phrase; a phrase given a short name
    in brackets is a name ("International Humanitarian Cooperation (Roscooperation)")."""
    return (
        not c.has_head()
        and len(c.span) > 1
        and (_not_a_name(c.span) or _abstract_phrase(c.toks) and not _short_name_after(c.span))
    )


def _short_name_after(span: Span) -> bool:
    """A capitalised short name in brackets right after the span: "X (Roscooperation)", "X (ABC)"."""
    doc, e = span.doc, span.end
    return (
        e + 2 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")" and doc[e + 1].text[:1].isupper()
    )


@rule("org.reject.news_heading")
def _news_heading(c: _ModelOrg) -> bool:
    """``org.reject.news_heading``: a news section heading alone on its line ("Latest News")."""
    span = c.span
    return c.toks[-1] == "news" and line_of(span.doc, span.start_char, span.end_char).strip() == c.text


@rule("org.reject.after_to")
def _after_to(c: _ModelOrg) -> bool:
    """``org.reject.after_to``: "to Tatarstan ...": a destination without a head noun."""
    doc, span = c.span.doc, c.span
    return span.start > 0 and column(doc, "lower")[span.start - 1] == "to" and not c.has_head()


@rule("org.reject.portfolio")
def _portfolio(c: _ModelOrg) -> bool:
    """``org.reject.portfolio``: "Vice President for Regional Policy and Government Relations", "Vice
    President for Global Engagement and Faculty Development", "Deputy Vice-Chancellor (Academics & Research)",
    "Protocol on Student Exchange", "Vice Chancellor in charge of Administration and Finance": the topic of
    a title or of a document, also the last item of a coordinated one, names no organisation."""
    doc, span = c.span.doc, c.span
    if c.toks[-1] in c.heads:
        return False
    lower, title = column(doc, "lower"), column(doc, "title")
    i = span.start - 1
    while i > max(0, span.start - 8) and lower[i] not in ("for", "on") and _in_topic(lower[i], title[i]):
        i -= 1
    charge = i > 2 and lower[i - 2 : i + 1] == IN_CHARGE_OF
    return i > 0 and (
        lower[i] in ("for", "(")
        and lower[i - 1] in c.roles
        or charge
        and lower[i - 3] in c.roles
        or lower[i] == "on"
        and lower[i - 1] in document_words()
        or office_of_fields(lower, i, span.start, c.roles)
    )


@rule("org.reject.title_portfolio")
def _title_portfolio(c: _ModelOrg) -> bool:
    """``org.reject.title_portfolio``: "Education & Religious Affairs Minister Niki Kerameos": a portfolio
    (its last word a field of ``patterns/portfolio_words``, no head noun) right before a title word is the
    title's, not an organisation ("Huawei CEO" keeps Huawei)."""
    doc, span = c.span.doc, c.span
    after = column(doc, "lower")[span.end] if span.end < len(doc) else ""
    return not c.has_head() and c.toks[-1] in words("portfolio_words") and after in c.roles


def _in_topic(lower: str, title: bool) -> bool:
    """A word of a coordinated topic: capitalised, or "and", a comma, "&"."""
    return title or lower in ("and", ",", "&")


_FIELD_CUES = {tuple(p.split()) for p in "field of|fields of|area of|areas of|degree in|majors in".split("|")}


@rule("org.reject.field_of_study")
def _field(c: _ModelOrg) -> bool:
    """``org.reject.field_of_study``: "in the field of Chemical Technologies", masters in "Chemical
    Engineering", a "Doctor of Economics", "Nuclear Energy": a discipline named in quotes, after "field of",
    in a degree's name or by its shape (``org_words.discipline_name``) names no organisation (no head noun, no
    acronym)."""
    doc, span = c.span.doc, c.span
    upper, text = column(doc, "upper"), column(doc, "text")
    if c.has_head() or any(upper[i] and len(text[i]) > 1 for i in range(span.start, span.end)):
        return False
    before = tuple(column(doc, "lower")[max(0, span.start - 2) : span.start])
    quoted = (
        span.start > 0 and span.end < len(doc) and doc[span.start - 1].is_quote and doc[span.end].is_quote
    )
    degree = len(c.toks) > 2 and c.toks[0] in words("degrees") and c.toks[1] in ("of", "in")
    return quoted or before in _FIELD_CUES or degree or discipline_name(c.toks)


MODEL_ORG_REJECTS: tuple[Callable[[_ModelOrg], bool], ...] = (
    _vocabulary,
    _field_acronym,
    _code,
    _single,
    _junk,
    _glued,
    _two,
    _no_name,
    _news_heading,
    _after_to,
    _portfolio,
    _title_portfolio,
    _field,
    dateline,
    glued_words,
    titled_person,
    hyphen_pair,
    event_acronym,
)


def _model_span(ent: Span) -> Span | None:
    """The model's span trimmed of articles and possessives, cut at a line break, tidied."""
    doc = ent.doc
    span = strip_span(Span(doc, ent.start, ent.end, label="ORG", span_id="model_ner"), DROP)
    if span is None:
        return None
    text, ws = column(doc, "text"), column(doc, "ws")
    cut = next(
        (k for k in range(span.start, span.end) if "\n" in text[k] or "\n" in ws[k] and k < span.end - 1),
        None,
    )
    if cut is not None:
        span = Span(doc, span.start, cut + (0 if "\n" in text[cut] else 1), label="ORG", span_id="model_ner")
    return _tidy_model_span(span)


def model_candidates(doc: Doc) -> tuple[list[Span], list[tuple[Span, str]]]:
    """The model's ORG ents, trimmed, minus those a rule of ``MODEL_ORG_REJECTS`` rejects (descriptions,
    events, agreements, role phrases, codes, headings ...); returns (kept, [(rejected, rule id)])."""
    bad = document_words() | words("not_org_heads") | words("honorifics")
    roles, heads = title_words(), words("org_heads")
    out, rejected = [], []
    for ent in model_ents(doc):
        span = _model_span(ent) if ent.label_ == "ORG" else None
        if span is None:
            continue
        c = _ModelOrg(span, column(doc, "lower")[span.start : span.end], bad, roles, heads, text_of(span))
        reject = next((r for r in MODEL_ORG_REJECTS if r(c)), None)
        if reject is None:
            out.append(trim_place_suffix(span))
        else:
            rejected.append((span, reject.rule_ids[0]))  # type: ignore[attr-defined]
    return out, rejected
