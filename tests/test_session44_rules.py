"""Rules of the forty-fourth session, each on text that fires it and text that holds it back."""

from .test_session39_rules import _roles

PROMOMED = (  # 9945 (promomed.ru), as published, shortened
    "A memorandum of strategic partnership was signed between Biokhimik JSC and the Saint Petersburg State "
    "Chemical and Pharmaceutical University.\n\nThe document was signed by Dmitry Zemskov, Executive Director "
    "of Biokhimik JSC, and Igor Narkevich, Rector of the Saint Petersburg State Chemical and Pharmaceutical "
    "University."
)


def test_a_name_written_in_full_elsewhere_is_the_whole_name(extractor):
    """org.span.written_in_full: where only the tail "Pharmaceutical University" of a name is found, after the
    words that make up the rest of a name the release writes in full elsewhere, the mention is the whole name,
    and the rector's title is "Rector", not "Rector of the Saint Petersburg State Chemical"."""
    rec = extractor.extract(PROMOMED)
    full = "Saint Petersburg State Chemical and Pharmaceutical University"
    orgs = [m for m in rec.mentions if m.label == "ORG" and m.text == full]
    assert len(orgs) == 2 and orgs[1].source == "org.span.written_in_full"
    assert "Rector" in {m.text for m in rec.mentions if m.label == "ROLE"}
    assert ("Igor Narkevich", "rector", full) in _roles(extractor, PROMOMED)
    alone = PROMOMED.split("\n\n")[1]  # the full name written nowhere else: nothing to take it from
    assert full not in {m.text for m in extractor.extract(alone).mentions if m.label == "ORG"}


def test_a_title_of_an_unnamed_body_then_a_comma_ties_to_the_name(extractor):
    """role.tie.title_referent_name: "the Consul General of this republic, Mehriddin Khairiddinov" (9935,
    cchgeu.ru): a title whose "of" part only refers back to a body, then a comma and the name; a verb between
    them ties nothing."""
    text = (
        "The management of the university discussed the prospects at a meeting with the Consul General of "
        "this republic, Mehriddin Khairiddinov. Here are the details."
    )
    assert ("Mehriddin Khairiddinov", "consul", None) in _roles(extractor, text)
    verb = "They met the Consul General of this republic, then Mehriddin Khairiddinov spoke about trade."
    assert not any(p == "Mehriddin Khairiddinov" for p, _r, _o in _roles(extractor, verb))


def test_a_registered_name_and_another_name_are_two_organisations(extractor):
    """org.span.registered_first: "Rosatom and Foundation for Basic Research Sign Cooperation Agreement"
    (9946, oreanda-news.com): a registered name, "and", and a name with its own head noun are two
    organisations; "Ministry of Education and Science of Kazakhstan" stays one (no head after "and")."""
    rec = extractor.extract("Rosatom and Foundation for Basic Research Sign Cooperation Agreement\n\nText.")
    orgs = {m.text: m.source for m in rec.mentions if m.label == "ORG"}
    assert orgs.get("Foundation for Basic Research") == "org.span.registered_first" and "Rosatom" in orgs
    one = "The Ministry of Education and Science of Kazakhstan signed a memorandum with Tsinghua University."
    assert "Ministry of Education and Science of Kazakhstan" in {
        m.text for m in extractor.extract(one).mentions
    }


def test_a_wire_dateline_in_capitals_closed_by_full_stops(extractor):
    """published (patterns/published.jsonl, dateline_caps_dot): "OREANDA-NEWS. September 03, 2009. Rosatom ..."
    (9946, oreanda-news.com) dates the release; a sentence that ends before a date does not."""
    text = (
        "Rosatom and Foundation for Basic Research Sign Cooperation Agreement\nOREANDA-NEWS. September 03, 2009. "
        "Rosatom State Nuclear Energy Corporation and Russian Foundation for Basic Research have signed a "
        "cooperation agreement"
    )
    rec = extractor.extract(text)
    assert rec.published == "2009-09-03"
    prose = "Rosatom signs an agreement\nThe forum closed. September 03, 2009 was its last day, the organisers said."
    assert extractor.extract(prose).published is None


def test_a_field_label_may_stand_apart_from_its_colon(extractor):
    """published (date_line_any, ``published_fields``): a page's field label written with a space before its
    colon is a label, before the date ("Yerləşdirilmə tarixi : 08 November 2017 18:03", 9917, sdu.edu.az) and
    after it ("Post date: 2021-02-25  Number of visits :26045", 9756, yaas.org.cn)."""
    body = (
        "\n\nWith the participation of the rector the meeting was held in the university hall and many things "
        "were discussed at length by all the members of the board."
    )
    sdu = (
        "Home | News | The Next Meeting of Scientific Board\nYerləşdirilmə tarixi : 08 November 2017 18:03"
        + body
    )
    yaas = "Signing of Framework Agreement Extension\nPublish:Lu Tai  Post date: 2021-02-25  Number of visits :26045"
    assert extractor.extract(sdu).published == "2017-11-08"
    assert extractor.extract(yaas + body).published == "2021-02-25"
