"""The full pipeline on real press-release text (loads the English model once per session)."""

import json

import pytest
import spacy

from extractor.engine import pipeline  # noqa: F401  (registers the factories)
from extractor.models import AgreementFact, RoleFact

from .rawcheck import check_mention_edges

SEED = "000_80e1659e3766031a"


def _agreements(rec):
    """The agreement facts of a record."""
    return [f for f in rec.facts if isinstance(f, AgreementFact)]


def test_factories_are_registered():
    for name in ("extractor_published", "extractor_entities", "extractor_normaliser", "extractor_facts"):
        assert name in spacy.registry.factories.get_all() or spacy.util.registry.factories.get(name)


def test_published_component_works_alone():
    nlp = spacy.blank("en")
    nlp.add_pipe("extractor_published")
    doc = nlp("Title\n\nДата публикации: 2015.11.21\n")
    assert doc._.published == "2015-11-21"


def test_seed_document_entities_and_facts(extractor, corpus_texts):
    rec = extractor.extract(corpus_texts[SEED], doc_id=SEED)
    by_text = {(m.text.replace("\u00a0", " "), m.label): m.norm for m in rec.mentions}
    misis = by_text[("NUST MISIS", "ORG")]
    assert by_text[("MISIS University", "ORG")] == misis
    assert by_text[("Zhao Zhongyuan", "PERSON")] == "Zhao Zhongyuan"
    assert by_text[("Vice-Rector for Educational Affairs", "ROLE")] == "vice-rector"
    assert by_text[("December 10, 2020", "DATE")] == "2020-12-10"
    assert by_text[("October 2022", "DATE")] == "2022-10"
    assert by_text[("cooperation agreement", "AGREEMENT")] == "agreement"
    roles = {(f.person, f.role) for f in rec.facts if isinstance(f, RoleFact)}
    assert ("Zhao Zhongyuan", "director") in roles and ("Vadim Petrov", "vice-rector") in roles
    agreements = _agreements(rec)
    assert any(
        misis in f.parties
        and f.status == "signed"
        and {"Zhao Zhongyuan", "Vadim Petrov"} <= set(f.signatories)
        for f in agreements
    )


def test_offsets_index_the_raw_text_for_every_corpus_document(extractor, corpus_texts):
    for doc_id, text in corpus_texts.items():
        check_mention_edges(text, extractor.extract(text, doc_id=doc_id).mentions)


def test_non_breaking_spaces_keep_offsets_and_still_match(extractor):
    text = "The Ministry of\u00a0Foreign Affairs of\u00a0the People’s Republic of\u00a0China and NUST\u00a0MISIS met."
    rec = extractor.extract(text)
    orgs = [m for m in rec.mentions if m.label == "ORG"]
    assert orgs
    check_mention_edges(text, orgs)
    assert any("\u00a0" in m.text and m.text.startswith("Ministry of") for m in orgs)


@pytest.mark.parametrize(
    "text,person,role",
    [
        (
            'M.E. Rayak, Deputy Director of the Technopark "Polytechnic", spoke.',
            "M.E. Rayak",
            "deputy director",
        ),
        (
            "The talks were led by vice-rector for international cooperation N.Abdullayev.",
            "N. Abdullayev",
            "vice-rector",
        ),
        ("Chinese Minister of Education Huai Jinpeng called for new platforms.", "Huai Jinpeng", "minister"),
        (
            "Taking part were Zhanseit Tuimebaev, Chairman of the Board-Rector of Al-Farabi Kazakh National "
            "University, and guests.",
            "Zhanseit Tuimebaev",
            "rector",
        ),
    ],
)
def test_roles_tied_to_named_people(extractor, text, person, role):
    rec = extractor.extract(text)
    assert (person, role) in {(f.person, f.role) for f in rec.facts if isinstance(f, RoleFact)}


@pytest.mark.parametrize(
    "text",
    [
        "The rector said that the university will open a new campus.",
        # a plural title, no names
        "The meeting brought together directors of institutes and other employees.",
    ],
)
def test_no_role_without_a_named_person(extractor, text):
    rec = extractor.extract(text)
    assert not [m for m in rec.mentions if m.label == "ROLE"]


def test_descriptions_countries_and_events_are_not_organisations(extractor):
    text = (
        "The university and Chinese universities met in Kazakhstan at the China-Central Asia "
        "Cooperation Conference. SCO member states and BRICS countries were represented."
    )
    rec = extractor.extract(text)
    assert not [m for m in rec.mentions if m.label == "ORG"]


def test_planned_and_signed_agreements(extractor):
    signed = extractor.extract(
        "Tomsk Polytechnic University and Zhejiang University signed a "
        "memorandum of understanding on 12 May 2023.",
        published="2023-05-20",
    )
    facts = _agreements(signed)
    assert facts and facts[0].status == "signed" and facts[0].kind == "memorandum"
    assert facts[0].date == "2023-05-12" and len(facts[0].parties) == 2
    planned = extractor.extract(
        "Tomsk Polytechnic University and Zhejiang University are going to sign a cooperation agreement."
    )
    facts = _agreements(planned)
    assert facts and facts[0].status == "planned"


def test_dates_resolve_against_the_given_publication_date(extractor):
    rec = extractor.extract("In mid October the forum took place in Qingdao.", published="2016-03-03")
    assert [(m.text, m.norm) for m in rec.mentions if m.label == "DATE"] == [("mid October", "2015-10")]


def test_record_round_trips_as_json(extractor, corpus_texts):
    rec = extractor.extract(corpus_texts[SEED], doc_id=SEED)
    data = json.loads(json.dumps(rec.to_json_dict()))
    assert data["doc_id"] == SEED and len(data["mentions"]) == len(rec.mentions)


def test_public_api_import():
    from extractor import Extractor, build_pipeline

    assert callable(build_pipeline) and Extractor.__name__ == "Extractor"


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "KFU was represented by Vice-Rector for Education Dmitry Tayursky and directors of institutes.",
            "Dmitry Tayursky",
        ),
        (
            "On February 6, the rector of the university Valentina Vasilyevna Bogatyreva held negotiations.",
            "Valentina Vasilyevna Bogatyreva",
        ),
        ("The talks were attended by Zhang Riping and other guests.", "Zhang Riping"),
        (
            "Wagner Alexander Rudovvich, President of South Ural State University, spoke.",
            "Wagner Alexander Rudovvich",
        ),
        (
            "Taking part were Batapova Marina Vladimirovna, Vice President, and guests.",
            "Batapova Marina Vladimirovna",
        ),
        ("The article text.\n\nSource text: Alina Minnevalieva\n", "Alina Minnevalieva"),
        ("The memorandum was signed by Petr Chubik, rector of Tomsk Polytechnic University.", "Petr Chubik"),
    ],
)
def test_names_the_small_model_misses(extractor, text, name):
    rec = extractor.extract(text)
    assert name in [m.text for m in rec.mentions if m.label == "PERSON"]


def test_countries_are_not_part_of_titles_or_names(extractor):
    rec = extractor.extract("The minister met with the Ambassador of Belarus Igor Sokol in Tashkent.")
    assert [(m.label, m.text) for m in rec.mentions if m.label in ("ROLE", "PERSON")] == [
        ("ROLE", "Ambassador"),
        ("PERSON", "Igor Sokol"),
    ]


def test_agreement_said_to_be_signed_is_signed_even_in_a_discussion(extractor):
    rec = extractor.extract(
        "The sides discussed implementation of the roadmap signed last year between the "
        "National University of Uzbekistan and Belarusian State University.",
        published="2023-06-05",
    )
    facts = _agreements(rec)
    assert facts and facts[0].status == "signed" and facts[0].date == "2022" and len(facts[0].parties) == 2


def test_headline_and_header_lines_are_their_own_sentences(extractor):
    text = (
        "Release time: 2023-11-02   Source: International Office\n\nHIT signs MoU with Bauman Moscow State "
        "Technical University\n\nThe two sides signed a Memorandum of Understanding."
    )
    rec = extractor.extract(text)
    assert rec.published == "2023-11-02"
    assert "signs MoU" not in [m.text for m in rec.mentions]
    facts = _agreements(rec)
    assert len(facts) == 1 and facts[0].kind == "memorandum" and len(facts[0].parties) == 2
    assert "International Office" not in facts[0].parties


def test_signing_in_the_past_is_signed_even_after_negotiations(extractor):
    rec = extractor.extract(
        "On February 6, the rector held negotiations with the leadership of the Uzbekistan "
        "State World Languages University, and an Agreement on cooperation in the field of "
        "education was signed.",
        published="2023-02-10",
    )
    facts = _agreements(rec)
    assert facts and facts[0].status == "signed" and facts[0].date == "2023-02-06"


def test_people_attending_a_signing_are_not_signatories(extractor):
    rec = extractor.extract(
        "The signing ceremony of the agreement between Tomsk Polytechnic University and "
        "Zhejiang University was held in Hangzhou and attended by Petr Chubik and Wu Zhaohui."
    )
    facts = _agreements(rec)
    assert facts and facts[0].signatories == []


@pytest.mark.parametrize(
    "text,kinds",
    [
        ("The deal was signed by Skolkovo Foundation and Cybernaut Investment Group.", ["agreement"]),
        ("A great deal of attention was paid to students.", []),
    ],
)
def test_deal_names_an_agreement_only_with_an_article(extractor, text, kinds):
    rec = extractor.extract(text)
    assert [m.norm for m in rec.mentions if m.label == "AGREEMENT"] == kinds


def test_minister_holds_office_at_the_ministry_with_that_portfolio(extractor):
    text = (
        "A protocol was signed between the Ministry of Science, Higher Education and Innovation of the Kyrgyz "
        "Republic and the Ministry of Science and Technology of the People's Republic of China. The Minister of "
        "Science, Higher Education and Innovations Baktiyar Orozov pointed out the positive dynamics."
    )
    rec = extractor.extract(text)
    roles = [f for f in rec.facts if isinstance(f, RoleFact)]
    assert roles and roles[0].person == "Baktiyar Orozov" and roles[0].role == "minister"
    assert roles[0].org and "Kyrgyz" in roles[0].org


def test_title_of_org_binds_to_the_following_name_in_a_list(extractor):
    rec = extractor.extract(
        "Huawei sent Lead Specialist Vadim Ruzhnikov, Head of Tatarstan Office Mikhail Fishman, and others."
    )
    roles = {(f.person, f.role) for f in rec.facts if isinstance(f, RoleFact)}
    assert ("Mikhail Fishman", "head") in roles and ("Vadim Ruzhnikov", "head") not in roles


@pytest.mark.parametrize(
    "text,dates",
    [
        ("Today rectors Victor Koksharov and Huang Jingui signed the cooperation agreement.", ["Today"]),
        (
            "Zhejiang University is one of them. Today more than one thousand students from China study here.",
            [],
        ),
        ("In the 2020 QS global ranking it is placed 387th.", []),
    ],
)
def test_today_meaning_nowadays_and_years_in_names_are_no_dates(extractor, text, dates):
    rec = extractor.extract(text, published="2021-03-01")
    assert [m.text for m in rec.mentions if m.label == "DATE"] == dates


def test_a_department_signing_stands_for_its_university(extractor):
    rec = extractor.extract(
        "On June 7, the Education Export Department of NSU hosted a ceremony for the signing "
        "of a cooperation agreement between Novosibirsk State University and Nanchang University. "
        "NSU and Nanchang University signed the agreement."
    )
    facts = _agreements(rec)
    assert facts and all("Department" not in p for f in facts for p in f.parties)


def test_unseen_style_release_facts(extractor):
    text = (
        "Samarkand State University hosts delegation from Shaanxi Normal University\n\n2023-10-05\n\n"
        "A delegation of Shaanxi Normal University led by its Party Secretary Li Zhongjun visited Samarkand "
        "State University named after Sharof Rashidov on October 3. The guests were received by the Rector of "
        "SamSU Rustam Khalmuradov.\n\nDuring the meeting, the parties discussed the implementation of the "
        "cooperation agreement signed in 2019 and agreed to prepare a roadmap for 2024-2026."
    )
    rec = extractor.extract(text)
    assert rec.published == "2023-10-05"
    orgs = {m.text for m in rec.mentions if m.label == "ORG"}
    assert "Samarkand State University named after Sharof Rashidov" in orgs
    roles = {(f.person, f.role, f.org) for f in rec.facts if isinstance(f, RoleFact)}
    assert ("Li Zhongjun", "secretary", "Shaanxi Normal University") in roles
    agreements = {(f.kind, f.status, f.date) for f in rec.facts if isinstance(f, AgreementFact)}
    assert agreements == {("agreement", "signed", "2019"), ("roadmap", "planned", "2024/2026")}


def test_definite_reference_adds_signatories_to_the_reported_contract(extractor):
    text = (
        "MINSK, 12 September 2023 (BelTA) - The Belarusian National Technical University and Huawei "
        "Technologies have concluded a contract on the creation of an ICT Academy. The contract was signed by "
        "BNTU Rector Sergei Kharitonchik and Huawei Belarus CEO Chen Liang."
    )
    rec = extractor.extract(text)
    facts = _agreements(rec)
    assert len(facts) == 1 and facts[0].kind == "contract" and len(facts[0].parties) == 2
    assert set(facts[0].signatories) == {"Sergei Kharitonchik", "Chen Liang"}
    assert "ICT Academy" not in facts[0].parties


@pytest.mark.parametrize(
    "text,person,org_word",
    [
        (
            "President of Nazarbayev University Shigeo Katsu stressed that businesses should know more.",
            "Shigeo Katsu",
            "Nazarbayev",
        ),
        (
            "Vice President of Tsinghua University Hongwei Wang said that the sphere of education is changing.",
            "Hongwei Wang",
            "Tsinghua",
        ),
    ],
)
def test_title_of_org_then_name(extractor, text, person, org_word):
    rec = extractor.extract(text)
    roles = [f for f in rec.facts if isinstance(f, RoleFact)]
    assert roles and roles[0].person == person and org_word in (roles[0].org or "")


def test_title_of_org_then_verb_is_no_name(extractor):
    rec = extractor.extract("President of Russian Ural Federal University Visited our University")
    assert not [m for m in rec.mentions if m.label == "PERSON"]


def test_signing_date_from_the_ceremony_sentence(extractor):
    rec = extractor.extract(
        "HSE University has signed a strategic agreement with Peking University. The ceremony "
        "took place in Moscow on May 8, 2025, in the presence of guests."
    )
    facts = _agreements(rec)
    assert facts and facts[0].date == "2025-05-08"


def test_counted_partners_give_one_agreement_each(extractor):
    text = (
        "Al-Farabi Kazakh National University signed a memorandum of cooperation with two universities of the "
        "PRC. Under the agreement, KazNU together with Nanjing University of the Arts and Wuhan Sports "
        "University will implement double-diploma programs."
    )
    rec = extractor.extract(text)
    facts = _agreements(rec)
    assert len(facts) == 2 and all(f.kind == "memorandum" and len(f.parties) == 2 for f in facts)
    assert {f.parties[1] for f in facts} == {
        "Nanjing University of the Arts",
        "Wuhan Sports University",
    } or len({f.parties[1] for f in facts}) == 2


def test_enumerated_agreements_are_signed_by_the_release_organisation(extractor):
    text = (
        "KazNU and Xi'an Jiaotong University signed a memorandum on a legal studies centre.\n\n"
        "KazNU hosted the guests. In May 2023 a number of documents were signed: memorandums with Shenzhen "
        "University and a letter of intent with China University of Petroleum (Beijing)."
    )
    rec = extractor.extract(text)
    facts = {(f.kind, tuple(f.parties)) for f in rec.facts if isinstance(f, AgreementFact)}
    kaznu = "Al-Farabi Kazakh National University"
    assert ("letter of intent", (kaznu, "China University of Petroleum (Beijing)")) in facts or any(
        k == "letter of intent" and p[0] == kaznu for k, p in facts
    )
    assert all(p[0] == kaznu for k, p in facts)


def test_signing_without_date_takes_the_date_that_opens_the_paragraph(extractor):
    text = (
        "On February 7, the delegation met with the leadership of the National University of Uzbekistan. "
        "The negotiations ended with the signing of an Agreement on academic exchange."
    )
    rec = extractor.extract(text, published="2024-02-10")
    facts = _agreements(rec)
    assert facts and facts[0].date == "2024-02-07"


def test_opening_place_gives_the_organisation_of_listed_people(extractor):
    text = (
        "Zhejiang University has been a partner of SPbPU for many years.\n\nAt the Polytechnic University the "
        "guests were met by D.G. Arseniev, Vice-Rector for International Relations, and staff.\n\n"
        "Opening the negotiations, Vice-Rector D.G. Arseniev said that Zhejiang University is a partner."
    )
    rec = extractor.extract(text)
    roles = {(f.person, f.role, f.org) for f in rec.facts if isinstance(f, RoleFact)}
    assert roles == {
        ("D.G. Arseniev", "vice-rector", "Peter the Great St. Petersburg Polytechnic University")
    }


def _roles(rec) -> set[tuple]:
    return {(f.person, f.role, f.org) for f in rec.facts if isinstance(f, RoleFact)}


def test_two_registered_names_back_to_back_are_two_organisations(extractor):
    rec = extractor.extract(
        "In the ranking of the Russian Engineering Education Association Tomsk Polytechnic "
        "University takes the first place."
    )
    keys = [m.norm for m in rec.mentions if m.label == "ORG"]
    assert keys == ["Association for Engineering Education of Russia", "Tomsk Polytechnic University"]


def test_our_president_works_at_the_organisation_that_opens_the_headline(extractor):
    text = (
        "BSU Signs Agreement with Tomsk Polytechnic University\n\nThe agreement was signed by our rector "
        "Ivan Petrov and by Victor Dyomin, President of Tomsk Polytechnic University."
    )
    roles = _roles(extractor.extract(text))
    assert ("Ivan Petrov", "rector", "Belarusian State University") in roles
    assert ("Victor Dyomin", "president", "Tomsk Polytechnic University") in roles


def test_portfolio_after_a_title_is_not_a_name(extractor):
    rec = extractor.extract(
        "The guests met Elena Gulicheva, Director on International Relations, and the staff."
    )
    assert not [m for m in rec.mentions if m.label == "PERSON" and m.text == "International Relations"]
    assert ("Elena Gulicheva", "director") in {
        (f.person, f.role) for f in rec.facts if isinstance(f, RoleFact)
    }


def test_second_title_in_a_chain_of_appositions(extractor):
    text = (
        "Anatoly Aleksandrov, permanent Chairman of ASRTU on the Russian side, Rector of Bauman Moscow State "
        "Technical University, reminded the guests of the history of the association."
    )
    roles = {(f.person, f.role) for f in extractor.extract(text).facts if isinstance(f, RoleFact)}
    assert {("Anatoly Aleksandrov", "chair"), ("Anatoly Aleksandrov", "rector")} <= roles


def test_plural_title_before_two_names_gives_each_their_listed_organisation(extractor):
    text = (
        "Ural Federal University and Harbin Institute of Technology will launch joint programs. Today rectors "
        "Victor Koksharov and Zhou Yu signed the agreement."
    )
    roles = {(p, r, (o or "").split(" named after")[0]) for p, r, o in _roles(extractor.extract(text))}
    assert ("Victor Koksharov", "rector", "Ural Federal University") in roles
    assert ("Zhou Yu", "rector", "Harbin Institute of Technology") in roles


def test_names_in_a_title_list_are_not_swallowed_by_the_unit_before_them(extractor):
    text = (
        "Members of the delegation were: Party Secretary of the School of Materials Science Gao Hong, Deputy "
        "Director of the Department of Social Sciences Research Zhang Riping, and others."
    )
    roles = {(f.person, f.role) for f in extractor.extract(text).facts if isinstance(f, RoleFact)}
    assert roles == {("Gao Hong", "secretary"), ("Zhang Riping", "deputy director")}


def test_list_of_titled_names_gives_each_title_to_the_name_after_it(extractor):
    text = (
        "The conference was attended by Deputy Minister of Education Alexander Klimov, Director of the "
        "Graduate Programmes at Brazil's Ministry of Education Dilvo Ristoff, Minister in India's embassy in "
        "Russia Andjali Pandey, and rectors."
    )
    roles = {(f.person, f.role) for f in extractor.extract(text).facts if isinstance(f, RoleFact)}
    assert ("Dilvo Ristoff", "director") in roles and ("Andjali Pandey", "minister") in roles
    assert ("Alexander Klimov", "director") not in roles and ("Dilvo Ristoff", "minister") not in roles


def test_unnamed_own_university_beside_a_partner_and_list_inheritance(extractor):
    text = (
        "On July 7th our university and Tomsk Polytechnic University held an online meeting, at which an "
        "agreement was signed. Ivan Petrov, President of Tomsk Polytechnic University, Anna Sidorova, Vice "
        "President, Li Kangju, President of our university, and Xu Ying, Vice President, attended."
    )
    roles = _roles(extractor.extract(text))
    assert ("Anna Sidorova", "vice-president", "Tomsk Polytechnic University") in roles
    assert ("Li Kangju", "president", None) in roles
    assert ("Xu Ying", "vice-president", None) in roles


def _agreement_dates(rec) -> list[tuple]:
    return [(f.kind, f.status, f.date) for f in rec.facts if isinstance(f, AgreementFact)]


def test_signing_in_a_one_day_story_takes_the_lead_date(extractor):
    text = (
        "TPU and BSU signed the MOU\n\n12 March, 2019, Tomsk Polytechnic University hosted a forum of rectors "
        "from Russia and Belarus, and the participants discussed cooperation in engineering education.\n\n"
        "A Memorandum of understanding was concluded between Tomsk Polytechnic University and Belarusian State "
        "University. Under the Memorandum the parties have agreed to launch joint master's programs."
    )
    assert _agreement_dates(extractor.extract(text)) == [("memorandum", "signed", "2019-03-12")]


def test_an_earlier_agreement_of_the_same_parties_stays_separate(extractor):
    text = (
        "On July 7, 2025 our university and Tomsk Polytechnic University held an online meeting, at which a "
        "joint training agreement was signed. The rector said that the two schools signed a cooperation "
        "agreement in 2016."
    )
    dates = [d for _, _, d in _agreement_dates(extractor.extract(text))]
    assert dates == ["2025-07-07", "2016"]


def test_agreements_listed_among_documents_signed_take_that_date(extractor):
    text = (
        "During the state visit to China in May 2023 a number of documents were signed. Among them are the "
        "agreements on cooperation with Tsinghua University. In addition, a memorandum of understanding was "
        "signed between Kazan Federal University and Shenzhen University."
    )
    facts = [f for f in extractor.extract(text).facts if isinstance(f, AgreementFact)]
    assert [(f.kind, f.date) for f in facts if "Shenzhen University" in f.parties] == [
        ("memorandum", "2023-05")
    ]


def test_plural_title_before_an_event_word_is_no_name(extractor):
    rec = extractor.extract(
        "The Rectors Forum of Russian and Chinese universities took place at Tomsk Polytechnic "
        "University on July 5, 2016."
    )
    assert not [m for m in rec.mentions if m.label == "PERSON"]


def test_menu_section_names_and_codes_are_not_organisations(extractor):
    text = (
        "Media Report\nYour location now is: Home > Information > Media Report\n\nPeking University said at a "
        "meeting that cooperation has grown closer despite the challenges brought by COVID-19."
    )
    orgs = [m.text for m in extractor.extract(text).mentions if m.label == "ORG"]
    assert orgs == ["Peking University"]


def test_acronym_in_another_word_order_and_a_unit_keep_their_own_keys(extractor):
    text = (
        "Rector Ivan Petrov met Mukhitdin Kalonov, Director of the Research Center of Tashkent State "
        "University of Economics. A memorandum was signed between Kazan Federal University and the Tashkent "
        "State University of Economics. It links TSEU and KFU."
    )
    keys = {m.text: m.norm for m in extractor.extract(text).mentions if m.label == "ORG"}
    assert keys["Tashkent State University of Economics"] == "Tashkent State University of Economics"
    assert keys["TSEU"] == "Tashkent State University of Economics"
    assert keys["Research Center of Tashkent State University of Economics"].startswith("Research Center")


def test_a_country_in_brackets_is_not_the_acronym_of_the_name_before_it(extractor):
    rec = extractor.extract(
        "Rector Ivan Petrov met the President of Shandong Huayu Technological University (PRC)."
    )
    assert [m.text for m in rec.mentions if m.label == "ORG"] == ["Shandong Huayu Technological University"]


def test_nationality_and_a_generic_head_is_a_description(extractor):
    rec = extractor.extract(
        "BUKETOV UNIVERSITY SIGNED A MEMORANDUM WITH A CHINESE UNIVERSITY\n\nTeachers will "
        "give classes at a Chinese University in Gansu University's city."
    )
    assert [m.text for m in rec.mentions if m.label == "ORG"] == ["BUKETOV UNIVERSITY", "Gansu University"]


def test_degrees_between_a_title_and_the_name(extractor):
    text = (
        "The conference was attended by Rector of Vitebsk State University named after P.M. Masherov, PhD in "
        "Economics, Professor Bogatyreva Valentina Vasilyevna."
    )
    roles = {(p, r) for p, r, _ in _roles(extractor.extract(text))}
    assert ("Bogatyreva Valentina Vasilyevna", "rector") in roles


def test_signatories_organisations_conclude_a_document_named_without_parties(extractor):
    text = (
        "Belarus and China have signed a joint declaration on cooperation in higher education.\n\nThe "
        "ceremony took place in Minsk. The document was signed by Vadim Bogush, Rector of the Belarusian State "
        "University of Informatics and Radioelectronics, and Xiang Changle, Secretary of the Party Committee "
        "of Dalian University of Technology."
    )
    facts = [f for f in extractor.extract(text).facts if isinstance(f, AgreementFact)]
    assert len(facts) == 1 and facts[0].kind == "declaration" and len(facts[0].parties) == 2
    assert set(facts[0].signatories) == {"Vadim Bogush", "Xiang Changle"}


def test_title_with_long_organisation_names_before_the_name(extractor):
    text = (
        "The meeting was attended by Director of the Center for Language Training and Cooperation under the "
        "Ministry of Education of the PRC Ma Jianfei, Vice President of Lanzhou University Gou Xiaohua and "
        "others."
    )
    roles = {(p, r) for p, r, _ in _roles(extractor.extract(text))}
    assert {("Ma Jianfei", "director"), ("Gou Xiaohua", "vice-president")} <= roles


def test_quoted_institution_name_in_sentence_case(extractor):
    text = (
        "Zheng Xinye, Vice President of RUC, met with Victoria Panova, Vice President of National research "
        'university "Higher school of economics" in Russia.'
    )
    rec = extractor.extract(text)
    assert (
        "Victoria Panova",
        "vice-president",
        "National Research University Higher School of Economics",
    ) in _roles(rec)


def test_dateline_city_is_no_organisation_and_a_title_is_not_cut_from_its_name(extractor):
    text = (
        "ST. PETERSBURG, September 16. /TASS/. Russia and China have signed seven agreements on cooperation "
        "during a session of the Russian-Chinese Commission on Humanitarian Cooperation, Russian Deputy PM "
        "Tatyana Golikova told reporters."
    )
    rec = extractor.extract(text)
    assert "PETERSBURG" not in [m.text for m in rec.mentions if m.label == "ORG"]
    assert ("Tatyana Golikova", "deputy minister", None) in _roles(rec)
    assert not [f for f in rec.facts if isinstance(f, AgreementFact)]  # "seven agreements": generic


def test_portfolio_written_before_a_ministers_title(extractor):
    rec = extractor.extract("Guest speakers include Russian Education and Science Minister Dmitry Livanov.")
    roles = [(m.text, m.norm) for m in rec.mentions if m.label == "ROLE"]
    assert roles == [("Education and Science Minister", "minister")]
    assert ("Dmitry Livanov", "minister", None) in _roles(rec)


def test_scraper_glued_text_keeps_names_apart(extractor):
    text = (
        "President Viktor Koksharov and his groupfromthe Ural Federal Universityvisitedour university. The "
        "guests were met by President LiuXia at Harbin Institute of Technology(HIT)."
    )
    orgs = [m.text for m in extractor.extract(text).mentions if m.label == "ORG"]
    assert "Ural Federal University" in orgs and "Harbin Institute of Technology" in orgs and "HIT" in orgs
    assert "LiuXia" not in orgs


def test_listed_affiliations_are_not_parties_and_headline_case_joins_keys(extractor):
    text = (
        "BUKETOV UNIVERSITY SIGNED A MEMORANDUM WITH A CHINESE UNIVERSITY\n\nA delegation from Liaoning "
        "Petrochemical University visited Buketov University. At the end of the meeting, a memorandum of "
        "cooperation was signed.\n\nMembers of the delegation: Vice rector Zhu Wenbin, Head of the "
        "International Department Wang Jing, Director of the Chinese Language and Culture Institute Liu Jiaxi. "
        "They came to sign the additional agreement to the main agreement signed between universities in 2016."
    )
    facts = [
        (f.kind, sorted(f.parties)) for f in extractor.extract(text).facts if isinstance(f, AgreementFact)
    ]
    assert ("memorandum", ["Buketov University", "Liaoning Petrochemical University"]) in facts
    assert all("Department" not in p and "Institute" not in p for _, parties in facts for p in parties)


@pytest.mark.parametrize(
    "text,fact",
    [
        pytest.param(
            '"We signed an additional agreement," said Rector of Tomsk Polytechnic University, Ms. Liu Jun. '
            "She smiled.",
            ("Liu Jun", "rector", "Tomsk Polytechnic University"),
            id="title_before_a_name_across_a_comma_the_parser_took_for_a_sentence_end",
        ),
        pytest.param(
            "The delegation of the Kazan Federal University is on an official visit to China. The agreement "
            "was signed during the visit of the rector of the university, Professor Ilshat Gafurov, to "
            "Beijing.\n\nThe delegation then visited Tsinghua University and Tsinghua University hosted a "
            "seminar.",
            ("Ilshat Gafurov", "rector", "Kazan Federal University"),
            id="rector_of_the_university_is_the_release_organisation",
        ),
        pytest.param(
            "The forum was greeted by the Extraordinary and Plenipotentiary Ambassador of the People's "
            "Republic of China to the Republic of Kazakhstan, Mr. Zhang Xiao.",
            ("Zhang Xiao", "ambassador", None),
            id="ambassador_from_one_country_to_another_before_a_name",
        ),
        pytest.param(
            "In the afternoon the mayor met with Shakhray, Vice-Rector of Moscow State University, and "
            "guests.",
            ("Shakhray", "vice-rector", "Lomonosov Moscow State University"),
            id="lone_surname_before_a_title_by_its_ending",
        ),
        pytest.param(
            "During the visit Dr. Farid Umarov, Director of the Almalyk branch of NUST MISIS, was awarded "
            "the honorary title of Professor of Wuhan University of Science and Technology.",
            ("Farid Umarov", "professor", "Wuhan University of Science and Technology"),
            id="awarded_honorary_title_is_a_role_of_the_person_awarded",
        ),
        pytest.param(
            "Pashkov, Consul General of Russian Consulate-General in Guangzhou, Deputy Mayor Gao Zimin, and "
            "others attended the meeting.",
            ("Gao Zimin", "other", None),
            id="city_officials_hold_no_role_at_a_nearby_organisation",
        ),
        pytest.param(
            "Rector Ivan Petrov held a meeting with Mukhitdin Kalonov, Vice-Rector, Director of the Research "
            "Center of Tashkent State University of Economics.",
            ("Mukhitdin Kalonov", "vice-rector", "Tashkent State University of Economics"),
            id="bare_title_takes_the_parent_named_by_the_next_title",
        ),
        pytest.param(
            "The rector held talks with Vice-Minister of Education of the People's Republic of China Sun Yao.",
            ("Sun Yao", "deputy minister", None),
            id="title_of_a_country_right_before_the_name",
        ),
        pytest.param(
            "President Nikolayev and his delegation from Northeastern Federal University visited HIT.",
            ("Nikolayev", "president", "M.K. Ammosov North-Eastern Federal University"),
            id="person_and_delegation_from_an_organisation",
        ),
        pytest.param(
            "The guests included Bakhtiyor Khamdamov, Editor-In-Chief of Minbari Halk Newspaper, and others.",
            ("Bakhtiyor Khamdamov", "other", "Minbari Halk Newspaper"),
            id="compound_title_with_its_organisation",
        ),
    ],
)
def test_role_fact_from_unseen_style_text(extractor, text, fact):
    assert fact in _roles(extractor.extract(text))


def test_a_title_case_headline_verb_ends_an_organisation_name(extractor):
    text = "Karshi State University and Termez University Sign Strategic Partnership to Advance Research\n"
    orgs = [m.text for m in extractor.extract(text).mentions if m.label == "ORG"]
    assert orgs == ["Karshi State University", "Termez University"]


def test_an_organisation_before_a_headline_verb_is_no_event_modifier(extractor):
    orgs = [
        m.text
        for m in extractor.extract("Termez University Hosts Chinese Delegation\nThe guests arrived.").mentions
        if m.label == "ORG"
    ]
    assert orgs == ["Termez University"]


def _texts(extractor, text, label):
    return [m.text for m in extractor.extract(text).mentions if m.label == label]


def test_a_news_section_heading_and_an_abstract_topic_are_no_organisations(extractor):
    text = (
        "Latest News\n\nThe Strategy for the Development of Cooperation between Termez University and "
        "Karshi State University was approved."
    )
    orgs = _texts(extractor, text, "ORG")
    assert "Latest News" not in orgs and not any(o.startswith("Development") for o in orgs)
    assert "Termez University" in orgs


def test_a_glued_initials_name_after_named_after_stays_in_the_organisation(extractor):
    text = "The memorandum was signed with Kokand State University named after N.A.Mukimiy on Monday."
    assert "Kokand State University named after N.A.Mukimiy" in _texts(extractor, text, "ORG")
    assert _texts(extractor, text, "PERSON") == []


def test_a_possessive_title_is_not_the_title_of_the_person_beside_it(extractor):
    text = "Anvar Karimov, Chief of the Uzbek President's Office for Regional Affairs, met the rectors."
    facts = [f for f in extractor.extract(text).facts if isinstance(f, RoleFact)]
    assert [f.role for f in facts] == ["head"]


def test_a_city_after_to_is_no_person(extractor):
    text = "During the visit to Dushanbe, guests from Termez University met colleagues."
    assert _texts(extractor, text, "PERSON") == []


def test_a_proper_name_before_a_registered_name_belongs_to_it(extractor):
    text = "Aidos Kenzhebek, Rector of the Saginov Karaganda Technical University, signed the memorandum."
    orgs = _texts(extractor, text, "ORG")
    assert orgs == ["Saginov Karaganda Technical University"]


def test_two_names_joined_by_and_stay_two_organisations(extractor):
    text = "Khorog State University and Association of Japanese Universities signed the Memorandum of Understanding"
    assert _texts(extractor, text, "ORG") == [
        "Khorog State University",
        "Association of Japanese Universities",
    ]


def test_a_name_after_title_of_organisation_is_a_person(extractor):
    text = (
        "The memorandum was signed by the Minister, Bakyt Abdrakhmanov, and the president of Siemens "
        "Energy International, Jean-Luc Dupont."
    )
    rec = extractor.extract(text)
    assert "Jean-Luc Dupont" in [m.text for m in rec.mentions if m.label == "PERSON"]
    facts = {(f.person, f.role) for f in rec.facts if isinstance(f, RoleFact)}
    assert ("Jean-Luc Dupont", "president") in facts and ("Bakyt Abdrakhmanov", "president") not in facts


def test_a_delegation_leader_holds_the_title_at_the_delegation_s_organisation(extractor):
    text = (
        "A delegation of Harbin Engineering University headed by Vice-Rector Wang Lei visited our university "
        "on 3 May."
    )
    facts = [(f.person, f.role, f.org) for f in extractor.extract(text).facts if isinstance(f, RoleFact)]
    assert facts == [("Wang Lei", "vice-rector", "Harbin Engineering University")]


def test_a_treaty_between_states_is_no_agreement_fact(extractor):
    text = (
        "The delegation of Harbin Institute of Technology visited Kazan Federal University to apply the "
        "guideline for the China-Russia Treaty of Friendship and Cooperation."
    )
    assert _agreements(extractor.extract(text)) == []


def test_a_bare_title_after_an_honorific_name_takes_the_previous_item_s_organisation(extractor):
    text = (
        "Kyrgyz National University welcomed a delegation. The guests held talks with Professor Aibek Sadykov, "
        "Rector of Naryn State University, Professor Gulnara Isaeva, Vice Rector, Deans of the Faculty of Law "
        "and the Faculty of Economics, and the Head of the International Office."
    )
    facts = {(f.person, f.role, f.org) for f in extractor.extract(text).facts if isinstance(f, RoleFact)}
    assert ("Gulnara Isaeva", "vice-rector", "Naryn State University") in facts


def test_the_release_s_organisation_can_be_the_of_part_of_its_subject_s_title(extractor):
    text = (
        "To deepen cooperation, Li Ming, Vice President of Harbin Normal University, led a delegation to "
        "Kazan Federal University. The talks at Kazan Federal University covered joint research.\n"
        "Wang Fang, Vice Rector, joined the talks."
    )
    facts = {(f.person, f.org) for f in extractor.extract(text).facts if isinstance(f, RoleFact)}
    assert ("Wang Fang", "Harbin Normal University") in facts


def test_a_name_known_from_elsewhere_is_cut_from_the_end_of_an_organisation(extractor):
    text = (
        "Director of the Institute of Mining and Metallurgy Danyar Kuttybekov and Vice-Rector Li Hua signed "
        "the memorandum. Danyar Kuttybekov thanked the guests."
    )
    rec = extractor.extract(text)
    assert "Institute of Mining and Metallurgy" in [m.text for m in rec.mentions if m.label == "ORG"]
    assert [m.text for m in rec.mentions if m.label == "PERSON"].count("Danyar Kuttybekov") == 2


def test_a_title_s_portfolio_before_a_comma_is_no_name(extractor):
    text = (
        "Almaz Sadykov, Deputy Director for Educational Activities, Head of the Department of Physics, spoke."
    )
    assert _texts(extractor, text, "PERSON") == ["Almaz Sadykov"]


def test_and_before_an_acronym_or_a_registered_name_starts_a_second_organisation(extractor):
    text = (
        "Officials of the Ministry of Education of Tajikistan and KSTU met. The Ministry of Digital Development "
        "of Kyrgyzstan and Huawei Technologies signed a memorandum."
    )
    orgs = _texts(extractor, text, "ORG")
    assert "Ministry of Education of Tajikistan" in orgs and "KSTU" in orgs
    assert "Huawei Technologies" in orgs and not any(" and " in o for o in orgs)


def test_a_person_never_holds_a_registered_name_or_ends_in_an_event_noun(extractor):
    text = (
        "The memorandum with Huawei Kazakhstan was signed on Monday. The Luban Workshop opened in Osh, said "
        "Aibek Toktogulov."
    )
    assert _texts(extractor, text, "PERSON") == ["Aibek Toktogulov"]


def test_a_named_after_person_stays_inside_the_organisation(extractor):
    text = "The Department of Applied Physics named after Professor K.T. Orazbayev hosted the Chinese guests."
    assert _texts(extractor, text, "ORG") == [
        "Department of Applied Physics named after Professor K.T. Orazbayev"
    ]


def test_a_count_after_a_title_is_no_portfolio(extractor):
    text = "Aidana Serikova, the rector of more than 40 students, met the guests."
    assert _texts(extractor, text, "ROLE") == ["rector"]


def test_a_name_run_on_from_a_country_is_a_person(extractor):
    text = (
        "The agreement was signed by the Minister of Education of the Republic of Tajikistan Rahim Saidzoda."
    )
    assert _texts(extractor, text, "PERSON") == ["Rahim Saidzoda"]
    assert "National Rankings" not in _texts(
        extractor, "It leads the Chinese National Rankings again.", "PERSON"
    )


def test_a_university_of_a_country_is_not_cut_to_a_bare_head(extractor):
    text = (
        "The charter of the University of the Kyrgyz Republic and the Russian Union of Rectors was approved."
    )
    orgs = _texts(extractor, text, "ORG")
    assert "University" not in orgs and "University of the Kyrgyz Republic" in orgs


def test_every_discarded_candidate_names_the_rule_that_rejected_it(extractor):
    text = (
        "The rector of more than 40 universities attended. Rector Anatoly Nikolaev of Tomsk State "
        "University met the director."
    )
    rec = extractor.extract(text, doc_id="d").model_dump()
    discarded = {(d["text"], d["label"]): d["rule"] for d in rec["discarded"]}
    assert discarded[("rector", "ROLE")] == "role.reject.counted_group"  # "of more than 40" is no portfolio
    assert discarded[("Tomsk State University", "ORG")] == "resolve.overlap"  # the registry name won
    assert discarded[("director", "ROLE")] == "role.tie.none"
    assert all(d["rule"] and text[d["start"] : d["end"]] == d["text"] for d in rec["discarded"])
    assert ("Anatoly Nikolaev", "PERSON") in {(m["text"], m["label"]) for m in rec["mentions"]}


def test_organisation_names_the_filters_reject_are_discarded_with_the_filter(extractor):
    text = "Tomsk State University opened a Confucius Institute. Delegates came from the Republic of Korea."
    rec = extractor.extract(text, doc_id="d")
    rejected = {(d.text, d.rule) for d in rec.discarded if d.label == "ORG"}
    assert ("Confucius Institute", "org.reject.indefinite") in rejected  # "a ...": a description
    assert "Confucius Institute" not in {m.text for m in rec.mentions}


def test_the_edge_check_catches_a_shifted_offset():
    text = "Tsinghua University signed it."
    check_mention_edges(text, [{"start": 0, "end": 19}])
    for start, end in ((1, 20), (0, 18), (0, 20)):
        with pytest.raises(AssertionError):
            check_mention_edges(text, [{"start": start, "end": end}])
