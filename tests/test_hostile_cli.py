"""Malformed input to run / eval / validate-gold / export: one line, never a traceback; no file read by a
name from data; strict offsets; JSONL with line separators escaped (issue 16)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.models import DocumentRecord, Mention
from extractor.read.record_io import is_plain_name, jsonl_line, load_records, write_jsonl

cli = CliRunner()
TEXT = "NUST MISIS signed a memorandum with Tsinghua University on 12 March 2021."
DEEP = '{"doc_id": "deep", "text": ' + "[" * 100_000 + "]" * 100_000 + "}"
SEPARATORS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def invoke(*args: str):
    result = cli.invoke(app, list(args))
    assert (
        "Traceback" not in result.output
        and not isinstance(result.exception, Exception)
        or isinstance(result.exception, SystemExit)
    ), result.output
    return result


def one_error_line(result, code: int) -> str:
    """The single line a failing command prints."""
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert result.exit_code == code, result.output
    assert len(lines) == 1 and lines[0].startswith("error:"), result.output
    return lines[0]


def record(doc_id: str, text: str = TEXT, **extra) -> dict:
    rec = {
        "doc_id": doc_id,
        "text_sha256": hashlib.sha256(text.encode()).hexdigest(),
        "mentions": [{"start": 0, "end": 10, "label": "ORG", "text": text[:10], "norm": "MISIS"}],
    }
    return rec | extra


def write_jsonl_file(path: Path, *lines: str) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


# ---------------------------------------------------------------- one line, never a traceback
@pytest.mark.parametrize("command", ["eval-gold", "eval-pred", "export"])
def test_deeply_nested_json_is_one_line(tmp_path, command):
    bad = write_jsonl_file(tmp_path / "bad.jsonl", DEEP)
    good = write_jsonl_file(tmp_path / "good.jsonl", json.dumps(record("a")))
    args = {
        "eval-gold": ["eval", "--gold", str(bad), "--pred", str(good)],
        "eval-pred": ["eval", "--gold", str(good), "--pred", str(bad)],
        "export": ["export", str(bad), "--out", str(tmp_path / "t")],
    }[command]
    assert "nested too deeply" in one_error_line(invoke(*args), 2)


def test_deeply_nested_json_in_run_and_validate_gold(tmp_path):
    src = write_jsonl_file(tmp_path / "in.jsonl", DEEP, json.dumps({"doc_id": "ok", "text": TEXT}))
    result = invoke("run", str(src), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0 and "2 documents: 1 records, 1 errors" in result.output
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "deep.json").write_text(DEEP, encoding="utf-8")
    result = invoke("validate-gold", "--corpus", str(tmp_path), "--gold", str(gold))
    assert result.exit_code == 1 and "nested too deeply" in result.output
    assert len(result.output.strip().splitlines()) == 2  # the error, the summary


def test_lone_surrogate_in_eval_is_one_line(tmp_path):
    bad = write_jsonl_file(tmp_path / "pred.jsonl", json.dumps(record("a\ud800")))
    gold = write_jsonl_file(
        tmp_path / "gold.jsonl",
        json.dumps(
            record("a", mentions=[{"start": 0, "end": 4, "label": "ORG", "text": "NUST\udfff", "norm": "x"}])
        ),
    )
    for g, p in ((gold, gold), (bad, bad)):
        line = one_error_line(
            invoke("eval", "--gold", str(g), "--pred", str(p), "--html", str(tmp_path / "r.html")), 2
        )
        assert "lone surrogate" in line


def test_lone_surrogate_in_validate_gold_is_one_line_each(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "x.json").write_text(json.dumps(record("x\ud800")), encoding="utf-8")
    result = invoke("validate-gold", "--corpus", str(tmp_path), "--gold", str(gold))
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert lines[-1].startswith("1 records, 1 errors")
    assert all(ln.startswith(("error ", "warning ")) for ln in lines[:-1]) and "\\ud800" in result.output
    assert "not a plain file name" in result.output


def test_markup_in_user_strings_is_printed_as_text(tmp_path):
    gold = write_jsonl_file(tmp_path / "gold.jsonl", json.dumps(record("a")))
    pred = write_jsonl_file(
        tmp_path / "pred.jsonl", json.dumps(record("a")), json.dumps(record("[/]x[bold]"))
    )
    result = invoke("eval", "--gold", str(gold), "--pred", str(pred), "--html", str(tmp_path / "r[/].html"))
    assert result.exit_code == 0 and "[/]x[bold]" in result.output and "r[/].html" in result.output
    result = invoke("export", str(pred), "--out", str(tmp_path / "out[/]"))
    assert result.exit_code == 0 and "out[/]" in result.output
    src = write_jsonl_file(tmp_path / "in.jsonl", json.dumps({"doc_id": "[/]", "text": TEXT}))
    result = invoke("run", str(src), "--out", str(tmp_path / "run[/][red]"))
    assert result.exit_code == 0 and "run[/][red]/records.jsonl" in result.output


def test_markup_in_validate_gold_messages(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    rec = record("a", mentions=[{"start": 0, "end": 3, "label": "ORG", "text": "[/]", "norm": "[/]"}])
    (gold / "a.json").write_text(json.dumps(rec), encoding="utf-8")
    result = invoke("validate-gold", "--corpus", str(tmp_path), "--gold", str(gold))
    assert result.exit_code == 1 and "text mismatch: '[/]'" in result.output


def test_long_doc_id_is_one_line_and_the_rest_is_checked(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    long_id = "x" * 300
    (gold / "long.json").write_text(
        json.dumps(
            record(long_id, mentions=[{"start": 0, "end": 4, "label": "BOGUS", "text": "NUST", "norm": "n"}])
        ),
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    (gold / "b.json").write_text(
        json.dumps(
            record("b", mentions=[{"start": 0, "end": 999, "label": "ORG", "text": "NUST", "norm": "n"}])
        ),
        encoding="utf-8",
    )
    result = invoke("validate-gold", "--corpus", str(tmp_path), "--gold", str(gold))
    out = result.output
    assert result.exit_code == 1 and "Errno" not in out
    assert "long.json: doc_id: doc_id 'xxx" in out and "is not a plain file name" in out
    assert "long.json: mentions[0]" in out and "bad label 'BOGUS'" in out  # the record is still checked
    assert "b.json: mentions[0]: bad offsets 0,999" in out  # and so is the next one
    lines = out.strip().splitlines()
    assert all(ln.startswith(("error ", "warning ")) for ln in lines[:-1]) and lines[-1].startswith(
        "1 records"
    )


# ---------------------------------------------------------------- no file read by a name from data
@pytest.fixture()
def secret(tmp_path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text("TOP-SECRET-CONTENT NUST MISIS", encoding="utf-8")
    return path


def _traversal_ids(tmp_path: Path, secret: Path) -> list[str]:
    corpus = tmp_path / "a" / "b"
    corpus.mkdir(parents=True)
    return [str(Path("..") / ".." / "secret"), str(secret.with_suffix(""))]


def test_report_never_reads_a_file_named_by_a_doc_id(tmp_path, secret):
    ids = _traversal_ids(tmp_path, secret)
    gold = write_jsonl_file(tmp_path / "gold.jsonl", *(json.dumps(record(d)) for d in ids))
    out = tmp_path / "r.html"
    result = invoke(
        "eval",
        "--gold",
        str(gold),
        "--pred",
        str(gold),
        "--html",
        str(out),
        "--corpus",
        str(tmp_path / "a" / "b"),
    )
    assert result.exit_code == 0, result.output
    assert "TOP-SECRET" not in out.read_text(encoding="utf-8")


def test_validate_gold_never_reads_a_file_named_by_a_doc_id(tmp_path, secret):
    ids = _traversal_ids(tmp_path, secret)
    gold = tmp_path / "gold"
    gold.mkdir()
    for i, d in enumerate(ids):
        (gold / f"{i}.json").write_text(json.dumps(record(d, text=secret.read_text())), encoding="utf-8")
    result = invoke("validate-gold", "--corpus", str(tmp_path / "a" / "b"), "--gold", str(gold))
    assert result.exit_code == 1
    assert result.output.count("is not a plain file name; its text is not read") == 2
    assert "text_sha256" not in result.output  # the secret's hash was never compared: it was never read


@pytest.mark.parametrize(
    "name,plain",
    [
        ("a", True),
        ("000_80e1659e", True),
        ("..", False),
        (".", False),
        ("", False),
        ("../x", False),
        ("/etc/passwd", False),
        ("a\\b", False),
        ("a\x00", False),
        ("x" * 252, False),
        ("x" * 251, True),
        ("a\ud800", False),
    ],
)
def test_is_plain_name(name, plain):
    assert is_plain_name(name) is plain


# ---------------------------------------------------------------- strict types and checks
def test_boolean_offset_is_rejected(tmp_path):
    rec = record("a", mentions=[{"start": True, "end": 5, "label": "ORG", "text": "UST M", "norm": "x"}])
    gold = write_jsonl_file(tmp_path / "gold.jsonl", json.dumps(rec))
    line = one_error_line(invoke("eval", "--gold", str(gold), "--pred", str(gold)), 2)
    assert "mentions[0].start" in line
    with pytest.raises(ValueError):
        Mention(start=True, end=5, label="ORG", text="x")


def test_validate_gold_range_checks_fact_offsets(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    facts = [
        {
            "type": "agreement",
            "kind": "memorandum",
            "status": "signed",
            "parties": ["MISIS"],
            "start": 0,
            "end": 10_000,
        },
        {
            "type": "agreement",
            "kind": "memorandum",
            "status": "signed",
            "parties": ["MISIS"],
            "start": True,
            "end": 5,
        },
        {
            "type": "agreement",
            "kind": "memorandum",
            "status": "signed",
            "parties": ["MISIS"],
            "start": 0,
            "end": 10,
        },
    ]
    (gold / "a.json").write_text(json.dumps(record("a", facts=facts)), encoding="utf-8")
    result = invoke("validate-gold", "--corpus", str(tmp_path), "--gold", str(gold))
    assert "facts[0] (agreement): bad offsets 0,10000 (text length 73)" in result.output
    assert "facts[1] (agreement): bad offsets True,5" in result.output
    assert "facts[2]" not in result.output


def test_jsonl_line_escapes_every_line_separator():
    obj = {"doc_id": f"a{SEPARATORS}b", "text": "é中"}
    line = jsonl_line(obj)
    assert len(line.splitlines()) == 1 and json.loads(line) == obj and "é中" in line
    assert jsonl_line({"x": "plain"}) == json.dumps({"x": "plain"}, ensure_ascii=False)


def test_write_jsonl_has_one_line_per_record(tmp_path):
    recs = [DocumentRecord(doc_id=f"d{i}{c}") for i, c in enumerate(SEPARATORS)]
    path = tmp_path / "r.jsonl"
    assert write_jsonl(recs, path) == len(recs)
    assert len(path.read_text(encoding="utf-8").splitlines()) == len(recs)
    assert list(load_records(path)) == [r.doc_id for r in recs]
