"""Rules of the fifty-fourth session, each on text that fires it and text that holds it back."""


def _roles(extractor, text: str) -> set[tuple[str, str, str | None]]:
    return {(f.person, f.role, f.org) for f in extractor.extract(text).facts if f.type == "role"}


def _tie_rules(extractor, text: str) -> dict[str, str]:
    return {f.person: f.tie_rule for f in extractor.extract(text).facts if f.type == "role"}


_SALUTATION = (
    "Assalamualaikum Warahmatullahi Wabarakatuh\n"
    "Mr. Bakhrom Mamadiev\n"
    "Deputy Rector (International Cooperation), International Islamic Academy of Uzbekistan (IIAU)\n"
    "Mr. Shiraz Abdullaev\n"
    "First Secretary of the Embassy of the Republic of Uzbekistan to Malaysia\n"
    "1. It gives me great pleasure to welcome you to this historic event.\n"
)


def test_a_name_line_owns_the_title_line_below_it(extractor):
    """role.tie.name_line: the guests of a speech (B2541 ikim.gov.my), each name on a line of its own and its
    title on the next line."""
    ties = _tie_rules(extractor, _SALUTATION)
    assert ties == {"Bakhrom Mamadiev": "role.tie.name_line", "Shiraz Abdullaev": "role.tie.name_line"}
    assert ("Bakhrom Mamadiev", "vice-rector", "International Islamic Academy of Uzbekistan") in _roles(
        extractor, _SALUTATION
    )


def test_titles_printed_above_their_names_are_not_the_names_above(extractor):
    """A block that opens with a title prints each title above its name: "Vice-Rector" is not Ivan Petrov's;
    a title line that names its own person ("Vice President of Shandong University, Zi-Jiang Chen, led ...",
    below a photo credit, B2124 uib.no) is that person's."""
    block = "The board.\nRector\nIvan Petrov\nVice-Rector\nAnna Smirnova\n"
    assert not any(rule == "role.tie.name_line" for rule in _tie_rules(extractor, block).values())
    credit = (
        "Chinese delegation at UiB\nTorstein Ravnskog\n\n"
        "Vice President of Shandong University, Zi-Jiang Chen, led the delegation who visited Bergen.\n"
    )
    roles = _roles(extractor, credit)
    assert ("Zi-Jiang Chen", "vice-president", "Shandong University") in roles
    assert not any(person == "Torstein Ravnskog" for person, _, _ in roles)


def test_a_title_with_a_comma_in_its_organisation_names_the_person_after_the_honorific(extractor):
    """role.tie.title_org_honorific_name reads past the commas of an organisation's name ("Ministry of Science,
    Culture and Tourism", B2632 agmk.uz): the head is Ms. Andrea Bulang, not the rector named before."""
    text = (
        "The rector of the Freiberg Mining Academy Professor Klaus-Dieter Barbknecht, Head of the Department "
        "of Companies and Communications of the Ministry of Science, Culture and Tourism of the Republic of "
        "Saxony Ms. Andrea Bulang, and others took part in the talks."
    )
    heads = {person for person, role, _ in _roles(extractor, text) if role == "head"}
    assert heads == {"Andrea Bulang"}


def _agreements(extractor, text: str) -> list[list[str]]:
    return [f.parties for f in extractor.extract(text).facts if f.type == "agreement"]


def test_a_ministry_with_its_portfolio_in_lower_case_is_one_organisation(extractor):
    """org.span.lower_portfolio: translated releases write a ministry's portfolio in lower case (B2651
    soliq.gov.uz, 9988 law.by): the name runs over it and the country after it, and the ministry signs."""
    text = (
        "The meeting culminated in the signing of a Memorandum of Understanding between the Ministry of "
        "ecology, environmental protection and climate change of the Republic of Uzbekistan and the Xinjiang "
        "Institute of Ecology and Geography."
    )
    ministry = (
        "Ministry of ecology, environmental protection and climate change of the Republic of Uzbekistan"
    )
    assert ministry in _orgs(extractor, text)
    assert [sorted(p) for p in _agreements(extractor, text)] == [
        sorted([ministry, "Xinjiang Institute of Ecology and Geography"])
    ]


def test_a_lower_case_portfolio_leaves_out_the_people_after_it(extractor):
    """The run ends at its last field or singular noun: "officials" are no part of the ministry; a body
    followed by words that hold no field ("the Committee of the University") is left to the other rules."""
    orgs = _orgs(extractor, "The Ministry of education officials visited the campus in May.")
    assert "Ministry of education" in orgs
    assert not any("officials" in o for o in orgs)


def _orgs(extractor, text: str) -> list[str]:
    return [m.text for m in extractor.extract(text).mentions if m.label == "ORG"]


def test_three_subjects_that_signed_counted_documents_are_its_parties(extractor):
    """agreement.parties.signed_plural: "A, B, and C signed two MoUs" (B2348 iacn.is) is one signing of the
    three; organisations outside the signing's subject ("A visited B and C, where ...") make no such list."""
    text = (
        "On April 22, 2021, the Icelandic Arctic Cooperation Network (IACN), the Russian State "
        "Hydrometeorological University (RSHU), and the ARCTICenter (Northern Iowa University) signed two "
        "MoUs on Scientific cooperation on Arctic Issues."
    )
    parties = [sorted(p) for p in _agreements(extractor, text)]
    assert parties == [
        [
            "Icelandic Arctic Cooperation Network",
            "Northern Iowa University",
            "Russian State Hydrometeorological University",
        ]
    ]
    text = (
        "Rector Ivan Petrov of Tomsk State University visited Kazan Federal University and Ural Federal "
        "University last week, where the delegation signed two agreements."
    )
    assert not any(len(p) > 2 for p in _agreements(extractor, text))


def test_a_name_cut_short_grows_to_the_full_name_written_below(extractor):
    """org.span.written_in_full_after: the headline's model name stopped at "Affair", the body writes
    "Yemen International Affair's Center" (B1398 valdaiclub.com): one organisation, one agreement."""
    text = (
        "Valdai Discussion Club and Yemen International Affair's Center Sign a Cooperation Agreement\n\n"
        "On December 19, 2019, the Valdai Discussion Club and the Yemen International Affair's Center signed a "
        "cooperation agreement."
    )
    assert _orgs(extractor, text).count("Yemen International Affair's Center") == 2
    facts = [f for f in extractor.extract(text).facts if f.type == "agreement"]
    assert [(sorted(f.parties), f.date) for f in facts] == [
        (["Valdai Discussion Club", "Yemen International Affair's Center"], "2019-12-19")
    ]


def test_a_body_under_the_office_it_is_attached_to_is_one_organisation(extractor):
    """org.span.unit_under_parent: "Foreign Policy Research Institute under the Ministry of Foreign Affairs of
    the Republic of Kazakhstan" (B1562 asaninst.org) is one mention, as a unit "of" its parent is; "under"
    before a word that is no organisation ("under the leadership of") joins nothing."""
    text = (
        "The Foreign Policy Research Institute under the Ministry of Foreign Affairs of the Republic of "
        "Kazakhstan signed a memorandum with the Asan Institute for Policy Studies."
    )
    assert (
        "Foreign Policy Research Institute under the Ministry of Foreign Affairs of the Republic of Kazakhstan"
        in (_orgs(extractor, text))
    )
    text = "The Institute of Physics under the leadership of Professor Ivan Petrov opened a laboratory."
    assert "Institute of Physics" in _orgs(extractor, text)


def test_the_parent_a_party_is_a_division_of_signs_nothing(extractor):
    """agreement.party.not_membership over "division" (``patterns/relation_nouns.jsonl``): "ROSOBORONEXPORT
    JSC (a division of Rostec State Corporation)" (B2752 iadb.in) describes the party; Rostec is no party."""
    text = (
        "A cooperation agreement was signed between ROSOBORONEXPORT JSC (a division of Rostec State "
        "Corporation) and the Moscow State Institute of International Relations (MGIMO)."
    )
    parties = _agreements(extractor, text)
    assert len(parties) == 1 and len(parties[0]) == 2
    assert not any("Rostec" in p for p in parties[0])


def test_a_body_named_without_its_office_keeps_the_key_of_its_full_name(extractor):
    """org.key short forms read a name's own part before "under ...": the bare "Academy of Public
    Administration" later in the release takes the key of "Academy of Public Administration under the
    President of the Republic of Kazakhstan"."""
    text = (
        "The Academy of Public Administration under the President of the Republic of Kazakhstan hosted the "
        "forum. Students of the Academy of Public Administration presented their projects."
    )
    keys = {m.norm for m in extractor.extract(text).mentions if m.label == "ORG"}
    assert keys == {"Academy of Public Administration under the President of the Republic of Kazakhstan"}
