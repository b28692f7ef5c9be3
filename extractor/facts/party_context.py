"""What the party rules of one agreement mention read: the mention, its sentence, the organisations there,
the release's own (:class:`PartyContext`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Span, Token

from extractor.facts.home import says_our_institution, topic_orgs
from extractor.facts.party_filter import party_orgs
from extractor.facts.party_lists import _with_partners, with_line_start
from extractor.lang.sentences import sent_of

Parties = tuple[list[list[str]], str]  # party key lists (one per document) and the id of the rule


@dataclass
class PartyContext:
    """What the party rules read: the mention, its sentence, the organisations there, the release's own."""

    m: Span
    title: Span | None
    home: str | None

    @cached_property
    def sent(self) -> Span:
        return sent_of(self.m)

    @cached_property
    def _sentence_orgs(self) -> list[Span]:
        orgs = party_orgs(self.sent)
        return orgs if any(o.end <= self.m.start for o in orgs) else party_orgs(with_line_start(self.sent))

    @cached_property
    def topic(self) -> set[int]:
        """Starts of the organisations the agreement is about ("a memorandum on the BRICS University")."""
        return topic_orgs(self.m, self._sentence_orgs)

    @cached_property
    def orgs(self) -> list[Span]:
        return [o for o in self._sentence_orgs if o.start not in self.topic]

    @cached_property
    def between(self) -> Token | None:
        return next((t for t in self.sent if t.lower_ == "between"), None)

    @cached_property
    def subject_and_partners(self) -> tuple[Span | None, list[Span]]:
        """ "A signed ... with B and C": the subject and the partners after "with" (read once)."""
        return _with_partners(self.m, self.orgs)

    @cached_property
    def unnamed_self(self) -> bool:
        """The release says "our university" without naming it."""
        return self.home is None and says_our_institution(self.m.doc)
