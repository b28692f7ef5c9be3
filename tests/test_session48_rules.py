"""Rules of the forty-eighth session, each on text that fires it and text that holds it back."""


def _people(extractor, text: str) -> list[str]:
    return [m.text for m in extractor.extract(text).mentions if m.label == "PERSON"]


def test_a_news_outlet_is_no_person(extractor):
    """person.reject.common_word reads the last words of news outlets (patterns/media_heads.jsonl): "MINSK
    (Dunya News) – Pakistan and Belarus have signed" (6404 dunyanews.tv) and "the Borneo Bulletin" (8601)
    name no one; a name beside the outlet still is one."""
    assert "Dunya News" not in _people(
        extractor, "MINSK (Dunya News) – Pakistan and Belarus have signed accords."
    )
    text = "Minister Romaizah Mohd Salleh told the Borneo Bulletin that the MoU was signed."
    people = _people(extractor, text)
    assert "Romaizah Mohd Salleh" in people and not any("Bulletin" in p for p in people)


def test_the_place_a_title_is_in_or_to_opens_no_name(extractor):
    """person.cut.leading_word reads the post of "<Title> in" / "<Title> to": "Chinese Consul-General in
    Recife Yan Yuqing" (1414 dufl.edu.cn) and "Ambassador to Jordan Shahin Abdullayev" (5715) name the person
    after the place; a name right after "spoke to" (no title) keeps all its words."""
    text = (
        "The ceremony was attended by Chinese Consul-General in Recife Yan Yuqing, according to a statement."
    )
    facts = [(f.person, f.role) for f in extractor.extract(text).facts if f.type == "role"]
    assert ("Yan Yuqing", "consul") in facts
    text = "He met Azerbaijan’s Ambassador to Jordan Shahin Abdullayev in Amman."
    assert "Shahin Abdullayev" in _people(extractor, text)
    text = "The rector later spoke to Mohammed Salem Al-Wahishi in Sanaa."
    assert "Mohammed Salem Al-Wahishi" in _people(extractor, text)


def test_miss_shri_and_an_unclosed_he_are_honorifics(extractor):
    """patterns/honorifics.jsonl: "Miss Araya BIJAPHALA, Director of ..." (1320 ku.ac.th), "Prime Minister
    Shri Narendra Modi" (3708), "H.E Aybek A. Usmanov, Ambassador of ..." (3809) open no name."""
    text = "The meeting was attended by Miss Araya BIJAPHALA, Director of International Affairs of the university."
    assert "Araya BIJAPHALA" in _people(extractor, text)
    text = "The Union Cabinet chaired by Prime Minister Shri Narendra Modi has given its approval."
    assert "Narendra Modi" in _people(extractor, text)
    text = "H.E Aybek A. Usmanov, Ambassador of Uzbekistan, appreciated the signing."
    assert "Aybek A. Usmanov" in _people(extractor, text)


def test_a_title_in_the_plural_opens_no_name(extractor):
    """A plural title before coordinated names is no part of the first name ("Kazakhstani and Hungarian Prime
    Ministers Karim Massimov and Viktor Orban", B1365 russia-news; "Ambassadors R. Beltran and G. Meneses",
    B1104): each name holds the title."""
    text = (
        "On Wednesday Kazakhstani and Hungarian Prime Ministers Karim Massimov and Viktor Orban held talks."
    )
    assert "Karim Massimov" in _people(extractor, text)
    text = "Ambassadors R. Beltran and G. Meneses visited the SFU Law School."
    facts = {(f.person, f.role) for f in extractor.extract(text).facts if f.type == "role"}
    assert {("R. Beltran", "ambassador"), ("G. Meneses", "ambassador")} <= facts


def test_a_headline_verb_ends_a_name(extractor):
    """patterns/headline_verbs.jsonl holds "made", "donated", "attending": "Vice President CHEN Feng Made a
    Speech" (1102 bjtu.edu.cn), "President Synn Donated Books" (B1228), "Headmaster Liu Jiongtian Attending
    Sino-Russia University Presidents' Summit" (322)."""
    assert "Synn" in _people(extractor, "President Synn Donated Books\n\nThe university received books.")
    text = (
        "Headmaster Liu Jiongtian Attending Sino-Russia University Presidents' Summit\n\nThe summit opened."
    )
    assert "Liu Jiongtian" in _people(extractor, text)


def test_a_title_with_a_typographic_apostrophe_is_a_title(extractor):
    """lang/lexicons.ruler_patterns writes a phrase's apostrophe both ways: "Chargé d’affaires of the Embassy"
    (5513 chinaembassy, B1217, B1233) is the title "chargé d'affaires"."""
    text = "The ceremony was attended by Chargé d’affaires of the Embassy of Cuba Juan Perez."
    roles = [m.text for m in extractor.extract(text).mentions if m.label == "ROLE"]
    assert "Chargé d’affaires" in roles
