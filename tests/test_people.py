"""Person keys: initials, bare surnames and spelling variants within a document."""

import pytest

from extractor.normalise.people import name_key, person_keys


@pytest.mark.parametrize(
    "text,expected",
    [
        ("M.E. Rayak", "M.E. Rayak"),
        ("M. E. Rayak", "M.E. Rayak"),
        ("N.Abdullayev", "N. Abdullayev"),
        ("V.D.  Khizhnyak", "V.D. Khizhnyak"),
        ("Andrey\u00a0Voronin", "Andrey Voronin"),
        ("Putin's", "Putin"),
        ("SONG Yingdong", "SONG Yingdong"),
    ],
)
def test_name_key_writes_initials_without_spaces(text, expected):
    assert name_key(text) == expected


def test_bare_surname_takes_full_name_key():
    keys = person_keys(["M.E. Rayak", "Rayak", "V.D. Khizhnyak", "Khizhnyak"])
    assert keys == ["M.E. Rayak", "M.E. Rayak", "V.D. Khizhnyak", "V.D. Khizhnyak"]


def test_spelling_variant_of_surname_links_to_full_name():
    keys = person_keys(["Viktor Koksharov", "Kokscharov", "Liu Xia"])
    assert keys[1] == "Viktor Koksharov"
    assert keys[2] == "Liu Xia"


def test_different_people_keep_their_keys():
    keys = person_keys(["Andrey Voronin", "Olga Kim", "Huai Jinpeng"])
    assert keys == ["Andrey Voronin", "Olga Kim", "Huai Jinpeng"]


def test_equally_long_transliteration_variants_take_the_first_spelling():
    assert person_keys(["Yuri Nikolaichik", "Yury Nikolaychik", "Nikolaychik"]) == ["Yuri Nikolaichik"] * 3
    assert person_keys(["Li Wei", "Li Wen"]) == ["Li Wei", "Li Wen"]
