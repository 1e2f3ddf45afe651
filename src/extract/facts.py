"""Fact assembly: metric, location, period, value, status and change."""

from __future__ import annotations

from pathlib import Path

from .analysis import Analysis
from .schema import ConsistencyWarning, Entity, Fact, PeriodMention, Quantity


class FactAssembler:
    def __init__(self, rules_dir: Path) -> None:
        self.rules_dir = rules_dir

    def __call__(self, analysis: Analysis, quantities: list[Quantity],
                 periods: list[PeriodMention], entities: list[Entity],
                 ) -> tuple[list[Fact], list[ConsistencyWarning]]:
        return [], []
