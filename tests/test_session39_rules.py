"""Rules of the thirty-ninth session, each on text that fires it and text that holds it back."""

import pytest


def _roles(extractor, text: str) -> set[tuple[str, str, str | None]]:
    return {(f.person, f.role, f.org) for f in extractor.extract(text).facts if f.type == "role"}


@pytest.mark.parametrize(
    ("text", "held", "wrong"),
    [
        (  # 4515 (cityu.edu.hk), as published
            "Members of the CityU delegation included Professor Freddy Boey, CityU President, Professor Kevin "
            "Downing, Secretary to the Council, Professor Li Wen Jung, Vice-President (Talent and International "
            "Strategy), Professor Cheng Shuk-han, Associate Vice-President (Research), Professor Jennifer Lin "
            "Fen, Associate Vice-President (Global Strategy), Professor Yue Chee-yoon, Dean of the Graduate "
            "School, and Ms Ng Pheck-choo, Director (Office of the President).",
            ("Cheng Shuk-han", "Jennifer Lin Fen"),
            ("Yue Chee-yoon", "other"),
        ),
        (  # 3917 (nagaokaut.ac.jp), as published
            "Dr. Niihara, President, Dr. Azuma, Executive Director and Vice President, Dr. Ito, Director of "
            "University Library, Dr. Nakayama, Associate Professor of Electrical, Electronics and Information "
            "Engineering, and Dr. Honma (Associate Professor of Mechanical Engineering) visited the Mongolian "
            "University of Science and Technology (MUST) on March 2, 2015 (Mon).",
            ("Azuma", "Ito"),
            ("Ito", "vice-president"),
        ),
    ],
)
def test_a_list_that_opens_with_a_name_gives_each_title_to_the_name_before_it(extractor, text, held, wrong):
    """role.tie.name_first_list: "included Professor A, Vice-President, Professor B, Associate Vice-President,
    Professor C, ...": the list opens with a name, so a title after a comma and "Professor" is still the name
    before it (role.tie.honorific_next no longer hands it to the next name)."""
    roles = _roles(extractor, text)
    people = {p for p, _, _ in roles}
    assert set(held) <= people
    assert not any((p, r) == wrong for p, r, _ in roles)


def test_a_list_that_opens_with_a_title_still_names_the_person_after_each_title(extractor):
    """A list opening with "President Hala Fouad" (title first) keeps role.tie.honorific_next: "Leading
    specialist, Doctor Adel Abuseid" is Abuseid's (3401, rsu.edu.ru)."""
    text = (
        "The main event of the visit was the meeting of the guests form Egypt (President Hala Fouad,  "
        "Pro-rector, Doctor Abdelhakim, Leading specialist, Doctor Adel Abuseid) with Rector of Ryazan State "
        "University I. Sheina."
    )
    facts = extractor.extract(text).facts
    assert any(f.person == "Adel Abuseid" and f.tie_rule == "role.tie.honorific_next" for f in facts)
