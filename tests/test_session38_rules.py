"""Rules of the thirty-eighth session, each on text that fires it and text that holds it back."""

import pytest

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
