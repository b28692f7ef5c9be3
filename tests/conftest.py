"""Shared fixtures: one full pipeline per test session (loaded lazily, never at import)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
GOLD = ROOT / "gold"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def extractor():
    """The full extractor (model + rules), shared by the tests that need it."""
    from extractor.extract import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def corpus_texts() -> dict[str, str]:
    """Corpus texts keyed by doc_id, read exactly as stored."""
    return {p.stem: p.read_bytes().decode("utf-8") for p in sorted(CORPUS.glob("*.txt"))}
