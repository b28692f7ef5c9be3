"""Diplomatic missions: an embassy's or consulate's name runs on over the country or city it sits in, and a
lower-case "Chinese embassy" is a mission's name too (the country names it).

    Chinese Embassy in Ethiopia        -> one ORG (the model stops at "Embassy")
    the Irish embassy in Beijing       -> ORG "Irish embassy in Beijing"
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extractor.lang.countries import country_code, names_a_country, names_a_people
from extractor.lang.tokens import INSTITUTION_NOUNS, POSSESSIVE, column, doc_text, model_ents
from extractor.normalise.missions import MISSION_KINDS

MISSION_WORDS = frozenset(MISSION_KINDS)
_PLACE_WORDS = 6  # the longest country name read after "in" ("the Hashemite Kingdom of Jordan")


def mission_place(span: Span) -> Span:
    """Rule ``org.span.mission_place``: a mission's name goes on over "in / to (the) Place" when Place is a
    country, a capital or a place the model names ("Embassy of Sri Lanka in Moscow", "Consulate General of
    Brazil in Guangzhou", "Japanese Embassy to Mongolia", "Representative Office of Rossotrudnichestvo in
    India", "Russian House in New Delhi", "MSU branch in Armenia"), also a nation's cultural centre in a
    country or a capital ("Russian Cultural Center in Amman"); any other name is left alone ("Tsinghua
    University in Beijing")."""
    doc, lower = span.doc, column(span.doc, "lower")
    words = lower[span.start : span.end]
    cultural = _cultural_centre(span, words)
    if span.label_ != "ORG" or not (cultural or _mission_name(span, words)):
        return span
    end = place_end(doc, span.end)
    if (
        end is None
        or cultural
        and not country_code(_words(doc, span.end + 1 + (lower[span.end + 1] == "the"), end))
    ):
        return span  # a cultural centre sits in a country or a capital, not in a place only the model names
    return Span(doc, span.start, end, label="ORG", span_id="org.span.mission_place")


def national_branch(span: Span) -> Span:
    """Rule ``org.span.national_branch``: a company's or agency's name written with a country right after it
    names its national branch ("Huawei Uzbekistan", "Huawei Technologies Pakistan", "KOICA Uzbekistan"); not
    an institution's ("Perm State University Russia"), nor a country that modifies the next noun ("BLCU
    Kazakhstan branch")."""
    doc, lower, ws = span.doc, column(span.doc, "lower"), column(span.doc, "ws")
    end = span.end
    if span.label_ != "ORG" or end >= len(doc) or ws[end - 1] != " " or not doc[end].is_title:
        return span
    if any(w in INSTITUTION_NOUNS for w in lower[span.start : end]):
        return span
    k = next((k for k in (end + 2, end + 1) if k <= len(doc) and names_a_country(_words(doc, end, k))), None)
    if k is None or k < len(doc) and doc[k].tag_ in ("NN", "NNS"):
        return span
    return Span(doc, span.start, k, label="ORG", span_id="org.span.national_branch")


# institutions of one state: their name ends before "and" and another country or nation
_ONE_STATE_HEADS = frozenset({"university", "ministry", "government"})


def one_state(span: Span) -> Span:
    """Rule ``org.span.one_state``: a university, ministry or government named after one country or city ends
    before "and" and another country or nation ("University of Botswana and China", "Ministry of Education of
    Russia and Kyrgyzstan", "University of Baghdad and Russian Universities"); a body of two states keeps both
    ("Association of Universities of Belarus and China"), and so does a country named with "and" ("Bosnia and
    Herzegovina")."""
    doc, lower = span.doc, column(span.doc, "lower")
    words = lower[span.start : span.end]
    if span.label_ != "ORG" or "and" not in words[2:-1]:
        return span
    head = words[words.index("of", 1) - 1] if "of" in words[1:] else words[-1]
    k = span.start + words.index("and", 2)
    if head not in _ONE_STATE_HEADS:
        return span
    after = doc[k + 1 + (lower[k + 1] == "the")].text
    of = next((i for i in range(k, span.start, -1) if lower[i - 1] == "of"), span.start)
    before = _words(doc, of, k + 2)
    if not (names_a_country(after) or names_a_people(after)) or names_a_country(before):
        return span
    end = k - (lower[k - 1] == ",")
    return Span(doc, span.start, end, label="ORG", span_id="org.span.one_state")


def _mission_name(span: Span, words: list[str]) -> bool:
    """A diplomatic or cultural mission's name, or an office or branch abroad: an embassy or consulate word,
    "Representative Office", a name ending in "Office" or "branch" ("Nuffic Neso Office", "MSU branch"), or
    a nation's "House" ("Russian House")."""
    if any(w in MISSION_WORDS for w in words) or words[-1] in ("office", "branch"):
        return True
    if any(a == "representative" and b == "office" for a, b in zip(words, words[1:])):
        return True
    return len(span) >= 2 and words[-1] == "house" and names_a_people(span[-2].text)


def _cultural_centre(span: Span, words: list[str]) -> bool:
    """A nation's cultural centre or institute ("Russian Centre for Culture and Science", "Italian Cultural
    Institute", "Cultural Center of the Islamic Republic of Iran")."""
    return bool(_CULTURE & set(words) and _CENTRES & set(words) and any(map(_names_a_nation, span)))


_CULTURE, _CENTRES = frozenset({"culture", "cultural"}), frozenset({"center", "centre", "institute"})


def _names_a_nation(tok: Token) -> bool:
    """A word that names a country or its people ("Russian", "China", "Iran")."""
    return tok.is_title and (names_a_people(tok.text) or names_a_country(tok.text))


def place_end(doc: Doc, i: int) -> int | None:
    """The end of "in / to (the) Place" starting at token ``i`` on the same line, or None."""
    lower, text, ws = column(doc, "lower"), column(doc, "text"), column(doc, "ws")
    if i + 1 >= len(doc) or lower[i] not in ("in", "to") or "\n" in ws[i - 1] + ws[i]:
        return None
    j = i + 1 + (lower[i + 1] == "the")
    if j >= len(doc) or not text[j][:1].isupper():
        return None
    space = column(doc, "space")
    for k in range(min(len(doc), j + _PLACE_WORDS), j, -1):
        if not space[k - 1] and "\n" not in "".join(ws[j : k - 1]) and country_code(_words(doc, j, k)):
            return k
    return next((e.end for e in model_ents(doc) if e.start == j and e.label_ == "GPE"), None)


def _words(doc: Doc, j: int, k: int) -> str:
    """The document's text of tokens ``j``..``k`` (no Span built)."""
    idx, text = column(doc, "idx"), column(doc, "text")
    return doc_text(doc)[idx[j] : idx[k - 1] + len(text[k - 1])]


def mission_names(doc: Doc) -> list[Span]:
    """Rule ``org.mission``: a lower-case "embassy" or "consulate" a country names is a mission's name: "the
    Chinese embassy", "Brazil embassy in Moscow", "Russia's embassy in Ulaanbaatar", "the embassy of India in
    Uzbekistan" (with the place, rule ``org.span.mission_place``)."""
    text, out = column(doc, "text"), []
    for i, word in enumerate(text):
        if word not in MISSION_WORDS:
            continue
        start = _country_before(doc, i)
        end = _country_after(doc, i + 1) if start is None else i + 1
        if start is None and end is not None:
            start = i
        if start is not None and end is not None:
            out.append(mission_place(Span(doc, start, end, label="ORG", span_id="org.mission")))
    return out


def _country_before(doc: Doc, i: int) -> int | None:
    """Start of the country or nationality right before token ``i`` ("Chinese", "Russia 's", "Sri Lankan")."""
    text = column(doc, "text")
    for k in (i - 3, i - 2, i - 1):
        if k < 0 or not text[k][:1].isupper() or text[k].lower() == "the":
            continue
        words = text[k:i]
        if words[-1] in POSSESSIVE:
            words = words[:-1]
        if words and country_code(_words(doc, k, k + len(words))):
            return k
    return None


def _country_after(doc: Doc, i: int) -> int | None:
    """End of "of (the) Country" starting at token ``i`` ("embassy of India", "embassy of the Russian
    Federation"), or None."""
    lower, text = column(doc, "lower"), column(doc, "text")
    if i + 1 >= len(doc) or lower[i] != "of":
        return None
    j = i + 1 + (lower[i + 1] == "the")
    if j >= len(doc) or not text[j][:1].isupper():
        return None
    return next(
        (k for k in range(min(len(doc), j + _PLACE_WORDS), j, -1) if country_code(_words(doc, j, k))), None
    )
