"""Rules added in the twentieth session, each fired on a hand-written release and held back on another."""

from __future__ import annotations

import pytest

from extractor.normalise.categories import category

from .record_views import agreements as _agreements
from .record_views import orgs as _orgs
from .record_views import roles as _roles
from .record_views import signatories as _signers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # org.span.bracketed_legal_form: a country in brackets, then the legal form in words
            "Kampala International University signed a Memorandum of Understanding with Huawei Technologies "
            "(Uganda) Company Limited on Friday.",
            "Huawei Technologies (Uganda) Company Limited",
        ),
        (  # ... and abbreviated after a comma
            "The college signed a joint construction agreement with Himile Group (Thailand) Co., Ltd. and "
            "Thailand N-Tech Education Group.",
            "Himile Group (Thailand) Co., Ltd.",
        ),
    ],
)
def test_a_bracket_before_a_legal_form_stays_inside_the_company_name(extractor, text, name):
    """org.span.bracketed_legal_form: the national company is one organisation, a party in its own name,
    and no bare "Co., Ltd." is left over."""
    rec = extractor.extract(text)
    assert name in _orgs(rec)
    assert "Co., Ltd." not in _orgs(rec)
    assert any(name in parties for _, _, parties in _agreements(rec))


def test_a_short_form_in_brackets_is_no_legal_form(extractor):
    """org.span.bracketed_legal_form holds back without a legal form after the bracket: the acronym stays the
    name's short form and the partner after "and" stays a name of its own."""
    rec = extractor.extract(
        "Tomsk State University (TSU) and Harbin Institute of Technology signed an agreement in 2019."
    )
    assert "Tomsk State University" in _orgs(rec)
    assert not any("(TSU)" in name for name in _orgs(rec))
    assert [p for _, _, p in _agreements(rec)] == [
        ["Harbin Institute of Technology", "Tomsk State University"]
    ]


def test_a_comma_before_a_legal_suffix_is_no_page_junk(extractor):
    """org.reject.junk: the comma of "Co., Ltd." belongs to the company's name, which the model read whole;
    a comma anywhere else in a model's name still rejects it."""
    rec = extractor.extract(
        "The agreement was signed between Tashkent State University and Gansu Jusin Agricultural Science and "
        "Technology (Group) Co., Ltd. in May."
    )
    assert "Gansu Jusin Agricultural Science and Technology (Group) Co., Ltd." in _orgs(rec)


def test_an_institution_and_a_company_with_its_legal_form_are_two_names(extractor):
    """org.reject.two_names: "and" between a name with a head noun and one that ends in a legal suffix joins
    two organisations, even when the first has a field list of its own ("of Economics and Management")."""
    rec = extractor.extract(
        "During the event, our university signed a tripartite strategic cooperation agreement with Bratislava "
        "University of Economics and Management and Gotion High-Tech Co., Ltd. President Wang Haohan led a "
        "delegation."
    )
    assert "Bratislava University of Economics and Management" in _orgs(rec)
    assert "Gotion High-Tech Co., Ltd." in _orgs(rec)


def test_an_acronym_that_inks_a_document_is_an_organisation(extractor):
    """org.acronym_acting over every verb of ``patterns/signing_verbs.jsonl``: after a photo caption the model
    reads "UTAR" as nothing, but the subject of "inked a memorandum ... with X" is a party (real text,
    corpus/unseen/7511); an acronym that signs nothing stays unread ("UTAR students")."""
    rec = extractor.extract(
        "Prof Ewe (left) and Prof Jiang officially inked a MoU\n\nUTAR officially inked a memorandum of "
        "understanding (MoU) with Heze University (HZU), China at Sungai Long Campus on 15 November 2018."
    )
    assert _agreements(rec) == [("memorandum", "signed", ["Heze University", "UTAR"])]
    held = extractor.extract("Prof Ewe (left) and Prof Jiang met.\n\nUTAR students visited Heze University.")
    assert "UTAR" not in _orgs(held)


def test_a_name_after_a_company_noun_and_a_comma_is_described_as_a_company(extractor):
    """org.described, description first (``patterns/company_nouns.jsonl``): "Global cybersecurity company,
    Kaspersky, ..." names the company that signs the three memoranda, one each with the partners listed."""
    rec = extractor.extract(
        "Global cybersecurity company, Kaspersky, today announced the expansion of its academic partnership "
        "program, signing three separate Memorandums of Understanding (MOUs) with Singapore Institute of "
        "Technology (SIT), Republic Polytechnic (RP), and Temasek Polytechnic (TP)."
    )
    assert "Kaspersky" in _orgs(rec)
    assert sorted(p for _, _, p in _agreements(rec)) == [
        ["Kaspersky", "Republic Polytechnic"],
        ["Kaspersky", "Singapore Institute of Technology"],
        ["Kaspersky", "Temasek Polytechnic"],
    ]


def test_a_person_listed_after_a_company_name_is_not_described_as_one(extractor):
    """org.described holds back in a list of titled people: "Chairman of BOAD GROUP corporation, Zhu Yun,
    official representative of X" names a person after the company, not a company."""
    rec = extractor.extract(
        "The guests were Yan Changkun, Deputy General Manager of Yangtze Optical Fibre and Cable Joint Stock "
        "Ltd. Co., Pan Xincheng, Chairman of BOAD GROUP corporation, Zhu Yun, official representative of "
        "Jiyuan Technical Service Ltd. Co."
    )
    assert "Zhu Yun" not in _orgs(rec)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Deputy Secretary-General",
            "other",
        ),  # role.category.hyphen_prefix: "deputy secretary" (no deputy category)
        ("Deputy Secretary-General of CEAIE", "other"),
        ("Secretary-General", "secretary"),  # held back: the whole hyphenated title is in the lexicon
        ("Deputy Director-General", "deputy director"),
        ("Vice-Rector for Research", "vice-rector"),
        ("Vice Chairperson", "deputy chair"),  # role.category.deputy_word
        ("Vice Chair of the University Council", "deputy chair"),
        ("Deputy Chairperson", "deputy chair"),
        ("Vice Chancellor of SINU", "rector"),  # held back: the lexicon holds "vice chancellor" whole
        ("Vice Governor", "other"),  # held back: a governor has no deputy category
    ],
)
def test_a_deputy_title_takes_the_deputy_category(title, expected):
    """role.category.hyphen_prefix: a hyphen joins the last two words, not the deputy to the title: "Deputy
    Secretary-General" starts with "deputy secretary" (other: annotation.md has no deputy-secretary
    category), not with the "secretary-general" it ends with; role.category.deputy_word: "vice" or "deputy"
    before a title the lexicon does not hold whole is that title's deputy category."""
    assert category(title) == expected


def test_latin_letters_without_a_decomposition_fold_like_accented_ones():
    """``latin_fold``: the dotless i, the Polish l with a stroke and the Nordic o with a stroke fold to their
    base letters as accented letters do, so such names read as names; other scripts stay as they are."""
    from extractor.lang.textnorm import latin_fold
    from extractor.lang.tokens import is_name_text

    assert latin_fold("Asılbek Kulmırzayev") == "Asilbek Kulmirzayev"
    assert latin_fold("Łódź") == "Lodz"
    assert is_name_text("Kulmırzayev") and is_name_text("Søren")
    assert latin_fold("Алматы") == "Алматы" and not is_name_text("ılık")


def test_a_turkic_name_with_a_dotless_i_is_a_person_with_a_title(extractor):
    """A name written with Turkish letters ("Asılbek Kulmırzayev") is a person and holds the title before it."""
    rec = extractor.extract(
        "The guests were received by the Acting Rector of Kyrgyz-Turkish Manas University, Asılbek "
        "Kulmırzayev, and the Dean of the Faculty of Communication."
    )
    assert ("Asılbek Kulmırzayev", "rector", "Kyrgyz-Turkish Manas University") in {
        (f.person, f.role, f.org) for f in rec.facts if f.type == "role"
    }


def test_the_arabic_article_of_south_asian_names_joins_the_name(extractor):
    """person.span.nasab over "ul" / "ud" / "ur" (``patterns/person_names.jsonl``): "Moin ul Haque" and
    "Noor ul Haq Qadri" are whole names; the run never reaches back over a portfolio's field word
    ("Minister for Religious Affairs") nor a place ("Ambassador to China")."""
    rec = extractor.extract(
        "Pakistan's Ambassador to China Moin ul Haque attended the ceremony. Federal Minister for Religious "
        "Affairs Noor ul Haq Qadri met the delegation."
    )
    people = [m.text for m in rec.mentions if m.label == "PERSON"]
    assert people == ["Moin ul Haque", "Noor ul Haq Qadri"]
    assert ("Noor ul Haq Qadri", "minister") in {(f.person, f.role) for f in rec.facts if f.type == "role"}


def test_a_name_after_an_envoys_possessive_country_is_the_envoy(extractor):
    """``past_org`` reads over a possessive inside a country's name ("to the People’s Republic of China"): the
    words after it are the ambassador's name; a place after the name is still no part of the title."""
    rec = extractor.extract(
        "The ceremony was attended by Georgia’s Ambassador to the People’s Republic of China Paata Kalandadze, "
        "and representatives of the ministry."
    )
    assert ("Paata Kalandadze", "ambassador", None) in _roles(rec)


def test_a_plural_title_before_names_joined_by_and_names_people(extractor):
    """person.span.plural_title_first: "Presidents Sadyr Japarov and Vladimir Putin": both are people, both
    presidents, and two presidents in one breath are no organisation's (role.org.state_president) even in a
    university's release; a plural title before words that name no one stays without a person."""
    rec = extractor.extract(
        "Kyrgyz-Russian Slavic University hosted the forum. Presidents Sadyr Japarov and Vladimir Putin are "
        "very interested in the issues of education."
    )
    assert {("Sadyr Japarov", "president", None), ("Vladimir Putin", "president", None)} <= _roles(rec)
    held = extractor.extract("The Rectors Forum and Exhibition opened in Kazan.")
    assert not [m for m in held.mentions if m.label == "PERSON"]


def test_named_rectors_after_a_plural_title_are_the_signatories_of_their_universities(extractor):
    """person.span.plural_title_first: "university rectors Besarion Meskhi and Obidjon Khamidov" names both
    rectors, each at the university listed in the same order, and they are the agreement's signatories (the
    parties then come from the signers' affiliations; without names agreement.parties.host decides)."""
    rec = extractor.extract(
        "Don State Technical University intends to open a representative office in Uzbekistan at Bukhara State "
        "University. The agreement was signed on May 26, 2021, by university rectors Besarion Meskhi and Obidjon "
        "Khamidov."
    )
    assert {
        ("Besarion Meskhi", "rector", "Don State Technical University"),
        ("Obidjon Khamidov", "rector", "Bukhara State University"),
    } <= _roles(rec)
    (fact,) = [f for f in rec.facts if f.type == "agreement"]
    assert sorted(fact.parties) == ["Bukhara State University", "Don State Technical University"]
    assert fact.signatories == ["Besarion Meskhi", "Obidjon Khamidov"]


def test_a_korean_given_name_with_a_capital_second_syllable_keeps_its_family_name(extractor):
    """person.keep.hyphenated_given with "Geun-Hye" as with "Sang-don": "Park" opens a name here, not a word
    of an organisation's name ("the technology park")."""
    rec = extractor.extract(
        "On the 19th of June, President Park Geun-Hye and her Kazakhstan counterpart met."
    )
    assert "Park Geun-Hye" in [m.text for m in rec.mentions if m.label == "PERSON"]


def test_his_excellency_written_with_a_space_is_no_name(extractor):
    """``patterns/honorifics.jsonl`` "h. e.": "H. E. the Ambassador of Sri Lanka" is an honorific, not a
    person written with initials; a name with two initials still is ("N. Petrov")."""
    rec = extractor.extract(
        "Prof. Janitha A. Liyanage, H. E. the Ambassador of Sri Lanka to Russia, congratulated all four "
        "Universities. The agreement was signed by N. Petrov."
    )
    people = [m.text for m in rec.mentions if m.label == "PERSON"]
    assert "H. E." not in people and "N. Petrov" in people


@pytest.mark.parametrize(
    ("short", "name", "expected"),
    [
        ("UoEm", "University of Embu", True),  # a small letter for "of", "Em" of "Embu"
        ("MksU", "Machakos University", True),  # small letters taken from the word in order
        ("UniAbuja", "University of Abuja", True),
        ("UoE", "University of Embu Farms", False),  # every word but the joining ones is spelt
        ("KazNU", "Kazan Federal University", False),
        ("UNESCO", "United Nations", False),  # all capitals: the other acronym rules decide
    ],
)
def test_a_mixed_case_short_form_spells_its_name(short, name, expected):
    """org.key.mixed_case_acronym."""
    from extractor.normalise.org_text import mixed_case_acronym

    assert mixed_case_acronym(short, name) is expected


def test_a_headline_short_form_in_mixed_case_is_the_named_university(extractor):
    """org.key.mixed_case_acronym links "UoEm" in the headline to the University of Embu the body names: one
    signing, with its date, not a second document of an unknown "UoEm"."""
    rec = extractor.extract(
        "UoEm sign MoU with Nanjing University, China\n\nThe University of Embu signed a Memorandum of "
        "Understanding (MoU) with Nanjing University on Thursday, 7th August, 2025."
    )
    assert [(f.parties, f.date) for f in rec.facts if f.type == "agreement"] == [
        (["University of Embu", "Nanjing University"], "2025-08-07")
    ]


def test_two_head_noun_names_joined_by_and_are_two_organisations(extractor):
    """org.reject.two_head_names: the model's one name over "University of Abuja and Heritage Africa-China
    Research Institute" is two; a field list inside one name stays whole ("Faculty of Economics and Business
    Administration")."""
    rec = extractor.extract(
        "The University of Abuja and Heritage Africa-China Research Institute signed a memorandum with Zhejiang "
        "Normal University. Dean of the Faculty of Economics and Business Administration Peter Szakal spoke."
    )
    names = _orgs(rec)
    assert "University of Abuja" in names and "Heritage Africa-China Research Institute" in names
    assert "Business Administration" not in names


def test_a_document_the_parties_sealed_is_the_one_they_signed(extractor):
    """``patterns/signing_verbs.jsonl`` (category ``signed``), the one home of the signing verbs' forms: "The two
    institutions sealed an MoU" retells the signed memorandum, not a second, planned one ("future agreements"
    in the same sentence name no status of it)."""
    rec = extractor.extract(
        "Chinese Academy of Social Sciences (CASS) on Monday signed a memorandum of understanding (MoU) with "
        "the University of Turin here in the capital of Piemonte in northern Italy.\n\nThe two institutions "
        "sealed an MoU to activate specific future agreements in the fields of law, economics and social "
        "sciences."
    )
    assert _agreements(rec) == [
        ("memorandum", "signed", ["Chinese Academy of Social Sciences", "University of Turin"])
    ]


def test_a_long_headline_is_not_the_lead_paragraph_that_dates_a_signing(extractor):
    """``lang/sentences.lead_paragraph``: the story's lead is the first long line that ends a sentence, not a
    headline of 150 characters: the day it names ("On July 12, at their meeting in Kazan ...") dates the
    signing told after it with "Also"."""
    rec = extractor.extract(
        "Agreement on strategic cooperation signed between Peter the Great St. Petersburg Polytechnic University "
        "and Kazan National Research Technical University\n\n12 July 2016, Tuesday\n\nOn July 12, at their "
        "meeting in Kazan, the President of Tatarstan and the rector of Peter the Great St. Petersburg "
        "Polytechnic University discussed issues of further strategic cooperation.\n\nAlso, the agreement on "
        "strategic cooperation was signed between Peter the Great St. Petersburg Polytechnic University and "
        "Kazan National Research Technical University."
    )
    assert [f.date for f in rec.facts if f.type == "agreement"] == ["2016-07-12"]


def test_signers_who_discussed_and_also_signed_are_the_signatories(extractor):
    """agreement.signatories.shared_subject: "A and B discussed ..., and also signed a Memorandum": the signing
    verb shares the first verb's subject, each name read back over its title and the title's organisation;
    a signing verb with a subject of its own names no signer ("the rector X held negotiations with Y, and an
    Agreement ... was signed")."""
    rec = extractor.extract(
        "During the meeting, acting Rector of Inha University in Tashkent Muzaffar Djalalov and acting CEO of "
        "Uzbekcosmos Agency Shukhrat Kadirov discussed cooperation, and also signed a Memorandum of "
        "Understanding."
    )
    assert _signers(rec) == [["Muzaffar Djalalov", "Shukhrat Kadirov"]]
    held = extractor.extract(
        "On February 6, the rector of the university Valentina Bogatyreva held negotiations with the "
        "leadership of the Uzbekistan State World Languages University, and an Agreement on cooperation was "
        "signed."
    )
    assert not any(_signers(held))


@pytest.mark.parametrize(
    ("text", "signers"),
    [
        (  # agreement.signatories.with_counterpart: the "with" partner after a title
            "Acting President of Addis Ababa University, Samuel Kifle (PhD) inked the agreement with his BFSU "
            "counterpart Prof Yang Dan.",
            ["Samuel Kifle", "Yang Dan"],
        ),
        (  # the counterpart's honorific with its full stop, read from patterns/honorifics.jsonl
            "Dr. Sherine Abdel Qader Muharram, President of the Electronics Research Institute, signed a "
            "cooperation protocol with Dr. Sherif Fakhry, President of the Egyptian Russian University.",
            ["Sherine Abdel Qader Muharram", "Sherif Fakhry"],
        ),
        (  # names before the verb beat a parse that reads only the last name as the subject
            "Dalian University of Foreign Languages Rector Liu Hong and UFPB Rector Valdiney Gouveia signed the "
            "agreement in a ceremony held online this week.",
            ["Liu Hong", "Valdiney Gouveia"],
        ),
        (  # held back: an organisation after "with" names no second signer
            "Rector Ivan Petrov of Kazan Federal University signed the memorandum with Tomsk State University in "
            "the presence of Governor Oleg Ivanov.",
            ["Ivan Petrov"],
        ),
    ],
)
def test_both_signers_of_a_signing_sentence_are_read(extractor, text, signers):
    """agreement.signatories.with_counterpart and the names written before the verb."""
    rec = extractor.extract(text)
    assert _signers(rec) == [signers]
