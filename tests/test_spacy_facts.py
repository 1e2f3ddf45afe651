"""The `vi_facts` spaCy component: facts and warnings from the recognizers' spans."""

from __future__ import annotations

import pytest
import spacy

from extract.spacy_components import SYLLABLE_TOKENIZER_CONFIG, MissingComponents

TEXT = ("Kim ngạch xuất khẩu năm 2024 ở Bình Dương ước đạt 34,5 tỷ đồng. Ảnh: Quỳnh Danh. |\n"
        "Năm 2024, kim ngạch xuất khẩu của tỉnh Bình Dương ước đạt 34,5 tỷ USD, tăng 13% so với năm ngoái. "
        "Kim ngạch nhập khẩu ước đạt 24,5 tỷ USD.")


@pytest.fixture(scope="module")
def nlp(spacy_pipeline):
    return spacy_pipeline


def test_spacy_facts_sets_facts_from_spans(nlp):
    doc = nlp(TEXT)
    assert [(f["metric"], f["value"]["amount"], f["value"]["unit"], f["location"]) for f in doc._.facts] == [
        ("export_value", 34.5e9, "VND", "Bình Dương"),
        ("export_value", 34.5e9, "USD", "Bình Dương"),
        ("import_value", 24.5e9, "USD", "Bình Dương"),
    ]


def test_spacy_facts_evidence_indexes_the_doc_text(nlp):
    doc = nlp(TEXT)
    for fact in doc._.facts:
        evidence = fact["evidence"]
        assert doc.text[evidence["start"]:evidence["end"]].startswith(("Kim ngạch", "Năm 2024"))


def test_spacy_facts_sets_warnings(nlp):
    doc = nlp(TEXT)
    assert [(w["check"], w["facts"]) for w in doc._.warnings] == [("unit_mismatch", [0, 1])]


def test_spacy_facts_alone_is_refused_naming_what_it_needs():
    nlp = spacy.blank("vi", config=SYLLABLE_TOKENIZER_CONFIG)
    nlp.add_pipe("vi_quantities")
    with pytest.raises(MissingComponents) as refused:
        nlp.add_pipe("vi_facts")
    assert str(refused.value) == (
        'vi_facts reads the spans of vi_periods, vi_entities, which are not in the pipeline before it: '
        'nlp.add_pipe("vi_periods"); nlp.add_pipe("vi_entities"), then nlp.add_pipe("vi_facts")')
    assert nlp.pipe_names == ["vi_quantities"]


def test_spacy_facts_before_the_recognizers_fails_on_the_first_doc():
    nlp = spacy.blank("vi", config=SYLLABLE_TOKENIZER_CONFIG)
    for name in ("vi_quantities", "vi_periods", "vi_entities"):
        nlp.add_pipe(name)
    nlp.add_pipe("vi_facts", first=True)
    with pytest.raises(MissingComponents, match="vi_quantities, vi_periods, vi_entities"):
        nlp(TEXT)


def test_spacy_facts_with_a_recognizer_disabled_fails_clearly(nlp):
    with nlp.select_pipes(disable=["vi_entities"]):
        with pytest.raises(MissingComponents, match="spans of vi_entities"):
            nlp(TEXT)
