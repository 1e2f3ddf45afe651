"""A sentence as typed chunks: what every decision of fact assembly reads.

The recognizers' mentions become chunks of their kind (`QTY`, `PERIOD`,
`PLACE`, `PARTNER`, `NAME`); the phrases of rules/fact_words.yaml and the
metric triggers of rules/frames.yaml become `WORD` chunks carrying their
tags; what is left between them becomes `GAP` chunks of plain words (the
noun phrases a product or sector is read from). Boundary tags cut the
sentence into items (`;`, `trong khi`...) and items into segments (`,`).
A sentence is chunked once, and every decision reads the same chunks.

>>> Chunk("WORD", 0, 3, "đạt", frozenset({"reach", "status", "status=actual"})).value("status")
'actual'
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

from .lexicon import tag_values

QTY, PERIOD, PLACE, PARTNER, NAME, WORD, GAP = "QTY", "PERIOD", "PLACE", "PARTNER", "NAME", "WORD", "GAP"
ITEM_BOUNDARY = "boundary=item"
SEGMENT_BOUNDARY = "boundary=segment"


@dataclass(frozen=True, slots=True)
class Chunk:
    """One typed piece of a sentence, offsets into the analysis text."""

    kind: str
    start: int
    end: int
    text: str
    tags: frozenset[str]
    payload: Any = None     # the Quantity, PeriodMention, Entity or Frame behind the chunk
    norm: str | None = None  # a place's province (or Việt Nam), a partner's code or name
    words: int = 0          # a gap's number of words
    values: dict[str, str] = field(init=False, repr=False, compare=False)  # kind -> value of its `kind=value` tags

    def __post_init__(self) -> None:
        object.__setattr__(self, "values", tag_values(self.tags))

    def has(self, tag: str) -> bool:
        return tag in self.tags

    def value(self, kind: str) -> str | None:
        return self.values.get(kind)


@dataclass
class ChunkedSentence:
    """A sentence's chunks with the item and segment each one belongs to."""

    chunks: list[Chunk]
    items: list[int] = field(default_factory=list)
    segments: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        item = segment = 0
        for chunk in self.chunks:
            if chunk.has(ITEM_BOUNDARY):
                item, segment = item + 1, segment + 1
            elif chunk.has(SEGMENT_BOUNDARY):
                segment += 1
            self.items.append(item)
            self.segments.append(segment)
        self._starts = [c.start for c in self.chunks]
        self._by_tag: dict[str, list[int]] = {}
        self._by_kind: dict[str, list[int]] = {}
        for i, chunk in enumerate(self.chunks):
            self._by_kind.setdefault(chunk.kind, []).append(i)
            for tag in chunk.tags:
                self._by_tag.setdefault(tag, []).append(i)

    def __len__(self) -> int:
        return len(self.chunks)

    def indexes(self, *kinds: str, tag: str | None = None) -> list[int]:
        """Indexes of the chunks of these kinds (any kind if none given) with `tag`."""
        if tag is None:
            if not kinds:
                return list(range(len(self.chunks)))
            return sorted(i for kind in kinds for i in self._by_kind.get(kind, ()))
        return [i for i in self._by_tag.get(tag, []) if not kinds or self.chunks[i].kind in kinds]

    def tagged(self, tag: str, lo: int = 0, hi: int | None = None) -> list[int]:
        """Indexes in `[lo, hi)` of the chunks carrying `tag` (by bisection in a per-tag index)."""
        found = self._by_tag.get(tag)
        if not found:
            return []
        hi = len(self.chunks) if hi is None else hi
        return found[bisect_left(found, lo):bisect_left(found, hi)]

    def last(self, tag: str, before: int, lo: int = 0) -> int | None:
        """The last index in `[lo, before)` of a chunk carrying `tag`, if any."""
        found = self._by_tag.get(tag)
        if not found:
            return None
        at = bisect_left(found, before) - 1
        return found[at] if at >= 0 and found[at] >= lo else None

    def item_range(self, index: int) -> tuple[int, int]:
        """The chunk indexes `[lo, hi)` of the item holding chunk `index`."""
        return self._run(self.items, index)

    def segment_range(self, index: int) -> tuple[int, int]:
        return self._run(self.segments, index)

    def _run(self, groups: list[int], index: int) -> tuple[int, int]:
        group = groups[index]
        return bisect_left(groups, group), bisect_right(groups, group)

    def at(self, position: int) -> int | None:
        """The index of the chunk covering text `position`."""
        i = bisect_right(self._starts, position) - 1
        return i if i >= 0 and position < self.chunks[i].end else None

    def between(self, a: int, b: int) -> range:
        """The indexes strictly between chunks `a` and `b` (in either order)."""
        lo, hi = sorted((a, b))
        return range(lo + 1, hi)
