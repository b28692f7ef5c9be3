"""The facts stage's entry point: role facts, then agreement facts read mention by mention."""

from __future__ import annotations

from spacy.tokens import Doc

from extractor.facts.agreement_merge import compatible, other_year
from extractor.facts.agreement_reader import AgreementReader
from extractor.facts.base import SPECIFIC, _ents
from extractor.facts.counted_documents import split_counted
from extractor.facts.home import top_orgs
from extractor.facts.roles import role_facts
from extractor.facts.signatories import signatory_parties
from extractor.lang.rules import rule
from extractor.lang.tokens import forget_doc
from extractor.models import AgreementFact, RoleFact


def agreement_facts(doc: Doc, roles: list[RoleFact] | None = None) -> list[AgreementFact]:
    """One fact per concrete agreement; later references and "signed by" sentences enrich it."""
    reader = AgreementReader(doc, roles or [])
    facts = reader.read()
    signatory_parties(facts, roles or [], reader.known)
    return main_partner(split_counted(absorb_subsets(facts), doc), doc)


def extract_facts(doc: Doc) -> list[RoleFact | AgreementFact]:
    """All facts of a document."""
    try:
        roles = role_facts(doc)
        return [*roles, *agreement_facts(doc, roles)]
    finally:
        forget_doc(doc)


def absorb_subsets(facts: list[AgreementFact]) -> list[AgreementFact]:
    """A fact whose parties are a strict subset of another compatible fact's is the same agreement (one of
    the same status and kind first); it gives that fact its specific kind, unless rule
    ``agreement.merge.listed_documents`` keeps it a document of its own."""
    out: list[AgreementFact] = []
    for f in facts:
        if f.rule == "agreement.split.also_signed":
            out.append(f)  # "An MoU between A and B was also signed": another document of some of its parties
            continue
        bigger = [
            g
            for g in facts
            if g is not f
            and set(f.parties) < set(g.parties)
            and not other_year(f.date, g.date)
            and compatible(g.kind, f.kind)
        ]
        bigger.sort(key=lambda g: (g.status != f.status, g.kind != f.kind))  # stable: text order within ties
        target = bigger[0] if bigger else None
        if target is None or target.kind != f.kind and _listed_documents(f, target, facts):
            out.append(f)
            continue
        target.signatories = list(dict.fromkeys(target.signatories + f.signatories))
        target.date = target.date or f.date
        if target.kind == "agreement" and f.kind in SPECIFIC:
            target.kind = f.kind
    return out


def _listed_documents(f: AgreementFact, g: AgreementFact, facts: list[AgreementFact]) -> bool:
    """Rule ``agreement.merge.listed_documents``: the partners of ``g`` signed several documents of other
    kinds ("has signed three official documents, including Cooperation Agreement, Protocol on ... and
    Protocol on ..."), so the headline's "Signing MOU" of one of them is one more of their documents, with
    their parties, not another name of the agreement."""
    if len(f.parties) > 1 or not any(
        set(h.parties) == set(g.parties) and h.kind not in (g.kind, f.kind) for h in facts
    ):
        return False
    f.parties = list(g.parties)
    f.party_rule = f"{f.party_rule}+listed_documents"
    return True


@rule("agreement.parties.main_partner")
def main_partner(facts: list[AgreementFact], doc: Doc) -> list[AgreementFact]:
    """Rule ``agreement.parties.main_partner``: a signed agreement whose one named party is the organisation
    the release names most takes the release's next most named organisation, named twice at least, as the
    other party ("Under the agreement, Kastamonu University will open faculties at Talas University": the
    release is about the two); never a pair already read as another fact of that kind."""
    top = top_orgs(doc, 2)
    if len(top) < 2 or sum(o.kb_id_ == top[1] for o in _ents(doc, "ORG")) < 2:
        return facts
    pairs, both = {(f.kind, frozenset(f.parties)) for f in facts}, frozenset(top)
    for f in facts:
        if f.status == "signed" and f.parties == [top[0]] and (f.kind, both) not in pairs:
            f.parties, f.party_rule = list(top), f"{f.party_rule}+main_partner"
            pairs.add((f.kind, both))
    return facts
