"""Every CSV the project writes reads back as its rows: CR/LF cells quoted, formulas neutralised (issue 16).

Rows are parsed back with ``csv.reader`` and every row must have the header's column count; no cell
may start a formula (``=``, ``+``, ``-``, ``@``, tab, CR) unless it is a plain number.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from extractor.cli import app
from extractor.output.export import LFRows, csv_writer

cli = CliRunner()
NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")
RISKY = ("=", "+", "-", "@", "\t", "\r")
CR_TEXT = "Tsinghua University signed an agreement on\r=1+2 cooperation in 2020 with NUST MISIS.\n"
MOU_TEXT = "NUST MISIS signed a memorandum with Tsinghua University on 12 March 2021.\n"


def read_back(path: Path) -> list[list[str]]:
    """The rows of a CSV as a spreadsheet would split them; asserts the column counts and formula safety."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows, path
    width = len(rows[0])
    for n, row in enumerate(rows[1:], start=2):
        assert len(row) == width, f"{path.name} row {n}: {len(row)} cells, header has {width}: {row}"
        for cell in row:
            assert not cell.startswith(RISKY) or NUMBER.fullmatch(cell), (
                f"{path.name} row {n}: formula {cell!r}"
            )
    return rows


def all_cells(folder: Path) -> list[str]:
    return [cell for path in sorted(folder.glob("*.csv")) for row in read_back(path) for cell in row]


def test_cr_in_text_and_file_name_stays_in_its_cell(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "plain.txt").write_bytes(CR_TEXT.encode())
    (inputs / "doc\r=1+2.txt").write_bytes(MOU_TEXT.encode())  # a doc_id holding CR and a formula
    result = cli.invoke(app, ["run", str(inputs), "--out", str(tmp_path / "out"), "--quiet"])
    assert result.exit_code == 0, result.output
    cells = all_cells(tmp_path / "out")
    assert "doc\r=1+2" in cells  # the doc_id came through whole, in one cell
    assert any("on\r=1+2 cooperation" in c for c in cells)  # the evidence sentence too
    agreements = read_back(tmp_path / "out" / "agreements.csv")
    assert len(agreements) == 3  # header + one agreement per document


def test_export_quotes_cr_and_neutralises_formulas(tmp_path):
    rec = {
        "doc_id": "=1+2\r@x",
        "mentions": [{"start": 0, "end": 5, "label": "ORG", "text": "-cmd\r", "norm": "+A\r\n=B"}],
        "facts": [
            {
                "type": "agreement",
                "kind": "agreement",
                "parties": ["+A\r\n=B", "@C"],
                "evidence": "x\r=HYPERLINK()",
                "start": 0,
                "end": 5,
            }
        ],
    }
    src = tmp_path / "records.jsonl"
    src.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    result = cli.invoke(app, ["export", str(src), "--out", str(tmp_path / "t")])
    assert result.exit_code == 0, result.output
    cells = all_cells(tmp_path / "t")
    assert "'=1+2\r@x" in cells and "x\r=HYPERLINK()" in cells and "'+A\r\n=B" in cells


def _gold_and_pred(tmp_path: Path, doc_id: str) -> tuple[Path, Path]:
    rec = {
        "doc_id": doc_id,
        "mentions": [{"start": 0, "end": 5, "label": "ORG", "text": "MISIS", "norm": "M"}],
    }
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    pred.write_text(json.dumps(rec | {"mentions": []}) + "\n", encoding="utf-8")
    return gold, pred


def test_eval_csv_quotes_cr_and_neutralises_formulas(tmp_path):
    gold, pred = _gold_and_pred(tmp_path, "d\r=1+2")
    result = cli.invoke(app, ["eval", "--gold", str(gold), "--pred", str(pred), "--csv", str(tmp_path / "c")])
    assert result.exit_code == 0, result.output
    docs = read_back(tmp_path / "c" / "per_document.csv")
    assert [r[0] for r in docs[1:]] == ["d\r=1+2"]
    read_back(tmp_path / "c" / "per_label.csv")


def test_eval_csv_neutralises_a_formula_doc_id(tmp_path):
    gold, pred = _gold_and_pred(tmp_path, '=HYPERLINK("http://x")')
    result = cli.invoke(app, ["eval", "--gold", str(gold), "--pred", str(pred), "--csv", str(tmp_path / "c")])
    assert result.exit_code == 0, result.output
    assert read_back(tmp_path / "c" / "per_document.csv")[1][0] == '\'=HYPERLINK("http://x")'


def _plain_writer(rows: list[list[object]]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


CELLS = st.one_of(st.text(st.characters(blacklist_characters="\x00")), st.integers(), st.none())


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(CELLS, min_size=1, max_size=4), max_size=4))
def test_rows_read_back_and_rows_without_cr_are_written_as_before(rows):
    """Every row reads back as written; only cells with CR change bytes: all else is what a plain
    ``lineterminator="\\n"`` writer makes."""
    buf = io.StringIO()
    csv_writer(buf).writerows(rows)
    if not any(isinstance(c, str) and "\r" in c for row in rows for c in row):
        assert buf.getvalue() == _plain_writer(rows)
    parsed = list(csv.reader(io.StringIO(buf.getvalue(), newline="")))
    assert parsed == [["" if c is None else str(c) for c in row] for row in rows]


def test_lf_rows_swaps_only_the_row_end():
    buf = io.StringIO()
    stream = LFRows(buf)
    csv.writer(stream, lineterminator="\r\n").writerow(["a\r\nb", "c\rd", "e"])
    assert buf.getvalue() == '"a\r\nb","c\rd",e\n'
