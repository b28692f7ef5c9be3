"""Rules added or widened in the thirty-first session, each fired on a hand-written release and held back on
another."""

from __future__ import annotations

from extractor.models import AgreementFact

from .record_views import roles as _roles
from .record_views import texts as _texts


def test_a_capitalised_word_after_a_word_of_the_line_is_no_dateline(extractor):
    """org.reject.dateline held back: "From SPEU, Vice-Rector ..." opens its line with a word, so the capitals
    after it are an organisation (read as the short form of the university named before), not a dateline's
    place; the people listed after it are of that university."""
    rec = extractor.extract(
        "Representatives of the Ufa State Aviation Technical University visited St. Petersburg State "
        'Electrotechnical University "LETI".\n'
        "From SPEU, Vice-Rector for Research Viktor Tupik, Vice-Rector for Strategic Development Petr Afonin "
        "attended the meeting."
    )
    assert "SPEU" in _texts(rec, "ORG")
    leti = 'Saint Petersburg Electrotechnical University "LETI"'
    assert ("Viktor Tupik", "vice-rector", leti) in _roles(rec)
    assert ("Petr Afonin", "vice-rector", leti) in _roles(rec)


def test_a_dateline_of_two_words_in_capitals_is_still_a_place(extractor):
    """org.reject.dateline still fires when the word before is the place's own first word in capitals
    ("KUALA LUMPUR, ...", "ADDIS ABABA, ...")."""
    rec = extractor.extract(
        "KUALA LUMPUR, Oct 7 — Universiti Malaya signed a memorandum of understanding with Kazan Federal "
        "University on Monday."
    )
    assert not {"LUMPUR", "KUALA LUMPUR"} & set(_texts(rec, "ORG"))


def test_a_short_form_after_a_title_of_names_the_organisation(extractor):
    """org.acronym_acting after "<title> of": two capitals ("President of AU"), capitals with a number
    ("Director of CAMP2") and two short forms joined by "@" ("Director of CI@TU") are the organisation, so
    the title stops before them and the person's role is of that organisation, not of the release's."""
    rec = extractor.extract(
        "Aba Teachers University hosted a delegation on June 25, 2025.\n\n"
        "The delegation was led by Sirichai Fonseka, President of AU, whose leadership continues. "
        "Professor Soon-Jik Hong, Director of CAMP2, spoke about powder metallurgy. "
        "Prof. Zhang Xingnian, China-side Director of CI@TU, attended."
    )
    assert {"AU", "CAMP2", "CI@TU"} <= set(_texts(rec, "ORG"))
    assert ("Sirichai Fonseka", "president", "AU") in _roles(rec)
    assert ("Soon-Jik Hong", "director", "CAMP2") in _roles(rec)
    assert ("Zhang Xingnian", "director", "CI@TU") in _roles(rec)
    assert "President" in _texts(rec, "ROLE")


def test_a_field_short_form_after_a_title_stays_in_the_title(extractor):
    """Held back: a field's short form ("Head of HR", ``patterns/field_acronyms.jsonl``) and two capitals
    not after "<title> of" are no organisation."""
    rec = extractor.extract(
        "Kazan Federal University signed an agreement with Tianjin University on May 3, 2024. "
        "Anna Ivanova, Head of HR, and the AU team attended."
    )
    assert not {"HR", "AU"} & set(_texts(rec, "ORG"))
    assert "Head of HR" in _texts(rec, "ROLE")


def test_a_units_title_that_only_the_release_would_place_is_no_fact(extractor):
    """role.reject.unit_title_guess: "the head of international division Chen Qingping" and "the deputy
    director He Yongfeng" of a visiting delegation name no unit the text spells out; the host's release
    would lend them its own organisation, the other side's, so no fact is made for them. The president of
    the same delegation still gets the release's organisation (a guess the gold often takes)."""
    rec = extractor.extract(
        'New partner of ETU "LETI"\n\n'
        "On December 23, 2016 a delegation from East Chinese transport university represented by the "
        "president Luo Yufeng, the head of international division Chen Qingping and the deputy director He "
        'Yongfeng visited ETU "LETI".'
    )
    people = {p for p, _, _ in _roles(rec)}
    assert "Luo Yufeng" in people
    assert not {"Chen Qingping", "He Yongfeng"} & people


def test_a_units_title_with_its_organisation_written_stays_a_fact(extractor):
    """Held back: a head whose organisation the text writes beside the title keeps the fact."""
    rec = extractor.extract(
        'New partner of ETU "LETI"\n\n'
        "On December 23, 2016 Chen Qingping, head of the International Office of East China Jiaotong "
        'University, visited ETU "LETI".'
    )
    assert ("Chen Qingping", "head") in {(p, r) for p, r, _ in _roles(rec)}


def test_a_whole_place_name_is_no_person(extractor):
    """person.reject.place_name for every finder: a subdivision's name of two words or more ("Mato Grosso",
    ISO 3166-2) or a country is a place the model read as a name; a one-word subdivision may be a given
    name ("Paul") and is left to the other rules."""
    rec = extractor.extract(
        "The Federal University of Mato Grosso signed the agreement in Cuiaba. Mato Grosso is a state of "
        "Brazil. Rector Paul Smith thanked the guests."
    )
    assert "Mato Grosso" not in _texts(rec, "PERSON")
    assert "Paul Smith" in _texts(rec, "PERSON")


def test_a_place_that_ends_a_university_name_is_no_person_at_its_tail(extractor):
    """org.span.person_tail held back: the last word of a place that ends an organisation's name ("of Hong
    Kong") is no person's name, though "Kong" is a Chinese surname."""
    rec = extractor.extract("The delegation visited The Education University of Hong Kong on Monday.")
    assert "The Education University of Hong Kong" in _texts(rec, "ORG")
    assert not _texts(rec, "PERSON")


def test_a_title_that_names_its_own_holder_is_no_apposition_to_a_titled_name(extractor):
    """role.tie.name_title held back in a list of titles each before its name: "the Minister of Science of
    Russia A, the Minister of Education of the Russian Federation B" gives B's title to B (role.tie.
    title_org_name), not to A, who already has a title before the name."""
    rec = extractor.extract(
        "The Forum was attended by the Minister of Science and Higher Education of Russia Mikhail Kotyukov, "
        "the Minister of Education of the Russian Federation Olga Vasilyeva, the Rector of Kyrgyz State "
        "University Bakyt Amanov and others."
    )
    ministers = {p for p, r, _ in _roles(rec) if r == "minister"}
    assert ministers == {"Mikhail Kotyukov", "Olga Vasilyeva"}


def test_a_second_title_set_off_after_a_titled_name_is_still_its_own(extractor):
    """Held back: when no name follows the second title in its item ("Rector Ivan Petrov, Professor of
    Physics, said"), the title set off after the name is that name's."""
    rec = extractor.extract(
        "Kazan Federal University signed an agreement with Tianjin University on May 3, 2024. Rector Ivan "
        "Petrov, Head of the Department of Physics, said the agreement opens a new chapter."
    )
    assert ("Ivan Petrov", "head") in {(p, r) for p, r, _ in _roles(rec)}


def test_a_memorandum_of_agreement_is_one_memorandum(extractor):
    """``patterns/agreements.jsonl``: "memorandum of agreement" (an MoA) is one document of kind memorandum,
    not a memorandum and an agreement."""
    rec = extractor.extract(
        "Jeonbuk National University signed a memorandum of agreement with Mongolian National University on "
        "Thursday."
    )
    assert [(m.text, m.norm) for m in rec.mentions if m.label == "AGREEMENT"] == [
        ("memorandum of agreement", "memorandum")
    ]


def test_a_geological_survey_is_an_organisation(extractor):
    """``patterns/org_heads.jsonl``: "survey" heads an organisation's name ("Geological Survey of Mongolia"),
    so a chairman's title goes to it, not to the country after "of"."""
    rec = extractor.extract(
        "Mongolian and Russian geologists met in Ulaanbaatar. Chuluun Oidov, Chairman of the Geological "
        "Survey of Mongolia, opened the workshop."
    )
    assert "Geological Survey of Mongolia" in _texts(rec, "ORG")
    assert ("Chuluun Oidov", "chair", "Geological Survey of Mongolia") in _roles(rec)


def test_a_repeated_acronym_before_a_headline_verb_is_the_organisation(extractor):
    """org.acronym_repeat: an acronym the release reads as an organisation ("accompanied by ASU Vice Rector
    ...") is that organisation again before a headline verb ("ASU Welcomes Guests"); before another
    capitalised word it may open a longer name and is left alone ("ASU Innovation Park")."""
    text = (
        "ASU Welcomes Guests from the Republic of Azerbaijan\n\n"
        "The delegation came to Astrakhan Tatishchev State University for a round table. They were "
        "accompanied by ASU Vice Rector for International Affairs Anna Petrova and saw the ASU Innovation Park."
    )
    starts = [m.start for m in extractor.extract(text).mentions if m.label == "ORG" and m.text == "ASU"]
    assert 0 in starts
    assert text.index("ASU Innovation") not in starts


def test_a_portfolio_after_in_charge_of_is_the_titles_even_with_a_head_noun(extractor):
    """role.span portfolio over "in charge of" and "for": "Administration" is a field there, not an
    organisation's head (``patterns/portfolio_words.jsonl``), so the title takes the whole list and the name
    after it (org.reject.portfolio also after "in charge of"); "Head of the Presidential Administration"
    still names an organisation."""
    rec = extractor.extract(
        "Kaimosi Friends University hosted the delegation. The guests were received by the Acting Deputy Vice "
        "Chancellor in charge of Administration, Finance, Planning, and Development, Prof. Maurice Amadalo. "
        "Sergei Ivanov, Head of the Presidential Administration, sent greetings."
    )
    roles = _texts(rec, "ROLE")
    assert (
        "Acting Deputy Vice Chancellor in charge of Administration, Finance, Planning, and Development"
        in roles
    )
    assert "Maurice Amadalo" in {p for p, _, _ in _roles(rec)}
    assert "Presidential Administration" in _texts(rec, "ORG")


def test_a_senate_a_cabinet_and_a_section_head_organisations(extractor):
    """``patterns/org_heads.jsonl``: "senate", "cabinet" and "section" head an organisation's name, so the
    title before them stops there and the role is that body's ("First Deputy Chairman of the Senate of the
    Oliy Majlis", "Head of Cultural Section")."""
    rec = extractor.extract(
        "Sodyq Safoev, First Deputy Chairman of the Senate of the Oliy Majlis, attended the ceremony. "
        "Ms. Li Na, Head of Cultural Section of the Chinese Embassy, also spoke."
    )
    orgs = _texts(rec, "ORG")
    assert "Senate of the Oliy Majlis" in orgs
    assert ("Sodyq Safoev", "deputy chair", "Senate of the Oliy Majlis") in _roles(rec)
    assert "Head" in _texts(rec, "ROLE")


def test_a_political_party_is_an_organisation_and_a_party_to_an_agreement(extractor):
    """``patterns/org_heads.jsonl``: "party" heads a political party's name, so "the Memorandum between the
    People's Democratic Party of Tajikistan and the Communist Party of China" has two parties."""
    rec = extractor.extract(
        "The Memorandum of Understanding between the People's Democratic Party of Tajikistan and the Communist "
        "Party of China was signed in Dushanbe."
    )
    agreements = [f for f in rec.facts if isinstance(f, AgreementFact)]
    assert len(agreements) == 1 and len(agreements[0].parties) == 2
    assert "Communist Party of China" in agreements[0].parties
