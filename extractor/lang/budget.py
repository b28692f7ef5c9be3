"""A time budget per document for the extractor's own components, so no document can stall a run.

    class FactExtractor:
        time_limit = DEFAULT_LIMIT                 # seconds per 10,000 characters (at least one unit)

        @budgeted
        def __call__(self, doc): ...

A component that runs past ``time_limit * max(1, len(doc.text) / 10,000)`` seconds on a document
raises :class:`TookTooLong`; the batch engine then retries the document alone and, when it runs past
the budget again, writes an error line naming the component ("extractor_facts: TookTooLong: took too
long ..."). The timer is ``SIGALRM``, so the budget applies in a process's main thread (the CLI, its
worker processes, Spark's Python workers); elsewhere components run unbounded.
"""

from __future__ import annotations

import functools
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from spacy.tokens import Doc

DEFAULT_LIMIT = 20.0  # seconds per 10,000 characters; ordinary releases take well under 0.1 s per component
UNIT = 10_000
C = TypeVar("C", bound=Callable[..., Doc])


class TookTooLong(RuntimeError):
    """A component ran past its time budget on one document."""


def limit_for(doc: Doc, per_unit: float | None) -> float | None:
    """Seconds allowed for one component on ``doc`` (None: no limit)."""
    if not per_unit or per_unit <= 0:
        return None
    return per_unit * max(1.0, text_length(doc) / UNIT)


def text_length(doc: Doc) -> int:
    """``len(doc.text)`` without building the text (spaCy joins every token's text to make it)."""
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


@contextmanager
def time_limit(seconds: float | None, chars: int) -> Iterator[None]:
    """Raise :class:`TookTooLong` in this thread when the block runs past ``seconds``."""
    if seconds is None or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(signum: int, frame: Any) -> None:
        raise TookTooLong(f"took too long (over {seconds:g} s on {chars:,} characters)")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def budgeted(fn: C) -> C:
    """Decorate a component's ``__call__(self, doc)`` to run within ``self.time_limit`` per 10k characters."""

    @functools.wraps(fn)
    def call(self: Any, doc: Doc) -> Doc:
        with time_limit(limit_for(doc, getattr(self, "time_limit", DEFAULT_LIMIT)), text_length(doc)):
            return fn(self, doc)

    return call  # type: ignore[return-value]
