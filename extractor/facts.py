"""Facts from a normalised Doc: who holds which role where, and who concluded which agreement."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .models import AgreementFact, RoleFact
from .role_spans import role_org, tied_person

_PLANNED = re.compile(r"\b(?:to be signed|will sign|will be signed|to sign|plan(?:s|ned)? to|going to|draft|"
                      r"discuss(?:ed|es|ing)?|prepar(?:e|ed|ing)|intend(?:s|ed)? to|would sign|expected to|"
                      r"negotiat\w*|propos(?:ed|al)|upcoming|future|next step|agreed to sign)\b", re.I)
_SIGN = re.compile(r"\b(?:sign(?:s|ed|ing)?|conclude[sd]?|concluding|ink(?:s|ed)?|entered into)\b", re.I)
_SPECIFIC = ("memorandum", "letter of intent", "contract")


def _ents(doc: Doc, label: str, within: Span | None = None) -> list[Span]:
    return [e for e in doc.ents if e.label_ == label and (within is None or within.start <= e.start < within.end)]


def role_facts(doc: Doc) -> list[RoleFact]:
    """One fact per (person, role, org) stated in the text."""
    people, orgs = _ents(doc, "PERSON"), _ents(doc, "ORG")
    roles = _ents(doc, "ROLE")
    org_tokens = {i for o in orgs for i in range(o.start, o.end)}
    out: dict[tuple, RoleFact] = {}
    for r in roles:
        p = tied_person(r, people, org_tokens, roles)
        if p is None or not p.kb_id_:
            continue
        o = role_org(r, p, orgs)
        key = (p.kb_id_, r.kb_id_, o.kb_id_ if o else None)
        out.setdefault(key, RoleFact(person=p.kb_id_, role=r.kb_id_, title=r.text,
                                     org=o.kb_id_ if o else None, start=r.sent.start_char, end=r.sent.end_char,
                                     evidence=r.sent.text.strip()))
    return list(out.values())


def _signatories(sent: Span) -> list[str]:
    """People said to sign: "signed by X and Y", "X and Y signed", "X and Y put their signatures"."""
    people = _ents(sent.doc, "PERSON", sent)
    text = sent.text.lower()
    by = re.search(r"\bsigned\b[^.]{0,40}?\bby\b", text)
    if by:
        cut = sent.start_char + by.end()
        return [p.kb_id_ for p in people if p.start_char >= cut]
    if "signature" in text:
        return [p.kb_id_ for p in people]
    verbs = [t for t in sent if t.lemma_ == "sign" and t.pos_ == "VERB"]
    out = []
    for p in people:
        head = p.root
        for _ in range(4):
            if head.dep_ in ("nsubj", "conj", "appos") and head.head != head:
                head = head.head
                if head in verbs and p.root.dep_ in ("nsubj", "conj", "appos"):
                    out.append(p.kb_id_)
                    break
            else:
                break
    return out


def _is_generic(mention: Span) -> bool:
    """Plural or quantified references ("sign cooperation agreements") name no concrete agreement."""
    last = mention[-1]
    return last.tag_ in ("NNS", "NNPS") or last.lower_.endswith(("agreements", "memorandums", "memoranda"))


def _parties(sent: Span, title: Span | None) -> list[str]:
    keys = list(dict.fromkeys(o.kb_id_ for o in _ents(sent.doc, "ORG", sent)))
    if len(keys) < 2 and title is not None and title != sent:
        extra = [o.kb_id_ for o in _ents(sent.doc, "ORG", title)]
        if len(extra) >= 2 and _SIGN.search(title.text) or any(k in extra for k in keys):
            keys = list(dict.fromkeys(keys + extra))
    return keys


def agreement_facts(doc: Doc) -> list[AgreementFact]:
    """One fact per concrete agreement; later parties-less references enrich the previous fact."""
    sents = list(doc.sents)
    title = sents[0] if sents else None
    facts: list[AgreementFact] = []
    for m in _ents(doc, "AGREEMENT"):
        sent = m.sent
        dates = [d.kb_id_ for d in _ents(doc, "DATE", sent) if d.kb_id_]
        date = dates[0] if dates else None
        if _is_generic(m):
            continue
        parties = _parties(sent, title)
        status = "planned" if _PLANNED.search(sent.text) else "signed"
        signers = _signatories(sent)
        if not parties:
            if facts:
                prev = facts[-1]
                prev.signatories = list(dict.fromkeys(prev.signatories + signers))
                prev.date = prev.date or (date if _SIGN.search(sent.text) else None)
            continue
        fact = AgreementFact(kind=m.kb_id_ or "agreement", status=status, parties=parties, date=date,
                             signatories=signers, start=sent.start_char, end=sent.end_char,
                             evidence=sent.text.strip())
        same = next((f for f in facts if set(f.parties) == set(parties) and f.status == status and
                     (f.kind == fact.kind or {f.kind, fact.kind} & set(_SPECIFIC) and "agreement" in {f.kind, fact.kind})),
                    None)
        if same is None:
            facts.append(fact)
            continue
        if same.kind == "agreement" and fact.kind in _SPECIFIC:
            same.kind = fact.kind
        same.signatories = list(dict.fromkeys(same.signatories + signers))
        same.date = same.date or date
    return facts


def extract_facts(doc: Doc) -> list[RoleFact | AgreementFact]:
    """All facts of a document."""
    return [*role_facts(doc), *agreement_facts(doc)]
