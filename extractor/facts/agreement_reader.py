"""Reading the agreement mentions of a document in order: each makes a fact or enriches one already made."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extractor.facts.agreement_merge import (
    AgreementMention,
    also_signed,
    cut_off,
    dated_together,
    earlier_reported,
    headline_also,
    just_reported,
    kind_named_before,
    merge_target,
    more_specific,
    other_year,
    planned_and_signed,
    predicate_reference,
    unnamed_sides,
)
from extractor.facts.base import SPECIFIC, _ents, _keys, _signs
from extractor.facts.document_lists import coordinated_documents
from extractor.facts.home import BOTH_SIDES, home_org
from extractor.facts.parties import fronted_subjects, one_guessed_party, one_unsigned_guess
from extractor.facts.party_filter import party_orgs
from extractor.facts.party_lists import STATE_DOCUMENTS, without_witnessing_ministries
from extractor.facts.party_rules import mention_parties
from extractor.facts.signatories import (
    _affiliations,
    implicit_party,
    is_generic,
    parent_keys,
    short_form,
    signed_them_all,
)
from extractor.facts.signers import _signatories, names_signers
from extractor.facts.signing import _status, exchanged
from extractor.facts.signing_dates import sign_date
from extractor.lang.sentences import sentences
from extractor.lang.tokens import text_of
from extractor.models import AgreementFact, RoleFact


class AgreementReader:
    """Reads a document sentence by sentence: each agreement mention makes a fact or enriches one already
    made; "signed by" sentences without a mention add signatories (rules ``agreement.fact.*``)."""

    def __init__(self, doc: Doc, roles: list[RoleFact]):
        self.doc, self.sents = doc, sentences(doc)
        self.title = self.sents[0] if self.sents else None
        self.home = home_org(doc)
        self.known = {t.lower(): o.kb_id_ for o in _ents(doc, "ORG") for t in (text_of(o), o.kb_id_)}
        self.where = _affiliations(roles)
        self.facts: list[AgreementFact] = []
        self.pending: tuple[str, str, str | None] | None = None  # a signed document, its parties unnamed
        self.waited = 0
        self.unplaced: str | None = None  # the kind of a signed document named before any party was

    def read(self) -> list[AgreementFact]:
        """The facts of the document, in the order their first mentions appear."""
        for sent in self.sents:
            mentions = _ents(self.doc, "AGREEMENT", sent)
            signers = _signatories(sent) if names_signers(sent) else []
            if not mentions:
                self._without_mention(sent, signers)
                continue
            self.pending, self.waited = None, 0
            made_here: list[AgreementFact] = []  # the facts this sentence created
            for k, m in enumerate(mentions):
                if k > 0 and short_form(mentions[k - 1], m):
                    continue
                apart = k > 0 and coordinated_documents(mentions[k - 1], m)
                self._mention(sent, m, signers, apart, made_here)
        return self.facts

    def _fact(
        self,
        sent: Span,
        kind: str,
        status: str,
        parties: list[str],
        date: str | None,
        signers: list[str],
        rule: str,
        party_rule: str,
    ) -> AgreementFact:
        return AgreementFact(
            kind=kind,
            status=status,
            parties=parties,
            date=date,
            signatories=signers,
            start=sent.start_char,
            end=sent.end_char,
            evidence=text_of(sent).strip(),
            rule=rule,
            party_rule=party_rule,
        )

    def _without_mention(self, sent: Span, signers: list[str]) -> None:
        """Rule ``agreement.fact.signed_by_later``: "Belarus and China have signed a joint declaration ... The
        document was signed by X, Rector of A, and Y, Secretary of B": the signatories' organisations conclude
        the document whose parties were not named, or sign the one reported above with those parties; other
        "signed by" sentences add to the last fact."""
        signing_orgs = (
            parent_keys(list(dict.fromkeys(_keys(party_orgs(sent)))), self.known) if signers else []
        )
        self.waited += 1
        if self.pending is not None and len(signing_orgs) >= 2:
            kind, status, date = self.pending
            same = merge_target(self.facts, kind, signing_orgs, status, date)
            if same is not None:  # the document reported above, its signers named now
                same.signatories = list(dict.fromkeys(same.signatories + signers))
            else:
                rules = ("agreement.fact.signed_by_later", "agreement.parties.signers_sentence")
                self.facts.append(self._fact(sent, kind, status, signing_orgs, date, signers, *rules))
        elif self.facts and signers:
            self.facts[-1].signatories = list(dict.fromkeys(self.facts[-1].signatories + signers))
        if signers or self.waited > 2:
            self.pending = None

    def _mention(
        self, sent: Span, m: Span, signers: list[str], apart: bool, made_here: list[AgreementFact]
    ) -> None:
        if any(t.lower_ in STATE_DOCUMENTS and t.is_title for t in m):
            # "the China-Russia Treaty of Good-Neighbourliness": a named treaty is concluded by states; "a
            # treaty on cooperation was signed between the two universities" is an ordinary document
            return
        ctx = AgreementMention(m, sent, m.kb_id_ or "agreement", _status(m), sign_date(m), signers)
        if self.facts and predicate_reference(m):
            return  # "This is a strategic contract": the document just reported, by another name
        if cut_off(sent):
            return  # rule agreement.reject.cut_off: the page's excerpt ends inside this sentence
        party_lists, party_rule = self._party_lists(ctx)
        if ctx.definite and is_generic(m) and signed_them_all(self.facts, ctx.signers, party_lists):
            return
        if not party_lists and not is_generic(m) and ctx.status == "signed":
            self.pending = (ctx.kind, ctx.status, ctx.date)
            self.unplaced = self.unplaced or (ctx.kind if ctx.kind in SPECIFIC and not self.facts else None)
        guessed = party_rule == "agreement.parties.previous_sentence" and self._same_document(
            ctx, party_lists
        )
        if not party_lists and is_generic(m) and dated_together(self.facts, ctx):
            return
        if (not party_lists or guessed) and self.facts and not is_generic(m):
            self._reference(ctx)  # "the agreement's potential" after a signing: no new document
            return
        for parties in party_lists:
            party_rule = self._place(ctx, parties, party_rule, len(party_lists), apart, made_here)

    def _same_document(self, ctx: AgreementMention, guessed: list[list[str]]) -> bool:
        """ "the agreement's potential" after a memorandum of two parties, the guess sharing one of them: a
        definite mention of a kind the last fact can take is that document ("This follows the MoU they signed"
        after a roadmap is not; "the two universities signed the agreement" of two others is another)."""
        last = self.facts[-1] if self.facts else None
        if last is None or len(last.parties) < 2 or not ctx.definite or ctx.fresh:
            return False
        kinds = {last.kind, ctx.kind}
        return len(kinds) < 2 + ("agreement" in kinds) and any(set(g) & set(last.parties) for g in guessed)

    def _party_lists(self, ctx: AgreementMention) -> tuple[list[list[str]], str]:
        """The parties the sentence names (``agreement.parties.*``), or its signatories' organisations: with
        no party in the sentence they beat the sentence before's names, and they tell who the other side is
        better than a guess (the release's own, the most named)."""
        m = ctx.span
        party_lists, party_rule = mention_parties(m, self.title, self.home)
        if not party_lists and not self.facts and (fronted := fronted_subjects(m)):
            return [fronted], "agreement.parties.fronted_phrase"  # the release's first word of the document
        by_signers = parent_keys([o for p in ctx.signers for o in self.where.get(p, [])[:1]], self.known)
        if (
            not party_lists
            and by_signers
            and ctx.status == "signed"
            and not is_generic(m)
            or party_rule.startswith("agreement.parties.previous_sentence")
            and len(by_signers) >= 2
        ):
            return [by_signers], "agreement.parties.signatory_affiliation"
        guessed = party_rule.endswith(("+release_home", "+both_sides"))
        if len(party_lists) == 1 and (guessed or len(party_lists[0]) == 1):
            named = party_lists[0][:-1] if guessed else party_lists[0]
            extra = [o for o in by_signers if o not in named]
            if extra:
                rule = party_rule.rsplit("+", 1)[0] if guessed else party_rule
                return [named + extra], rule + "+signatory_affiliation"
        return party_lists, party_rule

    def _reference(self, ctx: AgreementMention, parties: tuple[str, ...] = ()) -> None:
        """A mention without parties after a fact: "the agreement" adds to the last fact; rule
        ``agreement.fact.earlier_deal``: "the two schools signed a cooperation agreement in 2016" is the same
        parties' earlier deal."""
        prev, last_token = self.facts[-1], ctx.span.doc[ctx.span.end - 1].lower_
        plural = last_token.endswith("s") and last_token != (ctx.span.kb_id_ or "")
        # rule agreement.merge.told_above: the heading's one signing, retold below without its parties
        signing = _signs(ctx.sent) or exchanged(ctx.span)  # or agreement.merge.exchanged_document
        told = not parties and len(self.facts) == 1 and signing and not ctx.fresh
        if (
            (ctx.definite or told)
            and not plural
            and prev.status == ctx.status
            and (prev.kind == ctx.kind or "agreement" in {prev.kind, ctx.kind})
        ):
            if not told or ctx.definite:  # a retelling dates the document; its people may be guests
                prev.signatories = list(dict.fromkeys(prev.signatories + ctx.signers))
            prev.date = prev.date or ctx.date
            if len(self.facts) == 1:  # "signed a deal ... The MoU which will be in effect": the one document
                prev.kind = more_specific(prev.kind, ctx.kind)
        elif BOTH_SIDES.search(text_of(ctx.sent)) and other_year(prev.date, ctx.date):
            self.facts.append(
                self._fact(
                    ctx.sent,
                    ctx.kind,
                    ctx.status,
                    list(prev.parties),
                    ctx.date,
                    ctx.signers,
                    "agreement.fact.earlier_deal",
                    "agreement.parties.previous_fact",
                )
            )

    def _settle(self, parties: list[str], party_rule: str, ctx: AgreementMention) -> tuple[list[str], str]:
        """Parent keys for units; a ministry that witnessed is no party; one named party plus the release's
        own organisation when the text implies it (``+ministry_witness``, ``+release_home``)."""
        named, given = len(parties), parties
        parties = parent_keys(parties, self.known)
        if len(kept := without_witnessing_ministries(parties, ctx.sent, ctx.span)) < len(parties):
            parties, party_rule = kept, party_rule + "+ministry_witness"
        home = self.home
        if (
            len(parties) == 1 < named
            and home is not None
            and home not in given  # a unit of the release's own gave way to it: one side
            and implicit_party(self.doc, home)
        ):
            parties, party_rule = parties + [home], party_rule + "+release_home"
        return parties, party_rule

    def _place(
        self,
        ctx: AgreementMention,
        parties: list[str],
        party_rule: str,
        n_lists: int,
        apart: bool,
        made_here: list[AgreementFact],
    ) -> str:
        """Merge one party list into the fact it refers to, or make a new fact (rule
        ``agreement.fact.mention``); returns the party rule as settled."""
        named, (parties, party_rule) = len(parties), self._settle(parties, party_rule, ctx)
        # "An MoU ... was also signed": only a fact this sentence told takes it (not the headline's, retold)
        another = also_signed(ctx) and not headline_also(self.facts, self.title, ctx, party_rule)
        if another and unnamed_sides(ctx, party_rule):
            return party_rule
        candidates = [f for f in (made_here if another else self.facts) if not apart or f not in made_here]
        same = merge_target(candidates, ctx.kind, parties, ctx.status, ctx.date)
        if same is None and self._refers_back(ctx, parties):
            return party_rule
        same = same or planned_and_signed(candidates, ctx, parties, made_here)
        if same is None and ctx.definite and n_lists == 1:
            same = just_reported(candidates, ctx, parties, party_rule)  # never the pair's first document
        if same is None and self._guess_failed(ctx, parties, party_rule, named):
            return party_rule
        if same is None:
            named_before = kind_named_before(ctx, self.unplaced, self.facts)
            rule = "agreement.fact.kind_named_before" if named_before else "agreement.fact.mention"
            rule = "agreement.split.also_signed" if another else rule
            kind = named_before or ctx.kind
            fact = self._fact(ctx.sent, kind, ctx.status, parties, ctx.date, ctx.signers, rule, party_rule)
            self.facts.append(fact)
            made_here.append(fact)
            return party_rule
        same.kind = more_specific(same.kind, ctx.kind)
        same.signatories = list(dict.fromkeys(same.signatories + ctx.signers))
        same.date = same.date or ctx.date
        return party_rule

    def _guess_failed(self, ctx: AgreementMention, parties: list[str], party_rule: str, named: int) -> bool:
        """One party left after the completions (``agreement.reject.one_guessed_party``) or guessed with no
        signing told (``agreement.reject.one_unsigned_guess``): the mention reads as one without parties, the
        last fact's or an earlier deal of its parties."""
        unsigned = named == 1 and one_unsigned_guess(parties, party_rule, ctx.sent)
        if not one_guessed_party(parties, party_rule) and not unsigned:
            return False
        if self.facts:
            self._reference(ctx, tuple(parties))
        return True

    def _refers_back(self, ctx: AgreementMention, parties: list[str]) -> bool:
        """A definite mention outside a signing ("Under the Memorandum ...") names a document already
        reported: it adds its date there and makes no fact."""
        if not ctx.definite or ctx.fresh or _signs(ctx.sent) and ctx.status != "planned":
            return False
        earlier = earlier_reported(self.facts, ctx, parties)
        if earlier is not None:
            earlier.date = earlier.date or ctx.date
        return earlier is not None
