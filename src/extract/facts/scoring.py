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


def choose(weights: DecisionWeights, candidates: Iterable[tuple[T, dict[str, float]]],
           counter: WorkCounter | None = None) -> Scored[T] | None:
    """The best candidate at or above the floor, or None; `counter` counts
    the candidates weighed, fact assembly's unit of work."""
    best: Scored[T] | None = None
    weighed = 0
    for candidate, features in candidates:
        weighed += 1
        value = weights.score(features)
        if value is None or value < weights.floor:
            continue
        if best is None or value > best.score:
            best = Scored(candidate, value, features)
    if counter is not None:
        counter.add("facts", weighed)
    return best
