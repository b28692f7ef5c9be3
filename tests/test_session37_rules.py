"""Rules of the thirty-seventh session, each on text that fires it and text that holds it back."""

from pathlib import Path

import pytest

from extractor.normalise.categories import category as category_of


def _roles(extractor, text: str) -> set[tuple[str, str, str | None]]:
    return {(f.person, f.role, f.org) for f in extractor.extract(text).facts if f.type == "role"}


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "The delegation was led by Kong Lingyi, former Vice President of the university and a professor at "
            "the School of Traditional Chinese Pharmacy, and included two deans.",
            ("Kong Lingyi", "professor", "School of Traditional Chinese Pharmacy"),
        ),
        (
            "Professor Lu Wei, Associate Dean as well as a Professor in the College of Media and International "
            "Culture, and a number of teachers attended.",
            ("Lu Wei", "professor", "College of Media and International Culture"),
        ),
    ],
)
def test_a_coordinated_title_after_an_article_or_as_well_as_is_the_first_titles_persons(
    extractor, text, fact
):
    """role.tie.coordinated_title with find/tie_gaps.coordinator_end: "and a professor at X", "as well as a
    Professor in X" (an article or "also" after the coordinator; "in" opens the title's own organisation)."""
    assert fact in _roles(extractor, text)


def test_a_coordinated_title_with_a_name_of_its_own_stays_that_names(extractor):
    """The second title's clause names its own person: it is not the first name's."""
    text = (
        "Kong Lingyi, Vice President of the university and a professor at the School of Pharmacy Wang Li, "
        "visited Tashkent."
    )
    assert not any(p == "Kong Lingyi" and r == "professor" for p, r, _ in _roles(extractor, text))


def test_stacked_titles_reach_a_name_after_a_comma_and_an_honorific(extractor):
    """role.tie.stacked_titles through find/title_chains._title_right_before: "first deputy chairman of A,
    principal of B, Professor C": the honorific before the name and its comma after B's name stand between
    the last title and the name; both titles are C's."""
    text = (
        "The document was signed by the first deputy chairman of the Religious Board of Muslims of the Russian "
        "Federation, principal of the Moscow Islamic Institute, Professor Damir Mukhetdinov."
    )
    facts = _roles(extractor, text)
    assert ("Damir Mukhetdinov", "rector", "Moscow Islamic Institute") in facts
    assert any(p == "Damir Mukhetdinov" and r == "deputy chair" for p, r, _ in facts)


def test_a_bare_title_before_a_comma_and_an_honorific_stays_the_names_before(extractor):
    """ "Dr. Niihara, President, Dr. Azuma, Executive Director and Vice President, Dr. Ito, ...": a bare title
    between two names runs name-first, so "Executive Director" is Azuma's, not Ito's."""
    text = (
        "Dr. Niihara, President, Dr. Azuma, Executive Director and Vice President, Dr. Ito, Director of "
        "University Library, visited the Mongolian University of Science and Technology."
    )
    facts = [f for f in extractor.extract(text).facts if f.type == "role"]
    assert ("Niihara", "president") in {(f.person, f.role) for f in facts}
    assert not any(f.tie_rule == "role.tie.stacked_titles" for f in facts)


def test_a_portfolio_goes_on_over_a_hyphen_inside_a_word(extractor):
    """find/roles._run with find/role_words.hyphen_inside_word: "for International Academic Co-operation and
    Studies" keeps "Co-operation" whole, so the title reaches the name after ", Professor"."""
    text = (
        "It is a good step, said RTU Deputy Rector for International Academic Co-operation and Studies, "
        "Professor Igors Tipāns, before signing the agreement."
    )
    roles = [m.text for m in extractor.extract(text).mentions if m.label == "ROLE"]
    assert "Deputy Rector for International Academic Co-operation" in roles
    assert ("Igors Tipāns", "vice-rector", "RTU") in _roles(extractor, text)


def test_a_hyphen_between_two_abbreviations_is_no_portfolio_word(extractor):
    """ "Director of CSIR-IMMT": the abbreviations are an organisation's name, not the title's portfolio."""
    text = "Director of CSIR-IMMT Ramanuj Narayan said the centre will open next year."
    roles = [m.text for m in extractor.extract(text).mentions if m.label == "ROLE"]
    assert "Director of CSIR-IMMT" not in roles


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Provost", "other"),
        ("Vice Provost for Extended Education", "vice-rector"),
        ("Deputy Provost for International Affairs", "vice-rector"),
        ("Associate Director", "other"),
        ("Director", "director"),
    ],
)
def test_a_provost_and_an_associate_director_are_other_positions(extractor, title, category):
    """``patterns/roles.jsonl``: the guidelines' table names no provost and no associate director, so they
    are ``other``; a vice or deputy provost is a vice-rector, a director stays one."""
    text = f"{title} Mary Jones signed the agreement with Tomsk State University."
    assert {(f.person, f.role) for f in extractor.extract(text).facts if f.type == "role"} == {
        ("Mary Jones", category)
    }


@pytest.mark.parametrize(
    ("text", "title", "category"),
    [
        (
            "Chief Academic Secretary of the National Academy of Sciences of Belarus Kilchevsky Alexander "
            "Vladimirovich signed the agreement.",
            "Chief Academic Secretary",
            "secretary",
        ),
        (
            "Principal Research Fellow Ivan Petrov spoke at the forum.",
            "Principal Research Fellow",
            "researcher",
        ),
    ],
)
def test_a_rank_word_opens_the_title_after_it(extractor, text, title, category):
    """role.span.rank_word and role.category.rank_adjective: "Chief" or "Principal" written before another
    title is one title, of the category of the title it opens with ("academic secretary")."""
    roles = {(m.text, m.norm) for m in extractor.extract(text).mentions if m.label == "ROLE"}
    assert (title, category) in roles


@pytest.mark.parametrize(
    ("title", "category"),
    [("Principal", "rector"), ("Chief of the Department", "head"), ("Chief Engineer", "other")],
)
def test_a_rank_word_without_a_title_after_it_keeps_its_category(title, category):
    """role.category.rank_adjective reads only a lexicon title after the rank word ("Chief of the
    Department" is a head; "Chief Engineer" is the lexicon's own phrase)."""
    assert category_of(title) == category


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "12-06-2024, 13:25\n\nThe Ministry of Higher Education signed a memorandum of cooperation with Huawei "
            "in the field of technology today, Wednesday.",
            [("12-06-2024", "2024-06-12"), ("today", "2024-06-12"), ("Wednesday", "2024-06-12")],
        ),
        (
            "On Wednesday, June 12, 2024 the Ministry signed a memorandum with Huawei.",
            [("Wednesday, June 12, 2024", "2024-06-12")],
        ),
    ],
)
def test_a_day_told_twice_with_a_comma_is_two_dates(extractor, text, dates):
    """date.split.comma (find/dates.comma_parts): the model's "today, Wednesday" is no date expression whole,
    so each part is a mention and dates the signing; "Wednesday, June 12, 2024" is one expression."""
    record = extractor.extract(text)
    assert [(m.text, m.norm) for m in record.mentions if m.label == "DATE"] == dates
    assert [f.date for f in record.facts if f.type == "agreement"] == ["2024-06-12"]


def test_also_signed_after_only_the_headline_retells_the_headlines_signing(extractor):
    """agreement.merge.headline_also: the body's "also ... signed" adds to a visit, not to another signing, when
    only the headline told one: one document, dated by the body's visit."""
    text = (
        "MNUE signed a cooperation agreement with Western Washington University\n\n"
        "MNUE hosted a delegation from the Western Washington University (WWU), US on November 22-23, 2014. "
        "The two universities outlined a number of areas for future collaboration. Also, a cooperation "
        "agreement was signed to affirm the willingness for future cooperation."
    )
    facts = [f for f in extractor.extract(text).facts if f.type == "agreement"]
    assert [(f.kind, f.date) for f in facts] == [("agreement", "2014-11-22/2014-11-23")]


def test_another_document_after_a_headline_stays_another(extractor):
    """ "signed an agreement with A and another with B" after a headline of agreements: "another" adds a
    document, so the agreement with A keeps its own fact and signatory (the bracketed UMH shares the
    university's key since the thirty-eighth session's org.bracket_short_form.own_language)."""
    text = (
        "Home > News > UMH signs agreements in China with Shenzhen University and the Shenzhen Shuibei "
        "International Center of Business\n\nVice Rector for International Relations at the Miguel Hernández "
        "University of Elche (UMH), Vicente Micol, attended the International Project Matching that was held in "
        "Shenzhen, China. During his visit, Vice Rector Micol signed an agreement with Shenzhen University and "
        "another with the Shenzhen Shuibei International Center of Business. This visit represents part of an "
        "agreement that was signed by UMH Rector, Jesús Pastor Ciurana, President of the Diputación de Alicante, "
        "César Sánchez, and University of Alicante President, Manuel Palomar."
    )
    facts = [f for f in extractor.extract(text).facts if f.type == "agreement"]
    assert ({"Shenzhen University", "Miguel Hernández University of Elche"}, ["Vicente Micol"]) in [
        (set(f.parties), f.signatories) for f in facts
    ]


def test_a_state_and_its_short_form_are_places_not_organisations(extractor):
    """``patterns/places.jsonl`` (Soviet Union, USSR) and find/org_names.acronym_mentions: the short form of a
    state defined in brackets ("Democratic People's Republic of Korea (DPRK)") is a place, as its later uses
    are; "Students Union of Tomsk" stays an organisation."""
    text = (
        "Belarus declared its sovereignty from the Soviet Union in 1990. Mongolia and the Democratic People's "
        "Republic of Korea (DPRK) agreed to cooperate. Hundreds of DPRK citizens work in Mongolia. The Students "
        "Union of Tomsk signed a memorandum."
    )
    orgs = [m.text for m in extractor.extract(text).mentions if m.label == "ORG"]
    assert "Soviet Union" not in orgs and "DPRK" not in orgs
    assert "Students Union of Tomsk" in orgs


def test_the_short_form_of_an_event_or_project_is_no_organisation(extractor):
    """org.reject.event_acronym (find/event_acronyms.py) and "corridor" in ``patterns/not_org_heads.jsonl``:
    "the 6th Eastern Economic Forum (EEF)", "the China-Pakistan Economic Corridor (CPEC)" define the short
    form of an event and a project; an organisation's short form ("Far Eastern Federal University (FEFU)")
    stays one."""
    text = (
        "Far Eastern Federal University (FEFU) signed the deal during the 6th Eastern Economic Forum (EEF). "
        "The 6th EEF was held online. The China-Pakistan Economic Corridor (CPEC) brings cooperation, and CPEC "
        "projects grow. FEFU will host students."
    )
    orgs = [m.text for m in extractor.extract(text).mentions if m.label == "ORG"]
    assert not {"EEF", "CPEC", "China-Pakistan Economic Corridor"} & set(orgs)
    assert orgs.count("FEFU") == 2


UNSEEN = Path(__file__).resolve().parents[1] / "corpus" / "unseen"


@pytest.mark.parametrize(
    ("doc_id", "name", "is_person"),
    [
        ("1815_silkroad-university-korean-ambassador", "Cultural Heritage Foudation", False),
        ("5910_avesta-tajik-minister-saxony-landtag", "Rahim Saidzoda", True),
        ("6419_caas-cotton-institute-uzbekistan-visit", "Cotton Breeding", False),
        ("2216_mingoda-gndu-samsu-mou", "International", False),
        ("3613_ict-anas-diaspora-committee-memorandum", "Diaspora", False),
    ],
)
def test_a_name_after_a_state_is_no_person_when_the_text_writes_its_words_in_lower_case(
    extractor, doc_id, name, is_person
):
    """person.reject.written_lower (find/surnames._names_after_places, find/person_names.titled_names,
    find/people._clean), on
    unseen releases: words after a country or a title that the release also writes in lower case ("cultural
    heritage", "cotton breeding", "international") are common words, not a name ("the Korea Cultural Heritage
    Foudation", "the director of the Uzbekistan Cotton Breeding ..."); a name stays one ("Rahim Saidzoda")."""
    text = (UNSEEN / f"{doc_id}.txt").read_text(encoding="utf-8")
    people = {m.text for m in extractor.extract(text).mentions if m.label == "PERSON"}
    assert (name in people) is is_person
