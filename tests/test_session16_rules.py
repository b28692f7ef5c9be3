"""Rules added in the sixteenth session, each fired on a hand-written release and held back on another."""

from __future__ import annotations

from extractor.models import AgreementFact

from .record_views import agreements as _agreements
from .record_views import orgs as _orgs
from .record_views import roles as _roles


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
    rec = extractor.extract(
        "B Askhar, Executive Director of Steppe Metal Powder LLC, stated that it matters."
    )
    assert ("B Askhar", "director", "Steppe Metal Powder LLC") in _roles(rec)
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
    rec = extractor.extract(
        "Vice Minister of Culture and Information of the Republic of Kazakhstan Iskakov K.Zh. greeted the guests "
        "of China Railway Construction Co. yesterday."
    )
    assert [m.text for m in rec.mentions if m.label == "PERSON"] == ["Iskakov K.Zh."]


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


def test_the_university_named_in_the_sentence_before_is_its_subject(extractor):
    """role.org.the_university_named_before prefers the subject of the last sentence that names universities
    ("Synergy University announced a partnership with Shantou University"), not the one named last in it."""
    rec = extractor.extract(
        "Moscow's Synergy University announced a partnership with Shantou University in Guangdong.\n\n"
        "Artem Vasiliev, the university's rector, told reporters that the programme meets demand."
    )
    assert ("Artem Vasiliev", "rector", "Synergy University") in _roles(rec)
    rec = extractor.extract(
        "Synergy University students visited Shantou University in Guangdong.\n\n"
        "Li Ming, the university's rector, welcomed them."
    )
    assert ("Li Ming", "rector", "Shantou University") in _roles(rec)  # no university is the subject


def test_date_lines_with_a_byline_a_foreign_weekday_or_label(extractor):
    """date_line_any: a weekday before the date when the line also names its author ("..., By X") or stamps a
    time ("Cümə axşamı, 29 Avqust 2024 16:41"), and "published" in other languages ("Publicerat av X")."""
    lines = {
        "Wednesday, July 17, 2019, By Kelly Homan Rodoski": "2019-07-17",
        "Cümə axşamı, 29 Avqust 2024 16:41": "2024-08-29",
        "Publicerat av Tony Harkén Monday, 12 November 2012.": "2012-11-12",
    }
    for line, value in lines.items():
        rec = extractor.extract(f"Universities sign a memorandum\n{line}\nThe rectors met in Tashkent.")
        assert rec.published == value, line


def test_a_weekday_and_a_date_in_a_sentence_are_no_date_line(extractor):
    """Held back: a weekday phrase in prose with a byline-like word is no date line."""
    rec = extractor.extract(
        "Universities sign a memorandum\nThe rectors met in Tashkent on Wednesday, July 17, 2019, by the river."
    )
    assert rec.published is None


def test_a_field_list_holds_no_country_and_no_lone_title(extractor):
    """org.span.field_list: "Ministry of Arts and Culture, Mauritius, Han Yongjin and Director Mrs. X" is the
    ministry, a country, a name and a title, not one long name; "University of Law, Business and Politics"
    still is."""
    rec = extractor.extract(
        "Lu Peng, Minister of the Ministry of Arts and Culture, Mauritius, Han Yongjin and Director Mrs. T.K. "
        "Ramnauth attended. The Tajik State University of Law, Business and Politics signed too."
    )
    assert {"Ministry of Arts and Culture", "Tajik State University of Law, Business and Politics"} <= set(
        _orgs(rec)
    )


def test_signatories_with_a_title_before_the_second_name(extractor):
    """agreement.signatories.names_before_verb reads past a title and an honorific before a name: "..., Han
    Yongjin and Director Mrs. T.K. Ramnauth signed the Memorandum"."""
    rec = extractor.extract(
        "Then, under the common witness of Sun Gongyi, Chinese ambassador to Mauritius and Lu Peng, Minister of "
        "the Ministry of Arts and Culture, Mauritius, Han Yongjin and Director Mrs. T.K. Ramnauth signed the "
        "Memorandum Of Understanding between the National Library of China and the National Library of "
        "Mauritius."
    )
    (fact,) = [f for f in rec.facts if isinstance(f, AgreementFact)]
    assert fact.signatories == ["Han Yongjin", "T.K. Ramnauth"]


def test_a_delegation_led_by_a_titled_person_discussing_an_agreement(extractor):
    """+visiting_delegation for "The delegation held talks with X ... and exchanged views on the cooperation
    agreement": the delegation's organisation, read from its leader ("a delegation, led by A, Director of the
    National Library of China"), is the other party, and exchanging views on it is planned."""
    rec = extractor.extract(
        "From 13 September to 23 September, a 5-person delegation, led by Han Yongjin, Director of the National "
        "Library of China (NLC), visited Belarus. The delegation held talks with Roman Motulsky, Director of the "
        "National Library of Belarus, and exchanged views on the cooperation agreement."
    )
    assert _agreements(rec) == [
        ("agreement", "planned", ["National Library of Belarus", "National Library of China"])
    ]


def test_an_agreement_signed_between_two_cities_has_no_organisation_party(extractor):
    """agreement.reject.between_states also for "the agreement was signed between Volgograd and Qujing"
    (places the model may read as people): the organisations elsewhere in the sentence did not sign it."""
    rec = extractor.extract(
        "The Chair of the Volgograd branch of the Russian Peace Foundation reminded the participants that the "
        "cooperation agreement was signed between Volgograd and Qujing."
    )
    assert _agreements(rec) == []
    rec = extractor.extract(
        "The cooperation agreement was signed between Kazan Federal University and Tomsk State University."
    )
    assert _agreements(rec) == [
        ("agreement", "signed", ["Kazan Federal University", "Tomsk State University"])
    ]
