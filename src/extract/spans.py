"""Sets of non-overlapping spans, for choosing mentions in near-linear time.

>>> taken = DisjointSpans()
>>> taken.claim(10, 20), taken.claim(15, 30), taken.claim(20, 25), taken.claim(0, 10)
(True, False, True, True)
"""

from __future__ import annotations

from bisect import bisect_left


class DisjointSpans:
    """Spans `[start, end)` that never overlap, kept sorted by start."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def is_free(self, start: int, end: int) -> bool:
        """Whether `[start, end)` overlaps no span taken so far."""
        at = bisect_left(self._starts, start)
        # Taken spans are disjoint: only the neighbours at `at` can overlap.
        overlaps_before = at > 0 and self._ends[at - 1] > start
        overlaps_after = at < len(self._starts) and self._starts[at] < end
        return not (overlaps_before or overlaps_after)

    def claim(self, start: int, end: int) -> bool:
        """Take `[start, end)` if it is free; whether it was."""
        if not self.is_free(start, end):
            return False
        at = bisect_left(self._starts, start)
        self._starts.insert(at, start)
        self._ends.insert(at, end)
        return True
