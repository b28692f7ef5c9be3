"""Rules of the fifty-fifth session, each on text that fires it and text that holds it back."""


def test_an_abbreviated_weekday_line_under_the_headline_dates_the_page(extractor):
    """weekday_line: a script's date string on a line of its own under the headline ("Sat Sep 02 2023",
    B2794 wenewsenglish.com) is the page's date; the same day inside a sentence is not."""
    head = "Xinjiang Medical University to Enhance Cooperation with Pakistan\n\n"
    story = "BEIJING: The President of Xinjiang Medical University highlighted the exchanges with Pakistan.\n"
    assert extractor.extract(head + "Sat Sep 02 2023\nicon-facebook icon-twitter\n\n" + story).published == (
        "2023-09-02"
    )
    assert (
        extractor.extract(head + "The talks opened on Sat Sep 02 2023 in Urumqi.\n\n" + story).published
        is None
    )


def _people(extractor, text: str) -> set[str]:
    return {m.text for m in extractor.extract(text).mentions if m.label == "PERSON"}


def test_a_name_after_a_lower_case_portfolio_is_found(extractor):
    """person.span.after_lower_portfolio: "the vice-rector for internationalization Alessandro Figus" (B2814
    nku.edu.kz): the portfolio in lower case ends where the capitalised name starts, and the title is his."""
    text = "The centre was the initiative of the vice-rector for internationalization Alessandro Figus and is new."
    assert "Alessandro Figus" in _people(extractor, text)
    assert any(
        f.person == "Alessandro Figus" and f.role == "vice-rector"
        for f in extractor.extract(text).facts
        if f.type == "role"
    )


def test_no_name_after_a_clause_or_an_acronym_that_follows_a_title(extractor):
    """A verb in the lower-case words makes them a clause ("the head of the department met Ivan Petrov": no
    title of his); an acronym after the portfolio opens an organisation ("Director of strategy and
    development OBREAL Global", 1901 tvcnews)."""
    met = "The head of the department met Ivan Petrov in Moscow."
    assert not any(f.person == "Ivan Petrov" for f in extractor.extract(met).facts if f.type == "role")
    obreal = "He is the Director of strategy and development OBREAL Global (a University Association), Dr. Ana Ruiz."
    assert "OBREAL Global" not in _people(extractor, obreal)


def test_an_ordinal_before_a_deputy_portfolio_title_keeps_the_deputy(extractor):
    """role.category.deputy_portfolio after an ordinal: "Second Vice Industry Minister Park Il-jun" (B2862
    yna.co.kr) is a deputy minister, as "First Deputy Foreign Minister" is; "First Minister" stays a minister."""
    from extractor.normalise.categories import category

    assert category("Second Vice Industry Minister") == "deputy minister"
    assert category("First Vice Industry Minister") == "deputy minister"
    assert category("First Minister") == "minister"
    text = "Second Vice Industry Minister Park Il-jun signed the memorandum in Seoul."
    assert ("Park Il-jun", "deputy minister") in {(f.person, f.role) for f in extractor.extract(text).facts}


def test_a_full_stop_after_a_short_form_ending_in_a_capital_is_split(extractor):
    """Tokenizer suffix: "researcher of SFedU." (9941 cctld.ru) ends its sentence; the short form is the
    organisation it names elsewhere. A degree keeps its full stop ("PhD. Tatyana Orlova")."""
    assert [t.text for t in extractor.make_doc("a researcher of SFedU. Then")][-3:] == ["SFedU", ".", "Then"]
    assert [t.text for t in extractor.make_doc("Deputy Director, PhD. Tatyana Orlova")][3] == "PhD."
    text = (
        "The delegation visited the Southern Federal University (SFedU). "
        "He is a military historian and researcher of SFedU."
    )
    orgs = [m.text for m in extractor.extract(text).mentions if m.label == "ORG"]
    assert orgs.count("SFedU") == 2


def _orgs(extractor, text: str) -> list[str]:
    return [m.text for m in extractor.extract(text).mentions if m.label == "ORG"]


def test_a_bracketed_short_form_spells_the_whole_name_one_initial_a_word(extractor):
    """org.spelled_out: "International Islamic University Malaysia (IIUM)" (B2544 scra.gov.kz) is the name
    whose words give one initial each, not the shorter "Islamic University Malaysia" the letters of "Islamic"
    could also spell; "Universiti Malaysia Perlis (UniMAP)" still takes more letters of a word."""
    text = "The rector visited the International Islamic University Malaysia (IIUM) last week."
    assert "International Islamic University Malaysia" in _orgs(extractor, text)
    assert "Universiti Malaysia Perlis" in _orgs(extractor, "Universiti Malaysia Perlis (UniMAP) signed it.")


def test_a_bracket_glued_to_a_name_opens_its_quoted_short_form(extractor):
    """Tokenizer infixes: "Zhongnan University of Economics and Law(“ZUEL”)" (B1886 zuel.edu.cn) splits
    into the name, the bracket, the quote and the short form, so the name keeps its last word."""
    doc = extractor.make_doc("Economics and Law(“ZUEL”) and Sapienza")
    assert [t.text for t in doc][2:7] == ["Law", "(", "“", "ZUEL", "”"]
    text = "An agreement between Zhongnan University of Economics and Law(“ZUEL”) and Sapienza University of Rome."
    assert "Zhongnan University of Economics and Law" in _orgs(extractor, text)


def test_a_head_noun_name_does_not_open_with_a_titled_name_and_and(extractor):
    """org.span.leading_name over "and": "For Dean Johannes Fröhlich and University President Tumur-Ochir"
    (8541 tuwien.at) holds no organisation "Johannes Fröhlich and University"; the dean is a person."""
    text = "For Dean Johannes Fröhlich and University President Tumur-Ochir, the cooperation is important."
    result = extractor.extract(text)
    assert not any(m.label == "ORG" for m in result.mentions)
    assert "Johannes Fröhlich" in {m.text for m in result.mentions if m.label == "PERSON"}


def test_a_memo_is_a_memorandum(extractor):
    """patterns/agreements.jsonl "memo": the news short form of a memorandum ("the parties agreed to sign a
    Memo", 2620 mandakh.edu.mn); a "memorandum" fact with its parties."""
    text = "Tomsk State University and Jordan University signed a memo on developing student exchanges."
    facts = [f for f in extractor.extract(text).facts if f.type == "agreement"]
    assert [(f.kind, sorted(f.parties)) for f in facts] == [
        ("memorandum", ["Jordan University", "Tomsk State University"])
    ]


def test_no_name_after_to_and_a_lower_case_phrase(extractor):
    """person.span.after_lower_portfolio reads only "of"/"for" portfolios: "the Cuban ambassador to this
    Central Asian nation, Alfredo Nieves Portuondo" (B1952 minrex.gob.cu) names no person "Central Asian"."""
    text = "She met the Cuban ambassador to this Central Asian nation, Alfredo Nieves Portuondo, in Ashgabat."
    assert "Central Asian" not in _people(extractor, text)
