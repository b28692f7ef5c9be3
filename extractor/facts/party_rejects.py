"""The party rules that decide a mention has no party: a planned document about an organisation, a document
of states, documents signed before the news (split from ``party_rules.py``; each a named rule)."""

from __future__ import annotations

from spacy.tokens import Span

from extractor.facts import parties
from extractor.facts.party_context import Parties, PartyContext
from extractor.facts.signatories import is_generic
from extractor.facts.signing import _status
from extractor.lang.rules import rule


@rule("agreement.parties.topic_only")
def _topic_only(c: PartyContext) -> Parties | None:
    """Rule ``agreement.parties.topic_only``: "a draft memorandum on the BRICS Network University": a planned
    document whose only organisation is its topic has no party."""
    if c.topic and not c.orgs and _status(c.m) == "planned":
        return [], "agreement.parties.topic_only"
    return None


_EARLIER = frozenset({"existing", "previous", "earlier", "prior", "past"})


@rule("agreement.reject.earlier_documents")
def _earlier(c: PartyContext) -> Parties | None:
    """Rule ``agreement.reject.earlier_documents``: "fostered existing agreements with A and B": documents
    signed before the news are a background reference, no fact (a single one is still read)."""
    m = c.m
    if m.start and m.doc[m.start - 1].lower_ in _EARLIER and is_generic(m):
        return [], "agreement.reject.earlier_documents"
    return None


_SIGNED_BETWEEN = frozenset({"was", "were", "is", "has", "have", "been", "signed", "concluded"})


def _between_follows(gap: Span) -> bool:
    """Only a signing ("agreement was signed between") or the document's topic ("the Roadmap for scientific
    and educational collaboration between") stands between the document and "between"."""
    if all(t.lower_ in _SIGNED_BETWEEN for t in gap):
        return True
    return gap[0].lower_ in ("for", "on") and len(gap) <= 6 and not any(t.tag_.startswith("VB") for t in gap)


@rule("agreement.reject.between_states")
def _states(c: PartyContext) -> Parties | None:
    """Rule ``agreement.reject.between_states``: "an agreement between China and Russia" with no organisation
    before it, or "the agreement was signed between Volgograd and Qujing", is a document of states or cities
    ("A and B signed an agreement between China and Russia": A, B)."""
    b, doc = c.between, c.m.doc
    if (
        b is not None
        and b.i >= c.m.end
        and _between_follows(doc[c.m.end : b.i])
        and parties._between_states(doc, b.i + 1)
        and (
            b.i > c.m.end or not any(o.end <= c.m.start for o in c.orgs)
        )  # "was signed between": its signers
    ):
        return [], "agreement.reject.between_states"
    return None
