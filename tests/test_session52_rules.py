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
