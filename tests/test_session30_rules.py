"""Rules added or widened in the thirtieth session, each fired on a hand-written release and held back on
another."""

from __future__ import annotations

from extractor.models import RoleFact

from .record_views import roles as _roles
from .record_views import texts as _texts


def _rules(rec) -> dict[str, str]:
    return {f.person: f.rule for f in rec.facts if isinstance(f, RoleFact)}


def test_the_people_who_accompany_a_leader_are_of_the_leaders_organisation(extractor):
    """role.org.companion: "He was joined by A, Vice-Rector, and B, Lecturer": bare titles listed after
    "joined by" go with the person joined, whose title names the organisation; not with the host that
    published the release."""
    rec = extractor.extract(
        "Harbin Engineering University received a delegation on May 5, 2024.\n\n"
        "The delegation was led by Dmitry Sednev, Rector of Tomsk Polytechnic University. He was joined by "
        "Ivan Petrov, Vice-Rector, known for his work on nuclear education; Anna Smirnova, Lecturer, who "
        "teaches Chinese. The two universities signed an agreement."
    )
    assert ("Ivan Petrov", "vice-rector", "Tomsk Polytechnic University") in _roles(rec)
    assert _rules(rec)["Ivan Petrov"] == "role.org.companion"
    assert ("Anna Smirnova", "other", "Tomsk Polytechnic University") in _roles(rec)


def test_a_leader_whose_organisation_is_only_guessed_passes_on_no_guess(extractor):
    """Held back: when the text ties the person accompanied to no organisation (a bare "Vice-Rector"), the
    people accompanying keep their own reading."""
    rec = extractor.extract(
        "Harbin Engineering University received a delegation on May 5, 2024.\n\n"
        "Vice-Rector Dmitry Sednev was accompanied by Ivan Petrov, Head of Department. The two universities "
        "signed an agreement."
    )
    assert "role.org.companion" not in _rules(rec).values()


def test_a_short_degree_with_its_full_stop_does_not_end_the_sentence_before_a_name(extractor):
    """Tokenizer: "MSc." (and "DSc.", any case) is one token, as spaCy keeps "PhD.", so the parser reads
    "and MSc. Pham Thi Thu Huong, Lecturer" in the sentence of the list, and the degree is no part of the name;
    before a stop word the full stop still ends a sentence."""
    rec = extractor.extract(
        "The delegation from Thanh Do University was joined by Dr. Ngo Thi Anh Tuyet, Director of the "
        "International Training Center, and MSc. Pham Thi Thu Huong, Lecturer in Chinese Language. "
        "The Rector of Tashkent State Technical University DSc. Jamshid Inoyatkhodjaev holds an MSc. "
        "The guests visited Guangxi Minzu University."
    )
    assert {"Pham Thi Thu Huong", "Jamshid Inoyatkhodjaev"} <= set(_texts(rec, "PERSON"))
    assert ("Jamshid Inoyatkhodjaev", "rector", "Tashkent State Technical University") in _roles(rec)
    assert not any("MSc" in p for p in _texts(rec, "PERSON"))


def test_post_nominal_letters_and_degrees_after_a_name_set_off_its_title(extractor):
    """role.tie.apposition over post-nominal letters: "Sirichai Fonseka, f.s.g., Ph.D., President of X" reads
    as "Sirichai Fonseka, President of X", as "X, PhD, Title" did; "Asst." is an honorific, so "Asst. Prof.
    Dr. Kitti Phothikitti" opens no sentence."""
    rec = extractor.extract(
        "The delegation was led by Rev. Bro. Sirichai Fonseka, f.s.g., Ph.D., President of Assumption "
        "University, whose leadership guides the university. He was joined by Asst. Prof. Dr. Kitti "
        "Phothikitti, Vice President of Assumption University."
    )
    assert ("Sirichai Fonseka", "president", "Assumption University") in _roles(rec)
    assert ("Kitti Phothikitti", "vice-president", "Assumption University") in _roles(rec)


def test_an_institutions_top_title_is_not_held_at_a_unit_named_in_its_sentence(extractor):
    """role.org.sentence_only held back: a president's or rector's title does not go to the sentence's one
    organisation when that is no institution ("the University Library"); the release's own university takes
    it."""
    rec = extractor.extract(
        "Jilin Agricultural University welcomed a delegation from the National University of Lesotho.\n\n"
        "President Feng Jiang and Vice President Zhang Yuejie received the guests at the University Library."
    )
    assert ("Feng Jiang", "president", "Jilin Agricultural University") in _roles(rec)
    assert not any(o == "University Library" for _, _, o in _roles(rec))


def test_a_rectors_title_still_takes_the_one_university_of_its_sentence(extractor):
    """Held back the other way: an institution named alone in the sentence keeps the rector's title
    (``role.org.sentence_only``)."""
    rec = extractor.extract(
        "The meeting was held on May 5, 2024.\n\nRector Sergey Novikov opened the session at Kumasi Technical "
        "University."
    )
    assert ("Sergey Novikov", "rector", "Kumasi Technical University") in _roles(rec)
    assert _rules(rec)["Sergey Novikov"] == "role.org.sentence_only"


def test_an_acronym_that_hosts_or_visits_acts_as_an_organisation(extractor):
    """org.acronym_acting over the subject of what an institution does (``patterns/headline_verbs``): "GUIMC
    hosted a delegation" (an acronym the release never spells out)."""
    rec = extractor.extract(
        "On April 25-26, 2019, GUIMC hosted a delegation of Tianjin University of Technology. The guests "
        "attended classes."
    )
    assert "GUIMC" in _texts(rec, "ORG")


def test_a_document_or_a_titled_name_in_capitals_is_no_acting_acronym(extractor):
    """Held back: a document word ("The MOU was signed"), a plural ("HBCUs") and a name right after a title
    ("president BAI visited") are not organisations however they act."""
    rec = extractor.extract(
        "The MOU was signed by the rectors of Tomsk State University and Harbin Engineering University. HBCUs "
        "welcomed the news. The CITI University of Mongolia president BAI visited Anhui Xinhua University."
    )
    assert not {"MOU", "HBCUs", "BAI"} & set(_texts(rec, "ORG"))
    assert "MOU" in _texts(rec, "AGREEMENT")


def test_an_acronym_that_owns_something_acts_as_an_organisation(extractor):
    """org.acronym_acting over a possessive: "OUM’s commitment", "OUM’s programmes" (an acronym the release
    never spells out); not a stop word in capitals ("THE’s ranking")."""
    rec = extractor.extract(
        "A delegation visited Kazakhstan in April. This trip is part of OUM’s commitment to expanding its "
        "reach, and THE’s ranking was discussed."
    )
    orgs = _texts(rec, "ORG")
    assert "OUM" in orgs and "THE" not in orgs


def test_a_model_name_does_not_end_in_a_word_the_release_writes_in_lower_case(extractor):
    """Cleaning the model's PERSON: a last word the document also writes in lower case, as a word of its own,
    is no name word ("Songjiang Campus" beside "the new campus", "CHEN Feng Made" beside "made")."""
    rec = extractor.extract(
        "The guests were received at Songjiang Campus of Donghua University. The new campus opened in 2010 "
        "and was made a centre of design."
    )
    assert "Songjiang Campus" not in _texts(rec, "PERSON")


def test_a_hyphenated_given_name_keeps_its_last_syllable(extractor):
    """Held back: a syllable after a hyphen is no word of its own ("Ban Ki-moon" beside "the moon"); nor a
    lexicon name word."""
    rec = extractor.extract(
        "Ban Ki-moon, Chairman of the Boao Forum for Asia, visited Al-Farabi Kazakh National University. "
        "The moon was full that night."
    )
    assert "Ban Ki-moon" in _texts(rec, "PERSON")
