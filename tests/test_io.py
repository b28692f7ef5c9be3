"""Reading and writing records: the accepted layouts, round trips, atomic writes, located errors."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from extractor.models import AgreementFact, DocumentRecord, Mention, RoleFact
from extractor.read.record_io import RecordError, field_path, iter_jsonl, load_records, write_jsonl


def record(doc_id: str = "101_x") -> DocumentRecord:
    return DocumentRecord(
        doc_id=doc_id,
        text_sha256="0" * 64,
        published="2021-05",
        mentions=[
            Mention(start=0, end=3, label="ORG", text="TPU", norm="Tomsk Polytechnic University"),
            Mention(start=4, end=9, label="PERSON", text="Ivan ", norm="Ivan", source="ner"),
        ],
        facts=[
            RoleFact(person="Ivan", role="rector", org="Tomsk Polytechnic University"),
            AgreementFact(kind="memorandum", parties=["Tomsk Polytechnic University"]),
        ],
    )


def raw(doc_id: str = "101_x", **changes: Any) -> dict[str, Any]:
    data = record(doc_id).to_json_dict()
    data.update(changes)
    return data


def test_io_loads_folder_jsonl_json_object_and_list(tmp_path: Path) -> None:
    recs = [record("a"), record("b")]
    (tmp_path / "gold").mkdir()
    for r in recs:
        (tmp_path / "gold" / f"{r.doc_id}.json").write_text(json.dumps(r.to_json_dict()), "utf-8")
    (tmp_path / "gold" / "notes.txt").write_text("not a record", "utf-8")
    (tmp_path / "one.json").write_text(json.dumps(recs[0].to_json_dict()), "utf-8")
    (tmp_path / "all.json").write_text(json.dumps([r.to_json_dict() for r in recs]), "utf-8")
    write_jsonl(recs, tmp_path / "all.jsonl")
    expected = {r.doc_id: r for r in recs}
    assert load_records(tmp_path / "gold") == expected
    assert load_records(tmp_path / "all.json") == expected
    assert load_records(tmp_path / "all.jsonl") == expected
    assert load_records(tmp_path / "one.json") == {"a": recs[0]}


def test_io_write_jsonl_round_trip_and_compact_output(tmp_path: Path) -> None:
    out = tmp_path / "sub" / "pred.jsonl"
    assert write_jsonl([record("a"), record("b")], out) == 2
    lines = out.read_text("utf-8").splitlines()
    assert len(lines) == 2 and "source" in lines[0]  # only the mention that has a source keeps the key
    assert json.loads(lines[0])["mentions"][0].keys() == {"start", "end", "label", "text", "norm"}
    assert list(iter_jsonl(out)) == [record("a"), record("b")]


def test_io_iter_jsonl_skips_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "p.jsonl"
    path.write_text("\n" + json.dumps(raw("a")) + "\n\n  \n" + json.dumps(raw("b")) + "\n", "utf-8")
    assert [r.doc_id for r in iter_jsonl(path)] == ["a", "b"]


def test_io_write_jsonl_is_atomic(tmp_path: Path) -> None:
    out = tmp_path / "pred.jsonl"
    write_jsonl([record("old")], out)
    before = out.read_text("utf-8")

    def failing() -> Iterator[DocumentRecord]:
        yield record("new")
        raise RuntimeError("extractor crashed half-way")

    with pytest.raises(RuntimeError):
        write_jsonl(failing(), out)
    assert out.read_text("utf-8") == before
    assert [p.name for p in tmp_path.iterdir()] == ["pred.jsonl"]  # no temp file left behind


@pytest.mark.parametrize(
    "name, content, expected",
    [
        (
            "x.json",
            raw(mentions=[raw()["mentions"][0], dict(raw()["mentions"][1], start="abc")]),
            "x.json: mentions[1].start: Input should be a valid integer",
        ),
        ("x.json", {k: v for k, v in raw().items() if k != "doc_id"}, "x.json: doc_id: Field required"),
        (
            "x.json",
            raw(mentions=[dict(raw()["mentions"][0], label="LOC")]),
            "x.json: mentions[0].label: Input should be",
        ),
        (
            "x.json",
            raw(mentions=[dict(raw()["mentions"][0], start=5)]),
            "x.json: mentions[0]: Value error, end (3) must be greater than start (5)",
        ),
        (
            "x.json",
            raw(facts=[dict(raw()["facts"][0], role="boss")]),
            "x.json: facts[0].role: Value error, unknown role",
        ),
        (
            "x.json",
            raw(facts=[dict(raw()["facts"][1], parties=[])]),
            "x.json: facts[0].parties: List should have at least 1",
        ),
        ("x.json", raw(facts=[{"type": "event"}]), "x.json: facts[0]: Input tag 'event'"),
        ("x.json", raw(published=2021), "x.json: published: Input should be a valid string"),
        (
            "list.json",
            [raw("a"), raw("b", mentions="none")],
            "list.json[1]: mentions: Input should be a valid list",
        ),
        ("list.json", [raw("a"), 7], "list.json[1]: Input should be a valid dictionary"),
    ],
)
def test_io_errors_name_file_and_field(tmp_path: Path, name: str, content: Any, expected: str) -> None:
    path = tmp_path / name
    path.write_text(json.dumps(content), "utf-8")
    with pytest.raises(RecordError) as info:
        load_records(path)
    assert expected in str(info.value)
    assert str(path) in str(info.value)
    assert info.value.__suppress_context__  # raised "from None": the user sees one line, no pydantic chain


def test_io_error_in_folder_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps(raw("a")), "utf-8")
    (tmp_path / "b.json").write_text(json.dumps(raw("b", mentions=[{"start": 0}])), "utf-8")
    with pytest.raises(RecordError, match=r"b\.json: mentions\[0\]\.end: Field required"):
        load_records(tmp_path)


def test_io_jsonl_errors_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "p.jsonl"
    bad_type = json.dumps(raw("b", mentions=[dict(raw()["mentions"][0], end="x")]))
    path.write_text(json.dumps(raw("a")) + "\n" + bad_type + "\n{oops\n", "utf-8")
    with pytest.raises(RecordError, match=r"p\.jsonl:2: mentions\[0\]\.end: Input should be a valid integer"):
        load_records(path)
    path.write_text(json.dumps(raw("a")) + "\n\n{oops\n", "utf-8")
    with pytest.raises(RecordError, match=r"p\.jsonl:3: invalid JSON"):
        list(iter_jsonl(path))


@pytest.mark.parametrize(
    "name, content, expected",
    [
        ("bad.json", '{"doc_id": "a",\n "mentions": [}', r"bad\.json: invalid JSON at line 2"),
        ("bad.json", b"\xff\xfe{}", r"bad\.json: not UTF-8"),
        (
            "dup.jsonl",
            json.dumps(raw("a")) + "\n" + json.dumps(raw("a")),
            r"dup\.jsonl:2: duplicate doc_id 'a'",
        ),
    ],
)
def test_io_unreadable_files(tmp_path: Path, name: str, content: str | bytes, expected: str) -> None:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    with pytest.raises(RecordError, match=expected):
        load_records(path)


def test_io_missing_path_and_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(RecordError, match="no such file or folder"):
        load_records(tmp_path / "nope")
    assert load_records(tmp_path) == {}
    assert issubclass(RecordError, ValueError)


@pytest.mark.parametrize(
    "loc, expected",
    [
        (("mentions", 3, "start"), "mentions[3].start"),
        (("facts", 0, "role", "person"), "facts[0].person"),  # union tag dropped
        (("facts", 1, "agreement", "parties", 2), "facts[1].parties[2]"),
        (("published",), "published"),
        ((), ""),
    ],
)
def test_io_field_path(loc: tuple[Any, ...], expected: str) -> None:
    assert field_path(loc) == expected
