"""The entity recognizer on real Vietnamese text: spans, norms, the 2025 merger, the corpus."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata

import pytest

from corpus_files import ARTICLES, GOLD, corpus_stems, read_text
from extract.analysis import Analysis
from extract.evaluate import entities_match, pair_greedy
from extract.pipeline import to_original
from extract.recognizers.entities import EntityRecognizer, province_norm
from extract.recognizers.places import _official_provinces
from extract.rules import DEFAULT_RULES_DIR
from extract.schema import Entity, EntityType

AFTER_MERGER = dt.date(2025, 11, 1)


@pytest.fixture(scope="module")
def recognizer() -> EntityRecognizer:
    return EntityRecognizer(DEFAULT_RULES_DIR)


def _entities(recognizer: EntityRecognizer, text: str, date: dt.date | None = None) -> list[Entity]:
    analysis = Analysis.of(text, "test", date)
    return [to_original(analysis.normalized, e) for e in recognizer(analysis)]


def _provinces(recognizer, text, date=None) -> list[Entity]:
    return [e for e in _entities(recognizer, text, date) if e.type is EntityType.PROVINCE]


@pytest.mark.parametrize("name", _official_provinces().short_names)
def test_entities_every_official_province_is_recognized(recognizer, name):
    text = f"Kim ngạch xuất khẩu của tỉnh {name} tăng 12% so với cùng kỳ."
    found = _provinces(recognizer, text)
    assert [(e.text, e.start) for e in found] == [(name, text.index(name))]
    assert found[0].code is not None


@pytest.mark.parametrize("text,date,expected", [
    ("Vĩnh Phúc thu hút 80 dự án FDI", None, {"code": "26", "merged_into": "Phú Thọ"}),
    ("xuất khẩu của Bình Dương đạt 34,5 tỷ USD", None, {"code": "74", "merged_into": "TP. Hồ Chí Minh"}),
    ("Bắc Ninh dẫn đầu thu hút FDI", None, {"code": "27", "merged_into": "Bắc Ninh"}),
    ("Bắc Giang dẫn đầu thu hút FDI", None, {"code": "24", "merged_into": "Bắc Ninh"}),
    ("Phú Thọ sau sáp nhập", AFTER_MERGER, {"code": "25", "covers": ["Hòa Bình", "Phú Thọ", "Vĩnh Phúc"]}),
    ("Bắc Ninh sau sáp nhập", AFTER_MERGER, {"code": "24", "covers": ["Bắc Giang", "Bắc Ninh"]}),
    ("TP.HCM sau sáp nhập", AFTER_MERGER,
     {"code": "79", "covers": ["Bình Dương", "Bà Rịa - Vũng Tàu", "TP. Hồ Chí Minh"]}),
    ("Vĩnh Phúc cũ nay thuộc Phú Thọ", AFTER_MERGER, {"code": "26", "merged_into": "Phú Thọ"}),
    ("Kon Tum trước sáp nhập", dt.date(2025, 6, 30), {"code": "62", "merged_into": "Quảng Ngãi"}),
])
def test_entities_province_carries_code_and_merger_map(recognizer, text, date, expected):
    first = _provinces(recognizer, text, date)[0]
    assert {key: getattr(first, key, None) for key in expected} == expected


@pytest.mark.parametrize("written,norm", [
    ("TP.HCM", "TP. Hồ Chí Minh"), ("Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh"),
    ("TPHCM", "TP. Hồ Chí Minh"),
    ("Thanh Hoá", "Thanh Hóa"), ("Khánh Hoà", "Khánh Hòa"), ("Hoà Bình", "Hòa Bình"),
    (unicodedata.normalize("NFD", "Khánh Hòa"), "Khánh Hòa"), ("Thừa Thiên Huế", "Thừa Thiên Huế"),
    ("BR-VT", "Bà Rịa - Vũng Tàu"), ("Đắc Lắc", "Đắk Lắk"),
    ("Bắc Lào", None), ("Seongnam", None), ("Bình Xuyên", None),
])
def test_entities_province_norm_helper(written, norm):
    assert province_norm(written) == norm


@pytest.mark.parametrize("text,expected", [
    ("Dệt may là thế mạnh của tỉnh Thanh Hoá.", [("Thanh Hoá", "Thanh Hóa")]),
    (unicodedata.normalize("NFD", "Sóc Trăng, Đồng Tháp và Khánh Hòa"),
     [(unicodedata.normalize("NFD", n), m) for n, m in
      [("Sóc Trăng", "Sóc Trăng"), ("Đồng Tháp", "Đồng Tháp"), ("Khánh Hòa", "Khánh Hòa")]]),
    ("Vĩnh Phúc\r\nvà Thanh Hoá", [("Vĩnh Phúc", "Vĩnh Phúc"), ("Thanh Hoá", "Thanh Hóa")]),
])
def test_entities_old_tone_and_nfd_spellings_match(recognizer, text, expected):
    found = _provinces(recognizer, text)
    assert [(e.text, e.norm) for e in found] == expected
    assert all(text[e.start:e.end] == e.text for e in found)


def test_entities_sorted_by_offsets(recognizer, corpus_texts):
    for text in corpus_texts.values():
        analysis = Analysis.of(text, "doc")
        found = recognizer(analysis)
        assert [(e.start, e.end) for e in found] == sorted((e.start, e.end) for e in found)


def test_entities_spans_reproduce_the_original_text(recognizer, corpus_texts):
    for stem, text in corpus_texts.items():
        for entity in _entities(recognizer, text):
            assert text[entity.start:entity.end] == entity.text, stem


def _corpus_pairs(recognizer):
    for stem in corpus_stems():
        with open(GOLD / f"{stem}.json", encoding="utf-8") as handle:
            gold = [Entity.model_validate(e) for e in json.load(handle)["entities"]]
        predicted = _entities(recognizer, read_text(ARTICLES / f"{stem}.txt"))
        yield gold, predicted


def test_entities_micro_f1_on_the_development_corpus(recognizer):
    true_positives = n_gold = n_pred = 0
    for gold, predicted in _corpus_pairs(recognizer):
        true_positives += len(pair_greedy(gold, predicted, entities_match))
        n_gold, n_pred = n_gold + len(gold), n_pred + len(predicted)
    precision, recall = true_positives / n_pred, true_positives / n_gold
    assert 2 * precision * recall / (precision + recall) >= 0.92


def test_entities_province_and_country_norms_right_on_every_matched_span(recognizer):
    for gold, predicted in _corpus_pairs(recognizer):
        by_span = {(e.start, e.end, e.type): e.norm for e in predicted}
        for entity in gold:
            key = (entity.start, entity.end, entity.type)
            if entity.type in (EntityType.PROVINCE, EntityType.COUNTRY) and key in by_span:
                assert by_span[key] == entity.norm
