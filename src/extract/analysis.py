"""What every recognizer reads: the article, normalized, split into sentences.

Recognizers work on `Analysis.text` (the normalized text) and report spans in
it; the pipeline maps them back to the original text at the end.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

import regex

from .text import NormalizedText, normalize
from .tokenize import Sentence, Token, split_sentences, word_tokens

# A leading `date YYYY-MM-DD` line gives the article's date (spec: relative
# periods resolve against it).
_DATE_LINE = regex.compile(r"\A\ufeff?\s*date\s+(\d{4})-(\d{2})-(\d{2})\b")


def parse_date_line(text: str) -> dt.date | None:
    """The date of a leading `date YYYY-MM-DD` line, if the text has one.

    >>> parse_date_line(" date 2025-11-01 Bằng việc đẩy mạnh sản xuất xanh")
    datetime.date(2025, 11, 1)
    """
    match = _DATE_LINE.match(text)
    if match is None:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


@dataclass
class Analysis:
    """One article on its way through the pipeline."""

    doc_id: str
    normalized: NormalizedText
    date: dt.date | None = None
    _words: dict[tuple[int, int], list[Token]] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, text: str, doc_id: str, date: dt.date | None = None) -> Analysis:
        """Analyse `text`; its own date line wins over the `date` passed in."""
        return cls(doc_id, normalize(text), parse_date_line(text) or date)

    @property
    def text(self) -> str:
        """The normalized text all recognizers match on."""
        return self.normalized.text

    @cached_property
    def sentences(self) -> list[Sentence]:
        return split_sentences(self.text)

    def words(self, sentence: Sentence) -> list[Token]:
        """Word tokens of one sentence, segmented once and cached."""
        key = (sentence.start, sentence.end)
        if key not in self._words:
            self._words[key] = word_tokens(self.text, sentence.start, sentence.end)
        return self._words[key]
