"""Whether an agreement was signed (status: signed / planned), which pair "the two universities" means, and
whether a period of years can date a signed one."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span

from extractor.facts.base import PLANNED, SIGNED_FORMS, SIGNED_WORDS, WILL_SIGN, _ents
from extractor.facts.home import top_orgs
from extractor.facts.party_filter import party_orgs
from extractor.facts.signatories import institution_of, is_generic
from extractor.lang.lexicons import words, words_of
from extractor.lang.rules import rule
from extractor.lang.sentences import sent_of
from extractor.lang.tokens import INSTITUTION_NOUNS, column, doc_text, text_of

_SIGNED_VERBS = SIGNED_FORMS | {"exchanged"}  # "the two sides exchanged the signed agreements"
_APPROXIMATE = frozenset(
    {"nearly", "over", "more", "about", "some", "dozens", "hundreds", "numerous", "many", "all"}
)


def signed_plural(m: Span) -> bool:
    """A plural mention that one past signing made ("signed six cooperation agreements", "agreements were
    signed"), not a count of a record ("has signed nearly 100 agreements", "signed agreements with 30
    universities" is read by the partner rules): the mention is the object or passive subject of a past
    signing verb, without an approximate or large count or a partner ("with") after it."""
    doc, sent = m.doc, sent_of(m[0])
    head = m.root.head
    passive = any(t.lower_ in ("was", "were") for t in head.children)
    past = head.tag_ == "VBD" or head.tag_ == "VBN" and passive
    if head.lower_ not in _SIGNED_VERBS or not past or m.root.dep_ not in ("dobj", "nsubjpass"):
        return False
    if any(t.lower_ == "with" for t in doc[m.end : sent.end]):
        return False  # "A and B signed contracts with representatives from Uzbekistan": each with another
    counted = doc[max(sent.start, m.start - 2) : m.end]
    return not any(
        t.lower_ in _APPROXIMATE or t.like_num and t.text.isdigit() and int(t.text) >= 10 for t in counted
    )


def both_sides_pair(sent: Span, n: int) -> list[str]:
    """ "The two sides signed": the pair named last (:func:`recent_pair`), else the ``n`` most named
    organisations; "the two universities" (institutions, schools) are institutions only ("ranked among the
    TOP-500 in the QS rankings ... signed between the two universities": not QS)."""
    if not _INSTITUTIONAL.search(text_of(sent)):
        return recent_pair(sent) or top_orgs(sent.doc, n)
    return recent_pair(sent, _is_institution) or [k for k in top_orgs(sent.doc, 8) if _is_institution(k)][:n]


def _is_institution(key: str) -> bool:
    """A key with an institution's head word ("Jizzakh Polytechnic Institute"), or an acronym of three letters
    or more that may stand for one ("SHNU"); not "QS", not an embassy."""
    return key.isupper() and len(key) >= 3 or any(w in _INSTITUTION_WORDS for w in key.lower().split())


_INSTITUTIONAL = re.compile(
    r"\b(?:two|both|the|our) (?:[\w-]+ ){0,2}(?:universities|institutions|schools)\b", re.I
)
_INSTITUTION_WORDS = INSTITUTION_NOUNS | {"polytechnic", "universitas", "universidad", "université"}


def recent_pair(sent: Span, keep: Callable[[str], bool] | None = None) -> list[str]:
    """ "The two universities signed ...": the two organisations named last before it, in its paragraph or the
    one before ("Teachers of Beihang and Bauman have cooperated ... Since the two universities signed ..."),
    only those ``keep`` accepts."""
    doc, text = sent.doc, doc_text(sent.doc)
    keys: list[str] = []
    cur, breaks = sent, 0
    for _ in range(3):
        if cur.start == 0:
            break
        breaks += "\n\n" in text[doc[cur.start - 1].idx : cur.start_char]
        if breaks > 1:
            break  # the paragraph before is still the story's; two back is another one
        cur = sent_of(doc[cur.start - 1])
        for o in reversed(party_orgs(cur)):
            key = institution_of(o.kb_id_)  # "Head of the Monitoring Center of X": one of X's units, so X
            if key is not None and key not in keys and (keep is None or keep(key)):
                keys.append(key)
        if len(keys) >= 2:
            return keys[:2]
    return []


_MEETING = re.compile(
    r"\b(?:the|this|these) (?:meeting|talks|negotiations|discussions|visit)\b|\bsigning ceremony\b", re.I
)


@rule("agreement.parties.meeting_pair")
def meeting_pair(m: Span, sent: Span) -> list[str]:
    """Rule ``agreement.parties.meeting_pair``: a document signed at the meeting just told, with no party in
    reach ("Following the meeting, a Memorandum of Understanding was signed", "These discussions led to the
    signing of a strategic cooperation agreement", "an MoU signing ceremony was held"): the pair that met,
    the two organisations named last before it (:func:`recent_pair`), when no document was told before."""
    first = _ents(m.doc, "AGREEMENT")[0].start == m.start  # no document told before
    if not first or is_generic(m) or not _MEETING.search(text_of(sent)):
        return []
    return recent_pair(sent)


_DOCUMENT_SIGNED = re.compile(r"^\W*(?:the|this) documents? (?:was|were|has been|have been) signed\b", re.I)


_SIGNED_NEAR = re.compile(r"\b(?:" + SIGNED_WORDS + r")\b", re.I)


_PLANNED_NEAR = re.compile(
    r"\b(?:to be signed|" + WILL_SIGN + r"|to sign|draft|expected|planned|plans?)\b", re.I
)


def _signing_of(m: Span) -> bool:
    """Rule ``agreement.status.signing_ceremony``: "at the signing ceremony of the Memorandum", "Following the
    signing of the MoU, joint action plans were discussed" (a planning cue after the mention is another's)."""
    doc, sent = m.doc, sent_of(m)
    return any(
        t.lower_ == "signing" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("ceremony", "of")
        for t in doc[max(sent.start, m.start - 4) : m.start]
    ) and not _PLANNED_BEFORE.search(text_of(doc[sent.start : m.start]))


def _status(m: Span) -> str:
    """Signed unless the text says the agreement is still to come: the mention itself said to be signed
    ("the roadmap signed last year") is signed; a future or draft cue in the sentence ("to be signed",
    "will sign", "draft") is planned; a signing in the past tense in the sentence is signed; talks about it
    ("discussed", "negotiations", "prepare") are planned."""
    doc, sent, text = m.doc, sent_of(m), column(m.doc, "text")
    near = text_of(doc[max(sent.start, m.start - 4) : min(sent.end, m.end + 4)])
    start = max(sent.start, m.start - 5)
    start = max([i + 1 for i in range(start, m.start) if text[i] in {",", ";", ":"}], default=start)
    before = text_of(doc[start : m.start])  # the mention's own clause: "After the negotiations, a memorandum"
    if m.end < sent.end and column(doc, "lower")[m.end] in SIGNED_FORMS:
        return "signed"  # "the cooperation agreement signed in 2019"
    if _signing_of(m):
        return "signed"
    if _FIRST_TO_SIGN.search(
        text_of(sent)
    ):  # rule agreement.status.first_to_sign: "became the first to sign"
        return "signed"
    if _PLANNED_BEFORE.search(before):
        return "planned"  # "agreed to prepare a roadmap", "discussed a memorandum"
    if _SIGNED_NEAR.search(near) and not _PLANNED_NEAR.search(near):
        return "signed"
    if _FUTURE.search(text_of(sent)):
        return "planned"
    if _PAST_SIGNING.search(text_of(sent)):
        return "signed"
    root = sent.root
    past = (
        root.tag_ == "VBD" or root.tag_ == "VBN" and any(c.lower_ in ("was", "were") for c in root.children)
    )
    if _SIGNING_EVENT.search(text_of(sent)) and past:
        # rule agreement.status.past_signing_event: "the negotiations were crowned by signing ..."
        return "signed"
    return "planned" if PLANNED.search(text_of(sent)) else "signed"


# a record set by the signing: "X became the first Russian university to sign a memorandum with Y"
_FIRST_TO_SIGN = re.compile(
    r"\b(?:became|becomes|was|is|were|are)\s+(?:\w+\s+)?first\b[^.;]{0,80}?\bto sign\b", re.I
)


_SIGNING_EVENT = re.compile(r"\b(?:by|with|in|after) (?:the )?signing\b", re.I)


_PLANNED_BEFORE = re.compile(
    r"\b(?:prepar\w*|draft\w*|discuss\w*|negotiat\w*|consider\w*|develop(?:ing)?|"
    r"exchang\w* (?:of )?views (?:on|about)|talk(?:s|ed)? (?:on|about)|"
    r"(?:will|would|to) complete|in the near future|"
    r"(?:importance|need|necessity|possibility|prospects?) of signing|"
    r"work(?:ing)? (?:out|on)|to sign|" + WILL_SIGN + r"|plan(?:s|ned)? to sign)\b",
    re.I,
)


_FUTURE = re.compile(
    r"\b(?:to be signed|" + WILL_SIGN + r"|are to sign|is to be signed|"
    r"plan(?:s|ned)? to|going to|intend(?:s|ed)? to|expected to|scheduled to|draft|upcoming|"
    r"(?:readiness|willingness|ready|intention) to|"
    r"(?:will|can|could|may|might|should) (?:also |soon )?be (?:signed|concluded)|"  # "will be concluded"
    r"(?:has|have) been prepared|"  # "a further MoU has been prepared with X"
    r"(?:is|are) (?:currently )?being (?:prepared|examined|considered|negotiated))\b",
    re.I,
)


_PAST_SIGNING = re.compile(
    r"\b(?:was|were|has been|have been|had been)\s+(?:\w+\s+)?(?:" + SIGNED_WORDS + r")\b|"
    r"\b(?:" + SIGNED_WORDS + r")\b(?!\s+by\b)|"
    r"\b(?:resulted|culminated|ended)\s+(?:in|with)\s+the\s+signing\b",  # "resulted in the signing of"
    re.I,
)


@rule("agreement.merge.exchanged_document")
def exchanged(m: Span) -> bool:
    """Rule ``agreement.merge.exchanged_document``: "a memorandum of understanding was exchanged between A and
    B", "the two sides exchanged the signed MoU" after the signing was reported: a document written as what is
    exchanged is a signed one, told again; never "the parties exchanged views on the agreement"."""
    lower = column(m.doc, "lower")
    after, before = lower[m.end : m.end + 2], lower[max(0, m.start - 3) : m.start]
    if after in (["was", "exchanged"], ["were", "exchanged"]):
        return True
    return "exchanged" in before and all(w in _EXCHANGED_GAP for w in before[before.index("exchanged") + 1 :])


_EXCHANGED_GAP = frozenset({"the", "a", "an", "signed", "two"})


@rule("agreement.date.not_period")
def covers_years(value: str, m: Span) -> bool:
    """Rule ``agreement.date.not_period``: a date of whole years ("the challenges of the 21st century", "the
    2022-24 cooperation program") is a period a signed document covers, not the day it was signed; a decade
    may be ("signed the first agreement in the 1990s"), and a plan's years are when it is to run ("agreed to
    prepare a roadmap for 2024-2026")."""
    first, _, last = value.partition("/")
    if not last or len(first) != 4 or first == last[:4] or not (first + last[:4]).isdigit():
        return False
    decade = first.endswith("0") and int(last[:4]) - int(first) == 9
    return not decade and _status(m) == "signed"


@rule("agreement.date.other_event")
def other_event(d: Span, m: Span) -> bool:
    """Rule ``agreement.date.other_event``: "since its inception in 2013", "a program launched in 2012",
    "expected to run from July 2025 to July 2030": a word of another event before the date in its clause, no
    signing word or the mention itself between ("Signed ... since 1993" and "since the agreement in 2007" date
    the document)."""
    doc = d.doc
    for t in reversed(doc[max(d.sent.start, d.start - 6) : d.start]):
        if t.is_punct or t.lower_ in words("signing_verbs") or m.start <= t.i < m.end:
            return False
        if t.lower_ in words_of("date_cues", "other_event"):
            return True
    return False
