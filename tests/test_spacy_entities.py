"""The entity recognizer as the spaCy component `vi_entities`."""

from __future__ import annotations

import unicodedata

import pytest

spacy = pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.add_pipe("vi_entities")
    return nlp


@pytest.mark.parametrize("text,expected", [
    ("Theo Sở Công Thương tỉnh Bình Dương, xuất khẩu sang Hoa Kỳ tăng 13%.",
     [("Sở Công Thương tỉnh Bình Dương", "ORG", None), ("Bình Dương", "PROVINCE", "Bình Dương"),
      ("Hoa Kỳ", "COUNTRY", "US")]),
    ("Tập đoàn Foxlink (Đài Loan, Trung Quốc) đầu tư vào Khu công nghệ cao Đà Nẵng.",
     [("Tập đoàn Foxlink", "ORG", None), ("Đài Loan", "COUNTRY", "TW"), ("Trung Quốc", "COUNTRY", "CN"),
      ("Khu công nghệ cao Đà Nẵng", "INDUSTRIAL_PARK", None), ("Đà Nẵng", "PROVINCE", "Đà Nẵng")]),
    ("Dệt may là thế mạnh của tỉnh Thanh Hoá.", [("Thanh Hoá", "PROVINCE", "Thanh Hóa")]),
])
def test_spacy_entities_sets_the_span_group(nlp, text, expected):
    doc = nlp(text)
    spans = doc.spans["entities"]
    found = [(text[_original(s)[0]:_original(s)[1]], s._.value["type"], s._.value["norm"]) for s in spans]
    assert sorted(found) == sorted(expected)
    assert [s.label_ for s in spans] == [s._.value["type"] for s in spans]
    # The whitespace tokenizer glues punctuation to words: a span covers its entity.
    assert all(s.start_char <= _original(s)[0] and _original(s)[1] <= s.end_char for s in spans)


def _original(span) -> tuple[int, int]:
    """The entity's own offsets in the Doc's text."""
    return span._.value["start"], span._.value["end"]


def test_spacy_entities_province_span_carries_merger_fields(nlp):
    doc = nlp("Vĩnh Phúc thu hút 80 dự án FDI.")
    (span,) = doc.spans["entities"]
    assert (span._.value["code"], span._.value["merged_into"]) == ("26", "Phú Thọ")


def test_spacy_entities_nfd_text_keeps_offsets(nlp):
    text = unicodedata.normalize("NFD", "Xuất khẩu của Khánh Hòa và Cà Mau tăng.")
    doc = nlp(text)
    found = [text[slice(*_original(s))] for s in doc.spans["entities"]]
    assert found == [unicodedata.normalize("NFD", name) for name in ("Khánh Hòa", "Cà Mau")]
