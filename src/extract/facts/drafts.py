"""Facts under construction (`Draft`), merging repeated figures, and the
schema Fact a draft becomes.

>>> _close(34.5e9, 34.52e9)
True
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from ..schema import Fact, Period, Quantity
from .article import Sent
from .lexicon import Match

# The roles a quantity plays in its sentence that make (or shape) a fact.
VALUE_ROLES = ("value", "target", "base", "paren")
FACT_ROLES = VALUE_ROLES + ("change", "change_amount", "multiplier", "target_change")


@dataclass
class Draft:
    """A fact under construction."""

    metric: str
    sent: Sent
    anchor: Quantity
    role: str
    window: int
    value: Quantity | None = None
    trigger: Match | None = None
    negative: bool = False
    status: str | None = None
    changes: list[dict] = field(default_factory=list)
    location: str | None = None
    partner: str | None = None
    product: str | None = None
    sector: str | None = None
    subject: str | None = None
    scope: str | None = None
    plan_share: float | None = None
    period: Period | None = None
    host: Draft | None = None  # the main figure of a base or target figure
    from_topic: bool = False  # metric taken from earlier sentences, no trigger of its own

    @property
    def change(self) -> dict | None:
        if not self.changes:
            return None
        same = [c for c in self.changes if c.get("basis") == "same_period_last_year"]
        return (same or self.changes)[0]


def clean_words(text: str) -> str | None:
    return regex.sub(r"\s+", " ", text).strip(" ,;:.") or None


def merge_repeats(drafts: list[Draft]) -> list[Draft]:
    """One fact per figure: a repeat with the same metric, location, period and
    value is dropped; its first body statement gives status and evidence."""
    kept: list[Draft] = []
    # Only drafts with the same metric, location and period can be twins:
    # looking within those keeps a long article linear.
    by_key: dict[tuple, list[int]] = {}
    for d in drafts:
        indexes = by_key.setdefault(_figure_key(d), [])
        twin = next((i for i in indexes if same_figure(kept[i], d)), None)
        if twin is None:
            indexes.append(len(kept))
            kept.append(d)
        elif kept[twin].sent.role != "body" and d.sent.role == "body":
            kept[twin] = d
    return kept


def _figure_key(d: Draft) -> tuple:
    return d.metric, d.location, _period_key(d.period)


def same_figure(a: Draft, b: Draft) -> bool:
    if _figure_key(a) != _figure_key(b):
        return False
    if a.value is not None and b.value is not None:
        return a.value.unit == b.value.unit and _close(a.value.amount, b.value.amount)
    if a.value is None and b.value is None and a.change and b.change:
        return a.change["direction"] == b.change["direction"] and a.change["percent"] is not None \
            and b.change["percent"] is not None and _close(a.change["percent"], b.change["percent"])
    return False


def _period_key(period: Period | None):
    return None if period is None else (period.start, period.end)


def _close(x: float, y: float) -> bool:
    return abs(x - y) <= 0.005 * max(abs(x), abs(y))


# A change's key for the period it is compared with, kept only until the basis is known.
COMPARED = "compared"
_WORKING_KEYS = ("factor", COMPARED)


def to_fact(d: Draft) -> Fact:
    """The schema Fact of a draft; extras: plan_share, factor, other_changes, sentence, rule."""
    value = None
    if d.value is not None:
        amount = -d.value.amount if d.negative else d.value.amount
        value = {"amount": amount, "unit": d.value.unit, "qualifier": d.value.qualifier.value}
    main = d.change
    change = None
    extras: dict = {"sentence": d.sent.index, "rule": d.role}
    if d.sent.parent is not None:
        extras["part_of"] = d.sent.parent
    if main is not None:
        change = {k: v for k, v in main.items() if k not in _WORKING_KEYS}
        if main.get("factor") is not None:
            extras["factor"] = main["factor"]
        others = [c for c in d.changes if c is not main]
        if others:
            extras["other_changes"] = [{k: v for k, v in c.items() if k not in _WORKING_KEYS} for c in others]
    if d.plan_share is not None:
        extras["plan_share"] = d.plan_share
    return Fact(metric=d.metric, location=d.location, period=d.period, value=value,
                status=d.status or "actual", change=change, partner=d.partner, product=d.product,
                sector=d.sector, subject=d.subject,
                evidence={"start": d.sent.start, "end": d.sent.end}, **extras)
