"""Periods: time expressions normalized to month intervals."""

from __future__ import annotations

from pathlib import Path

from ..analysis import Analysis
from ..schema import PeriodMention


class PeriodRecognizer:
    def __init__(self, rules_dir: Path) -> None:
        self.rules_dir = rules_dir

    def __call__(self, analysis: Analysis) -> list[PeriodMention]:
        return []
