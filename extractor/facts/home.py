"""The publishing organisation of a release (its home) and the organisations a release is about."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extractor.facts.base import (
    EVENT_NOUNS,
    METADATA_LINE,
    OWN_NOUNS,
    SIGNED_WORDS,
    _ents,
    _tag,
    framework_of,
    head_noun,
    is_media,
)
from extractor.facts.home_datelines import dateline_credit, dateline_source, site_banner
from extractor.facts.role_org import OUR_INSTITUTION
from extractor.find.org_words import DELEGATIONS
from extractor.lang.lexicons import lexicon
from extractor.lang.rules import rule
from extractor.lang.tokens import doc_cache, doc_text, line_of, text_of


def top_orgs(doc: Doc, n: int) -> list[str]:
    """The organisations the release is about: the most often mentioned keys (first ones on ties),
    leaving out news outlets and header lines ("Source: International Office")."""
    keys = [
        o.kb_id_
        for o in _ents(doc, "ORG")
        if not is_media(doc, o.kb_id_)
        and not METADATA_LINE.match(line_of(doc, o.start_char))
        and not _tag(o)
        and not framework_of(o)
    ]
    return sorted(dict.fromkeys(keys), key=lambda k: -keys.count(k))[:n]


_GUESTS = frozenset({"representatives", "delegates", "guests"})


def _acts(org: Span, strict: bool) -> bool:
    """The organisation is a subject; unless strict, also the "of" part of one ("The delegation of X is ...",
    "Y, Vice President of X, led a delegation")."""
    if any(t.dep_ in ("nsubj", "nsubjpass") for t in org):
        return True
    root = org.root
    if root.dep_ in ("compound", "poss") and root.head.dep_ in ("nsubj", "nsubjpass"):
        return True  # "TSUULL staff is still on a business trip", "MGIMO's delegation visited"
    if strict or root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    owner = root.head.head
    for _ in range(
        2
    ):  # up a chain of "of"/"for" parts: "The Vice-Rector for Research of X A.B. Name took part"
        if owner.dep_ != "pobj" or owner.head.dep_ != "prep" or owner.lower_ in EVENT_NOUNS:
            break
        owner = owner.head.head
    if (
        owner.dep_ == "compound" and owner.tag_ == "NNP"
    ):  # "The Vice-Rector of X A.A. Erofeev": the title's name
        owner = owner.head
    if owner.lower_ in EVENT_NOUNS:
        # rule home.reject.event_of: "a meeting of the Working Commission was held": an event's body
        return False
    if owner.lower_ in _GUESTS:
        # rule home.reject.guests_of: "Representatives of X got acquainted with ...": the guests' body
        return False
    return (
        owner.dep_ in ("nsubj", "nsubjpass")
        or owner.dep_ == "appos"
        and owner.head.dep_ in ("nsubj", "nsubjpass")
    )


def home_org(doc: Doc) -> str | None:
    """The release's own organisation (computed once per Doc; see :func:`_home_org`)."""
    cache = doc_cache(doc)
    if "home" not in cache:
        cache["home"] = _home_org(doc)
    return cache["home"]  # type: ignore[return-value]


def _home_org(doc: Doc) -> str | None:
    """The organisation the release is about: the first one that is a grammatical subject, else the most
    often mentioned; unknown when the headline speaks of "our university" without naming it."""
    text = doc_text(doc).lstrip()
    headline = text[: text.find("\n")] if "\n" in text else text
    if OUR_INSTITUTION.search(headline):
        return None
    every = _ents(doc, "ORG")
    if (credited := dateline_credit(doc, every) or site_banner(doc, every)) is not None:
        return credited
    orgs = [o for o in every if not dateline_source(doc, o)]
    lead = _headline_start(doc_text(doc))
    if (short := _headline_short_form(doc, orgs, lead)) is not None:
        return short
    opening = next((o for o in orgs if o.start_char == lead), None)
    if opening is not None and (_tag(opening) or _visitors(opening)):
        opening = None
    if opening is not None and not is_media(doc, opening.kb_id_):
        return opening.kb_id_  # a headline that opens with its organisation: "CHD Signs ... with TPU"
    own = _headline_subject(doc, orgs, lead)
    if own is not None:
        return own
    actors = [
        o
        for o in orgs
        if not is_media(doc, o.kb_id_)
        and not METADATA_LINE.match(line_of(doc, o.start_char))
        and (o.kb_id_ in (doc._.org_types or {}) or not _part_of_something(o.kb_id_))
    ]
    partners = {o.kb_id_ for o in orgs if _beside_our(o)}
    for strict in (True, False):  # the first organisation that does something: "X held a meeting with Y"
        for o in actors:
            if _acts(o, strict):
                return o.kb_id_ if o.kb_id_ not in partners else None
    top = top_orgs(doc, 1)
    return top[0] if top and top[0] not in partners else None


_PARTNER_BEFORE = frozenset(
    {
        "with",
        "from",
        "to",
        "visit",
        "visits",
        "visited",
        "visiting",
        "by",
        "and",
        "at",
        "in",
        "between",
        "for",
    }
)


def _headline_subject(doc: Doc, orgs: list[Span], lead: int) -> str | None:
    """Rule ``home.headline_owner``: the first organisation of the headline when it is the subject or the "of"
    part of it, not a partner, a visitor's origin or a place ("Executive of Chiang Mai University together
    with ... SCUT's delegates" -> Chiang Mai University; never the X of "Delegation from X visits Y" or of
    "VSU became a member of X")."""
    text = doc_text(doc)
    end = _line_end(text, lead)
    for o in orgs:
        if o.start_char < lead or o.start_char >= end:
            continue
        before = {t.lower_ for t in doc[max(0, o.start - 2) : o.start]}
        if is_media(doc, o.kb_id_) or before & (_PARTNER_BEFORE | DELEGATIONS) or not _acts(o, False):
            return None  # the headline names a partner or an object first: no owner to read from it
        return o.kb_id_
    return None


_SHORT_FORM = re.compile(r"[A-Z][A-Za-z]{0,5}[A-Z]")


@rule("home.headline_short_form")
def _headline_short_form(doc: Doc, orgs: list[Span], lead: int) -> str | None:
    """Rule ``home.headline_short_form``: a site writes its own name short in its headlines ("Khovd Branch
    School of National University of Mongolia Visited QUT", "President of University of Murcia Visits SHNU",
    "SDUW Delegation Visits Partner Universities in Russia"): the one organisation a short headline (20
    words at most) names by a bare acronym, not one in brackets after its name, a topic tag or an outlet."""
    text = doc_text(doc)
    end = _line_end(text, lead)
    if len(text[lead:end].split()) > 20:
        return None
    keys = {
        o.kb_id_
        for o in orgs
        if lead <= o.start_char < end
        and len(o) == 1
        and _SHORT_FORM.fullmatch(o.text)
        and text[o.start_char - 1 : o.start_char] != "("
        and not _tag(o)
        and not is_media(doc, o.kb_id_)
    }
    return keys.pop() if len(keys) == 1 else None


def _line_end(text: str, start: int) -> int:
    """Where the line that holds ``start`` ends (the headline's end)."""
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _visitors(org: Span) -> bool:
    """Rule ``home.reject.visiting_delegation``: "X Delegation Visits Y" names the visitors, who may be the
    host's guests or the release's own people: the headline does not say whose release it is."""
    doc = org.doc
    return org.end < len(doc) and doc[org.end].lower_ in DELEGATIONS


def _part_of_something(key: str) -> bool:
    """A school, faculty, office or department by its head noun (and not in the registry): part of an
    institution, not the one whose release this is ("Ingilab Ahmadov, the dean of the Graduate School of
    Economics, provided ...")."""
    head = head_noun(key)
    return head in ("school", "faculty") or lexicon("unit_heads").get(head) == "office_head"


def _headline_start(text: str) -> int:
    """Where the headline begins: the first line of four words or more within the first ten lines, past the
    page's menu lines ("Latest News", "Home > Updates"); else the first character."""
    pos = 0
    for line in text[:2000].split("\n")[:10]:
        if len(line.split()) >= 4 and not METADATA_LINE.match(line) and ">" not in line:
            return pos + len(line) - len(line.lstrip())
        pos += len(line) + 1
    return len(text) - len(text.lstrip())


_OUR_SIDE = re.compile(OUR_INSTITUTION.pattern + r"\s*(?:and|,)\s*(?:the\s+)?$", re.I)


def _beside_our(org: Span) -> bool:
    """The organisation is named next to the release's own unnamed one ("our university and X", "X and our
    university"): it is the partner, not the publisher."""
    doc = org.doc
    before = text_of(doc[max(0, org.start - 5) : org.start]) if org.start else ""
    after = [t.lower_ for t in doc[org.end : org.end + 3]]
    return (
        bool(_OUR_SIDE.search(before))
        or after[:2] == ["and", "our"]
        and len(after) > 2
        and after[2] in OWN_NOUNS
    )


# the sides counted by their kind: "the two universities", "both academies", "the two railway
# administrations", "During the meeting, two sides recalled"
_SIDE_NOUNS = (
    r"(?:universities|schools|sides|parties|institutions|organi[sz]ations|academies|institutes|colleges|"
    r"companies|administrations|agencies|ministries)"
)
BOTH_SIDES = re.compile(
    rf"(?:(?:\bthe two|(?:\A|[,;:])\s*two) (?:\w+ )?{_SIDE_NOUNS}|\bboth {_SIDE_NOUNS}|"
    r"\bthe (?:parties|sides|universities|institutions|organi[sz]ations)\b(?! of)|\bour universities|"
    r"\b(?:we|they|the two)\s+(?:have\s+|had\s+|also\s+)?(?:" + SIGNED_WORDS + r"|agreed))\b",
    re.I,
)


def topic_orgs(m: Span, orgs: list[Span]) -> set[int]:
    """Organisations in the agreement's topic ("a memorandum on the BRICS Network University", "an agreement
    on setting up ..."): written after the mention behind "on"/"for"/"to establish" and before any "with"."""
    doc = m.doc
    i = m.end
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        i += 3  # "a Memorandum of Understanding (MoU) to establish ...": past the short form in brackets
    elif i < len(doc) and doc[i].text == ")":
        i += 1  # the short form itself: "(MoU) to establish ..."
    if i >= len(doc) or doc[i].lower_ not in {"on", "for", "to", "regarding", "concerning"}:
        return set()
    if i + 1 < len(doc) and doc[i + 1].lower_ == "behalf":
        return set()  # "agreements on behalf of SISU": the signer, not the topic
    out = set()
    for o in orgs:
        if o.start > i and not any(
            t.lower_ in {"with", "between", "by"} or t.text in {",", ";"} for t in doc[i : o.start]
        ):  # a comma ends the topic's clause
            out.add(o.start)
    return out


def says_our_institution(doc: Doc) -> bool:
    """The release speaks of "our university" somewhere (searched once per Doc, not once per mention)."""
    cache = doc_cache(doc)
    if "our_institution" not in cache:
        cache["our_institution"] = bool(OUR_INSTITUTION.search(doc_text(doc)))
    return cache["our_institution"]
