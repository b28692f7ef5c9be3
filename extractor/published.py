"""Find the publication date a text states for itself (dateline, "Published:", a date line near the top)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .dates import normalise_date
from .patterns import RegexCue, load_named

_FULL = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


@dataclass(frozen=True)
class Published:
    """The publication date found, where its date text lies, and which cue found it."""

    value: str
    start: int
    end: int
    cue: str


@lru_cache(maxsize=4)
def _cues(name: str = "published.jsonl") -> tuple[tuple[RegexCue, re.Pattern[str]], ...]:
    cues = sorted(load_named(name, RegexCue), key=lambda c: -c.priority)
    return tuple((c, re.compile(c.regex)) for c in cues)


def find_published(text: str) -> Published | None:
    """Return the highest-priority publication-date cue whose date normalises to a full value."""
    for cue, rx in _cues():
        for m in rx.finditer(text):
            if cue.max_offset is not None and m.start() > cue.max_offset:
                break
            value = normalise_date(m.group("date"), None)
            if value and _FULL.match(value):
                return Published(value, m.start("date"), m.end("date"), cue.id)
    return None
