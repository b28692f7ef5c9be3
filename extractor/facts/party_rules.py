"""The parties of one agreement mention: an ordered list of named rules (``agreement.parties.*``), the first
that applies decides; a party list read from the sentence is then completed by further named rules."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from extractor.facts import parties
from extractor.facts.base import _keys, _signs
from extractor.facts.home import BOTH_SIDES
from extractor.facts.party_completions import COMPLETIONS
from extractor.facts.party_context import Parties, PartyContext
from extractor.facts.party_lists import _subject, coordinated_run, on_behalf, signed_by_lists, verb_follows
from extractor.facts.party_rejects import _earlier, _states, _topic_only
from extractor.facts.signatories import _listed_signers, is_generic
from extractor.facts.signing import both_sides_pair, signed_plural
from extractor.lang.rules import rule
from extractor.lang.tokens import column, text_of


@rule(
    "agreement.parties.between", "agreement.parties.between_distributive", "agreement.parties.between_pairs"
)
def _between(c: PartyContext) -> Parties | None:
    """Rules ``agreement.parties.between``: "an agreement between A and B"; ``.between_pairs``: "between A
    and B, C and D" (:func:`parties.listed_pairs`); ``.between_distributive``:
    "memorandums between A and B, C and D", "contracts between A and universities, in particular B and C"."""
    if c.between is None:
        return None
    found, listed = parties.between_chain(c.m.doc, c.between.i + 1, c.orgs)
    pairs = parties.listed_pairs(c.m.doc, found) if not listed else None
    if pairs:
        return [_keys(p) for p in pairs], "agreement.parties.between_pairs"
    chain = _keys(found)
    if len(chain) >= 3 and (is_generic(c.m) or listed) and c.between.i > c.m.start:
        common = (
            c.home
            if c.home in chain
            else chain[-1]
            if not listed and _last_joined(c.m.doc, found)
            else chain[0]
        )
        return [[common, k] for k in chain if k != common], "agreement.parties.between_distributive"
    return ([chain], "agreement.parties.between") if len(chain) >= 2 else None


def _last_joined(doc: Doc, found: list[Span]) -> bool:
    """ "between A, B and C": commas, then "and" before the last (the partner both sign with, unless the
    release's own organisation is listed); "between A and B, C" opens with the common side."""
    gaps = [{t.lower_ for t in doc[a.end : b.start]} for a, b in zip(found, found[1:])]
    return "and" not in gaps[0] and "and" in gaps[-1]


@rule("agreement.parties.signed_by")
def _signed_by(c: PartyContext) -> Parties | None:
    """Rule ``agreement.parties.signed_by``: "An agreement was signed on May 29 by A, B and C": the
    organisations listed after the signing verb's "by"."""
    by = parties.signing_agent(c.sent)
    lists = signed_by_lists(c.m, by.i + 1, c.orgs) if by is not None else []
    return (lists, "agreement.parties.signed_by") if lists else None


@rule("agreement.parties.with_them_respectively")
def _with_them(c: PartyContext) -> Parties | None:
    """Rule ``agreement.parties.with_them_respectively``: "It visited A, B and C, and signed the memorandum
    with them respectively": one document with each organisation listed before, the release's own signing."""
    doc = c.m.doc
    lower = column(doc, "lower")
    w = next((i for i in range(c.m.end, c.sent.end) if lower[i] == "with"), None)
    listed = [o for o in c.orgs if o.end <= c.m.start]
    if w is None or w + 3 > len(doc) or [doc[w + 1].lower_, doc[w + 2].lower_] != ["them", "respectively"]:
        return None  # (never an empty slice at the Doc's end: spaCy builds the whole text for its offset)
    if not listed or c.home is None:
        return None
    run = _keys(coordinated_run(doc, c.orgs, listed[-1]))
    found = [[c.home, k] for k in run if k != c.home]
    return (found, "agreement.parties.with_them_respectively") if len(found) >= 2 else None


@rule("agreement.parties.listed_next", "agreement.parties.listed_later", "agreement.parties.counted_group")
def _listed(c: PartyContext) -> Parties | None:
    """Rule ``agreement.parties.listed_next``: "X signed a memorandum with several universities. Among them
    are A and B.": one document per partner listed in the next sentence; a counted group of signers is one
    document (:func:`counted_group`)."""
    if c.subject_and_partners[1]:
        return None
    if len(group := parties.counted_group(c.m)) >= 2:
        return [_keys(group)], "agreement.parties.counted_group"
    later = not (listed := parties._listed_next(c.m, c.orgs)) and (listed := parties.included_later(c.m))
    subject = _subject(c.orgs, c.m.start) if listed else None
    if not listed or subject is None and (c.home is None or later):  # a later list needs the signer named
        return None
    own = subject.kb_id_ if subject is not None else c.home
    rule_id = "agreement.parties.listed_later" if later else "agreement.parties.listed_next"
    return [[own, k] for k in _keys(listed) if k != own], rule_id


def _acts(c: PartyContext, subject: Span | None) -> bool:
    """The subject signs: its head is a clause subject ("Curtin University Malaysia (Curtin Malaysia) has
    signed": the head may stand just after the name), a verb follows it, or a person signs on its behalf."""
    if subject is None:
        return False
    if on_behalf(subject) or verb_follows(subject):
        return True
    return any(
        t.dep_ in ("nsubj", "nsubjpass") and not t.is_punct
        for t in c.m.doc[subject.start : min(subject.end + 5, c.sent.end)]
        if t.i < subject.end or not any(x.tag_.startswith("VB") for x in c.m.doc[subject.end : t.i + 1])
    )


@rule(
    "agreement.parties.with_partners",
    "agreement.parties.distributive",
    "agreement.parties.signers_distributive",
)
def _partners(c: PartyContext) -> Parties | None:
    """Rules ``agreement.parties.with_partners``: "A signed a memorandum with B and C"; ``.distributive``:
    "agreements with A, memorandums with B", "an agreement with A, B and C respectively": one document per
    partner; ``.signers_distributive``: "A, B and C signed the MoUs with X" (:func:`parties.with_signers`).
    Without a subject that signs, the release's organisation signs them (:func:`parties.own_partner`)."""
    subject, partners = c.subject_and_partners
    if not partners:
        return None
    partner_keys = _keys(partners)
    subject_key = subject.kb_id_ if subject is not None else None
    if subject_key in partner_keys and (own := parties.own_partner(c, partner_keys)) is not None:
        return own
    if not _acts(c, subject) and c.home is not None and c.home not in partner_keys:
        subject_key = c.home
    if subject_key is None and partner_keys[0] == c.home and len(partner_keys) > 1 and not is_generic(c.m):
        # "were signed with TSUOS and several universities of Russia, in particular A, B, C": the release's
        # own organisation is among the partners listed
        return [partner_keys], "agreement.parties.with_partners"
    if subject_key is None:
        return None
    if len(partner_keys) > 1 and (is_generic(c.m) or parties.each_apart(partners)):
        return [list(dict.fromkeys([subject_key, p])) for p in partner_keys], "agreement.parties.distributive"
    signer = subject if subject is not None and subject_key == subject.kb_id_ else None
    return parties.with_signers(c, signer, subject_key, partner_keys)


@rule("agreement.parties.listed_signers", "agreement.parties.signed_plural")
def _signers_listed(c: PartyContext) -> Parties | None:
    """Rule ``agreement.parties.listed_signers``: a generic mention ("agreements were signed") takes the
    organisations listed as signing; ``.signed_plural``: else, one signing of a few documents by the pair the
    sentence names ("A visited B, where the two institutions signed six cooperation agreements"), or three
    and more that are the signing's subject, or "the two sides" (``agreement.parties.both_sides``)."""
    if not is_generic(c.m):
        return None
    listed = _listed_signers(c.m, c.orgs, c.home)
    if listed or not signed_plural(c.m):
        return listed, "agreement.parties.listed_signers"
    found = _in_sentence(c)
    if not found and BOTH_SIDES.search(text_of(c.sent)) and len(pair := both_sides_pair(c.sent, 2)) == 2:
        return [pair], "agreement.parties.both_sides"  # "The two sides signed two memoranda"
    joint = len(found) == 2 or len(found) > 2 and _all_subjects(c)
    return ([found] if joint else []), "agreement.parties.signed_plural"


def _all_subjects(c: PartyContext) -> bool:
    """Every organisation before the mention is in the signing verb's subject: "A, B, and C signed two MoUs"
    (one signing of all three), not "A visited B and C, where they signed agreements"."""
    verb, before = c.m.root.head, [o for o in c.orgs if o.end <= c.m.start]
    subjects = [t for t in verb.children if t.dep_ == "nsubj"]
    inside = {i for s in subjects for i in range(s.left_edge.i, s.right_edge.i + 1)}
    return bool(before) and all(o.start in inside for o in before)


def _in_sentence(c: PartyContext) -> list[str]:
    """The organisations before the mention (two or more), else those in its clause after it too ("sign X,
    and call on the Embassy": not the Embassy)."""
    doc, m = c.m.doc, c.m
    before = [o for o in c.orgs if o.end <= m.start]
    same_clause = before + [
        o for o in c.orgs if o.start >= m.end and not any(t.text in {",", ";"} for t in doc[m.end : o.start])
    ]
    return _keys(before if len(set(_keys(before))) >= 2 else same_clause)


@rule("agreement.parties.declaration")
def _declaration(c: PartyContext) -> Parties | None:
    """Rule ``agreement.parties.declaration``: a declaration has parties only when two or more sign it."""
    if c.m.kb_id_ != "declaration":
        return None
    return ([f] if len(f := _in_sentence(c)) >= 2 and _signs(c.sent) else []), "agreement.parties.declaration"


def _from_sentence(c: PartyContext) -> Parties:
    """Rule ``agreement.parties.sentence``: the sentence's organisations, completed in order."""
    found, rule = _in_sentence(c), "agreement.parties.sentence"
    for complete in COMPLETIONS:
        found, rule = complete(c, found, rule)
    return ([found] if found else []), rule


PARTY_RULES: tuple[Callable[[PartyContext], Parties | None], ...] = (
    _earlier,
    _listed,
    _topic_only,
    _states,
    _between,
    _signed_by,
    _with_them,
    _partners,
    _signers_listed,
    _declaration,
)


def mention_parties(m: Span, title: Span | None, home: str | None) -> Parties:
    """Party key lists for an agreement mention (one list, or one per partner for plural mentions) and the id
    of the rule that chose them: the first of ``PARTY_RULES`` that applies, else the sentence's parties
    (``+own_clause`` when they were read in the mention's own clause)."""
    c = PartyContext(m, title, home)
    lists, rule = next((found for r in PARTY_RULES if (found := r(c)) is not None), None) or _from_sentence(c)
    return lists, rule + ("+own_clause" if c.clause is not c.sent and lists else "")
