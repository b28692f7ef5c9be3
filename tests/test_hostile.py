"""Hostile input, safe output: every input accounted for, nothing crashes, nothing injected."""

import codecs
import csv
import json
import os
import time

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.engine.stream import process_stream
from extractor.models import AgreementFact, DocumentRecord, Mention, RoleFact
from extractor.output.analyst import ANALYST_OUTPUTS
from extractor.output.export import safe_cell
from extractor.output.outdir import TABLES
from extractor.output.tablewriter import write_tables_streaming
from extractor.read.inputs import InputDoc, InputError, decode, iter_inputs

from .conftest import CORPUS, GOLD
from .rawcheck import check_mention_edges

cli = CliRunner()
GOOD = "NUST MISIS signed a memorandum of understanding with Tsinghua University on 12 March 2021."

FILES = {
    "plain.txt": GOOD.encode(),
    "crlf.txt": ("Rector Alevtina Chernikova\r\n\r\n" + GOOD.replace(" ", "\r\n", 3)).encode(),
    "bom8.txt": codecs.BOM_UTF8 + GOOD.encode(),
    "utf16le.txt": codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le"),
    "utf16be.txt": codecs.BOM_UTF16_BE + GOOD.encode("utf-16-be"),
    "empty.txt": b"",
    "blank.txt": b" \r\n\t\n  ",
    "html.txt": (
        f"<html><head><script>var x = '<p>';</script><style>p{{}}</style></head>"
        f"<body><p>{GOOD}</p><!-- <a href=x> --></body></html>"
    ).encode(),
    "russian.txt": "НИТУ МИСИС подписал соглашение с Университетом Цинхуа 12 марта 2021 года.".encode(),
    "chinese.txt": "清华大学与国立研究型技术大学于2021年3月12日签署合作备忘录。".encode(),
    "longline.txt": b"x" * 120_000 + b" " + GOOD.encode(),
    "formula.txt": b'=HYPERLINK("http://evil") +cmd -2 @SUM(A1) ' + GOOD.encode(),
    "latin1.txt": "Universit\xe9 de Paris".encode("latin-1"),
    "noise.txt": bytes(range(128, 256)),
    "nul.txt": b"MISIS\x00signed",
    "png.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "badutf16.txt": codecs.BOM_UTF16_LE + b"\x00\xd8a\x00",  # lone high surrogate
}
BAD = {"noise", "nul", "png", "badutf16", "folder"}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """A scraped-looking folder: good, odd and broken files, plus a folder named like a text file."""
    folder = tmp_path_factory.mktemp("hostile")
    for name, data in FILES.items():
        (folder / name).write_bytes(data)
    (folder / "folder.txt").mkdir()
    return folder


@pytest.fixture(scope="module")
def hostile_run(hostile, tmp_path_factory):
    out = tmp_path_factory.mktemp("hostile_out")
    result = cli.invoke(app, ["run", str(hostile), "--out", str(out)])
    return result, out


def _jsonl(path):
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def test_every_input_ends_as_a_record_or_an_error_line(hostile_run):
    result, out = hostile_run
    assert result.exit_code == 0, result.output
    records, errors = _jsonl(out / "records.jsonl"), _jsonl(out / "errors.jsonl")
    n = len(FILES) + 1
    assert f"read {n} documents: {n - len(BAD)} records, {len(BAD)} errors" in result.output
    assert {e["doc_id"] for e in errors} == BAD
    assert all(set(e) == {"doc_id", "path", "reason"} and e["reason"] for e in errors)
    assert {r["doc_id"] for r in records} == {name[:-4] for name in FILES} - BAD
    assert "Traceback" not in result.output


def test_strict_exits_1_when_a_document_failed(hostile, tmp_path):
    result = cli.invoke(app, ["run", str(hostile), "--out", str(tmp_path), "--strict", "--quiet"])
    assert result.exit_code == 1


def test_offsets_index_the_text_as_stored(hostile_run, hostile):
    _, out = hostile_run
    for rec in _jsonl(out / "records.jsonl"):
        text = decode((hostile / f"{rec['doc_id']}.txt").read_bytes())
        for m in rec["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"], (rec["doc_id"], m)
    by_id = {r["doc_id"]: r for r in _jsonl(out / "records.jsonl")}
    crlf = FILES["crlf.txt"].decode()
    assert any(crlf[m["start"] : m["end"]] == "Tsinghua University" for m in by_id["crlf"]["mentions"])
    assert any(m["text"] == "Tsinghua University" for m in by_id["html"]["mentions"])
    for name in ("bom8", "utf16le", "utf16be"):
        assert [m["text"] for m in by_id[name]["mentions"]] == [m["text"] for m in by_id["plain"]["mentions"]]
        assert [m["start"] for m in by_id[name]["mentions"]] == [
            m["start"] for m in by_id["plain"]["mentions"]
        ]


def test_empty_and_whitespace_files_give_empty_records(hostile_run):
    _, out = hostile_run
    by_id = {r["doc_id"]: r for r in _jsonl(out / "records.jsonl")}
    for name in ("empty", "blank"):
        assert by_id[name]["mentions"] == [] and by_id[name]["facts"] == []


def test_error_reasons_say_what_is_wrong(hostile_run):
    _, out = hostile_run
    reasons = {e["doc_id"]: e["reason"] for e in _jsonl(out / "errors.jsonl")}
    assert "UTF-8" in reasons["noise"] and "binary" in reasons["nul"] and "binary" in reasons["png"]
    assert "UTF-16" in reasons["badutf16"] and "regular file" in reasons["folder"]


def test_decode_handles_boms_and_keeps_newlines():
    assert decode(codecs.BOM_UTF8 + b"a\r\nb") == "a\r\nb"
    assert decode("a\r\nb".encode("utf-16")) == "a\r\nb"
    assert decode("a\r\nb".encode("utf-32")) == "a\r\nb"
    with pytest.raises(ValueError, match="NUL"):
        decode(b"a\x00b")


def test_jsonl_lines_that_are_not_documents_become_error_lines(tmp_path):
    lines = [
        json.dumps({"doc_id": "ok", "text": GOOD, "published": "2021-03-12"}),
        "{broken",
        "[1, 2]",
        json.dumps({"doc_id": "notext"}),
        json.dumps({"doc_id": "numtext", "text": 5}),
        json.dumps({"doc_id": None, "text": "x"}),
        json.dumps({"doc_id": "", "text": "x"}),
        '{"doc_id": "surrogate", "text": "a\\ud800b"}',
        '{"doc_id": "nul", "text": "a\\u0000b"}',
        json.dumps({"doc_id": "baddate", "text": "x", "published": "2021-13-45"}),
        json.dumps({"doc_id": "numdate", "text": "x", "published": 2021}),
        "[" * 100_000,
        json.dumps({"doc_id": "ok", "text": "duplicate id"}),
        json.dumps({"doc_id": "month", "text": GOOD, "published": "2021-03"}),
    ]
    src = tmp_path / "in.jsonl"
    src.write_bytes(("\n".join(lines) + "\n\n").encode() + b'{"doc_id": "bytes", "text": "\xff"}\n')
    items = list(iter_inputs([src]))
    assert [type(i).__name__ for i in items].count("InputDoc") == 3  # ok, duplicate ok, month
    result = cli.invoke(app, ["run", str(src), "--out", str(tmp_path / "out"), "--quiet"])
    assert result.exit_code == 0, result.output
    records, errors = _jsonl(tmp_path / "out" / "records.jsonl"), _jsonl(tmp_path / "out" / "errors.jsonl")
    assert [r["doc_id"] for r in records] == ["ok", "month"]
    assert records[0]["published"] == "2021-03-12" and records[1]["published"] == "2021-03"
    assert len(errors) == len(lines) + 1 - 3 + 1
    reasons = " | ".join(e["reason"] for e in errors)
    for word in (
        "bad JSONL line",
        "text must be a string",
        "doc_id must be",
        "lone surrogate",
        "NUL",
        "published must be",
        "not a real date",
        "duplicate doc_id",
        "UTF-8",
    ):
        assert word in reasons, word
    assert errors[-1]["path"].endswith("in.jsonl:16")


def test_non_english_and_markup_do_not_crash(extractor):
    texts = [
        "Московский университет подписал соглашение.",
        "清华大学签署合作协议。",
        "مرحبا بالعالم",
        "<div><script>alert(1)</script></div>" * 50,
        "\u202e\u0301\ufeff\u200b\x0b\x0c\x1c\x85\u2028 a",
        "😀" * 500,
        "\t" * 1000,
        "( " * 5000,
    ]
    for text in texts:
        check_mention_edges(text, extractor.extract(text).mentions)


def test_a_long_line_without_spaces_finishes_quickly(extractor):
    text = "https://example.org/" + "a1b2c3" * 100_000
    start = time.perf_counter()
    [rec] = list(process_stream(extractor, [InputDoc(doc_id="l", text=text, path="l", sha256="0")]))
    assert rec.doc_id == "l"
    assert time.perf_counter() - start < 60  # generous: it takes about a second; unbounded would hang


@pytest.mark.parametrize(
    "value,expected",
    [
        ("=1+1", "'=1+1"),
        ("+cmd", "'+cmd"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("-12", "-12"),
        ("+3.5", "+3.5"),
        ("-1,5", "-1,5"),
        ("MISIS", "MISIS"),
        ("", ""),
        (12, 12),
        (None, None),
    ],
)
def test_safe_cell_neutralises_formulas_but_not_numbers(value, expected):
    assert safe_cell(value) == expected


def test_csv_tables_hold_no_formula_cells(tmp_path):
    risky = '=HYPERLINK("http://evil")'
    rec = DocumentRecord(
        doc_id="@doc",
        published="2021",
        mentions=[
            Mention(start=0, end=5, label="ORG", text=risky, norm="+evil", source="-rule"),
            Mention(start=6, end=9, label="DATE", text="-12", norm="-12"),
        ],
        facts=[
            RoleFact(person="=p", role="rector", title="\tt", org="@o", evidence="\rline", start=0, end=9),
            AgreementFact(kind="agreement", parties=["=a", "+b"], signatories=["-s"], evidence="x\r=e\n@f"),
        ],
    )
    write_tables_streaming([rec], tmp_path)
    for path in tmp_path.glob("*.csv"):
        with open(path, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh))
        assert len(rows) > 1 and all(len(row) == len(rows[0]) for row in rows), (path.name, rows)
        for row in rows[1:]:
            for cell in row:
                assert not cell.startswith(("=", "+", "@", "\t", "\r")), (path.name, cell)
                assert not cell.startswith("-") or cell.lstrip("-").replace(",", "").isdigit(), (
                    path.name,
                    cell,
                )
    mentions = (tmp_path / "mentions.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in mentions and ",-12," in mentions


def test_doc_ids_cannot_place_files_outside_the_output_folder(tmp_path):
    src = tmp_path / "in.jsonl"
    ids = ["../escape", "/tmp/abs", "a/b", "..", "mentions", "records", "CON", "x\\..\\y"]
    src.write_text("".join(json.dumps({"doc_id": i, "text": GOOD}) + "\n" for i in ids))
    out = tmp_path / "deep" / "out"
    result = cli.invoke(app, ["run", str(src), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    written = ["records.jsonl", "errors.jsonl", *TABLES, *ANALYST_OUTPUTS, ".lock", "manifest.json"]
    assert sorted(p.name for p in out.iterdir()) == sorted(written)  # nothing else, nothing named by a doc_id
    outside = [p.name for p in tmp_path.rglob("*") if p.is_file() and out not in p.parents]
    assert sorted(outside) == ["in.jsonl"]
    assert [r["doc_id"] for r in _jsonl(out / "records.jsonl")] == ids


@pytest.mark.parametrize(
    "args",
    [
        ["run", "--bogus"],
        ["run", "missing-folder-xyz"],
        ["run", "--batch-size", "0"],
        ["run", "--n-process", "many"],
        ["run", "--engine", "mapreduce"],
        ["eval", "--gold", "missing-gold-xyz", "--pred", "missing-pred-xyz"],
        ["validate-gold", "--corpus", "missing-corpus-xyz"],
        ["export", "missing-records-xyz"],
        ["nosuchcommand"],
    ],
)
def test_misuse_is_one_line_and_exit_2(args):
    result = cli.invoke(app, args)
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:"), result.output
    assert "Traceback" not in result.output


def test_out_that_is_a_file_is_a_usage_error(tmp_path):
    (tmp_path / "file").write_text("x")
    result = cli.invoke(app, ["run", str(GOLD), "--out", str(tmp_path / "file")])
    assert result.exit_code == 2 and "not a folder" in result.output


def _gold_copy(tmp_path):
    corpus, gold = tmp_path / "corpus", tmp_path / "gold"
    corpus.mkdir()
    gold.mkdir()
    src = min(GOLD.glob("*.json"))
    (corpus / f"{src.stem}.txt").write_bytes((CORPUS / f"{src.stem}.txt").read_bytes())
    data = json.loads(src.read_text(encoding="utf-8"))
    return corpus, gold, src.stem, data


def test_validate_gold_names_file_and_field_for_bad_offsets_and_unknown_documents(tmp_path):
    corpus, gold, stem, data = _gold_copy(tmp_path)
    data["mentions"][0]["end"] = 10**7
    (gold / f"{stem}.json").write_text(json.dumps(data), encoding="utf-8")
    (gold / "ghost.json").write_text(json.dumps({**data, "doc_id": "ghost"}), encoding="utf-8")
    (gold / "broken.json").write_text("{not json", encoding="utf-8")
    result = cli.invoke(app, ["validate-gold", "--corpus", str(corpus), "--gold", str(gold)])
    assert result.exit_code == 1
    assert f"{stem}.json: mentions[0]" in result.output and "offsets" in result.output
    assert "ghost.json: doc_id: no corpus file" in result.output
    assert "broken.json: invalid JSON" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "content,expected",
    [
        ('{"doc_id": ', "pred.jsonl:1: invalid JSON"),
        ("[1, 2]\n", "pred.jsonl:1: Input should be a valid dictionary"),
        ('{"doc_id": "a", "published": 5}\n', "pred.jsonl:1: published"),
        (
            '{"doc_id": "a", "mentions": [{"start": 5, "end": 2, "label": "ORG", "text": "x"}]}\n',
            "pred.jsonl:1: mentions[0]",
        ),
        (
            '{"doc_id": "a", "mentions": [{"start": 0, "end": 2, "label": "CITY", "text": "x"}]}\n',
            "mentions[0].label",
        ),
    ],
)
def test_eval_on_malformed_predictions_names_file_and_field(tmp_path, content, expected):
    (tmp_path / "pred.jsonl").write_text(content, encoding="utf-8")
    result = cli.invoke(app, ["eval", "--gold", str(GOLD), "--pred", str(tmp_path / "pred.jsonl")])
    assert result.exit_code == 2
    assert expected in result.output and "Traceback" not in result.output


def test_eval_on_bytes_that_are_not_utf8(tmp_path):
    (tmp_path / "pred.jsonl").write_bytes(b"\xff\xfe{}")
    result = cli.invoke(app, ["eval", "--gold", str(GOLD), "--pred", str(tmp_path / "pred.jsonl")])
    assert result.exit_code == 2 and "not UTF-8" in result.output


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_device_files_are_not_read(tmp_path):
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    [item] = list(iter_inputs([tmp_path]))
    assert isinstance(item, InputError) and "regular file" in item.reason
    assert isinstance(next(iter_inputs([tmp_path / "zero.txt"])), InputError)
    assert not isinstance(item, InputDoc)


def test_oversized_files_are_not_read(tmp_path, monkeypatch):
    from extractor.read import inputs

    monkeypatch.setattr(inputs, "MAX_BYTES", 10)
    (tmp_path / "big.txt").write_bytes(b"x" * 11)
    [item] = list(iter_inputs([tmp_path]))
    assert isinstance(item, InputError) and "too large" in item.reason


def test_lone_cr_line_ends_are_kept():
    assert decode(b"a\rb\r\nc") == "a\rb\r\nc"


def test_fact_evidence_is_the_raw_text_at_its_offsets(tmp_path):
    """Evidence is cut from the text as read, not from its cleaned copy (no-break spaces stay)."""
    from .rawcheck import check_offsets

    text = (
        "Tomsk Polytechnic University\u00a0and Harbin Institute of Technology signed a memorandum of "
        "understanding on 3 May 2024.\n\nRector Dmitry Sednev of Tomsk Polytechnic University spoke.\n"
    )
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(text, encoding="utf-8")
    result = cli.invoke(app, ["run", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--quiet"])
    assert result.exit_code == 0, result.output
    (rec,) = _jsonl(tmp_path / "out" / "records.jsonl")
    assert rec["facts"] and any("\u00a0" in f["evidence"] for f in rec["facts"])
    check_offsets(rec, text)


MODEL_PARTS = ("tok2vec", "tagger", "parser", "ner")


def _own_seconds(extractor, text: str) -> float:
    """Seconds spent by the extractor's own components (not the model's) on one text."""
    import time as _time

    doc, own = extractor.make_doc(text), 0.0
    for name, proc in extractor.nlp.pipeline:
        t0 = _time.perf_counter()
        doc = proc(doc)
        if name not in MODEL_PARTS:
            own += _time.perf_counter() - t0
    return own


@pytest.mark.parametrize(
    "unit",
    [
        "agreement memorandum signed ",
        "Rector Ivan Petrov of Tomsk University and ",
        "signed with Harbin Institute of Technology on 3 May 2024 ",
    ],
)
def test_rule_work_grows_linearly_on_a_line_without_sentence_ends(extractor, unit):
    """Rules that read a mention's sentence read at most a bounded window of it, so a runaway line of
    mentions costs time in proportion to its length (growth of 10x text measured, not wall-clock)."""
    small = max(_own_seconds(extractor, unit * 100) for _ in range(2))
    large = min(_own_seconds(extractor, unit * 1000) for _ in range(2))
    assert large / max(small, 0.02) < 30, (small, large)


def test_a_lone_carriage_return_is_read_as_a_space(extractor):
    """A CR alone (a stray control character) is read as a space: no mention holds it (Hypothesis found a
    model ORG "and¢\\r"); a CRLF stays a line end."""
    text = "The 2016 Aoshan Euro-Asia Technology Forum and\xa2\r\U00079ed5ld as part of it.\r\nGubkin University hosted it."
    record = extractor.extract(text)
    assert record.mentions and all(m.text == m.text.strip() for m in record.mentions)
    assert any(m.text == "Gubkin University" for m in record.mentions)
