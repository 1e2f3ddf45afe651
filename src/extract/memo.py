"""Memo: the results of a pure function of one argument, kept by the object that owns it.

Recognizers read the same short strings again and again (a unit as written,
a numeral, a month count); each keeps a Memo of what it derived from them,
on itself rather than in module state. A Memo holds at most `limit` results
and starts over when full, so an article of millions of distinct numbers
cannot grow it without bound.

>>> lengths = Memo(len, limit=2)
>>> lengths("tỷ"), lengths("triệu"), lengths("tỷ"), len(lengths.results)
(2, 5, 2, 2)
>>> lengths("USD"), len(lengths.results)
(3, 1)
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Memo(Generic[K, V]):
    """`function` with its results remembered (the function must be pure)."""

    def __init__(self, function: Callable[[K], V], limit: int = 4096) -> None:
        self.function = function
        self.limit = limit
        self.results: dict[K, V] = {}

    def __call__(self, key: K) -> V:
        try:
            return self.results[key]
        except KeyError:
            pass
        if len(self.results) >= self.limit:
            self.results.clear()
        value = self.results[key] = self.function(key)
        return value
