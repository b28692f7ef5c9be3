"""Is a candidate span a DATE (not a duration, frequency, era, age, year in a name)? Plus tense cues."""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from extractor.normalise.date_rules import (
    HOLIDAYS,
    MONTHS,
    NUM_RE,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    SEASONS,
    WEEKDAYS,
    clean,
)
from extractor.normalise.dates import normalise_date

_PROBE_ANCHOR = dt.date(2000, 6, 15)
_UNIT = (
    r"(?:years?|months?|weeks?|days?|decades?|centuries|century|hours?|minutes?|semesters?|"
    r"quarters?|fortnights?)"
)
_DURATION = re.compile(
    rf"(?:(?:over|for|during|within|in|of|after)\s+)?(?:(?:the|a|an)\s+)?"
    r"(?:(?:past|last|next|coming|first|following|previous|recent|ensuing|initial|final|remaining|"
    r"further|additional|another|other)\s+)?"
    r"(?:(?:more than|over|nearly|almost|about|around|some|at least|less than|up to|roughly|"
    r"approximately|just)\s+)?"
    rf"(?:{NUM_RE}|few|several|many|couple of|number of|\d+\s*(?:-|to|or)\s*\d+)[\s-]+"
    r"(?:(?:more|full|long|consecutive|calendar|straight)\s+)?"
    rf"{_UNIT}(?:[\s-](?:long|old|period|term|plan|programme|program|course))?(?:\s+(?:now|running))?"
)
_NOT_DATE = re.compile(
    r"now|right now|just now|recently|more recently|most recently|lately|currently|current|nowadays|"
    r"presently|present|at present|soon|future|past|then|once|previously|formerly|already|yet|"
    r"earlier|later|time|moment|this moment|these days|those days|recent|"
    r"recent (?:years|months|weeks|days|times|decades)|one day|some day|someday|near future|"
    r"short term|long term|near term|medium term|years to come|coming (?:years|months|weeks|days)|"
    r"(?:past|last|next|few) (?:years|months|weeks|days|decades)|years|months|weeks|days|"
    r"(?:the )?(?:morning|afternoon|evening|night|noon|midnight|day|week|period)"
)
_FREQUENCY = re.compile(
    r"\b(?:annually|yearly|monthly|weekly|daily|nightly|hourly|quarterly|biannually|biennially|"
    r"every|each|per|twice|thrice|times a|once a)\b"
)
_AGE = re.compile(r"\b(?:years?|months?)[- ]old\b|^aged?\b|\bage of\b|\bin (?:his|her|their) \w+s\b")
_ERA = re.compile(r"\b(?:era|epoch|dynasty|times|age|ages|millennium|reign|regime)\b")
_CLOCK = re.compile(r"\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|h|hrs|o'clock)?|\d{1,2}:\d{2}.*")
_NAME_BEFORE = re.compile(
    r"\b(?:Vision|Agenda|Strategy|Horizon|Expo|EXPO|Project|Programme|Program|Plan|Concept|"
    r"Initiative|Industry|Universiade|Olympics|Games|Cup|Version|Windows|COVID|Covid|ISO|GOST|"
    r"No\.|№)\s*-?\s*$"
)
_EVENT_HEAD = (
    r"(?:Forum|Conference|Summit|Expo|Exhibition|Games|Olympics|Olympiad|Festival|Congress|"
    r"Championship|Cup|Fair|Award|Awards|Prize|Contest|Competition|Agenda|Strategy|Plan|"
    r"Programme|Program|Vision|Declaration|Report|Rankings?|Meeting|Session|Symposium|"
    r"Workshop|Week|Expedition|Biennale|Show|Challenge|Hackathon|Edition)"
)
_NAME_AFTER = re.compile(rf"^\s*(?:[A-Z][\w.&'-]*\s+|(?:of|and|the|for|on|de|-)\s+)*?{_EVENT_HEAD}\b")
_DATE_WORDS: frozenset[str] = frozenset(
    set(MONTHS)
    | set(WEEKDAYS)
    | set(SEASONS)
    | set(NUMBER_WORDS)
    | set(ORDINAL_WORDS)
    | {w for h in HOLIDAYS for w in h.split()}
    | set(
        "the this last next early mid middle late earlier later since on in from until till to of "
        "between and by during end beginning start today yesterday tomorrow tonight week weekend "
        "month year years quarter half decade century fiscal past coming previous current ago a an "
        "about around nearly almost more than some over than year's new eve day q1 q2 q3 q4 "
        "semester academic spring summer autumn fall winter sometime before after circa".split()
    )
)


_PHONE_BEFORE = re.compile(r"\+\d[\d\s()-]*$")  # "+375 (1719) 28-2-60"
_SPAN_OF_TIME = re.compile(
    r"(?:(?:over|during|in|for|within)\s+)?the\s+(?:past|last)\s+"
    r"(?:year|month|week|decade|century)"
)
_SEASON_WORD = re.compile(r"spring|summer|autumn|fall|winter")
_MODIFIED_NOUN = re.compile(
    r"\s+(?:(?:and|or)\s+(?:spring|summer|autumn|fall|winter)\s+)?(?!(?:of|and|or|the|a|an|in|on|at|to|for|with|by|from|we|they|he|she|it|there|this|that|these|"
    r"when|while|as|is|are|was|were|will|would|has|have|had|be|been|our|their|his|her|its)\b)[a-z]"
)
_COUNTED_NOUN = re.compile(
    r"\s*(?:\+|(?!(?:was|is|has|saw|sees|marks|as|its|this|his|ids)\b)[a-z]+s\b|(?:more|new|people|"
    r"thousand|million|tons?|percent|per\s+cent)\b)"
)
# periods named relative to the narrative: DATE mentions whose value stays null
_NARRATIVE_PERIOD = re.compile(
    r"(?:that|same|that same|following|next|previous|preceding|prior)\s+(?:day|week|month|year|quarter)"
    r"|.*\byear-(?:ago|earlier)\b.*|(?:\w+\s+)?(?:comparable|corresponding)\s+(?:quarter|period)"
)


def _name_like(text: str, before: str, after: str) -> bool:
    """A capitalised non-date word in the span, or a name/event head right around it."""
    for tok in re.findall(r"[A-Za-z][A-Za-z'’.]*", text):
        bare = tok.lower().strip(".'’").replace("’", "'").removesuffix("'s")
        if tok[0].isupper() and bare not in _DATE_WORDS:
            return True
    if _NAME_BEFORE.search(before):
        return True
    bare_year = re.fullmatch(r"\W*\d{4}\W*", text)
    word = _WORD_BEFORE.search(before, _last_run(before))
    if bare_year and word and word.group(1).lower() not in _DATE_WORDS:
        return True  # "Program “Priority 2030”", "KazanForum 2023": a year inside a name
    return bool(bare_year and _NAME_AFTER.match(after))


_WORD_BEFORE = re.compile(r"\b([A-Z][\w-]*) $")


def _last_run(text: str) -> int:
    """Where the run of word characters and hyphens before the closing space starts: _WORD_BEFORE can only
    match there, and searching from there keeps it linear (from the left it rescans every hyphenated run)."""
    end = len(text) - text.endswith("\n")  # `$` matches before a final newline too
    if not text[:end].endswith(" "):
        return len(text)  # no closing space: no match
    start = end - 1
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-"):
        start -= 1
    return max(0, start)


def is_date_expression(text: str, *, before: str = "", after: str = "") -> bool:
    """True when a candidate span is a calendar date or period in the sense of annotation.md.

    False for durations ("five years", "over the past 30 years", "two-week"), ages, clock times
    alone, frequencies ("annually"), vague times ("recently", "now"), eras ("the Soviet era") and
    years inside names ("Vision 2030"; pass the text around the span as ``before``/``after`` so
    that a bare "2016" in "2016 Aoshan Euro-Asia Technology Forum" is caught too).
    """
    if not text or not text.strip():
        return False
    s = clean(text)
    raw = re.sub(r"\s+", " ", text.lower()).strip()
    if not s or _NOT_DATE.fullmatch(s) or _DURATION.fullmatch(s) or _DURATION.fullmatch(raw):
        return False
    if _FREQUENCY.search(raw) or _AGE.search(raw) or _ERA.search(s) or _CLOCK.fullmatch(s):
        return False
    if re.fullmatch(r"\d+", s) and not (len(s) == 4 and 1000 <= int(s) <= 2199):
        return False
    if _name_like(text, before, after) or _PHONE_BEFORE.search(before) or _SPAN_OF_TIME.fullmatch(raw):
        return False
    if _SEASON_WORD.fullmatch(raw) and _MODIFIED_NOUN.match(after):
        return False  # "summer schools": a season modifying a noun
    if re.fullmatch(r"\d{4}", raw) and _COUNTED_NOUN.match(after):
        return False  # "2000 students": a count
    if normalise_date(text, _PROBE_ANCHOR) is not None:
        return True
    return bool(_NARRATIVE_PERIOD.fullmatch(s))


_FUTURE = re.compile(
    r"\b(?:will|shall|won't|going to|plans? to|planning to|intends? to|aims? to|expects? to|"
    r"expected to|is expected|are expected|scheduled|upcoming|forthcoming|next|tomorrow|would|"
    r"is to|are to|to be held|to take place|(?:is|are) set to|due to be|hopes? to|will be)\b|'ll\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|ago|last|yesterday|earlier|previously|already|took|met|held|made|gave|"
    r"went|came|saw|told|said|became|began|won|led|sent|paid|spent|brought|left|found|signed|"
    r"[a-z]{3,}ed)\b",
    re.IGNORECASE,
)
_NOT_PAST = frozenset(
    {
        "indeed",
        "hundred",
        "need",
        "speed",
        "breed",
        "seed",
        "feed",
        "exceed",
        "proceed",
        "succeed",
        "limited",
        "united",
        "based",
        "related",
        "advanced",
        "detailed",
        "dedicated",
        "expected",
        "scheduled",
        "planned",
        "proposed",
        "interested",
        "concerned",
        "qualified",
        "experienced",
        "red",
        "bed",
        "shed",
    }
)

# "is located", "will be paid" (passive), "the reduced dividend" (adjective): no past cue
_NOT_PAST_BEFORE = re.compile(
    r"\b(?:is|are|am|be|being|get|gets|the|a|an|its|their|his|her|our|this|these)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
# present tense ("is", "are") nearest to the date: no tense, the nearest year wins
_PRESENT = re.compile(
    r"\b(?:is|are|am)\b(?!\s+(?:\w+ly\s+)?(?:\w+ed|been|to|set|due|going|expected|scheduled)\b)",
    re.IGNORECASE,
)

_LOCAL_FUTURE = re.compile(
    r"\b(?:payable|effective|expires?|expiring|by|due|starting|beginning|"
    r"deadline|scheduled for|set for|slated for|planned for)\s+(?:on\s+|in\s+|the\s+|early\s+|mid-?\s*|"
    r"late\s+|end\s+of\s+)*$",
    re.IGNORECASE,
)
_LOCAL_PAST = re.compile(r"\b(?:since|ended|ending)\s+(?:on\s+|in\s+|the\s+)*$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014]")


def tense_of(sentence: str, focus: int | None = None) -> Literal["past", "future"] | None:
    """Tense cue of a sentence ("will", "signed", "ago"...), or None without cues.

    With ``focus`` (the date's character offset in the sentence) a deadline word right before the
    date ("by", "effective", "due") means future, "since"/"ended" past; otherwise the cue nearest
    to the date within its clause (commas, semicolons, brackets) wins, a present-tense "is"/"are"
    meaning None. Without ``focus`` any future cue beats past ones.
    """
    cues: list[tuple[int, Literal["past", "future"]]] = [
        (m.start(), "future") for m in _FUTURE.finditer(sentence)
    ]
    cues += [
        (m.start(), "past")
        for m in _PAST.finditer(sentence)
        if m.group(0).lower() not in _NOT_PAST and not _NOT_PAST_BEFORE.search(sentence[: m.start()])
    ]
    present = [m.start() for m in _PRESENT.finditer(sentence)]
    if focus is None:
        if not cues:
            return None
        return "future" if any(kind == "future" for _, kind in cues) else "past"
    before = sentence[max(0, focus - 40) : focus]
    if _LOCAL_FUTURE.search(before):
        return "future"
    if _LOCAL_PAST.search(before):
        return "past"
    lo = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, focus)), default=0)
    nxt = _CLAUSE_BREAK.search(sentence, focus)
    hi = nxt.start() if nxt else len(sentence)
    local: list[tuple[int, Literal["past", "future"] | None]] = [c for c in cues if lo <= c[0] < hi]
    local += [(pos, None) for pos in present if lo <= pos < hi]
    if not local:
        # "On Monday, the rectors signed ...": an opening date takes the tense of the clause it introduces
        if not cues or present and min(present) < min(pos for pos, _ in cues):
            return None
        return "future" if any(kind == "future" for _, kind in cues) else "past"
    return min(local, key=lambda c: abs(c[0] - focus))[1]
