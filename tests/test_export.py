"""CSV tables: contents from records, spreadsheet-safe cells."""

import pandas as pd
import pytest

from extractor.models import AgreementFact, DocumentRecord, Mention, RoleFact
from extractor.output.export import COLUMNS, safe_cell, tables
from extractor.output.tablewriter import write_tables_streaming


@pytest.mark.parametrize(
    "value,expected",
    [
        ('=HYPERLINK("x")', '\'=HYPERLINK("x")'),
        ("+7 495", "'+7 495"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("-12", "-12"),
        ("-5.5", "-5.5"),
        ("\tcmd", "'\tcmd"),
        ("Tsinghua University", "Tsinghua University"),
        (42, 42),
    ],
)
def test_safe_cell_neutralises_formulas_but_not_numbers(value, expected):
    assert safe_cell(value) == expected


def _records():
    a = DocumentRecord(
        doc_id="a",
        published="2020-01-02",
        mentions=[
            Mention(start=0, end=4, label="ORG", text="MISU", norm="Misu"),
            Mention(start=9, end=13, label="ORG", text="TSU1", norm="Tsu"),
        ],
        facts=[
            AgreementFact(kind="memorandum", parties=["Misu", "Tsu"], signatories=["X Y"]),
            RoleFact(person="X Y", role="rector", title="Rector", org="Misu"),
        ],
    )
    b = DocumentRecord(
        doc_id="b",
        mentions=[Mention(start=0, end=4, label="ORG", text="MISU", norm="Misu")],
        facts=[AgreementFact(kind="agreement", parties=["Tsu", "Misu"])],
    )
    return [a, b]


def test_tables_count_organisations_and_network_edges():
    t = tables(_records())
    orgs = t["organisations"].set_index("key")
    assert orgs.loc["Misu", "mentions"] == 2 and orgs.loc["Misu", "documents"] == 2
    net = t["network"]  # two releases, no dates, a memorandum and a generic agreement: one signing
    assert len(net) == 1 and net.iloc[0]["agreements"] == 1 and net.iloc[0]["doc_ids"] == "a; b"
    assert t["agreement_events"].iloc[0][["kind", "sources", "agreements"]].tolist() == [
        "memorandum",
        "a; b",
        2,
    ]
    assert t["agreements"].iloc[0]["parties"] == "Misu; Tsu"
    assert t["roles"].iloc[0]["org"] == "Misu"


def test_the_tables_are_utf8_csv_that_reads_back(tmp_path):
    paths = write_tables_streaming(_records(), tmp_path)
    assert {p.name for p in paths} == {f"{table}.csv" for table in COLUMNS}
    raw = (tmp_path / "mentions.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    df = pd.read_csv(tmp_path / "mentions.csv", encoding="utf-8-sig")
    assert list(df.columns) == ["doc_id", "label", "text", "norm", "start", "end", "source"]
    assert len(df) == 3
