"""When two agreement mentions name one document, and when they name two: compatible kinds, signing years,
subsets, coordinated and counted documents."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from extractor.facts.base import SPECIFIC, _signs
from extractor.facts.home import BOTH_SIDES
from extractor.facts.parties import replaces_guess
from extractor.lang.rules import rule
from extractor.lang.tokens import column, doc_text
from extractor.models import AgreementFact


def compatible(a: str, b: str) -> bool:
    """Two kinds that can name one document (the same kind, or agreement and a more specific one)."""
    return a == b or "agreement" in {a, b} and bool({a, b} & set(SPECIFIC))


def merge_target(
    facts: list[AgreementFact], kind: str, parties: list[str], status: str, date: str | None = None
) -> AgreementFact | None:
    """An earlier fact this mention refers to: same parties (or a subset), same or compatible kind, same
    status (a planned agreement beside a signed one is another agreement), no other signing date (the
    agreement "signed in 2016" is not the one signed today)."""
    for f in facts:
        if (
            compatible(f.kind, kind)
            and f.status == status
            and set(parties) <= set(f.parties)
            and not other_year(f.date, date)
        ):
            return f
    return None


def other_year(a: str | None, b: str | None) -> bool:
    """Two signing dates in different years, in different months or on different days: two agreements ("the
    Agreement of Intent signed April 16 implements the Memorandum signed October 19, 2018"; "signed a
    cooperation agreement" on February 27 beside "In August 2022, X signed a Memorandum")."""
    if not (a and b):
        return False
    if a[:4].isdigit() and b[:4].isdigit() and a[:4] != b[:4]:
        return True
    if a[4:5] == b[4:5] == "-" and a[5:7].isdigit() and b[5:7].isdigit() and a[5:7] != b[5:7]:
        return True
    return len(a) == len(b) == 10 and a[5:] != b[5:]


def cut_off(sent: Span) -> bool:
    """The text ends inside this sentence, before its verb: "Then a cooperation agreement" (an excerpt cut off
    mid-sentence states nothing)."""
    doc = sent.doc
    more = next(
        (i for i in range(sent.end, len(doc)) if not doc[i].is_space), None
    )  # stops at the first word
    if more is not None or any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in sent):
        return False
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is not None and last.text not in (".", "!", "?", '"', "”", "»", ")")


def predicate_reference(m: Span) -> bool:
    """Rule ``agreement.merge.predicate_reference``: "This is a strategic contract": a document named as what
    "this" / "it" is, refers to the one just reported (a definite reference, not a new document)."""
    root = m.root
    if root.dep_ != "attr":
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in ("this", "it", "that", "which") for c in root.head.children)


_DEFINITE = frozenset({"the", "this", "that", "said"})


_FRESH = frozenset({"new", "another", "additional", "updated", "more", "second"})
_ANOTHER = frozenset({"also", "another", "separate", "separately"})


@dataclass
class AgreementMention:
    """One agreement mention being read, with what its sentence says of it."""

    span: Span
    sent: Span
    kind: str
    status: str
    date: str | None
    signers: list[str]

    @property
    def definite(self) -> bool:
        """ "the agreement", "this memorandum": a reference, maybe to a document already reported."""
        doc = self.span.doc
        return self.span.start > 0 and doc[self.span.start - 1].lower_ in _DEFINITE

    @property
    def fresh(self) -> bool:
        """ "a new version of the ...": a new document even after "the"."""
        doc, m = self.span.doc, self.span
        return any(t.lower_ in _FRESH for t in doc[max(self.sent.start, m.start - 4) : m.start])


@rule("agreement.split.also_signed")
def also_signed(ctx: AgreementMention) -> bool:
    """Rule ``agreement.split.also_signed``: "An MoU between A and B was also signed to create ...", "X also
    signed a memorandum with Y": an indefinite document whose signing the sentence adds to one already told is
    another document, even between parties of the first (not "The agreement was also signed by ...")."""
    return (
        not ctx.definite
        and ctx.status == "signed"
        and not _ANOTHER.isdisjoint(column(ctx.sent.doc, "lower")[ctx.sent.start : ctx.sent.end])
        and _signs(ctx.sent)
    )


@rule("agreement.merge.headline_also")
def headline_also(
    facts: list[AgreementFact], title: Span | None, ctx: AgreementMention, party_rule: str
) -> bool:
    """Rule ``agreement.merge.headline_also``: "MNUE signed a cooperation agreement with WWU" (a headline on
    its own line) ... "Also, a cooperation agreement was signed" (no party named): with only the headline's
    facts told, "also" adds to the visit, not to a signing, so the sentence retells the headline's document
    ("another", "separate" or parties of its own still make one)."""
    if not facts or title is None or any(f.start != title.start_char for f in facts):
        return False
    own_line = "\n" in doc_text(title.doc)[title.start_char : title.end_char + 3]
    lower = column(ctx.sent.doc, "lower")[ctx.sent.start : ctx.sent.end]
    plain_also = (_ANOTHER - {"also"}).isdisjoint(lower)
    return own_line and plain_also and unnamed_sides(ctx, party_rule)


def unnamed_sides(ctx: AgreementMention, party_rule: str) -> bool:
    """Another document whose parties the sentence does not name ("an agreement was also signed between the
    ministries of education"): the last sentence's organisations are no guess for it ("The two sides also
    sign a memorandum" names them)."""
    guessed = party_rule.startswith("agreement.parties.previous_sentence")
    return guessed and not BOTH_SIDES.search(ctx.sent.text)


@rule("agreement.merge.plural_reference")
def dated_together(facts: list[AgreementFact], ctx: AgreementMention) -> bool:
    """Rule ``agreement.merge.plural_reference``: "The cooperation agreements were signed during the 4th
    Investing in Africa Forum, held from Sept 6-8 2018": a definite plural naming no party dates the documents
    the last signing sentence reported (their kind and status), each without a date of its own; True when it
    dated any."""
    if not (ctx.definite and ctx.date and facts):
        return False
    told = [f for f in facts if f.start == facts[-1].start and f.status == ctx.status]
    told = [f for f in told if compatible(f.kind, ctx.kind)]
    for f in told:
        f.date = f.date or ctx.date
    return bool(told)


@rule("agreement.merge.planned_then_signed")
def planned_and_signed(
    facts: list[AgreementFact], ctx: AgreementMention, parties: list[str], made_here: list[AgreementFact]
) -> AgreementFact | None:
    """Rule ``agreement.merge.planned_then_signed``: "X delegation visits TNU to sign MoU" ... "visited TNU
    to formalize collaboration through a Memorandum", "The goal of the visit was to sign a Memorandum ... the
    present Memorandum signed in Tbilisi": a document of one kind between the same parties, told in one
    sentence as planned and in another as signed, is one signed document (not "a new version", "one more
    agreement", nor one signed in another year)."""
    told = (
        f
        for f in facts
        if f not in made_here
        and f.status != ctx.status
        and f.kind == ctx.kind
        and set(f.parties) == set(parties)
        and not other_year(f.date, ctx.date)
    )
    same = None if ctx.fresh else next(told, None)
    if same is not None:
        same.status = "signed"
    return same


def earlier_reported(
    facts: list[AgreementFact], ctx: AgreementMention, parties: list[str]
) -> AgreementFact | None:
    """ "Under the Memorandum the parties have agreed to ...", "the preparations for signing the
    memorandum": the agreement already reported; "The agreement provides training of students of A at B":
    the one just reported."""
    same = next(
        (
            f
            for f in reversed(facts)
            if compatible(f.kind, ctx.kind)
            and set(parties) <= set(f.parties)
            and not other_year(f.date, ctx.date)
        ),
        None,
    )
    if same is None and len(ctx.span) == 1 and not _signs(ctx.sent):
        same = next(
            (
                f
                for f in reversed(facts)
                if compatible(f.kind, ctx.kind) and len(f.parties) >= 2 and not other_year(f.date, ctx.date)
            ),
            None,
        )
    return same


def just_reported(
    facts: list[AgreementFact], ctx: AgreementMention, parties: list[str], party_rule: str
) -> AgreementFact | None:
    """ "The contract was signed by ...": the agreement just reported, its parties completed; rule
    ``agreement.parties.named_later``: "the agreement was formalised ... between the two universities. A
    and his counterpart at B signed the MoU": the names beat the guess."""
    if not facts:
        return None
    last = facts[-1]
    named_partner = party_rule.startswith(("agreement.parties.with_partners", "agreement.parties.between"))
    shared = set(last.parties) & set(parties) and not (
        named_partner and not set(parties) <= set(last.parties)
    )
    if not (
        last.status == ctx.status
        and not other_year(last.date, ctx.date)
        and (shared or len(parties) < 2 or replaces_guess(last.party_rule, party_rule, parties))
        and compatible(last.kind, ctx.kind)
    ):
        return None
    if len(last.parties) < 2:
        last.parties = list(dict.fromkeys(last.parties + parties))
    elif replaces_guess(last.party_rule, party_rule, parties):
        last.parties, last.party_rule = parties, party_rule + "+named_later"
    return last


@rule("agreement.fact.kind_named_before")
def kind_named_before(ctx: AgreementMention, unplaced: str | None, facts: list[AgreementFact]) -> str | None:
    """Rule ``agreement.fact.kind_named_before``: "A Memorandum of Cooperation was signed on the occasion. ...
    The agreement recognizes ...": the first document of the release, its parties named only under a plain
    "the agreement", keeps the specific kind it was signed under."""
    bare = len(ctx.span) == 1 and ctx.definite  # "the agreement", not "the cooperation agreement"
    return unplaced if not facts and ctx.kind == "agreement" and bare and ctx.status == "signed" else None


def more_specific(kind: str, other: str) -> str:
    """The kind a document keeps when it is called by another: the specific one over "agreement"
    (memorandum, letter of intent, contract, roadmap, protocol, declaration)."""
    return other if kind == "agreement" and other in SPECIFIC else kind
