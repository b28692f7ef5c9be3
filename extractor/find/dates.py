"""Find date expressions: the model's DATE ents and the date rules, trimmed to the guidelines' span."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from extractor.lang.lexicons import words
from extractor.lang.tokens import (
    MONTHS,
    POSSESSIVE,
    WEEKDAY_NAMES,
    column,
    doc_text,
    line_of,
    model_ents,
    strip_span,
    text_of,
)
from extractor.normalise.archive import ARCHIVE_LINE
from extractor.normalise.date_filters import is_date_expression

_PREPS = frozenset(
    {
        "on",
        "in",
        "since",
        "from",
        "by",
        "until",
        "till",
        "of",
        "at",
        "during",
        "for",
        "to",
        "before",
        "after",
        "around",
        "about",
        "as",
        "between",
        "within",
        "throughout",
    }
)
_SEASONS = frozenset({"summer", "winter", "spring", "autumn", "fall"})


def _trim(span: Span) -> Span | None:
    doc = span.doc
    s = strip_span(span, _PREPS)
    if s is None:
        return None
    lower, text, ws = column(doc, "lower"), column(doc, "text"), column(doc, "ws")
    if lower[s.start] == "the" and not (len(s) == 2 and lower[s.start + 1] in _SEASONS):
        s = (
            strip_span(Span(doc, s.start + 1, s.end, label=s.label, span_id=s.id), _PREPS)
            if len(s) > 1
            else None
        )
    if s is None:
        return None
    cut = next((i for i in range(s.start, s.end) if "\n" in text[i] or "\n" in ws[i] and i < s.end - 1), None)
    if cut is not None:
        s = Span(doc, s.start, cut + (0 if "\n" in text[cut] else 1), label=s.label, span_id=s.id)
    return s if len(s) and text_of(s).strip() else None


_NOT_AFTER = frozenset(
    {
        "school",
        "schools",
        "camp",
        "camps",
        "course",
        "courses",
        "program",
        "programme",
        "programs",
        "programmes",
        "university",
        "institute",
        "olympiad",
        "session",
        "sessions",
    }
)
_TIME = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
_PHONE_LINE = re.compile(r"^[\s+()\d\-–.]*\+\d[\s()\d\-–.]*$")


def _context_rejection(span: Span) -> str | None:
    """The id of the first rule that rejects a date candidate in its context, or None.

    ``date.reject.not_a_date``: "No. 5" (``is_date_expression``); ``date.reject.school``: "summer schools";
    ``date.reject.phone_line``: a phone code; ``date.reject.nowadays``: "today Chinese organisations make up
    the majority"; ``date.reject.event_year``: "2024 Summer Olympic Games"."""
    doc = span.doc
    before = doc_text(doc)[max(0, span.start_char - 40) : span.start_char]
    after = doc_text(doc)[span.end_char : span.end_char + 40]
    nxt = doc[span.end] if span.end < len(doc) else None
    text = text_of(span)
    checks = (
        ("date.reject.not_a_date", lambda: not is_date_expression(text, before=before, after=after)),
        ("date.reject.school", lambda: nxt is not None and nxt.lower_ in _NOT_AFTER),
        (
            "date.reject.phone_line",
            lambda: bool(_PHONE_LINE.match(line_of(doc, span.start_char, span.end_char))),
        ),
        (
            "date.reject.nowadays",
            lambda: (
                text.lower() in ("today", "this afternoon", "this morning") and not _past_or_possessive(span)
            ),
        ),
        ("date.reject.event_year", lambda: _year_of_event(span, nxt)),
    )
    return next((rule for rule, rejects in checks if rejects()), None)


def _year_of_event(span: Span, nxt: Token | None) -> bool:
    """A year before a capitalised name that ends in an event noun ("2024 Summer Olympic Games")."""
    if len(span) == 1 and span[0].shape_ == "dddd" and nxt is not None and nxt.text[:1].isupper():
        tail = span.doc[span.end : span.end + 6]
        return any(t.lower_ in words("not_org_heads") for t in tail)
    return False


def _past_or_possessive(span: Span) -> bool:
    """A possessive, "today's meeting" (not a section name: "Today's Paper"), a day dated or placed (rule
    ``date.keep.today_here``), or an event told near "today":
    a past tense or participle ("Today the rectors signed ...", "USM today has taken steps") or an event verb
    in any tense ("Today we hold the third meeting", "we are pleased to welcome ... today";
    ``patterns/headline_verbs``)."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text in POSSESSIVE:
        return doc[span.end + 1].is_lower
    if _dated_or_placed(span):
        return True
    near = doc[max(0, span.start - 6) : min(len(doc), span.end + 8)]
    clause = doc[max(span.sent.start, span.start - 20) : min(span.sent.end, span.end + 20)]
    events = words("headline_verbs")
    return any(t.tag_ in ("VBD", "VBN") and t.lower_ not in _SPEECH for t in near) or any(
        t.tag_.startswith("VB") and t.lower_ in events for t in clause
    )


def _dated_or_placed(span: Span) -> bool:
    """Rule ``date.keep.today_here``: "today" that a date follows ("Today, December 17, a meeting was held")
    or that ends a clause after a place ("... at Perdana Putra, Putrajaya today.", "here, today."): a day."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    if nxt is not None and nxt.text == "," and after is not None:
        return after.like_num or after.lower_ in MONTHS or after.lower_ in WEEKDAY_NAMES
    prev = doc[span.start - 1] if span.start > 0 else None
    at_end = nxt is None or nxt.text in (".", ";") or nxt.is_space
    return at_end and prev is not None and (prev.tag_ == "NNP" or prev.lower_ in ("here", ","))


_SPEECH = frozenset(
    {"said", "says", "noted", "added", "stressed", "emphasized", "emphasised", "told", "stated"}
)


def _drop_time(span: Span) -> Span:
    """``2025-07-18 18:33`` -> ``2025-07-18``."""
    text, space = column(span.doc, "text"), column(span.doc, "space")
    e = span.end
    while e > span.start + 1 and (_TIME.match(text[e - 1]) or space[e - 1]):
        e -= 1
    s = span.start
    while s < e - 1 and (_TIME.match(text[s]) or text[s] in {",", ":"}):
        s += 1
    return Span(span.doc, s, e, label=span.label, span_id=span.id)


def archive_lines(doc: Doc) -> list[Span]:
    """Lines that hold only a year or only a month name (news-archive menus): page-furniture dates."""
    out = []
    for m in ARCHIVE_LINE.finditer(doc_text(doc)):
        sp = doc.char_span(m.start(1), m.end(1))
        if sp is not None:
            out.append(Span(doc, sp.start, sp.end, label="DATE", span_id="archive_line"))
    return out


def published_line(doc: Doc) -> list[Span]:
    """Rule ``date.published_line``: the publication date the page's date line gives ("Published : 24 Mar
    2024 09:47 PM", "04 июня 2019" alone on its line) is one DATE mention, whatever the model made of it;
    its value is the publication date (``find/published.py`` decided it once)."""
    found = doc._.published_span
    span = doc.char_span(*found, alignment_mode="contract") if found else None
    return [Span(doc, span.start, span.end, label="DATE", span_id="published")] if span else []


def date_candidates(
    doc: Doc, key: str = "date_rules"
) -> tuple[list[Span], list[Span], list[tuple[Span, str]]]:
    """(rule spans, model spans) for DATE, trimmed and filtered in context; and the candidates rejected,
    with the id of the rule (``date.reject.*``)."""
    rules, model, rejected = [], [], []
    verdict: dict[tuple[int, int], str | None] = {}  # the model and the rules often find the same span

    def judged(span: Span | None, source: Span) -> list[Span]:
        if span is None:
            rejected.append((source, "date.reject.empty"))
            return []
        if (span.start, span.end) not in verdict:
            verdict[(span.start, span.end)] = _context_rejection(span)
        if (rule := verdict[(span.start, span.end)]) is not None:
            rejected.append((span, rule))
            return []
        return split_range(_drop_time(span))

    for sp in doc.spans.get(key, []):
        found = Span(doc, sp.start, sp.end, label="DATE", span_id=sp.id_ or "date_rule")
        rules += judged(_trim(found), found)
    rules += archive_lines(doc) + published_line(doc)
    for ent in model_ents(doc):
        if ent.label_ == "DATE":
            found = Span(doc, ent.start, ent.end, label="DATE", span_id="model_ner")
            t = _trim(found)
            for part in [None] if t is None else comma_parts(_drop_time(t)):
                model += judged(part, found)
    return rules, model, rejected


def comma_parts(span: Span) -> list[Span]:
    """Rule ``date.split.comma``: "today, Wednesday": a model date that is no date expression as a whole but
    whose parts between commas are each one (a day told twice) is one mention per part; "Wednesday, June 12,
    2024" is one expression and stays whole."""
    commas = [t.i for t in span if t.text == ","]
    if not commas or is_date_expression(text_of(span)):
        return [span]
    bounds = [span.start, *commas, span.end]
    parts = [
        Span(span.doc, a + (a in commas), b, label="DATE", span_id=span.id_)
        for a, b in zip(bounds, bounds[1:])
    ]
    if all(len(p) and is_date_expression(text_of(p)) for p in parts):
        return parts
    return [span]


_RANGE_WORDS = frozenset({"to", "until", "till", "-", "–", "—", "and"})
_DASHED_INTERVALS = frozenset(
    {
        "month_day_range_month_day",
        "month_day_range_month_day_year",
        "day_month_range_day_month",
        "day_month_range_day_month_year",
    }
)


def split_range(span: Span) -> list[Span]:
    """Rule ``date.split.range``: "From April 18th to April 22nd", "March 22 to March 24": two dates, each
    with its month, are two mentions; "November 23 to 27" (one month) stays one interval, and so does one
    expression joined by a dash across months ("January 30 - February 1, 2009")."""
    months = MONTHS
    cut = next((t.i for t in span if t.lower_ in _RANGE_WORDS and t.i > span.start), None)
    if cut is None or cut + 1 >= span.end or span.id_ in _DASHED_INTERVALS:
        return [span]
    left, right = span.doc[span.start : cut], span.doc[cut + 1 : span.end]
    if not any(t.lower_ in months for t in left) or not any(t.lower_ in months for t in right):
        return [span]
    return [
        Span(span.doc, left.start, left.end, label="DATE", span_id=span.id_),
        Span(span.doc, right.start, right.end, label="DATE", span_id=span.id_),
    ]
