"""Fuzz the whole CLI (issue 16): random and adversarial texts written to files, one ``extractor run``
per example; every input ends as a record or an error line, offsets cut the raw file, CSVs parse back, and
no rule component runs past a time bound per character (`--time-limit`, enforced by the run itself).

The model is loaded once per session (``runner.Extractor`` returns the shared pipeline); everything else
is the real command: input reading, chunking, records, key join, tables.
"""

from __future__ import annotations

import codecs
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.lang.budget import DEFAULT_LIMIT

from .rawcheck import check_offsets, check_planted, decode_raw, jsonl, plant, read_csv, run_cli

CHARS = st.characters(blacklist_categories=("Cs",))
HOSTILE = st.sampled_from(
    [
        "\r\n" * 300,
        "\r",
        "\u2028",
        "\u2029\x85\x0b\x0c",
        " " * 500,
        "." * 300,
        "-" * 300,
        "agreement agreement ",
        "Jan 1, " * 40,
        "=1+2",
        "@SUM(A1)",
        "\ufeff",
        "\u202e",
        "[/]",
        "<b>x</b>",
        "signed an agreement on\r=1+2 with",
        "\t",
    ]
)
PIECE = st.one_of(
    st.text(CHARS, max_size=200), HOSTILE, st.text(st.sampled_from("ab \n\r.,-=+@0123"), max_size=300)
)
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"])


@pytest.fixture()
def shared_model(monkeypatch, extractor):
    monkeypatch.setattr("extractor.engine.runner.Extractor", lambda *a, **k: extractor)
    yield
    extractor.set_time_limit(DEFAULT_LIMIT)


TIME_BOUND = "5"  # seconds per 10,000 characters (at least 5 s) for each rule component on each document


def _write_inputs(folder: Path, docs: list[tuple[list[str], str]]) -> dict[str, list[tuple[int, int]]]:
    spans = {}
    for i, (pieces, encoding) in enumerate(docs):
        text, planted = plant(pieces)
        data = text.encode(encoding) if encoding != "utf-8-sig" else codecs.BOM_UTF8 + text.encode()
        (folder / f"doc{i}.txt").write_bytes(data)
        if encoding == "utf-8" and text.startswith(
            "\ufeff"
        ):  # its bytes are a UTF-8 BOM: read as one, not as text
            planted = [(s - 1, e - 1) for s, e in planted]
        spans[f"doc{i}"] = planted
    (folder / "broken.txt").write_bytes(b"\xff\xfe\x00\xd8" + b"\x00" * 3)  # lone surrogate in UTF-16
    return spans


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
@given(st.lists(st.tuples(st.lists(PIECE, min_size=1, max_size=4), ENCODINGS), min_size=1, max_size=4))
def test_whole_cli_on_random_files(shared_model, docs):
    with tempfile.TemporaryDirectory() as tmp:
        inputs, out = Path(tmp) / "in", Path(tmp) / "out"
        inputs.mkdir()
        spans = _write_inputs(inputs, docs)
        output = run_cli(inputs, out, "--time-limit", TIME_BOUND)
        records, errors = jsonl(out / "records.jsonl"), jsonl(out / "errors.jsonl")
        assert not any("TookTooLong" in e["reason"] for e in errors)  # the time bound per character held
        n = len(docs) + 1
        assert f"read {n} documents" in output and len(records) + len(errors) == n
        assert {r["doc_id"] for r in records} | {e["doc_id"] for e in errors} == set(spans) | {"broken"}
        assert len((out / "records.jsonl").read_text(encoding="utf-8").splitlines()) == len(records)
        for rec in records:
            check_offsets(rec, decode_raw((inputs / f"{rec['doc_id']}.txt").read_bytes()))
            check_planted(rec, spans[rec["doc_id"]])
        for path in sorted(out.glob("*.csv")):
            read_csv(path)
