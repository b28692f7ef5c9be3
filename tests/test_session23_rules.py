"""Rules added or widened in the twenty-third session, each fired on a hand-written release and held back on
another."""

from __future__ import annotations

import pytest

from extractor.facts.party_lists import _with_partners
from extractor.models import AgreementFact

from .record_views import agreements as _agreements
from .record_views import orgs as _orgs
from .record_views import roles as _roles
from .record_views import signatories as _signers
from .record_views import texts


def test_an_organisation_naming_a_forum_of_its_presidents_is_the_event(extractor):
    """org.reject.blocked reads over a plural's apostrophe: "the China-Belarus University Presidents’ Forum"
    is an event, not the university "China-Belarus University" (nor a party of what is signed there)."""
    rec = extractor.extract(
        "East China Normal University\n\nAt the China-Belarus University Presidents’ Forum, Tong Shijun signed "
        "a cooperation agreement with Natallia Baranova, President of Minsk State Linguistic University."
    )
    assert "China-Belarus University" not in _orgs(rec)
    assert _agreements(rec) == [("agreement", "signed", ["Minsk State Linguistic University"])]


def test_a_council_of_professors_keeps_its_university(extractor):
    """org.reject.blocked holds back when the word after the apostrophe is no event: "Tomsk State University
    Professors’ Council" names the university."""
    rec = extractor.extract("The Tomsk State University Professors’ Council met on Monday.")
    assert any("Tomsk State University" in o for o in _orgs(rec))


def test_the_counterpart_after_with_signs_when_the_subject_is_no_name_given(extractor):
    """agreement.signatories.with_counterpart: "Tong signed ... with Natallia Baranova, President of X": the
    person after "with" signs, also when the one who signs first is not a name the text gives in full."""
    rec = extractor.extract(
        "Minsk, June 26. At the forum, Tong signed a cooperation agreement with Natallia Baranova, President "
        "of Minsk State Linguistic University."
    )
    assert _signers(rec) == [["Natallia Baranova"]]


def test_a_guest_met_with_later_signs_nothing(extractor):
    """agreement.signatories.with_counterpart holds back when "with" is far from the signing verb: the
    person met later in the sentence is no signatory."""
    rec = extractor.extract(
        "Tomsk State University signed a cooperation agreement on joint programmes in physics and chemistry "
        "and then held talks with Rector Ilshat Gafurov of Kazan Federal University."
    )
    assert all("Ilshat Gafurov" not in s for s in _signers(rec))


def test_an_adviser_is_not_guessed_to_be_the_releases_own(extractor):
    """role.org.other_unattached: a title of no institution's ranks (an adviser, an expert, an envoy: the
    category ``other``) with no organisation written beside it belongs to no organisation, not to the
    release's own."""
    rec = extractor.extract(
        "Moscow Aviation Institute hosted a delegation from Beihang University.\n\n"
        "Adviser Ivan Petrov and Vice-Rector Sergei Ivanov spoke at the meeting."
    )
    assert ("Ivan Petrov", "other", None) in _roles(rec)
    assert ("Sergei Ivanov", "vice-rector", "Moscow Aviation Institute") in _roles(rec)


def test_the_body_named_in_a_relative_clause_does_not_sign(extractor):
    """agreement.parties.not_relative_clause: "MGIMO, which is run by the Ministry of Foreign Affairs, signed
    ... with KCFR": the signing subject is the institute, not the ministry its relative clause names (the
    parse gives the sentence no subject, so the last organisation before "with" was taken)."""
    doc = extractor.nlp(
        "The Moscow State Institute of International Relations (MGIMO), which is run by the Russian Federation "
        "Ministry of Foreign Affairs, signed on Thursday a memorandum of understanding (MoU) with the Karachi "
        "Council for Foreign Relations (KCFR)."
    )
    mention = next(e for e in doc.ents if e.label_ == "AGREEMENT")
    subject, partners = _with_partners(mention, [e for e in doc.ents if e.label_ == "ORG"])
    assert subject is not None and subject.text == "MGIMO"
    assert [p.text for p in partners] == ["Karachi Council for Foreign Relations"]


def test_a_signing_told_in_a_relative_clause_keeps_its_parties(extractor):
    """agreement.parties.not_relative_clause holds back when the relative clause holds the signing itself:
    "the forum, at which Tomsk State University signed an agreement with Kazan Federal University"."""
    rec = extractor.extract(
        "The delegation attended the forum, at which Tomsk State University signed an agreement with Kazan "
        "Federal University."
    )
    assert _agreements(rec) == [
        ("agreement", "signed", ["Kazan Federal University", "Tomsk State University"])
    ]


def test_a_plural_title_of_two_states_lists_their_presidents(extractor):
    """role.tie.plural_title over states: "the presidents of Turkey and Azerbaijan, A and B": each is a
    president, of a state (no organisation)."""
    rec = extractor.extract(
        "Three agreements were signed after the negotiations between the presidents of Turkey and Azerbaijan, "
        "Recep Tayyip Erdogan and Ilham Aliyev."
    )
    assert {("Recep Tayyip Erdogan", "president", None), ("Ilham Aliyev", "president", None)} <= _roles(rec)


def test_a_plural_title_before_a_comma_lists_the_names_after_it(extractor):
    """role.tie.plural_title after a comma: "The Office's deputy directors, A and B, as well as C": A and B
    are deputy directors, C is not."""
    rec = extractor.extract(
        "The International Cooperation Office’s deputy directors, Zhang Guoquan and Shen Min, as well as Zhao "
        "Zheng, attended the meeting."
    )
    people = {p for p, role, _ in _roles(rec) if role == "deputy director"}
    assert people == {"Zhang Guoquan", "Shen Min"}


def test_a_singular_title_before_a_comma_list_names_no_one_after_it(extractor):
    """role.tie.plural_title holds back for a singular title: "..., the rector, A and B" does not make A and B
    rectors."""
    rec = extractor.extract("The guests were welcomed by the rector, Anna Petrova and Ivan Sokolov.")
    assert not any(p == "Ivan Sokolov" for p, _, _ in _roles(rec))


def test_a_century_or_a_programme_period_is_no_signing_date(extractor):
    """agreement.date.not_period: "the challenges of the 21st century", "the 2022-24 cooperation program":
    a date of whole years is a period the document covers, not the day it was signed."""
    rec = extractor.extract(
        "Tomsk State University and Kazan Federal University signed a memorandum of understanding for the "
        "2022-24 cooperation program to address the challenges of the 21st century."
    )
    assert [f.date for f in rec.facts if isinstance(f, AgreementFact)] == [None]


@pytest.mark.parametrize(
    ("when", "value"), [("on 4 September 2023", "2023-09-04"), ("in the 1990s", "1990/1999")]
)
def test_a_signing_day_or_decade_is_still_the_signing_date(extractor, when, value):
    """agreement.date.not_period holds back for a day, a year or a decade: "signed ... in the 1990s"."""
    rec = extractor.extract(
        f"Tomsk State University and Kazan Federal University signed a memorandum of understanding {when}."
    )
    assert [f.date for f in rec.facts if isinstance(f, AgreementFact)] == [value]


def test_a_transliterated_digraph_initial_stays_inside_the_name(extractor):
    """A lone patronymic initial of two letters ("Yu.", "Kh.", "Ya.") is one token, so the name runs on over
    it: "Director Igor Yu. Dolmatov" names Igor Yu. Dolmatov, not "Igor Yu"."""
    rec = extractor.extract("The NSCMB Director Igor Yu. Dolmatov thanked the guests.")
    assert texts(rec, "PERSON") == ["Igor Yu. Dolmatov"]
    assert [t.text for t in extractor.nlp.make_doc("Igor Yu. Dolmatov")] == ["Igor", "Yu.", "Dolmatov"]


def test_a_word_ending_a_sentence_is_no_initial(extractor):
    """The digraph initials are the transliteration's own: a longer word before a full stop stays a word."""
    assert [t.text for t in extractor.nlp.make_doc("We met Yuri. Then we left.")][:4] == [
        "We",
        "met",
        "Yuri",
        ".",
    ]


def test_a_name_right_after_a_title_and_of_is_the_titles_organisation(extractor):
    """org.from_person.title_of: "chief executive officer of Sophia Antipolis": a title is never of a person,
    so the "name" the model read is the organisation; joined to an organisation right after it ("director of
    the Ban Ki-moon Institute for Sustainable Development")."""
    rec = extractor.extract(
        "Philippe Mariani, chief executive officer of Sophia Antipolis in France, said collaboration would "
        "grow. The lecture was given by Rafis Abazov, director of the Ban Ki-moon Institute for Sustainable "
        "Development."
    )
    assert {
        ("Philippe Mariani", "director", "Sophia Antipolis"),
        ("Rafis Abazov", "director", "Ban Ki-moon Institute for Sustainable Development"),
    } <= _roles(rec)
    assert "Sophia Antipolis" not in texts(rec, "PERSON")


def test_a_name_after_the_titles_organisation_or_no_title_stays_a_person(extractor):
    """org.from_person.title_of holds back when the organisation stands between ("Rector of Tomsk State
    University Eduard Galazhinsky") and when no title comes before "of" ("the visit of Eduard Galazhinsky")."""
    rec = extractor.extract(
        "The Rector of Tomsk State University Eduard Galazhinsky met the guests. The visit of Ivan Sokolov "
        "followed."
    )
    assert {"Eduard Galazhinsky", "Ivan Sokolov"} <= set(texts(rec, "PERSON"))


def test_a_surname_particle_joins_the_name_words_around_it(extractor):
    """person.span.nasab over the surname particles (``name_particle`` in ``patterns/person_names.jsonl``):
    "Evandro Aparecido Soares da Silva", "Herman van Schalkwyk" are whole names, each tied to its title."""
    rec = extractor.extract(
        "The MoU was signed by Dr. Evandro Aparecido Soares da Silva, president of FUMG, and Herman van "
        "Schalkwyk, rector of North-West University."
    )
    assert texts(rec, "PERSON") == ["Evandro Aparecido Soares da Silva", "Herman van Schalkwyk"]


def test_a_place_joined_by_do_or_de_is_no_name(extractor):
    """The particles that also join place names ("do", "de") are no surname particles: "Rio Grande do Sul"
    and "Rio de Janeiro" are no people."""
    rec = extractor.extract("Universities of Rio Grande do Sul and Rio de Janeiro signed the agreement.")
    assert not any("Sul" in p or "Janeiro" in p for p in texts(rec, "PERSON"))
