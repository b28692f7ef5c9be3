"""Publication dates: labels, date lines and datelines; not page furniture."""

import pytest

from extractor.find.published import find_published

CASES = [
    ("Headline\n\nBody text.\n\nДата публикации: 2016.03.03\n", "2016-03-03"),
    ("CHD Signs Agreement\n\nDate:2020-06-11Resource:auhtor:number of clicks:367\n", "2020-06-11"),
    ("Release time:2025-07-10Source of articles: Browse times:\n", "2025-07-10"),
    ("Updated at 13:47,21-10-2024\nBSU and China\n", "2024-10-21"),
    ("2025-07-18 18:33\nKyrgyzstan and China widen cooperation\n", "2025-07-18"),
    ("KazNU signed memorandums\n\n8 december, 2023\n\nText", "2023-12-08"),
    ("Title\n\nMay 3, 2021\n\nA key partnership agreement", "2021-05-03"),
    ("Title\n  • 02 April 2021\nText", "2021-04-02"),
    (
        "Currency rates from 02/06/2025\n$1 – 12790.43\nSearch\nUzbekistan 11/05/2025 Almalyk Branch signs\n",
        "2025-05-11",
    ),
    ("Published: 12 March 2024\nText", "2024-03-12"),
    (
        "News >\n\nUniversities meet\n\nSource: Xinhua | 2021-12-03\n\nBEIJING, Dec. 3 (Xinhua) -- The heads",
        "2021-12-03",
    ),
    (
        "Home | Education\n\nAlliance established\n\nXinhua | Updated: 2017-09-13 20:59\n\nSHENZHEN -- The",
        "2017-09-13",
    ),
    ("Delegation Visited the University\n\n2015-01-17  []\n\nOn the morning of January 15th", "2015-01-17"),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_publication_date_found(text, expected):
    found = find_published(text)
    assert found is not None and found.value == expected
    assert text[found.start : found.end]


@pytest.mark.parametrize(
    "text",
    [
        "Currency rates from 02/06/2025\n$1 – 12790.43\n",
        "YEKATERINBURG, November 8. /TASS/. The Ural Federal University signed",
        "On May 23-28, 2016 the People's Republic of China hosted events.",
        "Home | News | Contacts\n\nThe forum opened in 2020 | page 5",
        "",
    ],
)
def test_no_publication_date(text):
    assert find_published(text) is None


def test_dateline_gives_the_publication_date():
    found = find_published("Uzbekistan and Belarus\n\nTashkent, 5 June 2023 (UzA). Minister met ambassador.")
    assert found is not None and found.value == "2023-06-05"


def test_dateline_with_agency_and_date_in_brackets():
    found = find_published(
        "MOSCOW (Agency News / Sputnik - 16th September, 2019) Two universities have signed"
    )
    assert found is not None and found.value == "2019-09-16"


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Sino-Kazakhstan education coop\n\n4 August 2018 14:21 219\n\nASTANA. KAZINFORM - Twenty",
            "2018-08-04",
        ),
        (
            "The Branch Unveiled\n\n  • HUANG Junjie\n  • Published: 2018-12-10\n  • 715\n\nOn November 23",
            "2018-12-10",
        ),
        ("27.11.2019 6748\n\nNovember 26 this year A meeting was held", "2019-11-27"),
        (
            "MoU facilitates operation of centres\n\nby VNA21 May 2023 Last updated at 19:44 PM\n\nThe chairpersons met.",
            "2023-05-21",
        ),  # a byline glued to the date, an update field after it
        (
            "2015\n2014\n27 мая 2021\nDSTU WILL OPEN OFFICE\nDon State Technical University intends to open it.",
            "2021-05-27",
        ),  # a Russian month name
        (
            "Все новости\n12/13/2017International cooperation\n\nBSTU discusses plans\n\nOn December 12, the rector",
            "2017-12-13",
        ),  # a section name glued to the date
        (
            "Thursday, 26 October 2023 04:15\n\nThe first Vice-rector took part in the conference\n",
            "2023-10-26",
        ),
        (
            "Sep 5, 2017 - International cooperation\nFEFU and NODAI launch a project\n\nFEFU concluded a memorandum.",
            "2017-09-05",
        ),  # a section name after a dash
        (
            "Turkmenistan and Kazakhstan are developing cooperation\n27.01.2025 | 17:15 |The Ambassador of Turkmenistan met "
            "the Rector of the Academy of Public Administration under the President of Kazakhstan, Yerlan Abil, in Astana "
            "to discuss inter-university cooperation and exchanges.",
            "2025-01-27",
        ),  # a stamp with '|' fields
        (
            "Chinese universities ally on Russia-focused education\n(chinadaily.com.cn) Updated:2019-05-16\nAn alliance "
            "is established.",
            "2019-05-16",
        ),  # a bracketed source before the label
        ("Body of the story.\n\nСоздан в 18.10.2021 16:58 пользователем: Иванова Анна\n", "2021-10-18"),
        ("标题\n发布时间：2021年3月4日 10:20\n正文", "2021-03-04"),
        ("Headline\nLast modified 2022-05-17T09:30:00+03:00 by Admin\nText", "2022-05-17"),
        ("Headline\n05/13/2025 | 1,204 views\nText", "2025-05-13"),
        ("Headline\n\n26 August 2023 Institute of Humanities\n\nScientists from the institute", "2023-08-26"),
        (
            "Headline\nPublisher: Zhang Wei   From: zzu   Publish Date: 2016.09.27   Read Count: 408\nText",
            "2016-09-27",
        ),
        ("This Article is From May 09, 2015\n\nIndia and Russia Sign 11 Agreements\n", "2015-05-09"),
        (
            "Menu\n21 Aug 2016Home > News > 2016 > 21 Aug 2016\n\nTitle\n\nAug 21, 2016 Office of Global Engagement\n",
            "2016-08-21",
        ),
        (
            "Headline\n\nSource: Xinhua| 2019-05-31 16:57:59|Editor: zh\nVideo PlayerClose\n\nText",
            "2019-05-31",
        ),
        (
            "SCODA Talked with the Siberian Branch via Video Link\n\n2021-04-22 17:14:07 admin source: share:\n\nText",
            "2021-04-22",
        ),
        (
            "Headline of the news\nSun, Apr 10 2022 17:03 times\n\nOn the afternoon of April 8th 2022",
            "2022-04-10",
        ),
        ("/* */\nSeptember 30,2018 |\nLocation :Home> Int'l Cooperation_201803\n\nText", "2018-09-30"),
        (
            "Belarus and China signed agreement\n\n5/13/17 10:05 AM / Views:595\n\nThe State Committee",
            "2017-05-13",
        ),
        ("News Content\nYi Hong Visits Hungary\nSeptember 21, 2018Click:\n\nText", "2018-09-21"),  # glued
    ],
)
def test_date_line_any_at_head_or_foot(text, expected):
    found = find_published(text)
    assert found is not None and (found.value, found.cue) == (expected, "date_line_any")


@pytest.mark.parametrize(
    "text",
    [
        "Saturday, 09, December, 2023\nUzatom and Rosatom sign\n\nText",  # a site clock
        # a clock
        "Time in Yerevan: 11:07,   1 June 2024\n\nArmenian, Chinese academies sign memorandum\n\nText",
        "Headline\n\nOn 12 May 2024 the forum opened in Tashkent.\n",  # prose
        "Headline\n\nFrom 12.05.2024 to 14.05.2024\n",  # a range, not a date line
        "Headline\n\nCurrency rates from 02/06/2025\n",  # a preposition before the date
    ],
)
def test_date_line_any_ignores_clocks_prose_and_ranges(text):
    assert find_published(text) is None


def test_publication_search_is_linear_in_blank_lines():
    """200k line breaks before the story: each cue is tried once per line start over a bounded window, so
    this returns in about a second (it ran ~30 min when the cues' ``^\\s*`` rescanned the blank run)."""
    text = "\r\n" * 200_000 + "Tsinghua University signed an agreement with MISIS.\n"
    assert find_published(text) is None


PROSE = (
    "The two universities agreed on joint research, student exchange and summer schools, and they will "
    "open a laboratory next year, the press service said."
)


@pytest.mark.parametrize(
    "text,value",
    [
        (
            "Visit of the delegation\n\nPublisher:英文主页Release time:2023-02-13Number of views:10\n\n"
            + PROSE,
            "2023-02-13",
        ),  # fields glued together by the scraper
        (
            "Agreement signed\n\n23.09.2014 13:05 " + PROSE + " " + PROSE,
            "2014-09-23",
        ),  # stamp run into the text
        (
            "Second forum\n\nSubmitted by Jane_Doe on Wed, 05/22/2024 - 13:41\n\n" + PROSE,
            "2024-05-22",
        ),  # byline
        ("Kazakhstan|science|March 3, 2024 / 10:15 AM\nUniversities to cooperate\n\n" + PROSE, "2024-03-03"),
        ("Menu\n2024\n2023\n2022\n2021\nNews\n\n" + PROSE, None),  # an archive menu of years
        ("Currency rates from 02/06/2025\nNews\n\n" + PROSE, None),  # a currency header
        ("Forum\n\nOn May 23, 2016 the forum opened in Minsk. " + PROSE, None),  # prose
    ],
)
def test_date_line_forms_of_real_pages(text, value):
    """Rule ``date_line_any`` on page furniture (and ``published.reject.year_menu``)."""
    found = find_published(text)
    assert (found.value if found else None) == value
