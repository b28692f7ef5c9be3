"""Corpus-level keys: spelling variants of one person, case variants of one unregistered organisation."""

import pytest

from extractor.corpus_keys import org_key_map, person_key_map, same_person, unify
from extractor.models import AgreementFact, DocumentRecord, Mention, RoleFact


@pytest.mark.parametrize("a,b", [
    ("Zhanseit Tuimebaev", "Zhanseit Tuimebayev"),
    ("Victor Koksharov", "Viktor Koksharov"),
    ("Valentina Bogatyryova", "Valentina Vasilyevna Bogatyreva"),
    ("M.E. Rayak", "M.E. Rayak"),
])
def test_variants_of_one_person(a, b):
    assert same_person(a, b)


@pytest.mark.parametrize("a,b", [
    ("Liu Xia", "Liu Hong"),
    ("Gao Hong", "Liu Hong"),
    ("Andrey Voronin", "Andrey Dushin"),
    ("Rayak", "M.E. Rayak"),
    ("Wang Qin", "Wang Xin"),
])
def test_different_people_stay_apart(a, b):
    assert not same_person(a, b)


def test_person_map_picks_the_fullest_form():
    m = person_key_map(["Valentina Bogatyryova", "Valentina Vasilyevna Bogatyreva", "Olga Kim"])
    assert m["Valentina Bogatyryova"] == "Valentina Vasilyevna Bogatyreva"
    assert m["Olga Kim"] == "Olga Kim"


def test_org_map_joins_case_and_punctuation_variants():
    m = org_key_map(["Hainan School of Economics", "Hainan school of economics", "Hainan School of Economics",
                     "the Hainan School of Economics", "Hainan University"])
    assert {m[k] for k in m if "conomics" in k} == {"Hainan School of Economics"}
    assert m["Hainan University"] == "Hainan University"


def test_unify_rewrites_mentions_and_facts():
    a = DocumentRecord(doc_id="a", mentions=[Mention(start=0, end=18, label="PERSON", text="Zhanseit Tuimebaev",
                                                     norm="Zhanseit Tuimebaev")],
                       facts=[RoleFact(person="Zhanseit Tuimebaev", role="rector", org=None),
                              AgreementFact(kind="memorandum", parties=["X"], signatories=["Zhanseit Tuimebaev"])])
    b = DocumentRecord(doc_id="b", mentions=[Mention(start=0, end=19, label="PERSON", text="Zhanseit Tuimebayev",
                                                     norm="Zhanseit Tuimebayev")])
    ua, ub = unify([a, b])
    assert ua.mentions[0].norm == ub.mentions[0].norm == "Zhanseit Tuimebayev"
    assert ua.facts[0].person == "Zhanseit Tuimebayev"
    assert ua.facts[1].signatories == ["Zhanseit Tuimebayev"]
    assert a.mentions[0].norm == "Zhanseit Tuimebaev"  # inputs are not modified


def test_run_output_has_one_key_for_spelling_variants(tmp_path):
    from extractor.corpus_keys import unify_jsonl
    from extractor.io import load_records, write_jsonl

    a = DocumentRecord(doc_id="a", mentions=[Mention(start=0, end=18, label="PERSON", text="Zhanseit Tuimebaev",
                                                     norm="Zhanseit Tuimebaev")])
    b = DocumentRecord(doc_id="b", mentions=[Mention(start=0, end=19, label="PERSON", text="Zhanseit Tuimebayev",
                                                     norm="Zhanseit Tuimebayev")])
    path = tmp_path / "records.jsonl"
    write_jsonl([a, b], path)
    assert unify_jsonl(path) == 1
    recs = load_records(path)
    assert recs["a"].mentions[0].norm == recs["b"].mentions[0].norm
    assert unify_jsonl(path) == 0
