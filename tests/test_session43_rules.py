"""Rules of the forty-third session, each on text that fires it and text that holds it back."""

from .test_session39_rules import _roles

JOSPONG = (  # 9431 (mypublisher24), as published, shortened
    "The Agreement was signed in Accra in the presence of the Speaker of Parliament, Alban Sumana Kingsford "
    "Bagbin, as well as Dr Yaw Osei Adutwum, Minister for Education."
)
UFV = (  # 1907 (ufv.br), as published, shortened
    "The memorandum was signed by the Rector, Demetrius David da Silva, and the University’s Dean of Research "
    "and Graduate Studies, Raul Narciso Carvalho Guedes."
)


def test_two_names_with_one_space_between_are_one_name(extractor):
    """person.span.adjacent_names: the model cuts a long name in two ("Alban Sumana" + "Kingsford Bagbin");
    two names with nothing but a space between them are one, while a comma or "and" keeps names apart."""
    people = {m.text for m in extractor.extract(JOSPONG).mentions if m.label == "PERSON"}
    assert "Alban Sumana Kingsford Bagbin" in people and "Yaw Osei Adutwum" in people
    roles = _roles(extractor, UFV)
    assert any(p == "Raul Narciso Carvalho Guedes" and r == "dean" for p, r, _o in roles)
    listed = "The guests were Ivan Petrov, Anna Smirnova and Li Wei."
    assert {m.text for m in extractor.extract(listed).mentions if m.label == "PERSON"} == {
        "Ivan Petrov",
        "Anna Smirnova",
        "Li Wei",
    }


def test_training_is_a_portfolio_field(extractor):
    """patterns/portfolio_words "training": "Deputy Minister of Education and Training Hoang Minh Son" (2808,
    sggp.org.vn) is a minister's title and a name, not the person "Training Hoang Minh Son"."""
    text = "Vietnamese Deputy Minister of Education and Training Hoang Minh Son spoke at the forum."
    assert ("Hoang Minh Son", "deputy minister", None) in _roles(extractor, text)


KARELIA = (  # 9682 (krc.karelia.ru), as published, shortened
    "Two major documents were signed: Action plan for developing Karelia-Belarus cooperation 2026 – 2028, and a "
    "Cooperation Agreement between the Karelian Research Centre and Polotsk State University."
)


def test_a_hyphened_pair_of_places_is_no_organisation(extractor):
    """org.reject.hyphen_pair: "Karelia-Belarus cooperation", "Cholpon-Ata" (121, the bundled corpus): two
    capitalised words joined by a hyphen, no head noun, are places or a pair of them, not a party; a name with a
    head noun keeps its hyphen ("Kazakh-British Technical University")."""
    rec = extractor.extract(KARELIA)
    assert "Karelia-Belarus" not in {m.text for m in rec.mentions if m.label == "ORG"}
    assert any(d.text == "Karelia-Belarus" and d.rule == "org.reject.hyphen_pair" for d in rec.discarded)
    parties = [f.parties for f in rec.facts if f.type == "agreement"]
    assert parties and all("Karelia-Belarus" not in p for p in parties)
    kbtu = "Kazakh-British Technical University signed an agreement with Polotsk State University."
    assert "Kazakh-British Technical University" in {m.text for m in extractor.extract(kbtu).mentions}


def test_malaysian_forms_of_address_are_honorifics(extractor):
    """patterns/honorifics.jsonl: "YAB", "YB", "YBhg", "YBrs", "YTM" are Malaysian forms of address written
    between a title and a name ("Prime Minister YAB Dato' Seri Anwar Ibrahim", 9752, zte.com.cn), not a
    person."""
    text = "The launch was officiated by Prime Minister YAB Dato' Seri Anwar Ibrahim at the Cyberjaya campus."
    assert _roles(extractor, text) == {("Anwar Ibrahim", "minister", None)}


KOLKATA = (  # 9883 (kolkata.china-consulate.org), as published, shortened
    "Home > News from Consulate General\n\nOn June 1st, Consul General Zha Liyou met the teachers and students "
    "of the Chinese Department of Jharkhand Central University. The teachers and students of the delegation "
    "thanked the Consulate General for the thoughtful arrangements."
)


def test_consulate_general_alone_is_no_name(extractor):
    """find/org_candidates.head_candidates: "the Consulate General" with no sending state or place is a head
    noun, like "the Consulate", not an organisation; "Consulate General of the Russian Federation in Shanghai"
    is one."""
    orgs = {m.text for m in extractor.extract(KOLKATA).mentions if m.label == "ORG"}
    assert "Consulate General" not in orgs
    named = "The Consulate General of the Russian Federation in Shanghai hosted the signing."
    assert "Consulate General of the Russian Federation in Shanghai" in {
        m.text for m in extractor.extract(named).mentions if m.label == "ORG"
    }


TVR = (  # 9863 (tvr.by), as published, shortened
    "Belteleradiocompany signs agreement on cooperation with the Central Television of China\n\n\n"
    "Press Release    The ceremony of signing the agreement on cooperation between the National State TV and "
    "Radio Company of Belarus and the Central Television of China. At the ceremony Belteleradiocompany was "
    "represented by the Chairman Gennadi Davydko and the Chinese Party was represented by the Vice President of "
    "the Central Television of China (CCTV) Luo Ming."
)
KUMAMOTO = (  # 9747 (kumamoto-u.ac.jp), as published, shortened
    "On October 29, 2015, Kumamoto University concluded an academic exchange agreement with Anhui University "
    "(China). President Cheng Hua and three other delegates from Anhui University attended the ceremony.\n\n"
    "At Signing Ceremony President Cheng and President Harada\n\nAt Signing Ceremony Parties from both "
    "universities"
)


def test_page_labels_and_ceremonies_are_no_organisations(extractor):
    """patterns/not_org_heads.jsonl "release", "ceremony": a page's label for the item ("Press Release") and an
    event ("Signing Ceremony") are no organisations, so no agreement takes them as a party."""
    for text, word in ((TVR, "Press Release"), (KUMAMOTO, "Signing Ceremony")):
        rec = extractor.extract(text)
        assert word not in {m.text for m in rec.mentions if m.label == "ORG"}
        assert all(word not in f.parties for f in rec.facts if f.type == "agreement")
