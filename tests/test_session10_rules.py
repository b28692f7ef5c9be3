"""Rules added in the tenth session, each fired on a hand-written release and held back on another."""

from __future__ import annotations

import pytest

from extractor.facts.name_origin import chinese_name, pinyin_word
from extractor.models import AgreementFact, RoleFact


def _roles(rec) -> dict[tuple, str | None]:
    return {(f.person, f.role, f.org): f.rule for f in rec.facts if isinstance(f, RoleFact)}


_VISIT = (
    "Nizhny Novgorod State Linguistic University hosted a delegation from Liaoning Petrochemical University "
    "on March 3.\nRector Zhanna Nikitina welcomed the guests. Liaoning Petrochemical University and Nizhny "
    "Novgorod State Linguistic University signed a memorandum of understanding.\nThe memorandum was signed in "
    "the presence of Vice President {guest} and Vice-Rector Irina Petrova."
)


def test_a_guessed_title_of_a_chinese_name_goes_to_the_chinese_side(extractor):
    """role.org.name_origin: with no organisation written near "Vice President Kong Xianming", the release's
    own (a Russian university) gives way to the one Chinese organisation of the release; the Russian
    vice-rector stays with the release's own."""
    roles = _roles(extractor.extract(_VISIT.format(guest="Kong Xianming")))
    assert roles[("Kong Xianming", "vice-president", "Liaoning Petrochemical University")] == (
        "role.org.name_origin"
    )
    assert roles[("Irina Petrova", "vice-rector", "Nizhny Novgorod State Linguistic University")] == (
        "role.org.release_home"
    )


def test_a_name_whose_shape_says_nothing_keeps_the_release_home(extractor):
    """Held back: a bare surname ("Wang") or a name that is no pinyin and no foreign shape decides nothing."""
    roles = _roles(extractor.extract(_VISIT.format(guest="Wang")))
    assert roles[("Wang", "vice-president", "Nizhny Novgorod State Linguistic University")] == (
        "role.org.release_home"
    )


@pytest.mark.parametrize(
    ("name", "origin"),
    [
        ("Zheng Bailing", True),
        ("Qingjiang Zheng", True),
        ("N.A. Duktova", False),
        ("Tom Nyamache", False),
        ("Wang", None),
        ("Xi Jinping", None),
        ("Li Chegwei", None),
    ],
)
def test_name_origin_by_shape(name, origin):
    assert chinese_name(name) is origin


def test_pinyin_words_split_into_syllables():
    assert pinyin_word("Xianming") and pinyin_word("Liaoning")
    assert not pinyin_word("Udasmoro") and not pinyin_word("Nizhny")


def _parties(rec) -> dict[frozenset, str | None]:
    return {frozenset(f.parties): f.party_rule for f in rec.facts if isinstance(f, AgreementFact)}


def test_organisations_listed_after_signed_by_are_the_parties(extractor):
    """agreement.parties.signed_by: "was signed on May 29 by A, B and C": all three, not only the first one
    before the comma; the topic's organisation ("based on X") is none."""
    text = (
        "A trilateral agreement on a research center based on Wuxi Research Institute was signed on May 29 by "
        "Tomsk Polytechnic University, Zhejiang University and the Hangzhou City Government."
    )
    found = _parties(extractor.extract(text))
    assert len(found) == 1
    parties, rule = next(iter(found.items()))
    assert rule == "agreement.parties.signed_by"
    assert len(parties) == 3 and "Tomsk Polytechnic University" in parties


def test_signed_by_people_leaves_the_parties_to_other_rules(extractor):
    """Held back: "signed by the rectors of A and B": people follow "by", not a list of organisations."""
    text = "The agreement was signed by the rectors of Tomsk Polytechnic University and Zhejiang University."
    rules = set(_parties(extractor.extract(text)).values())
    assert "agreement.parties.signed_by" not in rules


def test_an_honorees_name_before_a_head_noun_is_part_of_the_organisation(extractor):
    """org.span.honoree_name: the model reads "Kim Il Sung University" as a person; its last word is a head
    noun, so the words are an organisation's name, and the university signs."""
    text = "An agreement was signed by the Mongolian National University and Kim Il Sung University."
    rec = extractor.extract(text)
    assert {m.text for m in rec.mentions if m.label == "ORG"} >= {"Kim Il Sung University"}
    assert not [m for m in rec.mentions if m.label == "PERSON"]
    (parties,) = _parties(rec)
    assert "Kim Il Sung University" in parties


def test_a_guess_from_the_sentence_on_the_wrong_side_moves_to_the_names_side(extractor):
    """role.org.name_origin over a guess from the sentence (``role.org.sentence_intro``): the sentence opens
    with the partner ("At the ceremony at Alexandria University"), but "Vice President Luo Rong" has a Chinese name
    and the release's other main organisation is the Chinese one."""
    text = (
        "Wuhan University of Technology signed a memorandum with Alexandria University of Egypt. Wuhan University of "
        "Technology will host Egyptian students.\nAt the ceremony at Alexandria University, Vice President Luo Rong "
        "gave a speech."
    )
    roles = _roles(extractor.extract(text))
    assert roles[("Luo Rong", "vice-president", "Wuhan University of Technology")] == "role.org.name_origin"


def test_a_dateline_with_a_colon_and_the_date_in_brackets_with_its_weekday():
    """The dateline cue reads "LAHORE: (Thursday, June 17, 2021): ..." (a colon after the place, the date in
    brackets with its weekday)."""
    from extractor.find.published import find_published

    text = (
        "PU, Uzbek varsity to strengthen academic ties\n\nLAHORE: (Thursday, June 17, 2021): Punjab University "
        "and Nuqus State Pedagogical Institute have vowed to strengthen academic relations."
    )
    found = find_published(text)
    assert found is not None and found.value == "2021-06-17" and found.cue == "dateline"


def test_a_date_line_with_a_section_in_sentence_case_and_a_view_counter():
    """published.section_counter: "6 June 2023 International activities 357" is the page's date line; the
    same words without the counter may be a related item's title and are not read."""
    from extractor.find.published import find_published

    head = "China Route: Results of the Rector's Visit to China\n"
    body = "\nFrom May 29 to June 3, a large delegation visited the People's Republic of China."
    found = find_published(head + "6 June 2023 International activities 357" + body)
    assert found is not None and found.value == "2023-06-06"
    assert find_published(head + "6 June 2023 Rector visited Harbin" + body) is None


def test_a_date_under_a_site_clock_label_is_not_the_publication_date():
    """published.reject.clock over the line before: "Current Date:" labels a site clock, so the date under it
    is not the page's (neither as a date line nor as a dateline with a weekday for a place)."""
    from extractor.find.published import find_published

    text = (
        "Current Date:\n\nMonday, 09 April 2018\n\nGomel State University to Cooperate with Universities of Sudan"
        "\n\n(BelTA) Gomel State University will cooperate with universities of Sudan."
    )
    assert find_published(text) is None
    assert find_published(text.replace("Current Date:\n\n", "Posted: ")) is not None  # a labelled post date


def test_an_agency_in_brackets_before_a_colon_is_no_party(extractor):
    """The dateline's "(ANI):" (one token "):" after the name) is a bracketed source, not a party."""
    text = (
        "Russia-India signs agreement on a research hub\n\nNew Delhi [India], April 18 (ANI): The Higher School "
        "of Economics and the University of Delhi signed an agreement on strategic cooperation."
    )
    (parties,) = _parties(extractor.extract(text))
    assert len(parties) == 2 and "University of Delhi" in parties


def test_a_name_after_between_holding_both_parties_is_split(extractor):
    """org.span.between_pair: "between Ural State University of Economics and Media Arab for Media Production
    and Marketing" reads as two names (the first a registered one); "between the Belarus Ministry of
    Agriculture and Food and Pakistan's Ministry of ..." splits before the second name's own head."""
    rec = extractor.extract(
        "A cooperation agreement between Ural State University of Economics and Media Arab for Media Production "
        "and Marketing was signed."
    )
    (parties,) = _parties(rec)
    assert len(parties) == 2 and "Ural State University of Economics" in parties
    rec = extractor.extract(
        "An MoU was signed between the Belarus Ministry of Agriculture and Food and Pakistans Ministry of "
        "National Food Security and Research."
    )
    orgs = [m.text for m in rec.mentions if m.label == "ORG"]
    assert orgs == [
        "Belarus Ministry of Agriculture and Food",
        "Pakistans Ministry of National Food Security and Research",
    ]


def test_a_field_after_and_keeps_the_name_whole(extractor):
    """Held back: "between the Ministry of Science and Higher Education and Tomsk Polytechnic University": the
    word after the first "and" opens a field, so the ministry keeps its name."""
    rec = extractor.extract(
        "An agreement was signed between the Ministry of Science and Higher Education and Tomsk Polytechnic "
        "University."
    )
    assert "Ministry of Science and Higher Education" in [m.text for m in rec.mentions if m.label == "ORG"]


def test_between_a_list_of_pairs_gives_one_document_per_pair(extractor):
    """agreement.parties.between_pairs: "between A and B, C and D, and E and F": three documents, each between
    the two names joined by "and"."""
    text = (
        "Memoranda of understanding were signed between Tomsk Polytechnic University and Tsinghua University, "
        "Kazan Federal University and Peking University, and Novosibirsk State University and Fudan University."
    )
    found = _parties(extractor.extract(text))
    assert set(found.values()) == {"agreement.parties.between_pairs"}
    assert frozenset({"Tsinghua University", "Tomsk Polytechnic University"}) in found
    assert len(found) == 3 and all(len(p) == 2 for p in found)


def test_coordinated_signers_of_plural_documents_sign_one_each(extractor):
    """agreement.parties.signers_distributive: "A, B and C signed the MoUs with X": one document per signer
    with X; a singular document signed by "A and B ... with X" is one document of all three."""
    found = _parties(
        extractor.extract(
            "Representatives of Tsinghua University, Peking University, and Fudan University signed the MoUs with "
            "Tomsk Polytechnic University."
        )
    )
    assert set(found.values()) == {"agreement.parties.signers_distributive"} and len(found) == 3
    assert frozenset({"Fudan University", "Tomsk Polytechnic University"}) in found
    (parties,) = _parties(
        extractor.extract(
            "Tsinghua University and Peking University signed a memorandum with Tomsk Polytechnic University."
        )
    )
    assert len(parties) == 3


def test_a_date_line_with_the_sources_web_address():
    """A date line may end with the source's web address ("Updated:2017-12-19 10:28:40   vientianetimes.org.la");
    lower-case prose after a date still makes it no date line."""
    from extractor.find.published import find_published

    head = "Home   >   CULTURE >   Content\n\nLaos, Yunnan universities to cooperate in education\n\n"
    body = "\n\nThe National University of Laos (NUoL) has signed an agreement with Kunming University."
    found = find_published(head + "Updated:2017-12-19 10:28:40   vientianetimes.org.la" + body)
    assert found is not None and found.value == "2017-12-19"
    assert find_published(head + "2017-12-19 the rector visited several partners" + body) is None


def test_a_title_in_brackets_after_an_organisation_is_held_there(extractor):
    """role.org.bracket_after_org: "Gymnasium № 38 (Director: Galina A. Parubova)" is no byline: the
    organisation before the bracket is the director's ("gymnasium" is a head noun)."""
    text = (
        "Representatives of the following institutions joined the signing: School-Gymnasium № 12 (Director – "
        "Zhazira A. Mukasheva) and Lev Gumilev Gymnasium № 38 (Director: Galina A. Parubova)."
    )
    roles = _roles(extractor.extract(text))
    assert (
        roles[("Galina A. Parubova", "director", "Lev Gumilev Gymnasium № 38")]
        == "role.org.bracket_after_org"
    )
    assert (
        roles[("Zhazira A. Mukasheva", "director", "School-Gymnasium № 12")] == "role.org.bracket_after_org"
    )


def test_a_byline_stays_a_byline(extractor):
    """Held back: "Author: Gao Ya" opening a line is a page's byline, with no organisation."""
    roles = _roles(
        extractor.extract("Tomsk Polytechnic University signs MoU\nAuthor: Gao Ya\nThe MoU was signed.")
    )
    assert roles.get(("Gao Ya", "other", None)) == "role.org.byline"


def test_a_title_after_name_and_the_is_another_persons(extractor):
    """role.tie.name_title never across an "and" right after the name: in "Sun Qingwei and the Rector of
    Andijan Institute signed" the rector is another, unnamed person; "X, first secretary of A and
    representative of B" keeps both titles for X."""
    rec = extractor.extract(
        "At the ceremony, Sun Qingwei and the Rector of Andijan State Institute of Foreign Languages signed the "
        "agreement."
    )
    assert not [k for k in _roles(rec) if k[0] == "Sun Qingwei" and k[1] == "rector"]
    rec = extractor.extract(
        "Pozdniakov Igor, first secretary of the Russian Embassy in China and representative of the Ministry of "
        "Education of Russia, attended."
    )
    assert {k[1] for k in _roles(rec) if k[0] == "Pozdniakov Igor"} == {"secretary", "other"}


def test_with_them_respectively_after_a_list_is_one_document_each(extractor):
    """agreement.parties.with_them_respectively: "It visited A, B and C, and signed the memorandum with them
    respectively": three documents, each between the release's own organisation and one of them."""
    text = (
        "Kunming University of Science and Technology sent a delegation abroad. It visited Angkor University, the "
        "Royal University of Phnom Penh and the Royal Academy of Cambodia, and signed the Memorandum of "
        "Cooperation with them respectively."
    )
    found = _parties(extractor.extract(text))
    assert set(found.values()) == {"agreement.parties.with_them_respectively"} and len(found) == 3
    assert all("Kunming University of Science and Technology" in p for p in found)


def test_a_second_apposition_with_the_is_the_same_persons(extractor):
    """role.tie.chained over ", the": "X, co-chairman from the Russian side, the rector of B" gives X both
    titles."""
    rec = extractor.extract(
        "The meeting was opened by Prof. P. Glybochko, co-chairman from the Russian side, the rector of First "
        "Moscow State Medical University."
    )
    assert _roles(rec).get(("P. Glybochko", "rector", "I.M. Sechenov First Moscow State Medical University"))


def test_a_plural_title_after_coordinated_names_is_each_ones(extractor):
    """A plural title in apposition after "A and B" ("A and B, Deputy Chairmen of X") is held by both; the
    plural of "chairman" is "chairmen"."""
    rec = extractor.extract(
        "The complex was represented by N.A. Sarsenbai and E.Zh. Imantayev, Deputy Chairmen of the Board of "
        "Directors of the ISCA."
    )
    roles = {(k[0], k[1]) for k in _roles(rec)}
    assert {("N.A. Sarsenbai", "deputy chair"), ("E.Zh. Imantayev", "deputy chair")} <= roles
