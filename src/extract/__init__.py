"""Structured facts from Vietnamese economic news.

>>> from extract import extract
>>> doc = extract("Năm 2024, kim ngạch xuất khẩu của tỉnh Bình Dương đạt 34,5 tỷ USD.")
>>> type(doc).__name__
'Document'
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from .analysis import parse_iso_date
from .pipeline import Extractor
from .schema import Document, Entity, Fact, Period, PeriodMention, Quantity

__all__ = ["extract", "Extractor", "Document", "Fact", "Quantity", "Entity", "Period",
           "PeriodMention"]


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    """The shared, read-only extractor with the project's rules."""
    return Extractor()


def extract(text: str, doc_id: str = "doc", date: dt.date | str | None = None,
            location: str | None = None, explain: bool = False) -> Document:
    """Extract quantities, entities and facts from one article.

    Args:
        text: the article as read from disk (offsets index this string).
        doc_id: the identifier written into the Document.
        date: the article date (a `date` or `YYYY-MM-DD`) for relative periods,
            used when the text has no leading `date YYYY-MM-DD` line.
        location: the province the article reports for when it names none (a
            provincial paper's own; spec "Article header"), used when the text
            has no `location` header line.
        explain: give each fact the decisions that made it (`Extractor`).

    >>> extract("Kim ngạch xuất khẩu của tỉnh năm 2024 đạt 3 tỷ USD.", location="Long An").facts[0].location
    'Long An'
    """
    if isinstance(date, str):
        date = parse_iso_date(date)
    return default_extractor()(text, doc_id=doc_id, date=date, location=location, explain=explain)
