"""The fact grammar's rule files are their own test suite (Duckling-style):
every phrase entry, frame and pattern carries examples, and each example
yields what it says through the whole pipeline."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest

from extract.facts import attachment
from extract.facts.grammar import FactGrammar
from extract.facts.phrases import PhraseCleaner
from extract.rules import DEFAULT_RULES_DIR, load_rule_file
from extract.facts.grammar import DecisionWeights
from fact_examples import mismatches

GRAMMAR = FactGrammar.load(DEFAULT_RULES_DIR)
CLEANER = PhraseCleaner(GRAMMAR)
PATTERN_EXAMPLES = [(p, e) for p in GRAMMAR.patterns for e in p.examples]


def _run(extractor, example):
    date = dt.date.fromisoformat(example.date) if example.date else None
    return extractor(example.text, doc_id="example", date=date, location=example.location)


@pytest.mark.parametrize("entry", [*GRAMMAR.words, *GRAMMAR.frames, *GRAMMAR.patterns], ids=lambda e: e.name)
def test_fact_rules_every_entry_has_an_example(entry):
    assert entry.examples


@pytest.mark.parametrize("entry, example", [(e, x) for e in GRAMMAR.words for x in e.examples],
                         ids=lambda v: getattr(v, "name", None) or v.text[:40])
def test_fact_rules_word_example_carries_its_tags(entry, example):
    lexicon = GRAMMAR.lexicon if entry.layer == "chunk" else CLEANER.words
    phrases = {p.lower() for p in entry.phrases}
    found = [m for m in lexicon.find(example.text) if " ".join(m.text.split()).lower() in phrases]
    assert found, f"no phrase of {entry.name} in {example.text!r}"
    assert any(set(example.expect) <= m.tags for m in found), [sorted(m.tags) for m in found]


@pytest.mark.parametrize("frame, example", [(f, x) for f in GRAMMAR.frames for x in f.examples],
                         ids=lambda v: getattr(v, "name", None) or v.text[:40])
def test_fact_rules_frame_example_names_its_metric(extractor, frame, example):
    metrics = [f.metric.value for f in extractor(example.text, doc_id="example").facts]
    if example.expect is None:
        assert metrics == []
    else:
        assert example.expect in metrics


@pytest.mark.parametrize("pattern, example", PATTERN_EXAMPLES,
                         ids=[f"{p.name}:{e.text[:50]}" for p, e in PATTERN_EXAMPLES])
def test_fact_rules_pattern_example_gives_its_facts(extractor, pattern, example):
    document = _run(extractor, example)
    assert mismatches(document.facts, example.facts) == []


@pytest.mark.parametrize("pattern", GRAMMAR.patterns, ids=lambda p: p.name)
def test_fact_rules_every_pattern_fires_on_its_examples(extractor, pattern):
    fired = set()
    for example in pattern.examples:
        date = dt.date.fromisoformat(example.date) if example.date else None
        analysis, quantities, periods, entities = extractor.mentions(example.text, date=date,
                                                                     location=example.location)
        fired |= {name for _, _, name in extractor.assemble.roles(analysis, quantities, periods, entities)}
    assert pattern.name in fired


def test_fact_rules_examples_cover_thirty_provinces_and_three_hundred_sentences():
    places = {f.get("location") for _, e in PATTERN_EXAMPLES for f in e.facts} - {None}
    assert len(PATTERN_EXAMPLES) >= 300
    assert len(places) >= 30


def test_fact_rules_every_weight_is_a_feature_the_scorer_computes(extractor, monkeypatch, corpus_texts):
    """No dead weight and no unweighted feature: run the corpus and every pattern
    example, and collect the feature names each decision's candidates carry."""
    seen: dict[str, set[str]] = defaultdict(set)
    choose = attachment.choose

    def recording(weights: DecisionWeights, candidates, counter=None):
        candidates = list(candidates)
        for _, features in candidates:
            seen[weights.name] |= set(features)
        return choose(weights, candidates, counter)

    monkeypatch.setattr(attachment, "choose", recording)
    for text in corpus_texts.values():
        extractor(text, doc_id="corpus")
    for _, example in PATTERN_EXAMPLES:
        _run(extractor, example)
    weights = load_rule_file(DEFAULT_RULES_DIR / "attachment.yaml", DecisionWeights).entries
    for decision in weights:
        assert set(decision.weights) == seen[decision.name], decision.name
