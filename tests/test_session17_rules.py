"""Rules added in the seventeenth session, each fired on a hand-written release and held back on another."""

from __future__ import annotations

from extractor.models import AgreementFact

from .record_views import agreements as _agreements
from .record_views import roles as _roles


def test_a_few_documents_signed_by_the_pair_the_sentence_names(extractor):
    """agreement.parties.signed_plural: "the two institutions ... signed six cooperation agreements" after a
    visit names one signing between the pair (the plural is the object of a past signing)."""
    rec = extractor.extract(
        "On June 25, 2025, a delegation from Aba Teachers University visited Mahasarakham University, where "
        "the two institutions held talks and signed six cooperation agreements."
    )
    assert _agreements(rec) == [
        ("agreement", "signed", ["Aba Teachers University", "Mahasarakham University"])
    ]


def test_a_count_of_agreements_or_agreements_with_others_is_no_signing_of_the_pair(extractor):
    """Held back: a record count ("has signed over 100 agreements") and agreements each subject signed with
    unnamed partners ("signed contracts with representatives from Uzbekistan") are no document of the pair."""
    rec = extractor.extract(
        "Since 2010, Tomsk State University and Novosibirsk State University signed over 100 agreements in all."
    )
    assert _agreements(rec) == []
    rec = extractor.extract(
        "Yangzhou University and Nanjing Medical University signed contracts with representatives from "
        "Uzbekistan on joint projects."
    )
    assert _agreements(rec) == []


def test_the_two_universities_are_institutions_not_a_ranking(extractor):
    """agreement.parties.both_sides: "between the two universities" takes the institutions named before, not
    a ranking or an embassy named beside them ("ranked among the TOP-500 in the QS rankings")."""
    rec = extractor.extract(
        "With the support of the Embassy of Uzbekistan, a delegation from the Jizzakh Polytechnic Institute "
        "visited the Iran University of Science and Technology, ranked among the TOP-500 in the THE and QS "
        "rankings. The main goal of the visit was to strengthen cooperation. During the meeting, the parties "
        "identified areas of cooperation between the two higher education institutions. At the end of the "
        "event, an official cooperation agreement was signed between the two universities."
    )
    assert _agreements(rec) == [
        (
            "agreement",
            "signed",
            ["Iran University of Science and Technology", "Jizzakh Polytechnic Institute"],
        )
    ]


def test_a_short_form_in_brackets_is_the_document_it_shortens(extractor):
    """agreement.merge.bracketed_short_form after a singular mention: "the Memorandum of Understanding (MOU)
    between the two institutions, aimed at exploring future ..." is one signed document, not a second, planned
    one."""
    rec = extractor.extract(
        "On October 31, 2024, Hechi University (HCU) and Tarlac State University (TSU) in the Philippines "
        "conducted an online signing ceremony for the Memorandum of Understanding (MOU) between the two "
        "institutions, aimed at exploring future collaboration opportunities."
    )
    assert _agreements(rec) == [("memorandum", "signed", ["Hechi University", "Tarlac State University"])]


def test_a_datelines_date_is_no_signing_date(extractor):
    """sign_date skips the date of a dateline ("New Delhi [India], September 21 (ANI/SRV): ...") for the one
    the sentence gives the signing ("on Wednesday, September 14, 2022")."""
    rec = extractor.extract(
        "New Delhi [India], September 21 (ANI/SRV): Mari State University signed an agreement of cooperation "
        "with the Russian House in New Delhi on Wednesday, September 14, 2022, during a signing ceremony."
    )
    assert [f.date for f in rec.facts if isinstance(f, AgreementFact)] == ["2022-09-14"]
    rec = extractor.extract(
        "VLADIVOSTOK, September 6 /TASS/ Liaoning University signed an agreement with the Far Eastern Federal "
        "University."
    )
    assert [f.date for f in rec.facts if isinstance(f, AgreementFact)] == [None]


def test_a_date_line_with_an_ordinal_day_of_the_month(extractor):
    """A date line "28th of March, 2018" under the headline is the publication date; "27 March" in the story
    then resolves against it."""
    rec = extractor.extract(
        "Chinese students will study Technical Translation at the RTU\n\n28th of March, 2018\n.\n.\n\n"
        "The Signing Ceremony took place on 27 March in Riga."
    )
    assert rec.published == "2018-03-28"
    assert ("27 March", "2018-03-27") in [(m.text, m.norm) for m in rec.mentions if m.label == "DATE"]


def test_a_plural_title_names_the_people_after_their_honorifics(extractor):
    """role.tie.plural_title past honorifics ("Vice Presidents Prof. Dr. A and Prof. B"), and "Pro-Vice
    Chancellors" (a hyphen, then a space) is the vice-rector's title, not a rector's."""
    rec = extractor.extract(
        "The Vice Presidents Prof. Dr. Yongling Qin and Prof. Weiguo He of Hechi University attended."
    )
    assert {("Yongling Qin", "vice-president"), ("Weiguo He", "vice-president")} <= {
        (p, r) for p, r, _ in _roles(rec)
    }
    rec = extractor.extract(
        "Attendees included the University of Dhaka's Pro-Vice Chancellors Prof. Dr. Muhammad Samad and "
        "Prof. Dr. Sitesh Chandra Bachar."
    )
    assert {r for p, r, _ in _roles(rec) if p == "Muhammad Samad"} == {"vice-rector"}


def test_a_signing_at_an_event_the_text_dated_before(extractor):
    """agreement.date.referred_event: "At the end of the Meeting, ... witnessed the signing of the agreement"
    takes the date the text gives the Meeting; with two dates for it, none is guessed."""
    text = (
        "The 3rd Meeting of the Agricultural Cooperation Subcommittee was held in Beijing on Oct. 20, 2016. "
        "The Meeting discussed trade and investment.\nAt the end of the Meeting, the two vice ministers "
        "witnessed the signing of the cooperation agreement between Shenyang Agricultural University and "
        "St. Petersburg State Agrarian University."
    )
    rec = extractor.extract(text)
    assert [f.date for f in rec.facts if isinstance(f, AgreementFact)] == ["2016-10-20"]
    rec = extractor.extract(
        text.replace("The Meeting discussed", "The next Meeting on May 5, 2017 discussed")
    )
    assert [f.date for f in rec.facts if isinstance(f, AgreementFact)] == [None]


def test_a_quoted_short_form_after_the_documents_whole_name(extractor):
    """agreement.merge.bracketed_short_form after the whole name: 'signed the Memorandum of Understanding on
    Inter-University Friendship between A, China and B ("MOU")' is one document."""
    rec = extractor.extract(
        "On 22 December 2019, Guo Qiang, Dean of the College of Tourism, and Johan Afendi Ibrahim, Dean of the "
        "College of Tourism, Universiti Kebangsaan Malaysia signed the Memorandum of Understanding on "
        'Inter-University Friendship between Hainan University, China and Universiti Kebangsaan Malaysia ("MOU").'
    )
    assert len(_agreements(rec)) == 1


def test_a_branch_signs_for_itself(extractor):
    """agreement.party.unit_to_parent leaves a branch as it is: "The Krasnodar Regional Branch of the Russian
    Geographical Society and Kuban State Agrarian University have signed a cooperation agreement"."""
    rec = extractor.extract(
        "The Krasnodar Regional Branch of the Russian Geographical Society and Kuban State Agrarian University "
        "have signed a cooperation agreement. It provides for projects of the Russian Geographical Society."
    )
    parties = {p for _, _, ps in _agreements(rec) for p in ps}
    assert "Krasnodar Regional Branch of the Russian Geographical Society" in parties
    assert "Russian Geographical Society" not in parties


def test_the_body_an_organisation_is_under_is_no_party(extractor):
    """agreement.party.not_superior and the partner list past "under the ...": "between the X Center under the
    Cabinet of Ministers and the Y University" has two parties, X (named with the office it is under, one
    mention since ``org.span.unit_under_parent``) and Y."""
    rec = extractor.extract(
        "Today, on 11 February, a memorandum of understanding was signed between the Imam Bukhari "
        "International Scientific Research Center under the Cabinet of Ministers and the Islamic University of "
        "Malaysia (USIM) through the ZOOM program."
    )
    assert _agreements(rec) == [
        (
            "memorandum",
            "signed",
            [
                "Imam Bukhari International Scientific Research Center under the Cabinet of Ministers",
                "Islamic University of Malaysia",
            ],
        )
    ]


def test_a_date_above_a_breadcrumb_from_home_is_the_sites_clock(extractor):
    """published.reject.site_header: "Friday, June 14, 2024" above "HomeUAE..." (a breadcrumb glued to Home)
    is the site's clock, no publication date; the same line above the story is one."""
    text = "Friday, June 14, 2024\nHomeUAEUAE, Uzbekistan sign a memorandum\n\nThe ministers signed it in Tashkent."
    assert extractor.extract(text).published is None
    text = "Friday, June 14, 2024\nUAE, Uzbekistan sign a memorandum\n\nThe ministers signed it in Tashkent."
    assert extractor.extract(text).published == "2024-06-14"


def test_a_published_line_beats_an_update_stamp_above_it(extractor):
    """published.prefer_published: "UPDATE : Friday, June 5, 2020" (the site's last update) at the head, then
    "Published 2017.04.04 10:59" under the headline: the page was published on 2017-04-04."""
    rec = extractor.extract(
        "UPDATE : Friday, June 5, 2020\nHOME Hospital\nKorean, Kyrgyzstan hospitals sign business accord\n"
        "  • By Constance Williams\n  • Published 2017.04.04 10:59\n  • comments 0\n\n"
        "Inha University Hospital and Kyrgyz National Infectious Disease Hospital signed a business agreement."
    )
    assert rec.published == "2017-04-04"
