"""Scoring: unit tests worked out by hand, and agreement with the reference shared/tools/score.py."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.evaluate.scoring import (
    align,
    bcubed,
    lenient_pairs,
    per_document,
    prf,
    score,
    strict_matches,
    to_frames,
)
from extractor.models import LABELS, AgreementFact, DocumentRecord, Mention, RoleFact
from extractor.read.record_io import load_records

REPO = Path(__file__).resolve().parents[1]
GOLD_DIR = REPO / "gold"


def assert_same(ours: Any, theirs: Any, path: str = "result") -> None:
    """Same structure, same key order, every number within 1e-3."""
    if isinstance(theirs, dict):
        assert isinstance(ours, dict), path
        assert list(ours) == list(theirs), f"{path}: keys {list(ours)} != {list(theirs)}"
        for k in theirs:
            assert_same(ours[k], theirs[k], f"{path}.{k}")
    elif isinstance(theirs, list):
        assert isinstance(ours, list) and len(ours) == len(theirs), path
        for i, (a, b) in enumerate(zip(ours, theirs, strict=True)):
            assert_same(a, b, f"{path}[{i}]")
    elif isinstance(theirs, (int, float)) and not isinstance(theirs, bool):
        assert isinstance(ours, (int, float)) and abs(ours - theirs) <= 1e-3, f"{path}: {ours} != {theirs}"
    else:
        assert ours == theirs, f"{path}: {ours!r} != {theirs!r}"


def check_parity(
    ref: Any,
    gold: dict[str, DocumentRecord],
    pred: dict[str, DocumentRecord],
    labels: tuple[str, ...] = LABELS,
) -> dict[str, Any]:
    def plain(recs: dict[str, DocumentRecord]) -> dict[str, Any]:
        return {k: r.model_dump(mode="json") for k, r in recs.items()}

    ours = score(gold, pred, labels)
    assert_same(ours, ref.score(plain(gold), plain(pred), labels))
    return ours


# ---------------------------------------------------------------- small documents
def span(text: str, phrase: str, label: Any, norm: str | None, nth: int = 0) -> Mention:
    """The nth occurrence of ``phrase`` in ``text`` as a mention."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Mention(start=start, end=start + len(phrase), label=label, text=phrase, norm=norm)


TPU, HIT, URFU = "Tomsk Polytechnic University", "Harbin Institute of Technology", "Ural Federal University"
YAK, HAN, KOK = "Andrey Yakovlev", "Han Jiecai", "Viktor Koksharov"
TEXT_A = (
    "Tomsk Polytechnic University (TPU) and Harbin Institute of Technology signed a memorandum on "
    "May 5, 2021. TPU Rector Andrey Yakovlev and HIT President Han Jiecai signed it. "
    "Yakovlev said TPU will open a joint centre."
)
TEXT_B = (
    "On 12 March 2022 Ural Federal University and Harbin Institute of Technology agreed to sign a "
    "roadmap. UrFU head Viktor Koksharov met HIT delegates."
)
SPANS_A = [
    (TPU, "ORG", TPU, 0),
    ("TPU", "ORG", TPU, 0),
    (HIT, "ORG", HIT, 0),
    ("memorandum", "AGREEMENT", "memorandum", 0),
    ("May 5, 2021", "DATE", "2021-05-05", 0),
    ("TPU", "ORG", TPU, 1),
    ("Rector", "ROLE", "rector", 0),
    (YAK, "PERSON", YAK, 0),
    ("HIT", "ORG", HIT, 0),
    ("President", "ROLE", "president", 0),
    (HAN, "PERSON", HAN, 0),
    ("Yakovlev", "PERSON", YAK, 1),
    ("TPU", "ORG", TPU, 2),
]
SPANS_B = [
    ("12 March 2022", "DATE", "2022-03-12", 0),
    (URFU, "ORG", URFU, 0),
    (HIT, "ORG", HIT, 0),
    ("roadmap", "AGREEMENT", "roadmap", 0),
    ("UrFU", "ORG", URFU, 0),
    ("head", "ROLE", "head", 0),
    (KOK, "PERSON", KOK, 0),
    ("HIT", "ORG", HIT, 0),
]


def gold_docs() -> dict[str, DocumentRecord]:
    a = DocumentRecord(
        doc_id="a",
        published="2021-05-06",
        mentions=sorted((span(TEXT_A, *s) for s in SPANS_A), key=lambda m: m.start),
        facts=[
            RoleFact(person=YAK, role="rector", org=TPU),
            RoleFact(person=HAN, role="president", org=HIT),
            AgreementFact(kind="memorandum", parties=[TPU, HIT], date="2021-05-05", signatories=[YAK, HAN]),
        ],
    )
    b = DocumentRecord(
        doc_id="b",
        mentions=sorted((span(TEXT_B, *s) for s in SPANS_B), key=lambda m: m.start),
        facts=[
            RoleFact(person=KOK, role="head", org=URFU),
            AgreementFact(kind="roadmap", status="planned", parties=[URFU, HIT]),
        ],
    )
    return {"a": a, "b": b}


def edit_mentions(docs: dict[str, DocumentRecord], fn: Any) -> dict[str, DocumentRecord]:
    """Copy of ``docs`` with fn(i, mention) -> mention | None applied to every mention."""
    out = {}
    for k, r in docs.items():
        ms = [fn(i, m) for i, m in enumerate(r.mentions)]
        out[k] = r.model_copy(update={"mentions": [m for m in ms if m is not None]})
    return out


def with_norm(old: str, new: str | None, every: int = 1) -> Any:
    return lambda i, m: m.model_copy(update={"norm": new}) if m.norm == old and i % every == 0 else m


def _prediction_cases() -> dict[str, Any]:
    g = gold_docs()
    cases: dict[str, Any] = {"identical": g, "empty": {}}
    cases["shifted boundaries"] = edit_mentions(
        g, lambda i, m: m.model_copy(update={"start": m.start + i % 3, "end": m.end + (2 if i % 2 else -1)})
    )
    cases["wrong labels"] = edit_mentions(
        g, lambda i, m: m.model_copy(update={"label": "PERSON" if m.label == "ORG" and i % 2 else m.label})
    )
    cases["split key"] = edit_mentions(g, with_norm(TPU, "TPU", every=2))
    cases["merged keys"] = edit_mentions(g, with_norm(HIT, TPU))
    cases["null norms"] = edit_mentions(g, with_norm(URFU, None))
    cases["dropped and duplicated"] = edit_mentions(g, lambda i, m: None if i % 3 == 0 else m)
    cases["dropped and duplicated"]["b"].mentions.extend(g["b"].mentions[:3])
    cases["missing document"] = {"a": g["a"], "zzz": g["b"].model_copy(update={"doc_id": "zzz"})}
    facts = [
        RoleFact(person=YAK, role="rector", org=None),
        RoleFact(person=HAN, role="president", org=HIT),
        RoleFact(person=HAN, role="president", org=HIT),
        AgreementFact(kind="memorandum", status="planned", parties=[HIT, TPU], signatories=[YAK]),
        AgreementFact(kind="memorandum", parties=[TPU], date="2021-05-05"),
    ]
    cases["wrong fact attributes"] = {"a": g["a"].model_copy(update={"facts": facts}), "b": g["b"]}
    cases["spurious published"] = {
        "a": g["a"].model_copy(update={"published": "2021-05"}),
        "b": g["b"].model_copy(update={"published": "2022"}),
    }
    renamed = edit_mentions(g, with_norm(YAK, "A. Yakovlev"))
    renamed["a"] = renamed["a"].model_copy(
        update={"facts": [RoleFact(person="A. Yakovlev", role="rector", org=TPU), *g["a"].facts[1:]]}
    )
    cases["renamed key in facts"] = renamed
    return cases


PREDICTIONS = _prediction_cases()


@pytest.mark.parametrize("name", list(PREDICTIONS))
def test_scoring_matches_reference(ref: Any, name: str) -> None:
    check_parity(ref, gold_docs(), PREDICTIONS[name])


@pytest.mark.parametrize("labels", [("ORG",), ("PERSON", "DATE"), ("ROLE", "AGREEMENT", "DATE")])
def test_scoring_matches_reference_on_label_subsets(ref: Any, labels: tuple[str, ...]) -> None:
    for pred in PREDICTIONS.values():
        check_parity(ref, gold_docs(), pred, labels)


def test_scoring_matches_reference_on_empty_gold(ref: Any) -> None:
    check_parity(ref, {}, gold_docs())


# ---------------------------------------------------------------- random predictions
NORMS = [TPU, HIT, URFU, YAK, HAN, KOK, "TPU", "rector", "head", "memorandum", "roadmap", "2021-05-05", None]


@st.composite
def predictions(draw: Any) -> dict[str, DocumentRecord]:
    """Predictions near the gold: kept, shifted, relabelled and re-keyed mentions, random facts."""
    out = {}
    for doc_id, g in gold_docs().items():
        if draw(st.integers(0, 9)) == 0:
            continue  # missing document
        ms = []
        for m in g.mentions:
            if draw(st.booleans()):
                start = max(0, m.start + draw(st.integers(-3, 3)))
                label = draw(st.sampled_from([m.label, m.label, *LABELS]))
                norm = draw(st.sampled_from([m.norm, m.norm, *NORMS]))
                ms.append(
                    Mention(
                        start=start,
                        end=max(start + 1, m.end + draw(st.integers(-3, 3))),
                        label=label,
                        text="x",
                        norm=norm,
                    )
                )
        keys = st.sampled_from([TPU, HIT, URFU, YAK, HAN, KOK, "TPU", "Yakovlev"])
        roles = st.builds(
            RoleFact,
            person=keys,
            role=st.sampled_from(["rector", "president", "head"]),
            org=st.one_of(st.none(), keys),
        )
        agreements = st.builds(
            AgreementFact,
            kind=st.sampled_from(["memorandum", "roadmap"]),
            status=st.sampled_from(["signed", "planned"]),
            parties=st.lists(keys, min_size=1, max_size=3),
            date=st.sampled_from([None, "2021-05-05", "2022"]),
            signatories=st.lists(keys, max_size=2),
        )
        facts = draw(st.lists(st.one_of(roles, agreements), max_size=4))
        out[doc_id] = DocumentRecord(
            doc_id=doc_id,
            mentions=draw(st.permutations(ms)),
            facts=facts,
            published=draw(st.sampled_from([None, "2021-05-06", "2022"])),
        )
    return out


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pred=predictions())
def test_scoring_matches_reference_on_random_predictions(ref: Any, pred: dict[str, DocumentRecord]) -> None:
    check_parity(ref, gold_docs(), pred)


# ---------------------------------------------------------------- the real gold
def perturb(gold: dict[str, DocumentRecord], seed: int = 0) -> dict[str, DocumentRecord]:
    """A plausible noisy system output: drops, shifts, relabels, split/renamed keys, fact edits."""
    rnd = random.Random(seed)
    out = {}
    for doc_id, rec in sorted(gold.items())[1:]:  # the first document goes missing
        ms = []
        for m in rec.mentions:
            r = rnd.random()
            if r < 0.1:
                continue
            if r < 0.2:
                m = m.model_copy(update={"end": max(m.start + 1, m.end + rnd.choice([-2, 3]))})
            elif r < 0.25:
                m = m.model_copy(update={"label": rnd.choice(LABELS)})
            elif r < 0.35 and m.label in ("ORG", "PERSON") and m.norm:
                m = m.model_copy(update={"norm": m.norm.upper()})  # a key split or renamed
            elif r < 0.4:
                m = m.model_copy(update={"norm": "XXXX" if m.label == "DATE" else "merged"})  # wrong norm
            ms.append(m)
        facts = [f for f in rec.facts if rnd.random() > 0.2]
        facts = [
            f.model_copy(update={"date": None}) if isinstance(f, AgreementFact) and rnd.random() < 0.5 else f
            for f in facts
        ]
        published = rec.published if rnd.random() < 0.7 else rnd.choice([None, "2020-01-01"])
        out[doc_id] = rec.model_copy(update={"mentions": ms, "facts": facts, "published": published})
    return out


def test_scoring_matches_reference_on_real_gold(ref: Any) -> None:
    gold = load_records(GOLD_DIR)
    if not gold:
        pytest.skip("no gold records yet")
    assert score(gold, gold)["normalised"]["micro"]["f1"] == 1.0
    res = check_parity(ref, gold, perturb(gold))
    assert res["normalised"]["micro"]["f1"] < res["lenient"]["micro"]["f1"] < 1.0
    assert res["missing_predictions"] == [min(gold)]


# ---------------------------------------------------------------- metrics by hand
def M(start: int, end: int, label: Any = "ORG", norm: str | None = None) -> Mention:
    return Mention(start=start, end=end, label=label, text="x", norm=norm)


def doc(
    doc_id: str = "d",
    mentions: tuple[Mention, ...] = (),
    facts: tuple[Any, ...] = (),
    published: str | None = None,
) -> DocumentRecord:
    return DocumentRecord(doc_id=doc_id, mentions=list(mentions), facts=list(facts), published=published)


def test_scoring_prf_fixes_zero_division() -> None:
    assert prf(0, 0, 0) == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "predicted": 0, "gold": 0}
    # P = 1/4, R = 1/3, F1 = 2 * (1/12) / (7/12) = 2/7 = 0.2857
    assert prf(1, 4, 3) == {
        "precision": 0.25,
        "recall": 0.3333,
        "f1": 0.2857,
        "tp": 1,
        "predicted": 4,
        "gold": 3,
    }


def test_scoring_strict_needs_same_start_end_label() -> None:
    gold = [M(0, 5), M(10, 15, "PERSON"), M(20, 25, "DATE")]
    pred = [M(0, 5), M(10, 15, "ORG"), M(20, 24, "DATE"), M(30, 35, "ROLE")]
    # only (0, 5, ORG) matches: the others differ in label, end, or are not in gold
    assert strict_matches(gold, pred) == [pred[0]]
    res = score({"d": doc(mentions=tuple(gold))}, {"d": doc(mentions=tuple(pred))})
    assert res["strict"]["micro"] == prf(1, 4, 3)
    assert res["strict"]["DATE"] == prf(0, 1, 1)


def test_scoring_lenient_pairs_best_overlap_in_text_order() -> None:
    g1, g2 = M(0, 10), M(12, 20)
    p1, p2 = M(5, 15), M(8, 14)
    # g1 comes first: p1 overlaps it by 10-5 = 5, p2 by 10-8 = 2 -> (g1, p1); then g2 takes p2 (14-12 = 2)
    assert lenient_pairs([g2, g1], [p2, p1]) == [(g1, p1), (g2, p2)]


def test_scoring_lenient_pairing_is_greedy_not_maximal() -> None:
    g1, g2 = M(0, 10), M(10, 20)
    p1, p2 = M(5, 15), M(0, 3)
    # g1 takes p1 (overlap 5 > 3); g2 then only overlaps the used p1: 1 pair, not the possible 2
    assert lenient_pairs([g1, g2], [p1, p2]) == [(g1, p1)]


@pytest.mark.parametrize(
    "pred, expected",
    [
        ([M(2, 6), M(5, 9)], 0),  # both overlap by 4: the earlier prediction wins the tie
        ([M(10, 12), M(0, 4)], 1),  # (10, 12) only touches the end (overlap 0): no pair
        ([M(0, 10, "PERSON")], None),  # same span, other label: no pair
    ],
)
def test_scoring_lenient_ties_touching_and_labels(pred: list[Mention], expected: int | None) -> None:
    pairs = lenient_pairs([M(0, 10)], pred)
    assert pairs == ([] if expected is None else [(M(0, 10), pred[expected])])


def test_scoring_align_majority_then_first_gold_mention() -> None:
    gold = [
        M(0, 5, norm="A"),
        M(10, 15, norm="B"),
        M(20, 25, norm="A"),
        M(30, 35, norm="B"),
        M(40, 45, norm="B"),
    ]
    pred = [
        M(0, 5, norm="X"),
        M(30, 35, norm="X"),  # X: one vote A, one vote B -> tie
        M(10, 15, norm="Y"),
        M(20, 25, norm="Y"),
        M(40, 45, norm="Y"),  # Y: B 2 votes, A 1
        M(50, 55, norm="Z"),
    ]  # Z matches no gold mention
    mapping = align(lenient_pairs(gold, pred), gold)
    # X: tie broken by first mention (A at 0 before B at 10); Y: majority B (2 votes to 1)
    assert mapping == {("ORG", "X"): "A", ("ORG", "Y"): "B"}
    res = score({"d": doc(mentions=tuple(gold))}, {"d": doc(mentions=tuple(pred))})
    # normalised tp: (A,X) yes, (B,X) no, (B,Y) yes, (A,Y) no, (B,Y) yes = 3 of 5 gold, 6 predicted
    assert res["normalised"]["ORG"] == prf(3, 6, 5)
    assert res["lenient"]["ORG"] == prf(5, 6, 5)


def test_scoring_keys_are_per_label() -> None:
    gold = [M(0, 5, "ORG", "Same"), M(10, 15, "PERSON", "Same")]
    pred = [M(0, 5, "ORG", "k"), M(10, 15, "PERSON", "k")]
    # ("ORG", "k") and ("PERSON", "k") are different keys, each aligned within its label
    assert align(lenient_pairs(gold, pred), gold) == {("ORG", "k"): "Same", ("PERSON", "k"): "Same"}


def test_scoring_non_keyed_norms_compare_as_strings() -> None:
    gold = doc(mentions=(M(0, 5, "DATE", "2021-05-05"), M(10, 15, "ROLE", "rector")))
    pred = doc(mentions=(M(0, 4, "DATE", "2021-05"), M(10, 16, "ROLE", "rector")))
    res = score({"d": gold}, {"d": pred})
    # both pairs are lenient matches; only the ROLE norm is equal
    assert (res["lenient"]["micro"]["tp"], res["normalised"]["micro"]["tp"]) == (2, 1)


def test_scoring_bcubed_by_hand() -> None:
    items = [("A", "X"), ("A", "X"), ("A", "Y"), ("B", "Y")]
    # precision per item: |cell| / |pred cluster| = 2/2, 2/2, 1/2, 1/2 -> mean 3/4 = 0.75
    # recall per item: |cell| / |gold cluster| = 2/3, 2/3, 1/3, 1/1 -> mean (8/3)/4 = 0.6667
    # F1 = 2 * 0.75 * (2/3) / (0.75 + 2/3) = 1 / (17/12) = 0.7059
    assert bcubed(items) == {"precision": 0.75, "recall": 0.6667, "f1": 0.7059, "items": 4}
    assert bcubed([])["items"] == 0 and bcubed([])["f1"] == 0.0


def test_scoring_bcubed_catches_one_key_for_two_entities_across_documents() -> None:
    gold = {"d1": doc("d1", (M(0, 5, norm="A"),)), "d2": doc("d2", (M(0, 5, norm="B"),))}
    pred = {"d1": doc("d1", (M(0, 5, norm="K"),)), "d2": doc("d2", (M(0, 5, norm="K"),))}
    res = score(gold, pred)
    # per document K aligns to the right gold key, so normalised is perfect
    assert res["normalised"]["ORG"]["f1"] == 1.0
    # corpus-wide K holds A and B: precision 1/2 per item, recall 1/1 -> F1 2 * .5 / 1.5 = 0.6667
    assert res["clustering"]["ORG"] == {"precision": 0.5, "recall": 1.0, "f1": 0.6667, "items": 2}


def test_scoring_role_facts_after_alignment() -> None:
    mentions = (M(0, 5, "ORG", "A"), M(10, 15, "PERSON", "P1"), M(20, 25, "PERSON", "P2"))
    gold = doc(
        mentions=mentions,
        facts=(
            RoleFact(person="P1", role="rector", org="A"),
            RoleFact(person="P2", role="president", org="A"),
        ),
    )
    pred = doc(
        mentions=(M(0, 5, "ORG", "a"), M(10, 15, "PERSON", "p1"), M(20, 25, "PERSON", "P2")),
        facts=(
            RoleFact(person="p1", role="rector", org="a"),  # aligned to (P1, rector, A): correct
            RoleFact(person="p1", role="rector", org="a"),  # the same fact again: counted once
            RoleFact(person="P2", role="president", org=None),  # org missing: wrong
            RoleFact(person="nobody", role="rector", org="a"),
        ),
    )  # unaligned person: wrong
    # tp 1, predicted 3 (the duplicate collapses), gold 2 -> P 1/3, R 1/2, F1 0.4
    assert score({"d": gold}, {"d": pred})["facts"]["role"] == prf(1, 3, 2)


def test_scoring_agreement_facts_and_attributes() -> None:
    mentions = (
        M(0, 5, "ORG", "A"),
        M(10, 15, "ORG", "B"),
        M(20, 25, "PERSON", "P1"),
        M(30, 35, "PERSON", "P2"),
    )
    gold = doc(
        mentions=mentions,
        facts=(
            AgreementFact(kind="memorandum", parties=["A", "B"], date="2021-05-05", signatories=["P1", "P2"]),
            AgreementFact(kind="roadmap", status="planned", parties=["A"]),
        ),
    )
    pred = doc(
        mentions=mentions,
        facts=(
            AgreementFact(kind="memorandum", parties=["B", "A"], signatories=["P1"]),  # same party set: match
            AgreementFact(kind="roadmap", status="planned", parties=["A", "B"]),
        ),
    )  # other party set
    res = score({"d": gold}, {"d": pred})
    assert res["facts"]["agreement"] == prf(1, 2, 2)  # 1/2 each way
    # the matched memorandum: date None != 2021-05-05, status signed == signed, signatories {P1} != {P1, P2}
    assert res["agreement_attributes"] == {"date": 0.0, "status": 1.0, "signatories": 0.0, "matched": 1}


def test_scoring_published_accuracy_and_spurious() -> None:
    gold = {
        "d1": doc("d1", published="2021-05-06"),
        "d2": doc("d2", published="2021-05"),
        "d3": doc("d3"),
        "d4": doc("d4"),
    }
    pred = {
        "d1": doc("d1", published="2021-05-06"),
        "d2": doc("d2", published="2021-05-01"),
        "d3": doc("d3", published="2020"),
    }
    # gold dates: d1 right, d2 wrong -> 1/2; d3 has a date gold lacks; d4 is missing (counts as no date)
    res = score(gold, pred)
    assert res["published"] == {"accuracy": 0.5, "gold": 2, "spurious": 1}
    assert res["missing_predictions"] == ["d4"]


def test_scoring_missing_document_counts_as_empty() -> None:
    gold = {
        "d1": doc("d1", (M(0, 5, norm="A"),)),
        "d2": doc("d2", (M(0, 5, norm="B"), M(9, 12, "DATE", "2020"))),
    }
    res = score(gold, {"d1": gold["d1"], "other": gold["d2"]})
    # d1 perfect (1 tp); d2 missing adds 2 gold; "other" is not in gold and ignored
    assert res["strict"]["micro"] == prf(1, 1, 3)
    assert res["missing_predictions"] == ["d2"] and res["documents"] == 2


def test_scoring_per_document_rows_and_frames() -> None:
    gold = {
        "d1": doc("d1", (M(0, 5, norm="A"), M(9, 12, "DATE", "2020"))),
        "d2": doc("d2", (M(0, 5, norm="B"),)),
    }
    pred = {"d1": doc("d1", (M(0, 5, norm="A"), M(9, 12, "DATE", "2021"), M(20, 22, "ROLE", "head")))}
    rows = per_document(gold, pred)
    d1, d2 = rows
    # d1: normalised tp 1 (ORG), pred 3, gold 2 -> 2 false positives + 1 false negative
    assert (d1["doc_id"], d1["missing"], d1["errors"], d1["lenient_DATE_tp"]) == ("d1", False, 3, 1)
    assert (d2["missing"], d2["errors"], d2["strict_ORG_gold"]) == (True, 1, 1)
    labels, docs = to_frames(score(gold, pred), rows)
    assert len(labels) == 3 * (len(LABELS) + 1) + 2 + 2  # mention metrics + micro, 2 B-cubed, 2 fact types
    row = labels[(labels.metric == "strict") & (labels.label == "micro")].iloc[0]
    assert (row.tp, row.predicted, row.gold) == (2, 3, 3)
    assert list(docs.doc_id) == ["d1", "d2"] and docs.loc[0, "errors"] == 3
