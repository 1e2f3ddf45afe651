"""Entities: provinces, countries, regions, parks, organizations, people, agreements."""

from __future__ import annotations

from pathlib import Path

from ..analysis import Analysis
from ..schema import Entity


class EntityRecognizer:
    def __init__(self, rules_dir: Path) -> None:
        self.rules_dir = rules_dir

    def __call__(self, analysis: Analysis) -> list[Entity]:
        return []
