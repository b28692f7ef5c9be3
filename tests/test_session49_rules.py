"""Rules of the forty-ninth session, each on text that fires it and text that holds it back."""


def _roles(extractor, text: str) -> set[tuple[str, str, str | None]]:
    return {(f.person, f.role, f.org) for f in extractor.extract(text).facts if f.type == "role"}


def _agreements(extractor, text: str) -> list[tuple[str, list[str], str]]:
    facts = extractor.extract(text).facts
    return [(f.kind, sorted(f.parties), f.party_rule) for f in facts if f.type == "agreement"]


def _assert_published(extractor, cases: dict[str, str | None]) -> None:
    for text, published in cases.items():
        assert extractor.extract(text).published == published, text


def test_a_bare_title_takes_the_item_before_whose_organisation_ends_in_a_place(extractor):
    """role.org.previous_item reads an item that ends with a place after its organisation: "Tatyana
    Kuznetsova, Director of the Gazprom School in Bishkek; Tatyana Zhdanova, Deputy Director for Educational
    Affairs" (B1352 gazprom): the deputy director is the school's; with no organisation before the place, the
    title gets none from it."""
    text = (
        "Tatyana Kuznetsova, Director of the Gazprom School in Bishkek; Tatyana Zhdanova, Deputy Director for "
        "Educational Affairs; and Ekaterina Mamedova, Head of Development, arrived at the invitation of SSU."
    )
    facts = _roles(extractor, text)
    assert ("Tatyana Zhdanova", "deputy director", "Gazprom School") in facts
    assert ("Ekaterina Mamedova", "head", "Gazprom School") in facts
    text = (
        "Tatyana Kuznetsova, a teacher in Bishkek; Tatyana Zhdanova, Deputy Director for Educational Affairs; "
        "and Ekaterina Mamedova arrived at the invitation of SSU."
    )
    assert not any(f[0] == "Tatyana Zhdanova" and f[2] == "Gazprom School" for f in _roles(extractor, text))


def test_a_document_signed_after_the_meeting_is_the_pair_that_met(extractor):
    """agreement.parties.meeting_pair: "As a result of the meeting a Roadmap of cooperation for 2024-2025 was
    signed" (9922 illp) after a paragraph on the meeting of two institutes: the pair that met signs it; a
    document signed with no meeting told takes no guess from the paragraph before."""
    text = (
        "A delegation of the Private Law Research Centre visited the Institute of Legislation and Legal Policy.\n\n"
        "As a result of the meeting a Roadmap of cooperation for 2024-2025 was signed."
    )
    found = _agreements(extractor, text)
    assert found == [
        (
            "roadmap",
            ["Institute of Legislation and Legal Policy", "Private Law Research Centre"],
            "agreement.parties.meeting_pair",
        )
    ]
    text = (
        "A delegation of the Private Law Research Centre visited the Institute of Legislation and Legal Policy.\n\n"
        "A Roadmap of cooperation for 2024-2025 was signed."
    )
    assert not any(rule == "agreement.parties.meeting_pair" for _, _, rule in _agreements(extractor, text))


def test_the_rectors_of_two_universities_named_next_are_each_a_rector(extractor):
    """role.reject.counted_group holds back for a pair whose names follow at once: "signed by the rectors of
    two universities Sergey Repkin and Makhmudzhan Baltabaev" (B1653 sportedu.by) ties the plural title to
    both names; "the rector of more than 40 universities" still names no one."""
    text = (
        "The respective agreements were signed by the rectors of two universities Sergey Repkin and "
        "Makhmudzhan Baltabaev."
    )
    people = {p for p, role, _ in _roles(extractor, text) if role == "rector"}
    assert people == {"Sergey Repkin", "Makhmudzhan Baltabaev"}
    text = "Ivan Petrov, the rector of more than 40 universities, spoke at the forum."
    assert not _roles(extractor, text)


def test_a_quoted_name_after_the_title_s_organisation_ends_it(extractor):
    """A title's organisation written with a quoted name ends at the closing quote, so the name after it is
    the holder's: 'Director General of RSE "Kazhydromet" Danara Alimbayeva noted' (B1661 kazhydromet.kz)."""
    text = 'In her speech, Director General of RSE "Kazhydromet" Danara Alimbayeva noted the cooperation.'
    assert ("Danara Alimbayeva", "director") in {(p, r) for p, r, _ in _roles(extractor, text)}


def test_a_lead_researcher_is_a_researcher(extractor):
    """patterns/roles.jsonl: "lead researchers Julia Gale and Svetlana Ikonnikova" (B1626 beg.utexas.edu)
    are researchers, not the category other."""
    text = "Bureau director Scott W. Tinker and lead researchers Julia Gale and Svetlana Ikonnikova traveled."
    roles = {m.text: m.norm for m in extractor.extract(text).mentions if m.label == "ROLE"}
    assert roles["lead researchers"] == "researcher"


def test_more_date_lines_are_publication_dates(extractor):
    """date_line_any and the weekday_line cue: a site's domain before the date ("lmcchina.org, October 18,
    2021", B1638), a space before the year's comma ("Editor: | Oct 15 , 2016", B1676), a weekday line written
    in lower case ("monday 22 june 2020", B1641); a date in the first sentence of prose still is none."""
    cases = {
        "China trains aviation talents\n\nlmcchina.org, October 18, 2021\nSize:\n\nThe course opened.": "2021-10-18",
        "A delegation visited NSSC\n\nEditor: | Oct 15 , 2016\n\nOn Oct. 11, a delegation visited.": "2016-10-15",
        "Discussion of cooperation\n\nmonday 22 june 2020\n\nOn June 18, 2020, a conference was held.": "2020-06-22",
        "Discussion of cooperation\n\nOn June 18, 2020, a video conference was held between the two.": None,
    }
    _assert_published(extractor, cases)


def test_a_plural_head_noun_or_a_word_inside_a_title_is_no_name(extractor):
    """person.span names after a place or a title: "General Director of the Moscow Kremlin Museums" (B1702
    chinaculture.org; a plural head noun) and "Chief Military Expert of the Ministry" (B1725; one word between
    two title words) name no one; "Director of the Moscow Kremlin Museums Elena Gagarina" still names her."""
    text = (
        "Shan Jixiang, Director of the Palace Museum, and Elena Gagarina, General Director of the Moscow Kremlin "
        "Museums, representing China and Russia respectively, signed the agreement."
    )
    people = {m.text for m in extractor.extract(text).mentions if m.label == "PERSON"}
    assert people == {"Shan Jixiang", "Elena Gagarina"}
    text = "He met Eduard Cizikov, Chief Military Expert of the Ministry of Civil Defense Affairs, in Nis."
    assert "Military" not in {m.text for m in extractor.extract(text).mentions if m.label == "PERSON"}


def test_partners_listed_after_a_counted_group_each_sign(extractor):
    """agreement.parties.distributive after the comma that closes a count: "TUAS has signed double degree
    agreements with two Russian universities, St. Petersburg University of Management and Economics and the
    Orenburg State University" (B1711 tuas.fi): one agreement with each; a clause after the count ("with 40
    universities, and A and B signed ...") lists no partners."""
    text = (
        "TUAS has signed double degree agreements with two Russian universities, St. Petersburg University of "
        "Management and Economics and the Orenburg State University."
    )
    found = _agreements(extractor, text)
    assert sorted(p for _, parties, _ in found for p in parties if p != "TUAS") == [
        "Orenburg State University",
        "St. Petersburg University of Management and Economics",
    ]
    assert len(found) == 2
    text = (
        "TUAS has signed agreements with 40 universities, and Tsinghua University and Peking University too."
    )
    assert not any(rule == "agreement.parties.distributive" for _, _, rule in _agreements(extractor, text))


def test_degrees_after_a_name_lead_on_to_its_title(extractor):
    """role.tie.name_title over degrees: "Prof. Wu Changqi, Ph.D., Dean, Prof. Shuo Zhou, Ph.D., Vice-Dean for
    International Cooperation" (B1793 fon.bg.ac.rs): the dean is Wu Changqi, not the next name."""
    text = (
        "The delegation consisted of Prof. Wu Changqi, Ph.D., Dean, Prof. Shuo Zhou, Ph.D., Vice-Dean for "
        "International Cooperation and Prof. Ding Ronggui, Ph.D., Director of the Project Management Institute."
    )
    facts = {(p, r) for p, r, _ in _roles(extractor, text)}
    assert ("Wu Changqi", "dean") in facts and ("Shuo Zhou", "dean") not in facts


def test_a_date_set_off_by_a_colon_a_turkish_month_or_written_twice_dates_the_page(extractor):
    """Cue ``date_before_headline`` with a month's name and a colon ("December 17, 2018: ISDP is glad to
    announce ...", B1392 isdp.eu), a Turkish month name (patterns/month_names.jsonl: "28 Kasım 2024", B1575),
    the same day written twice on the date line ("November 28, 2017 2017/11/28 2713", B1323); a date that
    opens the story's first sentence without a colon dates the event ("17 October, 2022 MPEI received a
    delegation", corpus/117)."""
    cases = {
        "ISDP signs Memorandum\n\nDecember 17, 2018: ISDP is glad to announce the signing.": "2018-12-17",
        "Online Meeting\n\n28 Kasım 2024\n\nMember States of the Organization met online.": "2024-11-28",
        "TMU is to sign a MOU\n\nNovember 28, 2017 2017/11/28 2713\n\nTMU is to sign a MOU with SPbU.": "2017-11-28",
        "MPEI hosted visit\n\n17 October, 2022 MPEI received a Chinese Delegation which included Zhao.": None,
    }
    _assert_published(extractor, cases)


def test_an_academy_of_sciences_after_its_institute_is_no_party(extractor):
    """agreement.party.parent_apposition for an academy of sciences written out after its institute and a
    comma ("the Institute of Process Engineering, Chinese Academy of Sciences and the Egyptian Bureau", B1303
    ipe.cas.cn): two parties; a university in that place is a third one."""
    text = (
        "The Institute of Process Engineering, Chinese Academy of Sciences and the Egyptian Bureau for Cultural "
        "Affairs signed a memorandum."
    )
    assert [sorted(p) for _, p, _ in _agreements(extractor, text)] == [
        ["Egyptian Bureau for Cultural Affairs", "Institute of Process Engineering"]
    ]
    text = text.replace("Chinese Academy of Sciences", "Tsinghua University")
    assert "Tsinghua University" in _agreements(extractor, text)[0][1]
