"""org.key.parent_after_at: a unit written "at" its academy, university, institute or college is that parent's
unit, so that units of one name in different releases keep apart (hand-written releases)."""

from __future__ import annotations

from .record_views import norms as _norms


def test_a_unit_at_a_university_is_keyed_as_its_unit(extractor):
    rec = extractor.extract(
        "Professor Richard Mohr, Director of the Confucius Institute at the University of Szeged, met the "
        "delegation. The Confucius Institute was founded in 2012."
    )
    norms = _norms(rec)
    assert norms["Confucius Institute"] == "Confucius Institute at the University of Szeged"
    assert norms["University of Szeged"] == "University of Szeged"  # the parent stays a mention of its own
    roles = [(f.person, f.org) for f in rec.facts if f.type == "role"]
    assert ("Richard Mohr", "Confucius Institute at the University of Szeged") in roles


def test_units_of_one_name_in_two_releases_get_two_keys(extractor):
    a = extractor.extract("Wang Lei, Director of the Confucius Institute at Cairo University, spoke.")
    b = extractor.extract(
        "Zhou Guiping, Director of the Confucius Institute at the University of Ghana, spoke."
    )
    assert _norms(a)["Confucius Institute"] != _norms(b)["Confucius Institute"]


def test_a_unit_at_two_parents_or_at_a_place_keeps_its_own_key(extractor):
    two = extractor.extract(
        "Wang Lei, Director of the Confucius Institute at Cairo University, spoke. Li Na, Director of the "
        "Confucius Institute at Helwan University, also spoke."
    )
    assert [m.norm for m in two.mentions if m.text == "Confucius Institute"] == ["Confucius Institute"] * 2
    place = extractor.extract("The Business School at Jogoo House hosted the ceremony.")
    assert _norms(place)["Business School"] == "Business School"
