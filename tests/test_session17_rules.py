"""Rules added in the seventeenth session, each fired on a hand-written release and held back on another."""

from __future__ import annotations

from .record_views import agreements as _agreements


def test_a_few_documents_signed_by_the_pair_the_sentence_names(extractor):
    """agreement.parties.signed_plural: "the two institutions ... signed six cooperation agreements" after a
    visit names one signing between the pair (the plural is the object of a past signing)."""
    rec = extractor.extract(
        "On June 25, 2025, a delegation from Aba Teachers University visited Mahasarakham University, where "
        "the two institutions held talks and signed six cooperation agreements."
    )
    assert _agreements(rec) == [
        ("agreement", "signed", ["Aba Teachers University", "Mahasarakham University"])
    ]


def test_a_count_of_agreements_or_agreements_with_others_is_no_signing_of_the_pair(extractor):
    """Held back: a record count ("has signed over 100 agreements") and agreements each subject signed with
    unnamed partners ("signed contracts with representatives from Uzbekistan") are no document of the pair."""
    rec = extractor.extract(
        "Since 2010, Tomsk State University and Novosibirsk State University signed over 100 agreements in all."
    )
    assert _agreements(rec) == []
    rec = extractor.extract(
        "Yangzhou University and Nanjing Medical University signed contracts with representatives from "
        "Uzbekistan on joint projects."
    )
    assert _agreements(rec) == []
