"""Helpers of the party rules: guessed parties, documents of states, partners listed next, a hosting
institution, a group listed after "between A and", pairs after "between", the signing verb's "by", signers
listed together."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from extractor.facts.affiliation import delegation_before
from extractor.facts.base import FINITE_TAGS, OWN_NOUNS, SIGNED_FORMS, _ents, _keys, _signs, doc_ents
from extractor.facts.party_context import Parties, PartyContext
from extractor.facts.party_filter import party_orgs
from extractor.facts.party_lists import _chain, coordinated_run, named_after_count
from extractor.facts.signatories import is_generic
from extractor.facts.signing_dates import MEMBERS
from extractor.lang.lexicons import words
from extractor.lang.rules import rule
from extractor.lang.sentences import sent_of
from extractor.lang.tokens import POSSESSIVE, column, model_ents, text_of

_GUESSES = ("both_sides", "release_home", "previous_sentence")


def _guessed(party_rule: str | None) -> bool:
    """The parties were guessed (the most named organisations, the release's own, the sentence before's)."""
    return any(g in (party_rule or "") for g in _GUESSES)


@rule("agreement.reject.one_guessed_party")
def one_guessed_party(parties: list[str], party_rule: str) -> bool:
    """Rule ``agreement.reject.one_guessed_party``: a document left with one party after the completions that
    look for a second one (the headline's, the release's own) is no fact: the guess failed; one named in
    its own sentence, in the sentence before ("X took part in the Forum. In the course of the Forum the
    Agreement ... was signed"), or beside "our university" (the release's own, unnamed), is."""
    return len(parties) == 1 and any(c in party_rule for c in ("+headline", "+release_home"))


@rule("agreement.reject.one_unsigned_guess")
def one_unsigned_guess(parties: list[str], party_rule: str, sent: Span) -> bool:
    """Rule ``agreement.reject.one_unsigned_guess``: one party taken from the sentence before for a mention
    whose own sentence reports no signing ("Under the agreement, X will open faculties", "within the
    framework of the cooperation agreement"), or one partner after "with" and no one who signs with it ("A
    memorandum was signed with X"): no fact, the mention refers to a document, or its signer is unknown."""
    if len(parties) != 1:
        return False
    return party_rule == "agreement.parties.with_partners" or (
        party_rule == "agreement.parties.previous_sentence" and not _signs(sent)
    )


def replaces_guess(earlier_rule: str | None, rule: str, parties: list[str]) -> bool:
    """Two or more parties named for a document whose parties were guessed before."""
    return _guessed(earlier_rule) and not _guessed(rule) and len(parties) >= 2


_STATE_PREFIX = re.compile(r"^(?:the )?(?:(?:republic|federation|kingdom|state) of )?")


def _between_states(doc: Doc, i: int) -> bool:
    """Rule ``agreement.reject.between_states``: "the Agreement between the Republic of Kazakhstan and the
    Republic of Belarus on ...": a document of two states (two places joined by "and") has no organisation
    party, unless organisations sign it before the mention."""
    places = words("places")
    first, sep, rest = text_of(doc[i : min(len(doc), i + 16)]).lower().partition(" and ")
    first, rest = _STATE_PREFIX.sub("", first), _STATE_PREFIX.sub("", rest)
    if bool(sep) and first in places and any(rest == p or rest.startswith(p + " ") for p in places):
        return True
    return _model_places(doc, i)


def _model_places(doc: Doc, i: int) -> bool:
    """ "the cooperation agreement was signed between Volgograd and Qujing": two names joined by "and" that
    are places of the model or capitalised words no organisation or person holds (cities it misreads)."""
    taken = {t.i for e in doc_ents(doc) if e.label_ in ("ORG", "PERSON") for t in e}
    one = _place_at(doc, i, taken)
    joined = one is not None and one + 1 < len(doc) and doc[one].lower_ == "and"
    return joined and _place_at(doc, one + 1, taken) is not None


def _place_at(doc: Doc, i: int, taken: set[int]) -> int | None:
    """The end of a place name at token ``i`` (see :func:`_model_places`; ``taken``: tokens of organisations
    and people), else None."""
    gpe = next((e for e in model_ents(doc) if e.start == i and e.label_ in ("GPE", "LOC")), None)
    j = gpe.end if gpe is not None else i
    while gpe is None and j < min(len(doc), i + 2) and doc[j].is_title and doc[j].is_alpha and j not in taken:
        j += 1
    after = doc[j : j + 3]  # "Shanghai's prestigious Fudan University": the place of an organisation
    if j == i or any(t.is_title or t.text in POSSESSIVE or t.i in taken for t in after[:1]):
        return None
    return None if any(t.i in taken for t in after) else j


_COUNTED_PARTNERS = re.compile(
    r"^with (?:(?:\w+ ){0,3}?(?:several|a number of|a few|many|\d+|two|three|four|five|six|"
    r"seven|eight|nine|ten)\b|(?:each of |all of )?them\b)",
    re.I,
)


def _listed_next(m: Span, orgs: list[Span]) -> list[Span]:
    """Rule ``agreement.parties.listed_next``: "X signed a memorandum of cooperation with several
    international universities. Among them are A and B.", "... visited five universities and signed a
    Memorandum with them. The five universities are: A, B, ...": partners counted but not named in the
    sentence are the organisations the next sentence lists after "Among them" / "These include" / "The five
    universities are" (one document per partner)."""
    doc, sent = m.doc, sent_of(m)
    with_tok = next((t for t in doc[m.end : sent.end] if t.lower_ == "with"), None)
    if (
        with_tok is None
        or not _COUNTED_PARTNERS.match(text_of(doc[with_tok.i : sent.end]))
        or (nxt := _members_sentence(sent)) is None
    ):
        return []
    reach = min(len(doc), nxt.start + 120)
    line_end = next((t.i for t in doc[nxt.start : reach] if "\n" in t.whitespace_), reach - 1)
    candidates = party_orgs(doc[nxt.start : max(nxt.end, line_end + 1)])  # the list may run past a ":"
    return _chain(doc, candidates[0].start, candidates) if candidates else []


def each_apart(partners: list[Span]) -> bool:
    """ "respectively" or "separately" right after the list of partners: one document with each."""
    doc, end = partners[-1].doc, max(p.end for p in partners)
    after = [t for t in doc[end : min(len(doc), end + 3)] if not t.is_punct]
    return bool(after) and after[0].lower_ in ("respectively", "separately")


_COUNTED_SUBJECT = re.compile(
    r"^\W*(?:the )?(?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:[\w'’-]+ ){0,2}?"
    r"(?:universities|institutions|organi[sz]ations|parties|partners|academies|institutes|colleges)\b",
    re.I,
)


def counted_group(m: Span) -> list[Span]:
    """Rule ``agreement.parties.counted_group``: "Three universities from China, Mexico and Brazil signed a
    partnership agreement. They are A, B and C.": a counted group opens the sentence as the signers, and the
    next sentence names its members: one document, its parties the organisations listed."""
    doc, sent = m.doc, sent_of(m)
    if not _COUNTED_SUBJECT.match(text_of(doc[sent.start : m.start])):
        return []
    nxt = _members_sentence(sent)
    return party_orgs(nxt) if nxt is not None else []  # "They are A (ACR) in X, B and C"


def _members_sentence(sent: Span) -> Span | None:
    """The next sentence with words in it when it lists members ("Among them", "They are", "The five
    universities are": ``MEMBERS``) and names no document of its own."""
    doc = sent.doc
    if sent.end >= len(doc):
        return None
    nxt = sent_of(doc[sent.end])
    while nxt.end < len(doc) and not nxt.text.strip():
        nxt = sent_of(doc[nxt.end])
    return nxt if MEMBERS.match(nxt.text.strip()) and not _ents(doc, "AGREEMENT", nxt) else None


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


def between_chain(doc: Doc, start: int, orgs: list[Span]) -> tuple[list[Span], bool]:
    """The organisations after "between" and whether the second side is a group listed after it: "between
    the NTU KhPI and the Chinese institutions of higher education, in particular Nanjing Aviation University
    and the Jiamusi University" (read by rule ``agreement.parties.between_distributive``)."""
    chain = _chain(doc, start, orgs)
    j = chain[0].end if len(chain) == 1 else len(doc)
    while j < len(doc) and j < chain[0].end + 4 and doc[j].lower_ != "and" and _quoted_rest(doc, j):
        j += 1  # past the quoted name: "the NTU “KhPI” and ..."
    if j >= len(doc) or doc[j].lower_ != "and":
        return chain, False
    after = named_after_count(doc, j + 1, sent_of(chain[0]).end, orgs)
    listed = [o for o in after if o not in chain]
    return (chain + listed, True) if listed else (chain, False)


def _quoted_rest(doc: Doc, j: int) -> bool:
    """A quote mark, or a word right after an opening one."""
    return doc[j].is_quote or j > 0 and doc[j - 1].is_quote and doc[j].text[:1].isupper()


def signing_agent(sent: Span) -> Token | None:
    """The "by" of a signing verb in the sentence ("was signed on May 29 by A, B and C")."""
    doc, lower = sent.doc, column(sent.doc, "lower")
    found = (doc[i] for i in range(sent.start, sent.end) if lower[i] == "by")
    return next((t for t in found if t.dep_ == "agent" and t.head.lower_ in SIGNED_FORMS), None)


def listed_pairs(doc: Doc, chain: list[Span]) -> list[list[Span]] | None:
    """Rule ``agreement.parties.between_pairs``: "between A and B, C and D, and E and F" (three pairs or more,
    or two set apart by ", and"): two sides per document, the pairs joined by "and" and set apart by commas;
    None when the list is not made of pairs."""
    if len(chain) < 4 or len(chain) % 2:
        return None
    gaps = [{t.lower_ for t in doc[a.end : b.start]} for a, b in zip(chain, chain[1:])]
    inner, outer = gaps[0::2], gaps[1::2]
    if not (all("and" in g and "," not in g for g in inner) and all("," in g or ";" in g for g in outer)):
        return None
    if len(chain) == 4 and "and" not in outer[0]:
        return None  # "between A and B, C and D": A with a list of three, as often as two pairs
    return [chain[i : i + 2] for i in range(0, len(chain), 2)]


@rule("agreement.parties.with_partners+visiting_delegation")
def own_partner(c: PartyContext, partner_keys: list[str]) -> Parties | None:
    """Rule ``agreement.parties.with_partners+visiting_delegation``: an organisation is no partner of itself
    ("a delegation from Atyrau University visited UMZ. On Wednesday, they met the president of UMZ, ... to
    begin collaboration with UMZ by signing a memorandum"): the visiting delegation's organisation signs with
    the partner; else the release's own does (None: no subject) or, when it is the partner, the partner is
    alone (``agreement.reject.one_unsigned_guess``)."""
    guest = delegation_before(c.m, _ents(c.m.doc, "ORG"))
    if guest is not None and guest.kb_id_ not in partner_keys:
        return [[guest.kb_id_, *partner_keys]], "agreement.parties.with_partners+visiting_delegation"
    return (
        None
        if c.home is not None and c.home not in partner_keys
        else ([partner_keys], "agreement.parties.with_partners")
    )


def with_signers(
    c: PartyContext, subject: Span | None, subject_key: str, partner_keys: list[str]
) -> tuple[list[list[str]], str]:
    """The signers listed with the subject ("A, B and C signed ... with X"): one plural document per signer
    (rule ``agreement.parties.signers_distributive``), else one document of all of them and the partners."""
    run = _keys(coordinated_run(c.m.doc, c.orgs, subject)) if subject is not None else []
    if len(set(run)) > 1 and is_generic(c.m):
        return [
            list(dict.fromkeys([k, *partner_keys])) for k in run
        ], "agreement.parties.signers_distributive"
    subjects = run if len(set(run)) > 1 else [subject_key]
    return [list(dict.fromkeys([*subjects, *partner_keys]))], "agreement.parties.with_partners"


@rule("agreement.parties.fronted_phrase")
def fronted_subjects(m: Span) -> list[str]:
    """Rule ``agreement.parties.fronted_phrase``: "Under the cooperation agreement, VNU and MSU agreed to
    ...": a document named in the prepositional phrase that opens the sentence is the main clause's subjects'
    (the organisations between the phrase's comma and the next one), when no verb and no comma stand before
    it ("According to the press release, a memorandum signed ..." opens with another phrase)."""
    doc, sent = m.doc, sent_of(m)
    comma = next((t.i for t in doc[m.end : sent.end] if t.text == ","), None)
    opening = doc[sent.start : m.start]
    if comma is None or not len(opening) or opening[0].tag_ != "IN":
        return []  # no opening prepositional phrase ("Under the agreement, ...") holds the document
    if any(t.tag_ in FINITE_TAGS or t.text == "," for t in opening):
        return []
    end = next((t.i for t in doc[comma + 1 : sent.end] if t.text in {",", ";"}), sent.end)
    subjects = _keys(o for o in party_orgs(sent) if comma < o.start and o.end <= end)
    return list(dict.fromkeys(subjects)) if len(set(subjects)) >= 2 else []


_INCLUDED = re.compile(
    r"\b(?:partners|institutions|universities|organi[sz]ations|parties)\b[^.;:]{0,40}?\bsign\w*\b[^.;:]{0,20}?"
    r"\binclude[sd]?\b:?",
    re.I,
)


@rule("agreement.parties.listed_later")
def included_later(m: Span) -> list[Span]:
    """Rule ``agreement.parties.listed_later``: "KAUST joined forces with ... institutes in Shenzhen to sign
    strategic agreements ... China partners involved in the signings include A; B; C": a plural document whose
    sentence names no organisation after it takes the partners that one of the next four sentences lists
    after "partners ... signing ... include" (one document each; "Other foreign universities included A, B":
    no signing named, no partners)."""
    doc, sent = m.doc, sent_of(m)
    if not is_generic(m) or any(o.start >= m.end for o in _ents(doc, "ORG", sent)):
        return []
    cur = sent
    for _ in range(4):
        if cur.end >= len(doc):
            return []
        cur = sent_of(doc[cur.end])
        found = _INCLUDED.search(text_of(cur))
        if found:
            cands = [o for o in party_orgs(cur) if o.start_char >= cur.start_char + found.end()]
            return _chain(doc, cands[0].start, cands) if len(cands) >= 2 else []
    return []
