"""The store's indicators, from `rules/indicators.yaml`: a Vietnamese label
per metric and whether its figures add up across places.

>>> indicators = Indicators.load()
>>> indicators.label("export_value"), indicators.additive("industrial_production_index")
('Kim ngạch xuất khẩu', False)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..rules import RuleEntry, RuleFileError, load_rule_file
from ..rules import rules_dir as resolve_rules_dir
from ..schema import Metric

RULE_FILE = "indicators.yaml"


class Indicator(RuleEntry):
    """One metric: `name` is its code, `label` its Vietnamese name."""

    label: str
    additive: bool = True


@dataclass(frozen=True)
class Indicators:
    by_metric: dict[str, Indicator]

    @classmethod
    def load(cls, rules_dir: str | Path | None = None) -> Indicators:
        """Read the rule file; every metric of the spec must have its entry."""
        path = resolve_rules_dir(rules_dir) / RULE_FILE
        entries = {entry.name: entry for entry in load_rule_file(path, Indicator).entries}
        unknown = sorted(set(entries) - {metric.value for metric in Metric})
        missing = sorted({metric.value for metric in Metric} - set(entries))
        if unknown or missing:
            problem = f"entry {unknown[0]!r}: no such metric" if unknown else f"no entry for metric {missing[0]!r}"
            raise RuleFileError(f"{path}: {problem}")
        return cls(entries)

    def label(self, metric: str) -> str:
        return self.by_metric[metric].label

    def additive(self, metric: str) -> bool:
        return self.by_metric[metric].additive
