"""Completions of a party list read from an agreement mention's sentence: named rules applied in order, each
adding what the sentence leaves out (the sentence before's organisations, "the two sides", the headline's, the
pair that met, the host, the visiting delegation, the release's own)."""

from __future__ import annotations

from collections.abc import Callable

from extractor.facts import parties
from extractor.facts.affiliation import delegation_before
from extractor.facts.base import _ents, _keys, _previous_sentence, _signs
from extractor.facts.home import BOTH_SIDES, top_orgs
from extractor.facts.party_context import PartyContext
from extractor.facts.party_filter import party_orgs
from extractor.facts.party_lists import previous_sentence_orgs
from extractor.facts.signatories import field_unit, implicit_party
from extractor.facts.signing import both_sides_pair, meeting_pair
from extractor.find.org_words import DELEGATIONS
from extractor.lang.rules import rule
from extractor.lang.tokens import text_of

Completion = Callable[[PartyContext, list[str], str], tuple[list[str], str]]


@rule("agreement.parties.previous_sentence")
def _sentence_before(c: PartyContext, found: list[str], rule: str) -> tuple[list[str], str]:
    """Rule ``agreement.parties.previous_sentence``: no organisation in the sentence: those of the one before;
    for "the two universities" only institutions ("Head of the Department of International Development ...
    between the two universities": the unit is neither)."""
    if found:
        return found, rule
    keys = _keys(previous_sentence_orgs(c.sent))
    if BOTH_SIDES.search(text_of(c.sent)):
        keys = [k for k in keys if not field_unit(k)]
    return keys, "agreement.parties.previous_sentence"


@rule("agreement.parties.both_sides")
def _both_sides(c: PartyContext, found: list[str], rule: str) -> tuple[list[str], str]:
    """Rule ``agreement.parties.both_sides``: "the two sides signed": the pair named last, else the most named
    organisations ("our university" has no key)."""
    if found or not BOTH_SIDES.search(text_of(c.sent)):
        return found, rule
    return both_sides_pair(c.sent, 1 if c.unnamed_self else 2), "agreement.parties.both_sides"


@rule("+headline")
def _headline(c: PartyContext, found: list[str], rule: str) -> tuple[list[str], str]:
    """``+headline``: fewer than two parties: the headline's, when it tells of a signing (the suffix only
    when the headline adds one: a party named in its own sentence is no guess)."""
    t, more = c.title, found
    if len(found) < 2 and t is not None and t.end <= c.sent.start and _signs(t):
        more = list(dict.fromkeys(found + _keys(party_orgs(t))))
    return (more, rule + "+headline") if len(more) > len(found) else (found, rule)


@rule("agreement.parties.meeting_pair")
def _meeting(c: PartyContext, found: list[str], rule: str) -> tuple[list[str], str]:
    """No party in reach, not even the headline's: the pair that met (:func:`meeting_pair`)."""
    return (found, rule) if found else (meeting_pair(c.m, c.sent), "agreement.parties.meeting_pair")


@rule("+host")
def _host(c: PartyContext, found: list[str], rule: str) -> tuple[list[str], str]:
    """``+host`` (rule ``agreement.parties.host``): one party: the institution "at" which it happens."""
    if len(found) != 1:
        return found, rule
    host = parties._hosting_institution(c.sent, found) or (
        None
        if rule == "agreement.parties.sentence"
        else parties._hosting_institution(_previous_sentence(c.sent), found)
    )
    return (found + [host], rule + "+host") if host is not None else (found, rule)


@rule("+visiting_delegation")
def _guests(c: PartyContext, found: list[str], rule: str) -> tuple[list[str], str]:
    """``+visiting_delegation``: the one party is the release's own (the host), or the sentence's subject is
    the delegation ("The delegation held talks with X, NLB Director, and exchanged views on the cooperation
    agreement"): the delegation's organisation is the other."""
    if len(found) == 1 and (
        found[0] == c.home or any(t.lower_ in DELEGATIONS and t.dep_ == "nsubj" for t in c.sent)
    ):
        guest = delegation_before(c.m, _ents(c.m.doc, "ORG"))
        if guest is not None and guest.kb_id_ not in found:
            return found + [guest.kb_id_], rule + "+visiting_delegation"
    return found, rule


@rule("+release_home", "+both_sides")
def _other_side(c: PartyContext, found: list[str], rule: str) -> tuple[list[str], str]:
    """``+release_home``: one party and the release's own organisation implied; ``+both_sides``: "the two
    sides" with one named: the most named other organisation."""
    if len(found) != 1:
        return found, rule
    doc, home = c.m.doc, c.home
    if home is not None and home not in found and implicit_party(doc, home):
        return found + [home], rule + "+release_home"
    if BOTH_SIDES.search(text_of(c.sent)) and not c.unnamed_self:
        other = next((k for k in top_orgs(doc, 3) if k not in found), None)
        if other is not None:
            return found + [other], rule + "+both_sides"
    return found, rule


COMPLETIONS: tuple[Completion, ...] = (
    _sentence_before,
    _both_sides,
    _headline,
    _meeting,
    _host,
    _guests,
    _other_side,
)
