"""What is never an organisation: blocked phrases, bare places, navigation menus, stop words."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from extractor.find.org_words import DELEGATIONS
from extractor.lang.lexicons import document_words, title_words, words
from extractor.lang.tokens import MONTHS, WEEKDAY_NAMES, column, doc_text, line_of, text_of


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Words that never start or continue a name to the left: role titles, honorifics, months, weekdays,
    articles, and the function words of ``patterns/name_stops.jsonl``."""
    return frozenset(
        title_words()
        | words("honorifics")
        | document_words()
        | ARTICLES
        | MONTHS
        | set(WEEKDAY_NAMES)
        | words("name_stops")
    )


@lru_cache(maxsize=1)
def name_end_stops() -> frozenset[str]:
    """:func:`stop_words` and the headline verbs of ``patterns/headline_verbs.jsonl``: no word of an
    organisation's name after its head noun ("... of Mongolia Visited QUT")."""
    return stop_words() | words("headline_verbs")


_MENU = re.compile(r" (?:>|\||») ")


def _navigation(span: Span) -> bool:
    """On a breadcrumb or menu line ("Home > News Center > News"), or a section name such a line lists
    ("Media Report" heading a page whose breadcrumb ends in "> Media Report")."""
    line = line_of(span.doc, span.start_char, span.end_char)
    if _MENU.search(line):
        return not _prose_item(line, text_of(span))
    text = text_of(span)
    return line.strip() == text and text in _menu_items(doc_text(span.doc))


def _prose_item(line: str, name: str) -> bool:
    """Rule ``org.keep.prose_after_separator``: the part of a separated line that holds the name is a
    sentence, not a menu item ("UNIMALNEWS | Kazan – In a move to ..., Universitas Malikussaleh (Unimal) has
    established ..."): more than eight words."""
    part = next((p for p in _MENU.split(line) if name in p), "")
    return len(part.split()) > 8


def _menu_items(text: str) -> frozenset[str]:
    """The items of the document's breadcrumb and menu lines."""
    items: set[str] = set()
    for line in text.splitlines():
        if _MENU.search(line):
            items.update(p.strip() for p in _MENU.split(line.split(":")[-1]))
    return frozenset(items)


def inside_blocked(cands: list[Span]) -> list[Span]:
    """Drop blocked candidates and every candidate inside a blocked one ("HSE" in "HSE University
    contest")."""
    verdict: dict[tuple[int, int], bool] = {}  # the same span often comes from several finders
    for c in cands:
        if (c.start, c.end) not in verdict:
            verdict[(c.start, c.end)] = blocked(c) or _navigation(c)
    bad = [k for k, v in verdict.items() if v]
    return [c for c in cands if not any(s <= c.start and c.end <= e for s, e in bad)]


def place_only(span: Span) -> bool:
    """The model reads every token of the name as a place or nationality (``Russian Federation``); a name
    that ends in an institution's head noun is none ("Kumasi Polytechnic", read as a place by the model)."""
    ent_type, punct = column(span.doc, "ent_type"), column(span.doc, "punct")
    if column(span.doc, "lower")[span.end - 1] in words("org_heads"):
        return False
    return all(ent_type[i] in ("GPE", "LOC", "NORP") or punct[i] for i in range(span.start, span.end))


def blocked(span: Span) -> bool:
    """An organisation name used as a modifier of an event or a set of countries ("SCO summit",
    "ASRTU Arctic Research Forum", "SCO universities")."""
    doc, i = span.doc, span.end
    lower, text = column(doc, "lower"), column(doc, "text")
    n = len(text)
    if i < n and text[i] == "'s":
        return False
    nxt = lower[i : i + 2]
    blockers = words("org_blockers")
    if any(w in blockers for w in nxt[:1]) or " ".join(nxt) in blockers:
        return True
    if (
        len(nxt) == 2
        and column(doc, "is_lower")[i]
        and column(doc, "alpha")[i]
        and not column(doc, "stop")[i]
        and nxt[1] in blockers
    ):
        return True  # "BRICS education ministers"
    events, verbs = _events(), words("headline_verbs")
    title, ws = column(doc, "title"), column(doc, "ws")
    j = i
    while (
        j < n
        and j < i + 4
        and (title[j] or text[j] in _PLURAL_POSSESSIVE and j > i)
        and "\n" not in ws[j - 1]
        and lower[j] not in verbs
    ):  # "X University Hosts Chinese Delegation": X acts, it modifies nothing
        if lower[j] in events:
            return True  # also past a plural's apostrophe: "China-Belarus University Presidents' Forum"
        j += 1
    return False


_PLURAL_POSSESSIVE = frozenset({"'", "’"})


ARTICLES = frozenset({"the", "The", "our", "Our"})


@lru_cache(maxsize=1)
def _events() -> frozenset[str]:
    """The nouns a name before them modifies as an event ("SCO summit"); not a delegation, which is the
    organisation's people ("X University Delegation Visits ...")."""
    return words("not_org_heads") - DELEGATIONS
