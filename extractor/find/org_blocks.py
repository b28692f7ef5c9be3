"""What is never an organisation: blocked phrases, bare places, navigation menus, stop words."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from extractor.lang.lexicons import title_words, words
from extractor.lang.tokens import MONTHS, WEEKDAY_NAMES, doc_text, line_of


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Words that never start or continue a name to the left: role titles, honorifics, months, weekdays,
    articles, and the function words of ``patterns/name_stops.jsonl``."""
    return frozenset(
        title_words()
        | words("honorifics")
        | words("agreements")
        | ARTICLES
        | MONTHS
        | set(WEEKDAY_NAMES)
        | words("name_stops")
    )


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
    """Drop blocked candidates and every candidate inside a blocked one ("HSE" in "HSE University
    contest")."""
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
    nxt = doc[i : i + 2]
    blockers = words("org_blockers")
    if any(t.lower_ in blockers for t in nxt[:1]) or " ".join(t.lower_ for t in nxt) in blockers:
        return True
    if (
        len(nxt) == 2
        and nxt[0].is_lower
        and nxt[0].is_alpha
        and not nxt[0].is_stop
        and nxt[1].lower_ in blockers
    ):
        return True  # "BRICS education ministers"
    events, verbs = words("not_org_heads"), words("headline_verbs")
    j = i
    while (
        j < len(doc)
        and j < i + 4
        and doc[j].is_title
        and "\n" not in doc[j - 1].whitespace_
        and doc[j].lower_ not in verbs
    ):  # "X University Hosts Chinese Delegation": X acts, it modifies nothing
        if doc[j].lower_ in events:
            return True
        j += 1
    return False


ARTICLES = frozenset({"the", "The", "our", "Our"})
