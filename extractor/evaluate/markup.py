"""Small HTML helpers of the evaluation report: escaped tables, lists and number formats."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from extractor.evaluate.report import System

MARK_TEMPLATE = (
    '<mark class="entity {classes}" data-side="{side}" title="{tip}">{text}'
    '<span class="tag">{tag}</span></mark>'
)


DASH = '<span class="muted">—</span>'

# The pages' shared chrome (the evaluation report and the network page): no fetch of any kind, one look.
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
BASE_CSS = """
body{margin:0;color:#1d232a;background:#fff;
 font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif}
main{max-width:1240px;margin:0 auto;padding:12px 20px 60px}a{color:#0b5cad}nav a{margin-right:14px}
h1{font-size:24px;margin:6px 0}h2{font-size:19px;margin:26px 0 10px;border-bottom:2px solid #e3e7ec}
"""


# ---------------------------------------------------------------- numbers and tables
def lookup(result: dict[str, Any], path: str) -> Any:
    """The value at a dotted path of a scoring result (None when absent)."""
    value: Any = result
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def fmt(value: Any) -> str:
    """Counts as integers, rates with three decimals, absent values as a dash."""
    if value is None:
        return "—"
    return f"{value:.3f}" if isinstance(value, float) else escape(str(value))


def num(system: System, path: str, tag: str = "td", attrs: str = "") -> str:
    """An element holding one number of a system's result, tagged with its data-k path."""
    k = escape(f"{system.key}:{path}")
    return f'<{tag} data-k="{k}"{attrs}>{fmt(lookup(system.result, path))}</{tag}>'


def doc_num(system: System, doc_id: str, name: str) -> str:
    """One number of a system's per-document row (scoring.per_document), tagged ``doc:<id>:<name>``."""
    k = escape(f"{system.key}:doc:{doc_id}:{name}")
    return f'<span data-k="{k}">{fmt(system.rows.get(doc_id, {}).get(name))}</span>'


def table(head: str, body: Sequence[str], attrs: str = "") -> str:
    return f"<table{attrs}><thead>{head}</thead><tbody>{''.join(body)}</tbody></table>"


def list_table(head: Sequence[str], rows: Sequence[Sequence[str]], cls: str = "list") -> str:
    """A left-aligned table of already escaped cells."""
    th = "".join(f"<th>{escape(h)}</th>" for h in head)
    body = ["<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows]
    return table(f"<tr>{th}</tr>", body, f' class="{cls}"')
