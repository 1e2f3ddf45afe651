import json

import pytest
from pydantic import ValidationError

from extract.schema import (
    Document, Entity, EntityType, Fact, Metric, Period, Quantity, Qualifier, Span, Status, Value,
    document_json_schema,
)

from corpus_files import GOLD


@pytest.mark.parametrize("path", sorted(GOLD.glob("*.json")), ids=lambda p: p.stem)
def test_schema_loads_every_gold_file(path):
    document = Document.model_validate_json(path.read_text(encoding="utf-8"))
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert len(document.facts) == len(raw["facts"])
    assert len(document.quantities) == len(raw["quantities"])
    assert len(document.entities) == len(raw["entities"])


def test_schema_enums_are_real_enums():
    fact = Fact.model_validate({"metric": "export_value", "status": "estimate",
                                "evidence": {"start": 0, "end": 5}})
    assert fact.metric is Metric.EXPORT_VALUE
    assert fact.status is Status.ESTIMATE
    with pytest.raises(ValidationError, match="metric"):
        Fact.model_validate({"metric": "exports", "evidence": {"start": 0, "end": 5}})


@pytest.mark.parametrize("period, problem", [
    ({"start": "2024-05", "end": "2024-01"}, "before start"),
    ({"start": "2024-13", "end": "2024-12"}, "not YYYY-MM"),
    ({"start": "2024-1", "end": "2024-12"}, "not YYYY-MM"),
    ({"start": None, "end": "24-12", "cumulative": True}, "not YYYY-MM"),
])
def test_schema_period_rejects_impossible_values(period, problem):
    with pytest.raises(ValidationError, match=problem):
        Period.model_validate(period)


def test_schema_span_rejects_empty_and_reversed():
    with pytest.raises(ValidationError, match="greater than start"):
        Span(start=5, end=5)
    with pytest.raises(ValidationError, match="greater than start"):
        Span(start=7, end=3)


def test_schema_mention_text_must_fit_its_span():
    with pytest.raises(ValidationError, match="characters"):
        Entity(text="Bình Dương", start=0, end=5, type="PROVINCE", norm="Bình Dương")


def test_schema_rejects_negative_counts_but_not_trade_deficits():
    with pytest.raises(ValidationError, match="negative"):
        Quantity(text="-3 dự án", start=0, end=8, amount=-3, unit="dự án")
    with pytest.raises(ValidationError, match="negative"):
        Value(amount=-75000, unit="lao động")
    deficit = Value(amount=-369e6, unit="USD")  # nhập siêu 369 triệu USD
    assert deficit.amount == -369e6


def test_schema_quantity_from_the_spec_example():
    quantity = Quantity.model_validate({"text": "hơn 8,3 tỷ USD", "start": 1234, "end": 1248,
                                        "amount": 8300000000, "unit": "USD", "qualifier": "over"})
    assert quantity.qualifier is Qualifier.OVER


def test_schema_json_schema_names_the_spec_fields():
    schema = document_json_schema()
    assert set(schema["required"]) == {"doc_id"}
    fact = schema["$defs"]["Fact"]["properties"]
    assert {"metric", "location", "period", "value", "status", "change", "partner",
            "product", "sector", "subject", "evidence"} <= set(fact)
    assert "export_value" in schema["$defs"]["Metric"]["enum"]


def test_schema_facts_table_flattens_each_fact():
    path = GOLD / "003_477b593c94134613.json"
    document = Document.model_validate_json(path.read_text(encoding="utf-8"))
    rows = document.facts_table()
    assert len(rows) == len(document.facts)
    first = rows[0]
    assert first["doc_id"] == "003_477b593c94134613"
    assert first["metric"] == "export_value" and first["location"] == "Bình Dương"
    assert (first["period_start"], first["period_end"]) == ("2024-01", "2024-12")
    assert first["unit"] == "VND" and first["amount"] == 34.5e9


def test_schema_entity_types_match_the_spec():
    assert {t.value for t in EntityType} == {
        "PROVINCE", "COUNTRY", "REGION", "FOREIGN_LOCALITY", "INDUSTRIAL_PARK", "ORG",
        "PERSON", "AGREEMENT"}
