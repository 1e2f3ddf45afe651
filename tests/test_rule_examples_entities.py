"""Every example and negative of the entity rule files, run as a test.

Each example must yield exactly the entities it lists (type and text as
written, norm where given), both as written and decomposed to NFD (the
pipeline normalizes, then maps spans back to the decomposed text). Each
negative must yield no entity of its file's types.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from extract.analysis import Analysis
from extract.pipeline import to_original
from extract.recognizers.entities.rulebook import EntityRule
from extract.recognizers.entities import EntityRecognizer
from extract.recognizers.places import CountryAliases, ProvinceAliases
from extract.rules import DEFAULT_RULES_DIR, load_rule_file
from extract.schema import EntityType

FILE_TYPES = {
    "provinces": (ProvinceAliases, {EntityType.PROVINCE}),
    "countries": (CountryAliases, {EntityType.COUNTRY}),
    "regions": (EntityRule, {EntityType.REGION}),
    "foreign_localities": (EntityRule, {EntityType.FOREIGN_LOCALITY}),
    "organizations": (EntityRule, {EntityType.ORG}),
    "people": (EntityRule, {EntityType.PERSON}),
    "parks": (EntityRule, {EntityType.INDUSTRIAL_PARK}),
    "agreements": (EntityRule, {EntityType.AGREEMENT}),
}
# Kinds of rule that must show what they do with at least one example.
KINDS_WITH_EXAMPLES = {"head", "list", "owner", "title", "credit", "admin", "surname"}


def _rule_files():
    return {stem: load_rule_file(DEFAULT_RULES_DIR / f"{stem}.yaml", model)
            for stem, (model, _) in FILE_TYPES.items()}


RULE_FILES = _rule_files()
EXAMPLES = [pytest.param(example, id=f"{stem}:{entry.name}:{i}")
            for stem, rule_file in RULE_FILES.items()
            for entry in rule_file.entries for i, example in enumerate(entry.examples)]
NEGATIVES = [pytest.param(text, FILE_TYPES[stem][1], id=f"{stem}:{text[:30]}")
             for stem, rule_file in RULE_FILES.items() for text in rule_file.negatives]


@pytest.fixture(scope="module")
def recognizer() -> EntityRecognizer:
    return EntityRecognizer(DEFAULT_RULES_DIR)


def _found(recognizer: EntityRecognizer, text: str) -> list:
    analysis = Analysis.of(text, "example")
    return [to_original(analysis.normalized, entity) for entity in recognizer(analysis)]


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


@pytest.mark.parametrize("form", [str, _nfd], ids=["as_written", "nfd"])
@pytest.mark.parametrize("example", EXAMPLES)
def test_rule_examples_entities_yield_exactly_the_expected(recognizer, example, form):
    found = _found(recognizer, form(example.text))
    assert all(form(example.text)[e.start:e.end] == e.text for e in found)
    expected = {(item["type"], form(item["text"])) for item in example.expect}
    assert {(e.type.value, e.text) for e in found} == expected
    norms = {(item["type"], form(item["text"])): item["norm"] for item in example.expect if "norm" in item}
    for entity in found:
        if (entity.type.value, entity.text) in norms:
            assert entity.norm == norms[(entity.type.value, entity.text)]


@pytest.mark.parametrize("text,types", NEGATIVES)
def test_rule_examples_entities_negatives_yield_nothing(recognizer, text, types):
    assert [e for e in _found(recognizer, text) if e.type in types] == []


def test_rule_examples_entities_every_pattern_rule_has_an_example():
    missing = [f"{stem}:{entry.name}" for stem, rule_file in RULE_FILES.items() for entry in rule_file.entries
               if getattr(entry, "kind", None) in KINDS_WITH_EXAMPLES and not entry.examples]
    assert missing == []


def test_rule_examples_entities_count_at_least_150():
    assert len(EXAMPLES) >= 150
