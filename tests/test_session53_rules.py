"""Rules of the fifty-third session, each on text that fires it and text that holds it back."""

import pytest

_STORY = (
    "Universiti Malaya and Huawei Technologies Malaysia have announced the opening of the ICT Academy. "
    "The launching ceremony was held on campus with the Deputy Dean of the Faculty of Engineering.\n"
)


@pytest.mark.parametrize(
    "head, value",
    [
        # dateline_square_bracket (B2118 um.edu.my)
        ("[KUALA LUMPUR, 28 MARCH 2023]: ", "2023-03-28"),
        # date_place_lead (B1514 laserfocusworld)
        ("April 19, 2007, New Delhi, India--", "2007-04-19"),
        # weekday_line with the clock after the date (B2094 uoz.edu.krd)
        ("Academy opened\nTuesday, 20 September 2016, 00:00\n", "2016-09-20"),
        # date_line_any: an abbreviated Russian month (B2311 centralasia.media)
        ("Academy opened\n22 дек 2023, 14:35\n", "2023-12-22"),
        # date_line_any: day, month and year set apart by spaces (B1981 guilan.ac.ir, B1266 sav.sk)
        ("Academy opened\n07 07 2020\n", "2020-07-07"),
        ("Academy opened\n4. 6. 2019 | 1159 visits\n", "2019-06-04"),
    ],
)
def test_date_lines_of_real_pages_give_the_publication_date(extractor, head, value):
    """Date lines as real pages print them: a dateline in square brackets, the date before the place and a
    dash, a weekday line with its clock, an abbreviated Russian month, a numeric date set apart by spaces, a
    visit counter after the date."""
    assert extractor.extract(head + _STORY).published == value


@pytest.mark.parametrize(
    "head",
    [
        "On April 19, 2007, New Delhi hosted the forum--",  # a sentence that opens with a date
        "Academy opened\nTuesday, 20 September 2016, 00:00 the delegation arrived on campus\n",  # prose after
        "Academy opened\n07 07 2020 the webinar took place online\n",
    ],
)
def test_dates_in_sentences_are_no_publication_date(extractor, head):
    """The same dates inside a sentence date an event, not the page."""
    assert extractor.extract(head + _STORY).published is None


def _orgs(extractor, text: str) -> list[str]:
    return [m.text for m in extractor.extract(text).mentions if m.label == "ORG"]


def test_two_full_names_joined_by_and_are_two_organisations(extractor):
    """org.reject.two_full_names: a model span "University of the Arctic and the Roscongress Foundation"
    (9775 norwaynews) is two names, each a party; fields inside one name stay one ("Faculty of Economics and
    Business Administration", 8933 szeged)."""
    text = "An agreement between the University of the Arctic and the Roscongress Foundation was signed in Moscow."
    assert _orgs(extractor, text) == ["University of the Arctic", "Roscongress Foundation"]
    parties = [f.parties for f in extractor.extract(text).facts if f.type == "agreement"]
    assert parties == [["University of the Arctic", "Roscongress Foundation"]]
    text = "Péter Kovács, Dean of the Faculty of Economics and Business Administration, welcomed the guests."
    assert "Faculty of Economics and Business Administration" in _orgs(extractor, text)


def test_a_document_of_understanding_is_a_memorandum(extractor):
    """``patterns/agreements.jsonl``: "a Document of understanding (DoU) was signed between CUI and FNU" (9723
    comsats, B2283 telecoalert): a memorandum under another name."""
    text = (
        "Subsequently, a Document of understanding (DoU) was signed between CUI and FNU to conduct research."
    )
    facts = [(f.kind, f.parties) for f in extractor.extract(text).facts if f.type == "agreement"]
    assert facts == [("memorandum", ["CUI", "FNU"])]


def test_a_delegations_head_holds_no_organisation(extractor):
    """role.org.delegation_title: "head of the delegation" (B2094 uoz.edu.krd), "head of the Cuban delegation"
    (9826 radioreloj), "Russian Federation delegation leader" (8512 5fm) name a delegation, no organisation: the
    title's org is null, not the sentence's or the release's organisation; with an organisation beside the
    title it is that one's ("the head of delegation of Urgench State University", 4414)."""
    text = "Armando Rodríguez, head of the Cuban delegation, visited the National Academy of Sciences of Belarus."
    assert ("Armando Rodríguez", "head of the Cuban delegation", None) in _roles(extractor, text)
    text = "Russian Federation delegation leader Nikolay Spassky signed the memorandums in Lusaka."
    assert ("Nikolay Spassky", "leader", None) in _roles(extractor, text)
    text = "Khojaev, the head of delegation of Urgench State University, visited Lanzhou Jiaotong University."
    assert ("Khojaev", "head of delegation", "Urgench State University") in _roles(extractor, text)


def _roles(extractor, text: str) -> set[tuple[str, str, str | None]]:
    return {(f.person, f.title, f.org) for f in extractor.extract(text).facts if f.type == "role"}
