"""Every example of the fact rule files (rules/metrics.yaml, rules/fact_cues.yaml,
rules/fact_words.yaml) yields what it says; every negative yields nothing."""

from __future__ import annotations

import pytest

from extract.facts import slots
from extract.facts.dev import demo_article
from extract.facts.lexicon import CueRule, FactRules, MetricRule, PhraseSet
from extract.rules import DEFAULT_RULES_DIR, load_rule_file

RULES = FactRules.load(DEFAULT_RULES_DIR)
METRICS = load_rule_file(DEFAULT_RULES_DIR / "metrics.yaml", MetricRule)
CUES = load_rule_file(DEFAULT_RULES_DIR / "fact_cues.yaml", CueRule)
WORDS = load_rule_file(DEFAULT_RULES_DIR / "fact_words.yaml", CueRule)


def _cases(rule_file):
    return [pytest.param(entry, example, id=f"{entry.name}:{example.text[:40]}")
            for entry in rule_file.entries for example in entry.examples]


@pytest.mark.parametrize("entry", [*METRICS.entries, *CUES.entries, *WORDS.entries], ids=lambda e: e.name)
def test_facts_examples_every_rule_has_an_example(entry):
    assert entry.examples


@pytest.mark.parametrize("entry, example", _cases(METRICS))
def test_facts_examples_metric_trigger(entry, example):
    assert RULES.metric_named_in(example.text) == example.expect


@pytest.mark.parametrize("text", METRICS.negatives)
def test_facts_examples_metric_negatives(text):
    assert RULES.metric_named_in(text) is None


@pytest.mark.parametrize("entry, example", _cases(CUES))
def test_facts_examples_cue(entry, example):
    text = example.text
    if entry.kind == "status":
        assert slots.status_cue(demo_article(text), 0, len(text)) == example.expect
    elif entry.kind == "numberless_change":
        found = PhraseSet({p: None for p in entry.phrases}).find(text)
        verbs = RULES.phrases("change_verb").find(found[0].text)
        assert ("down" if any(v.value == "down" for v in verbs) else "up") == example.expect
    elif entry.value is not None:
        assert example.expect in [m.value for m in RULES.phrases(entry.kind).find(text)]
    else:
        assert PhraseSet({p: None for p in entry.phrases}).find(text), "no phrase of the entry matches"


@pytest.mark.parametrize("entry, example", _cases(WORDS))
def test_facts_examples_word(entry, example):
    text = example.text
    if entry.kind == "subject_head":
        assert slots.named_subject(demo_article(text), 0, len(text)) == example.expect
    else:
        found = PhraseSet({p: None for p in entry.phrases}, case_sensitive=entry.kind == "agency_head").find(text)
        assert example.expect.lower() in [m.text.lower() for m in found]


@pytest.mark.parametrize("text", CUES.negatives)
def test_facts_examples_cue_negatives(text, extractor):
    assert slots.status_cue(demo_article(text), 0, len(text)) is None
    assert extractor(text).facts == []
