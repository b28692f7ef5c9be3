"""Find the publication date a text states for itself (dateline, "Published:", a date line at the head or
foot of the page)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from extractor.find.published_fields import (
    SECTION,
    TRAILING_SECTION,
    above_the_menu,
    clock_above,
    foot_lines,
    menu_below,
    only_counter,
    only_label,
    repeated,
)
from extractor.lang.budget import DEFAULT_LIMIT, budgeted
from extractor.lang.lexicons import lexicon
from extractor.lang.patterns import RegexCue, load_named
from extractor.lang.tokens import doc_extensions, doc_text
from extractor.normalise.date_rules import MONTHS
from extractor.normalise.dates import normalise_date

doc_extensions("published", "published_cue", "published_span")

_FULL = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_REACH = 300  # a cue reads at most this many characters from the start of a line

_MONTH = "|".join(sorted((m for m in MONTHS), key=len, reverse=True))
# a full date in any of the page forms: ISO (with time), numeric day-first, "4 August 2018", "2018年8月4日";
# month names of date lines in other languages (``patterns/month_names.jsonl``): "27 мая 2021",
# "27 de novembro de 2024", also with an English month ("27 de November de 2024")
_FOREIGN_MONTH = "|".join(sorted(lexicon("month_names"), key=len, reverse=True))
_DATE_IN_LINE = re.compile(
    rf"(?P<date>(?P<cjk>(?P<cy>\d{{4}})\s*年\s*(?P<cm>\d{{1,2}})\s*月\s*(?P<cd>\d{{1,2}})\s*日)|"
    rf"(?P<fo>(?P<fd>\d{{1,2}})\s+(?P<fm>{_FOREIGN_MONTH})\s+(?P<fy>\d{{4}})|"
    rf"(?P<od>\d{{1,2}}) de (?P<om>{_FOREIGN_MONTH}|{_MONTH}) de (?P<oy>\d{{4}}))|"
    rf"\d{{4}}[./-]\d{{1,2}}[./-]\d{{1,2}}(?!\d)|\d{{1,2}}(?P<sep>[./-])\d{{1,2}}(?P=sep)\d{{4}}(?!\d)|"
    # a CMS's "Posted: 14 05,2023", "07 07 2020", "4. 6. 2019": day, month and year set apart by spaces
    rf"(?P<sp>(?P<sd>\d{{1,2}})\.? (?P<sm>\d{{1,2}})(?:\.? |,\s?)(?P<sy>(?:19|20)\d{{2}}))(?!\d)|"
    rf"\d{{1,2}}/\d{{1,2}}/\d{{2}}(?=[ \t]+\d{{1,2}}:\d{{2}})|"  # a CMS stamp: "5/13/17 10:05 AM"
    rf"\d{{1,2}}(?P<s2>[./])\d{{1,2}}(?P=s2)\d{{2}}(?![\d./:])|"  # a two-digit year: "22/08/07", "(07.07.22)"
    # "4 August 2018", "17. November 2023", "21 Nov , 2014", "28th of March, 2018", also glued:
    # "September 21, 2018Click:"
    rf"\d{{1,2}}(?:st|nd|rd|th|\.)?,? (?:of )?(?:{_MONTH})\.?(?: ?,)? \d{{4}}(?!\d)|"
    # "Jan.21, 2019", "Oct 15 , 2016"
    rf"(?:{_MONTH})(?:\.? |\.)\d{{1,2}}(?:st|nd|rd|th)?(?: ?, ?| )\d{{4}}(?!\d)|"
    # year first, as Hungarian pages write it, "2019. February 20.", or a CMS stamp, "2023 Jun 30, 14:49"
    rf"(?P<yf>(?P<yy>\d{{4}})\.? (?P<ym>{_MONTH}) (?P<yd>\d{{1,2}})\.?)(?!\d))",
    re.I,
)
_TIME = re.compile(r"T?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2}|[ \t](?i:msk|utc|gmt))?")
# the head: the first lines, and every line of a page header (menus, archives) before the first paragraph
_HEAD_LINES, _HEAD_CHARS, _HEADER_CHARS, _LONGEST = 12, 1200, 4000, 150
_LINE_PRIORITY = 72  # between the source bar (75) and the dateline (65)


@dataclass(frozen=True)
class Published:
    """The publication date found, where its date text lies, and which cue found it."""

    value: str
    start: int
    end: int
    cue: str


@lru_cache(maxsize=4)
def _cues(name: str = "published.jsonl") -> tuple[tuple[RegexCue, re.Pattern[str]], ...]:
    cues = sorted(load_named(name, RegexCue), key=lambda c: -c.priority)
    return tuple((c, re.compile(c.regex)) for c in cues)


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line, without its line break."""
    start = 0
    for m in re.finditer(r"\r\n|[\n\r\u2028\u2029]", text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def find_published(text: str) -> Published | None:
    """Return the highest-priority publication-date cue whose date normalises to a full value.

    Each cue is tried at line starts only and reads a bounded stretch from there, so the search is linear
    in the length of the text (no rescans of blank-line runs)."""
    lines = list(_lines(text))
    starts = [s for s, e in lines if not text[s:e].isspace() and s < e]  # blank runs are never rescanned
    tried_lines = False
    for cue, rx in _cues():
        if not tried_lines and cue.priority < _LINE_PRIORITY:
            tried_lines = True
            found = date_line(text, lines)
            if found is not None:
                return found
        for s in starts:
            if cue.max_offset is not None and s > cue.max_offset:
                break
            m = rx.match(text, s, min(len(text), s + _REACH))
            if m is None:
                continue
            value = normalise_date(m.group("date"), None)
            if (
                value
                and _FULL.match(value)
                and not (len(value) == 4 and _in_year_menu(text, starts, s))
                and not clock_above(text, starts, s)
                and not menu_below(text, starts, s)
            ):
                return Published(value, m.start("date"), m.end("date"), cue.id)
    return None if tried_lines else date_line(text, lines)


_BARE_YEAR = re.compile(r"[ \t•*]*(?:19|20)\d{2}[ \t]*")


def _in_year_menu(text: str, starts: list[int], s: int) -> bool:
    """Rule ``published.reject.year_menu``: a year line next to another year line is an archive menu
    ("2024 / 2023 / 2022 ..."), not the page's year."""
    k = bisect_left(starts, s)
    return any(
        _BARE_YEAR.fullmatch(text[starts[j] : starts[j] + 40].splitlines()[0])
        for j in (k - 1, k + 1)
        if 0 <= j < len(starts)
    )


def date_line(text: str, lines: list[tuple[int, int]]) -> Published | None:
    """Rule ``date_line_any``: a short line at the head or the foot of the page that holds a full date and
    nothing but furniture around it: a label in any language ("Posted:", "Создан в", "发布时间："), a time,
    a view counter, an author ("4 August 2018 14:21 219", "• Published: 2018-12-10", "27.11.2019 6748").
    A weekday, a preposition or a sentence around the date makes it no date line (a site clock, "Currency
    rates from 02/06/2025", "On May 23, 2016 the forum opened")."""
    filled = [(s, e) for s, e in lines if text[s:e].strip()]
    body = next((s for s, e in filled if e - s > _LONGEST), len(text))  # the first paragraph of prose
    head = [
        (s, e)
        for i, (s, e) in enumerate(filled)
        if s <= _HEAD_CHARS and i < _HEAD_LINES or s < min(body, _HEADER_CHARS)
    ]
    foot = [ln for ln in foot_lines(text, filled) if ln not in head]
    starts = [f for f, _ in filled]  # read once, not once per candidate line
    updated = None  # rule published.prefer_published: "UPDATE : June 5, 2020", then "Published 2017.04.04"
    for s, e in head + foot:
        if (
            above_the_menu(text, filled, (s, e))
            or clock_above(text, starts, s)
            or (s, e) in foot
            and repeated(text, filled, (s, e))
        ):
            continue  # rule published.reject.site_header: a site clock, or the dates of related posts
        if e - s > _LONGEST:
            found = _stamp(text, s, e, s == filled[0][0]) if (s, e) in head else None
            if found is not None:
                return found
            continue
        found = _furniture_date(text, s, e)
        if found is None and (s, e) in head:
            found = _stamp(text, s, e, s == filled[0][0])  # "October 7, 2021, 15:32 Astronomical lab opened"
        if found is not None and _UPDATE_LABEL.match(text, s, e):
            updated = updated or found
        elif found is not None:
            return _stamped_below(text, head, found) if s == filled[0][0] else found
    return updated


def _stamped_below(text: str, head: list[tuple[int, int]], top: Published) -> Published:
    """Rule ``published.reject.top_clock``: a bare date on the page's first line gives way to a date with
    its time further down the head ("21 september 2020 / ... / headline / 19.01.2007 11:58 msk"): the first
    is the site's clock, the second the item's stamp."""
    if _TIME.match(text[top.end : top.end + 12].lstrip()):
        return top
    for s, e in head[1:]:
        found = _furniture_date(text, s, e)
        if found is not None and _TIME.match(text[found.end : found.end + 12].lstrip()):
            return found
    return top


_UPDATE_LABEL = re.compile(r"[\W_]*(?:last[ \t]+)?updated?\b", re.I)


_DIGIT = re.compile(r"\d")
_BYLINE_AFTER = re.compile(r"[ \t]*[,|][ \t]*[Bb]y [A-Z]")  # a post's author: no site clock has one
_RANGE_BEFORE = re.compile(r"(?<![\d:])\d{1,2}\s?[-–—]\s?$")  # "8-13 February", not "09:27 - 23/05/2017"


def _furniture_date(text: str, s: int, e: int) -> Published | None:
    if _DIGIT.search(text, s, e) is None:
        return None  # every date form holds a digit: a line without one is never searched for a date
    m = _DATE_IN_LINE.search(line := text[s:e])
    if m is None or _another_date(line, m) or _RANGE_BEFORE.search(line, 0, m.start()):
        return None  # no date, or a range / several dates (an event line, an archive): "8-13 February 2023"
    after = line[m.end() :]
    stamped = bool(_TIME.match(after.lstrip())) and after[:1] == " "  # "Thursday, 26 October 2023 04:15"
    stamped = stamped or bool(_BYLINE_AFTER.match(after))  # "Wednesday, July 17, 2019, By Kelly Rodoski"
    if after[:1].isupper() or SECTION.match(after):
        after = (
            ""  # a section name after the date: "12/13/2017International cooperation", "Sep 5, 2017 - News"
        )
    after = TRAILING_SECTION.sub("", _TIME.sub(" ", after))
    if not (only_label(line[: m.start()], stamped) and only_counter(after)):
        return None
    if m.group("cjk"):
        value = f"{m.group('cy')}-{int(m.group('cm')):02d}-{int(m.group('cd')):02d}"
    elif m.group("fo"):  # "27 мая 2021", "27 de novembro de 2024"
        value = _foreign_date(m)
    elif m.group("yf"):  # "2019. February 20., Wednesday", "2023 Jun 30, 14:49": year, month, day
        value = normalise_date("{} {} {}".format(*m.group("yd", "ym", "yy")), None) or ""
    else:
        value = _numeric_value(m)
    if not value or not _FULL.match(value):
        return None
    return Published(value, s + m.start("date"), s + m.end("date"), "date_line_any")


def _another_date(line: str, m: re.Match[str]) -> bool:
    """Another date on the line than the one matched; the same day written twice is one ("November 28, 2017
    2017/11/28 2713": a long and a short form, then a counter)."""
    other = _DATE_IN_LINE.search(line, m.end())
    if other is None:
        return False
    return normalise_date(other.group("date"), None) != normalise_date(m.group("date"), None)


def _numeric_value(m: re.Match[str]) -> str | None:
    """The ISO value of a date line's date; "14 05,2023" (day, month, comma, year) is read day first."""
    if m.group("sp"):
        return normalise_date("{}.{}.{}".format(*m.group("sd", "sm", "sy")), None)
    return normalise_date(m.group("date"), None)


def _foreign_date(m: re.Match[str]) -> str:
    """A date line in another language ("27 мая 2021", "27 de novembro de 2024") as an ISO date."""
    day, name, year = m.group("fd", "fm", "fy") if m.group("fd") else m.group("od", "om", "oy")
    month = lexicon("month_names").get(name.lower())
    return f"{year}-{month}-{int(day):02d}" if month else normalise_date(f"{day} {name} {year}", None) or ""


def _stamp(text: str, s: int, e: int, first: bool = False) -> Published | None:
    """A head line that opens with a full date and a clock time, then prose or a headline ("23.09.2014 13:05
    The Memorandum ...", "October 7, 2021, 15:32 Astronomical lab opened"), a date glued to the prose's first
    word ("20.10.2025Select group of ...", "12th October 2017…In an effort ..."), or the first line opening
    with a date in brackets ("(07.07.22) On 14 June ..."): the page's time stamp run into the text."""
    line = text[s : min(e, s + _REACH)]
    offset = len(line) - len(line.lstrip())
    bracketed = (
        first and line[offset : offset + 1] == "("
    )  # "(07.07.22) On 14 June, ...": the page's first words
    m = _DATE_IN_LINE.match(line, offset + bracketed)
    if m is None or m.group("cjk") or m.group("fo"):
        return None
    if bracketed:
        if line[m.end() : m.end() + 2] != ") ":
            return None
    elif not _GLUED_PROSE.match(line, m.end()):  # "20.10.2025Select group of ...", "12th October 2017…In"
        gap = _STAMP_GAP.match(line, m.end())  # "23.09.2014 13:05 ...", "27.01.2025 | 17:15 |The ..."
        if gap is None or not _TIME.match(line, gap.end()):
            return None
    value = _numeric_value(m)
    if not value or not _FULL.match(value):
        return None
    return Published(value, s + m.start("date"), s + m.end("date"), "date_line_any")


_STAMP_GAP = re.compile(r",? (?:\| )?")  # "23.09.2014 13:05", "October 7, 2021, 15:32"
# a page's date glued to its first paragraph's first word, or joined by an ellipsis (rule date_line_any)
_GLUED_PROSE = re.compile(r"(?:…|\.\.\.)?[A-Z][a-z]")


@Language.factory("extractor_published", default_config={})
def make_published(nlp: Language, name: str) -> PublishedDetector:
    """Component: ``doc._.published`` from datelines, labels and date lines."""
    return PublishedDetector()


class PublishedDetector:
    """Sets ``doc._.published`` (ISO value or None) and ``doc._.published_cue`` (rule id)."""

    time_limit = DEFAULT_LIMIT  # seconds per 10,000 characters (budget.py)

    @budgeted
    def __call__(self, doc: Doc) -> Doc:
        if doc._.published is not None:
            return doc
        found = find_published(doc_text(doc))
        doc._.published = found.value if found else None
        doc._.published_cue = found.cue if found else None
        doc._.published_span = [found.start, found.end] if found else None
        return doc
