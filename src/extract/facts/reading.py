"""One sentence being read: its chunks, the roles of its quantities, the
drafts made so far, and the article and discourse around it. The attachment
and slot readers all take a `SentenceReading`.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from ..budget import WorkCounter
from ..schema import Quantity
from .chunks import GAP, QTY, Chunk, ChunkedSentence
from .discourse import Discourse
from .document import ArticleView, SentenceInfo
from .drafts import Draft
from .grammar import FactGrammar
from .phrases import PhraseCleaner
from .roles import Role

VALUE_ROLES = ("value", "target", "base", "paren_value")


@dataclass
class SentenceReading:
    view: ArticleView
    grammar: FactGrammar
    info: SentenceInfo
    sentence: ChunkedSentence
    roles: dict[int, Role]
    discourse: Discourse
    cleaner: PhraseCleaner
    drafts: list[Draft] = field(default_factory=list)
    # unit class (None: any) -> sorted indexes of the value figures of that class
    _value_indexes: dict[str | None, list[int]] = field(default_factory=dict, init=False, repr=False)
    # what the readers know of one chunk whatever the figure: (question, chunk index) -> answer
    memo: dict[tuple[str, int], object] = field(default_factory=dict, init=False, repr=False)

    @property
    def chunks(self) -> list[Chunk]:
        return self.sentence.chunks

    @property
    def counter(self) -> WorkCounter:
        return self.view.analysis.counter

    @property
    def text(self) -> str:
        return self.view.text

    def quantity(self, index: int) -> Quantity:
        return self.chunks[index].payload

    def unit_class(self, index: int) -> str:
        return self.grammar.unit_class(self.quantity(index).unit)

    def role(self, index: int) -> str | None:
        found = self.roles.get(index)
        return found.role if found else None

    def same_item(self, a: int, b: int) -> bool:
        return self.sentence.items[a] == self.sentence.items[b]

    def same_segment(self, a: int, b: int) -> bool:
        return self.sentence.segments[a] == self.sentence.segments[b]

    def previous(self, index: int, gap_words: int = 1) -> int | None:
        """The chunk before `index`, stepping over one gap of at most `gap_words` words."""
        before = index - 1
        if before >= 0 and self.chunks[before].kind == GAP and self.chunks[before].words <= gap_words:
            before -= 1
        return before if before >= 0 else None

    def next(self, index: int, gap_words: int = 1) -> int | None:
        after = index + 1
        if after < len(self.chunks) and self.chunks[after].kind == GAP and self.chunks[after].words <= gap_words:
            after += 1
        return after if after < len(self.chunks) else None

    def window(self, decision: str, index: int) -> tuple[int, int]:
        """The chunk indexes `[lo, hi)` a decision about the figure at `index` weighs
        candidates in (its `window` in rules/attachment.yaml)."""
        width = self.grammar.weights(decision).window
        if width is None:
            return 0, len(self.chunks)
        return max(0, index - width), min(len(self.chunks), index + width + 1)

    def tagged_between(self, a: int, b: int, tag: str) -> list[int]:
        lo, hi = sorted((a, b))
        return self.sentence.tagged(tag, lo + 1, hi)

    def values_between(self, a: int, b: int, unit_class: str | None = None) -> int:
        """How many value figures (of `unit_class`, if given) lie strictly between chunks a and b."""
        lo, hi = sorted((a, b))
        indexes = self._values_of(unit_class)
        return max(0, bisect_left(indexes, hi) - bisect_left(indexes, lo + 1))

    def _values_of(self, unit_class: str | None) -> list[int]:
        # Roles are fixed before a sentence is read, so the lists are made once.
        if unit_class not in self._value_indexes:
            self._value_indexes[unit_class] = [
                i for i in self.sentence.indexes(QTY) if self.role(i) in VALUE_ROLES
                and (unit_class is None or self.unit_class(i) == unit_class)]
        return self._value_indexes[unit_class]

    def item_boundaries(self, a: int, b: int) -> int:
        return abs(self.sentence.items[a] - self.sentence.items[b])

    def value_drafts(self) -> list[Draft]:
        return [d for d in self.drafts if d.value is not None and d.role in VALUE_ROLES]

    def item_start(self, index: int) -> int:
        return self.sentence.item_range(index)[0]
