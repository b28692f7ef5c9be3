"""Batch runs: streaming output, n_process, memory zones, resume, failing components, tables, progress."""

import io
import json
import re
import shutil

import pandas as pd
import pytest
import spacy
from spacy.language import Language
from typer.testing import CliRunner

from extractor.cli import app
from extractor.engine.extract import Extractor
from extractor.engine.progress import PlainProgress
from extractor.engine.resume import ResumeError, recover
from extractor.engine.runner import run_batch
from extractor.engine.stream import _zone_scope, pieces, process_stream
from extractor.lang.budget import budgeted
from extractor.lang.registry import load_registry
from extractor.output.export import COLUMNS, tables
from extractor.output.outdir import TABLES
from extractor.output.tablewriter import write_tables_streaming
from extractor.read.chunking import merge, split_text
from extractor.read.inputs import InputDoc
from extractor.read.record_io import load_records, record_line

from .conftest import CORPUS, GOLD
from .rawcheck import check_mention_edges

cli = CliRunner()
OUTPUTS = (
    "records.jsonl",
    "errors.jsonl",
    *TABLES,
    "network.graphml",
    "parquet/mentions.parquet",
    "parquet/agreements.parquet",
    "parquet/agreement_events.parquet",
    "parquet/documents.parquet",
)


def sqlite_dump(path) -> list[str]:
    """A database's contents as SQL statements (its file bytes are not stable; its contents are)."""
    import sqlite3

    with sqlite3.connect(path) as db:
        return list(db.iterdump())


@pytest.fixture(scope="module")
def few(tmp_path_factory):
    """Six corpus documents in a folder of their own."""
    folder = tmp_path_factory.mktemp("few")
    for p in sorted(CORPUS.glob("*.txt"))[:6]:
        shutil.copy(p, folder / p.name)
    return folder


def _lines(path):
    return path.read_text(encoding="utf-8").splitlines()


def test_runner_records_equal_extractor_pipe(few, tmp_path, extractor):
    summary = run_batch([few], tmp_path, extractor=extractor)
    texts = [(p.read_bytes().decode("utf-8"), p.stem, None) for p in sorted(few.glob("*.txt"))]
    expected = [record_line(r).rstrip("\n") for r in extractor.pipe(texts)]
    assert _lines(tmp_path / "records.jsonl") == expected
    assert (summary.read, summary.records, summary.errors) == (6, 6, 0)


def test_runner_output_is_byte_identical_across_n_process_and_zones(few, tmp_path, extractor):
    (few / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    try:
        run_batch([few], tmp_path / "one", extractor=extractor, n_process=1)
        run_batch([few], tmp_path / "two", extractor=extractor, n_process=2, batch_size=2)
        run_batch([few], tmp_path / "zones", extractor=extractor, zone_size=2, batch_size=3)
    finally:
        (few / "broken.txt").unlink()
    for name in OUTPUTS:
        one = (tmp_path / "one" / name).read_bytes()
        assert one == (tmp_path / "two" / name).read_bytes(), name
        assert one == (tmp_path / "zones" / name).read_bytes(), name
    dump = sqlite_dump(tmp_path / "one" / "extractor.sqlite")
    assert (
        dump
        == sqlite_dump(tmp_path / "two" / "extractor.sqlite")
        == sqlite_dump(tmp_path / "zones" / "extractor.sqlite")
    )
    assert "broken" in (tmp_path / "one" / "errors.jsonl").read_text()


def test_first_zone_keeps_its_words_and_later_zones_free_theirs():
    nlp = spacy.blank("en")
    with _zone_scope(nlp):  # the pipeline's first zone: its words stay (and stay cached in the tokenizer)
        first = [t.text for t in nlp.make_doc("Qwzx-Ulvbn University signed it.")]
    with _zone_scope(nlp):
        later = [t.text for t in nlp.make_doc("Jkvpd Institute signed it. Qwzx-Ulvbn University signed it.")]
    assert "Ulvbn" in nlp.vocab.strings and "Jkvpd" not in nlp.vocab.strings
    assert later[-len(first) :] == first


def test_runner_tables_equal_export_of_the_same_records(few, tmp_path, extractor):
    run_batch([few], tmp_path / "run", extractor=extractor)
    recs = load_records(tmp_path / "run" / "records.jsonl")
    write_tables_streaming(recs.values(), tmp_path / "export", load_registry())
    for name in (f"{table}.csv" for table in COLUMNS):
        assert (tmp_path / "run" / name).read_bytes() == (tmp_path / "export" / name).read_bytes(), name


def test_the_dataframes_hold_the_rows_of_the_csv_tables_on_gold(tmp_path):
    recs = load_records(GOLD)
    frames = tables(recs.values(), load_registry())
    paths = write_tables_streaming(recs.values(), tmp_path, load_registry())
    assert not list(tmp_path.glob(".*.tmp"))
    for path in paths:
        back = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
        frame = frames[path.stem]
        assert list(back.columns) == list(frame.columns) and len(back) == len(frame) > 0, path.name
        first = frame.columns[0]
        assert list(back[first]) == [str(v) for v in frame[first]], path.name


def test_runner_resume_skips_done_documents_and_repairs_a_cut_line(few, tmp_path, extractor):
    full = tmp_path / "full"
    run_batch([few], full, extractor=extractor)
    out = tmp_path / "resumed"
    out.mkdir()
    lines = (full / "records.jsonl").read_bytes().splitlines(keepends=True)
    (out / "records.jsonl").write_bytes(b"".join(lines[:2]) + lines[2][:57])  # killed mid-line
    summary = run_batch([few], out, extractor=extractor, resume=True)
    assert (summary.read, summary.records, summary.resumed, summary.errors) == (6, 6, 2, 0)
    assert (out / "records.jsonl").read_bytes() == (full / "records.jsonl").read_bytes()
    for name in OUTPUTS[2:]:
        assert (out / name).read_bytes() == (full / name).read_bytes(), name
    again = run_batch([few], out, extractor=extractor, resume=True)
    assert (again.records, again.resumed) == (6, 6)
    assert (out / "records.jsonl").read_bytes() == (full / "records.jsonl").read_bytes()


def test_resume_refuses_a_corrupt_line_in_the_middle(tmp_path):
    (tmp_path / "records.jsonl").write_text('{"doc_id": "a"}\nnot json\n{"doc_id": "b"}\n', encoding="utf-8")
    with pytest.raises(ResumeError, match="records.jsonl:2"):
        recover(tmp_path / "records.jsonl")
    result = cli.invoke(app, ["run", str(CORPUS), "--out", str(tmp_path), "--resume", "--quiet"])
    assert result.exit_code == 2 and "records.jsonl:2" in result.output and "Traceback" not in result.output


def test_recover_keeps_whole_lines_only(tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_bytes(b'{"doc_id": "a"}\n{"doc_id": "b"}\n{"doc_')
    assert recover(path) == {"a", "b"}
    assert path.read_bytes() == b'{"doc_id": "a"}\n{"doc_id": "b"}\n'
    assert recover(tmp_path / "absent.jsonl") == set()


@Language.component("test_boom")
def _boom(doc):
    if "BOOM" in doc.text:
        raise RuntimeError("boom in the component")
    return doc


class _NoHandlerPipe:
    """A component with ``pipe`` and no error handler, like spaCy's Cython parser: errors escape nlp.pipe."""

    def __call__(self, doc):
        if "CRASH" in doc.text:
            raise ValueError("crash without handler")
        return doc

    def pipe(self, docs, batch_size=32):
        for doc in docs:
            yield self(doc)


@Language.factory("test_no_handler")
def _no_handler(nlp, name):
    return _NoHandlerPipe()


def _failing_extractor():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "ORG", "pattern": "MISIS"}])
    nlp.add_pipe("test_boom")
    nlp.add_pipe("test_no_handler")
    return Extractor(nlp)


@pytest.mark.parametrize("n_process", [1, 2])
def test_runner_failing_documents_become_error_lines(tmp_path, n_process):
    src = tmp_path / "in.jsonl"
    texts = [
        "MISIS one",
        "BOOM MISIS",
        "MISIS three",
        "CRASH here",
        "MISIS five",
        "BOOM again",
        "MISIS seven",
    ]
    src.write_text("".join(json.dumps({"doc_id": f"d{i}", "text": t}) + "\n" for i, t in enumerate(texts)))
    summary = run_batch(
        [src], tmp_path / "out", extractor=_failing_extractor(), n_process=n_process, batch_size=2
    )
    assert (summary.read, summary.records, summary.errors) == (7, 4, 3)
    recs = [json.loads(x) for x in _lines(tmp_path / "out" / "records.jsonl")]
    assert [r["doc_id"] for r in recs] == ["d0", "d2", "d4", "d6"]
    assert all(r["mentions"][0]["text"] == "MISIS" for r in recs)
    errors = {e["doc_id"]: e for e in map(json.loads, _lines(tmp_path / "out" / "errors.jsonl"))}
    assert errors["d1"]["reason"] == "test_boom: RuntimeError: boom in the component"
    assert errors["d3"]["reason"] == "test_no_handler: ValueError: crash without handler"
    assert errors["d5"]["path"].endswith("in.jsonl:6")


def test_error_handlers_are_restored_after_a_run(tmp_path):
    ex = _failing_extractor()
    before = ex.nlp.default_error_handler
    list(process_stream(ex, [InputDoc(doc_id="a", text="BOOM", path="a", sha256="0")]))
    assert ex.nlp.default_error_handler is before


def test_long_text_is_processed_in_pieces_with_offsets_into_the_whole(extractor, corpus_texts):
    dated = next(t for t in corpus_texts.values() if extractor.extract(t).published)
    text = "\n\n".join([dated] + list(corpus_texts.values())[:3])
    doc = InputDoc(doc_id="long", text=text, path="long", sha256="0")
    assert len(pieces(doc, iter(range(100)), 1500)) > 3
    [rec] = list(process_stream(extractor, [doc], chunk_chars=1500))
    assert rec.mentions and max(m.start for m in rec.mentions) > len(text) // 2
    check_mention_edges(text, rec.mentions)
    assert all(f.start is None or 0 <= f.start < f.end <= len(text) for f in rec.facts)
    assert rec.published == extractor.extract(dated).published  # every piece anchored on it


def test_text_beyond_spacy_max_length_is_split_not_rejected():
    ex = _failing_extractor()
    text = ("MISIS signed an agreement. " * 40 + "\n\n") * 1200
    assert len(text) > ex.nlp.max_length
    [rec] = list(process_stream(ex, [InputDoc(doc_id="huge", text=text, path="huge", sha256="0")]))
    assert len(rec.mentions) == 40 * 1200
    assert [m.start for m in rec.mentions] == [m.start() for m in re.finditer("MISIS", text)]
    assert all(m.end - m.start == len("MISIS") for m in rec.mentions)


def test_split_text_prefers_paragraphs_then_sentences_then_spaces():
    text = "a" * 30 + "\n\n" + "b" * 30 + ". " + "c" * 30
    spans = split_text(text, 40)
    assert spans[0] == (0, 32) and "".join(text[s:e] for s, e in spans) == text
    assert split_text("x" * 25, 10) == [(0, 10), (10, 20), (20, 25)]
    assert split_text("", 10) == [(0, 0)]
    assert all(e - s <= 40 for s, e in split_text(("word " * 7 + "end. ") * 30, 40))


def test_merge_shifts_piece_offsets():
    from extractor.models import DocumentRecord, Mention, RoleFact

    a = DocumentRecord(doc_id="x", mentions=[Mention(start=0, end=2, label="ORG", text="ab")])
    b = DocumentRecord(
        doc_id="x",
        mentions=[Mention(start=1, end=3, label="ORG", text="cd")],
        facts=[RoleFact(person="p", role="rector", start=0, end=3)],
    )
    merged = merge([(0, a), (10, b)])
    assert [(m.start, m.end) for m in merged.mentions] == [(0, 2), (11, 13)]
    assert (merged.facts[0].start, merged.facts[0].end) == (10, 13)


def test_plain_progress_logs_every_interval_with_rate_and_eta():
    now = [0.0]
    buf = io.StringIO()
    prog = PlainProgress(100, buf, every=10, clock=lambda: now[0])
    for done in range(1, 51):
        now[0] = done * 0.5  # 2 documents per second
        prog.update(done)
    lines = buf.getvalue().splitlines()
    assert len(lines) == 2
    assert lines[0] == "20/100 documents (20%), 2.0 docs/s, ETA 0:00:40"


def test_cli_run_reports_counts_and_quiet_prints_nothing(few, tmp_path):
    loud = cli.invoke(app, ["run", str(few), "--out", str(tmp_path / "a")])
    assert loud.exit_code == 0, loud.output
    assert "6/6 documents (100%)" in loud.output and "read 6 documents: 6 records, 0 errors" in loud.output
    quiet = cli.invoke(app, ["run", str(few), "--out", str(tmp_path / "b"), "--quiet", "--batch-size", "4"])
    assert quiet.exit_code == 0 and quiet.output == ""
    resumed = cli.invoke(app, ["run", str(few), "--out", str(tmp_path / "b"), "--resume"])
    assert "6 records (6 from an earlier run)" in resumed.output


def test_resumed_records_take_part_in_the_corpus_key_join(tmp_path, extractor):
    """Keys of records kept from an earlier run join with the new records' spelling variants, and the
    stage timings of the run are reported."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Rector Zhanseit Tuimebaev of Al-Farabi Kazakh National University spoke.\n")
    first = run_batch([src], tmp_path / "out", extractor=extractor)
    (src / "b.txt").write_text("Zhanseit Tuimebayev, the rector, signed the memorandum.\n")
    summary = run_batch([src], tmp_path / "out", extractor=extractor, resume=True)
    assert (first.records, summary.resumed, summary.records) == (1, 1, 2)
    recs = load_records(tmp_path / "out" / "records.jsonl")
    keys = {m.norm for r in recs.values() for m in r.mentions if m.label == "PERSON"}
    assert keys == {"Zhanseit Tuimebayev"}
    assert {"read", "pipeline", "records", "key_join", "tables"} <= set(summary.seconds)


def test_a_document_past_its_time_budget_becomes_an_error_line_naming_the_component(tmp_path, monkeypatch):
    """A component stalled on one document is stopped by the budget; the run goes on with the others."""
    import time as _time

    from extractor.facts.component import FactExtractor

    ex = Extractor(time_limit=0.3)
    original = FactExtractor.__call__.__wrapped__

    def stall_on_marker(self, doc):
        while "STALL" in doc.text:
            _time.sleep(0.01)
        return original(self, doc)

    monkeypatch.setattr(FactExtractor, "__call__", budgeted(stall_on_marker))
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Tomsk Polytechnic University signed an agreement with Harbin Institute.\n")
    (src / "b.txt").write_text("STALL. Tomsk Polytechnic University signed an agreement.\n")
    summary = run_batch([src], tmp_path / "out", extractor=ex)
    assert (summary.records, summary.errors) == (1, 1)
    (error,) = [json.loads(line) for line in (tmp_path / "out" / "errors.jsonl").read_text().splitlines()]
    assert error["doc_id"] == "b"
    assert error["reason"].startswith("extractor_facts: TookTooLong: took too long (over 0.3 s")


def test_the_budget_grows_with_the_document_and_can_be_turned_off():
    from extractor.lang.budget import limit_for

    nlp = spacy.blank("en")
    assert limit_for(nlp("a " * 100), 20.0) == 20.0
    assert limit_for(nlp("a " * 25_000), 20.0) == 100.0  # 50,000 characters: five units
    assert limit_for(nlp("a"), 0) is None


@pytest.mark.parametrize("stage", ["tables", "manifest"])
def test_a_failing_disk_leaves_no_temp_file_and_no_manifest(few, tmp_path, extractor, monkeypatch, stage):
    """A write that fails at the end (full or read-only disk) leaves no temp file behind and no
    manifest, so the folder never looks like a complete run; the next run works."""
    import os as _os

    real_replace = _os.replace

    def failing(src, dst):
        if (stage == "tables" and str(dst).endswith(".csv")) or (
            stage == "manifest" and str(dst).endswith("manifest.json")
        ):
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr("os.replace", failing)
    with pytest.raises(OSError):
        run_batch([few], tmp_path, extractor=extractor)
    assert not list(tmp_path.glob("*.tmp")) and not list(tmp_path.glob(".*.tmp"))
    assert not (tmp_path / "manifest.json").exists()
    monkeypatch.setattr("os.replace", real_replace)
    run_batch([few], tmp_path, extractor=extractor)
    assert (tmp_path / "manifest.json").exists()
