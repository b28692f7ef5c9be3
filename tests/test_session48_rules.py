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
