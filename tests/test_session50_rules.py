"""Rules of the fiftieth session, each on text that fires it and text that holds it back."""


def _agreements(extractor, text: str) -> list[tuple[str, list[str], str]]:
    facts = extractor.extract(text).facts
    return [(f.kind, sorted(f.parties), f.party_rule) for f in facts if f.type == "agreement"]


def _held_at(extractor, text: str) -> set[tuple[str, str | None]]:
    return {(f.person, f.org) for f in extractor.extract(text).facts if f.type == "role"}


def test_an_academy_after_its_institute_s_short_form_is_its_parent(extractor):
    """agreement.party.parent_apposition past a bracketed short form: "signed between South China Botanic
    Garden(SCBG), Chinese Academy of Sciences and Universidad Nacional ..." (B1291 scbg): the academy is the
    garden's parent, the list goes on past it; "National Space Science Center (NSSC) CAS" (5611 narit) too. A
    university before the academy is a party of its own."""
    text = (
        "On May 22, an Agreement was signed between South China Botanic Garden(SCBG), Chinese Academy of "
        "Sciences and Universidad Nacional Mayor de San Marcos (UNMSM) in Lima."
    )
    [(kind, parties, rule)] = _agreements(extractor, text)
    assert "Chinese Academy of Sciences" not in parties and len(parties) == 2, parties
    assert rule == "agreement.parties.between"
    text = "The MoU was signed between Moscow State University and National Space Science Center (NSSC) CAS."
    [(kind, parties, rule)] = _agreements(extractor, text)
    assert "Chinese Academy of Sciences" not in parties and len(parties) == 2, parties
    text = (
        "On May 22, an Agreement was signed between Tsinghua University, Chinese Academy of Sciences and "
        "Universidad Nacional Mayor de San Marcos (UNMSM) in Lima."
    )
    [(kind, parties, rule)] = _agreements(extractor, text)
    assert "Chinese Academy of Sciences" in parties, parties


def test_two_sides_after_a_comma_are_the_pair_that_met(extractor):
    """agreement.parties.both_sides reads "two sides" after a comma as well as "the two sides": "During the
    meeting, two sides recalled the agreement of cooperation signed in November 2017" (B1892 vietnamfriendship):
    the host and its guests; "an agreement with two universities" names no pair of its own."""
    opening = (
        "The University of Languages and International Studies (ULIS) recently received a delegation from the "
        "Moscow State Linguistic University (MSLU), Russia.\n\nOverview of the meeting on March 6\n\n"
    )
    text = (
        opening
        + "During the meeting, two sides recalled the agreement of cooperation signed in November 2017."
    )
    [(kind, parties, rule)] = _agreements(extractor, text)
    assert rule == "agreement.parties.both_sides"
    assert parties == [
        "Moscow State Linguistic University",
        "University of Languages and International Studies",
    ]
    text = opening + "During the meeting, guests recalled an agreement with two universities signed in 2017."
    assert not any(rule == "agreement.parties.both_sides" for _, _, rule in _agreements(extractor, text))


def test_a_college_written_with_its_university_is_that_university_s_there(extractor):
    """org.key.parent_after_comma for a college and a university named head first: "Johan Afendi Ibrahim, Dean
    of the College of Tourism, Universiti Kebangsaan Malaysia" (7722 hainanu) is the dean of UKM's college; the
    college of the same name written alone just before (the release's own) keeps its own key."""
    text = (
        "Guo Qiang, Dean of the College of Tourism, and Johan Afendi Ibrahim, Dean of the College of Tourism, "
        "Universiti Kebangsaan Malaysia signed the MOU between Hainan University and Universiti Kebangsaan "
        "Malaysia."
    )
    assert _held_at(extractor, text) >= {
        ("Johan Afendi Ibrahim", "College of Tourism of Universiti Kebangsaan Malaysia"),
        ("Guo Qiang", "College of Tourism"),
    }


def test_a_month_dateline_or_a_stamp_before_the_headline_dates_the_page(extractor):
    """dateline_month: "Kaposvár, July 2025 – The Hungarian University ..." (B1934 kultura/MATE) dates the page
    to its month; a stamp with a comma before its clock time opens a short headline line ("October 7, 2021,
    15:32 Astronomical laboratory opened", B1511 artsakhpress; "29.04.15 09:51 A visit of ...", 9837 volgmed).
    A month in a sentence, with no dash after it, and a date with no clock time before a headline date
    nothing."""
    cases = {
        "\nKaposvár, July 2025 – The Hungarian University of Agriculture awarded a doctorate.": "2025-07",
        "Moscow, July 2025 was a month of signings for the university.": None,
        "Home\n\nOctober 7, 2021, 15:32 Astronomical laboratory opened\n\nThe university signed.": "2021-10-07",
        "News\n\n29.04.15 09:51 A visit of diplomats to the university\n\nThe diplomats came.": "2015-04-29",
        "Home\n\nOctober 7, 2021 Astronomical laboratory opened\n\nThe university signed.": None,
    }
    for text, published in cases.items():
        assert extractor.extract(text).published == published, text


def test_partners_after_a_plural_and_a_department_named_with_its_university_sign(extractor):
    """agreement.parties.with_partners reads the partners listed after the comma that closes a plural ("with its
    German counterparts, the Institute of Farm Animal Genetics (ING) and the Department ... of University of
    Giessen", B1864 lzmy), and agreement.party.unit_to_parent keeps a department named with its university as
    a party; a department named by its field alone is still no party beside an institution."""
    opening = (
        "On July 25th, 2014, the Lanzhou Institute of Husbandry reached the Memorandum of Understanding with "
    )
    text = opening + (
        "its German counterparts, the Institute of Farm Animal Genetics (ING) and the Department for Animal "
        "Breeding and Genetics of University of Giessen (JLU)."
    )
    [(kind, parties, rule)] = _agreements(extractor, text)
    assert len(parties) == 3 and rule == "agreement.parties.with_partners", parties
    text = opening + "the Institute of Farm Animal Genetics and the Department for International Cooperation."
    [(kind, parties, rule)] = _agreements(extractor, text)
    assert parties == ["Institute of Farm Animal Genetics", "Lanzhou Institute of Husbandry"]


def test_a_country_after_a_party_s_name_does_not_end_the_list(extractor):
    """agreement.parties.comma_place: "between University of Mumbai and University of St. Louis, US; Tomsk
    State University and Eurasian National University, Kazakhstan; and ..." (B1922 lokmattimes) gives each pair
    its document; "the MOU between Hainan University, China and Universiti Kebangsaan Malaysia" (7722) both
    universities. A comma and a word that names no place still ends the list."""
    text = (
        "The MoUs were signed between University of Mumbai and University of St. Louis, US; Tomsk State "
        "University and Eurasian National University, Kazakhstan; and University of Lucknow and Lincoln "
        "University, Kuala Lumpur, Malaysia."
    )
    found = _agreements(extractor, text)
    assert len(found) == 3 and all(rule == "agreement.parties.between_pairs" for *_, rule in found), found
    text = "They signed the MOU between Hainan University, China and Universiti Kebangsaan Malaysia."
    [(kind, parties, rule)] = _agreements(extractor, text)
    assert parties == ["Hainan University", "Universiti Kebangsaan Malaysia"]
    text = (
        "The MoUs were signed between University of Mumbai and University of St. Louis, yesterday; Tomsk State "
        "University and Eurasian National University, today; and University of Lucknow and Lincoln University."
    )
    assert [rule for *_, rule in _agreements(extractor, text)] == ["agreement.parties.between"]
    text = "The MoU was signed between Tsinghua University and Moscow State University, Kazakhstan,"
    [(kind, parties, rule)] = _agreements(
        extractor, text
    )  # a place and a comma ending the text: no step past
    assert len(parties) == 2, parties
