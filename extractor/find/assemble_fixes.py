"""Repairs after the longest candidates won: title abbreviations, initials opening a name, possessive parents,
names cut in two, names read as organisations, compound titles, honorific professors."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span

from extractor.find.role_lists import coordinated, coordinated_before, is_plural
from extractor.lang.lexicons import words
from extractor.lang.rules import rule
from extractor.lang.tokens import POSSESSIVE, column, text_of
from extractor.normalise.categories import category
from extractor.normalise.org_text import acronym


def _title_abbreviations(doc: Doc, kept: list[Span], dropped: list[Span]) -> list[Span]:
    """Rule ``org.reject.title_abbreviation``: "Vice Chancellor (VC) Prof Isaac Kibwage": capitals in brackets
    that abbreviate the title right before them are the title's short form, not an organisation (the
    rejected span goes to ``dropped``)."""
    ends = {c.end: c for c in doc.spans.get("role_cues", [])}
    out = []
    for s in kept:
        cue = ends.get(s.start - 1)
        if (
            s.label_ == "ORG"
            and cue is not None
            and doc[s.start - 1].text == "("
            and s.end < len(doc)
            and doc[s.end].text == ")"
            and text_of(s).isupper()
            and acronym(text_of(cue).replace("-", " ")) == text_of(s)
        ):
            dropped.append(s)
            continue
        out.append(s)
    return out


def _merge_neighbours(kept: list[Span], join: Callable[[Span, Span], Span | None]) -> list[Span]:
    """The spans in text order, each span and the one before it replaced by the span ``join`` makes of them,
    when it makes one."""
    out: list[Span] = []
    for s in sorted(kept, key=lambda s: s.start):
        merged = join(out[-1], s) if out else None
        if merged is None:
            out.append(s)
        else:
            out[-1] = merged
    return out


def _initials_opening_a_name(kept: list[Span]) -> list[Span]:
    """Rule ``org.span.initials_first``: "L.N.Gumilyov Eurasian National University": a name with initials
    glued to the organisation name right after it is part of that name (the person it honours), not a person.
    """

    def join(prev: Span, s: Span) -> Span | None:
        glued = (
            s.label_ == "ORG"
            and prev.label_ == "PERSON"
            and prev.end == s.start
            and prev.id_ == "rule_initials"
            and len(prev) == 1
            and "\n" not in prev[-1].whitespace_
        )
        return Span(s.doc, prev.start, s.end, label="ORG", span_id=s.id_) if glued else None

    return _merge_neighbours(kept, join)


@rule("person.span.adjacent_names")
def _adjacent_names(kept: list[Span]) -> list[Span]:
    """Rule ``person.span.adjacent_names``: "the Speaker of Parliament, Alban Sumana Kingsford Bagbin": two
    names with one space between them and nothing else are one long name the model cut in two (a list
    separates its names with commas or "and")."""

    def join(prev: Span, s: Span) -> Span | None:
        one = (
            s.label_ == prev.label_ == "PERSON"
            and prev.end == s.start
            and prev[-1].whitespace_ == " "
            and s.end - prev.start <= _LONGEST_NAME
        )
        return (
            Span(s.doc, prev.start, s.end, label="PERSON", span_id="person.span.adjacent_names")
            if one
            else None
        )

    return _merge_neighbours(kept, join)


_LONGEST_NAME = 7  # tokens: "J. Prospero E. De Vera III"


def _parent_possessive(kept: list[Span]) -> list[Span]:
    """Rule ``org.span.parent_possessive``: "RUC’s School of International Studies" is one name, a unit with
    its parent in front (annotation.md: "SPbPU International Relations Office"), when the second
    organisation's name has a head noun."""
    heads = words("org_heads") | words("unit_heads")

    def join(prev: Span, s: Span) -> Span | None:
        unit = (
            s.label_ == "ORG"
            and prev.label_ == "ORG"
            and s.start == prev.end + 1
            and s.doc[prev.end].lower_ in POSSESSIVE
            and s[0].text[:1].isupper()
            and any(t.lower_ in heads for t in s)
        )
        return (
            Span(s.doc, prev.start, s.end, label="ORG", span_id="org.span.parent_possessive")
            if unit
            else None
        )

    return _merge_neighbours(kept, join)


def _person_rule(s: Span, names: set[str], surnames: set[str]) -> str | None:
    """The rule that reads a model ORG as a person: its text is a person's full name found elsewhere
    (``person_elsewhere``), or it is one word, not in capitals, that is the surname of a person the document
    names in full (``person.from_org.surname``: "Brian MacCraith led ... (CACIE), MacCraith delivered",
    "Mahmoud Nili-Ahmadabadi ... Nili-Ahmadabadi emphasized")."""
    text = text_of(s)
    if text in names:
        return "person_elsewhere"
    return "person.from_org.surname" if " " not in text and not text.isupper() and text in surnames else None


def _surname(person: Span) -> str:
    """The last word of a name, hyphenated words joined ("Nili-Ahmadabadi" of "Mahmoud Nili-Ahmadabadi")."""
    start = person.end - 1
    while (
        start - 2 >= person.start
        and person.doc[start - 1].text == "-"
        and not person.doc[start - 2].whitespace_
    ):
        start -= 2
    return text_of(person.doc[start : person.end])


def _org_words(kept: list[Span]) -> set[str]:
    """The words of the document's organisations of two words or more ("Kaspersky" of "Kaspersky Lab")."""
    text = column(kept[0].doc, "text") if kept else []
    return {w for s in kept if s.label_ == "ORG" and len(s) > 1 for w in text[s.start : s.end]}


def _names_read_as_orgs(doc: Doc, kept: list[Span]) -> list[Span]:
    """A model ORG whose text is a person's name found elsewhere in the document is that person; a one-word
    "name" in capitals that is the acronym of an organisation of the document, or one of its one-word
    organisations, is that organisation (rule ``org.from_person.acronym``: "Rector NSUACE (Sibstrin)
    Professor Yu.L. Skolubovich", "Li Lu, President of ZJSRU" beside "ZJSRU and Polotsk State University"); a
    "name" whose last word is a one-word organisation of the document spelt with an inner capital is a member
    of it (rule ``org.from_person.org_name_last``: "Chimie ParisTech" beside "ParisTech's agreements")."""
    names = {text_of(s) for s in kept if s.label_ == "PERSON" and len(s) > 1}
    surnames = {_surname(s) for s in kept if s.label_ == "PERSON" and len(s) > 1} - _org_words(kept)
    acrs = {
        a
        for s in kept
        if s.label_ == "ORG" and len(s) >= 3
        for a in (acronym(text_of(s)), acronym(text_of(s), whole_caps=True))
    }
    orgs = {text_of(s) for s in kept if s.label_ == "ORG" and len(s) == 1}
    title_ends = {r.end for r in doc.spans.get("role_cues", [])}
    out = []
    for s in kept:
        if s.label_ == "ORG" and s.id_ == "model_ner" and (person := _person_rule(s, names, surnames)):
            s = Span(s.doc, s.start, s.end, label="PERSON", span_id=person)
        elif s.label_ == "PERSON" and len(s) == 1 and text_of(s).isupper() and text_of(s) in acrs | orgs:
            s = Span(s.doc, s.start, s.end, label="ORG", span_id="acronym_definition")
        elif s.label_ == "PERSON" and len(s) >= 2 and _camel(text_of(s[-1:])) and text_of(s[-1:]) in orgs:
            s = Span(s.doc, s.start, s.end, label="ORG", span_id="org_name_last")
        elif s.label_ == "PERSON" and _after_title_of(s, title_ends):
            s = Span(s.doc, s.start, s.end, label="ORG", span_id="org.from_person.title_of")
        if out and out[-1].id_ == "org.from_person.title_of" and s.label_ == "ORG" and s.start == out[-1].end:
            s = Span(s.doc, out.pop().start, s.end, label="ORG", span_id=s.id_)  # "the Ban Ki-moon Institute"
        out.append(s)
    return out


@rule("org.from_person.title_of")
def _after_title_of(name: Span, title_ends: set[int]) -> bool:
    """Rule ``org.from_person.title_of``: a "name" right after "<title> of (the)" is the title's organisation,
    for a title is never of a person ("chief executive officer of Sophia Antipolis in France", "President of
    KU Leuven"); a name after the organisation stays a person ("Rector of X Y"). ``title_ends``: where the
    document's role cues end (read once per document)."""
    doc, k = name.doc, name.start
    k -= k > 0 and doc[k - 1].lower_ == "the"
    return k >= 2 and doc[k - 1].lower_ == "of" and k - 1 in title_ends


def _camel(word: str) -> bool:
    """A word with a capital after a small letter ("ParisTech", "SibFU"), as organisations' names are spelt
    and people's names are not (but "MacCraith", "McDonald", "DeKnop": a surname's prefix)."""
    inner = any(a.islower() and b.isupper() for a, b in zip(word, word[1:]))
    return inner and not _SURNAME_PREFIX.match(word)


_SURNAME_PREFIX = re.compile(r"^(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von)[A-Z][a-z]+$")


def _compound_titles(roles: list[Span]) -> list[Span]:
    """Rule ``role.merge.compound``: a title and a helper's title written back to back are one title
    ("minister assistant", "rector's assistant", "Assistant Secretary-General"); "rector professor" stays
    two."""
    roles = sorted(roles, key=lambda r: (r.start, -r.end))
    out: list[Span] = []
    for r in roles:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.end == r.start
            and len(prev) == 1
            and "other" in (category(text_of(r)), category(text_of(prev)))
            and (prev.end - prev.start == 1 or prev[-1].text in POSSESSIVE)
            and r.start - prev.start <= 2
        ):
            out[-1] = Span(r.doc, prev.start, r.end, label=r.label, span_id=r.id_)
            continue
        out.append(r)
    return out


def _honorific_professors(tied: list[tuple[Span, Span]]) -> list[Span]:
    """Rule ``role.reject.honorific_professor``: an academic rank written right before a name ("Assistant
    Professor Dr. Pandin Ounchanum, Dean of the Faculty of Architecture") is an honorific when the text states
    another position of that person; alone it is the stated position."""
    other = {p.kb_id_ or text_of(p) for r, p in tied if category(text_of(r)) != "professor"}

    def honorific(r: Span, p: Span) -> bool:
        gap = r.doc[r.end : p.start]
        return (
            category(text_of(r)) == "professor"
            and p.start >= r.end
            and all(t.lower_ in words("honorifics") for t in gap)
            and (p.kb_id_ or text_of(p)) in other
        )

    return [r for r, p in tied if not honorific(r, p)]


def _stated_role(role: Span, tie: tuple[Span | None, str], people: list[Span]) -> bool:
    """A role tied to a person, except an honorific "Professor" written right before the name; a plural
    title only when its tie rule read the names it lists (``role.tie.plural_title``), they follow it, or they
    stand before its apposition or the clause that says it of them ("A and B, Deputy Chairmen of X", "A and
    B who are professors of X")."""
    person, tie_rule = tie
    if person is None:
        return False
    if (
        is_plural(role)
        and tie_rule != "role.tie.plural_title"
        and not (person.start == role.end and coordinated(person, people))
        and not (tie_rule in _NAMES_BEFORE and coordinated_before(person, people))
    ):
        return False  # "rectors X and Y", "X and Y, Deputy Chairmen of Z", never "directors of institutes"
    return not (text_of(role).lower() in words("honorifics") and role.end == person.start)


_NAMES_BEFORE = frozenset({"role.tie.apposition", "role.tie.predicate"})
_TITLE_TAIL = frozenset({"of", "the", "at", ",", "-"})


def cut_at_organisations(roles: list[Span], kept: list[Span]) -> list[Span]:
    """Rule ``role.span.cut_at_org``: "the Chairman of the Board of Governors of the Competence Center": a
    title whose lexicon phrase runs into an organisation's name gives way to it and keeps the words before
    ("Chairman"), when those are a title; else it stays whole (and loses to the organisation)."""
    org_starts = sorted(o.start for o in kept if o.label_ == "ORG")
    out = []
    for r in roles:
        cut = next((s for s in org_starts if r.start < s < r.end), None)
        end = cut
        while end is not None and end > r.start and r.doc[end - 1].lower_ in _TITLE_TAIL:
            end -= 1
        if end is not None and end > r.start and category(text_of(r.doc[r.start : end])):
            r = Span(r.doc, r.start, end, label=r.label_, span_id=r.id_)
        out.append(r)
    return out
