"""Rules added or widened in the twenty-sixth session, each fired on a hand-written release and held back on
another."""

from __future__ import annotations

from .record_views import agreements as _agreements
from .record_views import roles as _roles
from .record_views import signatories as _signatories

_QUILMES = (
    "Chinese and Argentine universities deepen ties\n\n"
    "BEIJING, Oct. 27 (Xinhua) -- The National University of Quilmes and Hebei University held talks on "
    "Thursday.\n\n"
    "Officials said that Hebei Province and Buenos Aires, where the National University of Quilmes lies, have "
    "enjoyed friendship city relations over 31 years. On March 7, 2023, the two {verb} a memorandum of "
    "cooperation with the support of both governments."
)


def test_the_two_that_signed_are_both_sides(extractor):
    """agreement.parties.both_sides over "the two signed": the sentence names one party (through the one
    before it), "the two" make it a pair, the other being the organisation the release names most."""
    rec = extractor.extract(_QUILMES.format(verb="signed"))
    pair = ["Hebei University", "National University of Quilmes"]
    assert ("memorandum", "signed", pair) in _agreements(rec)


def test_the_two_that_discussed_are_no_pair(extractor):
    """No signing verb after "the two" ("the two discussed a memorandum"): no second party is guessed."""
    rec = extractor.extract(_QUILMES.format(verb="discussed"))
    assert all(len(parties) < 2 for _, _, parties in _agreements(rec))


def test_a_generic_office_is_no_short_form_of_a_longer_office(extractor):
    """org.key.generic_office_apart: "the International Department" of the guests is another unit than
    "the International Cooperation Department" of the hosts: two keys, each head in their own."""
    rec = extractor.extract(
        "On May 17, 2017 a delegation from Zhejiang Yuexiu University of Foreign Languages arrived at Abai "
        "Kazakh National Pedagogical University. Members of the delegation: Head of the International "
        "Department Wang Jing.\n\n"
        "The meeting was attended by head of the International Cooperation Department N.A. Abueva."
    )
    roles = _roles(rec)
    assert ("Wang Jing", "head", "International Department") in roles
    assert ("N.A. Abueva", "head", "International Cooperation Department") in roles


def test_an_office_named_with_a_place_still_shortens(extractor):
    """org.key.generic_office_apart holds back for a short form with a word of its own: "the Beijing Office"
    is "the Beijing Liaison Office"."""
    rec = extractor.extract(
        "The Beijing Liaison Office hosted the guests. The Beijing Office prepared the programme of the visit."
    )
    assert {m.norm for m in rec.mentions if m.label == "ORG"} == {"Beijing Liaison Office"}


def test_hosts_who_received_them_are_the_visited_ones(extractor):
    """role.org.host_of_guests over "received them": the pronoun stands for the delegation that visited."""
    rec = extractor.extract(
        "On November 26, a delegation of Tashkent State Pedagogical University, led by Rector Abdugafar "
        "Kyrgyzboyev, visited Shanghai Urban Construction Vocational College. President Zhang Zhengrong and "
        "Vice President Guo Hongtao warmly received them."
    )
    roles = _roles(rec)
    assert ("Zhang Zhengrong", "president", "Shanghai Urban Construction Vocational College") in roles
    assert ("Abdugafar Kyrgyzboyev", "rector", "Tashkent State Pedagogical University") in roles


def test_a_visited_campus_is_its_institutions(extractor):
    """role.org.host_of_guests: "visited Fengxian Campus of X": X is the visited organisation."""
    rec = extractor.extract(
        "On November 26, a delegation of Tashkent State Pedagogical University visited Fengxian Campus of "
        "Shanghai Urban Construction Vocational College. President Zhang Zhengrong met the guests."
    )
    assert ("Zhang Zhengrong", "president", "Shanghai Urban Construction Vocational College") in _roles(rec)


def test_hosts_that_received_them_with_no_visit_keep_their_own(extractor):
    """No organisation is said to be visited: "received them" gives no host; the title stays the release's."""
    rec = extractor.extract(
        "Shanghai Urban Construction Vocational College hosted a forum on vocational education. Tashkent State "
        "Pedagogical University sent three speakers. President Zhang Zhengrong warmly received them."
    )
    assert ("Zhang Zhengrong", "president", "Shanghai Urban Construction Vocational College") in _roles(rec)


def test_the_two_who_met_signed_for_their_sides(extractor):
    """agreement.signatories.met_then_signed: "A, President of X, met with Rector B from Y and the two parties
    signed an agreement": A and B signed it."""
    rec = extractor.extract(
        "On April 18, Han Jiecai, President of Harbin Institute of Technology, met with Rector Victor "
        "Koksharov from Ural Federal University and the two parties signed an institutional cooperation "
        "agreement."
    )
    assert _signatories(rec) == [["Han Jiecai", "Victor Koksharov"]]


def test_the_two_who_met_and_others_who_signed(extractor):
    """No "the two parties" as the signing verb's subject: the people who met are no signatories."""
    rec = extractor.extract(
        "On April 18, Han Jiecai, President of Harbin Institute of Technology, met with Rector Victor "
        "Koksharov from Ural Federal University, and Harbin Institute of Technology and Ural Federal "
        "University signed an institutional cooperation agreement."
    )
    assert _signatories(rec) == [[]]


def test_a_participle_of_signing_shares_the_clauses_subject(extractor):
    """agreement.signatories.shared_subject over a participle: "A and B attended exchange activities, signing
    a cooperation agreement"."""
    rec = extractor.extract(
        "At ITMO University, President SONG Yingdong of Harbin Engineering University and university President "
        "Mr. Vasilyev attended exchange activities, signing a cooperation agreement."
    )
    assert _signatories(rec) == [["SONG Yingdong", "Vasilyev"]]


def test_those_who_signed_the_agreements_signed_each(extractor):
    """agreement.merge.signed_them_all: "IMNU signed cooperation agreements with A and B. IMNU's President X
    and vice president Y signed on the agreements": X and Y sign both documents."""
    rec = extractor.extract(
        "Inner Mongolia Normal University (IMNU) signed cooperation agreements with two foreign universities at "
        "the ceremony, namely the Mongolian State University of Education and the Tajik State Pedagogical "
        "University.\n\n"
        "IMNU's President Yun Guohong and vice president Zhang Haifeng signed on the agreements."
    )
    assert _signatories(rec) == [["Yun Guohong", "Zhang Haifeng"]] * 2


def test_those_who_signed_the_agreements_with_a_new_party_sign_no_earlier_one(extractor):
    """agreement.merge.signed_them_all holds back when the sentence names a party the documents before do not
    have: those agreements are other ones, and the first document reported takes none of its signers."""
    rec = extractor.extract(
        "Inner Mongolia Normal University (IMNU) signed cooperation agreements with two foreign universities at "
        "the ceremony, namely the Mongolian State University of Education and the Tajik State Pedagogical "
        "University.\n\n"
        "Rector Ivan Petrov of Tomsk State University and IMNU's President Yun Guohong signed the agreements "
        "on joint programmes."
    )
    assert _signatories(rec)[0] == []


def test_a_surname_alone_after_the_full_name_is_that_person(extractor):
    """person.name_part: "ECNU President Tong Shijun ... Tong gave a speech": the lone word the model reads as
    a name is the person the document named in full (kept, with the full name's key)."""
    rec = extractor.extract(
        "ECNU President Tong Shijun led a delegation to Minsk in May.\n\n"
        "Tong gave a speech about the progress made thus far between the two countries."
    )
    assert ("Tong", "Tong Shijun") in [(m.text, m.norm) for m in rec.mentions if m.label == "PERSON"]


def test_a_lone_word_with_no_full_name_stays_rejected(extractor):
    """person.name_part holds back when no name of the document begins or ends with the word."""
    rec = extractor.extract("Tong gave a speech about the progress made thus far between the two countries.")
    assert not [m for m in rec.mentions if m.label == "PERSON"]


def test_the_heads_of_both_parties_are_a_group(extractor):
    """role.reject.counted_group over "both parties": "A and B, the heads of both parties, signed" gives
    neither a title of "head"."""
    rec = extractor.extract(
        "At the end of the talks, Li Zhihong and Tusana Sirichote, the heads of both parties, signed a "
        "cooperation agreement."
    )
    assert not any(role == "head" for _, role, _ in _roles(rec))


_CATARC = (
    "China Automotive Technology and Research Center signed a Memorandum of Understanding (MoU) with the "
    "Republican Center for Testing and Certification (RCTC) on 21 May 2018.\n\n"
    "{closing}"
)


def test_a_plan_after_the_signing_of_the_document_is_anothers(extractor):
    """agreement.status.signing_ceremony: "Following the signing of the "Memorandum of Understanding", joint
    action plans were discussed": the plan discussed after the mention does not make the memorandum planned."""
    closing = (
        'Following the signing of the "Memorandum of Understanding", joint cooperation activities and joint '
        "action plans were discussed."
    )
    rec = extractor.extract(_CATARC.format(closing=closing))
    assert {status for _, status, _ in _agreements(rec)} == {"signed"}


def test_a_plan_before_the_signing_of_the_document_is_its_own(extractor):
    """A planning cue before the mention still makes it planned: "Preparations for the signing of the
    memorandum on joint research were discussed"."""
    rec = extractor.extract(
        "Minsk State Linguistic University and Tianjin Foreign Studies University discussed preparations for "
        "the signing of the memorandum on joint research."
    )
    assert [status for _, status, _ in _agreements(rec)] == ["planned"]


def test_a_rank_word_before_another_title_gives_that_titles_category(extractor):
    """role.category.rank_adjective: "Principal Manager of Global Partnerships" is a manager (other), not a
    principal (rector); "Chief Expert" an expert."""
    rec = extractor.extract(
        "Anna Lee, Principal Manager of Global Partnerships at Monterrey Institute of Technology, and Wang Bo, "
        "Chief Expert of Jinan University, attended the meeting."
    )
    assert {(p, r) for p, r, _ in _roles(rec)} == {("Anna Lee", "other"), ("Wang Bo", "other")}


def test_a_rank_word_alone_keeps_its_category(extractor):
    """role.category.rank_adjective holds back for a rank title with no title after it ("the Principal of
    the College")."""
    rec = extractor.extract("Liu Min, the Principal of Jinan Vocational College, attended the meeting.")
    assert {(p, r) for p, r, _ in _roles(rec)} == {("Liu Min", "rector")}


def test_a_country_describing_a_university_is_no_state(extractor):
    """role.org.of_country holds back over "the Rector of the Uzbek partner University X": the place word
    describes a university (named in full later), so the title is no state's office."""
    rec = extractor.extract(
        "The Rector of the Uzbek partner University Bayrambay Otemuratov visited Kuban State University\n\n"
        "On June 17 2021, Kuban State University was visited by the Rector of Nukus State Pedagogical "
        "University (NSPU, Nukus, Uzbekistan), Prof. Bayrambai Perdebayevich Otemuratov."
    )
    rectors = {org for _, role, org in _roles(rec) if role == "rector"}
    assert rectors == {"Nukus State Pedagogical University"}


def test_the_president_of_a_country_stays_a_states(extractor):
    """role.org.of_country still reads "D. Mandax, president of Mongolia" as a state's office."""
    rec = extractor.extract(
        "Yun Guohong, president of Inner Mongolia Normal University, and D. Mandax, president of Mongolia, "
        "attended the ceremony."
    )
    assert ("D. Mandax", "president", None) in _roles(rec)


def test_a_partner_university_names_no_title(extractor):
    """``patterns/roles.jsonl`` holds "managing partner", not a bare "partner": "the Uzbek partner University
    X" gives X no title of "partner"."""
    rec = extractor.extract(
        "The Rector of the Uzbek partner University Bayrambay Otemuratov visited Kuban State University."
    )
    assert "partner" not in [m.text for m in rec.mentions if m.label == "ROLE"]


def test_a_managing_partner_is_a_title(extractor):
    """A firm's "managing partner" stays a title (category other)."""
    rec = extractor.extract("Igor Ryabenkiy, managing partner of AltaIR Capital, signed the agreement.")
    assert ("Igor Ryabenkiy", "other", "AltaIR Capital") in _roles(rec)


def test_an_acronym_read_as_an_organisation_is_one_wherever_it_stands(extractor):
    """org.acronym_repeat: "UTAR signed an agreement ... it feels good to be here at UTAR": the acronym the
    document already reads as an organisation is that organisation at its other bare uses too."""
    rec = extractor.extract(
        "UTAR signed an agreement with Heze University. The rector said it feels good to be here at UTAR."
    )
    assert [m.text for m in rec.mentions if m.label == "ORG"].count("UTAR") == 2


def test_an_acronym_opening_a_longer_name_is_not_repeated(extractor):
    """org.acronym_repeat holds back when a capitalised word follows ("the UTAR Sports Complex")."""
    rec = extractor.extract(
        "UTAR signed an agreement with Heze University. The guests toured the UTAR Sports Complex afterwards."
    )
    assert [m.text for m in rec.mentions if m.label == "ORG"].count("UTAR") == 1
