"""The parties of one agreement mention, rule by rule (``agreement.parties.*``)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extractor.facts.affiliation import delegation_before
from extractor.facts.base import _ents, _keys, _previous_sentence, _signs
from extractor.facts.home import BOTH_SIDES, says_our_institution, top_orgs, topic_orgs
from extractor.facts.party_lists import (
    _chain,
    _subject,
    _with_partners,
    party_orgs,
    previous_sentence_orgs,
    verb_follows,
    with_line_start,
)
from extractor.facts.role_org import OWN_NOUNS
from extractor.facts.signatories import _listed_signers, implicit_party, is_generic
from extractor.facts.signing import MEMBERS, _status, recent_pair
from extractor.lang.lexicons import words
from extractor.lang.tokens import sent_of, text_of

_GUESSES = ("both_sides", "release_home", "previous_sentence")


def _guessed(party_rule: str | None) -> bool:
    """The parties were guessed (the most named organisations, the release's own, the sentence before's)."""
    return any(g in (party_rule or "") for g in _GUESSES)


def replaces_guess(earlier_rule: str | None, rule: str, parties: list[str]) -> bool:
    """Two or more parties named for a document whose parties were guessed before."""
    return _guessed(earlier_rule) and not _guessed(rule) and len(parties) >= 2


_STATE_PREFIX = re.compile(r"^(?:the )?(?:(?:republic|federation|kingdom|state) of )?")


def _between_states(doc: Doc, i: int) -> bool:
    """Rule ``agreement.reject.between_states``: "the Agreement between the Republic of Kazakhstan and the
    Republic of Belarus on ...": a document of two states (two places joined by "and") has no organisation
    party, unless organisations sign it before the mention."""
    places = words("places")
    first, sep, rest = doc[i : min(len(doc), i + 16)].text.lower().partition(" and ")
    first, rest = _STATE_PREFIX.sub("", first), _STATE_PREFIX.sub("", rest)
    return bool(sep) and first in places and any(rest == p or rest.startswith(p + " ") for p in places)


def _parties(m: Span, title: Span | None, home: str | None) -> tuple[list[list[str]], str]:
    """Party key lists for an agreement mention (one list, or one per partner for plural mentions) and the id
    of the rule that chose them."""
    sent, doc = sent_of(m), m.doc
    orgs = party_orgs(sent)
    if not any(o.end <= m.start for o in orgs):
        orgs = party_orgs(with_line_start(sent))
    topic = topic_orgs(m, orgs)
    orgs = [o for o in orgs if o.start not in topic]
    if topic and not orgs and _status(m) == "planned":
        return [], "agreement.parties.topic_only"  # "a draft memorandum on the BRICS Network University"
    between = next((t for t in sent if t.lower_ == "between"), None)
    if (
        between is not None
        and between.i == m.end
        and _between_states(doc, between.i + 1)
        and not any(o.end <= m.start for o in orgs)
    ):  # "A and B signed an agreement between China and Russia": A, B
        return [], "agreement.reject.between_states"
    if between is not None:
        chain = _keys(_chain(doc, between.i + 1, orgs))
        if len(chain) >= 3 and is_generic(m) and between.i > m.start:
            # "memorandums between A and B, C and D were signed": one document per partner of the first
            return [[chain[0], k] for k in chain[1:]], "agreement.parties.between_distributive"
        if len(chain) >= 2:
            return [chain], "agreement.parties.between"
    subject, partners = _with_partners(m, orgs)
    listed = [] if partners else _listed_next(m, orgs)
    if listed:  # "X signed a memorandum with several universities. Among them are A and B."
        subject = _subject(orgs, m.start)
        if subject is not None or home is not None:
            own = subject.kb_id_ if subject is not None else home
            return [[own, k] for k in _keys(listed) if k != own], "agreement.parties.listed_next"
    partner_keys = _keys(partners)
    subject_key = subject.kb_id_ if subject is not None else None
    # the subject's head may stand just after the name: "Curtin University Malaysia (Curtin Malaysia) has
    # signed"
    acts = subject is not None and any(
        t.dep_ in ("nsubj", "nsubjpass") and not t.is_punct
        for t in doc[subject.start : min(subject.end + 5, sent.end)]
        if t.i < subject.end or not any(x.tag_.startswith("VB") for x in doc[subject.end : t.i + 1])
    )
    acts = acts or subject is not None and verb_follows(subject)
    if not acts and home is not None and home not in partner_keys:
        subject_key = home  # "agreements with A, memorandums with B": the release's organisation signs them
    if subject_key is not None and partners:
        if is_generic(m) and len(partner_keys) > 1:
            return [
                list(dict.fromkeys([subject_key, p])) for p in partner_keys
            ], "agreement.parties.distributive"
        return [list(dict.fromkeys([subject_key, *partner_keys]))], "agreement.parties.with_partners"
    if is_generic(m):
        return _listed_signers(m, orgs, home), "agreement.parties.listed_signers"
    before = [o for o in orgs if o.end <= m.start]
    same_clause = before + [
        o for o in orgs if o.start >= m.end and not any(t.text in {",", ";"} for t in doc[m.end : o.start])
    ]
    found = _keys(
        before if len(set(_keys(before))) >= 2 else same_clause
    )  # "sign X, and call on the Embassy"
    rule = "agreement.parties.sentence"
    if m.kb_id_ == "declaration":
        return ([found] if len(found) >= 2 and _signs(sent) else []), "agreement.parties.declaration"
    if not found:
        found, rule = _keys(previous_sentence_orgs(sent)), "agreement.parties.previous_sentence"
    unnamed_self = home is None and says_our_institution(doc)
    if not found and BOTH_SIDES.search(text_of(sent)):
        found = recent_pair(sent) or top_orgs(doc, 1 if unnamed_self else 2)  # "our university" has no key
        rule = "agreement.parties.both_sides"
    if len(found) < 2 and title is not None and title.end <= sent.start and _signs(title):
        found, rule = list(dict.fromkeys(found + _keys(party_orgs(title)))), rule + "+headline"
    if len(found) == 1:
        host = _hosting_institution(sent, found) or (
            None
            if rule == "agreement.parties.sentence"
            else _hosting_institution(_previous_sentence(sent), found)
        )
        if host is not None:
            found, rule = found + [host], rule + "+host"
    if len(found) == 1 and found[0] == home:  # the host is named: the guests are the other side
        guest = delegation_before(m, _ents(doc, "ORG"))
        if guest is not None and guest.kb_id_ not in found:
            found, rule = found + [guest.kb_id_], rule + "+visiting_delegation"
    if len(found) == 1 and home is not None and home not in found and implicit_party(doc, home):
        found, rule = found + [home], rule + "+release_home"
    elif len(found) == 1 and BOTH_SIDES.search(text_of(sent)) and not unnamed_self:
        other = next((k for k in top_orgs(doc, 3) if k not in found), None)
        if other is not None:
            found, rule = found + [other], rule + "+both_sides"
    return ([found] if found else []), rule


_COUNTED_PARTNERS = re.compile(
    r"^with (?:\w+ ){0,3}?(?:several|a number of|a few|many|\d+|two|three|four|five|six|"
    r"seven|eight|nine|ten)\b",
    re.I,
)


def _listed_next(m: Span, orgs: list[Span]) -> list[Span]:
    """Rule ``agreement.parties.listed_next``: "X signed a memorandum of cooperation with several
    international universities. Among them are A and B.": partners counted but not named in the sentence are
    the organisations the next sentence lists after "Among them" / "These include" (one document per partner).
    """
    doc, sent = m.doc, sent_of(m)
    with_tok = next((t for t in doc[m.end : sent.end] if t.lower_ == "with"), None)
    if (
        with_tok is None
        or not _COUNTED_PARTNERS.match(doc[with_tok.i : sent.end].text)
        or sent.end >= len(doc)
    ):
        return []
    nxt = sent_of(doc[sent.end])
    while nxt.end < len(doc) and not nxt.text.strip():
        nxt = sent_of(doc[nxt.end])
    if not MEMBERS.match(nxt.text.strip()) or _ents(doc, "AGREEMENT", nxt):
        return []
    candidates = party_orgs(nxt)
    return _chain(doc, candidates[0].start, candidates) if candidates else []


def _hosting_institution(sent: Span | None, found: list[str]) -> str | None:
    """Rule ``agreement.parties.host``: a one-party agreement whose sentence (or the sentence it draws its
    party from) names one institution "at" which it happens is signed with that institution ("DSTU intends to
    open an office at Bukhara State University. The agreement was signed by ...", "attend a meeting at the
    Belarusian State Polytechnic University and sign an agreement"); a venue that is no institution is not."""
    if sent is None:
        return None
    doc = sent.doc
    hosts = [
        o
        for o in _ents(doc, "ORG", sent)
        if o.kb_id_ not in found
        and o.start > sent.start + 1
        and doc[o.start - 1 - (doc[o.start - 1].lower_ == "the")].lower_ == "at"
        and any(w.lower() in OWN_NOUNS for w in o.kb_id_.split())
    ]
    return hosts[0].kb_id_ if len(hosts) == 1 else None
