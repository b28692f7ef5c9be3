"""Rules added in the nineteenth session, each fired on a hand-written release and held back on another."""

from __future__ import annotations

import pytest

from extractor.normalise.org_text import bracket_short_form

from .record_views import agreements as _agreements
from .record_views import norms as _norms
from .record_views import orgs as _orgs
from .record_views import roles as _roles


def _signers(rec) -> list[list[str]]:
    return [f.signatories for f in rec.facts if f.type == "agreement"]


def test_an_acronym_of_the_name_in_its_own_language_is_its_short_form():
    """org.bracket_short_form.reordered: "Macao Polytechnic Institute (IPM)" (Instituto Politécnico de Macau)
    holds the English name's initials in another order; a committee's bracket still shortens no unit."""
    assert bracket_short_form("IPM", "Macao Polytechnic Institute", of_whole=True)
    assert bracket_short_form("UNAM", "National Autonomous University of Mexico", of_whole=True)
    assert not bracket_short_form("WHU", "Party Committee of Wuhan University", of_whole=True)
    assert not bracket_short_form("FEPM", "Portuguese School Foundation of Macau", of_whole=True)


@pytest.mark.parametrize(
    ("text", "short", "key"),
    [
        (  # org.bracket_short_form.reordered: the short form and its later uses
            "The Macao Polytechnic Institute (IPM) took part in the visit. IPM signed a protocol with the "
            "University of Lisbon.",
            "IPM",
            "Macao Polytechnic Institute",
        ),
        (  # a short form in quotes inside brackets, and its use in the headline
            "SZPU and ITE Held a Signing Ceremony\n\nOn November 27, Shenzhen Polytechnic University (“SZPU”) "
            "and the Institute of Technical Education held a signing ceremony.",
            "SZPU",
            "Shenzhen Polytechnic University",
        ),
    ],
)
def test_a_bracketed_short_form_takes_the_names_key(extractor, text, short, key):
    """The bracketed short form ("(IPM)" reordered, "(“SZPU”)" quoted) and its other uses share the name's
    key."""
    rec = extractor.extract(text)
    assert {m.norm for m in rec.mentions if m.text == short} == {key}


def test_the_people_a_signing_is_between_are_its_signatories(extractor):
    """agreement.signatories.between: "the signing of a protocol agreement between IPM President X and the
    President of Y, Z, in Lisbon": the people of the "between" clause, up to its place, signed it."""
    rec = extractor.extract(
        "The visit included the signing of a protocol agreement between IPM President Lei Heong Iok and the "
        "President of the Portuguese School Foundation of Macau, Roberto Carneiro, in Lisbon on September 20."
    )
    assert _signers(rec) == [["Lei Heong Iok", "Roberto Carneiro"]]


def test_talks_between_leaders_name_no_signatories(extractor):
    """Held back: a "between" after a noun of meeting ("negotiations between President X and Chairman Y")
    names who talked, not who signed."""
    rec = extractor.extract(
        "An agreement between Turkmen State University and Peking University was signed during the "
        "negotiations between Turkmen President Gurbanguly Berdymuhamedov and Chairman Xi Jinping."
    )
    assert _signers(rec) == [[]]


def test_the_visitor_a_signing_marked_is_no_signatory(extractor):
    """agreement.signatories.not_witness: "signed by four rectors ... on the occasion of the official visit of
    President Xi Jinping": the visitor is no signer."""
    rec = extractor.extract(
        "The agreement between Fudan University and Vrije Universiteit Brussel was signed by the rectors in "
        "Brussels on the occasion of the official visit of President Xi Jinping to Brussels in March 2014."
    )
    assert _signers(rec) == [[]]


def test_an_institute_before_its_academy_is_the_academys_unit(extractor):
    """org.key.parent_after_comma and agreement.party.unit_to_parent: "the Institute of Archaeology, Chinese
    Academy of Social Sciences (IA CASS) and the University of Aberdeen signed": the institute is keyed as
    the academy's and signs for itself; the academy is no third party."""
    rec = extractor.extract(
        "On July 5, 2012, the Institute of Archaeology, Chinese Academy of Social Sciences (IA CASS) and the "
        "University of Aberdeen, UK, formally signed a cooperation research agreement."
    )
    assert _norms(rec)["Institute of Archaeology"] == (
        "Institute of Archaeology of the Chinese Academy of Social Sciences"
    )
    assert _agreements(rec) == [
        (
            "agreement",
            "signed",
            ["Institute of Archaeology of the Chinese Academy of Social Sciences", "University of Aberdeen"],
        )
    ]


def test_a_list_of_partners_is_no_unit_and_parent(extractor):
    """Held back: "the Institute of Physics, Tsinghua University and Fudan University": a list of three
    partners (another organisation follows), and a registered institution before a comma ("MAI, Beihang
    University") is no unit."""
    rec = extractor.extract(
        "Kazan Federal University signed agreements with the Institute of Physics, Tsinghua University and "
        "Fudan University. Students of MAI, Beihang University and Harbin Institute of Technology attended."
    )
    norms = _norms(rec)
    assert norms["Institute of Physics"] == "Institute of Physics"
    assert norms["MAI"] == "Moscow Aviation Institute"


def test_a_name_ending_in_the_documents_organisation_is_a_member_of_it(extractor):
    """org.from_person.org_name_last: "Chimie ParisTech" beside "ParisTech's agreements": a "name" whose last
    word is a one-word organisation of the document spelt with an inner capital is an organisation."""
    rec = extractor.extract(
        "The fair consolidated ParisTech's agreements with Tomsk State University. Chimie ParisTech signed a "
        "double degree agreement with Tomsk State University."
    )
    assert "Chimie ParisTech" in _orgs(rec)


def test_a_surname_with_a_prefix_stays_a_name(extractor):
    """Held back: "Brian MacCraith" (a surname's "Mac" prefix, not an organisation's inner capital)."""
    rec = extractor.extract(
        "Dublin City University President Brian MacCraith signed the memorandum with Hanyang University. "
        "MacCraith said the partnership would grow."
    )
    assert "Brian MacCraith" not in _orgs(rec)


def test_a_patronymic_particle_joins_an_arabic_name(extractor):
    """person.span.nasab: "Dr Salim bin Sultan al Ruzaiqi, CEO of MTC", "Jawaher bint Shaheen Al-Mudhahki":
    the particle, its article and the name words around it are one name."""
    rec = extractor.extract(
        "The MoU was signed by Dr Salim bin Sultan al Ruzaiqi, CEO of MTC and Chen Bing, CEO of Huawei Oman. "
        "It was signed in the presence of Jawaher bint Shaheen Al-Mudhahki, President of the University."
    )
    people = [m.text for m in rec.mentions if m.label == "PERSON"]
    assert "Salim bin Sultan al Ruzaiqi" in people
    assert "Jawaher bint Shaheen Al-Mudhahki" in people


def test_a_particle_inside_an_institutions_name_makes_no_person(extractor):
    """Held back: "Abu Ali ibn Sino Bukhara State Medical Institute": the run reaches an institution's word,
    so the words are the institution's name, not a person's."""
    rec = extractor.extract("Students of Abu Ali ibn Sino Bukhara State Medical Institute visited Kazan.")
    assert not any("ibn Sino" in m.text for m in rec.mentions if m.label == "PERSON")


def test_a_year_first_date_line_is_the_publication_date():
    """date_line_any over a year-first date ("2019. February 20., Wednesday", as Hungarian pages write it)
    alone on the page's first line; the same words inside a sentence are no date line."""
    from extractor.find.published import find_published

    body = (
        "\n\nThe Scope of Chinese Cooperation Broadens\n\nThe University of Szeged and its faculty visited China "
        "at the end of January 2019. During the visit, cooperation agreements were signed."
    )
    found = find_published("2019. February 20., Wednesday" + body)
    assert found is not None and found.value == "2019-02-20"
    assert find_published("In 2019. February 20 was the day the forum opened." + body) is None


def test_a_partner_list_goes_on_past_the_region_a_partner_is_of(extractor):
    """agreement.parties (party_lists._place_aside): "with the Tyumen State University (or UTMN) of the Ural
    Federal District, Russia, and the Peoples' Friendship University of Russia": the list goes on past the
    region the first partner is "of"."""
    rec = extractor.extract(
        "UNISA this week concluded a memorandum of understanding (MoU) with the Tyumen State University (or "
        "UTMN) of the Ural Federal District, Russia, and the Patrice Lumumba Peoples' Friendship University of "
        "Russia (also known as RUDN), to launch a language exchange programme."
    )
    assert len(_agreements(rec)) == 1 and len(_agreements(rec)[0][2]) == 3


def test_one_document_between_all_its_parties_stays_whole_after_a_counted_plural(extractor):
    """agreement.keep.one_document_between: "agreements with several universities have been signed" counts
    partners, but "a cooperation agreement between SZTE, A, B and C" is one document of all four."""
    rec = extractor.extract(
        "During the visit, cooperation agreements with several universities have been signed.\n"
        "On the 23rd of January, representatives of the University of Szeged signed a cooperation agreement "
        "between SZTE, Kirk University (Thailand), IPAG Business School (France) and SEGI University (Malaysia)."
    )
    assert [len(p) for *_, p in _agreements(rec)] == [4]


def test_a_counted_plural_still_splits_a_plural_documents_partners(extractor):
    """Held back: "memorandums with two universities ... KazNU together with A and B signed memorandums": a
    plural document with counted partners is one per partner."""
    rec = extractor.extract(
        "KazNU signed memorandums with two universities of China. Al-Farabi Kazakh National University "
        "together with Tsinghua University and Fudan University signed the memorandums in Almaty."
    )
    assert all(len(p) == 2 for *_, p in _agreements(rec)) and len(_agreements(rec)) >= 2


def test_a_legal_form_before_a_companys_name_is_part_of_the_name(extractor):
    """org.span.person_tail and title_names.past_org: "President of JSC Rusatom Overseas, and Mr. X": a legal
    form written before the name ("JSC") is no organisation of its own and the words after it no person."""
    rec = extractor.extract(
        "The Agreement was signed by Mr. Evgeny Pakermanov, President of JSC Rusatom Overseas, and Mr. Silverio "
        "Chavez Rios, Director General of the Bolivian Atomic Energy Agency (ABEN)."
    )
    assert "JSC Rusatom Overseas" in _orgs(rec)
    assert ("Evgeny Pakermanov", "president", "JSC Rusatom Overseas") in _roles(rec)


def test_a_name_after_an_organisations_acronym_is_still_a_name(extractor):
    """Held back: "the rector of KazNU Galym Mutanov": an acronym that is no legal form is the organisation,
    and the words after it the rector's name."""
    rec = extractor.extract("The agreement was signed by the rector of KazNU Galym Mutanov in Almaty.")
    assert "Galym Mutanov" in [m.text for m in rec.mentions if m.label == "PERSON"]


def test_a_country_in_brackets_after_a_name_is_no_short_form(extractor):
    """org_names._bracketed_acronym: "signed in the El Alto State University (Bolivia)": a country in brackets
    names the place, not the university's short form (nor an organisation later: "enable Bolivia")."""
    rec = extractor.extract(
        "On 8 July 2016, a project development agreement was signed in the El Alto State University (Bolivia). "
        "The Centre would enable Bolivia to use nuclear technologies."
    )
    assert "Bolivia" not in _orgs(rec)


def test_a_verb_after_to_opens_no_organisation(extractor):
    """org.span.infinitive_verb: "Signs Agreement to Build Nuclear Science and Technology Centre": the verb
    after "to" is no word of the name; a name after "to" keeps its first word ("went to Harbin Institute")."""
    rec = extractor.extract(
        "ROSATOM Signs Agreement to Build Nuclear Science and Technology Centre in Bolivia\n\n"
        "The delegation went to Harbin Institute of Technology on Monday."
    )
    orgs = _orgs(rec)
    assert not any(o.startswith("Build") for o in orgs)
    assert "Harbin Institute of Technology" in orgs


def test_days_later_count_from_the_day_the_text_last_named(extractor):
    """date.anchor.narrative: "agreed on April 29 ... Two days later, SJTU signed another agreement ... On the
    same day, STJU signed a third agreement": both from April 29, not from the publication date; the
    dateline_bracket_date cue reads "AsianScientist (May 12, 2014) –" as the publication date."""
    rec = extractor.extract(
        "AsianScientist (May 12, 2014) – China and Australia may soon see more joint research.\n"
        "SJTU and the University of Sydney agreed on April 29 to set up an alliance.\n"
        "Two days later, SJTU signed another agreement with the University of Adelaide.\n"
        "On the same day, SJTU signed a third agreement with the University of New South Wales."
    )
    assert rec.published == "2014-05-12"
    dates = {m.text: m.norm for m in rec.mentions if m.label == "DATE"}
    assert dates["Two days later"] == "2014-05-01" and dates["same day"] == "2014-05-01"


def test_days_later_without_a_day_named_before_stay_unresolved():
    """Held back: with no day named before (a month only), "two days later" gives no value of its own."""
    from extractor.normalise.date_relative import narrative_day

    assert narrative_day("Two days later", "2014-04") is None
    assert narrative_day("the following day", "XXXX-10-07") == "XXXX-10-08"


def test_the_outlet_opening_a_dateline_is_not_the_releases_organisation(extractor):
    """home.reject.dateline_source: "AsianScientist (May 12, 2014) – ...": the outlet before the dateline's date
    reports; a bare title later in the text is not its staff."""
    from extractor.facts.home import home_org

    doc = extractor.nlp(
        extractor.make_doc(
            "AsianScientist (May 12, 2014) – China and Australia may soon see more joint research.\n"
            "Shanghai Jiao Tong University signed an agreement with the University of Adelaide on May 1. "
            "Shanghai Jiao Tong University also met the University of Sydney."
        )
    )
    assert home_org(doc) != "AsianScientist"


def test_a_supporting_programmes_body_is_no_party(extractor):
    """agreement.party.not_source over "supported by" / "funded by": "Supported by the ILO/China Partnership
    Programme ..., the agreement was signed between A and B": the supporter is no party."""
    rec = extractor.extract(
        "Supported by the ILO/China Partnership Programme on Skills Development, the agreement was signed on 30 "
        "July 2025 between China's Zhejiang Construction Technician College (ZCTC) and Cambodia's Polytechnic "
        "Institute of Pursat Province (PIPP) in Zhejiang."
    )
    assert [len(p) for *_, p in _agreements(rec)] == [2]


def test_a_dateline_with_the_agency_between_dashes():
    """The dateline_agency_dashes cue: "HONG KONG SAR – Media OutReach – 29 March 2023 – As a leading ...";
    a description between dashes in a sentence is no dateline."""
    from extractor.find.published import find_published

    body = " As a leading institute of research, KAUST joined forces with institutes in Shenzhen to sign agreements."
    found = find_published("HONG KONG SAR – Media OutReach – 29 March 2023 –" + body)
    assert found is not None and found.value == "2023-03-29"
    assert (
        find_published("The rector – a chemist – 29 March 2023 – said the university signed." + body) is None
    )


def test_an_engineers_title_before_a_name_is_no_name(extractor):
    """honorifics: "HIT Vice Chancellor Dr. Eng. Q.C Kanhukamwe": "Eng." is a title word, not the signer."""
    rec = extractor.extract(
        "The agreement was signed by Vice Rector Larisa Efremova and HIT Vice Chancellor Dr. Eng. Q.C "
        "Kanhukamwe in Harare."
    )
    assert _signers(rec) == [["Larisa Efremova", "Q.C Kanhukamwe"]]


def test_partners_a_later_sentence_lists_as_signing_sign_one_document_each(extractor):
    """agreement.parties.listed_later: "KAUST joined forces with institutes in Shenzhen to sign strategic
    agreements. ... China partners involved in the signings include A in Shenzhen; B; C." (a semicolon list
    past a place): one document with each partner."""
    rec = extractor.extract(
        "King Abdullah University of Science and Technology (KAUST) joined forces with leading institutes in "
        "Shenzhen, China to sign strategic agreements of cooperation.\n"
        "Shenzhen is dubbed the Silicon Valley of China.\n"
        "China partners involved in the signings include the Research Institute of Tsinghua University in "
        "Shenzhen; Southern University of Science and Technology; and Shenzhen Research Institute of Big Data."
    )
    assert len(_agreements(rec)) == 3 and all(len(p) == 2 for *_, p in _agreements(rec))


def test_universities_listed_without_a_signing_are_no_partners(extractor):
    """Held back: "Other foreign universities included A, B and C" names no signing; and a later list with no
    signer named in the document's sentence ("representatives of the universities signed the agreements")
    makes no pairs."""
    rec = extractor.extract(
        "Inner Mongolia Normal University hosted the ceremony and signed cooperation agreements.\n"
        "Other foreign universities included the Mongolian University of Science and Technology, Krasnoyarsk "
        "State Agricultural University and Woosuk University."
    )
    assert not any("Woosuk University" in p for *_, p in _agreements(rec))


def test_a_hyphenated_head_noun_is_no_title(extractor):
    """org.reject.vocabulary: "from the Consulate-General of the People's Republic of China in Christchurch":
    "General" joined to "Consulate" is part of the head, not a title word; the consuls hold their titles
    there."""
    rec = extractor.extract(
        "The signing was witnessed by Consul-General Wang Zhijian and Consul Zhai Jianjun from the "
        "Consulate-General of the People's Republic of China in Christchurch."
    )
    assert ("Wang Zhijian", "consul", "Consulate General of the People's Republic of China") in _roles(rec)
