"""Progress for the CLI: a rich bar (docs/s, ETA) on a terminal, plain periodic lines otherwise."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text

LOG_EVERY = 10.0  # seconds between plain progress lines


class _RateColumn(ProgressColumn):
    """Documents per second since the start, and the time left at that rate (batches arrive in bursts,
    so rich's own short-window speed over-reads)."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        if not task.completed or elapsed <= 0:
            return Text("-- docs/s  ETA --", style="progress.data.speed")
        rate = task.completed / elapsed
        left = f"ETA {_clock((task.total - task.completed) / rate)}" if task.total else ""
        return Text(f"{rate:.1f} docs/s  {left}", style="progress.data.speed")


def _clock(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"


class PlainProgress:
    """Writes ``done/total documents (pct), rate docs/s, ETA h:mm:ss`` every ``every`` seconds and at the
    end."""

    def __init__(
        self,
        total: int,
        stream: TextIO,
        every: float = LOG_EVERY,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.total, self.stream, self.every, self.clock = total, stream, every, clock
        self.start = self.last = clock()
        self.done = 0

    def update(self, done: int) -> None:
        """Record progress; log a line when ``every`` seconds have passed since the last one."""
        self.done = done
        if self.clock() - self.last >= self.every:
            self.log()

    def log(self) -> None:
        """Write one progress line now."""
        now = self.clock()
        self.last = now
        rate = self.done / (now - self.start) if now > self.start else 0.0
        pct = f" ({100 * self.done / self.total:.0f}%)" if self.total else ""
        eta = f", ETA {_clock((self.total - self.done) / rate)}" if rate and self.total >= self.done else ""
        print(
            f"{self.done}/{self.total} documents{pct}, {rate:.1f} docs/s{eta}", file=self.stream, flush=True
        )


@contextmanager
def progress_reporter(
    total: int, *, quiet: bool = False, stream: TextIO | None = None, every: float = LOG_EVERY
) -> Iterator[Callable[[int], None]]:
    """A callback ``update(documents_done)``: silent when quiet, a bar on a terminal, else log lines."""
    out = stream or sys.stderr
    if quiet:
        yield lambda done: None
        return
    if out.isatty():
        columns = (
            TextColumn("extracting"),
            BarColumn(),
            MofNCompleteColumn(),
            _RateColumn(),
            TimeElapsedColumn(),
        )
        with Progress(*columns, console=Console(file=out), transient=False) as bar:
            task = bar.add_task("extract", total=total or None)
            yield lambda done: bar.update(task, completed=done)
        return
    plain = PlainProgress(total, out, every)
    yield plain.update
    plain.log()
