"""What the party rules of one agreement mention read: the mention, its sentence, the organisations there,
the release's own (:class:`PartyContext`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Span, Token

from extractor.facts.base import _ents
from extractor.facts.home import says_our_institution, topic_orgs
from extractor.facts.party_filter import party_orgs
from extractor.facts.party_lists import _with_partners, with_line_start
from extractor.lang.rules import rule
from extractor.lang.sentences import sent_of
from extractor.lang.tokens import column

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
    def clause(self) -> Span:
        """The mention's own clause when the sentence reports another document in another one (see
        :func:`own_clause`), else the sentence."""
        return own_clause(self.m, self.sent)

    @cached_property
    def _sentence_orgs(self) -> list[Span]:
        if self.clause is not self.sent:
            return party_orgs(self.clause)
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
        """ "between", or "among" right after the document ("the Agreement among A, B, C and D"); not a
        "between" before the document when its partners follow "with" ("a collaborative effort between A and
        B, culminated in the signing of three MoUs with C, D and E": the effort's, not the documents')."""
        m, clause, lower = self.m, self.clause, column(self.m.doc, "lower")
        partners_after = "with" in lower[max(m.end, clause.start) : clause.end]
        found = (
            m.doc[i]
            for i in range(clause.start, clause.end)
            if lower[i] == "between"
            and not (i < m.start and partners_after)
            or lower[i] == "among"
            and i == m.end
        )
        return next(found, None)

    @cached_property
    def subject_and_partners(self) -> tuple[Span | None, list[Span]]:
        """ "A signed ... with B and C": the subject and the partners after "with" (read once)."""
        return _with_partners(self.m, self.orgs)

    @cached_property
    def unnamed_self(self) -> bool:
        """The release says "our university" without naming it."""
        return self.home is None and says_our_institution(self.m.doc)


_CLAUSE_JOINS = frozenset({"while", "whereas"})


@rule("agreement.parties.own_clause")
def own_clause(m: Span, sent: Span) -> Span:
    """Rule ``agreement.parties.own_clause``: "A and B will sign a MOU for ..., while C and D will sign a MOU
    for ...": a sentence that reports two documents in clauses set apart by "while", "whereas" or ";"
    gives each document the organisations of its own clause."""
    doc, text, lower = m.doc, column(m.doc, "text"), column(m.doc, "lower")
    breaks = [
        i
        for i in range(sent.start, sent.end)
        if text[i] == ";" or lower[i] in _CLAUSE_JOINS and i > sent.start
    ]
    if not breaks:
        return sent
    lo = max((b + 1 for b in breaks if b < m.start), default=sent.start)
    hi = min((b for b in breaks if b >= m.end), default=sent.end)
    others = [a for a in _ents(doc, "AGREEMENT", sent) if a != m]
    if not any(a.start < lo or a.start >= hi for a in others):
        return sent
    return doc[lo:hi]
