"""Duckling-style: every example and negative in the number, unit, hedge and
period rule files is a test, and every rule must fire on its own examples.

Quantity examples (units.yaml, hedges.yaml) expect exactly one quantity: the
whole phrase (or `span`) with `amount`, `unit`, `qualifier` (default exact)
and `max` for ranges, or `null` for no quantity at all. Number examples
expect the value of the whole phrase. Period examples expect one mention
(the whole phrase or `span`) of the entry's kind (or `kind`) with
`start`/`end`/`cumulative`, or `period: null`; a `date` key is the article
date they resolve against.
"""

from __future__ import annotations

import datetime as dt
import math

import pytest

from extract.analysis import Analysis
from extract.recognizers.numbers import NumberGrammar, normalize_form
from extract.recognizers.periods import PeriodRecognizer
from extract.recognizers.quantities import QuantityRecognizer, Trace
from extract.rules import DEFAULT_RULES_DIR

QUANTITIES = QuantityRecognizer(DEFAULT_RULES_DIR)
PERIODS = QUANTITIES.periods
NUMBERS = QUANTITIES.numbers
QUANTITY_FILES = {"units": QUANTITIES.units, "hedges": QUANTITIES.hedges}
ALL_FILES = {**QUANTITY_FILES, "numbers": NUMBERS.rule_file, "periods": PERIODS.rule_file}


def _cases(rule_files: dict) -> list:
    return [pytest.param(entry, example, id=f"{name}:{entry.name}:{example.text}")
            for name, rule_file in rule_files.items()
            for entry in rule_file.entries for example in entry.examples]


def _negatives(rule_files: dict) -> list:
    return [pytest.param(text, id=f"{name}:{text}")
            for name, rule_file in rule_files.items() for text in rule_file.negatives]


def _quantity_rules(example_text: str) -> tuple[list, set[str]]:
    trace = Trace()
    quantities = QUANTITIES.find(Analysis.of(example_text, "example").text, trace)
    return quantities, trace.rules


def _period_mentions(example) -> list:
    expect = example.expect or {}
    date = dt.date.fromisoformat(expect["date"]) if "date" in expect else None
    return PERIODS(Analysis.of(example.text, "example", date))


@pytest.mark.parametrize(("entry", "example"), _cases(QUANTITY_FILES))
def test_rule_examples_quantity_example(entry, example):
    quantities, _ = _quantity_rules(example.text)
    if example.expect is None:
        assert quantities == []
        return
    expect = example.expect
    assert [q.text for q in quantities] == [normalize_form(expect.get("span", example.text))]
    quantity = quantities[0]
    assert math.isclose(quantity.amount, expect["amount"], rel_tol=1e-9, abs_tol=1e-9)
    assert quantity.unit == expect["unit"]
    assert quantity.qualifier.value == expect.get("qualifier", "exact")
    assert getattr(quantity, "max", None) == expect.get("max")


@pytest.mark.parametrize(("entry", "example"), _cases({"numbers": NUMBERS.rule_file}))
def test_rule_examples_number_example(entry, example):
    assert NUMBERS.value(example.text) == pytest.approx(example.expect, rel=1e-12)


@pytest.mark.parametrize(("entry", "example"), _cases({"periods": PERIODS.rule_file}))
def test_rule_examples_period_example(entry, example):
    mentions = _period_mentions(example)
    expect = example.expect
    span = normalize_form(expect.get("span", example.text))
    assert [m.text for m in mentions] == [normalize_form(m) for m in expect.get("mentions", [span])]
    mention = next(m for m in mentions if m.text == span)
    own_kind = {"comparison_context": "comparison", "shared_year": "interval"}.get(entry.kind, entry.kind)
    expected_kind = expect.get("kind", own_kind)
    assert (mention.kind, mention.cutoff) == (expected_kind, expected_kind == "cutoff")
    if "period" in expect:
        assert mention.period is expect["period"]
    else:
        period = mention.period
        assert period is not None
        assert (period.start, period.end, period.cumulative) == (
            expect["start"], expect["end"], expect.get("cumulative", False))


@pytest.mark.parametrize("text", _negatives(QUANTITY_FILES))
def test_rule_examples_quantity_negative(text):
    assert _quantity_rules(text)[0] == []


@pytest.mark.parametrize("text", _negatives({"periods": PERIODS.rule_file}))
def test_rule_examples_period_negative(text):
    assert PERIODS(Analysis.of(text, "negative", dt.date(2024, 5, 1))) == []


@pytest.mark.parametrize("text", _negatives({"numbers": NUMBERS.rule_file}))
def test_rule_examples_number_negative(text):
    assert [n.text for n in NUMBERS.find(text) if n.standalone] == []


@pytest.mark.parametrize("name", sorted(ALL_FILES))
def test_rule_examples_every_entry_has_an_example(name):
    assert [e.name for e in ALL_FILES[name].entries if not e.examples] == []


def test_rule_examples_every_quantity_and_number_rule_fires():
    fired: set[str] = set()
    for rule_file in QUANTITY_FILES.values():
        for entry in rule_file.entries:
            for example in entry.examples:
                fired |= _quantity_rules(example.text)[1]
    for entry in NUMBERS.rule_file.entries:
        for example in entry.examples:
            fired.update(rule for n in NUMBERS.find(normalize_form(example.text)) for rule in n.rules)
    names = {e.name for f in (*QUANTITY_FILES.values(), NUMBERS.rule_file) for e in f.entries}
    assert names - fired == set()


def test_rule_examples_every_period_rule_fires():
    fired = {name for entry in PERIODS.rule_file.entries for example in entry.examples
             for mention in _period_mentions(example) for name in (mention.rule, mention.cue)}
    # a shared year joins two periods and names no mention: its examples test its effect
    assert {e.name for e in PERIODS.rule_file.entries if e.kind != "shared_year"} - fired == set()


def test_rule_examples_at_least_200_examples():
    count = sum(len(e.examples) for f in ALL_FILES.values() for e in f.entries)
    assert count >= 200
