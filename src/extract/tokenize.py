"""Sentence and word segmentation: the only module that calls underthesea.

underthesea returns strings without offsets; this module aligns them back to
the text it was given, so every Token and Sentence carries `start`/`end` with
`text[start:end] == token.text`.

>>> [s.text for s in split_sentences("Năm 2024 xuất khẩu tăng. Nhập khẩu giảm.\\nẢnh: TTXVN")]
['Năm 2024 xuất khẩu tăng.', 'Nhập khẩu giảm.', 'Ảnh: TTXVN']
>>> [s.text for s in split_sentences("Tăng 27,9% so với quý I. Số thu đạt 342,5 tỷ đồng. Ông Nguyễn V. Anh nói.")]
['Tăng 27,9% so với quý I.', 'Số thu đạt 342,5 tỷ đồng.', 'Ông Nguyễn V. Anh nói.']
>>> [t.text for t in word_tokens("kim ngạch xuất khẩu đạt 1,82 tỷ USD")]
['kim ngạch', 'xuất khẩu', 'đạt', '1,82', 'tỷ', 'USD']

A sentence longer than MAX_SENTENCE_CHARS (a list that never ends, a line
without punctuation) is cut into pieces at a semicolon, a comma or a space,
never inside a mention the caller protects; each piece remembers the
sentence it was cut from (`Sentence.whole`), so the pipeline can warn.
"""

from __future__ import annotations

import importlib
import threading
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from types import ModuleType

import regex

from .budget import WorkCounter
from .text import fix_tone_placement

_PARAGRAPH = regex.compile(r"[^\n]+")
# underthesea keeps `quý I. Số thu` together: it takes `I.` for a name's
# initial (`Nguyễn V. Anh`). After a period word it is a Roman numeral.
_ROMAN_PERIOD_END = regex.compile(r"(?<=\b(?:quý|Quý|kỳ|giai đoạn)\s+(?:I|II|III|IV|V)\.)\s+(?=\p{Lu})")
_SPACES = regex.compile(r"\s*")
# How far past the expected place a syllable underthesea returned is looked
# for (it may drop or rewrite a few characters); a bounded look keeps
# alignment linear in the text.
_ALIGN_SLACK = 16

# Fact assembly reads one sentence at a time; the longest sentence in the
# corpora is 537 characters. A longer one is cut at the last `; `, `, ` or
# space in the second half of each stretch of this many characters.
MAX_SENTENCE_CHARS = 2000
_CUT_MARKS = ("; ", ", ", " ")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    """A sentence; `paragraph` counts the text's non-empty lines from 0.

    `whole` is set on the pieces of a sentence longer than
    MAX_SENTENCE_CHARS: the (start, end) of the sentence they were cut from.
    """

    text: str
    start: int
    end: int
    paragraph: int
    whole: tuple[int, int] | None = None


class LazyModule:
    """A module imported on first use, and warmed up, once even when threads
    ask for it at the same time (the others wait for the first).

    >>> lazy_json = LazyModule("json")
    >>> lazy_json.get().dumps(["Hà Nội"], ensure_ascii=False)
    '["Hà Nội"]'
    """

    def __init__(self, name: str, warm_up: Callable[[ModuleType], object] | None = None) -> None:
        self.name = name
        self.warm_up = warm_up
        self._module: ModuleType | None = None
        self._lock = threading.Lock()

    def get(self) -> ModuleType:
        module = self._module
        if module is None:
            with self._lock:
                if self._module is None:
                    loaded = importlib.import_module(self.name)
                    if self.warm_up is not None:
                        self.warm_up(loaded)
                    self._module = loaded
                module = self._module
        return module


def _load_underthesea_models(underthesea: ModuleType) -> None:
    # underthesea loads its own models on first call, lazily too: do it here,
    # under the lock, so that no two threads load them at once.
    underthesea.sent_tokenize("Xin chào.")
    underthesea.word_tokenize("Xin chào")


# Imported on first use: loading underthesea costs half a second, and
# processes that only evaluate or render never need it.
UNDERTHESEA = LazyModule("underthesea", warm_up=_load_underthesea_models)


def split_sentences(text: str, start: int = 0, counter: WorkCounter | None = None,
                    protected: Iterable[tuple[int, int]] = ()) -> list[Sentence]:
    """Split `text[start:]` into paragraphs (lines), then each into sentences
    (offsets and paragraph numbers still count from the start of `text`).

    Args:
        counter: counts the characters read (stage `sentences`).
        protected: spans (mentions) a long sentence must not be cut inside.

    >>> long = "Xuất khẩu sang " + ", ".join(f"thị trường số {n} đạt {n} triệu USD" for n in range(100))
    >>> pieces = split_sentences(long + ".")
    >>> len(long), [len(s.text) for s in pieces], pieces[0].text[-17:], pieces[1].whole
    (3493, [1989, 1504], 'đạt 56 triệu USD,', (0, 3494))
    """
    counter = counter if counter is not None else WorkCounter()
    covered = _Covered(protected)
    sentences: list[Sentence] = []
    for paragraph_index, line in enumerate(_PARAGRAPH.finditer(text)):
        if line.end() <= start:
            continue
        if line.start() < start:
            line = _PARAGRAPH.match(text, start)
            if line is None:
                continue
        counter.add("sentences", len(line.group(0)))
        if not line.group(0).strip():
            continue
        pieces = [part for piece in UNDERTHESEA.get().sent_tokenize(line.group(0))
                  for part in _ROMAN_PERIOD_END.split(piece)]
        for token in _align(line.group(0), pieces, line.start(), counter):
            sentence = Sentence(token.text, token.start, token.end, paragraph_index)
            sentences.extend(_cut_long(text, sentence, covered, counter))
    return sentences


class _Covered:
    """The union of some spans, to ask whether a position falls strictly inside one."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [start for start, _ in merged]
        self.ends = [end for _, end in merged]

    def start_around(self, position: int) -> int | None:
        """The start of the span `position` falls strictly inside, or None."""
        at = bisect_right(self.starts, position) - 1
        if at >= 0 and self.starts[at] < position < self.ends[at]:
            return self.starts[at]
        return None


def _cut_long(text: str, sentence: Sentence, covered: _Covered, counter: WorkCounter) -> list[Sentence]:
    """The sentence, or its pieces of at most MAX_SENTENCE_CHARS when it is longer."""
    if sentence.end - sentence.start <= MAX_SENTENCE_CHARS:
        return [sentence]
    pieces, start, whole = [], sentence.start, (sentence.start, sentence.end)
    while sentence.end - start > MAX_SENTENCE_CHARS:
        cut = _cut_point(text, start, start + MAX_SENTENCE_CHARS, covered)
        counter.add("sentences", MAX_SENTENCE_CHARS)
        end = len(text[start:cut].rstrip()) + start
        pieces.append(Sentence(text[start:end], start, end, sentence.paragraph, whole))
        start = _SPACES.match(text, cut).end()
    pieces.append(Sentence(text[start:sentence.end], start, sentence.end, sentence.paragraph, whole))
    return pieces


def _cut_point(text: str, start: int, limit: int, covered: _Covered) -> int:
    """Where to end a piece of `text[start:limit]`: after the last `;` or `,`,
    else at the last space, of the stretch's second half that is outside
    every protected span; else at `limit` itself (a text without spaces)."""
    half = start + (limit - start) // 2
    for mark in _CUT_MARKS:
        end = limit
        while (found := text.rfind(mark, half, end)) >= 0:
            cut = found + len(mark.rstrip())
            inside = covered.start_around(cut)
            if inside is None:
                return cut
            end = inside
    while limit > start + 1 and unicodedata.combining(text[limit]):
        limit -= 1  # never separate a letter from its marks
    return limit


def word_tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word-segment `text[start:end]`; tokens carry offsets into `text`."""
    end = len(text) if end is None else end
    chunk = text[start:end]
    if not chunk.strip():
        return []
    pieces = UNDERTHESEA.get().word_tokenize(chunk)
    # underthesea rewrites old tone placement (`thuỷ` -> `thủy`) in what it
    # returns; align against the same rewrite (it keeps the length), then
    # take each token's text from the chunk itself.
    aligned = _align(fix_tone_placement(chunk), pieces, start)
    tokens = [Token(text[t.start:t.end], t.start, t.end) for t in aligned]
    return _split_trailing_punctuation(tokens)


def _align(text: str, pieces: list[str], offset: int, counter: WorkCounter | None = None) -> list[Token]:
    """Find each piece in `text` in order: where it is written as is, else syllable by syllable."""
    counter = counter if counter is not None else WorkCounter()
    tokens: list[Token] = []
    cursor = 0
    for piece in pieces:
        syllables = piece.split()
        if not syllables:
            continue
        span = _written_as_is(text, piece, syllables, cursor, counter) \
            or _find_syllables(text, syllables, cursor, counter)
        if span is None:
            continue  # underthesea rewrote this piece; leave it out rather than guess
        first, position = span
        tokens.append(Token(text[first:position], offset + first, offset + position))
        cursor = position
    return tokens


def _written_as_is(text: str, piece: str, syllables: list[str], cursor: int,
                   counter: WorkCounter) -> tuple[int, int] | None:
    """The span of `piece` when the text holds it verbatim after the spaces
    from `cursor`, its words apart by spaces only (the common case): what
    `_find_syllables` finds then, in one comparison, and counted as it counts."""
    written = piece.strip()
    start = _SPACES.match(text, cursor).end()
    if not (written.isprintable() and text.startswith(written, start)):
        return None  # isprintable: no whitespace but plain spaces
    searched = start - cursor + len(syllables[0]) + len(written) + _ALIGN_SLACK * (len(syllables) + 1)
    counter.add("sentences", searched)
    return start, start + len(written)


def _find_syllables(text: str, syllables: list[str], cursor: int,
                    counter: WorkCounter) -> tuple[int, int] | None:
    """The span from the first syllable to the last one found in order near
    each other, or None when the first is not near `cursor`."""
    first = _find_near(text, syllables[0], cursor, counter)
    if first < 0:
        return None
    position = first
    for syllable in syllables:
        found = _find_near(text, syllable, position, counter)
        if found < 0:
            break
        position = found + len(syllable)
    return first, position


def _find_near(text: str, syllable: str, position: int, counter: WorkCounter) -> int:
    """Where `syllable` is written after the spaces from `position` (give or
    take _ALIGN_SLACK characters), or -1."""
    start = _SPACES.match(text, position).end()
    stop = start + len(syllable) + _ALIGN_SLACK
    counter.add("sentences", stop - position)
    return text.find(syllable, position, stop)


_TRAILING_PUNCT = regex.compile(r"^(?P<word>.*?\w)(?P<punct>[.,;:!?…]+)$")


def _split_trailing_punctuation(tokens: list[Token]) -> list[Token]:
    """underthesea sometimes glues a sentence's full stop to its last word
    (`tỷ USD.`); give the punctuation a token of its own."""
    out: list[Token] = []
    for token in tokens:
        match = _TRAILING_PUNCT.match(token.text)
        if match is None:
            out.append(token)
            continue
        cut = token.start + match.end("word")
        out.append(Token(match.group("word"), token.start, cut))
        out.append(Token(match.group("punct"), cut, token.end))
    return out
