"""Rules and rule data added in the fifteenth session, each fired on a hand-written release and held back on
another."""

from __future__ import annotations

from extractor.models import RoleFact

from .record_views import agreements as _agreements
from .record_views import orgs as _orgs
from .record_views import roles as _roles


def _ties(rec) -> dict[tuple[str, str], str]:
    """(person, role category) of each role fact, with the id of the tie rule that named the person."""
    return {(f.person, f.role): f.tie_rule for f in rec.facts if isinstance(f, RoleFact)}


def test_a_title_whose_office_is_spelt_out_before_the_name(extractor):
    """role.tie.title_phrase_name: the office phrase between a title and its name holds places, organisations,
    capitalised words and a comma before the name."""
    rec = extractor.extract(
        "President Mohamed Osman Elkhosht met the Ambassador of China in Cairo Song Aiguo and his delegation. "
        "The memorandum was signed by Director of the Russian Center for Science & Culture in Dhaka Maxim "
        "Dobrokhotov."
    )
    ties = _ties(rec)
    assert ties[("Song Aiguo", "ambassador")] == "role.tie.title_phrase_name"
    # since the twenty-eighth session a nation's cultural centre takes its city (org.span.mission_place), so
    # the title is followed by its organisation and then the name
    assert ties[("Maxim Dobrokhotov", "director")] == "role.tie.title_name"
    assert ("Maxim Dobrokhotov", "director", "Russian Center for Science & Culture in Dhaka") in _roles(rec)


def test_an_office_phrase_never_runs_through_a_verb_or_another_title(extractor):
    """Held back: a verb ("met") or a second title between a title and the next name ends the phrase."""
    rec = extractor.extract(
        "The Rector of Kazan Federal University in Kazan met Ivan Petrov on Monday. The Director of the "
        "Institute of Physics, Deputy Minister of Science Anna Sidorova, spoke."
    )
    ties = _ties(rec)
    assert ("Ivan Petrov", "rector") not in ties
    assert ties.get(("Anna Sidorova", "director")) != "role.tie.title_phrase_name"


def test_a_bare_modifier_between_a_name_and_its_title(extractor):
    """role.tie.modified_apposition without an article: "X, longtime chairman of Y", "X, Cuban ambassador to
    Minsk", "X, Distinguished Consultant"; held back: a name right after the title takes it. ("X, board
    chairman of Y" reads "board chairman" as the title since the thirty-second session: role.span.modifier in
    lower case, then role.tie.apposition.)"""
    rec = extractor.extract(
        "Li Yan, longtime chairman of Tianjin City Vocational College, said the two institutions agreed. Santiago "
        "Perez, Cuban ambassador to Minsk, said the meeting was useful."
    )
    ties = _ties(rec)
    assert ties[("Li Yan", "chair")] == "role.tie.modified_apposition"
    assert ties[("Santiago Perez", "ambassador")] == "role.tie.modified_apposition"
    rec = extractor.extract("The guests thanked Ivan Petrov, Chinese Ambassador Li Hui and the rector.")
    assert ("Li Hui", "ambassador") in _ties(rec)
    assert ("Ivan Petrov", "ambassador") not in _ties(rec)


def test_the_two_universities_are_institutions_not_the_unit_named_before(extractor):
    """agreement.parties.previous_sentence skips a unit named by its field ("the Department of International
    Development") when the sentence speaks of "the two universities": the pair named before signs."""
    rec = extractor.extract(
        "Ryazan State University hosted a delegation of Tanta University led by its President Hala Fouad. The "
        "meeting was also attended by the Head of the Department of International Development O. Sulitsa. The "
        "meeting resulted in signing the memorandum of collaboration between the two universities."
    )
    assert _agreements(rec) == [("memorandum", "signed", ["Ryazan State University", "Tanta University"])]


def test_a_place_department_is_a_party_a_field_office_is_not(extractor):
    """agreement.party.unit_to_parent keeps a government department of a place ("... of Foshan City") beside
    the release's own university; held back: an office named by its field only gives way to the institution."""
    rec = extractor.extract(
        "Belarusian State Technological University hosted guests from China.\n\nFollowing the meeting, a "
        "framework agreement was signed on cooperation between our university and the Department of Human "
        "Resources and Social Security of Foshan City."
    )
    assert _agreements(rec) == [
        (
            "agreement",
            "signed",
            [
                "Belarusian State Technological University",
                "Department of Human Resources and Social Security of Foshan City",
            ],
        )
    ]
    rec = extractor.extract(
        "An agreement was signed between Kazan Federal University, the Department of International Relations "
        "and Nanjing University."
    )
    assert all("Department of International Relations" not in a[2] for a in _agreements(rec))


def test_a_field_acronym_alone_names_no_organisation(extractor):
    """org.reject.field_acronym (``patterns/field_acronyms.jsonl``): "ICT professionals" is a field, so the
    memorandum's parties are the university and the company; held back: an institution's acronym stays."""
    rec = extractor.extract(
        "Mount Kenya University signed a memorandum with Xinyada Technology to train ICT professionals."
    )
    assert "ICT" not in _orgs(rec)
    assert any(d.rule == "org.reject.field_acronym" and d.text == "ICT" for d in rec.discarded)
    assert _agreements(rec) == [("memorandum", "signed", ["Mount Kenya University", "Xinyada Technology"])]
    rec = extractor.extract("TUIT signed a memorandum with Huawei to train ICT professionals.")
    assert "TUIT" in _orgs(rec)


def test_a_partner_list_of_names_each_with_its_place(extractor):
    """A list "between A and B in China, C in Japan and D in Norway" goes on past each item's place: one
    memorandum of A with each; held back: "between A and B in China, C and D" keeps the pair A-B."""
    rec = extractor.extract(
        "These include MOUs between University of Kelaniya and University of Wuhan in the People's Republic of "
        "China, University of Isu in Japan and the University of Agder in Norway."
    )
    assert _agreements(rec) == [
        ("memorandum", "signed", ["University of Kelaniya", "University of Wuhan"]),
        ("memorandum", "signed", ["University of Isu", "University of Kelaniya"]),
        ("memorandum", "signed", ["University of Agder", "University of Kelaniya"]),
    ]
    rec = extractor.extract(
        "A MOU will also be signed between the University of Ruhuna and Shandong University in China, "
        "University of Kelaniya and Deakin University."
    )
    assert ("memorandum", "planned", ["Shandong University", "University of Ruhuna"]) in _agreements(rec)


def test_each_document_takes_the_organisations_of_its_own_clause(extractor):
    """agreement.parties.own_clause: "A and B will sign a MOU for ... while C and D will sign a MOU ...": two
    documents of two parties each; held back: one document in a sentence keeps all its organisations."""
    rec = extractor.extract(
        "The University of Moratuwa and Linyi University will sign a MOU on conferences while the University "
        "of Peradeniya and Jilin University will sign a MOU on research."
    )
    assert _agreements(rec) == [
        ("memorandum", "planned", ["Linyi University", "University of Moratuwa"]),
        ("memorandum", "planned", ["Jilin University", "University of Peradeniya"]),
    ]
    assert all(f.party_rule.endswith("+own_clause") for f in rec.facts if f.type == "agreement")
    rec = extractor.extract(
        "The University of Moratuwa, Linyi University and Jilin University will sign a MOU while the "
        "ministers watch."
    )
    assert _agreements(rec) == [
        ("memorandum", "planned", ["Jilin University", "Linyi University", "University of Moratuwa"])
    ]


def test_a_name_after_a_title_of_a_country_before_a_place(extractor):
    """rule_title_name: "President of India Pranab Mukherjee in Moscow": the place after the name is not part of
    the title's "of" phrase; held back: "Director of the Russian Cultural Centers in Egypt Marat Gatin" (plural
    head nouns are no name) still names Marat Gatin."""
    rec = extractor.extract(
        "The MOI was signed in the presence of President of India Pranab Mukherjee in Moscow."
    )
    assert ("Pranab Mukherjee", "president", None) in _roles(rec)
    rec = extractor.extract(
        "It was attended by Director of the Russian Cultural Centers in Egypt Marat Gatin."
    )
    assert [p for p, _, _ in _roles(rec)] == ["Marat Gatin"]


def test_a_surname_the_model_reads_as_an_organisation_after_a_title(extractor):
    """rule_title_name over a one-word model organisation at a name's end ("The vice-chancellor Milan Pagon");
    held back: an organisation of several words after the title is no name."""
    rec = extractor.extract("The vice-chancellor Milan Pagon expressed deep interest in cooperation.")
    assert [(p, r) for p, r, _ in _roles(rec)] == [("Milan Pagon", "rector")]
    rec = extractor.extract("The delegation met the Rector Tomsk Polytechnic University in May.")
    assert not _roles(rec)


def test_a_president_of_the_country_and_a_president_of_a_state_beside_the_body_s_own(extractor):
    """role.org.of_country for "the President of the country N. Nazarbayev"; role.org.state_president for a
    president beside the organisation's own named president ("DFG President A joined the trip undertaken by
    Federal President B"); held back: the organisation's own president keeps it."""
    rec = extractor.extract(
        "The Kazakh Center opened at the University of Venice. In an article, the President of the country N. "
        "Nazarbayev stressed education."
    )
    assert ("N. Nazarbayev", "president", None) in _roles(rec)
    rec = extractor.extract(
        "DFG President Prof. Dr. Peter Strohschneider joined the trip to Uzbekistan undertaken by Federal "
        "President Frank-Walter Steinmeier in 2019."
    )
    assert _roles(rec) == {
        ("Peter Strohschneider", "president", "DFG"),
        ("Frank-Walter Steinmeier", "president", None),
    }


def test_a_rank_word_before_a_title_with_its_portfolio(extractor):
    """The category of "First Vice-Minister of Agriculture" is the title's after the rank word: deputy
    minister; held back: "First Secretary" is a lexicon title of its own (secretary)."""
    from extractor.normalise.categories import category

    assert category("First Vice-Minister of Agriculture") == "deputy minister"
    assert category("Acting Vice-Rector for Research") == "vice-rector"
    assert category("First Secretary") == "secretary"


def test_a_date_line_with_a_two_digit_year_and_a_bracketed_stamp(extractor):
    """date_line_any: "22/08/07" alone on the page's first line (day first), "(07.07.22) On 14 June, ..." (the
    page's first words, in brackets); held back: the same bracketed date further down the page is prose."""
    rec = extractor.extract("22/08/07\n\nJordan and Kazakhstan agree science cooperation\n\nThe sides met.")
    assert rec.published == "2007-08-22"
    rec = extractor.extract(
        "(07.07.22) On 14 June, DFG President Prof. Dr. Katja Becker received the Ambassador of the Republic of "
        "Uzbekistan, Nabijon Kasimov, at the DFG Head Office in Bonn, accompanied by the attachés."
    )
    assert rec.published == "2022-07-07"
    rec = extractor.extract(
        "DFG and Uzbekistan\n\nThe talks went on. "
        + "The sides discussed joint projects in science and education for a long time. " * 3
        + "\n(07.07.22) On 14 June, DFG President Prof. Dr. Katja Becker received the Ambassador of Uzbekistan."
    )
    assert rec.published is None


def test_the_agreement_keeps_the_kind_it_was_signed_under(extractor):
    """agreement.fact.kind_named_before: a memorandum signed with no party in reach, then "The agreement ...
    between A and B": one memorandum of A and B; held back: "the cooperation agreement" names its own kind."""
    text = (
        "A delegation from the Ministry of Innovative Development of Uzbekistan visited the region.\n\n"
        "A Memorandum of Cooperation was signed on the occasion.\n\nThe agreement between Tashkent State "
        "University and Kazan Federal University covers joint research."
    )
    rec = extractor.extract(text)
    assert [a[0] for a in _agreements(rec)] == ["memorandum"]
    assert rec.facts[-1].rule == "agreement.fact.kind_named_before"
    rec = extractor.extract(text.replace("The agreement", "The cooperation agreement"))
    assert [a[0] for a in _agreements(rec)] == ["agreement"]


def test_the_agreement_after_a_signing_is_that_document(extractor):
    """A definite mention whose parties would only be guessed from the sentence before ("Post-signing, X
    expressed optimism about the agreement's potential" after witnesses from a department) is the document
    just reported; held back: "This follows the MoU they signed in June 2017" after a roadmap is another one."""
    rec = extractor.extract(
        "Tribhuvan University and Jilin University signed a memorandum of understanding. The signing was "
        "witnessed by the Head of the Central Department of Journalism at TU, Prof. Ram Khanal, and Professor "
        "Hong Hong of Jilin University. Post-signing, Dr. Shivlal Bhusal expressed optimism about the "
        "agreement's potential."
    )
    assert _agreements(rec) == [("memorandum", "signed", ["Jilin University", "Tribhuvan University"])]
    rec = extractor.extract(
        "With the Ministry of Innovation and Technology of Ethiopia, Rosatom signed a three-year roadmap for "
        "a nuclear power plant. This follows the MoU they signed in June 2017 on peaceful uses of atomic energy."
    )
    assert [a[0] for a in _agreements(rec)] == ["roadmap", "memorandum"]


def test_a_one_word_company_that_signs_is_a_party(extractor):
    """org.keep.signing_party: "Microsoft has signed an MOU with X", "X signed a memorandum with Microsoft":
    the one-word name the parse makes the signer or its partner is kept; held back: a bare head noun
    ("the College signed ...") and a word that does not sign stay rejected."""
    for text in (
        "Microsoft has signed an MOU with Nazarbayev University in Astana.",
        "Nazarbayev University signed a memorandum with Microsoft in Astana.",
    ):
        assert _agreements(extractor.extract(text)) == [
            ("memorandum", "signed", ["Microsoft", "Nazarbayev University"])
        ]
    rec = extractor.extract("The College signed a memorandum with Nazarbayev University.")
    assert "College" not in _orgs(rec)
    rec = extractor.extract("Students of Microsoft courses visited Nazarbayev University.")
    assert "Microsoft" not in _orgs(rec)


def test_the_one_document_takes_the_kind_a_later_reference_names(extractor):
    """A release's only document, first called "a deal", is the memorandum "The MoU which will be in effect"
    names; held back: with two documents reported, "The memorandum with ..." changes neither's kind."""
    rec = extractor.extract(
        "Jomo Kenyatta University of Agriculture and Technology and Lanzhou University have signed a deal to "
        "collaborate in agriculture.\n\nThe MoU which will be in effect for five years enhances skills."
    )
    assert [a[0] for a in _agreements(rec)] == ["memorandum"]
    rec = extractor.extract(
        "Nazarbayev University has signed a memorandum of cooperation with the Universiti Malaya and an "
        "agreement on student exchange with Tsinghua University. The memorandum with the oldest university of "
        "Malaysia provides for exchanges."
    )
    assert [a[0] for a in _agreements(rec)] == ["memorandum", "agreement"]


def test_a_named_house_is_an_organisation(extractor):
    """patterns/org_heads.jsonl "house": "the Russian House in New Delhi" is an organisation and a party;
    held back: a lower-case house is no name."""
    rec = extractor.extract(
        "Perm State Medical University signed a cooperation agreement with the Russian House in New Delhi."
    )
    assert _agreements(rec) == [
        ("agreement", "signed", ["Perm State Medical University", "Russian House in New Delhi"])
    ]
    rec = extractor.extract("The guests visited the house of the rector of Kazan Federal University.")
    assert _orgs(rec) == ["Kazan Federal University"]


def test_a_quoted_name_before_its_legal_form_is_one_organisation(extractor):
    """patterns/legal_forms.jsonl: '"APF Group" Limited Liability Company' is one organisation keyed without
    its quotes; held back: a legal form after an unquoted lower-case word does not reach back over it."""
    rec = extractor.extract(
        'An agreement was signed between Nakhchivan State University and "APF Group" Limited Liability Company.'
    )
    assert _agreements(rec) == [
        ("agreement", "signed", ["APF Group Limited Liability Company", "Nakhchivan State University"])
    ]
    assert '"APF Group" Limited Liability Company' in _orgs(rec)
    rec = extractor.extract("The university signed an agreement with the local Joint Stock Company.")
    assert all("local" not in o for o in _orgs(rec))


def test_a_country_or_region_named_whole_is_a_place(extractor):
    """org.reject.place over ISO 3166 country and subdivision names ("Sierra Leone", "Uttar Pradesh"); held
    back: a short acronym that spells a subdivision ("BA") is not read as the place."""
    from extractor.find.role_words import place_name

    assert place_name("Sierra Leone") and place_name("Uttar Pradesh") and place_name("POLAND")
    assert not place_name("BA") and not place_name("Tomsk State University")
    rec = extractor.extract(
        "The University of Lucknow in Uttar Pradesh signed a memorandum with Tajik National University."
    )
    assert "Uttar Pradesh" not in _orgs(rec)


def test_a_president_visiting_a_country_is_a_state_s(extractor):
    """role.org.state_event over "during President X's visit to China"."""
    rec = extractor.extract(
        "CAPES signs cooperation agreement with NSFC\n\nThe agreement with the Chinese agency was signed during "
        "President Jair Bolsonaro’s visit to China."
    )
    assert ("Jair Bolsonaro", "president", None) in _roles(rec)
