"""Sets of non-overlapping spans, for choosing mentions in linear time.

>>> taken = DisjointSpans()
>>> taken.claim(10, 20), taken.claim(15, 30), taken.claim(20, 25), taken.claim(0, 10)
(True, False, True, True)
"""

from __future__ import annotations

_TAKEN = 1


class DisjointSpans:
    """Non-empty spans `[start, end)` that never overlap.

    Each character a span covers is marked, in a byte array that covers the
    stretch claimed so far (a sentence, an article), so a claim costs the
    span's length whatever the number of spans taken before: a sorted list of
    spans costs a shift of the list per insert, quadratic on a long article.
    """

    def __init__(self) -> None:
        self._marks = bytearray()
        self._base = 0  # the offset `_marks[0]` stands for

    def is_free(self, start: int, end: int) -> bool:
        """Whether `[start, end)` overlaps no span taken so far."""
        low, high = max(start - self._base, 0), min(end - self._base, len(self._marks))
        return low >= high or self._marks.find(_TAKEN, low, high) < 0

    def claim(self, start: int, end: int) -> bool:
        """Take `[start, end)` if it is free; whether it was."""
        if not self.is_free(start, end):
            return False
        self._cover(start, end)
        self._marks[start - self._base:end - self._base] = bytes([_TAKEN]) * (end - start)
        return True

    def _cover(self, start: int, end: int) -> None:
        """Grow the marks to cover `[start, end)`, at least doubling (amortized linear)."""
        if not self._marks:
            self._base = start
        if start < self._base:
            grow = max(self._base - start, len(self._marks))
            self._marks[:0] = bytes(grow)
            self._base -= grow
        if end > self._base + len(self._marks):
            self._marks.extend(bytes(max(end - self._base - len(self._marks), len(self._marks))))
