"""Checks special to corpus/holdout and scripts/build_holdout_gold.py (the checks
every gold set shares are in test_corpus_gold.py)."""

from __future__ import annotations

import copy
import json

import pytest

from corpus_files import ROOT, load_build_script, read_text

HOLDOUT = ROOT / "corpus" / "holdout"
HOLDOUT_STEMS = sorted(path.stem for path in (HOLDOUT / "gold").glob("*.json"))


build_holdout_gold = load_build_script("build_holdout_gold")


def _gold(stem: str) -> dict:
    return json.loads(read_text(HOLDOUT / "gold" / f"{stem}.json"))


def _article(stem: str) -> str:
    return read_text(HOLDOUT / "articles" / f"{stem}.txt")


def test_holdout_gold_has_six_articles_each_with_its_text():
    assert len(HOLDOUT_STEMS) == 6
    assert all((HOLDOUT / "articles" / f"{stem}.txt").is_file() for stem in HOLDOUT_STEMS)


@pytest.mark.parametrize("stem", HOLDOUT_STEMS)
def test_holdout_gold_articles_are_150_to_350_words(stem):
    text = _article(stem)
    body = text.split("\n", 1)[1] if text.startswith("date ") else text
    assert 150 <= len(body.split()) <= 350


def test_holdout_gold_has_date_lines_in_all_but_one_article():
    dated = [stem for stem in HOLDOUT_STEMS if _article(stem).startswith("date ")]
    assert len(dated) == len(HOLDOUT_STEMS) - 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("gần 18,6 ngàn tỷ đồng", (18.6e12, "VND", "nearly")),
        ("575,4 ngàn tỷ đồng", (575.4e12, "VND", "exact")),
        ("428,6 nghìn tỷ đồng", (428.6e12, "VND", "exact")),
        ("hơn 11,8 tỉ USD", (11.8e9, "USD", "over")),
        ("tầm 790 triệu USD", (790e6, "USD", "about")),
        ("gần như 1.500 lao động", (1500, "lao động", "about")),
        ("trên 2.000 lao động", (2000, "lao động", "over")),
        ("hai dự án", (2, "dự án", "exact")),
        ("1,3 điểm phần trăm", (1.3, "điểm phần trăm", "exact")),
        ("hơn 30 quốc gia", (30, "quốc gia", "over")),
    ],
)
def test_build_holdout_gold_parse_quantity_reads_vietnamese_numbers(text, expected):
    amount, unit, qualifier = build_holdout_gold.parse_quantity(text)
    assert (unit, qualifier) == expected[1:]
    assert amount == pytest.approx(expected[0])


def test_build_holdout_gold_validator_reports_a_shifted_span():
    stem = HOLDOUT_STEMS[0]
    gold = _gold(stem)
    gold["quantities"][0]["start"] += 1
    problems = build_holdout_gold.validate(stem, _article(stem), gold)
    assert any("differs" in problem for problem in problems)


def test_build_holdout_gold_validator_reports_a_misread_ngan_ty_amount():
    stem = "h03_long_an"
    gold = _gold(stem)
    quantity = next(q for q in gold["quantities"] if "ngàn tỷ" in q["text"])
    quantity["amount"] /= 1000  # `ngàn tỷ` read as `ngàn` alone
    problems = build_holdout_gold.validate(stem, _article(stem), gold)
    assert any("re-parsed" in problem for problem in problems)


def test_build_holdout_gold_validator_reports_a_stock_with_a_start():
    stem = "h03_long_an"
    gold = copy.deepcopy(_gold(stem))
    fact = next(f for f in gold["facts"] if f["period"] and f["period"]["cumulative"])
    fact["period"]["start"] = "2024-01"
    problems = build_holdout_gold.validate(stem, _article(stem), gold)
    assert any("malformed" in problem for problem in problems)


def test_build_holdout_gold_validator_reports_an_unannotated_province():
    stem = "h02_thai_nguyen"
    gold = _gold(stem)
    first = next(i for i, e in enumerate(gold["entities"]) if e["text"] == "Bắc Kạn")
    del gold["entities"][first]
    problems = build_holdout_gold.validate(stem, _article(stem), gold)
    assert any("'Bắc Kạn'" in problem and "not annotated" in problem for problem in problems)


def test_holdout_gold_articles_have_no_carriage_returns():
    for stem in HOLDOUT_STEMS:
        assert "\r" not in _article(stem)


def test_holdout_gold_notes_describe_every_article_and_say_held_out():
    notes = read_text(HOLDOUT / "NOTES.md")
    assert notes.startswith("Held-out set: do not tune rules on these articles; report scores on them separately.")
    assert [stem for stem in HOLDOUT_STEMS if stem not in notes] == []
