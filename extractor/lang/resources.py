"""Locate the rule and lexicon files (``patterns/``) whether installed or run from a checkout."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

VERSION = "0.1.0"  # the package version (pyproject.toml says the same; a test checks)
ENV_VAR = "EXTRACTOR_PATTERNS"


def patterns_dir() -> Path:
    """Folder of the JSONL rule files: $EXTRACTOR_PATTERNS, the installed copy, or the checkout's."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    packaged = Path(str(resources.files("extractor"))) / "patterns"
    if packaged.is_dir():
        return packaged
    return Path(str(resources.files("extractor"))).parent / "patterns"


def pattern_file(name: str) -> Path:
    """Path of one file under the patterns folder (it need not exist yet)."""
    return patterns_dir() / name
