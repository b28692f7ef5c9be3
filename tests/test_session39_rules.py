"""Rules of the thirty-ninth session, each on text that fires it and text that holds it back."""

import pytest

from extractor.normalise.org_text import syllable_acronym

from .test_session38_rules import _org_keys


def _roles(extractor, text: str) -> set[tuple[str, str, str | None]]:
    return {(f.person, f.role, f.org) for f in extractor.extract(text).facts if f.type == "role"}


@pytest.mark.parametrize(
    ("text", "held", "wrong"),
    [
        (  # 4515 (cityu.edu.hk), as published
            "Members of the CityU delegation included Professor Freddy Boey, CityU President, Professor Kevin "
            "Downing, Secretary to the Council, Professor Li Wen Jung, Vice-President (Talent and International "
            "Strategy), Professor Cheng Shuk-han, Associate Vice-President (Research), Professor Jennifer Lin "
            "Fen, Associate Vice-President (Global Strategy), Professor Yue Chee-yoon, Dean of the Graduate "
            "School, and Ms Ng Pheck-choo, Director (Office of the President).",
            ("Cheng Shuk-han", "Jennifer Lin Fen"),
            ("Yue Chee-yoon", "other"),
        ),
        (  # 3917 (nagaokaut.ac.jp), as published
            "Dr. Niihara, President, Dr. Azuma, Executive Director and Vice President, Dr. Ito, Director of "
            "University Library, Dr. Nakayama, Associate Professor of Electrical, Electronics and Information "
            "Engineering, and Dr. Honma (Associate Professor of Mechanical Engineering) visited the Mongolian "
            "University of Science and Technology (MUST) on March 2, 2015 (Mon).",
            ("Azuma", "Ito"),
            ("Ito", "vice-president"),
        ),
    ],
)
def test_a_list_that_opens_with_a_name_gives_each_title_to_the_name_before_it(extractor, text, held, wrong):
    """role.tie.name_first_list: "included Professor A, Vice-President, Professor B, Associate Vice-President,
    Professor C, ...": the list opens with a name, so a title after a comma and "Professor" is still the name
    before it (role.tie.honorific_next no longer hands it to the next name)."""
    roles = _roles(extractor, text)
    people = {p for p, _, _ in roles}
    assert set(held) <= people
    assert not any((p, r) == wrong for p, r, _ in roles)


def test_a_list_that_opens_with_a_title_still_names_the_person_after_each_title(extractor):
    """A list opening with "President Hala Fouad" (title first) keeps role.tie.honorific_next: "Leading
    specialist, Doctor Adel Abuseid" is Abuseid's (3401, rsu.edu.ru)."""
    text = (
        "The main event of the visit was the meeting of the guests form Egypt (President Hala Fouad,  "
        "Pro-rector, Doctor Abdelhakim, Leading specialist, Doctor Adel Abuseid) with Rector of Ryazan State "
        "University I. Sheina."
    )
    facts = extractor.extract(text).facts
    assert any(f.person == "Adel Abuseid" and f.tie_rule == "role.tie.honorific_next" for f in facts)


def _agreement_dates(extractor, text: str) -> list[str | None]:
    return [f.date for f in extractor.extract(text).facts if f.type == "agreement"]


@pytest.mark.parametrize(
    "text",
    [
        # 2910 (fanabc.com), as published
        "Addis Ababa University and Beijing Foreign Studies University have penned an agreement to renew Amharic "
        "language program at first degree level which was commenced in 2020.",
        # 431 (egerton.ac.ke), the renewed MoU's period
        "Egerton University signed a renewed MoU with Nanjing Agricultural University, expected to run from July "
        "2025 to July 2030.",
    ],
)
def test_a_date_after_a_word_of_another_event_does_not_date_the_signing(extractor, text):
    """agreement.date.other_event (patterns/date_cues.jsonl): "commenced in 2020", "to run from July 2025 to July
    2030" date the programme and the period, not the document."""
    assert _agreement_dates(extractor, text) == [None]


def test_a_date_after_the_signing_or_the_document_still_dates_it(extractor):
    """No event word before the date, or the signing verb or the mention between: the date is the document's
    ("Signed ... since 1993", "launched ... and signed an agreement in 2019")."""
    text = (
        "Mongolian National University of Medical Sciences signed a cooperation agreement with Yonsei University "
        "since 1993. Kazan Federal University, which launched a Chinese programme, signed an agreement with "
        "Peking University in 2019."
    )
    assert _agreement_dates(extractor, text) == ["1993", "2019"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (  # 8604 (manilashimbun), as published, with the release's organisation named before
            "Moscow State University hosted the talks. The Palace statement said Tourism Secretary Wanda Teo, on "
            "behalf of the Philippine government, inked the Joint Action Program for 2017-2019.",
            "Wanda Teo",
        ),
        (  # 8512 (5fm.co.zm)
            "Rosatom signed two memorandums in Lusaka. Meanwhile Higher Education Permanent Secretary Owen "
            "Mugemezulu who signed the MoU on behalf of the government said the training will start soon.",
            "Owen Mugemezulu",
        ),
    ],
)
def test_a_government_portfolios_secretary_holds_a_public_office(extractor, text, person):
    """role.org.government_secretary: "Tourism Secretary X", "Permanent Secretary X" are a government's, not the
    release's organisation (as a minister with no ministry named)."""
    facts = [f for f in extractor.extract(text).facts if f.type == "role" and f.person == person]
    assert [(f.role, f.org, f.rule) for f in facts] == [("secretary", None, "role.org.government_secretary")]


def test_an_institutions_secretary_keeps_its_organisation(extractor):
    """ "Scientific Secretary X" at an institute stays the institute's (4412, ica.az)."""
    text = (
        "The Institute of Chemistry of Additives hosted SOCAR Turkey. The discussions were attended by the "
        "Executive Director of the Institute, Associate Professor Afsun Sujayev, Scientific Secretary Mehpara "
        "Safarova, Heads of Laboratories."
    )
    facts = [f for f in extractor.extract(text).facts if f.type == "role" and f.person == "Mehpara Safarova"]
    assert [f.org for f in facts] == ["Institute of Chemistry of Additives"]


@pytest.mark.parametrize(
    "text",
    [
        # 5504 (eritreawire), as published, the release's organisation named before
        "The China National Academy of Governance signed the MoU. He noted that this is implementation of the "
        "decision made by President Xi Jinping and Prime Minister Abiy Ahmed.",
        # 8432 (dailypioneer)
        "The Russian Academy of Sciences hosted the talks. The Deputy Prime Minister announced that during the "
        "upcoming visit of President Boris Tadic to Russia an interstate agreement would be signed.",
    ],
)
def test_a_president_beside_a_prime_minister_or_visiting_a_country_is_a_states(extractor, text):
    """role.org.state_event over "President X and Prime Minister Y" and "the visit of President X to Russia"."""
    facts = [f for f in extractor.extract(text).facts if f.type == "role" and f.role == "president"]
    assert [(f.org, f.rule) for f in facts] == [(None, "role.org.state_event")]


def test_an_envoy_in_a_sentence_about_our_university_is_no_member_of_it(extractor):
    """role.org.our_institution gives way to role.org.public_office for an ambassador, minister, consul,
    governor or mayor (1602, hgu.edu.cn, as published)."""
    text = (
        "The Ambassador of the Republic of Rwanda to China visits HGU\n\nThe ambassador of the Republic of Rwanda "
        "to China, Mr. Gen Charles Kayonga, and the Vice-Chancellor of University of Technology and Arts of "
        "Byumba (UTAB), Mr. Faustin Nyombayire, visited our university on September 27."
    )
    facts = [f for f in extractor.extract(text).facts if f.type == "role" and f.role == "ambassador"]
    assert facts and all(f.org is None for f in facts)


def test_a_pact_is_an_agreement(extractor):
    """patterns/agreements.jsonl: "pact" is an agreement's word (annotation.md; 1611, aa.com.tr, as published):
    the signing sentence now dates the document and names its signatories."""
    text = (
        "- Published Date: 12:00 | 27 December 2018\nOn Wednesday, Seyit Ayin, the rector of Turkey's Kastamonu "
        "University, signed a pact with Aybek Upenov, his counterpart at Talas State University in Kyrgyzstan, "
        "to establish a joint Kyrgyz-Turkish department.\nUnder the agreement, Kastamonu University will open "
        "faculties at Talas."
    )
    record = extractor.extract(text)
    assert [(m.text, m.norm) for m in record.mentions if m.label == "AGREEMENT"][0] == ("pact", "agreement")
    facts = [f for f in record.facts if f.type == "agreement"]
    assert [(f.date, sorted(f.signatories)) for f in facts] == [
        ("2018-12-26", ["Aybek Upenov", "Seyit Ayin"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        # 6309 (sputnikafrica), as published
        "The official stated that the work of the establishment of the center is in progress, as parties have "
        "already discussed the initiative and come to an agreement.",
        # 3917 (nagaokaut.ac.jp)
        "Niihara expressed his wishes for cooperation in deepening of future exchanges between the two countries, "
        "and obtained his agreement for full cooperation.",
        # 3909 (dnaindia)
        "Implementation of the present MoU can be extended for further five year periods if neither of the "
        "Parties informs by written agreement of its intention to terminate it.",
        # 211 of the real set (bntu.by)
        "The delegation visited Belarusian National Technical University, and the parties reached certain "
        "agreements.",
    ],
)
def test_agreement_meaning_consent_is_no_document(extractor, text):
    """agreement.reject.consensus over "come to an agreement", "obtained his agreement", "by written agreement"
    and a plural "reached (certain) agreements"."""
    words = [m.text.lower() for m in extractor.extract(text).mentions if m.label == "AGREEMENT"]
    assert not any("agreement" in w for w in words)


def test_a_written_agreement_that_is_signed_is_a_document(extractor):
    """ "signed a written agreement" names a document."""
    text = "Tomsk State University signed a written agreement with Karabuk University."
    assert [f.parties for f in extractor.extract(text).facts if f.type == "agreement"] == [
        ["Tomsk State University", "Karabuk University"]
    ]


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (  # 7918 (thechart.com), as published
            "University President Julio León and Yugra State University delegate Tatiana Karminskaia signed the "
            "international education exchange.",
            "Tatiana Karminskaia",
            "other",
        ),
        (  # 3717 (stu.edu.iq), as published
            "He also thanked the Ministry of Higher Education, represented by the Minister, Dr. Naim Al-Aboudi, and "
            "the Scientific Undersecretary, Dr. Haider Abdul-Dahd.",
            "Haider Abdul-Dahd",
            "deputy minister",
        ),
        (  # 6601 (eiar.gov.et), as published
            "Professor Nigussie Dechassa, DG, EIAR explained in his welcoming speech that Ethiopia and China share "
            "a long-standing friendship.",
            "Nigussie Dechassa",
            "director",
        ),
        (  # 1816 (smiu.edu.pk)
            "Liao Qinglin, DDG, Education Department of Hainan, said China and Pakistan have very close relations.",
            "Liao Qinglin",
            "deputy director",
        ),
    ],
)
def test_job_nouns_and_short_forms_gold_writes_as_titles_are_roles(extractor, text, person, role):
    """patterns/roles.jsonl: "delegate", "counsel", "fellow", "undersecretary" are titles, and so are the short
    forms "DG", "DDG", "DVC", "HOD" (not organisations' acronyms)."""
    facts = extractor.extract(text).facts
    assert any(f.type == "role" and f.person == person and f.role == role for f in facts)


@pytest.mark.parametrize(
    ("text", "short", "key"),
    [
        (  # 2607 (knu.kg)
            "The Ambassador of Turkey visited Kyrgyz National University named after Jusup Balasagyn. KNU and "
            "Turkish universities will open joint programmes.",
            "KNU",
            "Kyrgyz National University named after Jusup Balasagyn",
        )
    ],
)
def test_an_acronym_spelt_by_the_syllables_of_a_named_organisation_is_it(extractor, text, short, key):
    """org.key.syllable_acronym: each content word's initial and at most one more of its letters ("ZJSRU" for
    "Zhejiang Shuren University"), the honoree left out ("KNU")."""
    assert _org_keys(extractor, text)[short] == {key}


def test_a_syllable_acronym_needs_every_word_and_three_letters():
    assert syllable_acronym("TJUT", "Tianjin University of Technology")
    assert not syllable_acronym(
        "CZU", "Changzhou Institute of Technology"
    )  # "Institute" and "Technology" unused
    assert not syllable_acronym("TU", "Tianjin University")  # two letters: too short to read
