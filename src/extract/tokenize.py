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
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
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


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    """A sentence; `paragraph` counts the text's non-empty lines from 0."""

    text: str
    start: int
    end: int
    paragraph: int


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


def split_sentences(text: str, start: int = 0, counter: WorkCounter | None = None) -> list[Sentence]:
    """Split `text[start:]` into paragraphs (lines), then each into sentences
    (offsets and paragraph numbers still count from the start of `text`);
    `counter` counts the characters read (stage `sentences`)."""
    counter = counter if counter is not None else WorkCounter()
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
            sentences.append(Sentence(token.text, token.start, token.end, paragraph_index))
    return sentences


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
    """Find each piece in `text` in order, syllable by syllable."""
    counter = counter if counter is not None else WorkCounter()
    tokens: list[Token] = []
    cursor = 0
    for piece in pieces:
        syllables = piece.split()
        if not syllables:
            continue
        first = _find_near(text, syllables[0], cursor, counter)
        if first < 0:
            continue  # underthesea rewrote this piece; leave it out rather than guess
        position = first
        for syllable in syllables:
            found = _find_near(text, syllable, position, counter)
            if found < 0:
                break
            position = found + len(syllable)
        tokens.append(Token(text[first:position], offset + first, offset + position))
        cursor = position
    return tokens


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
