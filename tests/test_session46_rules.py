"""Rules of the forty-sixth session, each on text that fires it and text that holds it back."""

KTK = (  # B1122 (kt.kg), as published, shortened
    "Kyrgyztelecom and Kazakhtelecom signed the Memorandum of Understanding\n\n13:33 21.04.2025\n\n"
    '      OJSC "Kyrgyztelecom"  and "Kazakhtelecom" JSC signed the Memorandum of Understanding, consolidating '
    "the intentions of the parties to create the International hub of Internet connections in the region."
)


def test_a_company_name_word_without_its_legal_form_is_the_company(extractor):
    """org.company_repeat: '"Kazakhtelecom" JSC' names the company, so the headline's bare "Kazakhtelecom"
    (read by the model as a person) is that company, keyed alike; a name word beside a spelled-out legal
    form of one word ("Joint Commission", "Open Government") is no company's name."""
    rec = extractor.extract(KTK)
    bare = [m for m in rec.mentions if m.text == "Kazakhtelecom"]
    assert [(m.label, m.source, m.norm) for m in bare] == [("ORG", "org.company_repeat", "Kazakhtelecom JSC")]
    text = (
        "The Joint Commission met in Minsk. The Commission approved the plan of the Open Government, "
        "and the Government thanked it."
    )
    assert not [m for m in extractor.extract(text).mentions if m.source == "org.company_repeat"]


def test_two_fields_joined_before_a_title_are_its_modifiers(extractor):
    """role.tie.modified_apposition reads past an "and" between two capitalised field words: "Lin Fang, Science
    and Technology Consul of the Chinese Consulate General" (B1114 en.cugb.edu.cn) is the consul; a name
    joined by "and" is no modifier ("Liu Dameng, Andrey Fedotov and Consul ..." ties nothing to Liu)."""
    text = "Lin Fang, Science and Technology Consul of the Chinese Consulate General in Irkutsk attended the conference."
    facts = [(f.person, f.role) for f in extractor.extract(text).facts if f.type == "role"]
    assert ("Lin Fang", "consul") in facts
    other = "Liu Dameng, Andrey Fedotov and Consul Wang Bo of the Chinese Consulate General attended the conference."
    assert ("Liu Dameng", "consul") not in {(f.person, f.role) for f in extractor.extract(other).facts}


def test_a_title_after_a_name_and_a_dash_is_that_name(extractor):
    """role.tie.honorific_next holds back for a title set off by a dash after a name: in "Assoc. Prof. Dr. A -
    President, Assoc. Prof. Dr. B - Vice President, Assoc. Prof. Dr. C - Head of ..." (9727 hnue.edu.vn) the
    vice-president is B, not C; "Rector, Professor A, Vice-Rector, Prof. B" still gives B the second title."""
    text = (
        "Representatives of the Hanoi National University of Education were Assoc. Prof. Dr. Nguyen Duc Son - "
        "President, Assoc. Prof. Dr. Kieu Van Hoan - Vice President, Assoc. Prof. Dr. Duong Minh Lam - Head of "
        "Science and Technology Department."
    )
    facts = {(f.person, f.role) for f in extractor.extract(text).facts if f.type == "role"}
    assert ("Kieu Van Hoan", "vice-president") in facts
    assert ("Duong Minh Lam", "vice-president") not in facts
    listed = (
        "The guests were Rector, Professor Ivan Petrov, Vice-Rector, Prof. Sergei Ivanov of Kazan University."
    )
    assert ("Sergei Ivanov", "vice-rector") in {(f.person, f.role) for f in extractor.extract(listed).facts}
