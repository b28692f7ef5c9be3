"""Organisations spelt out right before their bracketed acronym: "Universiti Malaysia Perlis (UniMAP)", "The
British University in Egypt (BUE)": the acronym vouches for the name's extent, whatever the model read."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from extractor.lang.lexicons import document_kinds, words
from extractor.lang.tokens import POSSESSIVE, doc_text

_ACRONYM = re.compile(r"\([“\"‘]?([A-Z][A-Za-z&]{1,9})[”\"’]?\)")  # "(UniMAP)", "(“ZUEL”)"
_WORD = re.compile(r"[^ \t\n]+")
_JOINING = frozenset({"of", "and", "for", "the", "on", "in", "&"})
_REACH = 160  # characters read back from the bracket


def spelled_out_organisations(doc: Doc) -> list[Span]:
    """Rule ``org.spelled_out``: the shortest run of capitalised words before "(ACR)" whose initials the
    acronym spells in order (each word gives its first letter, and may give more: "Uni-MAP"), when the run
    holds an organisation's head noun (``patterns/org_heads.jsonl``, ``unit_heads.jsonl``) and names no
    document ("Memorandum of Understanding (MoU)")."""
    text, out = doc_text(doc), []
    for m in _ACRONYM.finditer(text):
        acr, run = m.group(1), _capitalised_run(text, m.start())
        name_words = [w.group() for w in run]
        if not run or _names_a_document(name_words, acr):
            continue
        start = _shortest_spelled(name_words, acr)
        if start is None:
            continue
        span = doc.char_span(run[start].start(), run[-1].end())
        if span is not None and span[-1].text in POSSESSIVE:
            span = span[:-1]  # "Sindh Madressatul Islam University’s (SMIU)"
        if span is None or not any(t.lower_ in _heads() for t in span):
            continue  # "Belt and Road Initiative (BRI)", "Vice Chancellor (VC)": no head noun
        out.append(Span(doc, span.start, span.end, label="ORG", span_id="org.spelled_out"))
    return out


def _capitalised_run(text: str, end: int) -> list[re.Match[str]]:
    """The words right before ``end`` on its line: capitalised ones and small joining words between them,
    ending with a capitalised word."""
    lo = max(text.rfind("\n", 0, end) + 1, end - _REACH)
    found = list(_WORD.finditer(text, lo, end))
    run: list[re.Match[str]] = []
    for w in reversed(found):
        word = w.group()
        if word[:1].isupper() or run and word in _JOINING:
            run.append(w)
        else:
            break
    run.reverse()
    while run and run[0].group() in _JOINING:
        run.pop(0)
    return run


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return words("org_heads") | words("unit_heads")


def _names_a_document(name_words: list[str], acr: str) -> bool:
    """ "Memorandum of Understanding (MoU)": a document's name, not an organisation's."""
    kinds = document_kinds()
    return acr.lower() in kinds or any(w.lower() in kinds for w in name_words)


def _shortest_spelled(name_words: list[str], acr: str) -> int | None:
    """The index of the first word of the tail of ``name_words`` whose initials are the acronym's letters,
    one a word ("International Islamic University Malaysia (IIUM)", not "Islamic University Malaysia"),
    else of the shortest tail the acronym abbreviates."""
    named = [i for i, w in enumerate(name_words) if w.lower() not in _JOINING]
    if (
        len(named) >= len(acr)
        and "".join(name_words[i][0] for i in named[-len(acr) :]).lower() == acr.lower()
    ):
        return named[-len(acr)]  # the word that gives the acronym's first letter
    for start in range(len(name_words) - 1, -1, -1):
        tail = [w for w in name_words[start:] if w.lower() not in _JOINING]
        if name_words[start].lower() in _JOINING or len(tail) < 2:
            continue
        if abbreviates(acr.lower(), [w.lower().strip("'’") for w in tail]):
            return start
    return None


def abbreviates(acr: str, name_words: list[str]) -> bool:
    """Each word gives its first letter to the acronym, in order, and may give further letters of itself
    ("unimap" abbreviates "universiti malaysia perlis"; "slcjf" abbreviates "sri lanka china journalists
    forum")."""
    if not name_words:
        return not acr
    if not acr or acr[0] != name_words[0][:1]:
        return False
    word, rest = name_words[0], name_words[1:]
    # the word gives acr[0] and then any further letters of itself, in order
    k, pos = 1, 1
    while True:
        if abbreviates(acr[k:], rest):
            return True
        if k >= len(acr):
            return False
        pos = word.find(acr[k], pos)
        if pos < 0:
            return False
        k, pos = k + 1, pos + 1
