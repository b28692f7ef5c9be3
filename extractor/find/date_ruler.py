"""The date rules (``patterns/dates.jsonl``) matched only on lines that can hold a date."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extractor.lang.patterns import RulePattern, load_named
from extractor.lang.tokens import doc_text

# Every date holds a year, a numeric day.month or a calendar word: the matcher runs only around these.
_TRIGGER = re.compile(
    r"(?<!\d)(?:1[89]\d\d|20\d\d|[0-3]?\d[./-][01]?\d)(?!\d)|"  # a year, or a numeric day and month
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|spring|summer|autumn|"
    r"fall|winter|today|yesterday|tomorrow|week(?:end)?s?|months?|years?|quarters?|decades?|centur(?:y|ies)|"
    r"semesters?)\b",
    re.I,
)
_TRIGGER_LOWER = re.compile(_TRIGGER.pattern)


@Language.factory(
    "extractor_date_rules", default_config={"patterns": "dates.jsonl", "spans_key": "date_rules"}
)
def make_date_rules(nlp: Language, name: str, patterns: str, spans_key: str) -> DateRules:
    """Component: date token patterns from ``patterns/<patterns>`` into ``doc.spans[spans_key]``."""
    return DateRules(nlp, patterns, spans_key)


class DateRules:
    """A spaCy Matcher over the date patterns, run only on windows of text around a date trigger;
    overlapping matches resolved longest first, like SpanRuler's ``first_longest_spans_filter``."""

    def __init__(self, nlp: Language, patterns: str, spans_key: str):
        self.matcher = Matcher(nlp.vocab, validate=True)
        for p in load_named(patterns, RulePattern):
            self.matcher.add(p.id, [p.pattern])
        self.key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        found = []
        for start, end in _windows(doc_text(doc)):
            region = doc.char_span(start, end, alignment_mode="expand")
            if region is None:
                continue
            for sp in self.matcher(region, as_spans=True):
                found.append(Span(doc, sp.start, sp.end, label="DATE", span_id=sp.label_))
        doc.spans[self.key] = filter_spans(found)
        return doc


# Every date holds a trigger, and no date pattern reaches this far from one.
_REACH = 40


def _windows(text: str) -> list[tuple[int, int]]:
    """Character windows around the triggers, within their line, overlapping ones merged."""
    out: list[tuple[int, int]] = []
    low = text.lower()  # a case-sensitive search of the lower-cased text is twice as fast as re.I
    found, trigger = (low, _TRIGGER_LOWER) if len(low) == len(text) else (text, _TRIGGER)
    line_lo, line_hi = 0, -1
    for m in trigger.finditer(found):  # no trigger spans a newline
        if m.start() > line_hi:
            line_lo = text.rfind("\n", 0, m.start()) + 1
            line_hi = text.find("\n", m.end())
            line_hi = len(text) if line_hi < 0 else line_hi
        s, e = max(line_lo, m.start() - _REACH), min(line_hi, m.end() + _REACH)
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
