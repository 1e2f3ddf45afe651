"""Syllables with offsets, and where a capitalized name ends.

Vietnamese names are runs of capitalized syllables (`Bình Dương`), but names
of organizations also hold lower-case syllables of compound words (`Hiệp hội
Dệt may Thanh Hóa`, `Bộ Ngoại giao`). A run takes a lower-case syllable when
it completes a word of underthesea's word-segmentation dictionary with the
capitalized syllable before it, or when it bridges two capitalized words;
this finds the boundaries without running the word segmenter.

>>> text = "Ông Trịnh Xuân Lâm, Chủ tịch Hiệp hội Dệt may Thanh Hóa, cho biết"
>>> syllables = Syllables.of(text)
>>> runs = NameRuns(syllables, frozenset({"dệt may"}), frozenset({"cho"}))
>>> start = syllables.index_at(text.index("Dệt"))
>>> text[syllables[start].start:syllables[runs.extend(start, bridge=True) - 1].end]
'Dệt may Thanh Hóa'
"""

from __future__ import annotations

import importlib.util
import pickle
from bisect import bisect_left
from collections.abc import Container
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import accumulate, compress, repeat
from pathlib import Path
from typing import NamedTuple

import regex

# `KH&ĐT`, `R&D` are one word.
_SYLLABLE = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:&[\p{L}\p{M}\p{N}]+)*")
_SYLLABLE_SPLIT = regex.compile(f"({_SYLLABLE.pattern})")  # the text: gap, syllable, gap, ..., gap
_ROMAN = regex.compile(r"^(?:I{1,3}|IV|V|VI{1,3}|IX|X)$")
_DASHES = (" - ", " – ", "-", "–")
_SENTENCE_START = regex.compile(r"(?:^|[.!?:\n“\"(]\s*)$")


class Syllable(NamedTuple):
    # A named tuple: an article has tens of thousands, and a frozen
    # dataclass takes several times longer to create.
    text: str
    start: int
    end: int

    @property
    def is_cap(self) -> bool:
        return self.text[0].isupper()

    @property
    def is_upper(self) -> bool:
        """An acronym or all-caps word (`UBND`, `TNHH`, `EU`)."""
        return len(self.text) > 1 and self.text.isupper()

    @property
    def is_number(self) -> bool:
        return self.text.isdigit() or bool(_ROMAN.match(self.text))


class Syllables(tuple):
    """The syllables (letter/digit runs) of a text, in order: a tuple of
    Syllable (indexing it is the hottest step of entity recognition), with
    the `text` and its `gaps` (`gaps[i]` is the text before syllable i; the
    last, the text after the last syllable)."""

    text: str
    gaps: tuple[str, ...]
    texts: list[str]  # each syllable's text
    starts: list[int]  # each syllable's start

    @classmethod
    def of(cls, text: str) -> Syllables:
        # One split and sums of lengths, all in C: an article has tens of thousands of syllables.
        parts = _SYLLABLE_SPLIT.split(text)
        offsets = list(accumulate(map(len, parts), initial=0))
        syllables = super().__new__(cls, map(tuple.__new__, repeat(Syllable),
                                             zip(parts[1::2], offsets[1::2], offsets[2::2])))
        syllables.text, syllables.gaps = text, tuple(parts[0::2])
        syllables.texts, syllables.starts = parts[1::2], offsets[1::2]
        return syllables

    def indexes_of(self, words: Container[str], lower: bool = False) -> list[int]:
        """The indexes of the syllables written as one of `words` (lower-cased
        first with `lower`), in order: generators visit only those."""
        texts = self._lower_texts if lower else self.texts
        return list(compress(range(len(texts)), map(words.__contains__, texts)))

    @cached_property
    def _lower_texts(self) -> list[str]:
        return list(map(str.lower, self.texts))

    def index_at(self, offset: int) -> int:
        """Index of the first syllable starting at or after `offset`."""
        return bisect_left(self.starts, offset)

    def gap(self, index: int) -> str | None:
        """The text between syllable `index - 1` and `index` (None at the edges)."""
        if index <= 0 or index >= len(self):
            return None
        return self.gaps[index]

    def adjacent(self, index: int) -> bool:
        """Syllable `index` follows the one before it after a single space."""
        return self.gap(index) == " "

    def starts_sentence(self, index: int) -> bool:
        """The syllable opens a sentence, a line or a quotation."""
        return bool(_SENTENCE_START.search(self.text[max(0, self[index].start - 3):self[index].start]))

    def span(self, first: int, stop: int) -> tuple[int, int]:
        """Character offsets of syllables first..stop-1."""
        return self[first].start, self[stop - 1].end

    def words_before(self, index: int, count: int) -> str:
        """The (up to) `count` syllables before `index`, as written, lower-cased."""
        first = max(0, index - count)
        if first >= index:
            return ""
        return self.text[self[first].start:self[index - 1].end].lower()


@lru_cache(maxsize=1)
def compound_words() -> frozenset[str]:
    """Multi-syllable words of underthesea's word-segmentation dictionary.

    Read from the data file the package ships, so the word segmenter itself
    is never loaded.
    """
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    models = Path(spec.submodule_search_locations[0]) / "pipeline" / "word_tokenize" / "models"
    for path in sorted(models.glob("*/dictionary.bin"), reverse=True):
        with open(path, "rb") as handle:
            words = pickle.load(handle)  # a set of str shipped by the installed package
        return frozenset(word for word in words if " " in word)
    return frozenset()


@dataclass(frozen=True)
class NameRuns:
    """Find where a name that starts at a capitalized syllable ends."""

    syllables: Syllables
    compounds: frozenset[str]
    stop_words: frozenset[str]
    # `và` joins the words of one name (`Chế biến và Xuất khẩu`) unless a new
    # name starts after it (`Sở Công Thương và Sở Tài chính`).
    name_starts: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def extend(self, first: int, bridge: bool = False, numbers: bool = False,
               hyphens: bool = False, max_len: int = 12) -> int:
        """Index after the last syllable of the name starting at `first`.

        Args:
            bridge: take lower-case compounds and single lower-case words
                between capitalized ones (names of organizations).
            numbers: let one trailing number end the name (`Bá Thiện 2`).
            hyphens: join capitalized runs around ` - ` (`Lương Điền - Cẩm Điền`).
        """
        items, stop = self.syllables, first + 1
        while stop < len(items) and stop - first < max_len:
            step = self._step(stop, bridge, numbers, hyphens)
            if step == 0:
                break
            stop += step
            if numbers and items[stop - 1].is_number and not items[stop - 1].is_cap:
                break
        return stop

    def _step(self, index: int, bridge: bool, numbers: bool, hyphens: bool) -> int:
        items = self.syllables
        current = items[index]
        gap = items.gap(index)
        if gap in _DASHES and hyphens and current.is_cap:
            # `Báo Quảng Bình - Theo Cục Thống kê`: a function word opens a new sentence.
            return 0 if current.text.lower() in self.stop_words else 1
        if gap != " ":
            return 0
        if current.is_cap or current.is_upper:
            return 1
        if numbers and current.is_number:
            return 1
        if bridge:
            return self._lower_step(index)
        return 0

    def _word_goes_on(self, last: int) -> bool:
        """`Việt Nam sử dụng`: the syllable rather opens a word with the next one
        (unless that one opens a word of its own: `Ngoại giao hỗ trợ`)."""
        return self._pair_is_word(last) and not self._pair_is_word(last + 1)

    def _pair_is_word(self, first: int) -> bool:
        items, following = self.syllables, first + 1
        if following >= len(items) or not items.adjacent(following) or items[following].is_cap:
            return False
        return f"{items[first].text} {items[following].text}".lower() in self.compounds

    def _name_starts_at(self, index: int) -> bool:
        start = self.syllables[index].start
        heads = self.name_starts.get(self.syllables[index].text, ())
        return any(self.syllables.text.startswith(head, start) for head in heads)

    def _lower_step(self, index: int) -> int:
        """How many lower-case syllables from `index` belong to the name."""
        items = self.syllables
        previous = items[index - 1]
        if previous.is_cap:
            for length in (3, 2, 1):
                last = index + length - 1
                if last < len(items) and all(items.adjacent(k) for k in range(index, last + 1)):
                    phrase = " ".join(items.texts[index - 1:last + 1]).lower()
                    lower = not any(items[k].is_cap for k in range(index, last + 1))
                    if lower and phrase in self.compounds and not self._word_goes_on(last):
                        return length
        word = items[index].text
        following = index + 1
        if word in self.stop_words or following >= len(items):
            return 0
        after = items[following]
        if not ((items.adjacent(following) or items.gap(following) in _DASHES) and after.is_cap):
            return 0
        if word == "và" and self._name_starts_at(following):
            return 0
        return 1
