"""Pausing Python's cyclic garbage collector around steps that build many long-lived objects.

    with no_gc():
        groups = join(keys)      # millions of small tuples and lists that all live to the end

The collector's full passes rescan every live container, so a step that only adds objects pays for
them again and again as it grows; reference counting still frees everything that can be freed.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_gc() -> Iterator[None]:
    """Run the block with the cyclic collector paused (restored as it was, also on error)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
