"""Rules of the thirty-eighth session, each on text that fires it and text that holds it back."""

import pytest

from extractor.normalise.categories import category
from extractor.normalise.org_text import own_language_acronym


def _org_keys(extractor, text: str) -> dict[str, set[str]]:
    keys: dict[str, set[str]] = {}
    for m in extractor.extract(text).mentions:
        if m.label == "ORG":
            keys.setdefault(m.text, set()).add(m.norm)
    return keys


@pytest.mark.parametrize(
    ("text", "short", "key"),
    [
        (
            "Mr. Silverio Chavez Rios, Director General of the Bolivian Atomic Energy Agency (ABEN), spoke. "
            "ABEN will supervise the construction.",
            "ABEN",
            "Bolivian Atomic Energy Agency",
        ),
        (
            "Together with the University of Rennes-1, it has created The French-Azerbaijani University (UFAZ). "
            "UFAZ now teaches 1,200 students.",
            "UFAZ",
            "French-Azerbaijani University",
        ),
    ],
)
def test_a_bracketed_acronym_from_the_names_own_language_shortens_the_name(extractor, text, short, key):
    """org.bracket_short_form.own_language: "Bolivian Atomic Energy Agency (ABEN)" (Autoridad Boliviana de
    Energía Nuclear): the acronym's letters are not the English initials, the bracket still defines it."""
    assert _org_keys(extractor, text)[short] == {key}


def test_a_bracketed_acronym_of_the_organisation_named_inside_is_not_the_units():
    """The acronym of the university a unit belongs to is the university's, not the unit's."""
    assert not own_language_acronym("WHU", "Party Committee of Wuhan University")
    assert not own_language_acronym(
        "NUST",
        "School of Social Sciences & Humanities of Pakistan's National University of Sciences and Technology",
    )
    assert not own_language_acronym("UK", "University of Bath")
    assert own_language_acronym("UFAZ", "French-Azerbaijani University")


@pytest.mark.parametrize(
    ("text", "short", "key"),
    [
        (
            "The Ministry signed a memorandum with Ajou University of South Korea. Ajou University will open a "
            "business school in Tashkent.",
            "Ajou University",
            "Ajou University of South Korea",
        ),
        (
            "ANAS and Anadolu University signed a contract. Research will be held jointly with the Heydar Aliyev "
            "Center of Anadolu University. The Heydar Aliyev Center will host the first seminar.",
            "Heydar Aliyev Center",
            "Heydar Aliyev Center of Anadolu University",
        ),
    ],
)
def test_a_name_written_again_with_its_country_or_parent_is_one_organisation(extractor, text, short, key):
    """org.key.qualified_short_form: "Ajou University" is the "Ajou University of South Korea" of the same
    release, the "Heydar Aliyev Center" the one "of Anadolu University"."""
    assert _org_keys(extractor, text)[short] == {key}


@pytest.mark.parametrize(
    ("text", "short"),
    [
        (
            "Students of the Yerevan State University of Languages and Social Studies and of Yerevan State "
            "University met in Moscow.",
            "Yerevan State University",
        ),
        (
            "The Rector of Inha University in Tashkent thanked Inha University for its support.",
            "Inha University",
        ),
        (
            "Hui KaYan, member of the Standing Committee of CPPCC, spoke after Chen Jining, member of the Standing "
            "Committee, at the meeting.",
            "Standing Committee",
        ),
        (
            "The Ministry of Education, Science and Youth of Georgia and the Ministry of Education of the "
            "People's Republic of China signed an agreement. The Ministry of Education will send teachers.",
            "Ministry of Education",
        ),
    ],
)
def test_a_field_a_city_or_a_second_longer_name_keeps_the_short_name_apart(extractor, text, short):
    """A field of study after "of" names another university, a university "in" a city is a branch of its
    own, a bare acronym after "of" may be another body's, and a short name two longer names open is
    neither's."""
    assert _org_keys(extractor, text)[short] == {short}


def _agreements(extractor, text: str) -> list[tuple[str, str, frozenset[str]]]:
    return [
        (f.kind, f.status, frozenset(f.parties))
        for f in extractor.extract(text).facts
        if f.type == "agreement"
    ]


def test_a_document_told_as_planned_and_then_as_signed_is_one_signed_document(extractor):
    """agreement.merge.planned_then_signed: the headline's "to sign MoU" and the body's signing between the
    same two universities are one memorandum, signed (an unseen release, 5911, as published)."""
    text = (
        "Lucknow University delegation visits Tajik National University to sign MoU on academic collaboration\n"
        "A high-level delegation from Lucknow University, Uttar Pradesh, India, visited Tajik National "
        "University (TNU) to formalize academic collaboration through a Memorandum of Cooperation."
    )
    assert _agreements(extractor, text) == [
        ("memorandum", "signed", frozenset({"Lucknow University", "Tajik National University"}))
    ]


@pytest.mark.parametrize(
    "plan",
    [
        "Now the parties wish to sign a new version of the Memorandum.",
        "In addition, Tomsk State University and Peking University are going to sign one more memorandum.",
    ],
)
def test_a_new_version_or_one_more_document_stays_a_second_document(extractor, plan):
    """ "a new version of", "one more": the planned document is another one."""
    text = (
        "Tomsk State University and Peking University signed a Memorandum of Cooperation in 2015, beginning "
        f"their cooperation. {plan}"
    )
    assert [status for _, status, _ in _agreements(extractor, text)] == ["signed", "planned"]


def test_a_lower_case_portfolio_stops_before_a_second_title_after_and(extractor):
    """find/roles._joins: "member of the party committee and vice president of our school" is two titles, the
    member's portfolio ending at "committee" (an unseen release, 1902); "teaching and research" still joins."""
    text = (
        "Guo Xinwei, member of the party committee and vice president of our school, and Savkin, vice president "
        "of Irkutsk State University of Technology, signed the agreement. The speech was given by Li Wei, vice-rector for "
        "teaching and research."
    )
    titles = {m.text for m in extractor.extract(text).mentions if m.label == "ROLE"}
    assert {"member of the party committee", "vice-rector for teaching and research"} <= titles
    assert "member of the party committee and vice president" not in titles


def test_the_last_field_of_a_coordinated_office_is_no_organisation(extractor):
    """org.reject.portfolio after "<title> of" a field and "and": "Minister of Industry and New Technology
    Sherali Kabir" is one title (an unseen release, 1919), where "Director of Huawei" keeps its organisation."""
    text = (
        "Officials such as the Minister of Industry and New Technology Sherali Kabir attended. The Rector of "
        "TPU and Huawei signed."
    )
    rec = extractor.extract(text)
    assert "Minister of Industry and New Technology" in {m.text for m in rec.mentions if m.label == "ROLE"}
    orgs = {m.text for m in rec.mentions if m.label == "ORG"}
    assert "New Technology" not in orgs and "Huawei" in orgs
    assert "org.reject.portfolio" in {d.rule for d in rec.discarded if d.text.startswith("New Technology")}


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Heads of State", "head"),
        ("Presidents of Chuson University and Gwangju Health University", "president"),
        ("Deans of UCA", "dean"),
        ("rectors", "rector"),
    ],
)
def test_a_plural_title_before_of_takes_the_singular_titles_category(title, role):
    """role.category.plural_head: the plural before "of" is read as the singular title ("Heads of State" is
    a head, as "Head of State" is)."""
    assert category(title) == role


def test_a_name_with_of_that_is_no_title_stays_without_a_category():
    """ "Academy of Sciences": no plural title before "of", no category."""
    assert category("Academy of Sciences") is None
