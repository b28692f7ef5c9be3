"""Where a titled person holds the role: the organisation a rule ties to the title (``role.org.*``)."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span

from extractor.facts.affiliation import (
    counterpart_org,
    delegation_member_org,
    group_label_org,
    host_of_guests,
)
from extractor.facts.attached import attached_org
from extractor.facts.base import OWN_NOUNS
from extractor.facts.behalf import behalf_org
from extractor.facts.list_items import previous_title_first_org
from extractor.facts.sentence_only import sentence_only_fits
from extractor.facts.sides import respective_side_choice, respective_titled
from extractor.facts.signatories import institution_of
from extractor.facts.staff_titles import delegation_title, institution_staff
from extractor.facts.state_roles import government_secretary, ministry_of, national, of_country, state_event
from extractor.facts.title_context import OrgChoice, TitleContext
from extractor.facts.title_orgs import (
    anaphor_org,
    bracket_org,
    delegation_leader_org,
    next_title_org,
    possessive_ref,
    previous_item_org,
    previous_titled_org,
    sentence_org,
)
from extractor.find.role_lists import same_sentence
from extractor.find.role_words import PLACE_WORDS
from extractor.lang.lexicons import words
from extractor.lang.rules import rule
from extractor.lang.sentences import sent_of
from extractor.lang.tokens import text_of
from extractor.normalise.categories import category

_HOME_REFS = (("of", "the", "university"), ("of", "the", "institute"))
OUR_INSTITUTION = re.compile(rf"\bour (?:{'|'.join(sorted(OWN_NOUNS))})\b", re.I)
_PUBLIC_CATEGORIES = frozenset({"minister", "deputy minister", "ambassador", "consul", "governor", "mayor"})
# the categories of titles an institution holds, never a state (annotation.md categories)
_INSTITUTION_TITLES = frozenset("rector vice-rector dean vice-dean professor researcher chair".split()) | {
    "director",
    "deputy director",
}
# and the words of elected offices and of rulers' titles
_PUBLIC_ROLES = _PUBLIC_CATEGORIES | {"senator", "councilor", "councillor", "ruler", "emir", "emperor"}


@rule("role.org.ministry_portfolio")
def _ministry(c: TitleContext) -> OrgChoice | None:
    """Rule ``role.org.ministry_portfolio``: a minister -> the ministry with the same portfolio."""
    if category(c.role.text) in ("minister", "deputy minister"):
        ministry = ministry_of(c.role, c.orgs)
        if ministry is not None:
            return ministry.kb_id_, 3, "role.org.ministry_portfolio"
    return None


@rule("role.org.consulate")
def _consulate(c: TitleContext) -> OrgChoice | None:
    """Rule ``role.org.consulate``: "Consul General X at the Russian Consulate": the one consulate named."""
    if category(c.role.text) == "consul":
        consulates = {o.kb_id_ for o in c.orgs if "consulate" in o.kb_id_.lower()}
        if len(consulates) == 1:
            return consulates.pop(), 3, "role.org.consulate"
    return None


@rule("role.org.of_country")
def _country(c: TitleContext) -> OrgChoice | None:
    """Rule ``role.org.of_country``: "president of Mongolia", "President Ilham Aliyev of Azerbaijan"."""
    p = c.person
    after_name = p is not None and p.start == c.role.end and of_country(c.role, c.orgs, p.end)
    return (None, 3, "role.org.of_country") if of_country(c.role, c.orgs) or after_name else None


@rule("role.org.attached")
def _attached(c: TitleContext) -> OrgChoice | None:
    """Rule ``role.org.attached``: "Title of/at ORG", "ORG Title", "X, Title of ORG"."""
    found = attached_org(c.role, c.person, c.orgs)
    return (found.kb_id_, 3, "role.org.attached") if found is not None else None


@rule("role.org.bracket_after_org", "role.org.byline")
def _byline(c: TitleContext) -> OrgChoice | None:
    """Rule ``role.org.bracket_after_org``: "Gymnasium № 38 (Director: Galina A. Parubova)": the organisation
    before the bracket; ``role.org.byline``: "Author: Gao Ya", "Webmaster: O. Sinitsyna": a page's byline."""
    doc, role, person = c.doc, c.role, c.person
    if (found := bracket_org(role, c.orgs)) is not None:
        return found.kb_id_, 3, "role.org.bracket_after_org"
    if person is not None and text_of(doc[role.end : role.end + 1]) == ":" and person.start == role.end + 1:
        return None, 3, "role.org.byline"
    return None


@rule("role.org.on_behalf_of", "role.org.represented_by", "role.org.side_of")
def _behalf(c: TitleContext) -> OrgChoice | None:
    """Rules ``role.org.on_behalf_of`` / ``.represented_by`` (see :func:`behalf_org`)."""
    behalf = behalf_org(c.role, c.person, c.orgs)
    return (behalf[0].kb_id_, 3, behalf[1]) if behalf is not None else None


@rule("role.org.previous_item", "role.org.next_title", "role.org.previous_titled")
def _inherited(c: TitleContext) -> OrgChoice | None:
    """Rules ``role.org.previous_item`` / ``.next_title`` / ``.previous_titled``: the organisation of the list
    item or title next to this one."""
    return (
        previous_item_org(c.role, c.person, c.orgs, c.home)
        or next_title_org(c.role, c.orgs)
        or previous_titled_org(c.role, c.person, c.orgs)
        or previous_title_first_org(c.role, c.person, c.orgs)
    )


@rule("role.org.possessive")
def _possessive(c: TitleContext) -> OrgChoice | None:
    """Rule ``role.org.possessive``: "a delegation of X led by its Party Secretary Y"."""
    if c.word_before() in ("its", "their"):
        doc, role = c.doc, c.role
        earlier = [o for o in c.orgs if o.end <= role.start and same_sentence(doc, o.start, role.start)]
        if earlier:  # "director of the region's education department; and B, its deputy": the unnamed unit's
            heads = words("org_heads")
            unit = any(t.is_lower and t.lower_ in heads for t in doc[earlier[-1].end : role.start])
            return (None if unit else earlier[-1].kb_id_), 3, "role.org.possessive"
    return None


@rule("role.org.delegation_leader")
def _leader(c: TitleContext) -> OrgChoice | None:
    """Rule ``role.org.delegation_leader``: the title of the person who leads a delegation of X."""
    leader = delegation_leader_org(c.role, c.orgs)
    return (leader.kb_id_, 3, "role.org.delegation_leader") if leader is not None else None


def _after(c: TitleContext) -> tuple[str, ...]:
    """The three words after the title, or its own last three when it ends in "of the <noun>" ("Chairman of
    the commission")."""
    tail = tuple(t.lower_ for t in c.role[-3:])
    if len(c.role) > 3 and tail[:2] == ("of", "the"):
        return tail
    return tuple(t.lower_ for t in c.doc[c.role.end : c.role.end + 3])


@rule("role.org.the_university_named_before")
def _named_before(c: TitleContext) -> OrgChoice | None:
    """Rule ``role.org.the_university_named_before``: "the rector of the university": the university named
    last (a guess by recency)."""
    named = anaphor_org(c.role, _after(c), c.orgs) or anaphor_org(c.role, possessive_ref(c.role), c.orgs)
    return (named.kb_id_, 2, "role.org.the_university_named_before") if named is not None else None


@rule("role.org.our_institution", "role.org.our_own")
def _our(c: TitleContext) -> OrgChoice | None:
    """Rule ``role.org.our_institution``: "the rector of the university", a title in a sentence about "our
    university" -> the release's own organisation (None if it never names itself; no delegation's member).
    Rule ``role.org.our_own``: "our president", "a representative of our University" (no guess: it stays)."""
    before = tuple(t.lower_ for t in c.doc[max(0, c.role.start - 2) : c.role.start])
    named = _after(c)[-1:] in (("university",), ("institute",)) and c.home is not None  # not its office
    if c.word_before() == "our" or _after(c)[:2] == ("of", "our"):
        return (institution_of(c.home) if named else c.home), 2, "role.org.our_own"
    if category(c.role.text) in _PUBLIC_CATEGORIES:
        return None  # "the ambassador of Rwanda to China" in a sentence about our university: a state's
    if (
        _after(c) in _HOME_REFS
        or before in (("the", "university"), ("our", "university"))
        or OUR_INSTITUTION.search(text_of(sent_of(c.role)))
        and delegation_member_org(c.role, c.orgs) is None
    ):
        return (institution_of(c.home) if named else c.home), 2, "role.org.our_institution"
    return None


@rule("role.org.public_office", "role.org.government_secretary")
def _public_office(c: TitleContext) -> OrgChoice | None:
    """Rule ``role.org.public_office``: a national office, a minister, ambassador, governor or mayor ("Deputy
    Mayor") with no body named: no organisation. A nationality makes a state's office only of a title states
    hold ("Russian President"), never of an institution's ("Russian rector A", "UC Vice-Chancellor"). Rule
    ``role.org.government_secretary``: a government portfolio's secretary ("Tourism Secretary X", "Permanent
    Secretary") or a party's "General Secretary", likewise."""
    words_of_title = c.role.text.lower().replace("-", " ").split()
    cat = category(c.role.text)
    if (
        national(c.role)
        and cat not in _INSTITUTION_TITLES
        or cat in _PUBLIC_ROLES
        or any(w in _PUBLIC_ROLES for w in words_of_title)
    ):
        return None, 2, "role.org.public_office"
    return (None, 2, "role.org.government_secretary") if government_secretary(c.role) else None


@rule("role.org.state_event")
def _state_event(c: TitleContext) -> OrgChoice | None:
    """Rule ``role.org.state_event``: "President Park Geun-Hye and her Kazakhstan counterpart President
    Nursultan Nazarbayev had a summit meeting", "the official visit of President Shavkat Mirziyoyev to
    Malaysia", "approved by the Order of President Ilham Aliyev": a president at a summit or state visit, or
    one whose decree is cited, is a state's (no organisation)."""
    if category(c.role.text) == "president" and state_event(c.role):
        return None, 2, "role.org.state_event"
    return None


@rule("role.org.delegation_member")
def _member(c: TitleContext) -> OrgChoice | None:
    """Rule ``role.org.delegation_member`` (see :func:`delegation_member_org`)."""
    member = delegation_member_org(c.role, c.orgs)
    return (member.kb_id_, 2, "role.org.delegation_member") if member is not None else None


@rule("role.org.counterpart")
def _counterpart(c: TitleContext) -> OrgChoice | None:
    """Rule ``role.org.counterpart`` (see :func:`counterpart_org`)."""
    other = counterpart_org(c.role, c.orgs, c.home)
    return (other, 2, "role.org.counterpart") if other is not None else None


@rule("role.org.group_label")
def _group_label(c: TitleContext) -> OrgChoice | None:
    """Rule ``role.org.group_label`` (see :func:`group_label_org`)."""
    group = group_label_org(c.role, c.orgs)
    return (group, 2, "role.org.group_label") if group is not None else None


def _delegation(c: TitleContext) -> OrgChoice | None:
    """Rule ``role.org.delegation_title`` (see :func:`delegation_title`): no organisation."""
    return (None, 3, "role.org.delegation_title") if delegation_title(c.role) else None


@rule("role.org.host_of_guests")
def _host(c: TitleContext) -> OrgChoice | None:
    """Rule ``role.org.host_of_guests`` (see :func:`host_of_guests`)."""
    host = host_of_guests(c.role, c.orgs)
    return (host, 2, "role.org.host_of_guests") if host is not None else None


@rule("role.org.sentence_subject", "role.org.sentence_intro", "role.org.sentence_only")
def _sentence(c: TitleContext) -> OrgChoice | None:
    """Rules ``role.org.sentence_*``: the sentence's topic or only organisation, the latter only where it can
    hold the title (:func:`sentence_only_fits`: near a title of the category ``other``, an institution for a
    rector's or president's title)."""
    found, strength, rule = sentence_org(c.role, c.orgs)
    if found is None or rule == "role.org.sentence_only" and not sentence_only_fits(c.role, c.person, found):
        return None
    return found.kb_id_, strength, rule


@rule("role.org.regional_office")
def _regional(c: TitleContext) -> OrgChoice | None:
    """Rule ``role.org.regional_office``: "director of the region's education department": no organisation."""
    if any(w in PLACE_WORDS or w in words("places") for w in c.role.text.lower().split()):
        return None, 0, "role.org.regional_office"
    return None


ROLE_ORG_RULES: tuple[Callable[[TitleContext], OrgChoice | None], ...] = (
    _ministry,
    _consulate,
    _country,
    _attached,
    respective_titled,
    _delegation,
    _byline,
    _behalf,
    _inherited,
    _possessive,
    _leader,
    _named_before,
    _our,
    _public_office,
    _state_event,
    _group_label,
    _member,
    _counterpart,
    _host,
    respective_side_choice,
    _sentence,
    _regional,
)


def role_org(role: Span, person: Span | None, orgs: list[Span], home: str | None = None) -> OrgChoice:
    """The role's organisation key, its evidence (3 beside the title, 2 the sentence's topic, 1 its only
    organisation, 0 the release's) and rule: the first of ``ROLE_ORG_RULES`` that applies, else
    ``role.org.release_home`` or, outside an institution's ranks (:func:`institution_staff`),
    ``role.org.other_unattached`` (none)."""
    c = TitleContext(role, person, orgs, home)
    found = next((found for rule in ROLE_ORG_RULES if (found := rule(c)) is not None), None)
    if found is not None:
        return found
    if role.kb_id_ == "other" and not institution_staff(role):  # an envoy, expert: nobody's until named
        return None, 0, "role.org.other_unattached"
    return home, 0, "role.org.release_home"
