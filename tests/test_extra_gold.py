"""Checks special to corpus/extra and scripts/build_extra_gold.py (the checks
every gold set shares are in test_corpus_gold.py)."""

from __future__ import annotations

import json
import pytest

from corpus_files import ROOT, load_build_script, read_text

EXTRA = ROOT / "corpus" / "extra"
EXTRA_STEMS = sorted(path.stem for path in (EXTRA / "gold").glob("*.json"))


build_extra_gold = load_build_script("build_extra_gold")


def _gold(stem: str) -> dict:
    return json.loads(read_text(EXTRA / "gold" / f"{stem}.json"))


def _article(stem: str) -> str:
    return read_text(EXTRA / "articles" / f"{stem}.txt")


def test_extra_gold_has_at_least_six_articles_each_with_its_text():
    assert len(EXTRA_STEMS) >= 6
    assert all((EXTRA / "articles" / f"{stem}.txt").is_file() for stem in EXTRA_STEMS)


@pytest.mark.parametrize("stem", EXTRA_STEMS)
def test_extra_gold_fact_values_are_quantities_of_their_evidence(stem):
    gold = _gold(stem)
    for fact in gold["facts"]:
        if fact["value"] is None:
            continue
        inside = [q for q in gold["quantities"]
                  if fact["evidence"]["start"] <= q["start"] and q["end"] <= fact["evidence"]["end"]]
        assert any(abs(fact["value"]["amount"]) == q["amount"] and fact["value"]["unit"] == q["unit"]
                   for q in inside), fact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hơn 34,2 tỷ USD", (34.2e9, "USD", "over")),
        ("khoảng 980 triệu USD", (980e6, "USD", "about")),
        ("xấp xỉ 8.700 tỷ đồng", (8.7e12, "VND", "about")),
        ("dưới 60 triệu USD", (60e6, "USD", "under")),
        ("gần 9.800 tỷ đồng", (9.8e12, "VND", "nearly")),
        ("trên 100 quốc gia và vùng lãnh thổ", (100, "quốc gia", "over")),
        ("ba địa phương", (3, "địa phương", "exact")),
        ("8,12%", (8.12, "percent", "exact")),
        ("5,6 triệu tấn", (5.6e6, "tấn", "exact")),
        ("1.432 MW", (1432, "MW", "exact")),
    ],
)
def test_build_extra_gold_parse_quantity_reads_vietnamese_numbers(text, expected):
    amount, unit, qualifier = build_extra_gold.parse_quantity(text)
    assert (unit, qualifier) == expected[1:]
    assert amount == pytest.approx(expected[0])


def test_build_extra_gold_validator_reports_a_shifted_span():
    stem = EXTRA_STEMS[0]
    gold = _gold(stem)
    gold["entities"][0]["start"] += 1
    problems = build_extra_gold.validate(stem, _article(stem), gold)
    assert any("differs" in problem for problem in problems)


def test_build_extra_gold_validator_reports_a_value_missing_from_the_evidence():
    stem = EXTRA_STEMS[0]
    gold = _gold(stem)
    fact = next(f for f in gold["facts"] if f["value"])
    fact["value"]["amount"] *= 7
    problems = build_extra_gold.validate(stem, _article(stem), gold)
    assert any("is no quantity of its evidence" in problem for problem in problems)


def test_build_extra_gold_sentences_do_not_end_at_tp_abbreviation():
    text = "Theo Sở Tài chính TP. Hồ Chí Minh, vốn FDI tăng. Nhập khẩu giảm."
    sentences = [text[s:e] for s, e in build_extra_gold.sentence_spans(text)]
    assert sentences == ["Theo Sở Tài chính TP. Hồ Chí Minh, vốn FDI tăng.", "Nhập khẩu giảm."]


def test_extra_gold_articles_have_no_carriage_returns():
    # Read with newline="" (spec): a CRLF would shift every offset after it.
    for stem in EXTRA_STEMS:
        assert "\r" not in _article(stem)


def test_extra_gold_notes_describe_every_article():
    notes = read_text(EXTRA / "NOTES.md")
    missing = [stem for stem in EXTRA_STEMS if stem not in notes]
    assert missing == []
