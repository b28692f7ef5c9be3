"""The people who accompany someone belong where that person does: "He was accompanied by Prof. A (VP)"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.lang.rules import rule
from extractor.lang.sentences import sent_of

_COMPANION_VERBS = frozenset({"accompanied", "joined"})
_BACK_REFS = frozenset({"he", "she", "who"})  # the subject stands for a person named before it


@rule("role.org.companion")
def companion_leader(role: Span, person: Span, people: list[Span]) -> Span | None:
    """Rule ``role.org.companion``: a titled person listed after "accompanied by" / "joined by" without an
    organisation of their own goes with the person accompanied ("The delegation was led by X, President of
    AU. He was joined by Dr. B, Vice President; Dr. C, Vice President", "the vice chancellor, Prof. A, who
    was accompanied by Prof. B (PROVOST)", "The delegation from X, led by Dr. A, Vice Principal, was joined
    by Dr. B, Lecturer"). Returns that person (the subject of the verb: a name, the name "he", "she" or
    "who" stands for, or the leader named in the subject's phrase), or None."""
    verb = _companion_verb(role)
    if verb is None or person.start < verb.i:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if subject is None:
        return None
    if subject.lower_ in _BACK_REFS:
        limit = subject.i if subject.lower_ == "who" else sent_of(subject).start
        before = [p for p in people if p.end <= limit and p.end > limit - 80]
        return before[-1] if before else None
    phrase = (subject.left_edge.i, subject.right_edge.i + 1)
    return next((p for p in people if phrase[0] <= p.start and p.end <= phrase[1]), None)


def _companion_verb(role: Span) -> Token | None:
    """The "accompanied" / "joined" right before "by" that opens the list holding the title, in its sentence
    and with no other verb of a clause of its own between ("was joined by A, Director, and B, Lecturer")."""
    doc, sent = role.doc, sent_of(role)
    for t in reversed(doc[sent.start : role.start]):
        if t.lower_ in _COMPANION_VERBS and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "by":
            return t
        if t.dep_ == "ROOT" or t.text == ".":
            return None
    return None
