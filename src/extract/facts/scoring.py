"""One scorer for every "which one" question of fact assembly.

Which trigger names a figure, which value a change belongs to, which place
and which period a fact has: each question lists its candidates with named
features (numbers; a yes is 1), and the weights of rules/attachment.yaml
score them. A feature weighted `reject` rules a candidate out when it
holds, one weighted `require` when it does not; the best score at or above
the decision's floor wins, the earlier candidate on a tie.

>>> from extract.facts.grammar import DecisionWeights
>>> weights = DecisionWeights(name="demo", weights={"near": 2.0, "blocked": "reject"}, floor=1.0)
>>> winner = choose(weights, [("a", {"near": 1}), ("b", {"near": 1, "blocked": 1}), ("c", {})])
>>> winner.candidate, winner.score
('a', 2.0)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from ..budget import WorkCounter
from .grammar import DecisionWeights

T = TypeVar("T")


@dataclass(frozen=True)
class Scored(Generic[T]):
    candidate: T
    score: float
    features: dict[str, float]


def score(weights: DecisionWeights, features: dict[str, float]) -> float | None:
    """The candidate's score, or None when a `reject`/`require` feature rules it out."""
    return _Weighing.of(weights).score(features)


def choose(weights: DecisionWeights, candidates: Iterable[tuple[T, dict[str, float]]],
           counter: WorkCounter | None = None) -> Scored[T] | None:
    """The best candidate at or above the floor, or None; `counter` counts
    the candidates weighed, fact assembly's unit of work."""
    weighing = _Weighing.of(weights)
    best: Scored[T] | None = None
    weighed = 0
    for candidate, features in candidates:
        weighed += 1
        value = weighing.score(features)
        if value is None or value < weights.floor:
            continue
        if best is None or value > best.score:
            best = Scored(candidate, value, features)
    if counter is not None:
        counter.add("facts", weighed)
    return best


@dataclass(frozen=True)
class _Weighing:
    """A decision's weights split by what they do, once per question."""

    rejects: tuple[str, ...]
    requires: tuple[str, ...]
    numeric: tuple[tuple[str, float], ...]  # in the file's order, so sums are always added alike

    @classmethod
    def of(cls, weights: DecisionWeights) -> _Weighing:
        items = weights.weights.items()
        return cls(tuple(name for name, weight in items if weight == "reject"),
                   tuple(name for name, weight in items if weight == "require"),
                   tuple((name, weight) for name, weight in items if weight not in ("reject", "require")))

    def score(self, features: dict[str, float]) -> float | None:
        get = features.get
        if any(get(name) for name in self.rejects) or not all(get(name) for name in self.requires):
            return None
        return sum(weight * get(name, 0) for name, weight in self.numeric)
