"""Rules added or widened in the twenty-third session, each fired on a hand-written release and held back on
another."""

from __future__ import annotations

from .record_views import agreements as _agreements
from .record_views import orgs as _orgs
from .record_views import roles as _roles
from .record_views import signatories as _signers


def test_an_organisation_naming_a_forum_of_its_presidents_is_the_event(extractor):
    """org.reject.blocked reads over a plural's apostrophe: "the China-Belarus University Presidents’ Forum"
    is an event, not the university "China-Belarus University" (nor a party of what is signed there)."""
    rec = extractor.extract(
        "East China Normal University\n\nAt the China-Belarus University Presidents’ Forum, Tong Shijun signed "
        "a cooperation agreement with Natallia Baranova, President of Minsk State Linguistic University."
    )
    assert "China-Belarus University" not in _orgs(rec)
    assert _agreements(rec) == [("agreement", "signed", ["Minsk State Linguistic University"])]


def test_a_council_of_professors_keeps_its_university(extractor):
    """org.reject.blocked holds back when the word after the apostrophe is no event: "Tomsk State University
    Professors’ Council" names the university."""
    rec = extractor.extract("The Tomsk State University Professors’ Council met on Monday.")
    assert any("Tomsk State University" in o for o in _orgs(rec))


def test_the_counterpart_after_with_signs_when_the_subject_is_no_name_given(extractor):
    """agreement.signatories.with_counterpart: "Tong signed ... with Natallia Baranova, President of X": the
    person after "with" signs, also when the one who signs first is not a name the text gives in full."""
    rec = extractor.extract(
        "Minsk, June 26. At the forum, Tong signed a cooperation agreement with Natallia Baranova, President "
        "of Minsk State Linguistic University."
    )
    assert _signers(rec) == [["Natallia Baranova"]]


def test_a_guest_met_with_later_signs_nothing(extractor):
    """agreement.signatories.with_counterpart holds back when "with" is far from the signing verb: the
    person met later in the sentence is no signatory."""
    rec = extractor.extract(
        "Tomsk State University signed a cooperation agreement on joint programmes in physics and chemistry "
        "and then held talks with Rector Ilshat Gafurov of Kazan Federal University."
    )
    assert all("Ilshat Gafurov" not in s for s in _signers(rec))


def test_an_adviser_is_not_guessed_to_be_the_releases_own(extractor):
    """role.org.other_unattached: a title of no institution's ranks (an adviser, an expert, an envoy: the
    category ``other``) with no organisation written beside it belongs to no organisation, not to the
    release's own."""
    rec = extractor.extract(
        "Moscow Aviation Institute hosted a delegation from Beihang University.\n\n"
        "Adviser Ivan Petrov and Vice-Rector Sergei Ivanov spoke at the meeting."
    )
    assert ("Ivan Petrov", "other", None) in _roles(rec)
    assert ("Sergei Ivanov", "vice-rector", "Moscow Aviation Institute") in _roles(rec)
