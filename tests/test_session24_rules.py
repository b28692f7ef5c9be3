"""Rules added or widened in the twenty-fourth session, each fired on a hand-written release and held back on
another."""

from __future__ import annotations

from .record_views import agreements as _agreements
from .record_views import orgs as _orgs
from .record_views import roles as _roles
from .record_views import signatories as _signers


def test_a_sentence_opened_by_representing_speaks_for_that_body(extractor):
    """role.org.sentence_intro reads an opening "Representing X," as it reads "From X,": "Representing X, were
    Vice President A and Director B": both hold their titles at X, not at the release's own organisation named
    first; org.span.leading_verb keeps "Representing" out of the name."""
    rec = extractor.extract(
        "Politeknik Brunei signed a memorandum of understanding with a Chinese college.\n\n"
        "Representing Lanzhou Petrochemical University of Vocational Technology (LPUVT), China, were Vice "
        "President Liu Xingqin and Director Liu Yafang."
    )
    college = "Lanzhou Petrochemical University of Vocational Technology"
    assert college in _orgs(rec)
    assert {("Liu Xingqin", "vice-president", college), ("Liu Yafang", "director", college)} <= _roles(rec)


def test_a_sentence_opened_by_from_and_a_comma_speaks_for_that_body(extractor):
    """role.org.sentence_intro: "From Kazan Federal University, Vice-Rector A and Dean B took part in the talks
    at Tomsk State University": the opening organisation, not the host named later in the sentence."""
    rec = extractor.extract(
        "Tomsk State University hosted the meeting.\n\nFrom Kazan Federal University, Vice-Rector for Research "
        "Dmitry Tayursky and Dean Ivan Petrov took part in the talks held at Tomsk State University."
    )
    assert ("Dmitry Tayursky", "vice-rector", "Kazan Federal University") in _roles(rec)


def test_from_without_a_comma_frames_no_sentence(extractor):
    """role.org.sentence_intro gives way to the organisation written beside the title ("From X the delegation
    led by Rector A of Y went on to ..."): A is Y's rector."""
    rec = extractor.extract(
        "From Kazan Federal University the delegation led by Rector Eduard Galeev of Tomsk State University "
        "went on to Moscow."
    )
    assert ("Eduard Galeev", "rector", "Tomsk State University") in _roles(rec)


def test_a_gerund_modifying_a_name_stays_in_it(extractor):
    """org.span.leading_verb holds back for a gerund that modifies the head: "Standing Committee of the
    National People's Congress" keeps its first word."""
    rec = extractor.extract(
        "The Standing Committee of the National People's Congress met in Beijing on Monday."
    )
    assert any(o.startswith("Standing Committee") for o in _orgs(rec))


def test_a_countrys_possessive_after_of_names_the_university(extractor):
    """role.org.of_country holds back for "rector of Turkey's Kastamonu University": the country owns the
    university named after it, so the rector is the university's."""
    rec = extractor.extract(
        "On Wednesday, Seyit Ayin, the rector of Turkey's Kastamonu University, signed a pact with Aybek Upenov."
    )
    assert ("Seyit Ayin", "rector", "Kastamonu University") in _roles(rec)


def test_a_place_closing_a_university_name_is_no_nationality(extractor):
    """A place after an organisation's "of" ("CITI University of Mongolia president BAI") qualifies the
    university, not the title after it: the president is no state's."""
    rec = extractor.extract("On May 7, the CITI University of Mongolia president Bai Dorj visited Hefei.")
    assert ("Bai Dorj", "president", None) not in _roles(rec)


def test_a_place_inside_a_units_name_makes_no_state_office(extractor):
    """role.org.public_office reads a place right after the title's "of", not one further on inside a name:
    "Director of Hub TEC China (...), Monterrey Institute of Technology" is a director of the institute."""
    rec = extractor.extract(
        "Patricia Mora, Director of Hub TEC China (Technology Transfer and Spin-offs), Monterrey Institute of "
        "Technology, focused on the new hub."
    )
    assert ("Patricia Mora", "director", "Monterrey Institute of Technology") in _roles(rec)


def test_the_head_of_a_republic_holds_a_state_office(extractor):
    """role.org.of_country: "the head of the Republic of Sakha (Yakutia) Aisen Nikolaev": a state's form after
    "of" makes a state office (no organisation), whatever the region's name."""
    rec = extractor.extract(
        "North-Eastern Federal University signed the agreement. On September 17, the head of the Republic of "
        "Sakha (Yakutia) Aisen Nikolaev visited the university."
    )
    assert ("Aisen Nikolaev", "head", None) in _roles(rec)


def test_an_honour_with_its_academy_stands_between_a_title_and_its_holder(extractor):
    """role.tie.honour_body: "JINR Director, Academician of the Russian Academy of Sciences Grigory Trubnikov":
    the honour and its academy sit between the title and the name; the title is his, at the institute."""
    rec = extractor.extract(
        "JINR Director, Academician of the Russian Academy of Sciences Grigory Trubnikov, emphasised that the "
        "Institute highly appreciates the ties."
    )
    assert ("Grigory Trubnikov", "director", "Joint Institute for Nuclear Research") in _roles(rec)


def test_a_verb_after_the_honour_ends_the_title(extractor):
    """role.tie.honour_body holds back when the words after "of" hold a verb: the title names no one after it."""
    rec = extractor.extract("The Director, member of the board that approved the plan Ivan Petrov arrived.")
    assert not any(p == "Ivan Petrov" and r == "director" for p, r, _ in _roles(rec))


def test_an_academicians_academy_is_not_the_sentences_organisation(extractor):
    """The body of an honour ("academician of the National Academy of Sciences") is not the organisation the
    sentence is about: the rector's university is guessed from the release instead."""
    rec = extractor.extract(
        "S. Seifullin Kazakh Agro Technical University hosted a delegation from Southwest University.\n\n"
        "Chairman of the Board - Rector, academician of the National Academy of Sciences of the Republic of "
        "Kazakhstan Kanat Tireuov, welcomed the guests."
    )
    assert ("Kanat Tireuov", "rector", "S. Seifullin Kazakh Agro Technical University") in _roles(rec)


def test_a_member_of_a_state_council_holds_a_post_there(extractor):
    """A "Member of the State Council" is no honour: the council stays one of the sentence's organisations, so
    the envoy beside him is not guessed to be the other council's."""
    rec = extractor.extract(
        "The ceremony will take place within the second meeting of the Council for Interregional Cooperation in "
        "the presence of the Presidential Plenipotentiary Envoy Mikhail Babich and the Member of the State "
        "Council of the People's Republic of China Yang Jiechi."
    )
    assert ("Mikhail Babich", "other", None) in _roles(rec)


def test_a_memorandum_also_signed_by_two_of_three_parties_is_another_document(extractor):
    """agreement.split.also_signed: "A memorandum was signed by A, B and C. ... An MoU between A and B was also
    signed to create a PhD programme": two documents, not one (the second is no mere subset of the first)."""
    rec = extractor.extract(
        "A memorandum of understanding (MoU) was signed this week by the University of Edinburgh, Zhejiang "
        "University and the Juanhu Lake International Science Park Committee. The agreement was witnessed by "
        "the Mayor. An MoU between the University of Edinburgh and Zhejiang University was also signed to "
        "create a four-year PhD programme."
    )
    assert sorted(len(parties) for _, _, parties in _agreements(rec)) == [2, 3]


def test_a_document_signed_by_the_same_parties_again_without_also_is_the_same(extractor):
    """agreement.split.also_signed holds back without "also"/"another": "The MoU between A and B" after a
    three-party signing is read as that document."""
    rec = extractor.extract(
        "A memorandum of understanding (MoU) was signed this week by the University of Edinburgh, Zhejiang "
        "University and the Juanhu Lake International Science Park Committee. The MoU between the University "
        "of Edinburgh and Zhejiang University creates a four-year PhD programme."
    )
    assert len(_agreements(rec)) == 1


def test_another_document_of_unnamed_parties_takes_no_guess(extractor):
    """An agreement "also signed between the ministries of education of Belarus and Pakistan" names no party:
    the academies of the sentence before are not its parties, so it makes no fact."""
    rec = extractor.extract(
        "The MoU was signed on scientific cooperation between the National Academy of Sciences of Belarus and "
        "Pakistan Academy of Sciences. Furthermore, an agreement was also signed between the ministries of "
        "education of Belarus and Pakistan on cooperation in the field of education."
    )
    assert _agreements(rec) == [
        ("memorandum", "signed", ["National Academy of Sciences of Belarus", "Pakistan Academy of Sciences"])
    ]


def test_a_plan_named_in_quotes_is_a_programme(extractor):
    """agreement.reject.programme: "began in 2011 under the “20+20 Cooperation Plan for Chinese and African
    Institutions”" names a programme, not a roadmap the two universities concluded: no mention, no fact."""
    rec = extractor.extract(
        "Cooperation between Donghua University and Moi University began in 2011 under the “20+20 Cooperation "
        "Plan for Chinese and African Institutions of Higher Education.”"
    )
    assert _agreements(rec) == []
    assert not [m for m in rec.mentions if m.label == "AGREEMENT"]


def test_a_plan_in_a_quotation_or_of_a_period_is_a_document(extractor):
    """agreement.reject.programme holds back for a quotation's opening mark (“The agreement and cooperation
    plan that we signed today ...”) and for the years of a plan's period ("signed the 2018-2021
    Implementation Plan")."""
    rec = extractor.extract(
        "Vice Minister of Education of China Du Zhanyuan and Mongolia's Minister of Education, Culture, Science "
        "and Sports signed the 2018-2021 Implementation Plan for Educational Exchange between the Ministry of "
        "Education of China and the Ministry of Education of Mongolia.\n“The cooperation plan that we signed "
        "today will strengthen our interaction,” he said."
    )
    plans = [m.text for m in rec.mentions if m.label == "AGREEMENT"]
    assert any("Implementation Plan" in p for p in plans) and "cooperation plan" in plans


def test_the_agreements_signed_at_a_forum_take_its_dates(extractor):
    """agreement.merge.plural_reference: "The cooperation agreements were signed during the 4th Investing in
    Africa Forum, held from Sept 6-8 2018": both documents of the sentence before take the forum's dates."""
    rec = extractor.extract(
        "Addis Ababa University signed cooperation agreements with Shanghai Jiao Tong University and Southwest "
        "Jiaotong University. The cooperation agreements were signed during the 4th Investing in Africa Forum "
        "(IAF), held from Sept 6-8 2018 in Changsha, Hunan Province, China."
    )
    dates = [f.date for f in rec.facts if f.type == "agreement"]
    assert dates == ["2018-09-06/2018-09-08", "2018-09-06/2018-09-08"]


def test_an_indefinite_plural_dates_nothing_told_before(extractor):
    """agreement.merge.plural_reference holds back for an indefinite plural: "Both universities have signed
    cooperation agreements with partners in 2016" is their earlier record, not the date of today's documents."""
    rec = extractor.extract(
        "Addis Ababa University signed cooperation agreements with Shanghai Jiao Tong University and Southwest "
        "Jiaotong University. Addis Ababa University also signed cooperation agreements with partners in 2016."
    )
    assert all(f.date is None for f in rec.facts if f.type == "agreement")


def test_a_signing_after_a_headed_visit_takes_its_days(extractor):
    """agreement.date.event_interval reads a delegation's days ("The team was headed by First Vice-Rector A on
    28 – 29 July"): the agreement signed next, told without a date, was signed within them."""
    rec = extractor.extract(
        "Kazan Federal University delegation visits Mongolia\nPublished 5 August 2019\nThe team was headed by "
        "First Vice-Rector Dmitry Tayursky on 28 – 29 July.\nA cooperation agreement was signed with Mongolian "
        "Academy of Sciences."
    )
    assert [f.date for f in rec.facts if f.type == "agreement"] == ["2019-07-28/2019-07-29"]


def test_a_headed_list_without_days_dates_no_signing(extractor):
    """agreement.date.event_interval holds back when the delegation's sentence gives one day, no interval."""
    rec = extractor.extract(
        "The team was headed by First Vice-Rector Dmitry Tayursky.\nA cooperation agreement was signed with "
        "Mongolian Academy of Sciences."
    )
    assert [f.date for f in rec.facts if f.type == "agreement"] == [None]


def test_two_days_of_one_month_joined_by_and_are_one_interval(extractor):
    """Date rule ``month_day_to_day_year`` reads "and" as it reads "to": "October 17 and 18, 2018" is one
    mention, the interval of both days (the model's span stopped at "and")."""
    rec = extractor.extract("The forum was held on October 17 and 18, 2018 in Harbin.")
    assert [(m.text, m.norm) for m in rec.mentions if m.label == "DATE"] == [
        ("October 17 and 18, 2018", "2018-10-17/2018-10-18")
    ]


def test_days_of_two_months_joined_by_and_stay_two_dates(extractor):
    """date.split.range still splits "April 18 and May 2": each side names its own month."""
    rec = extractor.extract("The delegations met on April 18 and May 2, 2019 in Minsk.")
    assert [m.text for m in rec.mentions if m.label == "DATE"] == ["April 18", "May 2, 2019"]


def test_countries_possessives_do_not_break_a_between_list(extractor):
    """agreement.parties.between reads over a country's possessive before each party: "a memorandum between
    Indonesia’s Universitas Pelita Harapan and Russia’s Lomonosov Moscow State University" is between the
    universities, not between the foundations that facilitated it."""
    rec = extractor.extract(
        "MODENA Group, through the Tomas Jizhar Foundation and Innopraktika, has facilitated the signing of a "
        "memorandum of understanding (MoU) between Indonesia’s Universitas Pelita Harapan (UPH) and Russia’s "
        "Lomonosov Moscow State University."
    )
    assert _agreements(rec) == [
        ("memorandum", "signed", ["Lomonosov Moscow State University", "Universitas Pelita Harapan"])
    ]


def test_a_possessive_of_no_country_still_ends_the_list(extractor):
    """The possessive of an organisation is no country's: "between A and B’s institute" keeps its parties."""
    rec = extractor.extract(
        "An agreement was signed between Tomsk State University and Kazan Federal University’s Institute of "
        "Physics."
    )
    assert all("Tomsk State University" in parties for _, _, parties in _agreements(rec))


def test_the_signatories_named_by_noun_sign_the_document(extractor):
    """agreement.signatories.signature_noun: "The signatories became A, President of X, and B, Director General
    of Y": a sentence with no signing verb names the signers of the document above."""
    rec = extractor.extract(
        "Rosatom and the National Nuclear Center signed a memorandum. The signatories became Alexander Merten, "
        "President of Rusatom International Network and Erlan Batyrbekov, Director General of the National "
        "Nuclear Center."
    )
    assert _signers(rec) == [["Alexander Merten", "Erlan Batyrbekov"]]


def test_people_met_after_a_signing_sign_nothing(extractor):
    """agreement.signatories.signature_noun holds back for a sentence with neither a signing verb nor a noun
    of signing: the people met later are no signatories."""
    rec = extractor.extract(
        "Rosatom and the National Nuclear Center signed a memorandum. The guests were Alexander Merten, "
        "President of Rusatom International Network and Erlan Batyrbekov."
    )
    assert _signers(rec) == [[]]


def test_a_signers_title_may_hold_a_bracketed_short_form(extractor):
    """agreement.signatories.names_before_verb reads back over a short form in brackets inside a title:
    "RIAC Director General A and President of Chinese Academy of Social Sciences (CASS) B signed": both sign."""
    rec = extractor.extract(
        "On June 25, 2016, RIAC Director General Andrey Kortunov and President of Chinese Academy of Social "
        "Sciences (CASS) Wang Weiguang signed Memorandum on Cooperation between the two institutions."
    )
    assert _signers(rec) == [["Andrey Kortunov", "Wang Weiguang"]]


def test_the_name_a_relative_signing_clause_is_about_signs(extractor):
    """The subject "who" of a relative clause's signing verb is the name it is about: "Prof. Daniel Mugendi,
    who signed the MoU with ..." signs."""
    rec = extractor.extract(
        "Embu University signed an MoU with Nanjing University. Its Vice-Chancellor was Prof. Daniel Mugendi, "
        "who signed the MoU in Nanjing."
    )
    assert _signers(rec) == [["Daniel Mugendi"]]


def test_a_relative_clause_of_another_verb_signs_no_one(extractor):
    """A relative clause that does not sign ("Prof. Daniel Mugendi, who attended the ceremony") names no
    signatory."""
    rec = extractor.extract(
        "Embu University signed an MoU with Nanjing University. The guests included Prof. Daniel Mugendi, who "
        "attended the ceremony."
    )
    assert _signers(rec) == [[]]


def test_a_nationality_before_a_title_with_its_portfolio_keeps_the_category(extractor):
    """role.category.nationality_first: "Kuwaiti Minister of Commerce and Industry Khaled Al-Roudhan" is a
    minister (the nationality is no part of the lexicon's title), of no organisation."""
    rec = extractor.extract(
        "The agreement was signed between Kuwaiti Minister of Commerce and Industry Khaled Al-Roudhan and the "
        "Chinese side."
    )
    assert ("Khaled Al-Roudhan", "minister", None) in _roles(rec)


def test_a_capitalised_word_of_no_people_opens_no_title(extractor):
    """role.category.nationality_first holds back for a first word that names no people: "Green Minister of
    Culture" is no title of the lexicon."""
    from extractor.normalise.categories import category

    assert category("Kuwaiti Minister of Commerce and Industry") == "minister"
    assert category("Green Minister of Culture") is None


def test_a_capitalised_word_before_a_title_is_part_of_the_signers_title(extractor):
    """agreement.signatories.names_before_verb reads back over a capitalised modifier of a title ("Country
    Manager of Huawei Technologies Bin Chang"): both names before "signed" sign."""
    rec = extractor.extract(
        "University of Tartu and Huawei signed a memorandum of understanding\n\nOn Thursday, 21 November, Vice "
        "Rector for Development of the University of Tartu Erik Puura and Country Manager of Huawei Technologies "
        "Bin Chang signed a memorandum with which Huawei wants to cooperate more actively with the University "
        "of Tartu."
    )
    assert _signers(rec) == [["Erik Puura", "Bin Chang"]]
