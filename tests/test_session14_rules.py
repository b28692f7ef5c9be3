"""Rules and rule data added in the fourteenth session, each fired on a hand-written release and held back on
another."""

from __future__ import annotations

from .record_views import agreements as _agreements
from .record_views import orgs as _orgs
from .record_views import roles as _roles


def _titles(rec) -> set[tuple[str, str]]:
    """(person, role category) of each role fact: who holds which title, whatever the organisation."""
    return {(p, r) for p, r, _ in _roles(rec)}


def test_a_botanical_garden_is_an_institution_and_a_party(extractor):
    """patterns/org_heads.jsonl "garden": "Nanjing Botanical Garden" is an organisation, so the colon list
    after "with three institutions:" gives the memorandum all its parties; held back: a lower-case garden is
    no name."""
    rec = extractor.extract(
        "The Missouri Botanical Garden signed a Memorandum of Understanding with three Chinese institutions: "
        "Nanjing Botanical Garden, Lushan Botanical Garden and Guangxi Institute of Botany."
    )
    assert _orgs(rec) == [
        "Missouri Botanical Garden",
        "Nanjing Botanical Garden",
        "Lushan Botanical Garden",
        "Guangxi Institute of Botany",
    ]
    assert _agreements(rec) == [
        (
            "memorandum",
            "signed",
            sorted(
                [
                    "Missouri Botanical Garden",
                    "Nanjing Botanical Garden",
                    "Lushan Botanical Garden",
                    "Guangxi Institute of Botany",
                ]
            ),
        )
    ]
    rec = extractor.extract("The guests walked through the garden of Kazan Federal University.")
    assert _orgs(rec) == ["Kazan Federal University"]


def test_a_counted_list_splits_plural_documents_only(extractor):
    """agreement.keep.one_counted_document: "a Memorandum ... with three institutions: A, B and C" is one
    document (see above); held back: "memorandums with three universities: A, B and C" is one per partner."""
    rec = extractor.extract(
        "Kazan Federal University signed memorandums with three universities: Nanjing University, "
        "Lanzhou University and Jilin University."
    )
    assert _agreements(rec) == [
        ("memorandum", "signed", ["Kazan Federal University", "Nanjing University"]),
        ("memorandum", "signed", ["Kazan Federal University", "Lanzhou University"]),
        ("memorandum", "signed", ["Jilin University", "Kazan Federal University"]),
    ]


def test_a_signing_takes_the_date_that_opens_the_story_not_a_founding_year(extractor):
    """agreement.date (``_event_date``): "On the afternoon of March 20, a delegation ... visited ... culminating
    in the signing of a Memorandum" dates the signing by the sentence's opening date; held back: "Established
    in 1970, the department ..." opens with a clause, not with the story's date."""
    rec = extractor.extract(
        "On the afternoon of March 20, a delegation from Suratthani Rajabhat University visited Guangdong "
        "University of Foreign Studies. The two sides held discussions, culminating in the signing of a "
        "Memorandum of Understanding."
    )
    assert [f.date for f in rec.facts if f.type == "agreement"] == ["XXXX-03-20"]
    rec = extractor.extract(
        "A delegation from Suratthani Rajabhat University visited Guangdong University of Foreign Studies.\n\n"
        "Established in 1970, the Thai Department of Guangdong University of Foreign Studies teaches Thai. "
        "The two universities then concluded the signing of a Memorandum of Understanding."
    )
    assert [f.date for f in rec.facts if f.type == "agreement"] == [None]


def test_a_title_first_list_runs_past_a_bracketed_short_name_and_a_government(extractor):
    """role.tie.title_first_chain over "Rector of X (TTPU), A, the Prime Minister of the Uzbek government,
    Mr. B, the Chairman of Y, Mr. C": each title is the next name's; held back: a name-first list ("A, Rector
    of X, B, Dean of Y") runs the other way."""
    rec = extractor.extract(
        "The Uzbek delegation included the Rector of the Turin Polytechnic University in Tashkent (TTPU), "
        "Jamshid Inoyatkhodjaev, the Prime Minister of the Uzbek government, Mr. Abdulla Oripov, the Chairman "
        "of Uzavtosanoat JSC, Mr. Ulugbek Rozukulov."
    )
    assert _titles(rec) == {
        ("Jamshid Inoyatkhodjaev", "rector"),
        ("Abdulla Oripov", "minister"),
        ("Ulugbek Rozukulov", "chair"),
    }
    rec = extractor.extract(
        "The guests were Jamshid Inoyatkhodjaev, Rector of the Turin Polytechnic University in Tashkent, and "
        "Abdulla Oripov, Dean of the Faculty of Law of Tashkent State University."
    )
    assert _titles(rec) == {("Jamshid Inoyatkhodjaev", "rector"), ("Abdulla Oripov", "dean")}


def test_a_name_never_runs_on_into_a_time_word(extractor):
    """patterns/name_stops.jsonl at a name's end (``rule_title_name`` and the model's names): "commented
    Rector Guido Saracco Today's meeting ..." names "Guido Saracco"; held back: a name of two words keeps
    both ("Rector Guido Saracco said")."""
    rec = extractor.extract(
        "The guests met the Rector of the Politecnico di Torino. "
        '"We are honored," commented Rector Guido Saracco Today\'s meeting was long.'
    )
    assert "Guido Saracco" in [m.text for m in rec.mentions if m.label == "PERSON"]
    assert not any("Today" in m.text for m in rec.mentions if m.label == "PERSON")
    rec = extractor.extract("Rector Guido Saracco said the meeting was long.")
    assert [m.text for m in rec.mentions if m.label == "PERSON"] == ["Guido Saracco"]


def test_a_romance_head_noun_written_first_names_an_institution(extractor):
    """patterns/org_heads.jsonl ``org_head_first`` "politecnico", "instituto": "the Rector of the Politecnico
    di Torino, Guido Saracco, the Vice-Rector for Education Anita Tabacco" ties both titles to Polito; held
    back: a lower-case "politecnico" in a sentence is no name."""
    rec = extractor.extract(
        "The delegation was welcomed by the Rector of the Politecnico di Torino, Guido Saracco, the Vice-Rector "
        "for Education Anita Tabacco, and the Rector of Instituto Politécnico Nacional."
    )
    assert _roles(rec) == {
        ("Guido Saracco", "rector", "Politecnico di Torino"),
        ("Anita Tabacco", "vice-rector", "Politecnico di Torino"),
    }
    assert "Instituto Politécnico Nacional" in _orgs(rec)
    rec = extractor.extract("The politecnico di quartiere was closed.")
    assert _orgs(rec) == []


def test_partners_listed_on_bullet_lines_below_with(extractor):
    """agreement.parties.bulleted_list, agreement.parties.description_aside and
    agreement.merge.bracketed_short_form: "Memoranda of Understanding (MoU) were signed with the / • A (ACR), /
    • B, a leading mining company, and the / • C." is one memorandum with each; held back: a list that does
    not open with bullets is no partner list of the sentence before."""
    text = (
        "Zittau/Görlitz University of Applied Sciences sent a delegation to Ulaanbaatar. Memoranda of "
        "Understanding (MoU) were signed with the\n\n"
        "  • German-Mongolian Institute for Resources and Technology (GMIT),\n"
        "  • Mongolrostsvetmet SOE, a leading mining company, and the\n"
        "  • Berkh Mongolian Center for Mining, Training and Tourism.\n"
    )
    found = _agreements(extractor.extract(text))
    assert [p for _, _, parties in found for p in parties if "Görlitz" not in p] == [
        "German-Mongolian Institute for Resources and Technology",
        "Mongolrostsvetmet SOE",
        "Berkh Mongolian Center for Mining, Training and Tourism",
    ]
    assert len(found) == 3
    rec = extractor.extract(text.replace("  • ", "  "))
    assert len(_agreements(rec)) < 3


def test_a_bracket_that_names_the_organisation_again_keeps_the_list_going(extractor):
    """``_place_bracket``: "with the A (ACR – native name), B and C" lists three partners; held back: a long
    bracket naming another organisation ends the list."""
    rec = extractor.extract(
        "The Joint Institute for Nuclear Research signed agreements with the National Nuclear Energy Commission "
        "(CNEN), the Federal University of Juiz de Fora and the University of Brasilia."
    )
    assert len(_agreements(rec)) == 3
    rec = extractor.extract(
        "The Joint Institute for Nuclear Research signed agreements with the National Nuclear Energy Commission "
        "(a partner of the Brazilian Academy of Sciences), the Federal University of Juiz de Fora and the "
        "University of Brasilia."
    )
    assert len(_agreements(rec)) == 1


def test_an_acronym_that_leaves_out_the_honoree_and_an_acronym_subject_at_the_start(extractor):
    """org.bracket_short_form over an honoree ("Seifullin Kazakh Agrotechnical University (KATU)": KATU is
    that university), an acronym that opens the text as a subject is no dateline ("IOFS and X signed"), and
    "H.E." is an honorific, not initials ("H.E. IOFS Director General Y"); held back: "Party Committee of
    Hebei University (HBU)" shortens the university, not the committee."""
    rec = extractor.extract(
        "IOFS and Seifullin Kazakh Agrotechnical University (KATU) signed a memorandum of cooperation. "
        "H.E. IOFS Director General Yerlan Baidaulet and KATU Chairperson Marat Tireuov inked the document."
    )
    keys = {m.text: m.norm for m in rec.mentions if m.label == "ORG"}
    assert keys["KATU"] == keys["Seifullin Kazakh Agrotechnical University"]
    assert _agreements(rec) == [("memorandum", "signed", sorted(["IOFS", keys["KATU"]]))]
    assert ("Yerlan Baidaulet", "director", "IOFS") in _roles(rec)
    rec = extractor.extract("The Party Committee of Hebei University (HBU) met the guests.")
    keys = {m.text: m.norm for m in rec.mentions if m.label == "ORG"}
    assert keys["HBU"] != keys["Party Committee of Hebei University"]


def test_a_degree_right_after_the_name_keeps_its_apposition(extractor):
    """``without_degree``: "Dr. Kornél Czimber PhD, Vice-Dean of the Faculty of Forestry, György Szili-Török,
    Head of the Centre ..." ties each title to the name before it (before the rule the first title went to
    the second name)."""
    rec = extractor.extract(
        "The University of Sopron was represented by Dr. Kornél Czimber PhD, Vice-Dean of the Faculty of "
        "Forestry, György Szili-Török, Head of the Centre for Corporate and Innovation Relations."
    )
    assert _titles(rec) == {("Kornél Czimber", "vice-dean"), ("György Szili-Török", "head")}


def test_a_title_with_a_portfolio_takes_its_head_titles_category():
    """``category``: the title before its portfolio ("for X", "in charge of X") is read as a whole title,
    modifiers and all ("Acting Deputy Vice Chancellor for Academics" -> vice-rector); held back: a
    portfolio does not make a helper's title a head's ("Senior Assistant Registrar for Admissions")."""
    from extractor.normalise.categories import category

    assert category("Acting Deputy Vice Chancellor for Academics and Student Affairs") == "vice-rector"
    assert category("Deputy Minister for Federal Education and Professional Training") == "deputy minister"
    assert category("Senior Assistant Registrar for Admissions") == "other"


def test_date_lines_before_related_posts_and_with_a_dotted_day(extractor):
    """published.foot_before_related: "Created: 2022.06.23" above a "Related content" list of three posts is
    the page's date; a dotted day ("17. November 2023") and a spaced comma ("25 Nov , 2014") are date lines;
    held back: a date inside a related post's line is no publication date."""
    body = "The rector of Kazan Federal University met the guests from Mongolia and discussed cooperation."
    rec = extractor.extract(
        body + "\nCreated: 2022.06.23\nRelated content\n- A new network\n- A greener future\n- Intercultural"
    )
    assert rec.published == "2022-06-23"
    assert extractor.extract("17. November 2023\n\n" + body).published == "2023-11-17"
    assert extractor.extract("25 Nov , 2014\n\n" + body).published == "2014-11-25"
    rec = extractor.extract(
        body + "\nRelated content\n- A new network opened on 2022.06.23 in Sopron\n- B\n- C"
    )
    assert rec.published is None


def test_a_date_line_with_an_unfilled_template_counter(extractor):
    """``only_counter``: "Friday, 13 January 2012 00:40 - - {{hitsCtrl.values.hits}}" is a post's stamp
    whose view counter the template left unfilled; held back: words after the date are no counter."""
    body = "The rector of Kazan Federal University met the guests from Mongolia and discussed cooperation."
    rec = extractor.extract("Friday, 13 January 2012 00:40 - - {{hitsCtrl.values.hits}}\n\n" + body)
    assert rec.published == "2012-01-13"
    rec = extractor.extract("Friday, 13 January 2012 the rector met the guests in Kazan\n\n" + body)
    assert rec.published is None


def test_an_event_range_on_the_first_line_is_no_publication_date(extractor):
    """``_furniture_date``: "8-13 February 2023" opening the page is the event's days, not the page's date;
    held back: a stamp with a clock before a dash ("09:27 - 23/05/2017 / Number : 12971") is a date line."""
    body = "The rector of Kazan Federal University met the guests from Mongolia and discussed cooperation."
    assert extractor.extract("8-13 February 2023\n\n" + body).published is None
    rec = extractor.extract(body + "\n09:27 - 23/05/2017    /    Number : 12971    /    Show Count : 2336")
    assert rec.published == "2017-05-23"


def test_documents_to_come_and_a_signing_during_days_of_an_event(extractor):
    """agreement status: "will be concluded this May", "has been prepared with X", "is currently being
    examined" are planned; agreement.date.event_interval over "Days ... took place from November 6 to 11,
    2023"; held back: "was concluded" is signed."""
    rec = extractor.extract(
        "An agreement between Kazan Federal University and Jilin University will be concluded this May. "
        "A memorandum between Kazan Federal University and Lanzhou University has been prepared. "
        "A contract between Kazan Federal University and Nanjing University was concluded on 5 May 2024."
    )
    assert [status for _, status, _ in _agreements(rec)] == ["planned", "planned", "signed"]
    rec = extractor.extract(
        "The Saxon Education and Science Days in Ulaanbaatar took place from November 6 to 11, 2023. "
        "Zittau/Görlitz University of Applied Sciences signed a memorandum with the Mongolian University of "
        "Science and Technology."
    )
    assert [f.date for f in rec.facts if f.type == "agreement"] == ["2023-11-06/2023-11-11"]


def test_malaysian_honorifics_stand_between_a_title_and_its_name(extractor):
    """patterns/honorifics.jsonl (the one home of honorifics, also for the gap before a name): "Higher
    Education Minister Datuk Seri Mohamed Khaled Nordin" names Mohamed Khaled Nordin, the minister; held
    back: an honorific alone names no one."""
    rec = extractor.extract(
        "Higher Education Minister Datuk Seri Mohamed Khaled Nordin said the MoU was signed."
    )
    assert _titles(rec) == {("Mohamed Khaled Nordin", "minister")}
    rec = extractor.extract("The Minister and Datuk Seri said the MoU was signed.")
    assert _roles(rec) == set()


def test_initials_written_apart_with_a_two_letter_initial(extractor):
    """person.initials.spaced_digraph: "Rector Yu. S. Borovikov", "F. Sh. Alimov", "Kh. Tamir" are whole
    names; held back: "YU. The" (an acronym ending a sentence) is no name."""
    rec = extractor.extract(
        "The agreement was signed by Rector Yu. S. Borovikov and F. Sh. Alimov, head of the office, and Kh. "
        "Tamir, vice president of the university. The delegation of YU. The rector left."
    )
    names = [m.text for m in rec.mentions if m.label == "PERSON"]
    assert {"Yu. S. Borovikov", "F. Sh. Alimov", "Kh. Tamir"} <= set(names)
    assert not any(n.startswith("YU") for n in names)


def test_a_lower_case_title_right_after_a_name_is_that_name_s(extractor):
    """role.tie.apposition without a mark (``apposition_gap``): "Istvan Fabian rector and Zhou Chuangbing
    signed the agreement" makes Istvan Fabian the rector, not Zhou Chuangbing; held back: a title followed
    right away by a name is that name's ("the rector Zhou Chuangbing")."""
    rec = extractor.extract("Istvan Fabian rector and Zhou Chuangbing signed the agreement.")
    assert _titles(rec) == {("Istvan Fabian", "rector")}
    rec = extractor.extract("The delegation of Istvan Fabian met the rector Zhou Chuangbing in Wuhan.")
    assert _titles(rec) == {("Zhou Chuangbing", "rector")}


def test_a_place_after_to_is_no_name(extractor):
    """person.reject.place_after_preposition: "the Deputy Chinese Ambassador to Malawi, Mr. Wang Hao" names
    no person "Malawi"; held back: a one-word surname after a title stays a name ("Ambassador Zhao")."""
    rec = extractor.extract(
        "The University of Malawi hosted the Deputy Chinese Ambassador to Malawi, Mr. Wang Hao, and officials."
    )
    assert "Malawi" not in [m.text for m in rec.mentions if m.label == "PERSON"]
    rec = extractor.extract("Ambassador Zhao proposed a scholarship.")
    assert [m.text for m in rec.mentions if m.label == "PERSON"] == ["Zhao"]


def test_a_bare_title_in_a_title_first_list_takes_the_item_before_s_institution(extractor):
    """role.org.previous_title_first_item: "the rector of Andong National University, Kwon Sun Tae, the head
    of the group ..., professor Jeon Ik Jeong" makes Jeon the head at Andong, not at the release's own
    university; held back: an item before that names a board gives nothing ("Vice Chairman of the Board of
    Trustees, A, President, Prof. Dr. B")."""
    rec = extractor.extract(
        "OshSU signed a memorandum of cooperation with Andong National University. The meeting was attended "
        "by the rector of Andong National University, Kwon Sun Tae, the head of the group leading cooperation "
        "between universities and agriculture, professor Jeon Ik Jeong, and others."
    )
    assert ("Jeon Ik Jeong", "head", "Andong National University") in _roles(rec)
    rec = extractor.extract(
        "Ibn Haldun University hosted the guests. They were met by the Vice Chairman of the Board of Trustees, "
        "Necmeddin Bilal Erdogan, President, Prof. Dr. Atilla Arkan, and others."
    )
    assert not any(f.rule == "role.org.previous_title_first_item" for f in rec.facts if f.type == "role")


def test_a_portfolio_or_an_honorific_is_no_name(extractor):
    """person.reject.portfolio ("Director for International Relations" names no "International Relations")
    and the honorifics "Hon." / "Er." (patterns/honorifics.jsonl) before a name; held back: a name after
    the honorific stays ("Prof. Hon. Alex Segbefia")."""
    rec = extractor.extract(
        "Zakirov Rafis, Professor of International Relations, met Prof. Hon. Alex Segbefia, Director of the "
        "Government General Office."
    )
    names = [m.text for m in rec.mentions if m.label == "PERSON"]
    assert "International Relations" not in names and "Hon" not in names
    assert "Alex Segbefia" in names


def test_his_excellency_ends_a_portfolio_and_stands_before_the_name(extractor):
    """``_run`` and ``HONORIFIC_GAP`` read every word of the honorifics ("His Excellency"): "the Minister of
    Agriculture, His Excellency Jamshid Khodjaev" gives the minister's title to him; "Acting Minister for
    Education and Training, His Excellency Liu Quan, Ambassador of X" gives no minister's title to Liu Quan:
    the country's possessive after "Gaetan Pikioune," sets the title off after his name
    (``country_possessive``)."""
    rec = extractor.extract(
        "The Uzbek Minister of Agriculture, His Excellency Jamshid Khodjaev, and IAMO Director Thomas Glauben "
        "signed a Memorandum of Understanding."
    )
    assert ("Jamshid Khodjaev", "minister") in _titles(rec)
    rec = extractor.extract(
        "Present was Gaetan Pikioune, Vanuatu’s Acting Minister for Education and Training, His Excellency Liu "
        "Quan, Ambassador of the Peoples Republic of China to Vanuatu, and staff of the Embassy."
    )
    assert ("Liu Quan", "minister") not in _titles(rec)
    assert ("Gaetan Pikioune", "minister") in _titles(rec)


def test_a_president_whose_decree_is_cited_is_a_state_s(extractor):
    """role.org.state_event over a decree ("approved by the Order of President Ilham Aliyev"): no university
    of the release is his; held back: a university's president in the same kind of sentence keeps it."""
    rec = extractor.extract(
        "Baku Engineering University signed a memorandum with Inha University. The strategy was approved by "
        "the Order of President Ilham Aliyev, Rector Hasan Mammadzade said."
    )
    assert ("Ilham Aliyev", "president", None) in _roles(rec)
    rec = extractor.extract(
        "Baku Engineering University signed a memorandum with Inha University. The plan was approved by "
        "President of Inha University Cho Myung-woo."
    )
    assert ("Cho Myung-woo", "president", "Inha University") in _roles(rec)
