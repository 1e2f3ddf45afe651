import pytest

from extract import extract

TEXT = ("Năm 2024, kim ngạch xuất khẩu của tỉnh Bình Dương ước đạt 34,5 tỷ USD, "
        "tăng 13% so với năm 2023.\n\nẢnh: Quỳnh Danh")


@pytest.fixture(scope="module")
def nlp(spacy_pipeline):
    return spacy_pipeline


@pytest.mark.parametrize("text", [TEXT, "  hai  khoảng trắng\r\n\tvà tab. ", "", "TP.HCM:8,3%/năm"])
def test_spacy_syllable_tokenizer_loses_nothing(nlp, text):
    doc = nlp.make_doc(text)
    assert doc.text == text
    assert "".join(token.text_with_ws for token in doc) == text


def test_spacy_syllable_tokenizer_splits_the_final_stop(nlp):
    assert [t.text for t in nlp.make_doc("đạt 1.326 dự án.")] == ["đạt", "1.326", "dự", "án", "."]


def test_spacy_pipeline_matches_the_library(nlp):
    doc = nlp(TEXT)
    library = extract(TEXT)
    assert [(s.start_char, s.end_char) for s in doc.spans["quantities"]] == \
        [(q.start, q.end) for q in library.quantities]
    assert [(s.start_char, s.end_char) for s in doc.spans["entities"]] == \
        [(e.start, e.end) for e in library.entities]
    assert doc._.facts == [fact.model_dump(mode="json") for fact in library.facts]


def test_spacy_pipeline_sets_values_and_facts(nlp):
    doc = nlp(TEXT)
    money = [s for s in doc.spans["quantities"] if s._.value["unit"] == "USD"]
    assert [(s.text, s._.value["amount"]) for s in money] == [("34,5 tỷ USD", 34.5e9)]
    provinces = [s for s in doc.spans["entities"] if s._.value["type"] == "PROVINCE"]
    assert [(s.text, s._.value["norm"]) for s in provinces] == [("Bình Dương", "Bình Dương")]
    assert any(s.text == "Năm 2024" and s._.value["period"]["end"] == "2024-12"
               for s in doc.spans["periods"])
    export = [f for f in doc._.facts if f["metric"] == "export_value"]
    assert len(export) == 1
    assert export[0]["value"]["amount"] == 34.5e9 and export[0]["status"] == "estimate"
    assert export[0]["location"] == "Bình Dương"
