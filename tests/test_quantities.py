"""QuantityRecognizer on real sentences, the corpus and malformed rule files."""

from __future__ import annotations

import json
import math
import shutil
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus_files import ARTICLES, GOLD, corpus_stems, read_text
from extract.analysis import Analysis
from extract.pipeline import to_original
from extract.recognizers.quantities import QuantityRecognizer
from extract.rules import DEFAULT_RULES_DIR, RuleFileError


@pytest.fixture(scope="module")
def recognize() -> QuantityRecognizer:
    return QuantityRecognizer(DEFAULT_RULES_DIR)


def _found(recognize, text: str) -> list[tuple[str, float, str, str]]:
    return [(q.text, q.amount, q.unit, q.qualifier.value) for q in recognize(Analysis.of(text, "t"))]


@pytest.mark.parametrize(("text", "expected"), [
    ("Lũy kế 5 tháng đầu năm 2024, kim ngạch xuất khẩu đạt 1,82 tỷ USD.",
     [("1,82 tỷ USD", 1.82e9, "USD", "exact")]),
    ("Năm 2023, tỉnh thu hút 32 dự án với tổng vốn 5.500 tỷ đồng, vượt 55% kế hoạch.",
     [("32 dự án", 32, "dự án", "exact"), ("5.500 tỷ đồng", 5.5e12, "VND", "exact"),
      ("55%", 55, "percent", "exact")]),
    ("Hàng hóa hiện đã có mặt tại gần 70 quốc gia và vùng lãnh thổ, với hơn 55 nhóm sản phẩm.",
     [("gần 70 quốc gia và vùng lãnh thổ", 70, "quốc gia", "nearly"),
      ("hơn 55 nhóm sản phẩm", 55, "nhóm sản phẩm", "over")]),
    ("Vốn FDI đạt 1 tỷ 136 triệu USD, gấp 3,1 lần so với năm 2022.",
     [("1 tỷ 136 triệu USD", 1.136e9, "USD", "exact"), ("3,1 lần", 3.1, "lần", "exact")]),
    ("Tỉnh có 13 trong tổng số 20 chỉ tiêu đạt, xếp thứ 39 cả nước.",
     [("20 chỉ tiêu", 20, "chỉ tiêu", "exact")]),
    ("Thu hút thêm ba dự án, tạo việc làm cho hai nghìn lao động.",
     [("ba dự án", 3, "dự án", "exact"), ("hai nghìn lao động", 2000, "lao động", "exact")]),
    ("Nhà máy có công suất 10 nghìn xe mô tô và 30 nghìn động cơ xe phân khối lớn/năm.",
     [("10 nghìn xe mô tô", 1e4, "xe mô tô", "exact"), ("30 nghìn động cơ", 3e4, "động cơ", "exact")]),
    ("Doanh nghiệp Nhật Bản đầu tư 120 tỷ yên và 3 tỷ won vào 6 tỉnh, thành phố.",
     [("120 tỷ yên", 1.2e11, "JPY", "exact"), ("3 tỷ won", 3e9, "KRW", "exact"),
      ("6 tỉnh, thành phố", 6, "tỉnh", "exact")]),
])
def test_quantities_sentences(recognize, text, expected):
    found = _found(recognize, text)
    assert [(t, u, q) for t, _, u, q in found] == [(t, u, q) for t, _, u, q in expected]
    assert all(math.isclose(a, b) for (_, a, _, _), (_, b, _, _) in zip(found, expected))


@pytest.mark.parametrize("text", [
    "Giai đoạn 2021-2030, tầm nhìn đến năm 2050.",
    "Trong 5 tháng đầu năm 2024 và 5 năm gần đây.",
    "Liên hệ đường dây nóng 0263 396 9798 hoặc số 36 Trần Phú, Phường 4, thành phố Đà Lạt.",
    "Theo Quyết định số 123/QĐ-UBND ngày 15/11/2023.",
    "Mã bài 000_4314af1d12c7d755, 0:00 / 0:00, mục tiêu “3 tốt”.",
    "Các khu công nghiệp như An Phát 1, Lương Điền thu hút hàng chục doanh nghiệp.",
])
def test_quantities_non_quantities_yield_nothing(recognize, text):
    assert _found(recognize, text) == []


def test_quantities_ranges_carry_their_upper_bound(recognize):
    quantities = recognize(Analysis.of("Dự kiến đạt từ 10 đến 12 tỷ USD, tăng 10-12%.", "t"))
    assert [(q.text, q.amount, q.max) for q in quantities] == [
        ("từ 10 đến 12 tỷ USD", 1e10, 1.2e10), ("10-12%", 10, 12)]


@pytest.mark.parametrize("form", ["NFD", "old_tones"])
def test_quantities_tolerate_nfd_and_old_tone_placement(recognize, form):
    text = "Xuất khẩu thuỷ sản đạt gần 580 nghìn tấn, ước đạt hơn 2 tỷ đô la Mỹ."
    if form == "NFD":
        text = unicodedata.normalize("NFD", text)
    analysis = Analysis.of(text, "t")
    quantities = [to_original(analysis.normalized, q) for q in recognize(analysis)]
    assert [(q.amount, q.unit, q.qualifier.value) for q in quantities] == [
        (580000, "tấn", "nearly"), (2e9, "USD", "over")]
    assert all(text[q.start:q.end] == q.text for q in quantities)


def test_quantities_offsets_index_the_normalized_text(recognize, corpus_texts):
    for stem, text in corpus_texts.items():
        analysis = Analysis.of(text, stem)
        for quantity in recognize(analysis):
            assert analysis.text[quantity.start:quantity.end] == quantity.text


def test_quantities_match_the_corpus_gold(recognize):
    true_positives = predicted = gold_count = 0
    for stem in corpus_stems():
        gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))["quantities"]
        analysis = Analysis.of(read_text(ARTICLES / f"{stem}.txt"), stem)
        found = {(q.start, q.end): q for q in (to_original(analysis.normalized, q) for q in recognize(analysis))}
        predicted, gold_count = predicted + len(found), gold_count + len(gold)
        for item in gold:
            quantity = found.get((item["start"], item["end"]))
            if (quantity is not None and quantity.unit == item["unit"]
                    and math.isclose(quantity.amount, item["amount"], rel_tol=0.005)):
                assert quantity.qualifier.value == item["qualifier"], item["text"]
                true_positives += 1
    precision, recall = true_positives / predicted, true_positives / gold_count
    assert 2 * precision * recall / (precision + recall) >= 0.99


def test_quantities_malformed_unit_file_names_file_and_entry(tmp_path):
    for name in ("numbers", "periods", "hedges"):
        shutil.copy(DEFAULT_RULES_DIR / f"{name}.yaml", tmp_path)
    (tmp_path / "units.yaml").write_text(
        "entries:\n  - name: usd\n    unit: USD\n    kind: money\n    forms: [USD]\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"units\.yaml: entry 'usd' \(#0\): field 'entries\.0\.kind'"):
        QuantityRecognizer(tmp_path)


FRAGMENTS = ["hơn ", "gần như ", "khoảng ", "từ ", " đến ", "-", "–", "1.326", "8,3", "0", "2024", "hai ",
             "mười lăm ", "năm ", "tỷ ", "nghìn ", "triệu ", "USD", "đồng", "%", " dự án", " tỉnh, thành phố",
             "tháng ", "quý I/", "/", ":", " ", ",", ".", "\n", "Thanh Hoá ", "thứ ", "cả ", "cao hơn "]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=14))
def test_quantities_spans_always_reproduce_their_text(recognize, pieces):
    text = "".join(pieces)
    analysis = Analysis.of(text, "t")
    for quantity in recognize(analysis):
        assert analysis.text[quantity.start:quantity.end] == quantity.text
        assert quantity.amount >= 0
        original = to_original(analysis.normalized, quantity)
        assert text[original.start:original.end] == original.text
