"""Honorary titles a person is awarded: whom "the title of Professor of X" or "an honorary doctorate" goes
to."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from extractor.find.role_lists import same_sentence
from extractor.find.role_words import HONORIFIC_GAP
from extractor.find.tie_cues import Tie, TieChoice
from extractor.lang.lexicons import lexicon
from extractor.lang.rules import rule
from extractor.lang.tokens import text_of


@rule("role.tie.honorary_title")
def honorary(t: Tie) -> TieChoice | None:
    """Rule ``role.tie.honorary_title``: "X ... was awarded the honorary title of Professor of Y", "X received
    an honorary degree from Y", "X was made Honorary Doctor of Y": X, named before in the sentence; "awarded
    an honorary doctorate to X", "conferred the degree of Doctor Honoris Causa on Prof. X": X, named after
    "to"/"on". A title written before its holder's name ("Honorary Professor Li Ming") is left to the other
    rules."""
    doc, role = t.doc, t.role
    titled = role.start >= 2 and doc[role.start - 2].lower_ == "title" and doc[role.start - 1].lower_ == "of"
    if not titled:
        if not text_of(role).lower().startswith(_awards()) or _name_right_after(t):
            return None
        k = role.end + (role.end < len(doc) and doc[role.end].lower_ in ("degree", "degrees"))
        if k < len(doc) and doc[k].lower_ in ("to", "on", "upon"):  # the conferrer is named before: not X
            return _recipient(t, k), "role.tie.honorary_title"
    earlier = [p for p in t.ctx.before(role.start, 40) if same_sentence(doc, p.end - 1, role.start)]
    return (earlier[0] if earlier else None), "role.tie.honorary_title"


def _recipient(t: Tie, k: int) -> Span | None:
    """The name after "to"/"on" (token k), a title or a country's possessive between ("on Russia's President
    Vladimir Putin", "to President Harker"), no clause break."""
    doc = t.doc
    return next(
        (
            p
            for p in t.after
            if p.start - k <= 6
            and not any(x.text in (",", ";", ":") or x.tag_.startswith("VB") for x in doc[k + 1 : p.start])
        ),
        None,
    )


def _name_right_after(t: Tie) -> bool:
    """A name follows the title, honorifics at most between ("Honorary Doctor Prof. Li Ming")."""
    return bool(t.after) and all(x.lower_ in HONORIFIC_GAP for x in t.doc[t.role.end : t.after[0].start])


@cache
def _awards() -> tuple[str, ...]:
    """The awarded titles of ``patterns/roles.jsonl``: "honorary ..." phrases that are no post (a doctorate, a
    degree, a professorship; not an honorary consul or chairman), and "doctor honoris causa"."""
    return tuple(
        p
        for p, category in lexicon("roles").items()
        if (p.startswith("honorary ") or "honoris" in p) and category in ("other", "professor")
    )
