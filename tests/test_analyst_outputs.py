"""Analyst outputs of a run: SQLite (row for row the CSV tables), Parquet, GraphML, the record's JSON Schema."""

import json
import re
import sqlite3

import jsonschema
import networkx as nx
import pandas as pd
import pyarrow.parquet as pq
import pytest
from pydantic import ValidationError

from extractor.engine.runner import run_batch
from extractor.lang.registry import load_registry
from extractor.models import DocumentRecord
from extractor.output.analyst import (
    ANALYST_OUTPUTS,
    AnalystWriter,
    clear_analyst_outputs,
    write_analyst_outputs,
)
from extractor.output.database import DATABASE, QUERIES, VIEWS
from extractor.output.export import COLUMNS, safe_cell
from extractor.output.graph import GRAPHML
from extractor.output.schema import SCHEMA_PATH, record_schema, schema_text
from extractor.output.tablewriter import write_tables_streaming
from extractor.read.record_io import RecordError, iter_jsonl, load_records

from .conftest import CORPUS, GOLD, ROOT, SHARED

REAL = SHARED / "real" / "corpus"
CSV_TABLES = tuple(COLUMNS)  # mentions, roles, agreements, organisations, network


def _run(folder, out, extractor, **options):
    run_batch([folder], out, extractor=extractor, **options)
    write_analyst_outputs(out)
    return out


@pytest.fixture(scope="module")
def corpus_out(tmp_path_factory, extractor):
    """A run of the bundled corpus with its analyst outputs."""
    return _run(CORPUS, tmp_path_factory.mktemp("corpus"), extractor)


@pytest.fixture(scope="module")
def real_out(tmp_path_factory, extractor):
    """A run of the real releases of ../shared/real/corpus with its analyst outputs."""
    if not REAL.is_dir():
        pytest.skip(f"{REAL} not found (needs the shared/ folder next to the repo)")
    return _run(REAL, tmp_path_factory.mktemp("real"), extractor)


@pytest.fixture(params=["corpus", "real"])
def run_out(request):
    return request.getfixturevalue(f"{request.param}_out")


def _records(out):
    return [json.loads(line) for line in (out / "records.jsonl").read_text("utf-8").splitlines()]


def _csv(out, name):
    return pd.read_csv(out / f"{name}.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)


def _sql(out, query, params=()):
    with sqlite3.connect(out / DATABASE) as conn:
        return conn.execute(query, params).fetchall()


def _table(out, name):
    """A table's rows in row order (``rowid``), as tuples of the columns of the CSV file."""
    return _sql(out, f"SELECT {', '.join(f'[{c}]' for c in COLUMNS[name])} FROM [{name}] ORDER BY rowid")


def _as_csv_cell(value):
    return "" if value is None else str(safe_cell(value))


@pytest.mark.parametrize("name", CSV_TABLES)
def test_sql_tables_hold_the_rows_of_the_csv_tables(run_out, name):
    frame = _csv(run_out, name)
    rows = _table(run_out, name)
    assert len(rows) == len(frame) > 0, name
    assert [tuple(map(_as_csv_cell, row)) for row in rows] == list(frame.itertuples(index=False, name=None))


def test_documents_and_linked_tables_hold_every_record_and_fact(run_out):
    records = _records(run_out)
    docs = _sql(run_out, "SELECT doc_id, published, n_mentions, n_roles, n_agreements FROM documents")
    assert docs == [
        (
            r["doc_id"],
            r.get("published"),
            len(r["mentions"]),
            sum(f["type"] == "role" for f in r["facts"]),
            sum(f["type"] == "agreement" for f in r["facts"]),
        )
        for r in records
    ]
    facts = [f for r in records for f in r["facts"] if f["type"] == "agreement"]
    for link, field in (("agreement_parties", "parties"), ("agreement_signatories", "signatories")):
        column = "party" if field == "parties" else "signatory"
        got = _sql(run_out, f"SELECT agreement_id, {column} FROM {link} ORDER BY agreement_id, position")
        assert got == [(i, v) for i, f in enumerate(facts, 1) for v in f.get(field, [])], link
    assert sum(len(f["parties"]) for f in facts) > len(facts) > 0


def test_sql_links_resolve_and_every_organisation_row_has_its_registry_data(run_out):
    assert _sql(run_out, "PRAGMA foreign_key_check") == []
    orgs = _sql(run_out, "SELECT key, country, type, registered FROM organisations")
    registry = load_registry()
    for key, country, kind, registered in orgs:
        entry = registry.get(key)
        assert registered == (entry is not None), key
        assert (country, kind) == ((entry.country, entry.type) if entry else (None, None)), key
    assert sum(r[3] for r in orgs) > 0


def test_parquet_tables_equal_the_sql_tables(run_out):
    paths = sorted((run_out / "parquet").glob("*.parquet"))
    names = [r[0] for r in _sql(run_out, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    assert [p.stem for p in paths] == names
    for path in paths:
        table = pq.read_table(path)
        with sqlite3.connect(run_out / DATABASE) as conn:
            cursor = conn.execute(f"SELECT * FROM [{path.stem}] ORDER BY rowid")
            columns = [c[0] for c in cursor.description]
            rows = cursor.fetchall()
        assert table.column_names == columns, path.name
        assert [tuple(r.values()) for r in table.to_pylist()] == rows, path.name
        if path.stem in COLUMNS:
            assert table.num_rows == len(_csv(run_out, path.stem)), path.name
    assert pq.read_table(run_out / "parquet" / "mentions.parquet").schema.field("start").type == "int64"


def test_graphml_has_one_node_per_party_and_one_edge_per_network_row(run_out):
    graph = nx.read_graphml(run_out / GRAPHML)
    network = _csv(run_out, "network")
    parties = set(network["party_a"].map(_unquote)) | set(network["party_b"].map(_unquote))
    assert set(graph.nodes) == parties and len(parties) > 2
    assert graph.number_of_edges() == len(network)
    for a, b, n, doc_ids in network.itertuples(index=False, name=None):
        edge = graph.edges[_unquote(a), _unquote(b)]
        assert (edge["agreements"], edge["doc_ids"]) == (int(n), _unquote(doc_ids))
    countries = nx.get_node_attributes(graph, "country")
    assert countries and all(re.fullmatch(r"[A-Z]{2}|INT", c) for c in countries.values())


def _unquote(cell):
    """A CSV cell's value without the quote that neutralises a formula."""
    return cell[1:] if cell.startswith("'") and safe_cell(cell[1:]) == cell else cell


def _query_params(out):
    """The organisation with the most role facts among the parties of the network."""
    (org,) = _sql(
        out,
        "SELECT org FROM roles WHERE org IN (SELECT party_a FROM network UNION SELECT party_b FROM network) "
        "GROUP BY org ORDER BY count(*) DESC, org LIMIT 1",
    )[0]
    return {"org": org}


@pytest.mark.parametrize("name", QUERIES)
def test_each_documented_query_returns_rows_on_the_corpus(corpus_out, name):
    rows = _sql(corpus_out, QUERIES[name], _query_params(corpus_out))
    assert rows and all(any(v is not None for v in row) for row in rows), name


def test_the_readme_queries_are_the_tested_ones():
    readme = (ROOT / "README.md").read_text("utf-8")
    blocks = [b.strip() for b in re.findall(r"```sql\n(.*?)```", readme, flags=re.S)]
    tested = {q.strip() for q in (*QUERIES.values(), *VIEWS.values())}
    assert [b for b in blocks if b not in tested] == []


def test_who_signed_with_whom_pairs_the_signatories_of_one_agreement(corpus_out):
    rows = _sql(corpus_out, QUERIES["who signed with whom"], _query_params(corpus_out))
    facts = [f for r in _records(corpus_out) for f in r["facts"] if f["type"] == "agreement"]
    pairs = {(a, b) for f in facts for i, a in enumerate(f["signatories"]) for b in f["signatories"][i + 1 :]}
    assert {(r[0], r[1]) for r in rows} == pairs


def test_outputs_are_the_same_across_n_process_and_chunk_sizes(corpus_out, tmp_path, extractor):
    two = _run(CORPUS, tmp_path / "two", extractor, n_process=2, batch_size=4)
    for name in (GRAPHML, *(f"parquet/{p.name}" for p in (corpus_out / "parquet").glob("*.parquet"))):
        assert (corpus_out / name).read_bytes() == (two / name).read_bytes(), name
    assert _dump(corpus_out) == _dump(two)
    small = tmp_path / "small"
    small.mkdir()
    (small / "records.jsonl").write_bytes((corpus_out / "records.jsonl").read_bytes())
    write_analyst_outputs(small, chunk_rows=7)
    assert _dump(small) == _dump(corpus_out)
    assert pq.ParquetFile(small / "parquet" / "mentions.parquet").num_row_groups > 1
    pushed = AnalystWriter(tmp_path / "pushed")
    for rec in iter_jsonl(corpus_out / "records.jsonl"):
        pushed.add(rec)
    pushed.close()
    assert _dump(tmp_path / "pushed") == _dump(corpus_out)
    assert (tmp_path / "pushed" / GRAPHML).read_bytes() == (corpus_out / GRAPHML).read_bytes()


def _dump(out):
    """Every statement that rebuilds the database: schema and rows, in order."""
    with sqlite3.connect(out / DATABASE) as conn:
        return list(conn.iterdump())


def test_export_builds_the_outputs_from_gold_records(tmp_path):
    records = load_records(GOLD)
    write_tables_streaming(records.values(), tmp_path, load_registry())
    paths = write_analyst_outputs(tmp_path, records.values())
    assert paths[0] == tmp_path / DATABASE and paths[-1] == tmp_path / GRAPHML
    for name in CSV_TABLES:
        assert len(_table(tmp_path, name)) == len(_csv(tmp_path, name)) > 0, name
    assert _sql(tmp_path, "SELECT count(*) FROM documents") == [(len(records),)]


def test_a_bad_record_replaces_no_output_and_leaves_no_temp_file(corpus_out, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    lines = (corpus_out / "records.jsonl").read_text("utf-8").splitlines(keepends=True)
    (out / "records.jsonl").write_text("".join(lines[:3]), encoding="utf-8")
    write_analyst_outputs(out)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file() and p.name != "records.jsonl"}
    (out / "records.jsonl").write_text("".join(lines[:3]) + '{"doc_id": "x", "mentions": 5}\n', "utf-8")
    with pytest.raises(RecordError, match=r"records.jsonl:4: mentions"):
        write_analyst_outputs(out)
    after = {p: p.read_bytes() for p in out.rglob("*") if p.is_file() and p.name != "records.jsonl"}
    assert after == before and len(before) > 3
    assert sorted(p.name for p in out.iterdir()) == sorted([*ANALYST_OUTPUTS, "records.jsonl"])
    clear_analyst_outputs(out)
    assert [p.name for p in out.iterdir()] == ["records.jsonl"]


def test_the_shipped_json_schema_is_the_generated_one():
    assert SCHEMA_PATH.read_text("utf-8") == schema_text()
    jsonschema.Draft202012Validator.check_schema(record_schema())


@pytest.fixture(scope="module")
def validator():
    return jsonschema.Draft202012Validator(json.loads(SCHEMA_PATH.read_text("utf-8")))


def test_every_record_of_a_run_and_of_gold_is_valid_under_the_schema(run_out, validator):
    records = _records(run_out) + [json.loads(p.read_text("utf-8")) for p in sorted(GOLD.glob("*.json"))]
    assert len(records) > 39
    for record in records:
        errors = [e.message for e in validator.iter_errors(record)]
        assert errors == [], record["doc_id"]


@pytest.mark.parametrize(
    "path,value",
    [
        (("mentions", 0, "start"), "5"),
        (("mentions", 0, "label"), "LOC"),
        (("facts", 0, "role"), "emperor"),
        (("facts", 0, "type"), "meeting"),
        (("doc_id",), None),
    ],
)
def test_the_schema_refuses_what_the_models_refuse(corpus_out, validator, path, value):
    record = next(r for r in _records(corpus_out) if r["facts"] and r["facts"][0]["type"] == "role")
    target = record
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert not validator.is_valid(record)
    with pytest.raises(ValidationError):
        DocumentRecord.model_validate(record)
