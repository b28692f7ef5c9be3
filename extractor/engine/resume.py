"""Resuming a run: the documents already in records.jsonl, read back (a torn last line cut off) and
skipped."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

_END = object()


class ResumeError(ValueError):
    """OUT/records.jsonl cannot be continued (a line in the middle is not a record)."""


def _append(fh: BinaryIO, line: str) -> None:
    """Write a whole line with unbuffered writes (a short write is continued, never left half)."""
    data = memoryview(line.encode("utf-8"))
    while data:
        data = data[fh.write(data) or 0 :]


def recover(path: Path, on_record: Callable[[dict], None] | None = None) -> set[str]:
    """doc_ids of the complete records in ``path``; a partial last line (a killed run) is cut off.

    ``on_record`` sees each record decoded as plain JSON (the corpus-level key collector)."""
    if not path.exists():
        return set()
    with open(path, "rb+") as fh:
        end = fh.seek(0, os.SEEK_END)
        pos, keep = end, 0
        while pos > 0:
            step = min(pos, 1 << 16)
            fh.seek(pos - step)
            block = fh.read(step)
            if (nl := block.rfind(b"\n")) >= 0:
                keep = pos - step + nl + 1
                break
            pos -= step
        if keep < end:
            fh.truncate(keep)
    done: set[str] = set()
    with open(path, "rb") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                done.add(str(rec["doc_id"]))
            except (ValueError, KeyError, TypeError) as err:
                raise ResumeError(f"{path}:{lineno}: cannot resume, not a record line ({err})") from None
            if on_record is not None:
                on_record(rec)
    return done
