"""Choosing a fact's period (docs/FACTS.md, `period`).

The clause's own period wins (the nearest reporting period before the
number in its sentence, else the first one after it in its item); `hiện`
states a stock at the article date; a fact about a named company or project
takes nothing else; any other fact inherits the period of the nearest
preceding body sentence that states one. Periods inside a comparison
(`so với cùng kỳ năm 2023`) are bases: never a fact's period, never inherited.
Cut-off phrasing (`lũy kế đến hết năm 2024`) gives a cumulative stock for
stock metrics, else a year-to-date flow.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from ..schema import Period, PeriodMention
from .article import Article, Sent

IGNORED_KINDS = frozenset({"day", "vague"})
_COMPARISON_LEFT = regex.compile(r"so\s+với|con\s+số|so\s+cùng\s+kỳ", regex.IGNORECASE)
_SEGMENT_END = regex.compile(r"[,;:]")


@dataclass(frozen=True)
class Stated:
    """A period a sentence states: the mention, or a `hiện` stock."""

    start: int
    mention: PeriodMention | None  # None: `hiện`

    @property
    def is_current(self) -> bool:
        return self.mention is None


def kind_of(mention: PeriodMention) -> str:
    return str(getattr(mention, "kind", None) or ("cutoff" if mention.cutoff else "interval"))


def is_comparison(article: Article, sent: Sent, mention: PeriodMention) -> bool:
    """A period inside a comparison phrase: the base of a change."""
    if kind_of(mention).startswith("comparison") or getattr(mention, "comparison", False):
        return True
    if mention.text.lower().startswith("cùng kỳ"):
        return True
    left = article.text[sent.start:mention.start]
    cut = max((m.end() for m in _SEGMENT_END.finditer(left)), default=0)
    return bool(_COMPARISON_LEFT.search(left[cut:]))


def reporting_mentions(article: Article, sent: Sent) -> list[PeriodMention]:
    """The sentence's periods that can be a fact's own period."""
    return [p for p in article.periods_in(sent)
            if kind_of(p) not in IGNORED_KINDS | {"current"} and not is_comparison(article, sent, p)]


def current_cues(article: Article, sent: Sent) -> list[int]:
    """Where `hiện`, `hiện nay`... state a stock at the article date."""
    exceptions = article.find("current_exception", sent.start, sent.end)
    found = [m.start for m in article.find("current", sent.start, sent.end)
             if not any(e.start <= m.start < e.end for e in exceptions)]
    found += [p.start for p in article.periods_in(sent) if kind_of(p) == "current"]
    return sorted(set(found))


def stated_in(article: Article, sent: Sent, position: int, item_end: int) -> Stated | None:
    """The period a figure at `position` states in its own sentence."""
    candidates = [Stated(p.start, p) for p in reporting_mentions(article, sent)]
    candidates += [Stated(start, None) for start in current_cues(article, sent)]
    before = [c for c in candidates if c.start < position]
    if before:
        return max(before, key=lambda c: c.start)
    after = [c for c in candidates if position <= c.start < item_end and not c.is_current]
    return min(after, key=lambda c: c.start) if after else None


def opening_comparison(article: Article, sent: Sent, position: int) -> PeriodMention | None:
    """`Cùng kỳ năm trước, tỉnh chỉ thu hút được 5 dự án`: a comparison period that
    opens the figure's item with no cue before it is the figure's own period,
    the main period moved back (see `shifted`)."""
    start = article.hard_left(sent, position)
    for mention in article.periods_in(sent):
        if start <= mention.start < position and mention.cue is None and mention.comparison \
                and not article.text[start:mention.start].strip(" ,;:-–\n\t"):
            return mention
    return None


def sentence_states(article: Article, sent: Sent) -> PeriodMention | None:
    """The period a body sentence passes on to later sentences (its last one)."""
    mentions = reporting_mentions(article, sent)
    return mentions[-1] if mentions else None


def resolve(article: Article, sent: Sent, mention: PeriodMention | None, metric: str) -> Period | None:
    """The period of a figure of `metric` stated by `mention` (None: `hiện`)."""
    if mention is None:
        return current_stock(article.analysis.date)
    period = mention.period
    if period is None or period.end is None:
        return None
    if kind_of(mention) == "cutoff" or mention.cutoff:
        flows = article.find("flow", sent.start, sent.end)
        if metric in article.rules.stock_metrics and not flows:
            return Period(start=None, end=period.end, cumulative=True)
        return Period(start=period.end[:4] + "-01", end=period.end)
    return Period(start=period.start, end=period.end, cumulative=period.cumulative)


def current_stock(date: dt.date | None) -> Period | None:
    """`hiện`: a stock at the article date's month, unknown without a date.

    >>> current_stock(dt.date(2025, 11, 1))
    Period(start=None, end='2025-11', cumulative=True)
    """
    if date is None:
        return None
    return Period(start=None, end=f"{date.year:04d}-{date.month:02d}", cumulative=True)


def shifted(period: Period | None, mention: PeriodMention, same_span: bool) -> Period | None:
    """The base period of `cùng kỳ năm 2020`: the main period moved to that year."""
    if mention.period is None:
        return None
    year = (mention.period.end or mention.period.start or "")[:4]
    if period is None or not same_span or not year:
        return Period(start=mention.period.start, end=mention.period.end, cumulative=mention.period.cumulative)
    start = year + period.start[4:] if period.start else None
    end = year + period.end[4:] if period.end else None
    return Period(start=start, end=end, cumulative=period.cumulative)


def basis_between(period: Period | None, compared: Period | None) -> str | None:
    """The basis of a change measured against `compared`, for a figure of `period`:
    the same span a year earlier, or the span just before it.

    >>> q2, q1 = Period(start="2024-04", end="2024-06"), Period(start="2024-01", end="2024-03")
    >>> basis_between(q2, q1), basis_between(q2, Period(start="2023-04", end="2023-06")), basis_between(q2, None)
    ('previous_period', 'same_period_last_year', None)
    """
    if period is None or compared is None or None in (period.start, period.end, compared.start, compared.end):
        return None
    start, end = _month_index(period.start), _month_index(period.end)
    base_start, base_end = _month_index(compared.start), _month_index(compared.end)
    if (base_start, base_end) == (start - 12, end - 12):
        return "same_period_last_year"
    if base_end == start - 1 and base_end - base_start == end - start:
        return "previous_period"
    return None


def _month_index(month: str) -> int:
    return int(month[:4]) * 12 + int(month[5:7]) - 1
