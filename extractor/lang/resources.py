"""Locate the rule and lexicon files (``patterns/``) whether installed or run from a checkout."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

VERSION = "0.1.0"  # the package version (pyproject.toml says the same; a test checks)
ENV_VAR = "EXTRACTOR_PATTERNS"
EXTRA_ENV_VAR = (
    "EXTRACTOR_EXTRA_PATTERNS"  # folders of an analyst's own rule files, added to the built-in ones
)


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


def extra_pattern_files(name: str) -> list[Path]:
    """The analyst's own files named ``name`` ("orgs.jsonl", "roles.jsonl") in the folders of
    ``$EXTRACTOR_EXTRA_PATTERNS`` (``os.pathsep``-separated), which add to the built-in file."""
    folders = [f for f in os.environ.get(EXTRA_ENV_VAR, "").split(os.pathsep) if f]
    return [Path(f) / name for f in folders if (Path(f) / name).is_file()]


def use_extra_patterns(folder: Path) -> None:
    """Add ``folder``'s rule files to the built-in ones for this process and the workers it starts (before
    the first pipeline is built); an unknown file name is an error naming it."""
    known = {p.name for p in patterns_dir().glob("*.jsonl")}
    unknown = sorted(p.name for p in Path(folder).glob("*.jsonl") if p.name not in known)
    if unknown:
        raise ValueError(f"{folder}: no built-in rule file is called {', '.join(unknown)}")
    os.environ[EXTRA_ENV_VAR] = os.pathsep.join(filter(None, [os.environ.get(EXTRA_ENV_VAR), str(folder)]))
