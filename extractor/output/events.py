"""One event per signing: agreements reported by several releases become one agreement event.

Two agreement facts from different documents are one event (rule ``event.merge.same_signing``) when
they have the same parties (corpus-level keys), compatible kinds (the same, or one of them the generic
"agreement") and compatible dates (the same, one unknown, one a prefix of the other, or full dates at most
:data:`CLOSE_DAYS` apart). An event never holds two facts of one document: the facts stage already
decided those are different documents. ::

    events = EventBuilder()
    events.add("doc1", fact)            # each agreement fact of each record
    for row in events.rows():           # the rows of ``agreement_events.csv``, earliest first
        ...

Memory grows with the number of agreement facts (a few per release), not with the mentions.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date as Date

from extractor.models import AgreementFact

CLOSE_DAYS = 7  # two releases about one signing may date it by the day of signing or of publication
GENERIC_KIND = "agreement"
EVENT_COLUMNS = ["event", "kind", "status", "date", "parties", "sources", "agreements", "rule"]


@dataclass
class Event:
    """The agreement facts of one signing, from one or more documents."""

    kind: str
    parties: tuple[str, ...]
    dates: list[str | None] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)

    def accepts(self, doc_id: str, fact: AgreementFact) -> bool:
        """A fact of another document about this signing (kind and date compatible)."""
        return (
            doc_id not in self.sources
            and compatible_kinds(self.kind, fact.kind)
            and all(compatible_dates(d, fact.date) for d in self.dates)
        )

    def add(self, doc_id: str, fact: AgreementFact) -> None:
        """Take the fact's document as a source; a specific kind replaces the generic one."""
        if self.kind == GENERIC_KIND:
            self.kind = fact.kind
        self.dates.append(fact.date)
        self.statuses.append(fact.status)
        self.sources.append(doc_id)

    def date(self) -> str | None:
        """The most precise date the sources give (the longest; the earliest of equals)."""
        known = [d for d in self.dates if d]
        return min(known, key=lambda d: (-len(d), d)) if known else None

    def status(self) -> str:
        """Signed when any source says it was signed."""
        return "signed" if "signed" in self.statuses else self.statuses[0]


def compatible_kinds(a: str, b: str) -> bool:
    """The same kind, or one of them the generic "agreement" (one release says MoU, the other agreement)."""
    return a == b or GENERIC_KIND in (a, b)


def compatible_dates(a: str | None, b: str | None) -> bool:
    """Rule ``event.merge.same_signing`` on dates: equal, one unknown, one a prefix of the other ("2023-05"
    and "2023-05-18"), or two full dates at most :data:`CLOSE_DAYS` apart."""
    if a is None or b is None or a == b or a.startswith(b) or b.startswith(a):
        return True
    da, db = _day(a), _day(b)
    return da is not None and db is not None and abs((da - db).days) <= CLOSE_DAYS


def _day(value: str) -> Date | None:
    try:
        return Date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


class EventBuilder:
    """Collect agreement facts document by document; :meth:`rows` gives one row per event."""

    def __init__(self) -> None:
        self.events: dict[tuple[str, ...], list[Event]] = defaultdict(list)

    def add(self, doc_id: str, fact: AgreementFact) -> None:
        """Merge the fact into the event of its signing, or start a new event."""
        parties = tuple(sorted(set(fact.parties)))
        same = self.events[parties]
        found = next((e for e in same if e.accepts(doc_id, fact)), None)
        if found is None:
            found = Event(kind=fact.kind, parties=parties)
            same.append(found)
        found.add(doc_id, fact)

    def all_events(self) -> list[Event]:
        """Every event, earliest first (undated last), then by kind and parties."""
        events = [e for group in self.events.values() for e in group]
        return sorted(events, key=lambda e: (e.date() is None, e.date() or "", e.kind, e.parties))

    def rows(self) -> list[list[object]]:
        """The rows of ``agreement_events.csv`` in the order of :data:`EVENT_COLUMNS`."""
        return [
            [
                i,
                e.kind,
                e.status(),
                e.date(),
                "; ".join(e.parties),
                "; ".join(sorted(set(e.sources))),
                len(e.sources),
                "event.merge.same_signing" if len(set(e.sources)) > 1 else "event.single_source",
            ]
            for i, e in enumerate(self.all_events(), start=1)
        ]
