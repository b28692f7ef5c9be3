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


def test_a_party_organ_signs_for_its_organisation(extractor):
    """agreement.party.party_organ: "Fang Yanshui, Deputy Secretary of the Party Committee and General Manager
    of China National Machinery Engineering Co., Ltd." (B1254 seetao.com) signs for the company, not the
    committee; "the CPC TU Committee" (B1262 english.tzc.edu.cn) stands for TU where the document names it."""
    text = (
        "On August 6, 2021, Fang Yanshui, Deputy Secretary of the Party Committee and General Manager of China "
        "National Machinery Engineering Co., Ltd., on behalf of the company, signed the EP general contracting "
        "contract for the polypropylene plant project."
    )
    agreements = [f for f in extractor.extract(text).facts if f.type == "agreement"]
    assert [f.parties for f in agreements] == [["China National Machinery Engineering Co., Ltd."]]
    text = (
        "A delegation of Taizhou University (TU) visited Budapest. An exchange student agreement was signed by "
        "Zhu Jian, Secretary of the CPC TU Committee, and Hamar Imre, Vice-Rector of Eötvös Loránd University."
    )
    parties = [f.parties for f in extractor.extract(text).facts if f.type == "agreement"]
    assert parties == [["Taizhou University", "Eötvös Loránd University"]]


def test_a_weekday_date_line_under_the_headline_is_the_publication_date(extractor):
    """Cue ``weekday_line`` (patterns/published.jsonl): "Tuesday September 18 2018" without commas under the
    headline (9778 thecitizen.co.tz) and "• Monday, November 26, 2018" after a list bullet (9723
    comsats.edu.pk) date the release; a weekday date with words after it on its line does not."""
    text = "Focac to boost Dar-Beijing education ties\n\nTuesday September 18 2018\n\nThe permanent secretary spoke."
    assert extractor.extract(text).published == "2018-09-18"
    text = "A three member delegation\n\n  • Monday, November 26, 2018\n\n  • CUI\n\nThe delegation visited."
    assert extractor.extract(text).published == "2018-11-26"
    text = "Talks\n\nTuesday September 18 2018 was the day the talks opened in Dar es Salaam.\n\nThe talks went on."
    assert extractor.extract(text).published is None


def test_a_name_with_in_is_no_title_phrase_and_a_place_after_in_is_no_person(extractor):
    """ "in" of "editor-in-chief" ("under" of "under-secretary") is no title word of its own, so
    org.reject.vocabulary keeps "the Institute for Excellence in Higher Education" (8721 tohoku.ac.jp) and "the
    Institute for Strategic and Interregional Studies under the President of Uzbekistan" (9923) whole;
    org.span.person_tail never cuts a name after "in" ("Confucius Institute in Sofia", B1267: the city)."""
    text = "The Institute for Excellence in Higher Education introduced several initiatives to the guests."
    orgs = [m.text for m in extractor.extract(text).mentions if m.label == "ORG"]
    assert orgs == ["Institute for Excellence in Higher Education"]
    text = "It was signed with the Institute for Strategic and Interregional Studies under the President of Uzbekistan."
    orgs = [
        m.text for m in extractor.extract(text).mentions if m.label == "ORG"
    ]  # "under" of "under-secretary"
    assert orgs == ["Institute for Strategic and Interregional Studies under the President of Uzbekistan"]
    text = "The Confucius Institute in Sofia hosted the rectors. The editor-in-chief of the journal spoke."
    rec = extractor.extract(text)
    assert "Confucius Institute in Sofia" in [m.text for m in rec.mentions if m.label == "ORG"]
    assert not [m for m in rec.mentions if m.label == "PERSON"]


def test_a_date_glued_to_the_first_paragraph_is_the_page_stamp(extractor):
    """date_line_any, a stamp run into the first paragraph: "20.10.2025Select group of children ..." (9964
    krasnoyarsk lyceum page) and "12th October 2017…In an effort ..." (B1256 icta.go.ke) date the release; a
    glued date inside the paragraph's words does not."""
    body = " the lyceum visited Changchun and took part in a long programme of lessons, sports and culture events."
    text = "Lyceum students in China\n\n20.10.2025Select group of children from" + body
    assert extractor.extract(text).published == "2025-10-20"
    text = "ICT Authority\n\n12th October 2017…In an effort to drive digital transformation," + body
    assert extractor.extract(text).published == "2017-10-12"
    text = "Lyceum students in China\n\nIn Changchun 20.10.2025Select group of children from" + body
    assert extractor.extract(text).published is None
