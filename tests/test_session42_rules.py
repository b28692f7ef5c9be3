"""Rules of the forty-second session, each on text that fires it and text that holds it back."""

from .test_session39_rules import _roles

TUFS = (  # 1714 (tufs), as published, shortened
    "Japan-Uzbekistan Universities’ Conference\n\nOctober 17, 2022\n\nThe 4th Japan-Uzbekistan Rectors’ "
    "Conference was held on September 28, 2022, in Tsukuba City. TUFS Vice President for International Affairs "
    "Prof. Jun Matsukuma attended the conference.\n\nRector Prof. Gulchehra Rixsiyeva, Tashkent State "
    "University of Oriental Studies (TSUOS) and Prof. Nadira Khalmurzaeva who is the Department head of "
    "Japanese Philology visited TUFS after the conference on October 3rd and 4th.\nTUFS and TSUOS concluded an "
    "academic exchange agreement in 1997."
)
TSUKUBA = (  # 1814 (tsukuba), as published, shortened
    "Courtesy visit to Vice President of Kazakh National University, CiC briefing session\n\nOn February 20, "
    "2017, Director Masaki Ono, in charge of the Central Asian region for the University of Tsukuba, visited "
    "Vice President Khikmetov Askar of Kazakh National University. Since the conclusion of an academic exchange "
    "agreement between the two universities in October 2007, several students from the University of Tsukuba "
    "have participated in Russian language courses in Kazakhstan."
)


def test_a_visitor_keeps_the_organisation_written_beside_the_title(extractor):
    """A visitor's title keeps the organisation the sentence gives it (role.org.visitor_home, which moved a
    visitor's guessed title to the host's organisation, is gone): "Rector Prof. X, Tashkent State University
    of Oriental Studies (TSUOS) ... visited TUFS"; "Director Masaki Ono, in charge of the Central Asian region
    for the University of Tsukuba, visited ... Kazakh National University"."""
    rixsiyeva = {o for p, _r, o in _roles(extractor, TUFS) if p == "Gulchehra Rixsiyeva"}
    ono = {o for p, _r, o in _roles(extractor, TSUKUBA) if p == "Masaki Ono"}
    assert rixsiyeva == {"Tashkent State University of Oriental Studies"}
    assert ono == {"University of Tsukuba"}
