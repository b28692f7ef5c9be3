"""Rules added in the nineteenth session, each fired on a hand-written release and held back on another."""

from __future__ import annotations

from extractor.normalise.org_text import bracket_short_form

from .record_views import agreements as _agreements
from .record_views import orgs as _orgs


def _signers(rec) -> list[list[str]]:
    return [f.signatories for f in rec.facts if f.type == "agreement"]


def _norms(rec, label: str = "ORG") -> dict[str, str]:
    return {m.text: m.norm for m in rec.mentions if m.label == label}


def test_an_acronym_of_the_name_in_its_own_language_is_its_short_form():
    """org.bracket_short_form.reordered: "Macao Polytechnic Institute (IPM)" (Instituto Politécnico de Macau)
    holds the English name's initials in another order; a committee's bracket still shortens no unit."""
    assert bracket_short_form("IPM", "Macao Polytechnic Institute", of_whole=True)
    assert bracket_short_form("UNAM", "National Autonomous University of Mexico", of_whole=True)
    assert not bracket_short_form("WHU", "Party Committee of Wuhan University", of_whole=True)
    assert not bracket_short_form("FEPM", "Portuguese School Foundation of Macau", of_whole=True)


def test_a_reordered_acronym_takes_the_names_key(extractor):
    """The bracketed short form and its later uses share the name's key."""
    rec = extractor.extract(
        "The Macao Polytechnic Institute (IPM) took part in the visit. IPM signed a protocol with the "
        "University of Lisbon."
    )
    assert {m.norm for m in rec.mentions if m.text == "IPM"} == {"Macao Polytechnic Institute"}


def test_the_people_a_signing_is_between_are_its_signatories(extractor):
    """agreement.signatories.between: "the signing of a protocol agreement between IPM President X and the
    President of Y, Z, in Lisbon": the people of the "between" clause, up to its place, signed it."""
    rec = extractor.extract(
        "The visit included the signing of a protocol agreement between IPM President Lei Heong Iok and the "
        "President of the Portuguese School Foundation of Macau, Roberto Carneiro, in Lisbon on September 20."
    )
    assert _signers(rec) == [["Lei Heong Iok", "Roberto Carneiro"]]


def test_talks_between_leaders_name_no_signatories(extractor):
    """Held back: a "between" after a noun of meeting ("negotiations between President X and Chairman Y")
    names who talked, not who signed."""
    rec = extractor.extract(
        "An agreement between Turkmen State University and Peking University was signed during the "
        "negotiations between Turkmen President Gurbanguly Berdymuhamedov and Chairman Xi Jinping."
    )
    assert _signers(rec) == [[]]


def test_the_visitor_a_signing_marked_is_no_signatory(extractor):
    """agreement.signatories.not_witness: "signed by four rectors ... on the occasion of the official visit of
    President Xi Jinping": the visitor is no signer."""
    rec = extractor.extract(
        "The agreement between Fudan University and Vrije Universiteit Brussel was signed by the rectors in "
        "Brussels on the occasion of the official visit of President Xi Jinping to Brussels in March 2014."
    )
    assert _signers(rec) == [[]]


def test_an_institute_before_its_academy_is_the_academys_unit(extractor):
    """org.key.parent_after_comma and agreement.party.unit_to_parent: "the Institute of Archaeology, Chinese
    Academy of Social Sciences (IA CASS) and the University of Aberdeen signed": the institute is keyed as
    the academy's and signs for itself; the academy is no third party."""
    rec = extractor.extract(
        "On July 5, 2012, the Institute of Archaeology, Chinese Academy of Social Sciences (IA CASS) and the "
        "University of Aberdeen, UK, formally signed a cooperation research agreement."
    )
    assert _norms(rec)["Institute of Archaeology"] == (
        "Institute of Archaeology of the Chinese Academy of Social Sciences"
    )
    assert _agreements(rec) == [
        (
            "agreement",
            "signed",
            ["Institute of Archaeology of the Chinese Academy of Social Sciences", "University of Aberdeen"],
        )
    ]


def test_a_list_of_partners_is_no_unit_and_parent(extractor):
    """Held back: "the Institute of Physics, Tsinghua University and Fudan University": a list of three
    partners (another organisation follows), and a registered institution before a comma ("MAI, Beihang
    University") is no unit."""
    rec = extractor.extract(
        "Kazan Federal University signed agreements with the Institute of Physics, Tsinghua University and "
        "Fudan University. Students of MAI, Beihang University and Harbin Institute of Technology attended."
    )
    norms = _norms(rec)
    assert norms["Institute of Physics"] == "Institute of Physics"
    assert norms["MAI"] == "Moscow Aviation Institute"


def test_a_name_ending_in_the_documents_organisation_is_a_member_of_it(extractor):
    """org.from_person.org_name_last: "Chimie ParisTech" beside "ParisTech's agreements": a "name" whose last
    word is a one-word organisation of the document spelt with an inner capital is an organisation."""
    rec = extractor.extract(
        "The fair consolidated ParisTech's agreements with Tomsk State University. Chimie ParisTech signed a "
        "double degree agreement with Tomsk State University."
    )
    assert "Chimie ParisTech" in _orgs(rec)


def test_a_surname_with_a_prefix_stays_a_name(extractor):
    """Held back: "Brian MacCraith" (a surname's "Mac" prefix, not an organisation's inner capital)."""
    rec = extractor.extract(
        "Dublin City University President Brian MacCraith signed the memorandum with Hanyang University. "
        "MacCraith said the partnership would grow."
    )
    assert "Brian MacCraith" not in _orgs(rec)
