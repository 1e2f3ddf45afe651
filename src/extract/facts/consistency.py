"""Cross-article checks: where an article contradicts itself.

Two checks, each naming the facts involved (indexes into the facts list):

- `unit_mismatch` / `value_mismatch`: the same metric, place, period and
  breakdown (product, partner, sector, subject) and status stated with the
  same number in different units (`34,5 tỷ đồng` against `34,5 tỷ USD`), or
  with values whose hedged ranges cannot both hold.
- `parts_exceed_total` / `parts_sum_mismatch`: the FDI and DDI parts of a
  total (`1.326 dự án, trong đó 481 dự án FDI ... 847 dự án DDI`), or its
  component parts, that do not add up to it.

>>> from extract.facts.grammar import FactGrammar, DEFAULT_RULES_DIR
>>> check_consistency([], FactGrammar.load(DEFAULT_RULES_DIR))
[]
"""

from __future__ import annotations

from itertools import combinations

from ..schema import CURRENCY_OR_RATE_UNITS, ConsistencyWarning, Fact, plain_amount
from .grammar import FactGrammar

_SLACK = {"exact": (0.995, 1.005), "about": (0.9, 1.1), "over": (1.0, float("inf")),
          "under": (0.0, 1.0), "nearly": (0.85, 1.0)}


def check_consistency(facts: list[Fact], grammar: FactGrammar) -> list[ConsistencyWarning]:
    """All warnings for one article's facts."""
    return _figure_conflicts(facts) + _parts_and_totals(facts, grammar)


def _key(fact: Fact) -> tuple:
    period = fact.period and (fact.period.start, fact.period.end)
    return (fact.metric, fact.location, period, fact.product, fact.partner, fact.sector, fact.subject,
            fact.status)


def _range(fact: Fact) -> tuple[float, float]:
    """The values a hedged figure allows (`hơn 8,3 tỷ` is anything above); a
    count stated exactly allows only itself."""
    low, high = _SLACK[fact.value.qualifier.value]
    if fact.value.qualifier.value == "exact" and fact.value.unit not in CURRENCY_OR_RATE_UNITS:
        low = high = 1.0
    amount = abs(fact.value.amount)
    return amount * low, amount * high


def _figure_conflicts(facts: list[Fact]) -> list[ConsistencyWarning]:
    warnings = []
    per_sentence: dict[tuple, int] = {}
    for f in facts:
        key = (getattr(f, "sentence", None), f.metric)
        per_sentence[key] = per_sentence.get(key, 0) + 1
    for i, j in _pairs_with_equal_keys(facts):
        a, b = facts[i], facts[j]
        if a.value is None or b.value is None:
            continue
        sentences = (getattr(a, "sentence", None), getattr(b, "sentence", None))
        if sentences[0] == sentences[1] or max(per_sentence[(s, a.metric)] for s in sentences) > 1 \
                or getattr(a, "part_of", None) == sentences[1] or getattr(b, "part_of", None) == sentences[0]:
            continue  # a list or breakdown, not two statements of one figure
        if a.value.unit != b.value.unit:
            if abs(a.value.amount - b.value.amount) <= 0.005 * abs(a.value.amount):
                warnings.append(ConsistencyWarning(
                    check="unit_mismatch", facts=[i, j],
                    message=f"{_subject(a)}: {plain_amount(a.value.amount)} {a.value.unit} "
                            f"and {plain_amount(b.value.amount)} {b.value.unit} for the same period"))
            continue
        (lo_a, hi_a), (lo_b, hi_b) = _range(a), _range(b)
        if hi_a < lo_b or hi_b < lo_a:
            warnings.append(ConsistencyWarning(
                check="value_mismatch", facts=[i, j],
                message=f"{_subject(a)}: {plain_amount(a.value.amount)} and {plain_amount(b.value.amount)} "
                        f"{a.value.unit} for the same period"))
    return warnings


def _pairs_with_equal_keys(facts: list[Fact]) -> list[tuple[int, int]]:
    """Index pairs (i < j, in order) of facts with the same metric, place and period;
    grouping first keeps a long article from comparing every pair."""
    groups: dict[tuple, list[int]] = {}
    for index, fact in enumerate(facts):
        groups.setdefault(_key(fact), []).append(index)
    return sorted(pair for indexes in groups.values() for pair in combinations(indexes, 2))


def _parts_and_totals(facts: list[Fact], grammar: FactGrammar) -> list[ConsistencyWarning]:
    warnings = []
    by_sentence: dict[object, list[int]] = {}
    for index, fact in enumerate(facts):
        by_sentence.setdefault(getattr(fact, "sentence", None), []).append(index)
    for i, total in enumerate(facts):
        scoped = tuple(v for k, v in grammar.scoped_variants(total.metric.value).items() if k != "subject")
        if total.value is None or not scoped:
            continue
        parts = _parts_of(facts, by_sentence[getattr(total, "sentence", None)], i, total, scoped)
        if not parts:
            continue
        amount = sum(facts[j].value.amount for j in parts)
        low, high = _range(total)
        complete = {facts[j].metric.value for j in parts} == set(scoped)
        lowest = sum(_range(facts[j])[0] for j in parts)
        if lowest > high * 1.0001:
            check = "parts_exceed_total"
        elif complete and not low <= amount <= high and \
                all(facts[j].value.qualifier.value == "exact" for j in parts):
            check = "parts_sum_mismatch"
        else:
            continue
        warnings.append(ConsistencyWarning(
            check=check, facts=[i, *parts],
            message=f"{_subject(total)}: parts add up to {plain_amount(amount)}, "
                    f"the total is {plain_amount(total.value.amount)} {total.value.unit}"))
    return warnings


def _subject(fact: Fact) -> str:
    """What a warning is about: the metric and, when known, the place."""
    return f"{fact.metric.value} {fact.location}" if fact.location else f"{fact.metric.value} (no location)"


def _parts_of(facts: list[Fact], same_sentence: list[int], index: int, total: Fact,
              wanted: tuple[str, ...]) -> list[int]:
    """The FDI/DDI parts stated in the total's sentence (`same_sentence`: the
    indexes of its facts), with its period and unit."""
    return [j for j in same_sentence
            if j != index and facts[j].metric.value in wanted and facts[j].value is not None
            and facts[j].value.unit == total.value.unit and facts[j].location == total.location
            and facts[j].period == total.period and facts[j].sector == total.sector]
