"""The JSON Schema of a record of ``records.jsonl``, generated from the pydantic model and shipped.

``record.schema.json`` beside this module is what :func:`record_schema` returns, written by
``python -m extractor.output.schema`` (a test fails when the two differ), so other tools can check
records without Python::

    >>> record_schema()["title"]
    'DocumentRecord'
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from extractor.models import AGREEMENT_KINDS, ROLE_CATEGORIES, DocumentRecord

SCHEMA_PATH = Path(__file__).with_name("record.schema.json")


def record_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one document record: ``DocumentRecord.model_json_schema()``, with
    the role categories and agreement kinds the models' validators accept spelled out as enums."""
    schema = DocumentRecord.model_json_schema()
    defs = schema["$defs"]
    defs["RoleFact"]["properties"]["role"]["enum"] = sorted(ROLE_CATEGORIES)
    defs["AgreementFact"]["properties"]["kind"]["enum"] = sorted(AGREEMENT_KINDS)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def schema_text() -> str:
    """The schema as the shipped file holds it: two-space indented JSON and a final newline."""
    return json.dumps(record_schema(), ensure_ascii=False, indent=2) + "\n"


def write_schema(path: Path = SCHEMA_PATH) -> Path:
    """Write the schema to ``path`` (by default the shipped file) and return the path."""
    path.write_text(schema_text(), encoding="utf-8")
    return path


if __name__ == "__main__":  # pragma: no cover
    print(f"wrote {write_schema(Path(sys.argv[1]) if len(sys.argv) > 1 else SCHEMA_PATH)}")
