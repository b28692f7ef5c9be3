"""A lone word the model reads as a name, kept when the document writes that person in full ("Tong Shijun,
President of ECNU ... Tong signed a cooperation agreement with ...")."""

from __future__ import annotations

from spacy.tokens import Span


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
