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


HIGHTECH = (  # 9812 (hightech.gov.am), as published, shortened
    "RA Minister of High-Tech Industry Robert Khachatryan was on a working visit to the Republic of Lithuania "
    "from January 15 to 17 as part of a delegation led by RA President Vahagn Khachaturyan.\n\nWithin the "
    "framework of the visit, Minister Khachatryan took part in the Armenian-Lithuanian Business Forum in "
    "Vilnius on April 19."
)
VESTI = (  # 1016 (vestikavkaza), the names as published
    "The agreement was signed by Akif Alizadeh, President of ANAS, and Alexander Sergeyev, President of the RAS."
    "\n\nAkif Alizade expressed solidarity with his Russian counterpart. Alizade said the study goes on."
)


def test_a_surname_takes_the_name_that_writes_it_so(extractor):
    """normalise/people.person_keys: a bare surname takes the full name that holds it as written before a
    spelling variant ("Minister Khachatryan" is Robert Khachatryan, not President Vahagn Khachaturyan), and a
    variant full name passes on its own key ("Alizade" -> "Akif Alizade" -> "Akif Alizadeh")."""
    rec = extractor.extract(HIGHTECH)
    bare = next(m for m in rec.mentions if m.label == "PERSON" and m.text == "Khachatryan")
    assert bare.norm == "Robert Khachatryan"
    assert ("Vahagn Khachaturyan", "minister", None) not in _roles(extractor, HIGHTECH)
    people = {m.norm for m in extractor.extract(VESTI).mentions if m.label == "PERSON"}
    assert people == {"Akif Alizadeh", "Alexander Sergeyev"}


def test_an_uzbek_okina_is_part_of_a_name(extractor):
    """lang/tokens.is_name_text reads the Uzbek Latin letters written with a turned comma or okina ("o‘", "g‘",
    "oʻ") inside a name: "Vice-Rector for Academic Affairs, F. Jo‘raqulov" (9811, jdpu.uz)."""
    text = (
        "The delegation includes Vice-Rector for Academic Affairs, F. Jo‘raqulov, and Head of the International "
        "Cooperation Department, S. Yakhshilikov, who are currently on a business trip."
    )
    assert ("F. Jo‘raqulov", "vice-rector") in {(p, r) for p, r, _o in _roles(extractor, text)}


SSTU = (  # 9655 (en.sstu.ru), as published, shortened
    "A video meeting was held between representatives of the leadership of the Gagarin State Technical "
    "University and partners from the Namangan Institute of Engineering and Technology.\n\nThe meeting was "
    "attended by Olga Mizyakina, Vice-Rector for Academic Affairs, Igor Ostroumov, Vice-Rector for Science and "
    "Innovation, Alexey Kazinsky, Director of the Institute of Mechanical Engineering, Materials Science and "
    "Transport, Nadezhda Lisitskaya, Head of the UMU, employees of the Department of International "
    "Communications."
)


def test_a_group_label_after_another_items_organisation_is_not_the_titles(extractor):
    """role.org.group_label stops at another list item's organisation: "A, Vice-Rector, B, Director of the
    Institute of X, ..., employees of the Department of Y": the vice-rector is not Y's."""
    orgs = {o for p, _r, o in _roles(extractor, SSTU) if p == "Olga Mizyakina"}
    assert orgs and "Department of International Communications" not in orgs


def _agreements(extractor, text: str) -> list[tuple[str, frozenset[str]]]:
    return [(f.kind, frozenset(f.parties)) for f in extractor.extract(text).facts if f.type == "agreement"]


SIO = (  # 9715 (sio.org.cn), as published, shortened
    "On May 20, the SIO signed a memorandum of understanding on cooperation in marine and geosciences with "
    "Gadjah Mada University in Indonesia and the South China Sea Institute of Oceanology of the Chinese Academy "
    "of Sciences."
)


def test_a_name_the_model_reads_on_over_of_is_not_cut_at_a_place(extractor):
    """find/orgs._of_name: "of Oceanology", inside one entity the model reads from "the South China Sea", is
    no bare place after "of": the name goes on; "of the United Kingdom", a place the model begins there, is."""
    orgs = {m.text for m in extractor.extract(SIO).mentions if m.label == "ORG"}
    assert "South China Sea Institute of Oceanology of the Chinese Academy of Sciences" in orgs
    uk = "He met the Norwich Institute for Language Education of the United Kingdom."
    assert {m.text for m in extractor.extract(uk).mentions if m.label == "ORG"} == {
        "Norwich Institute for Language Education"
    }


MARA = (  # 9713 (english.agri.gov.cn), as published, shortened
    "For example, the Chinese Academy of Tropical Agricultural Sciences and the International Institute of "
    "Tropical Agriculture signed an MOU covering cooperation between China and Africa. Country Garden Holdings, "
    "the China National Hybrid Rice R&D Center and the Ministry of Agriculture, Livestock and Fisheries of "
    "Madagascar also signed an agreement to invest $50 million in Madagascar."
)


def test_a_ministry_listed_with_the_signers_is_a_party(extractor):
    """agreement.party.ministry_witness holds back for a ministry named in one list with the institutions that
    sign ("A, the B and the Ministry of Agriculture ... of Madagascar also signed an agreement")."""
    found = _agreements(extractor, MARA)
    assert any(
        "Ministry of Agriculture, Livestock and Fisheries of the Republic of Madagascar" in p
        for k, p in found
    ), found


NIAOT = (  # 9718 (english.niaot.cas.cn), as published, shortened
    "Under the frame of scientific cooperation agreement signed by National Science Foundation of China and "
    "Egyptian Academy of Science and Technology,NIAOT and NRIAG signed the bilateral cooperation agreement."
)


def test_a_signed_by_list_ends_after_its_and(extractor):
    """agreement.parties.signed_by: "signed by A and B, C and D signed ...": the list ends with its "and"."""
    found = _agreements(extractor, NIAOT)
    assert found and all(len(p) == 2 for _k, p in found), found


def test_a_text_cut_after_of_keeps_its_name(extractor):
    """find/orgs._of_name at the end of a cut excerpt ("... the Institute of the"): the name ends, no error."""
    rec = extractor.extract("The memorandum was signed with the Kunming Institute of the")
    assert [m.text for m in rec.mentions if m.label == "ORG"] == ["Kunming Institute"]


def test_an_honorific_with_its_apostrophe_stands_between_title_and_name(extractor):
    """find/role_words.HONORIFIC_WORDS holds "Dato’" as spaCy splits it ("Dato", "’"): "Principal Dato’
    Noraeini Bt Mokhtar of Universiti Malaysia Terengganu" (9714, en.fio.org.cn) is the university's rector."""
    text = (
        "On January 29, Secretary General QIAO Fangli of FIO and Principal Dato’ Noraeini Bt Mokhtar of "
        "Universiti Malaysia Terengganu (UMT) signed the MOU."
    )
    assert ("Noraeini Bt Mokhtar", "rector", "Universiti Malaysia Terengganu") in _roles(extractor, text)


PETRSU = (  # 9652 (itpark.karelia.ru), as published
    "Among the participants of the meeting were the Vice-Rector for Scientific Research Vladimir Siunev, the "
    "Vice-Rector for International Affairs Marina Gvozdeva, the head of the Directorate for Innovation and "
    "Production Olga Derbeneva, representatives of innovation enterprises and companies, established with "
    "participation of PetrSU, as well as the director of Petrozavodsk State Glazunov Conservatory."
)


def test_a_title_coordinated_after_a_group_is_not_the_persons(extractor):
    """role.tie.coordinated_title never after a plural title: "Y, representatives of companies ..., as well as
    the director of X": the director (unnamed) is not Y's second title."""
    assert {r for p, r, _o in _roles(extractor, PETRSU) if p == "Olga Derbeneva"} == {"head"}


def test_officials_from_an_organisation_are_its_delegation(extractor):
    """role.org.delegation_member over "officials": "At X, the officials from Y included Rector A and Vice-Rector
    B": Y's, not the host's."""
    text = (
        "At Kazan Federal University, the officials from Tomsk State University included Rector Ivan Petrov and "
        "Vice-Rector Olga Smirnova."
    )
    assert ("Olga Smirnova", "vice-rector", "Tomsk State University") in _roles(extractor, text)


def test_a_private_secretary_is_an_aide_not_a_deputy_principal(extractor):
    """patterns/roles.jsonl "(deputy) (principal) private secretary" (other): "Vincent Musubire, Deputy Principal
    Private Secretary to the Vice President" (9825, ankoletimes.co.ug) holds no vice-rector's title, and
    "Private" is no name."""
    text = "Vincent Musubire, Deputy Principal Private Secretary to the Vice President, praised the universities."
    rec = extractor.extract(text)
    assert {m.text for m in rec.mentions if m.label == "PERSON"} == {"Vincent Musubire"}
    assert {(p, r) for p, r, _o in _roles(extractor, text)} == {("Vincent Musubire", "other")}


def test_a_nationality_before_a_group_noun_is_a_portfolio(extractor):
    """find/roles._portfolio_run: "head of the Cuban delegation" (9826, radioreloj.cu) is one title, a people's
    adjective names no organisation, so the coordinated "and deputy head of the Ministry ..." is the same
    person's second title."""
    text = (
        "Meanwhile, Armando Rodríguez, head of the Cuban delegation and deputy head of the Ministry of Science, "
        "Technology and Environment, pointed out the deepening of the policies."
    )
    rec = extractor.extract(text)
    assert "head of the Cuban delegation" in {m.text for m in rec.mentions if m.label == "ROLE"}
    assert ("Armando Rodríguez", "deputy head") in {(p, r) for p, r, _o in _roles(extractor, text)}


ROSGEO = (  # 9664 (rosgeo.com), as published
    "Rosgeo and Siberian Federal University (SFU) have made an agreement of cooperation. Sergey Gorkov, Director "
    "General, Chairman of the Board of Rosgeo and Maksim Rumyantsev, Acting Rector of Siberian Federal "
    "University have signed the document today."
)


def test_a_name_right_after_and_opens_the_next_item(extractor):
    """role.tie.title_name never takes a name right after "and": "X, Director General, Chairman of the Board of
    A and Y, Acting Rector of B": the chairman is X, Y is the next item (with his own title)."""
    roles = {(p, r) for p, r, _o in _roles(extractor, ROSGEO)}
    assert ("Sergey Gorkov", "chair") in roles
    assert ("Maksim Rumyantsev", "chair") not in roles


def test_an_acronym_a_delegation_visits_is_an_organisation(extractor):
    """org.acronym_acting over what a delegation visits: "Professor Amiya Bhaumik, President of Lincoln College
    University, ... visited SCAU" (9731, english.scau.edu.cn); a country's short form stays a place."""
    text = (
        "On the morning of November 3, Professor Amiya Bhaumik, President of Lincoln College University, "
        "Malaysia, and Dr. Henry Ma, Chairman of the World Chinese Investment Foundation, visited SCAU."
    )
    assert "SCAU" in {m.text for m in extractor.extract(text).mentions if m.label == "ORG"}
    place = "The delegation visited USA last week."
    assert not [m for m in extractor.extract(place).mentions if m.label == "ORG"]


XLGLVC = (  # 9735 (xlglvc.cn), as published, shortened
    "Welcome to Xilingol Vocational College foreign exchange center!\n简体中文 English\nCollege News\n\n"
    "Mongolian parliament president adviser group visited our college\n\nTwo sides held a meeting. President of "
    "our college Teligeng, vice-president Namujilaqiren and related leadership from International Exchange "
    "Center, Equestrian Institute attended the meeting."
)


def test_a_site_banner_names_the_release_home(extractor):
    """home.site_banner: "Welcome to Xilingol Vocational College ..." on the page's first line: the college
    publishes the release, and "President of our college Teligeng" is its president."""
    from extractor.facts.home import home_org

    assert home_org(extractor.nlp(XLGLVC)) == "Xilingol Vocational College"
    assert ("Teligeng", "president", "Xilingol Vocational College") in _roles(extractor, XLGLVC)
    later = "Xilingol Vocational College News\n\nWelcome to Tomsk State University, said the rector."
    assert home_org(extractor.nlp(later)) != "Tomsk State University"


def test_a_plural_title_said_of_coordinated_names_is_each_ones(extractor):
    """role.tie.predicate over a plural title (find/assemble_fixes._stated_role): "A and B, who are professors
    of X" (as 9673, aiu.kz, writes it of two lecturers): each is a professor of X."""
    text = (
        "The lecture was held by Ivan Petrov and Olga Smirnova, who are professors of Tomsk State University."
    )
    assert {(p, r, o) for p, r, o in _roles(extractor, text)} == {
        ("Ivan Petrov", "professor", "Tomsk State University"),
        ("Olga Smirnova", "professor", "Tomsk State University"),
    }


MIREA = (  # 9833 (english.mirea.ru), as published, shortened
    "The delegation included Li Keqin, Secretary of the Party Committee of Hubei University of Technology, and "
    "Long Yan, Secretary of the Party Committee of the College of Engineering of Hubei University of "
    "Technology."
)


def test_a_unit_inside_a_longer_name_makes_another_body(extractor):
    """org.key.unit_inside: "Party Committee of Hubei University of Technology" is no short form of "Party
    Committee of the College of Engineering of Hubei University of Technology" (a college's committee, not
    the university's); "Uzbekistan Cotton Breeding" still shortens "Uzbekistan Institute of Cotton Breeding"."""
    orgs = {(m.text, m.norm) for m in extractor.extract(MIREA).mentions if m.label == "ORG"}
    assert (
        "Party Committee of Hubei University of Technology",
        "Party Committee of Hubei University of Technology",
    ) in orgs
    from extractor.normalise.orgs import _unit_inside, _words

    long = _words("Uzbekistan Institute of Cotton Breeding, Seed Production and Agricultural Technology")
    assert not _unit_inside(long, _words("Uzbekistan Cotton Breeding"))
