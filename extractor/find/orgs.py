"""Find organisation names: registry matches, head-noun names ("... University of ..."), model ORG ents."""

from __future__ import annotations

import re
from functools import lru_cache

import numpy
from spacy.tokens import Doc, Span

from extractor.lang.lexicons import lexicon, title_words, words
from extractor.lang.tokens import (
    doc_cache,
    doc_text,
    hashes,
    is_glued_initials_name,
    is_initials,
    is_linebreak,
    is_name_word,
    line_of,
    lower_in,
    model_ents,
    strip_span,
)

ARTICLES = frozenset({"the", "The", "our", "Our"})
_OF_WORDS = frozenset({"of", "for", "on"})
_QUOTES_OPEN = frozenset({'"', "«", "“", "'"})
_QUOTES_CLOSE = frozenset({'"', "»", "”", "'"})
_LEGAL_SUFFIX = frozenset({"ltd", "ltd.", "inc", "inc.", "llc", "co.", "corp."})
_NAMED_AFTER_STOP = frozenset({"on", "in", "at", "during", "with", "by", "from", "for", "to", "and", "was",
                               "were", "is", "has", "have", "had", "will", "signed", "visited", "hosted"})
_LOWER_HEADS = frozenset({"branch", "campus", "office", "affiliate", "faculty", "department"})
_EDU = frozenset({"university", "college", "school", "academy", "institute"})
_DROP = frozenset({"the", "The", "our", "Our", "its", "their", "of", "in", "at", "by", "with", "and"})


def _joiner(doc: Doc, i: int) -> bool:
    """A hyphen glued to name words on both sides (``Sino-Russian``)."""
    t = doc[i]
    return (t.text in {"-", "–"} and i > 0 and not doc[i - 1].whitespace_ and not t.whitespace_
            and i + 1 < len(doc))


def _name_tok(doc: Doc, i: int, stop: frozenset[str]) -> bool:
    tok = doc[i]
    if tok.lower_ in stop or tok.ent_type_ in {"DATE", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"}:
        return False
    if tok.ent_type_ == "PERSON" and (tok.ent_iob_ == "I" or i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I"):
        return False
    return is_name_word(tok) or is_initials(tok) or _joiner(doc, i)


_SAINT = frozenset({"St.", "St", "Sankt", "San", "Santa", "São"})  # "St. Petersburg Higher School of Economics"


def extend_left(doc: Doc, start: int, stop: frozenset[str]) -> int:
    """Move ``start`` left over capitalised name words on the same line, and over "X and" when X is
    no organisation of its own ("Russian-Chinese Research and Engineering Industrial Park")."""
    heads = words("org_heads")
    while start > 0:
        i = start - 1
        if is_linebreak(doc[i]) or "\n" in doc[i].whitespace_:
            break
        if doc[i].is_space and i > 0 and _name_tok(doc, i - 1, stop):
            start = i  # a doubled space inside a name ("Changzhou  University")
            continue
        if doc[i].lower_ == "and" and i > 0 and _name_tok(doc, i - 1, stop):
            j = extend_left(doc, i, stop | {"and"})
            after = doc[i + 1]
            if j < i and not any(t.lower_ in heads or t.is_upper and len(t) > 1 for t in doc[j:i]) and \
                    after.ent_type_ not in ("GPE", "LOC") and not (after.ent_iob_ == "B" and after.ent_type_ == "ORG"):
                start = j
            break
        if not _name_tok(doc, i, stop) or doc[i].is_sent_start and doc[i].is_stop:
            break
        start = i
    while start < len(doc) and _joiner(doc, start):
        start += 1
    if start > 0 and doc[start - 1].text in _SAINT and "\n" not in doc[start - 1].whitespace_:
        start -= 1  # "St. Petersburg Higher School of Economics"
    return start


def _name_run(doc: Doc, i: int, stop: frozenset[str], heads: frozenset[str]) -> int:
    """End of a run of name words starting at i, allowing inner ``and``/``of`` (not a new org after ``and``)."""
    j = i
    while j < len(doc) and "\n" not in doc[j].text:
        if _name_tok(doc, j, stop):
            j += 1
            if "\n" in doc[j - 1].whitespace_:
                break
            continue
        if doc[j].text in {"'s", "’s"} and j > i and j + 1 < len(doc) and _name_tok(doc, j + 1, stop) and \
                doc[j - 1].lower_ == "people":
            j += 1
            continue
        if doc[j].lower_ in {"and", "&", "of"} and j + 1 < len(doc) and _name_tok(doc, j + 1, stop):
            k = j + 1
            while k < len(doc) and _name_tok(doc, k, stop):
                k += 1
            if doc[j].lower_ != "of" and (any(t.lower_ in heads or t.is_upper and len(t) > 1 for t in doc[j + 1:k]) or
                                          j + 1 in _registered_starts(doc)):
                break  # "and" before another name: one with its own head, an acronym or a registered name
            j = k
            continue
        break
    return j


@lru_cache(maxsize=1)
def _verb_hashes() -> numpy.ndarray:
    return hashes(words("headline_verbs"))


def _headline_verbs(doc: Doc) -> list[int]:
    """Token indices of title-case headline verbs ("Sign", "Established"), read once per Doc."""
    cache = doc_cache(doc)
    if "headline_verbs" not in cache:
        cache["headline_verbs"] = [i for i in lower_in(doc, _verb_hashes()) if doc[i].is_title]
    return cache["headline_verbs"]  # type: ignore[return-value]


def _registered_starts(doc: Doc) -> frozenset[int]:
    """Token indices where a registered organisation name begins (read once per Doc)."""
    cache = doc_cache(doc)
    if "registered_starts" not in cache:
        cache["registered_starts"] = frozenset(r.start for key in ("org_registry", "org_acronyms")
                                               for r in doc.spans.get(key, []))
    return cache["registered_starts"]  # type: ignore[return-value]


def extend_right(doc: Doc, end: int, stop: frozenset[str], heads: frozenset[str], start: int | None = None) -> int:
    """Move ``end`` right over ``of (the) Name``, ``named after X``, quoted names and legal suffixes.

    A university is not extended over a bare place ("Gansu University of the PRC")."""
    start = end - 1 if start is None else start
    while end < len(doc):
        tok = doc[end]
        if "\n" in doc[end - 1].whitespace_ or is_linebreak(tok):
            break
        if tok.lower_ in _OF_WORDS:
            j = end + 1
            if j < len(doc) and doc[j].lower_ == "the":
                j += 1
            k = _name_run(doc, j, stop, heads) if j < len(doc) else j
            place_only = k > j and all(t.ent_type_ in ("GPE", "LOC") for t in doc[j:k])
            if place_only and any(t.lower_ in _EDU for t in doc[start:end]):
                break
            if k > j:
                end = k
                continue
            break
        number = _number_sign(doc, end)
        if number:  # rule org.span.numbered: "Institute №2 “Propulsion Engineering”", "Faculty No. 1"
            end += number
            continue
        if tok.text in _QUOTES_OPEN and end + 2 < len(doc):
            k = _name_run(doc, end + 1, stop, heads)
            if k > end + 1 and k < len(doc) and doc[k].text in _QUOTES_CLOSE:
                end = k + 1
                continue
            close = _closing_quote(doc, end)  # a quoted name in sentence case: "Higher school of economics"
            if close is not None:
                end = close + 1
                continue
            break
        if tok.lower_ == "named" and end + 1 < len(doc) and doc[end + 1].lower_ == "after":
            k = end + 2
            last = None
            while k < len(doc) and k < end + 12 and (not doc[k].is_punct or is_initials(doc[k]) or _joiner(doc, k)):
                if "\n" in doc[k].text or doc[k].lower_ in _NAMED_AFTER_STOP or doc[k].ent_type_ == "DATE":
                    break
                if is_name_word(doc[k]) or is_glued_initials_name(doc[k]):  # "named after V.N.Tatishchev"
                    last = k
                k += 1
            if last is not None:
                end = last + 1
                continue
            break
        if tok.text == "," and any(t.lower_ in _OF_WORDS for t in doc[start:end]):
            k = _field_list_end(doc, end, heads)
            if k is not None:
                end = k  # "University of Law, Business and Politics"
                continue
        if tok.text == "," and end + 1 < len(doc) and doc[end + 1].lower_ in _LEGAL_SUFFIX:
            end += 2
            continue
        if tok.lower_ in _LEGAL_SUFFIX:
            end += 1
            continue
        break
    return end


def _field_list_end(doc: Doc, i: int, heads: frozenset[str]) -> int | None:
    """Rule ``org.span.field_list``: the end of ", B and C" after "of A" when B and C are one or two capitalised
    words each and none is a head noun (a list of fields inside one name: "Tajik State University of Law,
    Business and Politics"), else None ("University of Tokyo, Kyoto University" is two names)."""
    j, items, joined = i, 0, False
    while j < len(doc) and doc[j].text in (",", "and") and not joined:
        joined = doc[j].text == "and" or j + 1 < len(doc) and doc[j + 1].lower_ == "and"
        j += 2 if doc[j].text == "," and j + 1 < len(doc) and doc[j + 1].lower_ == "and" else 1
        k = j
        while k < len(doc) and k < j + 2 and doc[k].is_title and doc[k].lower_ not in heads and \
                doc[k].lower_ not in words("places") and doc[k].ent_type_ not in ("GPE", "PERSON", "DATE") and \
                (k == j or doc[k].lower_ not in _titles_after()):
            k += 1
        if k == j or "\n" in doc[j - 1].whitespace_:
            return None
        items, j = items + 1, k
    after = doc[j] if j < len(doc) else None  # the next word may start the holder's name: "... and Tourism Professor X"
    if not joined or items < 2 or after is not None and (after.is_title and after.lower_ not in _titles_after()
                                                          or after.lower_ in heads):
        return None
    return j


@lru_cache(maxsize=1)
def _titles_after() -> frozenset[str]:
    """Words that start a title holder's name after a field list: honorifics and titles ("Professor")."""
    return words("honorifics") | title_words()


_ROMANCE_OF = frozenset({"de", "del", "di", "da", "do", "des", "du", "la", "le"})


def _member_states_inside(doc: Doc, head: int, end: int) -> int:
    """Rule ``org.span.member_states``: "Center for Technology Transfer of SCO member states" is one name (the
    seed's "China Technology Transfer Center of the SCO member states"): after an "of" part, "member states /
    countries" belongs to the name instead of blocking it."""
    if end - head < 3 or not any(t.lower_ in ("of", "for") for t in doc[head + 1:end]):
        return end
    pair = " ".join(t.lower_ for t in doc[end:end + 2])
    return end + 2 if pair in ("member states", "member countries") else end


def _head_first_name(doc: Doc, i: int, stop: frozenset[str], heads: frozenset[str]) -> int:
    """End of the name after a head noun written first: capitalised words and "de/del/di" between them."""
    end = i
    while end < len(doc) and "\n" not in doc[end - 1].whitespace_:
        if doc[end].lower_ in _ROMANCE_OF and end + 1 < len(doc) and is_name_word(doc[end + 1]):
            end += 1
            continue
        if not _name_tok(doc, end, stop):
            break
        end += 1
    return end


def _number_sign(doc: Doc, i: int) -> int:
    """Tokens of a number designation at ``i`` ("№ 2", "# 3", "No . 1"), or 0."""
    sign = 2 if doc[i].text in ("№", "#") else 3 if doc[i].text == "No" and i + 1 < len(doc) and \
        doc[i + 1].text == "." else 0
    return sign if sign and i + sign - 1 < len(doc) and doc[i + sign - 1].like_num else 0


def _closing_quote(doc: Doc, i: int, reach: int = 10) -> int | None:
    """Index of the quote closing the one at ``i`` on the same line, when a capitalised word opens the quoted
    words and none of them is a verb."""
    if i + 1 >= len(doc) or not doc[i + 1].text[:1].isupper():
        return None
    for k in range(i + 1, min(len(doc), i + reach)):
        t = doc[k]
        if "\n" in t.text or "\n" in doc[k - 1].whitespace_ or t.tag_.startswith("VB"):
            return None
        if t.text in _QUOTES_CLOSE and k > i + 1:
            return k
    return None


def _quoted_name_start(doc: Doc, i: int) -> int | None:
    """Start of "National research university "X"": a lower-case institution word right before a quoted name,
    after up to two words that begin with a capitalised one."""
    for s in range(i - 1, max(-1, i - 3), -1):
        t = doc[s]
        if not t.is_alpha or "\n" in t.whitespace_:
            return None
        if t.text[:1].isupper():
            return s
    return None


@lru_cache(maxsize=1)
def _head_hashes() -> numpy.ndarray:
    return hashes(words("org_heads") | _EDU | _LOWER_HEADS)


def head_candidates(doc: Doc) -> list[Span]:
    """Names built around a capitalised organisation head noun (University, Ministry, Park, ...)."""
    heads, stop = words("org_heads"), stop_words()
    out = []
    for i in lower_in(doc, _head_hashes()):
        tok = doc[i]
        lower_ok = tok.lower_ in _LOWER_HEADS and tok.is_lower and i > 0 and is_name_word(doc[i - 1]) and \
            doc[i - 1].lower_ not in heads
        if tok.lower_ in _EDU and tok.is_lower and i + 1 < len(doc) and doc[i + 1].text in _QUOTES_OPEN:
            s = _quoted_name_start(doc, i)
            close = _closing_quote(doc, i + 1)
            if s is not None and close is not None:
                out.append(Span(doc, s, close + 1, label="ORG", span_id="org_head"))
            continue
        if tok.lower_ not in heads or not (tok.text[:1].isupper() or lower_ok):
            continue
        s = extend_left(doc, i, stop)
        general = i + 1 < len(doc) and tok.lower_ == "consulate" and doc[i + 1].lower_ == "general"
        e = extend_right(doc, i + 1 + general, stop, heads, start=s)  # "Consulate General of the Russian ..."
        if e == i + 1 and lexicon("org_heads").get(tok.lower_) == "org_head_first":
            e = _head_first_name(doc, i + 1, stop, heads)  # "Universiti Sains Malaysia", "Universidad de Chile"
        e = _member_states_inside(doc, i, e)
        if e - s >= 2 and (s < i or not lower_ok):
            out.append(trim_place_suffix(Span(doc, s, e, label="ORG", span_id="org_head")))
    return out


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Words that never start or continue a name to the left: role titles, honorifics, months, articles."""
    return frozenset(title_words() | words("honorifics") | words("agreements") | ARTICLES | {
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "mr", "mrs", "dr", "in", "on", "at", "during", "with", "by", "for",
        "from", "to", "and", "as", "after", "between", "under", "within", "about", "since", "among",
        "two", "three", "four", "five", "top", "leading", "all", "both", "several", "many", "every",
        "each", "this", "that", "these", "those", "its", "their", "his", "her", "a", "an", "today",
        "yesterday", "tomorrow", "now", "currently", "here", "there", "also", "however", "meanwhile",
        "doctor", "candidate", "bachelor", "master"})


def model_candidates(doc: Doc) -> list[Span]:
    """The model's ORG ents, trimmed, minus descriptions, events, agreements and role phrases."""
    bad = words("agreements") | words("not_org_heads") | words("honorifics")
    roles = title_words()
    heads = words("org_heads")
    out = []
    for ent in model_ents(doc):
        if ent.label_ != "ORG":
            continue
        span = strip_span(Span(doc, ent.start, ent.end, label="ORG", span_id="model_ner"), _DROP)
        if span is None:
            continue
        cut = next((t.i for t in span if "\n" in t.text or "\n" in t.whitespace_ and t.i < span.end - 1), None)
        if cut is not None:
            span = Span(doc, span.start, cut + (0 if "\n" in doc[cut].text else 1), label="ORG", span_id="model_ner")
        span = _tidy_model_span(span)
        if span is None:
            continue
        toks = [t.lower_ for t in span]
        if any(t in bad or t in roles or t == "between" for t in toks) or any(t.like_num for t in span):
            continue
        if not any(t in heads for t in toks) and any(c.isdigit() for c in span.text):
            continue  # "COVID-19", "G20": codes and names of things, not organisations
        if len(toks) == 1 and (toks[0] in heads or sum(c.isupper() for c in span.text) < 2):
            continue
        if any(t.text in _JUNK for t in span) or span[0].tag_ in ("NNS", "NNPS"):
            continue
        if any(_glued_title(t.text, roles) for t in span):
            continue  # "PresidentXiand": words glued together by a scraper, not a name
        if _two_names(span, toks, heads):
            continue  # "Tajik National University and Association of Korean Universities": the head finder has both
        if not any(t in heads for t in toks) and len(span) > 1 and (_not_a_name(span) or _abstract_phrase(toks)):
            continue
        if toks[-1] == "news" and line_of(span.doc, span.start_char, span.end_char).strip() == span.text:
            continue  # a news section heading alone on its line ("Latest News", "Tsinghua University News")
        if span.start > 0 and doc[span.start - 1].lower_ == "to" and not any(t in heads for t in toks):
            continue
        if span.start > 1 and doc[span.start - 1].lower_ == "for" and doc[span.start - 2].lower_ in roles and \
                toks[-1] not in heads:
            continue  # rule org.reject.portfolio: "Vice President for Regional Policy and Government Relations"
        if dateline_place(span) or _glued_name(span) or _titled_name(span, heads, roles):
            continue
        out.append(trim_place_suffix(span))
    return out


def _titled_name(span: Span, heads: frozenset[str], roles: frozenset[str]) -> bool:
    """Rule ``org.reject.titled_name``: two or three capitalised words without a head noun followed by a
    comma and a title ("Nazir Obeidat, UJ President, and ..."): a person the model read as an organisation."""
    doc = span.doc
    if not 2 <= len(span) <= 3 or any(not t.is_alpha or not t.is_title or t.lower_ in heads for t in span):
        return False
    if span.end >= len(doc) or doc[span.end].text != ",":
        return False
    for t in doc[span.end + 1:span.end + 5]:
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
    """The capitalised city opening a dateline ("ST. PETERSBURG, September 16. /TASS/.", "MOSCOW (Sputnik)")."""
    doc = span.doc
    line_start = span.start == 0 or any("\n" in t.whitespace_ or "\n" in t.text for t in doc[max(0, span.start - 3):span.start])
    return span.text.isupper() and span.start < 3 or line_start and span.text.isupper() and \
        span.end < len(doc) and doc[span.end].text in (",", "(", "—", "–", "-")


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
    """"Development of Cooperation", "Internationalization of Education": an abstract noun and its
    complement, without an organisation head, is a topic, not a name."""
    return toks[0].endswith(_ABSTRACT) and any(t in ("of", "for") for t in toks[1:])


def _two_names(span: Span, toks: list[str], heads: frozenset[str]) -> bool:
    """An "and" joins two names, not the words of one, when a complete name ends before it (a head noun, or
    "of" + a place) and another name follows (a head noun or an acronym): "Tajik National University and
    Association of Korean Universities", "Ministry of Education of China and XJTU"; not "University
    Information and Education Center" or "Ministry of Education and Science"."""
    places = words("places")
    for k, t in enumerate(toks):
        if t not in ("and", "&") or k < 1:
            continue
        left_done = toks[k - 1] in heads or k >= 2 and toks[k - 1] in places and toks[k - 2] == "of"
        right = span[k + 1:]
        right_name = any(w in heads for w in toks[k + 1:]) or \
            any(x.is_upper and len(x) > 1 and x.lower_ not in places for x in right)
        if left_done and right_name:
            return True
    return False


_PLACE_WORDS = frozenset({"people", "'s", "’s", "republic", "federation", "of", "the", "prc"})


def trim_place_suffix(span: Span) -> Span:
    """"Gansu University of the People's Republic of China" -> "Gansu University": a university is not
    named after the country it is in (but "University of the Kyrgyz Republic" is no bare "University")."""
    if not any(t.lower_ in _EDU for t in span):
        return span
    for k in range(span.start + 1, span.end):
        t = span.doc[k]
        if t.lower_ == "of" and span.doc[k - 1].lower_ in _EDU | {"university"} and k - span.start >= 2:
            tail = span.doc[k + 1:span.end]
            if tail and all(x.lower_ in _PLACE_WORDS or x.ent_type_ in ("GPE", "LOC", "NORP") or
                            x.lower_ in words("places") for x in tail):
                return Span(span.doc, span.start, k, label=span.label, span_id=span.id)
    e = span.end
    while e - 1 > span.start and (span.doc[e - 1].lower_ in words("places") or span.doc[e - 1].ent_type_ == "GPE") \
            and span.doc[e - 2].lower_ in words("org_heads"):
        e -= 1
    return span if e == span.end else Span(span.doc, span.start, e, label=span.label, span_id=span.id)


_JUNK = frozenset({">", "<", "/", "|", ",", ":", ";", "•"})


def _tidy_model_span(span: Span) -> Span | None:
    """Cut an unclosed bracket, trailing lower-case words ("NUST MISIS representatives") and a trailing
    headline verb."""
    doc = span.doc
    s, e = span.start, span.end
    if len(span) > 2 and span[1].text in ("'s", "’s") and (span[0].ent_type_ in ("GPE", "NORP") or
                                                           span[0].lower_ in words("places")):
        s += 2
    dash = next((t.i for t in doc[s:e - 1] if t.text in ("-", "–", "—") and t.whitespace_ and t.i > 0 and
                 doc[t.i - 1].whitespace_), None)
    if dash is not None:
        s = dash + 1  # "one of the largest universities of Uzbekistan - Bukhara State University"
    opens = [t.i for t in span if t.text == "("]
    if opens and not any(t.text == ")" for t in doc[opens[-1]:e]):
        e = opens[-1]
    verb = next((i for i in _headline_verbs(doc) if s < i < e), None)
    if verb is not None:
        e = verb  # a title-case headline verb after the name: "X University Sign Strategic Partnership"
    while e > s and (doc[e - 1].is_lower or doc[e - 1].is_punct and doc[e - 1].text not in "\")»”\"" or
                     doc[e - 1].tag_ in ("VBN", "VBD") and doc[e - 1].lower_ not in words("org_heads")):
        e -= 1  # a headline verb tagged as one: "Kyrgyz-Russian University Association Established"
    if e <= s:
        return None
    return Span(doc, s, e, label="ORG", span_id=span.id_)


_MENU = re.compile(r" (?:>|\||») ")


def _navigation(span: Span) -> bool:
    """On a breadcrumb or menu line ("Home > News Center > News"), or a section name such a line lists
    ("Media Report" heading a page whose breadcrumb ends in "> Media Report")."""
    line = line_of(span.doc, span.start_char, span.end_char)
    if _MENU.search(line):
        return True
    return line.strip() == span.text and span.text in _menu_items(doc_text(span.doc))


def _menu_items(text: str) -> frozenset[str]:
    """The items of the document's breadcrumb and menu lines."""
    items: set[str] = set()
    for line in text.splitlines():
        if _MENU.search(line):
            items.update(p.strip() for p in _MENU.split(line.split(":")[-1]))
    return frozenset(items)


def inside_blocked(cands: list[Span]) -> list[Span]:
    """Drop blocked candidates and every candidate inside a blocked one ("HSE" in "HSE University contest")."""
    verdict: dict[tuple[int, int], bool] = {}  # the same span often comes from several finders
    for c in cands:
        if (c.start, c.end) not in verdict:
            verdict[(c.start, c.end)] = blocked(c) or _navigation(c)
    bad = [k for k, v in verdict.items() if v]
    return [c for c in cands if not any(s <= c.start and c.end <= e for s, e in bad)]


def place_only(span: Span) -> bool:
    """The model reads every token of the name as a place or nationality (``Russian Federation``)."""
    return all(t.ent_type_ in ("GPE", "LOC", "NORP") or t.is_punct for t in span)


def blocked(span: Span) -> bool:
    """An organisation name used as a modifier of an event or a set of countries ("SCO summit",
    "ASRTU Arctic Research Forum", "SCO universities")."""
    doc, i = span.doc, span.end
    if i < len(doc) and doc[i].text == "'s":
        return False
    nxt = doc[i:i + 2]
    blockers = words("org_blockers")
    if any(t.lower_ in blockers for t in nxt[:1]) or " ".join(t.lower_ for t in nxt) in blockers:
        return True
    if len(nxt) == 2 and nxt[0].is_lower and nxt[0].is_alpha and not nxt[0].is_stop and nxt[1].lower_ in blockers:
        return True  # "BRICS education ministers"
    events, verbs = words("not_org_heads"), words("headline_verbs")
    j = i
    while j < len(doc) and j < i + 4 and doc[j].is_title and "\n" not in doc[j - 1].whitespace_ and \
            doc[j].lower_ not in verbs:  # "X University Hosts Chinese Delegation": X acts, it modifies nothing
        if doc[j].lower_ in events:
            return True
        j += 1
    return False
