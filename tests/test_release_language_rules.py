"""Rules added in the eighth session for the language of press releases, each fired on a hand-written
release and held back on another."""

from __future__ import annotations

from extractor.models import AgreementFact, RoleFact


def _roles(rec) -> dict[tuple, tuple[str | None, str | None]]:
    return {(f.person, f.role): (f.org, f.tie_rule) for f in rec.facts if isinstance(f, RoleFact)}


def _agreements(rec) -> list[AgreementFact]:
    return [f for f in rec.facts if isinstance(f, AgreementFact)]


def test_a_modifier_between_the_article_and_the_title_keeps_the_apposition(extractor):
    """role.tie.modified_apposition: "X, the international Ambassador of Y": the title is X's."""
    text = (
        "The delegation included Song Chenxi, the international Ambassador of the Southern Federal University "
        "to China, and An Xin, a student."
    )
    org, tie = _roles(extractor.extract(text))[("Song Chenxi", "ambassador")]
    assert (org, tie) == ("Southern Federal University", "role.tie.modified_apposition")


def test_a_name_between_the_article_and_the_title_is_no_modifier(extractor):
    """ "X, the Rosatom Director General": an organisation's word between names no modifier, and a title
    with a name of its own stays with that name."""
    text = (
        "The memorandum was signed by Ivan Petrov, the Rector of Tomsk State University, and Anna Smirnova."
    )
    roles = _roles(extractor.extract(text))
    assert roles[("Ivan Petrov", "rector")][1] == "role.tie.apposition"
    assert ("Anna Smirnova", "rector") not in roles


def test_an_adviser_to_a_head_of_state_holds_no_organisation(extractor):
    """role.org.of_country: "advisor to the President of the Kyrgyz Republic" names a state's office."""
    text = (
        "Astana University hosted the talks. The rector met Muratbek Azymbakiev, the Foreign Policy advisor "
        "to the President of the Kyrgyz Republic, in Astana."
    )
    org, _ = _roles(extractor.extract(text))[("Muratbek Azymbakiev", "other")]
    assert org is None


def test_an_adviser_to_a_university_president_holds_a_role_at_the_university(extractor):
    """ "adviser to the President of Astana University": an organisation, not a state, after the office."""
    text = (
        "Astana University hosted the talks with Ivan Petrov, adviser to the President of Astana University."
    )
    org, _ = _roles(extractor.extract(text))[("Ivan Petrov", "other")]
    assert org == "Astana University"


_FOOTER = (
    "\n\n-- BERNAMA\n\n\nBERNAMA provides up-to-date authentic and comprehensive news and information which "
    "are disseminated via BERNAMA Wires; www.bernama.com; BERNAMA TV on Astro 502 and BERNAMA Radio."
)


def test_an_outlet_known_by_its_channels_is_not_the_home(extractor):
    """is_media: "BERNAMA" is an outlet when the page also names "BERNAMA TV"; a title with no body named is
    not given the outlet as its organisation."""
    text = (
        "KUALA LUMPUR, May 29 (Bernama) -- Malaysia and Kyrgyzstan will work together. The prime minister met "
        "Ivan Petrov, a senior advisor, in Putrajaya." + _FOOTER
    )
    rec = extractor.extract(text)
    assert "BERNAMA" in {m.text for m in rec.mentions}
    assert _roles(rec)[("Ivan Petrov", "other")][0] is None


def test_partners_listed_with_their_cities_each_sign_a_document(extractor):
    """agreement.parties.distributive over a list whose items carry their city in brackets: "A (Ankara), B
    (Karabuk), C (Bursa)"; a city in brackets that is a word of the name is no short form of it."""
    text = (
        "The delegation of Zhetysu University visited Turkey in June 2022. Agreements were concluded with "
        "universities of the Republic of Turkey: Hacettepe University (Ankara), University of Karabuk "
        "(Karabuk), Bursa Uludag University (Bursa)."
    )
    rec = extractor.extract(text)
    partners = {p for f in _agreements(rec) for p in f.parties} - {"Zhetysu University"}
    assert partners == {"Hacettepe University", "University of Karabuk", "Bursa Uludag University"}
    assert not {"Karabuk", "Bursa"} & {m.text for m in rec.mentions if m.label == "ORG"}


def test_a_documents_bracketed_short_form_names_the_document(extractor):
    """agreement.short_form: "a Memorandum of Interest (MOI)" and a later "signed the MOI" are memorandum
    mentions, not organisations, so the signing sentence gives the parties."""
    text = (
        "The universities entered into a Memorandum of Interest (MOI) on Friday.\n\nIvan Petrov, Rector of "
        "Tomsk State University, and Wang Lei, President of Lanzhou University, signed the MOI in Moscow."
    )
    rec = extractor.extract(text)
    kinds = {m.text: m.norm for m in rec.mentions if m.label == "AGREEMENT"}
    assert kinds == {"Memorandum of Interest": "memorandum", "MOI": "memorandum"}
    assert {p for f in _agreements(rec) for p in f.parties} == {
        "Tomsk State University",
        "Lanzhou University",
    }


def test_a_signatory_on_behalf_of_an_organisation_after_the_name_holds_the_title_there(extractor):
    """role.org.on_behalf_of after the name: "signed by Vice Chancellor Prof. Dr. A on behalf of KIU"."""
    text = (
        "Xinjiang Normal University hosted the ceremony. The MoU was signed by Vice Chancellor Prof. Dr. "
        "Attaullah Shah on behalf of KIU and by Prof. Yonghui Wang, Director of the International Office."
    )
    rec = extractor.extract(text)
    fact = next(f for f in rec.facts if isinstance(f, RoleFact) and f.person == "Attaullah Shah")
    assert (fact.org, fact.rule) == ("KIU", "role.org.on_behalf_of")


def test_a_title_first_item_after_a_titled_name_with_its_organisation_shares_it(extractor):
    """role.org.previous_titled over "of X," and honorifics: "the President of ADA University, Prof. Dr. A,
    Vice-President Dr. B": B is ADA University's, not the visiting delegation's."""
    text = (
        "During the visit, the delegation of Ibn Haldun University was welcomed by the President of ADA "
        "University, Prof. Dr. Hafiz Pashayev, Vice-President Dr. Fariz Ismailzade, and other officials."
    )
    org, _ = _roles(extractor.extract(text))[("Fariz Ismailzade", "vice-president")]
    assert org == "ADA University"


def test_an_assistant_to_the_head_in_a_list_shares_the_previous_items_organisation(extractor):
    """role.org.previous_item over "Assistant to the President;": the head of the item before."""
    text = (
        "Belarusian State University signed the agreement. The ceremony was attended by Li Jingping, Chairman "
        "of Shandong Cultural Industry Vocational College; Xu Yuguo, Assistant to the President; and Qi "
        "Denghong, Director of the International Office."
    )
    org, _ = _roles(extractor.extract(text))[("Xu Yuguo", "other")]
    assert org == "Shandong Cultural Industry Vocational College"


def test_in_the_framework_agreement_names_a_document(extractor):
    """agreement.reject.consensus only for "in agreement": "contained in the framework agreement signed by A
    and B" is a document with two parties."""
    text = (
        "The decision is contained in the framework agreement signed this year by the National Academy of "
        "Sciences of Belarus and the Guangdong Academy of Sciences."
    )
    rec = extractor.extract(text)
    assert [m.text for m in rec.mentions if m.label == "AGREEMENT"] == ["framework agreement"]
    assert [set(f.parties) for f in _agreements(rec)] == [
        {"National Academy of Sciences of Belarus", "Guangdong Academy of Sciences"}
    ]


def test_in_agreement_with_is_a_consensus(extractor):
    """ "The sides are in full agreement with ...": no document."""
    text = "Tomsk State University and Lanzhou University are in full agreement with the plan."
    assert not [m for m in extractor.extract(text).mentions if m.label == "AGREEMENT"]


def test_an_airline_is_an_organisation(extractor):
    """patterns/org_heads.jsonl: "Airlines" heads a company's name."""
    text = "Aeroflot has signed a memorandum on cooperation with MIAT Mongolian Airlines."
    assert "MIAT Mongolian Airlines" in {m.text for m in extractor.extract(text).mentions if m.label == "ORG"}


def test_a_countrys_possessive_after_and_starts_a_new_name(extractor):
    """ "the University of Debrecen and Kazakhstan's Astana IT University": two organisations, the country
    no parent of the second."""
    text = "The University of Debrecen and Kazakhstan's Astana IT University discussed a complex agreement."
    orgs = [m.text for m in extractor.extract(text).mentions if m.label == "ORG"]
    assert orgs == ["University of Debrecen", "Astana IT University"]


def test_a_capital_the_after_and_opens_a_second_name(extractor):
    """ "Far East Branch of Russian Academy of Science and The Chinese Research Academy of Environmental
    Sciences": two organisations."""
    text = (
        "The Memorandum Between Far East Branch of Russian Academy of Science and The Chinese Research "
        "Academy of Environmental Sciences was signed."
    )
    orgs = [m.text for m in extractor.extract(text).mentions if m.label == "ORG"]
    assert orgs == [
        "Far East Branch of Russian Academy of Science",
        "Chinese Research Academy of Environmental Sciences",
    ]


def test_an_honorifics_full_stop_ends_no_sentence(extractor):
    """line_sentences: "the Rector of X Prof. A, PhD, signed": the parser's break after "Prof." is undone, so
    the second rector is tied to the name after it."""
    text = (
        "Rector of the University of Banja Luka Prof. Radoslav Gajanin, PhD, and the Rector of Moscow State "
        "Institute of Culture Prof. Arsenij Stanoslavovich Mironov, PhD, signed the Agreement on Cooperation."
    )
    org, _ = _roles(extractor.extract(text))[("Arsenij Stanoslavovich Mironov", "rector")]
    assert org == "Moscow State Institute of Culture"


def test_rectors_named_after_a_sentence_with_two_universities_are_theirs_in_order(extractor):
    """role.org.respective from the sentence before: "DSTU intends to open an office at Bukhara State
    University. The agreement was signed ... by university rectors A and B"."""
    text = (
        "Tomsk State University will open an office at Lanzhou University. The agreement was signed on May 26, "
        "2021, by university rectors Ivan Petrov and Wang Lei."
    )
    roles = _roles(extractor.extract(text))
    assert roles[("Ivan Petrov", "rector")][0] == "Tomsk State University"
    assert roles[("Wang Lei", "rector")][0] == "Lanzhou University"


def test_a_dashed_range_across_months_is_one_interval(extractor):
    """patterns/dates.jsonl ``month_day_range_month_day_year``: "January 30 - February 1, 2009" is one DATE
    with an interval value, and a signing after the visit takes it."""
    text = (
        "January 30 - February 1, 2009, a delegation of the Universiti Malaysia Perlis visited the Kyrgyz "
        "Republic. Following the visit, a Memorandum of Understanding was signed between the Kyrgyz State "
        "Technical University and the Universiti Malaysia Perlis."
    )
    rec = extractor.extract(text)
    assert [(m.text, m.norm) for m in rec.mentions if m.label == "DATE"] == [
        ("January 30 - February 1, 2009", "2009-01-30/2009-02-01")
    ]
    assert [f.date for f in _agreements(rec)] == ["2009-01-30/2009-02-01"]


def test_a_visit_from_one_day_to_another_dates_the_signing_during_it(extractor):
    """agreement.date.event_interval over two dates joined by "to": "visited ... from September 25 to
    September 29, 2018 ... signed": the first day takes the second's year."""
    text = (
        "A delegation of Tomsk State University visited China from September 25 to September 29, 2018. During "
        "the visit, Tomsk State University signed an agreement with Lanzhou University."
    )
    rec = extractor.extract(text)
    assert [m.text for m in rec.mentions if m.label == "DATE"] == ["September 25", "September 29, 2018"]
    assert [f.date for f in _agreements(rec)] == ["2018-09-25/2018-09-29"]


def test_a_units_parent_and_a_governing_body_are_no_parties(extractor):
    """agreement.party.parent_of ("the X Institute (XIEG) of the Chinese Academy of Sciences") and
    agreement.party.governing_body ("Head of the Executive Organ of the Zamin Foundation"): the parties are
    the institute and the foundation."""
    text = (
        "On May 31, 2024, Mr. Zhang Yuanming, Director of the Xinjiang Institute of Ecology and Geography "
        "(XIEG) of the Chinese Academy of Sciences, and Ms. Tamila Alieva, Head of the Executive Organ of the "
        "Zamin International Public Foundation, signed a memorandum of understanding."
    )
    [fact] = _agreements(extractor.extract(text))
    assert set(fact.parties) == {
        "Xinjiang Institute of Ecology and Geography",
        "Zamin International Public Foundation",
    }


def test_an_institute_of_a_university_named_whole_stays_one_party(extractor):
    """No parent is cut from a name written whole: "the Institute of Physics of Belarusian State University
    and Lanzhou University signed" has two parties."""
    text = (
        "The Institute of Physics of Belarusian State University and Lanzhou University signed an agreement."
    )
    [fact] = _agreements(extractor.extract(text))
    assert len(fact.parties) == 2


def test_a_name_spelt_out_before_its_acronym_is_one_organisation(extractor):
    """org.spelled_out: "Universiti Malaysia Perlis (UniMAP)" (the model reads a person in it) is an
    organisation, and the memorandum has its two parties."""
    text = (
        "KUALA LUMPUR, 4th September 2023 - A collaboration has been established as Universiti Malaysia Perlis "
        "(UniMAP) and TIIAME National Research University, Uzbekistan (TIIAME) join hands through the signing "
        "of a Memorandum of Understanding (MoU)."
    )
    rec = extractor.extract(text)
    assert "Universiti Malaysia Perlis" in {m.text for m in rec.mentions if m.label == "ORG"}
    assert [len(f.parties) for f in _agreements(rec)] == [2]
    import spacy

    from extractor.find.spelled_out import spelled_out_organisations

    found = spelled_out_organisations(spacy.blank("en")(text))
    assert [s.text for s in found] == ["Universiti Malaysia Perlis"]


def test_a_title_or_a_document_before_an_acronym_is_no_organisation():
    """No head noun ("Vice Chancellor (VC)", "Belt and Road Initiative (BRI)") or a document's name
    ("Memorandum of Understanding (MoU)"): nothing spelt out."""
    import spacy

    from extractor.find.spelled_out import abbreviates, spelled_out_organisations

    doc = spacy.blank("en")(
        "The Vice Chancellor (VC) signed a Memorandum of Understanding (MoU) under the Belt and Road "
        "Initiative (BRI) with the Sri Lanka China Journalists' Forum (SLCJF)."
    )
    assert spelled_out_organisations(doc) == []
    assert abbreviates("unimap", ["universiti", "malaysia", "perlis"])
    assert not abbreviates("ump", ["universiti", "sains", "perlis"])


def test_contracts_between_one_side_and_a_group_listed_in_particular_are_one_per_partner(extractor):
    """agreement.parties.between_distributive over a group named "in particular": "the signing of the two
    contracts ... between the NTU “KhPI” and the Chinese universities, in particular A and B"; the signing
    "resulted from" a visit of January 4 to 7 and takes its interval."""
    text = (
        "Within the framework of the visit to Harbin (throughout the period of January 4 to 7) the "
        "representatives took part in a forum. The visit resulted in the signing of the two contracts on "
        "cooperation between the NTU “KhPI” and the Chinese institutions of higher education, in particular "
        "Nanjing Aviation University and the Jiamusi University."
    )
    facts = _agreements(extractor.extract(text))
    assert sorted(tuple(f.parties) for f in facts) == [  # 'NTU "KhPI"': org.span.acronym_quoted
        ('NTU "KhPI"', "Jiamusi University"),
        ('NTU "KhPI"', "Nanjing Aviation University"),
    ]
    assert {f.date for f in facts} == {"XXXX-01-04/XXXX-01-07"}


def test_a_building_or_hotel_where_the_signing_took_place_is_no_party(extractor):
    """agreement.party.not_venue for a named place: "in Conference Room 209 of the North Office Building"."""
    text = (
        "On May 26, Binzhou University and Irkutsk State University of Technology held a video conference in "
        "Conference Room 209 of the North Office Building, and signed a cooperation agreement."
    )
    [fact] = _agreements(extractor.extract(text))
    assert "North Office Building" not in fact.parties


def test_a_list_after_representatives_from_an_organisation_belongs_to_it(extractor):
    """role.org.delegation_member over a colon: "representatives from X visited Y: A, Academic
    Vice-President; B, ..."; a list of hosts after "was received by:" does not."""
    visitors = (
        "Four other representatives from Henan Agricultural University visited UFV’s Viçosa campus: Tang Jihua, "
        "Academic Vice-President; Jia Lei, Dean of the College of Agronomy."
    )
    org, _ = _roles(extractor.extract(visitors))[("Tang Jihua", "vice-president")]
    assert org == "Henan Agricultural University"
    hosts = (
        "Federal University of Vicosa signed the memorandum. The delegation of Henan Agricultural University "
        "was received by: Tang Jihua, Vice-President; Jia Lei, Dean of the College of Agronomy."
    )
    org, _ = _roles(extractor.extract(hosts))[("Tang Jihua", "vice-president")]
    assert org != "Henan Agricultural University"


def test_an_acronym_after_a_title_of_the_is_an_organisation(extractor):
    """org.acronym_acting after "<title> of the": "Nalin Aponso, President of the SLCJF"; not a unit named
    through its parent ("Head of the ICGE of the Institute of Economy and Trade")."""
    text = (
        "Prof. Zhou Zeyang, President of Chongqing Normal University and Mr Nalin Aponso, President of the "
        "SLCJF have signed the MoU on behalf of each party."
    )
    assert _roles(extractor.extract(text))[("Nalin Aponso", "president")][0] == "SLCJF"
    unit = (
        "The Head of the ICGE of the Institute of Economy and Trade Saidqosim Mukhtorov is representing us."
    )
    assert "ICGE" not in {m.text for m in extractor.extract(unit).mentions if m.label == "ORG"}


def test_a_bracketed_acronym_before_a_name_ends_no_sentence(extractor):
    """line_sentences: "President of Chinese Academy of Social Sciences (CASS) Wang Weiguang signed": the
    parser's break after "(CASS)" is undone, so the title is Wang's, not the name's before "and"."""
    text = (
        "On June 25, 2016, RIAC Director General Andrey Kortunov and President of Chinese Academy of Social "
        "Sciences (CASS) Wang Weiguang signed Memorandum on Cooperation between the two institutions."
    )
    roles = _roles(extractor.extract(text))
    assert roles[("Wang Weiguang", "president")][0] == "Chinese Academy of Social Sciences"
    assert ("Andrey Kortunov", "president") not in roles


def test_a_title_of_an_organisation_before_and_and_honorifics_stays_with_the_name_before(extractor):
    """role.tie.title_org_honorific_name stops at "and Prof. Dr.": "signed by Prof. Dr. A, Vice Chancellor of
    X and Prof. Dr. B, President of Y": the vice chancellor is A."""
    text = (
        "The MoU has been signed by Prof. Dr. Deepak Aryal, Vice Chancellor of Tribhuvan University and Prof. "
        "Dr. Zhao Haixing, President of Qinghai Minzu University."
    )
    roles = _roles(extractor.extract(text))
    assert roles[("Deepak Aryal", "rector")][0] == "Tribhuvan University"
    assert ("Zhao Haixing", "rector") not in roles


def test_a_date_line_with_field_labels_before_and_after_the_date():
    """date_line_any: "author:闫倩倩     Release time:2021-06-09     viewed:10": labelled fields around it."""
    from extractor.find.published import find_published

    text = (
        "Our School and Irkutsk University Signed an Agreement\n\nauthor:闫倩倩     Release time:2021-06-09     "
        "viewed:10 \n\nOn the morning of May 26th, our school and the Russian university held a video conference "
        "and signed a cooperation agreement on joint programmes."
    )
    assert find_published(text).value == "2021-06-09"


def test_a_date_line_in_portuguese_or_spanish_form():
    """date_line_any with ``patterns/month_names.jsonl``: "27 de November de 2024", "5 de marzo de 2023"."""
    from extractor.find.published import find_published

    body = (
        "\n\nThe university has signed a memorandum of understanding with a Chinese university on research."
    )
    assert find_published("UFV signs MoU\n\n27 de November de 2024" + body).value == "2024-11-27"
    assert find_published("UFV signs MoU\n\n5 de marzo de 2023" + body).value == "2023-03-05"
    assert find_published("UFV signs MoU\n\nCurrency rates from 5 de marzo de 2023" + body) is None


def test_a_country_before_a_name_written_bare_elsewhere_is_one_key(extractor):
    """org.key.country_prefix: "Russia Irkutsk State University of Technology" = the bare name written
    later; "Russian State University for the Humanities" keeps its first word."""
    text = (
        "Our School and Russia Irkutsk State University of Technology Signed an Agreement\n\nOn May 26, our "
        "school and the Russian Irkutsk State University of Technology held a video conference. The Irkutsk "
        "State University of Technology and the Russian State University for the Humanities took part."
    )
    keys = {m.text: m.norm for m in extractor.extract(text).mentions if m.label == "ORG"}
    assert keys["Russia Irkutsk State University of Technology"] == "Irkutsk State University of Technology"
    assert keys["Russian Irkutsk State University of Technology"] == "Irkutsk State University of Technology"
    assert (
        keys["Russian State University for the Humanities"] == "Russian State University for the Humanities"
    )


def test_a_persons_name_after_a_head_written_first_is_the_names_honoree(extractor):
    """head_first_name: "Universidad Carlos III de Madrid" (the model reads a person after the head) is one
    organisation, and the rector's title is held there."""
    text = "The Rector of the Universidad Carlos III de Madrid, Juan Romo, renewed the memorandum."
    rec = extractor.extract(text)
    assert "Universidad Carlos III de Madrid" in {m.text for m in rec.mentions if m.label == "ORG"}
    assert _roles(rec)[("Juan Romo", "rector")][0] == "Universidad Carlos III de Madrid"


def test_titles_after_an_organisation_that_was_represented_by_them(extractor):
    """role.org.represented_by after "was", a plural title with an "in charge of" portfolio, and no
    organisations taken in order from the sentence before when the title's own sentence names one."""
    text = (
        "The visit resulted in the signing of contracts with Nanjing Aviation University and the Jiamusi "
        "University. Tomsk State University was represented by the pro-rectors in charge of scientific work "
        "Ivan Petrov and Anna Smirnova."
    )
    roles = _roles(extractor.extract(text))
    assert roles[("Ivan Petrov", "vice-rector")][0] == "Tomsk State University"
    assert roles[("Anna Smirnova", "vice-rector")][0] == "Tomsk State University"


def test_an_acronym_after_a_title_and_a_comma_is_no_name(extractor):
    """rule_title_comma_name leaves "Director, IIT Kharagpur," to the organisation finders: the director's
    organisation is the one written after the comma."""
    text = (
        "The MoU was signed in a virtual ceremony in presence of Prof Vladimir Litvinenko, Rector, Saint "
        "Petersburg Mining University, and Prof Suman Chakraborty, Director, IIT Kharagpur, on Monday."
    )
    roles = _roles(extractor.extract(text))
    assert roles[("Suman Chakraborty", "director")][0] == "IIT Kharagpur"


def test_a_plural_title_of_an_organisation_over_names_with_honorifics(extractor):
    """role.tie.plural_title: "Vice-rectors of the Georgian Technical University, Professor A, and Professor B
    met ...": both are vice-rectors there."""
    text = (
        "Vice-rectors of the Georgian Technical University, Professor Tamar Lominadze, and Professor Tamar "
        "Tsereteli met with the delegation."
    )
    roles = _roles(extractor.extract(text))
    assert roles[("Tamar Lominadze", "vice-rector")][0] == "Georgian Technical University"
    assert roles[("Tamar Tsereteli", "vice-rector")][0] == "Georgian Technical University"


def test_a_day_first_date_line_with_dashes():
    """date_line_any: "08-10-2024" alone on a line under the headline (day first, one separator)."""
    from extractor.find.published import find_published

    text = (
        "Visit of the Delegation to GTU\n\n08-10-2024\nVice-rectors of the Georgian Technical University met "
        "with the delegation of the China Northwestern Polytechnical University in Tbilisi."
    )
    assert find_published(text).value == "2024-10-08"


def test_the_nationality_universitys_rector_is_the_university_named_with_that_country(extractor):
    """role.org.the_university_named_before over "the Russian university's rector": the university named
    before with Russia in its name, not the last one named."""
    text = (
        "The University of Liberal Arts Bangladesh has signed a memorandum with the Peoples’ Friendship "
        "University of Russia. ULAB’s vice-chancellor Professor HM Jahirul Haque and the Russian university’s "
        "rector Professor Oleg Yastrebov signed the agreement."
    )
    org, _ = _roles(extractor.extract(text))[("Oleg Yastrebov", "rector")]
    assert org == "Peoples' Friendship University of Russia"


def test_vc_is_a_vice_chancellor_and_an_acronym_before_it_acts_as_the_organisation(extractor):
    """patterns/roles.jsonl "vc" (rector, as vice-chancellor) and org.acronym_acting before "’s VC": "SMIU’s VC
    Dr Muhammad Ali Shaikh"."""
    text = "SMIU’s VC Dr Muhammad Ali Shaikh said Pakistan and China had close relationships."
    org, _ = _roles(extractor.extract(text))[("Muhammad Ali Shaikh", "rector")]
    assert org == "SMIU"


def test_an_interest_in_signing_is_a_plan(extractor):
    """agreement status: "the sides expressed a strong interest in ... signing of a MOU" is planned."""
    text = (
        "Sungkyunkwan University hosted the delegation of Satbayev University. Following the discussions, the "
        "sides expressed a strong interest in furthering these collaborations and signing of a MOU."
    )
    assert [f.status for f in _agreements(extractor.extract(text))] == ["planned"]


def test_a_site_clock_above_the_menu_and_dates_of_related_posts_are_no_publication_date():
    """published.reject.site_header: "March 5, 2026" right above "• Home", and "Mar 4, 2026" written under two
    related posts at the foot, date no release; a date line under the headline still does."""
    from extractor.find.published import find_published

    story = (
        (
            "Delegation of RUDN University visits North South University\n\nOn Wednesday (November 12, 2025), a "
            "delegation of RUDN University paid an official visit to North South University in Dhaka, one of the leading universities of Bangladesh, and discussed "
            "cooperation."
        )
        + "\n\nBoth sides discussed joint research, student exchange and summer schools in Moscow and Dhaka."
        * 12
    )
    related = "\n\nBrunei National Day celebrated\n\nMar 4, 2026\nState ministers reassigned\n\nMar 4, 2026\n"
    assert find_published("March 5, 2026\n\n  • Home\n  • All\n" + story + related) is None
    assert find_published("Headline of the release\n\nMarch 5, 2026\n\n" + story).value == "2026-03-05"


def test_a_portfolio_stops_at_a_verb_and_an_acronym_may_open_with_any_words_initial(extractor):
    """A title's portfolio ends before "also expressed"; "Tuscia University (UNITUS)" defines UNITUS, so
    "Deputy Rector for International Relations of UNITUS" names its organisation, the university (since the
    thirty-eighth session's org.bracket_short_form.own_language both share its key)."""
    text = (
        "The ceremony joined Yantai University (YTU) in China and Tuscia University (UNITUS) in Italy. Prof. "
        "Simone Severini, Deputy Rector for International Relations of UNITUS and Prof. Song Zhongmin, "
        "Vice-President for International Relations also expressed their pleasure."
    )
    rec = extractor.extract(text)
    titles = {m.text for m in rec.mentions if m.label == "ROLE"}
    assert "Vice-President for International Relations" in titles
    assert _roles(rec)[("Simone Severini", "vice-rector")][0] == "Tuscia University"
