"""Rules of the forty-third session, each on text that fires it and text that holds it back."""

from .test_session39_rules import _roles

JOSPONG = (  # 9431 (mypublisher24), as published, shortened
    "The Agreement was signed in Accra in the presence of the Speaker of Parliament, Alban Sumana Kingsford "
    "Bagbin, as well as Dr Yaw Osei Adutwum, Minister for Education."
)
UFV = (  # 1907 (ufv.br), as published, shortened
    "The memorandum was signed by the Rector, Demetrius David da Silva, and the University’s Dean of Research "
    "and Graduate Studies, Raul Narciso Carvalho Guedes."
)


def test_two_names_with_one_space_between_are_one_name(extractor):
    """person.span.adjacent_names: the model cuts a long name in two ("Alban Sumana" + "Kingsford Bagbin");
    two names with nothing but a space between them are one, while a comma or "and" keeps names apart."""
    people = {m.text for m in extractor.extract(JOSPONG).mentions if m.label == "PERSON"}
    assert "Alban Sumana Kingsford Bagbin" in people and "Yaw Osei Adutwum" in people
    roles = _roles(extractor, UFV)
    assert any(p == "Raul Narciso Carvalho Guedes" and r == "dean" for p, r, _o in roles)
    listed = "The guests were Ivan Petrov, Anna Smirnova and Li Wei."
    assert {m.text for m in extractor.extract(listed).mentions if m.label == "PERSON"} == {
        "Ivan Petrov",
        "Anna Smirnova",
        "Li Wei",
    }


def test_training_is_a_portfolio_field(extractor):
    """patterns/portfolio_words "training": "Deputy Minister of Education and Training Hoang Minh Son" (2808,
    sggp.org.vn) is a minister's title and a name, not the person "Training Hoang Minh Son"."""
    text = "Vietnamese Deputy Minister of Education and Training Hoang Minh Son spoke at the forum."
    assert ("Hoang Minh Son", "deputy minister", None) in _roles(extractor, text)
