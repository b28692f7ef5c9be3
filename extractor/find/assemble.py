"""Entity assembly: the candidates of every finder resolved into flat, non-overlapping ``doc.ents`` (longest
wins)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractor.find.acronym_repeats import repeated_acronyms, repeated_company_names
from extractor.find.acting_acronyms import acronyms_acting
from extractor.find.agreements import agreement_candidates
from extractor.find.assemble_fixes import (
    _adjacent_names,
    _compound_titles,
    _honorific_professors,
    _initials_opening_a_name,
    _names_read_as_orgs,
    _parent_possessive,
    _stated_role,
    _title_abbreviations,
    cut_at_organisations,
)
from extractor.find.bare_portfolios import portfolio_names
from extractor.find.branches import company_branches
from extractor.find.dateline_agencies import dateline_agencies, source_lines
from extractor.find.dates import date_candidates
from extractor.find.known_names import after_registered, registered_pair, written_in_full
from extractor.find.legal_names import legal_form_names, with_legal_prefix
from extractor.find.missions import mission_names, mission_place, national_branch, one_state
from extractor.find.name_tails import acronym_tail
from extractor.find.org_blocks import inside_blocked, place_only
from extractor.find.org_candidates import head_candidates, two_head_names
from extractor.find.org_edges import (
    after_infinitive,
    bracket_inside_name,
    bracketed_legal_form,
    outlet_article,
    place_and_prefix,
)
from extractor.find.org_model import model_candidates
from extractor.find.org_names import acronym_mentions, described_organisations
from extractor.find.org_person_cuts import cut_leading_names, cut_trailing_names
from extractor.find.people import person_candidates
from extractor.find.resolve import select
from extractor.find.role_lists import RoleContext
from extractor.find.role_ties import person_tie
from extractor.find.role_words import PLACE_WORDS, place_name
from extractor.find.roles import extend_role, role_candidates
from extractor.find.surnames import repeated_surnames
from extractor.find.tie_cues import TieChoice
from extractor.find.unit_chains import units_of_parents
from extractor.lang.budget import DEFAULT_LIMIT, budgeted
from extractor.lang.lexicons import lexicon, title_words, words
from extractor.lang.tokens import GENERIC_INSTITUTIONS, column, doc_extensions, keep_model_ents, text_of

doc_extensions("role_ties")


@Language.factory(
    "extractor_entities",
    default_config={
        "registry_key": "org_registry",
        "acronym_key": "org_acronyms",
        "role_key": "role_cues",
        "agreement_key": "agreement_cues",
        "date_key": "date_rules",
    },
)
def make_entities(
    nlp: Language,
    name: str,
    registry_key: str,
    acronym_key: str,
    role_key: str,
    agreement_key: str,
    date_key: str,
) -> EntityAssembler:
    """Component: merge model ents and rule candidates into flat ``doc.ents`` of the five labels (it reads
    the spans of the rulers that ``extractor.add_extractor(nlp)`` puts before it)."""
    if missing := [
        k for k in (registry_key, acronym_key, role_key, agreement_key, date_key) if k not in nlp.pipe_names
    ]:
        raise ValueError(
            f"extractor_entities needs {', '.join(missing)}: add it with extractor.add_extractor(nlp)"
        )
    return EntityAssembler(registry_key, acronym_key, role_key, agreement_key, date_key)


class EntityAssembler:
    """Longest candidate wins; roles are kept only when tied to a named person."""

    time_limit = DEFAULT_LIMIT  # seconds per 10,000 characters (budget.py)

    def __init__(self, registry_key: str, acronym_key: str, role_key: str, agreement_key: str, date_key: str):
        self.keys = (registry_key, acronym_key)
        self.role_key, self.agreement_key, self.date_key = role_key, agreement_key, date_key

    @budgeted
    def __call__(self, doc: Doc) -> Doc:
        keep_model_ents(doc)  # read once; the candidate finders use this copy
        orgs, rejected = self._organisations(doc)
        rules, model_dates, bad_dates = date_candidates(doc, self.date_key)
        people, bad_people = person_candidates(doc)
        orgs, cut_names = cut_trailing_names(cut_leading_names(orgs, people), people)
        cands = (
            orgs + people + cut_names + rules + model_dates + agreement_candidates(doc, self.agreement_key)
        )
        cues = role_candidates(doc, self.role_key)
        cands, portfolios = portfolio_names(doc, cues, cands)
        kept, dropped = _mentions(doc, cands)
        stops = {s.start for s in kept if s.label_ in ("PERSON", "ORG")}
        roles = [extend_role(doc, c, stops) for c in cues]
        roles = _compound_titles(cut_at_organisations(roles, kept))
        roles, more_dropped = select(roles, taken=_extent(kept))
        tied, untied = _tie_roles(doc, kept, roles)
        doc.ents = sorted(kept + tied, key=lambda s: s.start)
        overlaps = [(s, "resolve.overlap") for s in dropped + more_dropped]
        discards = rejected + bad_people + bad_dates + portfolios + overlaps + untied
        doc.spans["discarded"] = [_discard(s, rule) for s, rule in sorted(discards, key=_discard_order)]
        return doc

    def _organisations(self, doc: Doc) -> tuple[list[Span], list[tuple[Span, str]]]:
        """Registry names, head-noun names and the model's names, minus descriptions, places, registered
        pairs, indefinite and blocked names; and every name rejected, with the id of the rule
        (``org.reject.*``)."""
        registry = [
            Span(doc, s.start, s.end, label="ORG", span_id="registry")
            for key in self.keys
            for s in doc.spans.get(key, [])
        ]
        extents = {(r.start, r.end) for r in registry}
        ends_at = {st: [r.end for r in registry if r.start == st] for st in {r.start for r in registry}}

        def rejection(o: Span) -> str | None:
            """The id of the first filter that rejects a head-noun or model name, or None."""
            checks = (
                ("org.reject.described_registered", lambda: _described(o, extents)),
                ("org.reject.place", lambda: place_name(text_of(o)) or _region(o)),
                ("org.reject.registered_pair", lambda: registered_pair(o, ends_at)),
                ("org.reject.description", lambda: _description(o)),
                ("org.reject.indefinite", lambda: _indefinite(o)),
            )
            return next((rule for rule, rejects in checks if rejects()), None)

        model_orgs, rejected = model_candidates(doc)
        heads = [(h, place_only(h)) for h in head_candidates(doc)]
        model_orgs, split = two_head_names(model_orgs, [h for h, only in heads if not only], extents)
        rejected += split + [(h, "org.reject.place_only") for h, only in heads if only]
        found = [h for h, only in heads if not only] + model_orgs
        trimmed = [after_infinitive(after_registered(o, ends_at)) for o in found]
        judged = [(o, rejection(o)) for o in trimmed + _named_by_shape(doc)]
        rejected += [(o, rule) for o, rule in judged if rule is not None]
        named = registry + [o for o, rule in judged if rule is None]
        candidates = [*map(_edges, named)]
        kept_ids = set(map(id, kept := inside_blocked(candidates)))
        rejected += [(o, "org.reject.blocked") for o in candidates if id(o) not in kept_ids]
        return kept, rejected


def _named_by_shape(doc: Doc) -> list[Span]:
    """Names found by their shape and place, not by a head noun or the model: acronyms acting as
    organisations, described companies, missions, a dateline's news outlet."""
    found = acronyms_acting(doc) + described_organisations(doc) + mission_names(doc) + company_branches(doc)
    return found + legal_form_names(doc) + dateline_agencies(doc) + source_lines(doc)


def _edges(span: Span) -> Span:
    """A kept name after the span-edge rules of ``_EDGES``, in order (each returns the span it was given when
    it does not apply)."""
    for edge in _EDGES:
        span = edge(span)
    return span


_EDGES = (
    place_and_prefix,
    acronym_tail,
    bracketed_legal_form,
    with_legal_prefix,
    bracket_inside_name,
    outlet_article,
    mission_place,
    national_branch,
    one_state,
)


def _region(span: Span) -> bool:
    """ "Khabarovskiy Kray", "Sichuan Province": a name ending in a place noun with no institution head is a
    region, not an organisation (never "People's Government of Sichuan Province")."""
    lower = column(span.doc, "lower")[span.start : span.end]
    return lower[-1] in PLACE_WORDS and words("org_heads").isdisjoint(lower)


def _mentions(doc: Doc, cands: list[Span]) -> tuple[list[Span], list[Span]]:
    """Flat mentions from the candidates (longest wins), with acronyms, repairs and repeated surnames; and
    the candidates that lost."""
    kept, dropped = select(cands)
    kept += select(acronym_mentions(doc, kept), taken=_extent(kept))[0]
    kept += select(repeated_acronyms(doc, kept), taken=_extent(kept))[0]
    kept += select(repeated_company_names(doc, kept), taken=_extent(kept))[0]
    kept = _adjacent_names(_initials_opening_a_name(_names_read_as_orgs(doc, kept)))
    kept = written_in_full(doc, _title_abbreviations(doc, _parent_possessive(kept), dropped))
    people = [s for s in kept if s.label_ == "PERSON"]
    kept += select(repeated_surnames(doc, people, _extent(kept)), taken=_extent(kept))[0]
    kept.sort(key=lambda s: s.start)
    return units_of_parents(doc, kept), dropped


def _tie_roles(doc: Doc, kept: list[Span], roles: list[Span]) -> tuple[list[Span], list[tuple[Span, str]]]:
    """The titles tied to a named person (the tie decided here, once, and kept in ``doc._.role_ties`` as
    [role start, end, person start, end, rule] for the facts); the others with the rule that rejected them."""
    people = [s for s in kept if s.label_ == "PERSON"]
    org_tokens = {i for s in kept if s.label_ == "ORG" for i in range(s.start, s.end)}
    ctx = RoleContext(people, roles, org_tokens)
    ties = {(r.start, r.end): person_tie(r, ctx) for r in roles}
    stated = [(r, tie[0]) for r in roles for tie in [ties[(r.start, r.end)]] if _stated_role(r, tie, people)]
    tied = _honorific_professors(stated)
    doc._.role_ties = [
        [r.start, r.end, p.start, p.end, rule] for r in tied for p, rule in [ties[(r.start, r.end)]]
    ]
    untied = [(r, _untied_reason(r, ties[(r.start, r.end)], stated)) for r in roles if r not in tied]
    return tied, untied


def _untied_reason(role: Span, tie: TieChoice, stated: list[tuple[Span, Span]]) -> str:
    """The id of the rule that kept a title out of ``doc.ents``: its tie rule when it names no one
    (``role.tie.none``, ``role.reject.counted_group``, ...), else the filter that rejected the pair."""
    if tie[0] is None:
        return tie[1]
    return (
        "role.reject.honorific_professor" if any(r is role for r, _ in stated) else "role.reject.not_stated"
    )


def _discard_order(item: tuple[Span, str]) -> tuple[int, int, str, str, str]:
    """Discards in text order, then by label, rule and proposer."""
    span, rule = item
    return span.start, span.end, span.label_, rule, span.id_


def _discard(span: Span, rule: str) -> Span:
    """A discarded candidate: the rule that proposed it in ``id_``, the rule that rejected it in
    ``kb_id_``."""
    return Span(span.doc, span.start, span.end, label=span.label_, span_id=span.id_, kb_id=rule)


def _indefinite(span: Span) -> bool:
    """Rule ``org.reject.indefinite``: "Bauman University, a National Research University of Russia", "a
    Confucius Institute": a name after "a" / "an", or opening with it ("a Letter of Intent"), describes, it
    names no organisation."""
    lower, text = column(span.doc, "lower"), column(span.doc, "text")
    return span.start > 0 and lower[span.start - 1] in ("a", "an") or text[span.start] in ("a", "an")


def _description(span: Span) -> bool:
    """A nationality and a generic head, "a Chinese university" / "A CHINESE UNIVERSITY": a description."""
    return (
        len(span) == 2
        and lexicon("places").get(span[0].lower_) == "demonym"
        and span[1].lower_ in GENERIC_INSTITUTIONS
    )


def _described(span: Span, registered: set[tuple[int, int]]) -> bool:
    """One descriptive word or common noun before a complete registered name ("Russian Ural Federal
    University", "the Academy TPU") is no part of it; a proper name is ("Kozybayev North Kazakhstan
    University")."""
    first = span[0] if (span.start + 1, span.end) in registered else None  # one Token only when needed
    return first is not None and (
        first.lower_ in words("places")
        or first.lower_ in words("org_heads")
        or first.lower_ in title_words()
        or first.tag_ in ("JJ", "JJS", "JJR")
        or first.is_lower
    )


def _extent(spans: list[Span]) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in spans]
