"""Rules of the thirty-sixth session, each on text that fires it and text that holds it back."""

import pytest

from extractor.output.corpus_keys import org_group_key, org_key_map


def test_british_and_american_spellings_of_an_organisation_are_one_key():
    """output/corpus_keys.org_group_key with ``patterns/spelling_variants.jsonl``: "Centre" = "Center" (also
    plural), "Organisation" = "Organization"; the more frequent spelling is the key."""
    keys = ["Sino-Africa Joint Research Centre"] * 2 + ["Sino-Africa Joint Research Center"]
    assert org_key_map(keys)["Sino-Africa Joint Research Center"] == "Sino-Africa Joint Research Centre"
    assert org_group_key("Shanghai Cooperation Organisation") == org_group_key(
        "Shanghai Cooperation Organization"
    )
    assert org_group_key("Russian Centres of Science") == org_group_key("Russian Center of Science")


def test_other_words_keep_organisations_apart():
    """The spelling fold reads whole words: "Central" is no "Centre", "Centrum" stays itself."""
    assert org_group_key("Central University") != org_group_key("Center University")
    assert org_group_key("Centrum Research") != org_group_key("Centre Research")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "He studied at Rostov-on-Don State University of Economics.",
            "Rostov-on-Don State University of Economics",
        ),
        ("An agreement was signed between Quaid-i-Azam University and BSU.", "Quaid-i-Azam University"),
        ("They opened a state-of-the-art Innovation Center of Tomsk State University.", None),
    ],
)
def test_an_organisation_name_goes_on_over_a_hyphenated_particle(extractor, text, org):
    """find/orgs.extend_left over a name word, a short lower-case particle and two hyphens written without
    spaces ("Rostov-on-Don", "Quaid-i-Azam"); a lower-case compound before a name stays out of it."""
    orgs = [m.text for m in extractor.extract(text).mentions if m.label == "ORG"]
    if org:
        assert org in orgs
    else:
        assert not any("art" in o for o in orgs) and any(o.startswith("Innovation Center") for o in orgs)


def test_a_dash_glued_between_a_bracket_and_a_name_is_split(extractor):
    """engine/pipeline.EXTRA_INFIXES: "ADDIS ABABA (AAU)–Addis Ababa University": the bracket, the dash and the
    name are three tokens, so the name keeps its first word."""
    text = (
        "ADDIS ABABA (AAU)–Addis Ababa University (AAU) and Beijing Foreign Studies University signed an MoU."
    )
    assert [t.text for t in extractor.make_doc(text)][2:7] == ["(", "AAU", ")", "–", "Addis"]
    orgs = [m.text for m in extractor.extract(text).mentions if m.label == "ORG"]
    assert "Addis Ababa University" in orgs


@pytest.mark.parametrize(
    ("second", "fact"),
    [
        (
            "deputy dean for General Affairs Yuri Slizhov",
            ("Yuri Slizhov", "vice-dean", "Faculty of Chemistry"),
        ),
        ("vice-rector for research Yuri Slizhov", None),
    ],
)
def test_a_deputy_after_a_title_first_item_serves_its_unit(extractor, second, fact):
    """role.org.previous_title_first_item over an item "<title> of <org> <name>" with no comma: a bare deputy
    of that title takes its organisation ("acting dean of the Faculty of Chemistry A, deputy dean B"); another
    title does not (a vice-rector is no dean's deputy)."""
    text = (
        "The meetings were organized by acting dean of the Faculty of Chemistry Alexey Knyazev, "
        f"{second}, and associate professor of the Department of Inorganic Chemistry Ludmila Mishenina."
    )
    facts = [f for f in extractor.extract(text).facts if f.type == "role"]
    assert ("Alexey Knyazev", "dean", "Faculty of Chemistry") in {(f.person, f.role, f.org) for f in facts}
    inherited = {(f.person, f.role, f.org) for f in facts if f.rule == "role.org.previous_title_first_item"}
    assert inherited == ({fact} if fact else set())


@pytest.mark.parametrize(
    ("tail", "kind"),
    [
        (
            "a memorandum of understanding was exchanged between Prof Subarna Lal Bajracharya, the vice chancellor "
            "of Lumbini Buddhist University, and Liu Li.",
            "memorandum",
        ),
        ("the vice chancellors exchanged views on a memorandum of understanding.", "agreement"),
    ],
)
def test_a_document_exchanged_after_the_signing_is_the_signed_one(extractor, tail, kind):
    """agreement.merge.exchanged_document (facts/signing.exchanged): "a memorandum of understanding was
    exchanged" after the one signing was reported retells that signing and names its kind; views exchanged
    on a memorandum sign nothing."""
    text = (
        "Nepal and China sign cooperation agreement for language teaching\n\nKATHMANDU, Dec 30: Lumbini Buddhist "
        "University and Beijing Language and Culture University of China have signed a cooperation agreement in "
        f"the presence of Prime Minister KP Sharma Oli.\n\nAt a program held on Monday at the Residence, {tail}\n"
    )
    facts = [(f.kind, f.status) for f in extractor.extract(text).facts if f.type == "agreement"]
    assert facts == [(kind, "signed")]


@pytest.mark.parametrize(
    ("between", "tied"), [("of AXHU board of trustees", True), ("of AXHU visited", False)]
)
def test_a_title_reaches_its_name_over_an_unnamed_unit_of_its_organisation(extractor, between, tied):
    """role.tie.title_org_name over a lower-case unit after the title's organisation ("the chairman of AXHU
    board of trustees CHU Guoding": nouns and "of" only); a verb between ends the title's reach."""
    text = f"They were welcomed by the chairman {between} CHU Guoding, the executive vice president WANG Li."
    facts = {(f.person, f.role) for f in extractor.extract(text).facts if f.type == "role"}
    assert (("CHU Guoding", "chair") in facts) is tied


@pytest.mark.parametrize(
    ("item", "org"),
    [
        ("Hou Yuan, director of the region's education department", None),
        ("Hou Yuan, director of Tomsk State University", "Tomsk State University"),
    ],
)
def test_its_title_belongs_to_the_unit_written_last(extractor, item, org):
    """role.org.possessive: "its deputy director" after an unnamed lower-case unit ("the region's education
    department") is that unit's, no named organisation; after a named one it is that organisation's."""
    text = (
        "The meeting was attended by Ganbaatar, State Secretary of the Ministry of Education and Science of "
        f"Mongolia; {item}; and Zhang Yamin, its deputy director."
    )
    facts = {(f.person, f.role, f.org) for f in extractor.extract(text).facts if f.type == "role"}
    assert ("Zhang Yamin", "deputy director", org) in facts


@pytest.mark.parametrize(
    ("after", "both"),
    [(", Cheng Hong, lecturer, joined them.", True), (" Studies said the talks went well.", False)],
)
def test_a_title_of_two_coordinated_organisations_heads_both(extractor, after, both):
    """role.org.attached_coordinated: "Guo Xiaoli, head of the Faculty of Foreign Studies and Russian Center,":
    the title's organisation and a second one joined by "and" that ends the item both get the fact; a name
    that runs on past the second organisation ends no item."""
    text = f"The guests were Guo Xiaoli, head of the Faculty of Foreign Studies and Russian Center{after}"
    orgs = {f.org for f in extractor.extract(text).facts if f.type == "role" and f.person == "Guo Xiaoli"}
    assert ("Russian Center" in orgs) is both and "Faculty of Foreign Studies" in orgs


def test_a_coined_short_name_in_brackets_is_the_organisation(extractor):
    """find/org_names._bracketed_acronym and normalise/org_text.bracket_short_form: "Novosibirsk State
    University of Architecture and Civil Engineering (Sibstrin)" defines a short name made of the first word's
    syllables (the model reads it as a place): it and its later bare uses share the name's key; a city in
    brackets after a name stays out ("Minzu University of China (Beijing)", "Tomsk Polytechnic University
    (Tomsk)")."""
    text = (
        "A delegation visited Novosibirsk State University of Architecture and Civil Engineering (Sibstrin). "
        "Sibstrin is very interested in the cooperation. Tomsk Polytechnic University (Tomsk) and Minzu "
        "University of China (Beijing) also came."
    )
    orgs = [(m.text, m.norm) for m in extractor.extract(text).mentions if m.label == "ORG"]
    long = "Novosibirsk State University of Architecture and Civil Engineering"
    assert orgs.count(("Sibstrin", long)) == 2
    assert not {"Tomsk", "Beijing"} & {t for t, _ in orgs}


@pytest.mark.parametrize(
    ("line", "org"),
    [
        ("Source: Radio Pakistan\n", "Radio Pakistan"),
        ("Source: The Herald – Breaking news.\n", "The Herald"),
        ("Photo: VNA)\n", "VNA"),
        ("Photo: Chanat Katanyu)\n", None),
        ("The main source: of income is tuition.\n", None),
    ],
)
def test_the_name_after_a_source_label_is_an_organisation(extractor, line, org):
    """org.source_line (find/dateline_agencies.py): the name after a page's "Source:" label, or an agency's
    short name after "Photo:", is an organisation; a photographer's name, or "source" inside a sentence, is
    not."""
    text = "Tomsk State University signed an agreement with Lanzhou University.\n" + line
    found = [
        m.text for m in extractor.extract(text).mentions if m.label == "ORG" and m.source == "org.source_line"
    ]
    assert found == ([org] if org else [])


@pytest.mark.parametrize(("name", "person"), [("HUAI Jinping", "HUAI Jinping"), ("HSE Rector", None)])
def test_a_chinese_family_name_in_capitals_after_a_portfolio_is_a_name(extractor, name, person):
    """role.span.name_after_field: after a portfolio's field word, a Chinese family name written in capitals
    and a capitalised given name ("Minister of Education HUAI Jinping") are the holder's name; other capitals
    stay an acronym ("HSE Rector")."""
    text = f"The agreement was signed in the presence of Chinese Minister of Education {name} and others."
    people = [m.text for m in extractor.extract(text).mentions if m.label == "PERSON"]
    assert people == ([person] if person else [])


@pytest.mark.parametrize(
    ("first", "again"),
    [("President Fedoruk of Novosibirsk State University", True), ("Fedoruk Street in Novosibirsk", False)],
)
def test_a_lone_name_a_title_stood_beside_is_found_again(extractor, first, again):
    """find/surnames.repeated_surnames over a one-word name a title stands beside ("President Fedoruk ...
    Fedoruk sent his greetings"); a capitalised word never named as a person is not."""
    text = f"{first} welcomed the guests. On behalf of the university, Fedoruk sent his greetings."
    people = [m.text for m in extractor.extract(text).mentions if m.label == "PERSON"]
    assert (people.count("Fedoruk") == 2) is again


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "They visited automobile manufacturer Great Wall Motors, which owns the Haval brand.",
            "Great Wall Motors",
        ),
        ("The pharmaceutical company Promomed will build a plant.", "Promomed"),
        ("The company CEO John Smith said so.", None),
    ],
)
def test_a_name_right_after_a_company_noun_is_an_organisation(extractor, text, org):
    """org.described without a comma: "<modifier> <company noun> <Name>" ("automobile manufacturer Great Wall
    Motors, which ..."), the name ended by a comma, a stop or a lower-case word; a title after the noun opens a
    person's name ("The company CEO John Smith")."""
    found = [m.text for m in extractor.extract(text).mentions if m.label == "ORG" and m.source == "described"]
    assert found == ([org] if org else [])


@pytest.mark.parametrize(
    ("parent", "joined"),
    [
        (
            "the Institute of Russia, Eastern Europe and Central Asia of the Chinese Academy of Social Sciences",
            True,
        ),
        ("Tomsk State University", False),
    ],
)
def test_a_unit_and_its_parent_joined_by_of_are_one_mention(extractor, parent, joined):
    """org.span.unit_of_parent (find/unit_chains.py): "Political Studies Division of the Institute of Russia,
    Eastern Europe and Central Asia of the Chinese Academy of Social Sciences" is one mention though the
    finders stop at the parent's comma; "... Division and Tomsk State University" stays two."""
    glue = "of" if joined else "and"
    text = f"The delegation was led by a researcher of the Political Studies Division {glue} {parent}."
    orgs = [m.text for m in extractor.extract(text).mentions if m.label == "ORG"]
    assert (len(orgs) == 1 and orgs[0].startswith("Political Studies Division of the Institute")) is joined


def test_two_short_forms_in_brackets_keep_the_name_they_shorten(extractor):
    """normalise/orgs._link_brackets: "NSUACE (Sibstrin)" after the full name are two short forms of it, each
    keyed to the name, not to each other."""
    long = "Novosibirsk State University of Architecture and Civil Engineering"
    text = (
        f"A delegation visited {long} (Sibstrin). The agreement was signed by Rector NSUACE (Sibstrin) "
        "Professor Yu.L. Skolubovich. Sibstrin is very interested in the cooperation."
    )
    keys = {m.text: m.norm for m in extractor.extract(text).mentions if m.label == "ORG"}
    assert keys.get("NSUACE") == keys.get("Sibstrin") == long


@pytest.mark.parametrize(
    ("second", "one_key"),
    [
        ("the National Academy of Sciences of Belarus", True),
        ("the National Academy of Sciences of Armenia", False),
    ],
)
def test_an_organisation_with_its_country_first_and_last_is_one_key(extractor, second, one_key):
    """org.key.country_form (normalise/org_countries.py): "Belarusian National Academy of Sciences" and "the
    National Academy of Sciences of Belarus" in one release are one key; another country's academy is not."""
    text = (
        "A delegation of the Belarusian National Academy of Sciences visited Beijing. "
        f"The president of {second} signed an agreement with Tsinghua University."
    )
    keys = {m.norm for m in extractor.extract(text).mentions if m.label == "ORG" and "Academy" in m.text}
    assert (len(keys) == 1) is one_key


def test_corpus_keys_read_a_country_first_or_after_of_as_one():
    """output/corpus_keys.org_group_key with normalise/org_countries.country_form: across documents, "Uzbek
    Ministry of Agriculture" and "Ministry of Agriculture of the Republic of Uzbekistan" are one group; another
    country's ministry is not."""
    assert org_group_key("Uzbek Ministry of Agriculture") == org_group_key(
        "Ministry of Agriculture of the Republic of Uzbekistan"
    )
    assert org_group_key("Uzbek Ministry of Agriculture") != org_group_key(
        "Ministry of Agriculture of Kazakhstan"
    )
