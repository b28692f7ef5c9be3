"""Ctrl-C and SIGTERM stop a run and its worker processes within seconds; workers die with their parent.

    with interruptible():          # in the main thread of the process that runs the batch
        run the batch              # SIGINT / SIGTERM -> Interrupted(exit code 130 / 143)

On the first signal the parent terminates its worker processes (spaCy's ``nlp.pipe(n_process=N)``
forks them) and raises :class:`Interrupted`, so the stream unwinds and every output file is closed
on whole lines. Forked workers ignore SIGINT (the parent stops them), take SIGTERM's default action
(exit, no traceback) and, on Linux, receive SIGKILL when their parent dies, even by ``kill -9``.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

EXIT_CODES = {signal.SIGINT: 130, signal.SIGTERM: 143}
_PR_SET_PDEATHSIG = 1
_hooked = False


class Interrupted(KeyboardInterrupt):
    """The run was stopped by a signal; ``code`` is the exit code to use (130 for SIGINT, 143 for SIGTERM)."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.code = EXIT_CODES.get(signal.Signals(signum), 128 + signum)


def _in_child() -> None:
    """After fork, in a worker: leave stopping to the parent, and die when the parent dies."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform.startswith("linux"):
        # no prctl: the worker still exits when its pipes close
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() == 1:  # the parent died before prctl took effect
        os._exit(1)


def stop_workers(timeout: float = 3.0) -> None:
    """Terminate this process's worker processes; kill those still alive after ``timeout`` seconds."""
    children = multiprocessing.active_children()
    for p in children:
        p.terminate()
    for p in children:
        p.join(timeout)
        if p.is_alive():
            p.kill()


@contextmanager
def interruptible() -> Iterator[None]:
    """SIGINT and SIGTERM raise :class:`Interrupted` after stopping the workers (main thread only)."""
    global _hooked
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    if not _hooked:
        os.register_at_fork(after_in_child=_in_child)
        _hooked = True

    def stop(signum: int, frame: Any) -> None:
        stop_workers()
        # spaCy warns that its stopped workers did not complete; the run is ending, with one line of its own
        warnings.filterwarnings("ignore", message=r".*\[W127\]")
        raise Interrupted(signum)

    previous = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
