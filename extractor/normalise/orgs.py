"""Organisation keys: registry names, in-text acronym definitions, short forms and misspellings."""

from __future__ import annotations

import html
import re
from functools import lru_cache

from spacy.tokens import Span

from extractor.lang.lexicons import lexicon, words
from extractor.lang.name_keys import similarity
from extractor.lang.registry import OrgRegistry
from extractor.lang.tokens import bracketed_token, column, text_of
from extractor.normalise.missions import mission_keys
from extractor.normalise.org_countries import country_forms
from extractor.normalise.org_honorees import honoree_entry
from extractor.normalise.org_parents import (
    NAMED_AFTER,
    OWN_NAME_END,
    _abbreviates,
    _head_end,
    _head_word,
    _unit_of,
    _units_of_named_parent,
    parents_after_at,
    parents_after_comma,
    qualified_short_forms,
)
from extractor.normalise.org_text import (
    _SKIP,
    acronym,
    bracket_short_form,
    display_key,
    inner_short_form,
    mixed_case_acronym,
    name_heads,
    own_language_acronym,
    own_name,
    same_company,
    syllable_acronym,
)


@lru_cache(maxsize=16384)
def _words(text: str) -> tuple[str, ...]:
    return tuple(w for w in re.findall(r"[\w'.]+", text.lower()) if w not in _SKIP)


def _contains(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """``short`` occurs in ``long`` as an ordered subsequence of words."""
    it = iter(long)
    return all(w in it for w in short)


def org_keys(spans: list[Span], registry: OrgRegistry, *, fuzzy: bool = True) -> list[str]:
    """Key for each ORG mention of one document, in order."""
    keys: list[str | None] = []
    inner = [inner_short_form(html.unescape(text_of(sp))) for sp in spans]
    names, shorts = [n for n, _ in inner], [s for _, s in inner]
    for name in names:
        entry = registry.lookup(name) or honoree_entry(name, registry)
        if entry is None and fuzzy:
            entry = registry.fuzzy_lookup(name)
        keys.append(entry.id if entry else None)
    _link_native_names(spans, keys)
    _link_brackets(spans, keys, registry)
    resolved = {k for k in keys if k}
    full_names = {display_key(name): k for name, k in zip(names, keys) if k}
    out, unresolved = [], []
    for sp, name, k in zip(spans, names, keys):
        if k is None:
            k = _link_short_form(text_of(sp), resolved | set(full_names), full_names)
            if k is None:
                k = display_key(name)
                unresolved.append(len(out))
            resolved.add(k)
        out.append(k)
    out = _named_acronyms(spans, _link_unresolved_shorts(spans, out, unresolved))
    defined = {short: k for short, k in zip(shorts, out) if short}  # "X (ACR) of Y": later ACRs are X of Y
    out = [defined.get(text_of(sp), k) for sp, k in zip(spans, out)]
    out = _country_prefixed(_same_letters(out))
    out = parents_after_at(
        spans, parents_after_comma(spans, _units_of_named_parent(spans, out, registry), registry)
    )
    out = same_company(qualified_short_forms(out))
    return country_forms(mission_keys(spans, out, registry), registry)


def _named_acronyms(spans: list[Span], keys: list[str]) -> list[str]:
    """Rule ``org.key.acronym_of_named``: a bare acronym the registry gives to an organisation the document
    never names ("BSU" -> Belarusian State University) is the organisation the document does name with those
    initials ("Baikal State University ... BSU"), when exactly one does."""
    named = {k for sp, k in zip(spans, keys) if not text_of(sp).isupper()}
    # the initials of each named organisation's key and of the words the text names it by
    initials = {(n, a) for n in named for a in (acronym(n), acronym(n, whole_caps=True))}
    initials |= {
        (k, a)
        for sp, k in zip(spans, keys)
        if k in named
        for a in (acronym(text_of(sp)), acronym(text_of(sp), whole_caps=True))
    }
    out = list(keys)
    for i, (sp, k) in enumerate(zip(spans, keys)):
        text = text_of(sp)
        if not text.isupper() or k in named or len(text) < 2:
            continue
        own = {n for n, a in initials if a == text} or {n for n in named if syllable_acronym(text, n)}
        if len(own) == 1:
            out[i] = own.pop()
    return out


def _same_letters(keys: list[str]) -> list[str]:
    """Keys that differ only in letter case ("BUKETOV UNIVERSITY" in a headline, "Buketov University" below)
    become one, written as in running text."""
    variants: dict[str, list[str]] = {}
    for k in keys:
        variants.setdefault(_fold(k), []).append(k)
    canon = {f: next((k for k in v if not k.isupper()), v[0]) for f, v in variants.items()}
    return [canon[_fold(k)] for k in keys]


def _country_prefixed(keys: list[str]) -> list[str]:
    """Rule ``org.key.country_prefix``: a country or nationality written before a name the document also
    writes bare is no part of it ("Russia Irkutsk State University of Technology", "the Russian Irkutsk State
    University of Technology" = "Irkutsk State University of Technology"); never before a generic word or a
    head noun ("Russian State University for the Humanities")."""
    bare = {_fold(k): k for k in keys}
    places, generic = words("places"), words("generic_name_words") | words("org_heads")
    out = []
    for k in keys:
        first, _, rest = k.partition(" ")
        plain = rest.split(" ", 1)[0].lower() if rest else ""
        same = bare.get(_fold(rest)) if first.lower() in places and plain and plain not in generic else None
        out.append(same if same is not None and " " in rest else k)
    return out


_HEAD_OF = re.compile(r"^(university|institute|academy|college|conservatory) of ([a-z][a-z'\- ]{2,40})$")


@lru_cache(maxsize=65536)
def _fold(key: str) -> str:
    """Rule ``org.key.same_name``: case and word order around a head noun do not make two organisations
    ("BUKETOV UNIVERSITY" = "Buketov University", "University of Turbat" = "Turbat University", "University
    of Technology of Malaysia" = "University of Technology Malaysia")."""
    f = " ".join(key.casefold().split())
    m = _HEAD_OF.match(f)
    f = f"{m.group(2)} {m.group(1)}" if m else f
    return " ".join(
        w for w in f.split() if w not in ("of", "the")
    )  # "University of Technology (of) Malaysia"


def _link_brackets(spans: list[Span], keys: list[str | None], registry: OrgRegistry) -> None:
    """``Long Name (ACR)`` and ``ACR (Long Name)``: both mentions share one key; later ``ACR``s follow."""
    doc = spans[0].doc if spans else None
    defined: dict[str, str] = {}
    for ia, (a, b) in enumerate(zip(spans, spans[1:])):
        ib = ia + 1
        if doc is None or not _in_brackets(a, b) or len(a) == len(b) == 1 and not (keys[ia] or keys[ib]):
            continue  # "NSUACE (Sibstrin)": two unregistered short forms of a name, each linked to it below
        a_text, b_text = text_of(a), text_of(b)
        short, long = (a_text, b_text) if len(a_text) < len(b_text) else (b_text, a_text)
        i_long, i_short = (ib, ia) if short == a_text else (ia, ib)
        if not (keys[ia] and keys[ia] == keys[ib]) and not _defines(short, long, keys[i_short]):
            continue  # "Shandong Huayu Technological University (PRC)": a country, not its acronym
        key = keys[i_long] or keys[i_short] or display_key(long)
        if keys[i_long] is None and keys[i_short] and not _names_entry(long, keys[i_short], registry):
            key = display_key(
                long
            )  # rule org.key.defined_acronym: "Tianjin Normal University (TNU)" is not the
            # registry's TNU (Tajik National University): the document's own definition wins, here and below
            keys[i_short] = key
            defined[short] = key
        keys[ia] = keys[ia] or key
        keys[ib] = keys[ib] or key
        defined.setdefault(short, key)
    for i, text in enumerate(map(text_of, spans)):
        if text in defined and (keys[i] is None or keys[i] != defined[text] and text.isupper()):
            keys[i] = defined[text]


def _defines(short: str, long: str, short_key: str | None) -> bool:
    """The bracketed ``short`` is the short form of ``long``: no place, and letters the name gives, or an
    acronym the registry does not know from the name in its own language (``org.bracket_short_form.*``)."""
    if short.lower() in words("places"):
        return False
    if bracket_short_form(short, long, of_whole=True):
        return True
    return short_key is None and own_language_acronym(short, long)


def _in_brackets(a: Span, b: Span) -> bool:
    """``b`` is written in brackets right after ``a``: "Name (ACR)", "ACR (Long Name)", "Name (“ACR”)"."""
    text = column(a.doc, "text")
    plain = b.start - a.end == 1 and text[a.end] == "(" and b.end < len(text) and text[b.end] == ")"
    return plain or len(b) == 1 and bracketed_token(a.doc, a.end) == b.start


def _link_native_names(spans: list[Span], keys: list[str | None]) -> None:
    """Rule ``org.key.native_name``: "Panamerican University (Universidad Panamericana, UP)": the name in
    its own language, bracketed with its short form after the name, is the same organisation."""
    text = column(spans[0].doc, "text") if spans else []
    for i, (a, b) in enumerate(zip(spans, spans[1:])):
        if b.start != a.end + 1 or text[a.end] != "(" or b.end + 2 >= len(text):
            continue
        if text[b.end] != "," or text[b.end + 2] != ")" or keys[i + 1] == keys[i] is not None:
            continue
        if bracket_short_form(text[b.end + 1], text_of(b), of_whole=True):
            keys[i] = keys[i + 1] = keys[i] or keys[i + 1] or display_key(text_of(a))
            if i + 2 < len(spans) and spans[i + 2].start == b.end + 1:
                keys[i + 2] = keys[i]  # the short form, when it is a mention of its own


def _names_entry(name: str, key: str, registry: OrgRegistry) -> bool:
    """``name`` is a spelling of the registered organisation ``key`` (of its id or an alias)."""
    entry = registry.get(key)
    names = entry.names() if entry is not None else [key]
    return max(similarity(name, n) for n in names) >= 80


def _link_short_form(text: str, known: set[str], full_names: dict[str, str]) -> str | None:
    """An unresolved name that abbreviates or shortens exactly one known key of this document; a short form
    with its honoree ("ASU named after V.N. Tatishcheva") links as the short form alone does."""
    bare = NAMED_AFTER.split(text, maxsplit=1)[0].strip()
    if bare != text.strip() and bare.isupper() and " " not in bare:
        return _link_short_form(bare, known, full_names)
    short = _words(display_key(text))
    if not short:
        return None
    t = display_key(text)
    acr = len(short) == 1 and t.isupper() and short[0] not in words("org_heads")
    cands = {
        full_names.get(k, k)
        for k in known
        if k != t
        and not _unit_of(k, t)
        and (_shortens(short, k, acr) or _abbreviates(t, k) or mixed_case_acronym(t, k))
    }
    cands |= {full_names[n] for n in full_names if n != t and not _unit_of(n, t) and _shortens(short, n, acr)}
    return cands.pop() if len(cands) == 1 else None


def _shortens(short: tuple[str, ...], name: str, acronym: bool = False) -> bool:
    """The words occur in order in the longer name ("Florida International" of "Florida International
    University"). A short form that ends in a head noun needs the same head at the end of the longer name,
    before any "named after ...", "under ..." or legal suffix ("Kazan University" of "Kazan Federal
    University", "Zhetysu University" of "Zhetysu University named after I. Zhansugurov", "X Center" of "X
    Center under the Cabinet of Ministers"; never "Tsinghua University" of "CPC Tsinghua University
    Committee" or "Tomsk State University" of "Tomsk State University of Control Systems and
    Radioelectronics")."""
    long = _words(name)
    head_first = len(short) >= 3 and long[:1] == short[-1:] and short[-1] in words("org_heads")
    if head_first and len(long) > len(short):
        # rule org.key.head_first_form: "Higher Education Ministry" of "Ministry of Higher Education and ..."
        return _contains(long[1:], short[:-1])
    if not (len(long) > len(short) and _contains(long, short)) or _unit_inside(long, short):
        return False
    if acronym:  # it shortens "RJR Nabisco Inc.", never a body named with it ("HDU-ITMO Joint Laboratory")
        return not any(w in words("org_heads") for w in long[: _head_end(long)])
    head = _head_word(short)
    if head in lexicon("unit_heads") and _other_office(short, name):
        return False
    own = _words(OWN_NAME_END.split(name, maxsplit=1)[0])
    return head not in words("org_heads") or head == _head_word(own)


def _unit_inside(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """Rule ``org.key.unit_inside``: the longer name puts another body's head noun between the short form's
    words, before an organisation the short form names too ("Party Committee of the College of Engineering of
    X University" is no longer form of "Party Committee of X University"; "Uzbekistan Cotton Breeding" of
    "Uzbekistan Institute of Cotton Breeding ..." and a parent after them still are)."""
    at, heads = [-1], words("org_heads")
    for w in short:
        at.append(long.index(w, at[-1] + 1))
    inside = [i for i in range(at[1] + 1, at[-1]) if long[i] in heads and long[i] not in short]
    return bool(inside) and any(long[j] in heads for j in at[1:] if j > inside[0])


def _other_office(short: tuple[str, ...], name: str) -> bool:
    """Rule ``org.key.generic_office_apart``: a unit (``patterns/unit_heads.jsonl``) named only with generic
    words ("International Department") is not the short form of another unit whose own name adds words
    before the same head ("International Cooperation Department" of another university); a short form with
    a word of its own still is ("Beijing Office" of "Beijing Liaison Office")."""
    if not all(w in name_heads() for w in short):
        return False
    own = _words(own_name(name))
    return own[-1:] == short[-1:] and len(own) > len(short)


def _link_unresolved_shorts(spans: list[Span], keys: list[str], unresolved: list[int]) -> list[str]:
    """A second pass so that a short form seen before its full name still links to it (only the mentions
    at ``unresolved``: a registered name that reads like a short form of another keeps its entry)."""
    distinct = set(keys)
    out = list(keys)
    for i in unresolved:
        out[i] = _link_short_form(text_of(spans[i]), distinct - {keys[i]}, {}) or keys[i]
    return out
