"""The Python and spaCy entry points: the same records as the CLI, a saved pipeline, your own nlp."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import spacy

from extractor import add_extractor, extract_records, tables
from extractor.cli import app
from extractor.engine.pipeline import load_model

from .conftest import CORPUS

TEXT = (
    "Tomsk State University and Lanzhou University signed a memorandum of understanding on 5 May 2023. "
    "Rector Eduard Galazhinsky signed it."
)


def test_the_python_api_gives_the_records_of_the_cli(extractor, tmp_path):
    """``extract_records`` runs the CLI's engine and its cross-document key join: equal records."""
    from typer.testing import CliRunner

    result = CliRunner().invoke(app, ["run", str(CORPUS), "--out", str(tmp_path), "--quiet"])
    assert result.exit_code == 0, result.output
    cli = [json.loads(line) for line in (tmp_path / "records.jsonl").read_text("utf-8").splitlines()]
    items = [(p.read_bytes().decode("utf-8"), p.stem, None) for p in sorted(CORPUS.glob("*.txt"))]
    batch = extract_records(extractor, items)
    assert not batch.errors
    assert [r.to_json_dict() for r in batch.records] == cli
    frames = tables(batch.records)
    assert len(frames["agreements"]) == sum(1 for r in cli for f in r["facts"] if f["type"] == "agreement")


def test_a_bad_document_is_an_error_of_the_batch_not_an_exception(extractor):
    batch = extract_records(extractor, [(TEXT, "good", None), ("x", "bad", "not a date")])
    assert [r.doc_id for r in batch.records] == ["good"]
    assert [e.doc_id for e in batch.errors] == ["bad"]


def test_a_saved_pipeline_loads_with_spacy_load_in_a_fresh_process(tmp_path):
    """The spacy_factories entry points: spacy.load finds the components without importing extractor."""
    from extractor import build_pipeline

    build_pipeline().to_disk(tmp_path / "nlp")
    code = (
        "import sys, spacy; nlp = spacy.load(sys.argv[1]); doc = nlp(sys.argv[2]); "
        "print(sorted(f['type'] for f in doc._.facts))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "nlp"), TEXT], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "['agreement', 'role']"


def test_your_own_pipeline_takes_the_extractor():
    nlp = add_extractor(load_model())  # the model package, as you would spacy.load it
    doc = nlp(TEXT)
    assert {e.label_ for e in doc.ents} >= {"ORG", "PERSON", "ROLE", "DATE", "AGREEMENT"}


def test_a_pipeline_without_what_the_extractor_needs_says_so():
    with pytest.raises(ValueError, match="needs a pipeline with tagger, parser, ner"):
        add_extractor(spacy.blank("en"))
    nlp = load_model()
    with pytest.raises(ValueError, match="extractor_entities needs org_registry"):
        nlp.add_pipe("extractor_entities")
