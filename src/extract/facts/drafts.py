"""Facts under construction (`Draft`), merging repeated figures, and the
schema Fact a draft becomes.

>>> close(34.5e9, 34.52e9), close(1.0, 1.1)
(True, False)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..schema import Fact, Period, Quantity
from .document import BODY, SentenceInfo
from .grammar import Decision


@dataclass
class Draft:
    """A fact under construction."""

    metric: str
    sent: SentenceInfo
    index: int                      # the chunk of its anchor quantity
    anchor: Quantity
    role: str
    pattern: str                    # the fact pattern that gave the anchor its role
    value: Quantity | None = None
    trigger: int | None = None      # the chunk of the trigger that named the metric
    negative: bool = False
    status: str | None = None
    changes: list[dict] = field(default_factory=list)
    location: str | None = None
    partner: str | None = None
    product: str | None = None
    sector: str | None = None
    subject: str | None = None
    period: Period | None = None
    plan_share: float | None = None
    host: Draft | None = None       # the main figure a base or target figure belongs to
    from_topic: bool = False        # metric taken from the passage, no trigger of its own
    decisions: dict[str, Decision] = field(default_factory=dict)
    stated_period: Any = None       # the period its own sentence states for it (a PeriodChoice), if any

    @property
    def change(self) -> dict | None:
        """The change against the same period last year when there are several, else the first."""
        if not self.changes:
            return None
        same = [c for c in self.changes if c.get("basis") == "same_period_last_year"]
        return (same or self.changes)[0]


def close(x: float, y: float) -> bool:
    return abs(x - y) <= 0.005 * max(abs(x), abs(y))


def _period_key(period: Period | None):
    return None if period is None else (period.start, period.end)


def merge_repeats(drafts: list[Draft]) -> list[Draft]:
    """One fact per figure: a body repeat with the same metric, location, period
    and value is dropped; a headline or caption figure that restates a body
    fact (same metric and place, value within 0.5% or, for a change-only one,
    the same change; no period or a shorter wording of the body's) is that
    body fact, whose status and evidence are those of its first body statement."""
    body = [d for d in drafts if d.sent.role == BODY]
    kept: list[Draft] = []
    by_key: dict[tuple, list[Draft]] = {}
    for d in body:
        key = (d.metric, d.location, _period_key(d.period))
        if not any(_same_figure(k, d) for k in by_key.get(key, [])):
            by_key.setdefault(key, []).append(d)
            kept.append(d)
    by_place: dict[tuple, list[Draft]] = {}
    for d in kept:
        by_place.setdefault((d.metric, d.location), []).append(d)
    for d in drafts:
        if d.sent.role == BODY:
            continue
        candidates = by_place.get((d.metric, d.location), [])
        if any(_restates(d, b) for b in candidates) or any(_same_figure(k, d) for k in candidates):
            continue
        by_place.setdefault((d.metric, d.location), []).append(d)
        kept.append(d)
    return sorted(kept, key=lambda d: (d.sent.index, d.anchor.start))


def _same_figure(a: Draft, b: Draft) -> bool:
    if _period_key(a.period) != _period_key(b.period):
        return False
    return _same_number(a, b)


def _same_number(a: Draft, b: Draft) -> bool:
    if a.value is not None and b.value is not None:
        return a.value.unit == b.value.unit and close(a.value.amount, b.value.amount)
    if a.value is None and b.value is None and a.change and b.change:
        return _same_change(a.change, b.change)
    return False


def _same_change(a: dict, b: dict) -> bool:
    if a.get("factor") is not None and b.get("factor") is not None:
        return close(a["factor"], b["factor"])
    return a["direction"] == b["direction"] and a["percent"] is not None and b["percent"] is not None \
        and close(a["percent"], b["percent"])


def _restates(headline: Draft, body: Draft) -> bool:
    """A headline figure that is the body's: same number (or its change), and
    no period or one the body's ends like."""
    same = _same_number(headline, body) or (
        headline.value is None and body.change is not None and headline.change is not None
        and _same_change(headline.change, body.change))
    if not same:
        return False
    if headline.period is None:
        return True
    return body.period is not None and headline.period.end == body.period.end


# A change's key for the period it is compared with, kept only until the basis is known.
COMPARED = "compared"
_WORKING_KEYS = ("factor", COMPARED)


def to_fact(d: Draft, explain: bool = False) -> Fact:
    """The schema Fact of a draft; extras: pattern, plan_share, factor,
    other_changes, sentence, part_of, and with `explain` the decisions."""
    value = None
    if d.value is not None:
        amount = -d.value.amount if d.negative else d.value.amount
        value = {"amount": amount, "unit": d.value.unit, "qualifier": d.value.qualifier.value}
    extras: dict[str, Any] = {"pattern": d.pattern, "sentence": d.sent.index}
    if d.sent.parent is not None:
        extras["part_of"] = d.sent.parent
    main = d.change
    change = None
    if main is not None:
        change = {k: v for k, v in main.items() if k not in _WORKING_KEYS}
        if main.get("factor") is not None:
            extras["factor"] = main["factor"]
        others = [c for c in d.changes if c is not main]
        if others:
            extras["other_changes"] = [{k: v for k, v in c.items() if k not in _WORKING_KEYS} for c in others]
    if d.plan_share is not None:
        extras["plan_share"] = d.plan_share
    if explain:
        extras["explain"] = {name: decision.explain() for name, decision in d.decisions.items()}
    return Fact(metric=d.metric, location=d.location, period=d.period, value=value,
                status=d.status or "actual", change=change, partner=d.partner, product=d.product,
                sector=d.sector, subject=d.subject,
                evidence={"start": d.sent.start, "end": d.sent.end}, **extras)
