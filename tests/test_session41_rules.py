"""Rules of the forty-first session, each on text that fires it and text that holds it back."""

import pytest

from extractor.facts.home import home_org
from extractor.facts.state_leaders import is_state_leader
from extractor.find.published import find_published

from .test_session39_rules import _roles

WACS = (  # 2006 (wacs), as published, shortened
    "WACS Vice-President Cui Jianmin visits Argentina, Chile and Brazil for academic exchanges\n\n"
    "Updated: 2024-07-09\n\n\n\nCui Jianmin, vice-president and secretary-general of the World Association for "
    "China Studies (WACS), led a delegation recently to visit Argentina, Chile, and Brazil.\n\n"
    "On November 24, 2023, President Xi Jinping sent a congratulatory letter to the World Conference on China "
    "Studies - Shanghai Forum."
)
TASNIM = (  # 1405 (tasnim), as published, shortened
    "TEHRAN (Tasnim) - Iran National Science Foundation (INSF) and the Russian Foundation for Basic Research "
    "(RFBR) signed a memorandum of understanding on close scientific cooperation for 10 years.\n\nDuring their "
    "stay in Russia, Sattari and the accompanying delegation met a host of top Russian officials, including "
    "President Vladimir Putin, signed a number of agreements, and attended the International Aviation and Space "
    "Show (MAKS-2015)."
)


@pytest.mark.parametrize(("text", "leader"), [(WACS, "Xi Jinping"), (TASNIM, "Vladimir Putin")])
def test_a_state_leader_is_president_of_no_organisation(extractor, text, leader):
    """role.org.state_leader: "President Xi Jinping" in a release about an association, "President Vladimir
    Putin" in one about two foundations: the state's president, not the release's organisation's."""
    presidents = {
        org for person, role, org in _roles(extractor, text) if person == leader and role == "president"
    }
    assert presidents == {None}


def test_a_university_president_keeps_his_university(extractor):
    """role.org.state_leader holds back for anyone else: "President Wang Yanxin" of the university whose
    release it is keeps it."""
    text = (
        "On September 3, President Wang Yanxin of China University of Geosciences met the delegation. "
        "President Wang Yanxin said the university welcomed the cooperation."
    )
    assert ("Wang Yanxin", "president", "China University of Geosciences (Wuhan)") in _roles(extractor, text)


@pytest.mark.parametrize(
    ("key", "leader"),
    [
        ("Vladimir Putin", True),
        ("Putin", True),  # a surname alone
        ("V. Putin", True),
        ("Sooronbay Ceenbekov", True),  # "Jeenbekov" spelt otherwise
        ("Gurbanguly Berdymuhamedov", True),  # "Berdimuhamedov"
        ("Ukhnaagiin Khürelsükh", True),  # diacritics
        ("Yang Jing", False),  # short pinyin words are no other spelling of "Jiang Zemin"
        ("Rahmanov", False),  # a surname alone is matched as written: not "Rahmonov"
        ("Xi", False),  # nor a short one
        ("Li Jun", False),
    ],
)
def test_state_leaders_are_matched_by_name_and_spelling(key, leader):
    """patterns/state_leaders.jsonl: a person key is a leader's name, a long word may be spelt otherwise."""
    assert is_state_leader(key) is leader


HEC = (  # 9808 (reporterpk), shortened, words the page glued written apart
    "Higher Education Commission (HEC) and Huawei Technologies Pakistan signed a strategic Memorandum of "
    "Understanding. Chairman HEC Tariq Banuri graced the virtual signing ceremony as chief guest. The event was "
    "also attended by Executive Director HEC Dr. Fateh Marri and a large number of Vice Chancellors."
)


def test_an_acronym_between_a_title_and_a_name_is_the_titles_organisation(extractor):
    """person.span.after_title_acronym: "Chairman HEC Tariq Banuri", "Executive Director HEC Dr. Fateh Marri":
    the acronym the release defines is no part of the name, and the title is held there."""
    record = extractor.extract(HEC)
    people = {m.text for m in record.mentions if m.label == "PERSON"}
    assert {"Tariq Banuri", "Fateh Marri"} <= people and not any("HEC" in p for p in people)
    roles = {
        (p, r)
        for p, r, org in _roles(extractor, HEC)
        if org and org.startswith("Higher Education Commission")
    }
    assert {("Tariq Banuri", "chair"), ("Fateh Marri", "director")} <= roles


def test_a_capitalised_surname_after_a_title_stays_in_the_name(extractor):
    """person.span.after_title_acronym holds back for a surname written in capitals that the text defines as
    no acronym ("President SONG Yingdong")."""
    text = "President SONG Yingdong met the delegation of Tomsk Polytechnic University on May 5."
    assert "SONG Yingdong" in {m.text for m in extractor.extract(text).mentions if m.label == "PERSON"}


USM = (  # 331 (usm.my), as published, shortened
    "English News\n\n\nUSM PENANG, 9 February 2024 - Universiti Sains Malaysia (USM) today has taken steps to "
    "strengthen its ties with Tomsk State University (TSU), Russia through the renewed signing of a Memorandum of "
    "Understanding (MoU).\nWhatsApp Image 2024 02 09 at 16.31.15\nThis renewal marks a continuation of the "
    "partnership that was initially established in 2015.\nThe MoU was signed through a virtual ceremony "
    "conducted using the Ktalk video conferencing platform here this afternoon.\nSigning on behalf of USM was "
    "the Deputy Vice-Chancellor (Academic and International), Professor Gs. Dr. Narimah Samat, representing the "
    "USM Vice-Chancellor while TSU was represented by its Vice-Rector for International Affairs."
)
AAU = (  # 2405 (aau.edu.et), as published, shortened
    "ADDIS ABABA (AAU)–Addis Ababa University (AAU) and Beijing Foreign Studies University (BFSU) renewed a "
    "memorandum of understanding (MoU) signed on December 3, 2013 for another five years. Professor Peng Long, "
    "President of BFSU, appreciated the warm reception organized for his delegation."
)
ASIAN_SCIENTIST = (  # 9331 (asianscientist.com), as published, shortened
    "AsianScientist (May 12, 2014) – China and Australia may soon experience a boost in scientific output, thanks "
    "to a series of agreements signed by Shanghai Jiaotong University (SJTU) and universities in Australia."
)


@pytest.mark.parametrize(
    ("text", "home"), [(USM, "Universiti Sains Malaysia"), (AAU, "Addis Ababa University")]
)
def test_the_institution_a_dateline_credits_publishes_the_release(extractor, text, home):
    """home.dateline_credit: "USM PENANG, 9 February 2024 - ...", "ADDIS ABABA (AAU)–...": a university's
    news page credits itself in its dateline (the parse of such a line names no subject)."""
    assert home_org(extractor.nlp(text)) == home


def test_an_outlet_a_dateline_credits_is_no_home(extractor):
    """home.dateline_credit holds back for a name without an organisation's head noun: "AsianScientist (May
    12, 2014) –" is the outlet that reports."""
    assert home_org(extractor.nlp(ASIAN_SCIENTIST)) == "Shanghai Jiao Tong University"


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (  # 9907 (haigazian.edu.lb), as published, shortened
            "On Saturday 3 October 2009, during an official visit to Yerevan, Haigazian University President, Rev. "
            "Dr. Paul Haidostian, and Yerevan State University Rector Prof. Aram Simonyan, signed a memorandum of "
            "understanding between the two universities.",
            ("Paul Haidostian", "president", "Haigazian University"),
        ),
        (  # 6603 (au.edu), shortened
            "The agreement was signed by Rev. Bro. Sirichai Fonseka, President of Assumption University, and the "
            "dean of the faculty.",
            ("Sirichai Fonseka", "president", "Assumption University"),
        ),
    ],
)
def test_a_clergymans_style_before_a_name_is_an_honorific(extractor, text, fact):
    """patterns/honorifics.jsonl: "Rev.", "Rt. Reverend", "Bro." stand before a name as "Dr." does, neither a
    name word nor a break between a title and its name."""
    assert fact in _roles(extractor, text)


MGSU_FOOT = (  # 9705 (mgsu.ru), the story's end and the page's foot as published
    "Issues of potential cooperation, development of network programs, academic exchange and expansion of "
    "educational cooperation were also discussed at the meeting.\n\n© 30.04.2024 | MGSU\n"
    "در صورت بازنشر اطلاعات متنی و عکس، لینک به سایت دانشگاه دولتی مهندسی عمران مسکو الزامی است."
)


def test_a_copyright_line_dates_no_release():
    """published.reject.copyright: "© 30.04.2024 | MGSU" at the page's foot dates the site, not the post; the
    same date on a line of its own is the post's."""
    assert find_published(MGSU_FOOT) is None
    assert find_published(MGSU_FOOT.replace("© ", "")).value == "2024-04-30"


def test_a_dateline_may_name_a_district_and_run_into_the_story():
    """published (dateline): "GMIT campus (Nalaikh district), 16.01.2019 The National Defense University ..."
    (9905, gmit.edu.mn): a district in brackets after the place, the story's first word right after the
    date; a date inside a sentence is still none."""
    head = "Official visit of the delegation of Mongolian National Defense University\n\n"
    text = "GMIT campus (Nalaikh district), 16.01.2019 The National Defense University administrations visited GMIT."
    assert find_published(head + text).value == "2019-01-16"
    assert find_published(head + "The delegation came on 16.01.2019 The talks went well.") is None


SUCC = (  # 6807 (succ), as published, shortened
    "On the morning of November 26, a delegation of Tashkent State Pedagogical University (TSPU), led by Rector "
    "Abdugafar Kyrgyzboyev and Vice-Rector Feruza Ikromkhanova, visited Fengxian Campus of Shanghai Urban "
    "Construction Vocational College (SUCC). President Zhang Zhengrong and Vice President Guo Hongtao warmly "
    "received them.\nMr. Zhang Zhengrong extended a warm welcome to the guests from Uzbekistan. He introduced "
    "the overall situation and international development achievements of SUCC to the guests, especially "
    "highlighting the exchanges and cooperation between SUCC and universities in Uzbekistan. Mr. Zhang mentioned "
    "that last year, SUCC set up a course for students from Tashkent Medical Academy."
)
GMIT = (  # 9905 (gmit.edu.mn), as published, shortened
    "Official visit of the delegation of Mongolian National Defense University\n\nGMIT campus (Nalaikh district), "
    "16.01.2019 The National Defense University administrations visited the German-Mongolian Institute for "
    "Resources and Technology and working group included President, PhD, Jargalant.P.\n\n   They met, shared "
    "ideas and made discussion with the Rector of GMIT, Dr. Dorjderem.N, Vice Rector for Research, Prof. Daniel "
    "Karthe."
)


def test_the_organisation_of_a_delegation_in_the_opening_line_is_the_guest(extractor):
    """home.headline_owner: "a delegation of Tashkent State Pedagogical University ... visited ... Shanghai
    Urban Construction Vocational College": the delegation's organisation is the guest, not the release's."""
    assert home_org(extractor.nlp(SUCC)) == "Shanghai Urban Construction Vocational College"


def test_an_acronym_a_dateline_credits_publishes_the_release(extractor):
    """home.dateline_credit: "GMIT campus (Nalaikh district), 16.01.2019 The National Defense University
    administrations visited ...": the acronym the dateline names is the host whose news page it is."""
    assert home_org(extractor.nlp(GMIT)) == "GMIT"
