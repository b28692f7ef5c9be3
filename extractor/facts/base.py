"""Shared views of a normalised Doc for the fact rules: its entities by label, signing verbs, neighbour
sentences."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from spacy.tokens import Doc, Span

from extractor.lang.lexicons import document_kinds, lexicon, words, words_of
from extractor.lang.sentences import sent_of
from extractor.lang.tokens import INSTITUTION_NOUNS, column, doc_cache, doc_lower, text_of
from extractor.normalise.org_text import head_noun  # noqa: F401  (read by the facts modules)

# "will sign", "will also sign", "will soon be signed": the future with one adverb between
WILL_SIGN = r"(?:will|would) (?:also |soon |then |further |jointly |formally )?(?:be )?sign(?:ed)?"

PLANNED = re.compile(
    r"\b(?:to be signed|" + WILL_SIGN + r"|to sign|plan(?:s|ned)? to|going to|draft|"
    r"discuss(?:ed|es|ing)?|prepar(?:e|ed|ing)|intend(?:s|ed)? to|would sign|expected to|"
    r"negotiat\w*|propos(?:ed|al)|upcoming|future|next step|agreed to sign|consider(?:ed|s|ing)?|"
    r"possibility of signing|are to sign|is to be|interest in|willingness to)\b",
    re.I,
)


# a document's past signing verb ("was signed by", "sealed an MoU"), from ``patterns/signing_verbs.jsonl``
SIGNED_FORMS = words_of("signing_verbs", "signed")
SIGN_FORMS = frozenset(w for w in words("signing_verbs") if w.startswith("sign"))  # the verb "sign" itself
SIGNED_WORDS = "|".join(sorted(SIGNED_FORMS, key=len, reverse=True))  # for the regexes of the signing rules
_SIGN = re.compile(
    r"\b(?:" + "|".join(sorted(words("signing_verbs"), key=len, reverse=True)) + r"|entered into)\b", re.I
)


_SIGN_LOWER = re.compile(_SIGN.pattern)  # for lower-cased text: twice as fast as re.I


SPECIFIC = ("memorandum", "letter of intent", "contract")


def _signs(span: Span) -> bool:
    """The span holds a signing verb ("signed", "concluded", "inked", "entered into")."""
    low = doc_lower(span.doc)
    if low is None:
        return _SIGN.search(text_of(span)) is not None
    return _SIGN_LOWER.search(low[span.start_char : span.end_char]) is not None


def _mention_index(doc: Doc) -> tuple[list[Span], list[int]]:
    """``list(doc.ents)`` and their start tokens, read once per Doc (spaCy rebuilds the tuple from every token
    on each access); callers must not change the lists."""
    cache = doc_cache(doc)
    if "ents" not in cache:
        ents = list(doc.ents)
        cache["ents"] = (ents, [e.start for e in ents])
    return cache["ents"]  # type: ignore[return-value]


def doc_ents(doc: Doc) -> list[Span]:
    """``doc.ents`` as a list read once per Doc (see :func:`_mention_index`)."""
    return _mention_index(doc)[0]


def ents_in(span: Span) -> list[Span]:
    """``span.ents`` (the mentions wholly inside the span, in order) from the cached mention index."""
    ents, starts = _mention_index(span.doc)
    out = []
    for e in ents[bisect_left(starts, span.start) :]:
        if e.end > span.end:
            break
        out.append(e)
    return out


def _ents(doc: Doc, label: str, within: Span | None = None) -> list[Span]:
    """Mentions of one label (optionally inside a span), from the Doc's cached mention index."""
    ents, starts = _mention_index(doc)
    cache = doc_cache(doc)
    if within is None:  # the whole document's mentions of one label, listed once per Doc
        if ("ents", label) not in cache:
            cache[("ents", label)] = [e for e in ents if e.label_ == label]
        return list(cache[("ents", label)])
    # mentions starting inside, or crossing into it (a headline the parser cut)
    lo = bisect_left(starts, within.start)
    ents = [e for e in ents[max(0, lo - 1) : lo] if e.end > within.start] + ents[
        lo : bisect_left(starts, within.end)
    ]
    return [e for e in ents if e.label_ == label]


def published_mention(doc: Doc) -> tuple[int, ...]:
    """The characters of the DATE mention holding the page's publication date ("Monday, 24 June 2019" around
    the "24 June 2019" of the date line), else of the publication date itself; () when there is none."""
    pub = tuple(doc._.published_span or ())
    around = (d for d in _ents(doc, "DATE") if pub and d.start_char <= pub[0] and pub[1] <= d.end_char)
    return next(((d.start_char, d.end_char) for d in around), pub)


def _keys(spans: list[Span]) -> list[str]:
    return list(dict.fromkeys(o.kb_id_ for o in spans))


def _tag(org: Span) -> bool:
    """Rule ``home.reject.tag``: a name that opens a line followed by a colon is the page's topic tag ("SCO:
    MEMORANDUM WITH ILI PEDAGOGICAL UNIVERSITY"), not the organisation that speaks."""
    doc = org.doc
    return (
        org.end < len(doc)
        and doc[org.end].text == ":"
        and (org.start == 0 or "\n" in doc[org.start - 1].text or "\n" in doc[org.start - 1].whitespace_)
    )


_FRAMEWORK_CUES = (
    "as part of",
    "within framework of",
    "in framework of",
    "under auspices of",
    "on sidelines of",
)  # read with "the" left out


# an event's nouns: "a meeting of the Working Commission", "the 67th session of the IAEA General Conference"
EVENT_NOUNS = frozenset(
    {
        "meeting",
        "meetings",
        "session",
        "sessions",
        "conference",
        "forum",
        "congress",
        "summit",
        "ceremony",
        "assembly",
        "plenary",
    }
)


def framework_of(org: Span) -> bool:
    """Rule ``agreement.party.not_framework``: "As part of SCO cooperation, ...", "within the framework of the
    SCO University": the setting the text names, not an organisation that concludes or speaks."""
    lower = column(org.doc, "lower")
    before = " ".join(w for w in lower[max(0, org.start - 5) : org.start] if w != "the")
    return before.endswith(_FRAMEWORK_CUES)


def event_of(org: Span) -> bool:
    """Rule ``agreement.party.not_event_body``: "signed at the 67th session of the IAEA General Conference",
    "at a meeting of the Joint Commission": the body whose event hosts the signing is no party to it."""
    before = [w for w in column(org.doc, "lower")[max(0, org.start - 4) : org.start] if w != "the"]
    return len(before) >= 2 and before[-1] == "of" and before[-2] in EVENT_NOUNS


def _previous_sentence(sent: Span) -> Span | None:
    return sent_of(sent.doc[sent.start - 1]) if sent.start > 0 else None


def next_sentence(doc: Doc, sent: Span) -> Span | None:
    """The next sentence with words in it (past blank lines), or None."""
    while sent.end < len(doc):
        sent = sent_of(doc[sent.end])
        if sent.text.strip():
            return sent
    return None


METADATA_LINE = re.compile(
    r"^\s*(?:source|author|photo|photos|text|by|editor|published|release time|date)\s*:", re.I
)


FINITE_TAGS = frozenset({"VB", "VBD", "VBP", "VBZ", "MD"})  # a finite verb: a clause, not a description

# plural document words anywhere in the mention ("agreements on cooperation", "letters of intent"): the head
# words of the plurals ``document_kinds`` makes, and the Latin "memoranda"
PLURAL_KINDS = tuple(
    sorted({p.partition(" of ")[0].split()[-1] for p in document_kinds() if p not in lexicon("agreements")})
    + ["memoranda"]
)


def is_media(doc: Doc, key: str) -> bool:
    """Rule ``agreement.party.not_media``: a news outlet, registered as one or named with a media word last
    ("Iran Press", "PressIran" glued by a scraper, "Kabar News")."""
    return (doc._.org_types or {}).get(key) == "media" or key in _known_outlets(doc) or _media_name(key)


@lru_cache(maxsize=65536)
def _media_name(key: str) -> bool:
    """A key named as an outlet: a news agency ("Kazinform International News Agency") or a media word last,
    also glued ("Iran Press", "PressIran"); cached, as the same keys are asked about in many documents."""
    last = key.split()[-1] if key.split() else ""
    return _NEWS_AGENCY.search(key) is not None or any(
        last.lower() == h or last.lower().startswith(h) and last[len(h) :][:1].isupper()
        for h in words("media_heads")
    )


_REPORTING_VERBS = ("reports", "reported", "writes", "wrote", "informs", "informed")
_REPORTING = re.compile(rf"^(?:{'|'.join(_REPORTING_VERBS)}),? (?:citing|quoting)\b")


def _known_outlets(doc: Doc) -> frozenset[str]:
    """Outlets known by their channels: "BERNAMA" when the page also names "BERNAMA TV" (a key, then a media
    word), or by what they do: "QazMonitor reports citing the press service" (a key, a reporting verb, then
    "citing" / "quoting")."""
    cache = doc_cache(doc)
    if "outlets" not in cache:
        heads, orgs = words("media_heads"), _ents(doc, "ORG")
        keys = {o.kb_id_ for o in orgs}
        reporting = {o.kb_id_ for o in orgs if _reports(o)}
        cache["outlets"] = reporting | frozenset(
            k.rsplit(" ", 1)[0] for k in keys if " " in k and k.rsplit(" ", 1)[1].lower() in heads
        )
    return cache["outlets"]  # type: ignore[return-value]


def _reports(org: Span) -> bool:
    """A reporting verb, then "citing" / "quoting", right after the name (read only after such a verb)."""
    doc, text = org.doc, column(org.doc, "text")
    if org.end >= len(text) or text[org.end] not in _REPORTING_VERBS:
        return False
    return _REPORTING.match(text_of(doc[org.end : org.end + 4])) is not None


_NEWS_AGENCY = re.compile(r"\b(?:news|press|information|telegraph) agency\b", re.I)


OWN_NOUNS = INSTITUTION_NOUNS  # "our university", "the institute"
