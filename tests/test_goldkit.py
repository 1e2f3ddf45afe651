"""The annotation kit every gold set is built with (scripts/goldkit.py):
quantities re-parsed from their text, header lines, sentence spans, and the
checks that catch a wrong annotation."""

from __future__ import annotations

import copy
import json

import pytest

from corpus_files import load_build_script, read_text
from corpus_sets import SETS

goldkit = load_build_script("goldkit")
EXTRA = SETS["extra"]


@pytest.mark.parametrize(("text", "expected"), [
    ("hơn 34,2 tỷ USD", (34.2e9, "USD", "over")),
    ("khoảng 980 triệu USD", (980e6, "USD", "about")),
    ("xấp xỉ 8.700 tỷ đồng", (8.7e12, "VND", "about")),
    ("dưới 60 triệu USD", (60e6, "USD", "under")),
    ("gần 9.800 tỷ đồng", (9.8e12, "VND", "nearly")),
    ("trên 100 quốc gia và vùng lãnh thổ", (100, "quốc gia", "over")),
    ("ba địa phương", (3, "địa phương", "exact")),
    ("8,12%", (8.12, "percent", "exact")),
    ("1 tỷ 200 triệu USD", (1.2e9, "USD", "exact")),
    ("5.500 nghìn tỉ đồng", (5.5e15, "VND", "exact")),
    ("chưa đến 880 triệu usd", (880e6, "USD", "under")),
])
def test_goldkit_parse_quantity_reads_vietnamese_numbers(text, expected):
    amount, unit, qualifier = goldkit.parse_quantity(text)
    assert (unit, qualifier) == expected[1:]
    assert amount == pytest.approx(expected[0])


def test_goldkit_header_lines_are_metadata_and_the_headline_may_follow_the_date():
    text = "date 2025-11-01\nlocation Long An\nXuất khẩu tăng 5%.\nĐạt 3 tỷ USD."
    assert goldkit.header(text) == (33, "2025-11-01", "Long An")
    assert [text[s:e] for s, e in goldkit.sentence_spans(text)] == ["Xuất khẩu tăng 5%.", "Đạt 3 tỷ USD."]
    inline = " date 2025-11-01 Bằng việc đẩy mạnh sản xuất xanh, xuất khẩu tăng."
    assert inline[goldkit.sentence_spans(inline)[0][0]:].startswith("Bằng việc")


def _extra_gold() -> tuple[str, str, dict]:
    stem = EXTRA.stems[0]
    return stem, read_text(EXTRA.path / "articles" / f"{stem}.txt"), \
        json.loads(read_text(EXTRA.path / "gold" / f"{stem}.json"))


def test_goldkit_validator_accepts_a_written_gold_file():
    stem, text, gold = _extra_gold()
    assert goldkit.validate(stem, text, gold) == []


@pytest.mark.parametrize(("change", "problem"), [
    (lambda g: g["entities"][0].update(start=g["entities"][0]["start"] + 1), "differs"),
    (lambda g: next(f for f in g["facts"] if f["value"])["value"].update(amount=7.77e15), "no quantity of its evidence"),
    (lambda g: next(f for f in g["facts"] if f["period"]).update(period={"start": "2024-05", "end": "2024-12",
                                                                          "cumulative": True}), "a stock has start null"),
    (lambda g: g["facts"][0].update(location="Atlantis"), "location 'Atlantis'"),
    (lambda g: g["facts"][0].update(product="Hàng dệt may"), "spec form"),
])
def test_goldkit_validator_reports_each_kind_of_mistake(change, problem):
    stem, text, gold = _extra_gold()
    broken = copy.deepcopy(gold)
    change(broken)
    assert any(problem in found for found in goldkit.validate(stem, text, broken))
