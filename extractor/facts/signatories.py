"""The parties the signatories' affiliations name, units and their parents, and what one mention names (a
plural, a bracketed short form of the mention before it); who signed is read in ``facts/signers.py``."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from extractor.facts.base import PLURAL_KINDS, SIGN_FORMS, _keys, _signs, head_noun, is_media
from extractor.find.role_words import PLACE_WORDS, place_word
from extractor.lang.lexicons import lexicon, words, words_of
from extractor.lang.rules import rule
from extractor.lang.sentences import sent_of
from extractor.models import AgreementFact, RoleFact
from extractor.normalise.org_parents import parent_in_name


def is_generic(mention: Span) -> bool:
    """Plural or quantified references ("sign cooperation agreements") name no single agreement."""
    last = mention[-1]
    return last.tag_ in ("NNS", "NNPS") or any(t.lower_.endswith(PLURAL_KINDS) for t in mention)


@rule("agreement.merge.bracketed_short_form")
def short_form(before: Span, m: Span) -> bool:
    """Rule ``agreement.merge.bracketed_short_form``: a singular short form in brackets right after a mention
    is that mention ("the Memorandum of Understanding (MOU) between the two institutions, aimed at exploring
    future ...": no second, planned document), also after a plural one ("Memoranda of Understanding (MoU)
    were signed with A, B and C": not one more document of all the partners), and after the document's whole
    name ("signed the Memorandum of Understanding on X between A and B ("MOU")": the same kind)."""
    doc = m.doc
    s, e = m.start - 1, m.end
    if s < 0 or e >= len(doc):
        return False
    while s > 0 and doc[s].is_quote:
        s -= 1
    while e < len(doc) - 1 and doc[e].is_quote:
        e += 1
    if doc[s].text != "(" or doc[e].text != ")" or is_generic(m):
        return False
    return s == before.end or (
        m.kb_id_ == before.kb_id_ and not any(t.text == "." for t in doc[before.end : s])
    )


def _listed_signers(m: Span, orgs: list[Span], home: str | None) -> list[list[str]]:
    """Rule ``agreement.parties.listed_signers``: "Turbat University Vice Chancellor X and heads of A, B, C
    and D signed the memorandums" ("A, B and C will sign agreements"): a plural document that the sentence
    says were signed, by three or more named organisations, is one document per partner of the first (or the
    release's own) organisation."""
    if not _signs(sent_of(m)) or m.start == 0:
        return []
    before = m.doc[m.start - 1]
    if before.lower_ not in ("the", "these", "those") and not (
        before.lower_ in SIGN_FORMS and before.lower_ != "signed"
    ):
        return []  # "A, B and C will sign cooperation agreements" is the verb's object too
    keys = _keys([o for o in orgs if o.end <= m.start])
    if len(keys) < 3:
        return []
    common = home if home in keys else keys[0]
    return [[common, k] for k in keys if k != common]


def parent_keys(parties: list[str], known: dict[str, str]) -> list[str]:
    """Rule ``agreement.party.unit_to_parent``: a unit of a party ("Education Export Department of NSU",
    "College of International Cultural Exchange of Hebei Normal University") stands for its parent when the
    document names the parent; an office, department, school or faculty with no parent named is no party
    beside an institution (the office arranged the signing, the institution concluded it); a branch or an
    institute signs for itself ("the Krasnodar Regional Branch of the Russian Geographical Society", "the
    Steklov Mathematical Institute of the Russian Academy of Sciences"), and its parent is then no party of
    its own ("the Institute of Archaeology, Chinese Academy of Social Sciences and the University of
    Aberdeen signed": two parties). ``known`` maps each ORG
    mention's text and key, lower-cased, to its key."""
    out = []
    for p in parties:
        branch = head_noun(p) in ("branch", "institute")
        parent = None if branch else next((known[t.lower()] for t in _tails(p) if t.lower() in known), None)
        if parent is not None and not _names_a_body(parent):
            parent = None  # "Beijing University of Chemical Technology": a field, not a parent
        parent = parent or (organ_institution(p, known) if party_organ(p) else None)
        out.append(parent if parent and parent != p else _named_within(p, parties) or p)
    out = list(dict.fromkeys(out))
    out = [p for p in out if not any(head_noun(q) in ("branch", "institute") and p in _tails(q) for q in out)]
    whole = [
        p
        for p in out
        if not _is_unit(p)
        and not (party_organ(p) and not _tails(p))  # "the Party Committee": no organisation named
        and not field_unit(p)  # a unit named with its institution is that institution's side
    ]
    return whole if whole and len(whole) < len(out) else out


@rule("agreement.party.party_organ")
def party_organ(key: str) -> bool:
    """Rule ``agreement.party.party_organ``: a political party's organ inside an organisation ("Party
    Committee of Taizhou University", "CPC TU Committee", ``patterns/party_organs.jsonl``) signs for that
    organisation (``organ_institution``), never for itself; one that names no organisation ("the Party
    Committee") is no party beside others, and its member's other title names the side he signs for
    (``_affiliations``)."""
    low = key.lower()
    return any(w in low for w in words_of("party_organs", "organ_words")) or (
        low.split(" ", 1)[0] in words_of("party_organs", "organ_opening")
        and low.endswith(" committee")
        and " central " not in low
    )


def organ_institution(key: str, known: dict[str, str]) -> str | None:
    """The organisation a party organ belongs to, as the document keys it: the name after its "of" ("Party
    Committee of X") or between its opening and "Committee" ("CPC TU Committee": TU), when the document
    names it (a party is an ORG key)."""
    for name in (*_tails(key), _organ_inner(key)):
        if name and name.lower() in known and not party_organ(known[name.lower()]):
            return known[name.lower()]
    return None


def _organ_inner(key: str) -> str:
    """The words between an organ's opening (``organ_opening``: "CPC") and its last word ("CPC TU Committee":
    "TU"), or ""."""
    parts = key.split(" ")
    opens = len(parts) > 2 and parts[0].lower() in words_of("party_organs", "organ_opening")
    return " ".join(parts[1:-1]) if opens else ""


def field_unit(key: str) -> bool:
    """A unit named by its field with no body named ("Department of International Development"), not a
    place's department ("Department of Human Resources and Social Security of Foshan City")."""
    return bool(_UNIT_FIRST.match(key)) and not _of_a_place(key) and not any(map(_names_a_body, _tails(key)))


def _of_a_place(key: str) -> bool:
    """The name ends in a place: "... of Guangdong Province", "... of the Republic of Uzbekistan"."""
    last = _tails(key)[-1:] or [""]
    tail = last[0].split()
    return bool(tail) and (tail[-1].lower() in PLACE_WORDS or all(place_word(w, w.lower()) for w in tail))


def _named_within(key: str, parties: list[str]) -> str | None:
    """Another party whose name opens this one, or its " of " part: "Punjab University Regional Integration
    Centre" and "Punjab University", "Gendan Institute of the Beijing University of Technology of China" and
    "Beijing University of Technology" are one side (the shorter name)."""
    low = key.lower()
    starts = [low, *(t.lower() for t in _tails(key))]
    return next(
        (
            q
            for q in parties
            if q != key and len(q) < len(key) and any(s.startswith(q.lower() + " ") for s in starts)
        ),
        None,
    )


def _names_a_body(key: str) -> bool:
    """A parent's key names a body: an organisation head noun ("Academy", "University") or an acronym."""
    heads = _body_heads()
    return any(w.lower() in heads or w.isupper() and len(w) > 1 for w in key.split())


@cache
def _body_heads() -> frozenset[str]:
    """The head nouns of organisations and of their units, read once."""
    return words("org_heads") | frozenset(lexicon("unit_heads"))


# "College of International Cultural Exchange", "Graduate School of Economics": a unit named by its field
_UNIT_FIRST = re.compile(r"^(?:College|School|Faculty|Department|Office|Division|Directorate)\s+(?:of|for)\s")


def _tails(key: str) -> list[str]:
    """What follows each " of " / " at " of a name, longest first ("A of the B of C" -> "B of C", "C")."""
    return [key[m.end() :] for m in re.finditer(r"\s(?:of|at)\s+(?:the\s+)?", key)]


def institution_of(key: str) -> str | None:
    """The institution a key stands for among "the two universities": a unit named with its parent is the
    parent ("Monitoring and Forecasting Center of X" -> X); a unit with no parent named is none."""
    if lexicon("unit_heads").get(head_noun(key)) is None:
        return key
    return parent_in_name(key) or (None if _is_unit(key) else key)


def _is_unit(key: str) -> bool:
    """An office, department or division by its head noun (``patterns/unit_heads.jsonl``, category
    ``office_head``), with no parent in its name, and not a state's own body named after its country or as
    national ("China Meteorological Administration", "National Space Administration")."""
    first = key.split(" ", 1)[0].lower()
    national = first in words("places") or first in ("national", "state", "federal")
    return lexicon("unit_heads").get(head_noun(key)) == "office_head" and not _tails(key) and not national


def _affiliations(roles: list[RoleFact]) -> dict[str, list[str]]:
    """Each person's organisations from the role facts, in text order, a party organ last (a member of "the
    Party Committee and General Manager of X" signs for X: rule ``agreement.party.party_organ``)."""
    where: dict[str, list[str]] = {}
    for r in roles:
        if r.org is not None:
            where.setdefault(r.person, []).append(r.org)
    return {p: sorted(orgs, key=party_organ) for p, orgs in where.items()}


def signatory_parties(facts: list[AgreementFact], roles: list[RoleFact], known: dict[str, str]) -> None:
    """Rule ``agreement.parties.signatory_affiliation``: a document with fewer than two parties named (or with
    the release's organisation as a guessed second) takes the organisations its signatories hold their titles
    at ("The agreement was signed by Rector of A X and Y, Dean of B")."""
    where = _affiliations(roles)
    for f in facts:
        guessed = (f.party_rule or "").endswith("+release_home")  # the last party is the release's, a guess
        if len(f.parties) >= 2 and not guessed or not f.signatories:
            continue
        orgs = parent_keys([o for p in f.signatories for o in where.get(p, [])[:1]], known)
        named = f.parties[:-1] if guessed else f.parties
        extra = [o for o in orgs if o not in named]
        if extra and (not guessed or len(named) + len(extra) >= 2):
            f.parties = list(dict.fromkeys(named + extra))
            f.party_rule = (f.party_rule or "").removesuffix("+release_home") + "+signatory_affiliation"


GOVERNMENT_TYPES = frozenset({"ministry", "government"})


OFFICIAL_BODIES = frozenset({"embassy", "consulate", "ministry", "government", "administration"})


def implicit_party(doc: Doc, key: str) -> bool:
    """Rule ``agreement.party.implicit_home``: the release's organisation completes a one-party agreement only
    when it is an institution that signs for itself, not a news outlet ("Iran Press") or an official body that
    published a visit ("Embassy of Mongolia", "Ministry of Education"): those are parties only where named."""
    words_of = {w.lower() for w in re.findall(r"[^\W\d_]+", key)}
    return (
        not is_media(doc, key)
        and (doc._.org_types or {}).get(key) not in GOVERNMENT_TYPES
        and not words_of & OFFICIAL_BODIES
    )


def signed_them_all(facts: list[AgreementFact], signers: list[str], party_lists: list[list[str]]) -> bool:
    """Rule ``agreement.merge.signed_them_all``: "IMNU signed cooperation agreements with A, B and C. IMNU's
    President X and vice presidents Y and Z signed on the agreements": the people who sign "the agreements"
    sign each document the sentence before reported (no new party named); True when they were added."""
    last = [f for f in facts if f.start == facts[-1].start] if facts else []
    known = {p for f in last for p in f.parties}
    if not signers or len(last) < 2 or any(p not in known for pl in party_lists for p in pl):
        return False
    for f in last:
        f.signatories = list(dict.fromkeys(f.signatories + signers))
    return True
