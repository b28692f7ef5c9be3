"""Which side a titled person is on, when no organisation is written next to the title: the delegation they
came with, the host they met, or the release's own organisation for the visitor who led a delegation.

Each function is one named rule (its id in the docstring), called only when no organisation is written
beside the title."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.find.org_words import DELEGATIONS, VISIT_WORDS
from extractor.lang.sentences import sent_of
from extractor.lang.tokens import POSSESSIVE, column, doc_text

_VISIT_GROUPS = DELEGATIONS | {"delegates", "delegate"}
_DELEGATION_WORDS = _VISIT_GROUPS | {"participants", "attendees", "representatives", "members", "employees"}
# "employees of X — Professor A, ..."
_DELEGATION_WORDS |= {"staff", "researchers", "scientists", "lecturers", "officials"}
_HOST_CUES = frozenset(
    "met meet meets meeting received welcomed greeted hosted with talks negotiations".split()
)
_PARTNER_CUES = VISIT_WORDS | {"with", "met", "meet", "meets"}
_LEAD_VERBS = frozenset({"led", "leads", "lead", "headed", "heads", "head"})
_VISIT_VERBS = VISIT_WORDS - {"visiting"} | {"arrived", "paid"}


def _visit_verb(verb: Token) -> bool:
    """A verb of visiting; "paid" only as "paid a (working) visit", not "paid attention"."""
    if verb.lower_ != "paid":
        return verb.lower_ in _VISIT_VERBS
    return any(t.lower_ in ("visit", "visits") for t in verb.doc[verb.i + 1 : verb.i + 5])


def _previous_sentences(sent: Span, n: int = 2) -> list[Span]:
    """Up to ``n`` sentences before ``sent`` within its paragraph, nearest first."""
    doc, text, out = sent.doc, doc_text(sent.doc), []
    for _ in range(n):
        if sent.start == 0 or "\n\n" in text[doc[sent.start - 1].idx : sent.start_char]:
            break
        sent = sent_of(doc[sent.start - 1])
        out.append(sent)
    return out


def _delegation_of(
    span: Span, orgs: list[Span], before: int, group: frozenset[str] = _DELEGATION_WORDS
) -> Span | None:
    """The organisation of the last delegation named in ``span`` before token ``before``: "delegation
    of/from X", "X delegation", "X's delegation"."""
    doc = span.doc
    by_start = {o.start: o for o in orgs}
    by_end = {o.end: o for o in orgs}
    found = None
    for t in span:
        if t.i >= before or t.lower_ not in group:
            continue
        j = t.i + 1
        if j < len(doc) and doc[j].lower_ in ("of", "from"):
            j += 1 + (j + 1 < len(doc) and doc[j + 1].lower_ == "the")
            if j in by_start:
                found = by_start[j]
                continue
        k = t.i - (t.i > 0 and doc[t.i - 1].text in POSSESSIVE)
        found = by_end[k] if k in by_end else found or _leader_org(doc, t.i, orgs)
    return found


def _leader_org(doc, i: int, orgs: list[Span]) -> Span | None:
    """:func:`_led_by` with the leader set off by a comma: "a delegation, led by Han Yongjin, Director of the
    National Library of China, visited" (not "led by Secretary A and Head of the Department of X B")."""
    intro = doc[i : min(doc[i].sent.end, i + 19)]
    org = _led_by(intro, orgs)
    if org is None:
        return None
    gap = [t.lower_ for t in doc[i : org.start]]
    gap = gap[gap.index("by") :] if "by" in gap else []
    return org if "," in gap and "and" not in gap[gap.index(",") :] else None


def delegation_member_org(role: Span, orgs: list[Span]) -> Span | None:
    """Rule ``role.org.delegation_member``: the members of a delegation belong to its organisation: "the
    delegation of X, represented by Liu, Deputy Director of Center, ..." (same sentence, no meeting in
    between); "The delegation from X visited Y. The dean of the economic faculty Fan Yan ... were on the
    delegation"; the list after "representatives from X visited Y:"."""
    sent, doc = sent_of(role), role.doc
    lower = column(doc, "lower")
    if _DELEGATION_WORDS.isdisjoint(lower[sent.start : sent.end]):
        if _visits(role):
            return _last_delegation(sent, orgs)
        intro = _list_intro(sent)  # "representatives from X visited Y: A, Vice-President; B, Dean"
        found = intro and (_delegation_of(intro, orgs, intro.end) or _led_by(intro, orgs))
        hosts = bool(found) and not _HOST_CUES.isdisjoint(lower[found.end : intro.end])
        return None if hosts else found or None
    found = _delegation_of(sent, orgs, role.start)
    if found is not None:
        return None if not _HOST_CUES.isdisjoint(lower[found.end : role.start]) else found
    if not _HOST_CUES.isdisjoint(lower[sent.start : role.start]) or _hosts_the_delegation(role):
        return None
    for prev in _previous_sentences(sent):
        found = _delegation_of(prev, orgs, prev.end)
        if found is not None:
            return found
    return None


def _list_intro(sent: Span, reach: int = 12) -> Span | None:
    """The sentence ending in ":" that opens the list holding ``sent``: the one right before it, or before
    the list items (ending in ";" or ",") between them ("The delegation ... included:\nRector, A;\nVice-Rector
    for Research, B;\n...")."""
    doc = sent.doc
    for _ in range(reach):
        if sent.start == 0:
            return None
        sent = sent_of(doc[sent.start - 1])
        last = doc[sent.end - 1].text if not doc[sent.end - 1].is_space else doc[max(sent.end - 2, 0)].text
        if last != ";" and last != ",":
            return sent if last == ":" else None
    return None


def _led_by(intro: Span, orgs: list[Span]) -> Span | None:
    """Rule ``role.org.delegation_member``: "The delegation, led by the Rector of X, included:": the
    organisation of the delegation's leader."""
    words = [t.lower_ for t in intro]
    led = next((k for k in range(len(words) - 1) if words[k] in _LEAD_VERBS and words[k + 1] == "by"), None)
    if led is None or not _VISIT_GROUPS.intersection(words):
        return None
    return next((o for o in orgs if intro.start + led < o.start < intro.end), None)


def _visits(role: Span) -> bool:
    """The titled person is among those who visit: a verb of visiting after the title in its sentence, with
    no meeting, welcome or "with" between ("The Vice-Rector, Mr. A, the Head of B, Ms. C ... visited the
    VC")."""
    doc, sent = role.doc, sent_of(role)
    for t in doc[role.end : sent.end]:
        if t.lower_ in _HOST_CUES or t.lower_ in ("by", "to"):
            return False
        if t.tag_.startswith("VB") and t.dep_ == "ROOT":
            return _visit_verb(t)
    return False


def _last_delegation(sent: Span, orgs: list[Span]) -> Span | None:
    """Rule ``role.org.delegation_member`` for the visitors listed after the delegation's sentence: "X has
    received a 4-man delegation from Y. / The Vice-Rector, Mr. A, ... visited X": the delegation named in the
    sentence before, also across a paragraph break."""
    doc = sent.doc
    if sent.start == 0:
        return None
    prev = sent_of(doc[sent.start - 1])
    while prev.start > 0 and not prev.text.strip():
        prev = sent_of(doc[prev.start - 1])
    return _delegation_of(prev, orgs, prev.end)


def _hosts_the_delegation(role: Span, guests: frozenset[str] = _DELEGATION_WORDS) -> bool:
    """ "President Feng Jiang and Vice President Zhang Yuejie met with the delegation": the titled people
    meet, receive or welcome the delegation (or ``guests``) after the title in its sentence, so they are its
    hosts."""
    doc, sent = role.doc, sent_of(role)
    for t in doc[role.end : sent.end]:
        if t.lower_ in _HOST_CUES and t.lower_ != "with":
            return any(x.lower_ in guests for x in doc[t.i + 1 : min(sent.end, t.i + 5)])
    return False


_GUEST_WORDS = _DELEGATION_WORDS | {"guests", "guest", "visitors", "them"}  # "warmly received them"


def host_of_guests(role: Span, orgs: list[Span]) -> str | None:
    """Rule ``role.org.host_of_guests``: "... and his delegation visited QUT. President TAN Xiusen and Vice
    President ZHANG Kai met with guests.": people who meet, receive or welcome the guests hold their titles at
    the organisation the text says was visited (the first organisation after "visited" / "visit to"), or the
    one the sentence opens with, a stop on a tour ("At Benha National University, President Tamer Samir met
    with the delegation")."""
    if not _hosts_the_delegation(role, _GUEST_WORDS):
        return None
    doc, sent = role.doc, sent_of(role)
    k = sent.start + 1 + (sent.start + 1 < len(doc) and doc[sent.start + 1].lower_ == "the")
    opening = (
        next((o for o in orgs if o.start == k < role.start), None) if doc[sent.start].lower_ == "at" else None
    )
    visited = opening or next((o for o in orgs if o.start < role.start and _visited(o)), None)
    return visited.kb_id_ if visited is not None else None


def group_label_org(role: Span, orgs: list[Span]) -> str | None:
    """Rule ``role.org.group_label``: "Participants included President Hawmov, Dean Rogachev, representatives
    from GSU, President Fu Mengyin, ..., representatives from NJUST": a list item labelled after its names
    ("representatives / members / delegates from X") gives its titled people X; a verb on the way ends the
    list; so does another item's organisation ("A, Vice-Rector, B, Director of the Institute of X, ...,
    employees of the Department of Y": Y is not A's)."""
    doc, sent = role.doc, sent_of(role)
    starts = {o.start: o for o in orgs}
    for t in doc[role.end : sent.end]:
        if t.tag_.startswith("VB") or t.i in starts:
            return None
        if t.lower_ in _DELEGATION_WORDS and doc[t.i - 1].text == "," and t.i + 2 < sent.end:
            if doc[t.i + 1].lower_ not in ("from", "of"):
                continue
            k = t.i + 2 + (doc[t.i + 2].lower_ == "the")
            return starts[k].kb_id_ if k in starts else None
    return None


def _visited(org: Span) -> bool:
    """The organisation is the object of a visit: "visited X", "a visit to X", "arrived at X", "visited
    Fengxian Campus of X"."""
    doc, start = org.doc, org.start
    if start >= 3 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ == "campus":
        start -= 2  # "visited Fengxian Campus of X": X is visited
        while start > 0 and doc[start - 1].is_title:
            start -= 1
    before = [t.lower_ for t in doc[max(0, start - 3) : start] if t.lower_ not in ("the", "a")]
    return bool(before) and (
        before[-1] in ("visited", "visits", "visit")
        or len(before) > 1
        and before[-1] in ("to", "at")
        and before[-2] in ("visit", "arrived", "came", "trip")
    )


def counterpart_org(role: Span, orgs: list[Span], home: str | None) -> str | None:
    """Rule ``role.org.counterpart``: "The representatives of X had a meeting with the vice-rector Y", "the
    delegation of X was received by Rector Y": the titled person is on the other side from X: the host the
    sentence names ("At Y, the representatives of X ..."), else the release's own organisation (when not X).
    """
    doc, sent = role.doc, sent_of(role)
    cue = next((t for t in reversed(doc[sent.start : role.start]) if t.lower_ in ("with", "by")), None)
    if cue is None or home is None or cue.i > 0 and doc[cue.i - 1].lower_ == "together":
        return None
    if cue.lower_ == "by" and not any(
        t.lower_ in _HOST_CUES for t in doc[max(sent.start, cue.i - 3) : cue.i]
    ):
        return None  # "represented by", "headed by": the same side
    subjects = [o for o in orgs if sent.start <= o.start and o.end <= cue.i and _subject(o)]
    venue = next(
        (
            o
            for o in orgs
            if sent.start < o.start < cue.i and doc[o.start - 1].lower_ == "at" and o not in subjects
        ),
        None,
    )  # "At QILU University of Technology, representatives of X met ..."
    if venue is not None and subjects:
        return venue.kb_id_
    if not subjects or any(o.kb_id_ == home for o in subjects):
        return None
    return home


def _subject(org: Span) -> bool:
    """The organisation is the clause's subject or the "of" part of it ("The representatives of X had
    ...")."""
    if any(t.dep_ in ("nsubj", "nsubjpass") for t in org):
        return True
    root = org.root
    return (
        root.dep_ == "pobj"
        and root.head.lower_ in ("of", "from")
        and root.head.head.dep_ in ("nsubj", "nsubjpass")
    )


def is_partner(role: Span, org: Span) -> bool:
    """The organisation is the one a titled subject meets or visits ("President Y ... held talks with X",
    "Rector Y visited X"): a partner, not the person's own."""
    doc = role.doc
    return org.start >= role.end and any(t.lower_ in _PARTNER_CUES for t in doc[role.end : org.start])


def delegation_before(m: Span, orgs: list[Span]) -> Span | None:
    """Rule ``agreement.parties.visiting_delegation``: "the delegation of X visited Y ... The meeting ended
    with the signing of a Memorandum": a document signed at a visit with one party named has the visiting
    delegation's organisation as the other (the last delegation named before it)."""
    doc = m.doc
    return _delegation_of(doc[: m.start], orgs, m.start, _VISIT_GROUPS)
