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


def test_a_legal_form_written_first_opens_a_company(extractor):
    """org.span.legal_form_first and org.span.legal_prefix: "OJSC Kyrgyztelecom", "LLC Nanopektin" (4810) and
    the model's "Gazprom Neft" after "JSC" (6513) are companies with their legal form, and so is "OAO LUKOIL"
    (B1193: the Russian forms OAO, ZAO, PAO, OOO in ``patterns/legal_forms.jsonl``); a legal form right after
    a capitalised word ends that word's company ("Unicomp CJSC Armen Baldryan": a person follows)."""
    text = "The memorandum was signed by OJSC Kyrgyztelecom, LLC Nanopektin and the director of JSC Gazprom Neft."
    orgs = {m.text for m in extractor.extract(text).mentions if m.label == "ORG"}
    assert {"OJSC Kyrgyztelecom", "LLC Nanopektin", "JSC Gazprom Neft"} <= orgs
    russian = "The agreement was signed by Vagit Alekperov, President of OAO LUKOIL, in Moscow."
    roles = {(f.person, f.org) for f in extractor.extract(russian).facts if f.type == "role"}
    assert ("Vagit Alekperov", "OAO LUKOIL") in roles
    rec = extractor.extract("Director of Unicomp CJSC Armen Baldryan spoke.")
    assert "Armen Baldryan" in {m.text for m in rec.mentions if m.label == "PERSON"}
    assert not [m for m in rec.mentions if m.source == "org.span.legal_form_first"]


def test_a_legal_word_that_opens_a_name_ends_no_company(extractor):
    """patterns/legal_forms ``legal_lead``: "Public" never ends a legal form, so "Ministry of Home Affairs
    (MOHA), Public Administration Research and Training Institute" (B1144) is two organisations and the
    minister's ministry is found; a legal suffix after a comma that opens the next company's name is not the
    name before's ('"X Station", LLP "Agro Lab"', 9925); "Himile Group (Thailand) Co., Ltd." stays whole."""
    text = (
        "In Laos, the delegation visited Laos's Ministry of Home Affairs (MOHA), Public Administration Research "
        "and Training Institute (PARTI) and National Academy of Public Administration (NAPA). Lao Minister of "
        "Home Affairs Mr. Khamman Sounvileurth met with the delegation."
    )
    rec = extractor.extract(text)
    assert "Ministry of Home Affairs" in {m.text for m in rec.mentions if m.label == "ORG"}
    assert ("Khamman Sounvileurth", "Ministry of Home Affairs") in {
        (f.person, f.org) for f in rec.facts if f.type == "role"
    }
    listed = 'The partners are LLP "North Kazakhstan Agricultural Experimental Station", LLP "Agro Lab" and Himile Group (Thailand) Co., Ltd.'
    orgs = {m.text for m in extractor.extract(listed).mentions if m.label == "ORG"}
    assert {'LLP "Agro Lab"', "Himile Group (Thailand) Co., Ltd."} <= orgs


def test_one_company_with_and_without_its_legal_form_has_one_key(extractor):
    """org.key.same_company: 'OJSC "Kyrgyztelecom"', "Kyrgyztelecom JSC" and "Kyrgyztelecom" (B1122) are one
    key, as are "JSC Gazprom Neft" and "Gazprom Neft"; "Public Administration Institute" is not
    "Administration Institute LLC"."""
    from extractor.normalise.org_text import same_company

    assert len(set(same_company(['OJSC "Kyrgyztelecom"', "Kyrgyztelecom JSC", "Kyrgyztelecom"]))) == 1
    assert same_company(["Gazprom Neft", "JSC Gazprom Neft"]) == ["JSC Gazprom Neft", "JSC Gazprom Neft"]
    assert len(set(same_company(["OAO LUKOIL", "Lukoil", "PJSC LUKOIL"]))) == 1  # a legal form in capitals
    keys = ["Public Administration Institute", "Administration Institute LLC"]
    assert same_company(keys) == keys
    text = "JSC Gazprom Neft and MSU signed an agreement. Gazprom Neft will fund the laboratory."
    norms = {m.norm for m in extractor.extract(text).mentions if "Gazprom" in m.text}
    assert len(norms) == 1


def test_date_lines_with_the_year_first_and_russian_month_names_in_the_nominative(extractor):
    """date_line_any: a CMS stamp with the year first, "2023 Jun 30, 14:49," (B1175 nepalnews.com), and a
    Russian month in the nominative, "25 октябрь 2018, Четверг" (B1223 aktobemc.kz, ``patterns/month_names``),
    give the publication date; "2019. February 20." is still read year first."""
    stamp = "Nepalnews\n2023 Jun 30, 14:49,\nImage source :Google\n\nThe minister held a meeting today."
    assert extractor.extract(stamp).published == "2023-06-30"
    russian = "Memorandum of Cooperation with K-Medical Lab\n\n25 октябрь 2018, Четверг\n\nThe memorandum was signed."
    assert extractor.extract(russian).published == "2018-10-25"
    hungarian = "News\n2019. February 20., Wednesday\n\nThe minister held a meeting today."
    assert extractor.extract(hungarian).published == "2019-02-20"


def test_a_bare_date_on_the_first_line_gives_way_to_a_stamped_one(extractor):
    """published.reject.top_clock: "21 september 2020" on the page's first line is the site's clock when a
    date with its time follows in the head ("19.01.2007 11:58 msk", B1194 fergananews.com); without a stamped
    date below, the first line's date stays the publication date."""
    page = (
        "21 september 2020\n\nCentral Asia news\n\nChina will build the Zeravshan Hydroelectric Power Plant\n\n"
        "19.01.2007 11:58 msk\n\n\nBusiness China\n\nThe accord on construction of the plant was signed in "
        "Beijing on January 17."
    )
    assert extractor.extract(page).published == "2007-01-19"
    plain = "21 september 2020\n\nChina will build a power plant\n\nThe accord was signed in Beijing on January 17."
    assert extractor.extract(plain).published == "2020-09-21"
