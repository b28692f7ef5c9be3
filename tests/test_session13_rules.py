"""Rules added in the thirteenth session, each fired on a hand-written release and held back on another."""

from __future__ import annotations

from extractor.models import AgreementFact, RoleFact


def _agreements(rec) -> list[tuple]:
    return [(f.kind, f.status, sorted(f.parties)) for f in rec.facts if isinstance(f, AgreementFact)]


def _roles(rec) -> set[tuple]:
    return {(f.person, f.role, f.org) for f in rec.facts if isinstance(f, RoleFact)}


def _orgs(rec) -> list[str]:
    return [m.text for m in rec.mentions if m.label == "ORG"]


def test_a_phrase_ending_in_an_abstract_noun_is_a_topic(extractor):
    """org.reject.not_a_name: "Socio-Economic Cooperation", "Innovative Development" name a topic, not an
    organisation; held back: "Agency for Innovative Development" has a head noun."""
    rec = extractor.extract(
        "Belarusian State University of Transport and the Kazakh Academy of Transport signed a roadmap for "
        "Socio-Economic Cooperation. The rector met representatives of Innovative Development and the Agency "
        "for Innovative Development."
    )
    assert _orgs(rec) == [
        "Belarusian State University of Transport",
        "Kazakh Academy of Transport",
        "Agency for Innovative Development",
    ]
    assert _agreements(rec) == [
        ("roadmap", "signed", ["Belarusian State University of Transport", "Kazakh Academy of Transport"])
    ]
