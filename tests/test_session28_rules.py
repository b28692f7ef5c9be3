"""Rules added or widened in the twenty-eighth session, each fired on a hand-written release and held back on
another."""

from __future__ import annotations

from extractor.facts.role_category import of_unit
from extractor.lang.lexicons import unit_categories
from extractor.models import ROLE_CATEGORIES, RoleFact
from extractor.output.corpus_keys import org_key_map

from .record_views import agreements as _agreements
from .record_views import norms as _norms
from .record_views import orgs as _orgs
from .record_views import roles as _roles


def test_a_principal_of_a_college_inside_a_university_heads_it(extractor):
    """role.category.of_unit: "Principal, College of Health Sciences" (a unit named by its field) and "Vice
    Principal of the School of International Education of <a university>" head a unit, not a university."""
    rec = extractor.extract(
        "Makerere University and East China Normal University signed a memorandum of understanding.\n\n"
        "Prior to the signing ceremony, Prof. Nelson Sewankambo, Principal, College of Health Sciences chaired "
        "a session. Dr. Wang Ming Yang, Vice Principal of the School of International Education of Beijing "
        "Foreign Studies University, also attended."
    )
    got = {(p, r) for p, r, _ in _roles(rec)}
    assert {("Nelson Sewankambo", "head"), ("Wang Ming Yang", "deputy head")} <= got


def test_a_principal_of_a_college_of_its_own_stays_its_rector(extractor):
    """Held back: "Principal of Khwopa College of Engineering" heads a college of its own (no parent in its
    name, a proper name before its head noun): rector."""
    rec = extractor.extract(
        "Dr. Bhoj Raj Ghimire, Principal of Khwopa College of Engineering, signed the memorandum of "
        "understanding with Chengdu Industry and Trade College."
    )
    assert ("Bhoj Raj Ghimire", "rector", "Khwopa College of Engineering") in _roles(rec)


def test_the_unit_category_needs_the_title_category_it_replaces():
    """The rule reads the title's own category: a "Principal Secretary" (secretary) of a unit stays a
    secretary, and every ``of_unit`` of patterns/roles.jsonl is a role category."""
    fact = RoleFact(
        person="A", role="secretary", title="Principal Secretary", org="Department of Higher Education"
    )
    assert of_unit(fact).role == "secretary"
    assert {u for _, u in unit_categories("roles").values()} <= set(ROLE_CATEGORIES)


def test_a_short_form_takes_the_honoree_after_it(extractor):
    """org.span.acronym_named_after: "BSTU named after V.G. Shukhov" is one organisation, so the title before
    it ties to the name after it (role.tie.title_org_name), and a First Vice-Chancellor (a first pro-rector)
    is a vice-rector."""
    rec = extractor.extract(
        "At the signing ceremony the First Vice-Chancellor of BSTU named after V.G. Shukhov, professor N.A. "
        "Shapovalov reminded of the centuries-old friendship linking our peoples."
    )
    assert "BSTU named after V.G. Shukhov" in _orgs(rec)
    assert ("N.A. Shapovalov", "vice-rector", "BSTU named after V.G. Shukhov") in _roles(rec)


def test_a_short_form_before_other_words_keeps_its_span(extractor):
    """Held back: an acronym followed by anything but "named after" is left as it is."""
    rec = extractor.extract(
        "BSTU signed an agreement with the University of Pristina named after its founder."
    )
    assert "BSTU" in _orgs(rec)


def test_a_date_then_a_dash_opens_a_release(extractor):
    """published (patterns/published.jsonl, date_dash_lead): "14 March 2017- CABI ..." and "March 14, 2017 --
    The ..." open the release with its own date."""
    for text, date in (
        (
            "CABI signs MoU\n\n14 March 2017- CABI and the Institute of Plant Protection signed a memorandum.",
            "2017-03-14",
        ),
        (
            "Forum held\n\nMarch 14, 2017 -- The university signed a memorandum with Tomsk State University.",
            "2017-03-14",
        ),
    ):
        assert extractor.extract(text).published == date


def test_a_date_inside_a_sentence_before_a_dash_is_no_dateline(extractor):
    """Held back: the date must open its line ("On 14 March 2017 - ..." is the event's date, not the page's)."""
    rec = extractor.extract(
        "CABI signs MoU\n\nOn 14 March 2017 - CABI and the Institute of Plant Protection signed a memorandum."
    )
    assert rec.published is None


def test_a_far_only_organisation_is_no_senators(extractor):
    """role.org.other_unattached over role.org.sentence_only: a title of the category ``other`` ("Senator")
    takes no organisation for being the sentence's only one far from it; "senator" is a public office."""
    rec = extractor.extract(
        "The Key Technology Partnership agreement between the two universities was witnessed today by the "
        "Minister for Tertiary Education, Senator Chris Evans, in Shanghai."
    )
    assert ("Chris Evans", "other", None) in _roles(rec)
    assert not any(org for p, r, org in _roles(rec) if r == "other")


def test_a_near_only_organisation_is_an_experts(extractor):
    """Held back: the sentence's only organisation right beside the person ("Mr. Igor Levanevsky, expert in
    science and technology of the RC") stays the expert's."""
    rec = extractor.extract(
        "The meeting was attended by Mr. Igor Levanevsky, expert in science and technology of the Ulba "
        "Research Center, on behalf of the plant."
    )
    assert ("Igor Levanevsky", "other", "Ulba Research Center") in _roles(rec)


def test_a_list_of_documents_with_their_topics_is_several_documents(extractor):
    """agreement.split.coordinated (facts/document_lists.py): the items of a list of documents are separate
    documents also when each has its topic ("general agreement, memorandum on student exchange, and
    memorandum on faculty exchange programs")."""
    rec = extractor.extract(
        "Chuo University delegation visited Xiamen University. The visit was made to further discuss the "
        "outline of general agreement, memorandum on student exchange, and memorandum on faculty exchange "
        "programs."
    )
    kinds = [k for k, _, _ in _agreements(rec)]
    assert kinds.count("memorandum") == 2 and kinds.count("agreement") == 1


def test_a_topic_list_inside_one_document_is_one_document(extractor):
    """Held back: a list of fields inside one document's topic names no more documents."""
    rec = extractor.extract(
        "Chuo University and Xiamen University signed a memorandum on cooperation in education, science and "
        "culture, and an agreement was discussed."
    )
    assert [k for k, _, _ in _agreements(rec)] == ["memorandum"]


def test_a_nations_cultural_centre_takes_its_city(extractor):
    """org.span.mission_place over a nation's cultural centre or institute abroad: "Russian Cultural Center in
    Amman", "Italian Cultural Institute in Beijing" are the names, as "Russian House in New Delhi" is."""
    rec = extractor.extract(
        "The Russian Cultural Center in Amman hosted the meeting with Yarmouk University. Students also visited "
        "the Italian Cultural Institute in Beijing."
    )
    assert {"Russian Cultural Center in Amman", "Italian Cultural Institute in Beijing"} <= set(_orgs(rec))


def test_a_research_centre_stops_before_its_city(extractor):
    """Held back: a centre with no cultural word, and a cultural institute of a state at home with no country
    or capital after "in", stop where they stop ("Azerbaijan Innovation Center in Baku")."""
    rec = extractor.extract(
        "The Azerbaijan Innovation Center in Baku signed a memorandum with Tomsk State University."
    )
    assert "Azerbaijan Innovation Center" in _orgs(rec)


def test_a_short_form_takes_its_quoted_name(extractor):
    """org.span.acronym_quoted (find/name_tails.py): "ETU “LETI”" and "NITU “MISiS”" are one organisation each,
    the quoted name included."""
    rec = extractor.extract("ETU “LETI” and NITU “MISiS” signed an agreement on Monday.")
    assert {"ETU “LETI”", "NITU “MISiS”"} <= set(_orgs(rec))


def test_a_quoted_clause_after_a_short_form_is_no_name(extractor):
    """Held back: a quotation with a verb after an acronym is no part of its name."""
    rec = extractor.extract('A spokesman said TSU "will sign the document" next week.')
    assert not any("sign" in o for o in _orgs(rec))


_ZJSRU = (
    "On the afternoon of April 8th 2022 in Room 312 of ZJSRU’s administrative building, ZJSRU and Polotsk State "
    "University in Belarus held an online signing ceremony to commemorate the cooperation agreement between "
    "ZJSRU.\n\nLi Lu, President of ZJSRU; Chen Zhi, Distinguished Consultant, attended.\n\nAfter introducing the "
    "development and current situation of ZJSRU, Li Lu vigorously introduced the academic characteristics of "
    "ZJSRU and Belorussian universities."
)


def test_a_one_word_name_spelt_as_an_org_acronym_is_that_org(extractor):
    """org.from_person.acronym over a one-word ORG of the document: every "ZJSRU" the model reads as a person
    is the organisation the document names with it."""
    rec = extractor.extract(_ZJSRU)
    assert "ZJSRU" not in [m.text for m in rec.mentions if m.label == "PERSON"]
    assert [m.text for m in rec.mentions if m.label == "ORG"].count("ZJSRU") >= 5


def test_a_capitalised_surname_stays_a_person(extractor):
    """Held back: a name in capitals that no organisation of the document is spelt as stays a person."""
    rec = extractor.extract("WANG Qijin, President of Anhui Xinhua University, met the delegation of CITI.")
    assert "WANG Qijin" in [m.text for m in rec.mentions if m.label == "PERSON"]


def test_a_datelines_bracketed_name_is_the_news_outlet(extractor):
    """org.dateline_agency (find/dateline_agencies.py): the name in brackets between a dateline's place (and
    date) and the dash is the outlet that filed the story, also with the dash glued to the bracket."""
    for text, outlet in (
        ("TEHRAN (FNA)- Iran and Russia have signed a memorandum on research.", "FNA"),
        ("Amman, Jan. 27 (Petra) - The university signed an agreement with Tomsk State University.", "Petra"),
    ):
        assert outlet in _orgs(extractor.extract(text))


def test_a_bracketed_country_after_a_name_is_no_outlet(extractor):
    """Held back: a place in the brackets ("China Daily (USA) -") is no outlet of its own."""
    assert "USA" not in _orgs(extractor.extract("China Daily (USA) - Tsinghua University signed a deal."))


def test_an_acronym_joined_to_an_organisation_acts_as_one(extractor):
    """org.acronym_acting (find/acting_acronyms.py): an acronym the parse joins by "and" to an organisation is
    one ("between CASTTC and the Qatar Free Zone Authority")."""
    rec = extractor.extract(
        "The memorandum of cooperation (MOC) between CASTTC and the Qatar Free Zone Authority was signed."
    )
    assert "CASTTC" in _orgs(rec)


def test_a_field_or_document_acronym_joined_to_an_organisation_is_none(extractor):
    """Held back: a field's acronym or a document word joined to an organisation stays what it is."""
    rec = extractor.extract("Huawei and ICT experts of Tashkent University of Information Technologies met.")
    assert "ICT" not in _orgs(rec)


def test_corpus_keys_join_word_order_accent_and_plural_variants():
    """output/corpus_keys.org_group_key: "University of the Punjab" = "Punjab University", "Việt Nam Academy of
    ..." = "Vietnam Academy of ...", "Science & Technology" = "Science and Technology", "Sciences" =
    "Science"; the most frequent spelling is the key."""
    m = org_key_map(
        [
            "Punjab University",
            "Punjab University",
            "University of the Punjab",
            "Việt Nam Academy of Science and Technology",
            "Vietnam Academy of Science and Technology",
            "Vietnam Academy of Science and Technology",
            "Department of Science & Technology",
            "Department of Science and Technology",
            "Department of Science and Technology",
            "Russian Academy of Science",
            "Russian Academy of Sciences",
            "Russian Academy of Sciences",
        ]
    )
    assert m["University of the Punjab"] == "Punjab University"
    assert m["Việt Nam Academy of Science and Technology"] == "Vietnam Academy of Science and Technology"
    assert m["Department of Science & Technology"] == "Department of Science and Technology"
    assert m["Russian Academy of Science"] == "Russian Academy of Sciences"


def test_corpus_keys_keep_a_unit_apart_from_its_parent():
    """Held back: "Institute of Physics of X" is no "Physics Institute"; a unit and its parent keep two keys."""
    m = org_key_map(
        ["Institute of Physics of the National Academy of Sciences of Belarus", "Physics Institute"]
    )
    assert m["Physics Institute"] == "Physics Institute"
    assert m["Institute of Physics of the National Academy of Sciences of Belarus"] != "Physics Institute"


def test_a_country_ending_a_misread_name_is_no_surname(extractor):
    """rule_surname (find/surnames.repeated_surnames) never spreads a country's name: "Development
    Assistance Mongolia" read as a person makes no later "Mongolia" a person."""
    rec = extractor.extract(
        "Development Assistance Mongolia signed a Memorandum of Understanding between the Government of "
        "Australia and Mongolia\n\nThe first Memorandum of Understanding was signed in 1993 and Mongolia has "
        "received the Australian Development Assistance. Australia will continue to support Mongolia."
    )
    assert "Mongolia" not in [m.text for m in rec.mentions if m.label == "PERSON"]


def test_a_repeated_surname_is_still_its_person(extractor):
    """Held back: a surname that is no country is the person at its bare uses ("Nikolaev said")."""
    rec = extractor.extract(
        "Rector Anatoly Nikolaev met the delegation of Tsinghua University. Nikolaev said the agreement was ready."
    )
    assert [m.text for m in rec.mentions if m.label == "PERSON"].count("Nikolaev") == 1


def test_an_update_day_line_with_the_story_glued_to_it(extractor):
    """published (label_updated): "Update day: 15-04-2024On December 13, 2023, ..." gives the page's date; the
    tokenizer splits a year glued to a two-letter word, so the story's "On December 13, 2023" stays a date."""
    rec = extractor.extract(
        "Update day: 15-04-2024On December 13, 2023, the College of Law at Hue University welcomed a delegation."
    )
    assert rec.published == "2024-04-15"
    assert "December 13, 2023" in [m.text for m in rec.mentions if m.label == "DATE"]


def test_an_update_word_inside_a_sentence_is_no_date_label(extractor):
    """Held back: "update" inside a sentence labels no date."""
    rec = extractor.extract("The parties will update the plan by 15-04-2024 and sign the memorandum.")
    assert rec.published is None


def test_a_short_form_with_its_honoree_links_to_the_full_name(extractor):
    """normalise/orgs._link_short_form: "ASU named after V.N. Tatishcheva" takes the key of the full name
    the bare "ASU" would take."""
    rec = extractor.extract(
        "Astrakhan State University named after V.N. Tatishchev signed an agreement with the Institute of "
        "International Relations. The rector of ASU named after V.N. Tatishchev spoke."
    )
    keys = _norms(rec)
    assert (
        keys["ASU named after V.N. Tatishchev"]
        == keys["Astrakhan State University named after V.N. Tatishchev"]
    )


def test_a_short_form_with_its_honoree_and_no_full_name_keeps_its_key(extractor):
    """Held back: with no full name in the document the short form keeps its own key."""
    rec = extractor.extract(
        "The rector of ASU named after V.N. Tatishchev met the delegation of Tomsk State University."
    )
    assert _norms(rec).get("ASU named after V.N. Tatishchev") == "ASU named after V.N. Tatishchev"
