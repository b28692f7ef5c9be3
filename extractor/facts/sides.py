"""The sides of a signing: a bare title in a sentence that speaks for "their respective" sides belongs to the
party the other titles of the sentence do not name; titled names listed "respectively" take the organisations
listed in the same order."""

from __future__ import annotations

import re

from spacy.tokens import Span

from extractor.facts.title_context import OrgChoice, TitleContext
from extractor.find.role_words import HONORIFIC_GAP
from extractor.lang.rules import rule
from extractor.lang.sentences import sent_of
from extractor.lang.tokens import column, text_of

_RESPECTIVE = re.compile(
    r"\b(?:their|the)\s+respective\s+(?:sides|parties|institutions|universities|organi[sz]ations)\b", re.I
)


def respective_side(role: Span, orgs: list[Span]) -> Span | None:
    """Rule ``role.org.respective_side``: "An MoU between Dhaka University and Yuxi Normal University was
    signed. Vice-Chancellor X and President of Yuxi Normal University Y signed it on behalf of their
    respective sides": the two parties are the organisations named in the sentence or the one before; the
    vice-chancellor's side is the one the sentence does not name."""
    doc, sent = role.doc, sent_of(role)
    if not _RESPECTIVE.search(text_of(sent)):
        return None
    before = sent_of(doc[sent.start - 1]) if sent.start > 0 else sent
    named_here = {o.kb_id_ for o in orgs if sent.start <= o.start < sent.end}
    parties = {o.kb_id_: o for o in orgs if before.start <= o.start < sent.end}
    if len(parties) != 2 or len(named_here) != 1:
        return None
    other = [o for k, o in parties.items() if k not in named_here]
    return other[0] if len(other) == 1 else None


@rule("role.org.respective_side")
def respective_side_choice(c: TitleContext) -> OrgChoice | None:
    """Rule ``role.org.respective_side`` (see :func:`respective_side`)."""
    found = respective_side(c.role, c.orgs)
    return (found.kb_id_, 2, "role.org.respective_side") if found is not None else None


@rule("role.org.respective_titled")
def respective_titled(c: TitleContext) -> OrgChoice | None:
    """Rule ``role.org.respective_titled``: "Vice-Chancellor Dr A and Vice-Chancellor Dr B representing MNU
    and IUM, respectively", "On behalf of SEU and NMU respectively, Vice President A and Vice President B":
    names each with its own title, joined by "and", and as many organisations joined by "and" elsewhere in
    the sentence that says "respectively": paired in order."""
    if c.person is None:
        return None
    sent = sent_of(c.role)
    if "respectively" not in column(c.doc, "lower")[sent.start : sent.end]:
        return None
    names = _titled_names(c.person, sent)
    if len(names) < 2:
        return None
    outside = [
        o
        for o in c.orgs
        if sent.start <= o.start < sent.end and not names[0].start <= o.start < names[-1].end
    ]
    runs = [run for run in joined_runs(outside) if len(run) == len(names)]
    starts = [n.start for n in names]
    return (
        (runs[0][starts.index(c.person.start)].kb_id_, 2, "role.org.respective_titled")
        if len(runs) == 1
        else None
    )


def _titled_names(person: Span, sent: Span) -> list[Span]:
    """The names of the sentence joined to ``person`` by "and" or commas, titles and honorifics between."""
    doc = person.doc
    titles = {i for e in sent.ents if e.label_ == "ROLE" for i in range(e.start, e.end)}
    people = [e for e in sent.ents if e.label_ == "PERSON"]
    k = next((i for i, p in enumerate(people) if p.start == person.start), None)
    if k is None:
        return []

    def joined(a: Span, b: Span) -> bool:
        gap = range(a.end, b.start)
        return any(doc[i].lower_ in ("and", ",") for i in gap) and all(
            i in titles or doc[i].lower_ in _GAP for i in gap
        )

    lo, hi = k, k
    while lo > 0 and joined(people[lo - 1], people[lo]):
        lo -= 1
    while hi + 1 < len(people) and joined(people[hi], people[hi + 1]):
        hi += 1
    return people[lo : hi + 1]


_GAP = HONORIFIC_GAP | {"and", ",", "the", "mr", "ms", "mrs"}


def joined_runs(orgs: list[Span]) -> list[list[Span]]:
    """Runs of organisations joined by "and", commas or "the" alone ("MNU and IUM", "A, B and the C")."""
    runs: list[list[Span]] = []
    for o in orgs:
        if runs and all(t.lower_ in ("and", ",", "the") for t in o.doc[runs[-1][-1].end : o.start]):
            runs[-1].append(o)
        else:
            runs.append([o])
    return runs
