"""When an agreement was signed: the date in its sentence, else that of the signing ceremony, of the event it
belonged to (a visit, a forum, the story's day) or of the signing its documents were listed under."""

from __future__ import annotations

import re

from spacy.tokens import Span

from extractor.facts.base import SIGNED_WORDS, _ents, next_sentence, published_mention
from extractor.facts.document_lists import either_order
from extractor.facts.listed_dates import listed_date
from extractor.facts.signatories import short_form
from extractor.facts.signing import _DOCUMENT_SIGNED, _PAST_SIGNING, _status, covers_years, other_event
from extractor.lang.rules import rule
from extractor.lang.sentences import lead_paragraph, sent_of
from extractor.lang.tokens import doc_text, text_of


def sign_date(m: Span) -> str | None:
    """The first resolved DATE on the mention's line in its sentence, other than the publication date."""
    doc, sent = m.doc, sent_of(m)
    pub = published_mention(doc)
    line_start = doc_text(doc).rfind("\n", 0, m.start_char) + 1
    line_end = doc_text(doc).find("\n", m.end_char)
    line_end = len(doc_text(doc)) if line_end < 0 else line_end
    # a bracketed short form ("a memorandum of understanding (MoU)") is the same document, not another one
    others = [a for a in _ents(doc, "AGREEMENT", sent) if a.start != m.start and not _same_document(m, a)]
    own = _own_signing_date(m, others, pub)
    if own is not None:
        return own
    for d in _ents(doc, "DATE", sent):
        if not d.kb_id_ or not line_start <= d.start_char < line_end or (d.start_char, d.end_char) == pub:
            continue
        if covers_years(d.kb_id_, m) or _in_dateline(doc, d) or other_event(d, m):
            continue  # a period; "New Delhi, September 21 (ANI/SRV): ... on September 14"; "launched in"
        if any(abs(a.start - d.start) < abs(m.start - d.start) and not either_order(m, a) for a in others):
            continue  # "the agreements signed in 2017": another's date (not its pair's: "the MoU and a deal")
        return d.kb_id_
    return (
        _ceremony_date(m, pub)
        or _event_date(m, pub)
        or _member_date(m, pub)
        or _referred_event(m, pub)
        or _story_date(m, pub)
        or _visit_date(m, pub)
        or listed_date(m, sign_date)
    )


_EVENTS = (
    "meeting visit forum conference session summit talks negotiations congress fair exhibition symposium "
    "seminar workshop"
).split()
_EVENT_REFERENCE = re.compile(
    r"\b(?:at|during|in the course of|on the sidelines of|within the framework of|as part of|at the end of|"
    rf"on the occasion of)\s+(?:the|this|that)\s+(?:[\w-]+\s+){{0,3}}?(?P<event>{'|'.join(_EVENTS)})\b",
    re.I,
)
_EVENT_NAMED = {w: re.compile(rf"\b{w}s?\b", re.I) for w in _EVENTS}  # the event named in another sentence


@rule("agreement.date.referred_event")
def _referred_event(m: Span, pub: tuple) -> str | None:
    """Rule ``agreement.date.referred_event``: "The 3rd Meeting of the Subcommittee was held in Beijing on
    Oct. 20, 2016. ... At the end of the Meeting, the two viceministers witnessed the signing of the
    agreement": a signing told without a date at an event the sentence names ("at / during / as part of the
    <event>") takes the one date (or interval) the text gives in the sentences that name that event."""
    sent = sent_of(m)
    found = _EVENT_REFERENCE.search(text_of(sent))
    if found is None or _status(m) != "signed":
        return None
    event = _EVENT_NAMED[found.group("event").lower()]
    doc, values = m.doc, set()
    spans = {d.start: value for d, value in _intervals(doc)}
    for d in _ents(doc, "DATE"):
        if not d.kb_id_ or (d.start_char, d.end_char) == pub or d.id_ == "archive_line":
            continue
        other = sent_of(d)
        if other.start != sent.start and event.search(text_of(other)):
            values.add(spans.get(d.start, d.kb_id_))
    return values.pop() if len(values) == 1 else None


# after a dateline's date: a credit in brackets or slashes ("(ANI)", "/TASS/"), then a colon or a dash, or
# right away a colon or a dash, before the story
def _same_document(m: Span, a: Span) -> bool:
    """The other mention is this one's bracketed short form, or this one is its (``short_form``)."""
    return short_form(m, a) if m.start < a.start else short_form(a, m)


_SIGNED_ON = re.compile(r"\bsigned(?:[ \t]+\w+){0,2}[ \t]+(?:on|in)[ \t]+(?:the[ \t]+)?$", re.I)


@rule("agreement.date.signed_on_after")
def _own_signing_date(m: Span, others: list[Span], pub: tuple) -> str | None:
    """Rule ``agreement.date.signed_on_after``: "... the cooperation agreement between A and B, signed on
    February 2, 2010": the date a "signed on" after the mention gives it, before any other document, beats
    an earlier date of the sentence (the programme "signed on April 13, 2006" before it)."""
    doc, text = m.doc, doc_text(m.doc)
    stop = min((a.start for a in others if a.start > m.start), default=sent_of(m).end)
    for d in _ents(doc, "DATE", sent_of(m)):
        if (
            m.end <= d.start < stop
            and d.kb_id_
            and (d.start_char, d.end_char) != pub
            and _SIGNED_ON.search(text[max(m.end_char, d.start_char - 60) : d.start_char])
        ):
            return d.kb_id_
    return None


_DATELINE_END = re.compile(
    r"[ \t]*(?:(?:\([^()\n]{1,40}\)|/[^/\n]{1,20}/)[ \t]*(?::|[-\u2013\u2014][ \t]|(?=[A-Z]))"
    r"|:|[-\u2013\u2014][ \t])"
)


def _in_dateline(doc, d: Span) -> bool:
    """The date of a dateline ("New Delhi [India], April 18 (ANI): ...", "VLADIVOSTOK, September 6 /TASS/",
    "CEBU (May 15) — ..."): near the start of its line, a credit or a colon or dash after it."""
    text = doc_text(doc)
    if d.start_char - (text.rfind("\n", 0, d.start_char) + 1) > 40:
        return False
    bracketed = text[d.start_char - 1 : d.start_char] == "(" and _BRACKET_END.match(text, d.end_char)
    return bool(bracketed or _DATELINE_END.match(text, d.end_char))


_BRACKET_END = re.compile(r"\)[ \t]*(?::|[-\u2013\u2014][ \t])")


MEMBERS = re.compile(
    r"^\W*(?:among (?:them|these|those|the documents)|these include|they include|they are|"
    r"the (?:\w+ ){0,2}(?:universities|institutions|partners|organi[sz]ations) (?:are|were|include[sd]?)|"
    r"in addition|also|besides)\b",
    re.I,
)


def _member_date(m: Span, pub: tuple) -> str | None:
    """ "In May 2023 a number of documents were signed ... Among them are the agreements with X": the
    agreements listed as members of a signing take its date."""
    doc, sent = m.doc, sent_of(m)
    if sent.start == 0 or not MEMBERS.search(text_of(sent)):
        return None
    prev = sent
    # "... documents were signed in May 2023. Among them are ... In addition, a memorandum ..."
    for _ in range(2):
        if prev.start == 0 or "\n" in doc[prev.start - 1].whitespace_:
            return None
        prev = sent_of(doc[prev.start - 1])
        dates = {d.kb_id_ for d in _ents(doc, "DATE", prev) if d.kb_id_ and (d.start_char, d.end_char) != pub}
        if dates:
            return dates.pop() if len(dates) == 1 and _PAST_SIGNING.search(text_of(prev)) else None
        if not MEMBERS.search(text_of(prev)):
            return None
    return None


_DAY = re.compile(r"^(?:\d{4}|XXXX)-\d{2}-\d{2}$")


def _story_date(m: Span, pub: tuple) -> str | None:
    """A signing told without a date in a story about one day ("28 October, 2015, NUST MISIS hosted ... A
    Memorandum was concluded"): the only day-precise date written before it in its paragraph or in the lead
    paragraph (for a headline, or any line above the lead: in the lead), other than the publication date."""
    doc = m.doc
    if not _PAST_SIGNING.search(text_of(sent_of(m))) or _status(m) != "signed":
        return None
    text = doc_text(doc)
    lead = lead_paragraph(text)
    own = text.rfind("\n\n", 0, m.start_char) + 1
    in_lead = lambda d: lead is not None and lead.start() <= d.start_char < lead.end()  # noqa: E731
    heading = lead is not None and m.start_char < lead.start()  # above the story: page furniture, headline
    if heading or "\n" not in text[: m.start_char].strip():  # the headline: the lead paragraph tells when
        days = {d.kb_id_ for d in _ents(doc, "DATE") if in_lead(d)}
    else:
        days = {
            d.kb_id_ for d in _ents(doc, "DATE") if d.end <= m.start and (in_lead(d) or d.start_char >= own)
        }
    days = {
        d.kb_id_
        for d in _ents(doc, "DATE")
        if d.kb_id_ in days
        and _DAY.match(d.kb_id_)
        and not (pub and d.start_char < pub[1] and (d.end_char > pub[0] or pub[0] < m.start_char))  # head
        and d.id_ != "archive_line"
        and not _in_dateline(doc, d)
    }
    return days.pop() if len(days) == 1 else None


_VISIT = re.compile(
    r"(?i)\b(?:visits?|visited|trip|tour|forum|conference|exhibition|session|meeting|summit|days|week|fair|"
    r"festival|took place|was held|delegations?|hosted|headed by)\b"
)


def _visit_date(m: Span, pub: tuple) -> str | None:
    """Rule ``agreement.date.event_interval``: "... paid an eight-day visit to Hungary from September 12 to 19
    ... Yi Hong signed an agreement with X", "The team was headed by A on 28 – 29 July. An agreement was
    signed": a signing told without a date takes the interval of days of the visit, forum or delegation told
    before it, the only one in its paragraph, the paragraph before it or the lead paragraph."""
    doc = m.doc
    if not _PAST_SIGNING.search(text_of(sent_of(m))) or _status(m) != "signed":
        return None
    text = doc_text(doc)
    lead = lead_paragraph(text)
    own = text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, m.start_char) - 1)) + 1  # or the one before
    spans = {
        value
        for d, value in _intervals(doc)
        if d.end <= m.start
        and (d.start_char >= own or lead is not None and lead.start() <= d.start_char < lead.end())
        and (d.start_char, d.end_char) != pub
        and len(value.partition("/")[0]) >= 7  # an event's days or months, not years ("from 2015 to 2018")
        and _VISIT.search(text_of(sent_of(d)))
    }
    return spans.pop() if len(spans) == 1 else None


def _intervals(doc) -> list[tuple[Span, str]]:
    """Intervals the text writes: one DATE with an interval value, or two joined by "to" / "until" ("from
    September 25 to September 29, 2018": the first takes the second's year when it has none)."""
    dates = [d for d in _ents(doc, "DATE") if d.kb_id_]
    out = [(d, d.kb_id_) for d in dates if "/" in d.kb_id_]
    for a, b in zip(dates, dates[1:]):
        joined = b.start == a.end + 1 and doc[a.end].lower_ in ("to", "until", "till")
        if joined and "/" not in a.kb_id_ + b.kb_id_:
            first = b.kb_id_[:4] + a.kb_id_[4:] if a.kb_id_.startswith("XXXX") else a.kb_id_
            out.append((a, f"{first}/{b.kb_id_}"))
    return out


_CEREMONY = re.compile(
    r"\b(?:ceremony|signing)\b[^.]*\b(?:took place|was held|held)\b|"
    r"\b(?:took place|was held)\b[^.]*\bceremony\b",
    re.I,
)


def _event_date(m: Span, pub: tuple) -> str | None:
    """ "On February 7, the delegation met ... The negotiations ended with the signing of an Agreement": a
    signing told without a date takes the date that opens the paragraph's narrative (one or two sentences
    before, starting with the date)."""
    doc, sent = m.doc, sent_of(m)
    if not re.search(rf"\b(?:{SIGNED_WORDS}|the signing of)\b", text_of(sent), re.I):  # signing_verbs.jsonl
        return None  # only a signing that happened, not one to come ("arrived to sign")
    text = doc_text(doc)
    for _ in range(2):
        if sent.start == 0 or "\n\n" in text[doc[sent.start - 1].idx : sent.start_char]:
            return None
        sent = sent_of(doc[sent.start - 1])
        opening = [d for d in _ents(doc, "DATE", sent) if d.kb_id_ and _opens(doc[sent.start : d.start])]
        if opening and (opening[0].start_char, opening[0].end_char) != pub:
            after = doc[opening[0].end : opening[0].end + 2]
            if any(t.lower_ in ("to", "until", "till", "-", "–") for t in after[:1]):
                return (
                    None  # "From April 18th to April 22nd ...": a visit of several days, no one signing day
                )
            return opening[0].kb_id_
    return None


_OPENING_WORDS = frozenset(
    {"on", "in", "at", "the", "of", "morning", "afternoon", "evening", "early", "late"}
)


def _opens(before: Span) -> bool:
    """The words before a date open the sentence with it: none, or a preposition and a part of the day
    ("On the afternoon of March 20, a delegation ..."); not a clause ("Established in 1970, the ...")."""
    return len(before) <= 5 and all(t.lower_ in _OPENING_WORDS for t in before)


def _ceremony_date(m: Span, pub: tuple) -> str | None:
    """ "... signed strategic agreements. The ceremony took place in Moscow on May 8, 2025": the date of the
    signing ceremony told in one of the next two sentences or the previous sentence of the paragraph."""
    doc, sent = m.doc, sent_of(m)
    text = doc_text(doc)
    neighbours = []
    if sent.end < len(doc) and "\n\n" not in text[sent.end_char : doc[sent.end].idx + 1]:
        neighbours.append(sent_of(doc[sent.end]))
        nxt = neighbours[-1]  # and the one after it: "... signed. They are A, B. The ceremony was held on"
        if nxt.end < len(doc) and "\n\n" not in text[nxt.end_char : doc[nxt.end].idx + 1]:
            neighbours.append(sent_of(doc[nxt.end]))
    elif sent.end < len(doc):  # rule agreement.date.document_signed: "signed.\n\nThe document was signed on"
        nxt = next_sentence(doc, sent)
        if nxt is not None and _DOCUMENT_SIGNED.match(text_of(nxt)):
            neighbours.append(nxt)
    if sent.start > 0 and "\n\n" not in text[doc[sent.start - 1].idx : sent.start_char]:
        neighbours.append(sent_of(doc[sent.start - 1]))
    for other in neighbours:
        if (_CEREMONY.search(text_of(other)) or _DOCUMENT_SIGNED.match(text_of(other))) and not _ents(
            doc, "AGREEMENT", other
        ):
            dates = [d for d in _ents(doc, "DATE", other) if d.kb_id_ and (d.start_char, d.end_char) != pub]
            if dates:
                return dates[0].kb_id_
    return None
