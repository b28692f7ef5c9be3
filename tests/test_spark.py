"""Spark engine in local mode: the same records as the local engine, byte for byte."""

import json
import os
import shutil
import warnings

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.engine.runner import run_batch

from .conftest import CORPUS
from .test_runner import OUTPUTS, sqlite_dump

with warnings.catch_warnings():
    warnings.simplefilter(
        "ignore", FutureWarning
    )  # pyspark warns about pandas 3, which these tests do not use
    pyspark = pytest.importorskip("pyspark")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("Spark needs Java", allow_module_level=True)

MASTER = "local[2]"
pytestmark = pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning")


@pytest.fixture(scope="module")
def spark():
    from extractor.engine.spark import session

    s = session(MASTER)
    s.sparkContext.setLogLevel("ERROR")
    yield s
    s.stop()


@pytest.fixture(scope="module")
def local_run(tmp_path_factory, extractor):
    out = tmp_path_factory.mktemp("local")
    run_batch([CORPUS], out, extractor=extractor)
    return out


def test_spark_dataframe_records_equal_local_records(spark, local_run, corpus_texts, tmp_path):
    from extractor.engine.spark import records_dataframe
    from extractor.output.corpus_keys import unify_jsonl

    rows = [(doc_id, text, None) for doc_id, text in corpus_texts.items()]
    rows.append(("bad", "a\x00b", None))
    df = spark.createDataFrame(rows, "doc_id string, text string, published string").repartition(3)
    out = records_dataframe(df).collect()
    written = tmp_path / "records.jsonl"
    written.write_text(
        "".join(r.record + "\n" for r in sorted(out, key=lambda r: r.doc_id) if r.record), encoding="utf-8"
    )
    unify_jsonl(written)  # corpus-level keys, as `extractor run` applies them after the last document
    lines = sorted(written.read_text(encoding="utf-8").splitlines())
    expected = sorted((local_run / "records.jsonl").read_text(encoding="utf-8").splitlines())
    assert lines == expected
    assert [(r.doc_id, r.error) for r in out if r.error] == [("bad", "binary content (NUL characters)")]


def test_cli_spark_engine_writes_the_same_files(spark, local_run, tmp_path):
    result = CliRunner().invoke(
        app, ["run", str(CORPUS), "--out", str(tmp_path), "--engine", "spark", "--master", MASTER, "--quiet"]
    )
    assert result.exit_code == 0, result.output
    for name in OUTPUTS:
        assert (tmp_path / name).read_bytes() == (local_run / name).read_bytes(), name
    assert sqlite_dump(tmp_path / "extractor.sqlite") == sqlite_dump(local_run / "extractor.sqlite")
    assert len((tmp_path / "records.jsonl").read_text(encoding="utf-8").splitlines()) == len(
        list(CORPUS.glob("*.txt"))
    )
    assert json.loads((tmp_path / "records.jsonl").read_text(encoding="utf-8").splitlines()[0])["doc_id"]


def test_spark_key_join_equals_the_local_join(spark, tmp_path):
    """The corpus-level key join done by Spark (blocks compared on executors) gives the local maps."""
    from extractor.engine.spark import spark_key_maps
    from extractor.output.corpus_keys import KeyCollector

    from .test_corpus_keys import _gold_person_keys, _variants

    people = sorted(_gold_person_keys()) + _variants(300) + ["A. Ivanov", "Alexander Ivanov", "Andrei Ivanov"]
    orgs = ["Hainan University", "the Hainan University", "HAINAN UNIVERSITY", "Hainan University", "MISIS"]
    lines = [
        json.dumps(
            {
                "doc_id": f"d{i}",
                "mentions": [{"label": "PERSON", "norm": p}, {"label": "ORG", "norm": orgs[i % len(orgs)]}],
            }
        )
        for i, p in enumerate(people)
    ]
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    local = KeyCollector()
    for line in lines:
        local.add_dict(json.loads(line))
    expected = local.maps()
    assert expected.people and expected.orgs and expected.kept_people  # kept apart: "A. Ivanov"
    assert spark_key_maps(spark, path) == expected
    df = spark.createDataFrame([(line,) for line in lines], "record string")
    assert spark_key_maps(spark, df) == expected
