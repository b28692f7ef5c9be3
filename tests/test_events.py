"""One event per signing: two releases of one agreement are one event with both as sources."""

from __future__ import annotations

import pytest

from extractor.models import AgreementFact, DocumentRecord
from extractor.output.events import EventBuilder, compatible_dates
from extractor.output.export import tables

TPU, LZU, HIT = "Tomsk Polytechnic University", "Lanzhou University", "Harbin Institute of Technology"


def _fact(kind: str, parties: list[str], date: str | None, status: str = "signed") -> AgreementFact:
    return AgreementFact(kind=kind, status=status, parties=parties, date=date, signatories=[])


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (("memorandum", "2023-05-18"), ("memorandum", "2023-05-18"), True),
        (("memorandum", "2023-05-18"), ("agreement", "2023-05"), True),  # generic kind, month of the day
        (("memorandum", "2023-05-18"), ("memorandum", None), True),
        (("memorandum", "2023-05-18"), ("memorandum", "2023-05-22"), True),  # the day of publication
        (("memorandum", "2023-05-18"), ("memorandum", "2024-05-18"), False),  # a year later: a renewal
        (("memorandum", "2023-05-18"), ("roadmap", "2023-05-18"), False),  # another document
    ],
)
def test_two_releases_of_one_signing_are_one_event(a, b, same):
    events = EventBuilder()
    events.add("tpu-news", _fact(a[0], [TPU, LZU], a[1]))
    events.add("lzu-news", _fact(b[0], [LZU, TPU], b[1]))
    rows = events.rows()
    assert len(rows) == (1 if same else 2)
    if same:
        assert rows[0][5] == "lzu-news; tpu-news" and rows[0][6] == 2
        assert rows[0][7] == "event.merge.same_signing"


def test_two_documents_named_in_one_release_stay_two_events():
    events = EventBuilder()
    events.add("news", _fact("agreement", [TPU, LZU], "2023-05-18"))
    events.add("news", _fact("agreement", [TPU, LZU], "2023-05-18"))
    assert [row[7] for row in events.rows()] == ["event.single_source", "event.single_source"]


def test_dates_compatible_only_when_they_can_name_one_day():
    assert compatible_dates("XXXX-05-18", "XXXX-05-18")
    assert not compatible_dates("2023-05-01", "2023-05-18")


def test_the_network_counts_events_not_mentions():
    records = [
        DocumentRecord(doc_id="tpu-news", facts=[_fact("memorandum", [TPU, LZU], "2023-05-18")]),
        DocumentRecord(doc_id="lzu-news", facts=[_fact("agreement", [LZU, TPU], "2023-05")]),
        DocumentRecord(doc_id="hit-news", facts=[_fact("memorandum", [TPU, HIT], "2023-06-01")]),
    ]
    t = tables(records)
    assert len(t["agreements"]) == 3
    assert len(t["agreement_events"]) == 2
    pair = t["network"][(t["network"].party_a == LZU) & (t["network"].party_b == TPU)].iloc[0]
    assert pair.agreements == 1 and pair.doc_ids == "lzu-news; tpu-news"
    event = t["agreement_events"].iloc[0]
    assert (event.kind, event.date, event.sources) == ("memorandum", "2023-05-18", "lzu-news; tpu-news")
