"""Patterns over a sentence's chunks, matched around one chunk (the focus).

A pattern is a list of elements, one of them the focus. An element tests one
chunk: its tags (`tag`: any of them; `all`: every one; `not`: none), its
kind, and for a gap of plain words its length; `op` repeats it as in a
regular expression (`?`, `*`, `+`, at most `max` times). Elements before the
focus are matched leftwards from it, those after it rightwards, greedily with
backtracking. Nothing here knows a language: the patterns are data
(rules/fact_patterns.yaml), in the manner of spaCy's token Matcher.

>>> from extract.facts.chunks import Chunk
>>> chunks = [Chunk("WORD", 0, 3, "đạt", frozenset({"reach"})),
...           Chunk("QTY", 4, 7, "82%", frozenset({"qty", "percent"})),
...           Chunk("WORD", 8, 16, "kế hoạch", frozenset({"plan"}))]
>>> pattern = ChunkPattern.of([{"tag": "reach"}, {"tag": "percent", "focus": True}, {"tag": "plan"}])
>>> pattern.match(chunks, 1)
{}
>>> pattern.match(chunks, 0) is None
True
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .chunks import Chunk

Op = Literal["1", "?", "*", "+"]


class Element(BaseModel):
    """One position of a pattern."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)

    tag: tuple[str, ...] = ()      # the chunk has any of these tags
    all: tuple[str, ...] = ()      # ... and all of these
    not_: tuple[str, ...] = Field(default=(), alias="not")  # ... and none of these
    kind: tuple[str, ...] = ()     # QTY, PERIOD, PLACE, PARTNER, NAME, WORD, GAP
    max_words: int | None = None   # a gap of at most this many words
    op: Op = "1"
    max: int = 12                  # repetitions of `*` and `+`
    focus: bool = False
    bind: str | None = None        # name under which the matched chunks are returned

    @field_validator("tag", "all", "not_", "kind", mode="before")
    @classmethod
    def _listed(cls, value: Any) -> Any:
        return (value,) if isinstance(value, str) else value

    @model_validator(mode="after")
    def _focus_once(self) -> Element:
        if self.focus and self.op != "1":
            raise ValueError("the focus element matches exactly one chunk (op '1')")
        return self

    def accepts(self, chunk: Chunk) -> bool:
        return self.test.accepts(chunk)

    @cached_property
    def test(self) -> ChunkTest:
        return ChunkTest(frozenset(self.kind), frozenset(self.tag), frozenset(self.all), frozenset(self.not_),
                         self.max_words)

    def repeats(self) -> tuple[int, int]:
        return {"1": (1, 1), "?": (0, 1), "*": (0, self.max), "+": (1, self.max)}[self.op]


@dataclass(frozen=True, slots=True)
class ChunkTest:
    """An element's test on one chunk, as sets: checked for every chunk a pattern meets."""

    kinds: frozenset[str]
    any_tags: frozenset[str]
    all_tags: frozenset[str]
    no_tags: frozenset[str]
    max_words: int | None

    def accepts(self, chunk: Chunk) -> bool:
        tags = chunk.tags
        return (not self.kinds or chunk.kind in self.kinds) \
            and (not self.any_tags or not self.any_tags.isdisjoint(tags)) \
            and self.all_tags <= tags and self.no_tags.isdisjoint(tags) \
            and (self.max_words is None or chunk.words <= self.max_words)


class ChunkPattern:
    """A compiled pattern: the elements before the focus (nearest first), the
    focus, and the elements after it."""

    def __init__(self, elements: Sequence[Element]) -> None:
        focus = [i for i, e in enumerate(elements) if e.focus]
        if len(focus) != 1:
            raise ValueError(f"a pattern needs exactly one focus element, found {len(focus)}")
        at = focus[0]
        self.elements = tuple(elements)
        self.focus = elements[at].test
        self.focus_bind = elements[at].bind
        self.left = tuple(_Step(e) for e in reversed(elements[:at]))
        self.right = tuple(_Step(e) for e in elements[at + 1:])

    @classmethod
    def of(cls, raw: Sequence[dict]) -> ChunkPattern:
        return cls([Element.model_validate(e) for e in raw])

    def match(self, chunks: Sequence[Chunk], at: int) -> dict[str, list[int]] | None:
        """The bindings when the pattern matches with its focus on `chunks[at]`, else None."""
        if not self.focus.accepts(chunks[at]):
            return None
        return self.match_around(chunks, at)

    def match_around(self, chunks: Sequence[Chunk], at: int) -> dict[str, list[int]] | None:
        """`match` for a focus chunk already known to pass the focus test."""
        bindings: dict[str, list[int]] = {}
        if self.focus_bind:
            bindings[self.focus_bind] = [at]
        if not _match(self.left, chunks, at - 1, -1, bindings):
            return None
        if not _match(self.right, chunks, at + 1, 1, bindings):
            return None
        return bindings


@dataclass(frozen=True)
class _Step:
    """One non-focus element, ready to match: its test, repetitions and binding."""

    test: ChunkTest
    low: int
    high: int
    bind: str | None

    def __init__(self, element: Element) -> None:
        low, high = element.repeats()
        object.__setattr__(self, "test", element.test)
        object.__setattr__(self, "low", low)
        object.__setattr__(self, "high", high)
        object.__setattr__(self, "bind", element.bind)


def _match(steps: Sequence[_Step], chunks: Sequence[Chunk], position: int, step: int,
           bindings: dict[str, list[int]]) -> bool:
    """Match `steps` from `position` walking by `step`; greedy, backtracking."""
    if not steps:
        return True
    element, rest = steps[0], steps[1:]
    taken = []
    while len(taken) < element.high and 0 <= position + step * len(taken) < len(chunks) \
            and element.test.accepts(chunks[position + step * len(taken)]):
        taken.append(position + step * len(taken))
    for count in range(len(taken), element.low - 1, -1):
        if _match(rest, chunks, position + step * count, step, bindings):
            if element.bind and count:
                bindings.setdefault(element.bind, []).extend(sorted(taken[:count]))
            return True
    return False
