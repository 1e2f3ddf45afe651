"""Quantities: numbers with a unit (money, percent, counted things).

A quantity is an optional hedge (`rules/hedges.yaml`), a numeral or a range
of two (`rules/numbers.yaml`) and a unit (`rules/units.yaml`: currencies to
ISO codes, `%`, counted nouns in their base form). Numerals that are part of
a period (`năm 2024`, `5 tháng đầu năm`) or follow an ordinal marker
(`thứ 39`) are never quantities.

>>> from extract.analysis import Analysis
>>> recognize = QuantityRecognizer(DEFAULT_RULES_DIR)
>>> text = "Năm 2024, xuất khẩu ước đạt hơn 8,3 tỷ USD, tăng 13%; có 6 tỉnh, thành phố tham gia."
>>> [(q.text, q.amount, q.unit, q.qualifier.value) for q in recognize(Analysis.of(text, "vd"))]
[('hơn 8,3 tỷ USD', 8300000000.0, 'USD', 'over'), ('13%', 13.0, 'percent', 'exact'), ('6 tỉnh, thành phố', 6.0, 'tỉnh', 'exact')]
"""

from __future__ import annotations

import math

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import regex

from ..analysis import Analysis
from ..budget import WorkCounter
from ..memo import Memo
from ..rules import DEFAULT_RULES_DIR, RuleEntry, load_rule_file
from ..schema import Qualifier, Quantity
from .numbers import NumberGrammar, Numeral, forms_pattern, normalize_form
from .periods import PeriodRecognizer, PeriodScan

# English-style thousands in a count (`1,533 dự án`): a count has no fraction.
_COMMA_GROUPED = regex.compile(r"\d{1,3}(?:,\d{3})+")

# The numbers a period holds (days, months, counts of months up to 31, years 1900-2099).
_LAST_DAY, _FIRST_YEAR, _LAST_YEAR = 31, 1900, 2099
_RANGE_JOINER = regex.compile(r"\s*(?:[-–—]|đến|tới)\s*")
_RANGE_OPENER = regex.compile(r"(?<!\w)từ\s+\Z")

UnitKind = Literal["currency", "percent", "multiplier", "measure", "count"]


class UnitEntry(RuleEntry):
    """A unit: its normalized name and the surface forms that write it.

    `spelled: false` units count only with digits: `hai nước`, `hai tỉnh`
    mean "the two countries/provinces", not a figure.
    """

    unit: str
    kind: UnitKind
    forms: list[str]
    not_followed_by: list[str] = []
    spelled: bool = True


class HedgeEntry(RuleEntry):
    """A hedge word before a number and the qualifier it sets.

    `block` entries are words after which a number is no quantity at all
    (the ordinal `thứ 39`); `not_after` lists words after which the form is
    no hedge (`cao hơn 1,2 lần` compares, it does not hedge).
    """

    qualifier: Qualifier | Literal["block"]
    forms: list[str]
    not_after: list[str] = []


@dataclass
class Trace:
    """What fired while recognizing: rule names, for the example tests."""

    rules: set[str] = field(default_factory=set)


class QuantityRecognizer:
    """Find quantities in an Analysis.

    Args:
        rules_dir: the directory holding `units.yaml`, `hedges.yaml`,
            `numbers.yaml` and `periods.yaml`.
        periods: the pipeline's own PeriodRecognizer, to share the periods
            it finds in an article (by default one of its own).
    """

    def __init__(self, rules_dir: Path, periods: PeriodRecognizer | None = None) -> None:
        rules_dir = Path(rules_dir)
        self.numbers = NumberGrammar(rules_dir)
        self.periods = periods or PeriodRecognizer(rules_dir)
        self.units = load_rule_file(rules_dir / "units.yaml", UnitEntry)
        self.hedges = load_rule_file(rules_dir / "hedges.yaml", HedgeEntry)
        self._unit_of = {_key(form): entry for entry in self.units.entries for form in entry.forms}
        self._hedge_of = {_key(form): entry for entry in self.hedges.entries for form in entry.forms}
        self._kind_of = {entry.unit: entry.kind for entry in self.units.entries}
        self._not_after = {entry.name: {_key(w) for w in entry.not_after} for entry in self.hedges.entries}
        self._key = Memo(_key)  # a unit or hedge as written -> its lexicon key
        self.pattern = self._compile()

    def unit_kind(self, unit: str) -> UnitKind:
        """What a normalized unit measures, as `units.yaml` says.

        >>> recognize = QuantityRecognizer(DEFAULT_RULES_DIR)
        >>> recognize.unit_kind("USD"), recognize.unit_kind("percent"), recognize.unit_kind("dự án")
        ('currency', 'percent', 'count')
        """
        return self._kind_of[unit]

    def _compile(self) -> regex.Pattern:
        hedges = forms_pattern([f for e in self.hedges.entries for f in e.forms])
        # Longest form first across all entries: `nước thành viên` before `nước`.
        forms = sorted(((normalize_form(f), e) for e in self.units.entries for f in e.forms),
                       key=lambda pair: -len(pair[0]))
        units = "|".join(_unit_source(form, entry) for form, entry in forms)
        number = self.numbers.source
        range_sep = r"\s*(?:[-–—]|đến|tới)\s*"
        return regex.compile(
            rf"(?<![\w.,/:])(?<!\w[-–])(?:(?P<hedge>{hedges})\s+)?"
            rf"(?:(?P<from>từ)\s+)?(?P<n1>{number})(?:{range_sep}(?P<n2>{number}))?"
            rf"\s*(?P<unit>{units})",
            regex.IGNORECASE,
        )

    def __call__(self, analysis: Analysis, periods: PeriodScan | None = None) -> list[Quantity]:
        """Quantities of the article, offsets into `analysis.text`; `periods`
        is the article's period scan when the caller made it already.

        >>> text = "Tỉnh thu hút từ 10 đến 12 tỷ USD, gấp 3,7 lần năm 2023."
        >>> [(q.text, q.amount, getattr(q, "max", None))
        ...  for q in QuantityRecognizer(DEFAULT_RULES_DIR)(Analysis.of(text, "vd"))]
        [('từ 10 đến 12 tỷ USD', 10000000000.0, 12000000000.0), ('3,7 lần', 3.7, None)]
        """
        return self.find(analysis.text, periods=periods, counter=analysis.counter)

    def find(self, text: str, trace: Trace | None = None, periods: PeriodScan | None = None,
             counter: WorkCounter | None = None) -> list[Quantity]:
        """Quantities in `text`, sorted by start.

        >>> [q.text for q in QuantityRecognizer(DEFAULT_RULES_DIR).find("xếp thứ 39 tỉnh, có ba dự án")]
        ['ba dự án']
        """
        trace = trace if trace is not None else Trace()
        counter = counter if counter is not None else WorkCounter()
        periods = periods or self.periods.scan(text, counter)
        counter.add("quantities", len(text))  # the pattern's scan
        found: list[Quantity] = []
        for match in self.pattern.finditer(text, overlapped=False):
            counter.add("quantities", 1)  # each match reads a bounded window around it
            quantity = self._quantity(text, match, trace, periods)
            if quantity is None:
                continue
            if found and _joins_range(text, found[-1], quantity):
                found[-1] = _range_of(text, found[-1], quantity)
            else:
                found.append(quantity)
        return found

    def _quantity(self, text: str, match: regex.Match, trace: Trace, periods: PeriodScan) -> Quantity | None:
        low = self.numbers.numeral(match.group("n1"), match.start("n1"))
        high = self.numbers.numeral(match.group("n2"), match.start("n2")) if match.group("n2") else None
        start = match.start()
        if high is not None and not (_is_range(low, high) and not _in_period(periods, low)):
            # `năm 2024 đến 10 dự án`: only the second number carries the unit.
            low, high, start = high, None, high.start
        elif high is None and match.group("from"):
            start = low.start  # `từ 5 dự án lên 7 dự án`: `từ` opens no range here
        if not low.standalone or _in_period(periods, low):
            return None
        return self._build(text, match, low, high, start, trace)

    def _build(self, text: str, match: regex.Match, low: Numeral, high: Numeral | None,
               start: int, trace: Trace) -> Quantity | None:
        unit = self._unit_of[self._key(match.group("unit"))]
        if low.spelled and not unit.spelled:
            trace.rules.add(f"{unit.name}:digits_only")
            return None
        hedge = self._hedge_of.get(self._key(match.group("hedge"))) \
            if match.group("hedge") and start == match.start() else None
        if hedge is not None and _word_before(text, start) in self._not_after[hedge.name]:
            trace.rules.add(f"{hedge.name}:not_after")
            hedge, start = None, match.start("from") if match.group("from") and high else low.start
        if hedge is not None:
            trace.rules.add(hedge.name)
            if hedge.qualifier == "block":
                return None
        extra = {}
        amount = _value(low, unit)
        if high is not None:
            amount = _lower_bound(low, high)
            extra["max"] = high.value
        if not math.isfinite(amount) or not math.isfinite(extra.get("max", 0.0)):
            trace.rules.add(f"{unit.name}:not_finite")
            return None  # hundreds of digits overflow a float: no figure anyone reports
        trace.rules.update(low.rules + (high.rules if high else ()) + (unit.name,))
        end = match.end("unit")
        return Quantity(
            text=text[start:end], start=start, end=end, amount=amount, unit=unit.unit,
            qualifier=hedge.qualifier if hedge is not None else Qualifier.EXACT,
            rule=unit.name, hedge=hedge.name if hedge is not None else None, **extra,
        )


def _in_period(periods: PeriodScan, numeral: Numeral) -> bool:
    """Whether the numeral is part of a period (`năm 2023 doanh nghiệp`).

    Only a plain integer that can be a day, month or year is checked.
    """
    if numeral.rules != ("digits_plain",) or _LAST_DAY < numeral.value < _FIRST_YEAR \
            or numeral.value > _LAST_YEAR:
        return False
    return bool(periods.spans(numeral.start, numeral.end))


def _joins_range(text: str, low: Quantity, high: Quantity) -> bool:
    """`10%-12%`, `từ 5 tỷ USD đến 7 tỷ USD`: two quantities of one unit joined as a range."""
    return (low.unit == high.unit and getattr(low, "max", None) is None and high.hedge is None
            and low.amount < high.amount and _RANGE_JOINER.fullmatch(text, low.end, high.start) is not None)


def _range_of(text: str, low: Quantity, high: Quantity) -> Quantity:
    start = low.start
    opener = _RANGE_OPENER.search(text, max(0, start - 6), start)
    if low.hedge is None and opener is not None:
        start = opener.start()
    return low.model_copy(update={"text": text[start:high.end], "start": start, "end": high.end,
                                  "max": high.amount})


def _word_before(text: str, start: int) -> str:
    words = regex.findall(r"\w+", text[max(0, start - 20):start])
    return words[-1].lower() if words else ""


def _value(numeral: Numeral, unit: UnitEntry) -> float:
    """The numeral's value; `1,533 dự án` counts 1533 things, never a fraction of one."""
    if unit.kind == "count" and _COMMA_GROUPED.fullmatch(numeral.text):
        return float(numeral.text.replace(",", ""))
    return numeral.value


def _lower_bound(low: Numeral, high: Numeral) -> float:
    """`từ 10 đến 12 tỷ`: a bare lower bound borrows the upper bound's scale."""
    return low.value * high.scale if low.scale == 1 and high.scale > 1 else low.value


def _is_range(low: Numeral, high: Numeral) -> bool:
    return low.standalone and high.standalone and _lower_bound(low, high) < high.value


def _key(form: str) -> str:
    return " ".join(normalize_form(form).lower().split())


def _unit_source(form: str, entry: UnitEntry) -> str:
    source = forms_pattern([form])
    if entry.not_followed_by:
        source += rf"(?!\s+{forms_pattern(entry.not_followed_by)})"
    return source
