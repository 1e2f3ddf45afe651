"""What every recognizer reads: the article, normalized, split into sentences.

Recognizers work on `Analysis.text` (the normalized text) and report spans in
it; the pipeline maps them back to the original text at the end.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

import regex

from .budget import WorkCounter
from .schema import Span
from .text import NormalizedText, normalize
from .tokenize import Sentence, Token, split_sentences, word_tokens

# Header lines (spec "Article header"): `date YYYY-MM-DD`, which may carry the
# headline after it on its line, and `location <province>`, which fills its line.
_HEADER_LINE = regex.compile(
    r"\ufeff?[ \t]*(?:date[ \t]+(?P<date>\d{4}-\d{2}-\d{2})(?P<inline>[ \t]+(?=\S))?"
    r"|location[ \t]+(?P<location>[^\n]*[^\s]))[ \t]*(?:\n|\Z)?")


@dataclass(frozen=True)
class Header:
    """What the header lines of an article say, and where its body starts."""

    body_start: int = 0
    date: dt.date | None = None
    location: str | None = None  # the name as written


def parse_header(text: str) -> Header:
    """The `date` and `location` header lines at the top of `text`.

    >>> parse_header(" date 2025-11-01 Bằng việc đẩy mạnh sản xuất xanh")
    Header(body_start=17, date=datetime.date(2025, 11, 1), location=None)
    >>> parse_header("date 2024-07-05\\nlocation Long An\\nXuất khẩu tăng").location
    'Long An'
    """
    position, date, location = 0, None, None
    while (match := _HEADER_LINE.match(text, position)) and match.end() > position:
        if match.group("date"):
            date = _date(match.group("date"))
        else:
            location = match.group("location")
        position = match.end()
        if match.group("inline"):
            break
    return Header(position, date, location)


_ISO_DATE = regex.compile(r"\d{4}-\d{2}-\d{2}")


def parse_iso_date(value: str) -> dt.date:
    """An article date given as `YYYY-MM-DD` (an option, a JSON Lines field).

    Raises ValueError saying what is wrong with `value`.

    >>> parse_iso_date("2025-11-01")
    datetime.date(2025, 11, 1)
    >>> parse_iso_date("01/11/2025")
    Traceback (most recent call last):
    ...
    ValueError: '01/11/2025' is not a date YYYY-MM-DD
    >>> parse_iso_date("2025-13-01")
    Traceback (most recent call last):
    ...
    ValueError: '2025-13-01' is not a date YYYY-MM-DD: month must be in 1..12
    """
    if not _ISO_DATE.fullmatch(value):
        raise ValueError(f"{value!r} is not a date YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value)
    except ValueError as error:
        raise ValueError(f"{value!r} is not a date YYYY-MM-DD: {error}") from None


def parse_date_line(text: str) -> dt.date | None:
    """The date of a leading `date YYYY-MM-DD` line, if the text has one.

    >>> parse_date_line(" date 2025-11-01 Bằng việc đẩy mạnh sản xuất xanh")
    datetime.date(2025, 11, 1)
    """
    return parse_header(text).date


def _date(iso: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso)
    except ValueError:
        return None


@dataclass
class Analysis:
    """One article on its way through the pipeline; `counter` counts the work
    each stage does on it (see `extract.budget`)."""

    doc_id: str
    normalized: NormalizedText
    date: dt.date | None = None
    location: str | None = None  # the place an article naming none reports for (canonical)
    body_start: int = 0  # header lines end here: no mention, no sentence before it
    counter: WorkCounter = field(default_factory=WorkCounter, repr=False)
    # Mention spans a cut of an over-long sentence must not fall inside (see `protect`).
    _protected: list[tuple[int, int]] = field(default_factory=list, repr=False)
    _words: dict[tuple[int, int], list[Token]] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, text: str, doc_id: str, date: dt.date | None = None,
           location: str | None = None, counter: WorkCounter | None = None) -> Analysis:
        """Analyse `text`; its own header lines win over the `date` and
        `location` passed in (the header's location still needs its canonical
        name: see `Extractor`)."""
        counter = counter if counter is not None else WorkCounter()
        counter.add("normalize", len(text))  # a fixed number of regex passes over the text
        normalized = normalize(text)
        header = parse_header(normalized.text)  # normalization keeps header lines as they are
        return cls(doc_id, normalized, header.date or date, header.location or location, header.body_start,
                   counter)

    @property
    def text(self) -> str:
        """The normalized text all recognizers match on."""
        return self.normalized.text

    @cached_property
    def sentences(self) -> list[Sentence]:
        """The sentences of the body (header lines are metadata); one over
        MAX_SENTENCE_CHARS is cut into pieces (`Sentence.whole`), never inside
        a protected mention."""
        sentences = split_sentences(self.text, self.body_start, self.counter, self._protected)
        return [s for s in sentences if s.end > self.body_start]

    def protect(self, mentions: Iterable[Span]) -> None:
        """Keep each mention whole if a long sentence has to be cut: call it
        with the recognized mentions before fact assembly reads `sentences`."""
        if "sentences" in self.__dict__:
            raise RuntimeError("protect() must come before the sentences are split")
        self._protected.extend((m.start, m.end) for m in mentions)

    def cut_sentences(self) -> list[tuple[int, int, int]]:
        """(start, end, pieces) of each sentence that was cut, in the normalized text."""
        pieces: dict[tuple[int, int], int] = {}
        for sentence in self.sentences:
            if sentence.whole is not None:
                pieces[sentence.whole] = pieces.get(sentence.whole, 0) + 1
        return [(start, end, count) for (start, end), count in pieces.items()]

    def words(self, sentence: Sentence) -> list[Token]:
        """Word tokens of one sentence, segmented once and cached."""
        key = (sentence.start, sentence.end)
        if key not in self._words:
            self._words[key] = word_tokens(self.text, sentence.start, sentence.end)
        return self._words[key]
