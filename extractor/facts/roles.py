"""Role facts: who holds which role at which organisation."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from extractor.facts.base import _ents
from extractor.facts.companions import companion_leader
from extractor.facts.home import home_org
from extractor.facts.name_origin import name_origin
from extractor.facts.role_category import of_unit
from extractor.facts.role_org import role_org
from extractor.facts.sides import joined_runs
from extractor.facts.signatories import OFFICIAL_BODIES
from extractor.facts.state_leaders import state_leaders
from extractor.find.role_lists import coordinated, coordinated_before, is_plural
from extractor.lang.rules import rule
from extractor.lang.sentences import sent_of
from extractor.lang.tokens import doc_cache, text_of
from extractor.models import RoleFact


def role_facts(doc: Doc) -> list[RoleFact]:
    """One fact per (person, role, org) stated in the text."""
    people, orgs = _ents(doc, "PERSON"), _ents(doc, "ORG")
    home = home_org(doc)
    found: list[tuple[int, RoleFact]] = []
    for r in _ents(doc, "ROLE"):
        p, tie_rule = _tied(r, people)
        if p is None or not p.kb_id_:
            continue
        group = [p, *coordinated(p, people)] if is_plural(r) else [p]
        if is_plural(r) and p.end <= r.start:  # "A and B, Deputy Chairmen of X"
            group = [*coordinated_before(p, people), p]
        respective = _respective_orgs(r, group, orgs) if len(group) > 1 else []
        for i, person in enumerate(group):
            org, strength, rule = (
                (respective[i].kb_id_, 2, "role.org.respective")
                if respective
                else role_org(r, person, orgs, home)
            )
            if rule in _WEAK_RULES or rule == "role.org.other_unattached":
                org, strength, rule = _from_list(r, person, people, found, (org, strength, rule))
            sent = sent_of(r)
            fact = RoleFact(
                person=person.kb_id_,
                role=r.kb_id_,
                title=r.text,
                org=org,
                start=sent.start_char,
                end=sent.end_char,
                evidence=text_of(sent).strip(),
                rule=rule,
                tie_rule=tie_rule if i == 0 else f"{tie_rule}+coordinated",
            )
            found.append((strength, fact))
            also = _coordinated_org(r, org, orgs) if rule == "role.org.attached" else None
            if also is not None:  # "head of the Faculty of Foreign Studies and Russian Center"
                extra = {"org": also.kb_id_, "rule": "role.org.attached_coordinated"}
                found.append((strength, fact.model_copy(update=extra)))
    facts = _strongest(_state_presidents(_one_side(found), home))
    return [of_unit(f) for f in state_leaders(name_origin(doc, facts)) if not _unit_title_guess(f)]


@rule("role.org.attached_coordinated")
def _coordinated_org(r: Span, org: str | None, orgs: list[Span]) -> Span | None:
    """Rule ``role.org.attached_coordinated``: "Guo Xiaoli, head of the Faculty of Foreign Studies and Russian
    Center": a title's "of" organisation joined by "and" to a second one, nothing else between, heads both."""
    doc = r.doc
    first = next((o for o in orgs if o.kb_id_ == org and r.end <= o.start <= r.end + 2), None)
    if first is None or first.end + 1 >= len(doc) or doc[first.end].lower_ != "and":
        return None
    k = first.end + 1 + (doc[first.end + 1].lower_ == "the")
    second = next((o for o in orgs if o.start == k and o.kb_id_ != org), None)
    # the item ends with it: not "Centre for Vietnam and ASEAN Studies", "Agriculture and Food Ministry said"
    ends = second is not None and (second.end == len(doc) or doc[second.end].text in _ITEM_ENDS)
    return second if ends else None


_ITEM_ENDS = frozenset({",", ".", ";", "(", ")"})


# the categories of a unit's titles: a department's head, an office's deputy director, a council's chair, a
# faculty's professor, researcher or vice-dean (annotation.md categories)
_UNIT_TITLES = frozenset(
    {
        "head",
        "deputy head",
        "deputy director",
        "chair",
        "deputy chair",
        "professor",
        "researcher",
        "vice-dean",
    }
)


@rule("role.reject.unit_title_guess")
def _unit_title_guess(f: RoleFact) -> bool:
    """Rule ``role.reject.unit_title_guess``: a unit's title that nothing but the release's own organisation
    would place is no fact ("the head of international division Chen Qingping" of a visiting delegation, in
    the host's release): it is held in a department, office, council or faculty the text leaves unnamed, as
    often on the other side of the visit as on the release's."""
    return f.rule == "role.org.release_home" and f.role in _UNIT_TITLES


def _from_list(
    r: Span, person: Span, people: list[Span], found: list[tuple[int, RoleFact]], choice: tuple
) -> tuple:
    """A guessed organisation gives way to the one of the list the title stands in: the item before's
    (``role.org.previous_item``) or, when the text ties that one to an organisation, the person accompanied's
    (``role.org.companion``)."""
    if choice[2] in _WEAK_RULES and _list_goes_on(r, person, found):
        return found[-1][1].org, 2, "role.org.previous_item"
    leader = companion_leader(r, person, people) if found else None
    if leader is None:
        return choice
    # the leader's organisation as the text ties it: a guess is no ground for a second guess
    known = [f.org for _, f in found if f.person == leader.kb_id_ and f.org and f.rule not in _WEAK_RULES]
    return (known[0], 2, "role.org.companion") if known else choice


def _list_goes_on(r: Span, person: Span, found: list[tuple[int, RoleFact]]) -> bool:
    """Rule ``role.org.previous_item``: a bare title ending its item of a list whose item before took its
    organisation from the item before it ("A, President of X, B, Vice President") belongs there too."""
    doc = r.doc
    return (
        bool(found)
        and found[-1][1].rule == "role.org.previous_item"
        and found[-1][1].start == sent_of(r).start_char
        and person.end <= r.start
        and (r.end == len(doc) or doc[r.end].text in (",", ".", ";"))
    )


def _strongest(found: list[tuple[int, RoleFact]]) -> list[RoleFact]:
    """One fact per (person, role, org); a person's role stated twice keeps the organisation with the
    strongest evidence."""
    out: dict[tuple, tuple[int, RoleFact]] = {}
    for strength, fact in found:
        out.setdefault((fact.person, fact.role, fact.org), (strength, fact))
    best: dict[tuple, int] = {}
    for (person, role, _), (strength, _) in out.items():
        best[(person, role)] = max(best.get((person, role), -1), strength)
    return [fact for (person, role, _), (strength, fact) in out.items() if strength == best[(person, role)]]


def _tied(role: Span, people: list[Span]) -> tuple[Span | None, str | None]:
    """The person entity the assembly tied the title to and the tie rule (``doc._.role_ties``, decided
    once there)."""
    cache = doc_cache(role.doc)
    if "role_ties_at" not in cache:  # one index per Doc: a runaway line of titles stays linear
        ties = role.doc._.role_ties or []
        cache["role_ties_at"] = {(rs, re_): (ps, pe, rule) for rs, re_, ps, pe, rule in reversed(ties)}
    at = cache["role_ties_at"].get((role.start, role.end))
    if at is None:
        return None, None
    if cache.get("role_people", (None,))[0] is not people:
        cache["role_people"] = (people, {(p.start, p.end): p for p in reversed(people)})
    return cache["role_people"][1].get(at[:2]), at[2]


_WEAK_RULES = frozenset(
    {
        "role.org.sentence_intro",
        "role.org.sentence_only",
        "role.org.release_home",
        "role.org.our_institution",
        "role.org.the_university_named_before",
    }
)


def _one_side(found: list[tuple[int, RoleFact]]) -> list[tuple[int, RoleFact]]:
    """A person keeps one side through the release. Rule ``role.org.person_affiliation``: a title whose
    organisation was only guessed (the sentence's topic, the release's own) takes the one organisation written
    next to another title of the same person ("Zheng Shi, rector of CSCOIET ... The head of CSCOIET, Zheng
    Shi"). A visitor's guessed title is not moved to the release's own organisation: on 1,148 unseen releases
    that move (``role.org.visitor_home``, dropped in the forty-second session) was right 0 times in 4."""
    strong: dict[str, set[str | None]] = {}
    for _strength, f in found:
        if (
            f.rule == "role.org.attached" and f.role != "other"
        ):  # a member of a committee leads no organisation
            strong.setdefault(f.person, set()).add(f.org)
    out = []
    for strength, f in found:
        own = strong.get(f.person, set())
        if f.rule in _WEAK_RULES and len(own) == 1 and f.org not in own:
            f = f.model_copy(update={"org": next(iter(own)), "rule": "role.org.person_affiliation"})
            strength = 2
        out.append((strength, f))
    return out


_STATE_TITLES = frozenset({"president", "vice-president"})


_RECTOR_LED = frozenset({"rector", "vice-rector"})


def _state_presidents(found: list[tuple[int, RoleFact]], home: str | None) -> list[tuple[int, RoleFact]]:
    """Rule ``role.org.state_president``: a president with no organisation written near the title is not the
    president of the release's organisation when that organisation has no presidents: it is led by a rector
    in the same release ("Rector of St Petersburg University Nikolay Kropachev ... President Xi Jinping") or
    it is an official body ("Ministry of ...", "... Commission"); nor of an organisation whose president the
    text names as someone else ("DFG President Peter Strohschneider joined the trip undertaken by Federal
    President Frank-Walter Steinmeier"), nor of one organisation for two people at once ("Presidents Sadyr
    Japarov and Vladimir Putin"); such a title is a state's (org null)."""
    held = {(f.org, f.role): f.person for _, f in found if f.rule == "role.org.attached"}
    other_holder = lambda f: f.role == "president" and held.get((f.org, f.role), f.person) != f.person  # noqa: E731
    guessed = [
        f
        for _, f in found
        if f.rule in ("role.org.release_home", "role.org.sentence_only") and f.role in _STATE_TITLES
    ]
    shared = Counter((f.org, f.start) for f in guessed if f.role == "president")  # "Presidents A and B"
    states = {
        id(f)
        for f in guessed
        if other_holder(f)
        or (f.org == home and _no_presidents(found, home))
        or (f.role == "president" and shared[(f.org, f.start)] > 1)
    }
    return [
        (strength, f.model_copy(update={"org": None, "rule": "role.org.state_president"}))
        if id(f) in states
        else (strength, f)
        for strength, f in found
    ]


def _no_presidents(found: list[tuple[int, RoleFact]], home: str | None) -> bool:
    """The release's organisation has no presidents: a rector leads it in the release, or it is an official
    body ("Ministry of ...", "... Commission")."""
    if home is None:
        return False
    rector_led = any(
        f.rule == "role.org.attached" and f.org == home and f.role in _RECTOR_LED for _, f in found
    )
    return rector_led or bool(
        {w.lower() for w in home.split()} & (OFFICIAL_BODIES | {"commission", "committee"})
    )


def _respective_orgs(role: Span, group: list[Span], orgs: list[Span]) -> list[Span]:
    """For "rectors X and Y": the organisations listed together ("A and B"), one per person, between the title
    and the names ("presidents of A and B, X and Y"), else earlier in the sentence or in the sentence
    before, taken in the same order; nothing when no such list is written."""
    doc, n = role.doc, len(group)
    sent = sent_of(role)
    before = sent.start - 1
    scopes = [(role.end, group[0].start), (sent.start, role.start)]
    own = any(sent.start <= o.start < sent.end for o in orgs)  # "X was represented by the rectors A and B"
    scopes += [(sent_of(doc[before]).start, sent.start)] if before >= 0 and not own else []
    for lo, hi in scopes:
        inside = [o for o in orgs if lo <= o.start and o.end <= hi]
        found = [run for run in joined_runs(inside) if len(run) == n]
        if found:
            return found[-1]
    return _sole_orgs_before(role, n, orgs)


def _sole_orgs_before(role: Span, n: int, orgs: list[Span]) -> list[Span]:
    """ "DSTU intends to open an office at Bukhara State University. The agreement was signed by university
    rectors A and B": when the title's sentence names no organisation and the sentence before names exactly
    as many as there are people, they are taken in order."""
    doc, sent = role.doc, sent_of(role)
    if sent.start == 0 or any(sent.start <= o.start < sent.end for o in orgs):
        return []
    prev = sent_of(doc[sent.start - 1])
    firsts: dict[str, Span] = {}
    for o in orgs:
        if prev.start <= o.start and o.end <= prev.end:
            firsts.setdefault(o.kb_id_, o)
    return list(firsts.values()) if len(firsts) == n else []
