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
    from extractor.engine.extract import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def corpus_texts() -> dict[str, str]:
    """Corpus texts keyed by doc_id, read exactly as stored."""
    return {p.stem: p.read_bytes().decode("utf-8") for p in sorted(CORPUS.glob("*.txt"))}


@pytest.fixture(scope="session")
def ref():
    """The independent reference scorer ../shared/tools/score.py, loaded from its file."""
    import importlib.util

    score_py = SHARED / "tools" / "score.py"
    if not score_py.is_file():
        pytest.skip(f"reference scorer {score_py} not found (needs the shared/ folder next to the repo)")
    spec = importlib.util.spec_from_file_location("reference_score", score_py)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
