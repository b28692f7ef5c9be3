"""Rules of the fortieth session, each on text that fires it and text that holds it back."""

import pytest

from extractor.facts.home import _headline_short_form, home_org

from .test_session39_rules import _roles

QUT = (  # 1412 (qut.edu.cn), as published
    "Khovd Branch School of National University of Mongolia Visited QUT\n\n2023-08-12\n\nOn August 10th,Batsukh "
    "Bayarjargal, President of Khovd Branch School of National University of Mongolia, and his delegation of 7 "
    "people visited QUT. President TAN Xiusen and Vice President ZHANG Kai met with guests.\n\nTAN Xiusen stated "
    "that the delegation from the Khovd Branch School of National University of Mongolian was the first "
    "Mongolian visiting delegation received by Qingdao University of Technology (QUT)."
)
SHNU = (  # 2410 (shnu.edu.cn), as published
    "President of University of Murcia Visits SHNU for Cooperation\n\n\nOn October 30th, José Luján Alcaraz, "
    "President of University of Murcia (UMU, Spain), visited Shanghai Normal University (SHNU) with five other "
    "members. The visitors were received by Vice President Jiang Mingjun."
)


@pytest.mark.parametrize(
    ("text", "home"), [(QUT, "Qingdao University of Technology"), (SHNU, "Shanghai Normal University")]
)
def test_the_acronym_a_headline_names_is_the_releases_own_organisation(extractor, text, home):
    """home.headline_short_form: a site writes its own name short in its headlines ("... Visited QUT",
    "... Visits SHNU"), while the visitors are named in full."""
    assert home_org(extractor.nlp(text)) == home


@pytest.mark.parametrize(
    "headline",
    [
        # a long first line is a sentence, and its bracketed acronym a definition, not a headline's short form
        "A delegation from Beijing Foreign Studies University (BFSU) visited Tbilisi State University and met "
        "the rector, the deans and the students of the faculty of humanities for talks on cooperation",
        "SCO: MEMORANDUM WITH ILI PEDAGOGICAL UNIVERSITY",  # a topic tag
    ],
)
def test_a_bracketed_definition_or_a_topic_tag_is_no_headline_short_form(extractor, headline):
    doc = extractor.nlp(f"{headline}\n\nTbilisi State University hosted the meeting.")
    orgs = [e for e in doc.ents if e.label_ == "ORG"]
    assert any(len(o) == 1 and o.start_char < len(headline) for o in orgs)  # the acronym is an organisation
    assert _headline_short_form(doc, orgs, 0) is None


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (  # 1320 (ku.ac.th), as published
            "An online meeting between KU and the Embassy of Russian Federation\n\nOn Tuesday 9th November 2021, "
            "in the IAD meeting room of Kasetsart University. Assistant Professor Dr. Kampanat PENSUPAR, Vice "
            "President for International Affairs along with Associate Professor Dr. Chamaipak TAYJASANANT, "
            "Assistant to the President for International Affairs, and the Embassy's staff attended.",
            "Chamaipak TAYJASANANT",
        ),
        (  # 5707 (kafu.ac.ke), cut
            "On Monday, August 26, 2024, Kaimosi Friends University welcomed distinguished visitors from the "
            "Chinese Academy of Social Sciences. The meeting was also attended by Director of Graduate Studies, "
            "Dr. Remmy Shiundu; Quality Assurance Director, Dr. Nurwin Fozia; Linguistics Lecturer, Dr. Solomon "
            "Aunga; and Head of Department of Languages and Literature, Dr. Nixon Sangili.",
            "Solomon Aunga",
        ),
        (  # 727 (kstu.kg), as published
            "On May 14-17, 2024, on an official visit within the framework of international cooperation, the "
            "delegation of KSTU named after I. Razzakov visited the Research Moscow State University of Civil "
            "Engineering.\n\nThe delegation was headed by the rector of KSTU Chynybaev M.K., the delegation "
            "included the adviser to the rector Abdykalykov A.A., vice-rector for international relations "
            "Chymyrov A.U., director of the IAD Kozhobaeva S.T.",
            "Abdykalykov A.A.",
        ),
    ],
)
def test_a_post_on_an_institutions_staff_is_the_releases_own(extractor, text, person):
    """role.org.institution_staff: a lecturer, or an aide to the rector or president, holds a post of the
    release's own institution when the text names none (not role.org.other_unattached)."""
    facts = [f for f in extractor.extract(text).facts if f.type == "role" and f.person == person]
    assert facts and all(f.org is not None and f.rule == "role.org.release_home" for f in facts)


@pytest.mark.parametrize(
    "text",
    [
        "Tomsk State University signed a memorandum. Ms. Anna Li, aide to the Russian president, spoke.",
        "Tomsk State University signed a memorandum. Mr. Ivan Petrov, an interpreter, spoke.",
    ],
)
def test_an_aide_to_a_states_head_or_an_interpreter_stays_nobodys(extractor, text):
    facts = [f for f in extractor.extract(text).facts if f.type == "role" and f.role == "other"]
    assert facts and all(f.org is None and f.rule == "role.org.other_unattached" for f in facts)


def test_the_stop_a_translation_writes_after_named_after_neither_ends_the_sentence_nor_the_name(extractor):
    """line_sentences and org.span.acronym_named_after over "named after." (a translation of the Russian
    "им."): the honoree stays in the organisation's name and is nobody's person (5703, kstu.kg, as published)."""
    text = (
        "The memorandum between the Kyrgyz State Technical University named after. I. Razzakov and the National "
        "Information Society Agency was signed."
    )
    doc = extractor.nlp(text)
    assert len(list(doc.sents)) == 1
    rec = extractor.extract(text)
    assert not [m for m in rec.mentions if m.label == "PERSON"]
    parties = [f.parties for f in rec.facts if f.type == "agreement"]
    assert parties == [
        ["Kyrgyz State Technical University named after I. Razzakov", "National Information Society Agency"]
    ]


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("RUDN University named after Patrice Lumumba", "Peoples' Friendship University of Russia"),
        ("KazNU named after Al-Farabi", "Al-Farabi Kazakh National University"),
        (
            "Kyrgyz State Technical University named after I. Razzakov of the Kyrgyz Republic",
            "Kyrgyz State Technical University named after I. Razzakov",
        ),
        ("ASU named after V.N. Tatishchev", None),  # the registry's ASU is named after nobody of that name
    ],
)
def test_a_name_with_its_honoree_is_the_registered_organisation_of_its_head(name, key):
    """org.key.honoree_head: the words before "named after" are the registry's organisation when its names hold
    the honoree's."""
    from extractor.lang.registry import load_registry
    from extractor.normalise.org_honorees import honoree_entry

    entry = honoree_entry(name, load_registry())
    assert (entry.id if entry else None) == key


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (  # 5808 (ug.edu.pl), cut
            "The partnership agreement was signed by the Rector prof. dr. hab. Piotr Stepnowski on Monday.",
            "Piotr Stepnowski",
            "rector",
        ),
        (  # 5801 (tguk.tj), cut
            "First Vice-Rector docent Kurbonov Abdukarim Rahimovich welcomed the guests.",
            "Kurbonov Abdukarim Rahimovich",
            "vice-rector",
        ),
    ],
)
def test_a_habilitation_or_a_docents_rank_between_title_and_name_is_an_honorific(
    extractor, text, person, role
):
    """``patterns/honorifics.jsonl``: "hab.", "habil.", "docent" stand where "Prof." stands, so the title
    before them is the name's (role.tie.title_name)."""
    assert any(p == person and r == role for p, r, _ in _roles(extractor, text))


def _parties(extractor, text: str) -> list[list[str]]:
    return [f.parties for f in extractor.extract(text).facts if f.type == "agreement"]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (  # 2803 (vsmu.by), as published
            "Within the framework of the Forum an agreement was signed on the creation of the Chinese-Belarusian "
            "Association of Universities, of which VSMU became a member.",
            "Chinese-Belarusian Association of Universities",
        ),
        (  # 3513 (el.kz), as published
            "As part of the official visit of Chinese leader Xi Jinping to Kazakhstan, a historic agreement was "
            "signed on the opening of the Kazakh-Chinese Center for Agricultural Science and Education, El.kz "
            "reports.",
            "Kazakh-Chinese Center for Agricultural Science and Education",
        ),
    ],
)
def test_an_organisation_the_sentence_founds_is_no_party(extractor, text, topic):
    """agreement.party.not_founded: what an agreement creates, opens or sets up is its topic."""
    parties = _parties(extractor, text)
    assert all(topic not in p for p in parties)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "The newly established Kazakh-German University signed an agreement with Tomsk State University.",
            ["Kazakh-German University", "Tomsk State University"],
        ),
        (
            "Harbin Institute of Technology signed an agreement with the rector in the building of Tomsk State "
            "University.",
            ["Harbin Institute of Technology", "Tomsk State University"],
        ),
    ],
)
def test_an_organisation_founded_before_it_signs_is_still_a_party(extractor, text, parties):
    """A participle describes an organisation that exists and signs ("the newly established X"); a building
    is no founding ("in the building of X")."""
    assert _parties(extractor, text) == [parties]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (  # 2114 (gulftime.ae), cut
            "It aligns with the vision of His Highness Sheikh Dr Sultan bin Muhammad Al Qasimi, Ruler of Sharjah, "
            "to foster global academic engagement at Al Qasimia University.",
            ("Sultan bin Muhammad Al Qasimi", "other", None),
        ),
        (  # 8641 (cma.gov.cn), cut
            "Liu Yaming, Administrator of CMA, opened the study tour of the World Meteorological Organization.",
            ("Liu Yaming", "head", "CMA"),
        ),
    ],
)
def test_a_ruler_or_an_administrator_holds_a_stated_position(extractor, text, fact):
    """``patterns/roles.jsonl``: "Ruler", "Deputy Ruler", "Emir", "Emperor", "Crown Prince" (other, a public
    office: no organisation guessed), "Administrator" and "Chief of Chancery" (head)."""
    assert fact in _roles(extractor, text)


def test_a_given_name_that_is_also_a_title_elsewhere_stays_a_name(extractor):
    """No "amir" in the lexicon: "Amir Karyatin" is a person, not the Amir of somewhere."""
    text = "The MoU was signed by the President of the Uncris Foundation, Amir Karyatin, and the rector."
    assert ("Amir Karyatin", "president", "Uncris Foundation") in _roles(extractor, text)


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Associate Vice-President (Research)", "vice-president"),
        ("Associate Vice President", "vice-president"),
        ("Assistant Researcher", "researcher"),
        ("Ethiopian State Minister of Science and Technology", "minister"),
        ("Associate Director", "other"),
    ],
)
def test_ranks_gold_writes_as_the_title_they_qualify(title, role):
    """``patterns/roles.jsonl``: an associate vice-president is a vice-president, an assistant researcher a
    researcher, a state minister a minister (4515, 6805, 7501); an associate director stays other."""
    from extractor.normalise.categories import category

    assert category(title) == role


def test_a_text_that_opens_with_after_and_a_stop_keeps_its_sentence_break(extractor):
    """line_sentences reads the word before "after" only when there is one (no wrap to the text's last)."""
    doc = extractor.nlp("after. Ivan named")
    assert [s.text for s in doc.sents] == ["after.", "Ivan named"]
