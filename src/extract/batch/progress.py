"""Progress of `extract run`: a rich bar on a terminal, plain lines elsewhere.

Progress is measured in bytes of input, with the articles counted beside:
a run of one 5 MB article shows `0.0/5.0 MB` and its elapsed time while it
works, not `0/1 articles, 0.0 articles/s`.
"""

from __future__ import annotations

import sys
import threading
import time
from dataclasses import dataclass
from typing import TextIO

_PLAIN_EVERY_SECONDS = 10.0
_MB = 1_000_000


@dataclass(frozen=True)
class Size:
    """How much input a run has: articles and bytes (None when unknown: stdin)."""

    articles: int | None
    bytes: int | None


class Progress:
    """Counts articles and bytes as they finish; shows the rate and the time left.

    On a terminal: a rich progress bar over the bytes with MB/s, articles
    and ETA. Otherwise (a log file, a pipe, a CI job): one plain line every
    `every` seconds. Both run on a thread of their own, so they go on while
    one long article keeps the run busy.
    """

    def __init__(self, total: Size, stream: TextIO | None = None, enabled: bool = True,
                 every: float = _PLAIN_EVERY_SECONDS) -> None:
        self.stream = stream or sys.stderr
        self.total = total
        self.enabled = enabled
        self.every = every
        self.done = 0
        self.done_bytes = 0
        self.started = time.monotonic()
        self._bar = None
        self._stopped = threading.Event()
        self._lines: threading.Thread | None = None

    def __enter__(self) -> Progress:
        if self.enabled and self.stream.isatty():
            self._bar = rich_bar(self.stream)
            self._bar.start()
            self._task = self._bar.add_task("extract", total=self.total.bytes, articles=self._articles())
        elif self.enabled:
            self._lines = threading.Thread(target=self._print_lines, name="extract-progress", daemon=True)
            self._lines.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop()

    def restart(self) -> None:
        """Count time from now (after set-up such as checking finished work)."""
        self.started = time.monotonic()
        if self._bar is not None:
            self._bar.reset(self._task, total=self.total.bytes, completed=self.done_bytes)

    def stop(self) -> None:
        """Take the bar off the terminal (or end the plain lines) before the closing lines."""
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
        self._stopped.set()
        if self._lines is not None:
            self._lines.join()
            self._lines = None

    def advance(self, articles: int, size: int) -> None:
        """`articles` more finished, holding `size` bytes of input."""
        self.done += articles
        self.done_bytes += size
        if self._bar is not None:
            self._bar.update(self._task, advance=size, articles=self._articles())

    def _print_lines(self) -> None:
        while not self._stopped.wait(self.every):
            print(self.line(time.monotonic()), file=self.stream, flush=True)

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def line(self, now: float) -> str:
        """One plain progress line: bytes done of the total, articles, rate, ETA.

        >>> progress = Progress(Size(articles=1, bytes=5_000_000))
        >>> progress.line(progress.started + 40)
        '0.0/5.0 MB (0%), 0/1 articles, 0.00 MB/s, 0:00:40 elapsed, ETA ?'
        """
        elapsed = max(now - self.started, 1e-9)
        rate = self.done_bytes / elapsed
        done = f"{self.done_bytes / _MB:.1f}"
        if not self.total.bytes:
            return f"{done} MB, {self._articles()}, {rate / _MB:.2f} MB/s, {_clock(elapsed)} elapsed"
        left = (self.total.bytes - self.done_bytes) / rate if rate else float("inf")
        return (f"{done}/{self.total.bytes / _MB:.1f} MB ({100 * self.done_bytes / self.total.bytes:.0f}%), "
                f"{self._articles()}, {rate / _MB:.2f} MB/s, {_clock(elapsed)} elapsed, ETA {_clock(left)}")

    def _articles(self) -> str:
        total = f"/{self.total.articles}" if self.total.articles is not None else ""
        return f"{self.done}{total} articles"


def rich_bar(stream: TextIO):
    """The terminal bar: bytes done of the total, MB/s, articles, elapsed time, ETA."""
    from rich.console import Console
    from rich.progress import (BarColumn, DownloadColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn,
                               TransferSpeedColumn)
    from rich.progress import Progress as RichProgress

    return RichProgress(
        TextColumn("[bold]extract"), BarColumn(), DownloadColumn(), TransferSpeedColumn(),
        TextColumn("{task.fields[articles]}"), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
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
