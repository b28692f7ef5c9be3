"""DATE normalisation, date-expression filter, tense cues and the date SpanRuler patterns."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
import spacy

from extractor.lang.patterns import RulePattern, load_jsonl
from extractor.lang.resources import pattern_file
from extractor.models import DATE_VALUE_PATTERN
from extractor.normalise.date_filters import is_date_expression, tense_of
from extractor.normalise.dates import normalise_date

PUB_001 = date(2016, 3, 3)  # Thursday
PUB_004 = date(2015, 11, 21)  # Saturday
PUB_105 = date(2015, 6, 8)  # Monday

# (text, anchor, tense, expected)
ANNOTATION_EXAMPLES = [
    ("December 10, 2020", None, None, "2020-12-10"),
    ("December\xa010, 2020", None, None, "2020-12-10"),
    ("October 2022", None, None, "2022-10"),
    ("mid October", PUB_001, "past", "2015-10"),
    ("15th September", PUB_004, None, "2015-09-15"),
    ("2015.11.21", None, None, "2015-11-21"),
    ("11/05/2025", None, None, "2025-05-11"),
    ("2010", None, None, "2010"),
    ("the summer", PUB_004, "past", "2015-SU"),
    ("last week", PUB_105, "past", "2015-W23"),
    ("Monday", PUB_001, "past", "2016-02-29"),
    ("early 2020", None, None, "2020"),
    ("November 23 to 27", PUB_004, None, "2015-11-23/2015-11-27"),
    ("November 23 to 27", None, None, "XXXX-11-23/XXXX-11-27"),
    ("Last December", None, None, "XXXX-12"),
    ("today", None, None, None),
    ("this year", None, None, None),
    ("this autumn", None, None, None),
    ("last week", None, None, None),
    ("more than ten years ago", None, None, None),
]
EXPLICIT = [
    ("May 8, 2025", None, None, "2025-05-08"),
    ("mid-April 2024", None, None, "2024-04"),
    ("02 April 2021", None, None, "2021-04-02"),
    ("8 december, 2023", None, None, "2023-12-08"),
    ("17 October, 2022", None, None, "2022-10-17"),
    ("the 21st of November, 2015", None, None, "2015-11-21"),
    ("Sept. 30, 1989", None, None, "1989-09-30"),
    ("March 2011", None, None, "2011-03"),
    ("march of 2011", None, None, "2011-03"),
    ("late October 2015", None, None, "2015-10"),
    ("the end of 1990", None, None, "1990"),
    ("fiscal 1989", None, None, "1989"),
    ("2010 Year", None, None, "2010"),
    ("the year 2010", None, None, "2010"),
    ("nineteen ninety-six", None, None, "1996"),
    ("the year two thousand", None, None, "2000"),
    ("Monday, Oct. 26", date(1998, 10, 25), None, "1998-10-26"),
    ("Friday 3 August 2015", None, None, "2015-08-03"),
    ("the afternoon of April 27th", date(2021, 5, 3), "past", "2021-04-27"),
    ("9 a.m. Tuesday", date(2000, 4, 3), "future", "2000-04-04"),
    ("Christmas", PUB_001, "past", "2015-12-25"),
    ("the 1990s", None, None, "1990/1999"),
    ("the '90s", None, None, "1990/1999"),
    ("the '10s", None, None, "2010/2019"),
    ("the 20th century", None, None, "1900/1999"),
    ("the third quarter of 1989", None, None, "1989-07/1989-09"),
]
NUMERIC = [
    ("02/06/2025", None, None, "2025-06-02"),
    ("12/25/2024", None, None, "2024-12-25"),  # 25 > 12: month first
    ("21-10-2024", None, None, "2024-10-21"),
    ("2020-06-11", None, None, "2020-06-11"),
    ("5.11.2015", None, None, "2015-11-05"),
    ("2016.03", None, None, "2016-03"),
    ("11/2015", None, None, "2015-11"),
    ("2015/11/21", None, None, "2015-11-21"),
    ("32/13/2020", None, None, None),
    ("February 29, 2015", None, None, None),
    ("February 29, 2016", None, None, "2016-02-29"),
    ("31.04.2020", None, None, None),
    ("12.12.12", None, None, "2012-12-12"),
]
YEARLESS = [
    ("June 29", None, None, "XXXX-06-29"),
    ("3rd June", None, None, "XXXX-06-03"),
    ("mid October", None, None, "XXXX-10"),
    ("March of this year", None, None, "XXXX-03"),
    ("April 27th", date(2021, 5, 3), "past", "2021-04-27"),
    ("June 7", date(2017, 6, 9), None, "2017-06-07"),
    ("October", PUB_001, "past", "2015-10"),
    ("October", PUB_001, "future", "2016-10"),
    ("October", PUB_001, None, "2015-10"),  # tie (7 months each way): the past side
    ("Jan. 3", date(1989, 11, 1), "future", "1990-01-03"),
    ("Jan. 3", date(1989, 11, 1), None, "1990-01-03"),
    ("Jan. 31", date(1989, 10, 31), "past", "1989-01-31"),
    ("March", date(2016, 3, 3), "past", "2016-03"),
    ("last December", date(1989, 10, 30), None, "1988-12"),
    ("last April", date(1989, 10, 27), None, "1989-04"),
    ("this April", date(2019, 5, 7), None, "2019-04"),
    ("next March", PUB_001, None, "2017-03"),
    ("March of this year", date(2019, 5, 7), None, "2019-03"),
    ("June last year", date(1998, 2, 19), None, "1997-06"),
    ("February 29", date(2017, 3, 1), "past", "2016-02-29"),
]
INTERVALS = [
    ("May 23-28, 2016", None, None, "2016-05-23/2016-05-28"),
    ("May 23–28, 2016", None, None, "2016-05-23/2016-05-28"),
    ("15-16 September", date(2015, 9, 17), None, "2015-09-15/2015-09-16"),
    ("from 15 to 16 September 2015", None, None, "2015-09-15/2015-09-16"),
    ("2022-2023 academic year", None, None, "2022/2023"),
    ("2015/16", None, None, "2015/2016"),
    ("May-June 2016", None, None, "2016-05/2016-06"),
    ("December 28, 2015 - January 3, 2016", None, None, "2015-12-28/2016-01-03"),
    ("December 28 to January 3, 2016", None, None, "2015-12-28/2016-01-03"),
    ("December 28 to January 3", date(2015, 12, 1), "future", "2015-12-28/2016-01-03"),
    ("between 2010 and 2015", None, None, "2010/2015"),
    ("April 22 to April 18", None, None, None),
]
SEASONS_WEEKS = [
    ("summer 2016", None, None, "2016-SU"),
    ("the summer of 2016", None, None, "2016-SU"),
    ("fall semester of 2015", None, None, "2015-FA"),
    ("the summer", PUB_001, "past", "2015-SU"),
    ("the summer", PUB_001, None, "2016-SU"),
    ("the summer", PUB_001, "future", "2016-SU"),
    ("the summer", None, None, "XXXX-SU"),
    ("this autumn", PUB_001, None, "2016-FA"),
    ("last fall", date(1989, 10, 30), None, "1988-FA"),
    ("this past spring", date(1989, 10, 30), None, "1989-SP"),
    ("next winter", PUB_004, None, "2016-WI"),
    ("this week", PUB_105, None, "2015-W24"),
    ("next week", PUB_105, None, "2015-W25"),
    ("the week of March 6", date(2000, 2, 24), None, "2000-W10"),
    ("week 12 of 2020", None, None, "2020-W12"),
    ("week 53 of 2021", None, None, None),  # 2021 has 52 ISO weeks
    ("2020-W54", None, None, None),
    ("last week", date(2016, 1, 2), None, "2015-W52"),
]
RELATIVE = [
    ("today", PUB_001, None, "2016-03-03"),
    ("Today", PUB_001, None, "2016-03-03"),
    ("yesterday", PUB_001, None, "2016-03-02"),
    ("tomorrow", PUB_001, None, "2016-03-04"),
    ("tonight", PUB_001, None, "2016-03-03"),
    ("this year", PUB_001, None, "2016"),
    ("Last year", PUB_105, None, "2014"),
    ("next year", PUB_001, None, "2017"),
    ("later this year", date(2021, 3, 26), None, "2021"),
    ("early next year", PUB_001, None, "2017"),
    ("this month", PUB_001, None, "2016-03"),
    ("last month", date(2016, 1, 20), None, "2015-12"),
    ("next month", PUB_001, None, "2016-04"),
    ("the end of the month", PUB_001, None, "2016-03"),
    ("two years ago", PUB_001, None, "2014"),
    ("a year ago", PUB_001, None, "2015"),
    ("more than ten years ago", PUB_001, None, "2006"),
    ("five months ago", date(1998, 3, 31), None, "1997-10"),
    ("10 days ago", date(1998, 3, 22), None, "1998-03-12"),
    ("two weeks ago", PUB_001, None, "2016-W07"),
    ("a decade ago", date(1999, 3, 12), None, "1989"),
    ("that year", PUB_001, None, None),
    ("the following year", PUB_001, None, None),
]
WEEKDAYS = [
    ("Monday", PUB_001, "future", "2016-03-07"),
    ("on Friday", PUB_001, "past", "2016-02-26"),
    ("on Friday", PUB_001, None, "2016-03-04"),  # nearest
    ("Thursday", PUB_001, "past", "2016-03-03"),  # the anchor's own day
    ("last Friday", date(1998, 8, 11), None, "1998-08-07"),
    ("last Thursday", PUB_001, None, "2016-02-25"),
    ("next Monday", PUB_001, None, "2016-03-07"),
    ("Wednesday night", date(1998, 8, 14), "past", "1998-08-12"),
    ("Monday", None, None, None),
]
PITFALLS = [  # dateparser alone gets these wrong
    ("2010 Year", PUB_001, None, "2010"),
    ("are", PUB_001, None, None),
    ("car", PUB_001, None, None),
    ("may", PUB_001, None, None),
    ("march", PUB_001, None, None),
    ("sat", PUB_001, None, None),
    ("sun", PUB_001, None, None),
    ("12", PUB_001, None, None),
    ("2015", PUB_001, None, "2015"),  # not 2015-03-03 from the base
    ("October 2022", PUB_001, None, "2022-10"),  # not 2022-10-03 from the base
    ("3 August", PUB_001, "past", "2015-08-03"),
    ("3 August", PUB_001, "future", "2016-08-03"),
    ("May 2023", PUB_001, None, "2023-05"),
    ("may 2023", PUB_001, None, "2023-05"),
    ("21-Nov-2015", None, None, "2015-11-21"),
    ("Nov-21", PUB_001, "past", "2015-11-21"),
    ("Dec 32", PUB_001, None, None),  # dateparser: December 2032
    ("fall", PUB_001, None, None),  # the verb or noun
    ("Fall", PUB_001, "past", "2015-FA"),
    ("now", PUB_001, None, None),
    ("recently", PUB_001, None, None),
    ("five years", PUB_001, None, None),
    ("", PUB_001, None, None),
]


@pytest.mark.parametrize(
    "text,anchor,tense,expected",
    ANNOTATION_EXAMPLES
    + EXPLICIT
    + NUMERIC
    + YEARLESS
    + INTERVALS
    + SEASONS_WEEKS
    + RELATIVE
    + WEEKDAYS
    + PITFALLS,
)
def test_dates_normalise(text, anchor, tense, expected):
    value = normalise_date(text, anchor, tense=tense)
    assert value == expected
    assert value is None or re.fullmatch(DATE_VALUE_PATTERN, value)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("11/05/2025", "2025-11-05"),
        ("12/25/2024", "2024-12-25"),
        ("25/12/2024", "2024-12-25"),  # month first impossible: day first
    ],
)
def test_dates_normalise_month_first_when_asked(text, expected):
    assert normalise_date(text, dayfirst=False) == expected


@pytest.mark.parametrize(
    "text,expected",
    [("August", "2017-08"), ("15th September", "2017-09-15"), ("last December", "2014-12"), ("2013", "2013")],
)
def test_dates_normalise_year_hint_wins_over_anchor(text, expected):
    assert normalise_date(text, PUB_105, tense="past", year_hint=2017) == expected


@pytest.mark.parametrize(
    "text",
    [
        "December 10, 2020",
        "October 2022",
        "mid October",
        "15th September",
        "2015.11.21",
        "11/05/2025",
        "2010",
        "the summer",
        "last week",
        "Monday",
        "May 23-28, 2016",
        "November 23 to 27",
        "Today",
        "this autumn",
        "Last December",
        "the third quarter",
        "two years ago",
        "the 1990s",
        "mid-2016",
    ],
)
def test_dates_is_date_expression_positives(text):
    assert is_date_expression(text)


@pytest.mark.parametrize(
    "text",
    [
        "five years",
        "over the past 30 years",
        "the past 30 years",
        "two-week",
        "a five-year",
        "annually",
        "every year",
        "each month",
        "twice a year",
        "recently",
        "currently",
        "nowadays",
        "now",
        "the future",
        "recent years",
        "the Soviet era",
        "Soviet times",
        "Vision 2030",
        "Project 5-100",
        "2016 Aoshan Euro-Asia Technology Forum",
        "45",
        "aged 45",
        "45 years old",
        "10 a.m.",
        "14:30",
        "the morning",
        "may",
        "march",
        "12",
        "3000",
        "",
        "over the past year",
        "the past year",
        "the fall",
    ],
)
def test_dates_is_date_expression_negatives(text):
    assert not is_date_expression(text)


@pytest.mark.parametrize(
    "text,before,after,expected",
    [
        ("2030", "under the Vision ", " programme", False),
        ("2016", "The ", " Aoshan Euro-Asia Technology Forum opened", False),
        ("2016", "In ", " China and Russia signed", True),
        ("2010", "Since ", " the university", True),
        ("1719", "Phone: +375 (", ") 28-2-60", False),
        ("2000", "More than ", " students took part", False),
        ("2015", "In ", " was a good year", True),
        ("2011", "reminded that in ", " 30 leading technical universities", True),
        ("summer", "to hold ", " schools and to educate", False),
        ("summer", "in ", ", the delegations met", True),
        ("summer", "Russia and China, ", " and winter schools under the auspices", False),
        ("the summer", "During ", " the delegations met", True),
    ],
)
def test_dates_is_date_expression_uses_context(text, before, after, expected):
    assert is_date_expression(text, before=before, after=after) is expected


@pytest.mark.parametrize(
    "sentence,focus,expected",
    [
        ("In mid October the opening ceremony took place.", None, "past"),
        ("The agreement was signed on 15th September.", None, "past"),
        ("The delegation will visit Moscow in May.", None, "future"),
        ("The forum is scheduled for November 23 to 27.", None, "future"),
        ("The university is located in Tomsk.", None, None),
        ("He said on Monday that the plant will open next year.", 11, "past"),
    ],
)
def test_dates_tense_of(sentence, focus, expected):
    assert tense_of(sentence, focus) == expected


def _patterns() -> list[dict]:
    return [
        json.loads(line)
        for line in pattern_file("dates.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def test_dates_patterns_file_parses():
    rows = _patterns()
    assert rows and len(load_jsonl(pattern_file("dates.jsonl"), RulePattern)) == len(rows)
    for row in rows:
        assert set(row) == {"label", "pattern", "id"}
        assert row["label"] == "DATE" and isinstance(row["pattern"], list) and row["id"]
    assert len({row["id"] for row in rows}) == len(rows)


@pytest.fixture(scope="module")
def date_ruler_nlp():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe(
        "span_ruler",
        config={
            "spans_key": "dates",
            "validate": True,
            "spans_filter": {"@misc": "spacy.first_longest_spans_filter.v1"},
        },
    )
    ruler.add_patterns(_patterns())
    return nlp


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Дата публикации: 2015.11.21", "2015.11.21"),
        ("In mid October the opening ceremony of the school took place.", "mid October"),
        ("On 15th September the representatives met.", "15th September"),
        ("On May 23-28, 2016 the People's Republic hosted the forum.", "May 23-28, 2016"),
        ("The forum runs November 23 to 27 in Sochi.", "November 23 to 27"),
        ("Uzbekistan 11/05/2025 Almalyk Branch", "11/05/2025"),
        ("The center was opened on December\xa010, 2020 as a platform.", "December\xa010, 2020"),
        ("During the summer the delegations met.", "the summer"),
        ("It was signed on 8 december, 2023 in Almaty.", "8 december, 2023"),
        ("The conference took place on 15-16 September in Moscow.", "15-16 September"),
        ("In Mid-October 2015 students arrived.", "Mid-October 2015"),
        ("Published 21-10-2024 by the press office.", "21-10-2024"),
        ("Students of the 2022-2023 academic year arrived.", "2022-2023 academic year"),
        ("Teachers go to China in the fall semester of 2015 to teach.", "fall semester of 2015"),
        ("Last year 23 graduates received diplomas.", "Last year"),
        ("They met this April in Baku.", "this April"),
        ("He reminded that in 2011 30 leading universities", "2011"),
        ("He reminded that in March of this year, when the president visited", "March of this year"),
        ("The tech giant is expected to come later this year to talk.", "later this year"),
    ],
)
def test_dates_patterns_find_dates(date_ruler_nlp, sentence, expected):
    doc = date_ruler_nlp(sentence)
    assert [s.text for s in doc.spans["dates"]] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "You may sign the paper.",
        "They march in the square.",
        "The project 5-100 was extended.",
        "Students from 12 countries attended.",
    ],
)
def test_dates_patterns_skip_non_dates(date_ruler_nlp, sentence):
    assert list(date_ruler_nlp(sentence).spans["dates"]) == []


def test_dates_patterns_stop_at_newlines(date_ruler_nlp):
    doc = date_ruler_nlp("News Archive\n\nJanuary\n\n2016\n\nNovember")
    assert [s.text for s in doc.spans["dates"]] == ["January", "2016", "November"]


def test_dates_patterns_split_two_dates(date_ruler_nlp):
    doc = date_ruler_nlp("From April 18th to April 22nd the team worked in Harbin.")
    assert [s.text for s in doc.spans["dates"]] == ["April 18th", "April 22nd"]


def test_a_range_of_two_full_dates_is_two_mentions(extractor):
    """date.split.range"""
    rec = extractor.extract("From April 18th to April 22nd, the rector visited Tomsk State University.")
    assert [m.text for m in rec.mentions if m.label == "DATE"] == ["April 18th", "April 22nd"]


def test_a_range_within_one_month_stays_one_interval(extractor):
    rec = extractor.extract("On November 23 to 27, 2015 the president visited Kazakhstan.")
    assert [m.text for m in rec.mentions if m.label == "DATE"] == ["November 23 to 27, 2015"]


def test_a_year_inside_a_name_is_no_date(extractor):
    rec = extractor.extract("The university joined the Program “Priority 2030” in 2021.")
    assert [m.text for m in rec.mentions if m.label == "DATE"] == ["2021"]


@pytest.mark.parametrize(
    "text,dated",
    [
        ("Today, in Astana, the tech parks signed the Memorandum for cooperation.", True),
        ("Today we hold the third meeting of the Association.", True),
        ("'Today Chinese organisations make up the majority of our partners,' Victoria Panova said.", False),
        ("Today's Paper | May 07, 2024", False),
    ],
)
def test_today_of_an_event_is_a_date_today_of_nowadays_is_not(extractor, text, dated):
    rec = extractor.extract(text)
    assert any(m.text.lower() == "today" for m in rec.mentions if m.label == "DATE") == dated


def test_a_label_glued_to_a_month_is_split(extractor):
    rec = extractor.extract("News\n\nDATEMay 2, 2024\nSHARE\n")
    assert [m.text for m in rec.mentions if m.label == "DATE"] == ["May 2, 2024"]


@pytest.mark.parametrize(
    "text,value",
    [
        ("Posted: 10.05.2024\n\nOn Monday, the rectors signed an agreement.", "2024-05-06"),
        ("Posted: 10.05.2024\n\nOn Monday, the rectors will sign an agreement.", "2024-05-13"),
    ],
)
def test_an_opening_weekday_takes_the_tense_of_its_clause(extractor, text, value):
    rec = extractor.extract(text)
    assert [m.norm for m in rec.mentions if m.label == "DATE" and m.text == "Monday"] == [value]
