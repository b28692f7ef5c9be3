"""A title said of a named subject: "X has become the Secretary General of Y", "X, who is the head of Y",
"X signed the MoU as the authorized representative"."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Span, Token

from extractor.find.role_lists import RoleContext

# the pipeline runs no lemmatizer or attribute ruler (no lemma_, no pos_): the verb forms are spelled out
_LINKS = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "became"}
    | {f"{stem}{end}" for stem in ("become", "remain") for end in ("", "s", "ed", "ing")}
)
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_RELATIVES = frozenset({"who", "that"})


def predicate_subject(role: Span, ctx: RoleContext) -> Span | None:
    """Rule ``role.tie.predicate``: the title is what its clause says its subject is or acts as, and the
    subject is a named person: "Mr. Norov has become the Secretary General of the SCO", "Zhang Wei studied
    here and now is the director general of TARI", "Tahakiro Kikavada, who is the research team leader",
    "Krishna Prasad Oli signed the MoU as the authorized representative"."""
    verb = _predicating_verb(role.root)
    subject = _subject_of(verb) if verb is not None else None
    if subject is None:
        return None
    named = [subject] + [c for c in subject.children if c.dep_ == "appos"]  # "The Ambassador ..., Name,"
    return next((p for t in named if (p := _person_at(t, ctx)) is not None), None)


def _predicating_verb(head: Token) -> Token | None:
    """The verb that predicates the title: "is/becomes the Title" (attr) or "... as the Title" (as + verb)."""
    if head.dep_ == "attr" and head.head.lower_ in _LINKS:
        return head.head
    prep = head.head
    if head.dep_ == "pobj" and prep.lower_ == "as" and prep.dep_ == "prep" and prep.head.tag_[:2] == "VB":
        return prep.head
    return None


def _subject_of(verb: Token) -> Token | None:
    """The verb's subject (the nearest before it), through a coordinated verb ("studied ... and now is") and a
    relative pronoun ("X, who is")."""
    for _ in range(3):
        subject = max((c for c in verb.lefts if c.dep_ in _SUBJECTS), key=lambda c: c.i, default=None)
        if subject is not None:
            return verb.head if subject.lower_ in _RELATIVES and verb.dep_ == "relcl" else subject
        if verb.dep_ != "conj":
            return None
        verb = verb.head
    return None


def _person_at(token: Token, ctx: RoleContext) -> Span | None:
    """The person whose name holds the token."""
    k = bisect_right(ctx.starts, token.i) - 1
    return ctx.people[k] if k >= 0 and ctx.people[k].end > token.i else None
