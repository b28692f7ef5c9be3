"""Where people's names come from besides the model: titles, appositions, the name lexicon, bylines."""

from __future__ import annotations

import re
from functools import lru_cache

import numpy
from spacy.tokens import Doc, Span, Token

from extractor.find.name_words import an_initial, common_words, surname_like
from extractor.find.role_lists import is_plural
from extractor.find.title_names import (
    abbreviated_given,
    bare_initial,
    coordinated_after_plural,
    hyphen_syllable,
    not_a_title_name,
    past_org,
)
from extractor.lang.lexicons import lexicon, words
from extractor.lang.rules import rule
from extractor.lang.tokens import (
    bracketed_token,
    column,
    doc_cache,
    doc_lower,
    doc_text,
    hashes,
    is_name_text,
    is_name_word,
    lower_in,
)


@lru_cache(maxsize=1)
def _honorific_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The honorifics regex, case-insensitive and for lower-cased text (twice as fast)."""
    words_ = sorted(words("honorifics") | {"mr", "dr", "ms", "mrs"}, key=len, reverse=True)
    pattern = r"(?<![\w.])(?:" + "|".join(re.escape(w) for w in words_) + r")(?![\w])"
    return re.compile(pattern, re.I), re.compile(pattern)


def _honorific_spans(doc: Doc) -> list[Span]:
    """Honorifics ("Mr.", "Dr", "Professor", "His Excellency"), found by one scan of the text."""
    out = []
    low = doc_lower(doc)
    any_case, lower_case = _honorific_patterns()
    for m in any_case.finditer(doc_text(doc)) if low is None else lower_case.finditer(low):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and len(span) and span.start_char == m.start():
            out += [] if an_initial(doc, span.start) else [span]
    return out


def titled_names(doc: Doc, titles: frozenset[str], org_words: frozenset[str]) -> list[Span]:
    """Names right after a title or honorific ("Rector Anatoly Nikolaev", "President VASILIEV", "Mr. X")."""
    role_cues = doc.spans.get("role_cues", [])
    honorifics = [h.end for h in _honorific_spans(doc)]
    cues = [c.end for c in role_cues if not is_plural(c)] + honorifics  # not a plural: "Rectors Forum"
    not_names = org_words | words("not_org_heads") | words("headline_verbs")  # "President Meets Ambassador"
    stops = words("name_stops")  # "Rector Guido Saracco Today's meeting": no name goes on into "Today"
    lower, text, ws, n = column(doc, "lower"), column(doc, "text"), column(doc, "ws"), len(doc)
    out = []
    for cue_end in cues:
        end = _after_cue(doc, cue_end, org_words)
        j = end
        while (
            j < n
            and j < end + 4
            and (
                is_name_text(text[j])
                and lower[j] not in titles
                and lower[j] not in not_names
                and (j == end or lower[j] not in stops)
                or text[j] in NAME_JOINERS
                and j > end
                or bare_initial(text, j)  # "Prof P Nagabhushan"
                or j <= end + 1
                and abbreviated_given(text, ws, j)  # "Dr. Md. Yunus Mia", "Mohd. Ilham Adenan"
                or hyphen_syllable(text, ws, j)  # "Shin-ichi Nakamura"
            )
        ):
            if "\n" in ws[j]:
                j += 1
                break
            j += 1
        while j > end and text[j - 1] in NAME_JOINERS:
            j -= 1
        if j == end or j < n and lower[j] in org_words or not_a_title_name(doc, cue_end, end, j):
            continue
        if common_words(doc, end, j) == j - end:
            continue  # rule person.reject.written_lower: "Director External Linkages", "Dept. Academics"
        out.append(Span(doc, end, j, label="PERSON", span_id="rule_title_name"))
    return out + coordinated_after_plural(doc, [c for c in role_cues if is_plural(c)], titles, not_names)


def _after_cue(doc: Doc, cue_end: int, org_words: frozenset[str]) -> int:
    """Where a name may start after a title: past its organisation ("Rector of X", "Chairman HEC")."""
    end = past_org(doc, cue_end, org_words)
    return end + (end in title_acronyms(doc))


@rule("person.span.after_title_acronym")
def title_acronyms(doc: Doc) -> frozenset[int]:
    """Rule ``person.span.after_title_acronym``: "Chairman HEC Tariq Banuri", "Executive Director HEC Dr.
    Fateh Marri": an organisation's acronym written between a title and a name (no "of") is no part of the
    name; the tokens of one-word acronyms the registry matched or the document defines in brackets ("Higher
    Education Commission (HEC)")."""
    cache = doc_cache(doc)
    if "title_acronyms" in cache:
        return cache["title_acronyms"]
    text = column(doc, "text")
    defined = {text[k] for i, w in enumerate(text) if w == "(" and (k := bracketed_token(doc, i)) is not None}
    registered = {
        a.start for key in ("org_registry", "org_acronyms") for a in doc.spans.get(key, []) if len(a) == 1
    }
    found = frozenset(
        i
        for i, t in enumerate(text)
        if (t in defined or i in registered) and t.isupper() and t.isalpha() and len(t) > 1
    )
    cache["title_acronyms"] = found
    return found


def _plain_name(tok, titles: frozenset[str], org_words: frozenset[str]) -> bool:
    """A capitalised word that can be part of a name (not a title, an organisation word or a stop word)."""
    return (
        is_name_word(tok)
        and tok.is_alpha
        and not tok.is_stop
        and tok.lower_ not in titles
        and tok.lower_ not in org_words
        and tok.ent_type_ not in ("GPE", "DATE", "NORP")
        and "\n" not in tok.text
    )


@lru_cache(maxsize=1)
def _name_hashes() -> numpy.ndarray:
    return hashes(p for p, c in lexicon("person_names").items() if c in ("given", "surname_cn"))


def lexicon_names(doc: Doc, titles: frozenset[str], org_words: frozenset[str]) -> list[Span]:
    """Given name + surname ("Dmitry Tayursky", "Valentina Vasilyevna Bogatyreva") and Chinese surname +
    given name ("Zhang Riping"), from the name lexicon in ``patterns/person_names.jsonl``."""
    lex = lexicon("person_names")
    out = []
    for i in lower_in(doc, _name_hashes()):
        if i + 1 >= len(doc):
            continue
        tok = doc[i]
        kind = lex.get(tok.lower_)
        if kind is None or not tok.is_title or "\n" in tok.whitespace_:
            continue
        j = i + 1
        if not (_plain_name(doc[j], titles, org_words) or _surname_after_given(doc[j], kind)):
            continue
        if (
            kind == "given"
            and PATRONYMIC.search(doc[j].lower_)
            and j + 1 < len(doc)
            and _plain_name(doc[j + 1], titles, org_words)
            and "\n" not in doc[j].whitespace_
        ):
            j += 1
        nxt = doc[j + 1] if j + 1 < len(doc) else None
        if nxt is not None and (nxt.lower_ in org_words or is_name_word(nxt) and nxt.lower_ in lex):
            continue
        out.append(Span(doc, i, j + 1, label="PERSON", span_id="rule_name_lexicon"))
    return out


def _surname_after_given(tok: Token, kind: str) -> bool:
    """A word read as a surname by its ending after a lexicon given name is one, whatever label the model
    gave the pair ("Natalya Sineeva": GPE)."""
    return kind == "given" and is_name_word(tok) and tok.is_alpha and surname_like(tok.lower_)


def byline_names(doc: Doc, titles: frozenset[str], org_words: frozenset[str]) -> list[Span]:
    """Names after a byline label at the start of a line ("Source text: Alina Minnevalieva")."""
    labels = lexicon("bylines")
    out = []
    text = doc_text(doc)
    for m in _BYLINE.finditer(text):
        if m.group(1).lower() not in labels:
            continue
        sp = doc.char_span(m.start(2), m.end(2), alignment_mode="contract")
        if sp is not None and 1 < len(sp) <= 3 and all(_plain_name(t, titles, org_words) for t in sp):
            out.append(Span(doc, sp.start, sp.end, label="PERSON", span_id="rule_byline"))
    return out


_BYLINE = re.compile(
    r"(?m)^[ \t]*([A-Za-z][A-Za-z ]{0,20}?)\s*:\s*([A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,2})[ \t]*$"
)


NAME_JOINERS = frozenset({"·", "•", "-"})


PATRONYMIC = re.compile(r"(?:vich|vna|ovich|evich|ovna|evna|ichna|ich|ogly|kyzy|uly|qizi)$")
