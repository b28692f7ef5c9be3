"""Rules added or widened in the thirty-second session, each fired on a hand-written release and held back on
another."""

from __future__ import annotations

import pytest

from extractor.models import AgreementFact

from .record_views import roles as _roles

_ROLE_CASES = [
    # role.tie.name_title across an organisation's possessive and across the bracket around its expansion
    (
        "The Mongolian side and Pierre Toulhoat, the BRGM's Deputy Executive Director, signed a Memorandum of "
        "Understanding on 27 June 2018.\n\nWang Shan, CPC (Communist Party of China) secretary of Liaoning "
        "University, said the signing ceremony marked a start.",
        [("Pierre Toulhoat", "deputy director", "BRGM"), ("Wang Shan", "secretary", "Liaoning University")],
        [],
    ),
    # held back: "X and the BRGM's Director Y": the title before Y is Y's
    (
        "Pierre Toulhoat and the BRGM's Director Jean Dupont signed a Memorandum of Understanding on 27 June "
        "2018.",
        [("Jean Dupont", "director", "BRGM")],
        ["Pierre Toulhoat"],
    ),
    # role.tie.apposition across an honorific after the comma ("X, H. E. the Ambassador")
    (
        "While making welcome remarks Prof. Janitha A. Liyanage, H. E. the Ambassador of Sri Lanka to Russia, "
        "congratulated all four universities.",
        [("Janitha A. Liyanage", "ambassador", None)],
        [],
    ),
    # role.tie.modified_apposition over a plural field word the model read as an organisation and the
    # assembler rejected ("the Public Relations Manager")
    (
        "In her remarks, Mrs. Fouziya Mukyala Sooma, the Public Relations Manager Huawei Uganda Co. Ltd, thanked "
        "the university for the partnership.",
        [("Fouziya Mukyala Sooma", "other", "Huawei Uganda Co. Ltd")],
        [],
    ),
    # role.org.public_office held back for an institution's title: a nationality makes no state office of it
    (
        "Northwest University signed an agreement with the University of Banja Luka on Monday. The signing "
        "ceremony was attended by the rector of the Chinese University Wang Jianren and other representatives "
        "of Northwest University.",
        [("Wang Jianren", "rector", "Northwest University")],
        [],
    ),
    # role.org.public_office: "Russian President Vladimir Putin" still holds a state's office
    (
        "Tomsk State University signed an agreement with Xiamen University. Russian President Vladimir Putin "
        "welcomed the agreement.",
        [("Vladimir Putin", "president", None)],
        [],
    ),
]


@pytest.mark.parametrize(("text", "facts", "no_fact"), _ROLE_CASES)
def test_role_facts_of_the_session_s_tie_and_org_rules(extractor, text, facts, no_fact):
    """Each case fires a tie or organisation rule of this session, or holds it back (see the comments above):
    the facts are read, and the people listed last hold no title."""
    roles = _roles(extractor.extract(text))
    assert set(facts) <= set(roles)
    assert not [r for r in roles if r[0] in no_fact]


def test_a_short_form_bracketed_before_the_parent_stays_inside_the_name(extractor):
    """org.span.bracket_inside_name and org.key.bracket_inside_name: "X (ACR) of <organisation>" is one name,
    keyed without the bracket, and a later ACR takes that key."""
    rec = extractor.extract(
        "The Center for Language Education and Cooperation (CLEC) of the Ministry of Education of China signed "
        "a memorandum with Kazan Federal University. CLEC will send teachers."
    )
    orgs = {m.text: m.norm for m in rec.mentions if m.label == "ORG"}
    name = "Center for Language Education and Cooperation (CLEC) of the Ministry of Education of China"
    assert orgs[name] == "Center for Language Education and Cooperation of the Ministry of Education of China"
    assert orgs["CLEC"] == orgs[name]


def test_a_short_form_bracketed_before_a_country_ends_the_name(extractor):
    """org.span.bracket_inside_name held back: a place after "of" is no parent ("Supreme Council of
    Universities (SCU) of Egypt"): the bracket ends the name and the short form is its own mention."""
    rec = extractor.extract(
        "The Supreme Council of Universities (SCU) of Egypt signed a memorandum with Xiamen University."
    )
    orgs = [m.text for m in rec.mentions if m.label == "ORG"]
    assert "Supreme Council of Universities" in orgs
    assert "SCU" in orgs


def test_deputy_goes_with_the_title_across_a_hyphen_a_unit_or_a_nationality(extractor):
    """role.span.deputy_across: "Deputy-director-general", "Deputy Division Director" and "Deputy Chinese
    Ambassador" are whole titles, so the first two are a deputy director's."""
    rec = extractor.extract(
        "Yang Guangjun, Deputy Division Director of the Vocational Education Development Center, attended. "
        "He was accompanied by the Deputy-director-general of Municipal Education Bureau Fan Kun. "
        "The talks were hosted by the Deputy Chinese Ambassador to Malawi Wang Xi."
    )
    titles = [m.text for m in rec.mentions if m.label == "ROLE"]
    assert {"Deputy Division Director", "Deputy-director-general", "Deputy Chinese Ambassador"} <= set(titles)
    assert ("Yang Guangjun", "deputy director", "Vocational Education Development Center") in _roles(rec)
    assert ("Fan Kun", "deputy director", "Municipal Education Bureau") in _roles(rec)


def test_a_lower_case_deputy_is_no_part_of_the_title(extractor):
    """role.span.deputy_across held back: "the deputy" in lower case, a word of the sentence, stays out."""
    rec = extractor.extract("Fan Kun met the deputy Division Director Wang Lei in Shenzhen on Monday.")
    assert [m.text for m in rec.mentions if m.label == "ROLE"] == ["Director"]


def test_a_surname_the_model_reads_as_an_organisation_is_the_person(extractor):
    """person.from_org.surname: a one-word model ORG that is the surname of a person named in full before is
    that person, keyed to the full name."""
    rec = extractor.extract(
        "Brian MacCraith led a delegation to China. At the China Annual Conference for International "
        "Education (CACIE), MacCraith delivered a presentation."
    )
    bare = [m for m in rec.mentions if m.text == "MacCraith"]
    assert [(m.label, m.norm) for m in bare] == [("PERSON", "Brian MacCraith")]


def test_a_hyphenated_surname_the_model_reads_as_an_organisation_is_the_person(extractor):
    """person.from_org.surname over a hyphenated surname: "Nili-Ahmadabadi emphasized" after "Mahmoud
    Nili-Ahmadabadi" is that person, so the memorandum's parties are not read from it."""
    rec = extractor.extract(
        "Saint Petersburg State University and the University of Tehran signed a memorandum. The president of "
        "the University of Tehran, Mahmoud Nili-Ahmadabadi, attended.\n\nNili-Ahmadabadi emphasized the "
        "development of scientific ties."
    )
    bare = [m for m in rec.mentions if m.text == "Nili-Ahmadabadi"]
    assert [(m.label, m.norm) for m in bare] == [("PERSON", "Mahmoud Nili-Ahmadabadi")]


def test_a_surname_that_is_a_word_of_an_organisation_stays_an_organisation(extractor):
    """person.from_org.surname held back: "Kaspersky" names the company when "Kaspersky Lab" is one of the
    document's organisations, though Eugene Kaspersky is named too."""
    rec = extractor.extract(
        "Eugene Kaspersky, the chief executive of Kaspersky Lab, visited Bauman Moscow State Technical "
        "University. Kaspersky signed a memorandum with the university."
    )
    assert not any(m.label == "PERSON" and m.text == "Kaspersky" for m in rec.mentions)


def test_a_lower_case_institution_noun_takes_its_own_name_before_it(extractor):
    """org.span.lower_institution: "Gurugram university", "Bolgar Islamic academy": a name written with a
    lower-case institution noun is one organisation, and a party of the agreement."""
    rec = extractor.extract(
        "Fergana Medical Institute of Public Health signed an MOU with Gurugram university on Monday. "
        "Another agreement was signed between Bolgar Islamic academy and Zitouna University."
    )
    orgs = [m.text for m in rec.mentions if m.label == "ORG"]
    assert {"Gurugram university", "Bolgar Islamic academy"} <= set(orgs)


def test_a_people_or_place_before_a_lower_case_institution_noun_names_no_organisation(extractor):
    """org.span.lower_institution held back: "a Zambian university", "the Sino-Russian university", "a
    Kazakhstan university" describe; the word before is a people's or a place's name."""
    rec = extractor.extract(
        "Copperbelt University is the first Zambian university to sign such an agreement. The Sino-Russian "
        "university will open in 2026, and a Kazakhstan university joined the network."
    )
    orgs = [m.text for m in rec.mentions if m.label == "ORG"]
    assert not any(o.endswith("university") for o in orgs)


def _parties(rec) -> list[list[str]]:
    return sorted(f.parties for f in rec.facts if isinstance(f, AgreementFact))


_OPENING = "Kastamonu University opened a new faculty this year. Kastamonu University signed a cooperation agreement "
_COMPANIES = (
    "China Foma (Group) Co., Ltd., CITIC Construction Co., Ltd., Alltrust Insurance Company of China Limited."
)
_PARTY_CASES = [
    # agreement.parties.main_partner: the one named party is the organisation the release names most; the one
    # it names next, twice, is the other party
    (
        _OPENING
        + "on Monday, its rector said. The faculty will be hosted by Talas State University, and Talas "
        "State University will send students.",
        [["Kastamonu University", "Talas State University"]],
    ),
    # held back: an organisation the release names once is no party
    (
        _OPENING
        + "on Monday, its rector said. The faculty was visited by a delegation of Talas State University.",
        [["Kastamonu University"]],
    ),
    # agreement.parties.signed_by_group: a plural mention signed by a counted group of listed companies is one
    # agreement per company
    (
        "The ceremony took place in the park. Intention agreements were signed by representatives of 3 "
        "companies, namely: " + _COMPANIES,
        [
            ["Alltrust Insurance Company of China Limited"],
            ["CITIC Construction Co., Ltd."],
            ["China Foma (Group) Co., Ltd."],
        ],
    ),
    # held back for a singular mention: one document of both
    (
        "The cooperation agreement was signed on May 29 by representatives of Kazan Federal University and "
        "Xiamen University.",
        [["Kazan Federal University", "Xiamen University"]],
    ),
]


@pytest.mark.parametrize(("text", "parties"), _PARTY_CASES)
def test_agreement_parties_of_the_session_s_party_rules(extractor, text, parties):
    """Each case fires a party rule of this session, or holds it back (see the comments above)."""
    assert _parties(extractor.extract(text)) == parties


def test_a_news_outlet_keeps_its_article(extractor):
    """org.span.outlet_article: "The Jakarta Post" keeps its "The"; an institution's lower-case article and a
    name that ends in no media word stay as they were ("Kazan Federal University")."""
    rec = extractor.extract(
        "According to The Jakarta Post, The Kazan Federal University delegation visited Universitas Indonesia."
    )
    orgs = [m.text for m in rec.mentions if m.label == "ORG"]
    assert {"The Jakarta Post", "Kazan Federal University"} <= set(orgs)


def test_a_lower_case_title_modifier_opens_the_title(extractor):
    """role.span.modifier in lower case: "the acting dean Ivan Petrov", "the interim president Olga Smirnova"
    (words the role lexicon puts before titles); "the new rector" keeps its adjective out."""
    rec = extractor.extract(
        "The agreement was signed by the acting dean Ivan Petrov, the interim president Olga Smirnova and the "
        "new rector of Xiamen University Zhang Rong on Monday."
    )
    titles = [m.text for m in rec.mentions if m.label == "ROLE"]
    assert {"acting dean", "interim president"} <= set(titles)
    assert "new rector" not in " ".join(titles)


def test_an_aide_s_title_holds_the_office_it_serves(extractor):
    """role.span.office_served: "Adviser to the President for International Affairs", "Assistant to the
    Rector" are whole titles (category other); the office served is no title of its own. Since the fortieth
    session an aide to an institution's head holds the post at the release's own institution
    (role.org.institution_staff)."""
    rec = extractor.extract(
        "Mr. Ivan Petrov, Adviser to the President for International Affairs, and Anna Smirnova, Assistant to "
        "the Rector, attended the signing at Tomsk State University."
    )
    titles = [m.text for m in rec.mentions if m.label == "ROLE"]
    assert titles == ["Adviser to the President for International Affairs", "Assistant to the Rector"]
    assert ("Ivan Petrov", "other", "Tomsk State University") in _roles(rec)
