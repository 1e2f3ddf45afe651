"""Quantities: numbers with a unit (money, percent, counted things)."""

from __future__ import annotations

from pathlib import Path

from ..analysis import Analysis
from ..schema import Quantity


class QuantityRecognizer:
    def __init__(self, rules_dir: Path) -> None:
        self.rules_dir = rules_dir

    def __call__(self, analysis: Analysis) -> list[Quantity]:
        return []
