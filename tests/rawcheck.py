"""Check a finished ``extractor run`` against its input files, read and decoded here, independently.

The record's ``text`` of a mention is built from its offsets, so comparing the two proves nothing;
these checks compare the offsets with the raw file instead, and with names planted at known places.
"""

from __future__ import annotations

import codecs
import csv
import json
import re
from pathlib import Path

from typer.testing import CliRunner

from extractor.cli import app

NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")
RISKY = ("=", "+", "-", "@", "\t", "\r")
# names the organisation registry knows; planted between line breaks they are found as ORG mentions
PLANTS = ("Tsinghua University", "Harbin Institute of Technology", "Peking University")


def decode_raw(data: bytes) -> str:
    """The text as the extractor must index it: UTF-8 (BOM dropped) or UTF-16/32 with a BOM, no newline
    translation. Written from the format description, not with the extractor's decoder."""
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(codec)
    return data.removeprefix(codecs.BOM_UTF8).decode("utf-8")


def plant(filler: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Join filler pieces with a registry name on its own line between them; (text, spans of the names)."""
    text, spans = "", []
    for i, piece in enumerate(filler):
        name = PLANTS[i % len(PLANTS)]
        text += piece + "\n"
        spans.append((len(text), len(text) + len(name)))
        text += name + "\n"
    return text, spans


def run_cli(inputs: Path, out: Path, *extra: str) -> str:
    result = CliRunner().invoke(app, ["run", str(inputs), "--out", str(out), *extra])
    assert result.exit_code == 0 and "Traceback" not in result.output, result.output
    return result.output


def jsonl(path: Path) -> list[dict]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def check_offsets(record: dict, raw: str) -> None:
    """Every mention's offsets cut its text out of the raw file, and every fact's its evidence."""
    for m in record["mentions"]:
        assert 0 <= m["start"] < m["end"] <= len(raw), m
        assert raw[m["start"] : m["end"]] == m["text"], (record["doc_id"], m)
        assert m["text"] == m["text"].strip(), m
    for f in record["facts"]:
        if f.get("start") is not None:
            assert 0 <= f["start"] < f["end"] <= len(raw), f
            assert raw[f["start"] : f["end"]] == f["evidence"], (record["doc_id"], f)


def _runs_on(left: str, right: str) -> bool:
    """Two characters of one word: both letters or both digits ("Date:2020-06-11Resource" has edges)."""
    return left.isalpha() and right.isalpha() or left.isdigit() and right.isdigit()


def check_mention_edges(text: str, mentions: list) -> None:
    """Checks that a shifted offset fails, for mentions of an in-memory text (whose record ``text`` is cut
    out by the same offsets, so comparing the two proves nothing): each mention starts and ends at a word
    edge of ``text`` (no run of letters or of digits goes on across either end), has no outer whitespace, and the
    mentions come sorted and disjoint."""
    prev_end = 0
    for m in mentions:
        start, end = (m.start, m.end) if hasattr(m, "start") else (m["start"], m["end"])
        piece = text[start:end]
        assert piece and piece == piece.strip(), (start, end, piece)
        assert start == 0 or not _runs_on(text[start - 1], text[start]), (start, end, piece)
        assert end == len(text) or not _runs_on(text[end - 1], text[end]), (start, end, piece)
        assert start >= prev_end, (start, end, piece)
        prev_end = end


def check_planted(record: dict, spans: list[tuple[int, int]]) -> None:
    """Each planted registry name that was found is found at exactly the offsets where it was put."""
    orgs = {(m["start"], m["end"]) for m in record["mentions"] if m["label"] == "ORG"}
    near = [(s, e) for s, e in spans if any(abs(s - a) <= 2 and abs(e - b) <= 2 for a, b in orgs)]
    assert all(span in orgs for span in near), (record["doc_id"], near, sorted(orgs))


def read_csv(path: Path) -> list[list[str]]:
    """A CSV parsed back: each row has the header's column count; no cell starts a formula."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows and all(len(r) == len(rows[0]) for r in rows), path
    assert all(not c.startswith(RISKY) or NUMBER.fullmatch(c) for r in rows[1:] for c in r), path
    return rows
