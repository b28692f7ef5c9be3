"""The parts of a name candidate: a lone word the model reads as a name, kept when the document writes that
person in full ("Tong Shijun, President of ECNU ... Tong signed a cooperation agreement with ..."); a first
word that is no part of the name ("Turkmenistan Serdar Berdimuhamedov")."""

from __future__ import annotations

from spacy.tokens import Span

from extractor.find.name_words import title_words_of_roles
from extractor.lang.lexicons import lexicon, words


def name_parts(
    kept: list[Span], rejected: list[tuple[Span, str]]
) -> tuple[list[Span], list[tuple[Span, str]]]:
    """Rule ``person.name_part``: a one-word model name rejected as ``person.reject.lone_word`` is a name when
    a name of two or more words in the same document begins or ends with it (the surname or the given name
    written alone after the full name)."""
    ends = {w for s in kept if len(s) >= 2 for w in (s[0].text, s[-1].text)}
    parts = [s for s, why in rejected if why == "person.reject.lone_word" and s[0].text in ends]
    if not parts:
        return kept, rejected
    found = [Span(s.doc, s.start, s.end, label="PERSON", span_id="person.name_part") for s in parts]
    keys = {(s.start, s.end) for s in parts}
    rest = [
        (s, why) for s, why in rejected if why != "person.reject.lone_word" or (s.start, s.end) not in keys
    ]
    return kept + found, rest


def leading_word_cut(span: Span) -> tuple[int, int] | None:
    """Rule ``person.cut.leading_word``: a name opens with no country, nationality or portfolio field, nor
    with the place a title is "in" or "to": "Turkmenistan Serdar Berdimuhamedov", "(Vice Rector for
    Research and) Innovation B. Jollibekov" and "Consul General in Recife Yan Yuqing" are the names after
    it; with fewer than two words left ("Kazakhstan Temir", "Russian House") it is no name. Returns the
    name's bounds, or None."""
    first, fields = span[0], words("portfolio_words")
    leading = (
        lexicon("places").get(first.lower_) in ("place", "demonym")
        or first.lower_ in fields
        or _post_of_title(span)
    )
    if not first.is_title or not leading:
        return span.start, span.end
    return (span.start + 1, span.end) if len(span) >= 3 else None


def _post_of_title(span: Span) -> bool:
    """The span follows "<Title> in" or "<Title> to" ("Consul General in", "Ambassador to"): its first word
    is the title's post."""
    doc, k = span.doc, span.start
    if k < 2 or doc[k - 1].lower_ not in ("in", "to") or not doc[k - 2].is_title:
        return False
    before = doc[k - 2].lower_
    return before == "general" or before in title_words_of_roles()  # "Consul General in"
