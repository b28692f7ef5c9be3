"""Facts from a normalised Doc: who holds which role where, and who concluded which agreement."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extractor.facts.base import SPECIFIC, _ents, _keys, _signs
from extractor.facts.home import BOTH_SIDES, home_org
from extractor.facts.parties import _parties, replaces_guess
from extractor.facts.party_lists import STATE_DOCUMENTS, party_orgs
from extractor.facts.roles import role_facts
from extractor.facts.signatories import (
    _affiliations,
    _signatories,
    implicit_party,
    is_generic,
    parent_keys,
    signatory_parties,
    without_witnessing_ministries,
)
from extractor.facts.signing import _status, sign_date
from extractor.lang.tokens import doc_lower, doc_text, forget_doc, text_of
from extractor.models import AgreementFact, RoleFact


def _compatible(a: str, b: str) -> bool:
    """Two kinds that can name one document (the same kind, or agreement and a more specific one)."""
    return a == b or "agreement" in {a, b} and bool({a, b} & set(SPECIFIC))


def _merge_target(
    facts: list[AgreementFact], kind: str, parties: list[str], status: str, date: str | None = None
) -> AgreementFact | None:
    """An earlier fact this mention refers to: same parties (or a subset), same or compatible kind, same
    status (a planned agreement beside a signed one is another agreement), no other signing date (the
    agreement "signed in 2016" is not the one signed today)."""
    for f in facts:
        if (
            _compatible(f.kind, kind)
            and f.status == status
            and set(parties) <= set(f.parties)
            and not _other_year(f.date, date)
        ):
            return f
    return None


def _other_year(a: str | None, b: str | None) -> bool:
    """Two signing dates in different years, or on different days: two agreements ("the Agreement of Intent
    signed April 16 implements the Memorandum signed October 19, 2018")."""
    if not (a and b):
        return False
    if a[:4].isdigit() and b[:4].isdigit() and a[:4] != b[:4]:
        return True
    return len(a) == len(b) == 10 and a[5:] != b[5:]


def agreement_facts(doc: Doc, roles: list[RoleFact] | None = None) -> list[AgreementFact]:
    """One fact per concrete agreement; later references and "signed by" sentences enrich it."""
    sents = list(doc.sents)
    title = sents[0] if sents else None
    home = home_org(doc)
    known = {t.lower(): o.kb_id_ for o in _ents(doc, "ORG") for t in (o.text, o.kb_id_)}
    where = _affiliations(roles or [])
    facts: list[AgreementFact] = []
    pending: tuple[str, str, str | None] | None = None  # a signed document whose parties are not yet named
    waited = 0
    for sent in sents:
        mentions = _ents(doc, "AGREEMENT", sent)
        signers = _signatories(sent) if _signs(sent) else []
        if not mentions:
            signing_orgs = parent_keys(list(dict.fromkeys(_keys(party_orgs(sent)))), known) if signers else []
            waited += 1
            if pending is not None and len(signing_orgs) >= 2:
                # "Belarus and China have signed a joint declaration ... The document was signed by X, Rector
                # of A, and Y, Secretary of B": the signatories' organisations conclude it
                facts.append(
                    AgreementFact(
                        kind=pending[0],
                        status=pending[1],
                        parties=signing_orgs,
                        date=pending[2],
                        signatories=signers,
                        start=sent.start_char,
                        end=sent.end_char,
                        evidence=text_of(sent).strip(),
                        rule="agreement.fact.signed_by_later",
                        party_rule="agreement.parties.signers_sentence",
                    )
                )
            elif facts and signers:
                facts[-1].signatories = list(dict.fromkeys(facts[-1].signatories + signers))
            if signers or waited > 2:
                pending = None
            continue
        pending, waited = None, 0
        made_here: list[AgreementFact] = []  # the facts this sentence created
        for k, m in enumerate(mentions):
            if any(t.lower_ in STATE_DOCUMENTS for t in m):
                # "the China-Russia Treaty of Good-Neighbourliness": concluded by states, not organisations
                continue
            apart = k > 0 and coordinated_documents(mentions[k - 1], m)
            status = _status(m)
            kind = m.kb_id_ or "agreement"
            date = sign_date(m)
            if facts and _predicate_reference(m):
                continue  # "This is a strategic contract": the document just reported, by another name
            if _cut_off(sent):
                continue  # rule agreement.reject.cut_off: the page's excerpt ends inside this sentence
            party_lists, party_rule = _parties(m, title, home)
            by_signers = parent_keys([o for p in signers for o in where.get(p, [])[:1]], known)
            if (
                not party_lists
                and by_signers
                and status == "signed"
                and not is_generic(m)
                or party_rule.startswith("agreement.parties.previous_sentence")
                and len(by_signers) >= 2
            ):
                # no party in the sentence: its signatories' organisations beat the sentence before's names
                party_lists, party_rule = [by_signers], "agreement.parties.signatory_affiliation"
            elif len(party_lists) == 1 and party_rule.endswith(("+release_home", "+both_sides")):
                # the signatories tell who the other side is better than a guess (the release's own, the most
                # named)
                named = party_lists[0][:-1]
                extra = [o for o in by_signers if o not in named]
                if extra:
                    party_lists = [named + extra]
                    party_rule = party_rule.rsplit("+", 1)[0] + "+signatory_affiliation"
            if not party_lists and not is_generic(m) and status == "signed":
                pending = (kind, status, date)
            if not party_lists and facts and not is_generic(m):
                prev = facts[-1]
                definite = m.start > 0 and doc[m.start - 1].lower_ in {"the", "this", "that", "said"}
                plural = doc[m.end - 1].lower_.endswith("s") and doc[m.end - 1].lower_ != (m.kb_id_ or "")
                if (
                    definite
                    and not plural
                    and prev.status == status
                    and (prev.kind == kind or "agreement" in {prev.kind, kind})
                ):
                    prev.signatories = list(dict.fromkeys(prev.signatories + signers))
                    prev.date = prev.date or date
                elif BOTH_SIDES.search(text_of(sent)) and _other_year(prev.date, date):
                    # "the two schools signed a cooperation agreement in 2016": the same parties, an earlier
                    # deal
                    facts.append(
                        AgreementFact(
                            kind=kind,
                            status=status,
                            parties=list(prev.parties),
                            date=date,
                            signatories=signers,
                            start=sent.start_char,
                            end=sent.end_char,
                            evidence=text_of(sent).strip(),
                            rule="agreement.fact.earlier_deal",
                            party_rule="agreement.parties.previous_fact",
                        )
                    )
                continue
            definite = m.start > 0 and doc[m.start - 1].lower_ in {"the", "this", "that", "said"}
            for parties in party_lists:
                named = len(parties)
                parties = parent_keys(parties, known)
                if len(kept := without_witnessing_ministries(parties, doc)) < len(parties):
                    parties, party_rule = kept, party_rule + "+ministry_witness"
                if (
                    len(parties) == 1 < named
                    and home is not None
                    and home not in parties
                    and implicit_party(doc, home)
                ):
                    parties, party_rule = parties + [home], party_rule + "+release_home"
                same = _merge_target(
                    [f for f in facts if not apart or f not in made_here], kind, parties, status, date
                )
                fresh = any(
                    t.lower_ in ("new", "another", "additional", "updated")
                    for t in doc[max(sent.start, m.start - 4) : m.start]
                )  # "a new version of the ..."
                if same is None and definite and not fresh and (not _signs(sent) or status == "planned"):
                    # "Under the Memorandum the parties have agreed to ...", "the preparations for signing the
                    # memorandum": the agreement already reported
                    same = next(
                        (
                            f
                            for f in reversed(facts)
                            if _compatible(f.kind, kind)
                            and set(parties) <= set(f.parties)
                            and not _other_year(f.date, date)
                        ),
                        None,
                    )
                    if same is None and len(m) == 1 and not _signs(sent):
                        # "The agreement provides training of students of A at B": the one just reported
                        same = next(
                            (
                                f
                                for f in reversed(facts)
                                if _compatible(f.kind, kind)
                                and len(f.parties) >= 2
                                and not _other_year(f.date, date)
                            ),
                            None,
                        )
                    if same is not None:
                        same.date = same.date or date
                        continue
                named_partner = party_rule.startswith(
                    ("agreement.parties.with_partners", "agreement.parties.between")
                )
                if (
                    same is None
                    and definite
                    and len(party_lists) == 1
                    and facts
                    and facts[-1].status == status
                    and not _other_year(facts[-1].date, date)
                    and (
                        set(facts[-1].parties) & set(parties)
                        and not (named_partner and not set(parties) <= set(facts[-1].parties))
                        or len(parties) < 2
                        or replaces_guess(facts[-1].party_rule, party_rule, parties)
                    )
                    and _compatible(facts[-1].kind, kind)
                ):
                    same = facts[-1]  # "The contract was signed by ...": the agreement just reported
                    if len(same.parties) < 2:
                        same.parties = list(dict.fromkeys(same.parties + parties))
                    elif replaces_guess(same.party_rule, party_rule, parties):
                        # rule agreement.parties.named_later: "the agreement was formalised ... between the
                        # two universities. A and his counterpart at B signed the MoU": the names beat the
                        # guess
                        same.parties, same.party_rule = parties, party_rule + "+named_later"
                if same is None:
                    facts.append(
                        AgreementFact(
                            kind=kind,
                            status=status,
                            parties=parties,
                            date=date,
                            signatories=signers,
                            start=sent.start_char,
                            end=sent.end_char,
                            evidence=text_of(sent).strip(),
                            rule="agreement.fact.mention",
                            party_rule=party_rule,
                        )
                    )
                    made_here.append(facts[-1])
                    continue
                if same.kind == "agreement" and kind in SPECIFIC:
                    same.kind = kind
                same.signatories = list(dict.fromkeys(same.signatories + signers))
                same.date = same.date or date
    signatory_parties(facts, roles or [], known)
    return _split_counted(_absorb_subsets(facts), doc)


_COORDINATION = frozenset({"and", "a", "an", ",", "as", "well", "also"})


def _cut_off(sent: Span) -> bool:
    """The text ends inside this sentence, before its verb: "Then a cooperation agreement" (an excerpt cut off
    mid-sentence states nothing)."""
    doc = sent.doc
    more = next(
        (i for i in range(sent.end, len(doc)) if not doc[i].is_space), None
    )  # stops at the first word
    if more is not None or any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in sent):
        return False
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is not None and last.text not in (".", "!", "?", '"', "”", "»", ")")


def _predicate_reference(m: Span) -> bool:
    """Rule ``agreement.merge.predicate_reference``: "This is a strategic contract": a document named as what
    "this" / "it" is, refers to the one just reported (a definite reference, not a new document)."""
    root = m.root
    if root.dep_ != "attr":
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in ("this", "it", "that", "which") for c in root.head.children)


def coordinated_documents(first: Span, second: Span) -> bool:
    """Rule ``agreement.split.coordinated``: two document mentions joined by "and" in one sentence are two
    documents ("A Memorandum of cooperation and an Agreement on academic exchange were signed", "a framework
    agreement and a letter of intent"), never merged into one fact."""
    doc = first.doc
    gap = [t.lower_ for t in doc[first.end : second.start]]
    return "and" in gap and len(gap) <= 3 and all(w in _COORDINATION for w in gap)


_COUNTED = re.compile(
    r"\bwith (?:two|three|four|five|several|\d+) (?:\w+ )?(?:universities|institutions|"
    r"organi[sz]ations|partners|companies|centers|centres)\b",
    re.I,
)


# The same for lower-cased text, opening with a literal (the regex engine then skips ahead to each "with").
_COUNTED_LOWER = re.compile(r"with(?<!\wwith)" + _COUNTED.pattern[len(r"\bwith") :])


def _split_counted(facts: list[AgreementFact], doc: Doc) -> list[AgreementFact]:
    """ "KazNU signed memorandums with two universities ... KazNU together with A and B": one agreement per
    partner when the text counts the partners, the first party being the one that signs with each."""
    low = doc_lower(doc)
    if not (_COUNTED.search(doc_text(doc)) if low is None else _COUNTED_LOWER.search(low)):
        return facts
    out: list[AgreementFact] = []
    for f in facts:
        if len(f.parties) < 3:
            out.append(f)
            continue
        for partner in f.parties[1:]:
            out.append(f.model_copy(update={"parties": [f.parties[0], partner]}))
    return out


def _absorb_subsets(facts: list[AgreementFact]) -> list[AgreementFact]:
    """A fact whose parties are a strict subset of another compatible fact's is the same agreement."""
    out: list[AgreementFact] = []
    for f in facts:
        bigger = next(
            (
                g
                for g in facts
                if g is not f
                and set(f.parties) < set(g.parties)
                and not _other_year(f.date, g.date)
                and (g.kind == f.kind or "agreement" in {g.kind, f.kind} and {g.kind, f.kind} & set(SPECIFIC))
            ),
            None,
        )
        if bigger is None:
            out.append(f)
            continue
        bigger.signatories = list(dict.fromkeys(bigger.signatories + f.signatories))
        bigger.date = bigger.date or f.date
        if bigger.kind == "agreement" and f.kind in SPECIFIC:
            bigger.kind = f.kind
    return out


def extract_facts(doc: Doc) -> list[RoleFact | AgreementFact]:
    """All facts of a document."""
    try:
        roles = role_facts(doc)
        return [*roles, *agreement_facts(doc, roles)]
    finally:
        forget_doc(doc)
