"""The corpus-wide PERSON groups: a key that two people fit joins neither (``key.keep.fits_two_people``)."""

import random

import pytest

from extractor.output.key_join import person_pairs, same_person, tokens
from extractor.output.person_groups import (
    AMBIGUOUS_RULE,
    adds_nothing,
    near,
    one_name,
    person_joins,
    person_key_changes,
    person_key_joins,
)

from .test_corpus_keys import _key_join_rows


def test_an_initial_that_fits_two_people_joins_neither():
    """Joining "A. Ivanov" to both would make Alexander and Andrei one person (groups are transitive)."""
    changes, kept = person_key_joins(["A. Ivanov", "Alexander Ivanov", "Andrei Ivanov"])
    assert changes == {}
    assert kept == {"A. Ivanov": ("Alexander Ivanov", "Andrei Ivanov")}
    # with one of them only, the initial is that person's variant, as before
    assert person_key_joins(["A. Ivanov", "Alexander Ivanov"]) == ({"A. Ivanov": "Alexander Ivanov"}, {})


def test_a_short_name_that_longer_names_extend_differently_joins_none_of_them():
    """Three people whose names begin or end with "Muhammad Ali", from one corpus of releases."""
    keys = ["Muhammad Ali", "Muhammad Ali Shaikh", "Muhammad Ali Versiani", "Muhammad Ishtiaq Ali"]
    changes, kept = person_key_joins(keys)
    assert changes == {}
    assert kept["Muhammad Ali"] == ("Muhammad Ali Shaikh", "Muhammad Ali Versiani")


def test_keys_that_are_parts_of_a_fuller_key_are_one_person():
    """Initials, a missing patronymic or surname, the surname first: parts of one name, never a conflict."""
    keys = [
        "V.A. Sadovnichy",
        "VA Sadovnichiy",
        "Viktor Sadovnichy",
        "Victor Antonovich",
        "Victor Antonovich Sadovnichy",
        "Sadovnichii Victor Antonovich",
    ]
    changes, kept = person_key_joins(keys)
    assert kept == {}
    assert len(set(changes.values())) == 1 and len(changes) == len(keys) - 1


def test_spelling_variants_that_extend_an_initial_are_one_name():
    """ "A.G. Lukashenko" fits "Aleksandr" and "Alexander Lukashenko": two spellings, not two people."""
    changes, kept = person_key_joins(["A.G. Lukashenko", "Aleksandr Lukashenko", "Alexander Lukashenko"])
    assert kept == {}
    assert set(changes) == {"Aleksandr Lukashenko", "Alexander Lukashenko"}


@pytest.mark.parametrize(
    "a,b,same",
    [
        ("aleksandr", "aleksander", True),
        ("osman", "othman", True),
        ("sardar", "sardor", True),
        ("a.", "andrei", True),
        ("aleksander", "andrei", False),
        ("olga", "anna", False),
        ("ali", "alo", False),  # under four letters: spelled the same or not at all
    ],
)
def test_near_words(a, b, same):
    assert near(a, b) is same


def test_one_name_and_adds_nothing():
    assert one_name("Mohamed Osman Elkhosht", "Mohamed Othman Elkhosht")
    assert not one_name("Muhammad Ali Shaikh", "Muhammad Ali Versiani")
    assert adds_nothing("V.A. Sadovnichy", "Viktor Antonovich Sadovnichy")
    assert not adds_nothing("Alexander Ivanov", "A. Ivanov")


def test_the_groups_do_not_depend_on_the_order_of_the_pairs():
    keys = [
        "A. Ivanov",
        "Alexander Ivanov",
        "Andrei Ivanov",
        "A. P. Ivanov",
        "Andrei P. Ivanov",
        "Andrey Ivanov",
    ]
    pairs = sorted(person_pairs(keys))
    expected = person_joins(pairs)
    for seed in range(5):
        random.Random(seed).shuffle(pairs)
        assert person_joins(pairs) == expected
    assert expected[1]  # some key is kept apart, so the order could have mattered


def test_a_run_lists_the_key_it_kept_apart(tmp_path):
    """OUT/key_joins.csv names the key, the rule and the two people it fits."""
    rows = _key_join_rows(
        tmp_path,
        "Rector A. Ivanov of Tomsk State University signed the agreement.",
        "Rector Alexander Ivanov of Tomsk State University met them.",
        "Professor Andrei Ivanov of Lanzhou University met them.",
    )
    assert rows == [
        {
            "label": "PERSON",
            "key": "A. Ivanov",
            "joined_to": "",
            "rule": AMBIGUOUS_RULE,
            "fits": "Alexander Ivanov | Andrei Ivanov",
        }
    ]


# --- the words a key is compared by: one order for every way a name is written ---------------------------


@pytest.mark.parametrize(
    "official,usual",
    [
        ("Efremova Larisa Ivanovna", "Larisa Ivanovna Efremova"),
        ("Babich Ivan Petrovich", "Ivan Petrovich Babich"),  # a surname ending like a patronymic
        ("Yandong Liu", "LIU Yandong"),  # pinyin, family name last
        ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"),  # accents
    ],
)
def test_a_name_written_in_another_order_or_with_accents_is_compared_as_one(official, usual):
    assert tokens(official) == tokens(usual)
    assert person_key_changes([official, usual])


def test_orders_that_are_not_another_name_order_stay():
    assert tokens("Anna Petrovna Rabinovich") == ("ana", "petrovna", "rabinovich")  # middle: a patronymic
    assert tokens("Wei Li") == ("wei", "li")  # both family names: as written
    assert not same_person("Yang Ming", "Wang Ming Yang")  # two pinyin names


def test_an_official_order_key_joins_the_short_form():
    """Across releases: "Oleg Fomichev" and "Fomichev Oleg Vladislavovich" are one person."""
    changes, kept = person_key_joins(["Oleg Fomichev", "Fomichev Oleg Vladislavovich"])
    assert changes == {"Oleg Fomichev": "Fomichev Oleg Vladislavovich"} and kept == {}


def test_two_names_of_one_length_are_compared_either_way_round():
    """The answer does not depend on the order the keys are asked in (the blocked join and the
    reference ask in different orders)."""
    for a, b in [("O. Wang", "Olga Wang"), ("Sergei M.", "Sergei Maskevich"), ("A. Ivanov", "Andrei Ivanov")]:
        assert same_person(a, b) == same_person(b, a)
