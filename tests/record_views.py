"""Compact views of a record's facts and mentions that the rule tests compare with what they expect."""

from __future__ import annotations

from extractor.models import AgreementFact, RoleFact


def agreements(rec) -> list[tuple]:
    """(kind, status, sorted parties) of each agreement fact, in order."""
    return [(f.kind, f.status, sorted(f.parties)) for f in rec.facts if isinstance(f, AgreementFact)]


def roles(rec) -> set[tuple]:
    """(person, role, org) of each role fact."""
    return {(f.person, f.role, f.org) for f in rec.facts if isinstance(f, RoleFact)}


def orgs(rec) -> list[str]:
    """The text of each ORG mention, in order."""
    return texts(rec, "ORG")


def norms(rec, label: str = "ORG") -> dict[str, str]:
    """Each mention's text with its key (norm), for one label."""
    return {m.text: m.norm for m in rec.mentions if m.label == label}


def texts(rec, label: str) -> list[str]:
    """The text of each mention with this label, in order."""
    return [m.text for m in rec.mentions if m.label == label]


def signatories(rec) -> list[list[str]]:
    """The signatories of each agreement fact, in order."""
    return [f.signatories for f in rec.facts if isinstance(f, AgreementFact)]
