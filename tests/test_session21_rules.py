"""Rules added in the twenty-first session, each fired on a hand-written release and held back on another."""

from __future__ import annotations

import pytest

from extractor.facts.home import BOTH_SIDES
from extractor.lang.lexicons import document_kinds, head_plural

from .record_views import agreements as _agreements
from .record_views import orgs as _orgs
from .record_views import roles as _roles
from .record_views import signatories as _signers
from .record_views import texts as _texts


def test_a_word_before_a_title_and_a_name_is_the_titles_organisation(extractor):
    """org.keep.title_owner: a one-capital word right before "director" and a name is the director's
    organisation, and it signs the contract its director signed."""
    rec = extractor.extract(
        "The contract was signed in Almaty by Kaspi director Mikhail Lomtadze and Nurlan Zhakupov."
    )
    assert "Kaspi" in _orgs(rec)
    assert ("Mikhail Lomtadze", "director", "Kaspi") in _roles(rec)
    assert _agreements(rec) == [("contract", "signed", ["Kaspi"])]


def test_a_place_or_a_title_word_before_a_title_is_no_organisation(extractor):
    """org.keep.title_owner holds back for a city before "Mayor" and for the first word of a two-word title
    ("Party Secretary"): no organisation is made of either."""
    rec = extractor.extract(
        "The memorandum was signed in Tashkent by Moscow Mayor Sergey Sobyanin and Party Secretary Wang Lei."
    )
    assert "Moscow" not in _orgs(rec)
    assert "Party" not in _orgs(rec)
    assert ("Sergey Sobyanin", "mayor", None) in _roles(rec)


def test_one_party_named_in_its_own_sentence_is_a_fact_under_a_signing_headline(extractor):
    """+headline adds its suffix only when the headline adds a party: a headline that tells of a signing
    without naming anyone leaves the sentence's one named party a party of its own, not a failed guess."""
    rec = extractor.extract(
        "Kazakh bank and writers union sign memorandum on literature\n\n"
        "The memorandum was signed in Almaty by Kaspi director Mikhail Lomtadze and Almaty Mayor Yerbolat "
        "Dossayev."
    )
    assert _agreements(rec) == [("memorandum", "signed", ["Kaspi"])]


def test_a_headline_that_names_the_other_party_still_completes_the_sentence(extractor):
    """+headline: the headline's organisation completes a sentence that names one party."""
    rec = extractor.extract(
        "Tomsk State University signs memorandum with Kaspi\n\n"
        "The memorandum was signed in Almaty by Kaspi director Mikhail Lomtadze."
    )
    assert _agreements(rec) == [("memorandum", "signed", ["Kaspi", "Tomsk State University"])]


@pytest.mark.parametrize("verb", ["inked", "sealed", "signed"])
def test_every_signed_form_names_its_signers_after_by(extractor, verb):
    """agreement.signatories: "inked by X and Y" reads its signers as "signed by X and Y" does (the forms
    of ``patterns/signing_verbs.jsonl``, category signed)."""
    rec = extractor.extract(
        f"The memorandum was {verb} by Kaspi director Mikhail Lomtadze and the union's director Nurlan "
        "Zhakupov in Almaty."
    )
    assert _signers(rec) == [["Mikhail Lomtadze", "Nurlan Zhakupov"]]


def test_a_host_after_a_signing_is_no_signer(extractor):
    """The reading of signers after "by" still stops at "hosted": the rector who hosted the ceremony signed
    nothing."""
    rec = extractor.extract(
        "Tomsk State University and Kaspi signed a memorandum at a ceremony hosted by Rector Eduard Galazhinsky."
    )
    assert _signers(rec) == [[]]


@pytest.mark.parametrize(
    ("phrase", "plural"),
    [
        ("letter of intent", "letters of intent"),
        ("memorandum of understanding", "memorandums of understanding"),
        ("joint declaration", "joint declarations"),
        ("treaty", "treaties"),
        ("mou", "mous"),
    ],
)
def test_a_documents_plural_is_made_at_its_head_noun(phrase, plural):
    """lexicons.head_plural: the word before "of", else the last word, takes the plural."""
    assert head_plural(phrase) == plural
    assert document_kinds()[plural] == document_kinds()[phrase]


def test_plural_documents_come_from_the_singular_entries(extractor):
    """patterns/agreements.jsonl lists singulars only: "letters of intent ... were signed with A and B" is a
    document word (kind letter of intent) and one letter per partner."""
    rec = extractor.extract(
        "China Pharmaceutical University delegation visits Tashkent\n\n"
        "Additionally, letters of intent for cooperation were signed with Tashkent Pharmaceutical Institute and "
        "the Institute of Pharmaceutical Education and Research."
    )
    assert [(m.text, m.norm) for m in rec.mentions if m.label == "AGREEMENT"] == [
        ("letters of intent", "letter of intent")
    ]
    assert [p for kind, _, p in _agreements(rec) if kind == "letter of intent"] == [
        ["China Pharmaceutical University", "Tashkent Pharmaceutical Institute"],
        ["China Pharmaceutical University", "Institute of Pharmaceutical Education and Research"],
    ]


def test_deals_as_a_verb_is_no_document(extractor):
    """The entry "deal" allows no plural ("plural": false): "The centre deals with ..." names no document."""
    rec = extractor.extract("The new centre deals with nuclear education at Tomsk Polytechnic University.")
    assert not [m for m in rec.mentions if m.label == "AGREEMENT"]


def test_the_two_sides_sign_a_counted_plural(extractor):
    """agreement.parties.both_sides for a plural one signing made: "The two sides signed two memoranda" after
    a sentence naming the host and its guests is one signing by that pair."""
    rec = extractor.extract(
        "Tomsk State University welcomed a delegation from Qingdao University. The two sides signed two "
        "memoranda of understanding."
    )
    assert _agreements(rec) == [("memorandum", "signed", ["Qingdao University", "Tomsk State University"])]


@pytest.mark.parametrize(
    ("sentence", "sides"),
    [
        ("Representatives from the organisations signed a Memorandum of Understanding.", True),
        ("Both institutions signed the agreement.", True),
        ("The institutions of higher education in Kazakhstan will receive the textbooks.", False),
        ("The organizations of the region took part.", False),
    ],
)
def test_the_organisations_are_both_sides(sentence, sides):
    """BOTH_SIDES reads "the organisations" and "both institutions" as the two sides of a signing, never
    "the institutions of ..." (a generic phrase)."""
    assert (BOTH_SIDES.search(sentence) is not None) is sides


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("President Shin-ichi Nakamura of Kanazawa University attended the ceremony.", "Shin-ichi Nakamura"),
        ("Rector Ken-ichi Sato signed the agreement with Tomsk State University.", "Ken-ichi Sato"),
        ("President Moon Jae-in visited Tashkent in April.", "Moon Jae-in"),
    ],
)
def test_a_lower_case_syllable_after_a_hyphen_stays_in_the_name(extractor, text, name):
    """person.keep.hyphen_syllable: Japanese and Korean given names glued by a hyphen keep their lower-case
    second syllable, whoever proposed the name (the model or a title before it)."""
    rec = extractor.extract(text)
    assert name in _texts(rec, "PERSON")


def test_a_spaced_dash_after_a_name_is_no_syllable(extractor):
    """person.keep.hyphen_syllable holds back when the dash has spaces: "Wu Guangyu - head of ..." ends the
    name before the dash."""
    rec = extractor.extract(
        "The talks were led by Rector Wu Guangyu - head of the delegation of Harbin University."
    )
    assert "Wu Guangyu" in _texts(rec, "PERSON")


def test_a_model_organisation_opening_with_the_titled_name_starts_after_of(extractor):
    """org.span.leading_name: the model's "Nakamura of Kanazawa University" after "Rector Shin-ichi" is the
    rector's surname and his university: the name is whole and the role is held at the university."""
    rec = extractor.extract("Rector Shin-ichi Nakamura of Kanazawa University spoke at the forum in Tomsk.")
    assert "Kanazawa University" in _orgs(rec)
    assert ("Shin-ichi Nakamura", "rector", "Kanazawa University") in _roles(rec)


def test_a_signatorys_organisation_completes_the_party_list_when_the_mention_is_read(extractor):
    """agreement.parties.signatory_affiliation at the mention: "signed the MOU with B" by the rector of A
    makes a document of A and B at once, so the later "the MOU between A and B" is that document (one fact,
    dated), not a second."""
    rec = extractor.extract(
        "The Vice-Chancellor of the University of Nairobi, Prof. Stephen Kiama, visited our university on "
        "September 27. Rector Lenar Safin, Vice-Rector Dmitry Tayursky and Vice-Rector Riyaz Minzaripov met "
        "with the delegation, and signed the MOU with the University of Nairobi.\n\n"
        "After extending warm welcome to the delegation on behalf of Kazan Federal University, Safin gave a brief "
        "introduction to the university. Rector Lenar Safin of Kazan Federal University hoped to cooperate with "
        "the universities of Kenya.\n\n"
        "He believed that the MOU between Kazan Federal University and the University of Nairobi will surely "
        "promote the academic research of the two universities."
    )
    assert _agreements(rec) == [
        ("memorandum", "signed", ["Kazan Federal University", "University of Nairobi"])
    ]
    assert [f.date for f in rec.facts if f.type == "agreement"] == ["XXXX-09-27"]


def test_signers_named_later_join_the_document_of_their_organisations(extractor):
    """agreement.fact.signed_by_later: "X, chief of A, and Y, chairman of B, signed the MoU" after "A and B
    signed a memorandum" names the signers of that document, it makes no second one."""
    rec = extractor.extract(
        "Top science centres sign MoU\n\n"
        "TOMSK - Tomsk State University (TSU) and the Harbin Institute of Technology (HIT) signed a memorandum of "
        "understanding on joint research for 10 years.\n\n"
        "The MoU was signed in Moscow on the last day of the Chinese Vice Minister of Education Wu Yan's 4-day "
        "stay in Russia.\n\n"
        "TSU chief, Eduard Galazhinsky and chairman of the board of the HIT, Han Jiecai, signed the MoU."
    )
    assert _agreements(rec) == [
        ("memorandum", "signed", ["Harbin Institute of Technology", "Tomsk State University"])
    ]
    assert _signers(rec) == [["Eduard Galazhinsky", "Han Jiecai"]]


def test_n_a_is_named_after_inside_a_universitys_name(extractor):
    """ "n.a." before an honoree is "named after": the honoree stays inside the university's name and signs
    nothing."""
    rec = extractor.extract(
        "Nizhny Novgorod State Technical University n.a. R.E. Alekseev and Sichuan University signed the joint "
        "Memorandum."
    )
    assert "Nizhny Novgorod State Technical University n.a. R.E. Alekseev" in _orgs(rec)
    assert _signers(rec) == [[]]


def test_the_first_to_sign_has_signed(extractor):
    """agreement.status.first_to_sign: "became the first university to sign a memorandum" reports a signing,
    so the later "the memorandum was signed by ..." dates and signs that one document."""
    rec = extractor.extract(
        "Tomsk Polytechnic University became the first Russian university to sign a memorandum of "
        "understanding with the Nigeria Atomic Energy Commission. The memorandum was signed on September 27, "
        "2016 by Vera Verkhoturova and Simon Mallam."
    )
    assert _agreements(rec) == [
        ("memorandum", "signed", ["Nigeria Atomic Energy Commission", "Tomsk Polytechnic University"])
    ]


def test_the_first_to_sign_in_the_future_is_planned(extractor):
    """agreement.status.first_to_sign holds back for a record still to come ("will become the first ... to
    sign")."""
    rec = extractor.extract(
        "Tomsk Polytechnic University will become the first Russian university to sign a memorandum of "
        "understanding with the Nigeria Atomic Energy Commission."
    )
    assert [status for _, status, _ in _agreements(rec)] == ["planned"]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("The delegation included Vice-Chancellor Dr. Md. Yunus Mia.", ("Md. Yunus Mia", "rector", None)),
        (
            "Universiti Teknologi MARA was represented by Rector Mohd. Ilham Adenan.",
            ("Mohd. Ilham Adenan", "rector", "Universiti Teknologi MARA"),
        ),
    ],
)
def test_an_abbreviated_given_name_opens_the_name(extractor, text, fact):
    """person.keep.abbreviated_given: "Md." / "Mohd." before a name word is the name's first word, so the
    title reaches the person."""
    assert fact in _roles(extractor.extract(text))


def test_an_honorific_of_the_same_shape_is_no_given_name(extractor):
    """person.keep.abbreviated_given holds back for honorifics: "Dr. Ivan Petrov" is the name "Ivan Petrov"."""
    rec = extractor.extract("Rector Dr. Ivan Petrov of Tomsk State University signed the agreement.")
    assert "Ivan Petrov" in _texts(rec, "PERSON")


def test_an_engineers_title_is_an_honorific(extractor):
    """patterns/honorifics.jsonl "Ir." / "Ir": the engineer's title between "Prof" and "Dr" is no name."""
    rec = extractor.extract(
        "Signing on behalf of Universiti Tunku Abdul Rahman was its Vice President Prof Ir Dr Ewe Hong Tat."
    )
    assert ("Ewe Hong Tat", "vice-president", "Universiti Tunku Abdul Rahman") in _roles(rec)


def test_a_dash_glued_to_a_year_is_its_own_token(extractor):
    """The tokenizer splits a dash glued to a four-digit year ("14 March 2017- CABI ..."): the date's span
    ends with the year, and a year range keeps its three tokens."""
    rec = extractor.extract("14 March 2017- CABI and Egerton University signed a memorandum for 2017-2018.")
    assert ("14 March 2017", "2017-03-14") in [(m.text, m.norm) for m in rec.mentions if m.label == "DATE"]


def test_two_titles_sharing_a_word_are_one_title(extractor):
    """role.span.overlapping_cues: "Deputy Secretary" and "Secretary General" share "Secretary": the title is
    "Deputy Secretary General" and "General" is no person."""
    rec = extractor.extract(
        "The ceremony was attended by the Deputy Secretary General of China Education Association for "
        "International Exchange Mr. An Yan."
    )
    assert "General" not in _texts(rec, "PERSON")
    assert ("An Yan", "other", "China Education Association for International Exchange") in _roles(rec)
    assert _texts(rec, "ROLE") == ["Deputy Secretary General"]


def test_a_title_inside_a_longer_title_is_no_second_title(extractor):
    """role.span.overlapping_cues joins only titles that overlap in part: "Vice-Rector for International
    Affairs" stays one title (a title within a title is the longest one)."""
    rec = extractor.extract(
        "Vice-Rector for International Affairs Ivan Petrov of Tomsk State University spoke."
    )
    assert _texts(rec, "ROLE") == ["Vice-Rector for International Affairs"]


def test_a_country_after_a_title_is_no_name(extractor):
    """person.reject.place_name: "the Chinese Ambassador Lebanon signed" (a dropped "to") reads no person
    "Lebanon": the ambassador is the honorific's name before it."""
    rec = extractor.extract(
        "Her Excellency Mrs. Liu Xianghua the Chinese Ambassador Lebanon signed the agreement with Saint Joseph "
        "University."
    )
    assert "Lebanon" not in _texts(rec, "PERSON")
    assert ("Liu Xianghua", "ambassador", None) in _roles(rec)


def test_a_subdivision_named_like_a_person_stays_a_name(extractor):
    """person.reject.place_name reads country names only: "Rector Paul" is a person although ISO 3166 names
    a subdivision "Paul"."""
    rec = extractor.extract("The agreement was signed by Rector Paul Wainaina of Kenyatta University.")
    assert "Paul Wainaina" in _texts(rec, "PERSON")


def test_a_contract_basis_is_no_document(extractor):
    """agreement.reject.basis: "enrolled on a contract basis" names no document and makes no contract
    between the universities named around it."""
    rec = extractor.extract(
        "Kazan Federal University signed a memorandum with Imam Khomeini International University. 45 of 54 "
        "students are enrolled on a contract basis."
    )
    assert _texts(rec, "AGREEMENT") == ["memorandum"]
    assert [kind for kind, _, _ in _agreements(rec)] == ["memorandum"]
