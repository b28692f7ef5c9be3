"""Properties over random text: offsets index the raw input file; splitting and cleaning keep lengths.

Offsets are checked against the input files read and decoded by the test (``rawcheck``), and against
registry names planted at known places, never against a mention text built from those same offsets:
shifting every mention by one character fails them (``test_the_checks_catch_a_shift_by_one``).
"""

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.engine.stream import process_stream
from extractor.lang.textnorm import clean_for_nlp
from extractor.read.chunking import split_text
from extractor.read.inputs import InputDoc

from .conftest import CORPUS
from .rawcheck import check_offsets, check_planted, decode_raw, jsonl, plant, run_cli

CORPUS_TEXTS = [p.read_bytes().decode("utf-8") for p in sorted(CORPUS.glob("*.txt"))]
# Any code point except lone surrogates (which no decoder or JSON reader lets through).
CHARS = st.characters(blacklist_categories=("Cs",))
SLOW = settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
FOUND: list[int] = []  # planted names found exactly, over all examples (the checks must not be vacuous)


@pytest.fixture()
def shared_model(monkeypatch, extractor):
    monkeypatch.setattr("extractor.engine.runner.Extractor", lambda *a, **k: extractor)


def _run_on_files(texts: list[list[str]]) -> None:
    """Write each list of filler pieces, with registry names planted between them, as a file; run the CLI
    on the folder; check every record against its raw file and its planted names."""
    with tempfile.TemporaryDirectory() as tmp:
        inputs, out = Path(tmp) / "in", Path(tmp) / "out"
        inputs.mkdir()
        spans = {}
        for i, pieces in enumerate(texts):
            text, spans[f"d{i}"] = plant(pieces)
            (inputs / f"d{i}.txt").write_bytes(text.encode("utf-8"))
        run_cli(inputs, out)
        records, errors = jsonl(out / "records.jsonl"), jsonl(out / "errors.jsonl")
        assert sorted(r["doc_id"] for r in records + errors) == sorted(spans)  # each input ends once
        assert all("NUL" in e["reason"] for e in errors)  # only binary content is refused
        for rec in records:
            check_offsets(rec, decode_raw((inputs / f"{rec['doc_id']}.txt").read_bytes()))
            check_planted(rec, spans[rec["doc_id"]])
            FOUND.append(sum((m["start"], m["end"]) in spans[rec["doc_id"]] for m in rec["mentions"]))


@SLOW
@given(st.lists(st.lists(st.text(CHARS, max_size=400), min_size=1, max_size=3), min_size=1, max_size=3))
def test_offsets_hold_on_random_unicode(shared_model, texts):
    _run_on_files(texts)


@st.composite
def edited_corpus_text(draw):
    """A corpus text with a few random insertions, deletions and replacements of random unicode."""
    text = draw(st.sampled_from(CORPUS_TEXTS))
    for _ in range(draw(st.integers(1, 6))):
        i = draw(st.integers(0, len(text)))
        j = min(len(text), i + draw(st.integers(0, 40)))
        text = text[:i] + draw(st.text(CHARS, max_size=20)) + text[j:]
    return text


@SLOW
@given(st.lists(st.lists(edited_corpus_text(), min_size=1, max_size=2), min_size=1, max_size=3))
def test_offsets_hold_on_edited_corpus_texts(shared_model, texts):
    _run_on_files(texts)


@SLOW
@given(st.lists(edited_corpus_text(), min_size=1, max_size=3), st.integers(200, 1500))
def test_offsets_hold_when_texts_are_processed_in_pieces(extractor, pieces, chunk):
    text, spans = plant(pieces)
    raw = text.encode("utf-8")
    [rec] = list(
        process_stream(
            extractor,
            [InputDoc(doc_id="x", text=raw.decode("utf-8"), path="x", sha256="0")],
            chunk_chars=chunk,
        )
    )
    data = rec.to_json_dict()
    check_offsets(data, decode_raw(raw))
    check_planted(data, spans)


def test_planted_names_were_found():
    """Runs after the property tests (file order): most planted names were found exactly where planted."""
    if not FOUND:
        pytest.skip("the property tests did not run")
    assert sum(FOUND) > 0


def test_the_checks_catch_a_shift_by_one():
    text, spans = plant(["Rector Ivanov said.", "signed an agreement with"])
    raw = "\ufeff".encode() + text.encode("utf-8")  # a BOM the decoder must drop
    mentions = [{"start": s + 1, "end": e + 1, "label": "ORG", "text": text[s + 1 : e + 1]} for s, e in spans]
    shifted = {"doc_id": "x", "mentions": mentions, "facts": []}
    with pytest.raises(AssertionError):
        check_planted(shifted, spans)
    true = {
        "doc_id": "x",
        "mentions": [
            {**m, "start": m["start"] - 1, "end": m["end"] - 1, "text": text[m["start"] - 1 : m["end"] - 1]}
            for m in mentions
        ],
        "facts": [],
    }
    check_offsets(true, decode_raw(raw))
    check_planted(true, spans)
    bom_shifted = {
        "doc_id": "x",
        "mentions": [{**m, "text": raw.decode("utf-8")[m["start"] : m["end"]]} for m in true["mentions"]],
        "facts": [],
    }
    with pytest.raises(AssertionError):
        check_offsets(bom_shifted, decode_raw(raw))


@settings(max_examples=200, deadline=None)
@given(st.text(CHARS, max_size=300), st.integers(2, 80))
def test_split_text_covers_the_text_in_bounded_pieces(text, size):
    spans = split_text(text, size)
    assert "".join(text[s:e] for s, e in spans) == text
    assert all(e - s <= size for s, e in spans)
    assert all(e > s for s, e in spans) or text == ""


@settings(max_examples=200, deadline=None)
@given(st.text(st.one_of(CHARS, st.sampled_from("ab \u00a0\u3000")), max_size=600))
def test_clean_for_nlp_keeps_the_length_and_cuts_long_runs(text):
    out = clean_for_nlp(text)
    assert len(out) == len(text)
    assert all(len(run) < 200 for run in out.split())


@pytest.mark.parametrize("sep", ["\x1f", "\x1c", "\x0b", "\x0c", "\x85", "\u2028"])
def test_a_mention_never_takes_a_control_separator_for_part_of_its_text(extractor, sep):
    """Python's ``str.strip`` removes these, spaCy's tokenizer keeps them inside a token: the cleaner makes
    them spaces (same length), so no mention starts or ends with one (hypothesis found ``'\\x1a&\\x1f'``)."""
    text = f"\x1a&{sep}a\rNUST MISIS and Tomsk State University{sep}signed an agreement{sep}"
    assert clean_for_nlp(text).count(" ") == text.count(" ") + 4  # the three separators and the lone CR
    record = extractor.extract(text, doc_id="sep").model_dump()
    check_offsets(record, text)
