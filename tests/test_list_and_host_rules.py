"""Rules added in the seventh session, each fired on a hand-written release and held back on another."""

from __future__ import annotations

import pytest

from extractor.models import AgreementFact, RoleFact


def _roles(rec) -> dict[tuple, str | None]:
    return {(f.person, f.role, f.org): f.tie_rule for f in rec.facts if isinstance(f, RoleFact)}


def _orgs(rec) -> dict[tuple, str | None]:
    return {(f.person, f.role): f.org for f in rec.facts if isinstance(f, RoleFact)}


def test_a_list_that_opens_with_a_title_runs_title_first(extractor):
    """role.tie.title_first_chain: "..., witnessed by Minister of X, A, Minister Counsellor of Y, B, and
    Director of Z, C": each title names the person after it."""
    text = (
        "Rector Ivan Petrov of Tomsk State University signed the memorandum, witnessed by Deputy Minister of "
        "Science and Higher Education of Russia, Anna Smirnova, Minister Counsellor of the Chinese Embassy in "
        "Moscow, Lu Chunsheng, and Director of the International Office of Lanzhou University, Huang Nianping."
    )
    roles = _roles(extractor.extract(text))
    assert roles[("Huang Nianping", "director", "International Office of Lanzhou University")] == (
        "role.tie.title_first_chain"
    )
    assert ("Lu Chunsheng", "director") not in {(p, r) for p, r, _ in roles}


def test_a_list_that_opens_with_a_name_runs_name_first(extractor):
    """A list that opens with a name ("A, Rector of X, B, Dean of Y") keeps each title with the name before."""
    text = (
        "The guests were Ivan Petrov, Rector of Tomsk State University, Anna Smirnova, Dean of the Faculty of "
        "Economics, and Wang Lei, Director of the International Office."
    )
    people = {(p, r) for p, r, _ in _roles(extractor.extract(text))}
    assert {("Ivan Petrov", "rector"), ("Anna Smirnova", "dean"), ("Wang Lei", "director")} <= people


def test_names_with_honorifics_paired_respectively(extractor):
    """role.tie.respectively across honorifics and ", and": "Prof. A, and Prof. B, President and Vice
    President of X"."""
    text = (
        "The delegation met with Prof. Abdygany Erkebaev, and Prof. Altai Borbaev, President and Vice President "
        "of the National Academy of Sciences of the Kyrgyz Republic."
    )
    roles = {(p, r) for p, r, _ in _roles(extractor.extract(text))}
    assert {("Abdygany Erkebaev", "president"), ("Altai Borbaev", "vice-president")} <= roles
    assert ("Altai Borbaev", "president") not in roles


@pytest.mark.parametrize(
    ("ministries", "org"),
    [
        (
            "The Ministry of Science and Higher Education of Kazakhstan",
            "Ministry of Science and Higher Education",
        ),
        (
            "The Ministry of Science and Higher Education of Kazakhstan and the Ministry of Education of China",
            None,
        ),
    ],
    ids=["one-ministry", "two-ministries"],
)
def test_a_bare_minister_holds_office_at_the_one_ministry_named(extractor, ministries, org):
    """role.org.ministry_portfolio for a bare "Minister X": the one ministry the document names, else none."""
    text = f"{ministries} signed a memorandum with Huawei. The delegation was led by Minister Sayasat Nurbek."
    found = _orgs(extractor.extract(text)).get(("Sayasat Nurbek", "minister"), "missing")
    assert (found if found is None else found.split(" of the Republic")[0]) == org


def test_a_headline_verb_ends_a_name_the_head_noun_built(extractor):
    """A title-case headline verb ends an organisation name built around its head noun; a generic word
    before the head keeps the country in the name ("National University of Mongolia")."""
    rec = extractor.extract(
        "Khovd Branch School of National University of Mongolia Visited QUT\n\nOn August 10 the guests arrived."
    )
    orgs = [m.text for m in rec.mentions if m.label == "ORG"]
    assert "Khovd Branch School of National University of Mongolia" in orgs
    assert not any("Visited" in o for o in orgs)


@pytest.mark.parametrize(
    ("second", "org"),
    [
        (
            "President Tan Xiusen and Vice President Zhang Kai met with guests.",
            "Qingdao University of Technology",
        ),
        ("President Tan Xiusen and Vice President Zhang Kai discussed the programme.", None),
    ],
    ids=["hosts", "no-host-cue"],
)
def test_the_hosts_of_guests_hold_their_titles_at_the_visited_organisation(extractor, second, org):
    """role.org.host_of_guests: people who meet the guests belong to the organisation that was visited."""
    text = (
        "Tomsk State University News\n\nOn August 10, the rector of Tomsk State University Ivan Petrov and his "
        f"delegation visited Qingdao University of Technology. {second}"
    )
    rec = extractor.extract(text)
    got = {f.org: f.rule for f in rec.facts if isinstance(f, RoleFact) and f.person == "Tan Xiusen"}
    if org is None:
        assert "role.org.host_of_guests" not in got.values()
    else:
        assert got.get(org) == "role.org.host_of_guests", got


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Belarusian State Agricultural Academy hosted guests from China. The guests were accompanied by the "
            "translator Lew Yuwei.",
            ("Lew Yuwei", "other", None),
        ),
        (
            "Lanzhou University hosted a forum. It was attended by PhD candidate Sun Jun from Lanzhou University.",
            ("Sun Jun", "other", "Lanzhou University"),
        ),
    ],
    ids=["unattached", "from-org"],
)
def test_a_title_outside_an_institutions_ranks_names_no_organisation_unless_written(extractor, text, fact):
    """Rule ``role.org.other_unattached``: a translator, student or cosmonaut holds the title at no
    organisation unless one is written beside the title (never the release's own by default)."""
    assert fact in {
        (f.person, f.role, f.org) for f in extractor.extract(text).facts if isinstance(f, RoleFact)
    }


def test_a_topic_tag_and_a_framework_are_no_parties(extractor):
    """Rules ``agreement.party.not_framework`` and ``home.reject.tag`` for parties: "SCO: MEMORANDUM WITH X",
    "As part of SCO cooperation, ..." name the setting, not a party of "the parties agreed to prepare a
    memorandum"."""
    text = (
        "SCO: MEMORANDUM WITH ILI PEDAGOGICAL UNIVERSITY\n\nAs part of SCO cooperation, an online meeting was "
        "held between Sarsen Amanzholov East Kazakhstan University and Ili Pedagogical University. The main topic "
        "was the partnership between the two universities.\n\nThe talks covered mobility.\n\nThe parties also "
        "agreed to prepare a memorandum."
    )
    parties = [sorted(f.parties) for f in extractor.extract(text).facts if isinstance(f, AgreementFact)]
    assert parties and all("Shanghai Cooperation Organisation" not in p for p in parties), parties


@pytest.mark.parametrize(
    ("tail", "org"),
    [
        (
            " under the President of Kazakhstan",
            "Academy of Public Administration under the President of Kazakhstan",
        ),
        (" in Astana", "Academy of Public Administration"),
    ],
)
def test_the_state_office_a_body_is_under_is_part_of_its_name(extractor, tail, org):
    """Rule ``org.span.under_office``: "under the President of Kazakhstan" belongs to the name, and its
    "President" is no title of the person named after it."""
    rec = extractor.extract(f"He met the Rector of the Academy of Public Administration{tail}, Yerlan Abil.")
    assert {(f.person, f.role, f.org) for f in rec.facts if isinstance(f, RoleFact)} == {
        ("Yerlan Abil", "rector", org)
    }


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "The forum was opened by the Chairman of the Association of Universities of Kyrgyzstan, Rector of "
            "Bishkek State University Abdyldy Musaev.",
            "Abdyldy Musaev",
        ),
        (
            "The MoU was signed by Professor Christopher Gerry, Rector of UCA, and Professor Yermek Buribaev, "
            "Rector of Satbayev University.",
            "Christopher Gerry",
        ),
    ],
    ids=["stacked", "academic-rank-opens-the-next-item"],
)
def test_titles_stacked_before_one_name_all_name_it(extractor, text, holder):
    """Rule ``role.tie.stacked_titles``: "Chairman of A, Rector of B Name": both titles are Name's; an academic
    rank before the next name opens the next item ("X, Rector of A, and Professor Y")."""
    facts = {(f.person, f.role) for f in extractor.extract(text).facts if isinstance(f, RoleFact)}
    first = "chair" if holder == "Abdyldy Musaev" else "rector"
    assert (holder, first) in facts, facts


def test_a_group_label_after_the_names_gives_their_organisation(extractor):
    """Rule ``role.org.group_label``: "President A, Dean B, representatives from X, President C, Dean D,
    representatives from Y": each titled name takes the label that closes its group."""
    text = (
        "Tomsk State University News\n\nOn December 6 the council met. Participants included President Ivan "
        "Petrov, Dean Anna Smirnova, representatives from Gomel State University, President Fu Mengyin, Dean "
        "Wang Lei, representatives from Nanjing University of Science and Technology."
    )
    facts = {(f.person, f.org) for f in extractor.extract(text).facts if isinstance(f, RoleFact)}
    assert ("Anna Smirnova", "Francisk Skorina Gomel State University") in facts, facts
    assert ("Wang Lei", "Nanjing University of Science and Technology") in facts, facts


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        ("At the forum organized by Jeonbuk International Cooperation Agency, our university signed", False),
        ("At the forum, our university signed", True),
    ],
    ids=["organiser", "partner"],
)
def test_the_organiser_of_the_event_is_no_party(extractor, sentence, party):
    """Rule ``agreement.party.not_organiser``: "at the forum organized by X, where our university signed a
    memorandum with Y": X organised the event; it did not sign."""
    partner = "Jeonbuk National University" if not party else "Jeonbuk International Cooperation Agency"
    text = f"Kazakh Ablai Khan University news\n\n{sentence} a Memorandum of cooperation with {partner}."
    parties = {p for f in extractor.extract(text).facts if isinstance(f, AgreementFact) for p in f.parties}
    assert any("Jeonbuk International" in p for p in parties) is party, parties


def test_an_acronym_without_the_honorees_name_is_the_named_university(extractor):
    """``_abbreviates``: "TSUULL" stands for "Alisher Navo'i Tashkent State University of the Uzbek Language
    and Literature" (the honoree's name in front left out of the acronym)."""
    rec = extractor.extract(
        "A number of institutions in Turkey have established cooperation with TSUULL\n\nTSUULL staff is on a "
        "business trip. Alisher Navo’i Tashkent State University of the Uzbek Language and Literature signed an "
        "agreement with Karabuk University."
    )
    keys = {m.text: m.norm for m in rec.mentions if m.label == "ORG"}
    assert (
        keys["TSUULL"]
        == keys["Alisher Navo’i Tashkent State University of the Uzbek Language and Literature"]
    )


def test_an_organisation_modifying_the_subject_is_the_releases_own(extractor):
    """``home_org``: "Curtin University Malaysia delegation arrived ...": the organisation in front of the
    subject acts, so it is the release's own, though another is named more often."""
    from extractor.facts.home import home_org

    doc = extractor.nlp(
        "Visit of a delegation to Kazakhstan\n\nThe Curtin University Malaysia delegation arrived in Astana. "
        "Talks were held at the Ministry of Education of Kazakhstan and a dinner at the Ministry of Education "
        "of Kazakhstan."
    )
    assert home_org(doc) == "Curtin University"


def test_a_title_first_list_with_bare_titles_and_honorifics(extractor):
    """role.tie.title_first_chain over items "Title, Prof. Dr. Name" and "Title Dr. Name": "the President of
    ADA University, Prof. Dr. A, Vice-President Dr. B" gives B the vice-presidency, not A."""
    text = (
        "The delegation was welcomed by the President of ADA University, Prof. Dr. Hafiz Pashayev, "
        "Vice-President Dr. Fariz Ismailzade, and other officials."
    )
    facts = {(f.person, f.role) for f in extractor.extract(text).facts if isinstance(f, RoleFact)}
    assert ("Fariz Ismailzade", "vice-president") in facts, facts
    assert ("Hafiz Pashayev", "vice-president") not in facts, facts


def test_a_title_whose_organisation_runs_on_in_capitals_before_the_comma(extractor):
    """role.tie.title_org_name when the organisation's name runs on in capitalised words the finder left out
    ("the head of the Organization for the Development of International Cooperation in Science and Technology,
    Mehdi Safarinia")."""
    text = (
        "On May 2, the head of the International Cooperation Organization in Science and Technology, Mehdi "
        "Safarinia, met the delegation."
    )
    assert "Mehdi Safarinia" in {f.person for f in extractor.extract(text).facts if isinstance(f, RoleFact)}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "At Tianjin University (a leading university in the field of Chemical Technologies) talks were held.",
            "Chemical Technologies",
        ),
        (
            'A Memorandum on training masters in "Chemical Engineering" is being prepared.',
            "Chemical Engineering",
        ),
    ],
)
def test_a_field_of_study_is_no_organisation(extractor, text, absent):
    """Rule ``org.reject.field_of_study``: a discipline in quotes or after "field of" names no organisation."""
    rec = extractor.extract(text)
    assert absent not in {m.text for m in rec.mentions if m.label == "ORG"}


def test_a_university_named_after_its_field_has_no_parent_in_it(extractor):
    """``parent_keys``: "Beijing University of Chemical Technology" is no unit of a "Chemical Technology"
    mention; the signatories' universities are the parties."""
    text = (
        'Masters in "Chemical Technology" study at BUCT.\n\nRector Yury Kazakov of Kazan National Research '
        "Technological University and the President of Beijing University of Chemical Technology Tan Tianwei "
        "signed a Memorandum of cooperation."
    )
    parties = [sorted(f.parties) for f in extractor.extract(text).facts if isinstance(f, AgreementFact)]
    assert parties and all("Chemical Technology" not in p for p in parties), parties


def test_partners_listed_in_particular_after_the_release_organisation(extractor):
    """``agreement.parties.with_partners``: "were signed with TSUOS and several universities of Russia, in
    particular, A, B, C": one document with all of them (the release's own organisation listed first)."""
    text = (
        "Tashkent State University of Oriental Studies hosted a forum.\n\nA contract was signed with Tashkent "
        "State University of Oriental Studies and several universities of Russia, in particular, Moscow State "
        "Institute of International Relations, Higher School of Economics, St. Petersburg State University."
    )
    parties = [sorted(f.parties) for f in extractor.extract(text).facts if isinstance(f, AgreementFact)]
    assert any(len(p) == 4 for p in parties), parties


def test_the_organisation_a_person_signs_on_behalf_of_is_the_party(extractor):
    """``_subject`` / ``topic_orgs``: "signed a few agreements on behalf of SISU with X": SISU signs (not a
    topic "on ..." of the agreements)."""
    text = (
        "Nizhny Novgorod Linguistic University welcomed guests.\n\nPresident Zheng also signed an agreement on "
        "behalf of SISU with the Language and Culture Institute of Moscow State University."
    )
    parties = [set(f.parties) for f in extractor.extract(text).facts if isinstance(f, AgreementFact)]
    assert any(any("Nizhny" in p for p in ps) for ps in parties) is False, parties
    assert parties, parties


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Korea Institute of Science and Technology Information news\n\nOn June 19, President Park Geun-Hye and "
            "her Kazakhstan counterpart President Nursultan Nazarbayev had a summit meeting in Astana.",
            "Nursultan Nazarbayev",
        ),
        (
            "Xi'an Shiyou University news\n\nThe documents were signed during the negotiations between the "
            "Chairman of the People's Republic of China Xi Jinping and the guests.",
            "Xi Jinping",
        ),
    ],
    ids=["summit", "formal-state-name"],
)
def test_a_head_of_state_holds_office_at_no_organisation(extractor, text, person):
    """Rules ``role.org.state_event`` (a president at a summit or state visit) and ``role.org.of_country``
    over a state's formal name ("Chairman of the People's Republic of China Xi Jinping")."""
    orgs = {f.org for f in extractor.extract(text).facts if isinstance(f, RoleFact) and f.person == person}
    assert orgs == {None}, orgs


def test_a_list_of_three_documents_is_not_one(extractor):
    """``agreement.split.coordinated`` over a comma list ("a contract, a plan of measures and an agreement"):
    the contract and the agreement stay two documents; "plan of measures" is a roadmap mention."""
    rec = extractor.extract(
        "Tashkent State University of Oriental Studies news.\n\nAt the forum, a contract, a plan of measures and "
        "an agreement document were signed with Tashkent State University of Oriental Studies and Moscow State "
        "Institute of International Relations."
    )
    assert {"contract", "agreement"} <= {f.kind for f in rec.facts if isinstance(f, AgreementFact)}
    assert "roadmap" in {m.norm for m in rec.mentions if m.label == "AGREEMENT"}


@pytest.mark.parametrize(("before", "rejected"), [("BSTU named after", True), ("the guest", False)])
def test_a_name_after_named_after_belongs_to_the_organisation(extractor, before, rejected):
    """Rule ``person.reject.named_after``: "BSTU named after V.G. Shukhov": the name is part of the
    organisation's name, not a person of the release."""
    rec = extractor.extract(f"The delegation visited {before} V.G. Shukhov in May.")
    people = {m.text for m in rec.mentions if m.label == "PERSON"}
    assert ("V.G. Shukhov" in people) is not rejected, people


@pytest.mark.parametrize(("name", "person"), [("Dabhurbayar", True), ("and", False)])
def test_a_one_word_name_in_a_name_first_list(extractor, name, person):
    """``rule_apposition`` for one capitalised word between the comma closing the item before and ", Title"
    ("Wu Limin, president of IMU, Dabhurbayar, vice president of IMU, Ren Ligang, dean of ...")."""
    text = (
        f"The attendees included Wu Limin, president of IMU, {name}, vice president of IMU, Ren Ligang, dean of "
        "the International College of IMU."
    )
    facts = {(f.person, f.role) for f in extractor.extract(text).facts if isinstance(f, RoleFact)}
    assert (("Dabhurbayar", "vice-president") in facts) is person, facts
    assert ("Ren Ligang", "vice-president") not in facts or not person, facts


@pytest.mark.parametrize(
    ("lead", "absent"),
    [
        (
            "The Key Laboratory of Mineral Resources, CAS, and Tomsk State University signed",
            "Chinese Academy",
        ),
        (
            "As an important part of the China-Russia Mathematics Center, Peking University and Tomsk State "
            "University signed",
            "China-Russia Mathematics Center",
        ),
    ],
    ids=["parent-apposition", "part-of"],
)
def test_a_parent_set_off_by_commas_or_a_whole_the_signing_is_part_of_is_no_party(extractor, lead, absent):
    """Rules ``agreement.party.parent_apposition`` ("Laboratory X, CAS, and Y signed") and
    ``agreement.party.not_membership`` over "part of X"."""
    rec = extractor.extract(f"{lead} a cooperation agreement.")
    parties = {p for f in rec.facts if isinstance(f, AgreementFact) for p in f.parties}
    assert parties and not any(absent in p for p in parties), parties


@pytest.mark.parametrize(
    ("title", "org"), [("translator", None), ("assistant", None), ("vice-rector", "Tomsk State University")]
)
def test_only_a_title_outside_an_institutions_ranks_takes_no_organisation(extractor, title, org):
    """Rule ``role.org.other_unattached`` reads the category ``other``: a translator or an assistant takes no
    organisation of its own, a post of an institution's ranks ("vice-rector") the release's own."""
    text = f"Tomsk State University hosted guests from China.\n\nThe guests were accompanied by the {title} Lew Yuwei."
    facts = {(f.person, f.org) for f in extractor.extract(text).facts if isinstance(f, RoleFact)}
    assert ("Lew Yuwei", org) in facts, facts
