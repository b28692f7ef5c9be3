"""Organisations listed as the parties of an agreement: "between A and B", "with A, B and C", a subject before
the verb."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from extractor.facts.base import METADATA_LINE, SIGN_FORMS, _ents, _tag, framework_of, head_noun, is_media
from extractor.facts.home import topic_orgs
from extractor.facts.title_orgs import attached_org
from extractor.lang.lexicons import words
from extractor.lang.tokens import SENT_REACH, doc_cache, doc_text, line_of, sent_of

STATE_DOCUMENTS = frozenset({"treaty", "treaties"})


_NOT_PARTY_BEFORE = frozenset({"at", "in", "by", "of", "from", "via", "to"})


def with_line_start(sent: Span) -> Span:
    """The sentence widened to the start of its line (a headline the parser cut: "HIT | signs MoU with
    ...")."""
    doc = sent.doc
    start = sent.start
    if start > 0 and doc[start - 1].text in {".", "!", "?", ";"}:
        return sent  # a real sentence boundary, not a cut headline
    stop = max(0, sent.start - SENT_REACH)
    while start > stop and "\n" not in doc[start - 1].whitespace_ and not doc[start - 1].is_space:
        start -= 1
    return doc[start : sent.end]


def _bracketed(o: Span) -> bool:
    """A bracketed source: "(UzDaily.com)", "/Xinhua/"."""
    doc = o.doc
    return o.start > 0 and o.end < len(doc) and doc[o.start - 1].text in "(/" and doc[o.end].text in ")/"


def _venue(o: Span) -> bool:
    """Rule ``agreement.party.not_venue``: "on the Far Eastern Federal University (FEFU) campus"; a place
    named as one ("in Conference Room 209 of the North Office Building", "at the Landmark Hotel")."""
    doc = o.doc
    if head_noun(o.text) in _VENUE_NOUNS | {"hotel", "room"}:
        return True
    k = o.end + 3 if o.end + 2 < len(doc) and doc[o.end].text == "(" and doc[o.end + 2].text == ")" else o.end
    return k < len(doc) and doc[k].lower_ in _VENUE_NOUNS


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


def _party_orgs(sent: Span) -> list[Span]:
    doc = sent.doc
    orgs = _ents(doc, "ORG", sent)
    parents = {b.start for a, b in zip(orgs, orgs[1:]) if _parent_in_apposition(a, b) or _parent_of(a, b)}
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
        and not METADATA_LINE.match(line_of(doc, o.start_char))
    ]


def _parent_in_apposition(unit: Span, parent: Span) -> bool:
    """Rule ``agreement.party.parent_apposition``: "The Key Laboratory of Mineral Resources, CAS, and the
    Geoscience Center of X signed": the organisation set off by commas right after a laboratory, centre or
    institute is its parent, not a third party."""
    doc = unit.doc
    return (
        parent.start == unit.end + 1
        and doc[unit.end].text == ","
        and (parent.end == len(doc) or doc[parent.end].text in (",", ")"))
        and parent.text.replace(" ", "").isupper()  # "CAS", "SB RAS": an acronym, not the next list item
        and head_noun(unit.kb_id_) in _UNIT_NOUNS
    )


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
    {"laboratory", "lab", "center", "centre", "institute", "department", "faculty", "school"}
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
    }
)


def _chain(doc: Doc, start: int, orgs: list[Span]) -> list[Span]:
    """Organisations coordinated from token ``start`` on: "A, B and the C"."""
    out, i = [], start
    by_start = {o.start: o for o in orgs}
    while i < len(doc):
        if i in by_start:
            out.append(by_start[i])
            i = by_start[i].end
        elif out and (close := _place_bracket(doc, i, by_start)) is not None:
            i = close + 1  # "Hacettepe University (Ankara), University of Karabuk (Karabuk), ...": its city
        elif (
            doc[i].lower_ in _CHAIN_GLUE
            or doc[i].is_space
            or _INITIAL.match(doc[i].text)
            and i + 1 in by_start
        ):
            # "between S. Toraighyrov Pavlodar State University and ...": an initial the ORG span left out
            i += 1
        else:
            break
    return out


def _place_bracket(doc: Doc, i: int, by_start: dict[int, Span]) -> int | None:
    """The closing bracket of a short bracketed aside with no organisation in it, opening at token ``i``."""
    if doc[i].text != "(":
        return None
    close = next((k for k in range(i + 1, min(len(doc), i + 5)) if doc[k].text == ")"), None)
    if close is None or any(k in by_start for k in range(i + 1, close)):
        return None
    return close


_CHAIN_GLUE = frozenset({"and", ",", ";", "the", "its", "also", "with"})


_INITIAL = re.compile(r"^[A-Z]\.$")


def verb_follows(org: Span) -> bool:
    """Rule ``agreement.parties.subject_before_verb``: "signed" (or "has signed", "concluded") right after the
    organisation (a bracketed short name between) makes it the subject whatever the parse ("VLADIVOSTOK,
    September 6 /TASS/ Liaoning University (LNU) signed an agreement with B")."""
    doc, i = org.doc, org.end
    if i < len(doc) and doc[i].text == "(":
        close = next((k for k in range(i + 1, min(len(doc), i + 6)) if doc[k].text == ")"), None)
        i = close + 1 if close is not None else i
    if i < len(doc) and doc[i].lower_ in ("has", "have", "will"):
        i += 1
    return i < len(doc) and doc[i].lower_ in SIGN_FORMS | {"concluded", "concludes", "inked", "inks"}


def on_behalf(org: Span) -> bool:
    """ "signed a few agreements on behalf of (the) SISU with X": a person signs for the organisation."""
    words_before = [t.lower_ for t in org.doc[max(0, org.start - 3) : org.start] if t.lower_ != "the"]
    return words_before[-2:] == ["behalf", "of"]


def _subject(orgs: list[Span], before: int, behalf_before: int | None = None) -> Span | None:
    """The organisation that signs: the one a person signs on behalf of (up to ``behalf_before``), a
    grammatical subject if there is one, else the last one before."""
    cands = [o for o in orgs if o.end <= before]
    behalf = [o for o in orgs if o.end <= (behalf_before or before) and on_behalf(o)]
    subj = [o for o in cands if any(t.dep_ in ("nsubj", "nsubjpass") for t in o)]
    return (behalf[-1:] or subj or cands[-1:] or [None])[0]


def _with_partners(m: Span, orgs: list[Span]) -> tuple[Span | None, list[Span]]:
    """ "A signed an X with B (and C)": the subject and the partners after "with"."""
    sent, doc = sent_of(m), m.doc
    after = [t for t in doc[m.end : sent.end] if t.lower_ == "with"]
    before = [t for t in doc[max(sent.start, m.start - 60) : m.start] if t.lower_ == "with"]
    for tok in after[:1] + before[-1:]:
        partners = _chain(doc, tok.i + 1, orgs)
        if partners and partners[-1].end < len(doc) and doc[partners[-1].end].lower_ == "and":
            # "with TSUOS and several universities of Russia, in particular, A, B, C"
            partners += [
                o for o in named_after_count(doc, partners[-1].end, sent.end, orgs) if o not in partners
            ]
        partners = partners or named_after_count(doc, tok.i + 1, sent.end, orgs)
        if partners:
            return _subject([o for o in orgs if o not in partners], min(tok.i, m.start), tok.i), partners
    return None, []


_LIST_OPENERS = frozenset({"namely", ":", "including", "—", "–"})


def named_after_count(doc: Doc, start: int, end: int, orgs: list[Span]) -> list[Span]:
    """ "with four foreign universities at the ceremony, namely the A, the B, the C and D": the partners
    listed after "namely" / a colon / "including" / "in particular", within a few words of "with"."""
    for i in range(start, min(end, start + 12)):
        if doc[i].lower_ in _LIST_OPENERS or (doc[i - 1].lower_, doc[i].lower_) in (
            ("such", "as"),
            ("in", "particular"),
        ):
            if i + 1 < len(doc) and all(t.is_space for t in doc[i + 1 : end]):
                orgs = orgs + party_orgs(sent_of(doc[i + 1]))  # the list is parsed as the next sentence
            return _chain(doc, i + 1, orgs)
    return []


_LEADERS = frozenset({"president", "rector"})


def previous_sentence_orgs(sent: Span) -> list[Span]:
    """Organisations of the sentence before, in the same paragraph ("... The parties signed ...")."""
    doc = sent.doc
    text = doc_text(doc)
    for _ in range(2):  # up to two sentences back, within the paragraph
        if sent.start == 0 or "\n\n" in text[doc[sent.start - 1].idx : sent.start_char]:
            return []
        sent = sent_of(doc[sent.start - 1])
        orgs = party_orgs(sent)
        topics = {i for a in _ents(doc, "AGREEMENT", sent) for i in topic_orgs(a, orgs)}
        # the units named in a list of people's titles ("Members of the delegation: Head of the International
        # Department X, Director of the Language Institute Y") are their affiliations, not parties
        by_title = [
            (r, o) for r in _ents(doc, "ROLE", sent) for o in [attached_org(r, None, orgs)] if o is not None
        ]
        titled = {o.start for _, o in by_title}
        if len(titled) < 2:
            titled = (
                set()
            )  # one person's title ("the rector of VSU took part ..."): the organisation may sign
        titled -= {o.start for r, o in by_title if r.kb_id_ in _LEADERS}  # the leader's university may sign
        orgs = [o for o in orgs if o.start not in topics and o.start not in titled]
        if orgs:
            return orgs
    return []
