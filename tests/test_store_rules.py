"""rules/indicators.yaml: every metric has its entry, and each example
sentence is read by the extractor as a fact of that metric."""

from __future__ import annotations

import pytest

from extract.rules import DEFAULT_RULES_DIR, RuleFileError
from extract.schema import Metric
from extract.store.indicators import RULE_FILE, Indicators

INDICATORS = Indicators.load()
EXAMPLES = [(name, example.text) for name, entry in INDICATORS.by_metric.items() for example in entry.examples]


def test_store_rules_cover_every_metric_with_an_example():
    assert set(INDICATORS.by_metric) == {metric.value for metric in Metric}
    assert {name for name, _ in EXAMPLES} == set(INDICATORS.by_metric)


@pytest.mark.parametrize(("metric", "text"), EXAMPLES)
def test_store_rules_example_is_a_fact_of_its_metric(extractor, metric, text):
    document = extractor(text, doc_id="vd")
    assert metric in {fact.metric.value for fact in document.facts}


def test_store_rules_missing_metric_is_named(tmp_path):
    (tmp_path / RULE_FILE).write_text(
        (DEFAULT_RULES_DIR / RULE_FILE).read_text(encoding="utf-8").replace("name: grdp", "name: gdp"),
        encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"indicators.yaml: entry 'gdp': no such metric"):
        Indicators.load(tmp_path)
