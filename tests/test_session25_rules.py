"""Rules added or widened in the twenty-fifth session, each fired on a hand-written release and held back on
another."""

from __future__ import annotations

from .record_views import roles as _roles


def test_a_title_the_subject_has_become_is_the_subjects(extractor):
    """role.tie.predicate: "Mr. Norov has become the Secretary General of the Shanghai Cooperation
    Organization": the title is what the clause says its named subject is."""
    rec = extractor.extract(
        "Vladimir Norov has become the Secretary General of the Shanghai Cooperation Organization since "
        "January 2019."
    )
    assert ("Vladimir Norov", "secretary", "Shanghai Cooperation Organisation") in _roles(rec)


def test_a_predicate_reaches_the_subject_of_a_coordinated_verb(extractor):
    """role.tie.predicate through "and": "Zhang Wei studied at the university in 2017 and now is the director
    general of TARI"."""
    rec = extractor.extract(
        "Zhang Wei studied at the university in 2017 and now is the director general of the Tigray "
        "Agricultural Research Institute."
    )
    assert ("Zhang Wei", "director", "Tigray Agricultural Research Institute") in _roles(rec)


def test_an_as_phrase_names_what_the_subject_acts_as(extractor):
    """role.tie.predicate over "as the ...", through the subject's apposition: "The Nepalese Ambassador ...
    Krishna Prasad Oli attended the ceremony and signed the MoU as the authorized representative"."""
    rec = extractor.extract(
        "The Nepalese Ambassador to China Krishna Prasad Oli attended the ceremony and signed the MoU as the "
        "authorized representative."
    )
    assert ("Krishna Prasad Oli", "other", None) in _roles(rec)


def test_an_organisation_subject_takes_no_title(extractor):
    """role.tie.predicate holds back when the clause's own subject, nearest the verb, is an organisation: in
    "A: «... Egyptian-Russian University has been our long-standing partner»" the partner is no title of A."""
    rec = extractor.extract(
        "Alexey Ryabchikov: «Our selection of partners is explained by tradition — for instance, "
        "Egyptian-Russian University has been our long-standing partner — and by events in the world»."
    )
    assert not any(p == "Alexey Ryabchikov" for p, _, _ in _roles(rec))


def test_a_representative_of_our_university_stays_the_releases(extractor):
    """role.org.our_own: "M.E. Rayak, Deputy Director of the Technopark, acted as a representative of our
    University": the release says whose representative he is, which his other title does not undo (a guess
    by role.org.our_institution would yield to it)."""
    rec = extractor.extract(
        "Peter the Great St. Petersburg Polytechnic University took part in the forum.\n\n"
        'M.E. Rayak, Deputy Director of the Technopark "Polytechnic", acted as a representative of our '
        "University during the event."
    )
    roles = _roles(rec)
    assert ("M.E. Rayak", "deputy director", 'Technopark "Polytechnic"') in roles
    assert ("M.E. Rayak", "other", "Peter the Great St. Petersburg Polytechnic University") in roles
