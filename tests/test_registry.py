"""The organisation registry: the data file itself, exact and fuzzy lookup, rule patterns, file errors."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from rapidfuzz import fuzz, process

from extractor.lang.name_keys import FUZZY_THRESHOLD, name_key, similarity
from extractor.lang.registry import OrgEntry, OrgRegistry, RegistryError, load_registry

SPBPU = "Peter the Great St. Petersburg Polytechnic University"
MISIS = "National University of Science and Technology MISIS"
SCO_TTC = "China Technology Transfer Center of the SCO Member States"
MOST = "Ministry of Science and Technology of the People's Republic of China"
MPEI = 'National Research University "Moscow Power Engineering Institute"'
URFU = "Ural Federal University named after the first President of Russia B.N. Yeltsin"
KNU = "Kyrgyz National University named after Jusup Balasagyn"


@pytest.fixture(scope="module")
def registry() -> OrgRegistry:
    return load_registry()


def _entry(registry: OrgRegistry, id_: str) -> OrgEntry:
    entry = registry.get(id_)
    assert entry is not None, id_
    return entry


# --- the data file -------------------------------------------------------------------------------


def test_registry_parses_and_is_large(registry: OrgRegistry) -> None:
    assert len(registry) >= 400
    assert len(list(registry)) == len(registry)
    assert _entry(registry, SPBPU).type == "university"


def test_registry_names_point_to_one_organisation(registry: OrgRegistry) -> None:
    clashes = registry.collisions()
    listed = "\n".join(f"  {k}: {ids}" for k, ids in sorted(clashes.items()))
    assert not clashes, f"names, keys or acronyms shared by several organisations:\n{listed}"


def test_registry_parents_exist(registry: OrgRegistry) -> None:
    missing = [(e.id, e.parent) for e in registry if e.parent and registry.get(e.parent) is None]
    assert not missing, f"parents that are not registry ids: {missing}"
    assert all(e.parent != e.id for e in registry)


def test_registry_covers_the_field(registry: OrgRegistry) -> None:
    per_country = Counter(e.country for e in registry)
    assert per_country["RU"] >= 150 and per_country["CN"] >= 150
    for country in ("KZ", "UZ", "KG", "TJ", "TM", "BY", "AZ", "MN", "INT"):
        assert per_country[country] >= 5, country


def test_registry_resolves_the_spec_gold_document(registry: OrgRegistry) -> None:
    """Every ORG mention of the spec's worked example (gold 000) looks up to its gold key."""
    gold = Path(__file__).resolve().parents[1] / "gold" / "000_80e1659e3766031a.json"
    mentions = [m for m in json.loads(gold.read_text(encoding="utf-8"))["mentions"] if m["label"] == "ORG"]
    wrong = [
        (m["text"], m["norm"], getattr(registry.lookup(m["text"]), "id", None))
        for m in mentions
        if getattr(registry.lookup(m["text"]), "id", None) != m["norm"]
    ]
    assert mentions and not wrong, wrong


# --- name_key and exact lookup -------------------------------------------------------------------


@pytest.mark.parametrize(
    "a,b",
    [
        (SPBPU, "Peter the Great Saint-Petersburg Polytechnic University"),
        ("St Petersburg University", "saint petersburg university"),
        ("St.Petersburg State University", "Saint Petersburg State University"),
        ("The Education University of Hong Kong", "Education University of Hong Kong"),
        ("Gubkin Russian State University of Oil & Gas", "Gubkin Russian State University of Oil and Gas"),
        ("Shanghai Cooperation Organization", "Shanghai Cooperation Organisation"),
        ("China Technology Transfer Center", "China Technology Transfer Centre"),
        ("People’s Republic", "People's Republic"),
        ("Peoples' Friendship University", "People's Friendship University"),
        ("Xi'an Jiaotong University", "Xian Jiaotong University"),
        ('Technopark "Polytechnic"', "Technopark «Polytechnic»"),
        (
            "Ministry of\u00a0Education – of the PRC",
            "ministry of education of the People's Republic of China",
        ),
        ("North-Western Polytechnical University", "Northwestern Polytechnical University"),
        ("University of São Paulo", "University of Sao Paulo"),
        (
            "Kyrgyz National University n.a. J. Balasagyn",
            "Kyrgyz National University named after J. Balasagyn",
        ),
    ],
)
def test_name_key_unifies_variants(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(
    "a,b",
    [
        ("Tomsk State University", "Tomsk Polytechnic University"),
        ("Southeast University", "Southwest University"),
        ("Saint Petersburg State University", "Saint Petersburg State University of Economics"),
    ],
)
def test_name_key_keeps_different_names_apart(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


@pytest.mark.parametrize(
    "text,expected",
    [
        (SPBPU, SPBPU),
        ("Peter the Great Saint-Petersburg Polytechnic University", SPBPU),
        ("the St Petersburg Polytechnic University", SPBPU),
        ("Leningrad Polytechnic Institute", SPBPU),
        ("SPbPU", SPBPU),
        ("NUST MISIS", MISIS),
        ("MISIS", MISIS),
        ("MISIS’s", MISIS),
        ("MISIS University", MISIS),
        ("Moscow Institute of Steel and Alloys", MISIS),
        ("Almalyk branch of NUST MISIS", f"Almalyk Branch of the {MISIS}"),
        ("China SCO Technology Transfer Center", SCO_TTC),
        (
            "China Technology Transfer Center of\u00a0the Shanghai Cooperation Organization (SCO) member states",
            SCO_TTC,
        ),
        ("Chinese Technology Transfer Center for SCO countries-members", SCO_TTC),
        ("Ministry of\u00a0Science and Technology", MOST),
        ("Ministry of Science and Technology of the PRC", MOST),
        (
            "Ministry of Foreign Affairs of the People’s Republic of China",
            "Ministry of Foreign Affairs of the People's Republic of China",
        ),
        ("Moscow State University", "Lomonosov Moscow State University"),
        (
            "Saint-Petersburg State University of Information Technologies, Mechanics and Optics",
            "ITMO University",
        ),
        ("Tsingua University", "Tsinghua University"),
        ("Technology Park of Tsingua University", "Tsinghua University Science Park"),
        ('Technopark "Polytechnic"', 'Technopark "Polytechnic"'),
        ("Shenyang Polytechnic University", "Shenyang Ligong University"),
        ("Russian Space Agency", "Roscosmos State Corporation for Space Activities"),
        ("Kazan University", "Kazan Federal University"),
        ("Skolkovo's", "Skolkovo Foundation"),
        ("Xian Jiaotong University", "Xi'an Jiaotong University"),
        ("The Education University of Hong Kong", "The Education University of Hong Kong"),
        ("Education University of Hong Kong", "The Education University of Hong Kong"),
        ("Al-Farabi KazNU", "Al-Farabi Kazakh National University"),
        ("KazNU", "Al-Farabi Kazakh National University"),
        ("Kyrgyz National University n.a. J,Balasaghyn", KNU),
        ("Qilu Pedagogical University", "Qilu Normal University"),
        (
            "Russia's Ministry of Education and Science",
            "Ministry of Education and Science of the Russian Federation",
        ),
        ("NRU MGSU", "National Research Moscow State University of Civil Engineering"),
        ("MPEI", MPEI),
        ("Moscow Power Engineering Institute", MPEI),
        ("NEFU", "M.K. Ammosov North-Eastern Federal University"),
        ("Ural Federal University", URFU),
        ("BRICS Expert Council - Russia", "BRICS Expert Council–Russia"),
        ("ASRTU", "Association of Sino-Russian Technical Universities"),
        ("SCO", "Shanghai Cooperation Organisation"),
        ("UzDaily", "UzDaily.com"),
    ],
)
def test_lookup_finds_names_aliases_acronyms(registry: OrgRegistry, text: str, expected: str) -> None:
    entry = registry.lookup(text)
    assert entry is not None and entry.id == expected


@pytest.mark.parametrize(
    "text",
    [
        "Misis",
        "misis",
        "spbpu",
        "Sco",  # acronyms are case-sensitive
        "Polytechnic University",
        "the university",  # generic descriptions
        "Ministry of Education",
        "Ministry of Foreign Affairs",
        "ASU",
        "VSU",
        "MIIT",  # deliberately left out: ambiguous
        "Gansu University",
        "",
    ],
)
def test_lookup_rejects_generic_ambiguous_and_miscased(registry: OrgRegistry, text: str) -> None:
    assert registry.lookup(text) is None


# --- fuzzy lookup --------------------------------------------------------------------------------

FUZZY_POSITIVES = {
    "Tsinhua University": "Tsinghua University",
    "Tsinghua Univercity": "Tsinghua University",
    "Tsinghau University": "Tsinghua University",
    "Lomonosov Moscow State Univeristy": "Lomonosov Moscow State University",
    "Novosibirks State University": "Novosibirsk State University",
    "Harbin Institue of Technology": "Harbin Institute of Technology",
    "Harbin Engeneering University": "Harbin Engineering University",
    "Peter the Great St. Petersburg Polytechnical University": SPBPU,
    "Tomsk Polytechnical University": "Tomsk Polytechnic University",
    "Al-Farabi Kazakh National Univesity": "Al-Farabi Kazakh National University",
    "Nazarbaev University": "Nazarbayev University",
    "Satpayev University": "Satbayev University",
    "Huazhong Univeristy of Science and Technology": "Huazhong University of Science and Technology",
    "Kazan Federal Univercity": "Kazan Federal University",
    "Uzbekistan State World Language University": "Uzbekistan State World Languages University",
    "Tashkent State Technical Univercity": "Tashkent State Technical University",
    "Dalian Univesity of Foreign Languages": "Dalian University of Foreign Languages",
    "Beijing Foreign Study University": "Beijing Foreign Studies University",
    "Chang'an Univesity": "Chang'an University",
    "Gubkin Russian State Univesity of Oil and Gas": "Gubkin Russian State University of Oil and Gas",
    "Samarkand State Univeristy": "Samarkand State University",
    "Korkyt Ata Kyzylorda Universty": "Korkyt Ata Kyzylorda University",
    "Moscow Power Engeneering Institute": MPEI,
    "University of Science and Technology Bejing": "University of Science and Technology Beijing",
    "Wuhan University of Science and Tecnology": "Wuhan University of Science and Technology",
    "Xi'an Jiao Tong Univeristy": "Xi'an Jiaotong University",
    "Belarusian State Economical University": "Belarusian State Economic University",
    "Gumilyov Eurasian Nacional University": "L.N. Gumilyov Eurasian National University",
    "Russian Sience Foundation": "Russian Science Foundation",
    "Association of Sino-Russian Technical Univesities": "Association of Sino-Russian Technical Universities",
    "Ministry of Science and Tecnology of the People's Republic of China": MOST,
    "Kyrgyz National University named after J. Balasagin": KNU,
    "Heilongjiang University of Science and Tehnology": "Heilongjiang University of Science and Technology",
    "South Ural State Univercity": "South Ural State University",
}

# Real organisations that are not in the registry: each must find nothing.
FUZZY_ABSENT = [
    "Harbin Medical University",
    "Novosibirsk State Medical University",
    "Omsk State Medical University",
    "Xinjiang Medical University",
    "Shanghai Normal University",
    "Beijing Union University",
    "Nanjing Forestry University",
    "Ural State Forest Engineering University",
    "Samara State Medical University",
    "Moscow State University of Psychology and Education",
    "Dalian Medical University",
    "Jilin Normal University",
    "Harbin University of Commerce",
    "Tianjin University of Technology",
    "Changchun University of Technology",
    "Kazan State Agrarian University",
    "Tashkent State Agrarian University",
    "Omsk State Agrarian University",
    "Ministry of Foreign Affairs of the Republic of Tajikistan",
    "Ministry of Education of the Kyrgyz Republic",
    "Gomel State Medical University",
    "Embassy of the People's Republic of China in the Kyrgyz Republic",
    "Belarusian State Agricultural Academy",
    "Baku Engineering University",
    "Harbin Institute of Physical Education",
    "Saint Petersburg State Forest Technical University",
    "Penza State Technological University",
    "Hunan University of Science and Technology",
    "Henan University of Science and Technology",
    "Hebei University of Science and Technology",
    "Anhui University of Science and Technology",
    "Shandong Normal University",
    "Sichuan Normal University",
    "Dalian Ocean University",
    "Xinjiang University of Finance and Economics",
    "Hainan School of Economics and Management",
    "Polytechnic University",
    "Jiaotong University",
    "Gansu University",
]

# Different organisations with look-alike names (all in the registry): they must not match each other.
CONFUSABLE = [
    ("Tomsk State University", "Tomsk Polytechnic University"),
    ("Harbin Institute of Technology", "Harbin Engineering University"),
    ("Harbin Institute of Technology", "Harbin University of Science and Technology"),
    ("Beijing Institute of Technology", "Beijing University of Technology"),
    ("Wuhan University of Technology", "Wuhan University of Science and Technology"),
    ("Xinjiang University", "Xinjiang Normal University"),
    ("Omsk State University", "Tomsk State University"),
    ("Samarkand State University", "Samara State University"),
    ("Tula State University", "Tuva State University"),
    ("Dalian University", "Dalian University of Technology"),
    ("Hefei University of Technology", "Hebei University of Technology"),
    ("Northwest Normal University", "Northeast Normal University"),
    ("Southwest University", "Southeast University"),
    ("Qinghua University", "Qinghai University"),
    ("Kazan State Technological University", "Kazan State Technical University"),
    ("Novosibirsk State University", "Novosibirsk State Technical University"),
    ("Saint Petersburg State University", "Saint Petersburg State University of Economics"),
    (
        "Ministry of Foreign Affairs of the Republic of Kazakhstan",
        "Ministry of Foreign Affairs of the Republic of Uzbekistan",
    ),
    ("Kazakh National University", "Kazakh National Medical University"),
    ("Shanghai University", "Shanghai Jiao Tong University"),
    ("Moscow State University", "Moscow State Linguistic University"),
    ("Belarusian State University", "Belarusian State Economic University"),
]


def _best_score(registry: OrgRegistry, text: str) -> float:
    key = name_key(text)
    cands = process.extract(key, registry._fuzzy, scorer=fuzz.ratio, limit=50)
    return max((similarity(key, c) for c, _, _ in cands), default=0.0)


@pytest.mark.parametrize("text,expected", sorted(FUZZY_POSITIVES.items()))
def test_fuzzy_lookup_corrects_misspellings(registry: OrgRegistry, text: str, expected: str) -> None:
    assert registry.lookup(text) is None, "a fuzzy test case must not be an exact name"
    entry = registry.fuzzy_lookup(text)
    assert entry is not None and entry.id == expected


@pytest.mark.parametrize("text", FUZZY_ABSENT)
def test_fuzzy_lookup_leaves_unknown_names_alone(registry: OrgRegistry, text: str) -> None:
    assert registry.fuzzy_lookup(text) is None


@pytest.mark.parametrize("a,b", CONFUSABLE)
def test_fuzzy_confusable_names_stay_apart(registry: OrgRegistry, a: str, b: str) -> None:
    assert registry.lookup(a) != registry.lookup(b)
    assert max(similarity(name_key(a), name_key(b)), similarity(name_key(b), name_key(a))) < FUZZY_THRESHOLD


def test_fuzzy_threshold_separates_the_measured_lists(registry: OrgRegistry) -> None:
    """How FUZZY_THRESHOLD was chosen: between the weakest misspelling and the strongest near miss."""
    pos = [
        max(similarity(name_key(q), name_key(n)) for n in _entry(registry, want).names())
        for q, want in FUZZY_POSITIVES.items()
    ]
    neg = [_best_score(registry, q) for q in FUZZY_ABSENT]
    neg += [similarity(name_key(a), name_key(b)) for a, b in CONFUSABLE]
    assert max(neg) < FUZZY_THRESHOLD <= min(pos), (max(neg), min(pos))
    assert min(pos) - max(neg) >= 1.5


def test_fuzzy_registry_has_no_near_duplicates(registry: OrgRegistry) -> None:
    """No two organisations' names are within fuzzy reach of each other."""
    keys = registry._fuzzy
    scores = process.cdist(keys, keys, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD, workers=-1)
    rows, cols = scores.nonzero()
    close = [
        (keys[i], keys[j])
        for i, j in zip(rows, cols, strict=True)
        if i < j
        and registry._keys[keys[i]] != registry._keys[keys[j]]
        and similarity(keys[i], keys[j]) >= FUZZY_THRESHOLD
    ]
    assert not close, f"organisations with look-alike names: {close}"


@pytest.mark.parametrize("text", ["Tsinhua", "MISIS Univ", "Omsk SU"])
def test_fuzzy_lookup_skips_short_names(registry: OrgRegistry, text: str) -> None:
    assert registry.fuzzy_lookup(text) is None


def test_fuzzy_lookup_prefers_exact(registry: OrgRegistry) -> None:
    assert getattr(registry.fuzzy_lookup("Tomsk State University"), "id", None) == "Tomsk State University"
    assert getattr(registry.fuzzy_lookup("SPbPU"), "id", None) == SPBPU


# --- rule patterns -------------------------------------------------------------------------------


def test_phrase_patterns_cover_names_and_variants(registry: OrgRegistry) -> None:
    pats = registry.phrase_patterns()
    assert all(set(p) == {"label", "pattern", "id"} and p["label"] == "ORG" for p in pats)
    assert all(registry.get(p["id"]) is not None for p in pats)
    by_text = {p["pattern"]: p["id"] for p in pats}
    for text in (
        "Peter the Great Saint-Petersburg Polytechnic University",
        "MISIS University",
        "St Petersburg Polytechnic University",
        "Technopark «Polytechnic»",
        "Education University of Hong Kong",
        "Peoples’ Friendship University of Russia",
    ):
        assert text in by_text, text
    assert "NUST MISIS" not in by_text  # acronyms go to acronym_patterns only


def test_acronym_patterns_are_case_sensitive_codes(registry: OrgRegistry) -> None:
    pats = registry.acronym_patterns()
    assert {"label": "ORG", "pattern": "SPbPU", "id": SPBPU} in pats
    assert {"label": "ORG", "pattern": "NUST MISIS", "id": MISIS} in pats
    assert all(any(c.isupper() for c in p["pattern"]) for p in pats)


def test_patterns_load_into_span_rulers(registry: OrgRegistry) -> None:
    """The patterns validate in SpanRulers like the pipeline's (blank English, no trained model)."""
    import spacy

    nlp = spacy.blank("en")
    names = nlp.add_pipe(
        "span_ruler",
        name="names",
        config={"spans_key": "names", "validate": True, "phrase_matcher_attr": "LOWER"},
    )
    names.add_patterns(registry.phrase_patterns())  # type: ignore[attr-defined]
    acronyms = nlp.add_pipe("span_ruler", name="acr", config={"spans_key": "acr", "validate": True})
    acronyms.add_patterns(registry.acronym_patterns())  # type: ignore[attr-defined]
    doc = nlp(
        "Peter the Great Saint-Petersburg Polytechnic University and NUST MISIS met "
        "Tsingua University; misis is not an acronym here."
    )
    assert {(s.text, s.id_) for s in doc.spans["names"]} >= {
        ("Peter the Great Saint-Petersburg Polytechnic University", SPBPU),
        ("Tsingua University", "Tsinghua University"),
    }
    assert [(s.text, s.id_) for s in doc.spans["acr"]] == [("NUST MISIS", MISIS), ("MISIS", MISIS)]


# --- broken registry files -----------------------------------------------------------------------

GOOD = {
    "id": "Tomsk State University",
    "aliases": [],
    "acronyms": ["TSU"],
    "country": "RU",
    "type": "university",
}


def _write(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "broken.jsonl"
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "bad,where",
    [
        ('{"id": "X University", "country": "RU", "type": "university",', "invalid JSON"),
        (json.dumps({**GOOD, "id": "X University", "website": "x.ru"}), "field website"),
        (json.dumps({**GOOD, "id": "X University", "acronyms": [], "country": "Russia"}), "field country"),
        (json.dumps({**GOOD, "id": "X University", "acronyms": [], "type": "college"}), "field type"),
        (json.dumps({**GOOD, "id": "X University", "acronyms": ["xu"]}), "field acronyms"),
        (json.dumps({**GOOD, "id": " X University"}), "field id"),
        (json.dumps(GOOD), "field id: duplicate"),
        (json.dumps({**GOOD, "id": "X University", "acronyms": [], "parent": "Nowhere"}), "field parent"),
    ],
)
def test_load_registry_error_names_file_line_and_field(tmp_path: Path, bad: str, where: str) -> None:
    path = _write(tmp_path, json.dumps(GOOD), "", bad)
    with pytest.raises(RegistryError, match=rf"broken\.jsonl:3: .*{where}"):
        load_registry(path)


def test_load_registry_reports_collisions_with_lines(tmp_path: Path) -> None:
    other = {
        "id": "Tashkent State University",
        "aliases": [],
        "acronyms": ["TSU"],
        "country": "UZ",
        "type": "university",
    }
    path = _write(tmp_path, json.dumps(GOOD), json.dumps(other))
    with pytest.raises(
        RegistryError,
        match=r"acronym 'TSU' -> 'Tomsk State University' \(line 1\), "
        r"'Tashkent State University' \(line 2\)",
    ):
        load_registry(path)


def test_org_entry_rejects_unknown_keys() -> None:
    with pytest.raises(ValueError):
        OrgEntry.model_validate({**GOOD, "url": "tsu.ru"})
