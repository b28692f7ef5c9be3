"""Fact rules by id, each fired on a small hand-written release (and kept quiet on one where it must not)."""

from __future__ import annotations

import pytest

from extractor.models import AgreementFact, RoleFact


def _roles(rec) -> dict[tuple, str | None]:
    return {(f.person, f.role, f.org): f.rule for f in rec.facts if isinstance(f, RoleFact)}


def _agreements(rec) -> list[tuple]:
    return [(f.kind, sorted(f.parties)) for f in rec.facts if isinstance(f, AgreementFact)]


@pytest.mark.parametrize(
    "text,fact,rule",
    [
        pytest.param(
            "Kazan Federal University hosted guests.\n\nOn 3 May the delegation from Harbin Institute of Technology "
            "visited Kazan Federal University. The dean of the economic faculty Wang Lei and the head of the "
            "international office Li Na were on the delegation.",
            ("Wang Lei", "dean", "Harbin Institute of Technology"),
            "role.org.delegation_member",
            id="delegation_member_in_the_next_sentence",
        ),
        pytest.param(
            "Kazan Federal University hosted guests.\n\nThe representatives of Harbin Institute of Technology had "
            "a meeting with the vice-rector for science Ivan Sidorov and the dean of the law faculty Anna Petrova.",
            ("Ivan Sidorov", "vice-rector", "Kazan Federal University"),
            "role.org.counterpart",
            id="counterpart_of_the_visiting_organisation",
        ),
        pytest.param(
            "Turin Polytechnic University in Tashkent welcomed guests.\n\nA delegation led by Zheng Shi, rector of "
            "the Chinese Institute of Economics and Trade, visited the Polytechnic. Later the head Zheng Shi "
            "invited the rector of Turin Polytechnic University in Tashkent to China.",
            ("Zheng Shi", "head", "Chinese Institute of Economics and Trade"),
            "role.org.person_affiliation",
            id="person_keeps_the_organisation_of_another_title",
        ),
        pytest.param(
            "Following the meeting, Al-Farabi Kazakh National University as represented by the rector Tolegan "
            "Kozhamkulov and the Russian State University for the Humanities as represented by the rector Efim Pivovar "
            "concluded an agreement.",
            ("Efim Pivovar", "rector", "Russian State University for the Humanities"),
            "role.org.represented_by",
            id="represented_by",
        ),
        pytest.param(
            "The Margulan University delegation, comprising Rector, Professor Yerzhan Amirbekuly, Vice-Rector for "
            "Research, Professor Bauyrzhan Yessengeldin, and Head of the Office, Aidana Algazinova, were welcomed.",
            ("Bauyrzhan Yessengeldin", "vice-rector", "Margulan University"),
            "role.org.delegation_member",
            id="honorific_next_in_a_title_first_list",
        ),
        pytest.param(
            "The Director, Institute of African Studies at Zhejiang Normal University, Liu Hongwu expressed joy towards "
            "pioneering the programmes.",
            ("Liu Hongwu", "director", "Institute of African Studies of Zhejiang Normal University"),
            "role.org.attached",
            id="title_comma_org",
        ),
        pytest.param(
            "On the Belarusian side, the signing was attended by Director Oleg Makarov, on the Tomsk State "
            "University's side – Director Anvar Nasirov.",
            ("Anvar Nasirov", "director", "Tomsk State University"),
            "role.org.side_of",
            id="side_of",
        ),
        pytest.param(
            "The signing was attended by Tomsk State University Rector Eduard Galazhinsky and Vice-Rector Ivan "
            "Petrov.",
            ("Ivan Petrov", "vice-rector", "Tomsk State University"),
            "role.org.previous_titled",
            id="previous_titled",
        ),
    ],
)
def test_role_rule_fires(extractor, text, fact, rule):
    roles = _roles(extractor.extract(text))
    assert roles.get(fact) == rule, roles


@pytest.mark.parametrize(
    "text,fact",
    [
        pytest.param(
            "Kazan Federal University hosted guests.\n\nThe delegation from Harbin Institute of Technology was "
            "received by the vice-rector for science Ivan Sidorov.",
            ("Ivan Sidorov", "vice-rector", "Harbin Institute of Technology"),
            id="a_host_who_received_the_delegation_is_no_member",
        ),
        pytest.param(
            "Kazan Federal University news.\n\nThe university was represented by the vice-rector for science Ivan "
            "Sidorov together with colleagues from Harbin Institute of Technology.",
            ("Ivan Sidorov", "vice-rector", "Harbin Institute of Technology"),
            id="together_with_is_no_meeting",
        ),
    ],
)
def test_role_rule_does_not_fire(extractor, text, fact):
    assert fact not in _roles(extractor.extract(text))


def test_coordinated_documents_are_two_agreements(extractor):
    """agreement.split.coordinated"""
    text = (
        "A Memorandum of cooperation and an Agreement on academic exchange were signed by the rectors of "
        "Tomsk State University and Lanzhou University."
    )
    facts = _agreements(extractor.extract(text))
    assert ("memorandum", ["Lanzhou University", "Tomsk State University"]) in facts
    assert ("agreement", ["Lanzhou University", "Tomsk State University"]) in facts


@pytest.mark.parametrize(
    ("between", "count"), [("and a faculty and student exchange", 2), ("on faculty and student exchange", 1)]
)
def test_a_second_document_with_its_own_modifiers_is_a_second_agreement(extractor, between, count):
    """agreement.split.coordinated over the second document's modifiers ("an MoU and a faculty and student
    exchange agreement"); "an MoU on ... exchange" stays one document."""
    text = f"Tomsk State University signed an MoU {between} agreement with Lanzhou University."
    facts = _agreements(extractor.extract(text))
    assert len(facts) == count
    assert all(parties == ["Lanzhou University", "Tomsk State University"] for _, parties in facts)


@pytest.mark.parametrize(("article", "kinds"), [("the ", ["agreement", "memorandum"]), ("", ["memorandum"])])
def test_a_topic_then_and_the_starts_a_second_document(extractor, article, kinds):
    """agreement.split.coordinated after the first document's topic ("the agreement for student exchange and
    the memorandum of collaboration"): two documents, even when the sentence names no parties (the second is
    not merged into the first as the one just reported), both dated by the sentence's date; without the
    article the words may be one topic, one document."""
    text = (
        "A delegation of Tomsk State University visited China on March 3-7. On March 5 in Lanzhou University "
        f"the agreement for student exchange and {article}memorandum of collaboration were signed."
    )
    facts = [f for f in extractor.extract(text).facts if f.type == "agreement"]
    assert sorted(f.kind for f in facts) == kinds
    assert {f.date for f in facts} == {"XXXX-03-05"}


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "The delegation met a group led by Zernov, Chairperson of the Russian Federation of Private "
            "University Presidents, on Monday.",
            ("Zernov", "chair"),
        ),
        ("He met with Arziev, Uzbek ambassador to China.", ("Arziev", "ambassador")),
    ],
)
def test_a_lone_surname_before_its_title_is_a_person(extractor, text, fact):
    """A lone word read as a surname by its ending before ", Title" is a person even when the model labels
    it a nationality or an organisation; a nationality may stand between the comma and the title."""
    record = extractor.extract(text)
    assert fact in {(f.person, f.role) for f in record.facts if isinstance(f, RoleFact)}


@pytest.mark.parametrize(
    ("joiner", "holder"),
    [(" Mr.", "Liu Jianqing"), (" and Prof.", "Ma Jianfei")],
    ids=["title-first", "coordinated"],
)
def test_a_long_organisation_between_a_title_and_an_honorific_name(extractor, joiner, holder):
    """role.tie.title_org_honorific_name: "the Head of the Europe and Central Asia Division of the
    International Cooperation and Exchange Department Mr. Liu Jianqing" (beyond the usual reach); after "and"
    the honorific opens the next item, so the title stays with the name before it."""
    text = (
        "The delegation included Mr. Ma Jianfei, the Head of the Europe and Central Asia Division of the "
        f"International Cooperation and Exchange Department{joiner} Liu Jianqing, and others."
    )
    record = extractor.extract(text)
    assert [f.person for f in record.facts if isinstance(f, RoleFact) and f.role == "head"] == [holder]


def test_a_name_then_a_dash_then_its_title(extractor):
    """role.tie.apposition after a spaced dash ("Wu Guangyu - Head of X; Wang Xi - Head of Y"), and a
    spaced dash ends a name (never "Wu Guangyu - Head"); a hyphen inside a name stays."""
    text = (
        "The delegation included Wu Guangyu - Head of the Department of Economics and Management; Wang Xi - "
        "Head of the Department of International Cooperation; Jean-Pierre Dubois - translator."
    )
    record = extractor.extract(text)
    assert [m.text for m in record.mentions if m.label == "PERSON"] == [
        "Wu Guangyu",
        "Wang Xi",
        "Jean-Pierre Dubois",
    ]
    roles = {(f.person, f.role) for f in record.facts if isinstance(f, RoleFact)}
    assert {("Wu Guangyu", "head"), ("Wang Xi", "head")} <= roles


def test_a_later_reference_is_no_second_agreement(extractor):
    text = (
        "Tomsk State University and Lanzhou University signed a memorandum of cooperation. The memorandum "
        "provides for student exchange."
    )
    assert _agreements(extractor.extract(text)) == [
        ("memorandum", ["Lanzhou University", "Tomsk State University"])
    ]


def test_an_office_that_arranged_the_signing_is_no_party(extractor):
    """agreement.party.unit_to_parent"""
    text = (
        "Satbayev University hosted a delegation of Lanzhou University. The meeting ended with the signing of "
        "a Memorandum of Cooperation between Satbayev University and the International Relations Department."
    )
    facts = _agreements(extractor.extract(text))
    assert facts and all("Department" not in p for _, parties in facts for p in parties)


def test_plural_documents_signed_by_listed_organisations_are_one_per_partner(extractor):
    """agreement.parties.listed_signers"""
    text = (
        "Kazan Federal University Vice Rector Ivan Petrov and heads of Lanzhou University, Hainan University "
        "and Sanya University signed the memorandums."
    )
    facts = _agreements(extractor.extract(text))
    assert sorted(facts) == [
        ("memorandum", ["Hainan University", "Kazan Federal University"]),
        ("memorandum", ["Kazan Federal University", "Lanzhou University"]),
        ("memorandum", ["Kazan Federal University", "Sanya University"]),
    ]


def test_partners_listed_after_namely_each_get_an_agreement(extractor):
    """agreement.parties.distributive"""
    text = (
        "Tomsk State University signed cooperation agreements with three foreign universities at the forum, "
        "namely the Lanzhou University, the Hainan University and Sanya University."
    )
    facts = _agreements(extractor.extract(text))
    assert ("agreement", ["Hainan University", "Tomsk State University"]) in facts
    assert len(facts) == 3


@pytest.mark.parametrize(("cue", "count"), [(" respectively", 3), ("", 1)])
def test_one_agreement_with_each_partner_respectively(extractor, cue, count):
    """agreement.parties.distributive for a singular mention whose partners are followed by "respectively";
    without it the document has all of them as parties."""
    text = (
        f"Tomsk State University signed a framework cooperation agreement with Lanzhou University, Hainan "
        f"University and Sanya University{cue} to promote student exchanges."
    )
    facts = _agreements(extractor.extract(text))
    assert len(facts) == count
    assert all("Tomsk State University" in parties for _, parties in facts)


def test_generic_plural_without_named_partners_is_no_fact(extractor):
    text = "Tomsk State University has signed more than 100 agreements with universities of China."
    assert _agreements(extractor.extract(text)) == []


def test_university_of_x_and_x_university_are_one_key(extractor):
    """org.key.same_name"""
    rec = extractor.extract("The University of Turbat signed a memorandum. Turbat University Rector X spoke.")
    keys = {m.norm for m in rec.mentions if m.label == "ORG"}
    assert len(keys) == 1, keys


def test_the_university_is_the_one_named_before(extractor):
    """role.org.the_university_named_before"""
    text = (
        "Guests from Lanzhou University were met by Ivan Petrov, the founder of Khazar University, and Assoc. "
        "Prof. Irada Khalilova, the rector of the university."
    )
    assert (
        _roles(extractor.extract(text)).get(("Irada Khalilova", "rector", "Khazar University"))
        == "role.org.the_university_named_before"
    )


def test_a_long_organisation_then_a_comma_before_the_name(extractor):
    text = (
        "A delegation led by the rector of China-SCO Institute of Economy and Trade of the People's Republic "
        "of China, Zheng Shi, visited the university."
    )
    assert (
        "Zheng Shi",
        "rector",
        "China-SCO Institute of Economy and Trade of the People's Republic of China",
    ) in _roles(extractor.extract(text))


def test_an_academic_rank_before_a_name_with_a_stated_position_is_an_honorific(extractor):
    """role.reject.honorific_professor"""
    text = (
        "Assistant Professor Dr. Anna Petrova, Dean of the Faculty of Architecture of Tomsk State University, "
        "met the guests."
    )
    roles = [m.text for m in extractor.extract(text).mentions if m.label == "ROLE"]
    assert roles == ["Dean"]


def test_an_academic_rank_alone_is_the_stated_position(extractor):
    text = "Associate Professor Anna Petrova of Tomsk State University gave a lecture."
    roles = [m.text for m in extractor.extract(text).mentions if m.label == "ROLE"]
    assert roles == ["Associate Professor"]


def test_a_document_named_as_what_this_is_is_the_same_document(extractor):
    """agreement.merge.predicate_reference"""
    text = (
        "On September 13, Megatrend University and Hebei University signed a Memorandum of Understanding. "
        "This is a strategic contract, which opened further cooperation between the two institutions."
    )
    assert _agreements(extractor.extract(text)) == [
        ("memorandum", ["Hebei University", "Megatrend University"])
    ]


def test_preparing_the_memorandum_already_reported_is_no_second_one(extractor):
    text = (
        "Megatrend University and Hebei University signed a Memorandum of Understanding. That was an initial "
        "step followed by the preparations for signing the memorandum."
    )
    rec = extractor.extract(text)
    facts = [(f.kind, f.status) for f in rec.facts if isinstance(f, AgreementFact)]
    assert facts == [("memorandum", "signed")]


def test_a_new_version_of_the_memorandum_is_another_document(extractor):
    text = (
        "Tomsk State University and Lanzhou University concluded a Memorandum of Cooperation in 2015. Now the "
        "parties wish to sign a new version of the Memorandum."
    )
    rec = extractor.extract(text)
    assert sorted(f.status for f in rec.facts if isinstance(f, AgreementFact)) == ["planned", "signed"]


def test_spelling_variants_of_one_name_are_one_key(extractor):
    """org.key.same_name"""
    rec = extractor.extract(
        "The University of Technology of Malaysia and LETI met. The University of Technology Malaysia signed."
    )
    keys = {m.norm for m in rec.mentions if m.label == "ORG" and "Malaysia" in m.text}
    assert len(keys) == 1, keys


def test_a_headline_verb_ends_a_name(extractor):
    """person.cut.headline_verb"""
    rec = extractor.extract("President SONG Yingdong Leads Delegation to Russia\n\nThe visit was a success.")
    assert [m.text for m in rec.mentions if m.label == "PERSON"] == ["SONG Yingdong"]


def test_a_chinese_surname_alone_refers_to_the_full_name(extractor):
    rec = extractor.extract(
        "Bai Chunli, president of the Chinese Academy of Sciences, met the rector. Bai said "
        "that the academy would help."
    )
    people = [(m.text, m.norm) for m in rec.mentions if m.label == "PERSON"]
    assert ("Bai", "Bai Chunli") in people


def test_the_host_that_opens_the_sentence_is_a_party(extractor):
    text = (
        "Harbin Engineering University News\n\nAt Tomsk State University, President Zhang Wei and Rector "
        "Eduard Galazhinsky attended exchange activities, signing a cooperation agreement."
    )
    assert ("agreement", ["Harbin Engineering University", "Tomsk State University"]) in _agreements(
        extractor.extract(text)
    )


def test_an_acronym_with_an_acronym_inside_is_the_organisation(extractor):
    text = (
        "Guests from the China-SCO Institute of Economics and Trade came. The head of CSCOIET, Zheng Shi, "
        "spoke."
    )
    orgs = {m.text: m.norm for m in extractor.extract(text).mentions if m.label == "ORG"}
    assert orgs.get("CSCOIET") == orgs.get("China-SCO Institute of Economics and Trade")


def test_signatories_organisations_are_the_parties(extractor):
    """agreement.parties.signatory_affiliation, agreement.status.past_signing_event"""
    text = (
        "Kazan Federal University welcomed guests.\n\nThe delegation from Harbin Institute of Technology "
        "visited Kazan Federal University. The dean of the economic faculty Wang Lei was on the delegation.\n\n"
        "The negotiations were crowned by signing the Agreement on cooperation by Rector Ilshat Gafurov "
        "and Wang Lei."
    )
    rec = extractor.extract(text)
    facts = [(f.kind, f.status, sorted(f.parties)) for f in rec.facts if isinstance(f, AgreementFact)]
    assert ("agreement", "signed", ["Harbin Institute of Technology", "Kazan Federal University"]) in facts


def test_two_letter_initials_stay_with_the_name(extractor):
    rec = extractor.extract("The document was signed by Rector Yu.L. Skolubovich and Fan Yan.")
    assert [m.text for m in rec.mentions if m.label == "PERSON"] == ["Yu.L. Skolubovich", "Fan Yan"]


def test_an_acronym_after_a_title_is_the_organisation_not_a_name(extractor):
    """org.from_person.acronym"""
    rec = extractor.extract(
        "Novosibirsk State University of Architecture and Civil Engineering hosted guests. "
        "The agreement was signed by Rector NSUACE Professor Ivan Petrov."
    )
    labels = {m.text: m.label for m in rec.mentions}
    assert labels.get("NSUACE") == "ORG"


def test_a_person_acting_on_behalf_of_an_organisation_holds_the_title_there(extractor):
    """role.org.on_behalf_of"""
    text = (
        "The MoU was signed on behalf of the OIC by Amb. Askar Musinov, Assistant Secretary-General for "
        "Science and Technology and on behalf of Tomsk State University by Rector Eduard Galazhinsky."
    )
    roles = _roles(extractor.extract(text))
    assert roles.get(("Askar Musinov", "other", "OIC")) == "role.org.on_behalf_of", roles


def test_a_regional_minister_holds_office_at_the_regional_ministry(extractor):
    """role.org.ministry_portfolio"""
    text = (
        "The Novosibirsk Region Ministry of Education supported the project. Sergey Fedorchuk, Novosibirsk "
        "Region Minister of Education, spoke."
    )
    assert ("Sergey Fedorchuk", "minister", "Novosibirsk Region Ministry of Education") in _roles(
        extractor.extract(text)
    )


def test_facts_by_rule_counts_right_and_wrong_facts_per_rule():
    from extractor.evaluate.rule_scores import facts_by_rule
    from extractor.models import DocumentRecord, Mention

    mentions = [
        Mention(start=0, end=3, label="PERSON", text="Ann", norm="Ann"),
        Mention(start=4, end=7, label="ORG", text="TSU", norm="Tomsk State University"),
        Mention(start=8, end=11, label="ORG", text="LZU", norm="Lanzhou University"),
    ]
    gold = DocumentRecord(
        doc_id="d",
        mentions=mentions,
        facts=[
            RoleFact(person="Ann", role="rector", org="Tomsk State University"),
            AgreementFact(kind="memorandum", parties=["Tomsk State University", "Lanzhou University"]),
        ],
    )
    pred = DocumentRecord(
        doc_id="d",
        mentions=mentions,
        facts=[
            RoleFact(person="Ann", role="rector", org="Tomsk State University", rule="role.org.attached"),
            RoleFact(person="Ann", role="dean", org="Lanzhou University", rule="role.org.release_home"),
            AgreementFact(
                kind="memorandum", parties=["Tomsk State University"], party_rule="agreement.parties.sentence"
            ),
        ],
    )
    rows = {
        (r["type"], r["rule"]): (r["correct"], r["wrong"]) for r in facts_by_rule({"d": gold}, {"d": pred})
    }
    assert rows == {
        ("role", "role.org.attached"): (1, 0),
        ("role", "role.org.release_home"): (0, 1),
        ("agreement", "agreement.parties.sentence"): (0, 1),
    }


def test_a_title_of_a_country_is_held_at_no_organisation(extractor):
    """role.org.of_country"""
    text = "Yun Guohong, president of Inner Mongolia Normal University, and D. Mandax, president of Mongolia, met."
    roles = _roles(extractor.extract(text))
    assert ("D. Mandax", "president", None) in roles
    assert ("Yun Guohong", "president", "Inner Mongolia Normal University") in roles


def test_member_states_are_no_person(extractor):
    """person.reject.plural_noun"""
    rec = extractor.extract("Tomsk State University will train students from the OIC Member States.")
    assert not [m for m in rec.mentions if m.label == "PERSON"]


def test_a_regional_official_without_a_named_body_has_no_organisation(extractor):
    """role.org.regional_office"""
    text = (
        "Inner Mongolia Normal University News\n\nOfficials included Hou Yuan, director of the region's "
        "education department."
    )
    assert ("Hou Yuan", "director", None) in _roles(extractor.extract(text))


def test_the_headline_subject_is_the_release_organisation(extractor):
    """home.headline_owner"""
    text = (
        "Latest News\n\nExecutive of Chiang Mai University together with lecturers attended the meeting with "
        "guests\n\nThe meeting was held on 26 April. Vice President Anna Petrova spoke about the "
        "faculty."
    )
    assert ("Anna Petrova", "vice-president", "Chiang Mai University") in _roles(extractor.extract(text))


def test_an_organisation_joined_in_the_headline_is_not_the_release_organisation(extractor):
    text = (
        "VSU became a member of the China-Belarus University Association\n\nOn November 21 the rector of "
        "Vitebsk State University, Valentina Bogatyryova, took part in the forum."
    )
    facts = _roles(extractor.extract(text))
    assert all(org != "China-Belarus University Association" for (_, _, org) in facts), facts


def test_a_doubled_space_stays_inside_a_name(extractor):
    rec = extractor.extract("The forum was held in Changzhou  University. Delegates came.")
    assert [m.text for m in rec.mentions if m.label == "ORG"] == ["Changzhou  University"]


def test_an_agency_between_slashes_in_a_dateline(extractor):
    rec = extractor.extract("ST. PETERSBURG, September 16. /TASS/. Russia and China signed seven agreements.")
    assert "TASS" in [m.text for m in rec.mentions if m.label == "ORG"]


def test_university_in_other_languages_heads_a_name(extractor):
    rec = extractor.extract(
        "Universiti Sains Malaysia (USM) renewed its memorandum with Tomsk State University."
    )
    orgs = {m.text: m.norm for m in rec.mentions if m.label == "ORG"}
    assert orgs.get("USM") == orgs.get("Universiti Sains Malaysia") is not None


def test_an_agreement_reached_is_a_consensus_not_a_document(extractor):
    """agreement.reject.consensus"""
    rec = extractor.extract(
        "Mongolia and Russia agreed to expand cooperation. The agreement was reached during the "
        "meeting of the Nuclear Energy Commission of Mongolia and Rosatom."
    )
    assert not [m for m in rec.mentions if m.label == "AGREEMENT"]
    assert not [f for f in rec.facts if isinstance(f, AgreementFact)]


def test_a_caption_file_name_is_no_organisation(extractor):
    rec = extractor.extract(
        "WhatsApp Image 2024 02 09 at 15.23.03\n\nUniversiti Sains Malaysia renewed its MoU."
    )
    assert "WhatsApp Image" not in [m.text for m in rec.mentions if m.label == "ORG"]


def test_the_agreement_provides_is_the_agreement_just_reported(extractor):
    text = (
        "Rector Ivan Petrov of Tomsk State University and Rector Li Wei of Lanzhou University signed a "
        "cooperation agreement on 19 November. The agreement provides training of students of Lanzhou "
        "University at the Faculty of Physics of Tomsk State University."
    )
    assert _agreements(extractor.extract(text)) == [
        ("agreement", ["Lanzhou University", "Tomsk State University"])
    ]


def test_an_excerpt_cut_off_before_the_verb_states_no_agreement(extractor):
    """agreement.reject.cut_off"""
    text = "Tomsk State University News\n\nOn November 24, Mr. Wu went to Lanzhou University. Then a cooperation agreement"
    assert _agreements(extractor.extract(text)) == []


def test_a_surname_spelt_like_mou_is_no_document(extractor):
    """agreement.reject.surname"""
    rec = extractor.extract("Guests included Mou Zhenjiang, vice dean of the Xinjiang Branch.")
    assert not [m for m in rec.mentions if m.label == "AGREEMENT"]


def test_documents_signed_on_different_days_are_two(extractor):
    text = (
        "On April 16 Uzatom Agency and Rosatom Technical Academy signed an Agreement of Intent. It implements "
        "the Memorandum of Cooperation signed October 19, 2018 by Uzatom Agency and Rosatom Technical Academy."
    )
    kinds = sorted(k for k, _ in _agreements(extractor.extract(text)))
    assert kinds == ["agreement", "memorandum"]


def test_the_two_universities_are_the_two_named_last(extractor):
    text = (
        "Tomsk State University signed a memorandum with Lanzhou University.\n\nTeachers of Hainan University "
        "and Sanya University have already cooperated in several programs. Since the two universities signed "
        "the agreement of student exchange in 2014, 25 students have taken part."
    )
    assert ("agreement", ["Hainan University", "Sanya University"]) in _agreements(extractor.extract(text))


def test_a_named_partner_keeps_its_own_agreement(extractor):
    text = (
        "Beihang University signed a cooperation agreement with Tomsk State University, and renewed the student "
        "exchange agreement with Moscow Aviation Institute."
    )
    facts = _agreements(extractor.extract(text))
    assert ("agreement", ["Beihang University", "Moscow Aviation Institute"]) in facts


def test_an_indefinite_name_is_a_description(extractor):
    """org.reject.indefinite"""
    rec = extractor.extract("Bauman University, a National Research University of Russia, trains engineers.")
    assert "National Research University of Russia" not in [m.text for m in rec.mentions if m.label == "ORG"]


def test_two_titles_back_to_back_are_one_named_by_the_last(extractor):
    """role.merge.compound"""
    text = "Chistyakov Kiril, minister assistant of the Ministry of Education and Science of Russia, came."
    roles = _roles(extractor.extract(text))
    assert any(p == "Chistyakov Kiril" and r == "other" for p, r, _ in roles), roles
    assert not any(r == "minister" for _, r, _ in roles)


def test_participants_from_an_organisation_hold_their_titles_there(extractor):
    """role.org.delegation_member (participants)"""
    text = (
        "Lanzhou University News\n\nParticipants from the Uzbekistan Academy of Sciences included President "
        "Bekhzod Yuldashev and guests."
    )
    assert ("Bekhzod Yuldashev", "president", "Academy of Sciences of the Republic of Uzbekistan") in _roles(
        extractor.extract(text)
    ) or ("Bekhzod Yuldashev", "president", "Uzbekistan Academy of Sciences") in _roles(
        extractor.extract(text)
    )


def test_the_academys_president_is_the_academy_named_before(extractor):
    text = (
        "On December 25, Bai Chunli visited the Academy of Sciences of Uzbekistan. He and the academy's "
        "president, Shavkat Salikhov, discussed a drug research centre."
    )
    assert ("Shavkat Salikhov", "president", "Academy of Sciences of the Republic of Uzbekistan") in _roles(
        extractor.extract(text)
    ) or any(
        p == "Shavkat Salikhov" and "Uzbekistan" in (o or "") for p, _, o in _roles(extractor.extract(text))
    )


def test_a_title_first_list_ties_each_title_to_the_name_after_it(extractor):
    """role.tie.title_first_list"""
    text = (
        "Speeches were delivered by the Rector of Tomsk State University, Eduard Galazhinsky, the Rector of "
        "Lanzhou University, Yan Chunhua, and the Rector of Hainan University, Luo Min."
    )
    roles = _roles(extractor.extract(text))
    assert ("Yan Chunhua", "rector", "Lanzhou University") in roles
    assert ("Eduard Galazhinsky", "rector", "Tomsk State University") in roles


def test_a_name_first_list_ties_each_title_to_the_name_before_it(extractor):
    text = (
        "The guests were Ivan Petrov, the dean of the Faculty of Physics of Tomsk State University, Anna "
        "Sidorova, the dean of the Faculty of Law of Tomsk State University."
    )
    roles = {(p, r) for p, r, _ in _roles(extractor.extract(text))}
    assert roles == {("Ivan Petrov", "dean"), ("Anna Sidorova", "dean")}


def test_a_name_with_member_states_inside_is_one_organisation(extractor):
    """org.span.member_states"""
    rec = extractor.extract(
        "The delegation of Chinese Center for Technology Transfer of SCO member states visited "
        "Satbayev University."
    )
    assert "Chinese Center for Technology Transfer of SCO member states" in [
        m.text for m in rec.mentions if m.label == "ORG"
    ]


@pytest.mark.parametrize(
    ("verb", "member"), [("met with the delegation", False), ("were among the delegation members", True)]
)
def test_the_hosts_who_meet_a_delegation_are_not_its_members(extractor, verb, member):
    """role.org.delegation_member: not for the titled people who meet, receive or welcome the delegation."""
    text = (
        "From May 21st to 25th, the delegation of National University of Lesotho, headed by Vice-Chancellor "
        f"N. L. Mahao, visited Jilin Agricultural University. President Feng Jiang and Vice President Zhang "
        f"Yuejie {verb}."
    )
    rules = {k[0]: rule for k, rule in _roles(extractor.extract(text)).items()}
    assert (rules["Feng Jiang"] == "role.org.delegation_member") is member


def test_the_visiting_delegation_is_the_hosts_partner(extractor):
    """agreement.parties.visiting_delegation"""
    text = (
        "Satbayev University News\n\nOn July 24, 2023, the delegation of Lanzhou University visited Satbayev "
        "University. At the working meeting, the guests discussed with Satbayev University's representatives "
        "joint projects.\nThe meeting ended with the signing of a Memorandum of Cooperation."
    )
    assert ("memorandum", ["Lanzhou University", "Satbayev University"]) in _agreements(
        extractor.extract(text)
    )


def test_initials_glued_to_an_organisation_name_are_part_of_it(extractor):
    """org.span.initials_first"""
    rec = extractor.extract("Rector of the L.N.Gumilyov Eurasian National University B.Zh.Abdraimov signed.")
    assert [m.text for m in rec.mentions if m.label == "PERSON"] == ["B.Zh.Abdraimov"]
    assert [m.text for m in rec.mentions if m.label == "ORG"] == ["L.N.Gumilyov Eurasian National University"]


def test_an_honorific_without_a_full_stop_between_title_and_name(extractor):
    text = "Turbat University Vice Chancellor Dr Abdul Razzaq Sabir signed the memorandum."
    assert ("Abdul Razzaq Sabir", "rector", "Turbat University") in _roles(extractor.extract(text))


def test_a_news_outlet_is_no_party(extractor):
    """agreement.party.not_media"""
    text = (
        "Iran Press reports that the University of Tehran and Saint Petersburg State University signed a "
        "memorandum."
    )
    facts = _agreements(extractor.extract(text))
    assert facts and all("Iran Press" not in parties for _, parties in facts)


def test_rector_professor_stays_the_rector(extractor):
    text = "Azerbaijan State University of Economics rector professor Adalat Muradov met the guests."
    roles = _roles(extractor.extract(text))
    assert ("Adalat Muradov", "rector", "Azerbaijan State University of Economics") in roles


@pytest.mark.parametrize(
    "text,status",
    [
        (
            "At the signing ceremony of the Memorandum of Understanding between the University of Tehran and Saint "
            "Petersburg State University, the president said an encyclopedia is going to be compiled.",
            "signed",
        ),
        (
            "The participants also considered the issues of signing a memorandum of understanding between Tashkent "
            "State University of Oriental Studies and Gansu University.",
            "planned",
        ),
    ],
)
def test_a_signing_ceremony_is_a_signing(extractor, text, status):
    """agreement.status.signing_ceremony"""
    rec = extractor.extract(text)
    assert [f.status for f in rec.facts if isinstance(f, AgreementFact)] == [status]


@pytest.mark.parametrize(
    "text,parties",
    [
        (
            "In the presence of the Ministry of Higher Education, Science and Innovation of the Republic of Uzbekistan, "
            "Andijan State Medical Institute and Wuhan University signed a memorandum of understanding on 22 January 2024.",
            ["Andijan State Medical Institute", "Wuhan University"],
        ),
        (
            "The Ministry of Education of the Republic of Belarus and Henan University signed an agreement on cooperation "
            "on 3 May 2024.",
            ["Ministry of Education of the Republic of Belarus", "Henan University"],
        ),
    ],
)
def test_rule_agreement_party_ministry_witness(extractor, text, parties):
    """A ministry named beside two signing institutions is a witness; with one partner it is a party."""
    (fact,) = [f for f in extractor.extract(text).facts if f.type == "agreement"]
    assert fact.parties == parties
    assert ("+ministry_witness" in fact.party_rule) == (len(parties) == 2 and "Ministry" not in parties[0])


def _parties_and_rules(rec) -> list[tuple]:
    return sorted(
        (f.kind, tuple(sorted(f.parties)), f.status, f.party_rule)
        for f in rec.facts
        if isinstance(f, AgreementFact)
    )


@pytest.mark.parametrize(
    "text,status,rule",
    [
        # an initial the ORG span left out keeps the list; a planning cue in another clause is no plan
        pytest.param(
            "As a result of the negotiations, a number of memorandums on cooperation between S. Toraighyrov Pavlodar "
            "State University and Belarusian National Technical University, Belarusian State University and "
            "Belarusian State Technological University were signed.",
            "signed",
            "agreement.parties.between_distributive",
            id="between_distributive",
        ),
        pytest.param(  # a list the parser split off at the colon, separated by semicolons
            "She noted that currently, Bauman Moscow State Technical University has agreements on cooperation with the "
            "following universities of the Republic of Uzbekistan: Tashkent State Technical University; Samarkand "
            "State University; Navoi State Mining Institute.",
            "signed",
            "agreement.parties.distributive",
            id="list_after_colon",
        ),
        pytest.param(  # the plural as the object of "will sign"
            "Astrakhan State University and the Turkmen Agricultural University, the International University for the "
            "Humanities and Development and the Magtymguly Turkmen State University will sign cooperation agreements.",
            "planned",
            "agreement.parties.listed_signers",
            id="listed_signers_will_sign",
        ),
    ],
)
def test_plural_documents_are_one_per_partner(extractor, text, status, rule):
    facts = _parties_and_rules(extractor.extract(text))
    assert len(facts) == 3 and all(len(f[1]) == 2 for f in facts)
    assert {(f[2], f[3]) for f in facts} == {(status, rule)}


def test_one_document_between_several_stays_one(extractor):
    text = (
        "A quadripartite agreement between Dubna State University, the Joint Institute for Nuclear Research "
        "and Tomsk State University was signed."
    )
    facts = _parties_and_rules(extractor.extract(text))
    assert len(facts) == 1 and len(facts[0][1]) == 3 and facts[0][3] == "agreement.parties.between"


@pytest.mark.parametrize(
    "text,org,person",
    [
        (
            "On 16 September, president of Zhejiang University WU Zhaohui met the rector of Moscow Aviation Institute.",
            "Zhejiang University",
            "WU Zhaohui",
        ),
        (
            "The delegation was led by the rector of the Tashkent Institute of Chemical Technology Usmanov Botir "
            "Shukurillaevich.",
            "Tashkent Institute of Chemical Technology",
            "Usmanov Botir Shukurillaevich",
        ),
    ],
)
def test_a_name_after_the_organisation_is_a_person(extractor, text, org, person):
    """org.span.person_tail and person.org_tail"""
    rec = extractor.extract(text)
    found = {(m.label, m.text) for m in rec.mentions}
    assert ("ORG", org) in found and ("PERSON", person) in found, found


@pytest.mark.parametrize(
    "text,fact",
    [
        (
            "The forum was opened by the Ministry of Education of the People's Republic of China and the Ministry of "
            "Higher Education, Science and Innovation of the Republic of Uzbekistan. It was opened by Chen Sze, Deputy "
            "Minister of Education of China, and Komiljon Karimov, First Deputy Minister of Higher Education, Science "
            "and Innovation of Uzbekistan.",
            ("Chen Sze", "deputy minister", "Ministry of Education of the People's Republic of China"),
        ),
        (
            "The Ministry of Education of the Republic of Belarus hosted the delegation. According to the Minister of "
            "Education of Belarus, Sergei Maskevich, cooperation will grow.",
            ("Sergei Maskevich", "minister", "Ministry of Education of the Republic of Belarus"),
        ),
        (
            "At the meeting, Chinese Minister of Education Huai Jinpeng called for new platforms.",
            ("Huai Jinpeng", "minister", None),
        ),
        (
            "Officials of Mongolia's Ministry of Education, Culture, Science and Sports attended; Tovuu Sayzana, vice "
            "minister of education and science of the Tuvan People's Republic, was also there.",
            ("Tovuu Sayzana", "deputy minister", None),
        ),  # another republic's minister
    ],
)
def test_a_minister_holds_office_at_the_named_ministry_of_the_country(extractor, text, fact):
    """role.org.ministry_portfolio before role.org.of_country: the ministry the document names with the
    title's portfolio and country; none named -> no organisation."""
    assert fact in _roles(extractor.extract(text))


def test_a_document_defined_acronym_beats_the_registry_and_a_second_title_joined_by_and(extractor):
    """org.key.defined_acronym, role.tie.coordinated_title, agreement.party.not_membership, glued 'fromX'"""
    text = (
        "On September 3, a delegation fromTashkent State Pedagogical University (TDPU) visited Tianjin Normal "
        "University (TNU). During the visit, Alisherov Farxod Alisherovich, Vice-rector for scientific affairs "
        "of TDPU, and Qin Long, Member of the Standing Committee of the CPC TNU Committee and TNU Vice "
        "President, jointly signed a cooperation agreement between the two universities."
    )
    rec = extractor.extract(text)
    assert {m.norm for m in rec.mentions if m.text == "TNU"} == {"Tianjin Normal University"}
    roles = _roles(rec)
    assert roles.get(("Qin Long", "vice-president", "Tianjin Normal University")) == "role.org.attached"
    (fact,) = [f for f in rec.facts if isinstance(f, AgreementFact)]
    assert sorted(fact.parties) == ["Tashkent State Pedagogical University", "Tianjin Normal University"]


@pytest.mark.parametrize(
    ("text", "tied"),
    [
        (
            "Attending were Du Hongbo, Director of the Academic Affairs Office and Dean of the Innovation "
            "School of our university; Ma Guanhui, Dean of the School of Music.",
            True,
        ),
        (
            "Attending were Du Hongbo, Director of the Academic Affairs Office and Dean of the Innovation "
            "School Ma Guanhui.",
            False,
        ),
    ],
)
def test_a_coordinated_title_with_its_own_of_phrase_belongs_to_the_first_titles_person(extractor, text, tied):
    """role.tie.coordinated_title: "X, Director of A and Dean of B;" -> X is the dean too; a name after the
    second title takes it instead."""
    roles = _roles(extractor.extract(text))
    assert any(k[0] == "Du Hongbo" and k[1] == "dean" for k in roles) is tied


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "Chinese Academy of Sciences (CAS) and Serbian Academy of Sciences and Arts (SANU) signed a "
            "cooperation agreement. The Agreement on Cooperation was signed by presidents of CAS and SANU, Bai "
            "Chunli and Vladimir S. Kostic, at the building of SANU in Belgrade.",
            {
                ("Bai Chunli", "president", "Chinese Academy of Sciences"),
                ("Vladimir S. Kostic", "president", "Serbian Academy of Sciences and Arts"),
            },
        ),
        ("The directors of institutes of CAS visited Belgrade with Bai Chunli.", set()),
    ],
)
def test_a_plural_title_with_its_organisations_before_the_names(extractor, text, facts):
    """role.tie.plural_title over "of A and B," and role.org.respective from the organisations after the title."""
    roles = _roles(extractor.extract(text))
    assert {k for k in roles if k[1] in ("president", "director")} == facts


def test_a_committee_membership_lends_its_organisation_to_no_other_title(extractor):
    text = (
        "Wang Zhongliang, TCU President, Yang Jing, Member of Standing Committee of the TCU Council and Vice "
        "President, warmly welcomed the guests."
    )
    roles = _roles(extractor.extract(text))
    assert not any(
        k[0] == "Yang Jing" and k[1] == "vice-president" and "Committee" in (k[2] or "") for k in roles
    )


def test_a_hard_wrapped_page_reads_as_running_text(extractor):
    """read.unwrap: line breaks inside sentences of a page wrapped at a fixed width become spaces (same
    length, so offsets index the raw text); the acronym in brackets between a title and a name keeps the tie.
    """
    text = (
        "(MENAFN- AzerNews) A delegation headed by Rector of Baku State University (BSU)\n"
        "Elchin Babayev visited Tongji University in Shanghai, People's\n"
        "Republic of China (PRC), Azernews reports.\n"
        "According to the university's press service, a Memorandum of\n"
        "Understanding on cooperation between the two universities was\n"
        "signed at the meeting. According to the memorandum, at the initial\n"
        "stage it is planned to exchange students, as well as short-term and\n"
        "long-term internships of doctoral students.\n"
    )
    rec = extractor.extract(text)
    assert [m.text for m in rec.mentions if m.label == "AGREEMENT"][0].startswith(
        "Memorandum of\nUnderstanding"
    )
    assert ("Elchin Babayev", "rector", "Baku State University") in _roles(rec)
    assert [sorted(f.parties) for f in rec.facts if isinstance(f, AgreementFact)] == [
        ["Baku State University", "Tongji University"]
    ]


def test_a_page_with_short_lines_is_not_unwrapped():
    from extractor.lang.textnorm import unwrap_lines

    text = (
        "Home\nNews\nTNU and TSPU sign cooperation agreement\nUpdated: Sep 12, 2025\n\nOn September 3, ...\n"
    )
    assert unwrap_lines(text) == text


@pytest.mark.parametrize(
    "text,fact,absent",
    [
        (
            "During the meeting, ASOIU's Acting Rector, Associate Professor Vazeh Asgarov, greeted the guests.",
            ("Vazeh Asgarov", "rector", "Azerbaijan State Oil and Industry University"),
            ("Vazeh Asgarov", "professor"),
        ),
        (
            "Professor of Practice Dr. Ekkachai Mahaek, Vice President of Chiang Mai University together with Assistant "
            "Professor Dr. Pandin Ounchanum, Dean of the Faculty of Architecture, attended.",
            ("Ekkachai Mahaek", "vice-president", "Chiang Mai University"),
            ("Pandin Ounchanum", "vice-president"),
        ),
    ],
)
def test_an_academic_rank_is_an_honorific_beside_a_stated_position(extractor, text, fact, absent):
    roles = _roles(extractor.extract(text))
    assert fact in roles
    assert not any(k[:2] == absent for k in roles), roles


def test_the_university_named_in_an_earlier_paragraph(extractor):
    """role.org.the_university_named_before across paragraphs ("the university's Rector X")"""
    text = (
        "Ulaanbaatar /MONTSAME/ The Ambassador of Mongolia to the Russian Federation D.Davaa visited the Saint "
        "Petersburg State University of Economics.\n\nAfterwards, Ambassador D.Davaa held a meeting with the "
        "university's Rector Igor Maksimtsev."
    )
    roles = _roles(extractor.extract(text))
    assert (
        roles.get(("Igor Maksimtsev", "rector", "Saint Petersburg State University of Economics"))
        == "role.org.the_university_named_before"
    )


def test_an_acronym_the_registry_gives_to_an_unnamed_organisation_is_the_named_one(extractor):
    """org.key.acronym_of_named; agreement.status: 'the importance of signing an agreement' is planned"""
    text = (
        "On behalf of the rector of the Baikal State University Viktor Ignatenko, the vice-rector welcomed "
        "colleagues. He spoke about the part of BSU in the training of specialists.\n\nThe Vice-Rector of the "
        "University of Finance and Economics, Mr. Batkhuyag Zhamyandorzh, stressed the importance of signing an "
        "agreement on cooperation between BSU and the University of Finance and Economics."
    )
    rec = extractor.extract(text)
    assert {m.norm for m in rec.mentions if m.text == "BSU"} == {"Baikal State University"}
    assert [f.status for f in rec.facts if isinstance(f, AgreementFact)] == ["planned"]


def test_an_honorific_at_the_end_of_a_wrapped_line_does_not_stop_the_unwrapping():
    from extractor.lang.textnorm import unwrap_lines

    lines = [
        "The first Vice-Rector of the University of Finance and Economics, Mr.",
        "Batkhuyag Zhamyandorzh, and the Vice-Rector for Academic Affairs, Ms. Ankhtuya",
        "Dorzhsuren, made a speech in response. They stressed the importance of",
        "signing an agreement on cooperation between universities, as well as the",
        "opportunities for scientific and educational cooperation in the field of law,",
        "economics and management.",
    ]
    assert unwrap_lines("\n".join(lines)) == " ".join(lines)


def test_accented_latin_names_are_names(extractor):
    rec = extractor.extract(
        "Speaking about the research, Rector Zoltán Szilvássy said that the talks went well."
    )
    assert ("PERSON", "Zoltán Szilvássy") in {(m.label, m.text) for m in rec.mentions}


@pytest.mark.parametrize(
    "text,absent",
    [
        (
            "The forum is taking place on the Far Eastern Federal University (FEFU) campus. The representatives of "
            "Tomsk State University and Harbin Institute of Technology signed a memorandum.",
            "Far Eastern Federal University",
        ),
        (
            "Tomsk State University signed a memorandum with Harbin Institute of Technology, as stated by the Embassy of "
            "Mongolia in Russia.",
            "Embassy of Mongolia in Russia",
        ),
        (
            "Tomsk State University signed a memorandum with Harbin Institute of Technology, according to Kabar News.",
            "Kabar News",
        ),
    ],
)
def test_a_venue_a_source_or_a_news_outlet_is_no_party(extractor, text, absent):
    """agreement.party.not_venue, agreement.party.not_source, agreement.party.not_media"""
    facts = [f for f in extractor.extract(text).facts if isinstance(f, AgreementFact)]
    assert facts and not any(absent in f.parties for f in facts), facts


def test_partners_counted_then_listed_in_the_next_sentence(extractor):
    """agreement.parties.listed_next; 'St.' opens a name"""
    text = (
        "Rector of Tomsk State University Eduard Galazhinsky signed a memorandum of cooperation with several "
        "international higher education institutions.\n\n Among them are St. Petersburg State Institute of "
        "Aerospace Engineering and St. Petersburg Higher School of Economics."
    )
    facts = _parties_and_rules(extractor.extract(text))
    assert [f[1] for f in facts] == [
        ("St. Petersburg Higher School of Economics", "Tomsk State University"),
        ("St. Petersburg State Institute of Aerospace Engineering", "Tomsk State University"),
    ], facts
    assert {f[3] for f in facts} == {"agreement.parties.listed_next"}


def test_named_partners_are_not_replaced_by_a_list_that_follows(extractor):
    text = (
        "Tomsk State University signed a memorandum with Harbin Institute of Technology. Among them are "
        "Lanzhou University and Sanya University."
    )
    assert _agreements(extractor.extract(text)) == [
        ("memorandum", ["Harbin Institute of Technology", "Tomsk State University"])
    ]


def test_a_month_or_a_country_code_in_capitals_is_no_organisation(extractor):
    rec = extractor.extract("In JUNE the UAE President met the delegation. USA signed nothing.")
    assert not [m for m in rec.mentions if m.label == "ORG"]


@pytest.mark.parametrize(
    "text,fact",
    [
        (
            "St Petersburg University concluded a strategic agreement. The document was signed by Rector of St "
            "Petersburg University Nikolay Kropachev.\n\nAt the summit in September 2022 President Xi Jinping paid "
            "attention to the development of relations.",
            ("Xi Jinping", "president", None),
        ),
        (
            "Harbin Engineering University News\n\nHarbin Engineering University signed an agreement with Tomsk State "
            "University. President Zhang Wei said the agreement opens a new stage.",
            ("Zhang Wei", "president", "Harbin Engineering University"),
        ),
    ],
)
def test_a_president_of_a_rector_led_release_is_a_state_title(extractor, text, fact):
    """role.org.state_president; a president-led release keeps its president (role.org.release_home)"""
    assert fact in _roles(extractor.extract(text))


@pytest.mark.parametrize(
    "text,parties,status",
    [
        (
            "Don State Technical University intends to open a representative office in Uzbekistan at Bukhara State "
            "University. The agreement was signed on May 26, 2021, by the two rectors.",
            ["Bukhara State University", "Don State Technical University"],
            "signed",
        ),
        (
            "From 24 to 28 June, the Secretary of Wuhan University led a delegation to Belarus. During the visit, the "
            "delegation was scheduled to attend a meeting at the Belarusian State Polytechnic University, sign an "
            "agreement on inter-university cooperation, and call on the Embassy of China in Belarus.",
            ["Belarusian State Polytechnic University", "Wuhan University"],
            "planned",
        ),
    ],
)
def test_the_institution_at_which_a_one_party_agreement_happens_is_the_other_party(
    extractor, text, parties, status
):
    """agreement.parties.host; 'scheduled to' is planned; a later clause ('and call on the Embassy') is no
    topic and no party"""
    (fact,) = [f for f in extractor.extract(text).facts if isinstance(f, AgreementFact)]
    assert sorted(fact.parties) == parties and fact.status == status and "+host" in fact.party_rule


def test_degrees_between_a_title_and_the_next_name(extractor):
    text = (
        "The delegation was headed by the rector of the University, doctor of economics, professor Mumin "
        "Sharifzoda, vice-rector for International Relations, doctor of economics, professor Davron Babajanov."
    )
    roles = {k[:2] for k in _roles(extractor.extract(text))}
    assert ("Davron Babajanov", "vice-rector") in roles and ("Mumin Sharifzoda", "vice-rector") not in roles


def test_a_topic_tag_is_not_the_release_organisation(extractor):
    """home.reject.tag"""
    text = (
        "18 September 2025\n\nSCO: MEMORANDUM WITH ILI PEDAGOGICAL UNIVERSITY\n\nAn online meeting was held "
        "between Sarsen Amanzholov East Kazakhstan University and Ili Pedagogical University. Sarsen Amanzholov "
        "East Kazakhstan University will prepare the memorandum."
    )
    from extractor.facts.home import home_org

    doc = extractor.nlp(text)
    assert home_org(doc) != "Shanghai Cooperation Organisation"


def test_a_title_written_beside_its_organisation_beats_the_university_guessed_by_recency(extractor):
    """role.org.attached (3) over role.org.our_institution / the_university_named_before (2)"""
    text = (
        "A Memorandum of Understanding was signed between China University of Petroleum and Mount Kenya "
        'University. The university was founded in 1953.\n\n"Empowering communities is our key driver," says '
        "Prof. Stanley Waudo, the university Vice-Chancellor.\n\nMeanwhile, MKU Vice Chancellor Prof. Stanley "
        "Waudo said the University will have a free career day."
    )
    roles = _roles(extractor.extract(text))
    assert [k[2] for k in roles if k[:2] == ("Stanley Waudo", "rector")] == ["Mount Kenya University"], roles


@pytest.mark.parametrize(
    "text,fact",
    [
        (
            "The MoU was signed at the Consulate General of the Russian Federation in Karachi in presence of Consul General "
            "Dmitrii Lukiantsev.",
            ("Dmitrii Lukiantsev", "consul", "Consulate General of the Russian Federation in Karachi"),
        ),
        (
            "The Ambassador of Mongolia to the Russian Federation D.Davaa visited the university.",
            ("D. Davaa", "ambassador", None),
        ),
    ],
)
def test_a_consul_holds_office_at_the_consulate_named(extractor, text, fact):
    """role.org.consulate; an ambassador's title is the country's (role.org.of_country)"""
    assert fact in _roles(extractor.extract(text))


@pytest.mark.parametrize(
    "text,org",
    [
        # org.span.person_tail (not fired)
        (
            "Tashkent State Technical University named after I. Karimov signed the memorandum.",
            "Tashkent State Technical University named after I. Karimov",
        ),
        ("The Department of Central Asian Studies hosted a seminar.", "Department of Central Asian Studies"),
        ("The agreement involves IIT Bombay and Tomsk State University.", "IIT Bombay"),
        # org.acronym_acting
        ("From June 26th to 29th, HENU president LOU Yuangong attended the forum in Minsk.", "HENU"),
        (
            "During the forum, HENU signed a joint training agreement with Belarusian State University.",
            "HENU",
        ),
        # org.span.field_list
        (
            "He visited the Tajik State University of Law, Business and Politics.",
            "Tajik State University of Law, Business and Politics",
        ),
        ("It was signed by the University of Tehran, Russia and China.", "University of Tehran"),
        ("The University of Tokyo, Kyoto University and Osaka University met.", "Kyoto University"),
        # org.acronym_acting
        (
            'SibGIU (member of Scientific and Educational Center "KuZbass") strengthens cooperation with China\n\nThe '
            "first university of Kuzbass signed a cooperation agreement with Wenzhou University.",
            "SibGIU",
        ),
        (
            "CHU leader led a delegation to visit three Central Asian countries\n\nThe visit was a success.",
            "CHU",
        ),
        (
            "VSUES first vice-rector prof. Olga Vorozhbit held the meeting with the delegation of Mudanjiang University.",
            "VSUES",
        ),
        # org.described: a name the text describes as a company
        (
            "On April 7, the National Academy of Sciences of Belarus signed an agreement with CAMCE Ecological "
            "Technologies, a Chinese environmental protection company, the agency writes.",
            "CAMCE Ecological Technologies",
        ),
        # a place before a spaced dash is not part of the model's name
        (
            "A cooperation agreement was signed between Penza State University and one of the largest universities "
            "of Uzbekistan - Bukhara State University.",
            "Bukhara State University",
        ),
    ],
)
def test_organisation_span(extractor, text, org):
    """Organisation spans of the rules added for unseen sites, each row firing (or keeping quiet) one rule."""
    assert ("ORG", org) in {(m.label, m.text) for m in extractor.extract(text).mentions}


def test_two_universities_without_an_article_are_the_last_two_named(extractor):
    """agreement.parties.both_sides: "Two universities signed ..." (no article) after a paragraph break"""
    text = (
        "Tomsk State University hosted the delegation of Lanzhou University on 3 May.\n\nTwo universities signed "
        "an agreement on joint programs."
    )
    facts = _parties_and_rules(extractor.extract(text))
    assert [(f[1], f[3]) for f in facts] == [
        (("Lanzhou University", "Tomsk State University"), "agreement.parties.both_sides")
    ], facts


def test_a_unit_named_with_its_university_counts_as_that_university():
    from extractor.facts.signatories import institution_of

    assert (
        institution_of(
            "Monitoring and Forecasting Center of Vladivostok State University of Economics and Service"
        )
        == "Vladivostok State University of Economics and Service"
    )
    assert institution_of("Tomsk State University") == "Tomsk State University"


def test_employees_of_a_department_listed_after_a_dash_and_the_visiting_university_signs(extractor):
    """role.org.delegation_member ("employees of X — Professor A, ..."); agreement.parties.previous_sentence
    keeps the university whose president leads the visit and drops the departments named in titles"""
    text = (
        "On their business visit in Bukhara, Viktor Soifer, President of Samara University, employees of the "
        "Department of Engineering Cybernetics — Professor Aleksey Kovalev, Associate Professor Elena Kozlova, "
        "and Associate Professor of the Department of Engine Production Technology Aleksey Ivchenko.\n"
        "The Memorandum of Understanding implies developing mutual long-term collaboration.\n"
        "Bukhara State University is one of the oldest universities in Uzbekistan."
    )
    rec = extractor.extract(text)
    assert (
        _roles(rec).get(("Elena Kozlova", "professor", "Department of Engineering Cybernetics"))
        == "role.org.delegation_member"
    )
    # "Associate Professor" is Kozlova's: the tie is decided once, in assembly (it was Kovalev's when the
    # facts recomputed it from the kept titles alone)
    assert not any(
        f.person == "Aleksey Kovalev" and f.title == "Associate Professor"
        for f in rec.facts
        if isinstance(f, RoleFact)
    )
    assert "Samara University" in [p for f in rec.facts if isinstance(f, AgreementFact) for p in f.parties]


def test_a_comma_glued_after_a_bracket_and_a_signing_to_complete_in_the_near_future(extractor):
    """tokenizer: "(OUC),Yang" splits; agreement.status: "would complete the signing ... in the near future"
    is planned"""
    text = (
        "The vice president of the Harbin Institute of Technology (HIT),Yang Xiaotang, visited Toraighyrov "
        "University. The two universities said that they would complete the signing of the memorandum in the "
        "near future."
    )
    rec = extractor.extract(text)
    assert ("PERSON", "Yang Xiaotang") in {(m.label, m.text) for m in rec.mentions}
    assert [f.status for f in rec.facts if isinstance(f, AgreementFact)] == ["planned"]


def test_a_title_abbreviation_in_brackets_is_no_organisation(extractor):
    """org.reject.title_abbreviation"""
    text = "Egerton University Vice Chancellor (VC) Prof Isaac Kibwage said the renewed MoU runs to 2030."
    assert not [m for m in extractor.extract(text).mentions if m.label == "ORG" and m.text == "VC"]


def test_a_name_first_list_keeps_each_title_with_the_name_before(extractor):
    """role.tie.honorific_next does not fire in "Mr. A, CEO, X, Mr. B, Programme Manager, Ms. C, ..." """
    text = (
        "The delegation included Mr. Lu Canlin, CEO, Huawei Technologies Azerbaijan, Mr. Tao Ziven, Programme "
        "Manager, Ms. Zhong Jing, Accountant Manager."
    )
    roles = _roles(extractor.extract(text))
    assert roles.get(("Tao Ziven", "other", "Huawei Technologies Azerbaijan")) == "role.org.previous_item"


def test_the_subject_head_after_the_name_makes_the_organisation_the_signer(extractor):
    """agreement.parties.with_partners: "Curtin University Malaysia (Curtin Malaysia) has signed an MoU with
    B" (the parse puts the subject's head after the organisation's span)"""
    text = (
        "MIRI: Curtin University Malaysia (Curtin Malaysia) has signed a Memorandum of Understanding (MoU) with "
        "Pavlodar Pedagogical University (Margulan University) in Kazakhstan.\n\nMargulan University and "
        "Margulan University students will benefit. Margulan University welcomed the MoU."
    )
    facts = _agreements(extractor.extract(text))
    assert len(facts) == 1 and "Curtin University" in facts[0][1], facts


def test_a_title_first_list_with_a_doctor_after_the_comma(extractor):
    """role.tie.title_first_list: "the Chairman of the Institute, Dr. A, the director of B, C": each title
    names the person after it (honorifics after the comma; "the Institute" stands for a named organisation)"""
    text = (
        "During the meeting with the Chairman of the Institute, Dr. Mohd Faiz Abdullah, the director of the "
        "Kazakhstan Institute for Strategic Studies, Yerkin Tukumov, noted that cooperation would grow."
    )
    roles = _roles(extractor.extract(text))
    assert ("Yerkin Tukumov", "director", "Kazakhstan Institute for Strategic Studies") in roles
    assert not [k for k in roles if k[0] == "Mohd Faiz Abdullah" and k[1] == "director"]


@pytest.mark.parametrize(
    "text,org",
    [
        (
            "Yang Guangbin, dean of RUC’s School of International Studies, signed it.",
            "School of International Studies of Renmin University of China",
        ),
        (
            "Ivan Petrov, head of the SPbPU International Relations Office, signed it.",
            "International Relations Office of Peter the Great St. Petersburg Polytechnic University",
        ),
    ],
)
def test_a_unit_after_its_parents_acronym_is_keyed_as_the_parents_unit(extractor, text, org):
    """org.span.parent_possessive (one span across "’s") and org.key.parent_in_front"""
    rec = extractor.extract(text)
    assert [f.org for f in rec.facts if isinstance(f, RoleFact)] == [org]


def test_an_international_body_in_front_is_part_of_the_name(extractor):
    """org.key.parent_in_front does not fire for an international organisation's acronym"""
    rec = extractor.extract("The ASEAN Institute of Strategic Studies met in Kuala Lumpur.")
    assert [m.norm for m in rec.mentions if m.label == "ORG"] == ["ASEAN Institute of Strategic Studies"]


def test_paying_attention_is_no_visit(extractor):
    """affiliation._visit_verb (the visitors of role.org.delegation_member): "paid attention" is no visit, "paid
    a visit" is one"""
    from extractor.facts.affiliation import _visit_verb

    for sentence, expected in (
        ("Oleg Polukhin paid attention to the results.", False),
        ("Oleg Polukhin paid a working visit to Minsk.", True),
    ):
        paid = next(t for t in extractor.nlp(sentence) if t.lower_ == "paid")
        assert bool(_visit_verb(paid)) is expected


def test_names_right_before_signed_are_the_signatories_whatever_the_parse(extractor):
    """agreement.signatories.names_before_verb, and the signatories' organisations as parties
    (agreement.parties.signatory_affiliation) instead of the sentence before's names"""
    text = (
        "Rector of Belgorod State University Oleg Polukhin and the President of Dezhou University Zhao Shengcun "
        "met online. He noted that the International Institute will open. At the end of the online meeting Oleg Polukhin and Zhao Shengcun signed an Agreement on "
        "establishing a joint institute."
    )
    facts = [f for f in extractor.extract(text).facts if isinstance(f, AgreementFact)]
    assert [(f.signatories, sorted(f.parties)) for f in facts] == [
        (
            ["Oleg Polukhin", "Zhao Shengcun"],
            ["Belgorod State National Research University", "Dezhou University"],
        )
    ]


def test_the_body_of_a_meeting_is_not_the_releases_organisation(extractor):
    """home.reject.event_of ("a meeting of the Working Commission was held"); the "of" chain of a title
    ("The Vice-Rector for Research of X A.A. Erofeev took part") makes X act"""
    text = (
        "From 20 to 22 June 2019 a meeting of the Working Commission for the coordination of the Consortium "
        "was held. The Vice-Rector for Research of the Belarusian State University of Transport A.A. Erofeev "
        "took an active part in this meeting. Three agreements were signed:\n"
        "- Memorandum of mutual understanding with Toraighyrov University;\n"
        "It was agreed to develop exchanges."
    )
    facts = _agreements(extractor.extract(text))
    assert facts == [("memorandum", ["Belarusian State University of Transport", "Toraighyrov University"])]


@pytest.mark.parametrize(
    "text,org",
    [
        (
            "Director of the Institute №2 “Propulsion Engineering” Veronika Monakhova spoke.",
            'Institute №2 "Propulsion Engineering"',
        ),  # org.span.numbered
        (
            "President of Azerbaijan National Academy of Sciences Akif Alizadeh spoke.",
            "Azerbaijan National Academy of Sciences",
        ),  # org.span.person_tail with an Azerbaijani surname ending
    ],
)
def test_organisation_spans_end_where_the_name_does(extractor, text, org):
    rec = extractor.extract(text)
    assert [f.org for f in rec.facts if isinstance(f, RoleFact)] == [org]


def test_names_given_later_replace_guessed_parties(extractor):
    """agreement.parties.named_later (the most named organisations were the guess)"""
    text = (
        "According to the University of Ilorin Bulletin issued on Monday, the agreement was formalised through "
        "the signing of a Memorandum of Understanding (MoU) in China.\n\nThe publication stated that the MoU "
        "is to foster educational collaboration between the two sides.\n\nThe Vice Chancellor of the "
        "University of Ilorin, Prof. Wahab Egbewole and his counterpart at the North-China University signed "
        "the MoU on behalf of their respective institutions.\n\nThe Conference, which was co-hosted by the "
        "China Association of Higher Education (CAHE) and the Association of African Universities (AAU), took "
        "place in Beijing. CAHE thanked the AAU and the China Association of Higher Education."
    )
    rec = extractor.extract(text)
    assert _agreements(rec) == [("memorandum", ["North-China University", "University of Ilorin"])]
    assert rec.facts[-1].party_rule.endswith("+named_later")


def test_a_dateline_city_in_capitals_is_no_acting_acronym(extractor):
    """org.acronym_acting does not fire on a dateline ("KARACHI, (UrduPoint ...): A and B signed")"""
    text = (
        "KARACHI, (UrduPoint / Pakistan Point News - 26th Jan, 2023 ):Federal Urdu University (FUU) and the "
        "Russian Center of Science and Culture on Thursday signed a memorandum of understanding."
    )
    rec = extractor.extract(text)
    assert "KARACHI" not in [m.text for m in rec.mentions if m.label == "ORG"]
    assert _agreements(rec) == [
        ("memorandum", ["Federal Urdu University", "Russian Center of Science and Culture"])
    ]


def test_the_document_signed_in_the_next_paragraph_dates_the_agreement(extractor):
    """agreement.date.document_signed"""
    text = (
        "Updated: 2022-07-07\n\nA memorandum of understanding has been signed between the China-Eurasia Council "
        "for Political and Strategic Research and the Renmin University of China.\n\nThe document was signed "
        "on July 5 by Mher Sahakyan and Yang Guangbin."
    )
    facts = [f for f in extractor.extract(text).facts if isinstance(f, AgreementFact)]
    assert [(f.date, f.signatories) for f in facts] == [("2022-07-05", ["Mher Sahakyan", "Yang Guangbin"])]


@pytest.mark.parametrize(
    ("first", "date"),
    [
        (
            "paid an eight-day working visit to Hungary from September 12 to 19, 2018.",
            "2018-09-12/2018-09-19",
        ),
        ("talked about the years from 2015 to 2018 with colleagues.", None),
    ],
)
def test_a_signing_during_a_visit_takes_the_visits_interval(extractor, first, date):
    """agreement.date.event_interval: a signing told without a date during a visit of several days; an
    interval that is no event dates nothing."""
    text = (
        f"Yi Hong, the Secretary of Central South University, and his delegation {first} Yi Hong signed a "
        "framework cooperation agreement with Semmelweis University to promote exchanges."
    )
    facts = [f for f in extractor.extract(text).facts if isinstance(f, AgreementFact)]
    assert [f.date for f in facts] == [date]


@pytest.mark.parametrize(
    ("gap", "tied"), [("; Vice-Rector for Science, PhD. ", True), (", Vice-Rector for Science, ", False)]
)
def test_a_title_then_degrees_names_the_person_after_it(extractor, gap, tied):
    """role.tie.honorific_next: the degrees of ``patterns/degrees.jsonl`` between a title and the name after
    it, also after a ";" that closes the item before; after a plain comma the title is the name's before."""
    text = f"The delegation included Director Igor Yuryevich Dolmatov{gap}Tatyana Yuryevna Orlova."
    roles = _roles(extractor.extract(text))
    assert any(k[0] == "Tatyana Yuryevna Orlova" and k[1] == "vice-rector" for k in roles) is tied


@pytest.mark.parametrize(
    "bracket",
    [" (Academics & Research)", " (VC)", " (University of Lagos)"],
    ids=["portfolio", "acronym", "org"],
)
def test_a_bracketed_portfolio_is_part_of_the_title(extractor, bracket):
    """role.span.bracketed_portfolio and org.reject.portfolio after "(": the bracket belongs to the title and
    the title to the name after the honorific; an organisation in brackets stays one, outside the title."""
    text = (
        f"The event took place in the office of the Deputy Vice-Chancellor{bracket}, Professor Bolanle Oboh."
    )
    record = extractor.extract(text)
    roles = [m.text for m in record.mentions if m.label == "ROLE"]
    if "University" in bracket:
        assert "University of Lagos" in [m.text for m in record.mentions if m.label == "ORG"]
        assert not any("(" in r for r in roles)
    else:
        assert roles == [f"Deputy Vice-Chancellor{bracket}"]
        assert any(f.person == "Bolanle Oboh" for f in record.facts if isinstance(f, RoleFact))


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Professor Han Wei, Executive Deputy Director of ICHEI and Ms. Fan Li visited Mongolia.",
            "Executive Deputy Director",
        ),
        ("Professor Han Wei, Acting Dean of the Law School, visited Mongolia.", "Acting Dean"),
        ("The Executive said that Han Wei, Deputy Director of ICHEI, visited Mongolia.", "Deputy Director"),
    ],
)
def test_a_title_modifier_opens_the_title(extractor, text, title):
    """role.span.modifier: a word the role lexicon puts before titles ("executive", "acting") opens one, so
    the title is Han Wei's (apposition), not the next name's."""
    record = extractor.extract(text)
    assert [m.text for m in record.mentions if m.label == "ROLE"] == [title]
    assert [f.person for f in record.facts if isinstance(f, RoleFact)] == ["Han Wei"]


def test_a_coordinated_portfolio_is_no_place(extractor):
    """The model's GPE on the last word of "of Education, Science, and Youth" is no country: the portfolio
    goes on, and the title reaches the name after the country."""
    text = "The meeting was attended by Deputy Minister of Education, Science, and Youth of Georgia Baia Kvitsiani."
    record = extractor.extract(text)
    assert [m.text for m in record.mentions if m.label == "ROLE"] == [
        "Deputy Minister of Education, Science, and Youth"
    ]
    assert [(f.person, f.role) for f in record.facts if isinstance(f, RoleFact)] == [
        ("Baia Kvitsiani", "deputy minister")
    ]


def test_a_title_running_into_an_organisation_gives_way_to_it(extractor):
    """role.span.cut_at_org: "Chairman of the Board" (a lexicon title) inside "the Chairman of the Board of
    Governors of the Competence Center": the organisation stays, the title keeps "Chairman"."""
    text = (
        "The document was endorsed by Vladimir Litvinenko, the Chairman of the Board of Governors of the "
        "Competence Center, and Ivan Petrov."
    )
    record = extractor.extract(text)
    assert [m.text for m in record.mentions if m.label == "ROLE"] == ["Chairman"]
    assert [(f.person, f.role) for f in record.facts if isinstance(f, RoleFact)] == [
        ("Vladimir Litvinenko", "chair")
    ]


def test_a_plural_title_goes_to_each_name_it_lists(extractor):
    """role.tie.plural_title ("the vice-rectors A, B, C", the plural split by the tokenizer) and never to the
    titled person before it"""
    text = (
        "The delegation was greeted by the rector of Polessky University, Professor Shebeko, the vice-rectors "
        "Vlasova Svetlana, Zolotareva Olga, Kruchinsky Nikolai."
    )
    roles = _roles(extractor.extract(text))
    assert {k[0] for k in roles if k[1] == "vice-rector"} == {
        "Vlasova Svetlana",
        "Zolotareva Olga",
        "Kruchinsky Nikolai",
    }


def test_a_title_first_list_with_honorifics_and_a_field_list_in_a_name(extractor):
    """org.span.field_list stops before "Professor" ("Faculty of History, Culture, and Tourism Professor X");
    role.tie: commas inside an organisation's name do not end a list item"""
    text = (
        "The delegation included Director of the International Exchange and Cooperation Department Associate "
        "Professor Li Hu, Dean of the Faculty of History, Culture, and Tourism Professor Liu Hongbo, Deputy "
        "Director of the Gansu Mushroom Applied Engineering Laboratory Professor Liang Qianqian."
    )
    roles = _roles(extractor.extract(text))
    assert ("Liu Hongbo", "dean", "Faculty of History, Culture, and Tourism") in roles
    assert ("Liang Qianqian", "deputy director", "Gansu Mushroom Applied Engineering Laboratory") in roles
    assert not [k for k in roles if k[0] == "Li Hu" and k[1] == "dean"]


def test_a_name_the_model_reads_as_an_organisation_before_its_title(extractor):
    """org.reject.titled_name ("Nazir Obeidat, UJ President,"); rule_apposition with the organisation's
    acronym or name between the comma and the title"""
    text = (
        "The University of Jordan (UJ) and ADA University signed a memorandum. The memorandum, signed by Nazir "
        "Obeidat, UJ President, and Fariz Ismailzade, ADA University Vice Rector, signifies a commitment."
    )
    rec = extractor.extract(text)
    assert "Nazir Obeidat" not in [m.text for m in rec.mentions if m.label == "ORG"]
    roles = _roles(rec)
    assert ("Nazir Obeidat", "president", "University of Jordan") in roles
    assert ("Fariz Ismailzade", "vice-rector", "ADA University") in roles


def test_names_and_titles_paired_respectively(extractor):
    """role.tie.respectively"""
    text = "The guests were welcomed by fellows Lu Qi and Wu Bo, director and deputy director of RID."
    roles = _roles(extractor.extract(text))
    assert {(k[0], k[1]) for k in roles} == {("Lu Qi", "director"), ("Wu Bo", "deputy director")}


def test_a_long_title_then_a_comma_and_an_honorific(extractor):
    """_long_title: "Director of <a long name>, Professor K. Davronov" """
    text = (
        "Director of the Institute of Microbiology of the Academy of Sciences of the Republic of Uzbekistan, "
        "Professor K. Davronov visited China."
    )
    assert list(_roles(extractor.extract(text))) == [
        (
            "K. Davronov",
            "director",
            "Institute of Microbiology of the Academy of Sciences of the Republic of Uzbekistan",
        )
    ]


def test_a_verb_right_after_the_organisation_makes_it_the_signer(extractor):
    """agreement.parties.subject_before_verb (a dateline spoils the parse)"""
    text = (
        "Professor Yu Miaojie, fellow of the International Economic Association, visited Russia.\n\n"
        "VLADIVOSTOK, September 6 /TASS/ Liaoning University (LNU) signed an agreement with the Far Eastern "
        "Federal University (FEFU) during the Eastern Economic Forum."
    )
    assert _agreements(extractor.extract(text)) == [
        ("agreement", ["Far Eastern Federal University", "Liaoning University"])
    ]


@pytest.mark.parametrize(
    "text,person",
    [
        ("Tomsk State University hosted guests.\nAuthor:Yue Yimei\n", "Yue Yimei"),
        ("Tomsk State University hosted guests.\n  Webmaster: O. Sinitsyna\n", "O. Sinitsyna"),
        ("Publisher: Zhang Zijiao   From: zzu   Publish Date: 2016.09.27", "Zhang Zijiao"),
    ],
)
def test_a_byline_is_a_role_other_with_no_organisation(extractor, text, person):
    """roles lexicon: bylines (annotation.md: "Editor" -> other); role.org.byline (no release organisation)"""
    assert _roles(extractor.extract(text)) == {(person, "other", None): "role.org.byline"}


def test_a_list_of_state_officials_runs_title_first(extractor):
    """role.tie.title_first_list with a country after the title ("the Minister of X of the Russian Federation,
    A, the Minister of Y of the Russian Federation, B"); role.reject.counted_group ("the rector of more than
    40 universities" is no one's title)"""
    text = (
        "The forum will be attended by the Minister of Science and Higher Education of the Russian Federation, "
        "Mikhail Kotyukov, the Minister of Education of the Russian Federation, Olga Vasilyeva, the rector of "
        "more than 40 universities."
    )
    assert {(k[0], k[1]) for k in _roles(extractor.extract(text))} == {
        ("Mikhail Kotyukov", "minister"),
        ("Olga Vasilyeva", "minister"),
    }


def test_a_portfolio_list_with_an_oxford_comma(extractor):
    """extend_role: "Deputy Minister of Education, Science, and Culture of Kazakhstan A" """
    text = "The talks were attended by the Deputy Minister of Education, Science, and Culture of Kazakhstan Aslan Sarinzhipov."
    assert [(k[0], k[1]) for k in _roles(extractor.extract(text))] == [
        ("Aslan Sarinzhipov", "deputy minister")
    ]


def test_a_semicolon_list_of_titled_names_keeps_the_first_items_unit(extractor):
    """role.org.previous_item across ";" items, with a portfolio ("Vice Dean for X"), carried down the list,
    and the item's own unit ("Dean of the Business School at BSU" -> the Business School at BSU)"""
    text = (
        "Representatives from Belarusian institutions, including Natalia Manchurova, Dean of the Business School "
        "at Belarusian State University; Natalia Bondarenko, Vice Dean for Ideology and Education; Alexey "
        "Kryvko, Vice Dean for Teaching."
    )
    roles = _roles(extractor.extract(text))
    unit = "Business School of the Belarusian State University"  # org.key.parent_after_at
    assert roles.get(("Natalia Bondarenko", "vice-dean", unit)) == "role.org.previous_item"
    assert roles.get(("Alexey Kryvko", "vice-dean", unit)) == "role.org.previous_item"


def test_an_acronym_after_a_title_and_of_is_an_organisation(extractor):
    """org.acronym_acting after "<title> of" (the model's PERSON reading overruled)"""
    roles = _roles(
        extractor.extract("Li Lu, President of ZJSRU; Wang Yun, Director of the Office; all attended.")
    )
    assert ("Li Lu", "president", "ZJSRU") in roles


@pytest.mark.parametrize(
    "text,facts",
    [
        pytest.param(
            "The activities of the Consortium are regulated by the Agreement between the Republic of Kazakhstan "
            "and the Republic of Belarus on economic cooperation, says Tomsk State University.",
            [],
            id="agreement.reject.between_states",
        ),
        pytest.param(
            "Taihu University of Wuxi and the Russian New University signed a cooperation agreement between China "
            "and Russia for private universities.",
            [("agreement", ["Russian New University", "Taihu University of Wuxi"])],
            id="between_states_not_when_organisations_sign",
        ),
        pytest.param(
            "A memorandum was signed between the Tashkent City Directorate for the Management of Industrial Zones "
            "and the Shihezi National Economic and Technological Development Zone.",
            [
                (
                    "memorandum",
                    [
                        "Shihezi National Economic and Technological Development Zone",
                        "Tashkent City Directorate for the Management of Industrial Zones",
                    ],
                )
            ],
            id="org_heads_zone",
        ),
    ],
)
def test_agreement_parties_on_small_texts(extractor, text, facts):
    assert _agreements(extractor.extract(text)) == facts


@pytest.mark.parametrize(
    "text",
    [
        "The two parties conducted an in-depth discussion and reached a cooperation agreement with regard to exchanges.",
        "The rectors reached an agreement on student exchanges.",
    ],
)
def test_an_agreement_reached_is_a_consensus(extractor, text):
    """agreement.reject.consensus over an article and modifiers"""
    rec = extractor.extract("Tomsk State University and Harbin Institute of Technology met in May. " + text)
    assert not [m for m in rec.mentions if m.label == "AGREEMENT"] and _agreements(rec) == []


def test_the_counterpart_of_visitors_belongs_to_the_venue_the_sentence_names(extractor):
    """role.org.counterpart with the host named as the venue ("At X, the representatives of Y met with ...")"""
    text = (
        "On October 28-29, the SFedU delegation held talks with Qilu University of Technology and Henan "
        "University.\n\nAt Qilu University of Technology, representatives of the Southern Federal University "
        "held a meeting with Vice-Rector Cao Maoyun and other colleagues."
    )
    assert ("Cao Maoyun", "vice-rector", "Qilu University of Technology") in _roles(extractor.extract(text))
