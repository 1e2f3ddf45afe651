"""Tests of the evaluator on small hand-made gold/prediction pairs."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from extract.evaluate import (
    EvaluationInputError,
    add_arguments,
    canonical_string,
    evaluate_dirs,
    evaluate_documents,
    main,
)
from extract.schema import Document, Entity, Fact, Quantity

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

TEXT = (
    "Năm 2024, kim ngạch xuất khẩu của tỉnh Bình Dương ước đạt hơn 34,5 tỷ USD, "
    "tăng 13% so với cùng kỳ. Nhập khẩu ước đạt 24,5 tỷ USD, tăng 12%. "
    "Chỉ số sản xuất công nghiệp ước tăng 9,55%. Xuất khẩu thuỷ sản đạt 1,2 tỷ USD."
)
SENTENCES = [s + "." for s in TEXT.rstrip(".").split(". ")]
YEAR_2024 = {"start": "2024-01", "end": "2024-12", "cumulative": False}


def _span(fragment: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(fragment, start + 1)
    return start, start + len(fragment)


def _evidence(n: int) -> dict[str, int]:
    start, end = _span(SENTENCES[n])
    return {"start": start, "end": end}


def _fact(base: dict, **changes) -> Fact:
    return Fact.model_validate({**base, **changes})


EXPORT = {
    "metric": "export_value", "location": "Bình Dương", "period": YEAR_2024,
    "value": {"amount": 34.5e9, "unit": "USD", "qualifier": "over"}, "status": "estimate",
    "change": {"direction": "up", "percent": 13, "basis": "same_period_last_year",
               "qualifier": "exact"},
    "evidence": _evidence(0),
}
IMPORT = {
    "metric": "import_value", "location": "Bình Dương", "period": YEAR_2024,
    "value": {"amount": 24.5e9, "unit": "USD", "qualifier": "exact"}, "status": "estimate",
    "change": {"direction": "up", "percent": 12, "basis": None, "qualifier": "exact"},
    "evidence": _evidence(1),
}
IIP = {
    "metric": "industrial_production_index", "location": "Bình Dương", "period": YEAR_2024,
    "value": None, "status": "estimate",
    "change": {"direction": "up", "percent": 9.55, "basis": None, "qualifier": "exact"},
    "evidence": _evidence(2),
}
SEAFOOD = {
    "metric": "export_value", "location": "Bình Dương", "period": YEAR_2024,
    "value": {"amount": 1.2e9, "unit": "USD", "qualifier": "exact"}, "status": "actual",
    "product": "thuỷ sản", "evidence": _evidence(3),
}
GOLD_FACTS = [EXPORT, IMPORT, IIP, SEAFOOD]


def _quantity(fragment: str, amount: float, unit: str, qualifier: str = "exact") -> Quantity:
    start, end = _span(fragment)
    return Quantity(text=fragment, start=start, end=end, amount=amount, unit=unit,
                    qualifier=qualifier)


GOLD_QUANTITIES = [
    _quantity("hơn 34,5 tỷ USD", 34.5e9, "USD", "over"),
    _quantity("13%", 13, "percent"),
    _quantity("24,5 tỷ USD", 24.5e9, "USD"),
    _quantity("12%", 12, "percent"),
    _quantity("9,55%", 9.55, "percent"),
    _quantity("1,2 tỷ USD", 1.2e9, "USD"),
]
GOLD_ENTITIES = [Entity(text="Bình Dương", start=_span("Bình Dương")[0],
                        end=_span("Bình Dương")[1], type="PROVINCE", norm="Bình Dương")]


def _doc(facts=None, quantities=None, entities=None, doc_id: str = "a") -> Document:
    return Document(
        doc_id=doc_id,
        facts=[_fact(f) for f in (GOLD_FACTS if facts is None else facts)],
        quantities=GOLD_QUANTITIES if quantities is None else quantities,
        entities=GOLD_ENTITIES if entities is None else entities,
    )


def _run(pred: Document, gold: Document | None = None, text: str | None = TEXT):
    texts = {"a": text} if text is not None else None
    return evaluate_documents({"a": gold or _doc()}, {"a": pred}, texts)


def _prf(score: dict) -> tuple:
    return (score["p"], score["r"], score["f1"], score["tp"], score["n_gold"], score["n_pred"])


# ---------------------------------------------------------------- facts


def test_evaluate_perfect_match_scores_one_everywhere():
    result = _run(_doc()).to_dict()
    for block in (result["facts"]["strict"], result["facts"]["relaxed"],
                  result["quantities"]["exact"], result["quantities"]["lenient"],
                  result["entities"]["micro"], result["entities"]["per_type"]["PROVINCE"],
                  result["per_article"]["a"]["facts_strict"]):
        assert (block["p"], block["r"], block["f1"]) == (1.0, 1.0, 1.0)
    assert result["slots"] == dict.fromkeys(
        ("status", "qualifier", "change", "partner", "product", "sector", "subject"), 1.0)
    assert result["facts"]["strict"]["tp"] == 4


def test_evaluate_missing_fact_lowers_recall_only():
    result = _run(_doc([EXPORT, IIP, SEAFOOD])).to_dict()
    assert _prf(result["facts"]["strict"]) == (1.0, 0.75, pytest.approx(6 / 7), 3, 4, 3)
    assert result["per_metric"]["import_value"]["r"] == 0.0
    assert result["per_metric"]["export_value"]["r"] == 1.0


def test_evaluate_spurious_fact_lowers_precision_only():
    balance = {**IMPORT, "metric": "trade_balance", "value": {"amount": 10e9, "unit": "USD"}}
    result = _run(_doc([*GOLD_FACTS, balance])).to_dict()
    assert _prf(result["facts"]["strict"]) == (0.8, 1.0, pytest.approx(8 / 9), 4, 4, 5)
    assert result["per_metric"]["trade_balance"] == {
        "p": 0.0, "r": 0.0, "f1": 0.0, "tp": 0, "n_gold": 0, "n_pred": 1}


@pytest.mark.parametrize("factor, matches", [
    (1.004, True), (0.996, True), (1.005, True), (1.006, False), (0.994, False),
])
def test_evaluate_amount_tolerance_is_half_a_percent(factor, matches):
    value = {**IMPORT["value"], "amount": 24.5e9 * factor}
    result = _run(_doc([EXPORT, {**IMPORT, "value": value}, IIP, SEAFOOD])).to_dict()
    assert result["facts"]["strict"]["tp"] == (4 if matches else 3)
    assert result["facts"]["relaxed"]["tp"] == (4 if matches else 3)


def test_evaluate_different_unit_never_matches():
    value = {**SEAFOOD["value"], "unit": "VND"}
    result = _run(_doc([EXPORT, IMPORT, IIP, {**SEAFOOD, "value": value}])).to_dict()
    assert result["facts"]["relaxed"]["tp"] == 3


def test_evaluate_wrong_period_matches_relaxed_only():
    period = {"start": "2024-01", "end": "2024-05", "cumulative": False}
    report = _run(_doc([{**EXPORT, "period": period}, IMPORT, IIP, SEAFOOD]))
    result = report.to_dict()
    assert _prf(result["facts"]["strict"]) == (0.75, 0.75, 0.75, 3, 4, 4)
    assert _prf(result["facts"]["relaxed"]) == (1.0, 1.0, 1.0, 4, 4, 4)
    missed, spurious = report.errors
    assert (missed.kind, missed.index, spurious.kind, spurious.index) == (
        "missed", 0, "spurious", 0)
    assert missed.differences == ["period: gold 2024-01..2024-12 ≠ pred 2024-01..2024-05"]


@pytest.mark.parametrize("location, matches", [
    ("bình   dương", True), (None, False), ("Bình Định", False),
])
def test_evaluate_location_compares_canonical_strings(location, matches):
    result = _run(_doc([{**EXPORT, "location": location}, IMPORT, IIP, SEAFOOD])).to_dict()
    assert result["facts"]["strict"]["tp"] == (4 if matches else 3)
    assert result["facts"]["relaxed"]["tp"] == 4


def test_evaluate_null_period_matches_only_null_period():
    gold = _doc([{**EXPORT, "period": None}])
    assert _run(_doc([{**EXPORT, "period": None}]), gold).facts_strict.tp == 1
    assert _run(_doc([EXPORT]), gold).facts_strict.tp == 0
    assert _run(_doc([{**EXPORT, "period": None}])).facts_relaxed.tp == 1


def test_evaluate_duplicate_predictions_are_paired_once():
    report = _run(_doc([EXPORT, EXPORT, IMPORT, IIP, SEAFOOD]))
    assert _prf(report.to_dict()["facts"]["strict"]) == (0.8, 1.0, pytest.approx(8 / 9), 4, 4, 5)
    (error,) = report.errors
    assert (error.kind, error.index) == ("spurious", 1)


def test_evaluate_greedy_pairing_follows_gold_order():
    # Both gold facts match the single prediction relaxed; the first gold one takes it.
    gold = _doc([EXPORT, {**EXPORT, "period": None}])
    result = _run(_doc([EXPORT]), gold).to_dict()
    assert (result["facts"]["relaxed"]["tp"], result["facts"]["strict"]["tp"]) == (1, 1)


@pytest.mark.parametrize("pred_change, matches", [
    ({"direction": "up", "percent": 9.58}, True),     # 0.31% off
    ({"direction": "up", "percent": 9.62}, False),    # 0.73% off
    ({"direction": "up", "percent": None}, False),
    (None, False),
])
def test_evaluate_both_null_values_match_through_change_percent(pred_change, matches):
    result = _run(_doc([EXPORT, IMPORT, {**IIP, "change": pred_change}, SEAFOOD])).to_dict()
    assert result["facts"]["strict"]["tp"] == (4 if matches else 3)


def test_evaluate_both_null_values_and_null_percents_match():
    bare = {**IIP, "change": {"direction": "up", "percent": None}}
    gold = _doc([bare])
    assert _run(_doc([{**IIP, "change": None}]), gold).facts_strict.tp == 1
    assert _run(_doc([IIP]), gold).facts_strict.tp == 0


def test_evaluate_value_against_null_value_never_matches():
    with_value = {**IIP, "value": {"amount": 9.55, "unit": "percent"}}
    assert _run(_doc([EXPORT, IMPORT, with_value, SEAFOOD])).facts_relaxed.tp == 3


# ---------------------------------------------------------------- missing files, notes


def _write(directory: Path, doc: Document, stem: str | None = None) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / f"{stem or doc.doc_id}.json").write_text(doc.to_json(), encoding="utf-8")


def test_evaluate_missing_prediction_file_counts_as_all_missed(tmp_path):
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    _write(gold_dir, _doc(doc_id="a"))
    _write(gold_dir, _doc(doc_id="b"))
    _write(pred_dir, _doc(doc_id="a"))
    _write(pred_dir, _doc(doc_id="c"))
    result = evaluate_dirs(gold_dir, pred_dir).to_dict()
    assert _prf(result["facts"]["strict"]) == (1.0, 0.5, pytest.approx(2 / 3), 4, 8, 4)
    assert _prf(result["quantities"]["exact"]) == (1.0, 0.5, pytest.approx(2 / 3), 6, 12, 6)
    assert result["per_article"]["b"]["has_prediction"] is False
    assert result["per_article"]["b"]["facts_strict"]["f1"] == 0.0
    assert set(result["per_article"]) == {"a", "b"}
    assert any("without gold: c" in note for note in result["notes"])
    assert any("without prediction" in note and "b" in note for note in result["notes"])


@pytest.mark.parametrize("content, problem", [
    ('{"doc_id": "a", "facts": [', "malformed JSON"),
    ('{"doc_id": "a", "facts": [{"metric": "gdp", "evidence": {"start": 0, "end": 5}}]}',
     "facts.0.metric"),
    ('[1, 2]', "does not match the schema"),
])
def test_evaluate_malformed_prediction_raises_naming_the_file(tmp_path, content, problem):
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    _write(gold_dir, _doc(doc_id="a"))
    pred_dir.mkdir()
    (pred_dir / "a.json").write_text(content, encoding="utf-8")
    with pytest.raises(EvaluationInputError) as info:
        evaluate_dirs(gold_dir, pred_dir)
    message = str(info.value)
    assert str(pred_dir / "a.json") in message and problem in message
    assert info.value.__cause__ is None and info.value.__suppress_context__


def test_evaluate_missing_directory_raises(tmp_path):
    with pytest.raises(EvaluationInputError, match="does not exist"):
        evaluate_dirs(tmp_path / "nope", tmp_path)


# ---------------------------------------------------------------- quantities, entities


@pytest.mark.parametrize("fragment, amount, exact_tp, lenient_tp", [
    ("hơn 34,5 tỷ USD", 34.5e9, 1, 1),   # same span
    ("34,5 tỷ USD", 34.5e9, 0, 1),       # overlapping span, no `hơn`
    ("34,5 tỷ USD", 35e9, 0, 0),         # overlapping span, other amount
    ("24,5 tỷ USD", 34.5e9, 0, 0),       # same amount elsewhere
])
def test_evaluate_quantity_exact_versus_lenient(fragment, amount, exact_tp, lenient_tp):
    gold = _doc(quantities=GOLD_QUANTITIES[:1])
    pred = _doc(quantities=[_quantity(fragment, amount, "USD")])
    result = _run(pred, gold).to_dict()
    assert result["quantities"]["exact"]["tp"] == exact_tp
    assert result["quantities"]["lenient"]["tp"] == lenient_tp


def test_evaluate_lenient_quantities_pair_one_to_one():
    pred = _doc(quantities=[_quantity("34,5 tỷ USD", 34.5e9, "USD"),
                            _quantity("hơn 34,5 tỷ USD", 34.5e9, "USD")])
    result = _run(pred, _doc(quantities=GOLD_QUANTITIES[:1])).to_dict()
    assert _prf(result["quantities"]["lenient"]) == (0.5, 1.0, pytest.approx(2 / 3), 1, 1, 2)


def _province(norm: str | None, type_: str = "PROVINCE") -> Entity:
    return Entity.model_validate({**GOLD_ENTITIES[0].model_dump(), "norm": norm, "type": type_})


@pytest.mark.parametrize("gold_norm, pred, matches", [
    ("Bình Dương", _province("Bình Dương"), True),
    ("Bình Dương", _province("Bình Định"), False),
    ("Bình Dương", _province(None), False),
    ("Thanh Hóa", _province("Thanh Hoá"), True),
    (None, _province("whatever"), True),
    ("Bình Dương", _province("Bình Dương", "ORG"), False),
])
def test_evaluate_entity_norm_and_type_decide_the_match(gold_norm, pred, matches):
    gold = _doc(entities=[_province(gold_norm)])
    result = _run(_doc(entities=[pred]), gold).to_dict()
    assert result["entities"]["micro"]["tp"] == int(matches)
    assert result["entities"]["per_type"]["PROVINCE"]["r"] == (1.0 if matches else 0.0)


def test_evaluate_entities_per_type_and_micro():
    country = Entity(text="USD", start=_span("USD")[0], end=_span("USD")[1], type="COUNTRY",
                     norm="US")  # a spurious prediction of another type
    result = _run(_doc(entities=[*GOLD_ENTITIES, country])).to_dict()["entities"]
    assert _prf(result["per_type"]["PROVINCE"]) == (1.0, 1.0, 1.0, 1, 1, 1)
    # No gold COUNTRY but one predicted: P and R are both 0 by the zero-division rule.
    assert _prf(result["per_type"]["COUNTRY"]) == (0.0, 0.0, 0.0, 0, 0, 1)
    assert _prf(result["micro"]) == (0.5, 1.0, pytest.approx(2 / 3), 1, 1, 2)


# ---------------------------------------------------------------- slots


def test_evaluate_slot_accuracy_counts_only_strict_pairs():
    pred = _doc([
        {**EXPORT, "status": "actual"},                                   # matched, status wrong
        {**IMPORT, "period": None, "status": "target", "product": "gỗ"},  # unmatched: ignored
        {**IIP, "change": {**IIP["change"], "basis": "plan"}},            # matched, change wrong
        {**SEAFOOD, "product": "Thủy  sản"},                              # matched, product right
    ])
    result = _run(pred).to_dict()
    assert result["facts"]["strict"]["tp"] == 3
    assert result["slots"] == {
        "status": pytest.approx(2 / 3), "qualifier": 1.0, "change": pytest.approx(2 / 3),
        "partner": 1.0, "product": 1.0, "sector": 1.0, "subject": 1.0}


@pytest.mark.parametrize("change, correct", [
    ({"direction": "up", "percent": 13.05, "basis": "same_period_last_year"}, True),
    ({"direction": "down", "percent": 13, "basis": "same_period_last_year"}, False),
    ({"direction": "up", "percent": 13.1, "basis": "same_period_last_year"}, False),
    ({"direction": "up", "percent": 13, "basis": None}, False),
    (None, False),
])
def test_evaluate_change_slot_needs_direction_percent_and_basis(change, correct):
    result = _run(_doc([{**EXPORT, "change": change}]), _doc([EXPORT])).to_dict()
    assert result["slots"]["change"] == (1.0 if correct else 0.0)


def test_evaluate_slots_are_null_without_matched_pairs():
    result = _run(_doc([]), _doc([EXPORT])).to_dict()
    assert set(result["slots"].values()) == {None}


def test_evaluate_empty_gold_and_prediction_scores_one():
    result = _run(_doc([], [], []), _doc([], [], [])).to_dict()
    assert _prf(result["facts"]["strict"]) == (1.0, 1.0, 1.0, 0, 0, 0)
    assert _prf(result["entities"]["micro"]) == (1.0, 1.0, 1.0, 0, 0, 0)


# ---------------------------------------------------------------- strings


@pytest.mark.parametrize("old, modern", [
    ("thuỷ sản", "thủy sản"),
    ("hoá chất", "hóa chất"),
    ("Thanh Hoá", "thanh hóa"),
    ("khoẻ", "khỏe"),
    ("Uỷ ban", "ủy ban"),
    ("quý I", "quý i"),
    ("hoàng", "hoàng"),
    ("  Dệt\tmay \n", "dệt may"),
    ("Thủy sản", "thủy sản"),
])
def test_evaluate_canonical_string(old, modern):
    assert canonical_string(old) == modern


def test_evaluate_canonical_string_composes_decomposed_input():
    decomposed = "thu\u0309y sa\u0309n"  # NFD-ish: hook above as combining marks
    assert canonical_string(decomposed) == "thủy sản"


# ---------------------------------------------------------------- errors, output, corpus


def test_evaluate_error_listing_quotes_evidence_or_offsets():
    pred = _doc([EXPORT, IIP, SEAFOOD])
    with_text = _run(pred).format_errors()
    assert with_text.startswith("MISSED a gold fact #1")
    assert SENTENCES[1] in with_text
    assert "nearest pred: none with this metric" in with_text
    without_text = _run(pred, text=None).format_errors()
    ev = IMPORT["evidence"]
    assert f"evidence [{ev['start']}:{ev['end']}] (text unavailable)" in without_text


def test_evaluate_error_listing_names_each_slot_a_strict_pair_gets_wrong():
    pred = _doc([{**EXPORT, "status": "actual"}, IMPORT, IIP, {**SEAFOOD, "product": "gạo"}])
    report = _run(pred)
    assert [(e.gold_index, e.pred_index, e.slot) for e in report.slot_errors] == [
        (0, 0, "status"), (3, 3, "product")]
    listing = report.format_errors()
    assert listing.startswith("No fact errors.")
    assert "SLOT a gold fact #0 = pred fact #0: status gold estimate ≠ pred actual" in listing
    assert "product gold 'thuỷ sản' ≠ pred 'gạo'" in listing
    assert SENTENCES[3] in listing
    assert _run(_doc()).format_errors() == "No fact errors.\n\nNo slot errors."


def test_evaluate_nearest_candidate_shares_most_keys():
    pred = _doc([{**EXPORT, "location": "Bình Định", "period": None},
                 {**EXPORT, "period": None}, IMPORT, IIP, SEAFOOD])
    missed = [e for e in _run(pred).errors if e.kind == "missed"]
    assert [(e.index, e.candidate_index, e.differences) for e in missed] == [
        (0, 1, ["period: gold 2024-01..2024-12 ≠ pred null"])]


def test_evaluate_corpus_gold_against_itself_is_perfect():
    result = evaluate_dirs(CORPUS / "gold", CORPUS / "gold").to_dict()
    for block in (result["facts"]["strict"], result["facts"]["relaxed"],
                  result["quantities"]["exact"], result["entities"]["micro"]):
        assert (block["p"], block["r"], block["f1"]) == (1.0, 1.0, 1.0)
        assert block["n_gold"] > 0
    assert all(value == 1.0 for value in result["slots"].values())
    assert len(result["slots"]) == 7


def _cli(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    return parser.parse_args(argv)


def test_evaluate_main_prints_json_and_errors(tmp_path, capsys):
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    _write(gold_dir, _doc())
    _write(pred_dir, _doc([EXPORT, IIP, SEAFOOD]))
    assert main(_cli(["--gold", str(gold_dir), "--pred", str(pred_dir), "--json",
                      "--errors"])) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["facts"]["strict"]["r"] == 0.75
    assert "MISSED a gold fact #1" in err


def test_evaluate_main_returns_2_on_bad_input(tmp_path, capsys):
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    _write(gold_dir, _doc())
    pred_dir.mkdir()
    (pred_dir / "a.json").write_text("not json", encoding="utf-8")
    assert main(_cli(["--gold", str(gold_dir), "--pred", str(pred_dir)])) == 2
    out, err = capsys.readouterr()
    assert out == "" and "a.json" in err and "malformed JSON" in err


def test_evaluate_text_table_lists_sections():
    table = _run(_doc([EXPORT, IIP, SEAFOOD])).format_text()
    for heading in ("Facts", "Quantities", "Entities", "Slot accuracy (on 3 strict pairs)",
                    "Facts per metric (strict)", "Per article"):
        assert heading in table
