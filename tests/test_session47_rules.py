"""Rules of the forty-seventh session, each on text that fires it and text that holds it back."""


def test_a_name_after_an_organisation_after_title_to_or_inside_a_name_is_the_holders(extractor):
    """org.span.person_tail, title evidence: "Secretary to the Cabinet Roland Msiska, who ..." (8512
    5fm.co.zm) and "Rector of the Russian-Tajik (Slavic) University Fayzullo Mashrab Kurbonali." (9691,
    where the model's organisation starts inside the name, at "Slavic") end with the title holder's name;
    "Rector of the Russian-Tajik (Slavic) University Press" does not (an organisation word ends it)."""
    text = "Secretary to the Cabinet Roland Msiska, who was accompanied by his deputies, spoke first."
    assert "Roland Msiska" in [m.text for m in extractor.extract(text).mentions if m.label == "PERSON"]
    text = (
        "The meeting was attended by Rector of the Tajik National University Nasriddinzoda Emomali Saifiddin "
        "and Rector of the Russian-Tajik (Slavic) University Fayzullo Mashrab Kurbonali."
    )
    facts = [(f.person, f.role) for f in extractor.extract(text).facts if f.type == "role"]
    assert ("Fayzullo Mashrab Kurbonali", "rector") in facts
    text = "He met the Director of the Russian-Tajik (Slavic) University Press."
    assert not [m for m in extractor.extract(text).mentions if m.label == "PERSON"]


def test_a_plural_title_after_names_with_honorifics_is_each_ones(extractor):
    """role.tie.apposition over a coordinated list whose names carry honorifics: "Professor Fok Tai-Fai and
    Professor Sham Mai-Har, Pro-Vice-Chancellors of CUHK" (9743 cuhk.edu.hk) gives both the title; a plural
    title after one name and a list of titled others ties to no one before it."""
    text = "Professor Fok Tai-Fai and Professor Sham Mai-Har, Pro-Vice-Chancellors of CUHK, attended the signing."
    facts = {(f.person, f.role) for f in extractor.extract(text).facts if f.type == "role"}
    assert {("Fok Tai-Fai", "vice-rector"), ("Sham Mai-Har", "vice-rector")} <= facts
    text = "Mr. Oleg Tsatsourine met Mr. Alexander Smirnov, Directors of the Valdai Foundation, in Moscow."
    facts = {(f.person, f.role) for f in extractor.extract(text).facts if f.type == "role"}
    assert ("Oleg Tsatsourine", "director") not in facts


def test_a_plural_title_before_a_colon_lists_the_names_after_it(extractor):
    """role.tie.plural_title reads a colon after the title: "co-chaired by the two Presidents: Dr. Nguyen
    Ngoc Hieu and Dr. Xiao Jianzhang" (9765 naue.edu.vn) gives both the title."""
    text = "The meeting was co-chaired by the two Presidents: Dr. Nguyen Ngoc Hieu and Dr. Xiao Jianzhang."
    facts = {(f.person, f.role) for f in extractor.extract(text).facts if f.type == "role"}
    assert {("Nguyen Ngoc Hieu", "president"), ("Xiao Jianzhang", "president")} <= facts
