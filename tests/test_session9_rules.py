"""Rules added in the ninth session for the language of press releases, each fired on a hand-written
release and held back on another."""

from __future__ import annotations

from extractor.models import AgreementFact, RoleFact


def _roles(rec) -> dict[tuple, tuple[str | None, str | None]]:
    return {(f.person, f.role, f.org): f.tie_rule for f in rec.facts if isinstance(f, RoleFact)}


def _org_keys(rec) -> dict[str, set[str]]:
    keys: dict[str, set[str]] = {}
    for m in rec.mentions:
        if m.label == "ORG":
            keys.setdefault(m.text, set()).add(m.norm)
    return keys


def test_a_second_title_after_an_organisation_named_with_and_is_the_same_persons(extractor):
    """role.tie.coordinated_title: "and" inside "Ministry of Digital Development and Communications" does not
    end the first title's phrase, so the second title joined by "and" is still the signer's."""
    text = (
        "The MoU was signed by B. Bolor-Erdene, State Secretary of the Ministry of Digital Development and "
        "Communications and Secretary of the National Space Council, and by Sergey Saveliev, director of Roscosmos."
    )
    roles = _roles(extractor.extract(text))
    assert roles[("B. Bolor-Erdene", "secretary", "National Space Council")] == "role.tie.coordinated_title"
    assert roles[("B. Bolor-Erdene", "secretary", "Ministry of Digital Development and Communications")]


def test_a_name_stops_before_and_that_opens_a_title(extractor):
    """ "of the School of Humanities and Foreign Languages and Executive Deputy Director of ...": the name
    ends before "and Executive", which opens the next title."""
    text = (
        "Li Jianliang, Dean of the School of Humanities and Foreign Languages and Executive Deputy Director of "
        "the Belarus Research Center, attended the ceremony."
    )
    rec = extractor.extract(text)
    assert "School of Humanities and Foreign Languages" in _org_keys(rec)
    assert ("Li Jianliang", "deputy director", "Belarus Research Center") in _roles(rec)


def test_a_name_keeps_and_before_its_own_words(extractor):
    """ "School of Humanities and Foreign Languages": "and" before more name words stays inside the name."""
    text = "Li Jianliang, Dean of the School of Humanities and Foreign Languages, attended the ceremony."
    assert ("Li Jianliang", "dean", "School of Humanities and Foreign Languages") in _roles(
        extractor.extract(text)
    )


def test_a_transliterated_acronym_in_brackets_shortens_the_name_before_it(extractor):
    """org.bracket_short_form: "International Institute of Central Asia (MICA)": capitals that open with no
    word's initial are the name's short form, and its later uses are the same organisation."""
    text = (
        "The International Institute of Central Asia (MICA) is a state research institution. A Memorandum of "
        "Understanding was signed between the Belarusian Institute of Strategic Research and MICA on July 15, 2021."
    )
    rec = extractor.extract(text)
    assert _org_keys(rec)["MICA"] == {"International Institute of Central Asia"}
    (fact,) = [f for f in rec.facts if isinstance(f, AgreementFact)]
    assert "International Institute of Central Asia" in fact.parties
    assert fact.date == "2021-07-15"


def test_an_acronym_of_the_parent_does_not_shorten_its_unit(extractor):
    """ "Secretary of the Party Committee of Hexi Normal College (HNC)": HNC opens with the college's
    initial, not the committee's, so it is no short form of the committee."""
    text = "The document was signed by Xiang Changle, Secretary of the Party Committee of Hexi Normal College (HNC)."
    keys = _org_keys(extractor.extract(text))
    assert "Party Committee of Hexi Normal College" not in keys.get("HNC", set())


def _people(rec) -> set[str]:
    return {m.text for m in rec.mentions if m.label == "PERSON"}


def test_a_name_after_a_title_of_a_country_is_found_and_tied(extractor):
    """rule_title_name past "of <country>": "the Minister of Education and Science of Kazakhstan Askhat
    Aimagambetov" names the minister, who holds a state's office (no organisation)."""
    text = (
        "At the opening of the forum were the Minister of Education and Science of Kazakhstan Askhat "
        "Aimagambetov, Minister of Education and Science of Kyrgyzstan Bolotbek Kupeshev and others."
    )
    rec = extractor.extract(text)
    assert "Askhat Aimagambetov" in _people(rec)
    assert ("Askhat Aimagambetov", "minister", None) in _roles(rec)


def test_a_country_from_the_iso_list_stands_between_a_title_and_its_holder(extractor):
    """role.tie.title_org_name over "of the Czech Republic": ISO 3166 country names (pycountry) are words of
    a country's name as well as the places of ``patterns/places.jsonl``."""
    text = (
        "The Czech delegation was headed by Deputy Minister of Industry and Trade of the Czech Republic "
        "Milan Hovorka."
    )
    rec = extractor.extract(text)
    assert _roles(rec)[("Milan Hovorka", "deputy minister", None)] == "role.tie.title_org_name"


def test_words_after_a_title_of_a_country_with_a_verb_are_no_name(extractor):
    """ "the Minister of Education of Kazakhstan Visited Astana": a verb among the words is no name."""
    text = "The Minister of Education of Kazakhstan Visited Astana University last week."
    assert not _people(extractor.extract(text))


def test_the_head_noun_of_an_organisation_named_before_refers_to_it(extractor):
    """role.org.the_university_named_before for any head noun, also inside the title: "Chairman of the
    commission" after "the Nigeria Atomic Energy Commission" is that commission's chairman."""
    text = (
        "Tomsk Polytechnic University signed a memorandum with the Nigeria Atomic Energy Commission. The event "
        "was attended by Professor Yusuf Amin Ahmedu, Chairman of the commission."
    )
    roles = _roles(extractor.extract(text))
    assert ("Yusuf Amin Ahmedu", "chair", "Nigeria Atomic Energy Commission") in roles


def test_a_head_noun_refers_only_to_an_organisation_with_that_head(extractor):
    """ "Chairman of the commission" when only a university is named before: no anaphor, the university is
    not "the commission" (the title is still tied to the name; with no organisation but the release's own to
    place it, a chair's title makes no fact: ``role.reject.unit_title_guess``)."""
    text = (
        "Tomsk Polytechnic University hosted the meeting. The event was attended by Professor Yusuf Amin "
        "Ahmedu, Chairman of the commission."
    )
    rec = extractor.extract(text)
    rules = {f.rule for f in rec.facts if isinstance(f, RoleFact) and f.person == "Yusuf Amin Ahmedu"}
    assert any(m.label == "ROLE" and m.text.startswith("Chairman") for m in rec.mentions)
    assert "role.org.the_university_named_before" not in rules


def test_a_bare_title_on_behalf_of_respective_sides_is_the_other_partys(extractor):
    """role.org.respective_side: the vice-chancellor signs for the party the sentence does not name."""
    text = (
        "A Memorandum of Understanding between the Dhaka University and Yuxi Normal University was signed on "
        "Wednesday. Vice-Chancellor Professor Dr ASM Maksud Kamal and President of Yuxi Normal University Prof "
        "Duan Hongyun signed the MoU on behalf of their respective sides."
    )
    roles = _roles(extractor.extract(text))
    assert ("ASM Maksud Kamal", "rector", "Dhaka University") in roles
    assert ("Duan Hongyun", "president", "Yuxi Normal University") in roles


def test_without_respective_sides_a_bare_title_keeps_its_sentence(extractor):
    """No "respective": the bare title is not moved to the party the sentence leaves out."""
    text = (
        "A Memorandum of Understanding between the Dhaka University and Yuxi Normal University was signed on "
        "Wednesday. Vice-Chancellor Professor Dr ASM Maksud Kamal and President of Yuxi Normal University Prof "
        "Duan Hongyun attended the ceremony."
    )
    rec = extractor.extract(text)
    rules = {f.rule for f in rec.facts if isinstance(f, RoleFact) and f.person == "ASM Maksud Kamal"}
    assert "role.org.respective_side" not in rules


def test_a_university_treasurer_is_a_title(extractor):
    """ "Treasurer Prof Mamtaz Uddin Ahmed": a university officer's title (other), not part of a name."""
    text = "Treasurer Prof Mamtaz Uddin Ahmed and Registrar Dr Karim Rahman were present on the occasion."
    rec = extractor.extract(text)
    assert "Treasurer Prof" not in _people(rec)
    assert any(k[:2] == ("Mamtaz Uddin Ahmed", "other") for k in _roles(rec))


def test_a_family_name_and_a_hyphenated_given_name_are_a_name(extractor):
    """person.keep.hyphenated_given: "Park Sang-don" is a name although "park" is a word of organisation
    names and "don" is written in lower case."""
    text = "Participants in the ceremony included Cheonan Mayor Park Sang-don and the rector."
    rec = extractor.extract(text)
    assert "Park Sang-don" in _people(rec)
    assert ("Park Sang-don", "mayor", None) in _roles(rec)


def test_a_name_after_an_envoy_title_to_a_country_is_found(extractor):
    """rule_title_name past "to <country>": "Tajikistan's Ambassador to Korea Sharifzoda Yusuf Toir"."""
    text = "Tajikistan's Ambassador to Korea Sharifzoda Yusuf Toir speaks during the ceremony at Sunmoon University."
    rec = extractor.extract(text)
    assert ("Sharifzoda Yusuf Toir", "ambassador", None) in _roles(rec)


def test_the_office_an_adviser_serves_is_no_ones_title(extractor):
    """role.reject.served_office: in "Adviser to the President of the Republic of Uzbekistan A", "President"
    is the office served; the adviser's title is A's. Since the thirty-second session the office served is
    part of the adviser's title (role.span.office_served), so the lone "President" gives way to it."""
    text = (
        "The conference was attended by Adviser to the President of the Republic of Uzbekistan Abdujabar "
        "ABDUVAKHITOV and other guests."
    )
    rec = extractor.extract(text)
    roles = _roles(rec)
    assert ("Abdujabar ABDUVAKHITOV", "other", None) in roles
    assert not any(k[0] == "Abdujabar ABDUVAKHITOV" and k[1] == "president" for k in roles)
    assert [m.text for m in rec.mentions if m.label == "ROLE"] == ["Adviser to the President"]
    president = {d.rule for d in rec.discarded if d.text == "President"}
    assert president and president <= {"role.reject.served_office", "resolve.overlap"}


def test_a_bare_title_after_along_with_takes_the_previous_items_organisation(extractor):
    """role.org.previous_item over "along with": the vice president of "President of X, along with B, Party
    Committee Member and Vice President" is X's, the organisation of the item's last title."""
    text = (
        "iStudy Education Group attended the ceremony. Yang Jingli, Deputy Secretary of the Party Committee and "
        "President of Cangzhou Technical College, along with Meng Hongwu, Party Committee Member and Vice "
        "President, joined the meeting."
    )
    roles = _roles(extractor.extract(text))
    assert ("Meng Hongwu", "vice-president", "Cangzhou Technical College") in roles


def test_the_organisation_whose_session_hosts_a_signing_is_no_party(extractor):
    """agreement.party.not_framework after "<event> of": "signed at the 67th session of the IAEA General
    Conference" names the setting; the parties are the university and the commission."""
    text = (
        "Tomsk Polytechnic University signed a memorandum of understanding with the Nigeria Atomic Energy "
        "Commission. The agreement was signed on September 27 within the framework of the 67th session of the "
        "International Atomic Energy Agency General Conference in Vienna."
    )
    facts = [f for f in extractor.extract(text).facts if isinstance(f, AgreementFact)]
    assert facts and all(len(f.parties) == 2 for f in facts)
    assert not any("General Conference" in p for f in facts for p in f.parties)


def test_a_title_modifier_is_cut_off_the_organisation_before_it(extractor):
    """org.span.title_modifier: "HEC Executive Director Dr. Sohail Naqvi": "Executive" opens the title, so the
    model's "HEC Executive" is cut back to "HEC", and the director is tied to the commission."""
    text = (
        "HEC Executive Director Dr. Sohail Naqvi signed the MoU on behalf of the Higher Education Commission "
        "(HEC) in Islamabad."
    )
    rec = extractor.extract(text)
    assert "HEC Executive" not in _org_keys(rec)
    assert any(k[:2] == ("Sohail Naqvi", "director") and k[2] for k in _roles(rec))


def test_a_name_after_a_titled_organisation_at_a_clause_end_is_the_title_holder(extractor):
    """org.span.person_tail with title evidence: "the Rector of the University of Tehran Mahmoud Nili
    Ahmadabadi." ends with the rector's name, though no lexicon knows it."""
    text = (
        "The memorandum was signed on the Iranian side by the Rector of the University of Tehran Mahmoud Nili "
        "Ahmadabadi."
    )
    rec = extractor.extract(text)
    assert "University of Tehran" in _org_keys(rec)
    assert ("Mahmoud Nili Ahmadabadi", "rector", "University of Tehran") in _roles(rec)


def test_words_after_a_titled_organisation_that_name_a_place_stay_in_it(extractor):
    """No cut when the words after the head are a place: in "the Rector of the Polytechnic Institute Tomsk
    Region," no person is found."""
    text = "The guests met the Rector of the Polytechnic Institute Tomsk Region, who welcomed them."
    assert not _people(extractor.extract(text))


def test_a_vice_chancellor_with_a_portfolio_is_a_deputy():
    """role.category.vice_chancellor_portfolio: the head of a Commonwealth university is "Vice-Chancellor";
    with a portfolio the title is a deputy's. A hyphenated spelling of a lexicon title has its category."""
    from extractor.normalise.categories import category

    assert category("Vice-Chancellor") == "rector"
    assert category("Vice Chancellor in charge of international affairs") == "vice-rector"
    assert category("Vice-Chancellor for Research") == "vice-rector"
    assert category("Deputy-director-general") == "deputy director"


def test_an_moa_is_a_memorandum(extractor):
    """ "MOA" (memorandum of agreement) is an agreement mention of kind memorandum, not an organisation."""
    text = (
        "PSU Phuket hosted an MOA Signing Ceremony with Shukshin Altai State University. They signed the MOA."
    )
    rec = extractor.extract(text)
    assert [m.norm for m in rec.mentions if m.text == "MOA"] == ["memorandum", "memorandum"]


def test_publication_dates_from_an_inline_label_and_a_date_opening_the_headline():
    """published: "..., PUBLISHED August 08, 2013 ..." (a label in capitals inside the first line) and
    "14.04.2021 Memorandum of Understanding signed with Rostov" (a numeric date before the headline)."""
    from extractor.find.published import find_published

    inline = (
        "X will cooperate with Y. Press-service of X, PUBLISHED August 08, 2013 X and Y signed a memorandum."
    )
    assert find_published(inline).value == "2013-08-08"
    lead = "14.04.2021 Memorandum of Understanding signed with Rostov\n\nThe University of Marburg signed it."
    assert find_published(lead).value == "2021-04-14"


def test_a_sentence_opening_with_a_date_gives_no_publication_date():
    """ "On September 6th, 2023 PSU Phuket hosted ...": a preposition is no site section before a date, and
    "published on" inside a sentence is no label."""
    from extractor.find.published import find_published

    assert find_published("On September 6th, 2023 PSU Phuket hosted an MOA Signing Ceremony.") is None
    assert find_published("The report was published on May 5, 2020 by the ministry.") is None


def test_a_name_after_a_portfolio_ending_in_a_field_is_found(extractor):
    """rule_title_name past a portfolio that ends in a field (``patterns/portfolio_words.jsonl``): "Kazakh
    Minister of Science and Higher Education Sayasat Nurbek", "Vice-Rector for International Relations
    Mikhail Kuz'min"; the title keeps only its portfolio."""
    text = (
        "A delegation led by Kazakh Minister of Science and Higher Education Sayasat Nurbek visited the branch. "
        "Vice-Rector for International Relations Mikhail Kuzmin welcomed the guests."
    )
    rec = extractor.extract(text)
    assert {"Sayasat Nurbek", "Mikhail Kuzmin"} <= _people(rec)
    titles = {m.text for m in rec.mentions if m.label == "ROLE"}
    assert {"Minister of Science and Higher Education", "Vice-Rector for International Relations"} <= titles


def test_a_title_or_honorific_ends_no_name(extractor):
    """A model name that ends in a title or an honorific loses it ("Treasurer Prof", "Asan Mayor"); an
    acronym left before a title ("GNDU Registrar") is no name at all."""
    text = "The MoU was signed between Prof KS Chahal, GNDU Registrar, and Prof Dr Rustam Khalmuradov."
    rec = extractor.extract(text)
    people = _people(rec)
    assert "GNDU Registrar" not in people and "GNDU" not in people
    assert {"KS Chahal", "Rustam Khalmuradov"} <= people


def test_an_honorees_name_before_a_university_acronym_is_the_university(extractor):
    """org.namesake_acronym and org.key.namesake_acronym: "Rector of L. Gumilyov ENU Yerlan Sydykov": the
    honoree belongs to the university's name, and the registered acronym gives its key when the honoree's
    words are in it."""
    text = (
        "Rector of L. Gumilyov ENU Yerlan Sydykov and the rector of Abai KazNPU Darkhan Bilyalov took part."
    )
    rec = extractor.extract(text)
    keys = _org_keys(rec)
    assert keys["L. Gumilyov ENU"] == {"L.N. Gumilyov Eurasian National University"}
    assert "L. Gumilyov" not in _people(rec)
    assert ("Yerlan Sydykov", "rector", "L.N. Gumilyov Eurasian National University") in _roles(rec)


def test_a_word_before_a_document_acronym_is_no_namesake(extractor):
    """ "This MoU", "Sign MoU": a document's acronym ending in U is no university."""
    text = "Sign MoU with Astana University. This MoU was signed by Rector Ivan Petrov."
    keys = _org_keys(extractor.extract(text))
    assert not any("MoU" in k for k in keys)


def test_an_unnamed_unit_between_a_title_and_its_organisation(extractor):
    """role.org.attached through a unit: "vice-president of the Far East division of Skolkovo" holds the
    title at Skolkovo, not at the release's organisation."""
    text = (
        "Tsinghua University Science Park hosted the talks. Yuri Saprykin, vice-president of the Far East "
        "division of Skolkovo, told China Daily that cooperation had started."
    )
    roles = _roles(extractor.extract(text))
    assert ("Yuri Saprykin", "vice-president", "Skolkovo Foundation") in roles


def test_a_possessive_between_the_article_and_the_title_keeps_the_apposition(extractor):
    """role.tie.modified_apposition over a possessive: "Timirkhan Alishev, the college’s vice-rector for
    international affairs" is the vice-rector."""
    text = (
        "Kazan Federal University will open a branch. Timirkhan Alishev, the college’s vice-rector for "
        "international affairs, has confirmed it."
    )
    rec = extractor.extract(text)
    ties = {(f.person, f.role): f.tie_rule for f in rec.facts if isinstance(f, RoleFact)}
    assert ties[("Timirkhan Alishev", "vice-rector")] == "role.tie.modified_apposition"


def test_a_country_after_the_titles_organisation_stands_between_title_and_name(extractor):
    """role.tie.title_org_name over "in <country>": "the head of the representative office of
    Rossotrudnichestvo in Argentina Olga Muratova"."""
    text = "This was announced by the head of the representative office of Rossotrudnichestvo in Argentina Olga Muratova."
    rec = extractor.extract(text)
    ties = {(f.person, f.role): f.tie_rule for f in rec.facts if isinstance(f, RoleFact)}
    assert ties[("Olga Muratova", "head")] == "role.tie.title_org_name"


def test_an_initial_without_its_full_stop_opens_a_name_after_an_honorific(extractor):
    """rule_title_name over a bare initial: "Prof P Nagabhushan, director, IIIT-A"."""
    text = "Prof P Nagabhushan, director, IIIT-A, and Vijayshree Tiwari were also present on the occasion."
    assert "P Nagabhushan" in _people(extractor.extract(text))


def test_a_dateline_with_a_dash_or_a_colon_after_the_date():
    """published.dateline: "Samarkand, Uzbekistan – September 21, 2024: The ..." and "Peking University,
    December 8, 2021: The ..." open the release with its date."""
    from extractor.find.published import find_published

    text = "Major MoUs Signed\n\nSamarkand, Uzbekistan – September 21, 2024: The Indian Institute signed two MoUs."
    assert find_published(text).value == "2024-09-21"
    text = (
        "PKU and HSE sign agreements\n\nPeking University, December 8, 2021: The closing ceremony was held."
    )
    assert find_published(text).value == "2021-12-08"


def test_publish_date_labels_and_at_stamps():
    """published: "Publish Date : 09 April 2024" is a label (it beats a site clock above the headline), and
    "... a Memorandum of cooperation. @ 19 July 2013 11:05 AM" a CMS stamp on the first line."""
    from extractor.find.published import find_published

    text = "Tuesday, January 27th, 2026\n\nTU and BFSU sign MoU\n\nThe MoU was signed.\n\nPublish Date : 09 April 2024\n"
    assert find_published(text).value == "2024-04-09"
    text = "Printer Friendly Version The universities signed a Memorandum. @ 19 July 2013 11:05 AM\n\nText."
    assert find_published(text).value == "2013-07-19"


def test_partners_counted_with_them_and_listed_in_the_next_sentence(extractor):
    """agreement.parties.listed_next after "with them": "visited five universities ... and signed a
    Memorandum of Understandings with them. The five universities are: KNUST: ..., Kumasi Polytechnic, ..."
    gives one memorandum per listed university (a name ending in a head noun is no place, and "A: B" is one
    item of the list)."""
    text = (
        "In March 2011, a delegation from UESTC visited five universities in Ghana and Togo and signed a "
        "Memorandum of Understandings with them. The five universities are: KNUST: Kwame Nkrumah University "
        "of Science and Technology, Kumasi Polytechnic, Koforidua Polytechnic and the University of Lome."
    )
    facts = [f for f in extractor.extract(text).facts if isinstance(f, AgreementFact)]
    partners = {p for f in facts for p in f.parties} - {
        "University of Electronic Science and Technology of China"
    }
    assert {"Kwame Nkrumah University of Science and Technology", "Kumasi Polytechnic"} <= partners
    assert len(facts) >= 3


def test_two_head_nouns_joined_by_and_are_two_organisations(extractor):
    """org.span.two_heads: the model's "University for Development Studies and University of Lome" is cut
    before "and University"."""
    text = "The partners are the University for Development Studies and University of Lome in Togo."
    keys = _org_keys(extractor.extract(text))
    assert "University for Development Studies and University of Lome" not in keys


def test_a_counted_group_of_signers_named_in_the_next_sentence_is_one_document(extractor):
    """agreement.parties.counted_group: "Three universities ... signed a partnership agreement to establish a
    Center. They are A (ACR) in X, B in Y, and C in Z.": one agreement with the three universities."""
    text = (
        "Three universities from China, Mexico and Brazil signed a partnership agreement to establish a "
        "Development Center in Guangzhou. They are South China Agricultural University (SCAU) in Guangdong, "
        "Chapingo Autonomous University in Mexico, and Federal University of Mato Grosso in Brazil."
    )
    facts = [f for f in extractor.extract(text).facts if isinstance(f, AgreementFact)]
    assert [len(f.parties) for f in facts] == [3]
    assert facts[0].party_rule == "agreement.parties.counted_group"


def test_an_outlet_that_reports_citing_a_source_is_no_party(extractor):
    """agreement.party.not_media for an outlet known by what it does: "QazMonitor reports citing the press
    service of the Ministry" makes QazMonitor a news outlet, never the release's signing side."""
    text = (
        "During the visit of the Kazakh delegation to China, a Memorandum of Cooperation was signed with the "
        "Academy of Agricultural Sciences. The parties discussed cooperation, QazMonitor reports citing the "
        "press service of the Ministry of Agriculture."
    )
    facts = [f for f in extractor.extract(text).facts if isinstance(f, AgreementFact)]
    assert facts and not any("QazMonitor" in f.parties for f in facts)


def test_a_state_president_named_before_the_country_holds_no_organisation(extractor):
    """role.org.of_country after the name: "President Ilham Aliyev of Azerbaijan"."""
    text = (
        "CoHE President Saraç attended the meeting held in the chairmanship of President Ilham Aliyev of "
        "Azerbaijan."
    )
    assert ("Ilham Aliyev", "president", None) in _roles(extractor.extract(text))


def test_a_signer_who_signed_on_behalf_of_an_acronym_holds_the_title_there(extractor):
    """org.acronym_acting after "on behalf of" and role.org.on_behalf_of after the person's own "signed":
    "President Zheng Wentang attended the ceremony ... and signed the letter of intent on behalf of NCUT"."""
    text = (
        "President Zheng Wentang attended the inauguration ceremony of the Sino-Polish University Consortium "
        "on 21st March, and signed the letter of intent on behalf of NCUT together with other representatives."
    )
    rec = extractor.extract(text)
    assert "NCUT" in _org_keys(rec)
    assert _roles(rec)[("Zheng Wentang", "president", "NCUT")]


def test_a_degree_between_a_name_and_its_title_keeps_the_apposition(extractor):
    """role.tie.apposition over a degree: "Jeilu Oumer, PhD, Vice President for Academic Affairs of AAU",
    "Gardachew Worku (PhD), President of Injibara University"."""
    text = (
        "Gardachew Worku (PhD), President of Injibara University, spoke. Jeilu Oumer, PhD, Vice President for "
        "Academic Affairs of Addis Ababa University, explained the plan."
    )
    roles = _roles(extractor.extract(text))
    assert roles[("Gardachew Worku", "president", "Injibara University")] == "role.tie.apposition"
    assert roles[("Jeilu Oumer", "vice-president", "Addis Ababa University")] == "role.tie.apposition"


def test_an_envoy_to_a_country_is_tied_to_the_name_after_it(extractor):
    """role.tie.title_org_name and rule_title_name over "to <country>": "Chinese Ambassador to Poland Xu Jian",
    "the Ambassador of BiH to China Siniša Berjan"."""
    rec = extractor.extract(
        "Chinese Ambassador to Poland Xu Jian underlined the importance of the initiative."
    )
    assert ("Xu Jian", "ambassador", None) in _roles(rec)
    rec = extractor.extract("The ceremony was attended by the Ambassador of BiH to China Siniša Berjan.")
    assert "Siniša Berjan" in _people(rec)


def test_a_bracketed_time_label_and_an_accented_dateline():
    """published: "[Source] X [Time] 2018-04-28 16:25:35" and "Mérida, Yucatán, May 7, 2019.- With ..."."""
    from extractor.find.published import find_published

    text = "Headline of the page\n\n[Source]    Confucius Institute, Hungary [Time]    2018-04-28 16:25:35\n\nText."
    assert find_published(text).value == "2018-04-28"
    text = "UADY signs letter of intent\n\nMérida, Yucatán, May 7, 2019.- With the objective of strengthening ties."
    assert find_published(text).value == "2019-05-07"


def test_a_ceremony_two_sentences_after_the_signing_dates_it(extractor):
    """The signing ceremony's date two sentences on, in the same paragraph: "... signed a partnership
    agreement. They are A, B and C. The signing ceremony was held via video link on June 15."."""
    text = (
        "Three universities from China, Mexico and Brazil signed a partnership agreement. They are South "
        "China Agricultural University, Chapingo Autonomous University and Federal University of Mato Grosso. "
        "The signing ceremony was held via video link on June 15, 2020."
    )
    facts = [f for f in extractor.extract(text).facts if isinstance(f, AgreementFact)]
    assert [f.date for f in facts] == ["2020-06-15"]
