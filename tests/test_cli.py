"""The command line on the bundled corpus: run, eval (equal to score.py), validate-gold, export."""

import json

import pytest
from typer.testing import CliRunner

from extractor.cli import app

from .conftest import CORPUS, GOLD

runner = CliRunner()


@pytest.fixture(scope="module")
def run_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = runner.invoke(app, ["run", str(CORPUS), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    return out


def _close(a, b, path="$"):
    if isinstance(a, dict):
        assert set(a) == set(b), path
        for k in a:
            _close(a[k], b[k], f"{path}.{k}")
    elif isinstance(a, list):
        assert len(a) == len(b), path
        for i, (x, y) in enumerate(zip(a, b)):
            _close(x, y, f"{path}[{i}]")
    elif isinstance(a, float) or isinstance(b, float):
        assert abs(a - b) <= 1e-3, path
    else:
        assert a == b, path


def test_run_writes_one_record_per_document_and_tables(run_out):
    lines = (run_out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(list(CORPUS.glob("*.txt")))
    assert (run_out / "errors.jsonl").read_text() == ""
    for name in ("mentions", "roles", "agreements", "organisations", "network"):
        assert (run_out / f"{name}.csv").exists()


def test_eval_json_equals_the_reference_scorer(run_out, tmp_path, ref):
    out = tmp_path / "scores.json"
    result = runner.invoke(
        app,
        [
            "eval",
            "--gold",
            str(GOLD),
            "--pred",
            str(run_out / "records.jsonl"),
            "--json",
            str(out),
            "--csv",
            str(tmp_path / "csv"),
        ],
    )
    assert result.exit_code == 0, result.output
    mine = json.loads(out.read_text())
    theirs = ref.score(ref.load_records(GOLD), ref.load_records(run_out / "records.jsonl"))
    _close(mine, json.loads(json.dumps(theirs)))
    assert (tmp_path / "csv" / "per_label.csv").exists() and (tmp_path / "csv" / "per_document.csv").exists()


def test_quality_on_the_gold_set_does_not_regress(run_out, ref):
    res = ref.score(ref.load_records(GOLD), ref.load_records(run_out / "records.jsonl"))
    assert res["normalised"]["micro"]["f1"] >= 0.90
    assert res["strict"]["micro"]["f1"] >= 0.85
    assert res["published"]["accuracy"] >= 0.95


def test_validate_gold_passes_on_the_bundled_gold():
    result = runner.invoke(app, ["validate-gold", "--corpus", str(CORPUS), "--gold", str(GOLD)])
    assert result.exit_code == 0, result.output
    assert f"{len(list(GOLD.glob('*.json')))} records, 0 errors" in result.output


def test_export_rebuilds_tables_from_gold(tmp_path):
    result = runner.invoke(app, ["export", str(GOLD), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "memorandum" in (tmp_path / "agreements.csv").read_text(encoding="utf-8-sig")


def test_missing_input_is_a_one_line_error_with_exit_2(tmp_path):
    result = runner.invoke(app, ["run", str(tmp_path / "nope"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_malformed_prediction_names_file_and_field(tmp_path):
    bad = tmp_path / "pred.jsonl"
    bad.write_text('{"doc_id": "x", "mentions": [{"start": "a", "end": 3, "label": "ORG", "text": "abc"}]}\n')
    result = runner.invoke(app, ["eval", "--gold", str(GOLD), "--pred", str(bad)])
    assert result.exit_code == 2
    assert "pred.jsonl:1" in result.output and "mentions[0].start" in result.output


def test_eval_html_report_with_baseline(run_out, tmp_path):
    html = tmp_path / "report.html"
    result = runner.invoke(
        app,
        [
            "eval",
            "--gold",
            str(GOLD),
            "--pred",
            str(run_out / "records.jsonl"),
            "--baseline",
            str(run_out / "records.jsonl"),
            "--html",
            str(html),
            "--corpus",
            str(CORPUS),
        ],
    )
    assert result.exit_code == 0, result.output
    page = html.read_text(encoding="utf-8")
    assert "<svg" in page and "baseline" in page and "000_80e1659e3766031a" in page
    assert "<script" not in page


def test_eval_says_which_predictions_have_no_gold(run_out, tmp_path):
    pred = tmp_path / "pred.jsonl"
    pred.write_text(
        (run_out / "records.jsonl").read_text(encoding="utf-8")
        + '{"doc_id": "not-in-gold", "mentions": [], "facts": []}\n',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["eval", "--gold", str(GOLD), "--pred", str(pred)])
    assert result.exit_code == 0
    assert "1 predicted documents have no gold record" in result.output and "not-in-gold" in result.output


def test_validate_gold_refuses_doc_ids_that_are_paths(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "x.json").write_text('{"doc_id": "../secret", "mentions": [], "facts": []}', encoding="utf-8")
    result = runner.invoke(app, ["validate-gold", "--corpus", str(CORPUS), "--gold", str(gold)])
    assert result.exit_code == 1 and "not a plain file name" in " ".join(result.output.split())


def test_version_prints_the_package_version():
    from extractor.lang.resources import VERSION

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"extractor {VERSION}"


def test_a_run_writes_the_analyst_outputs_and_export_rebuilds_them(run_out, tmp_path):
    import csv
    import sqlite3

    assert (run_out / "extractor.sqlite").is_file() and (run_out / "network.graphml").is_file()
    result = runner.invoke(app, ["export", str(run_out / "records.jsonl"), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    with open(tmp_path / "roles.csv", encoding="utf-8-sig", newline="") as fh:
        rows = sum(1 for _ in csv.reader(fh)) - 1
    with sqlite3.connect(tmp_path / "extractor.sqlite") as db:
        assert db.execute("select count(*) from roles").fetchone()[0] == rows > 0
    assert "parquet/roles.parquet" in result.output


@pytest.mark.parametrize(
    ("files", "message"),
    [
        (None, "--patterns is not a folder"),
        ({"orgs.jsonl": '{"id": "X Y", "country": "RU", "type": "bogus"}\n'}, "orgs.jsonl:1: field type"),
        ({"people.jsonl": "{}\n"}, "no built-in rule file is called people.jsonl"),
    ],
)
def test_a_bad_patterns_folder_is_one_line_and_exit_2(tmp_path, files, message, monkeypatch):
    monkeypatch.setenv("EXTRACTOR_EXTRA_PATTERNS", "")  # --patterns sets it; restored (unset) afterwards
    folder = tmp_path / "pat"
    if files is not None:
        folder.mkdir()
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8")
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Tomsk State University signed an agreement.", encoding="utf-8")
    result = runner.invoke(app, ["run", str(src), "--patterns", str(folder), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["eval", "--gold", str(GOLD), "--pred", "{empty}"], "no predicted records in"),
        (["eval", "--gold", "{empty}", "--pred", str(GOLD)], "no gold records in"),
        (
            ["eval", "--gold", str(GOLD), "--pred", str(GOLD), "--baseline", str(GOLD)],
            "--baseline is shown only",
        ),
        (
            ["run", str(CORPUS), "--master", "local[2]", "--out", "{empty}/o"],
            "--master is a Spark master URL",
        ),
        (["export", str(GOLD)], "Missing option '--out'"),
        (["export", str(GOLD), "--out", "{run}"], "holds a run (manifest.json)"),
    ],
)
def test_misuse_is_one_line_and_exit_2(run_out, tmp_path, args, message):
    empty = tmp_path / "empty"
    empty.mkdir()
    args = [a.replace("{empty}", str(empty)).replace("{run}", str(run_out)) for a in args]
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert message in result.output and "Traceback" not in result.output and "[Errno" not in result.output


def test_eval_reads_a_run_folder(run_out):
    result = runner.invoke(app, ["eval", "--gold", str(GOLD), "--pred", str(run_out)])
    assert result.exit_code == 0 and "facts role" in result.output


def test_an_os_error_is_a_sentence_without_errno():
    from extractor.cli.errors import os_message

    assert (
        os_message(OSError(28, "No space left on device", "out/x.csv"))
        == "out/x.csv: No space left on device"
    )
