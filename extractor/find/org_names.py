"""Organisation names that end in a person's name, described companies and acronyms defined in the text:
finder rules that read the words around a candidate (acronyms acting as organisations are in
``acting_acronyms.py``)."""

from __future__ import annotations

import json
import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from extractor.find.acronym_repeats import bare_tokens
from extractor.find.name_words import surname_like
from extractor.find.namesakes import namesake_acronyms
from extractor.find.org_blocks import blocked, stop_words
from extractor.find.org_words import legal_prefix
from extractor.find.role_words import named_place, place_name, place_word
from extractor.find.spelled_out import spelled_out_organisations
from extractor.lang.lexicons import lexicon, title_words, words, words_of
from extractor.lang.resources import extra_pattern_files, pattern_file
from extractor.lang.tokens import (
    bracketed_token,
    column,
    columns,
    doc_text,
    initials_text,
    is_name_text,
    text_of,
)
from extractor.normalise.org_text import acronym, bracket_short_form, coined

# words a name never starts after: "in" and "at" before a place ("Confucius Institute in Sofia")
_NAME_GLUE = frozenset({"of", "and", "the", "for", "&", "after", "named", "in", "at"})


def cut_person_tail(span: Span) -> Span | None:
    """Rule ``org.span.person_tail``: "president of Zhejiang University WU Zhaohui", "the rector of the
    Tashkent Institute of Chemical Technology Usmanov Botir": the name written after the organisation is a
    person, not the name's end (see ``person_tail``); a span with no head noun before that name is no
    organisation."""
    k = person_tail(span)
    if k is None:
        return span
    if not any(t.lower_ in words("org_heads") for t in span.doc[span.start : k]):
        # "International Relations Dmitry": no organisation, unless only a surname-like word ends it ("IIT
        # Bombay")
        return None if lexicon("person_names").get(span.doc[k].lower_) in ("given", "surname_cn") else span
    return Span(span.doc, span.start, k, label="ORG", span_id=span.id_)


def person_tail(span: Span) -> int | None:
    """Where a person's name starts at the end of an organisation span, or None: at most three capitalised
    words after the last head noun that start with a known given name or Chinese surname, or end with a
    surname ending and hold no word of a registered organisation name; initials before them join them."""
    doc, heads, lex = span.doc, words("org_heads"), lexicon("person_names")
    lower, text, punct, alpha = columns(doc, "lower", "text", "punct", "alpha")
    end, stops = span.end, stop_words()
    prefix = {x for x in range(span.start, end - 1) if legal_prefix(text, lower, x)}
    found = [x for x in range(span.start, end) if lower[x] in heads and x not in prefix]
    last_head = found[-1] if found else span.start - 1
    if "after" in lower[last_head + 1 : end]:
        return None  # "named after I. Karimov" ends the name
    heads_first = words_of("org_heads", "org_head_first")
    for k in range(max(last_head + 1, span.start + 1, end - 3), end):
        if (
            lower[k - 1] in _NAME_GLUE
            or lower[k - 1] in heads_first  # "Universidad Carlos III de Madrid": the name after its head
            or k - 1 in prefix  # "JSC Rusatom Overseas": the company's name after its legal form
            or punct[k - 1]
            and not initials_text(text[k - 1])
            or not all(
                alpha[x] and text[x][:1].isupper() and lower[x] not in heads and lower[x] not in stops
                for x in range(k, end)
            )
            or named_place(" ".join(text[k - 1 : end]))  # "University of Hong Kong": a place's last word
        ):
            continue
        plain = not any(lower[x] in _org_vocabulary() or place_word(text[x], lower[x]) for x in range(k, end))
        if (
            lex.get(lower[k]) in ("given", "surname_cn")
            or surname_like(lower[end - 1])
            and plain
            or plain
            and end - k >= 2
            and _titled_name_end(span)
        ):
            while k - 1 > last_head and initials_text(text[k - 1]):
                k -= 1  # "Department V. Amanov": the initials are the person's
            return k
    return None


def _titled_name_end(span: Span) -> bool:
    """ "Rector of the University of Tehran Mahmoud Nili Ahmadabadi.", "Secretary to the Cabinet Roland
    Msiska, who": the organisation follows "<title> of/to" (also where the model's span starts inside the
    name: "of the Russian-Tajik (Slavic) University") and its span ends where the clause does or a verb
    follows, so plain capitalised words after its head are the title holder's name (rule
    ``org.span.person_tail``, title evidence)."""
    doc = span.doc
    lower, text, tag = columns(doc, "lower", "text", "tag")
    i = _name_start(text, span.start)
    i -= i > 0 and lower[i - 1] == "the"
    after = span.end < len(doc) and (
        lower[span.end] in _CLAUSE_ENDS or tag[span.end].startswith(("VBD", "VBZ"))
    )
    return (
        (span.end == len(doc) or after)
        and i >= 2
        and lower[i - 1] in ("of", "to")
        and _title_before(doc, i - 2)
    )


def _name_start(text: list[str], i: int) -> int:
    """Where a name that the model's span opens inside starts: back over name words, hyphens and brackets
    ("Russian-Tajik (Slavic) University": the span starts at "Slavic")."""
    for _ in range(6):
        if i == 0 or not (text[i - 1] in _INSIDE_NAME or is_name_text(text[i - 1])):
            return i
        i -= 1
    return i


_INSIDE_NAME = frozenset({"-", "(", ")", "&"})


def _title_before(doc: Doc, k: int) -> bool:
    """A title word at ``k`` or a few words before it over its portfolio ("Vice Rector for Development of the
    University of Tartu Erik Puura"), within the clause."""
    lower, punct = column(doc, "lower"), column(doc, "punct")
    for x in range(k, max(-1, k - 5), -1):
        if lower[x] in title_words():
            return True
        if punct[x] or "\n" in doc[x].whitespace_:
            return False
    return False


_CLAUSE_ENDS = frozenset({".", ",", ";", ":", ")", "and", "signed", "said", "noted", "stated", "has", "was"})


@lru_cache(maxsize=1)
def _org_vocabulary() -> frozenset[str]:
    """Every word of the registered organisation names (a surname-like word among them is no surname)."""
    out: set[str] = set()
    lines = [
        ln
        for f in (pattern_file("orgs.jsonl"), *extra_pattern_files("orgs.jsonl"))
        for ln in f.read_text("utf-8").splitlines()
    ]
    for line in lines:
        entry = json.loads(line) if line.strip() else {}
        for name in [entry.get("id", ""), *entry.get("aliases", [])]:
            out.update(w.lower() for w in re.findall(r"[^\W\d_]+", name))
    return frozenset(out)


_NAME = r"((?:[A-Z][\w&'’.-]*[ \t]){0,4}[A-Z][\w&'’.-]*)"
_NAME_ENDS = r"(?=,|[ \t]*[.;:]|[ \t][a-z])"  # a comma, a stop or a lower-case word after the name


def _no_name(span: Span, noun_first: bool) -> bool:
    """Only places and legal forms ("company, Ltd.,"); after the noun also a person the model found ("Chairman
    of BOAD GROUP corporation, Zhu Yun,": a list of titled people)."""
    not_names = words("places") | words("legal_forms")
    person = span[0].ent_type_ == "PERSON" or span[0].lower_ in title_words()  # "the company CEO John Smith"
    return all(t.lower_ in not_names for t in span) or noun_first and person


@lru_cache(maxsize=1)
def _described() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A name, then "a/an ... <company noun>"; and "<company noun>, <Name>,"
    (``patterns/company_nouns.jsonl``)."""
    nouns = "|".join(sorted(words("company_nouns")))
    return (
        re.compile(rf"(?<![\w-]){_NAME},[ \t](?:a|an)[ \t](?:[\w-]+[ \t]){{0,4}}(?:{nouns})\b"),
        # "cybersecurity company, X,", "automobile manufacturer Great Wall Motors, which ..."
        re.compile(rf"(?<=[a-z][ \t])(?:{nouns})(?:,[ \t]{_NAME}(?=,)|[ \t]{_NAME}{_NAME_ENDS})"),
    )


def described_organisations(doc: Doc) -> list[Span]:
    """Rule ``org.described``: a capitalised name the text describes as a company ("CAMCE Ecological
    Technologies, a Chinese environmental protection company", "Global cybersecurity company, Kaspersky,
    announced") is an organisation, whatever its last word;
    so is a name spelt out before its acronym (rule ``org.spelled_out``, in ``find/spelled_out.py``) and an
    honoree's name before a university's acronym (rule ``org.namesake_acronym``, in ``find/namesakes.py``)."""
    out = spelled_out_organisations(doc) + namesake_acronyms(doc)
    name_first, noun_first = _described()
    for m in [*name_first.finditer(doc_text(doc)), *noun_first.finditer(doc_text(doc))]:
        group = 1 if m.start(1) >= 0 else 2
        span = doc.char_span(m.start(group), m.end(group))
        while span is not None and len(span) and span[0].lower_ in stop_words():
            span = span[1:]  # "With CAMCE ...", "The ..."
        if span is None or not len(span) or _no_name(span, noun_first=m.re is noun_first):
            continue
        out.append(Span(doc, span.start, span.end, label="ORG", span_id="described"))
    return out


def _bracketed_acronym(s: Span) -> str | None:
    """``Long Name (ACR)``: the acronym in brackets after an organisation ("X (Sibstrin)", "X (ASU)"); not
    "(PRC)" or "(Bolivia)" after a name: a country, nor a word of the name itself: "University of Karabuk
    (Karabuk)", "Bursa Uludag University (Bursa)" name the city."""
    doc = s.doc
    at = bracketed_token(doc, s.end)  # also quoted: "Shenzhen Polytechnic University (“SZPU”)"
    if at is None:
        return None
    tok = doc[at]
    name = column(doc, "lower")[s.start : s.end]
    not_place = tok.ent_type_ not in ("GPE", "NORP", "LOC") or coined(tok.text, text_of(s))  # "(Sibstrin)"
    short_name = tok.is_title and len(tok) >= 5 and tok.is_alpha and not_place and tok.lower_ not in name
    capitals = tok.text[:1].isupper() and sum(c.isupper() for c in tok.text) >= 2
    short_form = capitals and bracket_short_form(tok.text, text_of(s))
    if tok.lower_ not in words("places") and not place_name(tok.text) and (short_name or short_form):
        return tok.text
    return None


def _listed_acronym(s: Span) -> str | None:
    """``X (Native Name, ACR)``: the short form after a name in brackets ("Panamerican University
    (Universidad Panamericana, UP)")."""
    text = column(s.doc, "text")
    if s.start == 0 or text[s.start - 1] != "(" or s.end + 2 >= len(text):
        return None
    if text[s.end] != "," or text[s.end + 2] != ")":
        return None
    tok = text[s.end + 1]
    return tok if tok[:1].isupper() and bracket_short_form(tok, text_of(s)) else None


def _acronyms(kept: list[Span]) -> set[str]:
    """Acronyms the document defines in brackets, and the initials of its longer organisation names."""
    acrs = set()
    for s in (s for s in kept if s.label_ == "ORG"):
        if (bracketed := _bracketed_acronym(s) or _listed_acronym(s)) is not None:
            acrs.add(bracketed)
        if len(s) >= 3:
            name = text_of(s)
            acrs |= {a for a in (acronym(name), acronym(name, whole_caps=True)) if 3 <= len(a) <= 8}
        if len(s) >= 5:  # without the honoree in front: ASUHP for "Shukshin Altai State University for ..."
            acrs |= {a for a in (acronym(text_of(s[1:])),) if 4 <= len(a) <= 8}
    return acrs


def acronym_mentions(doc: Doc, kept: list[Span]) -> list[Span]:
    """``Long Name (ACR)``: the bracketed acronym and its later bare uses are ORG mentions; so is a bare
    acronym made of the initials of an organisation named in the document ("ASU" after "Astrakhan State
    University")."""
    places = words("places")
    acrs = {a for a in _acronyms(kept) if a.lower() not in places}  # "... Republic of Korea (DPRK)": a state
    if not acrs:
        return []
    out = []
    for i in bare_tokens(doc, acrs):  # tokens spelt as an acronym, not glued to a word or "-"
        sp = Span(doc, i, i + 1, label="ORG", span_id="acronym_definition")
        if not blocked(sp):
            out.append(sp)
    return out
