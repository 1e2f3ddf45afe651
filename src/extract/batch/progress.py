"""Progress of `extract run`: a rich bar on a terminal, plain lines elsewhere."""

from __future__ import annotations

import sys
import time
from typing import TextIO

_PLAIN_EVERY_SECONDS = 10.0


class Progress:
    """Counts articles as they finish and shows the rate and the time left.

    On a terminal: a rich progress bar with articles/s and ETA. Otherwise
    (a log file, a pipe, a CI job): one plain line every ten seconds.
    `total` may be None when the input size is unknown (stdin).
    """

    def __init__(self, total: int | None, stream: TextIO | None = None, enabled: bool = True) -> None:
        self.stream = stream or sys.stderr
        self.total = total
        self.enabled = enabled
        self.done = 0
        self.started = time.monotonic()
        self._last_line = self.started
        self._bar = None

    def __enter__(self) -> Progress:
        if self.enabled and self.stream.isatty():
            self._bar = _rich_bar(self.stream)
            self._bar.start()
            self._task = self._bar.add_task("extract", total=self.total)
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop()

    def restart(self) -> None:
        """Count time from now (after set-up such as checking finished work)."""
        self.started = self._last_line = time.monotonic()
        if self._bar is not None:
            self._bar.reset(self._task, total=self.total)

    def stop(self) -> None:
        """Take the bar off the terminal before the closing lines."""
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    def advance(self, count: int) -> None:
        self.done += count
        if self._bar is not None:
            self._bar.update(self._task, advance=count)
        elif self.enabled:
            now = time.monotonic()
            if now - self._last_line >= _PLAIN_EVERY_SECONDS:
                self._last_line = now
                print(self.line(now), file=self.stream, flush=True)

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def line(self, now: float) -> str:
        """One plain progress line: done/total, rate, ETA."""
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        if self.total:
            left = (self.total - self.done) / rate if rate else float("inf")
            return (f"{self.done}/{self.total} articles ({100 * self.done / self.total:.0f}%), "
                    f"{rate:.1f} articles/s, ETA {_clock(left)}")
        return f"{self.done} articles, {rate:.1f} articles/s"


def _rich_bar(stream: TextIO):
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, ProgressColumn, TextColumn,
                               TimeElapsedColumn, TimeRemainingColumn)
    from rich.progress import Progress as RichProgress
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task) -> Text:
            return Text(f"{task.speed or 0:.1f} articles/s")

    return RichProgress(
        TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(), RateColumn(),
        TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
        console=Console(file=stream))


def _clock(seconds: float) -> str:
    """`h:mm:ss` for a duration.

    >>> _clock(3725.4)
    '1:02:05'
    """
    if seconds == float("inf"):
        return "?"
    whole = int(seconds)
    return f"{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"
