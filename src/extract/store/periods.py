"""What kind of period an observation covers, and how SDMX writes it.

>>> frequency("2024-01", "2024-12"), frequency("2024-04", "2024-06"), frequency("2024-01", "2024-05")
('year', 'quarter', 'year_to_date')
>>> time_period("2024-01", "2024-05"), time_period("2024-07", "2024-12"), time_period(None, "2024-12")
('2024-01-01/2024-05-31', '2024-S2', '2024-12-31')
"""

from __future__ import annotations

import calendar

FREQUENCIES = ("year", "half", "quarter", "month", "year_to_date", "span", "stock")


def frequency(start: str | None, end: str | None) -> str | None:
    """`year`, `half`, `quarter`, `month`, `year_to_date` (January to a month),
    `span` (any other run of months) or `stock` (cumulative, no start); None without an end."""
    if end is None:
        return None
    if start is None:
        return "stock"
    first, last = _month(start), _month(end)
    months = last - first + 1
    start_month = first % 12 + 1
    if months == 1:
        return "month"
    same_year = first // 12 == last // 12
    if same_year and months == 12:
        return "year"
    if same_year and months == 6 and start_month in (1, 7):
        return "half"
    if same_year and months == 3 and start_month in (1, 4, 7, 10):
        return "quarter"
    if same_year and start_month == 1:
        return "year_to_date"
    return "span"


def time_period(start: str | None, end: str | None) -> str | None:
    """The SDMX TIME_PERIOD: `2024`, `2024-S1`, `2024-Q1`, `2024-M05`, an ISO 8601
    interval for other spans, the last day for a stock."""
    kind = frequency(start, end)
    if kind is None:
        return None
    year, month = end[:4], int(end[5:7])
    if kind == "year":
        return year
    if kind == "half":
        return f"{year}-S{(month - 1) // 6 + 1}"
    if kind == "quarter":
        return f"{year}-Q{(month - 1) // 3 + 1}"
    if kind == "month":
        return f"{year}-M{month:02d}"
    if kind == "stock":
        return last_day(end)
    return f"{start}-01/{last_day(end)}"


def last_day(month: str) -> str:
    """The last day of a month, YYYY-MM-DD.

    >>> last_day("2024-02")
    '2024-02-29'
    """
    year, number = int(month[:4]), int(month[5:7])
    return f"{month}-{calendar.monthrange(year, number)[1]:02d}"


def _month(month: str) -> int:
    return int(month[:4]) * 12 + int(month[5:7]) - 1
