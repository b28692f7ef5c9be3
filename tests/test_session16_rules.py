"""Rules added in the sixteenth session, each fired on a hand-written release and held back on another."""

from __future__ import annotations

from extractor.models import RoleFact

from .record_views import roles as _roles


def _ties(rec) -> dict[tuple[str, str], str]:
    """(person, role category) of each role fact, with the id of the tie rule that named the person."""
    return {(f.person, f.role): f.tie_rule for f in rec.facts if isinstance(f, RoleFact)}


def test_a_name_after_a_long_portfolio_is_no_part_of_it(extractor):
    """role.span.name_after_field and rule_portfolio_name: two name words after a portfolio's last field word
    are the holder's name, however long the portfolio ("..., Innovation, Science and Technology Development")."""
    rec = extractor.extract(
        "A delegation from Zimbabwe, headed by Minister of Higher and Tertiary Education, Innovation, Science "
        "and Technology Development Amon Murwira, visited the university. Earlier, Minister of Higher "
        "Education, Innovation and Technology Development Tendai Moyo announced a new centre."
    )
    titles = {m.text for m in rec.mentions if m.label == "ROLE"}
    assert "Minister of Higher Education, Innovation and Technology Development" in titles
    assert ("Amon Murwira", "minister", None) in _roles(rec)
    assert ("Tendai Moyo", "minister", None) in _roles(rec)


def test_a_headline_verb_or_an_acronym_after_a_portfolio_is_no_name(extractor):
    """Held back: "Science Visits BIT" in a headline is a verb and an acronym, not a person."""
    rec = extractor.extract(
        "Minister of Russian Ministry of Education and Science Visits BIT\nThe minister came."
    )
    assert not [m for m in rec.mentions if m.label == "PERSON"]


def test_a_bare_initial_and_a_hyphenated_name_after_a_title_and_comma(extractor):
    """rule_title_comma_name reads an initial without a full stop and a hyphenated given name: "Minister of
    Education and Science, L Enkh-Amgalan, and ..."."""
    rec = extractor.extract(
        "He met Mongolia's Minister of Education and Science, L Enkh-Amgalan, and the two discussed projects."
    )
    assert ("L Enkh-Amgalan", "minister", None) in _roles(rec)
    rec = extractor.extract("The Director of the Institute, A Study of Methods, was published in 2020.")
    assert not [m for m in rec.mentions if m.label == "PERSON"]


def test_a_surname_before_its_initials_in_a_delegation_list(extractor):
    """person.initials.surname_first and MD among the degrees: "the rector of X, MD, Professor Daminov B.T.,
    Rector of Y, MD, prof. Tuychiev L.N., head of the International Relations Department of TashPMI
    Nurkhodzhaev S.N. and ..." each title names the name after it."""
    rec = extractor.extract(
        "The delegation included the rector of the Tashkent Pediatric Medical Institute, MD, Professor "
        "Daminov B.T., Rector of the Tashkent Medical Academy, MD, prof. Tuychiev L.N., head of the "
        "International Relations Department of TashPMI Nurkhodzhaev S.N. and the head of the department of "
        "international relations of TMA Israilov J.D. visited the Republic of Tatarstan."
    )
    roles = _roles(rec)
    assert ("Daminov B.T.", "rector", "Tashkent Pediatric Medical Institute") in roles
    assert ("Tuychiev L.N.", "rector", "Tashkent Medical Academy") in roles
    assert ("Nurkhodzhaev S.N.", "head", "International Relations Department of TashPMI") in roles
    assert ("Daminov B.T.", "rector", "Tashkent Medical Academy") not in roles


def test_initials_after_a_place_or_an_organisation_word_are_no_name(extractor):
    """Held back: "Washington D.C." is a place and "University B.A." no surname."""
    rec = extractor.extract("The forum in Washington D.C. gathered the rectors of Tomsk State University.")
    assert not [m for m in rec.mentions if m.label == "PERSON"]


def test_the_university_of_a_release_published_by_its_office(extractor):
    """role.org.our_institution: "Vice President of the University" in a release whose own organisation is
    found only as its department is the university the text never names: no organisation, not the office."""
    rec = extractor.extract(
        "The International Exchange and Cooperation Department attended the forum in Harbin. Fu Baixue, Vice "
        "President of the University, and officials of the International Exchange and Cooperation Department "
        "were invited to participate."
    )
    assert ("Fu Baixue", "vice-president", None) in _roles(rec)
