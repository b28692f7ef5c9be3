"""Rules added in the eighteenth session, each fired on a hand-written release and held back on another."""

from __future__ import annotations

from .record_views import agreements as _agreements
from .record_views import roles as _roles


def _dates(rec) -> list[str | None]:
    return [f.date for f in rec.facts if f.type == "agreement"]


def test_a_bracketed_short_form_is_no_other_agreement_beside_the_date(extractor):
    """agreement.date (signing_dates._short_form): "a memorandum of understanding (MoU) ... on 15 November
    2018": the short form in brackets is the same document, so the date closest to it is still the
    signing date of the one memorandum."""
    rec = extractor.extract(
        "Ural Federal University signed a memorandum of understanding (MoU) with Heze University (HZU), "
        "China on 15 November 2018."
    )
    assert [k for k, *_ in _agreements(rec)] == ["memorandum"]
    assert _dates(rec) == ["2018-11-15"]


def test_another_document_in_the_sentence_keeps_its_own_date(extractor):
    """Held back: a second document named after the short form (not the bracketed short form itself) stands
    nearer the date: the date is that document's, the memorandum has none."""
    rec = extractor.extract(
        "Ural Federal University and Heze University signed a memorandum (MoU) that implements the contract "
        "signed on 15 November 2018."
    )
    assert [(k, d) for (k, *_), d in zip(_agreements(rec), _dates(rec))] == [
        ("memorandum", None),
        ("contract", "2018-11-15"),
    ]


def test_the_guests_body_is_not_the_releases_organisation(extractor):
    """home.reject.guests_of: "Representatives of X got acquainted with ..." names the guests' body; the
    deans listed without an organisation belong to the release's own (the host the guests met)."""
    text = (
        "Representatives of Baotou Teachers College got acquainted with the academy.\n\n"
        "The staff of Belarusian State Agricultural Academy showed the guests the campus. The meeting was "
        "also attended by: A.V. Pashkevich - dean of the faculty of economics; N.A. Glushakova - dean of the "
        "faculty of business and law."
    )
    assert ("A.V. Pashkevich", "dean", "Belarusian State Agricultural Academy") in _roles(
        extractor.extract(text)
    )


def test_an_institute_signs_for_itself_beside_its_academy(extractor):
    """agreement.party.unit_to_parent: an institute of an academy the text names is a party of its own (as a
    branch is); a college of a university the text names gives way to the university."""
    rec = extractor.extract(
        "The Steklov Mathematical Institute of the Russian Academy of Sciences and the Mathematical Institute "
        "of the Serbian Academy of Sciences and Arts will sign an agreement on cooperation. The conference was "
        "held at the Serbian Academy of Sciences and Arts with the Russian Academy of Sciences."
    )
    assert _agreements(rec) == [
        (
            "agreement",
            "planned",
            [
                "Mathematical Institute of the Serbian Academy of Sciences and Arts",
                "Steklov Mathematical Institute of the Russian Academy of Sciences",
            ],
        )
    ]


def test_a_mutual_cooperation_agreement_is_a_document_by_mutual_agreement_a_consensus(extractor):
    """agreement.reject.consensus: "mutual" right before a bare "agreement" ("set by mutual agreement") is a
    consensus; in a document's name ("a mutual cooperation agreement was signed") it is not."""
    rec = extractor.extract(
        "During the meeting, a mutual cooperation agreement was signed between Comrat State University and "
        "Tomsk State University."
    )
    assert _agreements(rec) == [
        ("agreement", "signed", ["Comrat State University", "Tomsk State University"])
    ]
    rec = extractor.extract(
        "The dates were set by mutual agreement between Comrat State University and Tomsk State University."
    )
    assert _agreements(rec) == []


def test_a_verb_before_a_lower_case_head_is_no_organisation(extractor):
    """org_head: a capitalised word before a lower-case head noun names a unit ("Nursing faculty") unless it
    is a verb opening a list item ("- Sending faculty members for professional development")."""
    rec = extractor.extract(
        "The agreement covers several areas:\n- Sending faculty members for professional development.\n"
        "- Organizing friendly matches in judo."
    )
    assert [m.text for m in rec.mentions if m.label == "ORG"] == []


def test_a_headline_below_page_furniture_takes_the_leads_date(extractor):
    """agreement.date (signing_dates._story_date): a headline below a menu line ("news & events") is still
    above the story: its signing takes the one day the lead paragraph gives."""
    rec = extractor.extract(
        "news & events\n"
        "A delegation from Ural Federal University visited and jointly signed a MOU with Heze University\n\n"
        "On October 30, 2023, a delegation led by Rector Viktor Koksharov from Ural Federal University in "
        "Russia visited Heze University. They discussed cooperation between the two institutions in teaching, "
        "research and cultural exchange."
    )
    assert _dates(rec) == ["2023-10-30"]


def test_an_agreement_among_four_parties_one_with_its_city(extractor):
    """agreement.parties.between over "among" right after the document, the list going on past one item's
    city ("... Academy of Sciences in Harbin, ..."): one document of all four."""
    rec = extractor.extract(
        "The biggest result of the meeting became the signing of the Quadripartite Cooperation Agreement among "
        "Pacific National University, Heilongjiang Academy of Sciences in Harbin, Far Eastern Research "
        "Institute of Agriculture, Major Economic and Technological Development Merged Company of Heilongjiang "
        "Province."
    )
    assert [len(p) for _, _, p in _agreements(rec)] == [4]


def test_pairs_with_their_countries_stay_pairs(extractor):
    """Held back: "between A and B in China, C and D in the USA": the singular document is the first pair's,
    the list does not run on into the next pair."""
    rec = extractor.extract(
        "A MOU will also be signed between the South Eastern University of Sri Lanka and Shandong University "
        "of Science and Technology in China, University of Kelaniya and State University of New York Cortland "
        "in the USA, Open University of Sri Lanka and the Royal Melbourne Institute of Technology in "
        "Australia."
    )
    assert [p for _, _, p in _agreements(rec)][:1] == [
        ["Shandong University of Science and Technology", "South Eastern University of Sri Lanka"]
    ]


def test_a_roadmap_for_collaboration_between_two_states_has_no_party(extractor):
    """agreement.reject.between_states past the document's topic: "the Roadmap for scientific and
    educational collaboration between Belarus and Uzbekistan" is the states' document; "an agreement for
    cooperation between" two universities is theirs."""
    rec = extractor.extract(
        "The delegation of the Scientific and Technical Council under the Ministry of Innovative Development of "
        "the Republic of Uzbekistan was received by the Presidium of the National Academy of Sciences of "
        "Belarus as a practical implementation of the Roadmap for scientific and educational collaboration "
        "between Belarus and Uzbekistan."
    )
    assert _agreements(rec) == []
    rec = extractor.extract(
        "Tomsk State University signed an agreement for cooperation between Tomsk State University and Heze "
        "University."
    )
    assert [p for _, _, p in _agreements(rec)] == [["Heze University", "Tomsk State University"]]


def test_witnesses_of_a_signing_are_no_signatories(extractor):
    """agreement.signatories.not_witness: the people named "in the presence of" or "with X in attendance"
    after the signers' "by" watched the signing."""
    rec = extractor.extract(
        "The memorandum between Tomsk State University and Heze University was signed by Rector Eduard "
        "Galazhinsky and President Jiang Tongsong, in the presence of Ambassador Zhang Hanhui."
    )
    assert [f.signatories for f in rec.facts if f.type == "agreement"] == [
        ["Eduard Galazhinsky", "Jiang Tongsong"]
    ]
    rec = extractor.extract(
        "The agreement between Tomsk State University and Heze University was signed by Rector Eduard "
        "Galazhinsky, with Governor Vladimir Mazur in attendance."
    )
    assert [f.signatories for f in rec.facts if f.type == "agreement"] == [["Eduard Galazhinsky"]]


def test_a_portfolio_before_a_title_is_the_titles(extractor):
    """org.reject.title_portfolio: "Education & Religious Affairs Minister X": the portfolio before the title
    is no organisation; "Huawei CEO X" keeps the company."""
    rec = extractor.extract(
        "The event included participation by Education & Religious Affairs Minister Niki Kerameos and Huawei "
        "CEO Ren Zhengfei."
    )
    assert ("Niki Kerameos", "minister", None) in _roles(rec)
    assert [m.text for m in rec.mentions if m.label == "ORG"] == ["Huawei"]


def test_leaders_in_the_plural_is_a_description_not_a_title(extractor):
    """patterns/roles.jsonl ``"plural": false``: "SEU leaders A and B" describes, "Team leader A" titles."""
    rec = extractor.extract(
        "The ceremony was attended by SEU leaders Zhang Guangjun and Wu Gang, NMU leaders Shen Hongbing and Li "
        "Jianqing as well as relevant deans."
    )
    assert _roles(rec) == set()
    rec = extractor.extract("The expedition of Tomsk State University was headed by its leader Ivan Petrov.")
    assert [m.text for m in rec.mentions if m.label == "ROLE"] == ["leader"]


def test_a_date_under_a_weather_reading_is_the_sites_clock():
    """published.reject.clock over the two lines before: a weather reading ("18.2 C", then the city) heads
    the site's clock; the same date under a "Posted:" label is the page's."""
    from extractor.find.published import find_published

    body = (
        "spot_img\n\nZim-China collaborate in education sector\n\nStory by Fungai Jachi\n\nZIMBABWE and China have "
        "signed Memoranda of Understanding for cooperation in the field of higher and tertiary education, with "
        "the move expected to further improve the country's education sector."
    )
    assert find_published("18.2 C\nHarare\nMonday, April 28, 2025\n" + body) is None
    found = find_published("Posted: Monday, April 28, 2025\n" + body)
    assert found is not None and found.value == "2025-04-28"


def test_a_between_before_the_document_yields_to_its_with_partners(extractor):
    """agreement.parties.between skips a "between" before the document when its partners follow "with": the
    effort of A and B "culminated in the signing of three MoUs with C, D and E" (one each, the release's
    own University the other side); "an agreement between A and B" is still theirs."""
    rec = extractor.extract(
        "The forum, held on 23rd June 2025 at the University of Dar es Salaam, was a collaborative effort "
        "between UDSM's College of Engineering and Technology and the Confucius Institute, culminated in the "
        "signing of three strategic Memoranda of Understanding (MoUs) with leading Chinese engineering firms: "
        "KZJ New Materials Group Co. Ltd., Ju Ye Concrete Co. Ltd., and CRJE (East Africa) Ltd."
    )
    partners = {p for _, _, ps in _agreements(rec) for p in ps}
    assert "Confucius Institute" not in " ".join(partners)
    assert {"KZJ New Materials Group Co. Ltd.", "Ju Ye Concrete Co. Ltd."} <= partners


def test_and_before_a_company_with_its_legal_form_starts_another_organisation(extractor):
    """org_head: "and" inside a name ("University of Economics and Management") goes on, but not into a
    company written with its legal form ("... and Gotion High-Tech Co., Ltd.")."""
    rec = extractor.extract(
        "During the event, Zhejiang University signed a tripartite strategic cooperation agreement with "
        "Bratislava University of Economics and Management and Gotion High-Tech Co., Ltd."
    )
    assert [p for _, _, p in _agreements(rec)] == [
        [
            "Bratislava University of Economics and Management",
            "Gotion High-Tech Co., Ltd.",
            "Zhejiang University",
        ]
    ]


def test_a_name_after_the_title_of_a_mixed_case_acronym(extractor):
    """rule_title_name past "Title of <acronym>": "the rector of KazNU Galym Mutanov" (an acronym with its
    own lower-case letters, as "SibGIU") names the rector after it."""
    rec = extractor.extract(
        "At the official meeting, the rector of KazNU Galym Mutanov and the rector of the Ca'Foscari "
        "University Michele Bugliesi signed the agreement."
    )
    assert ("Galym Mutanov", "rector", "Al-Farabi Kazakh National University") in _roles(rec)


def test_a_title_from_its_organisation_then_the_name(extractor):
    """role.tie.title_phrase_name over "from": "Vice Rector for International Partnership from Kazan
    University, Dr. Alishev Timirkhan Bulatovich" names the vice-rector after the phrase."""
    rec = extractor.extract(
        "Present at the meeting were the Rector of Universitas Terbuka, Prof. Ojat Darojat; Vice Rector for "
        "International Partnership from Kazan Federal University, Dr. Alishev Timirkhan Bulatovich."
    )
    assert ("Alishev Timirkhan Bulatovich", "vice-rector", "Kazan Federal University") in _roles(rec)


def test_a_head_last_short_form_takes_the_head_first_name(extractor):
    """org.key.head_first_form: "Higher Education Ministry" in a headline is the "Ministry of Higher Education
    and Scientific Research" the text names: one key, one memorandum."""
    rec = extractor.extract(
        "Higher Education Ministry signs MOC with Huawei\n\nThe Ministry of Higher Education and Scientific "
        "Research signed a memorandum of cooperation with Huawei in the field of information technology."
    )
    keys = {m.norm for m in rec.mentions if m.label == "ORG" and "Ministry" in m.text}
    assert keys == {"Ministry of Higher Education and Scientific Research"}
    assert len(_agreements(rec)) == 1


def test_a_national_administration_is_a_body_not_an_office(extractor):
    """agreement.party.unit_to_parent: an "Administration" named after its country ("China Meteorological
    Administration") is a state's body, a party beside an institution, not an office that arranged it."""
    rec = extractor.extract(
        "On May 14, WMO and CMA signed a Letter of Intent between the World Meteorological Organization and the "
        "China Meteorological Administration to promote regional cooperation."
    )
    assert [p for _, _, p in _agreements(rec)] == [
        ["China Meteorological Administration", "World Meteorological Organization"]
    ]


def test_the_date_signed_on_after_the_document_is_its_own(extractor):
    """agreement.date.signed_on_after: "... the programme signed on April 13, 2006 and the cooperation
    agreement between A and B, signed on February 2, 2010": the agreement's own "signed on" date."""
    rec = extractor.extract(
        "In accordance with the cooperation program between the two ministries signed on April 13, 2006 and the "
        "cooperation agreement between Al-Baath University and Belarusian State University, signed on February "
        "2, 2010, the centre was opened."
    )
    assert _dates(rec) == ["2010-02-02"]


def test_a_heading_signing_retold_below_takes_its_date(extractor):
    """agreement.merge.told_above: the heading "Conclusion of an Academic Exchange Agreement between A and B"
    retold below ("On October 1st, 2014, President X and Deputy Rector Y concluded an Academic Exchange
    Agreement between their respective institutions") is one document, dated by the retelling."""
    rec = extractor.extract(
        "Conclusion of an Academic Exchange Agreement between Tohoku University and Saint Petersburg State "
        "University (Russia)\n\nOn October 1st, 2014, President Susumu Satomi (Tohoku University) and Deputy "
        "Rector Alexander V. Gogolevsky concluded an Academic Exchange Agreement between their respective "
        "institutions."
    )
    assert len(_agreements(rec)) == 1 and _dates(rec) == ["2014-10-01"]


def test_agreements_between_a_list_and_its_last_item(extractor):
    """agreement.parties.between_distributive: "Agreements between A, B and C" (commas, then "and" before the
    last) are each of the first ones with the last, unless the release's own organisation is listed."""
    rec = extractor.extract(
        "Akkuyu Nuclear JSC assisted the visit of the Turkish delegation to Moscow. Agreements on cooperation "
        "in nuclear education were signed between Ankara University, Hacettepe University and National "
        "Research Nuclear University MEPhI."
    )
    found = sorted(p for _, _, p in _agreements(rec))
    assert [[q for q in p if "Nuclear" not in q] for p in found] == [
        ["Ankara University"],
        ["Hacettepe University"],
    ]
    assert all(any("Nuclear" in q for q in p) for p in found)
