"""The finders' reject rules, each fired (and held back) on a short text.

People: ``person.reject.*`` judge a model PERSON after its titles are stripped, ``person.cut.headline_verb``
and ``person.reject.plural_noun`` every candidate. Dates: ``date.reject.*`` judge a date candidate in its
context. Each rejected candidate goes to ``doc.spans["discarded"]`` with the rule's id.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from extractor.find.dates import _context_rejection, date_candidates
from extractor.find.name_words import title_words_of_roles
from extractor.find.people import _clean, _model_rejection
from extractor.find.surnames import _before_headline_verb, _plural_noun
from extractor.lang.lexicons import words


def _span(doc, text: str, label: str = "PERSON", occurrence: int = 0) -> Span:
    """The span of ``text`` in ``doc`` (its ``occurrence``-th match), labelled."""
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(text, start + 1)
    span = doc.char_span(start, start + len(text), label=label)
    assert span is not None, text
    return span


def _person_rule(extractor, text: str, name: str, registered: set[int] | None = None) -> str | None:
    titles = title_words_of_roles()
    span = _clean(_span(extractor.nlp.make_doc(text), name), titles)
    if span is None:
        return "person.reject.empty"
    org_words = words("org_heads") | words("agreements")
    return _model_rejection(span, registered or set(), titles, org_words)


@pytest.mark.parametrize(
    ("rule", "text", "name"),
    [
        (
            "person.reject.common_word",
            "at the Technology Transfer Center of TPU",
            "Technology Transfer Center",
        ),
        ("person.reject.no_name_word", "Смыслина Анастасия signed it.", "Смыслина Анастасия"),
        ("person.reject.event_noun", "Students of the Luban Workshop came.", "Luban Workshop"),
        ("person.reject.lone_word", "They met online via Zoom.", "Zoom"),
        ("person.reject.empty", "The Dean welcomed them.", "Dean"),
        (None, "Rector Alevtina Chernikova signed it.", "Alevtina Chernikova"),
        (None, "Mr. Cvik signed it.", "Cvik"),
    ],
)
def test_a_model_person_is_judged_by_the_first_rule_that_rejects_it(extractor, rule, text, name):
    assert _person_rule(extractor, text, name) == rule


def test_a_person_over_a_registered_name_is_rejected(extractor):
    text = "Huawei Kazakhstan opened a lab."
    doc = extractor.nlp.make_doc(text)
    assert _person_rule(extractor, text, "Huawei Kazakhstan", registered={0}) == "person.reject.registered"
    assert _person_rule(extractor, text, "Huawei Kazakhstan", registered={len(doc) - 1}) is None


def test_a_headline_verb_cuts_a_name_or_rejects_it(extractor):
    doc = extractor.nlp.make_doc("President SONG Yingdong Leads Delegation to Minsk")
    assert _before_headline_verb(_span(doc, "SONG Yingdong Leads")).text == "SONG Yingdong"
    doc = extractor.nlp.make_doc("Song Leads Delegation to Minsk")
    assert _before_headline_verb(_span(doc, "Song Leads")) is None


def test_a_plural_common_noun_is_no_name(extractor):
    doc = extractor.nlp("The OIC Member States and Ms. States met.")
    assert _plural_noun(_span(doc, "States"))
    assert not _plural_noun(_span(doc, "OIC Member"))


@pytest.mark.parametrize(
    ("rule", "text", "date"),
    [
        ("date.reject.not_a_date", "The universities have cooperated for many years.", "many years"),
        ("date.reject.school", "The summer school program will be attended by students.", "The summer"),
        ("date.reject.phone_line", "Contacts\n12.03.2024 +7 (3822) 41\nThe rector signed it.", "12.03.2024"),
        ("date.reject.nowadays", "Today Chinese organisations make up the majority of partners.", "Today"),
        ("date.reject.event_year", "In the 2020 QS global ranking it is placed 387th.", "2020"),
        (None, "Today the rectors signed the agreement.", "Today"),
        (None, "The rectors met in the summer of 2023.", "summer of 2023"),
        (None, "The agreement was signed on 5 March 2024.", "5 March 2024"),
    ],
)
def test_a_date_candidate_is_judged_in_its_context(extractor, rule, text, date):
    doc = extractor.nlp(text)
    assert _context_rejection(_span(doc, date, "DATE")) == rule


def test_a_candidate_with_nothing_left_after_trimming_is_discarded(extractor):
    doc = extractor.nlp.make_doc("It was signed on the date.")
    doc.spans["date_rules"] = [_span(doc, "on the", "DATE")]
    rules, _, rejected = date_candidates(doc)
    assert rules == []
    assert [(s.text, rule) for s, rule in rejected] == [("on the", "date.reject.empty")]


def test_rejected_candidates_reach_the_record_with_their_rule(extractor):
    record = extractor.extract("The universities have cooperated for many years. The Dean welcomed them.")
    found = {(d.text, d.label, d.rule) for d in record.discarded}
    assert ("many years", "DATE", "date.reject.not_a_date") in found
    assert all(d.rule for d in record.discarded)


@pytest.mark.parametrize(
    ("text", "topic", "rejected"),
    [
        (
            "Attending were Dr. Surin Maisrikrod, Vice President for Global Engagement and Faculty Development of "
            "Walailak University, and guests.",
            "Faculty Development",
            True,
        ),
        (
            "They signed a Protocol on Academic Exchange and Student Exchange with Tomsk State University.",
            "Student Exchange",
            True,
        ),
        ("The Vice President met the rector of Tomsk State University.", "Tomsk State University", False),
    ],
)
def test_the_topic_of_a_title_or_a_document_is_no_organisation(extractor, text, topic, rejected):
    """org.reject.portfolio: also the last item of a coordinated portfolio or document topic."""
    record = extractor.extract(text)
    assert any(m.label == "ORG" and m.text == topic for m in record.mentions) is not rejected
    assert any(d.rule == "org.reject.portfolio" and d.text == topic for d in record.discarded) is rejected


@pytest.mark.parametrize(
    ("text", "region", "kept"),
    [
        (
            "Wang Weizhong, Governor of Guangdong Province, and Degtyarev, Governor of Khabarovskiy Kray of Russia, "
            "attended the meeting.",
            "Khabarovskiy Kray",
            None,
        ),
        (
            "The agreement was signed with the Government of Sichuan Province.",
            "Government of Sichuan Province",
            "ORG",
        ),
    ],
)
def test_a_name_ending_in_a_place_noun_is_a_region(extractor, text, region, kept):
    """person.reject.place and org.reject.place: "Khabarovskiy Kray" (``patterns/place_nouns.jsonl``) is no
    person and no organisation; a government of a province is an organisation."""
    record = extractor.extract(text)
    assert [m.label for m in record.mentions if m.text == region] == ([kept] if kept else [])
    if kept is None:
        assert ("Degtyarev", "governor") in {(f.person, f.role) for f in record.facts if f.type == "role"}


def test_a_given_name_and_a_surname_are_a_person_whatever_the_model_says(extractor):
    """The model labels "Natalya Sineeva" a place here; a lexicon given name before a word read as a surname
    by its ending is a person all the same."""
    text = "The director of the Institute of International Affairs of NSUACE (Sibstrin) Natalya Sineeva made a visit."
    record = extractor.extract(text)
    assert [m.text for m in record.mentions if m.label == "PERSON"] == ["Natalya Sineeva"]
