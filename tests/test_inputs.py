"""Reading inputs: exact text, BOMs, bad bytes reported per document."""

import codecs
import json

from extractor.read.inputs import InputDoc, InputError, decode, iter_inputs


def test_crlf_is_kept_so_offsets_match_the_file():
    assert decode(b"a\r\nb") == "a\r\nb"


def test_utf8_bom_is_removed_and_utf16_with_bom_is_decoded():
    assert decode(codecs.BOM_UTF8 + "Дата".encode()) == "Дата"
    assert decode("MISIS".encode("utf-16")) == "MISIS"


def test_every_input_ends_as_document_or_error(tmp_path):
    (tmp_path / "good.txt").write_bytes(b"NUST MISIS signed an agreement.")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin1.txt").write_bytes("Universit\xe9".encode("latin-1"))
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    (tmp_path / "noise.txt").write_bytes(bytes(range(128, 256)))
    items = list(iter_inputs([tmp_path, tmp_path / "missing.txt"]))
    assert len(items) == 6
    by_id = {i.doc_id: i for i in items}
    assert isinstance(by_id["good"], InputDoc) and isinstance(by_id["empty"], InputDoc)
    assert isinstance(by_id["latin1"], InputDoc) and (by_id["latin1"].text, by_id["latin1"].encoding) == (
        "Université",
        "cp1252",
    )
    assert isinstance(by_id["noise"], InputError) and "not valid UTF-8 at byte 0" in by_id["noise"].reason
    assert isinstance(by_id["binary"], InputError) and "binary" in by_id["binary"].reason
    assert isinstance(by_id["missing"], InputError)


def test_jsonl_input_with_a_bad_line(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_text(json.dumps({"doc_id": "x", "text": "Hi", "published": "2020-01-01"}) + "\n{broken\n")
    items = list(iter_inputs([p]))
    assert isinstance(items[0], InputDoc) and items[0].published == "2020-01-01"
    assert isinstance(items[1], InputError) and "in.jsonl:2" in items[1].path
