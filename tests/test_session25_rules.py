"""Rules added or widened in the twenty-fifth session, each fired on a hand-written release and held back on
another."""

from __future__ import annotations

from .record_views import agreements as _agreements
from .record_views import roles as _roles


def test_a_title_the_subject_has_become_is_the_subjects(extractor):
    """role.tie.predicate: "Mr. Norov has become the Secretary General of the Shanghai Cooperation
    Organization": the title is what the clause says its named subject is."""
    rec = extractor.extract(
        "Vladimir Norov has become the Secretary General of the Shanghai Cooperation Organization since "
        "January 2019."
    )
    assert ("Vladimir Norov", "secretary", "Shanghai Cooperation Organisation") in _roles(rec)


def test_a_predicate_reaches_the_subject_of_a_coordinated_verb(extractor):
    """role.tie.predicate through "and": "Zhang Wei studied at the university in 2017 and now is the director
    general of TARI"."""
    rec = extractor.extract(
        "Zhang Wei studied at the university in 2017 and now is the director general of the Tigray "
        "Agricultural Research Institute."
    )
    assert ("Zhang Wei", "director", "Tigray Agricultural Research Institute") in _roles(rec)


def test_an_as_phrase_names_what_the_subject_acts_as(extractor):
    """role.tie.predicate over "as the ...", through the subject's apposition: "The Nepalese Ambassador ...
    Krishna Prasad Oli attended the ceremony and signed the MoU as the authorized representative"."""
    rec = extractor.extract(
        "The Nepalese Ambassador to China Krishna Prasad Oli attended the ceremony and signed the MoU as the "
        "authorized representative."
    )
    assert ("Krishna Prasad Oli", "other", None) in _roles(rec)


def test_an_organisation_subject_takes_no_title(extractor):
    """role.tie.predicate holds back when the clause's own subject, nearest the verb, is an organisation: in
    "A: «... Egyptian-Russian University has been our long-standing partner»" the partner is no title of A."""
    rec = extractor.extract(
        "Alexey Ryabchikov: «Our selection of partners is explained by tradition — for instance, "
        "Egyptian-Russian University has been our long-standing partner — and by events in the world»."
    )
    assert not any(p == "Alexey Ryabchikov" for p, _, _ in _roles(rec))


def test_a_representative_of_our_university_stays_the_releases(extractor):
    """role.org.our_own: "M.E. Rayak, Deputy Director of the Technopark, acted as a representative of our
    University": the release says whose representative he is, which his other title does not undo (a guess
    by role.org.our_institution would yield to it)."""
    rec = extractor.extract(
        "Peter the Great St. Petersburg Polytechnic University took part in the forum.\n\n"
        'M.E. Rayak, Deputy Director of the Technopark "Polytechnic", acted as a representative of our '
        "University during the event."
    )
    roles = _roles(rec)
    assert ("M.E. Rayak", "deputy director", 'Technopark "Polytechnic"') in roles
    assert ("M.E. Rayak", "other", "Peter the Great St. Petersburg Polytechnic University") in roles


def test_a_second_title_after_a_comma_and_is_the_same_persons(extractor):
    """role.tie.coordinated_title over ", and": "Dr. Shamsh Kassim-Lakha, Chairman of UCA's Board of Trustees,
    and Diplomatic Representative of the AKDN in the Kyrgyz Republic, said": both titles are his."""
    rec = extractor.extract(
        "At the ceremony, Dr. Shamsh Kassim-Lakha, Chairman of UCA's Board of Trustees, and Diplomatic "
        'Representative of the AKDN in the Kyrgyz Republic, said "It is important".'
    )
    assert any(p == "Shamsh Kassim-Lakha" and r == "other" and o for p, r, o in _roles(rec))


def test_a_title_after_a_comma_and_with_its_own_name_is_that_persons(extractor):
    """role.tie.coordinated_title holds back when a name follows the second title in its clause: "the rector
    of A, Prof. X, and Vice-Chancellor of B Prof. Y" gives the Vice-Chancellor to Y."""
    rec = extractor.extract(
        "The memorandum was signed by the rector of Fergana Medical Institute, Prof. Sidikov Akmal, and "
        "Vice-Chancellor of Gurugram University Prof. Dinesh Kumar."
    )
    roles = _roles(rec)
    assert ("Dinesh Kumar", "rector", "Gurugram University") in roles
    assert not any(p == "Sidikov Akmal" and o == "Gurugram University" for p, _, o in roles)


def test_a_second_title_first_item_after_and_takes_the_next_name(extractor):
    """role.tie.paired_title_first: "Chairman of the Board of JSC Uzbekistan Temir Yullari A. Kamildjanov and
    Deputy Chairman of the Board of JSC NC Kazakhstan Temir joly E. Koishibayev": the second title is the
    second name's, over its organisation's words."""
    rec = extractor.extract(
        "The meeting was held under the leadership of Chairman of the Board of JSC Uzbekistan Temir Yullari "
        "A. Kamildjanov and Deputy Chairman of the Board of JSC NC Kazakhstan Temir joly E. Koishibayev."
    )
    assert any(p == "E. Koishibayev" and r == "deputy chair" for p, r, _ in _roles(rec))


def test_a_verb_before_the_next_name_holds_a_paired_title_back(extractor):
    """role.tie.paired_title_first holds back when a verb stands between the title and the next name: in
    "Rector Ivan Petrov and Director of the Institute of Physics met Anna Smirnova" the director is not
    Smirnova."""
    rec = extractor.extract(
        "Rector Ivan Petrov and Director of the Institute of Physics met Anna Smirnova in Tomsk."
    )
    assert not any(p == "Anna Smirnova" for p, _, _ in _roles(rec))


def test_a_photo_position_or_country_in_brackets_sets_a_name_off_from_its_title(extractor):
    """role.tie.apposition over a bracketed aside after the name: a photo's position with a row or a number
    ("Professor Timothy W. TONG (left, front row), President of PolyU", "Szonja Andrea Buslig (Right 2),
    Counselor of the Embassy of Hungary") or a country ("Dalbir Singh (India), Secretary of ...")."""
    rec = extractor.extract(
        "Professor Timothy W. TONG (left, front row), President of PolyU, and Professor LI Qingquan (right, "
        "front row), President of SZU, signed the MoU.\n\nPresident Wang Jie (Left 2) held talks with Szonja "
        "Andrea Buslig (Right 2), Counselor of the Embassy of Hungary.\n\nThe members were Bernard Loze "
        "(France) and Dalbir Singh (India), Secretary of the National Congress."
    )
    roles = _roles(rec)
    assert ("Timothy W. TONG", "president", "The Hong Kong Polytechnic University") in roles
    assert any(p == "Szonja Andrea Buslig" and r == "other" for p, r, _ in roles)
    assert any(p == "Dalbir Singh" and r == "secretary" for p, r, _ in roles)


def test_a_bracketed_phrase_that_is_no_aside_keeps_the_title_off_the_name(extractor):
    """role.tie.apposition holds back for a bracket of other words: in "Ivan Petrov (who chaired the session),
    Director of the Institute of Physics" nothing sets the bracket aside, so the title is not read as his."""
    rec = extractor.extract(
        "The talks were held with Ivan Petrov (who chaired the session), Director of the Institute of Physics."
    )
    assert not any(p == "Ivan Petrov" and r == "director" for p, r, _ in _roles(rec))


def test_a_degree_and_an_article_set_a_title_off_after_the_name(extractor):
    """role.tie.apposition over ", Ph.D., an": "Ms. Natalia Vinogradova, Ph.D., an Associate Professor at X"
    reads as "X, the Associate Professor"."""
    rec = extractor.extract(
        "The delegation included Ms. Natalia Vinogradova, Ph.D., an Associate Professor at Tomsk State "
        "University."
    )
    assert ("Natalia Vinogradova", "professor", "Tomsk State University") in _roles(rec)


def test_an_acronym_without_the_honoree_names_the_university(extractor):
    """acronym_definition over the initials a long name leaves after its first word (the honoree): every
    "ASUHP" after "Shukshin Altai State University for Humanities and Pedagogy" is that university."""
    rec = extractor.extract(
        "On September 6th, 2023 PSU Phuket hosted an MOA Signing Ceremony with Shukshin Altai State University "
        "for Humanities and Pedagogy, Russia. Attending were Assoc. Prof. Uliana Trofimova, Ph.D., an Associate "
        "Professor at ASUHP; Ms. Olga Toropchina, a Lecturer at ASUHP; Ms. Natalia Vinogradova, Ph.D., an "
        "Associate Professor at ASUHP; and other representatives."
    )
    university = "Shukshin Altai State University for Humanities and Pedagogy"
    keys = [m.norm for m in rec.mentions if m.text == "ASUHP"]
    assert keys == [university] * 3


def test_a_document_name_after_an_on_tail_and_and_is_a_second_document(extractor):
    """agreement.span.coordinated_documents: "have signed memorandum of understanding on cooperation and
    university-level student exchange agreement": two documents, a memorandum and an agreement."""
    rec = extractor.extract(
        "Tsinghua University and Monterrey Institute of Technology have signed memorandum of understanding on "
        "cooperation and university-level student exchange agreement."
    )
    spans = {(m.text, m.norm) for m in rec.mentions if m.label == "AGREEMENT"}
    assert spans == {
        ("memorandum of understanding on cooperation", "memorandum"),
        ("university-level student exchange agreement", "agreement"),
    }
    assert {k for k, _, _ in _agreements(rec)} == {"memorandum", "agreement"}


def test_a_bare_head_noun_before_a_title_names_the_body_named_before(extractor):
    """role.org.the_university_named_before over a bare capitalised head noun: "alongside Academy President
    Duger Regdel" is the president of the academy the release named, not of the sentence's institute."""
    rec = extractor.extract(
        "Kazan Federal University met the Mongolian Academy of Sciences. Among the employees present at the "
        "meeting alongside Academy President Duger Regdel were representatives of the Institute of Physics."
    )
    assert ("Duger Regdel", "president", "Mongolian Academy of Sciences") in _roles(rec)


def test_a_body_that_helped_the_signing_along_is_no_party(extractor):
    """agreement.party.not_source over help and coordination: "Thanks to the coordination from The Federation
    of Chinese Associations Sabah (FCAS), the East China Normal University (ECNU) and Universiti Malaysia Sabah
    (UMS) on Thursday signed the Letter of Intent": two parties, not the federation."""
    rec = extractor.extract(
        "Thanks to the coordination from The Federation of Chinese Associations Sabah (FCAS), the East China "
        "Normal University (ECNU) and Universiti Malaysia Sabah (UMS) on Thursday signed the Letter of Intent "
        "(LOI)."
    )
    assert _agreements(rec) == [
        ("letter of intent", "signed", ["East China Normal University", "Universiti Malaysia Sabah"])
    ]


def test_a_signing_takes_the_visits_interval_from_the_paragraph_before(extractor):
    """agreement.date.event_interval over the paragraph right before the signing's: "The team was headed by
    First Vice-Rector Dmitry Tayursky on 28 – 29 July." then, on its own line, "A cooperation agreement was
    signed with Mongolian Academy of Sciences."."""
    rec = extractor.extract(
        "University delegation visits Mongolia\n\nThe team was headed by First Vice-Rector Dmitry Tayursky on "
        "28 – 29 July.\n\nA cooperation agreement was signed with Mongolian Academy of Sciences."
    )
    assert [f.date for f in rec.facts if f.type == "agreement"] == ["XXXX-07-28/XXXX-07-29"]


_CONSORTIUM = (
    "Participation in the meeting of the Working Committee of the Consortium\n"
    "- Published: Monday, 24 June 2019 19:09\n"
    "From 20 to 22 June 2019 in the city of Nur-Sultan (Kazakhstan) a meeting of the Working Commission of the "
    "Consortium was held. The Vice-Rector for Research of the Belarusian State University of Transport A.A. "
    "Erofeev took part in this meeting.\n"
    "During the negotiations with the members of the Consortium, three agreements were signed:\n"
    "- MEMORANDUM of mutual understanding with S. Toraigyrov Pavlodar State University;\n"
    "- Agreement on cooperation with Kostanay State University.\n"
)


def test_documents_listed_under_a_signing_take_its_date(extractor):
    """agreement.date.listed_under: the items of a list opened by "three agreements were signed:" take the
    date of that signing, here the meeting's interval (agreement.date.event_interval); the publication date,
    "Monday, 24 June 2019" on the date line, is no story day (its weekday included)."""
    rec = extractor.extract(_CONSORTIUM)
    dates = [f.date for f in rec.facts if f.type == "agreement"]
    assert dates == ["2019-06-20/2019-06-22", "2019-06-20/2019-06-22"]


def test_a_list_item_with_no_signing_above_it_takes_no_listed_date(extractor):
    """agreement.date.listed_under holds back for a list no signing line opens: "Partners:" lists, it tells no
    signing."""
    rec = extractor.extract(_CONSORTIUM.replace("three agreements were signed:", "partners were named:"))
    assert "2019-06-20/2019-06-22" not in [f.date for f in rec.facts if f.type == "agreement"]


def test_a_site_clock_above_the_date_line_is_no_story_day(extractor):
    """The story-day date never takes a date written above the page's date line (a site clock): "Monday Jun
    02, 2025" over "Friday, 13 January 2012 00:40" dates nothing signed "early this week"."""
    rec = extractor.extract(
        "Monday Jun 02, 2025\nFriday, 13 January 2012 00:40\nMarking another milestone, the University of "
        "Ruhuna early this week signed a Memorandum of Understanding (MoU) with South China Sea Institute of "
        "Oceanology.\nThe MoU was signed by the Vice Chancellor of University of Ruhuna Senior Professor "
        "Susirith Mendis."
    )
    assert "2025-06-02" not in [f.date for f in rec.facts if f.type == "agreement"]


def test_documents_listed_under_the_following_documents_take_the_visits_interval(extractor):
    """agreement.date.listed_under when the signing line names no document ("the following documents were
    also signed:"), over blank lines and bullets: each item takes the state visit's interval."""
    rec = extractor.extract(
        "On January 5-6, the President of Turkmenistan was on an official visit to China. On the margin of his "
        "state visit, he held a number of bilateral meetings in Beijing. During the meeting the following "
        "documents were also signed:\n\n"
        "  • Memorandum of cooperation between the Ministry of Foreign Affairs of Turkmenistan and the Ministry "
        "of Foreign Affairs of the People’s Republic of China for 2023-2024;\n"
        "  • Protocol on introduction of amendments to the Agreement between the Government of Turkmenistan "
        "and the Government of the People’s Republic of China on establishment of the Turkmen-Chinese "
        "Cooperation Committee on August 29, 2008;\n"
        "  • Memorandum of mutual understanding between the Government of Turkmenistan and the Government of "
        "the People’s Republic of China on facilitation of investment cooperation in digital economy;\n"
    )
    dates = {(f.kind, f.date) for f in rec.facts if f.type == "agreement"}
    assert {("memorandum", "XXXX-01-05/XXXX-01-06"), ("protocol", "XXXX-01-05/XXXX-01-06")} <= dates


def test_a_year_glued_to_the_next_sentence_keeps_its_date(extractor):
    """The tokenizer splits a period between a four-digit year and a capitalised word ("on Wednesday, June 27,
    2024.Photo: Ist."), so the date keeps its year; decimals ("1999.5") stay one token."""
    rec = extractor.extract(
        "Unimal signed a partnership agreement with Kazan Federal University on Wednesday, June 27, 2024.Photo: "
        "Ist. The budget grew by 1999.5 units."
    )
    assert [m.norm for m in rec.mentions if m.label == "DATE"] == ["2024-06-27"]


def test_documents_listed_after_these_are_take_the_signing_before_it(extractor):
    """agreement.date.listed_under over "These are:": the items take the date of the signing told on the line
    before it ("Seven memoranda of understanding were signed during ... visit to Tashkent on April 26, 2006")."""
    rec = extractor.extract(
        "Seven memoranda of understanding were signed during Indian Prime Minister Manmohan Singh's official "
        "visit to Tashkent on April 26, 2006.\n\nThese are:\n\n"
        "  • An MoU between Delhi University and the Tashkent State University of Oriental Studies;\n"
        "  • An MoU between the State Trading Corporation of India and Uzbekneftegaz;\n"
    )
    assert {f.date for f in rec.facts if f.type == "agreement" and len(f.parties) == 2} == {"2006-04-26"}
