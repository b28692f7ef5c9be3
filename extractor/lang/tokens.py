"""Token predicates shared by the span finders."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import numpy
from spacy.attrs import (
    ENT_IOB,
    ENT_TYPE,
    IDX,
    IS_ALPHA,
    IS_LOWER,
    IS_PUNCT,
    IS_SPACE,
    IS_STOP,
    IS_TITLE,
    IS_UPPER,
    LIKE_NUM,
    LOWER,
    ORTH,
    SPACY,
    TAG,
)
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from extractor.lang.textnorm import latin_fold

# The one home of month and weekday names (the date rules add their abbreviations).
MONTH_NAMES = tuple(
    "january february march april may june july august september october november december".split()
)
WEEKDAY_NAMES = tuple("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = frozenset(MONTH_NAMES)
# The one home of the generic institution nouns ("the university", "our institute").
INSTITUTION_NOUNS = frozenset({"university", "college", "school", "academy", "institute"})
GENERIC_INSTITUTIONS = INSTITUTION_NOUNS | {"company"}
# "named after" as written before an honoree in an institution's name, also abbreviated ("n.a. R.E. Alekseev")
NAMED_AFTER = frozenset({("named", "after"), ("n.a", "."), ("n.", "a.")})
BULLETS = frozenset({"•", "·", "▪", "◦", "*"})  # list item marks that open a line
# One initial: a capital, or a transliterated digraph (Yu., Kh., Sh., Ch., Zh., Ya., Ts.), also in capitals.
DIGRAPH_INITIAL = r"(?:Yu|Kh|Sh|Ch|Zh|Ya|Yo|Ts)"
INITIAL = rf"(?:[A-Z]|{DIGRAPH_INITIAL}|YU|KH|SH|CH|ZH|YA|TS)"
_INITIALS = re.compile(rf"^(?:{INITIAL}\.){{1,3}}$")
_GLUED_INITIALS = re.compile(rf"^(?:{INITIAL}\.){{1,3}}[A-Z][a-z]+$")
_CAPS_WORD = re.compile(
    r"^[A-Z][A-Za-z'’‘ʻʼ\-]*[a-z][A-Za-z'’‘ʻʼ\-]*$|^[A-Z]{2,}[a-z]?$|^[A-Z][a-z]*[A-Z][A-Za-z]*$"
)


def is_name_word(tok: Token) -> bool:
    """A capitalised word, acronym or mixed-case name (``Sino-Russian``, ``SPbPU``, ``ITMO``), accented Latin
    letters included (``Zoltán Szilvássy``, ``José``)."""
    return is_name_text(tok.text)


@lru_cache(maxsize=65536)
def is_name_text(text: str) -> bool:
    """:func:`is_name_word` of a token's text (cached: the same words recur)."""
    t = text if text.isascii() else latin_fold(text)
    return bool(t) and t[0].isupper() and (bool(_CAPS_WORD.match(t)) or t.isupper() and len(t) > 1)


def is_initials(tok: Token) -> bool:
    """``M.E.`` or ``V.`` written as one token."""
    return bool(_INITIALS.match(tok.text))


def initials_text(text: str) -> bool:
    """:func:`is_initials` of a token's text."""
    return bool(_INITIALS.match(text))


def is_glued_initials_name(tok: Token) -> bool:
    """``N.Abdullayev``: initials glued to a surname in one token."""
    return bool(_GLUED_INITIALS.match(tok.text))


def after_line_break(doc: Doc) -> list[int]:
    """Indices of the non-space tokens with a newline between them and the previous token's start (in its
    trailing whitespace, or in a whitespace token before them), read from the token array."""
    text = doc_text(doc)
    breaks = [m.start() for m in _NEWLINE.finditer(text)]
    if not breaks or len(doc) < 2:
        return []
    cols = doc.to_array([IDX, IS_SPACE])
    seen = numpy.searchsorted(numpy.array(breaks), cols[:, 0])  # newlines before each token's start
    return (numpy.nonzero((seen[1:] > seen[:-1]) & (cols[1:, 1] == 0))[0] + 1).tolist()


_NEWLINE = re.compile("\n")


def strip_span(span: Span, drop_lower: frozenset[str]) -> Span | None:
    """Trim leading tokens in ``drop_lower`` (``the``, prepositions), punctuation and spaces at both ends."""
    s, e, doc = span.start, span.end, span.doc
    lower, text, punct, space = columns(doc, "lower", "text", "punct", "space")
    while s < e and (lower[s] in drop_lower or punct[s] and text[s] not in "\"«“'" or space[s]):
        s += 1
    while e > s and (space[e - 1] or punct[e - 1] and text[e - 1] not in "\"»”')"):
        e -= 1
    if s >= e:
        return None
    return Span(doc, s, e, label=span.label, span_id=span.id)


QUOTES_OPEN = frozenset({'"', "«", "“", "'"})  # quote marks that open a quoted name
QUOTES_CLOSE = frozenset({'"', "»", "”", "'"})  # and close it
POSSESSIVE = frozenset({"'s", "’s"})  # the possessive mark the tokenizer splits off ("Turkey's", "RUC’s")


def bracketed_token(doc: Doc, i: int) -> int | None:
    """The one word in brackets opening at token ``i``, also in quotes ("(SZPU)", "(“SZPU”)"), or None."""
    text = column(doc, "text")
    quoted = i + 4 < len(text) and text[i + 1] in QUOTES_OPEN and text[i + 3] in QUOTES_CLOSE
    end = i + 4 if quoted else i + 2
    if i + 2 < len(text) and text[i] == "(" and end < len(text) and text[end] == ")":
        return i + 1 + quoted
    return None


TEXT_KEY = "extractor.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc (spaCy rebuilds it from the tokens on every access)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def doc_cache(doc: Doc) -> dict:
    """Values computed once for the Doc being processed (one Doc at a time): the model's entities, the
    mention index and the release's organisation that several steps read many times."""
    if _DOC_CACHE.get("doc") is not doc:
        _DOC_CACHE.clear()
        _DOC_CACHE["doc"] = doc
    return _DOC_CACHE


def line_of(doc: Doc, start: int, end: int | None = None) -> str:
    """The line of the document text that holds characters ``start``..``end`` (a span on one line)."""
    text = doc_text(doc)
    last = text.find("\n", start if end is None else end)
    return text[text.rfind("\n", 0, start) + 1 : last if last >= 0 else len(text)]


def doc_lower(doc: Doc) -> str | None:
    """The document text lower-cased, once per Doc, for case-insensitive searches with a plain regex (twice
    as fast as ``re.I``); None when lower-casing changes the length (offsets would shift)."""
    cache = doc_cache(doc)
    if "lower" not in cache:
        text = doc_text(doc)
        cache["lower"] = low if len(low := text.lower()) == len(text) else None
    return cache["lower"]  # type: ignore[return-value]


def forget_doc(doc: Doc) -> None:
    """Drop the values of :func:`doc_cache` (and the reference to the Doc) once it is finished."""
    if _DOC_CACHE.get("doc") is doc:
        _DOC_CACHE.clear()


_DOC_CACHE: dict[str, object] = {}


def model_ents(doc: Doc) -> list[Span]:
    """The statistical model's entities, read once per Doc by the entity merger (``doc.ents`` rebuilds its
    list from every token on each access; a SpanGroup builds new Spans on every pass)."""
    cache = doc_cache(doc)
    if "model_ents" not in cache:
        saved = doc.spans.get("model_ents")
        _set_model_ents(cache, list(saved) if saved is not None else list(doc.ents))
    return cache["model_ents"]  # type: ignore[return-value]


def keep_model_ents(doc: Doc) -> None:
    """Save the model's entities in ``doc.spans["model_ents"]`` before the rules replace ``doc.ents``."""
    ents = list(doc.ents)
    doc.spans["model_ents"] = ents
    _set_model_ents(doc_cache(doc), ents)


def _set_model_ents(cache: dict, ents: list[Span]) -> None:
    """Keep the model's entities in the Doc's cache; the entity columns read before them are read again."""
    cache["model_ents"] = ents
    cache.pop(_COLUMN_KEYS["ent_type"], None), cache.pop(_COLUMN_KEYS["ent_iob"], None)


def text_of(span: Span) -> str:
    """``span.text`` sliced from the cached document text instead of joined from new Token objects."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def hashes(words: Iterable[str]) -> numpy.ndarray:
    """The string-store hashes of words, for :func:`lower_in`."""
    return numpy.array(sorted({hash_string(w) for w in words}), dtype=numpy.uint64)


def lower_in(doc: Doc, wanted: numpy.ndarray, *, exact: bool = False) -> list[int]:
    """Indices of the tokens whose lower-cased text (``exact``: text as written) is one of ``wanted`` (see
    :func:`hashes`), read from the token array: the other tokens are never built as Python objects."""
    found = token_array(doc, ORTH if exact else LOWER)
    if not len(wanted) or not len(found):
        return []
    at = numpy.searchsorted(wanted, found)  # ``wanted`` is sorted: one binary search per token
    at[at == len(wanted)] = 0
    return (wanted[at] == found).nonzero()[0].tolist()


def token_array(doc: Doc, attr: int) -> numpy.ndarray:
    """``doc.to_array(attr)`` for an attribute the rules never change (``LOWER``, ``ORTH``), read once per
    Doc (:func:`doc_cache`); callers must not write into it."""
    cache = doc_cache(doc)
    key = f"array:{attr}"
    found = cache.get(key)
    if found is None:
        found = cache[key] = doc.to_array(attr)
    return found  # type: ignore[return-value]


_STRINGS = {"lower": LOWER, "text": ORTH, "tag": TAG, "ent_type": ENT_TYPE}
_FLAGS = {
    "punct": IS_PUNCT,
    "space": IS_SPACE,
    "title": IS_TITLE,
    "is_lower": IS_LOWER,
    "upper": IS_UPPER,
    "alpha": IS_ALPHA,
    "stop": IS_STOP,
    "like_num": LIKE_NUM,
}
_IOB = ("", "I", "O", "B")
_COLUMN_KEYS = {name: "col:" + name for name in (*_STRINGS, *_FLAGS, "ent_iob", "ws", "idx")}
_WS = ("", " ")


def column(doc: Doc, name: str) -> list:
    """One token attribute of every token as a plain list, read once per Doc from the token array (no Token
    objects): ``lower``, ``text``, ``tag``, ``ent_type``, ``ent_iob``, ``ws`` (``whitespace_``), ``idx`` and
    the flags ``punct``, ``space``, ``title``, ``is_lower``, ``upper``, ``alpha``, ``stop``, ``like_num``. The
    entity columns hold the model's entities read by the entity assembler (read again when
    :func:`keep_model_ents` saves new ones); callers must not write into a list."""
    cache = _DOC_CACHE if _DOC_CACHE.get("doc") is doc else doc_cache(doc)  # doc_cache inlined: hot
    key = _COLUMN_KEYS[name]
    found = cache.get(key)
    if found is None and name in _FLAGS:  # the flags are read together: a rule reading one reads others
        flags = (doc.to_array(list(_FLAGS.values())) != 0).T.tolist() if len(doc) else [[]] * len(_FLAGS)
        cache.update(zip((_COLUMN_KEYS[f] for f in _FLAGS), flags))
        found = cache[key]
    elif found is None:
        found = cache[key] = _read_column(doc, name)
    return found  # type: ignore[return-value]


def columns(doc: Doc, *names: str) -> list[list]:
    """:func:`column` of several attributes, in one call: ``lower, text = columns(doc, "lower", "text")``."""
    cache = _DOC_CACHE if _DOC_CACHE.get("doc") is doc else doc_cache(doc)
    found = [cache.get(_COLUMN_KEYS[name]) for name in names]
    return found if None not in found else [column(doc, name) for name in names]


def _read_column(doc: Doc, name: str) -> list:
    """The values of :func:`column` ``name``, read from ``doc.to_array``."""
    if name in _STRINGS:
        return _strings_of(doc, doc.to_array(_STRINGS[name]).tolist())
    if name == "ent_iob":
        return [_IOB[v] for v in doc.to_array(ENT_IOB).tolist()]
    if name == "ws":
        return [_WS[v] for v in doc.to_array(SPACY).tolist()]
    return doc.to_array(IDX).tolist()  # "idx"


def _strings_of(doc: Doc, keys: list[int]) -> list[str]:
    """The strings of string-store hashes through a bounded table (the store decodes anew on every lookup)."""
    known = _KNOWN_STRINGS
    try:
        return [known[h] for h in keys]
    except KeyError:
        if len(known) > _KNOWN_LIMIT:
            known.clear()
        strings = doc.vocab.strings
        known.update((h, strings[h]) for h in keys if h not in known)
        return [known[h] for h in keys]


_KNOWN_STRINGS: dict[int, str] = {}
_KNOWN_LIMIT = 50_000  # about 5 MB of words


def doc_extensions(*names: str) -> None:
    """Register ``Doc._.<name>`` attributes (default None) once; a stage's component names what it sets."""
    for name in names:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
