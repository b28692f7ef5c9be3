"""The fields around a date on a page's date line: what may stand before it (labels, bylines, a post's
weekday) and after it (counters, sections, a name), read by the date-line cues of ``published.py``."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from extractor.lang.lexicons import lexicon
from extractor.normalise.date_rules import MONTHS, WEEKDAYS

_WORD = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[A-Za-z]")
# a site clock: "Time in Yerevan: 11:07, 1 June 2024", "Current Date: Monday, 09 April 2018"
CLOCK = re.compile(r"\b(?:time in|local time|current time|current date|today is)\b", re.I)
# a source in brackets or a site's domain before the date: "(chinadaily.com.cn) Updated:2019-05-16",
# "lmcchina.org, October 18, 2021"
_SOURCE_TAG = re.compile(
    r"\([^()\n]{1,60}\)|^[ \t]*(?:[a-z0-9-]+\.)+(?:com|org|net|gov|edu|info|ru|cn|kz|uz|by)\b,?", re.I
)


# a page's copyright line dates the site, not the post
_COPYRIGHT = re.compile(r"©|\(c\)|\bcopyright\b", re.I)


def only_label(prefix: str, stamped: bool = False) -> bool:
    """Before the date: nothing, punctuation, non-Latin words, label words ("Posted on", "Last updated"), or
    labelled fields ("Publisher: Zhang Zijiao   From: zzu   Publish Date:"); never a weekday (a site clock)
    or a lower-case word outside a field ("Currency rates from"); a weekday is allowed in a labelled byline
    and before a date with a clock time (a post's stamp; a site clock shows the date alone)."""
    if CLOCK.search(prefix) or _COPYRIGHT.search(prefix):
        return False  # published.reject.clock: a site clock's time zone; .copyright: "© 30.04.2024 | MGSU"
    if stamped and _WEEKDAY_FIELD.fullmatch(prefix):
        return True  # a post's weekday in any language before its stamp: "Cümə axşamı, 29 Avqust 2024 16:41"
    prefix = _SOURCE_TAG.sub(" ", prefix)
    labels = _labels("label")
    labelled = False  # "Submitted by X on Wed, 05/22/2024": a byline, not a site clock
    for m in _WORD.finditer(prefix):
        w = m.group()
        if not _LATIN.search(w) or w.lower() in labels:
            labelled = labelled or w.lower() in labels and w.lower() not in _JOINERS
            continue
        if w.lower() in WEEKDAYS and (labelled or stamped):
            continue  # a labelled byline, or a post's time stamp ("Thursday, 26 October 2023 04:15")
        if w.lower() in WEEKDAYS or w.lower() in MONTHS or len(prefix) > 100:
            return False
        if prefix[m.end() :].lstrip(" \t")[:1] == ":":
            labelled = True  # a field's label: "author:闫倩倩     Release time:2021-06-09", "tarixi : "
            continue
        if w.lower() == "by" and prefix[m.end() :].strip()[:1].isupper():
            labelled = True  # a byline before the date: "by VNA21 May 2023"
            continue
        if not w[0].isupper() and not _FIELD_MARK.search(prefix, 0, m.start()) and not labelled:
            return False
    return True


_FIELD_MARK = re.compile(r"[:|]")
_WEEKDAY_FIELD = re.compile(r"[ \t•|]*[^\W\d_]+(?: [^\W\d_]+)?,[ \t]*")
SECTION = re.compile(
    r"[ \t]+[-–—|][ \t]+[A-Z][^\d]{0,60}$"
)  # " - International cooperation"  # "Release time:", "Turkmenistan|education|"


# a section named last on the line, after the time: "Jan 29, 2019 | 10:01 / Important events"
TRAILING_SECTION = re.compile(r"[ \t][-–—|/][ \t]+[A-Z][^\d|/\n]{0,60}$")


_JOINERS = frozenset({"of", "and", "the", "for", "on", "in", "at"})
_FIELD_VALUE = re.compile(r":[ \t]*[^\s|/:]+")
_FIELD_LABEL = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[ \t]*:")  # "viewed:10", "Number of visits :26045"


def _web_address(token: str) -> bool:
    """A web address: dotted parts of letters, digits and hyphens ("vientianetimes.org.la")."""
    parts = token.split(".")
    return len(parts) > 1 and all(p and p.replace("-", "").isalnum() for p in parts)


_TEMPLATE = re.compile(r"\{\{[^{}]*\}\}")


def only_counter(suffix: str) -> bool:
    """After the date (times removed): nothing, numbers, non-Latin words, a name, source or section ("Office
    of Global Engagement"), a web address, counter words."""
    if any(_web_address(t) for t in suffix.split()):  # a source's address: "10:28:40   vientianetimes.org.la"
        suffix = " ".join(t for t in suffix.split() if not _web_address(t))
    suffix = _TEMPLATE.sub(" ", suffix)  # a page template's unfilled counter: "- - {{hitsCtrl.values.hits}}"
    fields = {f.lower() for f in _FIELD_LABEL.findall(suffix)}  # "viewed:10": a field's label
    words = _WORD.findall(_FIELD_VALUE.sub(":", suffix))  # "|Editor: zh": a labelled field's value
    if len(words) > 8:
        return False
    counters = _after_date_words()  # counters and labels: "21 May 2023 Last updated at 19:44 PM"
    if _section_and_counter(suffix, words):
        return True
    return all(
        not _LATIN.search(w)
        or w[0].isupper()
        or w.lower() in counters
        or w.lower() in fields
        or w.lower() in _JOINERS
        and any(x[0].isupper() for x in words)
        for w in words
    )


_ENDS_IN_COUNT = re.compile(r"[ \t]\d+[ \t]*$")


def _section_and_counter(suffix: str, words: list[str]) -> bool:
    """Rule ``published.section_counter``: a section named in sentence case and a view counter after the
    date ("6 June 2023 International activities 357"); without the counter such words may be a related
    item's title."""
    return (
        bool(_ENDS_IN_COUNT.search(suffix))
        and 1 <= len(words) <= 3
        and words[0][:1].isupper()
        and all(w.islower() for w in words[1:])
    )


@lru_cache(maxsize=1)
def _after_date_words() -> frozenset[str]:
    return _labels("counter") | _labels("label")


@lru_cache(maxsize=2)
def _labels(category: str) -> frozenset[str]:
    return frozenset(p for p, c in lexicon("published_labels").items() if c == category)


def clock_above(text: str, starts: list[int], s: int) -> bool:
    """Rule ``published.reject.clock``: the line above labels a site clock ("Current Date:"), or one of the
    two above is a weather reading ("18.2 C / Harare / Monday, April 28, 2025": the site's header)."""
    k = bisect_left(starts, s)
    above = [text[starts[j] : starts[j] + 40] for j in (k - 1, k - 2) if j >= 0]
    return bool(above) and bool(CLOCK.search(above[0])) or any(_WEATHER.match(a) for a in above)


_WEATHER = re.compile(r"[ \t]*[-+]?\d{1,2}(?:[.,]\d)?[ \t]?°?[ \t]?[CF][ \t]*$", re.M)


FOOT_LINES = 4

_RELATED = re.compile(
    r"^\W*(?:related(?: content| news| posts| articles| stories)?|read also|see also|more news|other news|"
    r"you may also like|recommended)\W*$",
    re.I,
)


def foot_lines(text: str, filled: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Rule ``published.foot_before_related``: the page's last lines, and the last lines before a list of
    related posts ("Created: 2022.06.23 / Related content / - A / - B / - C"); the lines of that list are
    the related posts', not the page's ("Related News / 17:35 / 03.02.2026 / Competition Committee ...")."""
    related = next((i for i, (s, e) in enumerate(filled) if _RELATED.match(text[s:e])), None)
    if related is None:
        return filled[-FOOT_LINES:]
    return filled[max(0, related - FOOT_LINES) : related]


def menu_below(text: str, starts: list[int], s: int) -> bool:
    """Rule ``published.reject.site_header``: the next line is the site's menu or a breadcrumb from Home
    ("Friday, June 14, 2024 / HomeUAEUAE, Uzbekistan sign ..."): the date above it is the site's clock."""
    k = bisect_left(starts, s) + 1
    return k < len(starts) and bool(_MENU.match(text[starts[k] : starts[k] + 60]))


def above_the_menu(text: str, filled: list[tuple[int, int]], line: tuple[int, int]) -> bool:
    """The line stands right above the site's navigation menu ("• Home", "Main page" in the next lines)."""
    k = filled.index(line)
    return any(_MENU.match(text[s:e]) for s, e in filled[k + 1 : k + 3])


def repeated(text: str, filled: list[tuple[int, int]], line: tuple[int, int]) -> bool:
    """The same line is written again on the page ("Mar 4, 2026" under two related posts)."""
    return sum(text[s:e].strip() == text[line[0] : line[1]].strip() for s, e in filled) > 1


# a menu line ("• Home"), or a breadcrumb that opens with Home ("Home > News", "HomeUAEUAE, Uzbekistan ...")
_MENU = re.compile(r"^[\s•·|>-]*(?:(?i:home|main page|homepage)[\s|]*$|(?:Home|HOME)(?:[ \t]*[>»/›|]|[A-Z]))")
