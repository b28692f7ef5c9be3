"""Rules of the thirty-seventh session, each on text that fires it and text that holds it back."""

from extractor.output.corpus_keys import org_group_key, org_key_map


def test_british_and_american_spellings_of_an_organisation_are_one_key():
    """output/corpus_keys.org_group_key with ``patterns/spelling_variants.jsonl``: "Centre" = "Center" (also
    plural), "Organisation" = "Organization"; the more frequent spelling is the key."""
    keys = ["Sino-Africa Joint Research Centre"] * 2 + ["Sino-Africa Joint Research Center"]
    assert org_key_map(keys)["Sino-Africa Joint Research Center"] == "Sino-Africa Joint Research Centre"
    assert org_group_key("Shanghai Cooperation Organisation") == org_group_key(
        "Shanghai Cooperation Organization"
    )
    assert org_group_key("Russian Centres of Science") == org_group_key("Russian Center of Science")


def test_other_words_keep_organisations_apart():
    """The spelling fold reads whole words: "Central" is no "Centre", "Centrum" stays itself."""
    assert org_group_key("Central University") != org_group_key("Center University")
    assert org_group_key("Centrum Research") != org_group_key("Centre Research")
