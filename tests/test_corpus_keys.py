"""Corpus-level keys: spelling variants of one person, case variants of one unregistered organisation."""

import pytest

from extractor.models import AgreementFact, DocumentRecord, Mention, RoleFact
from extractor.output.corpus_keys import org_key_map, person_key_map, same_person, unify
from extractor.output.key_join import block_keys, person_pairs, tokens
from extractor.output.person_groups import fullest, split_ambiguous


@pytest.mark.parametrize(
    "a,b",
    [
        ("Zhanseit Tuimebaev", "Zhanseit Tuimebayev"),
        ("Victor Koksharov", "Viktor Koksharov"),
        ("Valentina Bogatyryova", "Valentina Vasilyevna Bogatyreva"),
        ("M.E. Rayak", "M.E. Rayak"),
        ("Wang Xiao-ming", "Wang Xiaoming"),  # pinyin: hyphens and case may differ
        ("LIU Hongwu", "Liu Hongwu"),
        ("Yury Nikolaychik", "Yuri Nikolaichik"),  # no word spelled alike until folded
        ("Yelena Aliyeva", "Elena Alieva"),
        ("Dmitriy Kirillov", "Dmitrii Kirilov"),
        ("Aleksey Dzhaksybekov", "Alexei Jaksybekov"),
        ("Wladimir Khasanov", "V. Hasanov"),
        ("Artyom Rykun", "Artem Rykun"),
    ],
)
def test_variants_of_one_person(a, b):
    assert same_person(a, b)


@pytest.mark.parametrize(
    "a,b",
    [
        ("Liu Xia", "Liu Hong"),
        ("Gao Hong", "Liu Hong"),
        ("Andrey Voronin", "Andrey Dushin"),
        ("Rayak", "M.E. Rayak"),
        ("Wang Qin", "Wang Xin"),
        ("Liu Hong", "Liu Hongwu"),  # pinyin spells a name one way: a near spelling is another person
        ("Zhao Changlu", "Zhao Changle"),
        ("Gao Ya", "Gao Yan"),
        ("Cao Li", "Kao Li"),  # pinyin is not folded: c and k are two initials there
        ("Andrei Ivanov", "Andrei Ivanova"),  # -ov / -ova: two people
        ("Sergei Bavakov", "Sergei Bavakev"),  # a near spelling no transliteration explains
        ("Ivan Rayak", "Ivan Rak"),
        ("Sergei Maskevich", "Sergey M. Vdovin"),  # a surname is never matched by a middle initial
        ("Oleg Nagornov", "Oleg N Avdeev"),
    ],
)
def test_different_people_stay_apart(a, b):
    assert not same_person(a, b)


def test_person_map_picks_the_fullest_form():
    m = person_key_map(["Valentina Bogatyryova", "Valentina Vasilyevna Bogatyreva", "Olga Kim"])
    assert m["Valentina Bogatyryova"] == "Valentina Vasilyevna Bogatyreva"
    assert m["Olga Kim"] == "Olga Kim"


def test_org_map_joins_case_and_punctuation_variants():
    m = org_key_map(
        [
            "Hainan School of Economics",
            "Hainan school of economics",
            "Hainan School of Economics",
            "the Hainan School of Economics",
            "Hainan University",
        ]
    )
    assert {m[k] for k in m if "conomics" in k} == {"Hainan School of Economics"}
    assert m["Hainan University"] == "Hainan University"


def test_unify_rewrites_mentions_and_facts():
    a = DocumentRecord(
        doc_id="a",
        mentions=[
            Mention(start=0, end=18, label="PERSON", text="Zhanseit Tuimebaev", norm="Zhanseit Tuimebaev")
        ],
        facts=[
            RoleFact(person="Zhanseit Tuimebaev", role="rector", org=None),
            AgreementFact(kind="memorandum", parties=["X"], signatories=["Zhanseit Tuimebaev"]),
        ],
    )
    b = DocumentRecord(
        doc_id="b",
        mentions=[
            Mention(start=0, end=19, label="PERSON", text="Zhanseit Tuimebayev", norm="Zhanseit Tuimebayev")
        ],
    )
    ua, ub = unify([a, b])
    assert ua.mentions[0].norm == ub.mentions[0].norm == "Zhanseit Tuimebayev"
    assert ua.facts[0].person == "Zhanseit Tuimebayev"
    assert ua.facts[1].signatories == ["Zhanseit Tuimebayev"]
    assert a.mentions[0].norm == "Zhanseit Tuimebaev"  # inputs are not modified


def test_run_output_has_one_key_for_spelling_variants(tmp_path):
    from extractor.output.corpus_keys import unify_jsonl
    from extractor.read.record_io import load_records, write_jsonl

    a = DocumentRecord(
        doc_id="a",
        mentions=[
            Mention(start=0, end=18, label="PERSON", text="Zhanseit Tuimebaev", norm="Zhanseit Tuimebaev")
        ],
    )
    b = DocumentRecord(
        doc_id="b",
        mentions=[
            Mention(start=0, end=19, label="PERSON", text="Zhanseit Tuimebayev", norm="Zhanseit Tuimebayev")
        ],
    )
    path = tmp_path / "records.jsonl"
    write_jsonl([a, b], path)
    assert unify_jsonl(path) == 1
    recs = load_records(path)
    assert recs["a"].mentions[0].norm == recs["b"].mentions[0].norm
    assert unify_jsonl(path) == 0


# --- the blocked join finds exactly the joins of comparing every pair -------------------------------


def _all_pairs(keys):
    """The reference: every pair of distinct keys compared that shares a word of 3+ letters once folded
    (``same_person`` asks for one, so no other pair can join)."""
    uniq = sorted(set(keys))
    return {
        (a, b)
        for i, a in enumerate(uniq)
        for b in uniq[i + 1 :]
        if {t for t in tokens(a) if len(t) > 2} & set(tokens(b)) and same_person(a, b)
    }


def _all_pairs_map(keys):
    """The reference map: the pairs of :func:`_all_pairs` without those of ambiguous keys, grouped."""
    uniq = sorted(set(keys))
    parent = {k: k for k in uniq}

    def find(k):
        while parent[k] != k:
            k = parent[k]
        return k

    for a, b in split_ambiguous(_all_pairs(uniq))[0]:
        if find(a) != find(b):
            parent[find(a)] = find(b)
    groups = {}
    for k in uniq:
        groups.setdefault(find(k), []).append(k)
    return {k: fullest(g) for g in groups.values() for k in g}


def _gold_person_keys():
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    files = list((root / "gold").rglob("*.json")) + list((root.parent / "shared" / "real").rglob("*.json"))
    return {
        m["norm"]
        for f in files
        for m in json.loads(f.read_text("utf-8")).get("mentions", [])
        if m.get("label") == "PERSON" and m.get("norm")
    }


def _variants(n, seed=5):
    """Names with transliteration variants, initials, patronymics and shared first names or surnames."""
    import random

    rnd = random.Random(seed)
    first = [
        "Viktor",
        "Victor",
        "Alexander",
        "Aleksandr",
        "Yuri",
        "Yury",
        "Dmitry",
        "Dmitriy",
        "Anna",
        "Olga",
    ]
    sur = [
        "Sadovnichiy",
        "Sadovnichy",
        "Sadovnichii",
        "Koksharov",
        "Kokcharov",
        "Ivanov",
        "Ivanova",
        "Wang",
        "Li",
        "Tuimebaev",
        "Tuimebayev",
        "Petrov",
        "Alexeev",
        "Alekseev",
    ]
    out = set()
    while len(out) < n:
        f, s = rnd.choice(first), rnd.choice(sur)
        form = rnd.randrange(4)
        out.add(
            f"{f} {s}"
            if form == 0
            else f"{f[0]}. {s}"
            if form == 1
            else f"{f} {rnd.choice(first)}ovich {s}"
            if form == 2
            else f"{s} {f}"
        )
    return sorted(out)


@pytest.mark.parametrize("small_block", [12, 0], ids=["as-run", "index-everywhere"])
@pytest.mark.parametrize("keys", [_gold_person_keys(), _variants(1200)], ids=["gold-and-real", "variants"])
def test_blocked_join_equals_all_pairs_join(keys, small_block, monkeypatch):
    """Blocks, and the token index inside large blocks, miss no join and add none."""
    monkeypatch.setattr("extractor.output.key_join.SMALL_BLOCK", small_block)
    assert person_pairs(keys) == _all_pairs(keys)
    ref = _all_pairs_map(keys)
    got = person_key_map(keys)
    assert got == ref
    assert sum(k != v for k, v in got.items()) > 0  # some keys do join, so the comparison means something


@pytest.mark.parametrize(
    "rule,word,folded",
    [
        ("translit.yo", "Artyom", "artem"),
        ("translit.x", "Alexey", "aleksei"),
        ("translit.w", "Wladimir", "vladimir"),
        ("translit.kh", "Khasanov", "hasanov"),
        ("translit.dzh", "Dzhaksybekov", "jaksibekov"),
        ("translit.tz", "Kuznetzov", "kuznetsov"),
        ("translit.hard_c", "Victor", "viktor"),
        ("translit.glide", "Tuimebayev", "tuimebaev"),
        ("translit.y", "Yury", "iuri"),
        ("translit.initial_ye", "Yelena", "elena"),
        ("translit.double", "Kirillov", "kirilov"),
    ],
)
def test_each_transliteration_rule_folds_its_example(rule, word, folded):
    from extractor.lang.patterns import FoldRule, load_named
    from extractor.output.key_join import fold

    assert rule in {r.id for r in load_named("transliteration.jsonl", FoldRule)}
    assert fold(word) == folded


def test_fold_keeps_what_no_rule_names():
    from extractor.output.key_join import fold

    assert fold("Chen") == "chen" and fold("Rayak") == "raiak" and fold("Ivanova") != fold("Ivanov")


def test_block_keys_pair_a_whole_token_with_the_initials_of_a_choice_of_tokens():
    assert block_keys("Viktor Koksharov") == {("viktor", "vk", True), ("koksharov", "vk", True)}
    assert block_keys("M.E. Rayak") == {("raiak", s, s == "mer") for s in ("me", "mr", "er", "mer")}  # folded
    assert block_keys("Rayak") == set()  # one token: never joined, never compared


def test_collector_keeps_distinct_keys_and_org_counts():
    from extractor.output.corpus_keys import KeyCollector

    c = KeyCollector()
    for _ in range(3):
        c.add_dict(
            {
                "mentions": [
                    {"label": "PERSON", "norm": "Victor Koksharov"},
                    {"label": "ORG", "norm": "Hainan University"},
                ]
            }
        )
    c.add("PERSON", "Viktor Koksharov")
    c.add("ORG", "the Hainan university")
    assert c.people == {"Victor Koksharov", "Viktor Koksharov"}
    assert c.orgs == {"Hainan University": 3, "the Hainan university": 1}
    maps = c.maps()
    assert maps.orgs == {"the Hainan university": "Hainan University"}
    assert len(maps.people) == 1


def _key_join_rows(tmp_path, *texts):
    """The rows of OUT/key_joins.csv after ``extractor run`` on the texts, one release each."""
    import csv

    from typer.testing import CliRunner

    from extractor.cli import app

    src = tmp_path / "in"
    src.mkdir()
    for i, text in enumerate(texts):
        (src / f"{i}.txt").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["run", str(src), "--out", str(tmp_path / "out"), "--quiet"])
    assert result.exit_code == 0, result.output
    with open(tmp_path / "out" / "key_joins.csv", encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_the_joins_of_a_run_are_recorded(tmp_path):
    """OUT/key_joins.csv names every key the corpus-wide join replaced, the key it joined and the rule."""
    rows = _key_join_rows(
        tmp_path,
        "Rector Yury Nikolaychik of Tomsk State University signed it.",
        "Rector Yuri Nikolaichik of Tomsk State University met them.",
        "Rector Anna Petrova of Lanzhou University met them.",
    )
    assert [(r["label"], r["rule"]) for r in rows] == [("PERSON", "key.join.person_variant")]
    assert {rows[0]["key"], rows[0]["joined_to"]} == {"Yury Nikolaychik", "Yuri Nikolaichik"}
