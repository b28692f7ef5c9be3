"""Rules added in the twelfth session, each fired on a hand-written release and held back on another."""

from __future__ import annotations

from .record_views import agreements as _agreements
from .record_views import orgs as _orgs
from .record_views import roles as _roles


def test_a_place_spelt_like_a_short_form_is_no_document(extractor):
    """agreement.reject.surname: "the University in Moa" names a town; "the Moa" and "MoA" are documents."""
    rec = extractor.extract("Tomsk State University will sign agreements with the Holguin University in Moa.")
    assert [m.text for m in rec.mentions if m.label == "AGREEMENT"] == ["agreements"]
    rec = extractor.extract("Tomsk State University and Holguin University signed a MoA in Moa.")
    assert [m.text for m in rec.mentions if m.label == "AGREEMENT"] == ["MoA"]


def test_partners_listed_with_their_towns_each_get_a_planned_document(extractor):
    """A partner list goes on past a place written after an organisation ("A in Moa, in the province of
    Holguin, and B"); "will also sign" is a future."""
    rec = extractor.extract(
        "During the congress, the Moscow Energy Institute will also sign agreements with the Omsk State "
        "University in Moa, in the eastern province of Holguin, and the Jesus Montane Oropesa University, in "
        "the special municipality of Isla de la Juventud."
    )
    facts = _agreements(rec)
    assert ("agreement", "planned", ["Jesus Montane Oropesa University", "Moscow Energy Institute"]) in facts
    assert len(facts) == 2 and {s for _, s, _ in facts} == {"planned"}


def test_a_university_named_after_a_titled_person_keeps_the_whole_name(extractor):
    """org.span.honoree_name: the model's person stops a word before the head noun ("Dr. Antonio Nuñez
    Jimenez University"); the honoree's title belongs to the name."""
    rec = extractor.extract(
        "The institute signed an agreement with the Dr. Antonio Nuñez Jimenez University last week."
    )
    assert "Dr. Antonio Nuñez Jimenez University" in _orgs(rec)
    assert not [m for m in rec.mentions if m.label == "PERSON"]


def test_a_country_closes_a_name_before_and(extractor):
    """org.span.country_ends_name: "Ministry of X of India and Agriculture and Food Ministry of Belarus" are
    two ministries; held back: "of China and Mongolia" and "of Russian and Soviet Universities"."""
    rec = extractor.extract(
        "A protocol was signed between Ministry of Agriculture and Farmers Welfare of India and Agriculture and "
        "Food Ministry of Belarus. The Research Institute of Mining Science of China and Mongolia met the "
        "Union of Graduates of Russian and Soviet Universities."
    )
    orgs = _orgs(rec)
    assert "Ministry of Agriculture and Farmers Welfare of India" in orgs
    assert "Agriculture and Food Ministry of Belarus" in orgs
    assert "Research Institute of Mining Science of China and Mongolia" in orgs
    assert "Union of Graduates of Russian and Soviet Universities" in orgs


def test_a_concern_is_an_organisation(extractor):
    """A state concern ("Belarusian State Oil and Chemistry Concern") is an organisation that signs."""
    rec = extractor.extract(
        "An agreement between the Belarusian State Oil and Chemistry Concern and the Ministry of Oil and "
        "Natural Gas of India was signed."
    )
    assert _agreements(rec) == [
        (
            "agreement",
            "signed",
            [
                "Belarusian State Oil and Chemistry Concern",
                "Ministry of Oil and Natural Gas of the Republic of India",  # org.key.state_ministry
            ],
        )
    ]


def test_a_native_name_and_its_short_form_in_brackets_are_the_same_university(extractor):
    """org.key.native_name: "Panamerican University (Universidad Panamericana, UP)": "Rector of UP" is the
    rector of Panamerican University."""
    rec = extractor.extract(
        "HSE University has signed an agreement with Panamerican University (Universidad Panamericana, UP). It "
        "was signed by José Antonio Esquivias Romero, Rector of UP, on the Mexican side."
    )
    keys = {m.text: m.norm for m in rec.mentions if m.label == "ORG"}
    assert keys["Universidad Panamericana"] == keys["UP"] == "Panamerican University"
    assert ("José Antonio Esquivias Romero", "rector", "Panamerican University") in _roles(rec)


def test_partners_counted_then_listed_in_the_past_tense(extractor):
    """agreement.parties.listed_next: "signed agreements with five universities in China. The universities
    were A, B, ...": one document per university listed."""
    rec = extractor.extract(
        "Tomsk State University signed academic collaboration agreements with three universities in China. The "
        "universities were Hebei Institute of Foreign Languages, Shandong Agricultural University and East China "
        "Normal University."
    )
    assert sorted(
        p for _, _, parties in _agreements(rec) for p in parties if p != "Tomsk State University"
    ) == [
        "East China Normal University",
        "Hebei Institute of Foreign Languages",
        "Shandong Agricultural University",
    ]


def test_visitors_listed_after_the_delegations_paragraph_belong_to_its_university(extractor):
    """role.org.delegation_member: "X has received a delegation from Y. / The Vice-Rector, Mr. A ... visited
    X": the people who visit are the delegation's; held back: the host's own Vice-Chancellor."""
    rec = extractor.extract(
        "The Vice-Chancellor, National Open University of Nigeria (NOUN), Prof. Olufemi Peters, has received a "
        "delegation from the Irkutsk National Research Technical University (INRTU), Russia.\n\n"
        "The Vice-Rector for International Affairs, Mr. Stepan Bykov, and the Head of International Affairs, "
        "Ms. Anna Melenteva, visited the NOUN VC at the university headquarters in Abuja on Monday."
    )
    roles = _roles(rec)
    assert ("Stepan Bykov", "vice-rector", "Irkutsk National Research Technical University") in roles
    assert ("Anna Melenteva", "head", "Irkutsk National Research Technical University") in roles
    assert not [
        r
        for r in roles
        if r[0] == "Olufemi Peters" and r[2] == "Irkutsk National Research Technical University"
    ]


def test_a_list_that_opens_with_a_bare_title_runs_title_first(extractor):
    """role.tie.title_first_list: "The Vice-Rector, Mr. A, the Head of B, Ms. C, a specialist in the Office,
    Mr. D": each title names the person after it; "the Vice-Rector's Advisor, Mr. E" is E's title, the
    Vice-Rector's office is only served (role.reject.served_office)."""
    rec = extractor.extract(
        "The Vice-Rector for International Affairs, Mr. Stepan Bykov, the Head of International Affairs, Ms. "
        "Anna Melenteva, a specialist in the Foreign Admission Office, Mr. Belousov Grigorii and the "
        "Vice-Rector's Advisor, Mr. Klimentiy Batoroev visited Moscow State University."
    )
    people = {(p, r) for p, r, _ in _roles(rec)}
    assert ("Belousov Grigorii", "other") in people and ("Anna Melenteva", "other") not in people
    assert ("Klimentiy Batoroev", "other") in people and ("Klimentiy Batoroev", "vice-rector") not in people


def test_a_date_line_with_the_day_glued_to_the_month(extractor):
    """A date line "Date: Jan.21, 2019" is the publication date, and the year-less dates of the text resolve
    against it."""
    rec = extractor.extract(
        "Latest News\nDate: Jan.21, 2019\nSource: International Office\nA delegation visited Jinan University on "
        "Jan. 14."
    )
    assert str(rec.published) == "2019-01-21"
    assert [m.norm for m in rec.mentions if m.label == "DATE"] == ["2019-01-21", "2019-01-14"]


def test_any_honorific_or_degree_stands_between_a_title_and_its_name(extractor):
    """role.tie.title_org_name reads past every honorific and degree of ``patterns/`` ("Assoc Prof. Dr");
    role.tie.name_title holds back "X, and the Vice President of B" (another person, unnamed)."""
    rec = extractor.extract(
        "It was signed on Monday by the Vice President of the National University of Laos, Assoc Prof. Dr "
        "Phouth Simmalavong, and the Vice President of Kunming University."
    )
    assert _roles(rec) == {("Phouth Simmalavong", "vice-president", "National University of Laos")}


def test_a_name_after_an_honorific_is_a_person_even_when_it_is_a_head_noun(extractor):
    """ "Professor Park" is a person (the head noun "Park" makes no organisation after an honorific), and an
    honorific before an honoree's name joins the organisation only when the model's person stops before the
    head ("the Dr. Antonio Nuñez Jimenez University")."""
    rec = extractor.extract(
        "Professor Park, Dean of the College of Law of Soongsil University, visited Buryat State University."
    )
    assert ("Park", "dean", "College of Law of Soongsil University") in _roles(rec)
    assert "Professor Park" not in _orgs(rec)


def test_a_list_of_professors_named_first_keeps_each_title_with_the_name_before(extractor):
    """role.tie.honorific_next holds back when the list runs name first: "included Professor A, CityU
    President, Professor B, Secretary to the Council" ("Professor" is no title that opens the list)."""
    rec = extractor.extract(
        "Members of the CityU delegation included Professor Freddy Boey, CityU President, Professor Kevin "
        "Downing, Secretary to the Council, and Ms Ng Pheck-choo, Director (Office of the President)."
    )
    people = {(p, r) for p, r, _ in _roles(rec)}
    assert ("Freddy Boey", "president") in people and ("Kevin Downing", "president") not in people


def test_a_bare_acronym_takes_the_initials_of_the_name_the_text_gives(extractor):
    """org.key.acronym_of_named: "BSU" after "Buryat State University" is that university, not the
    registry's Belarusian State University, also when the registry keys Buryat under a longer name."""
    rec = extractor.extract(
        "A delegation of Soongsil University visited Buryat State University. The meeting with the BSU "
        "administration resulted in an agreement."
    )
    keys = {m.text: m.norm for m in rec.mentions if m.label == "ORG"}
    assert keys["BSU"] == keys["Buryat State University"]


def test_an_organisation_inside_a_quoted_seminar_title_is_no_party(extractor):
    """agreement.party.not_in_title: "a seminar on “Sino-Belarus Cooperation on Low-Carbon Technology”" names
    a topic; held back: an organisation quoted whole ("“Kazakh Invest National Company”") stays a party."""
    topic = extractor.extract(
        "The Green Energy Organization and the National Academy of Sciences of Belarus hosted a seminar on "
        "“Sino-Belarus Cooperation on Low-Carbon Technology and Clean Energy Sector Development”. After "
        "negotiation, the two sides signed a Memorandum of Understanding."
    )
    whole = extractor.extract(
        "An agreement was signed between Tomsk State University and “Kazakh Invest National Company”."
    )
    found = [parties for rec in (topic, whole) for _, _, parties in _agreements(rec)]
    assert found == [
        ["Green Energy Organization", "National Academy of Sciences of Belarus"],
        ["Kazakh Invest National Company", "Tomsk State University"],
    ]


def test_a_headline_after_a_title_of_an_organisation_is_no_name(extractor):
    """rule_title_name: words after "Rector of X University" that end in a plural ("Bolsters Educational
    Ties") are a headline's predicate, not a name."""
    rec = extractor.extract(
        "Rector of Orenburg State Medical University Bolsters Educational Ties with India\n\nThe Rector of "
        "Orenburg State Medical University, Prof. Igor Miroschnichenko, visited India."
    )
    assert [m.text for m in rec.mentions if m.label == "PERSON"] == ["Igor Miroschnichenko"]


def test_an_administrative_unit_of_the_region_is_a_place(extractor):
    """person.reject.place over ``patterns/place_nouns.jsonl``: "Khovd Aimag", like "Khabarovskiy Kray", is a
    province, not a person."""
    rec = extractor.extract(
        "A delegation of Khovd Aimag of Mongolia led by Gendenzhav Nyamdavaa, Governor of Khovd Aimag, visited "
        "Tomsk Region."
    )
    assert [m.text for m in rec.mentions if m.label == "PERSON"] == ["Gendenzhav Nyamdavaa"]
