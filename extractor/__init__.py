"""extractor: organisations, people, roles, dates and agreements from cooperation press releases."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from extractor.lang.resources import VERSION as __version__

__all__ = ["Extractor", "build_pipeline", "__version__"]

if TYPE_CHECKING:
    from extractor.engine.extract import Extractor
    from extractor.engine.pipeline import build_pipeline


def __getattr__(name: str) -> Any:
    """Import the spaCy-based parts only when they are used."""
    if name == "Extractor":
        from extractor.engine.extract import Extractor

        return Extractor
    if name == "build_pipeline":
        from extractor.engine.pipeline import build_pipeline

        return build_pipeline
    raise AttributeError(name)
