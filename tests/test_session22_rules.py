"""Rules added in the twenty-second session (diplomatic missions), each fired on a hand-written release and
held back on another."""

from __future__ import annotations

from extractor.facts.agreement_merge import other_year
from extractor.find.org_words import office_of_title
from extractor.lang.countries import country_code, formal_name, names_a_people
from extractor.normalise.missions import mission

from .record_views import agreements as _agreements
from .record_views import norms as _keys
from .record_views import orgs as _orgs
from .record_views import roles as _roles
from .record_views import signatories as _signers
from .record_views import texts


def test_countries_are_known_by_name_demonym_capital_and_abbreviation():
    """lang.countries: every way a release names a country gives its ISO code."""
    assert [
        country_code(n) for n in ("Chinese", "the Kyrgyz Republic", "Russia’s", "Cairo", "PRC", "BiH")
    ] == ["CN", "KG", "RU", "EG", "CN", "BA"]
    assert country_code("Guangzhou") is None and country_code("Tsinghua") is None


def test_a_key_writes_a_state_by_its_form_and_a_long_form_by_its_short_name():
    """lang.countries.formal_name: one word before the state's form keeps it; longer forms, no form and
    "United ..." give the everyday name; ISO spellings give way to the everyday spelling."""
    assert formal_name("CN") == "the People's Republic of China"
    assert formal_name("KG") == "the Kyrgyz Republic"
    assert formal_name("ET") == "Ethiopia"  # Federal Democratic Republic of Ethiopia
    assert formal_name("GB") == "the United Kingdom"
    assert formal_name("VN") == "the Socialist Republic of Vietnam"
    assert formal_name("TR") == "the Republic of Turkey"
    assert formal_name("KR") == "the Republic of Korea"


def test_an_embassy_name_runs_on_over_its_host_country_or_capital(extractor):
    """org.span.mission_place: the model stops at "Embassy"; the name goes on over "in Ethiopia", and over a
    capital, with its key naming both countries formally."""
    rec = extractor.extract(
        "The memorandum was witnessed by officials of the Chinese Embassy in Ethiopia and of the Embassy of "
        "Nepal in Beijing."
    )
    keys = _keys(rec)
    assert keys["Chinese Embassy in Ethiopia"] == "Embassy of the People's Republic of China in Ethiopia"
    assert keys["Embassy of Nepal in Beijing"] == "Embassy of Nepal in the People's Republic of China"


def test_a_university_in_a_city_stays_the_university(extractor):
    """org.span.mission_place holds back for any name that is no mission: "in Beijing" is where Tsinghua
    University is, not part of its name."""
    rec = extractor.extract("Tsinghua University in Beijing signed a memorandum with Tomsk State University.")
    assert "Tsinghua University" in _orgs(rec)
    assert not any("Beijing" in o for o in _orgs(rec))


def test_a_lower_case_embassy_a_country_names_is_an_organisation(extractor):
    """org.mission: "the Irish embassy in Beijing" and "the embassy of India in Uzbekistan" are missions
    (without the article); a consulate keeps the city it sits in."""
    rec = extractor.extract(
        "The Irish embassy in Beijing hosted the ceremony. Staff of the embassy of India in Uzbekistan and of the "
        "Consulate General of Brazil in Guangzhou attended."
    )
    keys = _keys(rec)
    assert keys["Irish embassy in Beijing"] == "Embassy of Ireland in the People's Republic of China"
    assert (
        keys["embassy of India in Uzbekistan"]
        == "Embassy of the Republic of India in the Republic of Uzbekistan"
    )
    assert keys["Consulate General of Brazil in Guangzhou"] == (
        "Consulate General of the Federative Republic of Brazil in Guangzhou"
    )


def test_a_bare_mission_takes_the_host_the_release_gives_it(extractor):
    """org.key.mission: a later "the Chinese Embassy" is the Chinese Embassy in Kenya named before; its
    counsellor holds office there."""
    rec = extractor.extract(
        "Representatives of the Chinese Embassy in Kenya visited Kenyatta University on Monday. Wang Wei, "
        "Counsellor of the Chinese Embassy, said the embassy supports the new Confucius Institute."
    )
    key = "Embassy of the People's Republic of China in the Republic of Kenya"
    assert set(_keys(rec).values()) >= {key}
    assert {k for t, k in _keys(rec).items() if "Embassy" in t} == {key}
    assert ("Wang Wei", "other", key) in _roles(rec)


def test_a_bare_mission_sits_in_the_country_the_release_names_most(extractor):
    """org.key.mission_release_country: with no host anywhere in the release, the Mongolian Embassy is in the
    country the release names most after Mongolia (China, twice); the parsed mission alone has no host."""
    rec = extractor.extract(
        "Officials of the Mongolian Embassy visited Jiangsu University in China on May 5. They discussed "
        "student exchanges between Mongolia and China."
    )
    assert _keys(rec)["Mongolian Embassy"] == "Embassy of Mongolia in the People's Republic of China"
    assert mission("Mongolian Embassy").key() == "Embassy of Mongolia"


def test_a_unit_of_an_embassy_is_no_mission():
    """org.key.mission holds back for a unit of a mission and for a sender that is no country."""
    assert mission("Education Office of the Chinese Embassy in Russia") is None
    assert mission("Tsinghua Embassy") is None


def test_a_representative_office_is_named_with_its_title_word_and_its_host(extractor):
    """org.reject.vocabulary passes a title word that names an office ("Representative Office"), and
    org.span.mission_place runs a representative office on over its host country."""
    rec = extractor.extract(
        "The festival was organised by the Representative Office of Rossotrudnichestvo in India and Mari State "
        "University."
    )
    assert "Representative Office of Rossotrudnichestvo in India" in _orgs(rec)


def test_a_title_word_before_a_name_is_still_no_organisation(extractor):
    """org.reject.vocabulary holds for a title word that names no office: the model's "Rector Kazan
    University" is no organisation with a title in it."""
    rec = extractor.extract("Rector Ilshat Gafurov of Kazan Federal University signed the agreement.")
    assert not any("Rector" in o for o in _orgs(rec))
    assert office_of_title(["president", "’s", "office"], 0)
    assert not office_of_title(["rector", "kazan", "university"], 0)


def test_documents_listed_together_keep_their_kinds(extractor):
    """agreement.merge.listed_documents: a headline's "Signing MOU" and a list "Cooperation Agreement, Protocol
    on ..." are three documents of the pair, not one memorandum."""
    rec = extractor.extract(
        "Walailak University Welcomes Delegates, Signing MOU\n\n"
        "Walailak University (WU) welcomed delegates from Saint Petersburg State University (SPbU). The "
        "President said WU has been collaborating with SPbU since July and has signed three official "
        "documents, including Cooperation Agreement, Protocol on Academic Exchange, and Protocol on Student "
        "Exchange."
    )
    pair = ["Saint Petersburg State University", "Walailak University"]
    kinds = {kind for kind, _, parties in _agreements(rec) if parties == pair}
    assert kinds == {"memorandum", "agreement", "protocol"}


def test_a_headline_memorandum_is_the_one_agreement_the_pair_signed(extractor):
    """agreement.merge.listed_documents holds back where the partners signed one document: the headline's
    "Signs MOU" is the cooperation agreement the body reports, one memorandum."""
    rec = extractor.extract(
        "Walailak University Signs MOU\n\n"
        "Walailak University (WU) and Saint Petersburg State University (SPbU) signed a cooperation agreement "
        "on May 5, 2023."
    )
    assert [k for k, _, _ in _agreements(rec)] == ["memorandum"]


def test_documents_signed_in_different_months_are_two(extractor):
    """agreement.merge other_year by month: a cooperation agreement signed on February 27 and a memorandum
    signed "in August 2022" by the same universities are two documents."""
    rec = extractor.extract(
        "On February 27, Central South University and Songkhla Rajabhat University signed a cooperation "
        "agreement. In August 2022, Central South University signed a Memorandum of understanding with "
        "Songkhla Rajabhat University."
    )
    assert sorted(k for k, _, _ in _agreements(rec)) == ["agreement", "memorandum"]
    assert other_year("XXXX-02-27", "2022-08") and not other_year("2022-08", "2022-08-15")


def test_a_nationality_is_no_person_but_a_capital_name_may_be(extractor):
    """person.reject.place_name over a people's name (``lang.countries.names_a_people``): the model's "Sri
    Lankan" is no person; "Sofia" or "Jordan", a capital's or a country's name, may be a person's."""
    rec = extractor.extract(
        "Saman Weerasinghe, the project’s mentor and former Sri Lankan Ambassador to Russia, highlighted the "
        "benefits. Additionally, Sri Lankan students would have the opportunity to study in Moscow."
    )
    assert texts(rec, "PERSON") == ["Saman Weerasinghe"]
    assert names_a_people("Sri Lankan") and names_a_people("P.R. China")
    assert not names_a_people("Sofia") and not names_a_people("Jordan") and not names_a_people("Hong Kong")


def test_a_nations_house_a_branch_and_an_office_abroad_keep_their_place(extractor):
    """org.span.mission_place over a nation's "House", a "branch" and an "Office" abroad: "Russian House in
    New Delhi" (a capital), "MSU branch in Yerevan", "Nuffic Neso Office in Russia"."""
    rec = extractor.extract(
        "The festival was held at the Russian House in New Delhi with the MSU branch in Yerevan and the Nuffic "
        "Neso Office in Russia."
    )
    assert {"Russian House in New Delhi", "MSU branch in Yerevan", "Nuffic Neso Office in Russia"} <= set(
        _orgs(rec)
    )


def test_signers_named_before_an_auxiliary_and_the_verb(extractor):
    """agreement.signatories.names_before_verb over an auxiliary: "rectors of A Name1 and B Name2 have signed"
    names both signers; the subject's parse reads only the plural title."""
    rec = extractor.extract(
        "During the videoconference, rectors of Samarkand State University Rustam Kholmuradov and Lviv "
        "Polytechnic National University Yurii Bobalo have signed a Framework Cooperation Agreement."
    )
    assert _signers(rec) == [["Rustam Kholmuradov", "Yurii Bobalo"]]


def test_the_publication_date_line_is_one_date_mention(extractor):
    """date.published_line: the date of the page's date line is one DATE mention valued as the publication
    date, also in Russian ("04 июня 2019"), not the year the model reads of it; a date in the story is left
    to the other rules."""
    rec = extractor.extract(
        "Skolkovo, Italian agencies ink agreements\n\n04 июня 2019\n\n\nThe Skolkovo Foundation signed "
        "agreements with Italian agencies on June 3."
    )
    dates = [(m.text, m.norm, m.source) for m in rec.mentions if m.label == "DATE"]
    assert dates[0] == ("04 июня 2019", "2019-06-04", "published")
    assert [d[:2] for d in dates[1:]] == [("June 3", "2019-06-03")]


def test_today_dated_or_placed_is_a_day_but_today_as_nowadays_is_none(extractor):
    """date.keep.today_here: "Today, 17 December, is the opening day" and "The delegation is in Tomsk today."
    name a day (no past or event verb near them); held back: "Today China is one of the partners" means
    nowadays (date.reject.nowadays)."""
    dates = lambda t: [m.text for m in extractor.extract(t).mentions if m.label == "DATE"]  # noqa: E731
    assert "Today" in dates("Today, 17 December, is the opening day of the forum in Tomsk.")
    assert "today" in dates("The delegation is in Tomsk today.")
    assert dates("Today China is one of the strategic partners of Belarus.") == []


def test_a_company_name_with_a_country_after_it_is_its_national_branch(extractor):
    """org.span.national_branch: "Huawei Technologies Pakistan" signs, not Huawei; held back for an
    institution ("Perm State University Russia") and a country that modifies the next noun."""
    rec = extractor.extract(
        "A memorandum was signed between Air University and Huawei Technologies Pakistan on Monday. Perm State "
        "University Russia also attended."
    )
    assert _agreements(rec) == [("memorandum", "signed", ["Air University", "Huawei Technologies Pakistan"])]
    assert "Perm State University" in _orgs(rec)
