"""The `vi_facts` spaCy component: facts and warnings from the recognizers' spans."""

from __future__ import annotations

import pytest
import spacy

from extract.spacy_components import SYLLABLE_TOKENIZER_CONFIG

TEXT = ("Kim ngạch xuất khẩu năm 2024 ở Bình Dương ước đạt 34,5 tỷ đồng. Ảnh: Quỳnh Danh. |\n"
        "Năm 2024, kim ngạch xuất khẩu của tỉnh Bình Dương ước đạt 34,5 tỷ USD, tăng 13% so với năm ngoái. "
        "Kim ngạch nhập khẩu ước đạt 24,5 tỷ USD.")


@pytest.fixture(scope="module")
def nlp(spacy_pipeline):
    return spacy_pipeline


def test_spacy_facts_sets_facts_from_spans(nlp):
    doc = nlp(TEXT)
    assert [(f.metric.value, f.value.amount, f.value.unit, f.location) for f in doc._.facts] == [
        ("export_value", 34.5e9, "VND", "Bình Dương"),
        ("export_value", 34.5e9, "USD", "Bình Dương"),
        ("import_value", 24.5e9, "USD", "Bình Dương"),
    ]


def test_spacy_facts_evidence_indexes_the_doc_text(nlp):
    doc = nlp(TEXT)
    for fact in doc._.facts:
        assert doc.text[fact.evidence.start:fact.evidence.end].startswith(("Kim ngạch", "Năm 2024"))


def test_spacy_facts_sets_warnings(nlp):
    doc = nlp(TEXT)
    assert [(w.check, w.facts) for w in doc._.warnings] == [("unit_mismatch", [0, 1])]


def test_spacy_facts_without_recognizers_finds_nothing():
    nlp = spacy.blank("vi", config=SYLLABLE_TOKENIZER_CONFIG)
    nlp.add_pipe("vi_facts")
    doc = nlp(TEXT)
    assert doc._.facts == [] and doc._.warnings == []
