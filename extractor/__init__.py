"""extractor: organisations, people, roles, dates and agreements from cooperation press releases."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from extractor.lang.resources import VERSION as __version__

__all__ = ["Extractor", "add_extractor", "build_pipeline", "extract_records", "tables", "__version__"]

if TYPE_CHECKING:
    from extractor.engine.api import extract_records
    from extractor.engine.extract import Extractor
    from extractor.engine.pipeline import add_extractor, build_pipeline
    from extractor.output.export import tables

_LAZY = {
    "Extractor": "extractor.engine.extract",
    "build_pipeline": "extractor.engine.pipeline",
    "add_extractor": "extractor.engine.pipeline",
    "extract_records": "extractor.engine.api",
    "tables": "extractor.output.export",
}


def __getattr__(name: str) -> Any:
    """Import the spaCy-based parts only when they are used."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(name)
