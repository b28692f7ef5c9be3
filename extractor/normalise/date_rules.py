"""Lexicon, text cleaning and number words for the date normaliser (no anchor needed)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from extractor.lang.tokens import MONTH_NAMES, WEEKDAY_NAMES

MONTHS: dict[str, int] = {
    **{name: n for n, name in enumerate(MONTH_NAMES, start=1)},
    **{
        "jan": 1,
        "feb": 2,
        "mar": 3,
        "apr": 4,
        "jun": 6,
        "jul": 7,
        "aug": 8,
        "sept": 9,
        "sep": 9,
        "oct": 10,
        "nov": 11,
        "dec": 12,
    },
}
WEEKDAYS: dict[str, int] = {
    **{name: n for n, name in enumerate(WEEKDAY_NAMES)},
    **{
        "mon": 0,
        "tue": 1,
        "tues": 1,
        "wed": 2,
        "thu": 3,
        "thur": 3,
        "thurs": 3,
        "fri": 4,
        "sat": 5,
        "sun": 6,
    },
}
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER_WORDS: dict[str, int] = (
    {w: i for i, w in enumerate(_UNITS)}
    | {w: 20 + 10 * i for i, w in enumerate(_TENS)}
    | {"a": 1, "an": 1, "a couple of": 2, "couple of": 2}
)
_ORD_UNITS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
).split()
ORDINAL_WORDS: dict[str, int] = (
    {w: i + 1 for i, w in enumerate(_ORD_UNITS)}
    | {"twentieth": 20, "thirtieth": 30}
    | {f"twenty-{w}": 21 + i for i, w in enumerate(_ORD_UNITS[:9])}
    | {"thirty-first": 31}
)
# Fixed-date holidays (month, day), keyed as clean() leaves them (no "'s"); Thanksgiving is computed.
HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "new year day": (1, 1),
    "new years day": (1, 1),
    "new year eve": (12, 31),
    "new years eve": (12, 31),
    "halloween": (10, 31),
    "valentine day": (2, 14),
    "international women day": (3, 8),
    "women day": (3, 8),
    "victory day": (5, 9),
    "labour day": (5, 1),
    "may day": (5, 1),
}


def _alt(words: Iterable[str]) -> str:
    """Regex alternation, longest first, with spaces as flexible whitespace."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


MONTH_RE = rf"(?:{_alt(MONTHS)})\.?"
WEEKDAY_RE = rf"(?:{_alt(WEEKDAYS)})\.?"
SEASON_RE = rf"(?:{_alt(SEASONS)})"
DAY_RE = rf"(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?(?!\d)|{_alt(ORDINAL_WORDS)})"
YEAR_RE = r"(?:\d{4}|'\d{2})(?!\d)"
NUM_RE = rf"(?:\d+|{_alt(NUMBER_WORDS)})"

# Lower-case words that are dates only when capitalised or next to a number ("may", "march").
AMBIGUOUS_LOWER = re.compile(r"\b(?:may|march|mar|sat|sun|wed|jan|dec)\b|^\s*(?:the\s+)?fall\s*$")

_LEADING = re.compile(
    r"^(?:on|in|at|since|from|by|until|till|up\s+to|during|throughout|through|within|of|for|"
    r"between|before|after|prior\s+to|as\s+of|as\s+early\s+as|as\s+late\s+as|no\s+later\s+than|"
    r"not\s+later\s+than|starting|beginning|around|about|approximately|circa|ca\.|sometime|"
    r"some\s+time\s+in|just|only|even|as\s+recently\s+as|post|pre|the|fiscal|"
    r"year(?=\s+(?:\d|nineteen|twenty|two\s+thousand)))\s+"  # "the year 2010"
)
_MODIFIER = re.compile(
    r"^(?:(?:the\s+)?(?:very\s+)?(?:mid|middle|early|earlier|late|later|end|beginning|start|"
    r"close|turn|outset|first\s+half|second\s+half|last\s+half|latter\s+half|first\s+days|"
    r"last\s+days|good\s+part|remainder|rest)(?:\s+of)?\s+(?:the\s+)?)+"
)
_TIME_OF_DAY = re.compile(
    r"\b(?:\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d{2}(?:\s*h)?|"
    r"(?:in\s+the\s+|on\s+the\s+|the\s+)?(?:morning|afternoon|evening|night|noon|midday|"
    r"midnight|dawn)(?:\s+of)?|(?:est|edt|cst|cdt|pst|pdt|gmt|utc|msk|bst|cet|local\s+time)"
    r"|o'clock)(?=\s|,|$)"
)
_SUFFIX = re.compile(
    r"(?<!\s)\s+(?:academic\s+year|school\s+year|semester|term|season|year\s+end|end|"
    r"and\s+beyond|or\s+later|or\s+so)$"
)


@lru_cache(maxsize=8192)  # pure, and the same date words recur across documents
def clean(text: str) -> str:
    """Lower-case, unify dashes and spaces, drop prepositions, times of day, modifiers."""
    s = unicodedata.normalize("NFKC", text)
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s).replace("\u2019", "'").lower()
    s = re.sub(r"\s+", " ", s).strip(' .,;:!?()[]"«»')
    s = re.sub(r"s'(?=\s|$)", "s", re.sub(r"'s\b", "", s))  # possessives: "Friday's", "years'"
    s = re.sub(r"\b(mid|early|late|fiscal|post|pre)-(?=[a-z0-9'])", r"\1 ", s)
    s = re.sub(r"\b(first|second|third|fourth|year|\d(?:st|nd|rd|th))-(quarter|end|half)\b", r"\1 \2", s)
    s = re.sub(r"\bthis past\b", "last", s)
    s = re.sub(r"\b(?:fiscal|calendar|full|whole|entire)\s+(?=year|month|week|quarter|\d)", "", s)
    s = re.sub(r"\b(?:this|today) (?:morning|afternoon|evening)\b|\btonight\b", "today", s)
    s = re.sub(r"\blast night\b", "yesterday", s)
    stripped = _TIME_OF_DAY.sub(" ", s)
    if re.search(r"[a-z0-9]", stripped):
        s = re.sub(r"\s+", " ", stripped).strip(" ,")
    s = _words_to_year(s)
    while True:
        new = _LEADING.sub("", s)
        new = _MODIFIER.sub("", new)
        new = _SUFFIX.sub("", new).strip(" ,")
        if new == s:
            return s
        s = new


def valid_year(year: int) -> bool:
    """Plausible calendar year for a press text."""
    return 1000 <= year <= 2199


def word_number(text: str) -> int | None:
    """0-99 written in words ("ninety-six", "seven") or digits."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    if text in NUMBER_WORDS:
        return NUMBER_WORDS[text]
    m = re.fullmatch(rf"({'|'.join(_TENS)})[- ]({'|'.join(_UNITS[1:10])})", text)
    return NUMBER_WORDS[m.group(1)] + NUMBER_WORDS[m.group(2)] if m else None


def word_year(s: str) -> int | None:
    """Years in words: "nineteen ninety-six", "two thousand (and) ten", "twenty twenty"."""
    m = re.fullmatch(r"two thousand(?:\s+(?:and\s+)?(.+))?", s)
    if m:
        rest = word_number(m.group(1)) if m.group(1) else 0
        return 2000 + rest if rest is not None and rest < 100 else None
    m = re.fullmatch(r"(\S+)\s+(hundred|.+)", s)
    if not m:
        return None
    hi = None if m.group(1).isdigit() else word_number(m.group(1))
    lo = 0 if m.group(2) == "hundred" else word_number(m.group(2))
    if hi is None or lo is None or not 11 <= hi <= 21:
        return None
    if not (10 <= lo < 100 or m.group(2) == "hundred"):  # "twenty one" is 21, not 2001
        return None
    return hi * 100 + lo


def _words_to_year(s: str) -> str:
    """Replace a year written in words at the end ("the winter of nineteen ninety-four") by digits."""
    words = s.split()
    for n in range(min(5, len(words)), 1, -1):
        year = word_year(" ".join(words[-n:]))
        if year is not None and valid_year(year):
            return " ".join([*words[:-n], str(year)])
    return s
