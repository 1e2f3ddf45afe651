"""The fact grammar: everything fact assembly reads from `rules/`, loaded
and checked once.

- `fact_words.yaml`: the tagged words chunks are made of;
- `frames.yaml`: one frame per indicator (triggers, units, scope, stock...);
- `fact_patterns.yaml`: the patterns that give each figure its role, with
  the sentence → facts examples that test them;
- `attachment.yaml`: the weights of the features every "which one" decision
  is scored with.

>>> grammar = FactGrammar.load(DEFAULT_RULES_DIR)
>>> grammar.frame("trade_deficit").metric_name, grammar.unit_class("dự án")
('trade_balance', 'count')
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..rules import DEFAULT_RULES_DIR, RuleEntry, RuleFileError, load_rule_file
from ..schema import CURRENCY_OR_RATE_UNITS, Metric
from .chunks import Chunk
from .lexicon import Lexicon, TaggedPhrase, expand_tags
from .matcher import ChunkPattern, Element

__all__ = ["DEFAULT_RULES_DIR", "FactGrammar", "Frame", "RolePattern", "Decision"]

MONEY, PERCENT, TIMES, COUNT, MEASURE = "money", "percent", "times", "count", "measure"
_CLASS_OF_KIND = {"currency": MONEY, "percent": PERCENT, "multiplier": TIMES, "measure": MEASURE, "count": COUNT}


class WordEntry(RuleEntry):
    """Phrases that carry the same tags (rules/fact_words.yaml)."""

    tags: list[str]
    phrases: list[str] = Field(min_length=1)
    case_sensitive: bool = False
    layer: Literal["chunk", "phrase"] = "chunk"
    note: str | None = None


class Frame(RuleEntry):
    """One indicator: the phrases and counted nouns that name it, the figures
    it takes and the slots it fills (rules/frames.yaml)."""

    metric: str | None = "__name__"
    triggers: list[str] = []
    units: list[str] = []
    count_units: list[str] = []
    requires: list[str] = []
    requires_after: list[str] = []
    or_right_before: list[str] = []  # tags that, right before the count, stand for `requires_after`
    rate: bool = False
    scoped: bool = False
    negative: bool = False
    blocker: bool = False
    stock: bool = False
    variants: dict[str, str] = {}
    topical: bool = True
    topic_after: str | None = None
    component: bool = False
    capital: str | None = None
    scope: Literal["fdi", "ddi"] | None = None  # the investment scope its triggers name
    links_to_count: bool = False  # a capital word: the capital of the projects or firms counted before it
    slots: list[Literal["partner", "product", "sector", "subject"]] = []

    @property
    def metric_name(self) -> str | None:
        """The spec metric (None for blockers and generic words such as `trị giá`)."""
        if self.blocker:
            return None
        return self.name if self.metric == "__name__" else self.metric

    def takes(self, unit_class: str) -> bool:
        """Whether a quantity of this class can be this indicator's figure
        (a `gấp 2 lần` factor goes with money indicators)."""
        return unit_class in self.units or (unit_class == TIMES and MONEY in self.units)


class FactExample(BaseModel):
    """A sentence and every fact the whole pipeline must find in it."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1)
    date: str | None = None
    location: str | None = None
    facts: list[dict[str, Any]]
    note: str | None = None


class RolePattern(RuleEntry):
    """A pattern over chunks that gives the focus quantity its role."""

    role: str
    pattern: list[Element]
    examples: list[FactExample] = []  # type: ignore[assignment]
    note: str | None = None

    @field_validator("pattern")
    @classmethod
    def _one_focus(cls, pattern: list[Element]) -> list[Element]:
        ChunkPattern(pattern)  # raises on a pattern without exactly one focus
        return pattern

    @cached_property
    def compiled(self) -> ChunkPattern:
        return ChunkPattern(self.pattern)


ROLES = ("value", "change", "change_amount", "factor", "share", "plan_share", "target", "base",
         "base_change", "threshold", "other", "paren_value", "paren_change", "added_amount")


class DecisionWeights(RuleEntry):
    """The feature weights of one decision (rules/attachment.yaml). A weight
    `reject` removes a candidate when its feature holds; `floor` is the score
    a winner must reach."""

    weights: dict[str, float | Literal["reject", "require"]]
    floor: float = 0.0
    window: int | None = None  # candidates at most this many chunks from the figure; None: the whole sentence
    note: str | None = None

    @cached_property
    def _split(self) -> tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[str, float], ...]]:
        """The rejecting, the required and the weighted features (the last in the
        file's order, so sums are always added alike)."""
        items = self.weights.items()
        return (tuple(name for name, weight in items if weight == "reject"),
                tuple(name for name, weight in items if weight == "require"),
                tuple((name, weight) for name, weight in items if weight not in ("reject", "require")))

    def score(self, features: dict[str, float]) -> float | None:
        """A candidate's score, or None when a `reject`/`require` feature rules it out."""
        rejects, requires, weighted = self._split
        get = features.get
        if any(get(name) for name in rejects) or not all(get(name) for name in requires):
            return None
        return sum(weight * get(name, 0) for name, weight in weighted)


@dataclass(frozen=True)
class FactGrammar:
    """The rules of fact assembly, compiled."""

    words: tuple[WordEntry, ...]
    frames: tuple[Frame, ...]
    patterns: tuple[RolePattern, ...]
    decisions: dict[str, DecisionWeights]
    unit_kinds: dict[str, str]      # unit -> its kind in units.yaml (currency, percent, multiplier, measure, count)
    rules_dir: Path

    @classmethod
    def load(cls, rules_dir: Path) -> FactGrammar:
        from ..recognizers.quantities import UnitEntry

        rules_dir = Path(rules_dir)
        words = load_rule_file(rules_dir / "fact_words.yaml", WordEntry).entries
        frames = load_rule_file(rules_dir / "frames.yaml", Frame).entries
        patterns = load_rule_file(rules_dir / "fact_patterns.yaml", RolePattern).entries
        decisions = load_rule_file(rules_dir / "attachment.yaml", DecisionWeights).entries
        units = load_rule_file(rules_dir / "units.yaml", UnitEntry).entries
        grammar = cls(tuple(words), tuple(frames), tuple(patterns), {d.name: d for d in decisions},
                      {u.unit: u.kind for u in units}, rules_dir)
        grammar._check()
        return grammar

    def _check(self) -> None:
        bad = [p.name for p in self.patterns if p.role not in ROLES]
        if bad:
            raise RuleFileError(f"{self.rules_dir / 'fact_patterns.yaml'}: entries {bad}: role not one of {ROLES}")
        metrics = {m.value for m in Metric}
        for frame in self.frames:
            named = [frame.metric_name, *frame.variants.values(), frame.capital]
            unknown = [m for m in named if m is not None and m not in metrics and m not in self._frame_names]
            if unknown:
                raise RuleFileError(f"{self.rules_dir / 'frames.yaml'}: entry {frame.name!r}: "
                                    f"no metric or frame {unknown}")

    def patterns_for(self, chunk: Chunk) -> tuple[RolePattern, ...]:
        """The patterns whose focus accepts a quantity chunk, in file order
        (kept per kind and tags: sentences repeat the same few)."""
        key = (chunk.kind, chunk.tags)
        found = self._focused.get(key)
        if found is None:
            found = self._focused[key] = tuple(p for p in self.patterns if p.compiled.focus.accepts(chunk))
        return found

    @cached_property
    def _focused(self) -> dict[tuple, tuple[RolePattern, ...]]:
        return {}

    @cached_property
    def _frame_names(self) -> frozenset[str]:
        return frozenset(f.name for f in self.frames)

    # ------------------------------------------------------------ words

    @cached_property
    def lexicon(self) -> Lexicon:
        """The chunk words and every frame's triggers (tagged `trigger` and `frame=<name>`)."""
        phrases = [TaggedPhrase(p, expand_tags(e.tags), e.case_sensitive)
                   for e in self.words if e.layer == "chunk" for p in e.phrases]
        phrases += [TaggedPhrase(t, self._trigger_tags(f)) for f in self.frames for t in f.triggers]
        return Lexicon(phrases)

    @staticmethod
    def _trigger_tags(frame: Frame) -> frozenset[str]:
        tags = {"trigger", f"frame={frame.name}"}
        if frame.scope:
            tags |= {"scope", f"scope={frame.scope}"}
        if frame.rate:
            tags.add("rate")
        if frame.blocker:
            tags.add("blocker")
        elif frame.metric_name is None:
            tags.add("generic_trigger")
        return frozenset(tags)

    def phrases_of(self, tag: str) -> tuple[str, ...]:
        """Every phrase carrying `tag`, longest first (for the noun-phrase readers)."""
        return self._phrases_by_tag.get(tag, ())

    @cached_property
    def _phrases_by_tag(self) -> dict[str, tuple[str, ...]]:
        by_tag: dict[str, set[str]] = {}
        for entry in self.words:
            for tag in expand_tags(entry.tags):
                by_tag.setdefault(tag, set()).update(entry.phrases)
        return {tag: tuple(sorted(p, key=len, reverse=True)) for tag, p in by_tag.items()}

    # ------------------------------------------------------------ frames

    def frame(self, name: str) -> Frame:
        return self._frames[name]

    @cached_property
    def _frames(self) -> dict[str, Frame]:
        return {f.name: f for f in self.frames}

    def frame_of_metric(self, metric: str) -> Frame | None:
        """The frame whose own metric is `metric` (not a variant)."""
        return self._by_metric.get(metric)

    @cached_property
    def _by_metric(self) -> dict[str, Frame]:
        found: dict[str, Frame] = {}
        for f in self.frames:
            if f.metric_name and f.metric_name not in found and not f.component and not f.negative:
                found[f.metric_name] = f
        return found

    def count_frame(self, unit: str) -> Frame | None:
        """The frame a counted noun names by itself (`dự án` → investment_projects)."""
        return self._count_units.get(unit)

    @cached_property
    def _count_units(self) -> dict[str, Frame]:
        # the first frame listing a unit owns it; later ones (count words) only accept it
        owners: dict[str, Frame] = {}
        for frame in self.frames:
            for unit in frame.count_units:
                owners.setdefault(unit, frame)
        return owners

    def variant(self, metric: str, key: str) -> str:
        """`metric` split by a scope (`fdi`, `ddi`) or made a `subject` figure."""
        frame = self.frame_of_metric(metric)
        return frame.variants.get(key, metric) if frame else metric

    def scoped_variants(self, metric: str) -> dict[str, str]:
        frame = self.frame_of_metric(metric)
        return dict(frame.variants) if frame and frame.scoped else {}

    def unscoped(self, metric: str) -> str:
        """The metric a scoped variant splits (`fdi_projects` → investment_projects)."""
        return self._unscoped.get(metric, metric)

    @cached_property
    def _unscoped(self) -> dict[str, str]:
        return {v: f.metric_name for f in self.frames if f.scoped and f.metric_name
                for k, v in f.variants.items() if k != "subject"}

    def capital_of(self, metric: str) -> str | None:
        """The capital metric of counted projects or firms of `metric`."""
        base = self.unscoped(metric)
        frame = self.frame_of_metric(base)
        if frame is None or frame.capital is None:
            return None
        if base == metric:
            return frame.capital
        scope = next(k for k, v in frame.variants.items() if v == metric)
        return self.variant(frame.capital, scope)

    def is_stock(self, metric: str) -> bool:
        return metric in self._stock_metrics

    @cached_property
    def _stock_metrics(self) -> frozenset[str]:
        stocks = set()
        for f in self.frames:
            if f.stock and f.metric_name:
                stocks.add(f.metric_name)
                stocks.update(v for k, v in f.variants.items() if k != "subject")
        return frozenset(stocks)

    def slots_of(self, metric: str) -> frozenset[str]:
        """The slots a metric's facts fill (its own frame's, or the frame it is a variant of)."""
        frame = self.frame_of_metric(metric) or self.frame_of_metric(self.unscoped(metric))
        if frame is None:
            for f in self.frames:
                if metric in f.variants.values():
                    frame = f
                    break
        return frozenset(frame.slots) if frame else frozenset()

    # ------------------------------------------------------------ units

    def unit_class(self, unit: str) -> str:
        """`money`, `percent`, `times`, `measure` or `count` for a quantity's unit
        (by its kind in units.yaml; a counted noun the file does not list counts)."""
        kind = self.unit_kinds.get(unit)
        if kind is None and unit in CURRENCY_OR_RATE_UNITS:
            return MONEY
        return _CLASS_OF_KIND.get(kind or "count", COUNT)

    def weights(self, decision: str) -> DecisionWeights:
        if decision not in self.decisions:
            raise RuleFileError(f"{self.rules_dir / 'attachment.yaml'}: no entry {decision!r}")
        return self.decisions[decision]


@dataclass(frozen=True)
class Decision:
    """What one scored choice picked, and why (for `--explain`)."""

    name: str
    choice: str
    score: float
    features: dict[str, float]

    def explain(self) -> dict[str, Any]:
        return {"choice": self.choice, "score": round(self.score, 3),
                "features": {k: v for k, v in self.features.items() if v}}
