"""Rules of the fifty-first session, each on text that fires it and text that holds it back."""


def _mentions(extractor, text: str) -> list[tuple[str, str]]:
    return [(m.label, m.text) for m in extractor.extract(text).mentions]


def _roles(extractor, text: str) -> set[tuple[str, str, str | None]]:
    return {(f.person, f.title, f.org) for f in extractor.extract(text).facts if f.type == "role"}


def test_a_unit_title_takes_the_portfolio_written_straight_after_it(extractor):
    """role.span.bare_portfolio: "Dr. Isam Khalil, Director University Relations received Maxim Rubin" (B2093
    salahaddin), "Dean International Relations Rajiv Onkar Dusane" (B1921 iitp): the capitalised words up to a
    field join the title, and "University Relations" is no organisation, "International Relations Rajiv Onkar"
    no person; a name after the title ("Director Ivan Petrov") and a rank word ("Chief Development") take
    nothing."""
    text = "Dr. Isam Khalil, Director University Relations received Maxim Rubin."
    assert ("ROLE", "Director University Relations") in _mentions(extractor, text)
    assert not [m for m in _mentions(extractor, text) if m[0] == "ORG"]
    text = "Dean International Relations Rajiv Onkar Dusane and Dean Academic Research Prof. Ashok Mishra met them."
    found = _mentions(extractor, text)
    assert ("ROLE", "Dean International Relations") in found and ("PERSON", "Rajiv Onkar Dusane") in found
    assert ("Rajiv Onkar Dusane", "Dean International Relations", None) in _roles(extractor, text)
    text = "Director Ivan Petrov opened the Research Centre."
    assert ("ROLE", "Director") in _mentions(extractor, text)
    text = "Dr. Ning Li, Chief Development Officer of BGI Group, spoke."
    assert not [m for m in _mentions(extractor, text) if m[0] == "ROLE" and "Development" in m[1]]
