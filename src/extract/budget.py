"""What one article costs: work counted per stage, and an optional deadline.

A `WorkCounter` travels with one article through the pipeline
(`Extractor.__call__(..., counter=)`, then `Analysis.counter`). Every stage
reports the work it does with `counter.add(stage, n)`: the characters each
scan reads, the syllables or candidates each loop visits. Tests grow an
input 1x, 4x, 16x and check that the counts grow linearly, which wall time
on a shared machine cannot show reliably.

A counter made with a time budget also stops the article: `add` raises
`ArticleTimeout` once the budget is spent, so any stage that counts its work
can be stopped there; `cpu_time_limit` arms a timer that stops the article
between any two Python steps, in stages that do not count too. Budgets are
CPU seconds of the process: a busy machine does not make an article late.

>>> counter = WorkCounter()
>>> counter.add("quantities", 120)
>>> counter.add("quantities", 30)
>>> counter.add("entities", 7)
>>> counter["quantities"], counter["facts"], counter.total
(150, 0, 157)
"""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from collections.abc import Iterator

# The stages of the pipeline, in order, as they name themselves in counts.
STAGES = ("normalize", "sentences", "periods", "quantities", "entities", "facts")


class ArticleTimeout(Exception):
    """An article ran past its time budget."""

    def __init__(self, seconds: float, stage: str | None = None) -> None:
        where = f" (in {stage})" if stage else ""
        super().__init__(f"over the time budget of {seconds:g} s per article{where}; "
                         "raise --article-timeout or split the article")
        self.seconds = seconds


class WorkCounter:
    """Units of work per stage for one article; optionally a time budget.

    Args:
        seconds: the article's budget in CPU seconds from now; None or 0 for none.
    """

    def __init__(self, seconds: float | None = None) -> None:
        self.counts: dict[str, int] = {}
        self.seconds = seconds or None
        self.deadline = time.process_time() + seconds if seconds else None

    def add(self, stage: str, n: int = 1) -> None:
        """Count `n` units of work in `stage`; past the deadline, stop the article.

        Raises:
            ArticleTimeout: the counter has a time budget and it is spent.
        """
        self.counts[stage] = self.counts.get(stage, 0) + n
        if self.deadline is not None and time.process_time() > self.deadline:
            raise ArticleTimeout(self.seconds, stage)

    def __getitem__(self, stage: str) -> int:
        return self.counts.get(stage, 0)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def __repr__(self) -> str:
        return f"WorkCounter({self.counts})"


@contextlib.contextmanager
def cpu_time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ArticleTimeout in the code inside once it has used `seconds` of
    CPU time, between any two Python steps (a C call runs to its end: the
    pipeline keeps each one bounded by a sentence). Only where a signal can
    be received, the main thread of a POSIX process; elsewhere the counter's
    own checks stop the article.

    >>> with cpu_time_limit(0.05):
    ...     while True:
    ...         pass
    Traceback (most recent call last):
    ...
    extract.budget.ArticleTimeout: over the time budget of 0.05 s per article; raise --article-timeout or split the article
    """
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise ArticleTimeout(seconds)

    previous = signal.signal(signal.SIGPROF, expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
