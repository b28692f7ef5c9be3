"""Where an organisation name stops: field lists, titles after it, member states, quotes, numbers."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from extractor.find.org_words import name_tok
from extractor.find.role_words import place_name
from extractor.lang.lexicons import title_words, words, words_of
from extractor.lang.rules import rule
from extractor.lang.tokens import QUOTES_CLOSE, column, columns, is_name_text, is_name_word, text_of
from extractor.normalise.org_text import acronym


def field_list_end(doc: Doc, i: int, heads: frozenset[str]) -> int | None:
    """Rule ``org.span.field_list``: the end of ", B and C" after "of A" when B and C are one or two
    capitalised words each and none is a head noun (a list of fields inside one name: "Tajik State University
    of Law, Business and Politics"), else None ("University of Tokyo, Kyoto University" is two names)."""
    j, items, joined = i, 0, False
    while j < len(doc) and doc[j].text in (",", "and") and not joined:
        joined = doc[j].text == "and" or j + 1 < len(doc) and doc[j + 1].lower_ == "and"
        j += 2 if doc[j].text == "," and j + 1 < len(doc) and doc[j + 1].lower_ == "and" else 1
        k = j
        while (
            k < len(doc)
            and k < j + 2
            and doc[k].is_title
            and doc[k].lower_ not in heads
            and doc[k].lower_ not in words("places")
            and doc[k].ent_type_ not in ("GPE", "PERSON", "DATE")
            and (k == j or doc[k].lower_ not in _titles_after())
        ):
            k += 1
        if k == j or "\n" in doc[j - 1].whitespace_ or not _field_item(doc, j, k):
            return None
        items, j = items + 1, k
    after = (
        doc[j] if j < len(doc) else None
    )  # the next word may start the holder's name: "... and Tourism Professor X"
    if (
        not joined
        or items < 2
        or after is not None
        and (after.is_title and after.lower_ not in _titles_after() or after.lower_ in heads)
    ):
        return None
    return j


def _field_item(doc: Doc, j: int, k: int) -> bool:
    """Rule ``org.span.field_list``: an item of a field list is no country ("Ministry of Arts and Culture,
    Mauritius, ...") and no lone title ("... and Director Mrs. X")."""
    item = text_of(doc[j:k])
    return not place_name(item) and not (k - j == 1 and doc[j].lower_ in title_words())


@lru_cache(maxsize=1)
def _titles_after() -> frozenset[str]:
    """Words that start a title holder's name after a field list: honorifics and titles ("Professor")."""
    return words("honorifics") | title_words()


_ROMANCE_OF = frozenset({"de", "del", "di", "da", "do", "des", "du", "la", "le"})


def member_states_inside(doc: Doc, head: int, end: int) -> int:
    """Rule ``org.span.member_states``: "Center for Technology Transfer of SCO member states" is one name (the
    seed's "China Technology Transfer Center of the SCO member states"): after an "of" part, "member states /
    countries" belongs to the name instead of blocking it."""
    if end - head < 3 or not any(t.lower_ in ("of", "for") for t in doc[head + 1 : end]):
        return end
    pair = " ".join(t.lower_ for t in doc[end : end + 2])
    return end + 2 if pair in ("member states", "member countries") else end


def head_first_name(doc: Doc, i: int, stop: frozenset[str], heads: frozenset[str]) -> int:
    """End of the name after a head noun written first: capitalised words and "de/del/di" between them; a
    person's name right after the head is the name's honoree ("Universidad Carlos III de Madrid")."""
    end = i
    ent, iob = column(doc, "ent_type"), column(doc, "ent_iob")
    if end < len(doc) and ent[end] == "PERSON" and iob[end] == "B" and is_name_word(doc[end]):
        end += 1
        while end < len(doc) and iob[end] == "I" and "\n" not in doc[end - 1].whitespace_:
            end += 1
    while end < len(doc) and "\n" not in doc[end - 1].whitespace_:
        if doc[end].lower_ in _ROMANCE_OF and end + 1 < len(doc) and is_name_word(doc[end + 1]):
            end += 1
            continue
        if not name_tok(doc, end, stop):
            break
        end += 1
    return end


def number_sign(doc: Doc, i: int) -> int:
    """Tokens of a number designation at ``i`` ("№ 2", "# 3", "No . 1"), or 0."""
    sign = (
        2
        if doc[i].text in ("№", "#")
        else 3
        if doc[i].text == "No" and i + 1 < len(doc) and doc[i + 1].text == "."
        else 0
    )
    return sign if sign and i + sign - 1 < len(doc) and doc[i + sign - 1].like_num else 0


def closing_quote(doc: Doc, i: int, reach: int = 10) -> int | None:
    """Index of the quote closing the one at ``i`` on the same line, when a capitalised word opens the quoted
    words and none of them is a verb."""
    if i + 1 >= len(doc) or not doc[i + 1].text[:1].isupper():
        return None
    for k in range(i + 1, min(len(doc), i + reach)):
        t = doc[k]
        if "\n" in t.text or "\n" in doc[k - 1].whitespace_ or t.tag_.startswith("VB"):
            return None
        if t.text in QUOTES_CLOSE and k > i + 1:
            return k
    return None


def quoted_name_start(doc: Doc, i: int) -> int | None:
    """Start of "National research university "X"": a lower-case institution word right before a quoted name,
    after up to two words that begin with a capitalised one."""
    for s in range(i - 1, max(-1, i - 3), -1):
        t = doc[s]
        if not t.is_alpha or "\n" in t.whitespace_:
            return None
        if t.text[:1].isupper():
            return s
    return None


_OFFICES = (("president",), ("government",), ("cabinet", "of", "ministers"), ("prime", "minister"))


def under_office(doc: Doc, end: int) -> int:
    """Rule ``org.span.under_office``: "the Academy of Public Administration under the President of
    Kazakhstan", "the State Inspectorate ... under the Cabinet of Ministers of the Republic of Uzbekistan":
    the state office a body is attached to is part of its name (its "President" is no title)."""
    if end + 2 >= len(doc) or doc[end].lower_ != "under" or doc[end + 1].lower_ != "the":
        return end
    k = end + 2
    office = next((o for o in _OFFICES if [t.lower_ for t in doc[k : k + len(o)]] == list(o)), None)
    if office is None or not doc[k].is_title:
        return end
    k += len(office)
    if k >= len(doc) or doc[k].lower_ != "of":
        return end
    k += 1
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    if k + 1 < len(doc) and doc[k].lower_ == "republic" and doc[k + 1].lower_ == "of":
        k += 2
    places = words("places")
    return k + 1 if k < len(doc) and doc[k].is_title and doc[k].lower_ in places else end


@rule("org.span.infinitive_verb")
def after_infinitive(span: Span) -> Span:
    """Rule ``org.span.infinitive_verb``: "ROSATOM Signs Agreement to Build Nuclear Science and Technology
    Centre": a capitalised verb right after "to" (tagged as a base verb) opens no name; the span starts after
    it ("the delegation went to Harbin Institute of Technology" keeps its name)."""
    doc = span.doc
    if len(span) > 1 and span.start > 0 and doc[span.start - 1].lower_ == "to" and span[0].tag_ == "VB":
        return Span(doc, span.start + 1, span.end, label=span.label, span_id=span.id_)
    return leading_verb(span)


_GOVERNING = frozenset({"advcl", "ROOT", "csubj", "pcomp", "xcomp", "acl"})


@rule("org.span.leading_verb")
def leading_verb(span: Span) -> Span:
    """Rule ``org.span.leading_verb``: "Representing Lanzhou Petrochemical University ..., China, were Vice
    President A and ...": a gerund that governs the clause (its object is the name) opens no name; the span
    starts after it. A gerund that modifies the name stays ("Standing Committee", "Working Group")."""
    first = span[0]
    if len(span) > 1 and first.tag_ == "VBG" and first.dep_ in _GOVERNING:
        return Span(span.doc, span.start + 1, span.end, label=span.label, span_id="org.span.leading_verb")
    return span


@rule("org.span.bracketed_legal_form")
def bracketed_legal_form(span: Span) -> Span:
    """Rule ``org.span.bracketed_legal_form``: a company's name goes on over one to three capitalised words in
    brackets when its legal form follows them ("Huawei Technologies (Kenya) Company Limited", "Himile Group
    (Thailand) Co., Ltd.", ``patterns/legal_forms.jsonl``): the bracket names the national company or the
    group, not a short form. Without a legal form after it the bracket is left alone ("Tomsk State
    University (TSU) and ...")."""
    doc, text = span.doc, column(span.doc, "text")
    i = span.end
    close = next((k for k in range(i + 2, min(i + 5, len(doc))) if text[k] == ")"), None)
    if close is None or text[i] != "(" or not all(is_name_text(text[k]) for k in range(i + 1, close)):
        return span
    end = _legal_form_end(doc, close + 1)
    if end == close + 1:
        return span
    return Span(doc, span.start, end, label=span.label, span_id="org.span.bracketed_legal_form")


def _legal_form_end(doc: Doc, k: int) -> int:
    """Where the words of a legal form starting at token ``k`` end ("Company Limited", "Co., Ltd."), never
    after a word that only opens one (``legal_lead``: "Open", "Joint", "Public": "(MOHA), Public
    Administration Research Institute" is the next name)."""
    text, lower, legal = column(doc, "text"), column(doc, "lower"), words("legal_forms")
    start = k
    while k < len(doc) and (
        lower[k] in legal or text[k] == "," and k + 1 < len(doc) and lower[k + 1] in legal
    ):
        k += 1
    while k > start and (text[k - 1] == "," or lower[k - 1] in words_of("legal_forms", "legal_lead")):
        k -= 1
    return k


@rule("org.span.bracket_inside_name")
def bracket_inside_name(span: Span) -> Span:
    """Rule ``org.span.bracket_inside_name``: a name whose short form is bracketed before its "of" part
    goes on over the bracket to the end of the organisation the model reads there: "Xinjiang Institute of
    Ecology and Geography (XIEG) of the Chinese Academy of Sciences", "Center for Language Education and
    Cooperation (CLEC) of the Ministry of Education of China" (a unit joined to its parent by "of", the
    bracket inside). The short form opens with the name's initial. Without an organisation after "of" the
    bracket ends the name ("Tomsk State University (TSU) and ...", "Supreme Council of Universities (SCU) of
    Egypt")."""
    doc, text = span.doc, column(span.doc, "text")
    i = span.end
    if span.label_ != "ORG" or i + 4 >= len(doc) or text[i] != "(" or text[i + 2] != ")":
        return span
    short = text[i + 1]
    if doc[i + 3].lower_ != "of" or not (short.isupper() and short.isalpha() and len(short) > 1):
        return span
    end = _model_org_end(doc, i + 4)
    if end is None or short[0] != acronym(text_of(span))[:1]:
        return span
    return Span(doc, span.start, end, label=span.label, span_id="org.span.bracket_inside_name")


def _model_org_end(doc: Doc, k: int) -> int | None:
    """The end of the organisation the model reads at token ``k`` ("the Chinese Academy of Sciences"), or
    None."""
    etype, iob = column(doc, "ent_type"), column(doc, "ent_iob")
    k += k < len(doc) and doc[k].lower_ == "the" and not etype[k]
    if k >= len(doc) or etype[k] != "ORG":
        return None
    end = k + 1
    while end < len(doc) and iob[end] == "I" and "\n" not in doc[end - 1].whitespace_:
        end += 1
    return end


@rule("org.span.outlet_article")
def outlet_article(span: Span) -> Span:
    """Rule ``org.span.outlet_article``: a news outlet's name ending in a media word keeps the capitalised
    "The" written before it ("The Jakarta Post", "The Gulf Observer", ``patterns/media_heads.jsonl``); an
    institution's article stays out ("the University of Tokyo")."""
    doc = span.doc
    s = span.start
    if (
        span.label_ != "ORG"
        or s == 0
        or doc[s - 1].text not in ("The", "THE")
        or span[-1].lower_ not in words("media_heads")
    ):
        return span
    return Span(doc, s - 1, span.end, label=span.label, span_id="org.span.outlet_article")


def place_and_prefix(span: Span) -> Span:
    """Rule ``org.span.place_and_prefix``: "Zhengzhou Railway Vocational and Technical College", "Volgograd
    Social and Pedagogic University": a name whose words before its head noun are all generic (``patterns/
    generic_name_words``, ``portfolio_words``) is no name alone; right after "and" it takes the two or three
    capitalised words before the "and" when they open with a place or the model reads them as one headless
    name ("Huawei and Technical University of Munich" stays two names)."""
    doc, j = span.doc, span.start - 1
    text, lower, title, ws = columns(doc, "text", "lower", "title", "ws")
    if span.label_ != "ORG" or j < 2 or text[j] != "and" or "\n" in ws[j - 1]:
        return span
    heads, generic = words("org_heads"), _generic_words()
    head = next((k for k in range(span.start, span.end) if lower[k] in heads), span.start)
    if head == span.start or any(lower[k] not in generic for k in range(span.start, head)):
        return span
    ent, iob, k = column(doc, "ent_type"), column(doc, "ent_iob"), j
    while k > max(0, j - 3) and title[k - 1] and lower[k - 1] not in heads and ent[k - 1] != "PERSON":
        k -= 1
    fragment = (
        ent[k] in ("ORG", "FAC", "GPE") and iob[k] == "B" and all(iob[x] == "I" for x in range(k + 1, j))
    )
    opens = j - k >= 2 and (k == 0 or not title[k - 1]) and (place_name(text[k]) or fragment)
    return Span(doc, k, span.end, label="ORG", span_id="org.span.place_and_prefix") if opens else span


@lru_cache(maxsize=1)
def _generic_words() -> frozenset[str]:
    """Words that make no name alone before a head noun: ``patterns/generic_name_words`` and the fields of
    ``patterns/portfolio_words``."""
    return words("generic_name_words") | words("portfolio_words")
