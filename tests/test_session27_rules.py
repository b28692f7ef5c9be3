"""Rules added or widened in the twenty-seventh session, each fired on a hand-written release and held back on
another."""

from __future__ import annotations

from .record_views import agreements as _agreements
from .record_views import orgs as _orgs
from .record_views import roles as _roles


def test_a_legal_suffix_ends_a_company_name(extractor):
    """patterns/legal_forms.jsonl and org_heads.jsonl: "Sdn Bhd", "GmbH", "PLC" and "LLP" end a company's
    name as "LLC" does, so the name is an organisation and a party ("between Sunview Sdn Bhd and ...")."""
    rec = extractor.extract(
        "Malaysia and Uzbekistan exchange six MoUs\n\n"
        "SAMARKAND: The second MoU is between Sunview Sdn Bhd and Yashil Energiya LLC for the installation of "
        "solar panels, while the third was signed by Siemens Energy GmbH and Tashkent State Technical "
        "University."
    )
    assert {"Sunview Sdn Bhd", "Siemens Energy GmbH"} <= set(_orgs(rec))
    assert ("memorandum", "signed", ["Sunview Sdn Bhd", "Yashil Energiya LLC"]) in _agreements(rec)


def test_a_capitalised_name_without_its_legal_suffix_is_no_company(extractor):
    """Held back: a lower-case "plc" after a name is no head noun of it (heads are read capitalised)."""
    rec = extractor.extract("The students visited a plc in Leeds and met Professor Anna Smith of Leeds.")
    assert not any("plc" in o for o in _orgs(rec))


def test_a_legal_form_before_a_party_is_stepped_over(extractor):
    """agreement.parties.between (facts/chain_steps._left_out): "between JSC NC KazMunayGas and CITIC Group":
    the legal form and short form before the name do not end the list (since the forty-sixth session the ORG
    span takes them in, ``org.span.legal_form_first``), so the agreement has its two parties and not the
    university named later in the sentence."""
    rec = extractor.extract(
        "The following documents were signed:\n"
        "  • Agreement between JSC NC KazMunayGas and CITIC Group on mutual understanding to promote the "
        "project with the participation of Al-Farabi Kazakh National University;"
    )
    parties = [p for _, _, p in _agreements(rec)]
    assert parties == [["CITIC Group", "JSC NC KazMunayGas"]]


def test_a_lower_case_word_before_a_party_still_ends_the_list(extractor):
    """Held back: only a legal form in capitals is stepped over; "between experts and Tsinghua University"
    reads no list from "experts"."""
    rec = extractor.extract(
        "Tsinghua University and Lomonosov Moscow State University signed an agreement on exchanges between "
        "experts and students."
    )
    assert [p for _, _, p in _agreements(rec)] == [
        ["Lomonosov Moscow State University", "Tsinghua University"]
    ]


def test_a_degree_or_a_discipline_is_no_organisation(extractor):
    """org.reject.field_of_study: a degree's name ("Doctor of Economics", "Candidate of Historical Sciences")
    and a discipline by its shape, adjective-like words and a field word ("Nuclear Energy", "Mechanical
    Engineering"), are no organisations the model may read them as."""
    rec = extractor.extract(
        "ZAMBIA and Russia have signed four Memoranda of understanding for the use of Nuclear Energy for "
        "peaceful purposes.\n\nDr. Honma (Associate Professor of Mechanical Engineering) visited the Mongolian "
        "University of Science and Technology. Ivan Petrov, Doctor of Economics, attended."
    )
    found = set(_orgs(rec))
    assert not found & {"Nuclear Energy", "Mechanical Engineering", "Doctor of Economics"}
    assert "Mongolian University of Science and Technology" in found


def test_a_named_works_or_a_place_is_no_discipline(extractor):
    """Held back: a place word or a name before the field word makes an organisation's name ("Minsk Tractor
    Works", "Sinochem Agriculture")."""
    rec = extractor.extract(
        "Belarusian State University signed an agreement with Minsk Tractor Works on Tuesday, and Sinochem "
        "Agriculture signed a contract with Tsinghua University."
    )
    assert {"Minsk Tractor Works", "Sinochem Agriculture"} <= set(_orgs(rec))


def test_a_title_joined_to_a_name_first_item_stays_with_its_name(extractor):
    """role.tie.joined_item (find/tie_items.py): in a name-first list, "former party secretary and delegation
    head of X" are both the first name's titles, since the next name has a title of its own after a comma."""
    rec = extractor.extract(
        "The meeting was attended by Dai Jianbing, former party secretary and delegation head of Hebei Normal "
        "University, Zhang Xuewen, head of the Business Faculty, and Guo Xiaoli, head of the Faculty of Foreign "
        "Studies."
    )
    found = _roles(rec)
    assert ("Dai Jianbing", "head", "Hebei Normal University") in found
    assert ("Zhang Xuewen", "head", "Hebei Normal University") not in found
    rec = extractor.extract(  # a capitalised modifier before the first title: "Union Vice Chairman"
        "They included Marek Tukiendorf, Union Vice Chairman and President of Opole University of Technology, "
        "Tadeusz Więckowski, Honorary Union Chair, and Tomasz Łodygowski, Union Vice Chairman."
    )
    assert ("Marek Tukiendorf", "president", "Opole University of Technology") in _roles(rec)


def test_a_title_before_a_name_without_its_own_title_goes_to_that_name(extractor):
    """Held back: when the next name has no title after it, "Vice President of X, Professor B" is B's
    (role.tie.title_org_name)."""
    rec = extractor.extract(
        "The meeting was attended by Dai Jianbing, Dean of the Law School and Vice President of Hebei Normal "
        "University, Professor Zhang Xuewen and Guo Xiaoli."
    )
    assert ("Zhang Xuewen", "vice-president", "Hebei Normal University") in _roles(rec)


_MONGOLIAN = (
    "Mongolian University visit\n\nOn 15th December, the delegation of the Mongolian National University of "
    "Agriculture visited Tokyo. {second}"
)


def test_one_party_from_the_sentence_before_needs_a_signing(extractor):
    """agreement.reject.one_unsigned_guess: "Following the mutual agreement, exchange ... has become very
    active" reports no signing; the one organisation of the sentence before makes no document of it."""
    rec = extractor.extract(
        _MONGOLIAN.format(
            second="Following the mutual agreement, exchange in research and student programmes between the "
            "universities has become very active."
        )
    )
    assert _agreements(rec) == []


def test_one_party_from_the_sentence_before_signs_a_reported_signing(extractor):
    """Held back: "Following the talks, a cooperation agreement was signed" reports the signing: the
    organisation of the sentence before is its one named party."""
    rec = extractor.extract(
        _MONGOLIAN.format(second="Following the talks, a cooperation agreement was signed.")
    )
    assert _agreements(rec) == [("agreement", "signed", ["Mongolian National University of Agriculture"])]


def test_a_partner_alone_with_no_one_signing_with_it_is_no_document(extractor):
    """agreement.reject.one_unsigned_guess: "they declared their readiness to begin collaboration with UMZ by
    signing a memorandum": the partner after "with" is named, the side that signs with it is not (a delegation
    named by its organisation would be: ``agreement.parties.with_partners+visiting_delegation``)."""
    rec = extractor.extract(
        "A Kazakh delegation in Iran\n\nOn Wednesday, they met the president of UMZ, Dr Mirnia, and "
        "declared their readiness to begin mutual collaboration with UMZ by signing a memorandum of "
        "understanding."
    )
    assert _agreements(rec) == []


_UESTC = (
    "UESTC delegation visits Ghana and Togo\n\nFrom July 10 to 15, a delegation of the University of Electronic "
    "Science and Technology of China (UESTC) led by President Wang Jinsong visited Ghana and Togo. It's worth "
    "mentioning here is that {title} Prof. Mills specially appointed the Director of the Government General "
    "Office, Prof. Hon. Alex Segbefia, to meet with the delegation."
)


def test_a_country_inside_the_title_holds_it_at_no_organisation(extractor):
    """role.org.of_country over a title that holds its country ("President of Ghana Prof. Mills"): no
    organisation, not the release's university."""
    rec = extractor.extract(_UESTC.format(title="President of Ghana"))
    assert ("Mills", "president", None) in _roles(rec)


def test_a_title_of_a_field_is_no_country(extractor):
    """Held back: "Director of Research Prof. Mills" names no country: the release's organisation."""
    rec = extractor.extract(_UESTC.format(title="Director of Research"))
    roles = _roles(rec)
    assert ("Mills", "director", "University of Electronic Science and Technology of China") in roles
