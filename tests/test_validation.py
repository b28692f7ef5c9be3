"""Gold validation: each kind of error on fixture files, key-variant warnings, parity with score.py."""

from __future__ import annotations

import copy
import hashlib
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from extractor import models
from extractor.evaluate.validation import validate_gold
from extractor.lang.textnorm import squash

REPO = Path(__file__).resolve().parents[1]

TEXT = (
    "Tomsk Polytechnic University and Harbin Institute of Technology signed a memorandum on "
    "May 5, 2021. Rector Andrey Yakovlev signed it."
)
TPU, HIT, YAK = "Tomsk Polytechnic University", "Harbin Institute of Technology", "Andrey Yakovlev"
DOC = "101_tpu-hit"


def mention(phrase: str, label: str, norm: str | None, text: str = TEXT) -> dict[str, Any]:
    start = text.index(phrase)
    return {"start": start, "end": start + len(phrase), "label": label, "text": phrase, "norm": norm}


def base(doc_id: str = DOC, text: str = TEXT) -> dict[str, Any]:
    """A valid gold record for TEXT."""
    return {
        "doc_id": doc_id,
        "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "published": "2021-05-06",
        "mentions": [
            mention(TPU, "ORG", TPU),
            mention(HIT, "ORG", HIT),
            mention("memorandum", "AGREEMENT", "memorandum"),
            mention("May 5, 2021", "DATE", "2021-05-05"),
            mention("Rector", "ROLE", "rector"),
            mention(YAK, "PERSON", YAK),
        ],
        "facts": [
            {"type": "role", "person": YAK, "role": "rector", "title": "Rector", "org": TPU},
            {
                "type": "agreement",
                "kind": "memorandum",
                "status": "signed",
                "parties": [TPU, HIT],
                "date": "2021-05-05",
                "signatories": [YAK],
            },
        ],
    }


def write(tmp_path: Path, records: list[dict[str, Any]], text: str = TEXT) -> tuple[Path, Path]:
    """corpus/<id>.txt (for the valid records' ids) and gold/<file>.json under tmp_path."""
    corpus, gold = tmp_path / "corpus", tmp_path / "gold"
    corpus.mkdir(exist_ok=True)
    gold.mkdir(exist_ok=True)
    for r in records:
        (corpus / f"{r.get('doc_id', 'x')}.txt").write_bytes(text.encode("utf-8"))
        (gold / f"{r.get('doc_id', 'x')}.json").write_text(json.dumps(r), "utf-8")
    return corpus, gold


def edit(fn: Callable[[dict[str, Any]], Any]) -> dict[str, Any]:
    r = copy.deepcopy(base())
    fn(r)
    return r


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """Setter for a dotted path like ``mentions.3.norm``."""
    *parents, last = path.split(".")

    def apply(r: dict[str, Any]) -> None:
        obj: Any = r
        for p in parents:
            obj = obj[int(p)] if p.isdigit() else obj[p]
        obj[int(last) if last.isdigit() else last] = value

    return apply


def at(phrase: str) -> str:
    """How an error names the offsets of ``phrase`` in TEXT."""
    return f"(offset {TEXT.index(phrase)}-{TEXT.index(phrase) + len(phrase)})"


def _swap(r: dict[str, Any]) -> None:
    r["mentions"][0], r["mentions"][1] = r["mentions"][1], r["mentions"][0]


def _stretch(r: dict[str, Any]) -> None:
    r["mentions"][5]["end"] += 1
    r["mentions"][5]["text"] += " "


CASES = {  # name: (edited record, substring of the one expected error)
    "sha mismatch": (edit(_set("text_sha256", "0" * 64)), "text_sha256: does not match"),
    "bad published": (edit(_set("published", "May 2021")), "published: bad value 'May 2021'"),
    "bad label": (edit(_set("mentions.2.label", "LOC")), f"mentions[2] {at('memorandum')}: bad label 'LOC'"),
    "bad offsets": (
        edit(_set("mentions.3.start", 120)),
        f"mentions[3]: bad offsets 120,{TEXT.index('. Rector')}",
    ),
    "string offset": (edit(_set("mentions.3.start", "0")), "mentions[3]: bad offsets 0,"),
    "text mismatch": (
        edit(_set("mentions.1.text", "Harbin Institute")),
        f"mentions[1] {at(HIT)}: text mismatch",
    ),
    "outer whitespace": (edit(_stretch), f"mentions[5] {at(YAK + ' ')}: span has outer whitespace"),
    "unsorted": (edit(_swap), f"mentions[1] {at(TPU)}: overlaps or is out of order"),
    "bad DATE norm": (
        edit(_set("mentions.3.norm", "May 5th")),
        f"mentions[3] {at('May 5, 2021')}: bad DATE norm",
    ),
    "missing norm": (edit(_set("mentions.4.norm", "")), f"mentions[4] {at('Rector')}: missing norm for ROLE"),
    "bad ROLE norm": (edit(_set("mentions.4.norm", "boss")), "bad ROLE norm 'boss'"),
    "bad AGREEMENT norm": (edit(_set("mentions.2.norm", "treaty")), "bad AGREEMENT norm 'treaty'"),
    "unknown person": (
        edit(_set("facts.0.person", "A. Yakovlev")),
        "facts[0] (role): person 'A. Yakovlev' is no PERSON key here",
    ),
    "bad role": (edit(_set("facts.0.role", "boss")), "facts[0] (role): bad role 'boss'"),
    "unknown org": (edit(_set("facts.0.org", "TPU")), "facts[0] (role): org 'TPU' is no ORG key here"),
    "bad kind": (edit(_set("facts.1.kind", "treaty")), "facts[1] (agreement): bad kind 'treaty'"),
    "bad status": (edit(_set("facts.1.status", "done")), "facts[1] (agreement): bad status 'done'"),
    "no status": (edit(lambda r: r["facts"][1].pop("status")), "facts[1] (agreement): bad status None"),
    "no parties": (
        edit(_set("facts.1.parties", [])),
        "facts[1] (agreement): parties must be a non-empty list",
    ),
    "unknown party": (edit(_set("facts.1.parties", [TPU, "HIT"])), "party 'HIT' is no ORG key here"),
    "unknown signatory": (
        edit(_set("facts.1.signatories", ["Yakovlev"])),
        "signatory 'Yakovlev' is no PERSON key",
    ),
    "bad fact date": (edit(_set("facts.1.date", "yesterday")), "facts[1] (agreement): bad date 'yesterday'"),
    "bad fact type": (edit(_set("facts.0.type", "event")), "facts[0]: bad fact type 'event'"),
}


def test_validation_accepts_a_valid_record(tmp_path: Path) -> None:
    records, errors, warnings = validate_gold(*write(tmp_path, [base()]))
    assert (list(records), errors, warnings) == ([DOC], [], [])


@pytest.mark.parametrize("name", list(CASES))
def test_validation_reports_each_kind_of_error(tmp_path: Path, name: str) -> None:
    rec, expected = CASES[name]
    _, errors, _ = validate_gold(*write(tmp_path, [rec]))
    assert len(errors) == 1, errors
    assert errors[0].startswith(str(tmp_path / "gold" / f"{DOC}.json") + ": ")
    assert expected in errors[0]


@pytest.mark.parametrize("name", list(CASES))
def test_validation_flags_what_score_py_flags(ref: Any, tmp_path: Path, name: str) -> None:
    corpus, gold = write(tmp_path, [CASES[name][0]])
    assert len(ref.validate(corpus, gold)[1]) == len(validate_gold(corpus, gold)[1]) == 1


def test_validation_no_corpus_file(tmp_path: Path) -> None:
    corpus, gold = write(tmp_path, [base()])
    (corpus / f"{DOC}.txt").unlink()
    records, errors, _ = validate_gold(corpus, gold)
    assert len(errors) == 1 and "doc_id: no corpus file" in errors[0] and DOC in records


def test_validation_model_errors_become_errors(tmp_path: Path) -> None:
    # score.py accepts null signatories, but the record model (and load_records) would not
    corpus, gold = write(tmp_path, [edit(_set("facts.1.signatories", None)), base("102_b")])
    records, errors, _ = validate_gold(corpus, gold)
    assert errors == [f"{gold / (DOC + '.json')}: facts[1].signatories: Input should be a valid list"]
    assert list(records) == ["102_b"]


def test_validation_unreadable_files_become_errors(tmp_path: Path) -> None:
    corpus, gold = write(tmp_path, [base()])
    (gold / "broken.json").write_text('{"doc_id": "broken",', "utf-8")
    (gold / "anonymous.json").write_text(json.dumps({"mentions": []}), "utf-8")
    (gold / "copy.json").write_text(json.dumps(base()), "utf-8")
    records, errors, _ = validate_gold(corpus, gold)
    assert list(records) == [DOC]
    assert any("broken.json: invalid JSON" in e for e in errors)
    assert any("anonymous.json: record without a doc_id" in e for e in errors)
    assert any(f"duplicate doc_id '{DOC}'" in e for e in errors)
    assert len(errors) == 3
    nowhere = tmp_path / "nowhere"
    assert validate_gold(corpus, nowhere)[1] == [f"{nowhere}: no such file or folder"]


def test_validation_warns_on_file_name_other_than_doc_id(tmp_path: Path) -> None:
    corpus, gold = write(tmp_path, [base()])
    (gold / f"{DOC}.json").rename(gold / "renamed.json")
    _, errors, warnings = validate_gold(corpus, gold)
    assert errors == []
    assert warnings == [f"{gold / 'renamed.json'}: doc_id '{DOC}' differs from the file name"]


def _variant(doc_id: str, old: str, new: str) -> dict[str, Any]:
    """base() for doc_id with the key ``old`` renamed ``new`` in mention norms and facts."""
    r = base(doc_id)
    for m in r["mentions"]:
        m["norm"] = new if m["norm"] == old else m["norm"]
    for f in r["facts"]:
        for k in set(f) & {"person", "org"}:
            f[k] = new if f[k] == old else f[k]
        for k in set(f) & {"parties", "signatories"}:
            f[k] = [new if x == old else x for x in f[k]]
    return r


@pytest.mark.parametrize(
    "old, new",
    [
        (TPU, "Tomsk polytechnic university"),  # case
        (YAK, "Andrey  Yakovlev"),  # spacing
        (HIT, "Harbin Institute of Technology."),  # punctuation
    ],
)
def test_validation_warns_on_key_variants_across_documents(tmp_path: Path, old: str, new: str) -> None:
    docs = [base("a"), base("b"), _variant("c", old, new)]
    records, errors, warnings = validate_gold(*write(tmp_path, docs))
    assert errors == [] and len(records) == 3
    assert len(warnings) == 1
    assert repr(old) in warnings[0] and repr(new) in warnings[0] and "(in c)" in warnings[0]
    assert "differ only in case, punctuation or spacing" in warnings[0]


def test_validation_no_warning_for_distinct_keys(tmp_path: Path) -> None:
    docs = [base("a"), _variant("b", TPU, "Tomsk State University")]
    assert validate_gold(*write(tmp_path, docs))[2] == []


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("M.E. Rayak", "M. E. Rayak", True),
        (
            "Ministry of Foreign Affairs of the People\u2019s Republic of China",  # curly apostrophe
            "Ministry of Foreign Affairs of the People's Republic of China",
            True,
        ),
        ("Tomsk State University", "Tomsk Polytechnic University", False),
    ],
)
def test_validation_squash(a: str, b: str, same: bool) -> None:
    assert (squash(a) == squash(b)) is same


def test_validation_vocabularies_match_score_py(ref: Any) -> None:
    assert set(models.LABELS) == set(ref.LABELS)
    assert models.ROLE_CATEGORIES == ref.ROLES and models.AGREEMENT_KINDS == ref.KINDS
    values = ["2021", "2021-05-05", "XXXX-09-15", "2021-W05", "2021-SP", "2020-12/2021-01", "May", "2021-5"]
    for value in values:
        assert bool(re.match(models.DATE_VALUE_PATTERN, value)) == bool(ref.DATE_RE.match(value)), value


def test_validation_matches_score_py_on_real_gold(ref: Any) -> None:
    corpus, gold = REPO / "corpus", REPO / "gold"
    if not any(gold.glob("*.json")):
        pytest.skip("no gold records yet")
    records, errors, _ = validate_gold(corpus, gold)
    ref_records, ref_errors = ref.validate(corpus, gold)
    assert len(errors) == len(ref_errors), (errors, ref_errors)
    assert records.keys() <= ref_records.keys()
