"""Rules of the fifty-second session, each on text that fires it and text that holds it back."""


def _roles(extractor, text: str) -> set[tuple[str, str, str | None]]:
    return {(f.person, f.title, f.org) for f in extractor.extract(text).facts if f.type == "role"}


def test_a_date_under_related_news_is_no_publication_date(extractor):
    """published.foot_before_related: "Related News / 17:35 / 03.02.2026 / Competition Committee orders ..."
    (B2401 kun.uz) closes the page with the related item's stamp, not the page's; a date line at the foot of a
    page without such a list still is the page's ("Created: 2022.06.23")."""
    sentence = (
        "A group of professors from Rostock University of Germany visited Andijan state medical institute. "
    )
    story = "Rostock University professors visit Andijan state medical institute\n" + 4 * (
        3 * sentence + "\n"
    )
    related = (
        story
        + "Related News\n17:35 / 03.02.2026\nCompetition Committee orders a company to refund UZS 3.5bn\n"
    )
    assert extractor.extract(related).published is None
    assert extractor.extract(story + "Created: 2022.06.23\n").published == "2022-06-23"


def test_titled_names_take_the_organisations_listed_respectively(extractor):
    """role.org.respective_titled: "Vice-Chancellor Dr Aishath Shehenaz and Vice-Chancellor Dr Ali Zahir
    representing MNU and IUM, respectively" (B2361 mvrepublic), "On behalf of SEU and NMU respectively, Vice
    President Wu Gang and Vice President Li Jianqing" (8321 njmu): each name, with its own title, takes the
    organisation in the same place of the list; without "respectively" no pairing is read."""
    text = (
        "The MoU was signed by Chinese Ambassador Wang Lixin, with Vice-Chancellor Dr Aishath Shehenaz and "
        "Vice-Chancellor Dr Ali Zahir representing MNU and IUM, respectively."
    )
    found = _roles(extractor, text)
    assert ("Aishath Shehenaz", "Vice-Chancellor", "MNU") in found
    assert ("Ali Zahir", "Vice-Chancellor", "IUM") in found
    text = "On behalf of SEU and NMU respectively, Vice President Wu Gang and Vice President Li Jianqing signed it."
    found = _roles(extractor, text)
    assert ("Li Jianqing", "Vice President", "NMU") in found
    text = (
        "The MoU was signed by Vice-Chancellor Dr Aishath Shehenaz and Vice-Chancellor Dr Ali Zahir "
        "representing MNU and IUM."
    )
    assert ("Ali Zahir", "Vice-Chancellor", "IUM") not in _roles(extractor, text)


def test_a_tour_stop_opening_the_sentence_hosts_the_delegation(extractor):
    """role.org.host_of_guests: "At New Cairo Technological University, President Tarek Mekhail hosted the
    delegation" (B2432 bpi): on a tour, the stop the sentence opens with is the host, not the first
    university the delegation visited."""
    text = (
        "The delegation visited Benha National University. At Benha National University, President Tamer "
        "Samir met with the delegation. At New Cairo Technological University, President Tarek Mekhail "
        "hosted the delegation."
    )
    found = _roles(extractor, text)
    assert ("Tarek Mekhail", "President", "New Cairo Technological University") in found
    assert ("Tamer Samir", "President", "Benha National University") in found


def test_an_honorary_doctorate_goes_to_its_recipient(extractor):
    """role.tie.honorary_title: "Patrick T. Harker received an honorary degree from Xiamen University" (B2477
    joint-crm), "to bestow an Honorary Doctorate on Russia's President Vladimir Putin" (B2475 azer): the
    award is the recipient's (``patterns/roles.jsonl`` "honorary degree", category other) at the university
    that confers it, never the conferrer's named before "to"/"on"; org.reject.vocabulary: "Honorary Doctor"
    (B2474 unstats) is a title, no organisation; "Honorary Professor Li Ming" stays a title before a name."""
    text = "Patrick T. Harker received an honorary degree from Xiamen University."
    assert ("Patrick T. Harker", "honorary degree", "Xiamen University") in _roles(extractor, text)
    text = (
        "Rector Kamal Abdulla joined the Faculty of Baku Slavic University to bestow an Honorary Doctorate on "
        "Russia's President Vladimir Putin."
    )
    found = _roles(extractor, text)
    assert [f for f in found if f[:2] == ("Vladimir Putin", "Honorary Doctorate")]
    assert not [f for f in found if f[0] == "Kamal Abdulla" and f[1] == "Honorary Doctorate"]
    text = "Paul Cheung was made Honorary Doctor of the National University of Mongolia."
    assert ("Paul Cheung", "Honorary Doctor", "National University of Mongolia") in _roles(extractor, text)
    text = "Honorary Professor Li Ming of Peking University spoke."
    assert ("Li Ming", "Honorary Professor", "Peking University") in _roles(extractor, text)
