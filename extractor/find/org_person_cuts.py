"""Where an organisation span and a name overlap: the name cut off the organisation's end ("Nazarbayev
University Shigeo Katsu") or start ("Rector Shin-ichi Nakamura of Kanazawa University")."""

from __future__ import annotations

from spacy.tokens import Span

from extractor.find.org_blocks import place_only
from extractor.find.org_names import cut_person_tail, person_tail
from extractor.lang.lexicons import words
from extractor.lang.rules import rule
from extractor.lang.tokens import is_name_word, text_of


@rule("org.span.leading_name")
def cut_leading_names(orgs: list[Span], people: list[Span]) -> list[Span]:
    """Rule ``org.span.leading_name``: a model organisation that opens with the last words of a name a rule
    found after a title and goes on with "of" ("Rector Shin-ichi Nakamura of Kanazawa University") starts
    after that "of": the name is the person's, the rest the organisation; so does a model or head-noun name
    that opens with the whole name and goes on with "and" ("For Dean Johannes Fröhlich and University
    President Tumur-Ochir": no "Johannes Fröhlich and University")."""
    ruled = [p for p in people if p.id_ != "model_ner" and len(p) > 1]
    starts = {i: p for p in ruled for i in range(p.start + 1, p.end)}
    whole = {p.start: p for p in ruled}
    out = []
    for o in orgs:
        p = starts.get(o.start) if o.id_ == "model_ner" else None
        if p is not None and p.end < o.end - 1 and o.doc[p.end].lower_ == "of":
            o = Span(o.doc, p.end + 1, o.end, label="ORG", span_id=o.id_)
        q = whole.get(o.start) if o.id_ in ("model_ner", "org_head") else None
        if q is not None and q.end < o.end - 1 and o.doc[q.end].lower_ == "and":
            o = Span(o.doc, q.end + 1, o.end, label="ORG", span_id=o.id_)
            if not _more_than_a_place(o):
                continue  # "University" alone: a head noun's reference, no name
        out.append(o)
    return out


def cut_trailing_names(orgs: list[Span], people: list[Span]) -> tuple[list[Span], list[Span]]:
    """A model ORG that ends with a rule-found name ("Nazarbayev University Shigeo Katsu", "Belarus Igor
    Sokol") or with a name the lexicon knows ("Zhejiang University WU Zhaohui", ``org_spans.person_tail``),
    or a head-noun name that runs into one ("Department of Human Resources Duan Hengqiang", or a
    name found elsewhere in the release: "Institute of Geology Danis Nourgaliev"), loses the name; what is
    left stays a candidate only if it is more than a place. Returns (organisations, names cut off that no
    candidate covered yet)."""
    ends: dict[int, list[int]] = {}  # a rule-found name's end -> its starts
    for p in people:
        if p.id_ != "model_ner" and (len(p) > 1 or p.id_ == "rule_initials"):
            ends.setdefault(p.end, []).append(p.start)
    names = {text_of(p) for p in people if len(p) > 1}
    last_words = {p.doc[p.end - 1].text for p in people if len(p) > 1}
    out, found = [], []
    for o in orgs:
        cut = min((s for s in ends.get(o.end, ()) if o.start < s), default=None)
        tail = person_tail(o) if cut is None else None  # rule org.span.person_tail (lexicon evidence)
        if tail is not None:
            found.append(Span(o.doc, tail, o.end, label="PERSON", span_id="rule_org_tail"))
            rest = cut_person_tail(o)
            out += [rest] if rest is not None and _more_than_a_place(rest) else []
            continue
        if cut is None:
            cut = _name_found_elsewhere(o, names, last_words)
            if cut is not None:
                found.append(Span(o.doc, cut, o.end, label="PERSON", span_id="person_elsewhere"))
        if cut is not None and any(t.lower_ == "named" for t in o.doc[max(o.start, cut - 4) : cut]):
            # "Department of Natural Sciences named after Professor V.M. Finkel": the name is the org's
            cut = None
        head_run = o.id_ == "org_head" and cut is not None and is_name_word(o.doc[cut - 1])
        if o.id_ != "model_ner" and not head_run or cut is None:
            out.append(o)
            continue
        rest = Span(o.doc, o.start, cut, label="ORG", span_id=o.id_)
        if _more_than_a_place(rest):
            out.append(rest)
    return out, found


def _name_found_elsewhere(o: Span, names: set[str], last_words: set[str]) -> int | None:
    """Where a name found elsewhere in the release starts at the end of a long organisation span
    ("Institute of Geology Danis Nourgaliev")."""
    if o.id_ not in ("org_head", "model_ner") or len(o) <= 3 or o[-1].text not in last_words:
        return None
    return next((k for k in range(o.start + 2, o.end - 1) if text_of(o.doc[k : o.end]) in names), None)


def _more_than_a_place(rest: Span) -> bool:
    """What is left of an organisation cut before a name: more than one plain word, and not a place."""
    if len(rest) == 1 and sum(c.isupper() for c in text_of(rest)) < 2:
        return False
    return not place_only(rest) and text_of(rest).lower() not in words("places")
