"""The compact notation of the sentence -> facts examples in rules/fact_patterns.yaml.

`value: "4.2e9 USD"`, `period: "2024-01..2024-06"` (`..2024-12` a stock),
`change: "up 15.2 same_period_last_year"` (`null` for a missing part); the
keys an example gives are compared, and the open slots (`product`, `partner`,
`sector`, `subject`) always: one left out is `null`.
"""

from __future__ import annotations

import math
from typing import Any

from extract.schema import Fact


OPEN_SLOTS = ("product", "partner", "sector", "subject")


def _number(text: str) -> float | None:
    return None if text in ("null", "None") else float(text)


def value_of(fact: Fact) -> tuple[float, str] | None:
    return (fact.value.amount, fact.value.unit) if fact.value else None


def expected_value(raw: Any) -> tuple[float, str] | None:
    if raw is None:
        return None
    amount, _, unit = str(raw).partition(" ")
    return float(amount), unit


def expected_period(raw: Any) -> tuple[str | None, str | None] | None:
    if raw is None:
        return None
    start, _, end = str(raw).partition("..")
    return (start or None, end or None)


def expected_change(raw: Any) -> tuple[str, float | None, str | None] | None:
    if raw is None:
        return None
    direction, percent, basis = (str(raw).split() + ["null", "null"])[:3]
    return direction, _number(percent), None if basis in ("null", "None") else basis


def actual(fact: Fact, key: str) -> Any:
    """The fact's slot `key` in the notation of the examples."""
    if key == "value":
        return value_of(fact)
    if key == "period":
        return (fact.period.start, fact.period.end) if fact.period else None
    if key == "change":
        change = fact.change
        return (change.direction.value, change.percent, change.basis.value if change.basis else None) if change else None
    if key in ("metric", "status"):
        return getattr(fact, key).value
    return getattr(fact, key, None)


def expected(key: str, raw: Any) -> Any:
    return {"value": expected_value, "period": expected_period, "change": expected_change}.get(key, lambda x: x)(raw)


def same(key: str, got: Any, want: Any) -> bool:
    """Numbers within 0.5% (the spec's tolerance), text case-insensitively, the rest equal."""
    if key == "value" and got and want:
        return got[1] == want[1] and math.isclose(got[0], want[0], rel_tol=0.005)
    if key == "change" and got and want:
        return got[0] == want[0] and got[2] == want[2] and (
            got[1] == want[1] or None not in (got[1], want[1]) and math.isclose(got[1], want[1], rel_tol=0.005))
    if isinstance(got, str) and isinstance(want, str):
        return got.lower() == want.lower()
    if isinstance(got, float) and isinstance(want, (int, float)):
        return math.isclose(got, want, rel_tol=0.005)
    return got == want


def mismatches(facts: list[Fact], wanted: list[dict]) -> list[str]:
    """What differs between the facts found and those an example lists (empty when they agree)."""
    problems = [] if len(facts) == len(wanted) else [f"{len(facts)} facts, expected {len(wanted)}"]
    for n, (fact, want) in enumerate(zip(facts, wanted)):
        want = {**dict.fromkeys(OPEN_SLOTS), **want}
        for key, raw in want.items():
            got, exp = actual(fact, key), expected(key, raw)
            if not same(key, got, exp):
                problems.append(f"fact {n} {key}: got {got!r}, expected {exp!r}")
    return problems
