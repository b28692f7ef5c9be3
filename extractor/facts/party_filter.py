"""Which organisations of a sentence can be parties to an agreement: not news outlets, bracketed sources,
venues, sources, memberships, a unit's parent, a governing body's organisation, an event's body or a
framework (read once per sentence)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extractor.facts.base import METADATA_LINE, _ents, _tag, event_of, framework_of, head_noun, is_media
from extractor.lang.lexicons import words
from extractor.lang.tokens import (
    QUOTES_CLOSE,
    QUOTES_OPEN,
    bracketed_token,
    column,
    doc_cache,
    line_of,
    text_of,
)

_NOT_PARTY_BEFORE = frozenset({"at", "in", "by", "of", "from", "via", "to"})


def _bracketed(o: Span) -> bool:
    """A bracketed source: "(UzDaily.com)", "/Xinhua/", "(ANI):" (the tokenizer keeps "):" whole)."""
    doc = o.doc
    return (
        o.start > 0
        and o.end < len(doc)
        and doc[o.start - 1].text[-1:] in ("(", "/")
        and doc[o.end].text[:1] in (")", "/")
    )


def _venue(o: Span) -> bool:
    """Rule ``agreement.party.not_venue``: "on the Far Eastern Federal University (FEFU) campus"; a place
    named as one ("in Conference Room 209 of the North Office Building", "at the Landmark Hotel")."""
    text = column(o.doc, "text")
    if head_noun(text_of(o)) in _VENUE_NOUNS | {"hotel", "room"}:
        return True
    k = o.end + 3 if o.end + 2 < len(text) and text[o.end] == "(" and text[o.end + 2] == ")" else o.end
    return k < len(text) and column(o.doc, "lower")[k] in _VENUE_NOUNS


def _word_before(o: Span) -> Token | None:
    """The word before an organisation, past "the"."""
    doc = o.doc
    prev = doc[o.start - 1] if o.start > 0 else None
    return doc[o.start - 2] if prev is not None and prev.lower_ == "the" and o.start > 1 else prev


def _not_a_party_here(o: Span, sent: Span) -> bool:
    """Rules ``agreement.party.not_source`` ("..., as stated by the Embassy of Mongolia in Russia"),
    ``.not_membership`` ("X, Member of the Standing Committee of ..., signed"; also the parent a party is
    described by: "B, an affiliated enterprise of C", ``patterns/relation_nouns.jsonl``) and places of an
    event ("held at X"; "At X, the rectors signed ..." opens with the host)."""
    doc, prev = o.doc, _word_before(o)
    if prev is None:
        return False
    if prev.i > 0 and (prev.lower_, doc[prev.i - 1].lower_) in _SOURCE_CUES:
        return True
    if prev.lower_ == "of" and prev.i > 0 and doc[prev.i - 1].lower_ in words("relation_nouns"):
        return True  # "Member of the Standing Committee of X", "B, an affiliated enterprise of C"
    return prev.lower_ in {"at", "in"} and not (prev.i == sent.start or prev.is_sent_start)


def party_orgs(sent: Span) -> list[Span]:
    """Organisations of a sentence that can conclude an agreement: not news outlets (rule
    ``agreement.party.not_media``: "Iran Press"), not bracketed sources ("(UzDaily.com)"), not a headline's
    topic tag (``home.reject.tag``) or the framework of an event (``agreement.party.not_framework``), not
    venues, sources, memberships or places of an event, not on a metadata line. Read once per span."""
    cache = doc_cache(sent.doc).setdefault("party_orgs", {})
    key = (sent.start, sent.end)
    if key not in cache:
        cache[key] = _party_orgs(sent)
    return list(cache[key])


APPOSED_PARENTS = "apposed_parents"  # doc_cache key: start -> end of each parent in apposition


def parent_aside(doc: Doc, i: int) -> int | None:
    """The token after a parent set off after its unit at token ``i`` (", Chinese Academy of Sciences(CAS)",
    "CAS" after "(NSSC)"), as rule ``agreement.party.parent_apposition`` found it in the sentence's
    organisations (:func:`party_orgs`); else None."""
    found = doc_cache(doc).get(APPOSED_PARENTS, {})
    start = i + 1 if doc[i].text == "," else i
    return _past_short_form(doc, found[start]) if start in found else None


def _party_orgs(sent: Span) -> list[Span]:
    doc = sent.doc
    orgs = _ents(doc, "ORG", sent)
    parents = {b.start for a, b in zip(orgs, orgs[1:]) if _parent_of(a, b) or _under(a, b)}
    named = [o for o in orgs if not _bracketed(o)]  # "Institute X (IX), CAS": past the short form
    apposed = [b for a, b in zip(named, named[1:]) if _parent_in_apposition(a, b)]
    parents.update(b.start for b in apposed)
    doc_cache(doc).setdefault(APPOSED_PARENTS, {}).update((b.start, b.end) for b in apposed)
    bodies = {a.start for a, b in zip(orgs, orgs[1:]) if _of_next(a, b) and head_noun(a.text) in _BODY_NOUNS}
    return [
        o
        for o in orgs
        if o.start not in parents
        and o.start not in bodies
        and not is_media(doc, o.kb_id_)
        and not _bracketed(o)
        and not _venue(o)
        and not _not_a_party_here(o, sent)
        and not _tag(o)  # "SCO: MEMORANDUM WITH ILI PEDAGOGICAL UNIVERSITY": the page's topic tag
        and not framework_of(o)
        and not event_of(o)
        and not METADATA_LINE.match(line_of(doc, o.start_char))
        and not _in_a_title(o)
        and not _founded(o)
    ]


_BEFORE_NAME = frozenset({"the", "a", "an", "joint", "new"})


def _founded(o: Span) -> bool:
    """Rule ``agreement.party.not_founded``: an organisation the sentence founds ("an agreement was signed on
    the creation of the Chinese-Belarusian Association of Universities", "to set up the Egyptian-Chinese
    University", "an MoU on establishing the Uzbekistan-India Entrepreneurship Development Centre") is what
    the document is about, not a party (``patterns/founding_words.jsonl``)."""
    lower = column(o.doc, "lower")
    i = o.start - 1
    while i >= 0 and lower[i] in _BEFORE_NAME:
        i -= 1
    if i > 0 and lower[i] == "of":
        i -= 1  # "the creation of X"
    founding = words("founding_words")
    return i >= 0 and (lower[i] in founding or i > 0 and f"{lower[i - 1]} {lower[i]}" in founding)


_OPEN, _CLOSE = QUOTES_OPEN - {"'"}, QUOTES_CLOSE - {"'"}  # an apostrophe opens no title
_QUOTES = _OPEN | _CLOSE


def _in_a_title(o: Span) -> bool:
    """Rule ``agreement.party.not_in_title``: an organisation inside a quoted title that says more than its
    name (a seminar on "“Sino-Belarus Cooperation on Low-Carbon Technology Innovation and Clean Energy Sector
    Development”") names a topic, not a party."""
    text = column(o.doc, "text")
    lo, hi = max(0, o.start - 25), min(len(text), o.end + 25)
    opened = next((i for i in range(o.start - 1, lo - 1, -1) if text[i] in _QUOTES), None)
    if opened is None or text[opened] not in _OPEN or text[opened] == '"' and opened != o.start - 1:
        return False
    closed = next((i for i in range(o.end, hi) if text[i] in _CLOSE), None)
    return closed is not None and (opened, closed) != (o.start - 1, o.end)


def _under(unit: Span, superior: Span) -> bool:
    """Rule ``agreement.party.not_superior``: "the X Center under the Cabinet of Ministers": the body X is
    under signs, not the body over it."""
    gap = [t.lower_ for t in unit.doc[unit.end : superior.start]]
    return gap in (["under"], ["under", "the"])


def _parent_in_apposition(unit: Span, parent: Span) -> bool:
    """Rule ``agreement.party.parent_apposition``: "The Key Laboratory of Mineral Resources, CAS, and the
    Geoscience Center of X signed": the organisation set off by commas right after a laboratory, centre or
    institute is its parent, not a third party; so is an academy of sciences written out ("the Institute of
    Process Engineering (IPE), Chinese Academy of Sciences(CAS) and the Egyptian Bureau"), and an acronym
    right after the unit's short form ("National Space Science Center (NSSC) CAS")."""
    doc = unit.doc
    k = _past_short_form(doc, unit.end)
    academy = "academy of sciences" in parent.kb_id_.lower()
    acronym = parent.text.replace(" ", "").isupper()  # "CAS", "SB RAS": not the next list item
    if head_noun(unit.kb_id_) not in _UNIT_NOUNS:
        return False
    if parent.start == k and k > unit.end:
        return acronym
    e = _past_short_form(doc, parent.end)
    return (
        parent.start == k + 1
        and doc[k].text == ","
        and (e == len(doc) or doc[e].text in (",", ")") or academy and doc[e].lower_ == "and")
        and (acronym or academy)
    )


def _past_short_form(doc: Doc, i: int) -> int:
    """The token after a bracketed short form opening at ``i`` ("(IPE)"), or ``i`` when none opens there."""
    inside = bracketed_token(doc, i) if i < len(doc) else None
    return i if inside is None else inside + 2 + (doc[inside + 1].text in QUOTES_CLOSE)


def _of_next(a: Span, b: Span) -> bool:
    """ "A of (the) B", past A's bracketed short form: "the XIEG (XIEG) of the Chinese Academy of ..."."""
    doc, k = a.doc, a.end
    if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
        k += 3
    elif k < len(doc) and doc[k].text == ")":  # A is the short form itself
        k += 1
    return k < len(doc) and doc[k].lower_ == "of" and b.start == k + 1 + (doc[k + 1].lower_ == "the")


def _parent_of(unit: Span, parent: Span) -> bool:
    """Rule ``agreement.party.parent_of``: "Director of the Xinjiang Institute of Ecology and Geography (XIEG)
    of the Chinese Academy of Sciences, and ... signed": the parent written after a unit is no party."""
    unit_noun = head_noun(unit.kb_id_) in _UNIT_NOUNS or unit.text.isupper()  # "(XIEG) of the CAS"
    return _of_next(unit, parent) and unit_noun


# rule agreement.party.governing_body: "Head of the Executive Organ of the Zamin Foundation": a body that
# governs an organisation signs for it (the organisation after "of" is the party)
_BODY_NOUNS = frozenset(
    {"council", "board", "organ", "committee", "presidium", "rectorate", "senate", "administration"}
)


_UNIT_NOUNS = frozenset(
    {
        "laboratory",
        "lab",
        "center",
        "centre",
        "institute",
        "department",
        "faculty",
        "school",
        "garden",
        "observatory",
    }
)


_VENUE_NOUNS = frozenset({"campus", "premises", "building", "headquarters", "venue", "site", "hall"})


_SOURCE_CUES = frozenset(
    {
        ("by", "stated"),
        ("by", "reported"),
        ("by", "announced"),
        ("to", "according"),
        ("by", "reports"),
        ("by", "informed"),
        ("by", "organized"),  # rule agreement.party.not_organiser: "the forum organized by X, where ..."
        ("by", "organised"),
        ("by", "hosted"),
        ("by", "sponsored"),
        ("by", "facilitated"),
        ("by", "supported"),  # "Supported by the ILO/China Partnership Programme, the agreement was signed"
        ("by", "funded"),
        # the body that helped a signing along is no party of it: "with the assistance of the Embassy of BiH",
        # "under the auspices of X", "Thanks to the coordination from The Federation of Chinese Associations"
        ("by", "coordinated"),
        ("of", "assistance"),
        ("of", "support"),
        ("of", "auspices"),
        ("of", "help"),
        ("of", "coordination"),
        ("of", "mediation"),
        ("from", "coordination"),
        ("from", "support"),
    }
)
