"""The fact rules of `rules/metrics.yaml`, `rules/fact_cues.yaml` and
`rules/fact_words.yaml`, compiled into phrase matchers.

>>> rules = FactRules.load(DEFAULT_RULES_DIR)
>>> rules.metric_named_in("kim ngạch xuất khẩu đạt 1,82 tỷ USD")
'export_value'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import regex

from ..rules import DEFAULT_RULES_DIR, RuleEntry, load_rule_file

__all__ = ["DEFAULT_RULES_DIR", "FactRules", "Match", "MetricRule", "PhraseSet"]

_SPACES = regex.compile(r"\s+")
_NUMBER_BEFORE = regex.compile(r"\d\s*$")


class MetricRule(RuleEntry):
    """One indicator and the phrases that name it."""

    metric: str | None = "__name__"
    triggers: list[str] = []
    units: list[str] = []
    count_units: list[str] = []
    requires: list[str] = []
    requires_after: list[str] = []
    rate: bool = False
    scoped: bool = False
    negative: bool = False
    blocker: bool = False
    stock: bool = False
    variants: dict[str, str] = {}
    topical: bool = True  # whether later list items without a trigger can take this metric
    # After a figure of this metric, list items without a trigger take this
    # metric instead, when the paragraph stated it (a balance sums up exports
    # and imports; the products after it are the exports').
    topic_after: str | None = None
    component: bool = False  # a named part of the metric (`thu tiền sử dụng đất`): its sector as written
    capital: str | None = None

    @property
    def metric_name(self) -> str | None:
        """The schema metric (None for blockers and bare growth rates)."""
        if self.blocker:
            return None
        return self.name if self.metric == "__name__" else self.metric


class CueRule(RuleEntry):
    """Phrases of one kind (`status`, `basis`, `scope`...) and what they give."""

    kind: str
    value: str | None = None
    phrases: list[str]
    note: str | None = None


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    text: str
    value: object


class PhraseSet:
    """Whole-word matching of many phrases at once, longest first."""

    def __init__(self, phrases: dict[str, object], case_sensitive: bool = False) -> None:
        self.values = {self._key(p, case_sensitive): v for p, v in phrases.items()}
        self.case_sensitive = case_sensitive
        alternatives = [self._pattern(p) for p in sorted(phrases, key=len, reverse=True)]
        flags = 0 if case_sensitive else regex.IGNORECASE
        self.pattern = regex.compile("|".join(alternatives) or r"(?!x)x", flags)

    @staticmethod
    def _key(phrase: str, case_sensitive: bool) -> str:
        return phrase if case_sensitive else phrase.lower()

    @staticmethod
    def _pattern(phrase: str) -> str:
        body = regex.escape(phrase).replace(r"\ ", r"\s+")
        left = r"(?<![\w])" if phrase[0].isalnum() else ""
        right = r"(?![\w])" if phrase[-1].isalnum() else ""
        return left + body + right

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Match]:
        """All non-overlapping matches in `text[start:end]`, offsets in `text`."""
        end = len(text) if end is None else end
        found = []
        for m in self.pattern.finditer(text, start, end):
            matched = m.group(0)
            value = self.values.get(self._key(_SPACES.sub(" ", matched), self.case_sensitive))
            found.append(Match(m.start(), m.end(), matched, value))
        return found


@dataclass(frozen=True)
class FactRules:
    """Everything fact assembly reads from the rules directory."""

    metrics: tuple[MetricRule, ...]
    cues: tuple[CueRule, ...]
    words: tuple[CueRule, ...]
    # Units of measure (`tấn`, `mét`, `đôi`): what is produced is named after
    # them (`30.000 tấn băng keo`), where a counted noun is the product itself.
    measure_units: frozenset[str] = frozenset()

    @classmethod
    def load(cls, rules_dir: Path) -> FactRules:
        from ..recognizers.quantities import UnitEntry

        metrics = load_rule_file(rules_dir / "metrics.yaml", MetricRule).entries
        cues = load_rule_file(rules_dir / "fact_cues.yaml", CueRule).entries
        words = load_rule_file(rules_dir / "fact_words.yaml", CueRule).entries
        units = load_rule_file(rules_dir / "units.yaml", UnitEntry).entries
        measures = frozenset(u.unit for u in units if u.kind == "measure")
        return cls(tuple(metrics), tuple(cues), tuple(words), measures)

    def phrases(self, kind: str, case_sensitive: bool = False) -> PhraseSet:
        """A matcher of every phrase of one kind; a match's value is its entry's value."""
        return self._phrase_sets[(kind, case_sensitive)]

    @cached_property
    def _phrase_sets(self) -> dict[tuple[str, bool], PhraseSet]:
        kinds = {e.kind for e in (*self.cues, *self.words)}
        return {(kind, case): PhraseSet({p: e.value for e in (*self.cues, *self.words) if e.kind == kind
                                         for p in e.phrases}, case)
                for kind in kinds for case in (False, True)}

    def words_of(self, kind: str) -> list[str]:
        return list(self._words_by_kind.get(kind, ()))

    @cached_property
    def _words_by_kind(self) -> dict[str, tuple[str, ...]]:
        kinds = {e.kind for e in (*self.cues, *self.words)}
        return {kind: tuple(p for e in (*self.cues, *self.words) if e.kind == kind for p in e.phrases)
                for kind in kinds}

    @cached_property
    def opener_patterns(self) -> tuple[regex.Pattern, ...]:
        """Discourse openers (`Cụ thể,`) with the spaces and comma after them, longest first."""
        openers = sorted(self.words_of("discourse"), key=len, reverse=True)
        return tuple(regex.compile(r"\s*" + regex.escape(o) + r"\s*,?\s*", regex.IGNORECASE) for o in openers)

    @cached_property
    def triggers(self) -> PhraseSet:
        """Metric triggers; a match's value is its MetricRule."""
        return PhraseSet({t: rule for rule in self.metrics for t in rule.triggers})

    @cached_property
    def count_units(self) -> dict[str, MetricRule]:
        return {unit: rule for rule in self.metrics for unit in rule.count_units}

    @cached_property
    def count_unit_phrases(self) -> PhraseSet:
        """Counted nouns (`dự án`, `doanh nghiệp`); a match's value is its MetricRule."""
        return PhraseSet(dict(self.count_units))

    @cached_property
    def stock_metrics(self) -> frozenset[str]:
        """Metrics that accumulate over years, with their scoped variants."""
        stocks = set()
        for rule in self.metrics:
            if rule.stock and rule.metric_name:
                stocks.add(rule.metric_name)
                stocks.update(v for k, v in rule.variants.items() if k != "subject")
        return frozenset(stocks)

    @cached_property
    def topical_metrics(self) -> frozenset[str]:
        """Metrics that later list items without a trigger can take (`topical`)."""
        return frozenset(r.metric_name for r in self.metrics if r.topical)

    @cached_property
    def by_metric(self) -> dict[str, MetricRule]:
        return {r.metric_name: r for r in self.metrics if r.metric_name}

    def variant(self, metric: str, key: str) -> str:
        """`metric` split by a scope (`fdi`, `ddi`) or made a `subject` figure."""
        rule = self.by_metric.get(metric)
        return rule.variants.get(key, metric) if rule else metric

    def capital_of(self, metric: str) -> str | None:
        """The capital metric of counted projects or firms of `metric`."""
        for rule in self.metrics:
            if rule.metric_name == metric and rule.capital:
                return rule.capital
            if metric in rule.variants.values() and rule.capital:
                scope = next(k for k, v in rule.variants.items() if v == metric)
                return self.variant(rule.capital, scope)
        return None

    def metric_named_in(self, text: str) -> str | None:
        """The metric of the first trigger or counted noun in `text`.

        >>> FactRules.load(DEFAULT_RULES_DIR).metric_named_in("có 735 doanh nghiệp thành lập mới")
        'new_businesses'
        """
        matches = self.triggers.find(text)
        units = [m for m in self.count_unit_phrases.find(text) if _NUMBER_BEFORE.search(text[:m.start])]
        first = min(matches + units, key=lambda m: m.start, default=None)
        return first.value.metric_name if first else None
