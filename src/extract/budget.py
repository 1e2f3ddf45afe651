"""What one article costs: work counted per stage, and an optional deadline.

A `WorkCounter` travels with one article through the pipeline
(`Extractor.__call__(..., counter=)`, then `Analysis.counter`). Every stage
reports the work it does with `counter.add(stage, n)`: the characters each
scan reads, the syllables or candidates each loop visits. Tests grow an
input 1x, 4x, 16x and check that the counts grow linearly, which wall time
on a shared machine cannot show reliably.

A counter made with a deadline also stops the article: `add` raises
`ArticleTimeout` once the deadline has passed, so any stage that counts its
work can be stopped there (the batch also arms a timer, see
`extract.batch.work`).

>>> counter = WorkCounter()
>>> counter.add("quantities", 120)
>>> counter.add("quantities", 30)
>>> counter.add("entities", 7)
>>> counter["quantities"], counter["facts"], counter.total
(150, 0, 157)
"""

from __future__ import annotations

import time

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
        seconds: the article's time budget from now; None or 0 for none.
    """

    def __init__(self, seconds: float | None = None) -> None:
        self.counts: dict[str, int] = {}
        self.seconds = seconds or None
        self.deadline = time.monotonic() + seconds if seconds else None

    def add(self, stage: str, n: int = 1) -> None:
        """Count `n` units of work in `stage`; past the deadline, stop the article.

        Raises:
            ArticleTimeout: the counter has a deadline and it has passed.
        """
        self.counts[stage] = self.counts.get(stage, 0) + n
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise ArticleTimeout(self.seconds, stage)

    def __getitem__(self, stage: str) -> int:
        return self.counts.get(stage, 0)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def __repr__(self) -> str:
        return f"WorkCounter({self.counts})"
