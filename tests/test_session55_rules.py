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
