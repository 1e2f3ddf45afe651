"""A fact's period from the period it states or inherits (docs/FACTS.md,
`period`): cut-offs make stocks or year-to-date flows by metric and by the
sentence's stock and flow words, `hiện` states a stock at the article date,
and a comparison's base period is the main period moved back.

>>> as_stock_or_flow(Period(start="2024-01", end="2024-10"), stock_metric=True, flow=False, stock=False)
Period(start=None, end='2024-10', cumulative=True)
>>> as_stock_or_flow(Period(start="2024-01", end="2024-10"), stock_metric=True, flow=True, stock=False)
Period(start='2024-01', end='2024-10', cumulative=False)
"""

from __future__ import annotations

import datetime as dt

from ..schema import Period


def as_stock_or_flow(cutoff: Period | None, stock_metric: bool, flow: bool, stock: bool) -> Period | None:
    """A cut-off period (`tính đến hết tháng 10/2024`): a stock for an indicator
    that accumulates (projects, capital) unless its clause reports an inflow
    (`cấp mới`, `thu hút`); a stock marker (`còn hiệu lực`) wins over any
    flow word; every other indicator reads it as a year-to-date flow."""
    if cutoff is None or cutoff.end is None:
        return None
    if stock or (stock_metric and not flow):
        return Period(start=None, end=cutoff.end, cumulative=True)
    return Period(start=cutoff.end[:4] + "-01", end=cutoff.end)


def at_date(date: dt.date | None) -> Period | None:
    """`hiện`, `đến nay`: a stock at the article date's month, unknown without a date.

    >>> at_date(dt.date(2025, 11, 1))
    Period(start=None, end='2025-11', cumulative=True)
    """
    if date is None:
        return None
    return Period(start=None, end=f"{date.year:04d}-{date.month:02d}", cumulative=True)


def shifted(period: Period | None, base: Period | None, same_span: bool) -> Period | None:
    """The period of a comparison's base figure: `cùng kỳ năm 2020` is the main
    period moved to that year; any other named period is itself.

    >>> shifted(Period(start="2021-01", end="2021-05"), Period(start="2020-01", end="2020-12"), True)
    Period(start='2020-01', end='2020-05', cumulative=False)
    """
    if base is None:
        return None
    year = (base.end or base.start or "")[:4]
    if period is None or not same_span or not year:
        return Period(start=base.start, end=base.end, cumulative=base.cumulative)
    start = year + period.start[4:] if period.start else None
    end = year + period.end[4:] if period.end else None
    return Period(start=start, end=end, cumulative=period.cumulative)


def year_before(period: Period | None) -> Period | None:
    """The same span a year earlier (`cùng kỳ năm trước` as a figure's own period).

    >>> year_before(Period(start="2024-01", end="2024-06"))
    Period(start='2023-01', end='2023-06', cumulative=False)
    """
    if period is None or period.end is None:
        return None
    move = lambda month: f"{int(month[:4]) - 1:04d}{month[4:]}" if month else None  # noqa: E731
    return Period(start=move(period.start), end=move(period.end), cumulative=period.cumulative)


def basis_between(period: Period | None, compared: Period | None) -> str | None:
    """The basis of a change measured against `compared`, for a figure of
    `period`: the same span a year earlier, or the span just before it.

    >>> q2, q1 = Period(start="2024-04", end="2024-06"), Period(start="2024-01", end="2024-03")
    >>> basis_between(q2, q1), basis_between(q2, Period(start="2023-04", end="2023-06")), basis_between(q2, None)
    ('previous_period', 'same_period_last_year', None)
    """
    if period is None or compared is None or None in (period.start, period.end, compared.start, compared.end):
        return None
    start, end = month_index(period.start), month_index(period.end)
    base_start, base_end = month_index(compared.start), month_index(compared.end)
    if (base_start, base_end) == (start - 12, end - 12):
        return "same_period_last_year"
    if base_end == start - 1 and base_end - base_start == end - start:
        return "previous_period"
    if (base_start, base_end) == (start - 12, start - 1) and end - start == 11:
        return "same_period_last_year"
    return None


def month_index(month: str) -> int:
    return int(month[:4]) * 12 + int(month[5:7]) - 1
