"""Rules of the forty-fifth session, each on text that fires it and text that holds it back."""

from .test_session39_rules import _roles

ITEL = (  # 9992 (itel.am), as published, shortened
    "Today a four-partite Memorandum of Understanding (MOU) was signed between the Ministry of Education and "
    "Science of Armenia, VivaCell-MTS, Synopsys Armenia and Unicomp.\nThe MOU signing was followed by a press "
    "conference presided by the RA Minister of Education and Science Armen Ashotyan, VivaCell-MTS General "
    "Manager Ralph Yirikian, Director of Synopsys Armenia Hovik Musayelyan and Director of Unicomp CJSC Armen "
    "Baldryan."
)


def test_a_brand_and_a_country_is_a_company_branch(extractor):
    """org.span.company_branch: "Synopsys Armenia", which the model reads as a person, is a company's national
    branch, wherever the release writes it, and the director's organisation; a given name before a country
    ("Hasan German" names a people anyway) or a longer run of capitals ("Development Assistance Mongolia")
    is no branch."""
    rec = extractor.extract(ITEL)
    branch = [m for m in rec.mentions if m.text == "Synopsys Armenia"]
    assert [m.label for m in branch] == ["ORG", "ORG"]
    assert branch[0].source == "org.span.company_branch"
    assert ("Hovik Musayelyan", "director", "Synopsys Armenia") in _roles(extractor, ITEL)
    headline = "Development Assistance Mongolia signed a Memorandum of Understanding with Australia."
    assert "Assistance Mongolia" not in {
        m.text for m in extractor.extract(headline).mentions if m.label == "ORG"
    }


def test_a_ministry_opening_the_list_after_between_is_a_party(extractor):
    """agreement.party.ministry_witness holds back for one list after "between": "signed between the Ministry
    of Education and Science of Armenia, VivaCell-MTS, Synopsys Armenia and Unicomp" (9992) makes the
    ministry a party; "In the presence of the Ministry, A and B signed" does not."""
    facts = [f for f in extractor.extract(ITEL).facts if f.type == "agreement"]
    assert "Ministry of Education and Science of the Republic of Armenia" in facts[0].parties
    assert "Synopsys Armenia" in facts[0].parties
    witness = (
        "In the presence of the Ministry of Education and Science of Armenia, Yerevan State University and "
        "the American University of Armenia signed a memorandum of understanding."
    )
    parties = [f.parties for f in extractor.extract(witness).facts if f.type == "agreement"]
    assert parties and "Ministry of Education and Science of the Republic of Armenia" not in parties[0]


def test_a_technologist_title_between_honorifics_and_a_mongolian_initial(extractor):
    """patterns/honorifics ``before_honorific``: "Ts." before "Dr." is a Malaysian technologist's title
    ("Professor Ts. Dr. Yuserrie Zainuddin", 9766 umpsa.edu.my), so the vice-chancellor's name is found;
    before a name it is an initial ("Ts. Burmaa, Director of Curricular Affairs Office", 3811 msue.edu.mn)."""
    text = (
        "According to UMPSA Vice-Chancellor, Professor Ts. Dr. Yuserrie Zainuddin, this MoU can foster the "
        "exchange of knowledge and expertise."
    )
    assert ("Yuserrie Zainuddin", "rector", "UMPSA") in _roles(extractor, text)
    mongolian = (
        "N. Dulamjav, Director of International Affairs Department; Ts. Burmaa, Director of Curricular "
        "Affairs Office; J. Baatar attended."
    )
    assert "Ts. Burmaa" in {m.text for m in extractor.extract(mongolian).mentions if m.label == "PERSON"}


def test_a_unit_at_its_university_is_keyed_of_it_a_hosted_centre_at_it(extractor):
    """org.key.parent_after_at: "the School of Law at Xiamen University" is keyed as the university's unit,
    "School of Law of Xiamen University", the key a release that writes "School of Law of Xiamen University"
    gives it; a centre another state runs there keeps "at" ("Kazakhstan Center at Ca' Foscari University of
    Venice"), as Confucius Institutes do."""
    rec = extractor.extract(
        "Professor Li Wei of the School of Law at Xiamen University visited the Kazakhstan Center at Ca' Foscari "
        "University of Venice."
    )
    norms = {m.text: m.norm for m in rec.mentions if m.label == "ORG"}
    assert norms["School of Law"] == "School of Law of Xiamen University"
    assert norms["Kazakhstan Center"] == "Kazakhstan Center at Ca' Foscari University of Venice"


def test_a_ministry_is_keyed_by_its_country_s_formal_name(extractor):
    """org.key.state_ministry: "Uzbek Ministry of Tourism and Sports" (6413, pakistantoday.com.pk) and
    "Ministry of Agriculture of Russia" are keyed "Ministry of ... of the Republic of Uzbekistan", "... of the
    Russian Federation", as gold keys them; a ministry with no country stays as written."""
    rec = extractor.extract(
        "The Uzbek Ministry of Tourism and Sports and the Ministry of Agriculture of Russia signed a memorandum "
        "with the Ministry of Energy."
    )
    norms = {m.norm for m in rec.mentions if m.label == "ORG"}
    assert "Ministry of Tourism and Sports of the Republic of Uzbekistan" in norms
    assert "Ministry of Agriculture of the Russian Federation" in norms
    assert "Ministry of Energy" in norms


def test_a_ministry_that_concludes_the_agreement_is_a_party(extractor):
    """agreement.party.ministry_witness holds back for the subject of the verb whose object the agreement is:
    "The Kazakh Ministry of Industry and Infrastructure Development secured an agreement ... with A and B"
    (3709, kazinform); a ministry that only facilitated the signing between two universities is no party."""
    text = (
        "The Kazakh Ministry of Industry and Infrastructure Development secured an agreement for joint lithium "
        "mine exploration with the Korea Institute of Geoscience and Mineral Resources and SK Ecoplant Co."
    )
    facts = [f for f in extractor.extract(text).facts if f.type == "agreement"]
    ministry = "Ministry of Industry and Infrastructure Development of the Republic of Kazakhstan"
    assert facts and ministry in facts[0].parties and len(facts[0].parties) == 3


def test_a_plural_noun_with_its_possessive_opens_a_name(extractor):
    """org.reject.junk holds back for a plural noun with its possessive: "the People’s Government of Sichuan
    Province" (305, spbu.ru) and "Women’s Union of Belarus" (4709) are whole names; a plural noun alone
    still opens no name."""
    rec = extractor.extract(
        "The agreement with the People’s Government of Sichuan Province was signed. The Women’s Union of "
        "Belarus hosted the delegation."
    )
    orgs = {m.text for m in rec.mentions if m.label == "ORG"}
    assert {"People’s Government of Sichuan Province", "Women’s Union of Belarus"} <= orgs
